package temporal

import "strings"

// bareEnd reports whether the part word w ending at k can end a range alone
// (10月上旬から中旬にかけて, 4月から末まで); 初め, 始め and 終わり are too
// often verbs or other words there (から始める).
func bareEnd(s, w string, k int) bool {
	switch w {
	case "上旬", "初旬", "中旬", "下旬", "半ば":
		return true
	case "末":
		e, _ := oneOf(s, k, "まで", "にかけて", "に")
		return e >= 0
	}
	return false
}

func isHiragana(r rune) bool { return 'ぁ' <= r && r <= 'ゖ' }

// kanaWordAlone reports whether the kana word s[start:end] (きょう, あす,
// ことし) stands alone: not inside a longer kana word. Before it only a
// particle may come, after it only a particle or a non-kana character.
func kanaWordAlone(s string, start, end int) bool {
	if p := runeBefore(s, start); isHiragana(p) {
		switch p {
		case 'は', 'が', 'も', 'に', 'と', 'の', 'で', 'を', 'へ', 'や':
		case 'り', 'ら':
			if !strings.HasSuffix(s[:start], "より") && !strings.HasSuffix(s[:start], "から") {
				return false
			}
		default:
			return false
		}
	}
	next, _ := runeAt(s, end)
	if !isHiragana(next) {
		return true
	}
	e, _ := oneOf(s, end, "は", "の", "も", "に", "から", "まで", "より", "が", "を", "で", "こそ", "じゅう", "中", "ごろ", "、")
	return e >= 0 && !hasAt(s, end, "のう") && !hasAt(s, end, "みょう")
}

// pageAfter reports whether a page count follows (1/2 ページ).
func pageAfter(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	e, _ := oneOf(s, i, "ページ", "頁", "枚")
	return e >= 0
}
