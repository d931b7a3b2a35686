package normalize

import (
	"unicode/utf8"
)

// numeralWords are words (or word beginnings) written with a numeral
// character that are not numbers. Keys are the first rune.
var numeralWords = indexWords([]string{
	// Places and names.
	"九州", "九段", "九十九里", "四国", "四日市", "四谷", "四万十", "三重", "三鷹",
	"三宅", "三田", "三河", "三陸", "三原", "三沢", "三井", "三菱", "三越", "三洋",
	"千葉", "千代田", "千歳", "千住", "千鳥", "八王子", "八戸", "八幡", "八代",
	"八尾", "八丈", "八重山", "五反田", "五所川原", "六本木", "六甲", "七尾",
	"十日町", "十勝", "一宮", "一関", "一橋", "二宮", "二子玉川", "百舌鳥", "万座",
	// Common words and idioms.
	"一般", "一部", "一方", "一緒", "一気", "一層", "一切", "一斉", "一定", "一律",
	"一体", "一向", "一貫", "一致", "一因", "一環", "一員", "一見", "一応", "一様",
	"一旦", "一連", "一丸", "一変", "一転", "一面", "一流", "一族", "一家", "一帯",
	"一角", "一覧", "一任", "一掃", "一新", "一括", "一同", "一概", "一刻", "一石",
	"一喜一憂", "一長一短", "一段と", "一時的", "一時期", "一時金", "一時停止",
	"一時帰国", "一日も早", "一人ひとり", "一人一人", "一足早", "一足先", "一大",
	"一瞬", "一途", "一筋", "一線", "一端", "一辺倒", "一過性", "一極", "一挙",
	"一心", "一服", "一息", "一味", "一揆", "一目", "一休", "一押し", "一役",
	"一昨", "一両日", "一朝一夕", "一進一退", "一生", "一昔", "一所懸命", "一網打尽",
	"一刀両断", "一触即発", "三寒四温", "四苦八苦", "七転八倒", "九分九厘", "百発百中",
	"千変万化", "万感", "万策", "万端", "万事",
	"二酸化", "二重", "二人三脚", "二の足", "二の次", "二枚目", "二束三文", "二極",
	"三角", "三昧", "三味線", "三権", "三振", "三塁", "三日月", "三脚", "三役",
	"四季", "四半期", "四角", "四捨五入", "四股",
	"五輪", "五月雨", "五感", "五分五分", "五目",
	"六法", "七夕", "七五三", "七味", "七福神",
	"八百長", "八百屋", "八方", "八重", "八つ当たり",
	"九九", "九死に一生",
	"十字", "十両", "十八番", "十二支", "十人十色", "十分な", "十分に", "十分だ",
	"十分では", "十分とは", "十分すぎ", "十分でな",
	"百貨店", "百科", "百姓", "百合", "百戦錬磨",
	"千載一遇", "千差万別", "千秋楽", "千羽鶴",
	"万全", "万博", "万歳", "万能", "万一", "万が一", "万引", "万年筆", "万国", "万人受け",
	"零細", "零落",
	// 元 ("former") + 日本, 日銀, 日産 ... looks like 元日 (January 1).
	"元日本", "元日銀", "元日産", "元日経", "元日大", "元日弁連", "元日テレ",
	"元日ハム", "元日航", "元日立", "元日通", "元日清", "元日米", "元日韓",
	"元日中", "元日朝", "元日露", "元日教組", "元日医", "元日赤", "元日展",
})

// numeralNotWords are longer forms of numeralWords entries that are
// numbers after all (一部屋 "one room", 一面的 is not, but 一部屋 is).
var numeralNotWords = indexWords([]string{
	"一部屋", "一方向", "一家族", "一日中", "一時間", "一時半", "一時過ぎ",
	"一定期間", "三日月形", "一体一体",
})

// numeralPrefixes are kanji that, right before a numeral character, form a
// word with it (唯一, 統一, 同一, 二者択一).
var numeralPrefixes = map[rune]bool{
	'唯': true, '統': true, '同': true, '均': true, '画': true, '随': true,
	'逐': true, '単': true, '択': true, '不': true, '無': true,
}

func indexWords(words []string) map[rune][]string {
	m := make(map[rune][]string)
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}

// hasWordPrefix reports whether s starts with one of the words idx lists
// under its first rune.
//
// Every word of a list shares its first rune, and a list holds up to a
// hundred words (一 starts most of them), so the last byte of each word is
// compared first: it settles nearly every word that is not there without
// a full comparison. Temporal expression scanning asks this at most kanji
// numerals of a text.
func hasWordPrefix(idx map[rune][]string, s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, w := range idx[r] {
		if len(w) <= len(s) && s[len(w)-1] == w[len(w)-1] && s[:len(w)] == w {
			return true
		}
	}
	return false
}

// IsNumeralWord reports whether the numeral-looking text that starts at
// byte offset i of s belongs to a word rather than being a number: a place
// or company name (九州, 三重県, 千葉, 三菱), a common word or idiom (一般,
// 一部, 十分な, 一日も早く, 五輪, 四半期), or a kanji digit made part of a
// word by the character before it (唯一, 統一, 同一, 万一). It also covers
// 元 at i when it is the prefix "former" before 日本, 日銀, 日産 ... (元日本代表),
// which would otherwise read as 元日 (January 1).
//
// Only the characters around i are looked at; Arabic digits are never
// words. It returns false when i is out of range or not on a rune boundary.
func IsNumeralWord(s string, i int) bool {
	if i < 0 || i >= len(s) || !utf8.RuneStart(s[i]) {
		return false
	}
	rest := s[i:]
	r, _ := utf8.DecodeRuneInString(rest)
	if r != '元' && !isNumeralRune(r) {
		return false
	}
	if _, arabic, _ := digitValue(r); arabic {
		return false
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if p == '第' {
			return false // ordinal: 第一部, 第三者
		}
		if numeralPrefixes[p] && r != '元' {
			return true
		}
	}
	if hasWordPrefix(numeralNotWords, rest) {
		return false
	}
	return hasWordPrefix(numeralWords, rest)
}

// NumeralAt returns the numeral that starts at byte offset i of s and its
// size in bytes, or size 0 when there is none there: when s[i:] does not
// start with a numeral (see [LeadingNumeral]), when i is inside a numeral
// (the character before it is a digit or a unit), or when
// [IsNumeralWord] says the text is a word (九州, 十分な).
func NumeralAt(s string, i int) (Numeral, int) {
	if i < 0 || i >= len(s) || !utf8.RuneStart(s[i]) {
		return Numeral{}, 0
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if isNumeralRune(p) {
			return Numeral{}, 0
		}
	}
	if IsNumeralWord(s, i) {
		return Numeral{}, 0
	}
	return LeadingNumeral(s[i:])
}
