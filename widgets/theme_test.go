package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

func TestTheme_themeFor(t *testing.T) {
	tests := []struct {
		choice string
		asked  fyne.ThemeVariant // what the desktop asks for
		want   fyne.ThemeVariant
	}{
		{themeLight, theme.VariantDark, theme.VariantLight},
		{themeDark, theme.VariantLight, theme.VariantDark},
		{themeSystem, theme.VariantDark, theme.VariantDark},
		{themeSystem, theme.VariantLight, theme.VariantLight},
		{"bogus", theme.VariantLight, theme.VariantLight},
	}
	for _, tt := range tests {
		t.Run(tt.choice, func(t *testing.T) {
			got := themeFor(tt.choice).Color(theme.ColorNameBackground, tt.asked)
			if want := theme.DefaultTheme().Color(theme.ColorNameBackground, tt.want); got != want {
				t.Errorf("background %v, want %v", got, want)
			}
		})
	}
}
