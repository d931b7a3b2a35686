package quote

import (
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc/article"
	"github.com/newsdoc/newsdoc/internal/morph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// said is an expected quotation with the rule that found its speaker.
type said struct {
	prefix, speaker, rule string
}

// discourseCase is a fixture: paragraphs separated by blank lines; those
// whose index is in headings are sub-headings. The people, places and
// words are invented for these tests.
type discourseCase struct {
	name     string
	text     string
	headings []int
	lines    bool // one paragraph a line, as a page without blank lines
	wants    []said
	lexical  []said // when the no-dictionary mode reads differently
	none     []string
}

func runDiscourse(t *testing.T, tests []discourseCase) {
	an := analyzer(t)
	for _, tt := range tests {
		for _, mode := range []string{"morph", "lexical"} {
			t.Run(tt.name+"/"+mode, func(t *testing.T) {
				var a *morph.Analyzer
				wants := tt.wants
				if mode == "morph" {
					a = an
				} else if tt.lexical != nil {
					wants = tt.lexical
				}
				ps := paragraphs(tt.text, tt.lines)
				for _, h := range tt.headings {
					ps[h].Heading = true
				}
				got := Find(tt.text, ps, a)
				for _, w := range wants {
					q := findQuote(got, w.prefix)
					if !assert.NotNil(t, q, "quotation %q not found in %v", w.prefix, texts(got)) {
						continue
					}
					assert.Equal(t, w.speaker, q.Speaker, "speaker of %q", w.prefix)
					assert.Equal(t, w.rule, q.Attribution, "attribution of %q", w.prefix)
					if q.Speaker == "" {
						assert.Empty(t, q.Attribution)
					}
				}
				for _, n := range tt.none {
					assert.Nil(t, findQuote(got, n), "%q is no quotation", n)
				}
			})
		}
	}
}

func findQuote(qs []article.Quote, prefix string) *article.Quote {
	for i := range qs {
		if strings.HasPrefix(qs[i].Text, prefix) {
			return &qs[i]
		}
	}
	return nil
}

func texts(qs []article.Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text+"/"+q.Speaker)
	}
	return out
}

func TestZeroSubject(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "the writer's kin the paragraph before closes on, over the last speaker",
			text:  "連休に、家族で港南の牧場へ出かけた。\n\n「帰りに道の駅に寄ろう」と夫。\n\n娘は牧場を出てからも、ずっと動物図鑑を眺めていた。\n\n「次は馬に乗りたい」とせがむので、夏休みにまた行くことにした。",
			wants: []said{{"帰りに道の駅", "夫", "following"}, {"次は馬に", "娘", "continued"}}},
		{name: "next paragraph", text: "港川市の岡村健一市長は8日、記者会見を開いた。\n\n新しい計画については「住民の声を聞いてから決めたい」と述べた。",
			wants: []said{{"住民の声", "岡村健一", "continued"}}},
		{name: "sentence before", text: "漁師の浜田浩二さんは今年で漁に出て40年になる。「海の様子が年々変わってきた」と話した。",
			wants: []said{{"海の様子", "浜田浩二", "continued"}}},
		{name: "paragraph of quotation only", text: "北野真理子さんは「毎朝ここを歩いています」と話す。\n\n「季節ごとに景色が変わるのが楽しいんです」",
			wants: []said{{"毎朝", "北野真理子", "explicit"}, {"季節ごと", "北野真理子", "continued"}}},
		{name: "two paragraphs back", text: "森下典子教授は研究の成果を発表した。\n\n会見は1時間に及んだ。\n\n「まだ道半ばです」と語った。",
			wants: []said{{"まだ道半ば", "森下典子", "continued"}}},
		{name: "after a sub-heading", text: "森下典子教授は研究の成果を発表した。\n\n次の課題\n\n「まだ道半ばです」と語った。",
			headings: []int{1}, wants: []said{{"まだ道半ば", "", ""}}},
		{name: "a subject of its own", text: "中井達也コーチは「よく走った」と話した。\n\n出場した中学生の一人は「来年も走りたい」と話した。",
			wants: []said{{"よく走った", "中井達也", "explicit"}, {"来年も", "中学生の一人", "explicit"}}},
		{name: "a subject of its own, from a high school", text: "中井達也コーチは「よく走った」と話した。\n\n出場した高校生の一人は「来年も走りたい」と話した。女子大生たちは「寒かった」と話した。",
			wants: []said{{"来年も", "高校生の一人", "explicit"}, {"寒かった", "女子大生たち", "explicit"}}},
		{name: "a player named by position, family name and a given name in hiragana", text: "港北クラブは3日、港南クラブに3―0で勝った。前半にFW沢井ひかりが先制のシュートを決めた。\n\n沢井は今季初の先発だった。「監督の期待に応えたかった」",
			wants: []said{{"監督の", "沢井ひかり", "continued"}}, lexical: []said{{"監督の", "", ""}}},
		{name: "a word from one's own officer, named bare", text: "春の干潟観察会を開きました。親子ら40人が集まりました。\n\n事務局長の森川からメッセージ。「次回は秋の渡り鳥を一緒に数えましょう」",
			wants: []said{{"次回は", "森川", "source"}}, lexical: []said{{"次回は", "", ""}}},
		{name: "a reason is no subject", text: "中井達也コーチは選手を信頼している。理由は「誰よりも練習するから」という単純なものだ。",
			wants: []said{{"誰よりも", "中井達也", "continued"}}},
		{name: "words of someone described", text: "中井達也コーチは選手を信頼している。「練習は裏切らない」という人は多い。",
			wants: []said{{"練習は", "", ""}}},
		{name: "cleft with という", text: "「まだまだこれから」というのは、市場で働く三好あやさん（29）だ。",
			wants: []said{{"まだまだ", "三好あや", "following"}}},
		{name: "the focus of a cleft closed by a copula", text: "子猫を見つけたのは、港町に住む川瀬ゆかりさん（45）だった。朝の散歩の途中だった。「最初は置物かと思った」と振り返る。",
			wants: []said{{"最初は", "川瀬ゆかり", "continued"}}},
		{name: "the one a scene shows", text: "初日の会場には、港町のパン店の店主、芹澤花子さん（31）の姿があった。「毎回、開店から1時間で売り切れる」と話す。",
			wants: []said{{"毎回", "芹澤花子", "continued"}}},
		{name: "a name with 自身", text: "森川忠さん自身は「まだ実感がない」と話した。\n\n芹澤花子さん自身も、取材にこう話した。「あの人は昔から変わらない」",
			wants: []said{{"まだ実感", "森川忠", "explicit"}, {"あの人は", "芹澤花子", "continued"}}},
		{name: "a name and an age before the quotation", text: "会社員の実さん（仮名・39歳）は「家族が一番」と語る。",
			wants: []said{{"家族が", "実", "explicit"}}},
		{name: "words named after the speaker", text: "「毎日が勉強です」と同店スタッフの弁。",
			wants: []said{{"毎日が", "同店スタッフ", "following"}}},
		{name: "statement going on", text: "「道は険しい」と話す杉浦陽一さん。「それでも前に進むしかない。仲間がいるから」",
			wants: []said{{"道は険しい", "杉浦陽一", "following"}, {"それでも", "杉浦陽一", "continued"}}},
		{name: "continued without a verb", text: "「町の財政は厳しい」と木崎町長。「だからこそ若い人に来てほしい」と、職員に案を募った。",
			wants: []said{{"町の財政", "木崎", "following"}, {"だからこそ", "木崎", "continued"}}},
	})
}

func TestFollowing(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "next sentence", text: "「今から本番が楽しみです」。秋山かなえさんはそう言って笑った。",
			wants: []said{{"今から", "秋山かなえ", "following"}}},
		{name: "the one asked answers", text: "会場で北村蓮さんに理由を尋ねると、「純粋に楽しいから」という答えが返ってきた。",
			wants: []said{{"純粋に", "北村蓮", "explicit"}}},
		{name: "next sentence opens with the name", text: "「ずっとこの日を待っていた」。坂口修さんは会場を見渡した。",
			wants: []said{{"ずっと", "坂口修", "following"}}},
		{name: "cleft", text: "「もっと練習したい」と話すのは、高校2年の宮下航さん（17）だ。",
			wants: []said{{"もっと", "宮下航", "following"}}},
		{name: "cleft without copula", text: "「まだ終わっていない」と不満そうに話すのは森川香さん。",
			wants: []said{{"まだ終わって", "森川香", "following"}}},
		{name: "the next paragraph opens with the saying, then a second verb", text: "「受賞の知らせは夢かと思った」\n\nそう言ってほほ笑む森川さくらさんが、絵筆を握ったのは20歳の時。",
			wants: []said{{"受賞の", "森川さくら", "following"}}},
		{name: "a title that ends in a verb's kanji", text: "「よく粘った」と沢井教諭は話した。",
			wants: []said{{"よく粘った", "沢井", "following"}}},
		{name: "name alone", text: "「結果には満足している」と村井監督。",
			wants: []said{{"結果には", "村井", "following"}}},
		{name: "name alone after a description and a comma", text: "「二度と繰り返してはならない」と遺族の一人、川口美和さん（62）。",
			wants: []said{{"二度と", "川口美和", "following"}}},
		{name: "after the verb", text: "「来年も挑戦します」と語る石田社長。",
			wants: []said{{"来年も", "石田", "following"}}},
		{name: "after a description", text: "「ここまで来られるとは」と満足げな様子の石田社長。",
			wants: []said{{"ここまで", "石田", "following"}}},
		{name: "a description before the topic", text: "「基本は無理をしないことです」と店の経理を担当している浜口陽子さん（45）は言う。",
			wants: []said{{"基本は", "浜口陽子", "following"}}},
		{name: "after the verb, before の", text: "それに対し「その野菜は口にしたくない」と発言した歌手・水城沙耶のブログが話題になった。",
			wants:   []said{{"その野菜は", "水城沙耶", "following"}},
			lexical: []said{{"その野菜は", "水城沙耶", "following"}}},
		{name: "cleft in the next paragraph", text: "「若い方は安定志向が強く、早く身を固めたいという方が増えています」\n\nこう語るのは教室を主宰する講師の片桐悦子さん。",
			wants: []said{{"若い方は", "片桐悦子", "following"}}},
		{name: "a cleft after a few words", text: "坂田昭三さんは「港は守りたい」と話した。「漁は続けられるようにしてほしい」。取材にこう語ったのは、漁協の組合長を務める西川隆さんだ。",
			wants: []said{{"港は", "坂田昭三", "explicit"}, {"漁は", "西川隆", "following"}}},
		{name: "the head of the quotation's clause", text: "その前日には、「もしかしたら最後になるかもしれない」と意味深な書き込みを行い、ファンをやきもきさせた歌手の三浦千景だったが、無事に復帰した。",
			wants:   []said{{"もしかしたら", "三浦千景", "following"}},
			lexical: []said{{"もしかしたら", "", ""}}},
		{name: "the head of the clause, with an honorific", text: "部下を指導しているとき、「私、今きつく言いすぎたかも」と胸を痛めているという会社員のさやかさん（34歳）のような人もいる。",
			wants: []said{{"私、今", "さやか", "following"}}},
		{name: "the head of the clause, a person the text named", text: "山田太郎さんは地元の出身だ。「楽しみです」と話し、会場を沸かせた山田太郎さんは笑顔を見せた。",
			wants: []said{{"楽しみです", "山田太郎", "following"}}},
		{name: "no head after the clause ends", text: "「もう限界だ」と話したが、山田太郎さんは反対した。",
			wants: []said{{"もう限界だ", "", ""}}},
		{name: "no head that was spoken to", text: "「頑張れ」と声をかけられた山田太郎さんは涙を流した。",
			wants: []said{{"頑張れ", "", ""}}},
		{name: "という and the name before に", text: "「演技はミスなく終われて幸せでした」という森下さんに、8位の森崎さんは「無事に終わってよかった」と笑顔を見せた。",
			wants: []said{{"演技は", "森下", "following"}, {"無事に", "森崎", "explicit"}}},
		{name: "the one who told them, marked with に in the next sentence", text: "沢井健二さんは大学で一度、筆を折りかけた。「下手でいい、毎日描け」。師匠の森川忠さんにそう言われ、今も朝に一枚描く。",
			wants: []said{{"下手でいい", "森川忠", "following"}}},
		{name: "nobody before the words, the person of the next sentence after them", text: "港北の沢井健二選手が決勝点を挙げた。\n\n前の試合では無得点に終わっていた。この日は、序盤から積極的に走った。「仲間がつないでくれた。それに応えただけ」。表彰式で、沢井はメダルを掲げた。",
			wants:   []said{{"仲間が", "沢井健二", "following"}},
			lexical: []said{{"仲間が", "沢井健二", "continued"}}},
		{name: "森川大和投手: a name the dictionary holds as two places, before a player's title", text: "港北の森川大和投手が8回に降板した。森川は「まだ投げられた」と悔しがった。",
			wants:   []said{{"まだ投げられた", "森川大和", "explicit"}},
			lexical: []said{{"まだ投げられた", "森川", "explicit"}}},
		{name: "no cleft without a verb of speech", text: "「若い方は安定志向が強く、早く身を固めたいという方が増えています」\n\nそうした声を集めたのは教室を主宰する片桐悦子さん。",
			wants: []said{{"若い方は", "", ""}}},
	})
}

func TestVoiceLists(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "comments listed after a lead-in", text: "町長の浜野健一さんは「来年も続けたい」と話した。\n\nこの投稿には、次のようなコメントが寄せられている。\n\n「いつも応援しています」\n\n「また行きたいです」",
			wants: []said{{"来年も", "浜野健一", "explicit"}, {"いつも", "", ""}, {"また行き", "", ""}}},
		{name: "a person's answers go on", text: "町長の浜野健一さんは「来年も続けたい」と話した。\n\n「町の人が喜んでくれるのが一番です」\n\n「また祭りを開きたいですね」",
			wants: []said{{"町の人が", "浜野健一", "continued"}, {"また祭り", "浜野健一", "continued"}}},
		{name: "a person who comments is no lead-in", text: "町長の浜野健一さんが番組でコメントした。\n\n「町の人が喜んでくれるのが一番です」",
			wants: []said{{"町の人が", "浜野健一", "continued"}}},
		{name: "people described are their own subject", text: "浜野健一さんは「来年も続けたい」と話した。ケアしている人も「もっと簡単だといいのに」と感じている。",
			wants: []said{{"来年も", "浜野健一", "explicit"}, {"もっと簡単", "", ""}}},
	})
}

func TestAskedBefore(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "the one who told the writer", text: "先日、友人の真鍋さやかさん（27歳）から、衝撃の告白を受けました。\n\n「実は、彼が遠くに転勤することになったの……」",
			wants: []said{{"実は", "真鍋さやか", "continued"}}},
		{name: "the one asked answers", text: "体づくりに必要なことを、港南クリニックの倉持恒雄院長に伺った。\n\n「規則正しい生活を送り、よく歩くことです」",
			wants: []said{{"規則正しい", "倉持恒雄", "continued"}}},
		{name: "heard that is no question", text: "港南クリニックの倉持恒雄院長は「よく歩くことです」と話す。施設には女性に向けた配慮もあると伺った。\n\n「シャワー室は広めに作りました」",
			wants: []said{{"よく歩く", "倉持恒雄", "explicit"}, {"シャワー室", "倉持恒雄", "continued"}}},
		{name: "answers under questions printed as headings", text: "造園家の倉持恒雄さんは「庭は急がない方がいい」と話す。北浜中の教頭も「花壇を広げる」と述べた。\n\n冬の庭の手入れを、倉持さんに聞いた。\n\n■冬の間の水やりは？\n\n「週に一度、控えめにすることです」\n\n■植え替えはいつ？\n\n「春の彼岸の頃が一番です」",
			headings: []int{2, 4},
			wants:    []said{{"庭は", "倉持恒雄", "explicit"}, {"花壇を", "北浜中の教頭", "explicit"}, {"週に一度", "倉持恒雄", "continued"}, {"春の彼岸", "倉持恒雄", "continued"}},
			lexical:  []said{{"週に一度", "倉持", "continued"}, {"春の彼岸", "倉持", "continued"}}},
		{name: "a question heading with no one asked", text: "造園家の倉持恒雄さんは「庭は急がない方がいい」と話す。\n\n■なぜ枯れたのか？\n\n「水のやりすぎだ」という見方がある。",
			headings: []int{1},
			wants:    []said{{"庭は", "倉持恒雄", "explicit"}, {"水のやり", "", ""}}},
		{name: "a crowd asked", text: "2人の女性に話を聞いた。\n\n「最初は不安でした」",
			wants: []said{{"最初は", "", ""}}},
		{name: "a subject of its own stops the last speaker", text: "倉持恒雄院長は「よく歩くことです」と話した。すると剣斗が「それは大事ですね」と返した。",
			wants: []said{{"よく歩く", "倉持恒雄", "explicit"}, {"それは", "", ""}}},
	})
}

func TestNotContinued(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "words anyone might say", text: "倉持恒雄院長は「よく歩くことです」と話した。「彼以外は目に入らない」というほど、一人にほれ込むこともある。",
			wants: []said{{"よく歩く", "倉持恒雄", "explicit"}, {"彼以外", "", ""}}},
		{name: "a title alone", text: "倉持恒雄監督は「よく撮れました」と話した。\n\n『返事はいらない、もう来ない』\n\n港町を舞台にした作品だ。",
			wants: []said{{"よく撮れ", "倉持恒雄", "explicit"}, {"返事は", "", ""}}},
		{name: "the writer asks", text: "講師の伊藤有紀さんは「腹筋を鍛えます」と話す。撮影用に「止まって頂けますか？」とお願いすると、快く応じてくれた。",
			wants: []said{{"腹筋を", "伊藤有紀", "explicit"}, {"止まって", "", ""}}},
		{name: "told, at the head of a sentence", text: "浜野健一さんは駅で待っていた。「迷惑でなかったら、付き合ってください」と言われて驚いた。",
			wants: []said{{"迷惑で", "", ""}}},
		{name: "explained to someone", text: "そこに現れたのが倉持恒雄だ。「順番がおかしくなっている」と説明され、うなずいた。",
			wants: []said{{"順番が", "", ""}}},
	})
}

func TestNameLines(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a name alone, then the words", text: "政府の対策を受け、浜野首相が会見を開いた。\n\n浜野首相\n\n「今回の機会を逃せば立て直しは難しくなる。来年6月に減税を行いたい」",
			headings: []int{1},
			wants:    []said{{"今回の機会", "浜野", "dialogue"}}},
		{name: "a crowd and others", text: "「給付の方が早く届く」と野党などが指摘している。",
			wants: []said{{"給付の方", "野党", "following"}}},
		{name: "a label line is no name", text: "浜野首相は「減税を行う」と述べた。\n\n会見の要旨\n\n「来年6月に減税を行いたい。賃上げも後押しする」",
			wants: []said{{"来年6月", "浜野", "continued"}}},
	})
}

func TestOverParagraphs(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "each paragraph opens, the last closes", text: "岡村由紀子議員は記者団に対し、次のように話した。\n\n「市長は住民の声を本当に聞いているのか。\n\n「決める前に公聴会を開くべきだ」",
			wants: []said{{"市長は住民", "岡村由紀子", "continued"}, {"決める前に", "岡村由紀子", "continued"}}},
		{name: "the words go on into the next paragraph", text: "坂田昭三さん（72）は「港がなくなれば暮らしが立たない。\n\n孫の代まで続けたいんです」と話した。",
			wants: []said{{"港がなくなれば", "坂田昭三", "explicit"}, {"孫の代まで", "坂田昭三", "continued"}}},
		{name: "a bracket left open with nothing after it", text: "坂田昭三さん（72）は「港がなくなれば暮らしが立たない。\n\n漁協は来月、総会を開く。",
			none: []string{"港がなくなれば"}},
	})
}

