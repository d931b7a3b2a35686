package parse

import (
	"github.com/newsdoc/newsdoc/internal/doc"
	"slices"
	"strings"
	"unicode/utf8"
)

// uiExact are whole lines of page furniture: buttons, share links, font
// size switches, pagers, language switchers.
var uiExact = setOf(
	"続きを読む", "ホーム", "トップ", "トップページ", "TOP", "HOME", "Home", "有料記事", "印刷する", "印刷", "[PR]", "［PR］", "PR", "小", "中", "大", "小 中 大",
	"メモ入力", "ツイート", "ツイートする", "送る", "ポスト", "この記事の感想を送る", "感想を送る", "みんなのツイートを見る", "シェア", "シェアする", "ブックマーク", "保存",
	"メール", "リンク", "フォロー", "フォローする", "すべて見る", "全て見る", "もっと見る",
	"特集一覧", "コメントをする", "コメントする", "コメント", "全てのコメントを見る",
	"すべてのコメントを見る", "みんなの反応", "アプリで開く", "詳しくはこちら", "ログインする", "ログイン",
	"会員登録", "新規登録", "新規会員登録", "閉じる", "拡大", "拡大する", "写真", "動画", "次のページへ", "前のページへ", "次へ", "前へ",
	"トップへ戻る", "ページの先頭へ", "いいね", "LINE", "Facebook", "Twitter", "X", "はてなブックマーク",
	"Pocket", "コピー", "URLをコピー", "リンクをコピー", "記事をシェア", "購読する", "記事を保存", "クリップ",
	"English", "日本語", "简体字", "繁體字", "Français", "Español", "العربية", "Русский", "한국어",
	"Deutsch", "Português", "Italiano", "Tiếng Việt", "ไทย", "中文", "Bahasa Indonesia",
	"この記事をシェア", "フォントサイズ", "文字サイズ", "標準", "ニュース一覧へ", "一覧へ戻る",
	"広告", "スポンサーリンク", "Advertisement", "advertisement", "ADVERTISEMENT",
	"写真一覧", "画像一覧", "写真を見る", "画像を見る", "写真を拡大", "画像を拡大", "写真拡大", "全画像", "フォトギャラリー",
	"このニュースを共有する", "この記事を共有する", "記事を共有する", "ニュースを共有する", "共有する", "ニュース",
	"list", "menu", "close", "share", "print", "search", "メニュー", "検索", "スクラップ", "スクラップする", "マイページ", "フォローする",
	"共有", "その他", "もっと読む", "記事を読む", "報道関係者各位", "報道関係各位", "報道各位", "関係者各位",
	// a site's footer links
	"会社概要", "会社案内", "お問い合わせ", "購読のお申し込み", "購読申し込み", "購読のご案内", "利用規約", "プライバシーポリシー",
	"個人情報保護方針", "個人情報の取り扱い", "サイトマップ", "このサイトについて", "サイトについて", "著作権について",
	"広告掲載", "広告掲載について", "採用情報", "よくある質問", "ヘルプ", "運営会社", "ご意見・お問い合わせ",
	"LINEで送る", "メールで送る", "アプリをダウンロード", "この記事を共有", "記事を共有", "このページを共有", "この記事をシェアする",
)

// uiContains are phrases that make a line of up to uiContainsMax runes page
// furniture: share buttons, member promotions, comment sections, lists.
var uiContains = []string{
	"でシェア", "シェアする", "をシェア", "ツイートを見る", "有料会員", "会員限定", "今すぐ登録", "無料期間",
	"読み放題", "無料体験", "会員登録", "ログインする", "ご覧ください", "お読みいただけます",
	"コメントを見る", "一覧へ", "一覧をみる", "一覧を見る",
	"記事一覧", "次のページ", "前のページ", "続きを読む", "この記事は有料", "メモ入力", "保存しました",
	"でフォロー", "をフォロー", "ブックマークする", "記事を印刷", "残りの文字", "記事を保存", "記事をブックマーク", "分で読めます",
	"クリックすると拡大", "タップすると拡大", "クリックで拡大", "タップで拡大", "拡大画像を見る", "画像を拡大",
	"この記事を評価", "この記事の写真", "記事を更新します", "送信専用", "自己責任で", "遅れて表示されます",
	"役に立ちましたか", "参考になりましたか", "この記事を読んで、どう", "この記事を読んでどう", "役に立たなかった", "気に入ったらシェア", "気に入ったらフォロー", "気に入ったらいいね", "画像をダウンロード", "資料をダウンロード", "アフィリエイト広告", "プロモーションが含まれ", "プロモーションを含み", "広告が含まれています", "広告を含みます",
	"Subscribe to", "Sign up for our", "our newsletter", "Our newsletter",
	// PDF形式の資料をご覧になるには、Adobe Acrobat Readerを…: the
	// viewer a page's files need
	"Adobe Acrobat Reader", "Adobe Reader", "Acrobat Reader",
}

const uiContainsMax = 60

// footerPromo are phrases of member promotions that end the article.
var footerPromo = []string{"有料会員", "会員限定", "今すぐ登録", "無料期間", "読み放題", "無料体験", "会員登録"}

// relatedHeads are headers of related-link lists and features.
var relatedHeads = setOf(
	"関連記事", "関連ニュース", "関連リンク", "関連情報", "関連特集", "関連トピックス", "関連", "こちらもおすすめ",
	"おすすめ記事", "あわせて読みたい", "合わせて読みたい", "特集・連載", "この記事の特集・連載", "人気記事",
	"注目記事", "最新記事", "アクセスランキング", "ランキング", "おすすめ", "特集", "連載", "関連動画",
	"この記事を見た人はこんな記事も見ています", "この記事を読んだ人はこんな記事も読んでいます", "こんな記事も読まれています",
	"この記事を読んだ人におすすめ", "あわせて見たい", "合わせて見たい", "ピックアップ", "注目ニュース", "最新ニュース",
	"こちらの記事もおすすめ", "この記事もおすすめ", "おすすめの記事", "あわせて読む", "合わせて読む",
	"人気記事ランキング", "記事ランキング", "人気ランキング", "おすすめ動画", "人気の動画", "最新動画",
	"この連載の前回記事", "この連載の次回記事", "この連載の記事", "この連載の記事一覧", "連載の前回記事", "前回の記事", "連載記事",
	"関連する記事", "関連する記事一覧", "関連記事一覧", "この記事に関連する記事", "この記事に関連するニュース",
	"RELATED", "Related", "RELATED ARTICLES", "Related Articles", "RELATED POSTS", "Related Posts", "READ MORE", "Read More", "MORE STORIES",
	"Read next", "Read Next", "READ NEXT", "Related articles", "Related stories", "Related Stories", "More stories", "More Stories",
	"You may also like", "Recommended", "最新リリース", "関連リリース", "新着リリース", "最新プレスリリース", "関連プレスリリース",
	"関連ページ", "関連するページ", "関連コンテンツ", "関連サイト",
)

