package assets

import (
	"embed"
	"io/fs"
)

// The sample articles are copies of the seed articles in
// testdata/corpus/seeds (go:embed cannot reach outside this directory);
// they are short news texts written for the project, so they carry no
// third-party copyright.
//
//go:embed samples/*.txt
var samples embed.FS

// Samples returns the sample articles that the welcome screen offers to
// import, as a file system of .txt files at its root.
func Samples() fs.FS {
	sub, err := fs.Sub(samples, "samples")
	if err != nil {
		panic(err) // cannot happen: the directory is embedded above
	}
	return sub
}
