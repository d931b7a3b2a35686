package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// layoutHead is the header of the layout cases: a headline and a date
// line.
const layoutHead = "川べりの古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n\n"

func textsOf(ts []article.Text) []string {
	out := []string{}
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

func paragraphTexts(a *article.Article) []string {
	out := []string{}
	for _, p := range a.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

// TestLayout checks the block rules of the body on small pages of our own:
// where each line goes.
func TestLayout(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		paragraphs  []string // the body, in order
		related     []string // nil: not checked
		captions    []string
		tags        []string // nil: not checked
		boilerplate []string
	}{
		{
			name: "a notice's headings, the time they answer and its list of advice stay text over the contact box",
			in: layoutHead + "港北町の下水管を取り替えるため、次の日程で通行を止めます。\n通行止めの期間\n2024年6月3日（月）～2024年6月21日（金）午後5時\n" +
				"注意していただくこと\n・工事の間は、北側の歩道をご利用ください。\n・雨の日は、作業を休むことがあります。\n※この件の問い合わせは下記へどうぞ。\n" +
				"このページに関するお問い合わせ\n港北町役場　建設課\n電話：000-000-0000\n",
			paragraphs: []string{"港北町の下水管を取り替えるため、次の日程で通行を止めます。", "通行止めの期間", "2024年6月3日(月)〜2024年6月21日(金)午後5時",
				"注意していただくこと", "・工事の間は、北側の歩道をご利用ください。", "・雨の日は、作業を休むことがあります。"},
		},
		{
			name: "a newsletter's notes to its members, whole sentences without a comma, stay text over the contact lines",
			in: layoutHead + "港北写真クラブは先月、港南の港で撮影会を開いた。\n■クラブからのお知らせ\n・展示用の写真を集めています。\n・作品展の会場が決まりました。\n・次の例会は2月1日に開く予定です。\n" +
				"連絡先：港北町本町1-2　沢井方\n電話：000-000-0000\n",
			paragraphs: []string{"港北写真クラブは先月、港南の港で撮影会を開いた。", "■クラブからのお知らせ", "・展示用の写真を集めています。", "・作品展の会場が決まりました。", "・次の例会は2月1日に開く予定です。"},
		},
		{
			name: "rows of a schedule, a day, a place and hours, and a sentence that points to them are text",
			in: layoutHead + "港北町は移動図書館を走らせます。\n今年は港北公園を含む町内の12か所を回ります。時間は町のアプリでご覧ください。\n" +
				"8月8日（土）　港北公園（東口）　10:00～12:00\n8月11日（火）　北浜公民館　13:00～14:30\n雨の日は，公民館の中に車を止めます。\n",
			paragraphs: []string{"港北町は移動図書館を走らせます。", "今年は港北公園を含む町内の12か所を回ります。時間は町のアプリでご覧ください。",
				"8月8日(土) 港北公園(東口) 10:00〜12:00", "8月11日(火) 北浜公民館 13:00〜14:30", "雨の日は,公民館の中に車を止めます。"},
		},
		{
			name: "a long caption with its credit after = under the last paragraph is no text",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n" +
				"開店した年の夏、店の前で常連客に古地図の見方を教える若い頃の森川忠さん（左）＝港北町史料館提供\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			captions:   []string{"開店した年の夏、店の前で常連客に古地図の見方を教える若い頃の森川忠さん(左)=港北町史料館提供"},
		},
		{
			name: "a list of notes with full stops and a list of labelled entries closing the text stay out of it",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n" +
				"※価格は、いずれも税込みです。\n・古地図：港町の明治期のもの、1枚3000円。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
		},
		{
			name:       "comments of a release, each under who speaks it, closing the text",
			in:         layoutHead + "港北製薬は10日、新工場を開設した。\n\n港北製薬　代表取締役社長　沢井健二\n「地域とともに歩みたい」\n港北大学　学長　川瀬ゆかり\n「学生が学べる場にしたい」\n",
			paragraphs: []string{"港北製薬は10日、新工場を開設した。", "港北製薬 代表取締役社長 沢井健二", "「地域とともに歩みたい」", "港北大学 学長 川瀬ゆかり", "「学生が学べる場にしたい」"},
		},
		{
			name:       "comments of a release between its sections",
			in:         layoutHead + "港北製薬は10日、新工場を開設した。\n■代表者コメント\nミナトファーマ製薬　代表取締役社長　沢井健二\n「地域とともに歩みたい」\n港北大学　学長　川瀬ゆかり\n「学生が学べる場にしたい」\n■今後の予定\n工場は6月に稼働する。\n",
			paragraphs: []string{"港北製薬は10日、新工場を開設した。", "■代表者コメント", "ミナトファーマ製薬 代表取締役社長 沢井健二", "「地域とともに歩みたい」", "港北大学 学長 川瀬ゆかり", "「学生が学べる場にしたい」", "■今後の予定", "工場は6月に稼働する。"},
		},
		{
			name:       "the issuer's latest releases under their head",
			in:         layoutHead + "港北製薬は10日、新工場を開設した。\n最後の日には常連客が花束を持って訪れた。\n\nこの企業の最新リリース\n港北製薬、通期の業績予想を修正\n港北製薬、新工場の稼働を開始\n",
			paragraphs: []string{"港北製薬は10日、新工場を開設した。", "最後の日には常連客が花束を持って訪れた。"},
			related:    []string{"港北製薬、通期の業績予想を修正", "港北製薬、新工場の稼働を開始"},
		},
		{
			name:       "the issuer's list of releases named after it",
			in:         layoutHead + "港北製薬は10日、新工場を開設した。\n最後の日には常連客が花束を持って訪れた。\n\n港北製薬株式会社のプレスリリース一覧\n・港北製薬、通期の業績予想を修正\n・港北製薬、新工場の稼働を開始\n",
			paragraphs: []string{"港北製薬は10日、新工場を開設した。", "最後の日には常連客が花束を持って訪れた。"},
			related:    []string{"港北製薬、通期の業績予想を修正", "港北製薬、新工場の稼働を開始"},
		},
		{
			name:       "a head of links that names their kind after 関連",
			in:         layoutHead + "港北の海岸で清掃活動が続いている。\n最後の日には常連客が花束を持って訪れた。\n\n関連社説\n港の再開発　住民の声を聞け\n海の事故　備えを怠るな\n",
			paragraphs: []string{"港北の海岸で清掃活動が続いている。", "最後の日には常連客が花束を持って訪れた。"},
			related:    []string{"港の再開発 住民の声を聞け", "海の事故 備えを怠るな"},
		},
		{
			name:       "captions at the margin of a page of indented paragraphs",
			in:         layoutHead + "　店主の森川さんは、この春で店を閉じると決めた。\n棚の前で古地図を広げる森川さん。「どれも思い出がある」\n　棚には古い地図や郷土史が並ぶ。\n店の奥には、古い地図が積み上がる\n　最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "棚には古い地図や郷土史が並ぶ。", "最後の日には常連客が花束を持って訪れた。"},
			captions:   []string{"棚の前で古地図を広げる森川さん。「どれも思い出がある」", "店の奥には、古い地図が積み上がる"},
		},
		{
			name:       "a heading at the margin of a page of indented paragraphs stays with the text",
			in:         layoutHead + "　店主の森川さんは、この春で店を閉じると決めた。\n　棚には古い地図や郷土史が並ぶ。\n終わりではない、町の記憶\n　最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "棚には古い地図や郷土史が並ぶ。", "終わりではない、町の記憶", "最後の日には常連客が花束を持って訪れた。"},
		},
		{
			name:       "a plan's items, each a time and what happens then, between paragraphs",
			in:         layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n３　今後の予定\n・6月中旬　在庫の古地図を市に寄贈\n・2025年春　店舗を改装して公開\n最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "3 今後の予定", "・6月中旬 在庫の古地図を市に寄贈", "・2025年春 店舗を改装して公開", "最後の日には常連客が花束を持って訪れた。"},
		},
		{
			name: "photo label repeated under every photo",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n写真一覧\n\n棚には古い地図や郷土史が並ぶ。\n\n写真一覧\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "棚には古い地図や郷土史が並ぶ。", "最後の日には常連客が花束を持って訪れた。"},
			boilerplate: []string{"写真一覧", "写真一覧"},
		},
		{
			name: "links under a related head after a contact box and before a note, with no blank line",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n■お問い合わせ先\n港町書店 受付センター\n" +
				"電話 000-000-0000\n関連する古書店の情報\n・港町の古書店、閉店セールに行列\n・北浜の図書館、古地図を公開へ\n記事の内容は掲載時点のものです。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			related:     []string{"港町の古書店、閉店セールに行列", "北浜の図書館、古地図を公開へ"},
			boilerplate: []string{"■お問い合わせ先", "港町書店 受付センター", "電話 000-000-0000", "関連する古書店の情報", "記事の内容は掲載時点のものです。"},
		},
		{
			name: "a head that says its links are related, with what they are",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n関連する古書店の情報\n" +
				"港町の古書店、閉店セールに行列\n北浜の図書館で古地図を公開へ\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			related:     []string{"港町の古書店、閉店セールに行列", "北浜の図書館で古地図を公開へ"},
			boilerplate: []string{"関連する古書店の情報"},
		},
		{
			name: "an image's label in brackets and a line of buttons with their counts are no text",
			in: layoutHead + "いいね！ 212　　ブックマーク　　シェア\n[画像] 店の前に並ぶ古書（森川書店提供）\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			captions:   []string{"[画像] 店の前に並ぶ古書(森川書店提供)"},
		},
		{
			name: "a graph's label and a book's data are no text",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\nグラフ：古書店の数の推移（市の統計から）\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n\n『港の古地図』森川卓也著（川辺書房・1980円）\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			captions:    []string{"グラフ:古書店の数の推移(市の統計から)"},
			boilerplate: []string{"『港の古地図』森川卓也著(川辺書房・1980円)"},
		},
		{
			name: "notes on the article printed as sentences are no text",
			in: layoutHead + "この記事は随時更新します。新しい順に並んでいます。\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n\n記事の内容は掲載時点のものです。\n本記事は情報の提供のみを目的としています。\n" +
				"「読者の広場」への投稿は、氏名と住所を明記してお寄せください。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			boilerplate: []string{"この記事は随時更新します。新しい順に並んでいます。", "記事の内容は掲載時点のものです。",
				"本記事は情報の提供のみを目的としています。", "「読者の広場」への投稿は、氏名と住所を明記してお寄せください。"},
		},
		{
			name: "the marks of a running story's updates are no text",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n（ここまで午前11時20分）\n" +
				"最後の日には常連客が花束を持って訪れた。\n（午後2時50分更新）\n店の前には夕方まで人が絶えなかった。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。", "店の前には夕方まで人が絶えなかった。"},
			boilerplate: []string{"(ここまで午前11時20分)", "(午後2時50分更新)"},
		},
		{
			name: "rows of results are data, numbered steps are text",
			in: layoutHead + "港町高が3年ぶりの優勝を果たした。\n【男子成績】\n①港町高　2時間8分15秒\n②北浜　2時間9分30秒\n" +
				"祝勝会の料理は次の通り。\n①材料を3センチに切る\n②10分ほど煮る\n監督は選手に手料理を振る舞った。\n",
			paragraphs:  []string{"港町高が3年ぶりの優勝を果たした。", "祝勝会の料理は次の通り。", "①材料を3センチに切る", "②10分ほど煮る", "監督は選手に手料理を振る舞った。"},
			boilerplate: []string{"①港町高 2時間8分15秒", "②北浜 2時間9分30秒"},
		},
		{
			name: "notes under the last field of a notice are the notice's; the page's note on its figures is not",
			in: layoutHead + "港北町では、家庭で眠っている古い毛布を集め、動物の保護施設に届けます。\n受付：10月3日（土）午前9時～正午\n持ち込み：港北町役場の車庫までお持ちください。\n" +
				"※毛布は洗濯してからお持ちください。汚れのひどいものは受け取れません。\n※毛布のほか、バスタオルも受け付けています。\n\n" +
				"※グラフの数値は速報値で表示されています。\nこのページに関するお問い合わせ\n",
			paragraphs: []string{"港北町では、家庭で眠っている古い毛布を集め、動物の保護施設に届けます。", "受付:10月3日(土)午前9時〜正午", "持ち込み:港北町役場の車庫までお持ちください。",
				"※毛布は洗濯してからお持ちください。汚れのひどいものは受け取れません。", "※毛布のほか、バスタオルも受け付けています。"},
			boilerplate: []string{"※グラフの数値は速報値で表示されています。", "このページに関するお問い合わせ"},
		},
		{
			name: "notes on how a transcript's words were edited are no text; a note of the text is",
			in: "港北市長定例会見\n2026年5月14日\n※発言内容は要約して載せています。\n※インタビューの一部を抜粋し、編集しました。\n" +
				"市長：図書館の開館時間について説明します。\n記者（港南日報）：利用者の声は聞いたのか。\n市長：アンケートで多くの要望がありました。\n※アンケートは昨年度に実施したものです。\n",
			paragraphs:  []string{"市長:図書館の開館時間について説明します。", "記者(港南日報):利用者の声は聞いたのか。", "市長:アンケートで多くの要望がありました。", "※アンケートは昨年度に実施したものです。"},
			boilerplate: []string{"※発言内容は要約して載せています。", "※インタビューの一部を抜粋し、編集しました。"},
		},
		{
			name: "a paper's box under the text, its title in English however long, is no text",
			in: layoutHead + "港南大学のチームによると、干潟のカニは満潮の前に巣穴をふさぐ。\n成果は学術誌で発表された。\n\n【論文情報】\n掲載誌：Journal of Coastal Ecology\n" +
				"タイトル：Burrow sealing ahead of the flood tide in an intertidal crab population on a temperate mudflat of Japan\n著者：Kenji Sawai, Yuka Kawase\n",
			paragraphs: []string{"港南大学のチームによると、干潟のカニは満潮の前に巣穴をふさぐ。", "成果は学術誌で発表された。"},
		},
		{
			name: "names of fields the notice coins, each over its value, and notes under the last value",
			in: layoutHead + "港北町は、省エネ家電への買い替えを応援する補助金の受け付けを始めます。\n補助額\n購入費の3分の1(上限2万円)\n" +
				"申請期間\n7月1日(水)から8月31日(月)まで\n審査結果の通知\n9月中旬に郵送\n申請方法\n役場の窓口に領収書を持参してください。\n" +
				"※予算がなくなり次第、受け付けを終えます。\n※中古品の購入は対象外です。\n\n・お問合せ先\n港北町環境課(平日午前9時から午後5時まで)\n",
			paragraphs: []string{"港北町は、省エネ家電への買い替えを応援する補助金の受け付けを始めます。", "補助額\n購入費の3分の1(上限2万円)",
				"申請期間", "7月1日(水)から8月31日(月)まで", "審査結果の通知\n9月中旬に郵送", "申請方法", "役場の窓口に領収書を持参してください。",
				"※予算がなくなり次第、受け付けを終えます。", "※中古品の購入は対象外です。"},
		},
		{
			name: "fields of a notice go on past its last sentence; a box set apart under the text does not",
			in: layoutHead + "港南町は、町民農園の来年の利用者を決めます。\n区画数：20区画\n申し込み：はがきに住所と氏名を書いて産業課へ送ってください。\n" +
				"抽選：11月4日（水）午前10時、港南町役場2階で\n立ち会い：不要\n※当選した方にだけ、はがきで通知します。\n貸し出し：12月1日（火）から\n\n" +
				"■農具のレンタル\n料金：1日300円\n電話：0000-00-0000\n",
			paragraphs: []string{"港南町は、町民農園の来年の利用者を決めます。", "区画数:20区画", "申し込み:はがきに住所と氏名を書いて産業課へ送ってください。",
				"抽選:11月4日(水)午前10時、港南町役場2階で\n立ち会い:不要", "※当選した方にだけ、はがきで通知します。", "貸し出し:12月1日(火)から"},
		},
		{
			name:        "a wire's stamp under its text is no text",
			in:          layoutHead + "港北市の魚市場で、新しい冷蔵倉庫が3日に完成した。\n倉庫は魚の鮮度を保つ設備を備える。\n\n［港南通信］2026年6月3日 11時05分配信\nキーワード：魚市場　倉庫\n",
			paragraphs:  []string{"港北市の魚市場で、新しい冷蔵倉庫が3日に完成した。", "倉庫は魚の鮮度を保つ設備を備える。"},
			boilerplate: []string{"[港南通信]2026年6月3日 11時05分配信", "キーワード:魚市場 倉庫"},
		},
		{
			name: "the page's notices about the article, its photos and its data are no text",
			in: layoutHead + "※新しい情報が入り次第、この記事を更新します。\nこの記事の写真（3枚）\n店主の森川さんは、この春で店を閉じると決めた。\n" +
				"最後の日には常連客が花束を持って訪れた。\n※株価は20分以上遅れて表示されます。\nこの記事を評価する\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
		},
		{
			name: "comments listed under a mark, each with a team, a name and a post",
			in: layoutHead + "港町高が3年ぶりの優勝を果たした。\n◇談話◇\n▼港町高・沢井健二主将　「悔しさを晴らせた。まだ走れた」\n" +
				"▼北浜・森川忠監督　「力負け。来年こそ取り返す」\n",
			paragraphs: []string{"港町高が3年ぶりの優勝を果たした。", "◇談話◇", "▼港町高・沢井健二主将 「悔しさを晴らせた。まだ走れた」", "▼北浜・森川忠監督 「力負け。来年こそ取り返す」"},
		},
		{
			name: "a list of participants with their ages is no list of links",
			in: layoutHead + "＜出席者＞\n漁師　桑名航一さん（34）\n北浜高校3年　芹澤花子さん（18）\n" +
				"　港町の未来について、3人が語り合った。\n\n桑名：「港の朝は早いですよ」\n",
			paragraphs: []string{"<出席者>", "漁師 桑名航一さん(34)", "北浜高校3年 芹澤花子さん(18)", "港町の未来について、3人が語り合った。", "桑名:「港の朝は早いですよ」"},
			related:    []string{},
		},
		{
			name: "a photo caption under the related links is a caption",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n【関連記事】\n・港町の書店、相次ぎ閉店\n・古書市が盛況\n\n" +
				"＜写真＞店の前に立つ森川さん（撮影・北浜太郎）\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。"},
			related:    []string{"港町の書店、相次ぎ閉店", "古書市が盛況"},
			captions:   []string{"<写真>店の前に立つ森川さん(撮影・北浜太郎)"},
		},
		{
			name: "the site's notice and company lines after the related links are neither text nor links",
			in: "港北日報\nホーム\n" + layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n" +
				"この記事をシェア\nX\n関連記事\n港町の書店、相次ぎ閉店\n古書市が盛況　南浜市\n最新ニュース\n海辺の公園、来月に開園\n" +
				"港北日報社\n会社概要\nお問い合わせ\n掲載記事・写真の無断転載を禁じます。\n© 2024 Kohoku Nippo\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			related:     []string{"港町の書店、相次ぎ閉店", "古書市が盛況 南浜市", "海辺の公園、来月に開園"},
			boilerplate: []string{"港北日報", "ホーム", "この記事をシェア", "X", "関連記事", "最新ニュース", "港北日報社", "会社概要", "お問い合わせ", "掲載記事・写真の無断転載を禁じます。", "© 2024 Kohoku Nippo"},
		},
		{
			name: "heads named after what they stand under, pager links, and tags as hashtags",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n" +
				"タグ\n#古書店\n#港町\nこの記事が気に入ったらシェア\nLINEで送る\n" +
				"前の記事：港町の書店、相次ぎ閉店\nこの動画の関連ニュース\n古書市が盛況　南浜市\n" +
				"この記事を読んだ人はこちらも\n海辺の公園、来月に開園\n人気記事ランキング\n1. 駅前に新しい図書館\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			related:     []string{"前の記事:港町の書店、相次ぎ閉店", "古書市が盛況 南浜市", "海辺の公園、来月に開園", "1. 駅前に新しい図書館"},
			tags:        []string{"古書店", "港町"},
			boilerplate: []string{"タグ", "この記事が気に入ったらシェア", "LINEで送る", "この動画の関連ニュース", "この記事を読んだ人はこちらも", "人気記事ランキング"},
		},
		{
			name: "a quoted resident after an inline related link is text, not a profile",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n" +
				"【関連記事】港町の書店、相次ぎ閉店　古書市は盛況\n" +
				"近くに住む会社員、沢井健二さん（52）は「学生の頃から通った店。寂しくなる」と話した。\n" +
				"跡地の使い道について、市の担当者は「思い出の場所。使い道を考えたい」としている。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。",
				"近くに住む会社員、沢井健二さん(52)は「学生の頃から通った店。寂しくなる」と話した。",
				"跡地の使い道について、市の担当者は「思い出の場所。使い道を考えたい」としている。"},
			related: []string{"【関連記事】港町の書店、相次ぎ閉店 古書市は盛況"},
		},
		{
			name: "a marked inline link, and links in English, are related",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n" +
				"■関連ニュース　港町の書店、相次ぎ閉店　古書市は盛況（3月28日）\n" +
				"最後の日には常連客が花束を持って訪れた。\n" +
				"Related: 北浜の図書館、古地図を公開へ\n" +
				"跡地の使い道は、市が今後考える。\n" +
				"Read next\n・海辺の公園、来月に開園\nSign up for our newsletter\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。", "跡地の使い道は、市が今後考える。"},
			related:    []string{"関連ニュース 港町の書店、相次ぎ閉店 古書市は盛況(3月28日)", "Related: 北浜の図書館、古地図を公開へ", "海辺の公園、来月に開園"},
		},
		{
			name: "an outline box closing a release is furniture, its links related",
			in: layoutHead + "北浜書房株式会社は、古書の買い取りを始めます。\n店主の森川は「町の本を町に残したい」と話しています。\n" +
				"■サービス概要\nサービス名：まちの古書便\n受付期間：2024年6月1日～6月30日\n" +
				"このプレスリリースを見た人はこちらも\n・港町の図書館、古地図を公開へ\n",
			paragraphs:  []string{"北浜書房株式会社は、古書の買い取りを始めます。", "店主の森川は「町の本を町に残したい」と話しています。"},
			related:     []string{"港町の図書館、古地図を公開へ"},
			boilerplate: []string{"■サービス概要", "サービス名:まちの古書便", "受付期間:2024年6月1日〜6月30日", "このプレスリリースを見た人はこちらも"},
		},
		{
			name: "an outline box inside a release, with text under it, is text",
			in: layoutHead + "北浜書房株式会社は、古書の買い取りを始めます。\n店主の森川は「町の本を町に残したい」と話しています。\n" +
				"■サービス概要\nサービス名：まちの古書便\n受付期間：2024年6月1日～6月30日\n" +
				"買い取った本は、港町の図書館にも寄贈します。\n開始を記念し、6月中は査定料を無料にします。\n",
			paragraphs: []string{"北浜書房株式会社は、古書の買い取りを始めます。", "店主の森川は「町の本を町に残したい」と話しています。", "■サービス概要",
				"サービス名:まちの古書便\n受付期間:2024年6月1日〜6月30日\n買い取った本は、港町の図書館にも寄贈します。", "開始を記念し、6月中は査定料を無料にします。"},
		},
		{
			name: "a blog's notices, table of contents and shop buttons are furniture",
			in: layoutHead + "カテゴリー：レビュー\nこの記事にはアフィリエイト広告が含まれています\n" +
				"北浜精工の新しい置き時計を一週間使ってみました。\n目次\n1. 外観\n2. まとめ\n■外観\n" +
				"木目の枠が部屋になじみます。\n■まとめ\n値段の割に満足できる一台です。\n最新価格をチェック\n公式ストアで見る\n",
			paragraphs:  []string{"北浜精工の新しい置き時計を一週間使ってみました。", "■外観", "木目の枠が部屋になじみます。", "■まとめ", "値段の割に満足できる一台です。"},
			tags:        []string{"レビュー"},
			boilerplate: []string{"この記事にはアフィリエイト広告が含まれています", "目次", "1. 外観", "2. まとめ", "最新価格をチェック", "公式ストアで見る"},
		},
		{
			name: "a table of contents right under the date, its entries heading the text again",
			in: "港町ヘルス\nホーム｜ニュース｜医院をさがす｜薬局｜健診\n港町の病院、夜間外来を再開\n2024年5月10日\n目次\n1．夜間外来の再開\n2．院長「夜も遠慮なく」\n" +
				"港町の病院は、休んでいた夜間外来を再開した。\n1．夜間外来の再開\n病院は10日、夜間外来を再開したと発表した。\n2．院長「夜も遠慮なく」\n院長は「夜も遠慮なく来てほしい」と話した。\n",
			paragraphs:  []string{"港町の病院は、休んでいた夜間外来を再開した。", "1.夜間外来の再開", "病院は10日、夜間外来を再開したと発表した。", "2.院長「夜も遠慮なく」", "院長は「夜も遠慮なく来てほしい」と話した。"},
			tags:        []string{},
			boilerplate: []string{"港町ヘルス", "ホーム|ニュース|医院をさがす|薬局|健診", "目次", "1.夜間外来の再開", "2.院長「夜も遠慮なく」"},
		},
		{
			name:        "a note on the PDF viewer between paragraphs",
			in:          layoutHead + "港北市は、古書の寄贈を受け付けます。\nPDF形式の資料をご覧になるには、Adobe Acrobat Readerをお使いください。\n寄贈された本の一覧は、来月から市のウェブサイトで公開します。\n",
			paragraphs:  []string{"港北市は、古書の寄贈を受け付けます。", "寄贈された本の一覧は、来月から市のウェブサイトで公開します。"},
			boilerplate: []string{"PDF形式の資料をご覧になるには、Adobe Acrobat Readerをお使いください。"},
		},
		{
			name: "an office's release closing with its files, its contact and the viewer they need",
			in: layoutHead + "港北市は、古書の寄贈を受け付けます。\n受け付けた本は、市立図書館に置きます。\n添付資料\n・受付要項［PDF 312KB］\n・寄贈申込書［PDF 88KB］\n" +
				"連絡先\n港北市 生涯学習課\n担当　　森川 さくら\n代表　0000-00-0000\nPDF形式の資料をご覧になるには、Adobe Acrobat Readerをお使いください。\n寄贈された本の一覧は、来月から市のウェブサイトで公開します。\n",
			paragraphs: []string{"港北市は、古書の寄贈を受け付けます。", "受け付けた本は、市立図書館に置きます。", "寄贈された本の一覧は、来月から市のウェブサイトで公開します。"},
			boilerplate: []string{"添付資料", "・受付要項[PDF 312KB]", "・寄贈申込書[PDF 88KB]", "連絡先", "港北市 生涯学習課", "担当  森川 さくら", "代表 0000-00-0000",
				"PDF形式の資料をご覧になるには、Adobe Acrobat Readerをお使いください。"},
		},
		{
			name: "the issuer's profile and contact box closing a release",
			in: layoutHead + "北浜精工株式会社は、置き時計の新製品を6月1日に発売します。\n" +
				"【会社概要】\n会社名：北浜精工株式会社\n所在地：港町1-2-3\n設立：1960年4月\n" +
				"【本件に関するお問い合わせ先】\n北浜精工株式会社　広報部\n電話：0000-00-0000\n",
			paragraphs:  []string{"北浜精工株式会社は、置き時計の新製品を6月1日に発売します。"},
			boilerplate: []string{"【会社概要】", "会社名:北浜精工株式会社", "所在地:港町1-2-3", "設立:1960年4月", "【本件に関するお問い合わせ先】", "北浜精工株式会社 広報部", "電話:0000-00-0000"},
		},
		{
			name: "a bare list of titles between indented paragraphs are links; a desk's credit is the byline",
			in: layoutHead + "港町ニュース編集部\n　店主の森川さんは、この春で店を閉じると決めた。\n" +
				"港町の書店、相次ぎ閉店　背景に家賃の高騰\n古書市が盛況、来場者は過去最多へ\n駅前の再開発、来月に着工\n" +
				"　最後の日には常連客が花束を持って訪れた。\n＞＞森川さんの記事をもっと読む\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			related:    []string{"港町の書店、相次ぎ閉店 背景に家賃の高騰", "古書市が盛況、来場者は過去最多へ", "駅前の再開発、来月に着工", "森川さんの記事をもっと読む"},
		},
		{
			name: "lines of a hard-wrapped indented page are no bare titles",
			in: layoutHead + "　店主の森川さんは、この春で店を閉じる\nと決めた。常連客には手紙で知らせ\nた。店は祖父の代から続いてきた。\n" +
				"　最後の日には常連客が花束を持って訪\nれた。店の前には長い列ができ、別\nれを惜しむ声が相次いだ。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。常連客には手紙で知らせた。店は祖父の代から続いてきた。",
				"最後の日には常連客が花束を持って訪れた。店の前には長い列ができ、別れを惜しむ声が相次いだ。"},
		},
		{
			name: "a link opened by arrows between paragraphs is a link",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n＞＞【特集】港町の古書店めぐり\n" +
				"最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			related:    []string{"【特集】港町の古書店めぐり"},
		},
		{
			name: "a profile opened by a name and its reading closes the text",
			in: layoutHead + "この記事を共有\n店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n" +
				"森川忠（もりかわ・ただし）　古書店主。1950年港町生まれ。\n#古書店\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			boilerplate: []string{"この記事を共有"},
		},
		{
			name: "a photographer's credit marks a caption after the text",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
				"花束を受け取る森川さん（撮影・北浜太郎）\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			captions:   []string{"花束を受け取る森川さん(撮影・北浜太郎)"},
		},
		{
			name: "a profile head in brackets ends the body after the interviewer's credit",
			in: layoutHead + "店主の森川さんに話を聞いた。\n\n――店を閉じる理由は。\n\n森川　体力の限界です。\n\n（聞き手・文化部　北川みゆ）\n\n" +
				"＜プロフィール＞\nもりかわ・ただし　1950年港町生まれ。1975年に古書店を開く。\n",
			paragraphs: []string{"店主の森川さんに話を聞いた。", "――店を閉じる理由は。", "森川 体力の限界です。"},
		},
		{
			name: "the lead printed again under the article is no more text",
			in: layoutHead + "店主の森川さんは、祖父の代から続いた店をこの春で閉じると決めた。常連客には手紙で知らせた。\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n\n店主の森川さんは、祖父の代から続いた店をこの春で閉じると決めた。\n",
			paragraphs:  []string{"店主の森川さんは、祖父の代から続いた店をこの春で閉じると決めた。常連客には手紙で知らせた。", "最後の日には常連客が花束を持って訪れた。"},
			boilerplate: []string{"店主の森川さんは、祖父の代から続いた店をこの春で閉じると決めた。"},
		},
		{
			name:       "a short last line said twice stays",
			in:         layoutHead + "店主は「ありがとう」と言った。\n\n客も礼を言った。\n\nまた来ます。\n\nまた来ます。\n",
			paragraphs: []string{"店主は「ありがとう」と言った。", "客も礼を言った。", "また来ます。", "また来ます。"},
		},
		{
			name: "an editor's note under the date line and a contact box with its person at the end",
			in: "古書店が新サービス\n2026年5月10日 10時00分\n※この記事は企業が発表したプレスリリースをそのまま掲載しています。\n" +
				"港町書房株式会社は、古書の出張買い取りを始めます。\n■お問い合わせ先\n会社名：港町書房株式会社\n港町書房株式会社 広報部　担当：北川\nTEL：000-0000-0000\n",
			paragraphs:  []string{"港町書房株式会社は、古書の出張買い取りを始めます。"},
			boilerplate: []string{"※この記事は企業が発表したプレスリリースをそのまま掲載しています。", "■お問い合わせ先", "会社名:港町書房株式会社", "港町書房株式会社 広報部 担当:北川", "TEL:000-0000-0000"},
		},
		{
			name: "a correction and the stamp of an addition are notes, the addition is text",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n【追記】5月11日午前10時30分\n\n閉店の日は6月1日に決まった。\n\n" +
				"【訂正】当初、店の創業を「1970年」としていましたが、「1974年」の誤りでした。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "閉店の日は6月1日に決まった。"},
			boilerplate: []string{"【追記】5月11日午前10時30分", "【訂正】当初、店の創業を「1970年」としていましたが、「1974年」の誤りでした。"},
		},
		{
			name:        "the time of an addition inside its brackets is a note",
			in:          layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n【追記 5/11 10:30】\n閉店の日は6月1日に決まった。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "閉店の日は6月1日に決まった。"},
			boilerplate: []string{"【追記 5/11 10:30】"},
		},
		{
			name:       "a dated addition with its text stays text",
			in:         layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n【追記】閉店の日は6月1日に決まった。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "【追記】閉店の日は6月1日に決まった。"},
		},
		{
			name:        "the issuer of a release under the date line",
			in:          "古書店が新サービス\n2026年5月10日 10時00分\n港町書房株式会社\n\n港町書房株式会社は、古書の出張買い取りを始めます。\n",
			paragraphs:  []string{"港町書房株式会社は、古書の出張買い取りを始めます。"},
			boilerplate: []string{"港町書房株式会社"},
		},
		{
			name: "a portal's credit of the outlet under the date line and at the end",
			in: "古書店、50年の歴史に幕\n11/20(木) 18:05配信\n\nみなと新報\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n" +
				"棚には古い地図や郷土史が並ぶ。\n\n最終更新:11/20(木) 19:30\nみなと新報\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "棚には古い地図や郷土史が並ぶ。"},
			boilerplate: []string{"みなと新報", "みなと新報"},
		},
		{
			name:        "a prompt to enlarge the photo",
			in:          layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n画像をクリックすると拡大します\n\n棚には古い地図や郷土史が並ぶ。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "棚には古い地図や郷土史が並ぶ。"},
			boilerplate: []string{"画像をクリックすると拡大します"},
		},
		{
			name: "sections headed by a mark",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n■森川さん「悔いはない」\n\n棚には古い地図や郷土史が並ぶ。\n\n" +
				"◇客の声\n常連の男性は「寂しくなる」と話した。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "■森川さん「悔いはない」", "棚には古い地図や郷土史が並ぶ。",
				"◇客の声", "常連の男性は「寂しくなる」と話した。"},
		},
		{
			name: "a short opening clause printed twice is text",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n森川さんは、\n「悔いはない。やり切った」\nと話した。\n\n" +
				"棚には古い地図や郷土史が並ぶ。\n\n森川さんは、\n「本は、次は図書館に寄贈したい」\nと語る。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "森川さんは、\n「悔いはない。やり切った」と話した。",
				"棚には古い地図や郷土史が並ぶ。", "森川さんは、\n「本は、次は図書館に寄贈したい」と語る。"},
			boilerplate: []string{},
		},
		{
			name: "a last paragraph about a work's author is no profile",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n棚には古い地図や郷土史が並ぶ。\n\n" +
				"港町出身の漫画家が描いた同名作品をもとに、店の五十年を映像化。全国の劇場で公開される。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "棚には古い地図や郷土史が並ぶ。",
				"港町出身の漫画家が描いた同名作品をもとに、店の五十年を映像化。全国の劇場で公開される。"},
		},
		{
			name: "a paragraph that ends on a comma and goes on below",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n一方、隣町で同じく古書店を営む真野さん（58）の場合、\n\n" +
				"「うちは続けます。若い客が増えてきたので」\n\n最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "一方、隣町で同じく古書店を営む真野さん(58)の場合、",
				"「うちは続けます。若い客が増えてきたので」", "最後の日には常連客が花束を持って訪れた。"},
			captions: []string{},
		},
		{
			name: "titles listed under a related head, lines not separated by blanks",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n【関連記事】\n駅前の書店、新しい形の営業へ\n港町の古本市、三年ぶりに開催\n" +
				"閉店の知らせを聞いた客からは惜しむ声が相次いだ。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "閉店の知らせを聞いた客からは惜しむ声が相次いだ。"},
			related:     []string{"駅前の書店、新しい形の営業へ", "港町の古本市、三年ぶりに開催"},
			boilerplate: []string{"【関連記事】"},
		},
		{
			name: "a list of other articles after the text, titles with spaces",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n" +
				"この記事を見た人はこんな記事も見ています\n駅前の書店 新しい形の営業へ 来月から\n港町 古本市 三年ぶり\nこのニュースを共有する\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			related:     []string{"駅前の書店 新しい形の営業へ 来月から", "港町 古本市 三年ぶり"},
			boilerplate: []string{"この記事を見た人はこんな記事も見ています", "このニュースを共有する"},
		},
		{
			name: "a related link printed with its head between two lines of text",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n【関連】駅前の書店、新しい形の営業へ\n" +
				"閉店の知らせを聞いた客からは惜しむ声が相次いだ。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "閉店の知らせを聞いた客からは惜しむ声が相次いだ。"},
			related:    []string{"【関連】駅前の書店、新しい形の営業へ"},
		},
		{
			name: "related links inside the body",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n【関連記事】\n・駅前の書店、新しい形の営業へ\n・古本市に二千人が集まる\n\n" +
				"閉店の知らせを聞いた客からは惜しむ声が相次いだ。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "閉店の知らせを聞いた客からは惜しむ声が相次いだ。"},
			related:    []string{"駅前の書店、新しい形の営業へ", "古本市に二千人が集まる"},
		},
		{
			name:       "a sentence printed twice stays body",
			in:         layoutHead + "店は来月末で閉じる。\n\n客は名残を惜しんだ。\n\n店は来月末で閉じる。\n",
			paragraphs: []string{"店は来月末で閉じる。", "客は名残を惜しんだ。", "店は来月末で閉じる。"},
		},
		{
			name: "a repeated first paragraph does not end the body",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
		},
		{
			name:       "hard-wrapped lines make one paragraph",
			in:         layoutHead + "店主の森川さんは、祖父の代から続いた店を\nこの春で閉じると決め、常連客に\n手紙で知らせた。\n\n次の段落です。\n",
			paragraphs: []string{"店主の森川さんは、祖父の代から続いた店を\nこの春で閉じると決め、常連客に手紙で知らせた。", "次の段落です。"},
		},
		{
			name: "a wrapped column that indents its paragraphs starts one only at an indent",
			in: layoutHead + "　店主の森川さんは、祖父の代から続\nいた店をこの春で閉じると決め、常\n連客に手紙で知らせた。店の棚には\n" +
				"古い地図が並び、客が絶えなかった。\n最後の日には常連客が花束を持って\n訪れ、店の前に長い列ができた。\n" +
				"　店主は一人ひとりに礼を述べた。\n次に開く店はまだ決まっていない。\n　建物は町が買い取り、集会所とし\nて使う。\n",
			paragraphs: []string{"店主の森川さんは、祖父の代から続いた店をこの春で閉じると決め、常連客に手紙で知らせた。店の棚には古い地図が並び、客が絶えなかった。最後の日には常連客が花束を持って訪れ、店の前に長い列ができた。",
				"店主は一人ひとりに礼を述べた。次に開く店はまだ決まっていない。", "建物は町が買い取り、集会所として使う。"},
		},
		{
			name:       "indented lines each one paragraph are not wrapped text",
			in:         layoutHead + "　店主の森川さんは店を閉じると決めた。\n　最後の日には常連客が訪れた。\n古書店の今後\n　店主は礼を述べた。\n",
			paragraphs: []string{"店主の森川さんは店を閉じると決めた。", "最後の日には常連客が訪れた。", "古書店の今後", "店主は礼を述べた。"},
		},
		{
			name:       "a narrow column wrapped without commas",
			in:         layoutHead + "店主の森川さんは祖父の代から\n続いた店をこの春で閉じると\n決めて常連客に知らせた。\n\n古書店の今後\n最後の日には常連客が花束を持って訪れ、店主は一人ひとりに礼を述べた。\n",
			paragraphs: []string{"店主の森川さんは祖父の代から\n続いた店をこの春で閉じると\n決めて常連客に知らせた。", "古書店の今後", "最後の日には常連客が花束を持って訪れ、店主は一人ひとりに礼を述べた。"},
		},
		{
			name: "dialogue turns and signed testimony are body",
			in: layoutHead + "閉店の前日、二人に話を聞いた。\n\n森川 「長い間、本当にありがとうございました」\n\n" +
				"「子どもの頃から通った店なので寂しいです。最後に一冊買いました」（早紀／36歳）\n",
			paragraphs: []string{"閉店の前日、二人に話を聞いた。", "森川 「長い間、本当にありがとうございました」",
				"「子どもの頃から通った店なので寂しいです。最後に一冊買いました」(早紀/36歳)"},
		},
		{
			name:       "a paragraph cut by a paywall stays body",
			in:         layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n閉店後の建物について、森川さんは地元の団体と話し合いを続けており、今後は地域の集会所として\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "閉店後の建物について、森川さんは地元の団体と話し合いを続けており、今後は地域の集会所として"},
		},
		{
			name:       "the last sentence wrapped into a few words at the end of the text",
			in:         layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n妻の森川早苗さんは「この店に育ててもらった」と話\nした。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "妻の森川早苗さんは「この店に育ててもらった」と話した。"},
		},
		{
			name:       "a caption that opens with the photo's number in brackets",
			in:         layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n［写真1/3］店の前で客を見送る森川さん\n\n最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			captions:   []string{"[写真1/3]店の前で客を見送る森川さん"},
		},
		{
			name: "a quotation over the quotative that goes on under it on a page",
			in: "港町新聞\n" + layoutHead + "　店主の森川さんは、この春で店を閉じると決めた。\n　港町の川瀬ゆかり町長は「寂しいが、感謝しかない。跡地の活用を考えたい」\n" +
				"とのコメントを出した。\nこの記事の写真（2枚）\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "港町の川瀬ゆかり町長は「寂しいが、感謝しかない。跡地の活用を考えたい」とのコメントを出した。"},
			captions:   []string{},
		},
		{
			name: "a short line cut by a paywall notice stays body",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n一方で、建物の今後については、地元の団体と\n\n" +
				"この記事は有料会員限定です。\n\n続きは会員登録のうえお読みください。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "一方で、建物の今後については、地元の団体と"},
			boilerplate: []string{"この記事は有料会員限定です。", "続きは会員登録のうえお読みください。"},
		},
		{
			name: "an ad and a photo with its caption inside the body",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n広告\n\n写真一覧\n\n店の前で客を見送る森川さん＝北川市\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n\n早紀（36）「ここで買った地図は宝物です」\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。", "早紀(36)「ここで買った地図は宝物です」"},
			captions:    []string{"店の前で客を見送る森川さん=北川市"},
			boilerplate: []string{"広告", "写真一覧"},
		},
		{
			name:       "a series label opening plain text is a sub-heading",
			in:         layoutHead + "川べりの古書店と商店街の五十年をたどる連載企画の第三回\n\n店主は客に礼を述べた。\n",
			paragraphs: []string{"川べりの古書店と商店街の五十年をたどる連載企画の第三回", "店主は客に礼を述べた。"},
		},
		{
			name:       "a closing sentence that opens with a conjunction is no profile",
			in:         layoutHead + "店は来月末で閉じる。\n\n客は名残を惜しんだ。\n\nしかし、この町で生まれ育った住民が支えてきた商店街の記憶。それは残る。\n",
			paragraphs: []string{"店は来月末で閉じる。", "客は名残を惜しんだ。", "しかし、この町で生まれ育った住民が支えてきた商店街の記憶。それは残る。"},
		},
		{
			name: "readers' comments after related links are not the article",
			in: layoutHead + "シェア\n\n店は五十年の歩みを終え、来月末で閉じる。\n\n関連記事\n駅前の書店、新しい形の営業へ\n\nコメント\n(0/300)\n" +
				"寂しくなりますね。子どもの頃に通いました。\n",
			paragraphs: []string{"店は五十年の歩みを終え、来月末で閉じる。"},
			related:    []string{"駅前の書店、新しい形の営業へ"},
		},
		{
			name:        "a table between paragraphs is data, not text",
			in:          layoutHead + "店は本を三つの棚に分けて売る。\n\n棚\t冊数\n郷土史\t120\n\n値段は一冊百円からだ。\n",
			paragraphs:  []string{"店は本を三つの棚に分けて売る。", "値段は一冊百円からだ。"},
			boilerplate: []string{"棚\t冊数", "郷土史\t120"},
		},
		{
			name: "a box and links after the last paragraph are not body",
			in: layoutHead + "最後の日には常連客が花束を持って訪れた。\n\n◆閉店記念の古本市\n期間：5月18日〜19日\n会場：川べり公民館\nお問い合わせ：03-0000-0000\n\n" +
				"古本市の季節がやってきた（4/1）\n・駅前の書店、新しい形の営業へ\n",
			paragraphs:  []string{"最後の日には常連客が花束を持って訪れた。"},
			related:     []string{"古本市の季節がやってきた(4/1)", "駅前の書店、新しい形の営業へ"},
			boilerplate: []string{"◆閉店記念の古本市", "期間:5月18日〜19日", "会場:川べり公民館", "お問い合わせ:03-0000-0000"},
		},
		{
			name: "the line under a photo label is its caption",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n写真一覧\n花束を受け取る森川さん（10日 川べり書店）\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			captions:    []string{"花束を受け取る森川さん(10日 川べり書店)"},
			boilerplate: []string{"写真一覧"},
		},
		{
			name:       "a short line after the date line is no headline once text has begun",
			in:         "町の話題\n\n2024年5月10日\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n常連の島村氏は、\n「寂しくなりますね」と話した。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "常連の島村氏は、\n「寂しくなりますね」と話した。"},
		},
		{
			name: "a sentence broken off before the voices listed under it",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n閉店の知らせが伝わった直後から、地元の掲示板や短文投稿サイトでは\n「寂しい」\n「最後に行きたい」\n\n" +
				"といった声が相次いだ。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "閉店の知らせが伝わった直後から、地元の掲示板や短文投稿サイトでは\n「寂しい」", "「最後に行きたい」",
				"といった声が相次いだ。"},
			captions: []string{},
		},
		{
			name:        "an icon's word and a wire's credit in brackets are furniture",
			in:          layoutHead + "list\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n【川べり通信社】\n\n関連ニュース\n・駅前の書店、新しい形の営業へ\n\n［川べり通信社］\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。"},
			related:     []string{"駅前の書店、新しい形の営業へ"},
			boilerplate: []string{"list", "【川べり通信社】", "関連ニュース", "[川べり通信社]"},
		},
		{
			name: "links in the middle of the text under a head that points at them, a station's name at the end",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n▼関連記事はこちら\n駅前の書店、新しい形の営業へ（4月1日）\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n\n川べり放送局\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			related:     []string{"駅前の書店、新しい形の営業へ(4月1日)"},
			boilerplate: []string{"▼関連記事はこちら", "川べり放送局"},
		},
		{
			name:        "readers' comments under a head with their count are no text",
			in:          layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\nコメント（2件）\n古本好き\n2024/5/10 19:01\n寂しくなりますね。\nいいね 12\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。"},
			boilerplate: []string{"コメント(2件)", "古本好き", "2024/5/10 19:01", "寂しくなりますね。", "いいね 12"},
		},
		{
			name:        "a clipping button under the date and an outlet's online name among the links",
			in:          layoutHead + "スクラップ\n\n店主の森川さんは、この春で店を閉じると決めた。\n\nあわせて読みたい\n駅前の書店、新しい形の営業へ\nピックアップ\n古本市の季節がやってきた\n川べり新聞オンライン\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。"},
			related:     []string{"駅前の書店、新しい形の営業へ", "古本市の季節がやってきた"},
			boilerplate: []string{"スクラップ", "あわせて読みたい", "ピックアップ", "川べり新聞オンライン"},
		},
		{
			name:        "a row of buttons under the date and a link back to the front page",
			in:          layoutHead + "保存\n共有\n印刷\nその他\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n川べり電子版トップ\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。"},
			boilerplate: []string{"保存", "共有", "印刷", "その他", "川べり電子版トップ"},
		},
		{
			name:        "a note on the article in brackets is no text",
			in:          layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n（この記事は2024年5月10日付の朝刊に掲載されました）\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。"},
			boilerplate: []string{"(この記事は2024年5月10日付の朝刊に掲載されました)"},
		},
		{
			name: "where the rest of an interview is printed is no text",
			in: layoutHead + "――次の作品は？\n川瀬　港町の市場を描きたいと思っています。\n（続きは12月号の誌面で）\n" +
				"かわせ・ゆか　1980年、港南町生まれ。漁協の職員から画家に転じた。\n感想をお寄せください\n",
			paragraphs:  []string{"――次の作品は?", "川瀬 港町の市場を描きたいと思っています。"},
			boilerplate: []string{"(続きは12月号の誌面で)", "感想をお寄せください"},
		},
		{
			name: "a caption whose date before the place has its comma",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n花束を受け取る森川さん＝19日、川べり町\n\n" +
				"最後の日には常連客が花束を持って訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			captions:   []string{"花束を受け取る森川さん=19日、川べり町"},
		},
		{
			name: "a hard-wrapped line ending in a comma ends a list of links",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n【関連記事】\n駅前の書店、新しい形の営業へ\n" +
				"閉店の知らせを聞いた常連客の多くは、\n最後の日に花束を持って店を訪れた。\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "閉店の知らせを聞いた常連客の多くは、最後の日に花束を持って店を訪れた。"},
			related:    []string{"駅前の書店、新しい形の営業へ"},
		},
		{
			name:        "a copyright notice after the links is no link",
			in:          layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n【関連記事】\n駅前の書店、新しい形の営業へ\n(C)川べり新報社\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。"},
			related:     []string{"駅前の書店、新しい形の営業へ"},
			boilerplate: []string{"【関連記事】", "(C)川べり新報社"},
		},
		{
			name: "a copyright notice at the end is the page's, by a photo the photo's credit",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n写真一覧\n(C)川べり写真館\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
				"Copyright 2024 Kawabe Shimpo. All rights reserved.\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			captions:    []string{"(C)川べり写真館"},
			boilerplate: []string{"写真一覧", "Copyright 2024 Kawabe Shimpo. All rights reserved."},
		},
		{
			name:        "a copyright notice that ends like a sentence closes the text",
			in:          layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n掲載の記事・写真の無断転載を禁じます。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。"},
			boilerplate: []string{"掲載の記事・写真の無断転載を禁じます。"},
		},
		{
			name: "bylines and buttons under the date line",
			in: "川べりの古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n【記者】森下蒼一\n医療ジャーナリスト　川瀬ゆかり\nBy Mara Lindqvist\n3 分で読む\n" +
				"文字サイズ　小　中　大\n▶ 動画を再生（1分48秒）\nこの動画は再生できません\nFacebook　X　LINE　メール\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n" +
				"動画を再生してみると、店の歴史がよくわかる。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "動画を再生してみると、店の歴史がよくわかる。"},
			boilerplate: []string{"3 分で読む", "文字サイズ 小 中 大", "▶ 動画を再生(1分48秒)", "この動画は再生できません", "Facebook X LINE メール"},
		},
		{
			name:        "the label of an advertisement in brackets between paragraphs is furniture",
			in:          layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n（広告）\n\n最後の日には常連客が花束を持って訪れた。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			boilerplate: []string{"(広告)"},
		},
		{
			name:        "the source of an item credited in brackets under it is furniture",
			in:          layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n（出典：港北タウン通信）\n\n最後の日には常連客が花束を持って訪れた。\n",
			paragraphs:  []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"},
			boilerplate: []string{"(出典:港北タウン通信)"},
		},
		{
			name: "a line in 【】 right over running text is its heading, not a link",
			in: layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n【森川さんの2月3日の投稿】\n\n「長い間ありがとうございました」と書き込んだ。\n\n" +
				"【関連記事】\n・川べりの古書店、地図の展示会\n",
			paragraphs: []string{"店主の森川さんは、この春で店を閉じると決めた。", "【森川さんの2月3日の投稿】", "「長い間ありがとうございました」と書き込んだ。"},
			related:    []string{"川べりの古書店、地図の展示会"},
		},
		{
			name: "a long line under a section mark over the text is its heading, not a link",
			in: layoutHead + "◇川べり杯　北浜クラブ4－3港西クラブ（17日、北浜市民球場）\n\n北浜クラブは九回に逆転し、川べり杯を制した。\n\n" +
				"監督は選手をたたえた。\n",
			paragraphs: []string{"◇川べり杯 北浜クラブ4-3港西クラブ(17日、北浜市民球場)", "北浜クラブは九回に逆転し、川べり杯を制した。", "監督は選手をたたえた。"},
			related:    []string{},
		},
		{
			name: "the rows of price tables repeat inside the text: data, not furniture",
			in: layoutHead + "古書店の会員料金は次の通り。\n\n一般\n年会費 3,000円\n入会金 1,000円\n\n学生\n年会費 3,000円\n入会金 500円\n\n" +
				"料金は来月から改める。\n",
			paragraphs: []string{"古書店の会員料金は次の通り。", "一般\n年会費 3,000円\n入会金 1,000円", "学生\n年会費 3,000円\n入会金 500円",
				"料金は来月から改める。"},
			related:     []string{},
			boilerplate: []string{},
		},
		{
			name: "price tables after the last text are one box, neither links nor tags",
			in: layoutHead + "古書店の会員料金は次の通り。\n\n一般\n年会費 3,000円\n入会金 1,000円\n\n学生\n年会費 3,000円\n入会金 -500円\n\n" +
				"【関連記事】\n・川べりの古書店、地図の展示会\n",
			paragraphs:  []string{"古書店の会員料金は次の通り。"},
			related:     []string{"川べりの古書店、地図の展示会"},
			boilerplate: []string{"一般", "年会費 3,000円", "入会金 1,000円", "学生", "年会費 3,000円", "入会金 -500円", "【関連記事】"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.in), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			assert.Equal(t, tt.paragraphs, paragraphTexts(a))
			if tt.related != nil {
				assert.Equal(t, tt.related, textsOf(a.Related))
			}
			if tt.captions != nil {
				assert.Equal(t, tt.captions, textsOf(a.Captions))
			}
			if tt.tags != nil {
				assert.Equal(t, tt.tags, textsOf(a.Tags))
			}
			if tt.boilerplate != nil {
				assert.Equal(t, tt.boilerplate, textsOf(a.Boilerplate))
			}
		})
	}
}