// linkedKinds are the kinds of piece a head of links names after 関連
// (関連社説, 関連レビュー).
var linkedKinds = setOf("社説", "論説", "コラム", "レビュー", "インタビュー", "連載", "写真", "フォト", "動画", "映像", "特集記事", "解説", "コンテンツ")

// maxSectionName bounds, in runes, the name of a section a head of links
// is named after.
const maxSectionName = 8

// isLatinWords reports whether s is made of Latin letters, digits and
// spaces only (KBT NEWS), as an outlet's short name is.
func isLatinWords(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case isLatin(r):
			letters++
		case r == ' ' || r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters >= 2
}

// maxNamedHead bounds a head of links named after their topic or series
// (連載「港町の職人たち」バックナンバー), in runes.
const maxNamedHead = 24

// pagerHeads label the links to the articles before and after this one
// (前の記事：…): links when a title follows them on their line.
var pagerHeads = setOf("前の記事", "次の記事", "前の記事へ", "次の記事へ", "前のニュース", "次のニュース", "前回", "次回", "前回の記事",
	"前回のコラム", "バックナンバー")

// authorHeads are headers of an author block.
var authorHeads = setOf("この記事の筆者", "この記事を書いた人", "筆者", "著者", "執筆者", "筆者プロフィール",
	"著者プロフィール", "プロフィール", "記者プロフィール", "PROFILE", "Profile", "profile")

// bylineLabels introduce an author name: 著者：後藤大地.
var bylineLabels = []string{"取材・文", "文・写真", "写真・文", "文・撮影", "撮影・文", "文・構成", "著者", "筆者", "執筆者", "執筆", "記者", "ライター", "投稿者", "文", "構成", "聞き手", "Text", "text"}

// dateMarkers are words around dates in a date line.
var dateMarkers = []string{"最終更新日時", "最終更新日", "最終更新", "更新日時", "更新日", "更新", "公開日時", "公開日",
	"公開", "配信日時", "配信日", "配信", "放送日時", "放送日", "放送", "投稿日時", "投稿日", "掲載日", "掲載号", "掲載", "発行日", "発行号", "日時", "UPDATE", "Updated", "updated"}

// iconWords are icon-font ligature names that a copied page glues to the
// value they label (access_time2019/04/21, folder生活).
var iconWords = []struct {
	word string
	role role
}{
	{"access_time", roleDate}, {"schedule", roleDate}, {"event", roleDate}, {"today", roleDate}, {"update", roleDate},
	{"create", roleByline}, {"person", roleByline}, {"edit", roleByline},
	{"folder", roleTag}, {"local_offer", roleTag}, {"label", roleTag}, {"sell", roleTag}, {"category", roleTag},
}

// agencies are news agencies that close a wire dateline, longest first.
var agencies = []string{"AFP時事", "AFP=時事", "共同通信", "時事通信", "聯合ニュース", "ブルームバーグ", "ロイター",
	"新華社", "Bloomberg", "Reuters", "共同", "時事", "聯合", "AFP", "ANSA", "CNN", "BBC", "UPI", "EFE", "dpa", "タス", "AP"}

// outletSuffixes mark the name of a news outlet in a date line.
var outletSuffixes = []string{"新聞", "新聞社", "通信", "通信社", "ニュース", "放送", "放送局", "テレビ", "日報", "新報", "時報", "タイムズ", "タイムス", "NEWS", "News", "ウィークリー",
	"新聞オンライン", "新聞デジタル", "電子版", "だより", "週報", "月報", "ジャーナル", "ポスト", "プレス"}

// sectionWords are news section and topic labels of three characters or
// more that the shape of a name would admit (see fullName).
var sectionWords = setOf("安全保障", "社会保障", "北朝鮮", "地方自治", "国際政治", "国際経済", "国際情勢", "科学技術",
	"原子力", "自衛隊", "大相撲", "高校野球", "大震災", "新型肺炎", "国内政治", "政治経済", "地球環境", "日本経済",
	"世界経済", "東京五輪", "大阪万博", "少子化", "高齢化", "物価高", "働き方", "皇室典範", "統一地方選")

// notNameEnds are characters that end topic words (問題, 情勢, 政策, 保障,
// 情報, 地震, 事件, 選挙, 衆院選, 芸能界, 市況, 医療, 金融, 為替, 研究,
// 発表, 報告, 分析, 解説, 連載) and no Japanese given name.
const notNameEnds = "題勢策障報震件挙選界況療融替究表告析説載"

// notNameTails are words that end section labels (研究成果, 観光特集)
// with a last character that some given names end with.
var notNameTails = []string{"成果", "結果", "効果", "特集", "募集"}

// bioCues are words of an author profile.
var bioCues = []string{"在住", "出身", "生まれ", "卒業", "経て", "歴任", "専門", "ジャーナリスト", "記者", "ライター",
	"作家", "編集者", "研究者", "教授", "評論家", "コラムニスト", "特派員", "写真家", "カメラマン", "アナリスト",
	"マガジン", "メディア", "代表", "担当", "入社"}

// signatureStop are bracketed words after a final sentence that are not
// names.
var signatureStop = setOf("了", "おわり", "終わり", "完", "続く", "つづく", "要約", "写真", "談", "敬称略", "抜粋", "一部略", "訳")

// bullets start list items.
const bullets = "・■□◆◇●○▼▽▲△★☆※▶►>＞→*＊"

