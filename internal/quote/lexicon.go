package quote

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// speechStems start a reporting verb (述べた, 語っていた, 明らかにした).
var speechStems = []string{
	"述べ", "語", "話", "記", "書", "投稿", "強調", "明らかにし", "明らかにす", "反発", "説明", "報告", "指摘",
	"主張", "批判", "非難", "訴え", "表明", "発言", "言", "答え", "回答", "書き込", "振り返", "驚",
	"祝福", "苦笑", "警告", "明か", "呼びかけ", "呼び掛け", "伝え", "認め", "否定", "発表", "述懐", "力を込め",
	"ツイート", "発信", "コメント", "談話", "要求", "求め", "期待を示", "見解を示", "考えを示", "意欲を示", "抱負を述べ",
	"報じ", "報道し", "声を詰まらせ", "言葉を詰まらせ", "目を細め", "顔をほころばせ", "笑顔を見せ", "頭を下げ", "首をかしげ",
	"肩を落と", "唇をかみ", "涙を浮かべ", "声を震わせ", "苦笑い", "ほほ笑", "微笑", "はにかみ", "謝罪", "陳謝", "感謝し",
	"認識を示", "姿勢を示", "意向を示", "立場を示", "懸念を示", "理解を示", "不快感を示", "自信を見せ", "意欲を見せ",
	"笑", "叫", "宣言", "約束", "誓", "嘆", "漏ら", "声を上げ", "打ち明け", "問いかけ", "尋ね", "念を押",
	"語気を強め", "締めくく", "酷評", "苦言", "絶賛", "称賛", "賞賛", "思っ", "思う", "明言", "断言", "釈明",
	"弁明", "反論", "激白", "告白", "吐露", "ぼやい", "つぶやい", "呟", "こぼ", "力説", "熱弁", "豪語", "自負",
	"意気込", "喜び", "持論を展開", "声をかけ", "声を弾ませ", "胸を張", "返し", "返す", "返答",
	"たたえ", "称え", "讃え", "ねぎら", "太鼓判を押", "本音をのぞかせ", "本音をのぞか", "決意を語", "決意を新たに",
	"悔しが", "悔やん", "残念が", "喜んだ", "安堵", "胸をなで下ろ", "見通しを示", "意欲を語",
	"続け", "応じ", "付け加え", "付け足", "補足", "答弁", "要望", "促", "諭", "励ま", "切り出", "言い切", "言い放", "言い返", "言い残", "言い添え", "言い聞かせ",
	"つぶやく", "呟く", "ささやく", "ささやい", "囁",
	"みてい", "見てい", "みる。", "見る。", "見方を示", "方針を示", "方向性を示", "考えを明らかに",
	"口にし", "口にす", "声を落と", "声を荒らげ", "語気を荒らげ", "顔を曇らせ", "表情を曇らせ", "目を潤ませ", "ため息",
	"くぎを刺", "釘を刺", "疑問を呈", "異論を唱え", "注文を付け", "注文をつけ", "期待を寄せ", "期待感を示", "不満をあらわに",
	"怒りをあらわに", "憤", "危機感を示", "危機感をあらわに", "警鐘を鳴ら",
	// the face or the bearing the words are said with: 「…」と表情を引き締めた
	"気を引き締め", "表情を引き締め", "前を向い", "目を輝かせ", "闘志を燃や", "自信をのぞかせ", "手応えを口に", "手応えを語",
	"声を張り上げ", "一歩も譲ら", "譲らなかっ", "譲らない", "譲らず", "迫っ", "迫る", "迫り", "胸を躍らせ", "心を躍らせ", "表情を緩め", "頬を緩め", "目を赤くし", "汗をぬぐ",
	"示し", "示す", "投げかけ", "投げ掛け", "同調", "賛同", "同意し", "歓迎", "評価し", "反対し", "疑問視", "問題視", "牽制", "けん制",
	"綴", "つづっ", "つづる", "つづり", "記し", "記す", "したため", "報告し", "伝えた", "明かし", "気持ちを綴", "思いを綴", "思いをつづ", "心境を綴", "心境をつづ",
	"詰問", "問い詰め", "問いただ", "問い質", "追及", "抗議", "反省", "激怒", "一蹴", "一喝", "突っ込", "ツッコ", "茶化", "冗談め",
	"おど", "強が", "ぼや", "愚痴", "絶叫", "感激", "感動し", "興奮気味に", "照れ", "謙遜",
	"振っ", "振る", "ふった", "ふって", "水を向け", "返信", "返事", "リプライ", "切り返", "即答",
	"挨拶", "あいさつ", "表現し", "表現す", "例え", "たとえ", "質問",
	// objectStems: verbs of speech only after と
	"教え", "助言", "アドバイス", "褒め", "ほめ",
	// A sentence that ends on the speaker's face: 「…」と笑顔。
	"笑顔。", "笑み。", "満面の笑み。", "涙。",
}