// TestLongRepeatedInput: lines that repeat thousands of times are not
// furniture when they are sentences; the body is never empty.
func TestLongRepeatedInput(t *testing.T) {
	var b strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&b, "2024年1月%d日 定例の会議が開かれた。\n\n", i%28+1)
	}
	a, err := Parse([]byte(b.String()), WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, 5000, len(a.Paragraphs))
	assert.Nil(t, a.Published)
	spanChecker{t: t, a: a}.coverage()
}

// TestWithoutLayout: the body alone, and a title with the body.
func TestWithoutLayout(t *testing.T) {
	tests := []struct {
		name, in, headline, first string
	}{
		{"a sentence first is body", "川べりの古書店が、五十年の歩みに幕を下ろすことになり、最後の営業日には多くの客が訪れた。\n\n店主は客に礼を述べた。\n", "", "川べりの古書店が"},
		{"an indented first line is body", "　古書店が閉店した\n\n店主は客に礼を述べた。\n", "", "古書店が閉店した"},
		{"a short first line is the headline", "古書店、五十年の歩みに幕\n\n店主は客に礼を述べた。\n", "古書店、五十年の歩みに幕", "店主は"},
		{"a quotation first is body", "「長い間ありがとう。また会いましょう」\n\n店主は客に礼を述べた。\n", "", "「長い間"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.in), WithoutMorphology())
			require.NoError(t, err)
			assert.Equal(t, tt.headline, a.Headline.Text)
			require.NotEmpty(t, a.Paragraphs)
			assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, tt.first), a.Paragraphs[0].Text)
			spanChecker{t: t, a: a, text: true}.check()
		})
	}
	// No date line: a date in the body is not the publication time.
	for _, in := range []string{
		"古書店、五十年の歩みに幕\n価格：600円（2024年2月29日まで170円）\n\n店主は客に礼を述べた。\n",
		"古書店、五十年の歩みに幕\n\n発売日：2024年3月1日\n\n店主は客に礼を述べた。\n",
		"古書店、五十年の歩みに幕\n\n2024年3月1日から営業時間を短くした。\n",
	} {
		a, err := Parse([]byte(in), WithoutMorphology())
		require.NoError(t, err)
		assert.Nil(t, a.Published, in)
	}
}