func TestNewsForms(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "words said with a bearing: 気を引き締めた, 目を輝かせた", text: "港南高の森川忠監督は「守りはまだ甘い」と表情を引き締めた。初出場の沢井健二は「大きな舞台で投げたい」と目を輝かせ、川瀬航主将も「油断はできない」と気を引き締め直した。",
			wants: []said{{"守りは", "森川忠", "explicit"}, {"大きな舞台", "沢井健二", "explicit"}, {"油断は", "川瀬航", "explicit"}}},
		{name: "a stance held and a demand: 一歩も譲らなかった, と迫った", text: "港北町議会で川瀬航議員が「急ぐべきだ」と迫った。\n\n桑名昭町長も「議論を尽くしたい」と一歩も譲らなかった。",
			wants: []said{{"急ぐべき", "川瀬航", "explicit"}, {"議論を", "桑名昭", "explicit"}}},
		{name: "a chain with との認識", text: "浜野健一市長は「市民の理解が第一だ」と語り、「急ぐつもりはない」との認識を示した。",
			wants: []said{{"市民の", "浜野健一", "explicit"}, {"急ぐ", "浜野健一", "explicit"}}},
		{name: "a comma after と", text: "「ここで止めるわけにはいかない」と、岡村由紀子議員は語気を強めた。",
			wants: []said{{"ここで", "岡村由紀子", "following"}}},
		{name: "a suspect questioned", text: "警察によりますと、坂田昭三容疑者は調べに対し「金に困っていた」と容疑を認めているということです。",
			wants: []said{{"金に", "坂田昭三", "explicit"}}},
		{name: "words voiced as worry", text: "会見には地元の漁業者も同席し、「補償の話がまだない」と不安を口にした。",
			wants: []said{{"補償の", "地元の漁業者", "explicit"}}},
		{name: "a short statement with としています", text: "これについて、外務省の幹部は「情報を収集している」としています。",
			wants: []said{{"情報を", "外務省の幹部", "explicit"}}},
		{name: "a statement closing the text with no full stop", text: "港湾局の幹部は「安全確認を最優先にする」としている",
			wants: []said{{"安全確認", "港湾局の幹部", "explicit"}}},
		{name: "a statement closing the text with とした", text: "港湾局の幹部は「安全確認を最優先にする」とした",
			wants: []said{{"安全確認", "港湾局の幹部", "explicit"}}},
		{name: "as, not a statement", text: "浜野市長は「市民の代表」として会合に出た。",
			none: []string{"市民の代表"}},
		{name: "an intent shown with も", text: "浜野健一市長は「財政は厳しい」と話す一方、「港の整備は急ぐ」と意欲も示した。",
			wants: []said{{"財政は", "浜野健一", "explicit"}, {"港の整備", "浜野健一", "explicit"}}},
		{name: "agreeing with も", text: "港南海運の坂田昭三社長も「歓迎したい」と同調した。",
			wants: []said{{"歓迎", "坂田昭三", "explicit"}}},
		{name: "a cleft with no verb of speech after そう", text: "「これは気質のせいなんでしょうか」。そう疑問を投げかけるのは、会社員の志保さん（31）。",
			wants: []said{{"これは", "志保", "following"}}},
		{name: "a noun closes the sentence, then とも", text: "西川隆組合長（65）は「港は町の宝だ」と強調。そのうえで「若い人に残したい」とも話した。",
			wants: []said{{"港は", "西川隆", "explicit"}, {"若い人", "西川隆", "continued"}}},
	})
}

func TestTiesAndForeignNames(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a friend", text: "友人は「駅で声をかけられて、怖い思いをした」と話してくれた。",
			wants: []said{{"駅で", "友人", "explicit"}}},
		{name: "a name the dictionary does not know", text: "ミレーユは番組内で「とても美しいという意味だったので、安心した」と明かした。",
			wants:   []said{{"とても", "ミレーユ", "explicit"}},
			lexical: []said{{"とても", "ミレーユ", "explicit"}}},
		{name: "a known given name with も", text: "こう語る店主に同調したテリーも、「あの時は正面から戦ってくれましたよね」と話すのだった。",
			wants: []said{{"あの時は", "テリー", "explicit"}}},
		{name: "a brand with no verb of speech", text: "ミレーユが行った調査では「朝食をとらない、とれない」という回答が3割だった。",
			wants: []said{{"朝食を", "", ""}}},
		{name: "a common noun is no name", text: "コーナーは「毎週、読者の悩みに答えます」と案内している。",
			wants: []said{{"毎週", "", ""}}},
	})
}

func TestSources(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "the sender of a call or a letter", text: "組合長の森川忠さんは「昔はにぎわった」と話した。\n\n翌週、元店員の沢井健二さんから番組あてに電話があり、「あの頃の店番は私の祖母でした」とのこと。\n\n" +
			"今週紹介するのは、ペンネーム「港の灯台守」さんからのお便りです。「雨の日はこの番組を聞きながら網を繕います」",
			wants: []said{{"昔は", "森川忠", "explicit"}, {"あの頃の", "沢井健二", "source"}, {"雨の日は", "港の灯台守", "source"}}},
		{name: "a call told in the paragraph before the words", text: "組合長の森川忠さんは「昔はにぎわった」と話した。\n\n夕方、港南の叔父から電話が入った。\n\n「港南で見つかったよ！」\n\n港町はその夜も雨だった。",
			wants: []said{{"昔は", "森川忠", "explicit"}, {"港南で", "叔父", "source"}}},
		{name: "a call made to someone: not their words", text: "その夜、母に電話をかけた。\n\n「港南で見つかったよ！」",
			wants: []said{{"港南で", "", ""}}},
		{name: "a reply that does not come: the words go to them", text: "沢井健二さんから連絡が来ないので、「元気にしていますか」と手紙を書いた。",
			wants: []said{{"元気に", "", ""}}},
		{name: "a call that came from nobody named", text: "組合長の森川忠さんは「昔はにぎわった」と話した。\n\n翌週、番組には電話が相次ぎ、「また聞きたい」との声が寄せられた。",
			wants: []said{{"昔は", "森川忠", "explicit"}, {"また聞き", "", ""}}},
		{name: "voices of fans", text: "試合を見に来たファンからは「感動した」「また来たい」といった声が上がった。",
			wants: []said{{"感動した", "ファン", "source"}, {"また来たい", "ファン", "source"}}},
		{name: "praise from a person", text: "元主将の大野拓也さんからも「後輩たちを誇りに思う」という賛辞が寄せられた。",
			wants: []said{{"後輩たち", "大野拓也", "source"}}},
		{name: "a comment sent by a person the dictionary does not know", text: "港北座で来月始まる舞台について、主演の砥部から「稽古場は毎日にぎやかです」というコメントが届いた。",
			wants:   []said{{"稽古場は", "砥部", "source"}},
			lexical: []said{{"稽古場は", "", ""}}},
		{name: "a comment that did not come is no one's words", text: "主演の砥部から「稽古場は毎日にぎやかです」というコメントは届かなかった。",
			wants: []said{{"稽古場は", "", ""}}},
		{name: "board", text: "ネット掲示板では「説明が足りない」「もう見ない」と批判が相次いだ。",
			wants: []said{{"説明が", "ネット掲示板", "source"}, {"もう見ない", "ネット掲示板", "source"}}},
		{name: "hobbyists as a source", text: "各地の鉄道の愛好家からは「最後の走りを見届けたい」との声が上がっている。",
			wants: []said{{"最後の走り", "鉄道の愛好家", "source"}}},
		{name: "a group named in brackets after its kind", text: "市民団体「旧港の灯台を守る会」は「灯台は町の記憶だ」と反発した。映画「港の灯」は「傑作だ」と評された。",
			wants: []said{{"灯台は", "旧港の灯台を守る会", "explicit"}, {"傑作だ", "", ""}}},
		{name: "trainees as a crowd", text: "港北の農園では、ぶどうの収穫が続く。研修生たちは声をそろえて「網の直し方を覚えるのが一番難しい」と言う。",
			wants: []said{{"網の直し方", "研修生たち", "explicit"}}},
		{name: "a teacher named by the tie, in a passive report", text: "店を畳もうと考えていた頃、近所の中学校の先生に「この店がないと寂しい」と言われ、思い直した。",
			wants: []said{{"この店が", "先生", "explicit"}}},
		{name: "a niece by the family tie", text: "春に高校へ入った姪は「部活の仲間と毎日が楽しい」と笑顔で話した。",
			wants: []said{{"部活の", "姪", "explicit"}}},
		{name: "residents of an island", text: "島には診療所が一つしかない。島民らは「医師がいなくなるのが怖い」と話している。",
			wants: []said{{"医師がいなく", "島民ら", "explicit"}}},
		{name: "a village office and a medical association", text: "村役場は「川に近づかないでほしい」と呼びかけている。市医師会は「夜間の当番が足りない」として、応援を求めている。",
			wants: []said{{"川に近づか", "村役場", "explicit"}, {"夜間の当番", "市医師会", "explicit"}}},
		{name: "a research station and a power grid company", text: "港北県林業試験場は「今年の苗は根の張りがよい」としています。北浜送配電は「明朝には電気を戻したい」としている。",
			wants: []said{{"今年の苗", "港北県林業試験場", "explicit"}, {"明朝には", "北浜送配電", "explicit"}}},
		{name: "a bus company and a museum", text: "港南交通は「別の道を通って走らせる」と説明した。港北市立博物館は「展示は来月に戻す」と発表した。",
			wants: []said{{"別の道を", "港南交通", "explicit"}, {"展示は", "港北市立博物館", "explicit"}}},
		{name: "the source in brackets before the quotative", text: "港北大学は建物の扱いについて「まだ何も決めていない」（広報室）としている。県警は「原因を調べている」(交通課)との見方を示した。",
			wants: []said{{"まだ何も", "広報室", "explicit"}, {"原因を", "交通課", "explicit"}}},
		{name: "a title and its channel in brackets", text: "「港町ごはん日記」（北浜テレビ系）という番組で、沢井健二さんが「朝は魚に限る」と語っていた。",
			wants: []said{{"朝は魚", "沢井健二", "explicit"}}},
		{name: "a note in brackets is no source", text: "沢井健二さんは「毎日が楽しい（笑）」と話した。森川忠さんは「前に進むしかない」（要旨）と述べた。",
			wants: []said{{"毎日が", "沢井健二", "explicit"}, {"前に進む", "森川忠", "explicit"}}},
		{name: "offices and bodies", text: "北浜市観光課は「通りを明るくしたい」としている。県教育委員会も「事実関係を確認している」と話した。",
			wants: []said{{"通りを", "北浜市観光課", "explicit"}, {"事実関係", "県教育委員会", "explicit"}}},
		{name: "a company described by a clause", text: "港を管理する会社は「大変なご迷惑をおかけしました」とコメントした。",
			wants: []said{{"大変な", "港を管理する会社", "explicit"}}},
		{name: "a news agency", text: "ロイター通信は「協議は来週に持ち越される」と報じた。",
			wants: []said{{"協議は", "ロイター通信", "explicit"}}},
		{name: "a gesture reports the words", text: "漁協の松尾勝組合長は取材に応じた。\n\n「今年は不漁で厳しい」と肩を落とした。",
			wants: []said{{"今年は", "松尾勝", "continued"}}},
		{name: "according to", text: "関係者によると、大川製作所の新井淳社長は「撤退はしない」と周囲に漏らしている。",
			wants: []said{{"撤退は", "新井淳", "explicit"}}},
		{name: "continued from a source", text: "会場の観客からは「最高だった」という声が聞かれた。\n\nなかには「次はもっと近くで見たい」「早くも来年が待ち遠しい」と話す人もいた。",
			wants: []said{{"最高", "会場の観客", "source"}, {"次は", "会場の観客", "continued"}, {"早くも", "会場の観客", "continued"}}},
		{name: "a share of those asked", text: "市の調査では、住民の6割が防災訓練について「参加したことがない」と答えた。",
			wants: []said{{"参加した", "住民の6割", "explicit"}}},
		{name: "a percentage of respondents", text: "調査によると、回答者の約42%が、週末の過ごし方は「家でゆっくりしたい」と回答した。",
			wants: []said{{"家で", "回答者の約42%", "explicit"}}},
		{name: "most users", text: "新しい路線について、利用者の多くは「便利になった」と話す。",
			wants: []said{{"便利に", "利用者の多く", "explicit"}}},
		{name: "a sentence that ends on the speaker's smile", text: "主将の沢井健二が決めた。\n\n決勝点の沢井は「合わせるだけだった」と笑顔。",
			wants:   []said{{"合わせる", "沢井健二", "explicit"}},
			lexical: []said{{"合わせる", "沢井", "explicit"}}},
		{name: "a place of events is no source, the body after it is", text: "北浜港周辺では昨年も高潮が起きていて、気象台は「潮位の変化を調べている」としています。",
			wants: []said{{"潮位の", "気象台", "explicit"}}},
		{name: "the people around a person are a source", text: "首相周辺からは「解散はない」との声が出ている。",
			wants: []said{{"解散は", "首相周辺", "source"}}},
		{name: "voices named after them, after a comma", text: "楽団の森川忠は「練習のたびに狙いを話してくれた」と話す。\n\n閉演後の客席では、「あんなに速い演奏は初めて聴いた」「好みは分かれても退屈はしない」と、観客の感想も分かれた。",
			wants: []said{{"練習の", "森川忠", "explicit"}, {"あんなに", "観客", "following"}, {"好みは", "観客", "following"}}},
		{name: "a statement sent by a named person with からも", text: "港町の沢井健二市長からも「港に人が戻る好機だ」との談話があった。",
			wants:   []said{{"港に人が", "沢井健二", "source"}},
			lexical: []said{{"港に人が", "沢井健二", "source"}}},
		{name: "a body named in full, then by its kind", text: "港町地方気象台の森川忠・防災官は「注意してください」と述べた。\n\n気象台は「潮位の記録を見直している」としています。",
			wants:   []said{{"注意して", "森川忠", "explicit"}, {"潮位の記録", "港町地方気象台", "explicit"}},
			lexical: []said{{"注意して", "森川忠・防災官", "explicit"}, {"潮位の記録", "港町地方気象台", "explicit"}}},
		{name: "a company named with its trade, then 同社", text: "冷凍食品を扱う北浜食品で不正が見つかった。\n\n同社は「重く受け止める」としている。",
			wants:   []said{{"重く受け", "北浜食品", "explicit"}},
			lexical: []said{{"重く受け", "", ""}}},
		{name: "the same company", text: "トヨタ自動車は1日、新工場を建設すると発表した。\n\n同社は「国内生産を増やす」と説明した。",
			wants:   []said{{"国内生産", "トヨタ自動車", "explicit"}},
			lexical: []said{{"国内生産", "", ""}}},
		{name: "views", text: "業界関係者は「思い切った投資だ」とみる。アナリストの中井真理子氏は「追い風だ」と見ている。",
			wants: []said{{"思い切った", "業界関係者", "explicit"}, {"追い風", "中井真理子", "explicit"}}},
		{name: "a source named in brackets before によると", text: "港町新聞の情報サイト「みなとウェブ」によると、「入場者が前年の倍になった」と報じている。",
			wants: []said{{"入場者が", "みなとウェブ", "source"}}},
		{name: "a source named in double brackets before によれば", text: "調査会社『港北リサーチ』によれば、「値上げの影響はまだ小さい」という。",
			wants: []said{{"値上げの", "港北リサーチ", "source"}}},
		{name: "a survey named in brackets is no speaker of its answers", text: "港北市の「暮らしに関する意識調査」によると、「今の町に住み続けたい」という回答が6割に上った。",
			wants: []said{{"今の町に", "", ""}}},
		{name: "voices of those who came, told the sentence before", text: "港北地区の集会所で5日、説明会が開かれ、住民約40人が詰めかけた。「夜道が暗くて怖い」「早く街灯を増やして」などの声が出た。",
			wants: []said{{"夜道が", "住民", "source"}, {"早く街灯", "住民", "source"}}},
		{name: "voices of those who gathered, in the same sentence", text: "港南町の集会には農家ら20人余りが集まり、「水が足りない」「去年より厳しい」といった意見が出された。",
			wants: []said{{"水が", "農家", "source"}, {"去年より", "農家", "source"}}},
		{name: "one person came: the voices stay nobody's", text: "式典には沢井健二市長が出席した。「寒かった」「長かった」などの声が聞かれた。",
			wants: []said{{"寒かった", "", ""}, {"長かった", "", ""}}},
		{name: "a crowd that did not come: the voices stay nobody's", text: "住民が反対している。「うるさい」「危ない」などの声が上がった。",
			wants: []said{{"うるさい", "", ""}, {"危ない", "", ""}}},
		{name: "voices on social media", text: "SNS上では「仕事が増える」「渋滞が心配」などの声が上がっている。",
			wants: []said{{"仕事が", "SNS上", "source"}, {"渋滞が", "SNS上", "source"}}},
		{name: "a company's statement", text: "トヨタ自動車は1日、新工場を建設すると発表した。同社は「国内生産の比率を高める」としている。",
			wants:   []said{{"国内生産", "トヨタ自動車", "explicit"}},
			lexical: []said{{"国内生産", "", ""}}},
		{name: "a statement closing the text with no full stop", text: "港湾局の幹部は「安全確認を最優先にする」としている",
			wants: []said{{"安全確認", "港湾局の幹部", "explicit"}}},
		{name: "a statement closing the text with とした", text: "港湾局の幹部は「安全確認を最優先にする」とした",
			wants: []said{{"安全確認", "港湾局の幹部", "explicit"}}},
		{name: "as, not a statement", text: "市は「子育て応援の町」として知られる。",
			none: []string{"子育て応援の町"}},
		{name: "a stated policy", text: "県の田中光子知事は会見で「後押ししたい」と述べた上で、「ブランド化を急ぐ」との方針を示した。",
			wants: []said{{"後押し", "田中光子", "explicit"}, {"ブランド化", "田中光子", "explicit"}}},
		{name: "a suspect", text: "警察によると、逮捕された無職の男は「金が欲しかった」などと容疑を認めている。",
			wants: []said{{"金が", "無職の男", "explicit"}}},
		{name: "a share of something else", text: "検査の結果、製品の6割が「基準を満たしていない」と判定された。",
			wants: []said{{"基準を", "", ""}}},
	})
}

func TestChains(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "topic", text: "鈴木陽子さんは「驚いた」「本当にうれしい」と語った。",
			wants: []said{{"驚いた", "鈴木陽子", "explicit"}, {"本当に", "鈴木陽子", "explicit"}}},
		{name: "continued", text: "店主の森下陽子さんは「地元の食材にこだわった」「価格は抑えた」と続けた。",
			wants: []said{{"地元の", "森下陽子", "explicit"}, {"価格は", "森下陽子", "explicit"}}},
		{name: "a reply", text: "客の今井健太さんが「また来ます」と声をかけると、店主の森下陽子さんは「お待ちしています」と応じた。",
			wants: []said{{"また来ます", "今井健太", "explicit"}, {"お待ち", "森下陽子", "explicit"}}},
		{name: "added", text: "北川勇一監督は「全員で守った」と話し、「次も勝つ」と付け加えた。",
			wants: []said{{"全員で", "北川勇一", "explicit"}, {"次も", "北川勇一", "explicit"}}},
		{name: "following", text: "「驚いた」、「本当にうれしい」と声を弾ませる鈴木陽子さん。",
			wants: []said{{"驚いた", "鈴木陽子", "following"}, {"本当に", "鈴木陽子", "following"}}},
		{name: "three and a verb", text: "平田恵子議員は「反対だ」「議論が足りない」「やり直すべきだ」と批判した。",
			wants: []said{{"反対だ", "平田恵子", "explicit"}, {"議論が", "平田恵子", "explicit"}, {"やり直す", "平田恵子", "explicit"}}},
	})
}

func TestTitlesAndPronouns(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "title in a later paragraph", text: "青葉県の川島誠知事は10日、新たな防災計画を発表した。\n\n知事は「県民の安全を最優先にする」と述べた。",
			wants: []said{{"県民の安全", "川島誠", "title"}}},
		{name: "title in the same paragraph", text: "大和田実社長は新工場の建設を決めた。社長は「需要は今後も伸びる」と語った。",
			wants: []said{{"需要は", "大和田実", "title"}}},
		{name: "title, a comma and the name", text: "港南郵便局の局長、桑名航一さんによると、古い窓口は残すことに決まった。\n\n局長は「古くからの友です」と笑った。",
			wants: []said{{"古くからの友", "桑名航一", "title"}}},
		{name: "prime minister", text: "石黒和也首相は国会で答弁した。\n\n首相は「必要な措置を講じる」と強調した。",
			wants: []said{{"必要な措置", "石黒和也", "title"}}},
		{name: "he", text: "野口亮監督は試合後、選手たちを集めた。彼は「よく粘った」と話した。",
			wants: []said{{"よく粘った", "野口亮", "pronoun"}}},
		{name: "the same person", text: "外務省の長谷部聡報道官は11日に会見した。\n\n同氏は「遺憾である」と述べた。",
			wants: []said{{"遺憾", "長谷部聡", "pronoun"}}},
		{name: "she, after a crowd was quoted", text: "司書の北川みのりさん(38)は開館準備を担った。\n\n来館者からは「明るい」「広い」といった声が上がった。\n\n彼女は「本を通じて人が集まる場にしたい」と話す。",
			wants: []said{{"明るい", "来館者", "source"}, {"広い", "来館者", "source"}, {"本を通じて", "北川みのり", "pronoun"}}},
		{name: "she, a woman told by what she is", text: "沢井健二さんは「朝は早い」と話す。港北の畑を手伝う近所の女性は、毎朝一番に来るという。彼女は「土に触ると落ち着く」と笑う。",
			wants: []said{{"朝は早い", "沢井健二", "explicit"}, {"土に触ると", "近所の女性", "pronoun"}}},
		{name: "he, a crowd in the same paragraph", text: "監督の野口亮さんは選手を集めた。ファンからは「感動した」という声も。彼は「次も勝つ」と誓った。",
			wants: []said{{"感動した", "ファン", "source"}, {"次も勝つ", "野口亮", "pronoun"}}},
	})
}

