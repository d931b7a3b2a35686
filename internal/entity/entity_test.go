package entity

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// blocks splits src on blank lines and returns the spans of the non-empty
// blocks, with surrounding whitespace trimmed.
func blocks(src string) []article.Span {
	var out []article.Span
	off := 0
	for _, b := range strings.Split(src, "\n\n") {
		lead := len(b) - len(strings.TrimLeft(b, " \n\u3000"))
		t := strings.TrimSpace(strings.Trim(b, "\u3000"))
		if t != "" {
			out = append(out, article.Span{Start: off + lead, End: off + lead + len(strings.TrimRight(b[lead:], " \n\u3000"))})
		}
		off += len(b) + 2
	}
	return out
}

func analyze(t testing.TB, src string, spans []article.Span) ([]morph.Text, [][]morph.Token) {
	t.Helper()
	a, err := morph.Default()
	require.NoError(t, err)
	texts := make([]morph.Text, len(spans))
	toks := make([][]morph.Token, len(spans))
	for i, sp := range spans {
		texts[i] = morph.NewText(src, sp)
		toks[i] = a.Analyze(texts[i])
	}
	return texts, toks
}

func readShared(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", path)
	}
	require.NoError(t, err)
	return string(b)
}

func names(list []article.Entity) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.Name)
	}
	return out
}

