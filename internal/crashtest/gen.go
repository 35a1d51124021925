package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// officials are the people the generated articles quote: a title, a
// name and the country they serve.
var officials = []struct{ title, name, country string }{
	{"Foreign Minister", "Amir Sadeghi", "Iran"},
	{"Foreign Minister", "Hana Seo", "South Korea"},
	{"Prime Minister", "Lars Eklund", "Sweden"},
	{"President", "Marta Quiroga", "Peru"},
	{"Defence Minister", "Tomas Varga", "Hungary"},
	{"Trade Minister", "Aiko Morita", "Japan"},
	{"Ambassador", "Pierre Lamont", "France"},
	{"Energy Minister", "Yusuf Demir", "Turkey"},
	{"Vice President", "Olu Adebayo", "Nigeria"},
	{"Interior Minister", "Sofia Lind", "Norway"},
	{"Finance Minister", "Ravi Menon", "India"},
	{"Foreign Minister", "Nadia Haddad", "Jordan"},
}

// cities are where the generated meetings take place.
var cities = []string{"Tehran", "Seoul", "Stockholm", "Lima", "Budapest", "Tokyo", "Paris", "Ankara", "Abuja", "Oslo", "New Delhi", "Amman"}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var topics = []string{"trade", "energy", "security", "education", "health", "transport", "water management", "tourism"}

// generate writes n articles art-00001.txt ... into dir. Each is unique
// (it carries its number) and reports one or two meetings, so an import
// gives every article rows in articles, meetings and meeting_sources.
func generate(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 99))
	for i := 1; i <= n; i++ {
		name := filepath.Join(dir, fmt.Sprintf("art-%05d.txt", i))
		if err := os.WriteFile(name, []byte(article(rng, i)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// article is one generated news article, numbered i.
func article(rng *rand.Rand, i int) string {
	a, b := pickTwo(rng)
	city := cities[rng.IntN(len(cities))]
	month, day, year := months[rng.IntN(12)], 1+rng.IntN(27), 2006+rng.IntN(20)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s, %s %d, %d (Parley Test Wire) - %s %s of %s met %s %s of %s in %s on %s %d to discuss %s.\n\n",
		strings.ToUpper(city), month, day, year, a.title, a.name, a.country, b.title, b.name, b.country, city, month, day, topics[rng.IntN(len(topics))])
	fmt.Fprintf(&sb, "The two officials reviewed cooperation in %s and %s, according to a statement issued after the talks.\n\n",
		topics[rng.IntN(len(topics))], topics[rng.IntN(len(topics))])
	if rng.IntN(2) == 0 {
		c, d := pickTwo(rng)
		fmt.Fprintf(&sb, "Later the same day, %s %s held a phone call with %s %s of %s.\n\n", c.title, c.name, d.title, d.name, d.country)
	}
	for p := 0; p < 3+rng.IntN(4); p++ {
		fmt.Fprintf(&sb, "Officials said the discussions on %s would continue at the level of experts, and that a joint committee would report within %d months. ",
			topics[rng.IntN(len(topics))], 2+rng.IntN(10))
		sb.WriteString("Both sides described the atmosphere as constructive and agreed to keep the channels of communication open.\n\n")
	}
	fmt.Fprintf(&sb, "This is generated article number %d of the Parley crash test.\n", i)
	return sb.String()
}

func pickTwo(rng *rand.Rand) (a, b struct{ title, name, country string }) {
	i := rng.IntN(len(officials))
	j := (i + 1 + rng.IntN(len(officials)-1)) % len(officials)
	return officials[i], officials[j]
}
