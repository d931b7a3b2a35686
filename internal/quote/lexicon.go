package quote

import (
	"strings"
	"unicode/utf8"
)

// speechStems start a reporting verb (述べた, 語っていた, 明らかにした).
var speechStems = []string{
	"述べ", "語", "話", "記", "書", "投稿", "強調", "明らかにし", "明らかにす", "反発", "説明", "報告", "指摘",
	"主張", "批判", "非難", "訴え", "表明", "発言", "言", "答え", "回答", "書き込", "振り返", "驚",
	"祝福", "苦笑", "警告", "明か", "呼びかけ", "呼び掛け", "伝え", "認め", "否定", "発表", "述懐", "力を込め",
	"ツイート", "発信", "コメント", "要求", "求め", "期待を示", "見解を示", "考えを示", "意欲を示", "抱負を述べ",
	"笑", "叫", "宣言", "約束", "誓", "嘆", "漏ら", "声を上げ", "打ち明け", "問いかけ", "尋ね", "念を押",
	"語気を強め", "締めくく",
}

// stemsByFirst holds speechStems by their first rune, each list in the
// order of speechStems: verbAt runs at every character of a sentence.
var stemsByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, st := range speechStems {
		r, _ := utf8.DecodeRuneInString(st)
		m[r] = append(m[r], st)
	}
	return m
}()

// stemStarts holds the first runes of speechStems as a bitmap over the
// Basic Multilingual Plane: most characters start no stem, and the bitmap
// says so without a map look-up.
var stemStarts = func() *[0x10000 / 64]uint64 {
	var set [0x10000 / 64]uint64
	for r := range stemsByFirst {
		if r < 0x10000 {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
}()

// namingVerbs after と make a bracketed word a name, not a quotation
// (「ヤングケアラー」と呼ばれる).
var namingVerbs = []string{"呼ば", "呼ぶ", "呼び", "名付け", "称", "題し", "題する", "銘打", "いった", "いう名", "同じ", "変わら", "比べ", "並ぶ", "ともに"}

// verbEndings are the conjugations a reporting verb may take, built as
// a connecting kana (っ, し, い, り …) and an ending (た, ている, ました …).
var verbEndings = func() map[string]bool {
	m := map[string]bool{}
	heads := []string{"", "っ", "し", "い", "り", "き", "ん", "え", "せ", "さ", "ち", "び", "み", "る", "す", "う", "く", "む", "ぶ", "つ"}
	tails := []string{"", "た", "だ", "て", "で", "る", "う", "く", "す", "ます", "ました", "ている", "ていた", "ています",
		"ていました", "てきた", "ていく", "ておる", "ており", "たい", "る", "れた", "られた", "た"}
	for _, h := range heads {
		for _, t := range tails {
			m[h+t] = true
		}
	}
	delete(m, "")
	delete(m, "で") // 投稿で: a noun and a particle
	delete(m, "だ")
	return m
}()

// verbAt returns the reporting verb that starts at s[0:] (with its
// conjugation), or "".
func verbAt(s string) string {
	r, _ := firstRune(s)
	if r >= 0x10000 || stemStarts[r/64]&(1<<(r%64)) == 0 {
		return ""
	}
	for _, st := range stemsByFirst[r] {
		if !strings.HasPrefix(s, st) {
			continue
		}
		rest := s[len(st):]
		// The longest conjugation made of hiragana.
		n := 0
		for n < len(rest) {
			r, k := firstRune(rest[n:])
			if r < 'ぁ' || r > 'ゖ' {
				break
			}
			n += k
		}
		best := 0
		for k := n; k > 0; k-- {
			if verbEndings[rest[:k]] {
				best = k
				break
			}
		}
		v := s[:len(st)+best] // the stem and its ending, as written
		if v == "語" || v == "話" || v == "記" || v == "言" || v == "書" || v == "驚" || v == "笑" || v == "結" {
			continue // a bare kanji is a noun here (話題, 記事)
		}
		return v
	}
	return ""
}

// findLastVerb returns the last reporting verb in s, or "".
func findLastVerb(s string) string {
	v := ""
	for i := 0; i < len(s); {
		if w := verbAt(s[i:]); w != "" {
			v = w
			i += len(w)
			continue
		}
		i++
	}
	return v
}

// reportingVerb returns the verb that reports a quotation standing inside
// a sentence, given what follows the quotation up to the sentence end
// (later quotations blanked): a reporting verb right after を
// (「重大な懸念」を表明した), or the first one that a quotative と or って
// introduces, a few words on at most (「山場」を迎えたと述べ, …近いと改めて
// 強調した, …との考えを示した). Any other verb of the sentence, such as
// 求めている in 「冷静な議論」をするよう求めている, says what was done, not
// that these words were said: then it returns "".
func reportingVerb(after string) string {
	if rest, ok := strings.CutPrefix(after, "を"); ok {
		if v := verbAt(rest); v != "" {
			return v
		}
	}
	for i := 0; i < len(after); {
		r, n := firstRune(after[i:])
		if r == '。' || r == '|' && i > 0 {
			break // the sentence ends, or another quotation starts
		}
		q := 0
		switch {
		case strings.HasPrefix(after[i:], "って"):
			q = len("って")
		case r == 'と':
			q = n
		}
		// A quotative follows the end of a clause: a predicate's kana
		// (…あると, …近いと), or a quotation. After a noun only との
		// quotes, and only before a stated view (必要との考えを示した;
		// not 隣国との対話を求めた).
		if q > 0 && i > 0 {
			p, _ := utf8.DecodeLastRuneInString(after[:i])
			if p >= 'ぁ' && p <= 'ゖ' || p == '|' {
				if v := verbNear(after[i+q:], 10); v != "" {
					return v
				}
			} else if strings.HasPrefix(after[i:], "との") {
				if v := verbNear(after[i+len("との"):], 6); strings.Contains(v, "を示") {
					return v
				}
			}
		}
		i += n
	}
	return ""
}

// verbNear returns the first reporting verb among the first max runes of
// s (との見解を示した, と記者団に語った), stopping at a sentence end or a
// quotation.
func verbNear(s string, max int) string {
	k := 0
	for i, r := range s {
		if k == max || r == '。' || r == '|' {
			break
		}
		if v := verbAt(s[i:]); v != "" {
			return v
		}
		k++
	}
	return ""
}

// findVerb returns the first reporting verb in s and its offset, or "", -1.
func findVerb(s string) (string, int) {
	for i := 0; i < len(s); {
		if v := verbAt(s[i:]); v != "" {
			return v, i
		}
		_, n := firstRune(s[i:])
		i += n
	}
	return "", -1
}

// roleSuffixes end a phrase that names a speaker who is not named
// (米当局者, 関係者, 広報担当).
var roleSuffixes = []string{"者", "官", "員", "長", "手", "筋", "広報", "担当", "代表", "幹部", "首脳", "政府", "当局", "陣営", "本人"}

// anaphoricSpeakers refer back to the last speaker (同氏は).
var anaphoricSpeakers = map[string]bool{"同氏": true, "同容疑者": true, "同被告": true, "彼": true, "彼女": true, "本人": true, "同首相": true, "同大統領": true}
