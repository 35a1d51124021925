package dates_test

import (
	"fmt"

	"parley/app"
	"parley/app/extract/dates"
)

func ExampleFind() {
	text := "Fidan hosted the delegation on Wednesday, after his visit to Damascus last week and a call on 8 Mehr 1404."
	ref := app.Date{Year: 2025, Month: 10, Day: 2} // the article's date, a Thursday
	for _, m := range dates.Find(text, ref) {
		fmt.Printf("%q %s %s\n", m.Text(text), m.Kind, m.Date)
	}
	// Output:
	// "Wednesday" relative 2025-10-01
	// "last week" relative 2025-09
	// "8 Mehr 1404" hijri 2025-09-30
}

func ExampleParse() {
	d, ok := dates.Parse("Published Jun 11, 2024 09:59 am", app.Date{})
	fmt.Println(d, ok)
	// Output: 2024-06-11 true
}

func ExampleResolve() {
	text := "The two ministers met on Sunday."
	m := dates.Find(text, app.Date{})[0] // an undated article: unresolved
	fmt.Printf("%q\n", m.Date.String())
	fmt.Println(dates.Resolve(m, app.Date{Year: 2025, Month: 10, Day: 2}))
	// Output:
	// ""
	// 2025-09-28
}