// TestPathOverBareTitle: the path to the page is no headline over a title
// of bare words (港北マラソン　完走記録), which is no byline either.
func TestPathOverBareTitle(t *testing.T) {
	in := "地域スポーツ ＞ 一般スポーツ ＞ 大会結果\n港北マラソン　完走記録\n2026.11.01 16:30\n\n港北市民マラソンは1日、港北市の運動公園で開かれた。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, "港北マラソン 完走記録", a.Headline.Text)
	assert.Empty(t, a.Bylines)
	spanChecker{t: t, a: a, text: true}.check()
}

// TestHeaderLabels: kickers and tags around the headline.
func TestHeaderLabels(t *testing.T) {
	tests := []struct {
		name, in, kicker string
		tags             []string
	}{
		{"one label under the headline", "古書店、五十年の歩みに幕\n地域\n2024年5月10日 9時30分\n\n店主は客に礼を述べた。\n", "地域", []string{}},
		{"several labels are tags", "古書店、五十年の歩みに幕\n暮らし\n地域\n2024年5月10日 9時30分\n\n店主は客に礼を述べた。\n", "", []string{"暮らし", "地域"}},
		{"a breadcrumb", "ニュース > 地域 > 商店街\n古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n\n店主は客に礼を述べた。\n", "ニュース > 地域 > 商店街", []string{}},
		{"a path on lines of its own, home first", "ホーム\nニュース\n地域\n古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n\n店主は客に礼を述べた。\n", "地域", []string{}},
		{"a long bracketed label", "【Town Watch／商店街】古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n\n店主は客に礼を述べた。\n", "【Town Watch/商店街】", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.in), WithoutMorphology())
			require.NoError(t, err)
			if tt.kicker == "" {
				assert.Nil(t, a.Kicker)
			} else if assert.NotNil(t, a.Kicker) {
				assert.Equal(t, tt.kicker, a.Kicker.Text)
			}
			assert.Equal(t, tt.tags, textsOf(a.Tags))
			assert.Equal(t, "古書店、五十年の歩みに幕", a.Headline.Text)
			spanChecker{t: t, a: a, text: true}.check()
		})
	}
	// A link label closing a paragraph names nobody.
	a, err := Parse([]byte(layoutHead+"古本市は今週末に開かれる。（詳細はコチラ）\n"), WithoutMorphology())
	require.NoError(t, err)
	assert.Empty(t, a.Bylines)
	a, err = Parse([]byte(layoutHead+"古本市は今週末に開かれる。\n\n（詳細はコチラ）\n"), WithoutMorphology())
	require.NoError(t, err)
	assert.Empty(t, a.Bylines)
	assert.Empty(t, a.Tags)
	assert.Equal(t, []string{"(詳細はコチラ)"}, textsOf(a.Boilerplate))
	// A topic printed after the time on the date line is a tag.
	a, err = Parse([]byte("古書店、五十年の歩みに幕\n2023年4月3日 9時01分 古本市\n\n店主は客に礼を述べた。\n"), WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, []string{"古本市"}, textsOf(a.Tags))
	assert.Empty(t, a.Bylines)
}

// TestFixtureLayout backs the golden files with expectations written by
// hand: where the lines of each fixture go.
func TestFixtureLayout(t *testing.T) {
	tests := []struct {
		file, headline, kicker   string
		paragraphs, headings     int
		first, last              string // first runes of the first and last paragraphs
		captions, related, boils int
		tags, bylines            []string
	}{
		{"asahi-like", "港町の朝市が復活", "", 3, 0, "港町の朝市が3日", "初日は開場前から", 1, 2, 9, []string{}, []string{"山川花子", "森一郎"}},
		{"itmedia-like", "古いノートPCを", "コラム", 3, 1, "使わなくなった", "まずはOSを", 1, 0, 2, []string{}, []string{"佐藤一郎"}},
		{"ldcc", "人気ゲームの続編", "", 3, 0, "15日、", "発売元は", 0, 2, 2, []string{}, []string{}},
		{"mainichi-like", "年越しの駅伝大会", "速報", 3, 1, "毎年大みそかに", "出場を予定", 1, 2, 9, []string{"スポーツ", "陸上"}, []string{"青木沙耶", "村上大地"}},
		{"nhk-like", "山あいの町に新しい図書館", "", 6, 1, "山あいの町で", "町の担当者は", 0, 0, 1, []string{"文化"}, []string{}},
		{"nikkei-like", "小型衛星の打ち上げ", "宇宙・航空", 3, 0, "国内の宇宙新興", "欧州勢も", 0, 1, 7, []string{}, []string{"北川春樹"}},
		{"plain", "川沿いの桜並木", "", 2, 0, "市内を流れる", "花見客の", 0, 0, 0, []string{}, []string{}},
		{"section-label", "港町の防波堤", "地方自治", 3, 0, "県は3日", "計画では", 0, 0, 0, []string{}, []string{}},
		{"seed-like", "北極海航路の定期便", "北極海航路", 4, 0, "国内の海運大手", "各社は来年以降", 0, 1, 0, []string{}, []string{}},
		{"wire-kyodo", "国際会議、", "", 3, 0, "各国の代表が", "合意文書は", 0, 0, 0, []string{}, []string{"山口 恵太"}},
		{"yahoo-like", "自治体の窓口", "", 3, 0, "全国の自治体で", "一方で、", 0, 2, 4, []string{}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", tt.file+".txt"))
			require.NoError(t, err)
			a, err := Parse(src, WithoutMorphology())
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(a.Headline.Text, tt.headline), a.Headline.Text)
			if tt.kicker == "" {
				assert.Nil(t, a.Kicker)
			} else if assert.NotNil(t, a.Kicker) {
				assert.Equal(t, tt.kicker, a.Kicker.Text)
			}
			body := bodyParagraphs(a)
			assert.Len(t, body, tt.paragraphs)
			assert.Equal(t, tt.headings, len(a.Paragraphs)-len(body))
			require.NotEmpty(t, body)
			assert.True(t, strings.HasPrefix(body[0].Text, tt.first), body[0].Text)
			assert.True(t, strings.HasPrefix(body[len(body)-1].Text, tt.last), body[len(body)-1].Text)
			assert.Len(t, a.Captions, tt.captions)
			assert.Len(t, a.Related, tt.related)
			assert.Len(t, a.Boilerplate, tt.boils)
			assert.Equal(t, tt.tags, textsOf(a.Tags))
			var names []string
			for _, b := range a.Bylines {
				names = append(names, b.Name)
			}
			if names == nil {
				names = []string{}
			}
			assert.Equal(t, tt.bylines, names)
		})
	}
}

// TestDateUnderTheText: pages that print the time under the article, in
// brackets, after a table of results and a profile of the one the text is
// about, keep every paragraph and take the time as published.
func TestDateUnderTheText(t *testing.T) {
	src := "北浜市長選、現職が3選 新人2人破る\n\n" +
		"　任期満了に伴う北浜市長選は16日投開票され、無所属現職の村岡健太氏（58）＝自民、公明推薦＝が、新人2人を破り、3選を果たした。\n\n" +
		"　村岡氏は市内の事務所で「期待に応えたい」と述べた。\n\n" +
		"◇北浜市長選開票結果（選管最終）\n当 32,104 村岡健太 無現\n　 18,920 島田幸子 無新\n\n" +
		"　村岡氏は1967年生まれ。市議、県議を経て2017年に初当選した。\n\n" +
		"（2025年11月17日 0時12分）\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, "北浜市長選、現職が3選 新人2人破る", a.Headline.Text)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2025-11-17T00:12", a.Published.Value)
	body := paragraphTexts(a)
	require.NotEmpty(t, body)
	assert.True(t, strings.HasPrefix(body[0], "任期満了"), body[0])
	assert.Equal(t, "村岡氏は1967年生まれ。市議、県議を経て2017年に初当選した。", body[len(body)-1])
	assert.Nil(t, a.Bio, "a profile of the one the text is about is text, not the author's")
	for _, o := range a.Organizations {
		assert.NotContains(t, o.Name, ")", "no bracket in an organisation's name")
	}
}