func TestDialogue(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "colon", text: "佐野：「今日はよろしくお願いします」\n\n木戸：「こちらこそ、楽しみにしていました」",
			wants: []said{{"今日は", "佐野", "dialogue"}, {"こちらこそ", "木戸", "dialogue"}}},
		{name: "space", text: "佐野 「最初の質問です」",
			wants: []said{{"最初の", "佐野", "dialogue"}}},
		{name: "testimony", text: "「毎日が不安でした」（美香／36歳）\n\n「子どもが笑ってくれるのが救いです」（ゆかり・41歳）",
			wants: []said{{"毎日が", "美香", "dialogue"}, {"子どもが", "ゆかり", "dialogue"}}},
		{name: "bracketed speaker", text: "新しい倉庫で在庫を管理して「欠品をなくす」（吉岡社長）。",
			wants: []said{{"欠品を", "吉岡", "dialogue"}}},
		{name: "a post and a name in brackets", text: "「前向きで、自分磨きが好きな方が多いですね」（広報 佐藤留美さん）",
			wants: []said{{"前向きで", "佐藤留美", "dialogue"}}},
		{name: "authors of titles", text: "書店には「海辺の町」（宮内ゆう）、「夜の汽車」（倉田明）などが並んだ。",
			none: []string{"海辺の町", "夜の汽車"}},
		{name: "testimonies in a list", text: "「もう少し早く知りたかった」（ゆかり／41歳）や、「説明が丁寧でよかった」（麻衣／29歳）といった声が寄せられた。",
			wants: []said{{"もう少し", "ゆかり", "dialogue"}, {"説明が", "麻衣", "dialogue"}}},
		{name: "bulleted turns", text: "・森本：「賛成です」\n・川口：「反対です」",
			wants: []said{{"賛成", "森本", "dialogue"}, {"反対", "川口", "dialogue"}}},
		{name: "a surname that ends like a label, named in full before", text: "出席者は漁師の桑名航一さん（34）。\n\n桑名：「港の朝は早いですよ」",
			wants: []said{{"港の朝", "桑名航一", "dialogue"}}, lexical: []said{{"港の朝", "", ""}}},
		{name: "a team, then the name with its post", text: "▼港町高・沢井健二主将　「悔しさを晴らせた。まだ走れた」\n▼北浜・森川忠監督　「力負け。来年こそ取り返す」",
			wants: []said{{"悔しさを", "沢井健二", "dialogue"}, {"力負け", "森川忠", "dialogue"}}, lexical: []said{{"悔しさを", "港町高・沢井健二主将", "dialogue"}}},
		{name: "labels are no speakers", text: "会場：「みなと文化ホール」\n日時：「未定です」",
			wants: []said{{"未定", "", ""}}},
		{name: "turn line", text: "・森本：賛成\n「理由は簡単で、今やらなければ間に合わないからです」",
			wants: []said{{"理由は", "森本", "dialogue"}}},
		{name: "turn with text first", text: "宇野：会場に入ると「もう始まっているのかな」と思いました。",
			wants: []said{{"もう始まって", "宇野", "dialogue"}}},
		{name: "turns with no space", text: "セルジオ「どの相手に、どうすればいいか。差はまだ開いたままですよ」\n\n矢部「今からだと無理でしょう」",
			wants:   []said{{"どの相手", "セルジオ", "dialogue"}, {"今からだと", "矢部", "dialogue"}},
			lexical: []said{{"どの相手", "", ""}}},
		{name: "turns headed by a name with its title and affiliation, no space", text: "港町放送の沢井健二アナ「番組を続けられて本当に幸せです。ありがとう。」\n\n北浜市長・川瀬ゆかり「市民の皆さんに感謝します。また会いましょう。」\n\n北浜電機の森川社長「製品を作り続ける。それだけです」",
			wants:   []said{{"番組を", "沢井健二", "dialogue"}, {"市民の", "川瀬ゆかり", "dialogue"}, {"製品を", "森川", "dialogue"}},
			lexical: []said{{"番組を", "沢井健二", "dialogue"}, {"製品を", "森川", "dialogue"}}},
		{name: "a title after a common noun is no turn", text: "新曲「夜明けの港で、君を待っている」\n\n映画「明日は晴れるかな、きっとね」",
			none: []string{"夜明けの港", "明日は晴れる"}},
		{name: "a title after the noun of a work, with a verb after it", text: "女優の北原玲奈は主演映画「港町で、もう一度だけ会えたら」を語った。ラジオ番組「北原玲奈の夜ふかし通信」（10日放送）でも触れた。",
			none: []string{"港町で", "北原玲奈の夜"}},
	})
}

func TestWrongPerson(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "told by someone unnamed", text: "佐藤健太さんは「もっと休め」と言われたという。",
			wants: []said{{"もっと休め", "", ""}}},
		{name: "told by a senior", text: "佐藤健太さんは先輩から「もっと休め」と言われたという。",
			wants: []said{{"もっと休め", "先輩", "explicit"}}},
		{name: "told by a named person", text: "佐藤健太さんは、監督の長井修さんから「焦るな」と言われた。",
			wants: []said{{"焦るな", "長井修", "explicit"}}},
		{name: "a document", text: "川村隆司令官は部隊を前進させた。指令書には「直ちに橋を確保せよ」と記されていた。",
			wants: []said{{"直ちに", "", ""}}},
		{name: "asked", text: "浅井透さんは記者から「引退はいつですか」と聞かれ、「まだ考えていない」と答えた。",
			wants: []said{{"引退は", "記者", "explicit"}, {"まだ考えて", "浅井透", "explicit"}}},
		{name: "the one asked answers, not the asker", text: "番組では、メッツとマイナー契約を結んだ高橋健一を訪ねた。槙原寛己氏が「扱いは違う？」と尋ねると、「あんまり変わらないですね」と答えた。",
			wants:   []said{{"扱いは", "槙原寛己", "explicit"}, {"あんまり", "高橋健一", "continued"}},
			lexical: []said{{"扱いは", "槙原寛己", "explicit"}, {"あんまり", "", ""}}},
		{name: "asked by someone marked with から, the subject answers", text: "「後半は押し込めた」と新潟戦を振り返った稲田潤。国井さんから「久しぶりのリーグはどうでしたか？」と訊かれると「すごく疲れました」と答えた。",
			wants: []said{{"後半は", "稲田潤", "following"}, {"久しぶり", "国井", "explicit"}, {"すごく", "稲田潤", "continued"}}},
		{name: "asked by a role", text: "会見の最後、インタビュアーから「お母さんへの思いがこもっていた？」と訊かれると、北原真帆は「はい」と答えた。",
			wants: []said{{"お母さん", "インタビュアー", "explicit"}, {"はい", "北原真帆", "explicit"}}},
		{name: "the one just named", text: "野村氏が3位に入っていることで、当の本人は「大分、お世辞入ってるね」と皮肉ったが、江本氏は「基準は明確です」と語った。",
			wants:   []said{{"大分", "野村", "pronoun"}, {"基準は", "江本", "explicit"}},
			lexical: []said{{"大分", "", ""}, {"基準は", "江本", "explicit"}}},
		{name: "one voice among others", text: "「定年後どうするのか気になります」と話すのは会社員の原田洋子さん（32歳）。\n\n「父が入院したと話したら先輩から病名を聞かれて困りました」という声もあった。",
			wants: []said{{"定年後", "原田洋子", "following"}, {"父が入院", "", ""}}},
		{name: "speaking of", text: "「夏」と言えば花火だ。「冬」といえば鍋だろう。",
			none: []string{"夏", "冬"}},
	})
}

// With the dictionary, a word it holds as a common noun is no speaker,
// though it has the shape of a name (two kanji before は).
func TestCommonNounNoSpeaker(t *testing.T) {
	an := analyzer(t)
	for _, text := range []string{
		"しかしマイクを譲り合う職員たちの対応は「やる気がなさそう」だったと言う。",
		"会場の芸人は「まだまだです」と話した。",
	} {
		for _, q := range Find(text, paragraphs(text, false), an) {
			assert.NotContains(t, []string{"対応", "芸人"}, q.Speaker, text)
		}
	}
}

func TestNames(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a long field of study in brackets after a title", text: "港南大の森川忠教授（リハビリテーション工学）は「歩幅を広げるだけで転びにくくなる」と指摘する。",
			wants: []said{{"歩幅を", "森川忠", "explicit"}}},
		{name: "a name glossed with its reading is the topic the next paragraphs go on with",
			text: "港北町で50年続く金物店の店主、森川忠（もりかわ・ただし）さんが3日に亡くなった。92歳。\n\n戦後すぐに店を開き、包丁研ぎの腕で知られた。\n\n" +
				"晩年まで店に立ち、客に研ぎ方を教えた。「刃物は使う人の手の延長」がモットーだった。",
			wants:   []said{{"刃物は", "森川忠", "continued"}},
			lexical: []said{{"刃物は", "", ""}}},
		{name: "a saying far from any name is the one the text is about",
			text: "港北町の金物店主、森川忠さんが3日に亡くなった。92歳。\n\n通夜は6日に営む。\n\n1934年、港南町生まれ。\n\n店は今月末まで開ける。\n\n" +
				"客に包丁を渡すときは、いつも研ぎ方を教えた。「研ぎは急がば回れ」が口ぐせだった。",
			wants:   []said{{"研ぎは", "森川忠", "continued"}},
			lexical: []said{{"研ぎは", "", ""}}},
		{name: "group", text: "大会の関係者らは「天候に恵まれた」と話した。",
			wants: []said{{"天候に", "大会の関係者ら", "explicit"}}},
		{name: "a family name, a space and a one-kanji given name before a title", text: "港北漁協の沢井 航組合長は「漁は続ける」と話した。",
			wants: []said{{"漁は", "沢井 航", "explicit"}}},
		{name: "a post, a space and a name is no family name", text: "港北漁協の広報 沢井は「漁は続ける」と話した。",
			wants: []said{{"漁は", "沢井", "explicit"}}},
		{name: "address in apposition", text: "会社員の山田太郎さん（35）＝港川市＝は「驚いた」と話した。",
			wants: []said{{"驚いた", "山田太郎", "explicit"}}},
		{name: "address in apposition, quotation first", text: "「驚いた」と会社員の山田太郎さん（35）＝港川市＝は話した。",
			wants: []said{{"驚いた", "山田太郎", "following"}}},
		{name: "a stage name in hiragana after its role", text: "司会のみのもんたは「素晴らしい試合だった」と興奮気味に語った。",
			wants:   []said{{"素晴らしい", "みのもんた", "explicit"}},
			lexical: []said{{"素晴らしい", "", ""}}},
		{name: "the university named before as 同大学", text: "港南学院大学は5日、調査結果を公表した。同大学は広報を通じて「今後の対応を検討したい」とコメントしている。",
			wants: []said{{"今後の", "港南学院大学", "explicit"}}},
		{name: "a verb of writing after its object", text: "歌手の森川由佳は自身のブログで「本当にありがとう」と感謝の気持ちを綴った。",
			wants:   []said{{"本当に", "森川由佳", "explicit"}},
			lexical: []said{{"本当に", "", ""}}},
		{name: "written on someone's page", text: "主演の森川俊は会見に臨んだ。\n\n一方、北沢監督のfacebookでは、「新しい映像の時代が来る」とコメントしている。",
			wants: []said{{"新しい", "北沢", "source"}}},
		{name: "the company named before as 同社", text: "港南電機は5日、新製品を発表した。同社は「年内に10万台を売りたい」としている。",
			wants:   []said{{"年内に", "港南電機", "explicit"}},
			lexical: []said{{"年内に", "", ""}}},
		{name: "a role at the company named before as 同社", text: "港南電機は5日、新製品を発表した。同社の広報担当者は「年内に10万台を売りたい」と話した。",
			wants:   []said{{"年内に", "港南電機の広報担当者", "pronoun"}},
			lexical: []said{{"年内に", "広報担当者", "explicit"}}},
		{name: "同社 is the company, not the association named after it", text: "卸売りを担う株式会社ミナトベイが店を開いた。一般社団法人みなと観光協会も協力した。\n\n同社の関係者は「期待してほしい」と話した。",
			wants:   []said{{"期待して", "株式会社ミナトベイの関係者", "pronoun"}},
			lexical: []said{{"期待して", "同社の関係者", "explicit"}}},
		{name: "an office in brackets after the words", text: "来場者は昨年の1.5倍に増えた。「うれしい悲鳴です」（北浜市観光課）。",
			wants:   []said{{"うれしい", "北浜市観光課", "dialogue"}},
			lexical: []said{{"うれしい", "北浜市観光課", "dialogue"}}},
		{name: "who they are, the name and the age, in brackets after the words", text: "観光協会の川瀬ゆかりさんは「今年は花が早い」と話した。\n\n「写真で見るより広かった」（港南市から来た教員、桑名航一さん／58）",
			wants: []said{{"今年は", "川瀬ゆかり", "explicit"}, {"写真で", "桑名航一", "dialogue"}}},
		{name: "who they are, then the name, in brackets after the words", text: "「雪が少なくて助かる」（港町の会社員、桑名航一さん）との声もあった。",
			wants:   []said{{"雪が少なくて", "桑名航一", "dialogue"}},
			lexical: []said{{"雪が少なくて", "桑名航一", "dialogue"}}},
		{name: "a city speaks through its statements; a surname ending in 村 is a person", text: "北浜市は「内容を確かめたうえで対応を決める」としている。\n\n港北町の森川さんは「安心した」と話した。野村は「まだ分からない」と話した。",
			wants:   []said{{"内容を", "北浜市", "explicit"}, {"安心した", "森川", "explicit"}, {"まだ分から", "野村", "explicit"}},
			lexical: []said{{"内容を", "", ""}, {"安心した", "森川", "explicit"}}},
		{name: "the head of a city named by the city", text: "港南市は新しい庁舎を建てる。\n\n港南市長は記者会見で「財政は厳しい」と述べた。",
			wants: []said{{"財政は", "港南市長", "explicit"}}},
		{name: "the head of a city named by the city, then by name", text: "港南市の川瀬ゆかり市長が会見を開いた。港南市長は「財政は厳しい」と述べた。",
			wants: []said{{"財政は", "川瀬ゆかり", "title"}}},
		{name: "a surname before the title of a city's head", text: "緑川市長は記者会見で「財政は厳しい」と述べた。",
			wants: []said{{"財政は", "緑川", "explicit"}}},
		{name: "the next sentence opens with the saying and the one who said it", text: "店には客が並んだ。「今年の米は出来がいい」。こう話す森川忠さんの表情は明るい。",
			wants: []said{{"今年の米", "森川忠", "following"}}},
		{name: "a compound verb of speech before the speaker", text: "沢井が店に来た。「もう店は閉めるぞ」と言い放つ森川さんに、沢井は黙った。",
			wants: []said{{"もう店は", "森川", "following"}}},
		{name: "a sentence alone that announces the words of the next paragraph", text: "北浜放送のアナウンサー、川瀬ゆかりが退社する。\n\n同局の社員が打ち明ける。\n\n「本人は普段通りに番組をこなしていました」\n\n進路について、長年の友人はこう語る。\n\n「もともと教育に関心がありました」",
			wants:   []said{{"本人は", "北浜放送の社員", "pronoun"}, {"もともと", "友人", "following"}},
			lexical: []said{{"本人は", "同局の社員", "following"}, {"もともと", "友人", "following"}}},
		{name: "a title in a comment's head, the name after the title and a colon in the lead", text: "港南市民病院（港南市、院長：芹澤まさみ）は、新棟を開く。\n\n■院長のコメント\n\n「新しい病棟で、より多くの患者を受け入れます」",
			headings: []int{1},
			wants:    []said{{"新しい病棟", "芹澤まさみ", "title"}},
			lexical:  []said{{"新しい病棟", "院長", "dialogue"}}},
		{name: "an adverb of going on before the name that ends the sentence", text: "森川さんに話を聞いた。\n\n「毎日歩いています」と、さらに沢井さん。",
			wants: []said{{"毎日歩いて", "沢井", "following"}}},
		{name: "同園 is the body named before that ends in 園", text: "みなと市の北浜動物公園は10日、子ゾウが生まれたと発表した。\n\n同園は「7月には公開したい」としている。",
			wants: []said{{"7月には", "北浜動物公園", "explicit"}}},
		{name: "同店 is the shop named in brackets after its kind", text: "港町にパンの店「こむぎ堂」が開店する。\n\n同店は「毎朝焼きたてを届けたい」としている。",
			wants: []said{{"毎朝", "こむぎ堂", "explicit"}}},
		{name: "the one just elected to the post, named before without it", text: "港北村長選は26日に行われ、森川忠氏が当選した。\n\n森川氏は支持者と喜び合った。新村長は「村を立て直す」と語った。",
			wants:   []said{{"村を立て", "森川忠", "title"}},
			lexical: []said{{"村を立て", "新村長", "explicit"}}},
		{name: "a name in brackets before the title", text: "北浜が初優勝した。試合後、主将のKazu（桑名航一）選手は「この日のために練習してきた」と語った。",
			wants: []said{{"この日のため", "桑名航一", "explicit"}}},
		{name: "stage names in capitals", text: "ドラムのRINAは「今年は着ていないですね」、ベースのTOMOMIは「青いビキニを着ました」と答えた。",
			wants: []said{{"今年は", "RINA", "explicit"}, {"青い", "TOMOMI", "explicit"}}},
		{name: "an initial and a kanji", text: "「最初の１ヶ月は、死亡率が高いみたい」と、K子。",
			wants: []said{{"最初の", "K子", "following"}}},
		{name: "a brand in capitals is no speaker", text: "KDDIは「新しい料金」を発表した。NECが「VALUESTAR」を発売した。",
			none: []string{"新しい料金", "VALUESTAR"}},
		{name: "a name no dictionary knows", text: "試合後、把川は「次こそ勝つ」と話した。",
			wants: []said{{"次こそ", "把川", "explicit"}}},
		{name: "a given name of four kana", text: "友人のしょうこさんは「あの頃が懐かしい」と話す。",
			wants: []said{{"あの頃", "しょうこ", "explicit"}}},
		{name: "a case is no speaker", text: "場合は「様子を見る」と述べた。",
			wants: []said{{"様子を", "", ""}}},
		{name: "a time is no speaker", text: "今回は「様子を見る」と述べた。",
			wants: []said{{"様子を", "", ""}}},
		{name: "common nouns are not speakers", text: "コーナーでは「旬の味をどうぞ」と呼びかけている。アンケートは「満足しましたか」と問いかけた。",
			wants: []said{{"旬の味", "", ""}, {"満足し", "", ""}}},
		{name: "given name in kana before a title", text: "港川市の島田あかね市長は「全力で取り組む」と述べた。",
			wants: []said{{"全力で", "島田あかね", "explicit"}}},
		{name: "given name in kana, quotation first", text: "「まずは現場を見たい」と小松ひかり監督は話した。",
			wants: []said{{"まずは", "小松ひかり", "following"}}},
		{name: "particles are no given name", text: "浅井透さんは県から市長に「早く決めて」と言われた。",
			wants: []said{{"早く決めて", "市長", "explicit"}}},
		{name: "a surname alone closing the sentence, the full name printed before", text: "主将の稲垣ひかり（3年）は、決勝で2本を奪った。「最後は足が勝手に動いた」と稲垣。",
			wants:   []said{{"最後は", "稲垣", "following"}},
			lexical: []said{{"最後は", "", ""}}},
		{name: "a surname alone closing the sentence, never printed before", text: "決勝で2本を奪った。「最後は足が勝手に動いた」と稲垣。",
			wants: []said{{"最後は", "", ""}}},
		{name: "a regular", text: "常連さんは「いつもの味で安心する」と話す。",
			wants: []said{{"いつもの味", "常連さん", "explicit"}}},
		{name: "event", text: "イベントは「みんなで楽しもう」と呼びかけた。",
			wants: []said{{"みんなで", "", ""}}},
	})
}

func TestStrayCloser(t *testing.T) {
	for _, text := range []string{
		"木下栄一氏は「中身」」と述べた。",
		"木下栄一氏は「中身を見てほしい」」と述べた。",
		"木下栄一氏は「中身』」と述べた。",
	} {
		for _, an := range []*morph.Analyzer{nil, analyzer(t)} {
			got := Find(text, paragraphs(text, false), an)
			require.NotEmpty(t, got, text)
			assert.Equal(t, "木下栄一", got[0].Speaker, text)
			assert.Equal(t, "述べた", got[0].Verb, text)
		}
	}
}

// A pronoun with nobody before it, in any position, is nobody.
func TestLonePronoun(t *testing.T) {
	for _, text := range []string{
		"彼は「もう戻らない」と話した。",
		"彼女は食事の間ずっと黙っていた。「緊張していました」と話した。",
		"同氏は会見を開いた。\n\n「準備はできている」と述べた。",
	} {
		for _, an := range []*morph.Analyzer{nil, analyzer(t)} {
			for _, q := range Find(text, paragraphs(text, false), an) {
				assert.NotContains(t, q.Speaker, "\x00", text)
				assert.Equal(t, q.Speaker == "", q.Attribution == "", text)
			}
		}
	}
}

