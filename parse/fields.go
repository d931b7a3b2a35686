package parse

import (
	"strings"
	"unicode/utf8"
)

// Labelled fields: corpus files and exports that print the header as
// label：value lines (タイトル：…, 日付：…, 本文：) before the text. No
// page prints them; the labels are read from a fixed list because their
// words also open ordinary lines (日付が変わる, 本文中の).
const (
	fieldTitle = iota + 1
	fieldDate
	fieldUpdated
	fieldSection
	fieldAuthor
	fieldSource
	fieldBody
)

// fieldLabels maps a label, as the normalized text prints it, to its field.
var fieldLabels = map[string]int{
	"タイトル": fieldTitle, "見出し": fieldTitle, "題名": fieldTitle, "表題": fieldTitle, "title": fieldTitle, "Title": fieldTitle,
	"TITLE": fieldTitle, "headline": fieldTitle, "Headline": fieldTitle,
	"日付": fieldDate, "日時": fieldDate, "掲載日": fieldDate, "配信日": fieldDate, "配信日時": fieldDate, "公開日": fieldDate,
	"公開日時": fieldDate, "発行日": fieldDate, "投稿日": fieldDate, "投稿日時": fieldDate, "date": fieldDate, "Date": fieldDate,
	"DATE": fieldDate, "published": fieldDate, "Published": fieldDate,
	"更新日": fieldUpdated, "更新日時": fieldUpdated, "最終更新": fieldUpdated, "updated": fieldUpdated, "Updated": fieldUpdated,
	"カテゴリ": fieldSection, "カテゴリー": fieldSection, "ジャンル": fieldSection, "分類": fieldSection, "category": fieldSection,
	"Category": fieldSection, "section": fieldSection, "Section": fieldSection,
	"記者": fieldAuthor, "著者": fieldAuthor, "筆者": fieldAuthor, "執筆者": fieldAuthor, "author": fieldAuthor, "Author": fieldAuthor,
	"出典": fieldSource, "媒体": fieldSource, "配信元": fieldSource, "ソース": fieldSource, "URL": fieldSource, "url": fieldSource,
	"source": fieldSource, "Source": fieldSource, "媒体名": fieldSource,
	// the header of an e-mail (a newsletter as it arrives)
	"件名": fieldTitle, "Subject": fieldTitle, "subject": fieldTitle, "送信日時": fieldDate, "受信日時": fieldDate,
	"差出人": fieldSource, "送信者": fieldSource, "From": fieldSource, "from": fieldSource, "宛先": fieldSource, "To": fieldSource, "to": fieldSource,
	"本文": fieldBody, "body": fieldBody, "Body": fieldBody, "BODY": fieldBody, "text": fieldBody, "Text": fieldBody,
}

// maxFieldLabel bounds the bytes of a label.
const maxFieldLabel = 5 * 3

// field splits a line label：value: the field and where the value starts
// in the normalized text (after the colon and any space), or 0.
func (p *parser) field(l *line) (int, int) {
	k := strings.IndexAny(l.text[:min(len(l.text), maxFieldLabel+1)], ":：")
	if k <= 0 {
		return 0, 0
	}
	f := fieldLabels[strings.TrimSpace(l.text[:k])]
	if f == 0 {
		return 0, 0
	}
	_, w := utf8.DecodeRuneInString(l.text[k:])
	v := k + w
	for v < len(l.text) && (l.text[v] == ' ' || strings.HasPrefix(l.text[v:], "\u3000")) {
		if l.text[v] == ' ' {
			v++
		} else {
			v += len("\u3000")
		}
	}
	return f, l.s + v
}

// fieldHeader reads a header of labelled fields opening the text at line
// first: at least two fields, one of them the title. It returns the line
// where the text starts, or -1 when the text opens otherwise.
func (p *parser) fieldHeader(first int) int {
	end, title := first, false
	for i := first; i < len(p.lines); i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		f, _ := p.field(l)
		if f == 0 {
			break
		}
		title = title || f == fieldTitle
		end = i + 1
		if f == fieldBody {
			break
		}
	}
	fields := 0
	for i := first; i < end; i++ {
		if !p.lines[i].blank {
			fields++
		}
	}
	if !title || fields < 2 {
		return -1
	}
	for i := first; i < end; i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		f, vs := p.field(l)
		l.role = roleUI
		if vs >= l.e {
			continue // 本文： alone: the text follows
		}
		switch f {
		case fieldTitle:
			if p.a.Headline.Text == "" {
				// 件名：【港北だより vol.12】…: the value is read as a
				// headline line, a label in brackets before it the kicker.
				l.s, l.text = vs, p.norm[vs:l.e]
				l.n = utf8.RuneCountInString(l.text)
				p.setHeadline(i)
			}
		case fieldDate, fieldUpdated:
			v := *l
			v.s, v.text, v.n = vs, p.norm[vs:l.e], utf8.RuneCountInString(p.norm[vs:l.e])
			if dl, ok := p.readDateLine(v); ok {
				if f == fieldUpdated && dl.upd == nil {
					dl.upd, dl.updS, dl.pub = dl.pub, dl.pubS, nil
				}
				if f == fieldDate && dl.pub == nil || p.a.Published != nil && f == fieldDate {
					continue
				}
				if f == fieldDate {
					p.useDateLine(i, dl)
				} else {
					l.role = roleDate
					p.setUpdated(*dl.upd, dl.updS)
				}
			}
		case fieldSection:
			l.role = roleTag
			p.addTag(vs, l.e)
		case fieldAuthor:
			if names, ok := p.names(vs, l.e, true); ok {
				l.role = roleByline
				for _, n := range names {
					p.addByline(n.s, n.e)
				}
			}
		case fieldBody:
			// 本文：北浜港に…: the label opens the first line of the
			// text; the paragraph starts at the value.
			l.role = roleNone
			l.s, l.text = vs, p.norm[vs:l.e]
			l.n = utf8.RuneCountInString(l.text)
			l.relAsked, l.crAsked = false, false
			return i
		}
	}
	return end
}
