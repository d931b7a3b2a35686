package parse

import (
	"bytes"
	"github.com/newsdoc/newsdoc/internal/doc"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"雨が降った。風も強い。", []string{"雨が降った。", "風も強い。"}},
		{"彼は「今日は晴れ。明日は雨。」と言った。次の文。", []string{"彼は「今日は晴れ。明日は雨。」と言った。", "次の文。"}},
		{"「ありがとう。」「どういたしまして。」", []string{"「ありがとう。」", "「どういたしまして。」"}},
		{"本当に?!そうだ。", []string{"本当に?!", "そうだ。"}},
		{"Yahoo!ニュースで見た。", []string{"Yahoo!ニュースで見た。"}},
		{"(注。補足)本文。", []string{"(注。補足)本文。"}},
		{"閉じない「かっこ。ここで終わる。", []string{"閉じない「かっこ。", "ここで終わる。"}},
		{"余計な」閉じ。次。", []string{"余計な」閉じ。", "次。"}},
		{"一行目\n二行目。", []string{"一行目", "二行目。"}},
		{"終わりなし", []string{"終わりなし"}},
		{"『入れ子「の。」引用。』です。", []string{"『入れ子「の。」引用。』です。"}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range doc.Split(tt.in) {
			got = append(got, tt.in[r[0]:r[1]])
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestParseStamp(t *testing.T) {
	ref := time.Date(2024, 3, 10, 12, 0, 0, 0, japan)
	tests := []struct {
		in, value string
		ref       time.Time
		n         int // bytes used, 0 for the whole input
		resolved  bool
	}{
		{"2025/12/29", "2025-12-29", time.Time{}, 0, true},
		{"2025年12月29日", "2025-12-29", time.Time{}, 0, true},
		{"2023年4月3日 9時01分", "2023-04-03T09:01", time.Time{}, 0, true},
		{"2022年10月17日19時09分", "2022-10-17T19:09", time.Time{}, 0, true},
		{"2023.03.31", "2023-03-31", time.Time{}, 0, true},
		{"2011-10-11T15:50:00+0900", "2011-10-11T15:50:00", time.Time{}, 0, true},
		{"２０２５年１２月２９日", "2025-12-29", time.Time{}, 0, true},
		{"2023年4月5日(水) 15:00", "2023-04-05T15:00", time.Time{}, 0, true},
		{"令和7年12月29日", "2025-12-29", time.Time{}, 0, true},
		{"2021年06月14日 09時05分 公開", "2021-06-14T09:05", time.Time{}, len("2021年06月14日 09時05分"), true},
		{"3/9(木) 18:45配信", "XXXX-03-09T18:45", time.Time{}, len("3/9(木) 18:45"), false},
		{"3/9(木) 18:45", "2023-03-09T18:45", ref, 0, true}, // the Thursday before ref
		{"3/9(土) 18:45", "2024-03-09T18:45", ref, 0, true},
		{"12/31 23:00", "2023-12-31T23:00", ref, 0, true},
		{"4/6 09:08", "2023-04-06T09:08", ref, 0, true},
		{"2日前", "2024-03-08", ref, 0, true},
		{"1 時間前", "PAST_REF", time.Time{}, 0, false},
		{"1 時間前", "2024-03-10T11", ref, 0, true},
		{"30分前", "2024-03-10T11:30", ref, 0, true},
	}
	for _, tt := range tests {
		st, n, ok := parseStamp(tt.in, tt.ref, japan)
		require.True(t, ok, tt.in)
		got := st.t
		assert.Equal(t, tt.value, got.Value, tt.in)
		want := tt.n
		if want == 0 {
			want = len(tt.in)
		}
		assert.Equal(t, want, n, tt.in)
		assert.Equal(t, tt.resolved, got.Resolved(), tt.in)
	}
	for _, bad := range []string{"", "3月31日", "2023年2月30日", "2023/13/01", "12345", "31日", "2023年4月", "2023年", "今日", "3時間"} {
		_, _, ok := parseStamp(bad, ref, japan)
		assert.False(t, ok, bad)
	}
	st, _, ok := parseStamp("2011-10-11T15:50:00+0900", time.Time{}, time.UTC)
	require.True(t, ok)
	got := st.t
	assert.Equal(t, time.Date(2011, 10, 11, 6, 50, 0, 0, time.UTC), got.Start.UTC())
	assert.Equal(t, time.Second, got.End.Sub(got.Start))
	// A time printed without an offset is in the given location.
	st, _, ok = parseStamp("2023年4月3日 9時01分", time.Time{}, time.UTC)
	require.True(t, ok)
	assert.Equal(t, time.Date(2023, 4, 3, 9, 1, 0, 0, time.UTC), st.t.Start.UTC())
}

func TestWireDatelines(t *testing.T) {
	tests := []struct {
		body                string
		place, source, time string
		rest                string
	}{
		{"【ワシントン共同】米政府は発表した。", "ワシントン", "共同", "", "米政府は発表した。"},
		{"【ロンドン＝岡田浩幸】英政府は発表した。", "ロンドン", "岡田浩幸", "", "英政府は発表した。"},
		{"［東京　２９日　ロイター］ - 円が下落した。", "東京", "ロイター", "2024-03-29", "円が下落した。"},
		{"[キーウ 24日 ロイター] - 攻撃があった。", "キーウ", "ロイター", "2024-03-24", "攻撃があった。"},
		{"【北京時事】中国政府は述べた。", "北京", "時事", "", "中国政府は述べた。"},
		{"【港ヶ崎】29日午前、漁船が転覆した。", "港ヶ崎", "", "", "29日午前、漁船が転覆した。"},
		{"【港ヶ崎】県漁協は29日、漁船が転覆したと発表した。", "港ヶ崎", "", "", "県漁協は29日、漁船が転覆したと発表した。"},
		{"【港ヶ崎】港ヶ崎市の沖合で続けられてきた新しい防波堤の工事が29日、終わった。", "港ヶ崎", "", "", "港ヶ崎市の沖合で続けられてきた新しい防波堤の工事が29日、終わった。"},
	}
	for _, tt := range tests {
		a, err := Parse([]byte("見出しの行です\n2024年3月30日 10時00分\n\n"+tt.body+"\n"), WithReference(time.Date(2024, 3, 30, 0, 0, 0, 0, japan)))
		require.NoError(t, err)
		require.NotNil(t, a.Dateline, tt.body)
		assert.Equal(t, tt.place, a.Dateline.Place)
		assert.Equal(t, tt.source, a.Dateline.Source)
		if tt.time != "" {
			require.NotNil(t, a.Dateline.Time)
			assert.Equal(t, tt.time, a.Dateline.Time.Value)
		}
		require.Len(t, a.Paragraphs, 1)
		assert.Equal(t, tt.rest, a.Paragraphs[0].Text)
		spanChecker{t: t, a: a, text: true}.check()
	}
	// Not datelines.
	for _, body := range []string{"【関連記事】ではない。", "【速報】地震がありました。", "［注］補足です。", "【速報】29日に地震がありました。", "【港ヶ崎】漁船が転覆した。", "【速報】県漁協は29日、発表した。", "【港ヶ崎】県漁協は2029日、発表した。", "【港ヶ崎】漁協は29日間の漁を終え、港に戻った。", "【港ヶ崎】港ヶ崎市の沖合で続けられてきた防波堤の工事で29日、事故があった。"} {
		a, err := Parse([]byte("見出しの行です\n\n" + body + "\n"))
		require.NoError(t, err)
		assert.Nil(t, a.Dateline, body)
	}
}

// TestOwnAgencyDateline: a wire dateline ending in the short name of the
// agency whose page it is, which no list knows.
func TestOwnAgencyDateline(t *testing.T) {
	const body = "【北浜港北】港町の古書店が今月末で店を閉じる。\n"
	a, err := Parse([]byte("港北通信　記事配信\n速報｜政治｜経済｜国際｜地域\n2024/03/30 17:42\n港町の古書店が閉店へ\n" + body + "［港北通信］\n"))
	require.NoError(t, err)
	require.NotNil(t, a.Dateline)
	assert.Equal(t, "北浜", a.Dateline.Place)
	assert.Equal(t, "港北", a.Dateline.Source)
	require.NotEmpty(t, a.Paragraphs)
	assert.Equal(t, "港町の古書店が今月末で店を閉じる。", a.Paragraphs[0].Text)
	// Without the agency's name on the page, the brackets stay text.
	a, err = Parse([]byte("港町の古書店が閉店へ\n2024/03/30 17:42\n\n" + body))
	require.NoError(t, err)
	assert.Nil(t, a.Dateline)
	// A foreign place of many runes before the agency's name.
	a, err = Parse([]byte("港北通信　記事配信\n2024/03/30 17:42\n港町の古書店が閉店へ\n【ミナトポリスタン港北】港町の古書店が今月末で店を閉じる。\n［港北通信］\n"))
	require.NoError(t, err)
	require.NotNil(t, a.Dateline)
	assert.Equal(t, "ミナトポリスタン", a.Dateline.Place)
	assert.Equal(t, "港北", a.Dateline.Source)
}

// TestOwnAgencyPage: a page of an agency with its name and sections over
// the title and no date line above the text; the dateline names a foreign
// place with its country in brackets.
func TestOwnAgencyPage(t *testing.T) {
	src := "港北通信 ニュース速報\n国際\n社会\n登山隊、未踏の山頂に立つ　北の山脈で初\n" +
		"【ミナト（北浜国）港北】北浜国の山脈で、港町の山岳会が初登頂した。\n隊長は「雪が深かった」と話した。\n（2024/03/30 17:42）\n"
	a, err := Parse([]byte(src))
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, "登山隊、未踏の山頂に立つ 北の山脈で初", a.Headline.Text)
	require.NotNil(t, a.Dateline)
	assert.Equal(t, "ミナト(北浜国)", a.Dateline.Place)
	assert.Equal(t, "港北", a.Dateline.Source)
	require.NotEmpty(t, a.Paragraphs)
	assert.Equal(t, "北浜国の山脈で、港町の山岳会が初登頂した。", a.Paragraphs[0].Text)
}

func TestBylines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"見出しの行です\n北京=杉浦千景 槙野誠吾2023年4月2日 11時36分\n\n本文です。\n", []string{"杉浦千景", "槙野誠吾"}},
		{"見出しの行です\n2023/3/31 08:00堀井 智久\n\n本文です。\n", []string{"堀井 智久"}},
		{"見出しの行です\n2023/3/31 08:00\n[三船泰典，ExampleMedia]\n\n本文です。\n", []string{"三船泰典"}},
		{"見出しの行です\n2023/3/31 08:00\n著者：沢口宗一\n\n本文です。\n", []string{"沢口宗一"}},
		{"見出しの行です\n\n本文です。\n\n二段落目です。次の文です。（野々村健吾）\n", []string{"野々村健吾"}},
		{"見出しの行です\n\n本文です。\n\n二段落目です。（要約）\n", nil},
		{"見出しの行です\n2023/3/31 08:00\n港南支局・木下亮\n\n本文です。\n", []string{"木下亮"}},
		{"見出しの行です\n2023/3/31 08:00\n文・木下亮\n\n本文です。\n", []string{"木下亮"}},
		{"見出しの行です\n2023/3/31 08:00\n木下亮記者\n\n本文です。\n", []string{"木下亮"}},
		{"見出しの行です\n2023/3/31 08:00\n森下・川瀬\n\n本文です。\n", nil},
		{"見出しの行です\n\n港町で朝市が開かれた。多くの人が訪れた。\n\n店主は客に礼を述べた。\n（くらし編集部・川瀬ゆかり）\n", []string{"川瀬ゆかり"}},
		{"見出しの行です\n\n港町で朝市が開かれた。多くの人が訪れた。\n\n店主は客に礼を述べた。\n（まち取材班　森川忠）\n", []string{"森川忠"}},
		{"見出しの行です\n2023/3/31 08:00\n\n港南市は20日、港湾地区の再開発計画を発表した。\n\nこの記事を書いた人\n港南放送局 記者 木下 亮\n2019年入局\n", []string{"木下 亮"}},
	}
	for _, tt := range tests {
		a, err := Parse([]byte(tt.in))
		require.NoError(t, err)
		var got []string
		for _, b := range a.Bylines {
			got = append(got, b.Name)
		}
		assert.Equal(t, tt.want, got, tt.in)
		spanChecker{t: t, a: a, text: true}.check()
	}
}