// TestNestedWords checks who says words quoted inside a quotation or an
// answer: the one they were heard from, the subject of their clause, or the
// one named after them; the outer speaker only when nothing names another.
func TestNestedWords(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "words learned from someone marked with に",
			text:  "港北小の沢井健二君（9）は「祖母に『挨拶は自分から先にしなさい』と教わったので、毎朝続けている」と話した。",
			wants: []said{{"祖母に", "沢井健二", "explicit"}, {"挨拶は", "祖母", "explicit"}}},
		{name: "who said them named after the words",
			text:  "釣具店の桑名昭さんは「毎晩、竿を拭きます。『竿は毎晩拭け』って、父はいつも言っていました」と笑う。",
			wants: []said{{"竿は毎晩", "父", "explicit"}}},
		{name: "words heard from someone unnamed are no one's the text names",
			text:  "川瀬ゆかりさんは「駅で『急いでください』と言われて、慌てて走った」と振り返った。",
			wants: []said{{"急いでください", "", ""}}},
		{name: "the speaker's own words, told in the first person",
			text:  "川瀬ゆかりさんは「そのとき私は『大丈夫です』と答えた」と話した。",
			wants: []said{{"大丈夫です", "川瀬ゆかり", "explicit"}}},
		{name: "a time word marked with は names no one",
			text:  "川瀬ゆかりさんは「当初は『そうですね』と答えていた」と話した。",
			wants: []said{{"そうですね", "川瀬ゆかり", "explicit"}}},
		{name: "words heard from someone, as a noun after them",
			text:  "森川忠さんは、高校時代の恩師から教わった『迷ったら基本に戻れ』という言葉を手帳に書き留めている。",
			wants: []said{{"迷ったら", "恩師", "explicit"}}},
		{name: "words in an answer: the answerer's, or the subject's of their clause",
			text: "港北の書道教室で教える森川忠さん（68）に聞いた。\n\n――教室で心がけていることは。\n\n" +
				"森川　入ったばかりの人には「いい線だね」と声をかけます。すると、生徒が『もっと書きたい』と言い出すんです。",
			wants: []said{{"いい線だね", "森川忠", "dialogue"}, {"もっと書きたい", "生徒", "explicit"}}},
		{name: "words an answerer was told are not the answerer's",
			text: "港北の書道教室で教える森川忠さん（68）に聞いた。\n\n――教室を開いたきっかけは。\n\n" +
				"森川　考えてもいなかったんです。たまたま「教えてみませんか」って言われて、面白そうだと思って始めました。",
			wants: []said{{"教えてみませんか", "", ""}}},
	})
}

func TestTranscript(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a name in kana the dialogue gives, as a topic",
			text:  "さくら「貝がいっぱい！」\n私「拾いすぎないでね」\n\nさくら「これ持って帰る」\n\nさくらは一番大きな貝を握って、「絶対に返さない」と笑った。",
			wants: []said{{"絶対に返さない", "さくら", "explicit"}}},
		{name: "a dialogue whose names recur, in kana or a pronoun",
			text:  "週末、娘と港南の海岸で貝を拾った。\n\nさくら「見て、これ真っ白だよ」\n私「本当だ。割れてないね」\n\n波が少し高くなってきた。\n\nさくら「もう一つ見つけた！」\n私「そろそろ帰ろうか」\n\nそして「また来ようね」と約束した。",
			wants: []said{{"見て、これ", "さくら", "dialogue"}, {"本当だ", "私", "dialogue"}, {"もう一つ", "さくら", "dialogue"}, {"そろそろ帰ろう", "私", "dialogue"}}},
		{name: "a short turn of the writer among another's repeated turns",
			text:  "叔父の畑で大根を抜いた。\n\n叔父「葉の根元を持って引くんだ」\n私「重たい！」\n叔父「ゆっくりでいい。まっすぐ上にね」",
			wants: []said{{"葉の根元", "叔父", "dialogue"}, {"重たい", "私", "dialogue"}, {"ゆっくりで", "叔父", "dialogue"}}},
		{name: "an aside in brackets after the verb is no one",
			text:  "庭で草を抜いていたら、隣の家の人が『精が出ますね』と笑っていました（笑）。",
			wants: []said{{"精が出ます", "", ""}}},
		{name: "dash questions and named answers",
			text:  "港町で干物店を営む寺尾美沙さん（52）に話を聞いた。\n\n――店を継いだきっかけは。\n\n寺尾　父が倒れた年に、誰かがやらなければと思ったんです。\n\n――これからの目標は。\n\n寺尾　若い人に干物のおいしさを伝えたいですね。",
			wants: []said{{"父が倒れた", "寺尾美沙", "dialogue"}, {"若い人に", "寺尾美沙", "dialogue"}},
			none:  []string{"店を継いだ", "これからの"}},
		{name: "colon turns of a press conference, with who asks and their paper",
			text:  "港南市の森川忠市長は定例会見で、図書館の開館時間を延ばすと発表した。\n\n市長：来月から平日は午後9時まで開けます。\n\n記者（港北新聞）：利用者の声は聞いたのか。\n\n市長：アンケートで多くの要望がありました。\n\n司会：これで本日の会見は終了です。",
			wants: []said{{"来月から平日", "森川忠", "dialogue"}, {"利用者の声", "記者", "dialogue"}, {"アンケートで", "森川忠", "dialogue"}, {"これで本日", "司会", "dialogue"}}},
		{name: "colon turns of a talk between two named people",
			text:  "港ヶ崎の漁師二人が、今年の漁を語り合った。\n\n沢井：秋のサンマはさっぱりだったね。\n\n川瀬：その分、イワシが良かった。来年も期待したいよ。\n\n沢井：海の様子が毎年違うからね。",
			wants: []said{{"秋のサンマ", "沢井", "dialogue"}, {"その分", "川瀬", "dialogue"}, {"海の様子", "沢井", "dialogue"}}},
		{name: "turns headed by who speaks and a space",
			text:  "港北市の図書館で記者会見が開かれた。\n\n桑名館長　新館の概要をご説明します。来月に開館します。\n\n記者　蔵書はどのくらいになりますか。\n\n沢井係長　開館時には約20万冊をそろえる予定です。\n\n記者（港南新報）　駐車場はありますか。\n\n桑名館長　50台分を用意しました。",
			wants: []said{{"新館の概要", "桑名", "dialogue"}, {"蔵書は", "記者", "dialogue"}, {"開館時には", "沢井", "dialogue"}, {"駐車場は", "記者", "dialogue"}, {"50台分", "桑名", "dialogue"}}},
		{name: "who speaks alone on the line above the words, a turn running over lines",
			text: "港北町長の会見\n出席者：森川忠町長\n町長\n　新しい公園の名前が決まりました。\n　開園式は来月の第1日曜日です。\n" +
				"記者（港南新報）\n　費用はいくらでしたか。\n町長\n　総額で約3億円です。\n（以上）",
			lines: true,
			wants: []said{{"新しい公園", "森川忠", "dialogue"}, {"開園式は", "森川忠", "dialogue"}, {"費用は", "記者", "dialogue"}, {"総額で", "森川忠", "dialogue"}},
			none:  []string{"港北町長の会見"}},
		{name: "heads marked with a square over the words, a reporter after the paper",
			text:  "港北高校の会見\n■森川校長\n新しい制服が決まりました。\n\n■みなと新報・沢井記者\nいつから着るのですか。\n\n■森川校長\n来年4月からです。",
			lines: true,
			wants: []said{{"新しい制服", "森川", "dialogue"}, {"いつから着る", "みなと新報・沢井記者", "dialogue"}, {"来年4月", "森川", "dialogue"}}},
		{name: "names over their words at an event, each block apart",
			text:    "港南の映画祭に出演者がそろった。\n\nエリオット・ハーシュ\nこの街の人たちの温かさに本当に驚いています。\n\n川瀬ゆかり\n初めての舞台あいさつで、とても緊張しました。\n\n会場からは大きな拍手が送られた。",
			lines:   true,
			wants:   []said{{"この街の人", "エリオット・ハーシュ", "dialogue"}, {"初めての舞台", "川瀬ゆかり", "dialogue"}},
			lexical: []said{}, // no head names a post, and no dictionary tells a name
			none:    []string{"会場からは"}},
		{name: "profiles under the names of a cast are no turns",
			text:  "港南の映画祭に出演者がそろった。\n\n川瀬ゆかり\n港北市出身。2010年に俳優としてデビューし、主演作は10本を超える。\n\n森川忠\n舞台を中心に活動し、この作品で映画に初めて出演した。",
			lines: true,
			none:  []string{"港北市出身", "舞台を中心に"}},
		{name: "goods, headings and product names are no turns",
			text: "港北の洋菓子店が冬の新作を出した。\n\nショコラ・ブラン\n\n白いチョコレートを重ねた、軽い口当たりのケーキです。\n\nミント・ブリーズ\nおすすめの飲み物：温かい紅茶と合わせてどうぞ。\n\n" +
				"エアロ・モード\nエアロ・モードは、風の向きを自動で切り替える機能です。\n\nMINATO X2 の画面は大きく、文字がとても読みやすい。\n\nMINATO X2 は来月に発売される予定です。",
			lines: true,
			none:  []string{"白いチョコレート", "おすすめの飲み物", "エアロ・モードは", "の画面は", "は来月に"}},
		{name: "fields, a spec and a ranking are no turns",
			text: "港北町の夏祭りのお知らせです。\n\n日時：8月1日の午後から夜まで開きます。\n\n場所：港北町の中央公園で行います。\n\n型式：AB-100\n\n作成者：港北ソフト\n\n1位：沢井健二\nいつも明るく声をかけてくれる。\n\n2位：川瀬ゆかり\n誰にでも優しい。",
			none: []string{"8月1日", "港北町の中央", "AB-100", "港北ソフト", "沢井健二", "川瀬ゆかり"}},
		{name: "one turn alone is no transcript",
			text: "港北町の森川忠町長が取材に応じた。\n\n町長：来年度から給食費を無料にします。",
			none: []string{"来年度から"}},
		{name: "Q and A",
			text:  "山岳ガイドの梶浦隆司さんに聞いた。\n\nQ. 冬山で一番大切なことは。\n\nA. 引き返す勇気です。天気が崩れたら迷わず下山します。",
			wants: []said{{"引き返す勇気", "梶浦隆司", "dialogue"}}},
		{name: "a name line without a question is no answer",
			text: "港町の朝は早い。\n\n寺尾　父が倒れた年に店を継いだ。",
			none: []string{"父が倒れた"}},
		{name: "bracketed answers: the person the first question asks",
			text:  "――まず、北村さんがジムを始めたきっかけは？\n\n「以前から格闘技のジムに通っていたんです」\n\n――常連の会員さんは喜んでいますよね？\n\n「ええ。来年には二店目を開く準備を進めています」",
			wants: []said{{"以前から", "北村", "continued"}, {"ええ。", "北村", "continued"}}},
		{name: "a name and an age after each answer",
			text:  "男性にも聞いてみた。\n\n「さあ？ 生理的ってなんですか？」 由紀雄さん（32歳）\n\n「うーん。よく分からないです」勝田さん（28歳）",
			wants: []said{{"さあ", "由紀雄", "dialogue"}, {"うーん", "勝田", "dialogue"}}},
		{name: "an answer with a quotation inside",
			text:  "――反響は。\n\n寺尾　お客さんから「懐かしい味」と言われました。",
			wants: []said{{"お客さんから「懐かしい味」", "寺尾", "dialogue"}}},
		{name: "answers with no name at their head: the one the lead introduces",
			text: "港南焼の若手陶芸家、北村紗季さん（34）が今秋、海外で初の個展を開く。理由を聞いた。\n\n――陶芸を始めたきっかけは。\n\n" +
				"祖父が窯元でした。工房が遊び場だったんです。\n\n――今後の目標は。\n\n産地の名前を世界に広げたい。それが恩返しだと思っています。",
			wants:   []said{{"祖父が窯元", "北村紗季", "dialogue"}, {"産地の名前", "北村紗季", "dialogue"}},
			lexical: []said{},
			none:    []string{"陶芸を始めた", "今後の目標"}},
		{name: "questions after one long dash, answers in brackets",
			text: "港南焼の若手陶芸家、北村紗季さん（34）が今秋、海外で初の個展を開く。理由を聞いた。\n\n―陶芸を始めたきっかけは。\n\n" +
				"「祖父が窯元でした。工房が遊び場だったんです」\n\n―今後の目標は。\n\n「産地の名前を世界に広げたい」",
			wants:   []said{{"祖父が窯元", "北村紗季", "dialogue"}, {"産地の名前", "北村紗季", "dialogue"}},
			lexical: []said{}},
		{name: "answers in brackets of one named with an age and a name no dictionary holds",
			text: "講談師の港風亭小波さん（32）が秋、主任に抜てきされた。話を聞いた。\n\n――抜てきを知った日のことは。\n\n" +
				"「喜びより驚きが大きかったです」\n\n――講談を始めたきっかけは。\n\n「高校の放送部です」",
			wants: []said{{"喜びより", "港風亭小波", "dialogue"}, {"高校の", "港風亭小波", "dialogue"}}},
		{name: "an answer in brackets with the office that gives it",
			text:  "利用案内\n\nQ　雨の日も開いていますか。\n\nA　「小雨なら開きますが、警報が出たら閉めます」（港北町公園緑地課）",
			wants: []said{{"小雨なら", "港北町公園緑地課", "dialogue"}},
			none:  []string{"「小雨なら"}},
		{name: "council minutes: questions after 問, answers after 答 and who gives them in brackets",
			text: "◆森川 忠 議員\n\n問　港北線の終便が早まる。通勤客はどうなるのか。\n\n答（交通部長）　運転士が足りず、ほかに手がなかった。\n\n" +
				"森川議員は重ねて「通学の足が失われる」と訴えた。\n\n答（町長）「夏の間は臨時便を走らせたい」",
			wants: []said{{"運転士が足りず", "交通部長", "dialogue"}, {"夏の間は", "町長", "continued"}},
			none:  []string{"港北線の終便", "「夏の間は"}},
		{name: "no answer after a divider or a thank-you",
			text: "港町で干物店を営む寺尾美沙さん（52）に話を聞いた。\n\n――――\n\n港町の朝は早い。市場には朝から客が並ぶ。\n\n" +
				"――どうもありがとうございました。\n\n取材を終えて、店を出ると雨が上がっていた。",
			none: []string{"港町の朝", "取材を終えて"}},
		{name: "a turn with its name and a colon is read as a turn",
			text: "港町で干物店を営む寺尾美沙さん（52）に話を聞いた。\n\n――店を継いだきっかけは。\n\n寺尾美沙（以下、寺尾）：父が倒れた年に、誰かがやらなければと思ったんです。",
			none: []string{"寺尾美沙(以下", "父が倒れた"}}, // the quotation's text is normalized: (
	})
}

// TestPersonLinks: the quotations of one person, named in full, by
// surname and by a bare title, point to one entry of People.
func TestPersonLinks(t *testing.T) {
	src := "東浜市の西村和彦市長は3日の会見で「駅前の再開発を急ぐ」と述べた。\n\n西村市長は「年内に計画をまとめたい」と語った。\n\n市長は「市民の声を聞く場も設ける」とも話した。\n\n商店街の人たちは「早く形にしてほしい」と話している。"
	a := &article.Article{Source: src, Paragraphs: paragraphs(src, false)}
	Attribute(a, analyzer(t))
	require.Len(t, a.Quotes, 4)
	for _, q := range a.Quotes[:3] {
		if assert.NotNil(t, q.Person, "person of %q", q.Text) {
			assert.Equal(t, "西村和彦", a.People[*q.Person].Name)
		}
	}
	assert.Nil(t, a.Quotes[3].Person, "a group is no person")
}

func TestCrowdsOf(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "people of a place", text: "西村和彦市長は「駅前を変える」と述べた。\n\n商店街の人たちは「早く形にしてほしい」と話している。",
			wants: []said{{"駅前を", "西村和彦", "explicit"}, {"早く形に", "商店街の人たち", "explicit"}}},
		{name: "visitors", text: "祭りは3日まで続く。会場の客は「毎年楽しみにしている」と話した。",
			wants: []said{{"毎年", "会場の客", "explicit"}}},
	})
}

func TestTopicForms(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "も marks the topic", text: "主将の森田賢治は「全員で勝ち取った」と語った。小野寺浩監督も「よく粘った」とたたえた。",
			wants: []said{{"全員で", "森田賢治", "explicit"}, {"よく粘った", "小野寺浩", "explicit"}}},
		{name: "そう話すのは after the quotation", text: "市長は式典で挨拶した。\n\n「毎日通いたい」。そう話すのは、近くに住む高田みのりさん（12）だ。",
			wants: []said{{"毎日通いたい", "高田みのり", "following"}}},
		{name: "がそう言い返す under a quotation alone", text: "港南高の沢井健二監督が会見に同席した。最後に浜辺颯太投手は隣を向いた。\n\n「3年間、お世話になりました」\n\n「向こうでも走り込みを続けろ」\n\n監督がそう言い返すと、部員たちが笑った。",
			wants: []said{{"3年間", "浜辺颯太", "continued"}, {"向こうでも", "沢井健二", "title"}}},
		{name: "the owner of the place the sentence is about", text: "桃を育てる森川忠さん（57）の畑では、実の半数が落ちた。「一晩で実がみな地面に転がった」と肩を落とす。",
			wants: []said{{"一晩で", "森川忠", "continued"}}},
		{name: "the owner's place with a subject of its own", text: "森川忠さんの店では、妻の森川早苗さんが「毎朝5時に起きる」と話す。",
			wants: []said{{"毎朝5時", "森川早苗", "explicit"}}},
		{name: "the owner's place with a named source", text: "森川忠さんの店では、客からも「また来たい」との声が上がる。",
			wants: []said{{"また来たい", "客", "source"}}},
		{name: "the next sentence tells who said it, after a phrase of time",
			text:  "審査委員長の森川忠さんは「よくできた」とたたえた。「祖父の畑仕事を楽にしたくて作った」。表彰の後、浜辺颯太くんは笑って話した。",
			wants: []said{{"よくできた", "森川忠", "explicit"}, {"祖父の畑仕事", "浜辺颯太", "following"}}},
		{name: "the next sentence goes on about someone else",
			text:  "審査委員長の森川忠さんは「よくできた」とたたえた。「粘り強さが光った」。表彰の後、浜辺颯太くんは家族と写真に納まった。",
			wants: []said{{"よくできた", "森川忠", "explicit"}, {"粘り強さ", "森川忠", "continued"}}},
		{name: "a crowd's voices with 声も", text: "利用者の間では、こんな声も出ている。「いつか会ってお礼が言いたい」",
			wants: []said{{"いつか会って", "利用者", "source"}}},
		{name: "a bare title told with の before the name", text: "式典では、3代目社長の港北健二さん（52）があいさつした。社長は会見で、「古い柱は店の入り口に残した」と話した。",
			wants: []said{{"古い柱", "港北健二", "title"}}},
		{name: "a cleft on a verb of speech alone", text: "「作法より、客をもてなす心が大切」。声を弾ませるのは、茶道会長の森川早苗さん（78）だ。",
			wants: []said{{"作法より", "森川早苗", "following"}}},
		{name: "a kind of body named in brackets before", text: "施設の運営会社「港北ビルメンテ」によると、点検は先月行われた。\n\n運営会社は「ご迷惑をおかけし、おわび申し上げます」とコメントした。",
			wants: []said{{"ご迷惑を", "港北ビルメンテ", "explicit"}}},
		{name: "こう語るのは", text: "「ここまで長かった」。こう語るのは、工房を営む宮下徹さんだ。",
			wants: []said{{"ここまで", "宮下徹", "following"}}},
		{name: "topic and quotation, no verb", text: "来場者の反応は上々だ。60代の女性は「音が澄んでいて驚いた」。",
			wants: []said{{"音が澄んで", "60代の女性", "explicit"}}},
		{name: "part of a body as a source", text: "吉村真一市長は計画を説明した。一方、市議会の一部からは「説明が足りない」との声も出ている。",
			wants: []said{{"説明が足りない", "市議会の一部", "source"}}},
		{name: "a title with whose it is", text: "北浜中央病院の院長は「受け入れを続ける」と話した。",
			wants: []said{{"受け入れを", "北浜中央病院の院長", "explicit"}}},
		{name: "a title names the person named with it", text: "北浜中央病院の森川聡院長が会見した。\n\n院長は「受け入れを続ける」と話した。",
			wants: []said{{"受け入れを", "森川聡", "title"}}},
	})
}

func TestCaseOf(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "の場合 names the person the next paragraph quotes",
			text:  "港南市に住む水野ひかりさん(28)は、夫の実家に毎週通う。\n\n会社員の夫と暮らす北浜美咲さん(仮名・31歳)の場合、義父の口出しに困っているという。\n\n「家具の色まで決められてしまいました。断ると機嫌が悪くなるんです」。",
			wants: []said{{"家具の色", "北浜美咲", "continued"}}},
		{name: "a paragraph of one short quotation goes on from the topic",
			text:  "港南市に住む水野ひかりさん(28)は、夫の実家に毎週通う。\n\n「正直、疲れます」",
			wants: []said{{"正直、疲れます", "水野ひかり", "continued"}}},
	})
}

func TestToWaSpeaker(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "とは and the speaker closing the sentence", text: "「5年ぶりに連絡が来て驚きました」とは北浜美咲さん（36歳）。",
			wants: []said{{"5年ぶり", "北浜美咲", "following"}}},
		{name: "とは、modifiers, the speaker and だ", text: "「返信が面倒だという男性は多いかも」とは、毎日残業が続く会社員の水野ひかりさん(29)だ。",
			wants: []said{{"返信が面倒", "水野ひかり", "following"}}},
		{name: "a term defined with とは is no quotation", text: "「モラハラ」とは、精神的な嫌がらせのことだ。",
			none: []string{"モラハラ"}},
	})
}