// isBullet reports whether r is one of bullets, by a switch rather than a
// search of the string: it is asked of every line.
func isBullet(r rune) bool {
	switch r {
	case '・', '■', '□', '◆', '◇', '●', '○', '▼', '▽', '▲', '△', '★', '☆', '※', '▶', '►', '>', '＞', '→', '*', '＊':
		return true
	}
	return false
}

// The longest entries, in bytes, of uiExact, relatedHeads and authorHeads:
// longer lines are not looked up.
var (
	uiExactMax = maxLen(uiExact)
	// menuWordMax bounds the bytes of one link of a menu line: a word of
	// uiExact, navWords, shareSites or menuSections, or navShape's 12
	// runes.
	menuWordMax    = max(uiExactMax, maxLen(navWords), maxLen(shareSites), maxLen(menuSections), 12*utf8.UTFMax)
	relatedHeadMax = maxLen(relatedHeads)
	authorHeadMax  = maxLen(authorHeads)
)

func maxLen(set map[string]bool) int {
	n := 0
	for w := range set {
		n = max(n, len(w))
	}
	return n
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// phraseSet finds any of a set of phrases in one pass over a text: the
// phrases are indexed by their first rune, with a bit set over the Basic
// Multilingual Plane telling in one lookup whether any phrase starts with
// a given rune, and a second bit set, over a hash of the first two runes,
// telling whether any starts with that pair. This is much faster than one
// strings.Contains per phrase on Japanese text, where the first byte of
// most runes is the same, and than decoding every rune with the UTF-8
// decoder; the pair test keeps common first runes (で, を) from costing a
// comparison each time.
type phraseSet struct {
	starts [1 << 16 / 64]uint64 // bit r: some phrase starts with rune r (r < 1<<16)
	pairs  [pairBits / 64]uint64
	first  map[rune][]string
	loose  []rune // first runes of phrases of one rune or starting outside the BMP
}

const pairBits = 1 << 12

// pairHash maps the first two runes of a phrase to a bit of
// phraseSet.pairs.
func pairHash(r1, r2 rune) uint32 {
	return (uint32(r1)*0x9E3779B1 ^ uint32(r2)*0x85EBCA6B) >> (32 - 12)
}

func newPhraseSet(ws []string) *phraseSet {
	m := &phraseSet{first: map[rune][]string{}}
	for _, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		m.first[r] = append(m.first[r], w)
		if r >= 1<<16 || n == len(w) {
			m.loose = append(m.loose, r)
		}
		if r < 1<<16 {
			m.starts[r>>6] |= 1 << (r & 63)
		}
		if n < len(w) {
			r2, _ := utf8.DecodeRuneInString(w[n:])
			h := pairHash(r, r2)
			m.pairs[h>>6] |= 1 << (h & 63)
		}
	}
	return m
}

// runeAt decodes the rune at s[i], three-byte sequences inline.
func runeAt(s string, i int) (rune, int) {
	if r, n := rune3(s, i); n > 0 {
		return r, n
	}
	return utf8.DecodeRuneInString(s[i:])
}