func TestUpdatedWithoutYear(t *testing.T) {
	tests := []struct{ line, pub, upd string }{
		{"毎日新聞 2026/7/8 11:20（最終更新 7/9 06:45） 912文字", "2026-07-08T11:20", "2026-07-09T06:45"},
		{"毎日新聞 2024/12/31 22:10（最終更新 1/1 08:15）", "2024-12-31T22:10", "2025-01-01T08:15"},
		{"2023年4月4日 18:32 (2023年4月4日 19:19更新)", "2023-04-04T18:32", "2023-04-04T19:19"},
		{"2026/03/12 更新: 2026/03/13", "2026-03-12", "2026-03-13"},
		{"» 2021年06月14日 09時05分 公開", "2021-06-14T09:05", ""},
		{"最終更新日：2019年4月2日", "", "2019-04-02"},
		{"2026年4月9日 6:45配信（最終更新 13:10）", "2026-04-09T06:45", "2026-04-09T13:10"},
		{"2026/04/09 06:45公開（更新 13:10）", "2026-04-09T06:45", "2026-04-09T13:10"},
	}
	for _, tt := range tests {
		a, err := Parse([]byte("見出しの行です\n" + tt.line + "\n\n本文です。\n"))
		require.NoError(t, err)
		assert.Equal(t, tt.pub, valueOf(a.Published), tt.line)
		assert.Equal(t, tt.upd, valueOf(a.Updated), tt.line)
		if a.Updated != nil && tt.upd != "" {
			assert.True(t, a.Updated.Resolved())
			assert.Equal(t, article.AnchorDocument == a.Updated.Anchor, !isFullDate(tt.line, a.Updated.Text))
		}
	}
}

