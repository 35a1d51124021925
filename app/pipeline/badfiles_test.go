package pipeline

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"hash/crc32"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"parley/app"
	"parley/storage"
)

// TestImport_badFolder imports, through the real pipeline into a real
// database, a folder where broken and hostile files sit beside good ones.
// Every bad file fails alone with one sentence naming it; every good file
// is imported; no network request is made; memory stays bounded.
func TestImport_badFolder(t *testing.T) {
	dir := t.TempDir()
	var hits atomic.Int64
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { hits.Add(1) }))
	defer server.Close()
	good := writeGoodFiles(t, dir, server.URL)
	bad := writeBadFiles(t, dir)

	store, err := storage.Open(filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rep, err := Default().Import(context.Background(), store, []string{dir}, nil)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}

	checkResults(t, rep, good, bad)
	checkStored(t, store, len(good))
	if n := hits.Load(); n != 0 {
		t.Errorf("the import made %d requests to the server the HTML files point at", n)
	}
	checkMemory(t, before, after)
}

// writeGoodFiles writes files that must import, some with odd names or
// odd bytes, and returns their base names. remote is a server's URL that
// the HTML file loads images, scripts and styles from.
func writeGoodFiles(t *testing.T, dir, remote string) []string {
	t.Helper()
	body := func(city string) string {
		return "Foreign Minister Lena Dahl of Norway met Foreign Minister Kenji Ota of Japan in " + city +
			" on Monday to discuss fisheries and shipping, the ministry said in a statement.\n"
	}
	files := map[string]string{
		"plain.txt":             body("Oslo"),
		"notes.md":              "# Talks\n\n" + body("Bergen"),
		"talks\nin Seoul.txt":   body("Seoul"),
		"گزارش دیدار.txt":       body("Tehran") + "وزیر امور خارجه با همتای خود دیدار کرد.\n",
		"会谈.md":                 body("Beijing") + "两国外长举行会谈。\n",
		"Встреча.txt":           body("Moscow") + "Министры провели переговоры.\n",
		"invalid-utf8.txt":      body("Lima") + "Bad bytes \xff\xfe\xc3 here.\n",
		"mixed-encodings.txt":   body("Paris") + "Caf\xe9 cr\xe8me in Latin-1, then caf\u00e9 in UTF-8.\n",
		"deep.html":             "<html><body>" + strings.Repeat("<div>", 100000) + body("Rome") + strings.Repeat("</div>", 100000) + "</body></html>",
		"scripts-remote.html":   hostilePage(remote, body("Cairo")),
		"windows-1252-only.txt": body("Madrid") + "Se\xf1or P\xe9rez attended.\n",
	}
	var names []string
	for name, text := range files {
		writeFile(t, filepath.Join(dir, name), []byte(text))
		names = append(names, name)
	}
	return names
}

// hostilePage is an HTML article that pulls in remote scripts, images,
// styles and frames: Parley must read its text and fetch none of them.
func hostilePage(remote, text string) string {
	return `<html><head><title>Talks</title><script src="` + remote + `/s.js"></script>
<link rel="stylesheet" href="` + remote + `/c.css"><meta http-equiv="refresh" content="0; url=` + remote + `/go">
<script>fetch("` + remote + `/x"); document.write("injected text");</script></head>
<body><img src="` + remote + `/i.png" srcset="` + remote + `/i2.png 2x"><iframe src="` + remote + `/f"></iframe>
<p>` + text + `</p><object data="` + remote + `/o"></object><video poster="` + remote + `/v.jpg"></video></body></html>`
}

// badFile is a file that must fail, with the error code it must get ("" when
// any code will do: the file is refused, the reason is ingestion's choice).
type badFile struct {
	name string
	code app.Code
}

// writeBadFiles writes the broken and hostile files and returns them.
func writeBadFiles(t *testing.T, dir string) []badFile {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 7))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	writeFile(t, filepath.Join(dir, "binary.txt"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00"))
	writeFile(t, filepath.Join(dir, "random.txt"), random)
	writeFile(t, filepath.Join(dir, "bomb-2gb.docx"), docxBomb(t, 2<<30, false))
	writeFile(t, filepath.Join(dir, "bomb-lying.docx"), docxBomb(t, 256<<20, true))
	// A sparse file: 1 GB to the file system, no space on the disk.
	writeFile(t, filepath.Join(dir, "sparse-1gb.txt"), nil)
	if err := os.Truncate(filepath.Join(dir, "sparse-1gb.txt"), 1<<30); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"truncated.pdf", "encrypted.pdf", "encrypted-aes256.pdf", "scanned.pdf", "fake.docx"} {
		data, err := os.ReadFile(filepath.Join("..", "ingest", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, name), data)
	}
	return []badFile{
		{"empty.txt", app.EEmpty}, {"binary.txt", app.ENotText}, {"random.txt", app.ENotText},
		// archive/zip stops reading past the size a header declares, so
		// the lying bomb is refused as damaged after 1 KB.
		{"bomb-2gb.docx", app.ETooLarge}, {"bomb-lying.docx", app.ECorrupt}, {"sparse-1gb.txt", app.ETooLarge},
		{"truncated.pdf", app.ECorrupt}, {"encrypted.pdf", ""}, {"encrypted-aes256.pdf", ""},
		{"scanned.pdf", app.EEmpty}, {"fake.docx", app.ECorrupt},
	}
}