// rune3 decodes the rune at s[i] when it is ASCII or three bytes long, the
// whole of Japanese text, small enough to be inlined in the loops that
// read every rune; n is 0 for other runes, which the caller decodes. A
// three-byte sequence is taken as valid: on invalid input the rune may be
// wrong, the length never out of range.
func rune3(s string, i int) (r rune, n int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xF0 == 0xE0 && i+2 < len(s) {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return 0, 0
}

// in reports whether s contains one of the phrases. s should be valid
// UTF-8 (normalized text is): after an invalid sequence a phrase may be
// missed, never found where it is not.
func (m *phraseSet) in(s string) bool {
	if len(m.loose) == 0 {
		return m.inPairs(s)
	}
	for i := 0; i < len(s); {
		// rune3 inlines the common cases: this loop runs over every
		// rune of the short lines.
		r, n := rune3(s, i)
		if n == 0 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r >= 1<<16 || m.starts[r>>6]&(1<<(r&63)) != 0 {
			if j := i + n; j < len(s) {
				r2, _ := runeAt(s, j)
				if h := pairHash(r, r2); m.pairs[h>>6]&(1<<(h&63)) != 0 && hasAnyPrefix(s[i:], m.first[r]) {
					return true
				}
			}
			if slices.Contains(m.loose, r) && hasAnyPrefix(s[i:], m.first[r]) {
				return true
			}
		}
		i += n
	}
	return false
}

// inPairs is in for a set whose phrases all have two runes or more and
// start in the Basic Multilingual Plane: it tests the pair bit set at every
// rune, with no test of the first rune. That branch would go either way
// at random on Japanese text (particles such as で and を start phrases),
// while a pair bit is seldom set.
func (m *phraseSet) inPairs(s string) bool {
	prev, prevAt := rune(-1), 0
	for i := 0; i < len(s); {
		r, n := rune3(s, i)
		if n == 0 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if h := pairHash(prev, r); m.pairs[h>>6]&(1<<(h&63)) != 0 && prev >= 0 && hasAnyPrefix(s[prevAt:], m.first[prev]) {
			return true
		}
		prev, prevAt = r, i
		i += n
	}
	return false
}

func hasAnyPrefix(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

var (
	uiContainsSet  = newPhraseSet(uiContains)
	footerPromoSet = newPhraseSet(footerPromo)
	bioCuesSet     = newPhraseSet(bioCues)
)

// stripBullet removes a leading list bullet and white space and returns the
// number of bytes removed.
func stripBullet(s string) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(bullets, r) && !doc.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// maxAdLine bounds the runes of an advertisement's line read by adLine.
const maxAdLine = 60

// adLine reports a line an advertisement opens with its label (PR　…,
// 【PR】…, 広告：…) or a link label closes with arrows (…はこちら＞＞).
func adLine(s string) bool {
	// Most lines are neither: their first and last bytes say so before
	// any search.
	if s == "" {
		return false
	}
	switch s[0] {
	case 'P', '[', '(', 0xe3, 0xe5, 0xef: // P, [, (, 【 （, 広, ［
	default:
		if b := s[len(s)-1]; b != '>' && b != 0x9e && b != 0xbb && b != 0xb6 && b != 0xab {
			return false // not >, ＞, ≫, », ▶
		}
	}
	for _, l := range []string{"【PR】", "[PR]", "［PR］", "（PR）", "(PR)", "PR ", "PR　", "PR：", "PR:", "広告：", "広告:", "【広告】"} {
		if rest, ok := strings.CutPrefix(s, l); ok && strings.TrimSpace(rest) != "" {
			return true
		}
	}
	if _, framed := hasPrefixAny(s, "<<", "＜＜", "≪", "«", "◀◀"); framed || strings.Contains(s, "。") {
		return false // ≪手順≫: a heading in double angle brackets
	}
	_, arrow := cutAnySuffix(s, ">>", "＞＞", "≫", "»", "▶▶")
	return arrow
}

// isUI reports whether a whole line of n runes is page furniture.
func isUI(s string, n int) bool {
	return isUIWith(s, n, n <= uiContainsMax && uiContainsSet.in(s))
}

// isUIWith is isUI with contains, whether a line short enough holds a
// phrase of uiContains, found already.
func isUIWith(s string, n int, contains bool) bool {
	if len(s) <= uiExactMax && uiExact[s] || n <= 24 && mayHaveCase(s) && uiExact[strings.ToLower(s)] {
		return true
	}
	if contains {
		return true
	}
	if in, ok := cutBrackets(s); ok && n <= 14 && (in == "広告" || in == "PR" || in == "スポンサーリンク") {
		return true // (広告): the label of an advertisement
	}
	if in, ok := cutBrackets(s); ok && n <= maxSourceLine {
		if _, src := hasPrefixAny(in, "出典:", "出典：", "出所:", "出所：", "引用元:", "引用元：", "ソース:", "ソース："); src {
			return true // (出典：港北新報): where an item of a digest was taken from
		}
	}
	if n <= maxAdLine && adLine(s) {
		return true // PR　年末の宿、今なら2割引＞＞: an advertisement's link
	}
	if n <= 30 && tickerLine(s) {
		return true // <7321>北浜楽器　東証スタンダード: a listed company's code
	}
	if n <= maxBoardLine && marketBoard(s) {
		return true // 指数 1,234.56 ▼12.34　金利 0.875%: a market board
	}
	if n <= 12 && numberedPhoto(s) {
		return true // 写真1, 【写真2枚】: where a photo stood
	}
	if n <= 40 && shareLine(s) {
		return true // Facebook X LINE メール: share buttons
	}
	if n <= 30 && strings.HasSuffix(s, "。") && strings.Contains(s, "随時更新") {
		return true // このページは随時更新しています。: a live page's note on itself
	}
	if n <= 60 && menuLine(s) {
		return true // ENGLISH アクセス お問い合わせ サイトマップ: a site's menu
	}
	if n <= 30 && strings.HasSuffix(s, "はこちら") && !strings.Contains(s, "。") {
		return true // 【速報】最新情報はこちら, 詳しくはこちら: a link's label
	}
	if n <= 20 && (strings.HasPrefix(s, "文字サイズ") || strings.HasSuffix(s, "分で読む") || strings.Contains(s, "動画を再生") ||
		strings.HasSuffix(s, "友だちに教える") || strings.HasSuffix(s, "友達に教える") || strings.HasSuffix(s, "再生できません") ||
		strings.HasSuffix(s, "再生できません。") || strings.HasSuffix(s, "音声が流れます") || strings.HasSuffix(s, "音が出ます")) {
		// 文字サイズ 小 中 大, 3 分で読む, ▶ 動画を再生(1分48秒), この動画は再生
		// できません, ※音声が流れます: buttons and the player's labels
		return true
	}
	if !hasWordRune(s) {
		return true // "-", "|", "»", "_ (_)"
	}
	if n <= 24 && iconBar(s) {
		return true // ≡ 港北NEWS 🔍: a mobile page's bar, its menu and search icons
	}
	if n <= 12 && strings.Contains(s, "_") {
		return true // template placeholders: _ (_更新)
	}
	if n <= 30 && (isPageMarker(s) || isPager(s) || controlLine(s) || isCountLine(s)) {
		return true
	}
	if n <= 12 && strings.HasPrefix(s, "コメント") && strings.ContainsAny(s, "0123456789件") {
		return true // コメント(3件): the head of the readers' comments
	}
	if n <= 12 && n > 3 && (strings.HasSuffix(s, "トップ") || strings.HasSuffix(s, "TOP")) && !strings.Contains(s, "会社") && !strings.Contains(s, "(株)") {
		return true // 川べり電子版トップ, 地域トップ: a link back to a front page
	}
	return false
}

// iconBar reports a short line with a word that is a menu or a search icon
// alone (≡, ☰, 🔍): the bar over a mobile page.
func iconBar(s string) bool {
	if !strings.ContainsAny(s, "≡☰🔍🔎⌕") {
		return false // most lines: no word list made
	}
	for _, w := range strings.Fields(s) {
		switch w {
		case "≡", "☰", "🔍", "🔎", "⌕":
			return true
		}
	}
	return false
}

// maxSourceLine bounds, in runes, a line that credits the source of a
// text in brackets.
const maxSourceLine = 40

// mayHaveCase reports whether strings.ToLower might change s: false when
// s has no ASCII capital and no rune outside U+3000–U+9FFF (kana, kanji
// and CJK punctuation, which have no case), told by the bytes.
func mayHaveCase(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
		case c >= 0xE3 && c <= 0xE9:
			i += 3
		default:
			return true
		}
	}
	return false
}

// hasWordRune reports whether s has a letter or digit other than 更新.
func hasWordRune(s string) bool {
	for i, r := range s {
		if r == '更' && strings.HasPrefix(s[i:], "更新") || r == '新' && strings.HasPrefix(s[max(i-3, 0):], "更新") {
			continue
		}
		if isCJK(r) || isLatin(r) || isDigit(r) || r > 0x2fff && r != '\u3000' && !strings.ContainsRune("「」『』（）【】［］〈〉《》〔〕｛｝、。・！？：；…―－ー～〜＿｜／＼＊＃＠＆％＋＝＜＞", r) {
			return true
		}
	}
	return false
}

// pageMarkerEnd returns the start of a trailing "（1/2 ページ）" in s, or -1.
func pageMarkerEnd(s string) int {
	for _, open := range []string{"（", "("} {
		i := strings.LastIndex(s, open)
		if i < 0 {
			continue
		}
		if isPageMarker(s[i:]) {
			return i
		}
	}
	return -1
}