// The fixtures are written for these tests.
func TestFind(t *testing.T) {
	tests := []struct {
		name          string
		text          string
		people, orgs  []string
		places        []string
		personMention int // mentions of the first person
	}{
		{"titles and bare names", "ベルトラン・ロシュ大統領は会見した。ロシュ氏は笑った。ロシュは黙った。",
			[]string{"ベルトラン・ロシュ"}, nil, nil, 3},
		{"japanese names", "医師の田中花子さん（30）と山本一郎投手が出席した。田中さんは語った。",
			[]string{"田中花子", "山本一郎"}, nil, nil, 2},
		{"one family, two people", "農家の岡本誠一さん（62）が開発した。長男の岡本拓也さん（34）も手伝った。岡本誠一さんは笑った。",
			[]string{"岡本誠一", "岡本拓也"}, nil, nil, 2},
		{"a traditional kanji in the full name, the common one after", "医師の芹澤花子さん（30）が出席した。芹沢さんは語った。",
			[]string{"芹澤花子"}, nil, nil, 2},
		{"a given name in hiragana the dictionary holds as a proper noun, after a family name", "商店会では森川ひかりが会計を務める。",
			[]string{"森川ひかり"}, nil, nil, 1},
		{"a player's position in capitals before a family name that is also a place", "前半にFW沢井ひかりが先制のシュートを決めた。沢井は笑った。",
			[]string{"沢井ひかり"}, nil, nil, 2},
		{"a surname first, the full name after", "田中さんが出席した。医師の田中花子さん（30）は語った。",
			[]string{"田中花子"}, nil, nil, 2},
		{"name with its reading", "研究班の佐伯千登勢（ちとせ）・県立病院小児科長が説明した。佐伯氏はうなずいた。",
			[]string{"佐伯千登勢"}, nil, nil, 2},
		{"a name of common words with an age", "後半に投入されたFW春風蓮（24）が流れを変えた。", []string{"春風蓮"}, nil, nil, 1},
		{"a foreign name in katakana with an age, its last part after", "優勝はエルサ・ノルドベリ（27）＝港南製薬＝だった。ノルドベリは笑った。",
			[]string{"エルサ・ノルドベリ"}, []string{"港南製薬"}, nil, 2},
		{"a katakana word with a count is no name", "参加チーム（12）とスポンサー・ブース（8）が並んだ。", nil, nil, nil, 0},
		{"a given name cut at an unknown kanji after a family name the dictionary holds as a noun", "北浜高の浜辺颯太投手が指名された。浜辺投手は泣いた。",
			[]string{"浜辺颯太"}, nil, nil, 2},
		{"a word for kin before a given name is no family name", "長男健太さんが店を継いだ。", []string{"健太"}, nil, nil, 1},
		{"the family name alone is the first one's of a family", "漁師の桑名源三さん（83）が船を降りた。長女の桑名早苗さん（55）が迎えた。桑名さんは笑った。",
			[]string{"桑名源三", "桑名早苗"}, nil, nil, 2},
		{"a kana given name cut short once joins the whole", "ボーカルの森川さわおが歌った。森川さわお本人も驚いた。森川さんは笑った。",
			[]string{"森川さわお"}, nil, nil, 3},
		{"ring names after their ranks", "大関沢ノ海が関脇港南龍を押し出した。沢ノ海は勝ち越した。",
			[]string{"沢ノ海", "港南龍"}, nil, nil, 2},
		{"a ring name after a place on the list", "前頭二枚目の北浜丸は2敗に後退した。", []string{"北浜丸"}, nil, nil, 1},
		{"words after a rank name no one", "大関昇進が決まり、大関陣が並んだ。横綱の審議が開かれた。", nil, nil, nil, 0},
		{"a former ring name in brackets is the person before", "桑名親方（元小結沢風）は話した。", []string{"桑名"}, nil, nil, 1},
		{"a kind of person with an age", "会社員の男性（45）と長女（8）が無事だった。", nil, nil, nil, 0},
		{"a common word closing a voice with an age", "「辛い料理が苦手（32歳）」という声もあった。", nil, nil, nil, 0},
		{"word with its reading", "町は蠱毒（こどく）の伝承と鵺（ぬえ）の絵を紹介した。", nil, nil, nil, 0},
		{"place with its reading", "会場は田中村（たなかむら）の公民館だった。", nil, nil, nil, 0},
		{"casual honorific after a job word", "ディレクターさんとカメラマンさんが来た。", nil, nil, nil, 0},
		{"anaphor", "同氏は語った。", nil, nil, nil, 0},
		{"addressing a group", "市長は「市民の皆さん、ありがとう」と述べ、みなさんに手を振った。", nil, nil, nil, 0},
		{"department before a title", "ロレンツ財務長官とハーゲン商務長官が会談した。ロレンツ氏は笑った。",
			[]string{"ロレンツ", "ハーゲン"}, nil, nil, 2},
		{"organisations", "厚生労働省と立憲民主党の代表が北大西洋条約機構(NATO)について話し、NATOは応じた。",
			nil, []string{"厚生労働省", "立憲民主党", "北大西洋条約機構"}, nil, 0},
		{"a legal form before the name", "卸売りを担う株式会社ミナトベイが店を開き、一般社団法人みなと観光協会も協力した。",
			nil, []string{"一般社団法人みなと観光協会", "株式会社ミナトベイ"}, nil, 0},
		{"a city's name before its head's title", "港南市長と緑川市長が視察した。", []string{"緑川"}, nil, []string{"港南"}, 1},
		{"acts that end like an office", "新庁舎は来年開庁する。知事は登庁し、中央省庁と協議した。", nil, nil, nil, 0},
		{"a given name cut in two kanji", "決勝では吉岡拓真がゴールを決めた。", []string{"吉岡拓真"}, nil, nil, 1},
		{"a given name whose first kanji is unknown", "主将の田中颯太が先発した。", []string{"田中颯太"}, nil, nil, 1},
		{"an announcer by the short title", "司会の川村アナが聞いた。ジョアナさんも来た。", []string{"川村", "ジョアナ"}, nil, nil, 1},
		{"a department between a name and a title", "ハリス国務副長官が来日した。", []string{"ハリス"}, nil, nil, 1},
		{"the signs of an apposition are no part of a party's name", "現職の村岡健太氏（58）＝自民、公明推薦＝が当選した。", []string{"村岡健太"}, []string{"自民", "公明"}, nil, 1},
		{"a given name the dictionary cuts into two given names", "俳優の森下親太朗が出演した。", []string{"森下親太朗"}, nil, nil, 1},
		{"a word in Latin letters is no organisation, an acronym is", "北浜電機はAndroid搭載のSandwichを、KDDIは新型を発表した。", nil, []string{"北浜電機", "KDDI"}, nil, 0},
		{"a generic railway is no company", "北陸の地方鉄道、白波電鉄は新型車両を導入する。", nil, []string{"白波電鉄"}, []string{"北陸"}, 0},
		{"a given name ending in a numeral kanji", "郷土の詩人、森下蒼一はかつて書いた。", []string{"森下蒼一"}, nil, nil, 1},
		{"a katakana given name the dictionary cuts short", "俳優の川瀬ユウキが主演した。", []string{"川瀬ユウキ"}, nil, nil, 1},
		{"a family and a given name that go on as a company's name", "北浜精工株式会社は新製品を発売する。", nil, nil, nil, 0},
		{"様 after kana is no honorific", "記憶がなくなっている様であった。", nil, nil, nil, 0},
		{"a given name whose last kanji the dictionary reads as a suffix", "芸人の沢井竜兵が宣言した。変身した沢井竜兵(?)であった。", []string{"沢井竜兵"}, nil, nil, 2},
		{"a surname before a katakana word is no name", "川瀬ハイキングコースを歩いた。", nil, nil, nil, 0},
		{"a ring name after its rank is a person, no organisation", "新大関の把瑠海が会見した。", []string{"把瑠海"}, nil, nil, 1},
		{"a quotative before a kana given name", "「失礼じゃないですか！」とまゆかさん。", []string{"まゆか"}, nil, nil, 1},
		{"a kanji the dictionary does not know opens a given name", "「パスタがいいです」というのは那美さん（27歳）。", []string{"那美"}, nil, nil, 1},
		{"a surname whose first kanji the dictionary reads as a prefix", "初参戦を果たした高阪剛さんのジムを訪ねた。第一人者・高阪さんが自ら指導する。", []string{"高阪剛"}, nil, nil, 2},
		{"a true prefix stays outside the name", "元首相の山田太郎氏が講演した。", []string{"山田太郎"}, nil, nil, 1},
		{"a one-kanji surname the dictionary reads as a common noun", "ソフトバンクの代表 孫正義氏は発言した。", []string{"孫正義"}, []string{"ソフトバンク"}, nil, 1},
		{"a one-kanji surname alone as a subject", "漫才師の森啓介（37）が出演した。森は笑った。森の中は静かだ。", []string{"森啓介"}, nil, nil, 2},
		{"a surname filed as a place before a kana given name", "司会の宮園あかりが話を振った。", []string{"宮園あかり"}, nil, nil, 1},
		{"たくさん is no name and さん", "会見では気に入らない要求たくさんあったと話した。", nil, nil, nil, 0},
		{"様 closing a common word is no honorific", "この模様が放送されると、同様の声が続いた。", nil, nil, nil, 0},
		{"a given name in kana whose last kana reads as a prefix", "ボーカルの森中さわおは新曲を出した。", []string{"森中さわお"}, nil, nil, 1},
		{"a surname filed as a place and a given name split in two", "会見には俳優の溝端淳平さんが登場した。", []string{"溝端淳平"}, nil, nil, 1},
		{"a split name, then its surname alone", "主演の林下清志さんが登壇した。林下さんは笑った。", []string{"林下清志"}, nil, nil, 2},
		{"a word of a trade before a name stays outside it", "高校生の平野さんが答えた。", []string{"平野"}, nil, nil, 1},
		{"a family name, then a given name in katakana", "ジムの代表・宮内タケシ氏が語った。", []string{"宮内タケシ"}, nil, nil, 1},
		{"a katakana kind before a katakana title is no name", "番組のメインキャスターが話した。", nil, nil, nil, 0},
		{"a katakana kind before a title is no name", "与党のベテラン議員が懸念を示した。", nil, nil, nil, 0},
		{"a time before a word for kin", "話してくれたのは、今年息子さんが高校生になった女性だ。", nil, nil, nil, 0},
		{"an initial and one kanji", "会社員のA子さんは笑った。", []string{"A子"}, nil, nil, 1},
		{"two kanji both given names", "宮本恒靖は笑った。", []string{"宮本恒靖"}, nil, nil, 1},
		{"a family and a given name with a space between", "主演の芹澤 花子が笑った。芹澤は語った。", []string{"芹澤花子"}, nil, nil, 2},
		{"a spaced name before an honorific and an age", "会社員の野島谷 一平さん（52）が見つけた。", []string{"野島谷一平"}, nil, nil, 1},
		{"a spaced name before a title", "県の桑名 由香知事は話した。桑名知事は笑った。", []string{"桑名由香"}, nil, nil, 2},
		{"words of a headline around a space are no name", "大雨から一夜　復旧進む", nil, nil, nil, 0},
		{"names the dictionary holds as places, before a title only a person holds", "先発の森川大和投手と山田大和投手が投げた。森川は笑った。",
			[]string{"森川大和", "山田大和"}, nil, nil, 2},
		{"two places before a title a place may hold stay places", "東京大阪支社長が来た。", nil, nil, []string{"東京大阪"}, 0},
		{"a title before a spaced name stays out of it", "理事長 森川忠さんが話した。", []string{"森川忠"}, nil, nil, 1},
		{"a trade after a name makes a company, after a common word or a country not", "冷凍食品を扱う北浜食品と港南建設は、ダム建設と米国食品の輸入を進める。",
			nil, []string{"北浜食品", "港南建設"}, []string{"米国"}, 0},
		{"a trade after single kanji the dictionary knows one by one", "冷凍食品を扱う汐丸食品が謝罪した。", nil, []string{"汐丸食品"}, nil, 0},
		{"a longer name keeps the trade inside it", "北浜自動車販売協会連合が声明を出した。", nil, []string{"北浜自動車販売協会連合"}, nil, 0},
		{"an acronym that opens a word is no body; one alone is", "港町の会社は、ICカードの残高が見られないとし、NHKが伝えた。", nil, []string{"NHK"}, nil, 0},
		{"places", "ガルドニア州ベルナポリスとトルヴァ地域、ミレスク、カルドヴァ州を訪れた。",
			nil, nil, []string{"ガルドニア州ベルナポリス", "トルヴァ", "ミレスク", "カルドヴァ州"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := Find(analyze(t, tt.text, []article.Span{{Start: 0, End: len(tt.text)}}))
			assert.Equal(t, tt.people, names(x.People))
			assert.Equal(t, tt.orgs, names(x.Organizations))
			assert.Equal(t, tt.places, names(x.Places))
			if tt.personMention > 0 {
				assert.Len(t, x.People[0].Mentions, tt.personMention)
			}
			for _, l := range [][]article.Entity{x.People, x.Organizations, x.Places} {
				for _, e := range l {
					for _, m := range e.Mentions {
						assert.Equal(t, m.Text, m.Span.In(tt.text))
					}
				}
			}
		})
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct{ in, name, title string }{
		{"ハワード米大統領", "ハワード", "米大統領"},
		{"鈴木さん", "鈴木", "さん"},
		{"報道官", "", "報道官"},
		{"米当局者", "米当局者", ""},
		{"川瀬ゆか加課長", "川瀬ゆか加", "課長"},
		{"森川英主査", "森川英", "主査"},
		{"テイラー加首相", "テイラー", "加首相"},
		{"モロー仏外相", "モロー", "仏外相"},
	}
	for _, tt := range tests {
		n, ti, _ := SplitTitle(tt.in)
		assert.Equal(t, tt.name, n, tt.in)
		assert.Equal(t, tt.title, ti, tt.in)
	}
}

// BenchmarkFindSeed is entity finding alone on the seed's paragraphs,
// tokenized beforehand.
func BenchmarkFindSeed(b *testing.B) {
	src := readShared(b, "../../../shared/seed/ukraine-peace-talks.txt")
	spans := blocks(src)
	texts, toks := analyze(b, src, spans)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Find(texts, toks)
	}
}