// docxBomb is a DOCX whose word/document.xml expands to size bytes from a
// few megabytes. With lying set, the zip header claims 1 KB instead, so
// only a limit on the bytes actually unpacked can stop it.
func docxBomb(t *testing.T, size int64, lying bool) []byte {
	t.Helper()
	stream, crc := repeatedDeflate(t, size)
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	h := &zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(len(stream)), UncompressedSize64: uint64(size)}
	if lying {
		h.UncompressedSize64 = 1024
	}
	w, err := zw.CreateRaw(h)
	if err == nil {
		_, err = w.Write(stream)
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// repeatedDeflate returns a deflate stream of an XML document whose text
// is size bytes of 'a' (rounded to whole MiB), and its CRC-32. Compressing
// gigabytes would take seconds: the stream is one flushed block of 1 MiB
// of 'a', repeated. Repeating it is valid because its back-references only
// reach 'a's, which every copy is preceded by.
func repeatedDeflate(t *testing.T, size int64) ([]byte, uint32) {
	t.Helper()
	const mib = 1 << 20
	head := []byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`)
	chunk := bytes.Repeat([]byte("a"), mib)
	var out bytes.Buffer
	fw, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	write := func(p []byte) {
		if _, err := fw.Write(p); err != nil {
			t.Fatal(err)
		}
		if err := fw.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	write(append(head, chunk...)) // the head, then a window full of 'a'
	start := out.Len()
	write(chunk)
	block := bytes.Clone(out.Bytes()[start:])
	crc := crc32.Update(crc32.Update(crc32.ChecksumIEEE(head), crc32.IEEETable, chunk), crc32.IEEETable, chunk)
	for n := int64(2); n < size/mib; n++ {
		out.Write(block)
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
	}
	if err := fw.Close(); err != nil { // an empty final block
		t.Fatal(err)
	}
	return out.Bytes(), crc
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkResults checks each file's result: good ones imported, bad ones
// failed with one sentence that names the file.
func checkResults(t *testing.T, rep app.Report, good []string, bad []badFile) {
	t.Helper()
	byName := map[string]app.FileResult{}
	for _, r := range rep.Results {
		byName[filepath.Base(r.Path)] = r
	}
	if len(rep.Results) != len(good)+len(bad) {
		t.Errorf("%d results for %d files", len(rep.Results), len(good)+len(bad))
	}
	for _, name := range good {
		if r := byName[name]; r.Status != app.FileImported {
			t.Errorf("%q: %s, want imported", name, r)
		}
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			r := byName[b.name]
			if r.Status != app.FileFailed {
				t.Fatalf("%s, want failed", r)
			}
			if b.code != "" && app.ErrorCode(r.Err) != b.code {
				t.Errorf("code %q, want %q (%v)", app.ErrorCode(r.Err), b.code, r.Err)
			}
			checkSentence(t, app.ErrorMessage(r.Err), b.name)
		})
	}
	if rep.Imported != len(good) || rep.Failed != len(bad) {
		t.Errorf("summary %q, want %d imported and %d failed", rep.Summary(), len(good), len(bad))
	}
}

// checkSentence checks that msg is one sentence on one line naming file.
func checkSentence(t *testing.T, msg, file string) {
	t.Helper()
	if !strings.Contains(msg, strconv.Quote(file)) {
		t.Errorf("message %q does not name the file", msg)
	}
	if strings.ContainsAny(msg, "\n\r") || !strings.HasSuffix(msg, ".") {
		t.Errorf("message %q is not one sentence on one line", msg)
	}
}

// checkStored checks the database holds the good files, as valid UTF-8,
// without the HTML file's script text.
func checkStored(t *testing.T, store *storage.Store, want int) {
	t.Helper()
	ctx := context.Background()
	arts, err := store.Articles(ctx, app.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != want {
		t.Errorf("%d articles stored, want %d", len(arts), want)
	}
	for _, a := range arts {
		full, err := store.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(full.Text) || strings.Contains(full.Text, "injected text") || strings.Contains(full.Text, "fetch(") {
			t.Errorf("%q stored as %q", filepath.Base(a.Path), full.Text)
		}
	}
	if err := store.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// checkMemory bounds what the import allocated and what the heap grew
// to. The bombs and the sparse file claim gigabytes; the limits allow
// the 64 MB of DOCX XML ingestion may unpack per worker, and more.
func checkMemory(t *testing.T, before, after runtime.MemStats) {
	t.Helper()
	allocated := (after.TotalAlloc - before.TotalAlloc) >> 20
	grown := (int64(after.HeapSys) - int64(before.HeapSys)) >> 20
	t.Logf("allocated %d MB during the import, heap grew by %d MB", allocated, grown)
	if allocated > 1024 {
		t.Errorf("the import allocated %d MB", allocated)
	}
	if grown > 512 {
		t.Errorf("the heap grew by %d MB", grown)
	}
}