// isFullDate reports whether the update surface carries its own year.
func isFullDate(_, text string) bool {
	st, _, ok := parseStamp(text, time.Time{}, japan)
	return ok && !st.yearless
}

// scanLineRef is the rune-by-rune definition scanLine implements.
func scanLineRef(s string) lineScan {
	var sc lineScan
	for _, r := range s {
		sc.n++
		switch {
		case doc.CloserOf(r) != 0:
			sc.depth++
		case doc.IsCloser(r):
			if sc.depth > 0 {
				sc.depth--
			}
		case doc.IsTerminator(r) && sc.depth == 0:
			sc.term = true
		}
	}
	return sc
}

// marksRef lists the marks of s as scanMarks records them, from a plain
// rune loop.
func marksRef(s string, base int) []doc.Mark {
	var ms []doc.Mark
	for i, r := range s {
		n := utf8.RuneLen(r)
		switch {
		case doc.CloserOf(r) != 0:
			ms = append(ms, doc.Mark{At: base + i, R: r, N: uint8(n), Bracket: true, Open: true})
		case doc.IsCloser(r):
			ms = append(ms, doc.Mark{At: base + i, R: r, N: uint8(n), Bracket: true})
		case doc.IsTerminator(r):
			ms = append(ms, doc.Mark{At: base + i, R: r, N: uint8(n)})
		}
	}
	return ms
}

