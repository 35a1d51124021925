package assets

import _ "embed"

// The icon is drawn by internal/genicon (two speech bubbles on a blue
// tile); regenerate it with `go run ./internal/genicon -out icon.png`.
//
//go:embed icon.png
var icon []byte

// IconPNG returns Parley's application icon, a 512x512 PNG. The slice is
// shared: callers must not modify it.
func IconPNG() []byte { return icon }
