# Parley's build. GNU make; recipes need bash.
#
#   make run      install what is missing, build and open the window
#   make test     everything CI checks (no display needed)
#   make bench    benchmarks as a table
#   make fuzz     every fuzz target for FUZZTIME (default 30s) each
#   make crashtest  kill Parley mid-write 50 times and check the database

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

GO ?= go
TAGS := sqlite_fts5 migrated_fynedo
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
GO_MIN := $(shell sed -n 's/^go \([0-9.]*\).*/\1/p' go.mod)
TEST_TIMEOUT ?= 30m
FUZZTIME ?= 30s

# go-sqlite3 and Fyne are cgo packages. GOTOOLCHAIN=local (unless set in
# the environment): never fetch a Go toolchain behind the user's back;
# check-go says what to install instead.
export CGO_ENABLED := 1
GOTOOLCHAIN ?= local
export GOTOOLCHAIN
# The version comes from FyneApp.toml through -ldflags; stamping VCS data
# would only add a way to fail (a clone without the git binary).
GOFLAGS += -buildvcs=false
export GOFLAGS
export LANG := en_US.UTF-8

# What cgo, Fyne (OpenGL, X11) and go-sqlite3 need on Debian and Ubuntu,
# and fonts for names in other scripts: Fyne's own font has no Hangul or
# Arabic script and falls back to the system's fonts (fonts-nanum: Korean,
# fonts-noto-ui-core: Arabic and Persian, among others).
DEB_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev libxkbcommon-dev fonts-nanum fonts-noto-ui-core
# What the tests use besides: the CSV test checks that Python's csv module
# and LibreOffice Calc read the exported cells as Parley wrote them.
TEST_DEB_PACKAGES := python3 libreoffice-calc-nogui
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: deps test-deps check-go build run test fmt-check vet smoke bench fuzz clean

## deps: install the missing Debian packages (apt-get, as root or with sudo) and check Go
deps: check-go
	@if ! command -v dpkg-query >/dev/null; then \
	  echo "make deps: no dpkg here; install a C compiler, pkg-config and the OpenGL, X11 and xkbcommon development files yourself."; \
	  exit 0; \
	fi; \
	missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

## test-deps: deps, and the programs the tests read Parley's output with
test-deps:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES='$(DEB_PACKAGES) $(TEST_DEB_PACKAGES)'

## check-go: fail with instructions unless Go >= the go.mod version is installed
check-go:
	@if ! command -v $(GO) >/dev/null; then \
	  echo "make: Go is not installed (or not on PATH). Parley needs Go $(GO_MIN) or newer:"; \
	  echo "  download it from https://go.dev/dl/, then: sudo tar -C /usr/local -xzf go*.linux-amd64.tar.gz"; \
	  echo "  and add /usr/local/go/bin to PATH (export PATH=\$$PATH:/usr/local/go/bin)."; \
	  exit 1; \
	fi; \
	have=$$($(GO) env GOVERSION | sed 's/^go//'); \
	if [ "$$(printf '%s\n%s\n' "$(GO_MIN)" "$$have" | sort -V | head -n1)" != "$(GO_MIN)" ]; then \
	  echo "make: Parley needs Go $(GO_MIN) or newer, and $(GO) is Go $$have."; \
	  echo "  Install a newer Go from https://go.dev/dl/ (or run make with GOTOOLCHAIN=auto in the environment to let go fetch it)."; \
	  exit 1; \
	fi

## build: compile bin/parley
build: check-go
	$(GO) build -tags '$(TAGS)' -ldflags '-X main.version=$(VERSION)' -o bin/parley .

## run: install what is missing, build and open the window (ARGS="--db FILE" to choose the database)
run: deps build
	./bin/parley $(ARGS)

## test: formatting, vet, every test with the race detector, then a smoke test of the binary
test: test-deps fmt-check vet
	$(GO) test -race -tags '$(TAGS)' -timeout $(TEST_TIMEOUT) ./...
	$(MAKE) --no-print-directory smoke

# Tracked files only when in a git checkout (a clean clone is what CI
# sees); every .go file otherwise.
fmt-check:
	@files=$$( (git ls-files -- '*.go' 2>/dev/null || find . -name '*.go') | grep -v -e '/testdata/' -e '^\./internal/warm/' -e '^internal/warm/' | xargs gofmt -l); \
	if [ -n "$$files" ]; then echo "gofmt would change:"; echo "$$files"; exit 1; fi

vet:
	$(GO) vet -tags '$(TAGS)' ./...