// isPageMarker matches "（1/2 ページ）" and "(2/3ページ)".
func isPageMarker(s string) bool {
	s = strings.TrimSpace(s)
	inner, ok := cutBrackets(s)
	if !ok {
		return false
	}
	inner = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(inner), "ページ"))
	a, b, ok := strings.Cut(inner, "/")
	return ok && allDigits(strings.TrimSpace(a)) && allDigits(strings.TrimSpace(b)) && strings.Contains(s, "ページ")
}

// isPager matches "1|2 次のページへ" and "1 2 3 次へ".
func isPager(s string) bool {
	d := 0
	for _, r := range s {
		switch {
		case isDigit(r):
			d++
		case r == '|' || r == '｜' || doc.IsSpace(r):
		default:
			rest := s[strings.IndexRune(s, r):]
			return d > 0 && (strings.Contains(rest, "ページ") || strings.Contains(rest, "次へ") || strings.Contains(rest, "前へ"))
		}
	}
	return false
}

// controlWords are the buttons that page through a gallery or a list and
// that switch a live page's updates on and off.
var controlWords = setOf("前へ", "次へ", "前の写真", "次の写真", "前の画像", "次の画像", "前のページ", "次のページ", "前", "次", "一覧へ", "一覧に戻る",
	"自動更新", "ON", "OFF", "オン", "オフ")

// controlLine reports a line of the buttons that page through a gallery
// without page numbers (isPager reads those), with or without arrows
// (＜ 前へ　次へ ＞, « 前の写真 | 次の写真 »), or that switch updates
// (自動更新　ON　OFF).
func controlLine(s string) bool {
	n := 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return menuSep(r) || strings.ContainsRune("＜＞<>«»‹›←→◀▶", r) }) {
		if !controlWords[w] {
			return false
		}
		n++
	}
	return n >= 1 && !(n == 1 && (s == "ON" || s == "OFF" || s == "オン" || s == "オフ"))
}

// isCountLine matches "879文字" and "(0/300)".
func isCountLine(s string) bool {
	if t, ok := strings.CutSuffix(s, "文字"); ok && allDigits(t) {
		return true
	}
	if inner, ok := cutBrackets(s); ok {
		a, b, ok := strings.Cut(inner, "/")
		return ok && allDigits(a) && allDigits(b)
	}
	return false
}

func cutBrackets(s string) (string, bool) { return enclosed(s, roundBrackets) }

// Pairs of brackets that enclose a line.
var (
	roundBrackets = [][2]string{{"(", ")"}, {"（", "）"}}
	photoBrackets = [][2]string{{"【", "】"}, {"［", "］"}, {"[", "]"}, {"(", ")"}, {"（", "）"}}
)

// enclosed returns what the first of pairs that encloses all of s holds.
func enclosed(s string, pairs [][2]string) (string, bool) {
	for _, p := range pairs {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) >= len(p[0])+len(p[1]) {
			return s[len(p[0]) : len(s)-len(p[1])], true
		}
	}
	return "", false
}

// outletCredit reports whether s is an outlet's name alone in brackets,
// the credit a wire or a paper prints under its text: 【時事通信社】,
// ［共同］, (港南新聞).
func outletCredit(s string) bool {
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"(", ")"}, {"（", "）"}} {
		if in, ok := strings.CutPrefix(s, p[0]); ok {
			if in, ok = strings.CutSuffix(in, p[1]); ok {
				return outletName(in)
			}
		}
	}
	return false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isDigit(r) && r != ',' {
			return false
		}
	}
	return true
}

// inlineRelatedHeads head a link printed on their line, 【関連】title:
// the heads that only ever introduce links (【特集】 opens headlines).
var inlineRelatedHeads = setOf("関連", "関連記事", "関連ニュース", "関連リンク", "あわせて読みたい", "合わせて読みたい",
	"こちらもおすすめ", "おすすめ記事", "参考記事", "続報", "前回記事", "Related", "RELATED", "Read more", "Read More", "See also")

// inlineBrackets enclose a head printed before a link: 【関連】.
var inlineBrackets = [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}}

