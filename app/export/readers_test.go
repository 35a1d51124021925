package export

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCSV_readersAgree writes the sample meetings, whose cells hold
// quotes, commas, line breaks (LF and CRLF), non-Latin names and would-be
// formulas, and reads the file back with Go's encoding/csv, Python's csv
// module and LibreOffice Calc: all must see the same rows and cells, and
// the tricky cells must be as Parley meant them. Python and LibreOffice
// are used when they are installed (python3 is on every Debian desktop;
// LibreOffice: apt-get install libreoffice-calc-nogui); see docs/csv.md.
func TestCSV_readersAgree(t *testing.T) {
	for _, layout := range Layouts {
		t.Run(string(layout), func(t *testing.T) {
			path := writeSample(t, layout)
			rows := readGo(t, path)
			checkTrickyCells(t, rows)
			if py, err := exec.LookPath("python3"); err == nil {
				compareRows(t, "Python's csv module", rows, readPython(t, py, path))
			} else {
				t.Log("python3 is not installed: Python's reading not checked")
			}
			if office, err := exec.LookPath("soffice"); err == nil {
				compareRows(t, "LibreOffice", rows, readLibreOffice(t, office, path))
			} else {
				t.Log("soffice is not installed: LibreOffice's reading not checked")
			}
		})
	}
}

// writeSample writes sample() in layout to a file and returns its path.
func writeSample(t *testing.T, layout Layout) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "meetings.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := NewCSV(f, layout)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range sample() {
		if err := c.Write(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// readGo reads path with encoding/csv, after the byte-order mark.
func readGo(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), bom))).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv: %v", err)
	}
	return rows
}

// pythonReader is what docs/csv.md tells Python users to write.
const pythonReader = `import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    json.dump(list(csv.reader(f)), sys.stdout)`

func readPython(t *testing.T, python, path string) [][]string {
	t.Helper()
	out, err := exec.Command(python, "-c", pythonReader, path).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var rows [][]string
	if err := json.Unmarshal(out, &rows); err != nil {
		t.Fatalf("python3 printed %q: %v", out, err)
	}
	return rows
}

// officeFilter is LibreOffice's CSV filter string, for reading and for
// writing: comma, double quote, UTF-8, from line 1, no column types,
// default language, quoted fields not forced to text, special numbers
// detected. Calc evaluates a cell such as =1+1 under these settings (the
// control file checks it), so a formula Parley failed to neutralise would
// come back as its result.
const officeFilter = "44,34,76,1,,0,false,true,false,false"

// readLibreOffice opens the CSV in Calc and saves it as CSV again, then
// reads that with encoding/csv: what survives both is what Calc read.
func readLibreOffice(t *testing.T, office, path string) [][]string {
	t.Helper()
	dir := t.TempDir()
	control := filepath.Join(dir, "control.csv")
	if err := os.WriteFile(control, []byte("formula\n=1+1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(office, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--infilter=CSV:"+officeFilter, "--convert-to", "csv:Text - txt - csv (StarCalc):"+officeFilter,
		"--outdir", out, path, control)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	if got := readGo(t, filepath.Join(out, "control.csv")); len(got) != 2 || got[1][0] != "2" {
		t.Fatalf("Calc did not evaluate the control formula (%q): the check would prove nothing", got)
	}
	return readGo(t, filepath.Join(out, "meetings.csv"))
}

// compareRows fails when a reader saw other rows or cells than Go did.
func compareRows(t *testing.T, reader string, want, got [][]string) {
	t.Helper()
	if reflect.DeepEqual(want, got) {
		return
	}
	if len(want) != len(got) {
		t.Fatalf("%s read %d rows, encoding/csv %d", reader, len(got), len(want))
	}
	for i := range want {
		if !slices.Equal(want[i], got[i]) {
			t.Errorf("%s row %d:\n got %q\nwant %q", reader, i, got[i], want[i])
		}
	}
}

// checkTrickyCells checks the cells sample() makes hard, wherever they
// are: a quote and a line break inside a cell survive, CRLF became LF,
// and a would-be formula starts with an apostrophe.
func checkTrickyCells(t *testing.T, rows [][]string) {
	t.Helper()
	var cells []string
	for _, r := range rows[1:] {
		cells = append(cells, r...)
	}
	for _, want := range []string{
		"Palacio Nacional, \"main hall\"\nsecond floor",
		"He said \"Isfahan is a bridge\".",
		"'=HYPERLINK(\"http://x\")",
		"'-trade",
		"김준표",
	} {
		if !slices.ContainsFunc(cells, func(c string) bool { return strings.Contains(c, want) }) {
			t.Errorf("no cell holds %q", want)
		}
	}
	for _, c := range cells {
		if strings.Contains(c, "\r") {
			t.Errorf("cell %q keeps a carriage return", c)
		}
		if len(c) > 0 && strings.ContainsRune("=+-@\t", rune(c[0])) && c != "-99.12766" {
			t.Errorf("cell %q would be read as a formula", c)
		}
	}
}