// checkScanLine compares scanLine and the marks of scanMarks with the
// references on valid UTF-8, and only asks for no panic on other input.
func checkScanLine(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		assert.NotPanics(t, func() { scanLine(s); scanMarks(s, 3, nil, true); scanMarksUI(s, 3, nil) })
		return
	}
	require.Equal(t, scanLineRef(s), scanLine(s), "%q", s)
	sc, ms := scanMarks(s, 3, nil, true)
	require.Equal(t, scanLineRef(s), sc, "%q", s)
	require.Equal(t, marksRef(s, 3), ms, "marks of %q", s)
	sc, ms, hit := scanMarksUI(s, 3, nil)
	require.Equal(t, scanLineRef(s), sc, "scanMarksUI %q", s)
	require.Equal(t, marksRef(s, 3), ms, "scanMarksUI marks of %q", s)
	require.Equal(t, uiContainsSet.in(s), hit, "scanMarksUI phrase in %q", s)
}

func TestScanLine(t *testing.T) {
	ins := []string{"", "あ", "「引用。」と述べた", "(注)本文。", "（全角）！", "閉じない「かっこ。", "」)。", "a\xe3\x80", "\xef\xbc", "？"}
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		ins = append(ins, strings.Split(string(b), "\n")...)
	}
	for _, in := range ins {
		checkScanLine(t, in)
	}
}

func FuzzScanLine(f *testing.F) {
	for _, s := range []string{"「あ。」い", "(（」）!?", "\xe3\x80\x8c\xe3", "。", "漢字とかな「引用。」と（注）述べた！本当?\n次"} {
		f.Add(s)
	}
	f.Fuzz(checkScanLine)
}

func TestPhraseSet(t *testing.T) {
	ps := newPhraseSet([]string{"でシェア", "会員登録", "PR", "😀顔", "é"})
	tests := []struct {
		in   string
		want bool
	}{
		{"", false}, {"LINEでシェアする", true}, {"でシェ", false}, {"今すぐ会員登録を", true}, {"[PR]", true},
		{"P", false}, {"絵文字😀顔です", true}, {"😀", false}, {"café", true}, {"cafe", false}, {"\xe3\x81", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ps.in(tt.in), "%q", tt.in)
	}
}

// findFooter looks for promotion phrases only in lines isUI marked: that
// holds while every promotion phrase is one isUI looks for.
func TestFooterPromoIsUI(t *testing.T) {
	for _, w := range footerPromo {
		assert.True(t, uiContainsSet.in(w), "%q", w)
		assert.True(t, isUI("今日から"+w+"です", utf8.RuneCountInString("今日から"+w+"です")), "%q", w)
	}
}