func TestDocumentsAndAnaphora(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a letter is no speaker", text: "宿の女将、小池千鶴さんは廃業も考えた。手紙には「また必ず泊まりに行きます」と書かれていた。\n\n彼女は「あの一言に救われた」と振り返る。",
			wants: []said{{"また必ず", "", ""}, {"あの一言", "小池千鶴", "pronoun"}}},
		{name: "同 and a title", text: "旅館組合の長谷部誠組合長によると、半数はまだ再開できていない。同組合長は「支援を続けてほしい」と訴えている。",
			wants: []said{{"支援を", "長谷部誠", "pronoun"}}},
		{name: "とも述べた", text: "北浜電鉄の村上亮社長は「安全第一で進める」と強調した。その上で「地元の理解を得たい」とも述べた。",
			wants: []said{{"安全第一", "村上亮", "explicit"}, {"地元の理解", "村上亮", "continued"}}},
		{name: "ともに is no quotative", text: "村上亮社長は「新駅」とともに商業施設を整備する。",
			none: []string{"新駅"}},
	})
}

func TestAskedAndCrowds(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "the one asked, before another に", text: "宮坂は会見で引退を表明した。\n\n宮坂浩二に最も心に残った試合を尋ねると、「初めて優勝した試合です」という答えが返ってきた。",
			wants:   []said{{"初めて優勝", "宮坂浩二", "explicit"}},
			lexical: []said{{"初めて優勝", "", ""}}}, // a name without honorific needs the dictionary
		{name: "a body named after what it is as the source", text: "隣町の港北農協からも「収穫期の前に決めてほしい」という要望が届いた。",
			wants: []said{{"収穫期の前", "港北農協", "source"}}},
		{name: "among a crowd", text: "住民の間では「もっと早く直してほしかった」との声も多い。",
			wants: []said{{"もっと早く", "住民", "source"}}},
		{name: "children's shouts described before their noun", text: "田植えを手伝った子どもたちからは「足が抜けない！」「泥が温かいね」とにぎやかな声が上がった。",
			wants: []said{{"足が抜けない", "子どもたち", "source"}, {"泥が温かい", "子どもたち", "source"}}},
		{name: "families as a source", text: "港北の農園を訪れた家族連れからは「甘くて驚いた」という声が聞かれた。",
			wants: []said{{"甘くて", "家族連れ", "source"}}},
		{name: "a couple not named", text: "港南から車で来た夫婦は「道に迷ったが、来た甲斐があった」と話した。",
			wants: []said{{"道に迷った", "夫婦", "explicit"}}},
		{name: "the person the text is about speaks on after a couple's words", text: "窯を守るのは森川さくらさん（81）。「土は毎年違う顔をする」と話す。\n\n港南から車で来た夫婦は「来た甲斐があった」と話した。\n\n森川さんの窯は来年で70年になる。「体が動く限り焼きます」",
			wants: []said{{"土は毎年", "森川さくら", "continued"}, {"来た甲斐", "夫婦", "explicit"}, {"体が動く", "森川さくら", "continued"}},
			// without the dictionary, 森川さん is no known person: only
			// the first two are read the same
			lexical: []said{{"土は毎年", "森川さくら", "continued"}, {"来た甲斐", "夫婦", "explicit"}}},
		{name: "words said in life, in an obituary", text: "森川忠さん（もりかわ・ただし＝元港北町長）5日、入院先で死去、90歳。喪主は長女さくらさん。\n\n退任後は町の歴史を調べ、郷土誌に寄稿を続けた。生前は「町の記録は町の宝だ」と話していた。",
			wants:   []said{{"町の記録は", "森川忠", "continued"}},
			lexical: []said{{"町の記録は", "", ""}}},
		{name: "同氏 is the last one named with 氏, not the last speaker", text: "森川忠氏が町長に選ばれた。森川氏は「まず港を直す」と述べた。\n\n開票所には沢井健二氏の支持者が集まった。同氏は「票が届かなかった」と短く語った。",
			wants:   []said{{"まず港を", "森川忠", "explicit"}, {"票が届か", "沢井健二", "pronoun"}},
			lexical: []said{{"まず港を", "森川", "explicit"}}},
		{name: "the next sentence opens with what the speaker is, then the name", text: "港北の食堂は、今月から麺を手打ちに戻した。「機械の麺は味がしない、と言われてね」。店主の森川さくらさんは頭をかく。仕込みは2時間増えた。「それでもやめる気はない」",
			wants: []said{{"機械の麺", "森川さくら", "following"}, {"それでも", "森川さくら", "continued"}}},
		{name: "a liaison council of a trade speaks through its statements", text: "県内の書店40店でつくる港北書店連絡会は「返品の負担が重い」と訴えている。",
			wants: []said{{"返品の", "港北書店連絡会", "explicit"}}},
		{name: "the hero of the match is the one the report named last", text: "港北FCが延長戦を制した。決勝点は沢井健二のヘディングだった。\n\nこの日のヒーローは「頭に当てることだけ考えた」と笑った。",
			wants:   []said{{"頭に当てる", "沢井健二", "title"}},
			lexical: []said{{"頭に当てる", "", ""}}},
		{name: "the one the next sentence says said it, spoken to by another", text: "「字が小さくて読めなかった。今日やっと分かった」。そう話す森川さくらさん（80）に、隣の高校生は「また来てください」と声をかけた。",
			wants: []said{{"字が小さく", "森川さくら", "following"}, {"また来て", "隣の高校生", "explicit"}}},
		{name: "a share of those with some experience", text: "港北の山岳店の調べで、登山経験者の4割が「靴を借りられるなら行きたい」と答えた。",
			wants: []said{{"靴を", "登山経験者の4割", "explicit"}}},
		{name: "one named with the spouse", text: "港北に住む沢井健二さん夫妻は「また来たい」と話した。川瀬さん一家も「楽しかった」と話した。",
			wants:   []said{{"また来たい", "沢井健二", "explicit"}, {"楽しかった", "川瀬", "explicit"}},
			lexical: []said{{"また来たい", "沢井健二", "explicit"}, {"楽しかった", "川瀬", "explicit"}}},
		{name: "a count of people the cheer comes from", text: "初日の出を待っていた約200人から「出た！」という歓声が起きた。",
			wants: []said{{"出た", "約200人", "source"}}},
		{name: "the stands chanting", text: "港南高の観客席から「粘れ！」の大合唱が響いた。",
			wants: []said{{"粘れ", "観客席", "source"}}},
		{name: "a song's title sung is no words", text: "最後は「港の灯」の合唱で閉会した。",
			none: []string{"港の灯"}},
		{name: "a research group speaks", text: "港北大学の研究チームは「潮の流れが変わった可能性がある」と話している。",
			wants: []said{{"潮の流れ", "研究チーム", "explicit"}}},
		{name: "the verb left out after とも: the one the sentence before cites", text: "網元の沢井健二さん(58)は「今年は不漁だ」と話す。\n\n組合の森川忠理事によると、来季は網の目を広げるという。「小さな魚は海に返したい」とも。",
			wants:   []said{{"今年は", "沢井健二", "explicit"}, {"小さな魚", "森川忠", "source"}},
			lexical: []said{{"今年は", "沢井健二", "explicit"}, {"小さな魚", "森川忠", "source"}}},
		{name: "among a trade, named at the head of a long sentence", text: "藍染職人の間では、海外の工房に下染めを頼む例も増えてきたものの、納期が読めないこともあって、「頼んだ色が返ってこない」と嘆く声が多い。",
			wants: []said{{"頼んだ色", "藍染職人", "source"}}},
		{name: "among a trade, a sentence ends between", text: "藍染職人の間では、海外の工房に下染めを頼む例も増えてきた。港町の森川忠さんは「頼んだ色が返ってこない」と話す。",
			wants: []said{{"頼んだ色", "森川忠", "explicit"}}},
		{name: "member companies as a source", text: "商店会の加盟店からは「駐車場が足りない」「夜の人通りが減った」などの意見が出た。",
			wants: []said{{"駐車場が", "商店会の加盟店", "source"}, {"夜の人通り", "商店会の加盟店", "source"}}},
		{name: "producers as a source", text: "産地の生産者からも「値段が合わない」との声が出ている。",
			wants: []said{{"値段が", "産地の生産者", "source"}}},
	})
}

// TestSpeakerMakesPerson: a name the dictionary reads as a place is a
// person once it speaks; a country that speaks stays a place.
func TestSpeakerMakesPerson(t *testing.T) {
	src := "延長十回に湊川拓の適時打でサヨナラ勝ちした。\n\n湊川は「打った瞬間に抜けると思った」と笑顔を見せた。\n\nロシアは「容認できない」と反発した。"
	a := &article.Article{Source: src, Paragraphs: paragraphs(src, false)}
	Attribute(a, analyzer(t))
	names := func(es []article.Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	require.NotEmpty(t, a.Quotes)
	q := findQuote(a.Quotes, "打った瞬間")
	require.NotNil(t, q)
	assert.NotContains(t, names(a.Places), "湊川拓")
	if assert.NotNil(t, q.Person) {
		assert.Equal(t, "湊川拓", a.People[*q.Person].Name)
	}
	assert.Equal(t, "湊川拓", q.Speaker)
	assert.NotContains(t, names(a.People), "ロシア")
}

func TestAgedNames(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a surname names the person introduced with an age", text: "俳優の桜井蓮（29）が5日、舞台あいさつに登壇した。\n\n桜井は「寒さで台詞が出てこない日もあった」と苦笑いした。",
			wants: []said{{"寒さで", "桜井蓮", "explicit"}}},
		{name: "a kana given name with an age", text: "共演の水野ひかり（24）も「毎朝震えていました」と振り返った。",
			wants: []said{{"毎朝", "水野ひかり", "explicit"}}},
		{name: "a position before the name", text: "青葉FCのMF三宅翔太（24）が移籍する。\n\n三宅は「自分を試したい」と語った。",
			wants: []said{{"自分を", "三宅翔太", "explicit"}}},
		{name: "words closing the sentence after a gesture", text: "最後に桜井蓮（29）は、言葉を詰まらせながら「出会えて本当によかった」。",
			wants: []said{{"出会えて", "桜井蓮", "explicit"}}},
		{name: "voices listed with などの", text: "ネット上では「泣いた」「絶対見に行く」などの声が上がっている。",
			wants: []said{{"泣いた", "ネット上", "source"}, {"絶対", "ネット上", "source"}}},
	})
}

func TestTurnsInOneSentence(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a clause running on into a named speaker", text: "「もう疲れたね」と笑いつつも、「でも、まだ走れる」と語る吉岡拓真だった。",
			wants: []said{{"もう疲れた", "吉岡拓真", "following"}, {"でも、", "吉岡拓真", "following"}}},
		{name: "a continuative verb", text: "「寒い一日だった」と話し、「明日は晴れてほしい」とほほ笑む川村紗季さん。",
			wants: []said{{"寒い一日", "川村紗季", "following"}, {"明日は", "川村紗季", "following"}}},
		{name: "the other person answers after といえば", text: "司会の竹内浩二が「毎晩みんなで集まってみる？」といえば、「それは遠慮したいですね」と笑いつつも、「悪くないかもしれない」と語る吉岡拓真だった。",
			wants:   []said{{"毎晩", "竹内浩二", "explicit"}, {"それは遠慮", "吉岡拓真", "following"}, {"悪くない", "吉岡拓真", "following"}},
			lexical: []said{{"毎晩", "", ""}, {"それは遠慮", "吉岡拓真", "following"}, {"悪くない", "吉岡拓真", "following"}}},
		{name: "a title is nobody's", text: "吉岡拓真は5日、ブログで「報告です」と題し、「無事に退院しました」とつづった。",
			wants:   []said{{"無事に", "吉岡拓真", "explicit"}},
			lexical: []said{{"無事に", "", ""}}},
		{name: "a question to someone else", text: "「もし優勝したら？」という竹内浩二に対し、「まず寝たいです」と答える吉岡拓真。",
			wants: []said{{"まず寝たい", "吉岡拓真", "following"}}},
		{name: "a subject closing the clause before the quotation", text: "「図々しさは大事な才能だ」と、新人の資質に触れた岩瀬健吾だったが、兼務については「他の仕事を辞めるべきだ」と否定的だった。",
			wants:   []said{{"図々しさ", "岩瀬健吾", "following"}, {"他の仕事", "岩瀬健吾", "explicit"}},
			lexical: []said{{"図々しさ", "", ""}, {"他の仕事", "", ""}}},
	})
}

func TestTopicOverNounAfterQuotation(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a compound common noun is no speaker", text: "続いて宮坂朋美監督は「次回作に出ていただけますか？」とまさかの出演依頼。",
			wants: []said{{"次回作に", "宮坂朋美", "explicit"}}},
		{name: "another compound", text: "会見で宮坂朋美監督は「必ず完成させます」と異例の完成宣言。",
			wants: []said{{"必ず完成", "宮坂朋美", "explicit"}}},
		{name: "a source label is no turn", text: "出典：番組に寄せられた声\n「ここに載せたのは一部です。」という注意書きがある。",
			none: []string{}, wants: []said{{"ここに載せた", "", ""}}},
	})
}

func TestTopicWithMoAndAge(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a paragraph that introduces the next person with も", text: "会社員の真紀さん（32歳）は「お金でもめたことはない」と話す。\n\n結婚5年目の千尋さん(仮名／35歳)も、夫の金銭感覚に悩まされたひとり。\n\n「夫は貯金をしたことがなかった。だから毎月同じ額をためることにした」",
			wants: []said{{"お金で", "真紀", "explicit"}, {"夫は貯金", "千尋", "continued"}}},
		{name: "a reading in brackets", text: "会社員の真紀さん（32歳）は「お金でもめたことはない」と話す。\n\n派遣社員の陽菜さん（ひな、28歳）も、同じ悩みを抱えて転職を決めたひとりだ。\n\n「毎月の家賃が給料の半分を超えていたんです」",
			wants: []said{{"お金で", "真紀", "explicit"}, {"毎月の家賃", "陽菜", "continued"}}},
	})
}

func TestNamesClosingSentences(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a sentence that ends on the person", text: "昨年は予選落ちに終わっている石原健一選手。あれから一年、再び迎えた大舞台についても、「去年よりは落ち着いていました」と、笑顔を見せた。",
			wants: []said{{"去年より", "石原健一", "continued"}}},
		{name: "the one then spoken to answers", text: "「何が足りない？」と尋ねると、「もっと点に絡みたい」と語る前川遼太さんに、「次は必ず連れていきます」と断言する大森和也監督であった。",
			wants: []said{{"もっと点", "前川遼太", "following"}, {"次は必ず", "大森和也", "following"}}},
		{name: "a cleft with のが", text: "だが、その騒ぎを「くだらない」と一蹴したのが、格闘家の江藤剛志さんだった。",
			wants: []said{{"くだらない", "江藤剛志", "following"}}},
		{name: "a verb of pressing", text: "営業担当が説明を始めると、「何が売りなの？」と問い詰める森田直子さんに、担当者はたじたじだった。",
			wants: []said{{"何が売り", "森田直子", "following"}}},
	})
}

func TestAgentOfPassive(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "invited by the speaker", text: "「珍しい鳥が見られた」と野鳥の会代表の森岡浩二さんに誘われて、初めて山に入った日。ふと「ここから町が見えるかもしれない」と思った。",
			wants: []said{{"珍しい鳥", "森岡浩二", "following"}, {"ここから町", "", ""}}},
		{name: "told by the speaker", text: "掃除機をかけていると「テレビの音が聞こえない」と家族から言われる。",
			wants: []said{{"テレビの音", "家族", "following"}}},
		{name: "praise received as a favour, the giver marked with に", text: "港南の釣り堀で、常連の川瀬ゆかりさんに釣った鯉を見せると、「立派な鯉だね」とほめてもらった。",
			wants: []said{{"立派な鯉", "川瀬ゆかり", "explicit"}}},
		{name: "a call that came from the speaker", text: "6日夕、港北町の川沿いで「子どもが中州に取り残されている」と散歩中の男性から連絡が入った。",
			wants: []said{{"子どもが", "散歩中の男性", "following"}}},
		{name: "a complaint that came from the speakers", text: "港南駅の新しい券売機について、「画面が暗くて見えない」と利用客から苦情が寄せられた。",
			wants: []said{{"画面が", "利用客", "following"}}},
		{name: "から of a cause names nobody", text: "「港北川の水かさが上がった」と伝えたことから、町は早めに避難所を開いた。",
			wants: []said{{"港北川", "", ""}}},
	})
}

func TestTradesAndClauses(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a trade ending in 家", text: "港北の作家から「原稿は声に出して直せ」と言われた。",
			wants: []said{{"原稿は", "作家", "explicit"}}},
		{name: "a passive after the comma is another clause's", text: "同僚の森川さんが「三人で作った資料です」と発表し、所長から励まされていた。",
			wants: []said{{"三人で", "森川", "explicit"}}},
		{name: "the writer's one turn among another's", text: "叔父が畑を見せてくれました。\n\n叔父「この畝は毎朝見回るんだ。土が乾くと葉がしおれるからね」\n\n私「え、毎朝ですか。大変じゃないですか」\n\n叔父「慣れればどうってことない。朝の畑は気持ちがいいぞ」",
			wants: []said{{"この畝は", "叔父", "dialogue"}, {"え、毎朝", "私", "dialogue"}, {"慣れれば", "叔父", "dialogue"}}},
	})
}

func TestDialogueTurnsOfKin(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "kin's one turn, and a short turn of a repeated head", text: "叔父「この畝は毎朝見回るんだ。土が乾くと葉がしおれるからね」\n\n姉「毎朝って、雨の日もなの」\n\n叔父「……まあな」\n\n叔父「慣れればどうってことない。朝の畑は気持ちがいいぞ」",
			wants: []said{{"この畝は", "叔父", "dialogue"}, {"毎朝って", "姉", "dialogue"}, {"……まあな", "叔父", "dialogue"}, {"慣れれば", "叔父", "dialogue"}}},
		{name: "kin marked with が, then how, then the words", text: "港北の畑からの帰り道、叔父がしみじみと「畑は来年も続けるか」と漏らした。",
			wants: []said{{"畑は来年", "叔父", "explicit"}}},
	})
}

func TestAnswerAfterAsked(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "the one asked in the sentence before", text: "港北大学の川瀬ゆかり教授が会見を開いた。\n\n港南の渡し舟の船頭、森川忠さん（61）に話を伺った。「夜のうちに川が増えた。今朝の便は出さなかった」",
			wants: []said{{"夜のうちに", "森川忠", "continued"}}},
	})
}

func TestSignWords(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a sign's words", text: "港北橋のたもとに「港北橋　通行止め」と記された立て札が立てられた。",
			wants: []said{{"港北橋", "", ""}}},
		{name: "a notice posted on a door", text: "店の戸には「臨時休業」の貼り紙が出ていた。",
			wants: []said{{"臨時休業", "", ""}}},
		{name: "a signboard as a figure of speech", text: "森川さんは「港北一」の看板を背負ってきた。",
			wants: []said{}},
	})
}

func TestBracketedOwner(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a role of a body named in brackets", text: "港北の茶農家でつくる「港北茶業組合」の担当者は「新茶の出来は上々だ」と語った。",
			wants: []said{{"新茶の", "港北茶業組合の担当者", "explicit"}}},
		{name: "a title in brackets owns no speaker", text: "映画「港町の夏、ふたたび」の関係者は「続編も考えている」と話した。",
			wants: []said{{"続編も", "関係者", "explicit"}}},
	})
}

func TestKatakanaTopicCarried(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a katakana name the dictionary does not know", text: "赤い絨毯を歩いたオルデガは、会場の熱気に驚いた様子。また、「可愛い会場ですね。大勢来てくれた」とコメントした。",
			wants: []said{{"可愛い会場", "オルデガ", "continued"}}},
		{name: "a short katakana word is not carried", text: "オフは地元に戻る予定。「恩返しがしたい」と話した。",
			wants: []said{{"恩返し", "", ""}}},
	})
}

func TestIssuedTexts(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a statement after the sentence that names its issuer", text: "港北電鉄の村上亮社長は、運休について謝罪する声明を発表した。声明は「信頼回復に全力を尽くす」としている。",
			wants: []said{{"信頼回復", "村上亮", "pronoun"}}},
		{name: "a statement with its issuer before の", text: "北浜市の大川誠一市長の談話は「痛恨の極みだ」としている。",
			wants: []said{{"痛恨", "大川誠一", "explicit"}}},
		{name: "a letter stays nobody's", text: "宿の女将は廃業も考えた。届いた手紙には「また必ず泊まりに来ます」と書かれていた。",
			wants: []said{{"また必ず", "", ""}}},
	})
}

func TestInitialsAskedAndTurns(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "an initial and one kanji", text: "本省勤務の経験があるK子さんは「本省はかなり激務」と断言する。\n\n「国会の会期中は帰宅が深夜になります」",
			wants: []said{{"本省は", "K子", "explicit"}, {"国会の", "K子", "continued"}}},
		{name: "the one asked in a clause of condition", text: "前述の里美さんに聞くと、その男性は不潔なわけでもないそうだ。\n\n「彼は色黒で、唇がピンク色なんです」",
			wants: []said{{"彼は色黒", "里美", "continued"}}},
		{name: "words inside a turn of a transcript", text: "――流行はどこで感じますか？\n\n森永：雑誌もよく見ますし、街でも感じます。でも一番は、スタッフ同士で「こういうのあったらかわいいよね」って話し合うことかもしれません。",
			wants: []said{{"こういうの", "森永", "dialogue"}}},
		{name: "a voice of people described after という", text: "森田：よく「もっと細くしたい、もっと短くしたい」という方が多いのですが、バランスが大事です。",
			wants: []said{{"もっと細く", "", ""}}},
	})
}