## smoke: the real binary: version (stderr clean under LANG=C.UTF-8), import twice (second time all duplicates), export
smoke: build
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	./bin/parley version | grep -qx 'parley $(VERSION)'; \
	LANG=C.UTF-8 ./bin/parley version 2> "$$tmp/stderr" > /dev/null; \
	if [ -s "$$tmp/stderr" ]; then echo "smoke: parley version wrote to stderr under LANG=C.UTF-8:"; cat "$$tmp/stderr"; exit 1; fi; \
	./bin/parley import --db "$$tmp/smoke.db" testdata/corpus/seeds > "$$tmp/first"; \
	./bin/parley import --db "$$tmp/smoke.db" testdata/corpus/seeds > "$$tmp/second"; \
	grep -q '^0 imported (0 meetings), [1-9][0-9]* duplicates, 0 failed$$' "$$tmp/second"; \
	./bin/parley export --db "$$tmp/smoke.db" --out "$$tmp/meetings.csv" > /dev/null; \
	rows=$$(grep -c . "$$tmp/meetings.csv"); \
	echo "smoke: bin/parley $(VERSION): $$(tail -n1 "$$tmp/first"); re-import: $$(tail -n1 "$$tmp/second"); CSV lines: $$rows"

## bench: every benchmark, as a table with issue 7's targets, then start-up
## time and memory under Xvfb (BENCH=regexp to choose benchmarks;
## PARLEY_BENCH_MEETINGS sets the database size, 100000 by default)
# The storage benchmarks share a database generated once with app/devgen
# and kept in $TMPDIR/parley-bench (a minute or two the first time).
# ms/op is per operation: one import of 10,000 files, one query, one export
# of every meeting. Target: the issue's limit; ok or MISSED compares ms/op.
bench: check-go build
	PARLEY_BENCH_MEETINGS=$${PARLEY_BENCH_MEETINGS:-100000} \
	$(GO) test -tags '$(TAGS)' -run '^$$' -bench '$(or $(BENCH),.)' -benchmem -timeout 60m ./... | awk ' \
	  BEGIN { n = split("BenchmarkImport 10000 BenchmarkFindMeetings 20 BenchmarkOpenMeeting 50 BenchmarkConfirmAndNext 30 BenchmarkTimelineLayout 10 BenchmarkCityMapLayout 10 BenchmarkExportCSV 2000", t); \
	    for (i = 1; i < n; i += 2) limit[t[i]] = t[i+1] } \
	  /^pkg:/ { pkg = $$2; sub(/^parley\//, "", pkg) } \
	  /^Benchmark/ { \
	    if (!head++) printf "%-14s %-46s %11s %8s %12s %10s  %-13s %s\n", "package", "benchmark", "ms/op", "MB/s", "B/op", "allocs/op", "target", "other"; \
	    ms = ""; mbs = ""; b = ""; a = ""; other = ""; \
	    for (i = 3; i < NF; i++) { \
	      u = $$(i+1); if ($$i !~ /^[0-9.e+-]+$$/) continue; \
	      if (u == "ns/op") ms = sprintf("%.3f", $$i / 1e6); \
	      else if (u == "MB/s") mbs = $$i; else if (u == "B/op") b = $$i; else if (u == "allocs/op") a = $$i; \
	      else other = other " " $$i " " u; \
	    } \
	    name = $$1; sub(/-[0-9]+$$/, "", name); base = name; sub(/\/.*/, "", base); \
	    target = ""; if ((base in limit) && name !~ /EachMeeting|Counts/) \
	      target = (ms + 0 <= limit[base] ? "ok" : "MISSED") " <" (limit[base] >= 1000 ? limit[base] / 1000 " s" : limit[base] " ms"); \
	    printf "%-14s %-46s %11s %8s %12s %10s  %-13s %s\n", pkg, name, ms, mbs, b, a, target, other; next } \
	  /^(FAIL|panic:|--- FAIL)/ { print }'
	@if command -v Xvfb >/dev/null && [ -x /usr/bin/time ]; then scripts/startup-bench.sh; \
	else echo "bench: start-up not measured: it needs Xvfb and /usr/bin/time (apt-get install xvfb time)"; fi

## fuzz: run each fuzz target for FUZZTIME (make fuzz FUZZTIME=5m); a failure
## does not stop the others, and the failed targets are listed at the end
fuzz: check-go
	@failed=""; \
	for dir in $$(grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sort -u); do \
	  for name in $$($(GO) test -tags '$(TAGS)' -list '^Fuzz' "$$dir" | grep '^Fuzz'); do \
	    echo "== $$dir $$name for $(FUZZTIME)"; \
	    $(GO) test -tags '$(TAGS)' -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) "$$dir" || failed="$$failed $$dir:$$name"; \
	  done; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: failed:$$failed"; exit 1; fi; \
	echo "fuzz: every target passed"

