package entity

import "sort"

// Word lists. They describe Japanese news writing (which words follow a
// person's name, which nouns end an organisation's name), not any article.

// honorifics follow nothing but a person's name, so any short noun before
// them is taken as a name.
var honorifics = []string{"氏", "さん", "ちゃん", "くん", "君", "様", "容疑者", "被告人", "被告", "受刑者"}

// casualHonorifics also follow job words (ディレクターさん): a katakana word
// the dictionary knows as a common noun is not a name before them.
var casualHonorifics = map[string]bool{"さん": true, "ちゃん": true, "くん": true, "君": true, "様": true}

// roles are titles written right after a name (ボロディン大統領,
// 松井投手). Longer entries first is not required: matching takes the
// longest.
var roles = []string{
	"大統領", "副大統領", "首相", "副首相", "総理大臣", "総理", "大臣", "外相", "国防相", "財務相", "法相",
	"防衛相", "経産相", "厚労相", "文科相", "国交相", "環境相", "農相", "官房長官", "長官", "副長官", "次官", "副大臣", "国務長官",
	"特使", "顧問", "報道官", "補佐官", "大使", "公使", "領事", "議員", "議長", "委員長", "委員", "会長",
	"社長", "副社長", "専務", "常務", "取締役", "頭取", "代表", "幹事長", "書記長", "総裁", "副総裁",
	"知事", "市長", "町長", "村長", "区長", "首長", "事務総長", "事務局長", "局長", "部長", "課長", "科長",
	"室長", "所長", "院長", "理事長", "学長", "校長", "園長", "館長", "主席", "国家主席", "司令官", "部会長", "支部長", "分会長",
	"検事", "次席検事", "検事正", "検事長", "判事", "裁判長", "裁判官", "検察官", "警部", "警部補", "巡査部長",
	"監督", "コーチ", "選手", "投手", "捕手", "内野手", "外野手", "主将", "親方", "横綱", "大関", "関脇",
	"教授", "准教授", "講師", "弁護士", "医師", "記者", "氏ら", "国王", "女王", "王子", "王女", "皇太子",
	"教皇", "司教", "被告", "容疑者", "CEO", "最高経営責任者", "研究員", "アナウンサー", "アナ", "キャスター",
	"組合長", "店長", "署長", "駅長", "船長", "団長", "隊長", "本部長", "支配人", "女将", "工場長", "支店長",
	"施設長", "代表理事", "副会長", "会頭", "副知事", "副市長", "市議", "県議", "町議", "村議", "区議",
	"院内総務", "上院院内総務", "下院院内総務", "院内幹事", "上院議員", "下院議員", "党首", "首席補佐官", "国連大使",
	// the ranks of a town hall, a school or a newsroom
	"主査", "参事", "主幹", "主事", "主任", "係長", "次長", "課長補佐", "副部長", "副課長", "事務長", "理事", "監事", "技師",
	"教諭", "副校長", "教頭", "助教", "特任教授", "名誉教授", "学芸員", "保健師", "看護師", "支局長", "編集長", "代表取締役",
}

// titlePrefixes may come between a name and a role: ハワード米大統領,
// 安倍元首相.
// Ministries and departments come there too (ベッセント財務長官, ハリス商務長官).
var titlePrefixes = []string{"米", "露", "英", "仏", "独", "中", "韓", "朝", "伊", "印", "豪", "加", "日", "前", "元", "現", "次期", "新", "副",
	"財務", "国務", "商務", "国防", "外務", "内務", "司法", "法務", "農務", "運輸", "労働", "保健", "教育", "国土安全保障",
	"エネルギー", "経済", "通商", "防衛", "総務", "内閣", "国家安全保障"}