func TestSentenceIntoQuotations(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a paragraph that ends on a comma before the voices", text: "この発表はネットユーザーの間でも波紋を呼び、\n\n「そもそも起源はどこなの？」\n\n「どう考えても無理がある、やりすぎだ」",
			wants: []said{{"そもそも", "ネットユーザー", "source"}, {"どう考えても", "ネットユーザー", "continued"}}},
		{name: "a site as the medium of voices", text: "Twitter上では「わかってない、残念だ」などと批判する投稿が目立つ。",
			wants: []said{{"わかってない", "Twitter上", "source"}}},
	})
}

func TestMarkedOtherwise(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "いわく", text: "店のスタッフいわく、「コンセントから直接充電できる電池です。海外でも使えます」とのこと。",
			wants: []said{{"コンセント", "店のスタッフ", "explicit"}}},
		{name: "いわく opening a clause that runs on to the words", text: "港町の酒屋を営む森川忠さんいわく、冬の仕込みは「寒いほど良い酒になる」という。",
			wants: []said{{"寒いほど", "森川忠", "explicit"}}},
		{name: "the one asked in the clause before", text: "知人の男性たちに、お金の分担について聞いてみると、「高速代を出そうという気持ちで十分」とのこと。",
			wants: []said{{"高速代", "知人の男性たち", "explicit"}}},
		{name: "a crowd with から right before the words", text: "苦労したかいがあって、ユーザーから「服が選べるのが嬉しい」、「着こなしの参考になった」とか嬉しい反応をいただけました。",
			wants: []said{{"服が選べる", "ユーザー", "source"}, {"着こなし", "ユーザー", "source"}}},
		{name: "the asker marked with から is not the answerer", text: "試合後の稲田潤。司会の国井真一から「久しぶりの試合、いかがでしたか？」と訊かれると「そうですね、すごく疲れました」と答えた。",
			wants:   []said{{"久しぶり", "国井真一", "explicit"}, {"そうですね", "稲田潤", "continued"}},
			lexical: []said{{"久しぶり", "", ""}, {"そうですね", "", ""}}},
	})
}

func TestTurnHeadsThatAreNoNames(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a post's number", text: "967：そう思う。「正論だがお前が言うな、って感じ」と書いた。",
			wants: []said{{"正論だが", "", ""}}},
		{name: "a name in Latin letters", text: "YUKA：苦い思い出です。でも「大丈夫、気にしないで」と言えました。",
			wants: []said{{"大丈夫", "YUKA", "dialogue"}}},
	})
}

func TestVoicesLedIn(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a medium with で", text: "この件はネット上で「やりすぎだ、謝るべきだ」と話題になっている。",
			wants: []said{{"やりすぎ", "ネット上", "source"}}},
		{name: "the sentence before leads in the voices", text: "首相の発言を受け、ネット上で賛否両論が繰り広げられた。「仕方がない、やるしかない」「説明が足りない、納得できない」",
			wants: []said{{"仕方がない", "ネット上", "source"}}},
		{name: "a person's own medium", text: "この批判に対して、歌手の宮田礼子さんはツイッターで反応。「なぜあんなことをしたんだろう、反省しています」と投稿した。",
			wants: []said{{"なぜ", "宮田礼子", "continued"}}},
	})
}

func TestMoreSpeakerPlaces(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a paragraph that closes on the person", text: "会社員の良子さん(仮名・33歳)は「花火は苦手」と話す。\n\nしかし、夏こそ輝ける瞬間がある、と語るのは、会社員の利幸さん(仮名・36歳)。\n\n「夏のデートの定番といえば、やっぱり花火大会ですよね」",
			wants: []said{{"夏のデート", "利幸", "continued"}}},
		{name: "a person with から right before the words", text: "舞台を終えた主演の三浦健太から「港町の皆さんの拍手が一番の力でした」というメッセージが届いた。",
			wants:   []said{{"港町の皆さん", "三浦健太", "explicit"}},
			lexical: []said{{"港町の皆さん", "", ""}}},
		{name: "a passive in the quotation's own clause", text: "会社員の裕子さん（35歳）は驚いた。\n\n新人に日程を告げると、「その日は先約がありますから、別の日にしてください」と真顔で言われたという。",
			wants: []said{{"その日は", "", ""}}},
		{name: "a passive in a later clause", text: "番組で宮坂健吾は代表時代を振り返った。「もっと前に出るべきだった、今ならわかる」と語り、スコアの予想を訊かれると「1-0です」と答えた。",
			wants:   []said{{"もっと前に", "宮坂健吾", "continued"}},
			lexical: []said{{"もっと前に", "", ""}}},
	})
}

func TestCleftEndings(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a verb's endings before のは", text: "「最近、ときめいてます」とこっそり告白してくれたのは、会社員の正子さん(仮名／34歳)。相手は、会社の同僚だ。",
			wants: []said{{"最近、", "正子", "following"}}},
		{name: "a cleft with も after a verb of advice", text: "港南の釣り堀は今日も混んでいた。朝のうちに「今日は深めがいい」と助言してくれたのも常連の森川忠さんだった。",
			wants: []said{{"今日は深め", "森川忠", "following"}}},
		{name: "a space before the age", text: "「人脈と友達は違う、そう思う」と話すのは会社経営者の叔父がいる有美子さん (28歳)。",
			wants:   []said{{"人脈と", "有美子", "following"}},
			lexical: []said{{"人脈と", "", ""}}},
	})
}

func TestWordsOfWhoeverThinksSo(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "and whoever thinks so", text: "会社員の一恵さんは下ネタに不快な思いをした。男女に限らず、「下ネタを言っておけば笑いが取れる」と思っている人は要注意だ。",
			wants: []said{{"下ネタを言って", "", ""}}},
		{name: "whoever says so", text: "会社員の一恵さんは笑った。子どもがいる場合は、若くても自分のことを「おばさん、もう年だから」と言う人も少なくない。",
			wants: []said{{"おばさん", "", ""}}},
	})
}

func TestFamilyTiesAndMoreWords(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "said as well, by a paper", text: "北浜新聞は「市長は会見で初めて謝罪した」と報じた。\n\n「辞任は否定した」とも伝えている。",
			wants: []said{{"市長は", "北浜新聞", "explicit"}, {"辞任は", "北浜新聞", "continued"}}},
		{name: "said as well, by a person", text: "村瀬監督は「自信作です」と話した。続けて「次は海の映画を撮りたい」とも語った。",
			wants: []said{{"自信作", "村瀬", "explicit"}, {"次は", "村瀬", "continued"}}},
		{name: "a father as the topic", text: "父は地元の商店会で長く会長も務めていた。「商売は信用が全てだ」と口癖のように言っていた。",
			wants: []said{{"商売は", "父", "continued"}}},
		{name: "a mother speaking", text: "母は「ご飯はちゃんと食べなさい」と毎朝言っていた。",
			wants: []said{{"ご飯は", "母", "explicit"}}},
		{name: "a tie that only owns", text: "「家のことは全部こちらで決める」という夫の両親に戸惑ったという。",
			wants: []said{{"家のことは", "", ""}}},
		{name: "a tie described, not named", text: "美樹さんは笑った。「毎日が楽しいです」という兄もいるそうだ。",
			wants: []said{{"毎日が", "", ""}}},
		{name: "a tie marked with が describes", text: "騎手の道を選んだのが新人の浜口翔太くん。父が元騎手の浜口厩舎の調教助手という家柄だ。「ファンに信頼される騎手になりたい」",
			wants: []said{{"ファンに", "浜口翔太", "continued"}}},
		{name: "the one who has them", text: "商社に勤めて30年。真理子さんには大学生の息子が2人いる。\n\n「息子たちには好きな道を選んでほしい」",
			wants: []said{{"息子たちには", "真理子", "continued"}}},
		{name: "those who answered", text: "新作について尋ねると、村瀬監督は「自信作です」と話した。\n\n「もう一度見たい」と回答した人は8割にのぼった。",
			wants: []said{{"自信作", "村瀬", "explicit"}, {"もう一度", "", ""}}},
		{name: "a kana given name after という", text: "20年来のファンというさとしさん（41歳）は、「最近は女性客が増えた」と話す。",
			wants: []said{{"最近は", "さとし", "explicit"}}},
		{name: "a topic two sentences back", text: "庭いじりの長い奈津美さん（41歳）は、今年は野菜に挑戦。初心者なので、苗から育てることにした。「初めての収穫は本当にうれしかった」。",
			wants: []said{{"初めての", "奈津美", "continued"}}},
		{name: "a sentence closing on a person, two back", text: "週末農業にはまったのは、会社員の沙織さん（33歳）。道具を一通りそろえた。畑は郊外に借りた。「土に触れると落ち着きます」",
			wants: []said{{"土に", "沙織", "continued"}}},
		{name: "the readers addressed", text: "年末が近づいて浮かれている女子の皆さん。大掃除を忘れていませんか？「今年の汚れは今年のうちに！」と意気込んでも、つい手が止まる。",
			wants: []said{{"今年の汚れ", "", ""}}},
		{name: "a chain joined with とか, heard from a mother", text: "思春期、千晴さんは、お母さんから「もっと女らしくしなさい」とか「言葉遣いに気を付けなさい」と言われるたびに反発した。",
			wants: []said{{"もっと", "母", "explicit"}, {"言葉遣い", "母", "explicit"}}},
		{name: "a chain joined with とか, generic", text: "会社員の千晴さんは話した。ほかにも「今の自分に満足できない」とか、「夢がかなわない」と嘆く人は多い。",
			wants: []said{{"今の自分", "", ""}}},
		{name: "from a foreign name right before the words", text: "港北を訪れた歌手のハーシュと会い「歌が心に響いた」と声をかけると、エリオットからは「あなたの町こそ最高の舞台だ！」と笑顔で応じた。",
			wants: []said{{"あなたの町", "エリオット", "source"}}},
		{name: "a crowd right before the words, not the sentence's medium", text: "ネット掲示板でも話題が続出し、ファンから「可愛さが際立っている」と歓喜の声が上がった。",
			wants: []said{{"可愛さ", "ファン", "source"}}},
		{name: "a role, not a name", text: "取引先に手土産を持参することの多い会社社長によれば、「女性の多い職場は気を使う」とのこと。",
			wants: []said{{"女性の多い", "会社社長", "source"}}},
		{name: "a question put to the person", text: "沙織さんは実家に帰った。「結婚はまだ？」という問いかけは、沙織さんのような独女にはプレッシャーだ。",
			wants: []said{{"結婚は", "", ""}}},
		{name: "the same police station", text: "港北署は9日、会社員の男を逮捕した。\n\n同署によると、似た手口の訪問が8件あった。同署は「玄関を開ける前に家族に相談してほしい」と注意を促している。",
			wants: []said{{"玄関を", "港北署", "explicit"}}},
		{name: "an obituary: the chief mourner is not the one its words are about", text: "画家の森川忠さんが3日、死去した。91歳だった。葬儀は近親者で行う。喪主は長女さくらさん。\n\n1935年、港町生まれ。2010年の取材には「絵は毎日描くものだ」と語っていた。",
			wants:   []said{{"絵は毎日", "森川忠", "continued"}},
			lexical: []said{{"絵は毎日", "", ""}}},
		{name: "the lead's subject, after sentences of facts about them", text: "陶芸家の沢井健二さんが港町に窯を開いた。窯は海のそばにある。広さは約30平方メートル。\n\n初日には「ここで土と向き合いたい」と語った。",
			wants:   []said{{"ここで土と", "沢井健二", "continued"}},
			lexical: []said{{"ここで土と", "", ""}}},
		{name: "what someone used to say, in a cleft after a sentence about them", text: "祖父の沢井健二さんは2017年に他界した。いつも言っていたのは「魚は潮が育てる」という言葉だ。",
			wants: []said{{"魚は潮", "沢井健二", "continued"}}},
		{name: "a complaint from a crowd to the city", text: "工事の間、沿道の住民から町に「朝早くから音が響いて困る」という苦情が届いた。\n\n保護者から学校に「通学路が暗い」との相談があった。",
			wants: []said{{"朝早く", "住民", "source"}, {"通学路", "保護者", "source"}}},
		{name: "an inquiry and a complaint from a crowd", text: "6月に利用者から「香りが前と違う」との問い合わせが町に届いた。\n\n住民から「夜の音がうるさい」との苦情も相次いだ。",
			wants: []said{{"香りが", "利用者", "source"}, {"夜の音", "住民", "source"}}},
		{name: "a request from a crowd", text: "保護者から「通学路に街灯を」という要望が出ていた。",
			wants: []said{{"通学路", "保護者", "source"}}},
		{name: "the same company as the source the paragraph cited", text: "港北電鉄は運転を見合わせた。\n\n港北システム開発によると、朝から端末の不具合が続く。同社は「復旧を急いでいる」と説明した。",
			wants: []said{{"復旧を", "港北システム開発", "explicit"}}},
		{name: "a city as the source is no company", text: "港北電鉄は運転を見合わせた。\n\n北浜市によると、けが人はいない。同社は「経緯を確かめる」と説明した。",
			wants:   []said{{"経緯を", "港北電鉄", "explicit"}},
			lexical: []said{{"経緯を", "", ""}}},
		{name: "the same station, past a bank named since", text: "港北署は9日、会社員の男を逮捕した。\n\n北浜信用組合の職員は「念のため用途を尋ねた」と話した。\n\n同署は「家族に相談してほしい」と注意を促している。",
			wants: []said{{"念のため", "北浜信用組合の職員", "explicit"}, {"家族に", "港北署", "explicit"}}},
		{name: "the same association, past a company named since", text: "業界団体の港北書店協会は手引を作る。北浜商事は対策を急ぐ。同協会は「店と客の双方を守る」と説明した。",
			wants: []said{{"店と客", "港北書店協会", "explicit"}}},
		{name: "the same city, and one who lives there", text: "北浜市は新しい制度を設けた。同市は「利用を広げたい」としている。\n\n同市の男性（45）は「助かる」と話した。",
			wants: []said{{"利用を", "北浜市", "explicit"}, {"助かる", "北浜市の男性", "pronoun"}}},
		{name: "the same association, named in brackets with its kind at the end", text: "住民が立ち上げた「港北の森を残す会」は署名を届けた。同会は「説明が足りない」と訴えた。",
			wants: []said{{"説明が", "港北の森を残す会", "explicit"}}},
		{name: "the same company, named in brackets after what it runs", text: "港北村で製材所を営む「ミナト木材」（同村）が住民に計画を示した。\n\n同社は「計画は改める余地がある」と述べた。",
			wants: []said{{"計画は", "ミナト木材", "explicit"}}},
		{name: "the same company, named in brackets before where it is based", text: "「ミナト木材」（本社・港北村）が住民に計画を示した。\n\n同社は「計画は改める余地がある」と述べた。",
			wants: []said{{"計画は", "ミナト木材", "explicit"}}},
		{name: "the same company, named in brackets after its kind", text: "港南市西町の物流会社「みなと運輸」の倉庫から火が出た。けが人はいなかった。\n\n同社は「ご迷惑をおかけし申し訳ない」とコメントした。",
			wants: []said{{"ご迷惑", "みなと運輸", "explicit"}}},
		{name: "a titled subject of its own, not the one before", text: "モリス大統領は「国民の生活が最優先だ」と述べた。一方、野党のグラント上院院内総務は声明で「遅すぎる判断だ」と批判した。",
			wants: []said{{"国民の", "モリス", "explicit"}, {"遅すぎる", "グラント", "explicit"}}},
		{name: "a sentence wrapped around its quotations", text: "この騒ぎに対し、ネットユーザーからは\n「言えた立場か」「どこでも同じ」\nといった声が上がった。",
			wants: []said{{"言えた立場か", "ネットユーザー", "source"}, {"どこでも同じ", "ネットユーザー", "source"}}},
		{name: "comments one per line stay each on its own, under their source", text: "これを受け、ネット掲示板では\n「名前は成長に影響すると思う」\n「子供に罪はないだけに、将来が心配だ」\nなど、さまざまな声が上がった。",
			wants: []said{{"名前は", "ネット掲示板", "source"}, {"子供に罪は", "ネット掲示板", "continued"}}},
		{name: "words named as someone's reaction", text: "娘は「お兄ちゃんとお母さんと妹」と答えた。「おい、じゃパパは？」とのお父さんの戸惑いに、会場が沸いた。「もう限界だ」との山田さんの訴えに、市は動いた。",
			wants: []said{{"おい", "父", "following"}, {"もう限界", "山田", "following"}}},
		{name: "the same source by its role", text: "日本政府関係者によると、会談では経済安全保障が議題となる見通しだ。同関係者は「日程は詰めの段階にある」と話している。",
			wants: []said{{"日程は", "日本政府関係者", "pronoun"}}},
		{name: "a place or a plan before は is no speaker", text: "しかし移住先は「支援制度のある地域を狙っている」と指摘する声も。改善策は「まだ足りない」との見方もある。",
			wants: []said{{"支援制度", "", ""}}},
		{name: "a cleft after a compound verb", text: "それでも、逆転を「可能です」と言い切るのは、五輪金メダリストの荒井静香さんだ。",
			wants: []said{{"可能です", "荒井静香", "following"}}},
		{name: "the sentence before the last closes on the person", text: "中学時代はファンクラブもあったというケイスケさん（25歳）。イケメンな彼にとって褒め言葉は挨拶と同じだ。\n\n「嬉しくないわけではないけど、またかという感じです」",
			wants:   []said{{"嬉しくない", "ケイスケ", "continued"}},
			lexical: []said{{"嬉しくない", "", ""}}},
		{name: "a cleft after a verb that is no verb of speech", text: "本音を聞いて「良いじゃないですか、見返しましょう！」と心強い言葉で後押ししてくれるのは、ゴルフ教室「港ゴルフ」代表の星崎豪さん。",
			wants: []said{{"良いじゃない", "星崎豪", "following"}}},
		{name: "the one whose view it is", text: "会社員の千晴さんは悩んでいる。独女たちにしてみても、妥協できない自分に「これくらいの我慢は必要なのかも」と自己嫌悪に陥る。ファンからすれば「もっと試合に出てほしい」と思うのは当然だ。",
			wants: []said{{"これくらい", "独女たち", "explicit"}, {"もっと試合", "ファン", "explicit"}}},
		{name: "a stratum as a crowd", text: "なかでも主婦層が多く、その魅力を「毎週が待ち遠しい」と語っていた。",
			wants: []said{{"毎週", "主婦層", "explicit"}}},
	})
}