// binaryAtRef is the byte-by-byte definition binaryAt implements.
func binaryAtRef(src []byte) (int, bool) {
	first, n := -1, 0
	for i, b := range src {
		if b == 0 {
			return i, true
		}
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1b) || b == 0x7f {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n >= 4 && n*100 > len(src) {
		return first, true
	}
	return 0, false
}

func TestBinaryAt(t *testing.T) {
	ins := []string{"", "abc", "\x01\x02\x03\x04", "本文\x7f\x7f\x7f\x7fです", "\t\n\r\x1b\v\f", "あいう\x1fえおかきく\x01\x02\x03",
		strings.Repeat("\xe3\x81\x82", 50) + "\x19\x19\x19\x19", strings.Repeat("a", 1000) + "\x01\x01\x01\x01"}
	for c := range 256 {
		for at := range 17 {
			b := []byte(strings.Repeat("\u3042", 8))
			for k := at; k < at+7; k += 2 {
				b[k] = byte(c) // four of them: enough to count
			}
			ins = append(ins, string(b), string(b[:at+7]))
		}
	}
	for _, in := range ins {
		wantAt, wantOK := binaryAtRef([]byte(in))
		gotAt, gotOK := binaryAt([]byte(in))
		assert.Equal(t, wantOK, gotOK, "%q", in)
		if wantOK {
			assert.Equal(t, wantAt, gotAt, "%q", in)
		}
	}
}

// TestPhraseSetContains checks phraseSet.in against one strings.Contains
// per phrase on every line of the fixtures, and on each line with every
// phrase inserted.
func TestPhraseSetContains(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	for _, ws := range [][]string{uiContains, footerPromo, bioCues} {
		set := newPhraseSet(ws)
		for _, l := range lines {
			for _, in := range append([]string{l}, prefixed(l, ws)...) {
				want := false
				for _, w := range ws {
					want = want || strings.Contains(in, w)
				}
				assert.Equal(t, want, set.in(in), "%q", in)
			}
		}
	}
}

// prefixed returns l with each of ws, cut to its first two runes, put
// in the middle: near misses.
func prefixed(l string, ws []string) []string {
	out := make([]string, 0, len(ws))
	half := len(l) / 2
	for half > 0 && !utf8.RuneStart(l[half]) {
		half--
	}
	for _, w := range ws {
		_, n1 := utf8.DecodeRuneInString(w)
		_, n2 := utf8.DecodeRuneInString(w[n1:])
		out = append(out, l[:half]+w[:n1+n2]+l[half:], l[:half]+w+l[half:])
	}
	return out
}

// prepareRef is prepare written plainly: the first binary byte or byte
// that is not UTF-8 found by decoding, the clean prefix of whole lines
// before it.
func prepareRef(src []byte, max int) (string, int, error) {
	if len(bytes.TrimFunc(src, doc.IsSpace)) == 0 {
		return "", 0, ErrEmpty
	}
	var kind error
	off := -1
	if len(src) > max {
		kind, off = ErrTooLarge, max
		cut := max
		if i := bytes.LastIndexByte(src[:cut], '\n'); i >= 0 {
			cut = i + 1
		} else {
			for cut > 0 && !utf8.RuneStart(src[cut]) {
				cut--
			}
		}
		src = src[:cut]
	}
	bad, bk := len(src)+1, error(nil)
	if b, ok := binaryAtRef(src); ok {
		bad, bk = b, ErrBinary
	}
	for i := 0; i < len(src) && i < bad; {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			bad, bk = i, ErrInvalidUTF8
			break
		}
		i += n
	}
	if bk != nil {
		return string(src[:lineStart(src, bad)]), bad, bk
	}
	return string(src), off, kind
}

func checkPrepare(t *testing.T, src []byte, max int) {
	t.Helper()
	in, perr := prepare(src, max)
	text, off, kind := prepareRef(src, max)
	require.Equal(t, text, in.text, "clean text of %q", src)
	if kind == nil {
		require.Nil(t, perr, "%q", src)
		return
	}
	require.NotNil(t, perr, "%q", src)
	require.ErrorIs(t, perr, kind, "%q", src)
	require.Equal(t, off, perr.Offset, "%q", src)
	norm, _ := normalizeText(text)
	require.Equal(t, norm, in.norm)
}

func TestPrepare(t *testing.T) {
	ins := []string{"", "abc", "日本語", "\xff", "\xe3\x81", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf",
		"\xef\xbf\xbf", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "a\xe3\x81\x82\x80", "\xe1\x80\x80",
		"見出し\n本文\xff\x00です", "見出し\n本文\x00\xffです", "a\n\xff\nb\x00", "ｶﾞ\n\xc0"}
	for c := 0xC0; c < 0x100; c++ {
		for _, c1 := range []byte{0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0} {
			ins = append(ins, string([]byte{'x', '\n', byte(c), c1, 0x80}), string([]byte{byte(c), c1, 0x80, 0x80}), string([]byte{byte(c), 0x80, c1}))
		}
	}
	for _, in := range ins {
		checkPrepare(t, []byte(in), DefaultMaxSize)
		checkPrepare(t, []byte(in), 4)
	}
}

func FuzzPrepare(f *testing.F) {
	f.Add([]byte("日本語\xe3\x81"), 100)
	f.Add([]byte("見出し\n本文\x00\xffです"), 7)
	f.Fuzz(func(t *testing.T, b []byte, max int) {
		if max <= 0 {
			max = DefaultMaxSize
		}
		checkPrepare(t, b, max)
	})
}