// TestMediaLinkOverTheHeadline: a portal's link to the photos printed
// over the headline is neither kicker nor subheadline.
func TestMediaLinkOverTheHeadline(t *testing.T) {
	src := "【写真】花束を受け取る店主\n古書店、五十年の歩みに幕\n11/14(金) 18:05配信\n\n店主の森川さんは、この春で店を閉じると決めた。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	assert.Equal(t, "古書店、五十年の歩みに幕", a.Headline.Text)
	assert.Nil(t, a.Kicker)
	assert.Nil(t, a.Subheadline)
	assert.Equal(t, []string{"【写真】花束を受け取る店主"}, textsOf(a.Boilerplate))
}

// TestLabelledFields: corpus files that print the header as label：value
// lines give headline, time, section and author from the values, and the
// text from the line after them or from the value of 本文.
func TestLabelledFields(t *testing.T) {
	tests := []struct {
		name, src           string
		published, byline   string
		tags, first, blocks []string
	}{
		{"fields, then 本文 alone", "タイトル：古書店、五十年の歩みに幕\n日付：2024-05-10\nカテゴリ：地域\n本文：\n店主は客に礼を述べた。\n常連客が花束を持って訪れた。\n",
			"2024-05-10", "", []string{"地域"}, []string{"店主は客に礼を述べた。", "常連客が花束を持って訪れた。"}, []string{"本文:"}},
		{"the text on the line of 本文", "見出し: 古書店、五十年の歩みに幕\n日時: 2024年5月10日 9:30\n記者: 川瀬ゆかり\n本文: 店主は客に礼を述べた。\n常連客が花束を持って訪れた。\n",
			"2024-05-10T09:30", "川瀬ゆかり", []string{}, []string{"店主は客に礼を述べた。", "常連客が花束を持って訪れた。"}, []string{}},
		{"the header of an e-mail, its subject with a label in brackets, an issue's masthead and contents",
			"差出人：港北商店会 <news@example.com>\n件名：【港北だより vol.12】古書店、五十年の歩みに幕\n日付：2024年5月10日 9:30\n宛先：会員各位\n━━━━━━━━\n　港北だより　第12号\n━━━━━━━━\n■目次\n1. 閉店のお知らせ\n2. お店紹介\n店主は客に礼を述べた。\n■1. 閉店のお知らせ\n常連客が花束を持って訪れた。\n",
			"2024-05-10T09:30", "", []string{}, []string{"店主は客に礼を述べた。", "■1. 閉店のお知らせ", "常連客が花束を持って訪れた。"},
			[]string{"差出人:港北商店会 <news@example.com>", "宛先:会員各位", "━━━━━━━━", "港北だより 第12号", "━━━━━━━━", "■目次", "1. 閉店のお知らせ", "2. お店紹介"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.src), WithoutMorphology())
			require.NoError(t, err)
			assert.Equal(t, "古書店、五十年の歩みに幕", a.Headline.Text)
			if strings.Contains(tt.src, "件名") {
				require.NotNil(t, a.Kicker)
				assert.Equal(t, "【港北だより vol.12】", a.Kicker.Text)
			}
			require.NotNil(t, a.Published)
			assert.Equal(t, tt.published, a.Published.Value)
			assert.Equal(t, tt.tags, textsOf(a.Tags))
			assert.Equal(t, tt.first, paragraphTexts(a))
			assert.Equal(t, tt.blocks, textsOf(a.Boilerplate))
			if tt.byline != "" {
				require.Len(t, a.Bylines, 1)
				assert.Equal(t, tt.byline, a.Bylines[0].Name)
			}
		})
	}
}

