package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices, as stored in the preferences and offered in
// File > Preferences.
const (
	themeSystem = "System"
	themeLight  = "Light"
	themeDark   = "Dark"
)

// themeChoices is the order the preferences dialog lists them in.
var themeChoices = []string{themeSystem, themeLight, themeDark}

// variantTheme is Fyne's default theme held in one variant whatever the
// desktop asks for. Only colours depend on the variant; fonts, icons and
// sizes come from the embedded theme, which is also why names in Hangul
// or Arabic script still reach Fyne's system-font fallback.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the default theme's colour n in the held variant.
func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeFor returns the theme for a stored choice; anything unknown (an
// older or hand-edited preferences file) follows the system.
func themeFor(choice string) fyne.Theme {
	switch choice {
	case themeLight:
		return variantTheme{theme.DefaultTheme(), theme.VariantLight}
	case themeDark:
		return variantTheme{theme.DefaultTheme(), theme.VariantDark}
	}
	return theme.DefaultTheme()
}

// applyTheme sets the theme the preferences ask for on the whole app.
func applyTheme(a fyne.App) {
	a.Settings().SetTheme(themeFor(a.Preferences().StringWithFallback(prefTheme, themeSystem)))
}