// objectStems are the speechStems that report words only after と: after
// を the bracket holds what is taught or praised (「水出し」を教えた).
var objectStems = []string{"教え", "助言", "アドバイス", "褒め", "ほめ"}

// stemsByFirst holds speechStems by their first rune, each list longest
// first (言い切 before 言: と言い切るのは reads the whole verb), equal
// lengths in the order of speechStems: verbAt runs at every character of a
// sentence.
var stemsByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, st := range speechStems {
		r, _ := utf8.DecodeRuneInString(st)
		m[r] = append(m[r], st)
	}
	for _, l := range m {
		slices.SortStableFunc(l, func(a, b string) int { return len(b) - len(a) })
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
var namingVerbs = []string{"呼ば", "呼ぶ", "呼んで", "呼び名", "名付け", "称", "題し", "題する", "銘打", "いった", "いう名", "同じ", "変わら", "比べ", "並ぶ", "ともに",
	"言えば", "いえば", "言っても", "いっても", "言う名", "検索", "入力", "表示"}

// titlingVerbs after と make the bracketed words, however long, the
// title of a work, a survey or an event (「…！」と題し, と銘打った).
var titlingVerbs = []string{"名付け", "称し", "称する", "題し", "題する", "題した", "銘打"}

// workNouns written right before a bracket make it the title of a work
// (映画「…」, 新曲「…」, 連載コラム「…」, a network's programme テレビ北浜系
// 「…」), not words anyone said.
var workNouns = []string{"映画", "番組", "著書", "新著", "書籍", "小説", "絵本", "漫画", "マンガ", "新曲", "楽曲", "アルバム",
	"シングル", "作品", "主演作", "出演作", "監督作", "新作", "最新作", "代表作", "舞台", "ドラマ", "雑誌", "週刊誌", "月刊誌",
	"新刊", "連載", "コラム", "記事", "ゲーム", "アプリ", "写真集", "エッセー", "エッセイ", "シリーズ", "特集", "コーナー",
	"キャンペーン", "プロジェクト", "展覧会", "ツアー", "公演", "写真展", "企画展", "ブログ", "サイト", "ホームページ", "アカウント",
	"ハッシュタグ", "スローガン", "キャッチコピー", "タイトル", "楽曲名", "番組名", "CM", "ＣＭ", "曲", "系"}

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

// SpeechAt reports whether a verb that reports words said or written
// (返す, 語った, 述べて) opens s.
func SpeechAt(s string) bool { return verbAt(s) != "" }

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
		v := strings.TrimSuffix(s[:len(st)+best], "。") // the stem and its ending, as written (みる。 is みる)
		if best == 0 && len(st) == utf8.RuneLen(r) && r >= 0x4E00 && r <= 0x9FFF {
			continue // a bare kanji is a noun here (話題, 記事, 教諭)
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
var roleSuffixes = []string{"者", "官", "員", "長", "手", "筋", "広報", "広報部", "広報室", "広報課", "事務局", "担当", "代表", "幹部", "首脳", "政府", "当局", "陣営", "本人",
	"弁護人", "代理人", "管財人", "参考人", "証人", "弁護団", "検事", "判事"}

// occupations are trades written in katakana that name a person who may
// speak (同社のデザイナー, 店のシェフ); roleSuffixes holds the ones in kanji.
var occupations = []string{"デザイナー", "スタイリスト", "プロデューサー", "ディレクター", "マネージャー", "マネジャー", "スタッフ",
	"トレーナー", "コーチ", "シェフ", "オーナー", "パティシエ", "バイヤー", "アナリスト", "エコノミスト", "ジャーナリスト", "カメラマン",
	"ドライバー", "パイロット", "ライター", "エンジニア", "コンサルタント", "アドバイザー", "カウンセラー", "セラピスト", "インストラクター",
	"アナウンサー", "キャスター", "リポーター", "レポーター", "コメンテーター", "ソムリエ", "バーテンダー", "オペレーター", "プランナー",
	"クリエーター", "クリエイター", "ストラテジスト", "ファンドマネジャー", "ファンドマネージャー", "ボランティア", "ガイド"}

// occupation reports whether p ends with a trade of occupations.
func occupation(p string) bool { return hasSuffixAny(p, occupations...) }

// anaphoricSpeakers refer back to the last speaker (同氏は).
var anaphoricSpeakers = map[string]bool{"同氏": true, "同容疑者": true, "同被告": true, "彼": true, "彼女": true, "本人": true, "同首相": true, "同大統領": true}

// issuedNouns are texts someone issues (声明は「…」としている): their words
// are the issuer's, the one the sentence before is about.
var issuedNouns = map[string]bool{"声明": true, "声明文": true, "談話": true, "見解": true, "通達": true, "報告書": true,
	"リリース": true, "プレスリリース": true, "発表文": true, "コメント文": true}

// passiveStems start a verb whose subject heard or bears the quotation
// rather than said it: と言われた, と聞かれ, と記されていた.
var passiveStems = []string{"言われ", "いわれ", "聞かれ", "訊かれ", "きかれ", "ツッコまれ", "突っ込まれ", "声をかけられ", "頼まれ", "誘われ", "褒められ", "ほめられ", "尋ねられ", "問われ", "質問され", "記され", "書かれ", "記載され", "明記され", "指摘され", "評され", "呼ばれ", "説明され", "注意され", "忠告され", "励まされ", "叱られ", "怒られ", "ツッコミを入れられ", "突っ込みを入れられ", "つっこまれ", "問い詰められ", "詰問され", "追及され",
	"振られ", "ふられ", "促され", "迫られ", "求められ", "告げられ", "諭され", "命じられ", "勧められ", "すすめられ", "言い渡され",
	// the words received as a favour (とほめてもらった, と言ってもらった):
	// the one who gave them is marked with に, as in the passive
	"言ってもら", "いってもら", "褒めてもら", "ほめてもら", "教えてもら", "声をかけてもら", "励ましてもら", "アドバイスしてもら", "助言してもら"}

// sourceMarks mark a source other than with は or が, before the
// quotations it gives: ファンからは「…」, 関係者からも「…」, 掲示板では「…」.
var sourceMarks = []string{"からは", "からも", "では", "でも", "で"}

// mediaNouns are the places crowds write in: a source even when marked
// with で alone (ネット上で「…」と話題に).
var mediaNouns = map[string]bool{"ネット上": true, "ネット": true, "掲示板": true, "ネット掲示板": true, "SNS": true, "SNS上": true,
	"ツイッター": true, "ツイッター上": true, "Twitter": true, "Twitter上": true, "2ちゃんねる": true, "ネット掲示板上": true}

// crowds end a phrase that names a crowd or a medium whose voices an
// article quotes: they are sources though not people (ファン, 利用者,
// ネット掲示板).
var crowds = []string{"ファン", "サポーター", "ユーザー", "読者", "視聴者", "観客", "来場者", "利用者", "住民", "市民", "町民",
	"村民", "島民", "区民", "都民", "道民", "府民", "住人", "避難民", "難民", "移民", "漁民", "農民",
	"愛好家", "愛好者", "研究家", "投資家", "識者", "有識者", "アナリスト", "エコノミスト", "歴史家", "郷土史家",
	"県民", "国民", "有権者", "関係者", "参加者", "回答者", "専門家", "評論家", "掲示板", "ネット上", "ネット", "SNS", "ツイッター",
	"ネットユーザー", "通信", "新聞", "紙", "誌", "メディア", "テレビ", "保護者", "学生", "高生", "大生", "校生", "スタッフ", "担当者", "社員", "職員", "選手", "生徒", "女性", "男性", "独女",
	"議会", "野党", "与党", "会派", "党内", "業界", "界", "地元", "現場",
	"の人", "客", "子ども", "子供", "児童", "家族", "遺族", "農家", "漁師", "母親", "父親",
	"来館者", "入場者", "来店者", "訪問者", "購入者", "消費者", "支持者", "出席者", "受講者", "聴衆", "被災者", "避難者", "通行人",
	"男", "女", "SNS上", "ツイッター上", "掲示板上", "メンバー", "Twitter上", "twitter上", "Twitter", "Facebook上", "フェイスブック上", "ブログ上", "ウェブ上", "Web上", "層",
	"チームメート", "チームメイト", "仲間", "同僚", "同級生", "卒業生", "在校生", "OB", "OG", "教え子", "部員", "隊員", "団員", "組合員", "会員", "研修生", "実習生", "留学生", "院生",
	"乗客", "患者", "記者団", "周辺", "政府筋", "外交筋", "関係筋", "消息筋", "同行筋", "党幹部",
	"男の子", "女の子", "親子連れ", "家族連れ", "夫婦", "カップル", "親子", "ハイカー", "登山者",
	"経験者", "高齢者", "若者", "希望者", "対象者", "所有者", "事業者", "経営者", "生産者", "出品者", "応募者", "移住者",
	"側", // 野党側, 会社側, 弁護側: the party a side stands for
	"企業", "団体", "事業者", "業者", "生産者", "加盟店", "各社", "自治体", "店舗", "医療機関",
	"研究グループ", "研究チーム", "研究班",
	"応援席", "観客席", "客席", "スタンド", "沿道"} // the crowd in the stands or along the road

// kanaCrowds are crowds written partly in kana, which the run of name
// characters phraseBefore reads back over does not take in. (子ども is
// left out: as a subject of a clause of condition, 子どもがいる場合は, it is
// more often no speaker than one.)
var kanaCrowds = []string{"お年寄り", "お客さん", "お客様", "男の子", "女の子"}

// kanaSources are crowds written partly in kana that crowdSource reads
// before a mark of the source (子どもたちからは「…」); as subjects they
// are as often no speakers (子どもたちがいるときは).
var kanaSources = []string{"子どもたち", "子供たち", "子どもら", "子供ら", "親子連れ", "家族連れ"}

// tieNouns name one person by a tie to someone or a trade (友人, 上司,
// 店主): a speaker, not a crowd.
var tieNouns = []string{"友人", "友達", "友だち", "親友", "知人", "同僚", "先輩", "後輩", "上司", "部下", "恋人", "店主", "医師", "弁護士", "主婦", "先生", "教諭", "店員",
	"インタビュアー", "聞き手", "司会", "キャスター", "アナウンサー", "リポーター", "レポーター",
	// trades ending in 家 (空き家 and 実家 are houses: only these)
	"作家", "画家", "写真家", "漫画家", "建築家", "音楽家", "作曲家", "脚本家", "小説家", "陶芸家", "落語家", "政治家", "実業家",
	"料理家", "演出家", "翻訳家", "書家", "彫刻家", "冒険家", "登山家", "起業家", "活動家", "舞踊家", "華道家", "茶道家"}

// kinNouns name one person by a family tie (父は「…」と言った). Only the
// whole phrase counts: 夫 ends 工夫 and 大丈夫 too.
var kinNouns = map[string]bool{
	"父": true, "母": true, "夫": true, "妻": true, "兄": true, "姉": true, "弟": true, "妹": true, "娘": true, "息子": true,
	"父親": true, "母親": true, "祖父": true, "祖母": true, "義母": true, "義父": true, "姑": true, "舅": true, "旦那": true,
	"嫁": true, "長男": true, "長女": true, "次男": true, "次女": true, "彼氏": true, "元夫": true, "元妻": true, "元彼": true,
	"姪": true, "甥": true, "叔母": true, "伯母": true, "叔父": true, "伯父": true, "いとこ": true,
}

// tieNoun reports whether p ends in one of tieNouns (母親の友人).
func tieNoun(p string) bool {
	for _, n := range tieNouns {
		if strings.HasSuffix(p, n) {
			return true
		}
	}
	return false
}

// notCrowds end like a crowd or a medium (英紙) but are things.
var notCrowds = map[string]bool{
	"手紙": true, "用紙": true, "表紙": true, "和紙": true, "色紙": true, "白紙": true, "台紙": true, "型紙": true, "折り紙": true,
	"地層": true, "断層": true, "階層": true, "高層": true, "低層": true, "表層": true, "深層": true, "上層": true, "下層": true, "オゾン層": true,
	"側": true, "右側": true, "左側": true, "内側": true, "外側": true, "両側": true, "片側": true, "北側": true, "南側": true, "東側": true, "西側": true,
	"裏側": true, "表側": true, "手前側": true, "向こう側": true, "反対側": true, "奥側": true, "上側": true, "下側": true, "縁側": true,
}

// notSpeakers are common nouns (most of them katakana) that, without the
// dictionary, would pass for names: they never speak.
var notSpeakers = map[string]bool{
	"ヒーロー": true, "ヒロイン": true, // the words name nobody; see heroWords
	"コーナー": true, "アンケート": true, "イベント": true, "サイト": true, "ブログ": true, "ニュース": true, "テレビ": true,
	"メディア": true, "チーム": true, "グループ": true, "メーカー": true, "サービス": true, "アプリ": true, "ゲーム": true,
	"シリーズ": true, "キャンペーン": true, "ブランド": true, "ショップ": true, "ホテル": true, "レストラン": true,
	"プロジェクト": true, "システム": true, "データ": true, "ランキング": true, "コメント": true, "メッセージ": true,
	"インタビュー": true, "パーティー": true, "ドラマ": true, "アニメ": true, "コンサート": true, "ライブ": true,
	"セミナー": true, "ツアー": true, "フェア": true, "タイトル": true, "テーマ": true, "キャッチコピー": true,
	"ポスター": true, "パンフレット": true, "ホームページ": true, "ウェブサイト": true, "ページ": true, "リリース": true,
	"プレスリリース": true, "レポート": true, "コラム": true, "ツイート": true, "ポイント": true, "メニュー": true,
	"スローガン": true, "フレーズ": true, "セリフ": true, "トーク": true, "ショー": true, "ステージ": true, "シーン": true,
	"ストーリー": true, "テキスト": true, "ボタン": true, "メール": true, "サンプル": true, "モデル": true, "タイプ": true,
	"プラン": true, "コース": true, "ルール": true, "マニュアル": true, "ガイド": true, "カード": true, "ノート": true,
	"マーク": true, "ロゴ": true, "ラベル": true, "パッケージ": true, "コンテンツ": true, "ビデオ": true, "ムービー": true,
	"スタジオ": true, "オフィス": true, "ドッキリ": true, "サプライズ": true, "エピソード": true, "トラブル": true,
	"ケース": true, "シルエット": true, "ゴールデンウィーク": true, "タオル": true, "ワイン": true, "スタイル": true,
	"ファッション": true, "アイテム": true, "デザイン": true, "カラー": true, "サイズ": true, "パターン": true,
	"メリット": true, "デメリット": true, "イメージ": true, "チャンス": true, "スタート": true, "ゴール": true,
	"日本": true, "世界": true, "全国": true, "海外": true, "国内": true, "業界": true, "市場": true, "社会": true,
	"最初": true, "会社": true, "大半": true, "場合": true, "多く": true, "半数": true, "一部": true, "全体": true,
	"地域": true, "現場": true, "会場": true, "結果": true, "理由": true, "内容": true, "話題": true, "番組": true, "ネット": true, "ネット上": true, "アカウント": true, "ラジオ": true,
}

// voiceNouns after という, といった or と make the quotation someone's
// words even with no reporting verb (「…」という声, 「…」といった意見).
var voiceNouns = []string{"声", "言葉", "発言", "コメント", "意見", "書き込み", "投稿", "メッセージ", "指摘", "批判", "非難", "賛辞", "感想", "答え", "回答", "反応", "問いかけ", "質問",
	"談話", "祝辞", "謝罪", "問い合わせ", "苦情", "要望", "訴え", "相談", "抗議", "声明", "主張", "証言", "提案", "要請",
	"歓声", "大合唱", "合唱", "掛け声", "悲鳴", "叫び", "コール"}

// notNameEnds end a phrase that names a thing, a place or a body, not a
// person, when no title or honorific says otherwise.
var notNameEnds = []string{"省", "庁", "党", "社", "会", "部", "局", "所", "館", "院", "校", "大学", "県", "市", "町", "村", "区",
	"国", "州", "都", "府", "展", "祭", "賞", "店", "版", "号", "機", "型", "式", "場", "線", "駅", "室", "団", "隊", "軍", "地裁", "高裁", "裁判所", "側", "陣", "中", "後", "前", "時", "日", "年", "月", "者"}

// personEnds end a phrase that stands for a person without naming one:
// 高校生の一人, 母親, 男性客.
var personEnds = []string{"人", "者", "員", "生", "家", "客", "児", "子", "女", "男", "女性", "男性", "母", "父", "親", "兄", "姉", "弟", "妹",
	"夫", "妻", "娘", "息子", "ひとり", "友人", "仲間", "先輩", "後輩", "同僚", "上司", "部下", "彼氏", "彼女", "方", "方々"}

// notGiven are kana runs that end in particles or verb endings, not given
// names, before a title: 県から市長, 会では市長.
var notGiven = map[string]bool{
	"から": true, "まで": true, "より": true, "など": true, "には": true, "では": true, "とは": true, "にも": true,
	"でも": true, "とも": true, "のみ": true, "だけ": true, "ため": true, "こと": true, "もの": true, "した": true,
	"する": true, "され": true, "いる": true, "ある": true, "った": true, "えた": true, "れた": true, "して": true,
	"から、": true, "ので": true, "のは": true, "への": true, "での": true, "との": true, "から見": true, "による": true,
	"により": true, "について": true, "として": true, "ごと": true, "ずつ": true, "ほど": true, "くらい": true, "ぐらい": true,
}

// labels head lines of data, not turns of speech: 場所：…, 日程：….
var labels = map[string]bool{
	"場所": true, "日時": true, "日程": true, "時間": true, "会場": true, "料金": true, "価格": true, "住所": true,
	"内容": true, "対象": true, "定員": true, "主催": true, "問い合わせ": true, "問合せ": true, "期間": true,
	"概要": true, "タイトル": true, "出演": true, "監督": true, "脚本": true, "原作": true, "配給": true, "公開": true,
	"著者": true, "出版社": true, "書影": true, "提供": true, "協力": true, "特典": true, "販売": true, "発売": true, "仕様": true,
	"容量": true, "対応": true, "名称": true, "備考": true, "注意": true, "締切": true, "応募": true, "写真": true,
	"撮影": true, "文": true, "取材": true, "構成": true, "編集": true, "企画": true, "制作": true, "製作": true,
	"出典": true, "参考": true, "関連": true, "詳細": true, "電話": true, "TEL": true, "URL": true, "営業時間": true,
	"定休日": true, "アクセス": true, "最寄り駅": true, "キャスト": true, "スタッフ": true, "ジャンル": true, "作品": true,
	"テーマ": true, "サイズ": true, "カラー": true, "重量": true, "素材": true, "原題": true, "上映時間": true, "Q": true, "A": true,
	// where the words come from, not who says them: 参照元：…
	"参照元": true, "参照": true, "引用元": true, "引用": true, "情報元": true, "情報源": true, "配信元": true, "提供元": true, "ソース": true,
}

// labelEnds end a label that heads a line of data (発売日：, 参加費：,
// レビュー製品：).
var labelEnds = []string{"日", "時", "品", "費", "料", "名", "数", "先", "法", "期間", "方法", "場所", "価格", "会場", "内容", "対象", "サイト"}

// timeEnds end a phrase that marks a time or a point of view with は, not
// a subject: 31日は, 今回は, 当初は, 表面上は.
var timeEnds = []string{"日", "年", "月", "週", "時", "分", "今", "後", "前", "回", "度", "頃", "間", "際", "中", "内",
	"以降", "以来", "当初", "現在", "点", "面", "上", "側", "方針", "結果", "今年", "昨年", "最近", "将来", "以前"}

// thingEnds end a word for a place, a plan or a thing (移住先, 改善策, 支援
// 案), which a topic right before a quotation may be but no name is.
var thingEnds = []string{"先", "策", "案", "面", "物", "品", "費", "率", "額", "性"}

// normThoughts follow a quotation that is a thought anyone may have, told
// as a norm or a tendency (と思ってはいけない, と考えがちだ), not said.
var normThoughts = []string{"思ってはいけない", "思ってはならない", "思ってはダメ", "考えてはいけない", "考えてはならない", "思いがち",
	"考えがち", "思い込みがち", "思ってしまいがち", "考えてしまいがち", "思うのは間違い", "考えるのは間違い"}

// asides are what a writer puts in brackets after a sentence to tell how
// it is meant (（笑）, （汗）): no one who speaks.
var asides = map[string]bool{"笑": true, "爆笑": true, "苦笑": true, "汗": true, "涙": true, "泣": true, "照": true, "怒": true, "謎": true}