// TestCopyrightYear: a page that prints its date without a year takes the
// year of its copyright notice when the caller gives no reference.
func TestCopyrightYear(t *testing.T) {
	src := "川辺エンタメ\n古書店、五十年の歩みに幕\n5/10(金) 18:05配信\n\n店主の森川さんは、この春で店を閉じると決めた。\n\nCopyright © 2024 Kawabe Entame Inc.\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2024-05-10T18:05", a.Published.Value)
	a, err = Parse([]byte(strings.Replace(src, "Copyright © 2024 Kawabe Entame Inc.\n", "", 1)), WithoutMorphology())
	require.NoError(t, err)
	require.NotNil(t, a.Published)
	assert.Equal(t, "XXXX-05-10T18:05", a.Published.Value)
	// A reference after the copyright's year: the page's year bounds it.
	yearless := strings.Replace(src, "5/10(金) 18:05配信", "5月10日 18:05", 1)
	a, err = Parse([]byte(yearless), WithoutMorphology(), WithReference(time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2024-05-10T18:05", a.Published.Value)
	// One before the end of that year is kept.
	a, err = Parse([]byte(yearless), WithoutMorphology(), WithReference(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2023-05-10T18:05", a.Published.Value)
}

// TestHeaderShapes: decks, short headlines, section labels, second date
// lines and credits with a desk or a role, in several variants.
func TestHeaderShapes(t *testing.T) {
	const body = "\n店主は集まった客に礼を述べた。\n\n最後の日には常連客が花束を持って訪れた。\n"
	type byline struct{ name, desk, role string }
	tests := []struct {
		name, in           string
		kicker, headline   string
		subheadline        string
		published, updated string // Text of the times, "" for none
		bylines            []byline
		firstParagraph     string // "" for the common body's
		lastParagraph      string
	}{
		{
			name: "the menu's section over the headline, though it ends like a site's name", in: "港北学園新報デジタル\nトップ｜校内ニュース｜部活動｜進路｜行事\nログイン　｜　電子版\n校内ニュース\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			kicker: "校内ニュース", headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a section of the menu with the site's word", in: "みなと交通ナビ\n交通情報｜ニュース｜道路｜鉄道｜空港\n交通情報ニュース\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			kicker: "交通情報ニュース", headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a mobile bar of icons over the section and the headline", in: "≡　港北NEWS　🔍\nログイン\n地域｜交通\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			kicker: "地域|交通", headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "the path to the page over its title", in: "港北ニュース\n新着情報一覧 ＞ 古書店、五十年の歩みに幕\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a series and its instalment under the date line, over the title", in: "港町くらし WEB\n特集　連載　旅　食\n2024.05.10\n連載　港の人々　第3回\n古書店、五十年の歩みに幕　店主が礼\n" + body,
			kicker: "連載 港の人々 第3回", headline: "古書店、五十年の歩みに幕 店主が礼", published: "2024.05.10",
		},
		{
			name: "a blog's name and its follow button over the date, the post's title under it", in: "港町ごはん日記\n読者になる\n2024年5月10日(金) 21:08\n古書店、五十年の歩みに幕（最後の日に行きました）\n" + body,
			headline: "古書店、五十年の歩みに幕(最後の日に行きました)", published: "2024年5月10日(金) 21:08",
		},
		{
			name: "a company's disclosure: its date, addressees and issuer's fields over the title", in: "2024年5月10日\n各　位\n会 社 名　港北精工株式会社\n代表者名　代表取締役社長　沢井 健二\n（コード番号：0000）\n問合せ先　管理本部長　川瀬 ゆかり\n（TEL．000-000-0000）\n古書店、五十年の歩みに幕\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
		},
		{
			name: "a prefecture's release: its number and update, its kind, its own date and its office over the title", in: "北浜県ホームページ　＞　県政情報　＞　報道発表資料\nページ番号：0012345　更新日：令和6年5月11日\n報道発表資料\n令和6年5月10日\n北浜県産業振興部商工課\n\n古書店、五十年の歩みに幕\n" + body,
			kicker: "北浜県ホームページ > 県政情報 > 報道発表資料", headline: "古書店、五十年の歩みに幕", published: "令和6年5月10日", updated: "令和6年5月11日",
		},
		{
			name: "a label in Latin letters and a numbered series over the title", in: "港町アート WEB\nCONVERSATIONS｜港の人々 第8回\n古書店、五十年の歩みに幕\n2024年5月10日\n" + body,
			kicker: "CONVERSATIONS|港の人々 第8回", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
		},
		{
			name: "a ministry's release: its office inside a bureau between the date and the title", in: "ホーム ＞ 報道発表資料\n令和6年5月10日\n港湾・観光局港湾振興課\n古書店、五十年の歩みに幕\n～港町の古地図を市に寄贈～\n" + body,
			kicker: "ホーム > 報道発表資料", headline: "古書店、五十年の歩みに幕", subheadline: "〜港町の古地図を市に寄贈〜", published: "令和6年5月10日",
		},
		{
			name: "a site's name over the path to the page, the title and its dek under the date line", in: "ミナトリリース・ネット\nニュース ＞ 医療\n港北製薬株式会社\n2024/05/10 06:30\n古書店、五十年の歩みに幕\n～港町の古地図を市に寄贈～\n" + body,
			kicker: "ニュース > 医療", headline: "古書店、五十年の歩みに幕", subheadline: "〜港町の古地図を市に寄贈〜", published: "2024/05/10 06:30",
		},
		{
			name: "waves round the line under a bare title and date open the text", in: "2024/05/10 06:30\n古書店、五十年の歩みに幕\n～港町の古地図を市に寄贈～\n店主は集まった客に礼を述べた。\n最後の日には常連客が花束を持って訪れた。\n",
			headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30", firstParagraph: "〜港町の古地図を市に寄贈〜", lastParagraph: "最後の日には常連客が花束を持って訪れた。",
		},
		{
			name: "a series label with its volume right over the headline is the kicker", in: "港町くらし WEB\n連載｜港町の職人たち　vol.3\n古書店、五十年の歩みに幕\n2024.05.10\n" + body,
			kicker: "連載|港町の職人たち vol.3", headline: "古書店、五十年の歩みに幕", published: "2024.05.10",
		},
		{
			name: "a page's number over the date line, the title under it", in: "港北市公式サイト\nページ番号：204518\n公開日：2024年5月10日\n【お知らせ】古書店、五十年の歩みに幕\n" + body,
			kicker: "【お知らせ】", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
		},
		{
			name: "an article's identifier under the headline", in: "古書店、五十年の歩みに幕\n記事ID　20240510A\n2024/05/10 06:30\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a wire's stamp with its time after a dash", in: "古書店、五十年の歩みに幕\n2024/05/10-06:30\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024/05/10-06:30",
		},
		{
			name: "a short headline over the date line and an update line", in: "港町の講演会\n2024/05/10 06:30\n更新：2024/05/10 09:15\n" + body,
			headline: "港町の講演会", published: "2024/05/10 06:30", updated: "2024/05/10 09:15",
		},
		{
			name: "a news name over the headline with no menu is the outlet", in: "港北ニュース\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a bulletin's name and issue over the headline", in: "港北農協\n組合だより　第88号（野菜）\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			kicker: "組合だより 第88号(野菜)", headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a blog's name over its menu, the post's title under the date", in: "港北コミュニティ放送 公式ブログ\nホーム｜番組表｜出演者｜日記｜プレゼント・お便り\n2024.05.10 (金)\n古書店、五十年の歩みに幕\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024.05.10 (金)",
		},
		{
			name: "a menu with a link that shouts, a section word under it and an issue's date", in: "港北キッズ通信\n2024年5月10日（金）号　第812号\nトップ｜ニュース｜つくる｜クイズ！｜あそぶ\nニュース\n古書店、五十年の歩みに幕\n" + body,
			kicker: "ニュース", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日(金)号",
		},
		{
			name: "a bar of buttons, one of them two joined by a dot", in: "港北市役所\nEnglish　｜　サイトマップ　｜　文字サイズ・色の切り替え\n報道発表\n2024年5月10日\n古書店、五十年の歩みに幕\n" + body,
			kicker: "報道発表", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
		},
		{
			name: "a menu of a portal with an action to find", in: "港町ヘルスナビ\n症状・病気　薬・検査　健診　医療ニュース　薬局をさがす\n2024/05/10 06:30\n古書店、五十年の歩みに幕\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a topic label between the date and the headline is no name", in: "港北大学\nプレスリリース\n2024.05.10\n研究成果\n古書店、五十年の歩みに幕\n" + body,
			kicker: "研究成果", headline: "古書店、五十年の歩みに幕", published: "2024.05.10",
		},
		{
			name: "a label of a kind of story between the date and the headline", in: "港北大学\nプレスリリース\n2024.05.10\n調査分析\n古書店、五十年の歩みに幕\n" + body,
			kicker: "調査分析", headline: "古書店、五十年の歩みに幕", published: "2024.05.10",
		},
		{
			name: "a label, a bar and the round over the headline", in: "港北スポーツ\nニュース｜日程｜順位表｜コラム\nマッチレポート｜KTL1部 第12節\n古書店、五十年の歩みに幕\n2024.05.10 06:30\n" + body,
			kicker: "マッチレポート|KTL1部 第12節", headline: "古書店、五十年の歩みに幕", published: "2024.05.10 06:30",
		},
		{
			name: "a credit of text and photos after the time", in: "古書店、五十年の歩みに幕\n2024.05.10 06:30　文・写真＝沢井 健二\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024.05.10 06:30", bylines: []byline{{name: "沢井 健二", role: "文・写真"}},
		},
		{
			name: "a credit of the text after the date", in: "古書店、五十年の歩みに幕\n2024年5月10日　文＝川瀬ゆかり\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日", bylines: []byline{{name: "川瀬ゆかり", role: "文"}},
		},
		{
			name: "a player's notice over the headline", in: "港北テレビ NEWS\n▶ 動画を再生（1分05秒）\n※音声が流れます\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "two buttons under the menu, the menu's section over the headline", in: "港北くらし新聞 WEB\nトップ｜暮らし｜子育て｜健康｜まち\n新規登録（無料）　ログイン\n子育て\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			kicker: "子育て", headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "the issuer of a release over its date, the title under it", in: "港北ほたる祭り実行委員会\n2024年5月10日 10時00分\n港北ほたる祭り、今年は川沿いに会場を移す\n" + body,
			headline: "港北ほたる祭り、今年は川沿いに会場を移す", published: "2024年5月10日 10時00分",
		},
		{
			name: "a magazine's section of two words over the title", in: "月刊みなと WEB\n特集｜ひと｜仕事｜暮らし｜食｜過去の号\nひと／対談\n古書店、五十年の歩みに幕　店主が礼\n2024/05/10 06:30\n" + body,
			kicker: "ひと/対談", headline: "古書店、五十年の歩みに幕 店主が礼", published: "2024/05/10 06:30",
		},
		{
			name: "a newsletter's section and its name in capitals over the title", in: "広報みなと　2024年5月号\n地域の話題　TOPICS\n古書店、五十年の歩みに幕　店主が礼\n2024/05/10 06:30\n" + body,
			kicker: "地域の話題 TOPICS", headline: "古書店、五十年の歩みに幕 店主が礼", published: "2024/05/10 06:30",
		},
		{
			name: "a two-level trail and the outlet over the headline", in: "みなと日報\n地域　＞　川辺町\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			kicker: "地域 > 川辺町", headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a trail that ends in the page's title over the headline", in: "みなと日報\nトップ ＞ 地域 ＞ 古書店、五十年の歩みに幕　店主が礼\n古書店、五十年の歩みに幕　店主が礼\n2024/05/10 06:30\n" + body,
			kicker: "トップ > 地域 > 古書店、五十年の歩みに幕 店主が礼", headline: "古書店、五十年の歩みに幕 店主が礼", published: "2024/05/10 06:30",
		},
		{
			name:   "a wire's printout: the system's lines, the date, the section, the headline",
			in:     "港北通信　加盟社向け端末\n記事番号：KN-0012　区分：一般\n2024年5月10日　9時30分　港北通信\n［社会］\n古書店、五十年の歩みに幕　店主が礼\n" + body,
			kicker: "[社会]", headline: "古書店、五十年の歩みに幕 店主が礼", published: "2024年5月10日 9時30分",
		},
		{
			name:     "authors in brackets under the date are no wire's section",
			in:       "古書店、五十年の歩みに幕\n2024年5月10日 9:30\n[森川忠，みなと日報]\n写真：店の前に立つ店主\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
			bylines: []byline{{name: "森川忠"}},
		},
		{
			name:     "a match's score box between a page's date and its text",
			in:       "みなと日報\n北浜クラブ、九回に逆転し初の栄冠\n2024年5月10日 9:30\n▽決勝（9日・北浜球場）\n北浜クラブ　4－3　港西クラブ\n前半 1－2\n" + body,
			headline: "北浜クラブ、九回に逆転し初の栄冠", published: "2024年5月10日 9:30",
		},
		{
			name:     "a writer's label and a reading time over a page's text",
			in:       "みなと日報\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\nライター：森川忠\nこの記事は約3分で読めます\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30", bylines: []byline{{name: "森川忠"}},
		},
		{
			name:     "a poster's label over a page's text",
			in:       "みなと日報\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n投稿者：港町編集部\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30", bylines: []byline{{name: "港町編集部"}},
		},
		{
			name:     "a table of candidates over a page's text",
			in:       "みなと日報\n港町の町長選、新人2人が届け出\n2024年5月10日 9:30\n立候補者（届け出順）\n沢井　健二　62　無現\n川瀬　ゆかり　45　無新\n" + body,
			headline: "港町の町長選、新人2人が届け出", published: "2024年5月10日 9:30",
		},
		{
			name:     "a box of key points over a page's text",
			in:       "みなと日報\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\nこの記事の要点\n・川辺の古書店が閉店\n・常連客が花束\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
		},
		{
			name:     "a lead wrapped at a column under a member's label and a bookmark button",
			in:       "みなと日報 ＞ 地域\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n有料会員限定記事\nこの記事をブックマーク\n店主の森川さんは、この春で川辺の店を閉じると\n決めた。常連客は別れを惜しんだ。\n",
			kicker:   "みなと日報 > 地域",
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
			firstParagraph: "店主の森川さんは、この春で川辺の店を閉じると\n決めた。常連客は別れを惜しんだ。",
			lastParagraph:  "店主の森川さんは、この春で川辺の店を閉じると\n決めた。常連客は別れを惜しんだ。",
		},
		{
			name:     "a broadcast date labelled 放送日 is the date line",
			in:       "みなと放送　ニュース\nニュース一覧 ＞ 行政\n古書店、五十年の歩みに幕\n放送日：2024年5月10日（金）\n" + body,
			kicker:   "ニュース一覧 > 行政",
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日(金)",
		},
		{
			name:     "two sections joined by a slash under the date are no headline",
			in:       "2024年5月10日 9:30\n地域／くらし\n古書店、五十年の歩みに幕\n" + body,
			kicker:   "地域/くらし",
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
		},
		{
			name:     "a dek of two phrases split by a wide space under a headline under the date",
			in:       "みなと日報\n2024年5月10日 9:30\n古書店、五十年の歩みに幕\n常連客が花束　店主「感謝しかない」\n" + body,
			headline: "古書店、五十年の歩みに幕", subheadline: "常連客が花束 店主「感謝しかない」", published: "2024年5月10日 9:30",
		},
		{
			name:     "without a page over the headline, two phrases under it open the text",
			in:       "2024年5月10日 9:30\n古書店、五十年の歩みに幕\n常連客が花束　店主「感謝しかない」\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
			firstParagraph: "常連客が花束 店主「感謝しかない」", lastParagraph: "最後の日には常連客が花束を持って訪れた。",
		},
		{
			name:     "a short first sentence without its full stop under a headline is text",
			in:       "みなと日報\n2024年5月10日 9:30\n古書店、五十年の歩みに幕\n川辺町の古書店が閉店した\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
			firstParagraph: "川辺町の古書店が閉店した", lastParagraph: "最後の日には常連客が花束を持って訪れた。",
		},
		{
			name: "a two-level trail with bars, a link's label over the headline", in: "みなと日報\n地域　｜　くらし\n【速報】最新情報はこちら\n古書店、五十年の歩みに幕\n2024/05/10 06:30\n" + body,
			kicker: "地域 | くらし", headline: "古書店、五十年の歩みに幕", published: "2024/05/10 06:30",
		},
		{
			name: "a column's label over the headline", in: "コラム　潮風\n古書店が教えてくれたこと\n2024年5月10日 5時00分\n" + body,
			kicker: "コラム 潮風", headline: "古書店が教えてくれたこと", published: "2024年5月10日 5時00分",
		},
		{
			name: "a site's name with kana over the headline", in: "みなと経済オンライン\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
		},
		{
			name: "a headline over its dek is no site's name", in: "授業はすべてオンライン\n川辺町の小学校、来月から\n2024年5月10日 9:30\n" + body,
			headline: "授業はすべてオンライン", subheadline: "川辺町の小学校、来月から", published: "2024年5月10日 9:30",
		},
		{
			name: "the time of an update printed alone after the date", in: "古書店、五十年の歩みに幕\n2024年5月10日 9:30　更新 11:05\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30", updated: "11:05",
		},
		{
			name:   "a photo's caption with its time under a date line of the update alone",
			in:     "港町日報\nニュース｜地域｜くらし｜スポーツ\nくらし\n古書店、五十年の歩みに幕\n更新：2024年5月10日 午後5時20分\n[写真] 店の前で客を迎える店主＝10日午前10時10分\n" + body,
			kicker: "くらし", headline: "古書店、五十年の歩みに幕", updated: "2024年5月10日 午後5時20分",
		},
		{
			name: "the outlet a portal credits under the date line", in: "古書店、五十年の歩みに幕\n5/10(金) 16:05配信\nカワベポスト\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "5/10(金) 16:05",
		},
		{
			name: "the time of an update in brackets after the date", in: "古書店、五十年の歩みに幕\n2024年5月10日 9時30分（11時05分更新）\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9時30分", updated: "11時05分",
		},
		{
			name:   "a site's name in two words, a menu of listings, then the label over the headline",
			in:     "かわべ経済 デイリー\n新着記事　業種別　地域別　企業検索　記事を投稿する\n株式　為替　債券　決算\n地域経済\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n" + body,
			kicker: "地域経済", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
		},
		{
			name: "a role joined to a desk, then the name, under the date line", in: "古書店、五十年の歩みに幕\n2024年5月10日 9:30\n文・カワベ編集部　川瀬ゆかり\n一覧を見る　お気に入り登録\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30", bylines: []byline{{"川瀬ゆかり", "カワベ編集部", "文"}},
		},
		{
			name: "a reviewer with who he is in brackets, then the book's data", in: "古書店、五十年の歩みに幕\n2024年5月10日 9:30\n評者　野島一平（文芸評論家）\n『港の古地図』森川卓也著（川辺書房・1980円）\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30", bylines: []byline{{"野島一平", "", "評者"}},
		},
		{
			name: "a letter's writer, with where she lives and her age", in: "古書店、五十年の歩みに幕\n2024年5月10日 9:30\n会社員　川瀬ゆかり（港町　41）\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30", bylines: []byline{{"川瀬ゆかり", "", ""}},
		},
		{
			name: "a press release: the issuer over the title", in: "報道関係者各位\nプレスリリース\n2024年5月10日\n株式会社川辺書房\n\n古書店、五十年の歩みに幕\n" + body,
			kicker: "プレスリリース", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
		},
		{
			name:   "a site's name, a menu, the section path and a label over the headline: the label nearest it",
			in:     "川辺日報デジタル\nニュース\n地域\n天気\nニュース ＞ 地域\n【速報】\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n" + body,
			kicker: "【速報】", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
		},
		{
			name:   "a series name over a much longer headline is a label",
			in:     "ニュース ＞ 経済\n店主に聞く\n「また来てほしい」　川辺の古書店・森川店主\n2024年5月10日 9:30\n" + body,
			kicker: "店主に聞く", headline: "「また来てほしい」 川辺の古書店・森川店主", published: "2024年5月10日 9:30",
		},
		{
			name:   "a menu, then the section path over the headline",
			in:     "川辺ウィークリー\nニュース\n地域\nニュース ＞ 地域\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n" + body,
			kicker: "ニュース > 地域", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
		},
		{
			name:   "a release site's trail over the issuer, the date line, then the title",
			in:     "リリース広場\nリリース一覧　＞　暮らし　＞　書籍\n株式会社川辺書房\n2024年5月10日 11時00分\n古書店、五十年の歩みに幕\n" + body,
			kicker: "リリース一覧 > 暮らし > 書籍", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 11時00分",
		},
		{
			name:   "a trail with spaced slashes over the headline",
			in:     "みなと日報\nトップ / 地域 / くらし\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n" + body,
			kicker: "トップ / 地域 / くらし", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
		},
		{
			name:   "a site's menu of links, then the section path",
			in:     "川辺大学\nENGLISH　アクセス　お問い合わせ　サイトマップ\nホーム　＞　ニュース\n2024.05.10\n古書店、五十年の歩みに幕\n" + body,
			kicker: "ホーム > ニュース", headline: "古書店、五十年の歩みに幕", published: "2024.05.10",
		},
		{
			name:   "a series and its number over the headline, a label above it",
			in:     "コラム\n連載「川辺の町」第7回\n古書店、五十年の歩みに幕\n2024.05.10\n" + body,
			kicker: "連載「川辺の町」第7回", headline: "古書店、五十年の歩みに幕", published: "2024.05.10",
		},
		{
			name:   "a broadcaster's name and a trail printed with spaces",
			in:     "KTV　ニュース\nホーム　ニュース一覧　社会\n古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n" + body,
			kicker: "ホーム ニュース一覧 社会", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9時30分",
		},
		{
			name:   "the site's name in two scripts over its menu, the date over the headline",
			in:     "KAWABE ウィークリー ｜ 川辺の暮らしの話題\nホーム　ニュース　お店　イベント　子育て　グルメ\nホーム / ニュース / お店\n2024.05.10（金） 9:30 更新\n古書店、五十年の歩みに幕　店主が礼\n" + body,
			kicker: "ホーム / ニュース / お店", headline: "古書店、五十年の歩みに幕 店主が礼", updated: "2024.05.10(金) 9:30",
		},
		{
			name:   "a paper's name over a menu with a long link, a label over the headline",
			in:     "川辺日報 DIGITAL\nホーム｜地域｜くらし｜ニュースリリース｜お問い合わせ\n川辺版\n古書店、五十年の歩みに幕　店主が礼\n2024年5月10日 5:00\n" + body,
			kicker: "川辺版", headline: "古書店、五十年の歩みに幕 店主が礼", published: "2024年5月10日 5:00",
		},
		{
			name:     "a menu of joined sections under the city's name",
			in:       "川辺市 Kawabe City\nくらし・環境　子育て・学校　観光・文化　市政情報　広報誌\n更新日：2024年5月10日\n古書店、五十年の歩みに幕　店主が礼\n" + body,
			headline: "古書店、五十年の歩みに幕 店主が礼", updated: "2024年5月10日",
		},
		{
			name:   "a menu in English and a section pair over the headline",
			in:     "Kawabe Tech Now\nHome | Markets | Robots | Space | Jobs\nSpace / Robots\n古書店、五十年の歩みに幕　店主が礼\n2024年5月10日 10:05\n" + body,
			kicker: "Space / Robots", headline: "古書店、五十年の歩みに幕 店主が礼", published: "2024年5月10日 10:05",
		},
		{
			name:   "a market board over the section path",
			in:     "川辺マーケット\n株式　為替　債券　商品　決算\n指数 1,234.56 ▼12.34　金利 0.875%\nマーケット ＞ 株式 ＞ 市況\n市況\n古書店、五十年の歩みに幕　店主が礼\n2024年5月10日 15:45\n" + body,
			kicker: "市況", headline: "古書店、五十年の歩みに幕 店主が礼", published: "2024年5月10日 15:45",
		},
		{
			name:     "a release's summary under its title",
			in:       "リリース広場　プレスリリース配信\n新着　ビジネス　グルメ　エンタメ　地域　企業一覧\n北浜書房株式会社\n2024年5月10日 10時00分\n古書の買い取りを開始　北浜書房\n目標1000冊、町の本を町に残す\n" + body,
			headline: "古書の買い取りを開始 北浜書房", subheadline: "目標1000冊、町の本を町に残す", published: "2024年5月10日 10時00分",
		},
		{
			name:     "credits in brackets under the date line",
			in:       "古書店、五十年の歩みに幕\n2024年5月10日 20時00分 公開\n[港町ニュース！編集部,森川 さくら]\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 20時00分",
			bylines: []byline{{"港町ニュース!編集部", "", ""}, {"森川 さくら", "", ""}},
		},
		{
			name:     "an issue's date as the date line",
			in:       "川辺町だより\n掲載号：2024年5月10日号\n古書店、五十年の歩みに幕\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日号",
		},
		{
			name: "dek under the headline", in: "古書店、五十年の歩みに幕\n店主が閉店を発表　常連客ら惜しむ\n2024年5月10日 9:30\n" + body,
			headline: "古書店、五十年の歩みに幕", subheadline: "店主が閉店を発表 常連客ら惜しむ", published: "2024年5月10日 9:30",
		},
		{
			name: "short headline and short dek", in: "川辺町で初雪\n平年より5日遅く\n2024年11月3日 18:20\n" + body,
			headline: "川辺町で初雪", subheadline: "平年より5日遅く", published: "2024年11月3日 18:20",
		},
		{
			name: "the site's name over the section label", in: "NHK\nニュース\n地域\n古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n" + body,
			kicker: "地域", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9時30分",
		},
		{
			name: "a newspaper's name over the headline", in: "港南新聞\n古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9時30分",
		},
		{
			name: "label, headline and dek", in: "地域\n古書店、五十年の歩みに幕\n店主が閉店を発表\n2024年5月10日\n" + body,
			kicker: "地域", headline: "古書店、五十年の歩みに幕", subheadline: "店主が閉店を発表", published: "2024年5月10日",
		},
		{
			name: "label repeated on the page is no headline", in: "街角エッセー\n古書店の灯\n2024/5/10 05:00\n暮らし\n街角エッセー\n" + body,
			kicker: "街角エッセー", headline: "古書店の灯", published: "2024/5/10 05:00",
		},
		{
			name: "section label over the headline, no date", in: "地域\n古書店、五十年の歩みに幕　常連客ら惜しむ\n" + body,
			kicker: "地域", headline: "古書店、五十年の歩みに幕 常連客ら惜しむ",
		},
		{
			name: "katakana section label, no date", in: "スポーツ\n青嶺FC、逆転で初優勝\n" + body,
			kicker: "スポーツ", headline: "青嶺FC、逆転で初優勝",
		},
		{
			name: "update line under the date line", in: "古書店、五十年の歩みに幕\n2024年5月10日 06時12分\n(2024年5月10日 08時40分 更新)\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 06時12分", updated: "2024年5月10日 08時40分",
		},
		{
			name: "desk and name under the headline", in: "古書店、五十年の歩みに幕\n地域報道部　川瀬ゆかり\n2024/05/10 19:30\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024/05/10 19:30", bylines: []byline{{"川瀬ゆかり", "地域報道部", ""}},
		},
		{
			name: "bracketed bureau credit under the date", in: "古書店、五十年の歩みに幕\n2024年5月10日\n（東浜支局　野島一平）\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日", bylines: []byline{{"野島一平", "東浜支局", ""}},
		},
		{
			name: "credit line after the text", in: "古書店、五十年の歩みに幕\n2024年5月10日\n" + body + "\n（文化部　川瀬ゆかり）\n",
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日", bylines: []byline{{"川瀬ゆかり", "文化部", ""}},
		},
		{
			name: "interviewer and photographer", in: "古書店、五十年の歩みに幕\n2024年5月10日\n" + body + "\n（聞き手・生活部　松井健太、写真・野島一平）\n",
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
			bylines: []byline{{"松井健太", "生活部", "聞き手"}, {"野島一平", "", "写真"}},
		},
		{
			name:     "a printed page's folio: the year in both calendars, the weekday spaced off, the paper's name",
			in:       "古書店、五十年の歩みに幕\n2024年（令和6年）5月10日　金曜日　　川辺日報　　（第三種郵便物認可）\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年(令和6年)5月10日 金曜日",
		},
		{
			name: "a page viewer: the outlet and its menu over the date line, the page's folio, then headline and dek over indented paragraphs",
			in: "川辺日報デジタル\n紙面ビューアー\n朝刊\n夕刊\n2024年5月10日\n地域　7\n古書店、五十年の歩みに幕\n店主が閉店を発表　常連客ら惜しむ\n" +
				"　店主は集まった客の一人一人に、長年の礼を述べた。\n　最後の日には常連客が花束を持って訪れ、店の前で別れを惜しんだ。\n",
			kicker: "地域 7", headline: "古書店、五十年の歩みに幕", subheadline: "店主が閉店を発表 常連客ら惜しむ", published: "2024年5月10日",
			firstParagraph: "店主は集まった客の一人一人に、長年の礼を述べた。", lastParagraph: "最後の日には常連客が花束を持って訪れ、店の前で別れを惜しんだ。",
		},
		{
			name:     "a broadcaster's news pages named over the date line, the headline under it",
			in:       "北浜ケーブルテレビ　ニュース\n2024年5月10日（金）\n古書店、五十年の歩みに幕\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日(金)",
		},
		{
			name:     "a wire story: the agency and time, a section with a note on photos, the headline and its dek framed by equals signs",
			in:       "＜港北通信＞　2024/05/10　09:12\n【社会】　※写真あり\n古書店、五十年の歩みに幕\n＝常連客ら別れ惜しむ＝\n" + body,
			headline: "古書店、五十年の歩みに幕", subheadline: "=常連客ら別れ惜しむ=", published: "2024/05/10 09:12",
		},
		{
			name:   "an advertisement's link over the headline",
			in:     "みなと日報\nホーム ＞ 地域\nPR　港町の宿、今なら最大2割引＞＞\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n" + body,
			kicker: "ホーム > 地域", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 9:30",
		},
		{
			name:   "the kind of document over the date, the title under the issuer",
			in:     "PRESS RELEASE\n2024年5月10日 9:30\n北浜精工株式会社\n北浜精工、港町工場を増設\n" + body,
			kicker: "PRESS RELEASE", headline: "北浜精工、港町工場を増設", published: "2024年5月10日 9:30",
		},
		{
			name:   "a series and its number over the title under a trail",
			in:     "くらしの窓WEB\nホーム ＞ 連載 ＞ 港町の台所\n港町の台所　Vol.12\n古書店、五十年の歩みに幕\n2024年5月10日\n" + body,
			kicker: "港町の台所 Vol.12", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
		},
		{
			name:   "a series numbered with # over the title, a label in brackets before it",
			in:     "港北マガジン\n【インタビュー】港の仕事人 #8\n古書店、五十年の歩みに幕\n2024.05.10\n" + body,
			kicker: "【インタビュー】港の仕事人 #8", headline: "古書店、五十年の歩みに幕", published: "2024.05.10",
		},
		{
			name:     "the account a portal's article comes from, with its follow button, over the title",
			in:       "ニュースの港\nトップ　国内　地域　エンタメ　スポーツ\n港北日日　［フォローする］\n古書店、五十年の歩みに幕\n2024/5/10(金) 9:30配信\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024/5/10(金) 9:30",
		},
		{
			name:     "a blog's name over its menu and the date: the title is under the date",
			in:       "みなとブログ　｜　ブログを書く　｜　ログイン\n古い道具と港町\nトップ　プロフィール　アーカイブ　カテゴリ\n2024-05-10\n古書店、五十年の歩みに幕\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024-05-10",
		},
		{
			name:     "a site's menu of five links, one of them long, is no dek",
			in:       "港北マガジン\n特集　コラム　連載　動画　メールマガジン登録\n古書店、五十年の歩みに幕\n2024.05.10\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024.05.10",
		},
		{
			name:     "a critic with a label and who they are, then the date, set apart",
			in:       "古書店、五十年の歩みに幕\n評者：森川 さくら（詩人）　2024年11月2日 8:00\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年11月2日 8:00", bylines: []byline{{"森川 さくら", "", "評者"}},
		},
		{
			name:     "the issuer with a label and its desk, then the date, set apart",
			in:       "古書店、五十年の歩みに幕\n発行：港北町内会　総務部　2024年7月1日\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年7月1日",
		},
		{
			name:     "the date, then credits whose roles a slash sets apart from names with a space",
			in:       "古書店、五十年の歩みに幕\n2024.05.10　取材・文／森川 さくら　撮影／沢井 健二\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024.05.10", bylines: []byline{{"森川 さくら", "", "取材・文"}, {"沢井 健二", "", "撮影"}},
		},
		{
			name:   "a photo feature's own title, with its label, over the date, the first photo's caption and the pager under it",
			in:     "港北新聞\nホーム ＞ 写真・動画 ＞ 写真特集\n【写真特集】古書店、五十年の歩みに幕\n2024/5/10 14:35\n写真 1/6\n店の前で客を見送る店主=2024年5月10日午前10時、港町、森川忠撮影\n＜ 前へ　　次へ ＞\n" + body,
			kicker: "【写真特集】", headline: "古書店、五十年の歩みに幕", published: "2024/5/10 14:35",
		},
		{
			name:     "share buttons naming their service, a caption and a match's data line over the report",
			in:       "港北スポーツ\nホーム　サッカー　ゴルフ　競馬　芸能　社会\n古書店、五十年の歩みに幕\n2024年5月10日 20時05分\nXでポスト　はてブ　LINEで送る\n店の前で客を見送る店主（撮影・森川忠）\n＜港町リーグ：北浜4－2港南＞◇第3節◇港町アリーナ\n" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 20時05分",
		},
		{
			name:   "the stamp of a running story's first entry opens the text",
			in:     "【随時更新】古書店、五十年の歩みに幕\n2024年5月10日 10:00 公開\nこのページは随時更新しています。\n自動更新　オン　オフ\n■19:25\n" + body,
			kicker: "【随時更新】", headline: "古書店、五十年の歩みに幕", published: "2024年5月10日 10:00",
			firstParagraph: "■19:25", lastParagraph: "最後の日には常連客が花束を持って訪れた。",
		},
		{
			name:     "a photo's words between the share buttons and the text, with no mark, are its caption",
			in:       "港北新聞\nホーム　地域　くらし　スポーツ　経済　文化\n古書店、五十年の歩みに幕\n2024年5月10日\nシェア　ポスト　保存\n店の前で客を見送る店主の森川忠さん" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
		},
		{
			name:     "a series' words over the text stay its lead-in",
			in:       "港北新聞\nホーム　地域　くらし　スポーツ　経済　文化\n古書店、五十年の歩みに幕\n2024年5月10日\nシェア　ポスト　保存\nゼロから始める港町ガイド" + body,
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
			firstParagraph: "ゼロから始める港町ガイド\n店主は集まった客に礼を述べた。", lastParagraph: "最後の日には常連客が花束を持って訪れた。",
		},
		{
			name:   "the issue's number before the date in brackets is no byline",
			in:     "町議会だより　第64号（令和7年10月1日発行）\n古書店、五十年の歩みに幕\n" + body,
			kicker: "", headline: "古書店、五十年の歩みに幕", published: "令和7年10月1日",
		},
		{
			name:   "an issue's masthead over the date and a section's label over the title",
			in:     "広報みなと　2026（令和8）年4月号　No.88\n令和8年4月1日発行　編集：港町役場\n特集\n古書店、五十年の歩みに幕\n" + body,
			kicker: "特集", headline: "古書店、五十年の歩みに幕", published: "令和8年4月1日",
		},
		{
			name:   "a masthead over a page without a date, the kicker in brackets",
			in:     "週刊港町 Web\nホーム / コラム / 暮らし\nコラム\n［港町の台所］古書店、五十年の歩みに幕\n" + body,
			kicker: "[港町の台所]", headline: "古書店、五十年の歩みに幕",
		},
		{
			name:     "a labelled lead over the text",
			in:       "みなと日報\n古書店、五十年の歩みに幕\n2024年5月10日 9:30\n＜リード＞港町の古書店が、50年の歴史に幕を下ろした。\n" + body,
			headline: "古書店、五十年の歩みに幕", subheadline: "<リード>港町の古書店が、50年の歴史に幕を下ろした。", published: "2024年5月10日 9:30",
		},
		{
			name: "signature closing the last paragraph", in: "古書店、五十年の歩みに幕\n2024年5月10日\n" + body[:len(body)-1] + "（東浜支局　野島一平）\n",
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日", bylines: []byline{{"野島一平", "東浜支局", ""}},
		},
		{
			name: "an office in brackets right after the last quotation is whose words they are, no byline", in: "古書店、五十年の歩みに幕\n2024年5月10日\n" + body + "　閉店後の本は「市の図書館に寄贈します」（生涯学習課）\n",
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日",
			firstParagraph: "店主は集まった客に礼を述べた。", lastParagraph: "閉店後の本は「市の図書館に寄贈します」(生涯学習課)",
		},
		{
			name: "a surname ending in 部 is no desk", in: "古書店、五十年の歩みに幕\n2024年5月10日\n" + body + "\n（阿部 一平）\n",
			headline: "古書店、五十年の歩みに幕", published: "2024年5月10日", bylines: []byline{{"阿部 一平", "", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.in), WithoutMorphology())
			require.NoError(t, err)
			textOr := func(x *article.Text) string {
				if x == nil {
					return ""
				}
				return x.Text
			}
			timeOr := func(x *article.Time) string {
				if x == nil {
					return ""
				}
				return x.Text
			}
			assert.Equal(t, tt.kicker, textOr(a.Kicker), "kicker")
			assert.Equal(t, tt.headline, a.Headline.Text, "headline")
			assert.Equal(t, tt.subheadline, textOr(a.Subheadline), "subheadline")
			assert.Equal(t, tt.published, timeOr(a.Published), "published")
			assert.Equal(t, tt.updated, timeOr(a.Updated), "updated")
			got := []byline{}
			for _, b := range a.Bylines {
				got = append(got, byline{b.Name, b.Desk, b.Role})
			}
			if tt.bylines == nil {
				tt.bylines = []byline{}
			}
			assert.Equal(t, tt.bylines, got, "bylines")
			if tt.firstParagraph == "" {
				tt.firstParagraph, tt.lastParagraph = "店主は集まった客に礼を述べた。", "最後の日には常連客が花束を持って訪れた。"
			}
			if assert.NotEmpty(t, a.Paragraphs) {
				assert.Equal(t, tt.firstParagraph, a.Paragraphs[0].Text)
				assert.Equal(t, tt.lastParagraph, a.Paragraphs[len(a.Paragraphs)-1].Text)
			}
			spanChecker{t: t, a: a, text: true}.check()
		})
	}
}

// TestProfileUnderAuthorHead checks that the lines under a profile head
// after the text make one author profile, not page furniture.
func TestProfileUnderAuthorHead(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
		"■プロフィール\n森川卓也（もりかわ たくや）1954年、港町生まれ。\n古書店を営むかたわら郷土史の研究を続ける\n" +
		"著書に「港町の古地図」など。地元の図書館で講座も開いている。\n\n■関連リンク\n・森川書店\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Bio)
	assert.True(t, strings.HasPrefix(a.Bio.Text, "森川卓也"), a.Bio.Text)
	assert.True(t, strings.HasSuffix(a.Bio.Text, "講座も開いている。"), a.Bio.Text)
	assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
	assert.Equal(t, []string{"■プロフィール", "■関連リンク"}, textsOf(a.Boilerplate))
}

// TestProfileEndsAtShareLine checks that a profile ends at the share
// buttons under it: the series' back numbers after them are links.
func TestProfileEndsAtShareLine(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
		"PROFILE\nもりかわ・たくや　1954年、港町生まれ。古書店を営む。\n森川書店　港町本町1-2　見学は土曜のみ\nこの記事をシェアする\n" +
		"連載「港町の職人たち」バックナンバー\nvol.2　一枚の板から　指物師・川瀬ゆかりさん\nvol.1　港の網を繕う　網元・沢井健二さん\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Bio)
	assert.Equal(t, "もりかわ・たくや 1954年、港町生まれ。古書店を営む。\n森川書店 港町本町1-2 見学は土曜のみ", a.Bio.Text)
	assert.Equal(t, []string{"vol.2 一枚の板から 指物師・川瀬ゆかりさん", "vol.1 港の網を繕う 網元・沢井健二さん"}, textsOf(a.Related))
}

// TestCaptionTimeIsNoDateLine checks that the time a photo was taken, in
// its caption under a date line that gives the update alone, is not read
// as the time the article was published.
func TestCaptionTimeIsNoDateLine(t *testing.T) {
	in := "古書店、五十年の歩みに幕\n更新：2024年5月10日 午後5時20分\n\n[写真] 店の前で客を迎える店主＝10日午前10時10分\n\n店主は集まった客に礼を述べた。\n"
	a, err := Parse([]byte(in), WithoutMorphology(), WithReference(time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Nil(t, a.Published)
	require.NotNil(t, a.Updated)
	assert.Equal(t, "2024-05-10T17:20", a.Updated.Value)
	assert.Equal(t, []string{"[写真] 店の前で客を迎える店主=10日午前10時10分"}, textsOf(a.Captions))
}

// TestProfileInKana checks that a profile after the text that opens with
// the author's name as it is read, then a space, is the bio.
func TestProfileInKana(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
		"もりかわ・たくや　古書店主。港町生まれ。2012年から郷土史の会を主宰。\n関連記事\n港町の古地図、図書館で公開\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Bio)
	assert.Equal(t, "もりかわ・たくや 古書店主。港町生まれ。2012年から郷土史の会を主宰。", a.Bio.Text)
	assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
}

// TestFactsOverProfile checks that the facts of what a review told, in
// lines of a label and its value between the text and the critic's
// profile, are no part of the text.
func TestFactsOverProfile(t *testing.T) {
	in := "港北美術館で版画展\n2026年2月1日\n港北美術館で、港町の漆器を集めた展示が始まった。並ぶのは約80点だ。\n" +
		"多くは町の旧家が持っていたものだ。展示は4月5日まで。\n" +
		"開場時間：午前10時～午後6時（最終入場は午後5時半）　火曜休み\n入場料：大人800円、中学生以下無料\n" +
		"もりかわ・ただし　1961年港町生まれ。工芸史家。\n関連記事\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Bio)
	assert.Equal(t, "もりかわ・ただし 1961年港町生まれ。工芸史家。", a.Bio.Text)
	assert.Equal(t, []string{"港北美術館で、港町の漆器を集めた展示が始まった。並ぶのは約80点だ。", "多くは町の旧家が持っていたものだ。展示は4月5日まで。"}, paragraphTexts(a))
}

// TestTwoProfiles checks that a review's two profiles, the critic's and
// the author's parted by a mark, are both the bio.
func TestTwoProfiles(t *testing.T) {
	for _, mark := range []string{"◇", "＊＊＊", "◆"} {
		in := layoutHead + "港町の漁師町が舞台の長い小説だ。祖母と母と娘が浜で暮らす。\n土地の言葉が多いが、すらすら読める。\n" +
			"かわせ・ゆかり　1970年港北生まれ。書評家。\n" + mark + "\nもりかわ・さくら　1979年、港町生まれ。作家。\nこの記事を共有する\n"
		a, err := Parse([]byte(in), WithoutMorphology())
		require.NoError(t, err)
		spanChecker{t: t, a: a, text: true}.check()
		require.NotNil(t, a.Bio, mark)
		assert.True(t, strings.HasPrefix(a.Bio.Text, "かわせ・ゆかり"), a.Bio.Text)
		assert.True(t, strings.HasSuffix(a.Bio.Text, "作家。"), a.Bio.Text)
		assert.Equal(t, []string{"港町の漁師町が舞台の長い小説だ。祖母と母と娘が浜で暮らす。", "土地の言葉が多いが、すらすら読める。"}, paragraphTexts(a), mark)
	}
}

// TestCreditClosesText checks that the writer's credit in brackets
// closes the text: a call for readers' letters under it and a mark is the
// page's.
func TestCreditClosesText(t *testing.T) {
	in := layoutHead + "港町で朝市が開かれた。多くの人が訪れた。\n\n店主は客に礼を述べた。\n（くらし編集部・川瀬ゆかり）\n◇\n読者の質問を受け付けています。手紙で送ってください。\n関連記事\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"港町で朝市が開かれた。多くの人が訪れた。", "店主は客に礼を述べた。"}, paragraphTexts(a))
	require.Len(t, a.Bylines, 1)
	assert.Equal(t, "川瀬ゆかり", a.Bylines[0].Name)
}

// TestProfileChronology checks that a profile after the text keeps the
// name over it and the chronology under it, with or without a head.
func TestProfileChronology(t *testing.T) {
	const text = "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n"
	const profile = "森川卓也（もりかわ・たくや）\n1954年港町生まれ。\n1980年 古書店を開業\n2012年4月 郷土史の会を設立\n"
	for _, tt := range []struct{ name, in string }{
		{"under a head", layoutHead + text + "■プロフィール\n" + profile},
		{"with no head", layoutHead + text + profile},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.in), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			require.NotNil(t, a.Bio)
			assert.Equal(t, "森川卓也(もりかわ・たくや)\n1954年港町生まれ。\n1980年 古書店を開業\n2012年4月 郷土史の会を設立", a.Bio.Text)
			assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
			assert.Empty(t, a.Tags)
		})
	}
}

func TestInterviewCreditAndProfile(t *testing.T) {
	in := "「地方から世界へ」　陶芸家・北村紗季さんに聞く\n2026年10月3日 10時00分\n\n" +
		"港南焼の若手陶芸家、北村紗季さん（34）が今秋、海外で初の個展を開く。理由を聞いた。（聞き手・文化部　小野寺航）\n\n" +
		"――陶芸を始めたきっかけは。\n\n祖父が窯元でした。工房が遊び場だったんです。\n\n" +
		"きたむら・さき　1992年港南市生まれ。美大卒業後、祖父の工房で修業。2021年に独立した。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.Len(t, a.Bylines, 1)
	assert.Equal(t, article.Byline{Name: "小野寺航", Desk: "文化部", Role: "聞き手", Span: a.Bylines[0].Span}, a.Bylines[0])
	assert.Equal(t, []string{"港南焼の若手陶芸家、北村紗季さん(34)が今秋、海外で初の個展を開く。理由を聞いた。",
		"――陶芸を始めたきっかけは。", "祖父が窯元でした。工房が遊び場だったんです。"}, paragraphTexts(a))
	require.NotNil(t, a.Bio)
	assert.True(t, strings.HasPrefix(a.Bio.Text, "きたむら・さき"), a.Bio.Text)
}

func TestSectionMarksHeadSections(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n■森川さん「悔いはない」\n\n棚には古い地図や郷土史が並ぶ。\n\n" +
		"◇客の声\n常連の男性は「寂しくなる」と話した。\n\n・地図\n・郷土史\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"■森川さん「悔いはない」", "◇客の声"}, headingTexts(a))
}

// headingTexts returns the texts of the sub-headings of a's body.
func headingTexts(a *article.Article) []string {
	var heads []string
	for _, p := range a.Paragraphs {
		if p.Heading {
			heads = append(heads, p.Text)
		}
	}
	return heads
}

// TestVoiceHeads checks the sub-headings broadcasters print as who and a
// few of their words (専門家「全国で同じ問題」), against the turns of a
// dialogue printed the same way and the words of a line of text.
func TestVoiceHeads(t *testing.T) {
	tests := []struct {
		name, body string
		heads      []string
	}{
		{"a sub-heading over text", "市は着工を延期すると発表した。\n\n専門家「全国で同じ問題」\n建設経済に詳しい三宅光代教授は「今後も見直しが続く」と指摘している。\n",
			[]string{"専門家「全国で同じ問題」"}},
		{"turns of a dialogue", "番組で議論が続いた。\n\n■やりとりの一部\n\n沢井「もう一回やればいいと思います」\n\n矢田「今からだと無理でしょ」\n\n森野「失点をしない。あれ？」\n",
			[]string{"■やりとりの一部"}},
		{"a sentence in brackets", "市は着工を延期すると発表した。\n\n市長「計画を見直す。理解してほしい」\n\n説明会は来月開かれる。\n",
			nil},
		{"a particle before the brackets", "市は着工を延期すると発表した。\n\n市長は「見直す」\n\n説明会は来月開かれる。\n",
			nil},
		{"items of a list are no turns", "港北の店が新しい茶葉を売り出した。\n\n■詳しくは\n・「港の朝」\n・「港の夕べ」\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(layoutHead+tt.body), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			assert.Equal(t, tt.heads, headingTexts(a))
		})
	}
}