func TestMayHaveCase(t *testing.T) {
	for r := rune(0x3000); r <= 0x9FFF; r++ {
		require.Equal(t, string(r), strings.ToLower(string(r)), "%U", r)
		require.False(t, mayHaveCase("あ"+string(r)), "%U", r)
	}
	for _, s := range []string{"LINE", "Français", "Русский", "Ⓐ", "ａ", "Ｌ"} {
		assert.True(t, mayHaveCase(s), "%q", s)
	}
	assert.False(t, mayHaveCase("シェア line"))
}

func TestTrimRangeMatchesDecoding(t *testing.T) {
	ref := func(s string) string {
		return strings.TrimFunc(s, doc.IsSpace)
	}
	var runes []rune
	for r := rune(0); r < 0x3100; r++ {
		if doc.IsSpace(r) || r < 0x80 || r%97 == 0 || r >= 0x3000 {
			runes = append(runes, r)
		}
	}
	runes = append(runes, 0xFEFF, 0xFF01, 0x4E00, 0x1F600)
	for _, a := range runes {
		for _, b := range []rune{' ', 'x', 0x3000, 'あ', 0x200B} {
			for _, s := range []string{string(a) + "本" + string(b), string(b) + string(a), string(a), string(a) + string(a)} {
				i, j := doc.TrimRange(s, 0, len(s))
				require.Equal(t, ref(s), s[i:j], "%q", s)
			}
		}
		s := "本" + string(a)
		require.Equal(t, []rune(s)[1], lastRune(s), "%U", a)
	}
	for _, s := range []string{"\xe3\x81", "a\xff", "\xed\xa0\x80", "\xe0\x80\x80"} {
		r, _ := utf8.DecodeLastRuneInString(s)
		require.Equal(t, r, lastRune(s), "%q", s)
	}
}

// FuzzPhraseSet compares the phrase sets with one strings.Contains per
// phrase on valid UTF-8 (lines are normalized text).
func FuzzPhraseSet(f *testing.F) {
	for _, s := range []string{"次のページへ", "記事一覧を見る", "一覧へ戻る", "東京在住のライター", "次の一覧へ"} {
		f.Add(s)
	}
	sets := [][]string{uiContains, footerPromo, bioCues}
	compiled := []*phraseSet{uiContainsSet, footerPromoSet, bioCuesSet}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for k, ws := range sets {
			want := false
			for _, w := range ws {
				want = want || strings.Contains(s, w)
			}
			if got := compiled[k].in(s); got != want {
				t.Fatalf("set %d in(%q) = %v, want %v", k, s, got, want)
			}
		}
	})
}

func TestFullName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"大槻陽平", true}, {"羽村あゆみ", true}, {"詳細はコチラ", false}, {"杉浦千景", true}, {"田中一郎", true}, {"佐藤", false},
		{"安全保障", false}, {"北朝鮮", false}, {"衆院選", false}, {"中東情勢", false}, {"経済政策", false},
		{"芸能界", false}, {"少子化", false}, {"能登半島地震", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fullName(tt.in), "%q", tt.in)
	}
}

func TestIsCode(t *testing.T) {
	for in, want := range map[string]bool{
		"MA-IRFP139BK": true, "ISBN978-4-00-000000-0": true, "A1": false, "PR": false, "2024年": false,
		"Windows 10": false, "https://example.jp/a1": false, "iPhone15": true, "1234": false,
	} {
		assert.Equal(t, want, isCode(in), "%q", in)
	}
}

func TestIsBullet(t *testing.T) {
	for _, r := range bullets {
		assert.True(t, isBullet(r), "%q", r)
	}
	for _, r := range "あ「1a。" {
		assert.False(t, isBullet(r), "%q", r)
	}
}

func TestSpokenLine(t *testing.T) {
	for s, want := range map[string]bool{
		"「正直、疲れます」":   true,
		"「楽しかったです」":   true,
		"「もう一度やりたい！」": true,
		"「地域の未来へ」":    false, // a quoted phrase can head a section
		"「選手に寄り添う」":   false,
		"「A」「B」":      false,
		"「外側の「内側」です」": false,
		"正直、疲れます":     false,
		"「まだ閉じていない、":  false,
	} {
		assert.Equal(t, want, spokenLine(s), s)
	}
	// In a page: a one-quotation line is body, and its speaker is the
	// topic of the paragraph before.
	src := "港南の暮らし\n\n港南市に住む水野ひかりさん(28)は、夫の実家に毎週通う。\n\n「正直、疲れます」\n\n夫は理解してくれないという。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 3)
	assert.False(t, a.Paragraphs[1].Heading)
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "水野ひかり", a.Quotes[0].Speaker)
}