// relatedHead reports whether s heads a related list, and returns the
// offset of a value printed on the same line (関連特集: ウクライナ情勢), or -1.
func relatedHead(s string) (bool, int) {
	// 【関連】北浜市、下水道の耐震化を前倒し: a head in brackets and the
	// title of the link after it.
	const b0 = 0 // the head opens the line
	for _, pr := range inlineBrackets {
		if len(s) == 0 || s[0] != pr[0][0] {
			continue
		}
		rest, ok := strings.CutPrefix(s[b0:], pr[0])
		if !ok {
			continue
		}
		if k := strings.Index(rest[:min(len(rest), relatedHeadMax)], pr[1]); k > 0 && inlineRelatedHeads[rest[:k]] {
			off := b0 + len(pr[0]) + k + len(pr[1])
			for off < len(s) && s[off] == ' ' {
				off++
			}
			if off < len(s) {
				return true, off
			}
		}
	}
	// ■関連ニュース　北浜市、下水道の耐震化を前倒し: a marked head and
	// the title after a space.
	if b := stripBullet(s); b > 0 && b < len(s) && !doc.IsSpace(firstRune(s)) {
		if k := strings.IndexAny(s[b:min(len(s), b+relatedHeadMax)], " \u3000"); k > 0 && inlineRelatedHeads[s[b:b+k]] {
			off := b + k
			for off < len(s) && (s[off] == ' ' || strings.HasPrefix(s[off:], "\u3000")) {
				_, n := utf8.DecodeRuneInString(s[off:])
				off += n
			}
			if off < len(s) {
				return true, off
			}
		}
	}
	// 関連：北浜市、下水道の耐震化を前倒し: the head and a colon.
	for _, c := range []string{"：", ":"} {
		if k := strings.Index(s[:min(len(s), relatedHeadMax)], c); k > 0 && inlineRelatedHeads[s[:k]] {
			off := k + len(c)
			for off < len(s) && s[off] == ' ' {
				off++
			}
			if off < len(s) {
				return true, off
			}
		}
	}
	// A head is short, alone or before a colon: a long line without a
	// colon near its start is none.
	if len(s) > relatedHeadMax+16 && !hasColon(s[:relatedHeadMax+16]) {
		return false, -1
	}
	b := stripBullet(s)
	t := s[b:]
	if inner, ok := cutAny(t, [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"〈", "〉"}}); ok {
		t = inner
	}
	t = strings.TrimRight(t, ":： ")
	if relatedHeads[t] {
		return true, -1
	}
	// 港北TV NEWS 最新ニュース: the outlet's name, a space, then the head.
	if k := strings.LastIndexAny(t, " \u3000"); k > 0 && utf8.RuneCountInString(t[:k]) <= 16 && !strings.ContainsAny(t[:k], "、。「」") {
		_, n := utf8.DecodeRuneInString(t[k:])
		if relatedHeads[t[k+n:]] && (outletName(strings.TrimSpace(t[:k])) || isLatinWords(t[:k])) {
			return true, -1
		}
	}
	// この動画の関連ニュース, この記事の関連記事: a head named after what it
	// stands under; この記事を読んだ人はこちらも and its kin.
	for _, pre := range []string{"この記事の", "この動画の", "このニュースの", "この記事に"} {
		if h, ok := strings.CutPrefix(t, pre); ok && relatedHeads[h] {
			return true, -1
		}
	}
	// 選挙関連のニュース, この企業の関連ニュース, 北浜市の記事一覧: a head
	// named after the topic of the links under it; 港町歳時記のバックナンバー,
	// after the series.
	if _, ok := cutAnySuffix(t, "関連のニュース", "関連ニュース", "関連の記事", "関連記事", "のニュース一覧", "の記事一覧", "バックナンバー"); ok &&
		utf8.RuneCountInString(t) <= maxNamedHead && !strings.ContainsAny(t, "、。") {
		return true, -1
	}
	// この特集のほかの記事, この連載の他の記事, 同じシリーズの記事: the
	// other articles of what this one belongs to.
	if h, ok := cutAnySuffix(t, "のほかの記事", "の他の記事", "のその他の記事", "のほかの回", "の記事"); ok && utf8.RuneCountInString(t) <= 16 {
		if _, ok := hasPrefixAny(h, "この特集", "この連載", "このシリーズ", "同じ特集", "同じ連載", "同じシリーズ", "この企画",
			"この筆者", "この著者", "この評者", "この記者", "この執筆者", "このライター"); ok {
			return true, -1
		}
	}
	// くらしの記事, 経済の新着記事: the links of the section the page
	// is in, named after it.
	if sec, ok := cutAnySuffix(t, "の新着記事", "の最新記事", "の人気記事", "の記事", "の最新ニュース", "のニュース"); ok && sec != "" && utf8.RuneCountInString(sec) <= maxSectionName && isLabelWord(sec) {
		return true, -1
	}
	// 関連する製品情報, 関連する記事: a head that says its links are
	// related, with what they are.
	if topic, ok := strings.CutPrefix(t, "関連する"); ok && topic != "" && utf8.RuneCountInString(t) <= 16 && !strings.ContainsAny(t, "、。 ") {
		if _, ok := cutAnySuffix(topic, "情報", "記事", "ニュース", "リンク", "トピックス", "話題"); ok {
			return true, -1
		}
	}
	for _, pre := range []string{"この記事を読んだ人", "この記事を読んだ方", "この記事を見た人", "この記事を読んだあなた", "このプレスリリースを見た人", "このプレスリリースを読んだ人", "このリリースを見た人", "このリリースを読んだ人"} {
		if strings.HasPrefix(t, pre) && utf8.RuneCountInString(t) <= 30 && !strings.Contains(t, "。") {
			return true, -1
		}
	}
	// この企業の最新リリース, このプレスリリースを配信した企業の最新リリース:
	// the issuer's other releases or articles, named after the issuer.
	if _, ok := cutAnySuffix(t, "の最新リリース", "の最新プレスリリース", "の関連リリース", "の新着リリース", "の最新記事", "の新着記事", "のプレスリリース一覧", "のリリース一覧"); ok &&
		utf8.RuneCountInString(t) <= 30 && !strings.ContainsAny(t, "、。") {
		return true, -1
	}
	// 関連社説, 関連レビュー: 関連 and the kind of the pieces linked.
	if kind, ok := strings.CutPrefix(t, "関連"); ok && linkedKinds[kind] {
		return true, -1
	}
	// 関連記事はこちら, 関連ニュースはコチラ: a head that points at the
	// links under it.
	if h, ok := cutAnySuffix(t, "はこちら", "はコチラ", "をチェック", "を読む"); ok && relatedHeads[h] {
		return true, -1
	}
	// こちらもおすすめ（自動検索）: a head with a note in brackets.
	if strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）") {
		if i := strings.LastIndexAny(t, "(（"); i > 0 {
			if _, ok := cutBrackets(t[i:]); ok && relatedHeads[strings.TrimSpace(t[:i])] {
				return true, -1
			}
		}
	}
	for _, sep := range []string{":", "：", " ", "\u3000"} {
		k, v, ok := strings.Cut(s[b:], sep)
		if !ok {
			continue
		}
		head := strings.TrimSpace(k)
		// A space sets a title apart from a pager's label only
		// (前回のコラム　…); a colon from any head of links.
		if spaced := sep == " " || sep == "\u3000"; !pagerHead(head) && (spaced || !relatedHeads[head]) {
			continue
		}
		if strings.TrimSpace(v) != "" && !strings.HasSuffix(v, "。") && !strings.HasSuffix(v, "予定") {
			off := b + len(k) + len(sep)
			for off < len(s) && s[off] == ' ' {
				off++
			}
			return true, off
		}
	}
	return false, -1
}

// pagerHead reports a label of a link to the article before or after
// this one: one of pagerHeads, or 前回の or 次回の with what the series
// calls an instalment (前回の相談, 次回のコラム).
func pagerHead(k string) bool {
	if pagerHeads[k] {
		return true
	}
	pre, ok := hasPrefixAny(k, "前回の", "次回の")
	w := k[len(pre):]
	return ok && w != "" && utf8.RuneCountInString(w) <= maxPagerWord && isLabelWord(w)
}

// maxPagerWord bounds, in runes, the word for an instalment in a
// pagerHead.
const maxPagerWord = 6