// TestLabelledCredits reads a closing credit whose names are set apart by
// spaces alone, each after its role, as wire services print it.
func TestLabelledCredits(t *testing.T) {
	for _, credit := range []string{"（取材：山中健吾　編集：田村里奈）", "(取材:山中健吾 編集:田村里奈)"} {
		in := layoutHead + "北浜銀行は融資の姿勢を変えない考えを示した。\n\n同行は来年春にも新たな計画を公表する。\n\n" + credit + "\n"
		a, err := Parse([]byte(in), WithoutMorphology())
		require.NoError(t, err)
		spanChecker{t: t, a: a, text: true}.check()
		require.Len(t, a.Bylines, 2, credit)
		assert.Equal(t, "山中健吾", a.Bylines[0].Name)
		assert.Equal(t, "取材", a.Bylines[0].Role)
		assert.Equal(t, "田村里奈", a.Bylines[1].Name)
		assert.Equal(t, "編集", a.Bylines[1].Role)
		assert.Empty(t, a.Boilerplate)
	}
	// Words in brackets with a space are no credits.
	a, err := Parse([]byte(layoutHead+"北浜銀行は融資の姿勢を変えない考えを示した。\n\n(詳しくは 別の記事で)\n"), WithoutMorphology())
	require.NoError(t, err)
	assert.Empty(t, a.Bylines)
}

// TestBylinesUnderDateLine: a label in 【】, a trade before a name and a
// Latin "By" line under the date line are the article's bylines.
func TestBylinesUnderDateLine(t *testing.T) {
	tests := []struct{ line, name, desk string }{
		{"【記者】森下蒼一", "森下蒼一", ""},
		{"医療ジャーナリスト　川瀬ゆかり", "川瀬ゆかり", "医療ジャーナリスト"},
		{"By Mara Lindqvist", "Mara Lindqvist", ""},
		{"政治部　沢井健二", "沢井健二", "政治部"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			src := "川べりの古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n" + tt.line + "\n\n店主の森川さんは、この春で店を閉じると決めた。\n"
			a, err := Parse([]byte(src))
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			require.Len(t, a.Bylines, 1)
			assert.Equal(t, tt.name, a.Bylines[0].Name)
			assert.Equal(t, tt.desk, a.Bylines[0].Desk)
			assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。"}, paragraphTexts(a))
		})
	}
}

// TestHashtagLine: a line of hashtags is the article's tags, not its
// first paragraph.
func TestHashtagLine(t *testing.T) {
	for _, line := range []string{"#古書店　#川辺町　#商店街", "＃古書店 ＃川辺町"} {
		src := "川べりの古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n文：森川忠（ライター）\n" + line + "\n　店主の森川さんは、この春で店を閉じると決めた。\n　常連客は別れを惜しんだ。\nシェアする\n"
		a, err := Parse([]byte(src), WithoutMorphology())
		require.NoError(t, err)
		spanChecker{t: t, a: a, text: true}.check()
		assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "常連客は別れを惜しんだ。"}, paragraphTexts(a), line)
		var tags []string
		for _, tg := range a.Tags {
			tags = append(tags, tg.Text)
		}
		assert.Contains(t, tags, "古書店", line)
		assert.Contains(t, tags, "川辺町", line)
	}
}

// TestScheduleList: the items of a schedule the text lists, each a day
// with its weekday or a time, are paragraphs of their own, not links.
func TestScheduleList(t *testing.T) {
	src := "港町で秋の音楽祭　来月開幕\n2024年9月18日 14:10\nシェアする\n" +
		"　港町の音楽祭実行委員会は17日、来月の日程を発表した。\n" +
		"　主な日程は次の通り。\n" +
		"・10月5日（土）午前10時　開幕式（市民ホール）\n" +
		"・10月6日（日）　街角コンサート\n" +
		"・10月12日（土）～14日（月・祝）　楽器市（港町広場）\n" +
		"・10/19(土)　閉幕公演（旧倉庫）\n" +
		"　実行委員会は多くの来場を呼びかけている。\n" +
		"関連記事\n" +
		"港町の旧倉庫、音楽ホールに生まれ変わる（9/1）\n" +
		"・港町の商店街、秋の夜市を開催\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{
		"港町の音楽祭実行委員会は17日、来月の日程を発表した。",
		"主な日程は次の通り。",
		"・10月5日(土)午前10時 開幕式(市民ホール)",
		"・10月6日(日) 街角コンサート",
		"・10月12日(土)〜14日(月・祝) 楽器市(港町広場)",
		"・10/19(土) 閉幕公演(旧倉庫)",
		"実行委員会は多くの来場を呼びかけている。",
	}, paragraphTexts(a))
	require.Len(t, a.Related, 2)
}

// TestScheduleWithoutBullets checks that the lines of a forecast's table,
// a day and a time before what happens then, stay one paragraph each and
// out of the related links under their head.
func TestScheduleWithoutBullets(t *testing.T) {
	src := layoutHead + "台風は北上を続けている。\n\n■進路の見通し\n18日午後3時　港町の南250キロ付近\n18日午後9時　港町の南90キロ付近\n19日午前3時　北浜の沿岸\n\n" +
		"気象台は注意を促した。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"台風は北上を続けている。", "■進路の見通し", "18日午後3時 港町の南250キロ付近", "18日午後9時 港町の南90キロ付近",
		"19日午前3時 北浜の沿岸", "気象台は注意を促した。"}, paragraphTexts(a))
	assert.Empty(t, a.Related)
}

// TestNoticeParticulars: the numbered particulars a notice lists under
// 記, each a label and its value, are its text, not a list of links.
func TestNoticeParticulars(t *testing.T) {
	src := "港北公園の放置自転車の撤去について（公告）\n2025年9月8日\n\n　次の自転車について、持ち主が分からないため公告する。\n記\n" +
		"1　物件　自転車3台\n2　放置場所　港北公園北口\n3　確認した日　令和7年9月2日\n4　撤去の期限　令和7年10月6日（月）\n" +
		"5　期限までに引き取りがない場合は、町が撤去する。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"次の自転車について、持ち主が分からないため公告する。", "記", "1 物件 自転車3台", "2 放置場所 港北公園北口",
		"3 確認した日 令和7年9月2日", "4 撤去の期限 令和7年10月6日(月)", "5 期限までに引き取りがない場合は、町が撤去する。"}, paragraphTexts(a))
	assert.Empty(t, a.Related)
}

func TestNumberedField(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2　放置場所　港北公園北口", true},
		{"12 確認した日 令和7年9月2日", true},
		{"1　港北町の古書店が閉店", false},
		{"2024年の港町を振り返る", false},
		{"1. 外観 大きい", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, numberedField(tt.in), tt.in)
	}
}

func TestScheduleItem(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"・10月3日(土)午前10時 開幕式", true},
		{"・12日(月・祝) マルシェ", true},
		{"・10月17日 午後6時半 閉幕コンサート", true},
		{"・10/3(土) 開幕式", true},
		{"8月8日(土) 港北公園(東口) 10:00〜12:00", true},
		{"8月8日(土) 港北公園の写真展", false},
		{"・3日 18:30 交流会", true},
		{"・4月1日から新サービス開始(北浜新聞)", false},
		{"・2024年の港町を振り返る", false},
		{"10月3日(土) 開幕式", false},
		{"18日午後3時 港町の南250キロ付近", true},
		{"18日午後3時の港町", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, scheduleItem(tt.in), tt.in)
	}
}

// TestTopicLabelsUnderDateLine: one-word topic labels at the margin under
// the date line, over an indented first paragraph, are tags.
func TestTopicLabelsUnderDateLine(t *testing.T) {
	src := "川べりの古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n大雪\nウクライナ情勢\n　店主の森川さんは、この春で店を閉じると決めた。\n　常連客は別れを惜しんだ。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "常連客は別れを惜しんだ。"}, paragraphTexts(a))
	var tags []string
	for _, tg := range a.Tags {
		tags = append(tags, tg.Text)
	}
	assert.Equal(t, []string{"大雪", "ウクライナ情勢"}, tags)
}

func TestCopyrightLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"本サイトに関する著作権その他一切の権利は、港町新報に帰属します。", true},
		{"記事・写真の複製・転載を禁じます", true},
		{"©港町新報社", true},
		{"港北通信の記事の再配信・転載には許諾が要ります。", true},
		{"局は番組の再配信を秋に始める。", false},
		{"土地の権利は、町に帰属しますと市は説明した。", false},
		{"港町の商店街で朝市が開かれた。", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, copyrightLine(tt.in), tt.in)
	}
}

// TestNumberedPhotos: the labels of numbered photos and of a gallery are
// furniture, the line under each the photo's caption (＝同 credits it as
// the one above).
func TestNumberedPhotos(t *testing.T) {
	src := "港町の灯台、百年ぶりに改修\n2024年5月10日 9時30分\n【写真2枚】\n" +
		"　港町の灯台の改修工事が始まった。市は10日、現場を公開した。\n" +
		"写真1\n足場が組まれた灯台＝10日、港町（撮影・森川忠）\n" +
		"　工事は来年春に終わる予定だ。\n" +
		"写真2\n外された古いレンズ。百年前の製造という＝同\n" +
		"　市は完成後に見学会を開く。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"港町の灯台の改修工事が始まった。市は10日、現場を公開した。", "工事は来年春に終わる予定だ。", "市は完成後に見学会を開く。"}, paragraphTexts(a))
	require.Len(t, a.Captions, 2)
	assert.Equal(t, "外された古いレンズ。百年前の製造という=同", a.Captions[1].Text)
	var bp []string
	for _, b := range a.Boilerplate {
		bp = append(bp, b.Text)
	}
	assert.Equal(t, []string{"【写真2枚】", "写真1", "写真2"}, bp)
}

// TestPullQuote: a quotation of several sentences set between the
// paragraphs and quoted again in the text is furniture; a one-phrase
// line the text names again stays.
func TestPullQuote(t *testing.T) {
	src := "港町の船長、父の船を継ぐ\n2024年5月10日 9時30分\n" +
		"　港町の漁港に、朝早くエンジンの音が響く。\n" +
		"「海は待ってくれない。だから私が行く」\n" +
		"　船長の森川忠さんは「海は待ってくれない。だから私が行く」と言って笑った。\n" +
		"「港町の朝市」\n" +
		"　港町の朝市は毎週日曜に開かれる。「港町の朝市」には百軒が並ぶ。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{
		"港町の漁港に、朝早くエンジンの音が響く。",
		"船長の森川忠さんは「海は待ってくれない。だから私が行く」と言って笑った。",
		"「港町の朝市」",
		"港町の朝市は毎週日曜に開かれる。「港町の朝市」には百軒が並ぶ。",
	}, paragraphTexts(a))
	require.Len(t, a.Boilerplate, 1)
	assert.Equal(t, "「海は待ってくれない。だから私が行く」", a.Boilerplate[0].Text)
}

// TestDekOverWrappedColumn: a title under the headline, over a paragraph
// wrapped at a column whose first line alone is indented, is the dek.
func TestDekOverWrappedColumn(t *testing.T) {
	src := "港町新報　紙面ビューアー\n2024年5月10日　金曜日　朝刊　地域　21面\n旧駅舎、図書館に生まれ変わる\n港町―北浜の沿線　あす開館\n" +
		"　２０１０年に廃止された駅の\n駅舎を改修した図書館が、来春\nに開館する。町が９日発表した。\n" +
		"　改修は町と住民の会が進めて\nきた。蔵書は約３万冊となる。\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, "旧駅舎、図書館に生まれ変わる", a.Headline.Text)
	require.NotNil(t, a.Subheadline)
	assert.Equal(t, "港町―北浜の沿線 あす開館", a.Subheadline.Text)
	require.Len(t, a.Paragraphs, 2)
}

// TestSeriesBacknumberHead: the links under a head of a series' earlier
// instalments are related.
func TestSeriesBacknumberHead(t *testing.T) {
	src := "港町の古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n　店主の森川さんは、この春で店を閉じると決めた。\n　常連客は別れを惜しんだ。\nこの連載の前回記事\n第6回 港町の朝市、若い農家が戻る\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.Len(t, a.Related, 1)
	assert.Contains(t, a.Related[0].Text, "港町の朝市、若い農家が戻る")
}