// TestQuoteInRun: a short quotation alone on its line is a turn of talk,
// not a sub-heading, when the lines around it are talk too.
func TestQuoteInRun(t *testing.T) {
	const lead = "港南高の沢井健二監督は、教え子の門出を喜んだ。\n"
	for _, c := range []struct {
		name, src string
		heading   bool
	}{
		{"answered with そう言い返す", lead + "「泣かないでください」\n「向こうでも走り込め」\n監督がそう言い返すと、会場が沸いた。\n", false},
		{"after a comma", lead + "ファンからは、\n「待ってたぞ」\nという声が上がった。\n", false},
		{"a quotative opens the next line", lead + "「待ってたぞ」\nと声をかけた。\n", false},
		{"the next line quotes on", lead + "\n「待ってたぞ」\n「おめでとう」と声が飛んだ。\n", false},
		{"titles in a row head sections", lead + "\n「港の灯」\n「北浜の夜」「港南の朝」の続編で、港町の一夜を描く。\n", true},
		{"a heading over prose", lead + "\n「港の灯」\n港町の一夜を描いた作品で、町の人たちが演じる。\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte("港南高、沢井監督の教え子がプロへ\n\n"+c.src), WithoutMorphology())
			require.NoError(t, err)
			var found bool
			for _, p := range a.Paragraphs {
				if strings.HasPrefix(p.Text, "「港の灯」") || strings.Contains(p.Text, "「向こうでも") || strings.Contains(p.Text, "「待ってた") {
					found = true
					assert.Equal(t, c.heading, p.Heading, p.Text)
				}
			}
			assert.True(t, found, "%+v", a.Paragraphs)
		})
	}
}

// TestSpacedNames: a name printed with a space between the family and the
// given name reads as one person, for a bare title or a family name and
// title that speak later; the paragraph keeps its space.
func TestSpacedNames(t *testing.T) {
	for _, c := range []struct {
		name, para, speaker string
	}{
		{"a bare title after the name", "組合長の森川 忠さん（66）は、港の再開発を長く訴えてきた。「若い人が戻る港にしたい」と組合長は語る。", "森川忠"},
		{"a family name and title after the name", "監督の沢井 健二教諭（44）は、大会を終えて選手を集めた。選手たちは最後まで走り抜いたという。「よく粘った」と沢井教諭はたたえた。", "沢井健二"},
		{"a family name and title, no space", "監督の沢井健二教諭（44）は、大会を終えて選手を集めた。選手たちは最後まで走り抜いたという。「よく粘った」と沢井教諭はたたえた。", "沢井健二"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte("港町の話題\n2026年4月24日\n\n" + c.para + "\n"))
			require.NoError(t, err)
			require.Len(t, a.Paragraphs, 1)
			assert.Equal(t, strings.Count(c.para, " "), strings.Count(a.Paragraphs[0].Text, " "), "the paragraph keeps its spaces")
			require.Len(t, a.Quotes, 1)
			q := a.Quotes[0]
			require.NotNil(t, q.Person, "speaker %q is no person of the article", q.Speaker)
			assert.Equal(t, c.speaker, a.People[*q.Person].Name)
		})
	}
}

// TestReadingsInBrackets: a page that prints the reading of its words in
// brackets after the kanji (a children's page, a gloss of a hard name)
// reads its speakers and verbs as a page without them; the paragraph
// keeps its readings.
func TestReadingsInBrackets(t *testing.T) {
	for _, c := range []struct {
		name, para, speaker, quote string
	}{
		{"every word glossed", "館長（かんちょう）の森川桜（もりかわ・さくら）さんは「本（ほん）を借（か）りに来（こ）よう」と言（い）った。",
			"森川桜", "本(ほん)を借(か)りに来(こ)よう"},
		{"a name glossed", "組合長の沢井健二（さわい・けんじ）さん（44）は「港を残したい」と語った。", "沢井健二", "港を残したい"},
		{"a name in kana glossed", "4年生（よねんせい）の森川さくら（もりかわ・さくら）さん（9）は「楽（たの）しかった」と言（い）った。", "森川さくら", "楽(たの)しかった"},
		{"the verb glossed", "港北小の児童は「楽しかった」と言（い）いました。", "港北小の児童", "楽しかった"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if testing.Short() {
				t.Skip("loads the dictionary")
			}
			a, err := Parse([]byte("港町の話題\n2026年4月24日\n\n" + c.para + "\n"))
			require.NoError(t, err)
			require.Len(t, a.Paragraphs, 1)
			assert.Equal(t, strings.Count(c.para, "（"), strings.Count(a.Paragraphs[0].Text, "("), "the paragraph keeps its readings")
			require.Len(t, a.Quotes, 1)
			assert.Equal(t, c.speaker, a.Quotes[0].Speaker)
			assert.Equal(t, c.quote, a.Quotes[0].Text)
		})
	}
}