// FuzzFastRune checks fastRune against the standard decoder: the same on
// valid text; on any text, a different answer only where the standard
// decoder rejects the bytes, and only skipping continuation bytes.
func FuzzFastRune(f *testing.F) {
	for _, s := range []string{"山田氏は", "CEO", "\xe0\x81\x83", "\xe3\x81", "a\xed\xa0\x80b", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); {
			r, w := fastRune(s, i)
			sr, sw := utf8.DecodeRuneInString(s[i:])
			if r != sr || w != sw {
				require.Equal(t, utf8.RuneError, sr, "%q at %d", s, i)
				require.Equal(t, 3, w)
				for k := i + 1; k < i+w; k++ {
					require.False(t, utf8.RuneStart(s[k]), "%q at %d", s, k)
				}
			}
			i += w
		}
		if utf8.ValidString(s) {
			for i, r := range s {
				got, _ := fastRune(s, i)
				require.Equal(t, r, got)
			}
		}
	})
}

// splitTitleRef is SplitTitle as first written: titleAt at every rune,
// the first that reaches the end of the phrase.
func splitTitleRef(phrase string) (string, string, bool) {
	for i := range phrase {
		if n, _, _ := titleAt(phrase, i); n > 0 && i+n == len(phrase) {
			return phrase[:i], phrase[i:], true
		}
	}
	return phrase, "", false
}