// TestFurnitureAroundTheText: a menu of sections above the headline, a
// video's label and a photo's caption that says where people stand, a
// listed company's code, buttons that save and print, and a head named
// after the topic of the links under it, each kept out of the body.
func TestFurnitureAroundTheText(t *testing.T) {
	src := "港町ポップ\n芸能　映画　グルメ　旅行　くらし\n港町の楽団「北浜」、秋の公演を中止\n2025年5月19日 13時05分\n" +
		"保存する　　印刷する\n▶ 動画：会見で話す森川忠さん（中央）（1分20秒）\n<7321>北浜楽器　東証スタンダード\n" +
		"　港町の楽団「北浜」が19日、秋の公演の中止を決めた。\n" +
		"▼会見に臨むメンバー（右から森川忠さん、沢井健二さん）\n" +
		"　団長は「来春には必ず舞台に戻りたい」と語った。\n" +
		"バンド関連のニュース\n港町の夏フェス、今年は2日間に\n"
	a, err := Parse([]byte(src), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, "港町の楽団「北浜」、秋の公演を中止", a.Headline.Text)
	assert.Equal(t, []string{"港町の楽団「北浜」が19日、秋の公演の中止を決めた。", "団長は「来春には必ず舞台に戻りたい」と語った。"}, paragraphTexts(a))
	var caps []string
	for _, c := range a.Captions {
		caps = append(caps, c.Text)
	}
	assert.Equal(t, []string{"▶ 動画:会見で話す森川忠さん(中央)(1分20秒)", "▼会見に臨むメンバー(右から森川忠さん、沢井健二さん)"}, caps)
	var bp []string
	for _, b := range a.Boilerplate {
		bp = append(bp, b.Text)
	}
	assert.Subset(t, bp, []string{"芸能 映画 グルメ 旅行 くらし", "保存する  印刷する", "<7321>北浜楽器 東証スタンダード"})
	require.Len(t, a.Related, 1)
	assert.Equal(t, "港町の夏フェス、今年は2日間に", a.Related[0].Text)
}

// TestCaptionTakenAt checks that a caption closing with when and where its
// photo was taken, in brackets, is a caption wherever it stands, and that
// a line closing with a day alone is not one for that.
func TestCaptionTakenAt(t *testing.T) {
	const text = "港町の市長は27日の会見で、古い桟橋の改修を始めると発表した。\n\n市は釣り客に注意を促す。\n"
	for _, tt := range []struct{ name, caption string }{
		{"a day and a place", "会見する森川忠市長（27日、港町市役所）"},
		{"a day, a part of it and a place with で", "桟橋に並ぶ釣り客（16日朝、北浜町で）"},
		{"a time and a place after a dot", "出航する漁船（16日午前9時・港南町）"},
		{"a month, a day and a place", "開港式の会場（5月3日、港町）"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(layoutHead+tt.caption+"\n\n"+text), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			assert.Equal(t, []string{strings.NewReplacer("（", "(", "）", ")").Replace(tt.caption)}, textsOf(a.Captions))
			assert.Equal(t, []string{"港町の市長は27日の会見で、古い桟橋の改修を始めると発表した。", "市は釣り客に注意を促す。"}, paragraphTexts(a))
		})
	}
	a, err := Parse([]byte(layoutHead+"北浜クラブ4-3港西クラブ（17日、北浜球場）\n\n"+text), WithoutMorphology())
	require.NoError(t, err)
	assert.Empty(t, a.Captions, "a match's result is no caption")
	for _, in := range []string{"港町の市長（27日）", "港町の市長（27日、）", "港町の市長（期間は27日、1日限り。）"} {
		assert.False(t, takenAt(strings.Trim(in[strings.Index(in, "（")+len("（"):], "）")), in)
	}
}

// TestSiteAndSectionLines checks the lines over a headline that name the site,
// its menu, a section and a series: the site and the menu are no kicker,
// the label nearest the headline is.
func TestSiteAndSectionLines(t *testing.T) {
	const headline = "港町の古書店、五十年の歩みに幕　最後の日に常連客ら行列"
	const rest = "2024年5月10日 9時30分\n\n店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n"
	tests := []struct {
		name, top    string
		kicker, tags []string // kicker nil: none
		boilerplate  []string
	}{
		{"a site's name in Latin letters and its reading", "TIDE PORT｜タイドポート\n暮らし\n", []string{"暮らし"}, nil, []string{"TIDE PORT|タイドポート"}},
		{"a site's name and its site's word", "港町スポーツ WEB｜ミナトスポーツ\n", nil, nil, []string{"港町スポーツ WEB|ミナトスポーツ"}},
		{"call letters before a station's name", "KBT 北浜テレビ\n", nil, nil, []string{"KBT 北浜テレビ"}},
		{"a site's name ending in ONLINE", "港町と暮らし ONLINE\n", nil, nil, []string{"港町と暮らし ONLINE"}},
		{"a menu of short words with one section among them", "港町NEWS\n港湾・物流　暮らし　海と空　演劇　連載\n", nil, nil, []string{"港町NEWS", "港湾・物流 暮らし 海と空 演劇 連載"}},
		{"a section and a series", "港町NEWS\n特集｜まちの明日をたずねて\n", []string{"特集|まちの明日をたずねて"}, nil, []string{"港町NEWS"}},
		{"a label under a path", "港町NEWS\nスポーツ ＞ 北浜リーグ\n北浜リーグ1部 第24節\n", []string{"北浜リーグ1部 第24節"}, []string{"スポーツ > 北浜リーグ"}, []string{"港町NEWS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.top+headline+"\n"+rest), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			assert.Equal(t, "港町の古書店、五十年の歩みに幕 最後の日に常連客ら行列", a.Headline.Text)
			if tt.kicker == nil {
				assert.Nil(t, a.Kicker)
			} else if assert.NotNil(t, a.Kicker) {
				assert.Equal(t, tt.kicker[0], a.Kicker.Text)
			}
			assert.Nil(t, a.Subheadline)
			assert.Equal(t, tt.tags, nilIfEmpty(textsOf(a.Tags)))
			assert.Equal(t, tt.boilerplate, nilIfEmpty(textsOf(a.Boilerplate)))
		})
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestWrappedTextUnderCaption checks a page whose paragraphs are broken at
// a column: a caption in a block of its own over the lead leaves the lead
// text, and a sentence whose last line holds only its last words stays
// whole.
func TestWrappedTextUnderCaption(t *testing.T) {
	in := layoutHead + "港の朝市に並ぶ客（9日、港町で）\n\n9日午前6時ごろ、港町の岸壁で朝市が開かれ、開場を待つ客が約200\n人並んだ。\n\n" +
		"店主の森川忠さんは「朝市に三十年通っているが、こんなに並んだのは\n初めて。来週もこの調子なら」と話\nした。\n\n朝市は毎週土曜に開かれる。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"港の朝市に並ぶ客(9日、港町で)"}, textsOf(a.Captions))
	assert.Equal(t, []string{"9日午前6時ごろ、港町の岸壁で朝市が開かれ、開場を待つ客が約200人並んだ。",
		"店主の森川忠さんは「朝市に三十年通っているが、こんなに並んだのは\n初めて。来週もこの調子なら」と話した。", "朝市は毎週土曜に開かれる。"}, paragraphTexts(a))
}

// TestReviewTail checks the end of a review: a photo's caption that opens
// with the work's title and closes with the photographer, a box of facts
// under its head, the writer's profile with a space in the name, and
// links under a head in Latin letters.
func TestReviewTail(t *testing.T) {
	in := layoutHead + "「港の灯」の一場面（撮影：桑名航一）\n\n劇団みなとの新作「港の灯」が9日、開幕した。\n\n公演は25日まで。\n\n" +
		"■公演情報\n劇団みなと「港の灯」\n2024年5月9日(木)～25日(土)　港町劇場\n川瀬 ゆかり（かわせ・ゆかり）\n舞台評論家。1980年生まれ。\nRELATED\n劇団みなと、次回作を発表\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"「港の灯」の一場面(撮影:桑名航一)"}, textsOf(a.Captions))
	assert.Equal(t, []string{"劇団みなとの新作「港の灯」が9日、開幕した。", "公演は25日まで。"}, paragraphTexts(a))
	require.NotNil(t, a.Bio)
	assert.Equal(t, "川瀬 ゆかり(かわせ・ゆかり)\n舞台評論家。1980年生まれ。", a.Bio.Text)
	assert.Equal(t, []string{"劇団みなと、次回作を発表"}, textsOf(a.Related))
	assert.Subset(t, textsOf(a.Boilerplate), []string{"■公演情報", "劇団みなと「港の灯」", "RELATED"})
}

// TestBureauBylineAndTimedCaption checks a bureau's reporter whose family
// name of three kanji is printed with a space before a short given name,
// a caption under it that closes with a time alone, and a match's summary
// box after the text.
func TestBureauBylineAndTimedCaption(t *testing.T) {
	in := "港町の古書店、五十年の歩みに幕\n2024年5月10日 9時30分\n港町支局　桑名田 望\n最後の営業日を迎えた店の前（9日午前7時すぎ）\n\n" +
		"店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n■試合経過\n前半14分　（港）沢井\n後半11分　（北）森川\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	var names []string
	for _, b := range a.Bylines {
		names = append(names, b.Name)
	}
	assert.Equal(t, []string{"桑名田 望"}, names)
	assert.Equal(t, []string{"最後の営業日を迎えた店の前(9日午前7時すぎ)"}, textsOf(a.Captions))
	assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
	assert.Subset(t, textsOf(a.Boilerplate), []string{"■試合経過", "前半14分 (港)沢井"})
}

// TestSeriesLinks checks the links to the other articles of a series
// under their head, and a follow button after them.
func TestSeriesLinks(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
		"この特集のほかの記事\n・古い灯台が宿に　北浜市の試み\n・港の市場、夜も開く　山里の店\nこの記事が気に入ったらフォロー\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"古い灯台が宿に 北浜市の試み", "港の市場、夜も開く 山里の店"}, textsOf(a.Related))
	assert.Empty(t, a.Tags)
	assert.Subset(t, textsOf(a.Boilerplate), []string{"この特集のほかの記事", "この記事が気に入ったらフォロー"})
	assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
}

// TestOutletNamedHead checks links under a head that the outlet's name
// opens (港北TV NEWS 最新ニュース).
func TestOutletNamedHead(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
		"KBT NEWS 最新ニュース\n・古い灯台が宿に　北浜市の試み\n・港の市場、夜も開く　山里の店\nニュース一覧へ\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"古い灯台が宿に 北浜市の試み", "港の市場、夜も開く 山里の店"}, textsOf(a.Related))
	assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
}

// TestWriterLinks checks the links to a writer's other articles under
// their head, and a box of a show's data closing the text.
func TestWriterLinks(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
		"公演データ\n『港の灯』　作・演出：沢井健二\n2024年5月10日（金）～12日（日）　港町ホール\n\n" +
		"この筆者の記事\n古い灯台が宿に　北浜市の試み\n港の市場、夜も開く　山里の店\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"古い灯台が宿に 北浜市の試み", "港の市場、夜も開く 山里の店"}, textsOf(a.Related))
	assert.Empty(t, a.Captions)
	assert.Subset(t, textsOf(a.Boilerplate), []string{"公演データ", "『港の灯』 作・演出:沢井健二", "2024年5月10日(金)〜12日(日) 港町ホール", "この筆者の記事"})
	assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
}

// TestNotesAroundTheText checks notes on the article and the site that are
// no text: where it was printed (with no full stop), what an addition
// added, the site's audience, a caption that says who stands where, and a
// related head that says the links are related.
func TestNotesAroundTheText(t *testing.T) {
	in := layoutHead + "この記事は5月10日付朝刊に掲載されています\n北浜（右）と握手する港町\n\n" +
		"店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n" +
		"【追記】2024年5月10日18時05分　閉店の時刻を追記しました。\n本サイトは古書愛好家向けの情報です。\nこの記事に関連する記事\n港町の古地図、図書館で公開\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
	assert.Equal(t, []string{"北浜(右)と握手する港町"}, textsOf(a.Captions))
	assert.Equal(t, []string{"港町の古地図、図書館で公開"}, textsOf(a.Related))
	assert.Subset(t, textsOf(a.Boilerplate), []string{"この記事は5月10日付朝刊に掲載されています", "本サイトは古書愛好家向けの情報です。", "この記事に関連する記事"})
}

// TestWrappedParagraphReadsWhole checks that a paragraph wrapped at a
// column reads without its breaks, so that a name broken over two lines
// is one speaker, while its spans still cover the printed lines.
func TestWrappedParagraphReadsWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the dictionary")
	}
	in := layoutHead + "港町の古書店で５日、閉店を前に感謝\nの会が開かれ、常連客ら約５０人が集\nまった。店主の森川忠さんの妻、森川\n早苗さん（６２）は「この店に育てて\nもらった」と話した。\n"
	a, err := Parse([]byte(in))
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.Len(t, a.Paragraphs, 1)
	assert.Equal(t, "港町の古書店で5日、閉店を前に感謝の会が開かれ、常連客ら約50人が集まった。店主の森川忠さんの妻、森川早苗さん(62)は「この店に育ててもらった」と話した。", a.Paragraphs[0].Text)
	require.Len(t, a.Quotes, 1)
	assert.Equal(t, "森川早苗", a.Quotes[0].Speaker)
	assert.Equal(t, "森川\n早苗さん", a.Quotes[0].SpeakerSpan.In(a.Source), "the span covers the name over the break")
}

// TestWireEndMark checks a wire's screen: a banner over the date, the
// section in tortoise-shell brackets over the headline, a regional
// dateline before a subject and its day, and the end mark （了）, under
// which a table's note, the wire's stamp, links after 関連： and a
// notice are the page's, not text.
func TestWireEndMark(t *testing.T) {
	in := "＊＊＊ 港北経済ワイヤー ＊＊＊\n2026/02/06 08:50 JST\n〔統計〕\n港町の家計支出、2.1％減　外食控え続く\n" +
		"【港町】港町市統計課が6日発表した12月の家計調査によると、支出は前の年の同じ月より2.1％減った。\n" +
		"食料の減少が目立ち、市の担当者は節約の動きが続いているとみる。\n" +
		"＜品目別の増減＞\n食料　　　　▲3.4％\n住居　　　　＋0.7％\n（了）\n［港北経済ワイヤー］　2026/02/06 08:50\n" +
		"関連：港町の物価、光熱費の上げ幅縮む\n関連：冬の賞与、2年ぶり減少\nこの情報は投資の勧誘を目的としたものではありません。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Kicker)
	assert.Equal(t, "〔統計〕", a.Kicker.Text)
	assert.Equal(t, "港町の家計支出、2.1%減 外食控え続く", a.Headline.Text)
	require.NotNil(t, a.Dateline)
	assert.Equal(t, "港町", a.Dateline.Place)
	paras := paragraphTexts(a)
	require.Len(t, paras, 2)
	assert.True(t, strings.HasPrefix(paras[0], "港町市統計課が6日発表した"), paras[0])
	assert.Equal(t, "食料の減少が目立ち、市の担当者は節約の動きが続いているとみる。", paras[1])
	assert.Len(t, a.Related, 2)
	assert.Subset(t, textsOf(a.Boilerplate), []string{"(了)", "この情報は投資の勧誘を目的としたものではありません。"})
}

// TestEndMarkBetweenStories checks that text goes on under an end mark
// when more than a note follows: two stories printed one after the other.
func TestEndMarkBetweenStories(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n（了）\n" +
		"港町の図書館は、古い地図を公開すると発表した。\n公開は来月から、毎週土曜日の午後に限られる。\n地図は江戸時代のもので、市内の旧家が寄贈した。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	paras := paragraphTexts(a)
	require.NotEmpty(t, paras)
	assert.Equal(t, "地図は江戸時代のもので、市内の旧家が寄贈した。", paras[len(paras)-1])
}

// TestNoticeSections checks a city's notice and a company's release:
// the line under a section's head is what the section says, 以上 closes
// the release, and the box of contacts and the page's survey under it
// are no text.
func TestNoticeSections(t *testing.T) {
	in := "港町の市道で夜の工事\n掲載日：2026年2月20日\n" +
		"配水管を取り替えるため、港町通りは夜の間、車が通れなくなります。ご理解をお願いします。\n" +
		"■工事の日程\n令和8年4月6日（月）から4月24日（金）までの平日の夜（午後9時から翌朝午前5時まで）\n" +
		"■迂回路\n港町駅前通りをお使いください。\n以上\n\n" +
		"お問い合わせ\n港町水道部 工事係\n電話：0587-00-0000（平日午前8時30分から午後5時15分まで）\n" +
		"このページの情報は役に立ちましたか？\n役に立った　役に立たなかった　わからない\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	paras := paragraphTexts(a)
	assert.Contains(t, paras, "令和8年4月6日(月)から4月24日(金)までの平日の夜(午後9時から翌朝午前5時まで)")
	assert.Equal(t, "港町駅前通りをお使いください。", paras[len(paras)-1])
	assert.Empty(t, a.Captions)
	assert.Subset(t, textsOf(a.Boilerplate), []string{"以上", "このページの情報は役に立ちましたか?", "役に立った 役に立たなかった わからない"})
}

// TestClosingBox checks that a box of facts under the last paragraph (a
// memo, a Q&A, a profile under a name and its reading) is no part of the
// text, while a section of text under a mark stays text, and a word that
// only starts like one (メモリ) heads no box.
func TestClosingBox(t *testing.T) {
	const text = "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n"
	tests := []struct {
		name, tail string
		last       string
	}{
		{"a memo", "■港町の古書店メモ\n創業は1974年。蔵書は約2万冊。\n", "最後の日には常連客が花束を持って訪れた。"},
		{"a Q&A", "■Q&A　閉店後はどうなる？\nQ　本はどうなる？\nA　市の図書館に寄贈する。\n", "最後の日には常連客が花束を持って訪れた。"},
		{"a memo opening its line", "【メモ】古書店　古い本を買い取り、売る店。\n", "最後の日には常連客が花束を持って訪れた。"},
		{"a profile", "■森川忠（もりかわ・ただし）\n1950年、港町生まれ。1974年に店を開いた。\n", "最後の日には常連客が花束を持って訪れた。"},
		{"a section of text", "■これから\n店の跡地には、地元の書店が入ることが決まっている。\n", "店の跡地には、地元の書店が入ることが決まっている。"},
		{"a rule and another part of the page", "（写真）50年ぶりに店の奥から見つかった古い地図を広げて確かめる常連客たち＝9日、港町市\n――――――――――\n◇暮らしの催し◇\n植木市　11月8日（土）、港町公園。小雨決行。\n囲碁の会　毎月第1日曜日の午前、南集会所。見学自由。\n手芸の会　毎月第3土曜日の午後、東集会所。材料費200円。\n",
			"最後の日には常連客が花束を持って訪れた。"},
		{"memory is no memo", "■SDカードとメモリ\n店の記録はSDカードに残し、市の資料館に預けることにした。\n", "店の記録はSDカードに残し、市の資料館に預けることにした。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(layoutHead+text+tt.tail), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			paras := paragraphTexts(a)
			require.NotEmpty(t, paras)
			assert.Equal(t, tt.last, paras[len(paras)-1])
		})
	}
}

// TestRecommendedHead checks a head of recommended articles under the
// text: the titles under it are related links.
func TestRecommendedHead(t *testing.T) {
	in := layoutHead + "店主の森川さんは、この春で店を閉じると決めた。\n最後の日には常連客が花束を持って訪れた。\n" +
		"こちらの記事もおすすめ\n港町の古地図、図書館で公開\n北浜の銭湯、60年の歴史に幕\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"港町の古地図、図書館で公開", "北浜の銭湯、60年の歴史に幕"}, textsOf(a.Related))
}

// TestColumnEnds checks the ends of columns and features: a profile under
// a head in English, a profile under a name with its reading that has no
// word of the usual profiles, the back numbers of a series and a footer
// menu that opens on the site's name.
func TestColumnEnds(t *testing.T) {
	const text = "店主の森川さんは、この春で店を閉じると決めた。\n\n最後の日には常連客が花束を持って訪れた。\n\n"
	tests := []struct {
		name, in    string
		bio         string
		related     []string
		boilerplate []string
	}{
		{
			name:        "a profile under PROFILE",
			in:          layoutHead + text + "PROFILE\n森川卓也（もりかわ・たくや）　1954年、港北生まれ。古書店を継ぐ。\n",
			bio:         "森川卓也(もりかわ・たくや) 1954年、港北生まれ。古書店を継ぐ。",
			boilerplate: []string{"PROFILE"},
		},
		{
			name: "a name with its reading over its profile",
			in:   layoutHead + text + "森川さくら（もりかわ・さくら）\n随筆家。1983年、北浜生まれ。本欄は隔週で載せる。\n",
			bio:  "森川さくら(もりかわ・さくら)\n随筆家。1983年、北浜生まれ。本欄は隔週で載せる。",
		},
		{
			name:        "the back numbers of a series, a footer menu with the site's name",
			in:          layoutHead + text + "港町歳時記　バックナンバー\n9月14日　港の朝市\n9月7日　灯台の冬支度\n港北新報デジタル　｜　会員規約　｜　お問い合わせ\n",
			related:     []string{"9月14日 港の朝市", "9月7日 灯台の冬支度"},
			boilerplate: []string{"港町歳時記 バックナンバー", "港北新報デジタル | 会員規約 | お問い合わせ"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.in), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			assert.Equal(t, []string{"店主の森川さんは、この春で店を閉じると決めた。", "最後の日には常連客が花束を持って訪れた。"}, paragraphTexts(a))
			if tt.bio == "" {
				assert.Nil(t, a.Bio)
			} else if assert.NotNil(t, a.Bio) {
				assert.Equal(t, tt.bio, a.Bio.Text)
			}
			var related, ui []string
			for _, r := range a.Related {
				related = append(related, r.Text)
			}
			for _, b := range a.Boilerplate {
				ui = append(ui, b.Text)
			}
			assert.Equal(t, tt.related, related)
			assert.Equal(t, tt.boilerplate, ui)
		})
	}
}