// orgHeads end an organisation's name (厚生労働省, 立憲民主党, 国立がん研究センター).
var orgHeads = map[string]bool{
	"党": true, "省": true, "庁": true, "府": true, "機構": true, "連合": true, "委員会": true, "協会": true,
	"銀行": true, "大学": true, "研究所": true, "センター": true, "機関": true, "政府": true, "議会": true,
	"連盟": true, "組合": true, "財団": true, "公社": true, "社": true, "新聞": true, "新聞社": true,
	"通信": true, "放送": true, "裁判所": true, "本部": true, "商工会": true, "学会": true, "興業": true,
	"工業": true, "商事": true, "証券": true, "銀": true, "会議所": true, "軍": true, "部隊": true,
	"労働省": true, "外務省": true, "民主党": true, "共和党": true,
	"電機": true, "製作所": true, "重工": true, "製薬": true, "電鉄": true, "物産": true, "精機": true,
	"ホールディングス": true, "信金": true, "信用金庫": true, "百貨店": true, "工務店": true,
	"地裁": true, "高裁": true, "家裁": true, "簡裁": true, "地検": true, "高検": true, "最高裁": true,
	"電力": true, "製鉄": true, "損保": true, "製菓": true, "電工": true,
}

// industryHeads end a company's name by its trade (北浜食品, 港南建設) but
// also a common compound (冷凍食品, ダム建設): one makes a company only
// after a word that names (see nameLike).
var industryHeads = map[string]bool{
	"食品": true, "製紙": true, "化学": true, "化成": true, "建設": true, "運輸": true, "海運": true, "航空": true,
	"鉄道": true, "石油": true, "自動車": true, "薬品": true, "商会": true, "商店": true, "水産": true,
	"乳業": true, "酒造": true, "製粉": true, "物流": true, "倉庫": true, "不動産": true, "住宅": true,
	"電子": true, "交通": true, "技研": true, "光学": true, "精工": true, "機械": true,
	"繊維": true, "紡績": true, "製鋼": true, "鉱業": true, "印刷": true, "出版": true, "商船": true, "汽船": true,
	"醸造": true, "電線": true, "硝子": true, "造船": true, "飲料": true, "ホテル": true, "グループ": true,
}

// courts end the name of a court or a prosecutors' office, which is no
// person however the dictionary reads the name before them (北浦地裁).
var courts = []string{"地裁", "高裁", "家裁", "簡裁", "地検", "高検", "地方裁判所", "高等裁判所", "家庭裁判所", "簡易裁判所", "地方検察庁", "支部"}

// epithets before an honorific describe a person without naming one:
// 常連さん, 店員さん, 運転手さん.
var epithets = map[string]bool{
	"常連": true, "店員": true, "店主": true, "運転手": true, "近所": true, "大家": true, "担当": true, "隣人": true,
	"看護師": true, "職人": true, "住職": true, "駅員": true, "警官": true, "係員": true, "主婦": true, "客": true,
	"お客": true, "乗客": true, "村人": true, "漁師": true, "農家": true, "町長": true, "市長": true, "社長": true,
	// Family words: おばあちゃん, お父さん, 奥さん, 娘さん.
	"おばあ": true, "おじい": true, "ばあ": true, "じい": true, "お母": true, "お父": true, "おかあ": true, "おとう": true,
	"おば": true, "おじ": true, "お兄": true, "お姉": true, "おにい": true, "おねえ": true,
	"奥": true, "娘": true, "息子": true, "お嬢": true, "嫁": true, "旦那": true,
}

// placeSuffixes continue a place name (フロリダ州, 阿見町).
var placeSuffixes = map[string]bool{"州": true, "県": true, "都": true, "府": true, "道": true, "市": true, "区": true, "町": true, "村": true, "郡": true, "島": true, "諸島": true, "半島": true}

// placeSuffixList is placeSuffixes as a list, longest first, for placeKey.
var placeSuffixList = func() []string {
	var l []string
	for s := range placeSuffixes {
		l = append(l, s)
	}
	sort.Slice(l, func(i, j int) bool { return len(l[i]) > len(l[j]) || len(l[i]) == len(l[j]) && l[i] < l[j] })
	return l
}()

// placeNouns follow a place name without being part of it (ドンバス地域).
var placeNouns = map[string]bool{"地域": true, "地方": true, "地区": true, "一帯": true, "周辺": true, "近郊": true, "東部": true, "西部": true, "南部": true, "北部": true, "州都": true}

// facilities introduce a place name in apposition (邸宅マー・ア・ラゴ).
var facilities = map[string]bool{"邸宅": true, "別荘": true, "私邸": true, "官邸": true, "施設": true, "基地": true, "首都": true, "都市": true, "港": true, "空港": true, "州都": true, "町": true, "村": true, "島": true}