func TestSplitTitleMatchesReference(t *testing.T) {
	var ins []string
	names := []string{"", "ハワード", "鈴木", "佐々木亮", "イワン・ペトレンコ", "外交顧問", "委員", "a"}
	for _, list := range [][]string{honorifics, roles} {
		for _, w := range list {
			for _, n := range names {
				ins = append(ins, n+w, n+w+"ら", w+n)
				for _, p := range titlePrefixes {
					ins = append(ins, n+p+w, p+w)
				}
			}
		}
	}
	ins = append(ins, "", "報道官", "米当局者", "\xff長", "長\xff")
	for _, in := range ins {
		n, ti, ok := SplitTitle(in)
		rn, rti, rok := splitTitleRef(in)
		require.Equal(t, [3]any{rn, rti, rok}, [3]any{n, ti, ok}, "%q", in)
	}
}

func FuzzSplitTitle(f *testing.F) {
	for _, s := range []string{"ハワード米大統領", "鈴木さん", "次期米大統領", "副報道官"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ti, ok := SplitTitle(s)
		rn, rti, rok := splitTitleRef(s)
		if n != rn || ti != rti || ok != rok {
			t.Fatalf("SplitTitle(%q) = %q %q %v, want %q %q %v", s, n, ti, ok, rn, rti, rok)
		}
	})
}

