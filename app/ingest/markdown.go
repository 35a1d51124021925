package ingest

import (
	"regexp"
	"strings"

	"parley/app"
)

// parseMarkdown reads a Markdown file as text and strips the markup that
// would otherwise end up in sentences: heading marks, emphasis, link
// syntax, images, block quotes, list bullets and code fences. YAML front
// matter gives the title, outlet and date when it has them; otherwise the
// first level-one heading is the title. It is a light clean-up, not a
// Markdown renderer: paragraphs and line breaks are kept as written.
func parseMarkdown(name string, data []byte) (app.Document, error) {
	text, err := decodeText(name, data)
	if err != nil {
		return app.Document{}, err
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	meta, lines := frontMatter(lines)
	title := meta["title"]
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		clean, heading := markdownLine(line)
		if heading == 1 && title == "" {
			title = clean
		}
		out = append(out, clean)
	}
	return app.Document{
		Text:      strings.Join(out, "\n"),
		Title:     title,
		Outlet:    firstNonEmpty(meta["publisher"], meta["outlet"], meta["site"]),
		Published: parseMetaDate(firstNonEmpty(meta["published"], meta["date"])),
	}, nil
}

// maxFrontMatter is how many lines a front matter block may have.
const maxFrontMatter = 100

// frontMatter splits off a YAML front matter block (between "---" lines at
// the top, as static site generators and web clippers write it) and
// returns its simple "key: value" pairs with lower-case keys and unquoted
// values, and the lines after it. Without a closed block, lines come back
// untouched.
func frontMatter(lines []string) (map[string]string, []string) {
	meta := map[string]string{}
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return meta, lines
	}
	for i := 1; i < len(lines) && i <= maxFrontMatter; i++ {
		line := strings.TrimSpace(lines[i])
		if line == "---" || line == "..." {
			return meta, lines[i+1:]
		}
		if k, v, ok := strings.Cut(line, ":"); ok {
			meta[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return map[string]string{}, lines
}

var (
	mdHeading  = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdRule     = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$`)
	mdFence    = regexp.MustCompile("^ {0,3}(?:```|~~~)")
	mdRefDef   = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+.*$`)
	mdQuote    = regexp.MustCompile(`^ {0,3}(?:>[ \t]?)+`)
	mdBullet   = regexp.MustCompile(`^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	mdImage    = regexp.MustCompile(`!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])`)
	mdAutoLink = regexp.MustCompile(`<((?:https?|mailto):[^>\s]*)>`)
	mdHTMLTag  = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->`)
	mdStrong   = regexp.MustCompile(`\*\*(\S(?:.*?\S)?)\*\*`)
	mdStrongU  = regexp.MustCompile(`(^|\W)__(\S(?:.*?\S)?)__(\W|$)`)
	mdEm       = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	mdEmU      = regexp.MustCompile(`(^|\W)_(\S(?:[^_]*?\S)?)_(\W|$)`)
	mdStrike   = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdCode     = regexp.MustCompile("`+([^`]*)`+")
)

// markdownLine cleans one line; heading is its ATX heading level or 0.
func markdownLine(line string) (clean string, heading int) {
	trimmed := strings.TrimLeft(line, " \t")
	if trimmed == "" {
		return "", 0
	}
	// Block markup is decided by the first character; plain prose skips
	// the block patterns altogether.
	if strings.ContainsRune("#-*_=`~[>+0123456789", rune(trimmed[0])) {
		switch {
		case mdFence.MatchString(line), mdRule.MatchString(line), mdRefDef.MatchString(line):
			return "", 0
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			heading, line = len(m[1]), m[2]
		}
		line = mdQuote.ReplaceAllString(line, "")
		line = mdBullet.ReplaceAllString(line, "$1")
	}
	return markdownInline(line), heading
}

// markdownInline removes inline markup, keeping the words. Each pattern
// runs only when the line holds the character it starts with: most lines
// of an article have no markup, and regular expressions are slow.
func markdownInline(s string) string {
	if strings.Contains(s, "[") {
		s = mdImage.ReplaceAllString(s, "")
		s = mdLink.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "<") {
		s = mdAutoLink.ReplaceAllString(s, "$1")
		s = mdHTMLTag.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "`") {
		s = mdCode.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "*") {
		s = mdStrong.ReplaceAllString(s, "$1")
		s = mdEm.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "_") {
		s = mdStrongU.ReplaceAllString(s, "$1$2$3")
		s = mdEmU.ReplaceAllString(s, "$1$2$3")
	}
	if strings.Contains(s, "~~") {
		s = mdStrike.ReplaceAllString(s, "$1")
	}
	return strings.TrimSuffix(s, "\\")
}