// TestHistoryList checks that the items of a history a text lists, a year
// and what happened, are text, not captions or links.
func TestHistoryList(t *testing.T) {
	const history = "■花火大会の歩み\n\n1976年（昭和51年）　港の開港記念に始まる\n\n1995年（平成7年）、1996年（平成8年）　港の工事で2年続けて中止\n\n2020年　初めて無観客で開く\n\n"
	in := layoutHead + "港北の花火大会は今年で50回目を迎える。観客は毎年10万人を超える。\n\n" + history + "今年は8月に開く。実行委員会は準備を急いでいる。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"港北の花火大会は今年で50回目を迎える。観客は毎年10万人を超える。", "■花火大会の歩み", "1976年(昭和51年) 港の開港記念に始まる",
		"1995年(平成7年)、1996年(平成8年) 港の工事で2年続けて中止", "2020年 初めて無観客で開く", "今年は8月に開く。実行委員会は準備を急いでいる。"}, paragraphTexts(a))
	assert.Empty(t, a.Captions)
	assert.Empty(t, a.Related)

	// The same run under the last paragraph is a box of the page.
	in = layoutHead + "港北の花火大会は今年で50回目を迎える。観客は毎年10万人を超える。\n\n" + history
	a, err = Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"港北の花火大会は今年で50回目を迎える。観客は毎年10万人を超える。"}, paragraphTexts(a))
}

// TestNumberedNoticeSections: a release's numbered sections (1．開催日,
// 2．場所) and what each says, a time with a note in brackets or a
// place, are the release's text, not captions or links.
func TestNumberedNoticeSections(t *testing.T) {
	in := "港南市、星の観察会を開きます\n令和8年9月4日\n港南市教育委員会\n\n" +
		"港南市は、夏の星座を学ぶ観察会を北浜天文台で開きます。小学生から大人まで参加できます。\n" +
		"1．開催日\n令和8年10月3日（土）19時から21時まで（雨天時は翌日）\n" +
		"2．場所\n北浜天文台　観測室（港南市北浜5-3）\n" +
		"3．参加方法\n9月25日（金）までに、電話でお申し込みください。\n" +
		"このページの先頭へ\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	paras := paragraphTexts(a)
	assert.Equal(t, "港南市は、夏の星座を学ぶ観察会を北浜天文台で開きます。小学生から大人まで参加できます。", paras[0])
	assert.Contains(t, paras, "令和8年10月3日(土)19時から21時まで(雨天時は翌日)")
	assert.Contains(t, paras, "2.場所")
	assert.Contains(t, paras, "北浜天文台 観測室(港南市北浜5-3)")
	assert.Equal(t, "9月25日(金)までに、電話でお申し込みください。", paras[len(paras)-1])
	assert.Empty(t, a.Captions)
	assert.Empty(t, a.Related)
}

// TestDatedTitleOverDateLine: a title that names the day it records
// (…（2026年…）) over a labelled date line is the headline, and the
// labelled date is the publication; the contact box a town's page
// closes with ends the text, and the links under 関連ページ are links.
func TestDatedTitleOverDateLine(t *testing.T) {
	in := "港北町役場\n町長定例会見（2026年8月3日）\n公開日：2026年8月5日\n\n" +
		"町長「港北駅の駐輪場を来春までに広げます。利用者の声を受けての判断です」\n" +
		"記者「費用はどのくらいですか」\n" +
		"町長「およそ2千万円を見込んでいます」\n" +
		"この記事に関するお問い合わせ\n港北町役場 総務課 広報係\n電話：0000-00-0000\n" +
		"関連ページ\n町長定例会見（2026年7月6日）\n駐輪場の利用案内\n" +
		"港北町役場　Copyright © Kohoku Town\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Headline)
	assert.Equal(t, "町長定例会見(2026年8月3日)", a.Headline.Text)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2026-08-05", a.Published.Value)
	paras := paragraphTexts(a)
	assert.Equal(t, "町長「およそ2千万円を見込んでいます」", paras[len(paras)-1])
	assert.Equal(t, []string{"町長定例会見(2026年7月6日)", "駐輪場の利用案内"}, textsOf(a.Related))
	assert.Subset(t, textsOf(a.Boilerplate), []string{"この記事に関するお問い合わせ", "港北町役場 総務課 広報係", "港北町役場 Copyright © Kohoku Town"})
}

// TestScienceStoryTail: an expert's words after の話 on one line are text;
// the box on the paper reported on and a sentence about the site under
// the links are not.
func TestScienceStoryTail(t *testing.T) {
	in := "港北サイエンス\nニュース　特集　イベント\n湖の底に一万年分の花粉\n2026年4月2日\n\n" +
		"港北大学の研究チームは1日、湖の底の泥から一万年分の花粉を見つけたと発表した。気候の移り変わりが分かるという。\n" +
		"港南大学の沢井健二教授（古気候学）の話　「湖の記録としては珍しく長い。ほかの湖と比べたい」\n" +
		"論文情報\nタイトル：Ten thousand years of pollen in a small lake\n掲載誌：Journal of Lake Studies（2026年3月31日付）\n" +
		"関連記事\n湖の水温、30年で1度上昇\n" +
		"港北サイエンスは、港北科学振興会の支援で運営しているサイトです。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	paras := paragraphTexts(a)
	assert.Equal(t, "港南大学の沢井健二教授(古気候学)の話 「湖の記録としては珍しく長い。ほかの湖と比べたい」", paras[len(paras)-1])
	assert.Subset(t, textsOf(a.Boilerplate), []string{"論文情報", "港北サイエンスは、港北科学振興会の支援で運営しているサイトです。"})
	assert.Equal(t, []string{"湖の水温、30年で1度上昇"}, textsOf(a.Related))
}

// TestAdviceColumnFrame: a column's name with の over the headline is its
// kicker, not an outlet's name; a call for letters under the answer is
// the page's, not the text.
func TestAdviceColumnFrame(t *testing.T) {
	in := "港北新報デジタル\nトップ ＞ くらし\nこころのポスト\n隣の犬が夜通し鳴きます\n2026年3月4日 7時00分\n\n" +
		"40代の会社員です。隣家の犬が毎晩鳴き、眠れない日が続いています。直接言うべきか迷っています。\n" +
		"回答者　作家　森川さくら\n" +
		"眠れないのはつらいですね。まずは管理会社や自治会を通して、穏やかに伝えてみてはどうでしょう。\n" +
		"◇\n質問や悩みは港北新報くらし部まで。下のフォームからお寄せください。\n" +
		"関連記事\nこころのポスト　引っ越し先で友達ができません\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Kicker)
	assert.Equal(t, "こころのポスト", a.Kicker.Text)
	paras := paragraphTexts(a)
	assert.Equal(t, "眠れないのはつらいですね。まずは管理会社や自治会を通して、穏やかに伝えてみてはどうでしょう。", paras[len(paras)-1])
	assert.Contains(t, textsOf(a.Boilerplate), "質問や悩みは港北新報くらし部まで。下のフォームからお寄せください。")
}

// TestMarkedColumn: a front-page column that parts its paragraphs with ▼
// and drops the full stop before each mark; its short title with two の
// is the headline, not a label; the links under the section's name are
// links.
func TestMarkedColumn(t *testing.T) {
	in := "港北新報デジタル\n論説 ＞ コラム\n港灯\n港の朝の音\n2026年5月6日 5時00分\n" +
		"朝の港には音がある。船のエンジン、競りの声、カモメの鳴き声。どれも町の時計のようなものだ\n" +
		"▼その音が変わりつつある。漁船は減り、競りは機械に置き換わった。魚市場の森川忠さんは「静かになった」と寂しがる\n" +
		"▼それでも朝は来る。港の音に耳を澄ませる人がいる限り、町は町であり続けるだろう。\n" +
		"論説の記事\n（社説）港の再開発　住民の声を聞け\n港灯　5月5日付\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Headline)
	assert.Equal(t, "港の朝の音", a.Headline.Text)
	paras := paragraphTexts(a)
	require.Len(t, paras, 3)
	assert.True(t, strings.HasPrefix(paras[0], "朝の港には音がある。"))
	assert.Equal(t, []string{"(社説)港の再開発 住民の声を聞け", "港灯 5月5日付"}, textsOf(a.Related))
}

// TestQuotationPointedBack: a line that is one quotation, under which the
// text says who vowed it (こう誓った), is text, not a sub-heading.
func TestQuotationPointedBack(t *testing.T) {
	in := layoutHead + "港北の沢井は決勝で敗れた。\n\n「次は港北で勝ちたい」\n\n閉会式の後、森川は集まった子どもたちの前でこう誓った。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Empty(t, headingTexts(a))
	assert.Contains(t, paragraphTexts(a), "「次は港北で勝ちたい」")
}

// TestFileLink tells the link to an attached file from text.
func TestFileLink(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"(資料2)工事の日程表[PDF 96KB]", true},
		{"申込書(Word:31KB)", true},
		{"港北町の地図[PDF]", false},
		{"資料は町のサイトで公開している。[PDF 1MB]", false},
		{"港北の祭り(2026年)", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fileLink(tt.in), tt.in)
	}
}

// TestReaderCall tells a page's call for letters from text.
func TestReaderCall(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"ご質問をお寄せください。はがきでも受け付けます。", true},
		{"質問を受け付けています。下のフォームからお寄せください。", true},
		{"町は「意見をお寄せください」と呼びかけている。", false},
		{"・写真をお寄せください。", false},
		{"町は来月まで意見を募集している。", false},
		{"「広場」欄への投稿は、氏名と年齢を書いてください。", true},
		{"投稿は市のサイトで読める。", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, readerCall(tt.in), tt.in)
	}
}

// TestLongTestimonySignature: testimony signed with a long description of
// who speaks and an age after a slash is text on a page with furniture,
// not a caption.
func TestLongTestimonySignature(t *testing.T) {
	in := "港北新報\nニュース　地域　くらし\n古書市に人の波\n2026年1月1日 10:00\n\n最終日、客に話を聞いた。\n" +
		"「毎年ここで一冊、買うと決めている」（港北から電車で一時間かけて来た会社員・森川忠さん／47）\n" +
		"「値札の字が好きで、つい手に取る」（近くで小さな喫茶店を営む店主・川瀬ゆかりさん／52）\n" +
		"主催者は来年も開く予定だ。\nこの記事をシェア　X　Facebook\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Empty(t, a.Captions)
	assert.Equal(t, []string{"最終日、客に話を聞いた。", "「毎年ここで一冊、買うと決めている」(港北から電車で一時間かけて来た会社員・森川忠さん/47)",
		"「値札の字が好きで、つい手に取る」(近くで小さな喫茶店を営む店主・川瀬ゆかりさん/52)", "主催者は来年も開く予定だ。"}, paragraphTexts(a))
}

// TestDateFirstTitleOverDateLine: the day first, then the title after a
// space, over a labelled date line: the headline, and the label's date
// the publication.
func TestDateFirstTitleOverDateLine(t *testing.T) {
	in := "港北町役場\n令和8年8月3日　町長の月例会見\n公開日：2026年8月5日\n\n" +
		"町長「港北駅の駐輪場を来春までに広げます。利用者の声を受けての判断です」\n" +
		"記者「費用はどのくらいですか」\n町長「およそ2千万円を見込んでいます」\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	require.NotNil(t, a.Headline)
	assert.Equal(t, "令和8年8月3日 町長の月例会見", a.Headline.Text)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2026-08-05", a.Published.Value)
}

// TestFigureLabels: a figure's, a map's or a table's label with a
// full-width colon marks a caption as a photo's label does.
func TestFigureLabels(t *testing.T) {
	in := layoutHead + "港北町は新しい巡回バスの路線を決めた。来月から走る。\n\n図：巡回バスの新しい路線\n\n地図：停留所の場所\n\n町は利用者の声を聞いて見直す。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, []string{"図:巡回バスの新しい路線", "地図:停留所の場所"}, textsOf(a.Captions))
}

// TestTurnUnderField: the first turn of a transcript (町長：…。) right
// under the fields that date and place the session is a paragraph of its
// own, not the rest of the field above it.
func TestTurnUnderField(t *testing.T) {
	in := "北浜町長定例記者会見\n掲載日：2026年11月9日\n日時：2026年11月5日（木曜日）午後2時から\n場所：役場2階会議室\n" +
		"北浜町長：今日は一点ご報告があります。\n北浜町長：昨日、北浜川の堤防工事が終わりました。\n記者：明日の式典には出ますか。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	paras := paragraphTexts(a)
	require.GreaterOrEqual(t, len(paras), 3)
	assert.Equal(t, "北浜町長:今日は一点ご報告があります。", paras[len(paras)-3])
	for _, p := range paras {
		assert.False(t, strings.Contains(p, "会議室") && strings.Contains(p, "町長:"), "a field and a turn in one paragraph: %q", p)
	}
}

// TestPagerLinkAlone: a link to the instalment before, its label and its
// title set apart by a space (前回のコラム　…), is one related link that
// heads no list; the topic marks under it are tags.
func TestPagerLinkAlone(t *testing.T) {
	in := "港町の暮らし相談室\n2026年9月1日 6:00\n\n" +
		"　港南の会社に勤める三十代の会社員です。同僚の森川さんが、私の集計表を自分の成果として報告しています。\n" +
		"　まずは、あなたが作った表の記録を日付とともに残してください。上司には、担当の範囲をはっきりさせたいと伝えるのがよいでしょう。\n" +
		"前回のコラム　港北の実家を誰が継ぐか\n" +
		"次回のコラム　9月8日（火）掲載予定\n" +
		"#暮らし相談室　#職場　#同僚\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	paras := paragraphTexts(a)
	require.Len(t, paras, 2)
	assert.Equal(t, []string{"前回のコラム 港北の実家を誰が継ぐか"}, textsOf(a.Related))
	assert.Equal(t, []string{"暮らし相談室", "職場", "同僚"}, textsOf(a.Tags))
}

// TestValueUnderFieldName: under the name of a field of a notice alone on
// its line (日時, 場所), the value is text of the notice, not a photo's
// caption nor a link's title.
func TestValueUnderFieldName(t *testing.T) {
	in := "港北町 Kohoku Town\nくらし　子育て　防災\n現在位置：ホーム > 防災 > 防災訓練のお知らせ\n港北町防災訓練のお知らせ\n更新日：2026年9月24日\n" +
		"　港北町では、地震に備えた防災訓練を行います。どなたでも参加できます。\n" +
		"日時\n2026年11月8日（日）10時〜15時\n場所\n港北町立第二小学校 体育館（港北町本町2丁目4番）\n" +
		"対象\n小学生以上（小学生は保護者と一緒に）\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	body := strings.Join(paragraphTexts(a), "\n")
	assert.Contains(t, body, "2026年11月8日(日)10時〜15時")
	assert.Contains(t, body, "港北町立第二小学校 体育館(港北町本町2丁目4番)")
	assert.Empty(t, a.Captions)
	assert.Empty(t, a.Related)
}

// TestSiteNameInEnglish: a site that prints its name in English under its
// Japanese one (Kitahama Town Office) has no headline there; and a long
// title with a space, dated in the era in brackets, over a labelled date
// line is the headline, the labelled date the publication.
func TestSiteNameInEnglish(t *testing.T) {
	in := "北浜町役場\nKitahama Town Office\nホーム ＞ 町長の部屋 ＞ 会見録\n北浜町長会見 駐輪場と交通について（令和8年7月2日）\n掲載日：2026年7月6日\n\n" +
		"町長：本日は港北駅の駐輪場について申し上げます。来春までに台数を倍にします。\n" +
		"記者：費用はどのくらいですか。\n" +
		"町長：およそ2千万円を見込んでいます。\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Equal(t, "北浜町長会見 駐輪場と交通について(令和8年7月2日)", a.Headline.Text)
	assert.Nil(t, a.Subheadline)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2026-07-06", a.Published.Value)
	assert.Contains(t, textsOf(a.Boilerplate), "Kitahama Town Office")
	assert.Equal(t, "町長:本日は港北駅の駐輪場について申し上げます。来春までに台数を倍にします。", paragraphTexts(a)[0])
}

// TestColumnFooterCalls: under an advice column, the line that says how
// letters are received (…へのお便りは、…で受け付けております。) and a blog's
// buttons with their counts (いいね！ 12　コメント（2）) are not text.
func TestColumnFooterCalls(t *testing.T) {
	in := "港町の暮らし相談室\n2026年9月1日 6:00\n\n" +
		"　港南の会社に勤める三十代の会社員です。同僚の森川さんが、私の集計表を自分の成果として報告しています。\n" +
		"　まずは、あなたが作った表の記録を日付とともに残してください。上司には、担当の範囲をはっきりさせたいと伝えるのがよいでしょう。\n" +
		"暮らし相談室へのお便りは、はがきかメールで受け付けております。仮名で載せます。\n" +
		"いいね！ 12　コメント（2）\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	paras := paragraphTexts(a)
	require.Len(t, paras, 2)
	assert.Subset(t, textsOf(a.Boilerplate), []string{"暮らし相談室へのお便りは、はがきかメールで受け付けております。仮名で載せます。", "いいね! 12 コメント(2)"})
}

// TestCountedButtons: a blog's buttons with their counts under the post
// (いいね！ 12　コメント（2）) are not text.
func TestCountedButtons(t *testing.T) {
	in := "港町の畑日記\n2026年9月1日\n\n今日は叔父の畑でさつまいもを掘りました。思ったより大きくて、みんなで笑いました。\n来週は落花生の収穫です。今から楽しみです。\nいいね！ 12　コメント（2）\n"
	a, err := Parse([]byte(in), WithoutMorphology())
	require.NoError(t, err)
	spanChecker{t: t, a: a, text: true}.check()
	assert.Len(t, paragraphTexts(a), 2)
	assert.Contains(t, textsOf(a.Boilerplate), "いいね! 12 コメント(2)")
}

// TestNewsletterIssue: a newsletter's name over the number of its issue
// (第12号　…発行, 会誌「…」第21号), who issues it and the issue's contents
// are no headline; the title under them is. A schedule the issue lists
// under a heading is its text.
func TestNewsletterIssue(t *testing.T) {
	tests := []struct {
		name, in, headline string
		boilerplate        []string
		paragraphs         []string // nil: not checked
	}{
		{
			name: "the issue's number opens the date line",
			in: "港北の森を守る会　会報「こもれび」\n第12号　2026年4月1日発行\n発行：港北の森を守る会（港北町本町2-1）\n" +
				"──────────\n間伐した森に、春の光が戻ってきた\n──────────\n\n" +
				"3月の第2日曜、港北町の森で間伐の作業をしました。町内の中学生も手伝ってくれました。\n" +
				"切った木は薪にして、町内の福祉施設に届けます。\n",
			headline:    "間伐した森に、春の光が戻ってきた",
			boilerplate: []string{"港北の森を守る会 会報「こもれび」", "発行:港北の森を守る会(港北町本町2-1)"},
		},
		{
			name: "the issue's number closes the newsletter's name, the contents on one line",
			in: "港北野鳥の会\n会誌「さえずり」第21号\n令和8年4月1日\n目次　1 干潟の観察会　2 次回の集まり\n" +
				"干潟で渡り鳥を数えました\n" +
				"3月29日（日）、港北干潟で観察会を開き、会員と家族の計22人がシギやチドリを数えました。\n" +
				"■次回の集まり\n5月10日（日）　巣箱の点検（港北の森）\n6月14日　夜の鳥の声を聞く会\n2027年1月上旬　新年の探鳥会\n申し込みは要りません。\n" +
				"会長の森川からメッセージ。「双眼鏡がなくても大丈夫です。気軽に来てください」\n",
			headline:    "干潟で渡り鳥を数えました",
			boilerplate: []string{"港北野鳥の会", "会誌「さえずり」第21号", "目次 1 干潟の観察会 2 次回の集まり"},
			paragraphs: []string{"3月29日(日)、港北干潟で観察会を開き、会員と家族の計22人がシギやチドリを数えました。", "■次回の集まり",
				"5月10日(日) 巣箱の点検(港北の森)", "6月14日 夜の鳥の声を聞く会", "2027年1月上旬 新年の探鳥会", "申し込みは要りません。",
				"会長の森川からメッセージ。「双眼鏡がなくても大丈夫です。気軽に来てください」"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.in), WithoutMorphology())
			require.NoError(t, err)
			spanChecker{t: t, a: a, text: true}.check()
			require.NotNil(t, a.Headline)
			assert.Equal(t, tt.headline, a.Headline.Text)
			assert.Nil(t, a.Kicker)
			assert.Nil(t, a.Subheadline)
			assert.Subset(t, textsOf(a.Boilerplate), tt.boilerplate)
			if tt.paragraphs != nil {
				assert.Equal(t, tt.paragraphs, paragraphTexts(a))
			}
		})
	}
}
