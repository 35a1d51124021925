package geo

import (
	"bytes"
	"compress/gzip"
	"io"

	"parley/app"
	"parley/assets"
)

// Load decodes the embedded gazetteer into a new Gazetteer. Most callers
// want Default, which does this once.
func Load() (*Gazetteer, error) {
	g, err := Parse(assets.Cities(), assets.Countries())
	if err != nil {
		return nil, err
	}
	g.common = parseCommonWords(string(assets.CommonWords()))
	return g, nil
}

// Parse builds a Gazetteer from gzipped city and country data in the
// formats that assets' generator writes.
func Parse(citiesGz, countriesGz []byte) (*Gazetteer, error) {
	g := &Gazetteer{}
	if err := g.parseCities(citiesGz); err != nil {
		return nil, err
	}
	text, err := gunzip(countriesGz, "country")
	if err != nil {
		return nil, err
	}
	if err := g.parseCountries(text); err != nil {
		return nil, err
	}
	return g, nil
}

func gunzip(data []byte, what string) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, app.WrapError(app.ECorrupt, err, "The gazetteer's %s data is not gzip", what)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, app.WrapError(app.ECorrupt, err, "The gazetteer's %s data is damaged", what)
	}
	return b, nil
}

// chunkSize is how much decompressed city text is handed over at a time.
const chunkSize = 128 << 10

// gunzipChunks decompresses data in a goroutine and sends the text in
// chunks of up to chunkSize bytes, then closes the channel and sends the
// error (nil at a clean end) on errc. Decompression takes about as long as
// indexing, so on two cores running them side by side halves Default's
// first call.
func gunzipChunks(data []byte) (<-chan []byte, <-chan error) {
	chunks, errc := make(chan []byte, 4), make(chan error, 1)
	go func() {
		defer close(chunks)
		zr, err := gzip.NewReader(bytes.NewReader(data))
		for err == nil {
			buf := make([]byte, chunkSize)
			var n int
			n, err = fill(zr, buf)
			if n > 0 {
				chunks <- buf[:n]
			}
		}
		if err == io.EOF {
			err = nil
		}
		errc <- err
	}()
	return chunks, errc
}

// fill reads into buf until it is full or r fails, and returns r's error
// as is: unlike io.ReadFull it does not turn a truncated stream's
// io.ErrUnexpectedEOF into a clean end, nor a clean io.EOF into an error.
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
