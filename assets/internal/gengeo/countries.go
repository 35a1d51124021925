package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// source is the part of a world-countries record gengeo reads.
type source struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string                           `json:"cca2"`
	CCA3         string                           `json:"cca3"`
	Independent  bool                             `json:"independent"`
	UNMember     bool                             `json:"unMember"`
	Capital      []string                         `json:"capital"`
	AltSpellings []string                         `json:"altSpellings"`
	LatLng       []float64                        `json:"latlng"`
	Demonyms     map[string]struct{ F, M string } `json:"demonyms"`
}

// country is one record of the embedded countries.json; the loader in
// app/geo decodes the same field names.
type country struct {
	Code     string   `json:"code"`
	Code3    string   `json:"code3"`
	Name     string   `json:"name"`
	Official string   `json:"official"`
	AltNames []string `json:"alt,omitempty"`
	Demonyms []string `json:"demonyms,omitempty"`
	Capital  string   `json:"capital,omitempty"`
	Lat      float64  `json:"lat"`
	Lon      float64  `json:"lon"`
	Rank     int      `json:"rank"`
	// Extra names and demonyms come from the hand-made supplement; they win
	// over the dataset's when two countries claim one word.
	ExtraNames    []string `json:"extraNames,omitempty"`
	ExtraDemonyms []string `json:"extraDemonyms,omitempty"`
}

func readCountries(path, extraPath string) ([]country, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var src []source
	if err := json.Unmarshal(data, &src); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	extra, err := readExtra(extraPath)
	if err != nil {
		return nil, err
	}
	out := make([]country, 0, len(src))
	for _, s := range src {
		c := convert(s)
		c.ExtraNames, c.ExtraDemonyms = extra[c.Code].names, extra[c.Code].demonyms
		delete(extra, c.Code)
		out = append(out, c)
	}
	for code := range extra {
		return nil, fmt.Errorf("%s: no country with code %s", extraPath, code)
	}
	// UN members first, then other independent states, then territories:
	// when two records claim a demonym ("American": US and the Northern
	// Mariana Islands) the loader keeps the first.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rank < out[j].Rank })
	return out, nil
}

func convert(s source) country {
	c := country{
		Code: s.CCA2, Code3: s.CCA3, Name: s.Name.Common, Official: s.Name.Official,
		Rank: 2,
	}
	switch {
	case s.UNMember:
		c.Rank = 0
	case s.Independent:
		c.Rank = 1
	}
	if len(s.Capital) > 0 {
		c.Capital = s.Capital[0]
	}
	if len(s.LatLng) == 2 {
		c.Lat, c.Lon = s.LatLng[0], s.LatLng[1]
	}
	for _, a := range s.AltSpellings {
		// Bare codes ("KR", "IN", "IT") would turn ordinary words into
		// countries; the supplement lists the codes English really uses.
		if a != s.CCA2 && a != s.CCA3 && a != s.Name.Common && a != s.Name.Official {
			c.AltNames = appendNew(c.AltNames, a)
		}
	}
	if d, ok := s.Demonyms["eng"]; ok {
		c.Demonyms = appendNew(appendNew(nil, d.M), d.F)
	}
	return c
}

func appendNew(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

type extraNames struct{ names, demonyms []string }

// readExtra reads the supplement: lines "CODE<TAB>name|demonym<TAB>a|b|c",
// blank lines and # comments ignored.
func readExtra(path string) (map[string]extraNames, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]extraNames{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want CODE<TAB>name|demonym<TAB>values", path, n)
		}
		e := out[f[0]]
		vals := strings.Split(f[2], "|")
		switch f[1] {
		case "name":
			e.names = append(e.names, vals...)
		case "demonym":
			e.demonyms = append(e.demonyms, vals...)
		default:
			return nil, fmt.Errorf("%s:%d: field %q is neither name nor demonym", path, n, f[1])
		}
		out[f[0]] = e
	}
	return out, sc.Err()
}

func encodeCountries(cs []country) ([]byte, error) {
	var b strings.Builder
	b.WriteString("[\n")
	for i, c := range cs {
		line, err := json.Marshal(c)
		if err != nil {
			return nil, err
		}
		b.Write(line)
		if i < len(cs)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]\n")
	return []byte(b.String()), nil
}