func TestRelativeHeadsAndSources(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a friend as the topic, after another person", text: "その男性は普段は温厚な方なんですが、女友達は「二度と一緒に行かない！」と言っていました。",
			wants: []said{{"二度と", "女友達", "explicit"}}},
		{name: "a crowd seen saying it", text: "ゲートが開いた。会場には「思ったより広い」と驚く女子高生の姿もあった。",
			wants: []said{{"思ったより", "女子高生", "following"}}},
		{name: "a named person seen saying it", text: "ゲートが開いた。会場には「思ったより広い」と驚く野村沙希さんの姿もあった。",
			wants: []said{{"思ったより", "野村沙希", "following"}}},
		{name: "a release of the company named before", text: "港北物産は新しい工場を建てる。\n\n10日、同社が発表したリリースによると、「地元の雇用を増やしていきます」とのことだ。",
			wants: []said{{"地元の", "港北物産", "explicit"}}, lexical: []said{{"地元の", "", ""}}},
		{name: "a source with a heading before the voices", text: "調査では顔写真を載せる人が増えた。実際に顔写真を載せている人からはメリットとして「安心される」「見つけてもらいやすい」「昔の同級生から何年かぶりに連絡が来て驚いた」という意見が挙がった。",
			wants: []said{{"安心される", "顔写真を載せている人", "source"}, {"見つけて", "顔写真を載せている人", "source"}, {"昔の同級生", "顔写真を載せている人", "source"}}},
		{name: "a person introduced with an age before the words", text: "「もう会わない」というミナさん。\n\n最後に、ユリコさん（33歳）のエピソードをご紹介しよう。「初めてのデートで財布を忘れられたんです」",
			wants: []said{{"もう会わない", "ミナ", "following"}, {"初めての", "ユリコ", "continued"}}},
		{name: "a person mentioned with an age, then the one speaking goes on", text: "佐伯真奈美さんは「続けたい」と話す。同僚の戸田さん（41）も同じ部署だ。「毎日が勉強です」",
			wants: []said{{"続けたい", "佐伯真奈美", "explicit"}, {"毎日が", "戸田", "continued"}}},
		{name: "a question put to someone", text: "司会の沢渡健一は「体育会系は嫌いじゃない」と話していた。そのとき「真奈ちゃんも体育会系だよね？」と沢渡がふったのだ。",
			wants: []said{{"真奈ちゃんも", "沢渡健一", "following"}}, lexical: []said{{"真奈ちゃんも", "沢渡健一", "continued"}}},
		{name: "the saying, then who it was, over a clause", text: "「元気があれば何でもできる！」\n\nそう言って今年デビュー30周年を迎えるのが、プロレスラーの大川剛だ。",
			wants: []said{{"元気が", "大川剛", "following"}}, lexical: []said{{"元気が", "", ""}}},
		{name: "the saying, then what happened", text: "「もう帰ろう」\n\nそう言って店を出たのが、午後10時のことだった。",
			wants: []said{{"もう帰ろう", "", ""}}},
		{name: "the time of a person's life", text: "ネット通販は参入が難しい。事実、若林修さんの立ち上げ時も「初日は600円の売上でした」と苦笑い。",
			wants: []said{{"初日は", "若林修", "explicit"}}},
		{name: "the time of a person's life, told by someone else", text: "妻の恵子さんは、若林修さんの学生時代は「とにかく無口だった」と笑う。",
			wants: []said{{"とにかく", "恵子", "explicit"}}},
		{name: "a given name ending in 男 is no crowd", text: "新潟で農業を営む若林輝男さんに聞いた。\n\n参入は難しい。事実、若林さんの立ち上げ時も「初日は600円の売上でした」と苦笑い。彼は「続けてよかった」と話す。",
			wants:   []said{{"初日は", "若林輝男", "explicit"}, {"続けて", "若林輝男", "pronoun"}},
			lexical: []said{{"初日は", "若林", "explicit"}, {"続けて", "若林", "pronoun"}}},
		{name: "the one then spoken to, named after という", text: "解説の西尾宏氏も「4点取れた」と同調した。その後も、「3点目が素晴らしかった」という西尾氏に、「私はこれから祝勝会に行くから」と返す場面もあった。",
			wants:   []said{{"4点", "西尾宏", "explicit"}, {"3点目", "西尾宏", "following"}, {"私はこれから", "", ""}},
			lexical: []said{{"4点", "西尾宏", "explicit"}, {"3点目", "西尾", "following"}, {"私はこれから", "", ""}}},
		{name: "an answer after the talk turns to a question", text: "会見には主演の沢口健吾が登場した。\n\n記者の「一番の思い出は？」という問いに照れ笑い。さらに「人生の転機は？」と話が及ぶと「やっぱり上京かな」と明かした。",
			wants:   []said{{"人生の転機", "", ""}, {"やっぱり", "沢口健吾", "continued"}},
			lexical: []said{{"人生の転機", "", ""}, {"やっぱり", "", ""}}},
		{name: "a question put by a reporter, then the answer", text: "イベントに女優の杉浦彩乃が登場した。杉浦は「興奮しました」と話した。「最近他に興奮したことは？」という記者からの質問に対しては「先週ありました」と意味深な回答。",
			wants:   []said{{"興奮しました", "杉浦彩乃", "explicit"}, {"最近他に", "記者", "following"}, {"先週", "杉浦彩乃", "continued"}},
			lexical: []said{{"興奮しました", "杉浦", "explicit"}, {"最近他に", "記者", "following"}, {"先週", "", ""}}},
		{name: "a source in the sentence before goes on in their own words", text: "喫茶店を営む大橋透さんも「うれしい」と話す。\n\n組合の森本一雄理事長によると、最盛期には約80店が並んだが、2020年には30店を切った。「このままでは通りがなくなると思った」",
			wants: []said{{"うれしい", "大橋透", "explicit"}, {"このままでは", "森本一雄", "continued"}}, lexical: []said{{"うれしい", "大橋透", "explicit"}}},
		{name: "a body as the source in the sentence before", text: "喫茶店を営む大橋透さんも「うれしい」と話す。\n\n港南署によると、通りでは夜の事件が増えた。「防犯カメラを増やしたい」",
			wants: []said{{"防犯カメラ", "大橋透", "continued"}}},
		{name: "a surname filed as a place, alone after the full name", text: "舞台には主演の林下清志さんが登壇した。\n\n共演者が花束を渡した。林下は「楽しかった」と話した。",
			wants: []said{{"楽しかった", "林下清志", "explicit"}}, lexical: []said{{"楽しかった", "林下", "explicit"}}},
		{name: "a role, then a stage name after ・", text: "番組ではメインキャスター・魔裟人が、「どうですか、杉村さん」と突然話を振った。",
			wants: []said{{"どうですか", "魔裟人", "explicit"}}},
		{name: "a role, then a department after ・, is no name", text: "広報担当・スタッフは「ぜひ来てください」と語った。",
			wants: []said{{"ぜひ", "広報担当・スタッフ", "explicit"}}},
		{name: "a crowd's comments before the words", text: "人気投票の結果が出た。同サイトに寄せられるファンのコメントも「競争を考えると、誰が出てもおかしくない」と冷静だ。",
			wants: []said{{"競争を", "ファン", "source"}}},
		{name: "a person's comment before the words", text: "北浜市の沢井一郎市長のコメントは「大変遺憾であり、再発防止を求める」というものだった。",
			wants: []said{{"大変遺憾", "沢井一郎", "explicit"}}, lexical: []said{{"大変遺憾", "沢井一郎", "explicit"}}},
		{name: "a long chain of voices after their medium", text: "この記事に対し、ネット上では「ここまでひどい会社はなかなかないぞ」「テレビはこういう現状は一切報道しないよね」「さすがにひどすぎるだろう」「社員は人じゃない」と批判が殺到している。",
			wants: []said{{"ここまで", "ネット上", "source"}, {"社員は", "ネット上", "source"}}},
		{name: "a world of people as the source", text: "雑誌でも特集が組まれたが、ギャル界では「キモイよね」「無理だわ」「弱そうに見える」と非難の声も。",
			wants: []said{{"無理だわ", "ギャル界", "source"}, {"弱そうに", "ギャル界", "source"}}},
		{name: "the world is no one", text: "漫才の世界は厳しい。「もう辞めたい」と何度も思った。",
			wants: []said{{"もう辞めたい", "", ""}}},
		{name: "answers in brackets after the questions of an interview", text: "ジムの代表・宮内タケシ氏に話を聞いた。\n\n――加圧と出会ったきっかけは？\n\n「以前から格闘技のジムに通っていたんです」\n\n――当時の体重は？\n\n「一時は100キロくらいありましたね」",
			wants: []said{{"以前から", "宮内タケシ", "dialogue"}, {"一時は", "宮内タケシ", "dialogue"}}, lexical: []said{{"以前から", "タケシ", "dialogue"}, {"一時は", "タケシ", "dialogue"}}},
		{name: "the words of an official blog the paragraph before reads from", text: "24日に更新された三浦浩成オフィシャルブログ「浩成日記」では、その様子を綴っている。\n\n「実は朝からショッキングな出来事が……」と切り出した。",
			wants: []said{{"実は朝から", "三浦浩成", "continued"}}, lexical: []said{{"実は朝から", "", ""}}},
		{name: "the words of a blog, in the same paragraph", text: "騎手の三浦浩成さんのブログでは、その様子を綴っている。「実は朝から大変でした」",
			wants: []said{{"実は朝から", "三浦浩成", "continued"}}, lexical: []said{{"実は朝から", "三浦浩成", "continued"}}},
		{name: "words anyone might keep saying, in a condition", text: "友人と会うのが楽しみだという美穂さん。しかし、「ストレス解消だから」とグチばかり言っていると、周りは離れていく。",
			wants: []said{{"ストレス解消", "", ""}}},
		{name: "a topic who keeps saying it", text: "美穂さんは「ストレス解消だから」とグチばかり言っていると笑う。",
			wants: []said{{"ストレス解消", "美穂", "explicit"}}},
		{name: "the company the lead is about, named again as 同社", text: "グリモワは20日、交換機能を停止することを明らかにした。\n\n同社は、「ご利用の皆様に深くお詫び申し上げます」とコメントしている。",
			wants: []said{{"ご利用の", "グリモワ", "explicit"}}, lexical: []said{{"ご利用の", "", ""}}},
		{name: "a person the lead is about is no company", text: "ミランダは20日、新作を発表した。会見に同席したミランダさんは「楽しみです」と話した。\n\n同社は「詳細は後日」とした。",
			wants: []said{{"詳細は", "", ""}}},
		{name: "voices one per line under their source", text: "番組の内容が波紋を呼んだ。\n\n一方でネットユーザーからは\n\n「おいおい、どういう事だよ」\n\n「もう放送をやめてしまえ」\n\n「一体誰が決めたんだよ、まったく」といった批判が相次いだ。",
			wants: []said{{"おいおい", "ネットユーザー", "source"}, {"もう放送", "ネットユーザー", "continued"}, {"一体誰が", "ネットユーザー", "source"}}},
		{name: "a survey's question after a line of voices is no voice", text: "調査では「日焼けが気になる」という声が多かった。\n\n「気になるのは、どんな時ですか？」という質問には、通勤時が最多だった。",
			wants: []said{{"気になるのは", "", ""}}},
		{name: "a bare person word with no clause", text: "会場の人からは「楽しかった」という声が聞かれた。",
			wants: []said{{"楽しかった", "会場の人", "source"}}},
	})
}