// hasColon reports a colon, ASCII or full-width, in s. It is
// strings.ContainsAny(s, ":：") without the rune-by-rune search that a
// non-ASCII set costs.
func hasColon(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "：")
}

func cutAny(s string, pairs [][2]string) (string, bool) {
	for _, p := range pairs {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			return s[len(p[0]) : len(s)-len(p[1])], true
		}
	}
	return "", false
}

func isAuthorHead(s string) bool {
	if len(s) > authorHeadMax+32 {
		return false // longer than any head with its bullet and colon
	}
	return authorHeads[headWord(s)]
}

// headBrackets are the brackets a head is printed in: ＜プロフィール＞,
// 【会社概要】.
var headBrackets = [][2]string{{"<", ">"}, {"＜", "＞"}, {"【", "】"}, {"[", "]"}, {"［", "］"}, {"〈", "〉"}, {"《", "》"}, {"(", ")"}, {"（", "）"}}

// headWord returns the word of a head line without its bullet (■), its
// closing colon and the brackets around it: ■会社概要, 【筆者】, タグ：.
func headWord(s string) string {
	s = strings.TrimRight(s[stripBullet(s):], ":： ")
	if in, ok := cutAny(s, headBrackets); ok {
		return strings.TrimSpace(in)
	}
	return s
}

// cutAnySuffix cuts the first of suffixes that s ends with.
func cutAnySuffix(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if h, ok := strings.CutSuffix(s, x); ok {
			return h, true
		}
	}
	return s, false
}

// shareSites are the services a page's share buttons name.
var shareSites = setOf("Facebook", "X", "LINE", "メール", "はてな", "はてなブックマーク", "Twitter", "B!", "Pocket", "Threads",
	"Bluesky", "note", "Instagram", "ツイート", "シェア", "ポスト", "はてブ",
	"印刷", "印刷する", "保存", "保存する", "リンクをコピー", "URLをコピー", "記事を保存", "ブックマーク", "お気に入り", "お気に入り登録", "フォロー", "コメント",
	"いいね", "いいね!", "いいね！")

// menuLine reports a line of three links or more of a site's menu, each
// a word of uiExact or navWords: ENGLISH アクセス お問い合わせ サイトマップ.
// A line of sections counts too (政治 経済 国際 社会, 芸能 映画 グルメ
// 旅行 くらし): three short words or more, half of them or more
// sections of menuSections, the rest short words with no punctuation.
func menuLine(s string) bool {
	if head := s[:min(len(s), menuWordMax+utf8.UTFMax)]; len(s) > menuWordMax && strings.IndexFunc(head, menuSep) < 0 {
		return false // the first link would be too long: no need to read on
	}
	n, known, ui, long, home, credit := 0, 0, 0, 0, false, false
	barred := strings.ContainsAny(s, "|｜")
	for w := range strings.FieldsFuncSeq(s, menuSep) {
		n++
		credit = credit || w == "写真" || w == "動画" || w == "文"
		homeLink := n == 1 && slices.Contains(trailHomes, w)
		if b, ok := strings.CutSuffix(w, "(無料)"); ok && b != "" {
			w = b // 新規登録(無料): a button and what it costs
		}
		if len(w) > menuWordMax {
			return false // longer than any link the sets or navShape know
		}
		switch {
		case uiExact[w] || navWords[w] || shareSites[w] || mayHaveCase(w) && uiExact[strings.ToLower(w)]:
			known++
			ui++
		case menuSections[w] || sectionPairOf(w) || barred && capitalWord(w):
			// Markets | Robots | Jobs: words of a menu in English
			// between bars.
			known++
		case navShape(w) || uiPairOf(w):
			known++
			ui++
		case homeLink || n == 1 && barred && outletName(w):
			// ホーム｜番組表｜…: the link back home opens a menu; 港北新聞
			// デジタル｜会員規約｜…: so does the site's name
			known++
		case !lettersOnly(strings.ReplaceAll(strings.TrimRight(w, "!！"), "・", "")) || strings.HasPrefix(w, "・") || strings.HasSuffix(w, "・"):
			// あそぶ！: a link may shout; プレゼント・お便り: its dot
			// joins two words of one link
			return false
		case utf8.RuneCountInString(w)-strings.Count(w, "・") > maxMenuWord:
			// 本会議録画配信サービス: one longer link among many short ones
			if long++; utf8.RuneCountInString(w) > maxLongMenuWord || long > 1 {
				return false
			}
		}
		home = home || homeLink
	}
	if home && ui < n && n < minHomeMenu {
		// ホーム　ニュース一覧　社会: a trail, see isBreadcrumb; after
		// ホーム, a menu holds links only (トップ　プロフィール　アーカイブ).
		return false
	}
	// Half the links known, or a longer run of short bare words with one
	// known among them (港湾・物流　暮らし　海と空　テクノロジー　連載).
	// Two links between bars, one a button (ログイン｜電子版), and
	// not a credit (写真｜森川忠).
	// Two buttons side by side (新規登録 ログイン).
	if long > 0 && n < 6 && 2*known < n {
		return false // a long word among few unknown ones is a title's, not a link
	}
	return n >= 3 && 2*known >= n || n >= 5 && known >= 1 || barred && n == 2 && ui >= 1 && !credit || n == 2 && ui == 2 && !credit
}

// maxMenuWord bounds, in runes, a link of a menu that no set knows
// (ニュースリリース, ライフスタイル, くらし・環境).
const maxMenuWord = 8

// maxLongMenuWord bounds, in runes, the one link longer than
// maxMenuWord a menu of six links or more may hold.
const maxLongMenuWord = 12

// minHomeMenu is the number of links from which a line opening on ホーム
// is the site's menu rather than a trail: a trail has a few levels.
const minHomeMenu = 5

// capitalWord reports a word of ASCII letters that opens with a capital
// (Robots, AI).
func capitalWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// sectionPairOf reports a link that joins sections with a dot, one of them
// known (くらし・環境, 子育て・学校).
func sectionPairOf(w string) bool {
	if !strings.Contains(w, "・") {
		return false
	}
	for part := range strings.SplitSeq(w, "・") {
		if menuSections[part] {
			return true
		}
	}
	return false
}