// anaphors are not names even before an honorific (同氏, 両氏).
// Nor are the words that address a group (皆さん, みなさま).
var anaphors = map[string]bool{"同": true, "両": true, "各": true, "故": true, "ある": true, "その": true, "この": true, "本": true, "当": true,
	"皆": true, "みな": true, "みんな": true, "皆様": true, "お客": true, "お客様": true}

// katakanaKinds are katakana words that say what kind of holder a title
// has (ベテラン議員, エース投手, ルーキー選手), never whose name it is.
var katakanaKinds = map[string]bool{
	"ベテラン": true, "ルーキー": true, "エース": true, "トップ": true, "リーダー": true, "ゲスト": true, "スタッフ": true,
	"メンバー": true, "プロ": true, "アマ": true, "シニア": true, "ジュニア": true, "ユース": true, "ライバル": true,
	"ママ": true, "パパ": true, "ベンチャー": true, "チーム": true, "ファン": true, "フリー": true, "レギュラー": true,
	"メイン": true, "サブ": true, "チーフ": true, "ヘッド": true, "アシスタント": true, "スペシャル": true, "ゲスト出演": true,
}

// oldForms maps the traditional forms of kanji that names keep (芹澤, 齋藤,
// 髙橋, 濱田) to the forms in common use: the same name, written either
// way in one text. Unicode folds none of them (they are distinct
// characters, not compatibility forms), so the list is kept here.
var oldForms = map[rune]rune{
	'澤': '沢', '邊': '辺', '邉': '辺', '齋': '斎', '齊': '斉', '髙': '高', '﨑': '崎', '嵜': '崎', '濱': '浜',
	'櫻': '桜', '廣': '広', '嶋': '島', '嶌': '島', '國': '国', '德': '徳', '藏': '蔵', '惠': '恵', '榮': '栄',
	'眞': '真', '壽': '寿', '實': '実', '彌': '弥', '瀨': '瀬', '學': '学', '關': '関', '團': '団', '圓': '円',
	'萬': '万', '來': '来', '龜': '亀', '淺': '浅', '條': '条', '黑': '黒', '檜': '桧',
}

// commonForm returns name with its traditional kanji in the forms in
// common use, and whether any changed.
func commonForm(name string) (string, bool) {
	changed := false
	out := []rune(name)
	for i, r := range out {
		if c, ok := oldForms[r]; ok {
			out[i], changed = c, true
		}
	}
	if !changed {
		return name, false
	}
	return string(out), true
}

// personNouns are the words for a kind of person that an age follows as
// it follows a name: 男性(45), 会社員(31), 長女(8).
var personNouns = []string{"男性", "女性", "男子", "女子", "男児", "女児", "男の子", "女の子", "少年", "少女", "主婦", "夫婦", "会社員", "公務員",
	"会社役員", "自営業", "無職", "店員", "店主", "学生", "生徒", "児童", "園児", "住民", "市民", "町民", "村民", "母親", "父親",
	"長男", "長女", "次男", "次女", "三男", "三女", "妻", "夫", "息子", "娘", "母", "父", "祖母", "祖父", "孫", "職員", "社員", "教諭", "教員",
	"被告人", "運転手", "患者", "乗客", "農家", "漁師", "僧侶", "住職",
	"高校生", "中学生", "小学生", "大学生", "院生", "留学生", "研修生", "パート", "アルバイト", "作業員", "警備員", "隊員", "署員", "局員"}

// animalKinds are the kinds of animal a pet's or a zoo animal's name is
// written after (柴犬のハナちゃん, パンダのシンシン): the name is no
// person's. A word ending in one of them (看板犬, 保護猫) counts too.
var animalKinds = []string{"犬", "猫", "ネコ", "イヌ", "ペット", "プードル", "チワワ", "ダックスフンド", "テリア", "レトリバー", "シェパード", "コーギー",
	"ウサギ", "うさぎ", "ハムスター", "インコ", "オウム", "文鳥", "カメ", "金魚", "パンダ", "ゾウ", "キリン", "ライオン", "トラ", "ゴリラ",
	"ペンギン", "アザラシ", "イルカ", "カピバラ", "レッサーパンダ", "馬", "牛", "ヤギ", "ヒツジ", "アルパカ"}
