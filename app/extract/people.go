package extract

import (
	"strings"
)

// person is one real person the article names, gathered from all the
// mentions that refer to them.
type person struct {
	name      string   // the fullest form of the name, as written
	toks      []string // folded name words
	title     string
	titleKeys []string
	country   string
	cityOf    string // the city of "mayor of Isfahan"
	mirrors   int    // for "his counterpart X": 1 + the person X mirrors, 0 when none
	firstSent int    // the sentence of the first mention
}

// registry holds the people of one article.
type registry struct {
	people []person
	memo   map[string][]string // nameTokens by name
}

// tokens returns nameTokens(name), memoised.
func (r *registry) tokens(name string) []string {
	if t, ok := r.memo[name]; ok {
		return t
	}
	if r.memo == nil {
		r.memo = map[string][]string{}
	}
	t := nameTokens(name)
	r.memo[name] = t
	return t
}

// nameTokens folds a name into its words for matching.
var namePunct = strings.NewReplacer(".", " ", ",", " ")

func nameTokens(name string) []string {
	f := fold(namePunct.Replace(name))
	return strings.Fields(f)
}

// contains reports whether every word of sub is in sup.
func contains(sup, sub []string) bool {
	for _, w := range sub {
		found := false
		for _, v := range sup {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(sub) > 0
}

// add registers a named mention of two or more words and returns the
// person's index: an existing person when one name contains the other.
func (r *registry) add(m *mention, sent int) int {
	toks := r.tokens(m.name)
	for i := range r.people {
		p := &r.people[i]
		if contains(p.toks, toks) || contains(toks, p.toks) {
			if len(toks) > len(p.toks) {
				p.name, p.toks = m.name, toks
			}
			p.merge(m)
			return i
		}
	}
	p := person{name: m.name, toks: toks, firstSent: sent}
	p.merge(m)
	r.people = append(r.people, p)
	return len(r.people) - 1
}

// merge adds what a mention says about the person.
func (p *person) merge(m *mention) {
	if p.title == "" && m.title != "" {
		p.title = m.title
	}
	p.addTitleKey(m.titleKey)
	if p.country == "" {
		p.country = m.country
	}
	if p.cityOf == "" {
		p.cityOf = m.placeCity
	}
}

// byName returns the person a (possibly partial) name refers to: one whose
// name contains all its words, the shortest such name first, or -1.
func (r *registry) byName(name string) int {
	toks := r.tokens(name)
	best := -1
	for i, p := range r.people {
		if contains(p.toks, toks) && (best < 0 || len(p.toks) < len(r.people[best].toks)) {
			best = i
		}
	}
	return best
}

// byTitle returns the person holding a title compatible with key and
// country, preferring an exact title over a shared last word and the most
// recently mentioned; exclude lists people already in the clause.
func (r *registry) byTitle(key, country string, seen []int, exclude map[int]bool) int {
	best, bestScore := -1, 0
	for i, p := range r.people {
		if exclude[i] || country != "" && p.country != "" && p.country != country {
			continue
		}
		score := titleScore(key, p.titleKeys)
		if score == 0 {
			continue
		}
		if country != "" && p.country == country {
			score += 4 // "the Argentine minister": the Argentine one first
		}
		score = score<<40 + seen[i]
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// titleScore is 2 for the same title, 1 when the mention's one-word title
// ends the person's ("minister" ~ "foreign minister"), else 0.
func titleScore(key string, keys []string) int {
	score := 0
	for _, k := range keys {
		switch {
		case k == key:
			return 2
		case !strings.Contains(key, " ") && (strings.HasSuffix(k, " "+key) || strings.HasPrefix(k, key+" ")) && !strings.HasPrefix(k, "vice ") && !strings.HasPrefix(k, "deputy "):
			score = 1
		}
	}
	return score
}

// addTitleKey records an office the person is referred to by, once.
func (p *person) addTitleKey(k string) {
	if k == "" {
		return
	}
	for _, x := range p.titleKeys {
		if x == k {
			return
		}
	}
	p.titleKeys = append(p.titleKeys, k)
}
