package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
)

// unit is a candidate noun unit: a run of place tokens or a katakana run.
type unit struct {
	first, last int // token indexes
	start, end  int // byte offsets
	place       bool
	unknownKata bool // a katakana word the dictionary does not hold as a common noun
}

func findPlaces(p *paragraph) {
	s := p.text.Norm
	units := make([]unit, 0, len(p.toks)/4+1)
	for k := 0; k < len(p.toks); k++ {
		if p.info[k].bits&iPlaceStart == 0 {
			continue
		}
		t := &p.toks[k]
		switch {
		case t.IsPlace() && !t.IsSuffix() || t.IsKatakana():
			u := unit{first: k, last: k, start: t.Start, end: t.End}
			// A katakana word may come in several tokens (ハリ|ファックス).
			for u.last+1 < len(p.toks) && t.IsKatakana() && p.toks[u.last+1].IsKatakana() && p.toks[u.last+1].Start == u.end {
				u.last++
				u.end = p.toks[u.last].End
			}
			u.place = t.IsPlace() && u.first == u.last
			if !u.place {
				u.unknownKata = t.IsKatakana() && !(u.first == u.last && t.Known && !t.IsProper())
			}
			// Place names go on with suffixes and further names:
			// フロリダ州パームビーチ, ノバスコシア州ハリファックス, ドネツク州.
			for u.last+1 < len(p.toks) {
				n := &p.toks[u.last+1]
				if n.Start != u.end {
					break
				}
				last := u.last
				switch {
				case n.IsPlace() && n.IsSuffix() && (u.place || u.unknownKata) && !p.toks[u.last].IsSuffix():
					u.last++
				case placeSuffixes[n.Surface] && n.IsNoun() && u.unknownKata && !p.toks[u.last].IsSuffix():
					u.last++
				case u.place && p.toks[u.last].IsSuffix() && (n.IsPlace() && !n.IsSuffix() || n.IsKatakana()):
					u.last++
					for u.last+1 < len(p.toks) && n.IsKatakana() && p.toks[u.last+1].IsKatakana() && p.toks[u.last+1].Start == p.toks[u.last].End {
						u.last++
					}
				case u.place && n.IsPlace() && !n.IsSuffix():
					u.last++
				}
				if u.last == last {
					break
				}
				u.end = p.toks[u.last].End
				u.place, u.unknownKata = true, false
			}
			units = append(units, u)
			k = u.last
		}
	}
	for i := range units {
		u := &units[i]
		if u.place || !u.unknownKata {
			continue
		}
		if u.last+1 < len(p.toks) && p.toks[u.last+1].Start == u.end && placeNouns[p.toks[u.last+1].Surface] {
			u.place = true // ドンバス地域
		}
		if u.first > 0 && p.toks[u.first-1].End == u.start && facilities[p.toks[u.first-1].Surface] {
			u.place = true // 邸宅マー・ア・ラゴ
		}
	}
	// Lists: the katakana words listed with a place are places.
	groups := coordinate(s, units)
	anyPlace := false
	for _, g := range groups {
		has := false
		for i := g.lo; i < g.hi; i++ {
			has = has || units[i].place
		}
		if has {
			anyPlace = true
			for i := g.lo; i < g.hi; i++ {
				if units[i].unknownKata {
					units[i].place = true
				}
			}
		}
	}
	// A list made only of unknown katakana words, in a paragraph that lists
	// places, lists places too (ヘルソンとザポリージャ after a list of regions).
	if anyPlace {
		for _, g := range groups {
			all := g.hi-g.lo >= 2
			for i := g.lo; i < g.hi; i++ {
				all = all && units[i].unknownKata
			}
			if all {
				for i := g.lo; i < g.hi; i++ {
					units[i].place = true
				}
			}
		}
	}
	for _, u := range units {
		if !u.place || !p.free(u.start, u.end) {
			continue
		}
		name := s[u.start:u.end]
		if utf8.RuneCountInString(name) < 2 {
			continue // 米, 露: abbreviations in titles and compounds
		}
		p.add(Mention{Kind: Place, Name: name, Text: name, Start: u.start, End: u.end, NameEnd: u.end})
	}
}

// group is a list of consecutive units, units[lo:hi].
type group struct{ lo, hi int }

// coordinate groups units joined by 、, と, や, および or 及び; only lists
// of two units or more are returned.
func coordinate(s string, units []unit) []group {
	var groups []group
	cur := group{}
	for i := range units {
		if cur.hi > cur.lo {
			switch s[units[i-1].end:units[i].start] {
			case "、", "と", "や", "および", "及び", "、および", ",":
				cur.hi = i + 1
				continue
			}
			if cur.hi-cur.lo > 1 {
				groups = append(groups, cur)
			}
		}
		cur = group{i, i + 1}
	}
	if cur.hi-cur.lo > 1 {
		groups = append(groups, cur)
	}
	return groups
}

// placeKey joins ドネツク州 with ドネツク: a suffix after a katakana name.
func placeKey(name string) string {
	for _, suf := range placeSuffixList {
		if rest, ok := strings.CutSuffix(name, suf); ok && morph.IsKatakana(rest) && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// joinByName merges the mentions of kind by key(name), then adds bare
// mentions of every known key and name found as whole tokens.
func (b *Builder) joinByName(kind Kind, key func(string) string) []article.Entity {
	paras := b.paras
	ents := []article.Entity{}
	byKey := map[string]int{}
	names := map[string]int{}
	for _, p := range paras {
		for i := range p.found {
			m := &p.found[i]
			if m.Kind != kind {
				continue
			}
			k := key(m.Name)
			e, ok := byKey[k]
			if !ok {
				e = len(ents)
				ents = append(ents, article.Entity{Name: m.Name})
				byKey[k] = e
			}
			if utf8.RuneCountInString(m.Name) > utf8.RuneCountInString(ents[e].Name) {
				ents[e].Name = m.Name
			}
			names[m.Name] = e
			names[k] = e
			m.Entity = e
		}
	}
	if kind == Organization {
		// Acronyms seen only in brackets still name their body elsewhere.
		for _, p := range paras {
			for _, k := range p.acronyms {
				a := p.packed[k].Token(p.text.Norm).Surface
				if e, ok := byKey[key(a)]; ok {
					names[a] = e
				}
			}
		}
	}
	if len(names) == 0 {
		return ents
	}
	var filter nameFilter
	for n := range names {
		filter.add(n)
	}
	b.each(func(p *paragraph) {
		s := p.text.Norm
		for k := 0; k < len(p.toks); k++ {
			if !filter.mayStartKey(p.info[k].key) {
				continue
			}
			// Longest run of up to 4 tokens that is a known name.
			for n := min(4, len(p.toks)-k); n >= 1; n-- {
				start, end := p.toks[k].Start, p.toks[k+n-1].End
				if !filter.may(s[start:end]) {
					continue
				}
				e, ok := names[s[start:end]]
				if !ok || utf8.RuneCountInString(s[start:end]) < 2 {
					continue
				}
				if k+n < len(p.toks) && p.toks[k+n].Start == end && p.toks[k+n].IsKatakana() && p.toks[k+n-1].IsKatakana() {
					continue // part of a longer katakana word
				}
				if !p.free(start, end) {
					break
				}
				p.add(Mention{Kind: kind, Name: s[start:end], Text: s[start:end], Start: start, End: end, NameEnd: end, Entity: e})
				k += n - 1
				break
			}
		}
	})
	return ents
}
