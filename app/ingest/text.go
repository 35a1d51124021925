package ingest

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"parley/app"
)

// maxControlShare is the share of control characters above which decoded
// bytes are taken for binary data rather than text.
const maxControlShare = 0.05

// parseText reads a plain text file in any encoding DetectEncoding
// recognises.
func parseText(name string, data []byte) (app.Document, error) {
	text, err := decodeText(name, data)
	if err != nil {
		return app.Document{}, err
	}
	return app.Document{Text: text}, nil
}

// decodeText decodes data with DetectEncoding and refuses binary content.
func decodeText(name string, data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", app.Errorf(app.EEmpty, "%q contains no text.", name)
	}
	enc, encName := DetectEncoding(data)
	if !strings.HasPrefix(encName, "utf-16") && bytes.IndexByte(data, 0) >= 0 {
		// NUL never occurs in text in UTF-8 or a single-byte code page.
		return "", notText(name)
	}
	text, err := decodeWith(enc, data)
	if err != nil || controlShare(text) > maxControlShare {
		return "", notText(name)
	}
	return text, nil
}

func notText(name string) *app.Error {
	return app.Errorf(app.ENotText, "%q is not a text file: it contains binary data.", name)
}

// decodeWith decodes data with enc, or as UTF-8 (invalid bytes becoming
// U+FFFD) when enc is nil. A BOM is removed.
func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	if enc == nil {
		data = bytes.TrimPrefix(data, []byte("\uFEFF"))
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	return string(out), err
}

// DetectEncoding guesses the encoding of text bytes and returns it with its
// name; a nil Encoding means UTF-8. The rules, in order:
//
//  1. a byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE;
//  2. valid UTF-8 is UTF-8;
//  3. bytes that are mostly UTF-8 with a few invalid bytes (at least as
//     many valid multi-byte sequences as invalid bytes) are UTF-8 whose
//     damaged bytes become U+FFFD;
//  4. otherwise the text is in a single-byte legacy code page, and
//     looksArabic chooses Windows-1256 (Persian, Arabic) over Windows-1252
//     (Western European).
func DetectEncoding(data []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return nil, "utf-8"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), "utf-16be"
	case mostlyUTF8(data):
		return nil, "utf-8"
	case looksArabic(data):
		return charmap.Windows1256, "windows-1256"
	}
	return charmap.Windows1252, "windows-1252"
}

// mostlyUTF8 reports whether data is UTF-8, allowing a minority of invalid
// bytes (a damaged file, or a few legacy bytes pasted into UTF-8 text).
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case size > 1:
			good++
		}
		data = data[size:]
	}
	return bad == 0 || good >= bad
}

// looksArabic decides between Windows-1256 and Windows-1252 for bytes that
// are not UTF-8. Both code pages share ASCII and differ above 0x7F, where
// 1256 holds Arabic-script letters and 1252 accented Latin letters and
// typographic punctuation. Accented Latin letters and curly quotes sit
// inside or beside ASCII letters ("café", “news”), while Persian and
// Arabic words are made only of high bytes. So the words (runs between
// spaces and ASCII punctuation) that contain high bytes are counted: those
// with two or more high bytes and no ASCII letter vote for 1256, those
// mixing high bytes with ASCII letters vote for 1252; 1256 wins only with
// a strict majority.
func looksArabic(data []byte) bool {
	arabic, latin := 0, 0
	for _, w := range bytes.FieldsFunc(data, isWordBreak) {
		high, ascii := 0, 0
		for _, c := range w {
			if c >= 0x80 {
				high++
			} else if unicode.IsLetter(rune(c)) {
				ascii++
			}
		}
		switch {
		case high >= 2 && ascii == 0:
			arabic++
		case high > 0 && ascii > 0:
			latin++
		}
	}
	return arabic > latin
}

// isWordBreak splits legacy text into words at ASCII spaces, digits and
// punctuation.
func isWordBreak(r rune) bool {
	return r < 0x80 && !unicode.IsLetter(r)
}
