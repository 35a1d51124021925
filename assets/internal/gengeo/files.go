package main

import (
	"bytes"
	"compress/gzip"
	"os"
)

// writeGzip writes data gzipped at the best compression, with no name or
// time in the header so that regenerating unchanged data changes no byte.
func writeGzip(path string, data []byte) error {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