// uiPairOf reports a link that joins, with a dot, a button the sets know
// and another word (文字サイズ・配色の切り替え).
func uiPairOf(w string) bool {
	if !strings.Contains(w, "・") {
		return false
	}
	known := false
	for part := range strings.SplitSeq(w, "・") {
		if utf8.RuneCountInString(part) > maxMenuWord || !lettersOnly(part) {
			return false
		}
		known = known || uiExact[part]
	}
	return known
}

// menuSep reports a rune that sets a menu's links apart: a space or a bar
// (ニュース｜地域｜くらし).
func menuSep(r rune) bool { return r == ' ' || r == '\u3000' || r == '|' || r == '｜' || r == '\t' }

// lettersOnly reports whether w is made of kana, kanji and Latin letters
// only.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !isCJK(r) && !isLatin(r) && !(r >= 'ぁ' && r <= 'ヿ') {
			return false
		}
	}
	return true
}

// menuSections are the sections a news site's menu lists, none of them a
// whole line of furniture alone.
var menuSections = setOf("政治", "経済", "国際", "社会", "地域", "国内", "海外", "スポーツ", "エンタメ", "芸能", "音楽", "映画",
	"ドラマ", "アイドル", "お笑い", "科学", "IT", "文化", "くらし", "暮らし", "生活", "ライフ", "事件", "事故", "天気", "動画",
	"写真", "オピニオン", "社説", "コラム", "特集", "ビジネス", "マネー", "マーケット", "教育", "医療", "健康", "グルメ",
	"旅行", "トレンド", "ワールド", "テック", "速報", "ニュース", "総合", "企業", "働き方", "環境", "テクノロジー", "カルチャー",
	"ゲーム", "アニメ", "サッカー", "野球", "ゴルフ", "競馬", "相撲", "株式", "為替", "債券", "商品", "決算", "投資信託", "投信", "金利", "暗号資産",
	"演劇", "舞台", "美術", "アート", "書評", "宇宙", "天文", "歴史", "子育て", "介護", "農業", "県政", "市政", "選挙", "気象",
	"防災", "災害", "交通", "住まい", "ファッション", "美容", "レシピ", "料理", "将棋", "囲碁", "インタビュー", "ランキング")

// navShape reports a link of a site's menu by its shape: a listing by
// some key (業種別, 地域別), a search (企業検索), a list (新着一覧, 新着リリ
// ース) or an action on the site (記事を投稿する, 一覧を見る, 薬局をさがす).
func navShape(w string) bool {
	n := utf8.RuneCountInString(w)
	if n > 12 || n < 3 || !lettersOnly(w) {
		return false
	}
	_, listing := cutAnySuffix(w, "検索", "一覧", "ランキング")
	_, action := cutAnySuffix(w, "する", "見る", "読む", "探す", "さがす", "始める", "書く")
	return n <= 5 && strings.HasSuffix(w, "別") || n <= 8 && strings.HasSuffix(w, "トップ") && w != "トップ" || listing || strings.HasPrefix(w, "新着") || action && strings.Contains(w, "を")
}

// navWords are links of a site's menu that are no whole line of furniture
// alone (an article may be about アクセス).
var navWords = setOf("ENGLISH", "アクセス", "交通アクセス", "お知らせ", "新着情報", "資料請求", "入試情報", "採用", "寄付", "ご寄付",
	"English", "Access", "ACCESS", "Contact", "CONTACT", "About", "ABOUT",
	"プロフィール", "カテゴリー", "カテゴリ", "アーカイブ", "アーカイブス")

// shareWord reports a share button that names its service and what it
// does (Xでポスト, LINEで送る, Facebookでシェア).
func shareWord(w string) bool {
	site, act, ok := strings.Cut(w, "で")
	return ok && shareSites[site] && (act == "ポスト" || act == "シェア" || act == "送る" || act == "共有" || act == "共有する")
}

// shareLine reports a line of two or more words separated by spaces, each
// the name of a service a share button opens (Facebook X LINE メール) or
// a button beside them (保存する 印刷する).
func shareLine(s string) bool {
	n := 0
	share := 0
	for w := range strings.FieldsSeq(s) {
		if c, ok := countedButton(w); ok {
			w = c // コメント（5）: a button and its count
		}
		if !shareSites[w] && !shareWord(w) && !navShape(w) && !allDigits(strings.ReplaceAll(w, ",", "")) {
			return false // いいね！ 212 ブックマーク: the buttons and their counts
		}
		if shareSites[w] || shareWord(w) {
			share++
		}
		n++
	}
	return n >= 2 && share >= 1 // 一覧を見る　お気に入り登録
}

// countedButton returns the button a word names with its count in
// brackets after it (コメント（5）, いいね(17)).
func countedButton(w string) (string, bool) {
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if c, ok := strings.CutSuffix(w, b[1]); ok {
			if k := strings.LastIndex(c, b[0]); k > 0 && allDigits(c[k+len(b[0]):]) && shareSites[c[:k]] {
				return c[:k], true
			}
		}
	}
	return w, false
}

// marketBoard reports a line of a market's figures: a move marked with
// an arrow (▼412.18) and two figures with decimals or more, no sentence.
func marketBoard(s string) bool {
	if strings.IndexByte(s, '.') < 0 || strings.ContainsAny(s, "。、") {
		return false
	}
	move, decimals := false, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' && i > 0 && i+1 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
			decimals++
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if strings.ContainsRune("▼▲△↓↑", r) && i+size < len(s) && isDigitByte(s[i+size]) {
				move = true
			}
			i += size - 1
		}
	}
	return move && decimals >= 2
}

// maxBoardLine bounds a market board's line, in runes.
const maxBoardLine = 80

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// tickerLine reports a line that opens with a securities code of four
// digits or capitals in brackets (<7321>, （130A）) and says no sentence:
// the head of a market page's box for the company.
func tickerLine(s string) bool {
	open, n := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("<＜(（[［〈", open) {
		return false
	}
	rest := s[n:]
	code := 0
	for code < len(rest) && code < 4 && ('0' <= rest[code] && rest[code] <= '9' || 'A' <= rest[code] && rest[code] <= 'Z') {
		code++
	}
	if code != 4 || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	closer, _ := utf8.DecodeRuneInString(rest[code:])
	return strings.ContainsRune(">＞)）]］〉", closer) && !strings.ContainsAny(s, "。、")
}