## crashtest: SIGKILL an import and an edit stream 50 times each and check the database after every kill (log: docs/crashtest.log)
.PHONY: crashtest
crashtest: check-go
	scripts/crashtest.sh

clean:
	rm -rf bin
	find . -name '*.test' -o -name '*.out' | grep -v testdata | xargs rm -f

# Packaging. The fyne tool is pinned by go.mod's tool directive
# (go tool fyne). PREFIX and DESTDIR follow the usual conventions; the
# default installs for the current user, where the desktop's application
# menu looks too.
PREFIX ?= $(HOME)/.local
DESTDIR ?=
APP_ID := $(shell sed -n 's/^ID *= *"\(.*\)"/\1/p' FyneApp.toml)
BUNDLE := dist/Parley-$(VERSION)-linux.tar.xz
comma := ,
empty :=
space := $(empty) $(empty)

.PHONY: package install uninstall

## package: the Linux desktop bundle dist/Parley-VERSION-linux.tar.xz (binary, .desktop entry, icon)
# fyne package builds the binary itself (and stamps FyneApp.toml's metadata
# into it); main.version comes through GOFLAGS as in make build.
# fyne package also bumps Build in FyneApp.toml and rewrites the file
# without its comments: keep a copy and put it back, so packaging leaves the
# source tree as it was.
package: check-go
	rm -f Parley.tar.xz
	cp FyneApp.toml .FyneApp.toml.keep
	GOFLAGS='$(GOFLAGS) -ldflags=-X=main.version=$(VERSION)' $(GO) tool fyne package -os linux --tags '$(subst $(space),$(comma),$(TAGS))'; \
	  rc=$$?; mv .FyneApp.toml.keep FyneApp.toml; rm -f fyne_metadata_init.go; exit $$rc
	mkdir -p dist
	mv Parley.tar.xz $(BUNDLE)
	@echo "package: $(BUNDLE):"; tar -tJf $(BUNDLE) | grep -v '/$$' | sed 's/^/  /'

## install: install the bundle for the current user (PREFIX=~/.local; DESTDIR for staging)
# The .desktop entry gets absolute paths: ~/.local/bin is not always on the
# PATH of the session that starts it.
install: package
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	tar -xJf $(BUNDLE) -C "$$tmp"; \
	bin=$$(find "$$tmp" -type f -path '*/bin/*' | head -n1); \
	desktop=$$(find "$$tmp" -type f -name '*.desktop' | head -n1); \
	icon=$$(find "$$tmp" -type f -name '*.png' | head -n1); \
	test -n "$$bin" && test -n "$$desktop" && test -n "$$icon" || { echo "install: $(BUNDLE) lacks the binary, .desktop entry or icon"; exit 1; }; \
	root='$(DESTDIR)$(PREFIX)'; \
	install -Dm755 "$$bin" "$$root/bin/parley"; \
	install -Dm644 "$$icon" "$$root/share/icons/hicolor/512x512/apps/$(APP_ID).png"; \
	mkdir -p "$$root/share/applications"; \
	sed -e 's|^Exec=.*|Exec=$(PREFIX)/bin/parley|' -e 's|^Icon=.*|Icon=$(APP_ID)|' "$$desktop" > "$$root/share/applications/$(APP_ID).desktop"; \
	chmod 644 "$$root/share/applications/$(APP_ID).desktop"; \
	if [ -z '$(DESTDIR)' ] && command -v update-desktop-database >/dev/null; then update-desktop-database -q "$$root/share/applications" || true; fi; \
	echo "install: Parley $(VERSION) in $$root (bin/parley, share/applications/$(APP_ID).desktop, share/icons/hicolor/512x512/apps/$(APP_ID).png)"

## uninstall: remove what make install installed (same PREFIX and DESTDIR)
uninstall:
	rm -f '$(DESTDIR)$(PREFIX)/bin/parley' \
	  '$(DESTDIR)$(PREFIX)/share/applications/$(APP_ID).desktop' \
	  '$(DESTDIR)$(PREFIX)/share/icons/hicolor/512x512/apps/$(APP_ID).png'
	@echo "uninstall: Parley removed from $(DESTDIR)$(PREFIX)"
