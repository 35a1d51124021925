package dates

// scanNumber reads the digit cluster starting at i: digit runs joined by
// '-', '/', '.', ':' or ',' with no space. One run is a number; three runs
// with one separator may be a numeric date; anything else (09:59, 1.5,
// 2,000, 10.0.0.1, 1990s, 5G) is junk that no date rule may use, which is
// what keeps times, money, versions and phone numbers out of the results.
func scanNumber(s string, i int) token {
	var parts [4]int
	var widths [4]int
	var seps [3]byte
	n, j := 0, i
	for {
		e := digitsEnd(s, j)
		if n < len(parts) {
			parts[n], widths[n] = atoi(s[j:e]), e-j
		}
		n++
		j = e
		if j+1 < len(s) && isSep(s[j]) && isDigit(s[j+1]) && n <= len(seps) {
			seps[n-1] = s[j]
			j++
			continue
		}
		break
	}
	t := token{start: i, end: j, kind: tJunk}
	if glued(s, i, j, &t) || n > 3 || n == 2 && seps[0] != '-' {
		return t
	}
	if n == 2 { // "4-6": two numbers and a dash, for day ranges
		return token{start: i, end: i + widths[0], kind: tNum, a: parts[0], digits: uint8(widths[0])}
	}
	if n == 3 {
		return numericDate(t, parts, widths, seps)
	}
	if widths[0] > 4 {
		return t
	}
	t.kind, t.a, t.digits = tNum, parts[0], uint8(widths[0])
	return t
}

func isSep(c byte) bool {
	return c == '-' || c == '/' || c == '.' || c == ':' || c == ','
}

// atoi reads a digit string, saturating so that long runs cannot overflow.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		if v < 1e8 {
			v = v*10 + int(s[i]-'0')
		}
	}
	return v
}

// glued handles what touches the cluster: an ordinal suffix ("30th") is
// kept, other letters ("1990s", "5G"), currency or sign before it ("$2024",
// "+98") and a percent sign after it make it junk. It extends t.end over
// the suffix and reports whether the cluster is junk.
func glued(s string, i, j int, t *token) bool {
	if i > 0 && (s[i-1] == '$' || s[i-1] == '+' || s[i-1] == '#') || hasPrefixAt(s, i, "€", "£", "¥", "₹") {
		return true
	}
	if j < len(s) && s[j] == '%' {
		return true
	}
	if j+1 < len(s) && s[j] == 'T' && isDigit(s[j+1]) && t.end-t.start == 10 {
		return false // an ISO 8601 timestamp: 2025-10-02T09:59:00Z
	}
	e := wordEnd(s, j)
	if e == j {
		return false
	}
	t.end = e
	if e-j == 2 && isOrdinal(s[j:e]) && t.end-t.start <= 4 {
		t.ord = true
		return false
	}
	return true
}

// hasPrefixAt reports whether one of the runes in ps ends right before i.
func hasPrefixAt(s string, i int, ps ...string) bool {
	for _, p := range ps {
		if i >= len(p) && s[i-len(p):i] == p {
			return true
		}
	}
	return false
}

func isOrdinal(w string) bool {
	a, b := w[0]|0x20, w[1]|0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// numericDate classifies a three-part cluster. Year first (2024-08-13,
// 2024/08/13, 2024.08.13) is year-month-day. Year last is day-month-year,
// the international and news-wire order (20/05/2025, 16.11.2016), unless
// the middle part cannot be a month while the first can, which only the
// American month/day/year order explains (05/20/2025). Years 1300-1499 are
// Solar Hijri, as Iranian outlets write them (1403/10/24).
func numericDate(t token, p [4]int, w [4]int, seps [3]byte) token {
	if seps[0] != seps[1] || seps[0] == ':' || seps[0] == ',' {
		return t
	}
	y, m, d := 0, 0, 0
	switch {
	case w[0] == 4 && w[1] <= 2 && w[2] <= 2:
		y, m, d = p[0], p[1], p[2]
	case w[2] == 4 && w[0] <= 2 && w[1] <= 2:
		y, m, d = p[2], p[1], p[0]
		if m > 12 && d <= 12 {
			m, d = d, m
		}
	default:
		return t
	}
	if y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 {
		return t
	}
	t.kind, t.a, t.b, t.c, t.sep = tNumDate, y, m, d, seps[0]
	return t
}