// A court's name and a word for a person before an honorific name no one.
// The sentences are written for this test.
func TestNotPeople(t *testing.T) {
	tests := []struct {
		text      string
		notPeople []string
		people    []string
		orgs      []string
	}{
		{"北浦地裁は請求を退けた。", []string{"北浦"}, nil, []string{"北浦地裁"}},
		{"判決は白浜高裁で言い渡された。", []string{"白浜"}, nil, []string{"白浜高裁"}},
		{"常連さんが今日も来た。店員さんは笑顔で迎えた。", []string{"常連", "店員"}, nil, nil},
		{"常連の北条正樹さんが今日も来た。", []string{"常連"}, []string{"北条正樹"}, nil},
		{"所長の宇治橋英司はコメントした。", nil, []string{"宇治橋英司"}, nil},
		{"昨年から杜氏を務める森川早苗さん(34)。", []string{"杜"}, []string{"森川早苗"}, nil},
		{"主将を引き継ぐ森川さくら選手（24）は話した。", []string{"森川"}, []string{"森川さくら"}, nil},
		{"森川らの選手が来た。", []string{"森川らの"}, nil, nil},
		{"監督を務める桑生田ゆうこ氏だ。", []string{"生田ゆうこ"}, []string{"桑生田ゆうこ"}, nil},
		{"監督を務める根古沢ゆうこ氏だ。", []string{"古沢ゆうこ"}, []string{"根古沢ゆうこ"}, nil},
		{"監督の鳥羽谷あかね氏が話した。", []string{"谷あかね"}, []string{"鳥羽谷あかね"}, nil},
		{"社長の北浜工場は新しい。社長の責任問題は重い。社長の港町訪問は続く。", []string{"北浜工場", "責任問題", "港町訪問"}, nil, nil},
		{"おばあちゃんの畑仕事を楽にしたくて、浜辺颯太くんは作った。", []string{"おばあ", "おばあちゃん"}, []string{"浜辺颯太"}, nil},
		{"お父さんと奥さんが見守るなか、娘さんが走った。", []string{"お父", "奥", "娘"}, nil, nil},
		{"散歩中のダックスフンドのハナちゃん（3歳）は、持ち主の森川早苗さんと帰った。", []string{"ハナ"}, []string{"森川早苗"}, nil},
		{"看板犬の小太郎くんは、店主の沢井健二さんの隣で寝ていた。", []string{"小太郎"}, []string{"沢井健二"}, nil},
		{"港町動物園のパンダのリンリンちゃんが初めて公開された。", []string{"リンリン"}, nil, nil},
		{"孫の森川ハルちゃん（5）は笑った。", nil, []string{"森川ハル"}, nil},
		{"決勝の会場は森原アリーナだった。", []string{"森原アリーナ"}, nil, nil},
		{"決勝は森原ホールで行われた。", []string{"森原ホール"}, nil, nil},
		{"17歳の森山柚希（港北学院高）が優勝した。森山は泣いた。", nil, []string{"森山柚希"}, nil},
		{"森山柚希（25）が優勝した。", nil, []string{"森山柚希"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			spans := blocks(tt.text)
			texts, toks := analyze(t, tt.text, spans)
			x := Find(texts, toks)
			got := names(x.People)
			for _, n := range tt.notPeople {
				assert.NotContains(t, got, n)
			}
			for _, n := range tt.people {
				assert.Contains(t, got, n)
			}
			for _, n := range tt.orgs {
				assert.Contains(t, names(x.Organizations), n)
			}
		})
	}
}