func TestPagerShareAndGameLines(t *testing.T) {
	tests := []struct {
		in                 string
		pager, share, game bool
	}{
		{"＜ 前へ　　次へ ＞", true, false, false},
		{"« 前の写真 | 次の写真 »", true, false, false},
		{"次へ進む港町の旅", false, false, false},
		{"自動更新　ON　OFF", true, false, false},
		{"Xでポスト　はてブ　LINEで送る", false, true, false},
		{"LINEで送る　Facebookでシェア", false, true, false},
		{"港町でシェア　北浜", false, false, false},
		{"＜港町リーグ：北浜4－2港南＞◇第3節◇港町アリーナ", false, false, true},
		{"<港町杯:北浜3-2港南>◇8日◇港町球場", false, false, true},
		{"＜港町の話題＞北浜で祭り。", false, false, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.pager, controlLine(tt.in), "control %s", tt.in)
		assert.Equal(t, tt.share, shareLine(tt.in), "share %s", tt.in)
		assert.Equal(t, tt.game, gameLine(tt.in), "game %s", tt.in)
	}
}

func TestMenuLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"トップ｜政治｜経済｜国際｜社会", true},
		{"ログイン　｜　電子版", true},
		{"会員登録 | マイページ", true},
		{"写真｜森川忠", false},
		{"文｜川瀬ゆかり", false},
		{"港町の話題　北浜", false},
		{"古書店、五十年の歩みに幕", false},
		{"町議会トップ　議員一覧　会期日程　会議録検索　お知らせ　本会議録画配信サービス", true},
		{"町議会トップ　議員の紹介　日程　本会議録画配信サービス", false},
		{"港町　北浜　港南　港北　東浜　港町の古書店五十年の歴史", false},
		{"港町　北浜　港南　港北　東浜　古書店が五十年の歩みに幕を下ろす", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, menuLine(tt.in), tt.in)
	}
}

// TestUpdateOnThePublicationLine checks that an update printed on the
// publication's line, with its label before or after it and with or
// without its own date, is the update time.
func TestUpdateOnThePublicationLine(t *testing.T) {
	tests := []struct {
		line, pub, upd string // upd "" for none
	}{
		{"2026年2月12日 06:58 公開 ／ 11:42 最終更新", "2026-02-12T06:58", "2026-02-12T11:42"},
		{"2026年2月12日 06:58 公開 ／ 2026年2月12日 11:42 最終更新", "2026-02-12T06:58", "2026-02-12T11:42"},
		{"2026年3月4日 8:20 配信開始／最終更新 19:45", "2026-03-04T08:20", "2026-03-04T19:45"},
		{"公開 2026年2月12日 06:58 / 更新 11:42", "2026-02-12T06:58", "2026-02-12T11:42"},
		{"2026/02/12 06:58公開　11:42更新", "2026-02-12T06:58", "2026-02-12T11:42"},
		{"2026年2月12日 06:58 配信 | 11:42 更新", "2026-02-12T06:58", "2026-02-12T11:42"},
		{"2026年2月12日 06:58 公開", "2026-02-12T06:58", ""},
		{"2026年2月12日 06:58 ／ 11:42 港北通信", "2026-02-12T06:58", ""},
	}
	for _, tt := range tests {
		in := "港町で停電\n" + tt.line + "\n\n港町で12日、停電が起きた。多くの家で電気が止まった。\n\n復旧は昼ごろになる見込みだ。\n"
		a, err := Parse([]byte(in), WithoutMorphology())
		require.NoError(t, err)
		spanChecker{t: t, a: a, text: true}.check()
		require.NotNil(t, a.Published, tt.line)
		assert.Equal(t, tt.pub, a.Published.Value, tt.line)
		if tt.upd == "" {
			assert.Nil(t, a.Updated, tt.line)
			continue
		}
		require.NotNil(t, a.Updated, tt.line)
		assert.Equal(t, tt.upd, a.Updated.Value, tt.line)
	}
}

// TestTranscriptTurns parses a press conference page whose turns are
// printed as who speaks and a colon: each turn is a quotation, and the
// post heading the mayor's turns is the person the page's field names.
func TestTranscriptTurns(t *testing.T) {
	src := "港北市長定例会見（2026年5月14日）\n会見日：2026年5月14日（木曜日）\n会見者：沢井健二市長\n\n" +
		"市長：図書館の開館時間について説明します。来月から平日は午後9時まで開けます。\n" +
		"記者（港南日報）：利用者の声は聞いたのか。\n" +
		"市長：アンケートで多くの要望がありました。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	want := []struct{ start, speaker, org string }{
		{"図書館の開館時間", "沢井健二", ""},
		{"利用者の声", "記者", "港南日報"},
		{"アンケートで", "沢井健二", ""},
	}
	require.Len(t, a.Quotes, len(want), "%+v", a.Quotes)
	for i, w := range want {
		q := a.Quotes[i]
		assert.True(t, strings.HasPrefix(q.Text, w.start), q.Text)
		assert.Equal(t, w.speaker, q.Speaker, q.Text)
		assert.Equal(t, w.org, q.Organization, q.Text)
		assert.Equal(t, "dialogue", q.Attribution, q.Text)
	}
}
