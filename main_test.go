package main

import (
	"testing"

	"parley/app"
)

func TestCheckDisplay(t *testing.T) {
	tests := []struct {
		name string
		goos string
		env  map[string]string
		ok   bool
	}{
		{"x11", "linux", map[string]string{"DISPLAY": ":0"}, true},
		{"wayland", "linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, true},
		{"headless linux", "linux", nil, false},
		{"headless freebsd", "freebsd", nil, false},
		{"windows needs no variable", "windows", nil, true},
		{"macos needs no variable", "darwin", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkDisplay(tt.goos, func(k string) string { return tt.env[k] })
			if (err == nil) != tt.ok {
				t.Fatalf("checkDisplay = %v, want ok %v", err, tt.ok)
			}
			if err != nil && app.ErrorCode(err) != app.EUnsupported {
				t.Errorf("code = %q, want %q", app.ErrorCode(err), app.EUnsupported)
			}
		})
	}
}