func TestWhatThereIsAndLateNames(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a long title is no quotation", text: "野球情報サイトを運営する港西ネットは、「来季のキーマンは誰だ！」と題し、全12球団のファンにアンケートを実施した。",
			none: []string{"来季の"}},
		{name: "the topic of the last clause, with a comma after は", text: "沢口と北条氏は懇意で、店の関係者は、「北条さんにとっては妹のような存在だったのでしょう」と語った。",
			wants: []said{{"北条さんに", "店の関係者", "explicit"}}},
		{name: "a name no dictionary holds, once it spoke, answers the question put next", text: "密着取材で今の気持ちを訊かれた白峰龍は、「とにかく、土俵のことは考えたくないですね」と語った。\n\nさらに、白峰龍が起こしたとされる騒動について言及すると、「本気で怒ったら、大変なことになりますよ」と否定した。",
			wants:   []said{{"とにかく", "白峰龍", "explicit"}, {"本気で", "白峰龍", "explicit"}},
			lexical: []said{{"とにかく", "白峰龍", "explicit"}, {"本気で", "白峰龍", "continued"}}},
		{name: "a ring name the dictionary lacks, printed before, where only a speaker stands",
			text: "新大関の剣王都が会見した。\n\nこれまで突き押しを見せてこなかった剣王都は、「けがの影響があった」と理由を語った。\n\n" +
				"記者が「もっと押せたのでは」と尋ねると、「お客さんに長く見てほしい」という剣王都。\n\nまた、「夜も稽古した」と明かした剣王都だが、表情は明るかった。",
			wants:   []said{{"けがの", "剣王都", "explicit"}, {"お客さんに", "剣王都", "following"}, {"夜も", "剣王都", "following"}},
			lexical: []said{{"けがの", "", ""}, {"お客さんに", "剣王都", "following"}, {"夜も", "剣王都", "following"}}},
		{name: "a name the dictionary lacks asks a question with 質問する",
			text:    "新人の瀬那は「登ったことはないです」と話した。\n\n瀬那が「山頂には何があるんですか？」と質問すると、案内役の村岡健太は「小さな祠だけです」と答えた。",
			wants:   []said{{"登った", "瀬那", "explicit"}, {"山頂には", "瀬那", "explicit"}, {"小さな祠", "村岡健太", "explicit"}},
			lexical: []said{{"登った", "瀬那", "explicit"}, {"山頂には", "", ""}, {"小さな祠", "村岡健太", "explicit"}}},
		{name: "the one named after a noun of speech and a light verb closes the sentence",
			text:  "投手の沢井健二（28）が番組に出演した。\n\n最後には、司会の北浜氏が読み上げた便りにも、「差出人は母ですよね？」と素早い指摘をみせた沢井。会場は沸いた。",
			wants: []said{{"差出人は", "沢井健二", "following"}}},
		{name: "a thought told as a norm is nobody's words",
			text:  "店主の北浜健太さんは「客が来ない」と嘆いた。\n\n「値段さえ下げれば客は来る」と思ってはいけない。「広告を打てば売れる」と考えがちだが、接客は大事だ。",
			wants: []said{{"客が来ない", "北浜健太", "explicit"}, {"値段さえ", "", ""}, {"広告を", "", ""}}},
		{name: "彼 points back past the last sentences to a foreign name that closed one",
			text: "注目は、続編の誘いを断って本作を選んだという、マルコ・ベルティーニ。陽気で気取らない人柄だ。そんな彼の会見が開かれた。\n\n" +
				"今回、彼が演じた役どころは、「とにかく短気な男」と説明した上で、「演じていて楽しかった」と語る。",
			wants: []said{{"とにかく", "マルコ・ベルティーニ", "pronoun"}, {"演じて", "マルコ・ベルティーニ", "pronoun"}}},
		{name: "the next sentence opens with whose words they were",
			text:  "八百屋ではいつもミカンをおまけしてくれた。「坊主、よく食べろよ」。店主のだみ声を、今も覚えている。\n\n「よく来たね」。沢井健二さんの声が響いた。",
			wants: []said{{"坊主", "店主", "following"}, {"よく来た", "沢井健二", "following"}}},
		{name: "the one the sentence before closes on asks",
			text: "司会の北浜が歌手の川瀬ゆかりと港を歩いた。\n\n散歩をしながら、川瀬に質問を重ねる北浜。「本番の前は緊張する？」と尋ねると、川瀬は「意外と平気です」と答えた。\n\n" +
				"記念に「一枚撮ってもいいですか？」とお願いすると、川瀬はにっこり笑った。",
			wants:   []said{{"本番の前", "北浜", "continued"}, {"意外と", "川瀬ゆかり", "explicit"}, {"一枚撮って", "", ""}},
			lexical: []said{{"本番の前", "", ""}, {"意外と", "川瀬", "explicit"}, {"一枚撮って", "", ""}}},
		{name: "whose words, named before them with の and a noun for words after them",
			text:  "北浜商事に対し、現地スタッフの「まずは小さな店で試してはどうか」という助言もあった。\n\n市長の沢井健二氏の「予算は守る」との発言が波紋を広げた。",
			wants: []said{{"まずは小さな", "現地スタッフ", "explicit"}, {"予算は", "沢井健二", "explicit"}}},
		{name: "terms listed with と言った and a network's programme are no quotations",
			text: "店主が言うおしゃれは、「髪形・靴・鞄」と言った、細部への気配りを含む。\n\n歌手の矢沢は、テレビ北浜系「夜のニュース」のテーマを演奏した。\n\n" +
				"利用者からは「ワンピースを着ると困る(26歳)」「お腹が張る(31歳)」と言った声が届いた。",
			none:  []string{"髪形・", "夜のニュース"},
			wants: []said{{"ワンピース", "利用者", "source"}}},
		{name: "a name in kana and kanji after a trade and の speaks",
			text:  "作家の北浜修は「締め切りは守る」と述べた。\n\nタレントのみなみ愛は「頑張ります」と話した。\n\n歌手のさくらは、昨年の舞台は「楽しかった」と話した。",
			wants: []said{{"締め切り", "北浜修", "explicit"}, {"頑張ります", "みなみ愛", "explicit"}, {"楽しかった", "さくら", "explicit"}}},
		{name: "a reader's words named after their quotative, the reply as a reporting verb",
			text:  "「採用がすごい」との投稿者の発言に対して、北浜社長は「雇用に貢献したい」と返信した。",
			wants: []said{{"採用が", "投稿者", "following"}, {"雇用に", "北浜", "explicit"}}},
		{name: "comments listed one per paragraph and closed as voices are nobody's",
			text:  "北浜社長は「雇用に貢献したい」と述べた。\n\n「すごい」\n\n「本当かな」\n\n「応援します」\n\n様々な意見が寄せられている。",
			wants: []said{{"雇用に", "北浜", "explicit"}, {"すごい", "", ""}, {"本当かな", "", ""}, {"応援します", "", ""}}},
		{name: "one speaker's paragraphs without a closing are still the speaker's",
			text:  "北浜社長は「雇用に貢献したい」と述べた。\n\n「採用は続けます」\n\n「地方にも広げます」\n\n「来年も同じ規模です」\n\n社長は会見を終えた。",
			wants: []said{{"採用は", "北浜", "continued"}, {"来年も", "北浜", "continued"}}},
		{name: "a product or a book in a list with its kind or author in brackets is no quotation",
			text: "会社員の早瀬美里さん（33）のお気に入りは「港の灯台」（北浜出版　山田花子/著）。\n\n北浜ワイン様からは「いろいろなワインがあります」とのメッセージ。\n\n" +
				"「みなと完熟ナイヤガラ」（白ワイン）\n1,200円（税込）",
			none: []string{"港の灯台", "みなと完熟ナイヤガラ"}},
		{name: "a bare surname or given name the dictionary files as a name speaks where a verb of speech says so",
			text: "遠藤は突然立ち上がり、「先に挨拶をしておきます」と店主に挨拶した。\n\n「悔いはないです」という健太は、「次も勝ちたい」と続けた。\n\n" +
				"俳優の川瀬ユウキは、その姿を「まるで嵐の後の港だ」と表現した。\n\n遠藤は朝から港にいた。",
			wants:   []said{{"先に挨拶", "遠藤", "explicit"}, {"悔いは", "健太", "following"}, {"次も", "健太", "explicit"}, {"まるで嵐", "川瀬ユウキ", "explicit"}},
			lexical: []said{{"先に挨拶", "", ""}, {"悔いは", "", ""}, {"次も", "健太", "explicit"}, {"まるで嵐", "", ""}}},
		{name: "one more speaker marked with も after the quotative",
			text:  "「上下の礼儀がおかしい」と説明され、「挨拶はしなきゃあかん」と芸人の沢井健二さんも笑顔で同意した。「それは違う」と何度も繰り返した。",
			wants: []said{{"挨拶は", "沢井健二", "following"}}},
		{name: "the person a clause of contrast is about, unless another subject follows",
			text: "経済力を第一に考えていた看護師の北村歩さんだが、「経済力よりは思いやりが大切かもしれない」と考えを改めつつある。\n\n" +
				"「いい気分だよね」と語る北村歩さんだったが、同僚の島田絵里さんは「まだ早い」と首をかしげた。\n\n" +
				"会社員の北村歩さんだが、親戚からも「早く結婚しなさい」と言われたという。",
			wants: []said{{"経済力より", "北村歩", "explicit"}, {"まだ早い", "島田絵里", "explicit"}, {"早く結婚", "", ""}}},
		{name: "a trade in katakana speaks where a verb of speech says so",
			text:  "K-Marineのデザイナーは取材に対し「この色は港の朝焼けです」と話した。\n\nシェフがもてなす今年のディナーのテーマは「素材を豪快に味わう」。",
			wants: []said{{"この色は", "K-Marineのデザイナー", "explicit"}}, lexical: []said{{"この色は", "K-Marineのデザイナー", "explicit"}},
			none: []string{"素材を豪快に"}},
		{name: "words said to someone are not theirs",
			text:    "「休みたい時はないですか？」と尋ねる黒柳。これに沢井が「今日はすごい楽しみです」と答えるや、「ホントにー」と一気にテンションが上がりだし、「今日は、ちょっと滑って頂けるって」と実際のリンクで沢井に演技をお願いした。",
			wants:   []said{{"今日はすごい", "沢井", "explicit"}, {"今日は、ちょっと", "", ""}},
			lexical: []said{{"今日はすごい", "", ""}, {"今日は、ちょっと", "黒柳", "continued"}}},
		{name: "a given name in kana after a family name marks the topic",
			text:  "川瀬ゆかりは「海の近くで育ちました」と語った。",
			wants: []said{{"海の近く", "川瀬ゆかり", "explicit"}}, lexical: []said{{"海の近く", "", ""}}},
		{name: "a voice noun as the object of a verb of speech goes on with the topic",
			text:  "先輩の沢井健二も吹き替えに初挑戦。主人公を支える役を演じて、「心情に寄り添うのが難しかった」と感想を語っていました。",
			wants: []said{{"心情に", "沢井健二", "continued"}}, lexical: []said{{"心情に", "", ""}}},
		{name: "a title named by the work noun after it is no quotation",
			text:  "映画『青い港』は、「走れ！北浜高校」などの代表作を持つ森下蒼一の原作だ。主題歌は「ひかりの道」という新曲だ。",
			wants: []said{}, none: []string{"走れ", "ひかりの道"}},
		{name: "a named person and others after an honorific",
			text:  "芹澤花子さんらも、「道具選びも楽しみのうちです」と話す。",
			wants: []said{{"道具選び", "芹澤花子", "explicit"}}, lexical: []said{{"道具選び", "", ""}}},
		{name: "what the words are about is no subject of its own",
			text:    "北浜市の森下蒼一市長は「計画は順調だ」と述べた。一方、開業の具体的な日程は「まだ決まっていない」とした。",
			wants:   []said{{"計画は", "森下蒼一", "explicit"}, {"まだ決まって", "森下蒼一", "continued"}},
			lexical: []said{{"計画は", "森下蒼一", "explicit"}, {"まだ決まって", "", ""}}},
		{name: "testimony signed with a place and an age",
			text:  "■利用者の声\n\n「夜間の停電でも安心して過ごせた」（北浜市・60代男性）",
			wants: []said{{"夜間の停電", "北浜市・60代男性", "dialogue"}}},
		{name: "voices that arose about the topic are not its words",
			text: "サックス奏者の沢井健二がブログで謝罪した。\n\n沢井は、番組「夜のニュース」のテーマ曲や、CM曲「海へ」を作曲・演奏し、自身もCMに出演するなど、ジャズの世界ではそれなりに知られた存在だが、" +
				"一般層での知名度の無さから、「作り話だろ」「売名成功だね」「どうせ後から謝罪するんだろ」という批判も起こっている。",
			wants: []said{{"作り話", "", ""}, {"どうせ", "", ""}}},
		{name: "words cut short hand the turn to the other one",
			text:    "森下蒼一は「まだ早い」と首を振った。沢井が「どうしてですか」と言いかけると、「準備、準備」と話を切り上げようとするのだった。",
			wants:   []said{{"まだ早い", "森下蒼一", "explicit"}, {"どうして", "沢井", "explicit"}, {"準備、準備", "森下蒼一", "continued"}},
			lexical: []said{{"まだ早い", "森下蒼一", "explicit"}, {"どうして", "", ""}, {"準備、準備", "", ""}}},
		{name: "the one asked for a comment answers; a name line with the group in brackets",
			text: "また、主演の沢井健二さんに日本へのコメントを求めると、「また日本に来たいです。本当に楽しい現場でした」と笑顔を見せた。\n\n" +
				"川瀬由香（青空ガールズ（仮））\n\n「チアの映画だと聞いた時は、私たちにできるか不安でした。」",
			wants:   []said{{"また日本に", "沢井健二", "explicit"}, {"チアの映画", "川瀬由香", "dialogue"}},
			lexical: []said{{"また日本に", "沢井健二", "explicit"}}},
		{name: "a side, a child and a foreign official before the department of the title",
			text: "野党側は「具体策に欠ける」と批判している。\n\n参加する6年生の男の子は「てっぺんから海を見るのが楽しみです」と話していました。\n\n" +
				"米国のハリス国務副長官は13日、会見した。ハリス国務副長官は「地域の安定は共通の利益だ」と強調した。\n\n受け取る側にすれば、「次はあなたの番よ」と言われても困る。",
			wants: []said{{"具体策", "野党側", "explicit"}, {"てっぺん", "6年生の男の子", "explicit"}, {"地域の安定", "ハリス", "explicit"}, {"次はあなた", "", ""}}},
		{name: "voices closed with how they sound are a crowd's, not the last speaker's",
			text:  "これに対し運営側は「大きな問題とは思えない」と述べた。\n\nこれに対し国内では「洒落にならない」「本気で主張するんですね」などと否定的な声が多く見られた。",
			wants: []said{{"大きな問題", "運営側", "explicit"}, {"洒落に", "", ""}, {"本気で", "", ""}}},
		{name: "an announcer by the short title, a question asked, a press office",
			text: "司会の森永アナが「減税は効果がありますか」と聞くと、評論家の川上浩さんは「限定的です」と答えた。\n\n店主は「もう閉めるのか」と聞いた。\n\n" +
				"北浜商事は新製品を発表した。同社広報部は「詳細は決まっていない」としている。\n\nその話題で、ジョアナさんは「楽しい」と話した。",
			wants: []said{{"減税は", "森永", "explicit"}, {"限定的", "川上浩", "explicit"}, {"もう閉める", "店主", "explicit"}, {"詳細は", "同社広報部", "explicit"}, {"楽しい", "ジョアナ", "explicit"}}},
		{name: "a trade with whose it is in brackets after the words, then a quotative",
			text:  "「円安の流れは続く」（国内証券のアナリスト）との見方が多い。",
			wants: []said{{"円安の", "国内証券のアナリスト", "dialogue"}}},
		{name: "a family tie before a name with ・",
			text:  "娘の守る対象から外れた父親・マルコは「これ終わったら、家族会議だぞ」と笑いを誘った。",
			wants: []said{{"これ終わったら", "マルコ", "explicit"}}},
		{name: "names and terms a noun after them stands for are no quotation; the words of a kind of person are",
			text: "店主の岡部徹さんは「客が減った」と話した。\n\n菓子の棚には「みなとおばさんのクッキー」「みなとおばさんのチーズケーキ」といった名前が並ぶ。\n\n" +
				"「衛生面が不安だから使わない」という人もいる。\n\n「今は、すっかり家族よ」なんていう言葉も聞かれる。",
			wants: []said{{"客が減った", "岡部徹", "explicit"}, {"衛生面", "", ""}, {"今は、すっかり", "", ""}},
			none:  []string{"みなとおばさんのクッキー", "みなとおばさんのチーズケーキ"}},
		{name: "a bare surname right before words that close the sentence",
			text:  "試合後、北浜FCの沢井健二監督は「選手がよく走った」と振り返った。\n\n先制点を挙げた島田は「思い切って打った。入ってよかった」。",
			wants: []said{{"思い切って", "島田", "explicit"}}},
		{name: "a company as the topic, a date between it and the words",
			text:  "北浜電力は14日、「安全確認に万全を期す」とのコメントを発表した。\n\n北浜光学は14日、「ミラー1」と関連製品を発売すると発表した。",
			wants: []said{{"安全確認", "北浜電力", "explicit"}}},
		{name: "the authority a text names by one kanji",
			text:  "経済産業省の担当者は「報告を待ちたい」との認識を示した。\n\n事故を受け、県は「再発防止策の提出を求める」としている。",
			wants: []said{{"報告を", "経済産業省の担当者", "explicit"}, {"再発防止", "県", "explicit"}}},
		{name: "a body named by one kanji after its full name",
			text:  "港北市立港南動物園は10日、キリンの子が誕生したと発表した。\n\n同園によると、母子とも元気だ。園は「秋には公開できそうだ」としている。\n\n北浜署によると、男は容疑を認めている。署は「余罪を調べる」としている。",
			wants: []said{{"秋には", "港北市立港南動物園", "explicit"}, {"余罪を", "北浜署", "explicit"}}},
		{name: "a body named again by its last word alone",
			text: "港北大学と市などでつくる研究チームは5日、古い石垣から瓦が見つかったと発表した。\n\nチームは「築城の年代を知る手がかりになる」としている。\n\n" +
				"北浜市の港湾祭実行委員会は、今年の花火を中止する。実行委員会は「安全を優先した」と説明した。",
			wants: []said{{"築城の", "研究チーム", "pronoun"}, {"安全を", "港湾祭実行委員会", "pronoun"}}},
		{name: "a name, then the post it holds after ・",
			text:    "村岡健太・北浜市長は「財源は確保できる」と述べた。岸本・南浜市長は「歓迎したい」と述べた。",
			wants:   []said{{"財源は", "村岡健太", "explicit"}, {"歓迎", "岸本", "explicit"}},
			lexical: []said{{"財源は", "村岡健太・北浜市長", "explicit"}}},
		{name: "a post, a space and a name on the line over the words; a head of a section of a co-op",
			text: "■生産者コメント\n\n港北麦の会代表　井岡茂樹\n\n「最初は、パンに向く麦が本当にできるのか半信半疑でした」\n\n" +
				"同部会の松永裕子部会長は「品質は申し分ない」と話す。松永部会長は「若い人が参入しやすい仕組みを考えたい」とも語った。",
			headings: []int{0},
			wants:    []said{{"最初は", "井岡茂樹", "dialogue"}, {"品質は", "松永裕子", "explicit"}, {"若い人", "松永裕子", "explicit"}},
			lexical:  []said{{"品質は", "松永裕子", "explicit"}}},
		{name: "the defence counsel and a deputy prosecutor speak",
			text:    "控訴するかどうかについて、弁護人は「判決文を精査したい」と述べた。港北地検の村井次席検事は「適切に対応したい」とのコメントを出した。",
			wants:   []said{{"判決文", "弁護人", "explicit"}, {"適切に", "村井", "explicit"}},
			lexical: []said{{"判決文", "弁護人", "explicit"}}},
		{name: "the speaker the next paragraph names as having said it",
			text:  "村岡市長は「計画を見直す」と述べた。\n\n「窓口が狭くて使いづらい。早く何とかしてほしい」\n\n市役所を訪れていた会社員の男性（45）はこう話した。",
			wants: []said{{"窓口が", "会社員の男性", "following"}}},
		{name: "a thing as the topic is not carried on", text: "新しい看板は「ようこそ港町へ」と訴える。\n\nさらに、由来について言及すると、「昔から船の町でした」と答えた。",
			wants: []said{{"昔から", "", ""}}},
		{name: "another with the same title is not the one named with it", text: "会派代表の森下和子市議は「説明が不十分だ」と批判した。\n\n「計画には賛成だが、進め方に問題がある」。別の市議はこう話す。",
			wants: []said{{"説明が", "森下和子", "explicit"}, {"計画には", "別の市議", "following"}}},
		{name: "a field in brackets after a title", text: "相手国の外相は声明で「仲介を歓迎する」と表明した。湊浜大学の佐伯亮太教授（国際政治）は「合意しても履行されるかは別問題だ」と指摘する。",
			wants: []said{{"仲介を", "相手国の外相", "explicit"}, {"合意しても", "佐伯亮太", "explicit"}}},
		{name: "teammates as a source of short voices", text: "主将の岡田翔太選手は「支えてくれた皆さんのおかげです」と語った。チームメートからは「寂しい」「もっと一緒にやりたかった」との声が上がった。",
			wants: []said{{"支えて", "岡田翔太", "explicit"}, {"寂しい", "チームメート", "source"}, {"もっと", "チームメート", "source"}}},
		{name: "dialogue turns under a one-kanji surname", text: "お笑いコンビの岡部大輝（38）と森啓介（37）が出演した。\n\n岡部「森はとにかく遅刻するんですよ」\n\n森「いや、あれは目覚ましが壊れてたの！」\n\n司会者が「今は改善してるんですか？」と尋ねると、森は「最近は3回電話してもらってます」と胸を張った。",
			wants: []said{{"森はとにかく", "岡部大輝", "dialogue"}, {"いや、", "森啓介", "dialogue"}, {"最近は", "森啓介", "explicit"}}, lexical: []said{}},
		{name: "the asker of a passive question, a name ending in kana", text: "お笑いコンビの岡部大輝が番組に出演した。司会の宮園あかりから「一番腹が立ったことは？」と振られた岡部は、少し考えた。",
			wants: []said{{"一番腹が", "宮園あかり", "explicit"}}, lexical: []said{}},
		{name: "a second quotation after a comma keeps the clause's topic", text: "解説の城田彰氏は「監督の戦術がはまりました」と説明したが、司会の沢村一樹氏は「僕らも批判してましたからね」、「監督、平気ですか？」と苦笑いを浮かべた。",
			wants: []said{{"監督の戦術", "城田彰", "explicit"}, {"僕らも", "沢村一樹", "explicit"}, {"監督、平気", "沢村一樹", "explicit"}}},
		{name: "a name given in brackets before as the topic", text: "施設を運営するのは、県内で介護施設を展開する「あおば福祉サービス」（本社・潮見市）。\n\n元幹部の男性は「赤字が続いていた」と話した。\n\n一方、あおば福祉サービスは取材に対し、「個別に説明を尽くしている」と文書で回答した。",
			wants: []said{{"赤字が", "元幹部の男性", "explicit"}, {"個別に", "あおば福祉サービス", "explicit"}}},
		{name: "an unnamed person printed with an age goes on, and is named back from the start", text: "母親（91）が入所している潮見市の女性（63）は、通知を受け取った日のことを覚えている。\n\n「母は認知症で、環境が変わると混乱してしまう」\n\n運営会社の元幹部の男性は取材に「赤字が続いていた」と話した。\n\n冒頭の女性は「せめて顔を見て説明してほしい」と訴える。",
			wants: []said{{"母は認知症", "潮見市の女性", "continued"}, {"赤字が", "元幹部の男性", "explicit"}, {"せめて", "潮見市の女性", "pronoun"}}, lexical: []said{}},
		{name: "as if someone said it", text: "観測員の岡部徹さん（41）は現場を見た。事故を生き延びた主人公たちは、「死神は、ダマされない」とばかりに、次々と死に見舞われていく。",
			wants: []said{{"死神は", "", ""}}},
		{name: "the press corps asks, the prime minister answers; the people around him", text: "高階修一首相は辞任を表明した。記者団から「政権運営への影響は避けられないのではないか」と問われると、首相は「全力を尽くす」と述べた。\n\n首相周辺は「早期に収束させたい」と話す。",
			wants: []said{{"政権運営", "記者団", "explicit"}, {"全力を", "高階修一", "title"}, {"早期に", "首相周辺", "explicit"}}, lexical: []said{}},
		{name: "the commander is the manager named before", text: "試合前、榊原剛監督から「行けるところまで行け」と言われていたという。\n\n指揮官も興奮を隠さなかった。「今日は完全に久保田の日だった」と目を細めた。",
			wants: []said{{"行けるところ", "榊原剛", "explicit"}, {"今日は", "榊原剛", "continued"}}, lexical: []said{}},
		{name: "a term in quotes told as hearsay", text: "漫才師の岡部大輝さんは「緊張した」と話した。\n\n岡部によると、先月の営業では相方が新幹線に乗り遅れ、岡部が一人で舞台に立って即席の「ピン芸」を披露する羽目になったという。",
			wants: []said{{"緊張した", "岡部大輝", "explicit"}}, none: []string{"ピン芸"}, lexical: []said{}},
		{name: "a heading announces whose words follow", text: "株式会社ミナトリンクは新サービスを始める。\n\n■代表取締役社長 葛西陽介のコメント\n\n「遠方に住む母のことが気がかりで、毎晩電話をかけていました」",
			headings: []int{1}, wants: []said{{"遠方に", "葛西陽介", "dialogue"}}},
		{name: "the polite word for a person after what they are", text: "声をかけたら、司書の方が「本はね、誰かに読まれるのを待っているのよ」と笑った。電話に出たら、事務局の方から「おめでとうございます」と言われた。",
			wants: []said{{"本はね", "司書", "explicit"}, {"おめでとう", "事務局", "explicit"}}},
		{name: "the noun of the one who does it keeps its verb's stem", text: "持ち主の女性は「雨の日は毎回磨いていた」と驚いた。買い手の男性も「少し高い」と話した。",
			wants: []said{{"雨の日", "持ち主の女性", "explicit"}, {"少し高い", "買い手の男性", "explicit"}}},
		{name: "the suspect answers the questioning", text: "県警は12日、詐欺の疑いで大垣翔容疑者（20）を逮捕した。県警によると、調べに対し「紙袋を受け取っただけだ」と容疑を否認している。",
			wants: []said{{"紙袋を", "大垣翔", "title"}}, lexical: []said{}},
		{name: "a case there is, after a person spoke", text: "会社員の早瀬美里さん（33）は「毎週末は疲れます」と話す。一方、「相手の親が出しすぎて困る」というケースもある。",
			wants: []said{{"毎週末", "早瀬美里", "explicit"}, {"相手の親", "", ""}}},
		{name: "a choice there is", text: "店主の岡部徹さんは「客が減った」と話す。「閉めるより続けたほうがいい」という選択肢が多いのも事実だ。",
			wants: []said{{"客が減った", "岡部徹", "explicit"}, {"閉めるより", "", ""}}},
	})
}

func TestNamedAfterTheWords(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "the next sentence ends with the saying and the name", text: "「やっと自分の滑りができました」。港町で開かれた大会のフリーを終え、こう語った沢井健二。2位に大差をつけての優勝だった。",
			wants: []said{{"やっと", "沢井健二", "following"}}, lexical: []said{}},
		{name: "the name after the saying carries its company and title", text: "「地域と共に歩む会社でありたい」。会見でそう話した北浜電機の桑名航一社長。",
			wants: []said{{"地域と共に", "桑名航一", "following"}}, lexical: []said{}},
		{name: "the saying with no name after it", text: "「負けるつもりはない」。こう語った。",
			wants: []said{{"負けるつもり", "", ""}}},
		{name: "words of the one the clause after them describes", text: "表彰式では、「次は世界で勝ちたい」という沢井に、観客から大きな拍手が送られた。\n\n「まだまだこれから」という沢井を、仲間たちが胴上げした。",
			wants: []said{{"次は世界", "沢井", "following"}, {"まだまだ", "沢井", "following"}}, lexical: []said{}},
		{name: "a subject of its own after the one described", text: "番組では、冒頭から「やりました」という沢井健二の声をうけ、ジョー港町が「万歳、万歳」とくす玉を割った。",
			wants: []said{{"やりました", "沢井健二", "following"}, {"万歳", "", ""}}, lexical: []said{}},
		{name: "a work of the one named after it is no quotation", text: "この日、「星の海」という沢井の新曲が披露された。",
			none: []string{"星の海"}},
	})
}

func TestTownHallRanks(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a rank of a town hall after the name", text: "市は来月、見学会を開く。同課の森川忠主査は「先人の技を見てほしい」としている。",
			wants: []said{{"先人の技", "森川忠", "explicit"}}},
		{name: "a teacher's rank", text: "北浜小の芹澤花子教諭は「子どもたちが自分で考えた」と話した。",
			wants: []said{{"子どもたち", "芹澤花子", "explicit"}}},
	})
}

// TestSameAreaResident checks that a resident of the place 同市 points back
// to speaks for themselves: the city is not their organisation, while the
// city's own words are the city's.
func TestSameAreaResident(t *testing.T) {
	src := "北浜市は新しい制度を設けた。同市は「利用を広げたい」としている。\n\n同市の男性（45）は「助かる」と話した。"
	qs := Find(src, paragraphs(src, false), analyzer(t))
	require.Len(t, qs, 2)
	assert.Equal(t, "北浜市", qs[0].Speaker)
	assert.Equal(t, "北浜市の男性", qs[1].Speaker)
	assert.Empty(t, qs[1].Organization)
}

// TestWriterSpeaks checks that the words the writer of a letter says (私
// が「…」と言うと) are the writer's, named from the one byline, and
// told by the word the writer uses (私) when the text names no writer.
func TestWriterSpeaks(t *testing.T) {
	src := "庭の柿の木を切ることにした。私が「もう実はいらない」と言うと、父は黙っていた。"
	tests := []struct {
		name    string
		bylines []article.Byline
		want    string
	}{
		{"signed", []article.Byline{{Name: "川瀬ゆかり"}}, "川瀬ゆかり"},
		{"unsigned", nil, "私"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &article.Article{Source: src, Paragraphs: paragraphs(src, false), Bylines: tt.bylines}
			AttributeTexts(a, nil, nil)
			require.Len(t, a.Quotes, 1)
			assert.Equal(t, tt.want, a.Quotes[0].Speaker)
			assert.Equal(t, "私", a.Quotes[0].SpeakerSpan.In(src), "the span is the word the writer uses")
		})
	}
}

// TestTaughtAndPraised: words taught or praised after と are someone's;
// after を the bracket holds what was taught; the act of saying a word of
// praise, told as a judgement after のは, is nobody's in particular.
func TestTaughtAndPraised(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "a method taught", text: "港北の料理教室で、講師の川瀬ゆかりさんが「水出し」を教える。",
			none: []string{"水出し"}},
		{name: "a word of praise as a judgement", text: "港南の若い店主たちは口数が少ない。その店主に「おいしい」と褒めるのは大いにアリだ。",
			wants: []said{{"おいしい", "", ""}}},
	})
}

// TestTalkHead: an expert's words printed after the name and の話 on the
// same line are the expert's.
func TestTalkHead(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "の話 and a field in brackets", text: "港北大学の研究チームは、湖の底から古い花粉を見つけた。\n\n気候の歴史に詳しい港南大学の沢井健二教授（古気候学）の話　「湖の記録としては珍しく長い。ほかの湖と比べたい」",
			wants: []said{{"湖の記録", "沢井健二", "explicit"}}},
	})
}

// TestConferenceTopics: under the bracketed topics of a conference's
// summary, the bare title of each turn is still the person the lead named
// with it; a title inside a longer word (記者会見) names no one.
func TestConferenceTopics(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "topic headings in brackets",
			text:     "港北県の沢井健二知事は5日、県庁で開いた記者会見で県営港の整備計画を示した。\n\n（県営港について）\n\n記者：「整備の時期は」\n\n知事：「来年度中に着工したい」",
			headings: []int{1},
			wants:    []said{{"整備の時期", "記者", "dialogue"}, {"来年度中に", "沢井健二", "title"}}},
	})
}

// TestPointedBackAndReported: a paragraph that is one quotation, then a
// sentence whose topic said it (こう誓った), and words reported to close
// a sentence with という.
func TestPointedBackAndReported(t *testing.T) {
	runDiscourse(t, []discourseCase{
		{name: "こう and a verb of speech in the next paragraph",
			text:  "敗れた沢井健二は「また一からです」と話した。\n\n「次は港北で勝ちたい」\n\n閉会式の後、森川忠さんは集まった子どもたちの前でこう誓った。",
			wants: []said{{"また一から", "沢井健二", "explicit"}, {"次は港北で", "森川忠", "following"}}},
		{name: "reported with という, closing the sentence",
			text:  "森川忠は昨季、けがに苦しんだ。\n\n秋は港北の実家で過ごし、「やめようかと思った」という。",
			wants: []said{{"やめようか", "森川忠", "continued"}},
			// without the dictionary a bare name in the paragraph before
			// is no sure person to carry on
			lexical: []said{{"やめようか", "", ""}}},
	})
}
