package timeline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsdoc/newsdoc/timeline"
)

// whenOf returns the values of the events and unplaced statements whose
// expression is written surface, and whether each is generic.
func whenOf(tl *timeline.Timeline, surface string) (values []string, generic []bool) {
	for _, list := range [][]timeline.Event{tl.Events, tl.Unplaced} {
		for _, e := range list {
			if e.When.Text == surface {
				values = append(values, e.When.Value)
				generic = append(generic, e.Generic)
			}
		}
	}
	return values, generic
}

// TestReading checks how a reader dates the statements of short invented
// articles: the governing predicate, nouns a date modifies, habits, two-digit
// years and the document time.
func TestReading(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	tests := []struct {
		name    string
		src     string
		ref     time.Time // the caller's reference, or zero
		surface string
		want    string
		generic bool
	}{
		{"the same day after a time restated in Japan time", "海外の話題\n\n2025年11月14日\n\n【北浜共同】北浜政府は13日（日本時間14日午前）、新たな規制を発表した。同日夜には大統領が声明を出した。\n", time.Time{}, "同日夜", "2025-11-13TNI", false},
		{"a plan reported with と governs its date", "町の話題\n\n2026年6月30日\n\n町は30日、7月1日午前9時から給水制限を始めると発表した。\n", time.Time{}, "7月1日午前9時", "2026-07-01T09:00", false},
		{"the report's date set off by a comma", "町の話題\n\n2026年1月5日\n\n町は3日、10日から給水制限を始めると発表した。\n", time.Time{}, "3日", "2026-01-03", false},
		{"past relative clause, planned main predicate", "相撲の話題\n\n2023年4月2日\n\n5月の本場所では、大学で活躍した新人も土俵に上がる予定だ。\n", time.Time{}, "5月", "2023-05", false},
		{"past relative clause, future plan, other month", "町の話題\n\n2023年4月2日\n\n10月の祭りは、昨年中止された行事とともに開催予定だという。\n", time.Time{}, "10月", "2023-10", false},
		{"noun modifier nearest first", "球団の話題\n\n2023年4月4日\n\n5日の試合で先発する右腕が、前回登板を振り返った。\n", time.Time{}, "5日", "2023-04-05", false},
		{"quotation gives no tense", "港の話題\n\n2024年6月10日\n\n市長は12日「式典は盛大に行われた」と語る予定だ。\n", time.Time{}, "12日", "2024-06-12", false},
		{"habit in a clause", "商店街の話題\n\n2024年6月10日\n\n例年は7月に開く夜市を、今年は8月に開く。\n", time.Time{}, "7月", "2024-07", true},
		{"a habit as the measure of this time is no habit", "大学の話題\n\n2025年9月30日\n\n説明会を例年より1週間早い2月3日に開く。\n", time.Time{}, "2月3日", "2026-02-03", false},
		{"the usual as the measure of a size is no habit", "公園の話題\n\n2025年6月15日\n\n町が14日朝に点検したところ、水位が通常の2倍に上がっていた。\n", time.Time{}, "14日朝", "2025-06-14TMO", false},
		{"an ordinary general meeting is held on its day", "団体の話題\n\n2026年6月2日\n\n港北の会は5月30日に開いた通常総会で、新しい代表を選んだ。\n", time.Time{}, "5月30日", "2026-05-30", false},
		{"a habit reported on the day is no habit of the day", "研究の話題\n\n2026年5月12日\n\n港北大学のチームは11日、週末ごとに山を歩く人は血圧が低めだとする分析を公表した。\n", time.Time{}, "11日", "2026-05-11", false},
		{"a habit with its measure is still a habit", "公園の話題\n\n2025年7月23日\n\n池の水位は通常の時期、7月に下がる。\n", time.Time{}, "7月", "2025-07", true},
		{"a season compared with the usual is no habit", "農業の話題\n\n2025年9月18日\n\n今年は平年並みの8月に収穫が始まった。\n", time.Time{}, "8月", "2025-08", false},
		{"the other clause stays an event", "商店街の話題\n\n2024年6月10日\n\n例年は7月に開く夜市を、今年は8月に開く。\n", time.Time{}, "8月", "2024-08", false},
		{"shop hours", "新店の話題\n\n2024年6月10日\n\n店は平日の10時から営業している。\n", time.Time{}, "10時", "2024-06-10T10:00", true},
		{"two-digit year once the page writes a full year", "市場の話題\n\n2024年6月10日\n\n同社は19年に事業を始め、22年に上場した。\n", time.Time{}, "22年", "2022", false},
		{"two-digit year count", "市場の話題\n\n2024年6月10日\n\n同社は創業20年を迎えた。\n", time.Time{}, "20年", "", false},
		{"published wins over the caller's reference", "町の話題\n\n2024年6月10日\n\n市は9日、計画を発表した。\n", time.Date(2020, 1, 15, 0, 0, 0, 0, jst), "9日", "2024-06-09", false},
		{"the caller's reference without a date on the page", "町の話題\n\n市は9日、計画を発表した。\n", time.Date(2020, 1, 15, 0, 0, 0, 0, jst), "9日", "2020-01-09", false},
		{"episode: a bare month after an earlier year", "村の話題\n\n2023年4月4日\n\nその村を初めて訪れたのは2009年の夏だった。10月には雪が降り始めた。\n", time.Time{}, "10月", "2009-10", false},
		{"episode ends with the paragraph", "村の話題\n\n2023年4月4日\n\nその村を初めて訪れたのは2009年の夏だった。\n\n市は10月に計画をまとめた。\n", time.Time{}, "10月", "2022-10", false},
		{"episode from a year counted back", "町の話題\n\n2023年3月31日\n\n40年前の春、町に鉄道が通った。5月には駅舎が完成した。\n", time.Time{}, "5月", "1983-05", false},
		{"a later day in the sentence of a full date", "町の話題\n\n2026年11月20日\n\n市長選は来年4月12日告示、19日投開票の日程だ。\n", time.Time{}, "19日", "2027-04-19", false},
		{"a clock time after a day looked back on in a clause", "港町の話題\n\n2026年3月9日\n\n港町市で8日夜、停電が起きた。市内の変電所で5日に交換した部品が原因とみられる。停電は午後11時ごろに解消した。\n", time.Time{}, "午後11時ごろ", "2026-03-08T23:00", false},
		{"a clock time after a day looked back on with の", "朝市の話題\n\n2026年7月1日\n\n港町の朝市が1日、今年の営業を始めた。6月20日の準備会では出店者が顔をそろえた。午前7時には通りが買い物客で埋まった。\n", time.Time{}, "午前7時", "2026-07-01T07:00", false},
		{"a later day looked back on, glossed and naming a day of the year", "港町の話題\n\n更新日：2026年10月12日\n\n10月10日、北浜公民館で秋の作品展を開きました。本日10月12日の「港町記念日」に合わせた催しです。\n\n展示は午前10時に始まりました。\n", time.Time{}, "午前10時", "2026-10-10T10:00", false},
		{"a part of a day is that day", "港町の話題\n\n2026年3月9日\n\n港町市で8日夜、停電が起きた。5日の夜にも点検していた。作業は午後11時ごろに終わった。\n", time.Time{}, "午後11時ごろ", "2026-03-05T23:00", false},
		{"a year word after から names what begins, no range's end", "港の話題\n\n2026年4月24日\n\n北浜の貸しボートは27日から今季の貸し出しを始める。\n", time.Time{}, "27日", "2026-04-27", false},
		{"a date over a clause that modifies a noun, under a past report", "交通の話題\n\n2026年6月18日\n\n組合は17日、7月1日に変わる運賃の額で合意した。\n", time.Time{}, "7月1日", "2026-07-01", false},
		{"a report of a later sale", "新製品の話題\n\n2024年6月4日\n\n新型の端末が9日より発売されることがわかった。\n", time.Time{}, "9日", "2024-06-09", false},
		{"already on sale", "新製品の話題\n\n2024年6月14日\n\n上位機種は9日より既に販売が開始されており、下位機種は来月に出る。\n", time.Time{}, "9日", "2024-06-09", false},
		{"a look back at the day before dates no later time", "市場の話題\n\n2026年2月27日\n\n27日の港町市場で魚の値は下がった。前日の北浜市場で高値が続いた流れが止まった。朝方は落ち着いていたが、午前10時すぎに値が戻った。\n", time.Time{}, "午前10時すぎ", "2026-02-27T10:00", false},
		{"a promotion ahead in a relative clause, the report past", "銀行の話題\n\n2026年3月19日 18:00\n\n港町銀行は19日、副社長が4月1日付で社長に就任する人事を発表した。副社長は同日、記者団に抱負を述べた。\n", time.Time{}, "同日", "2026-03-19", false},
		{"a bare day told again with its month before", "祭りの話題\n\n2025年7月10日\n\n港町の灯籠祭りが8月15日と16日に開かれる。実行委員会が10日、発表した。今年は初日の15日夜に灯籠を流す。花火は16日午後8時半から上げる。\n", time.Time{}, "15日夜", "2025-08-15TNI", false},
		{"a bare day told again, the second day of the two", "祭りの話題\n\n2025年7月10日\n\n港町の灯籠祭りが8月15日と16日に開かれる。実行委員会が10日、発表した。花火は16日午後8時半から上げる。\n", time.Time{}, "16日午後8時半", "2025-08-16T20:30", false},
		{"the report's day, then the same number a month on", "町の話題\n\n2025年3月29日\n\n町は3月28日、新しい計画を発表した。町は28日に説明会を開く予定だ。\n", time.Time{}, "28日", "2025-04-28", false},
		{"an entry's stamp alone on its line is on the page's day, whatever day the entry above spoke of", "大雪の話題\n\n2026年1月24日 15:42\n\n11:00\n除雪車は前日より多く出ている。\n\n9:30\n空港では、午前中の列車の運休が続いている。\n", time.Time{}, "9:30", "2026-01-24T09:30", false},
		{"an entry's two-digit stamp alone on its line is on the page's day too", "大雪の話題\n\n2026年1月24日 15:42\n\n港北市で24日、大雪が降った。\n\n11:00\n港北駅では23日夜から運休が続いた。\n\n10:05\n空港では、午前中の列車の運休が続いている。\n", time.Time{}, "10:05", "2026-01-24T10:05", false},
		{"an entry stamped with its day and time after the page's first day counts from that day", "新しいパンの話題\n\n2026年5月16日 21:00 配信／2026年5月17日 10:20 更新\n\n【5月17日 10:20】港南ベーカリーの店長によると、焼いた200個は午前9時40分ごろに品切れになった。\n\n【5月17日 6:45】前日の夜から待っていた女性は「楽しみで眠れなかった」と話した。\n", time.Time{}, "午前9時40分ごろ", "2026-05-17T09:40", false},
		{"an entry's day after the page's first day, looked back on", "新しいパンの話題\n\n2026年5月16日 21:00 配信／2026年5月17日 10:20 更新\n\n【5月17日 10:20】港南ベーカリーの店長によると、焼いた200個は午前9時40分ごろに品切れになった。\n\n【5月17日 6:45】前日の夜から待っていた女性は「楽しみで眠れなかった」と話した。\n", time.Time{}, "前日の夜", "2026-05-16TNI", false},
		{"a custom's one day is an event", "新年の話題\n\n2026年1月7日\n\n港南神社で5日、恒例の餅まきがあり、約500人が集まった。\n", time.Time{}, "5日", "2026-01-05", false},
		{"the day before the day told, after a week that holds it", "新年の話題\n\n2026年1月14日\n\n港南神社で11日、どんど焼きがあった。先週は強風が続いたが、前日までに風はおさまった。\n", time.Time{}, "前日", "2026-01-10", false},
		{"a bound counted back is no day the text goes on from", "新年の話題\n\n2026年1月14日\n\n港南神社で11日、どんど焼きがあった。先週は強風が続いたが、前日までに風はおさまった。点火は午前8時。\n", time.Time{}, "午前8時", "2026-01-11T08:00", false},
		{"each entry of a running story is on the page's day", "大雪の話題\n\n2026年1月24日 15:42\n\n【11:00】気象台は、あす25日朝までに40ミリの雨を予想している。\n\n【9:30】空港では、午前中の列車の運休が続いている。\n", time.Time{}, "9:30", "2026-01-24T09:30", false},
		{"the hours of the day an event is told", "港町の話題\n\n2026年11月22日\n\n来月3日には港北公園で朝市を開く。午前7時～正午。\n", time.Time{}, "午前7時", "2026-12-03T07:00", false},
		{"that day's hours, though it was a day off", "港町の話題\n\n2026年11月9日\n\n港北の図書館で8日、書架の入れ替えがあった。休館日のこの日、午前9時から作業が始まった。\n", time.Time{}, "午前9時", "2026-11-08T09:00", false},
		{"shop hours on days off are still a habit", "港町の話題\n\n2026年11月9日\n\n港北の図書館は8日に再開した。休館日は午前9時から書架を整えている。\n", time.Time{}, "午前9時", "2026-11-08T09:00", true},
		{"each entry under a marked stamp of its own is on the page's day", "灯籠流しの話題\n\n2026年8月16日 18:00\n\n■19:25\n\n片付けはあす朝から港北橋の下で行う予定です。\n\n■18:05\n\n最初の灯籠が川に浮かびました。\n", time.Time{}, "18:05", "2026-08-16T18:05", false},
		{"each entry opening on a bare clock time is on the page's day", "灯籠流しの話題\n\n2026年8月16日 18:00\n\n19:25　片付けはあす朝8時から港北橋の下で行う予定です。\n\n18:05　最初の灯籠が川に浮かびました。\n", time.Time{}, "18:05", "2026-08-16T18:05", false},
		{"a clock time in a sentence still takes the day told last", "灯籠流しの話題\n\n2026年8月16日 18:00\n\n片付けはあす行う予定です。\n\n作業は9:30に始まります。\n", time.Time{}, "9:30", "2026-08-17T09:30", false},
		{"this year's day after the habit's", "祭りの話題\n\n2025年7月10日\n\n港町の祭りは8月15日と16日に開かれる。灯籠は毎年8月16日に流しており、今年も16日午後8時半から流す。雨なら翌17日に延期する。\n", time.Time{}, "16日午後8時半", "2025-08-16T20:30", false},
		{"the day after, by its number", "祭りの話題\n\n2025年7月10日\n\n港町の祭りは8月15日と16日に開かれる。灯籠は毎年8月16日に流しており、今年も16日午後8時半から流す。雨なら翌17日に延期する。\n", time.Time{}, "17日", "2025-08-17", false},
		{"a polite plan after a relative clause in the past", "学校の話題\n\n2026年3月22日 18:00\n\n生徒2人は、4月から川を隔てた港北分校に移ります。\n", time.Time{}, "4月", "2026-04", false},
		{"a condition with と inside the clause of a past statement", "店の話題\n\n2026年2月24日 09:00\n\n港北ストアは1月から、カメラが誤りを検知すると画面に知らせる仕組みを2店舗に入れた。\n", time.Time{}, "1月", "2026-01", false},
		{"a plan reported with と after it", "店の話題\n\n2026年2月24日 09:00\n\n港北ストアは1月に新しい仕組みを導入すると発表した。\n", time.Time{}, "1月", "2027-01", false},
		{"同日 after a statement that told a later day inside it", "組合の話題\n\n2026年3月18日 16:00\n\n港北バスの労組は18日、交渉がまとまらなかったとして、20日午前6時から終日の運休に入ると発表した。会社側は同日、20日の全路線を運休すると明らかにした。\n", time.Time{}, "同日", "2026-03-18", false},
		{"同日 after a later day told as the next statement's own", "組合の話題\n\n2026年3月18日 16:00\n\n港北航空の乗員組合は18日、ストを決めた。会社側は17日、国内線の欠航を決めていた。社長は同日夜、会見した。\n", time.Time{}, "同日夜", "2026-03-17TNI", false},
		{"同日 after a glossed day that sets the scene", "外交の話題\n\n2025年10月8日\n\n両国は8日、共同声明を出した。首相は前日の7日、港の視察に臨んだ。副大臣は同日夜の式典であいさつした。\n", time.Time{}, "同日夜", "2025-10-07TNI", false},
		{"a quotation goes on from the time it told", "山の話題\n\n2025年10月26日\n\n森川隊長は「2011年12月18日の夜でした。吹雪の中、道に迷った学生を翌日未明に見つけました」と振り返った。\n", time.Time{}, "翌日未明", "2011-12-19TNI", false},
		{"the night before, named for a thing of it", "鉄道の話題\n\n2026年8月11日 21:00\n\n11日午後2時40分ごろ、港町線で列車が倒木に衝突した。木は前夜からの突風で傾いたとみられる。乗客は約1時間半後、バスで駅に運ばれた。\n", time.Time{}, "約1時間半後", "2026-08-11T16:10", false},
		{"この日 after a record of another year", "気象の話題\n\n2026年8月7日 15:45\n\n7日は内陸で気温が上がり、港町で40.8度を観測した。従来の最高は昨年8月3日の40.2度。\n\n40度を超えたのはこの日、港町など9地点だった。\n", time.Time{}, "この日", "2026-08-07", false},
		{"同 and a year repeat the era of an earlier sentence", "鉱山の話題\n\n2026年4月12日\n\n港北の工場は昭和48年に操業を止めた。\n\n跡地の公園は同55年4月に開園した。\n", time.Time{}, "同55年4月", "1980-04", false},
		{"初日 of a range told in an earlier sentence", "展示の話題\n\n2026年5月1日\n\n北浜の写真展は5月9日から25日まで開かれる。\n\n初日は作家の沢井健二さんが会場に来る。\n", time.Time{}, "初日", "2026-05-09", false},
		{"a comparison base is no event", "市場の話題\n\n2024年6月10日\n\n5月の売り上げは前年同月比で3倍に伸びた。\n", time.Time{}, "前年同月", "", false},
		{"a comparison base with its year in brackets", "市場の話題\n\n2012年4月28日\n\n2011年度は前年度（2010年度）比約3.5倍の台数を販売した。\n", time.Time{}, "前年度", "FY2010", true},
		{"a comparison base after の", "市場の話題\n\n2024年6月10日\n\n来場者は前年の実績を上回った。\n", time.Time{}, "前年", "2023", true},
		{"this year as a comparison base", "春闘の話題\n\n2024年6月10日\n\n首相は経済界に今年を上回る水準の賃上げを求めた。\n", time.Time{}, "今年", "2024", true},
		{"a day that recurs every year", "記念日の話題\n\n2024年6月10日\n\n親子の日は、母の日（5月の第2日曜日）に続く記念日だ。\n", time.Time{}, "5月の第2日曜日", "2024-05-12", true},
		{"a weekly habit", "暮らしの話題\n\n2024年6月10日\n\n返信は土日にまとめて行っている。\n", time.Time{}, "土日", "2024-W23-WE", true},
		{"one weekend stays an event", "暮らしの話題\n\n2024年6月10日\n\n返信は土日にまとめて行った。\n", time.Time{}, "土日", "2024-W23-WE", false},
		{"an action ahead in a relative clause", "手当の話題\n\n2024年5月26日\n\n6月から支給される手当だが、当初は月額2万円が検討されていた。\n", time.Time{}, "6月", "2024-06", false},
		{"an action ahead in a relative clause, with a place", "映画の話題\n\n2011年9月22日\n\n10月に全米で公開される『港の灯』で主役に抜擢されたのは新人の女優だ。\n", time.Time{}, "10月", "2011-10", false},
		{"a countdown to a holiday", "年末の話題\n\n2009年12月10日\n\nクリスマスまで、あと2週間を切りました。\n", time.Time{}, "クリスマス", "2009-12-25", false},
		{"a day the building is closed every week", "美術館の話題\n\n2012年2月21日\n\n市立美術館は駅から徒歩5分にある。\n\n休館日：火曜日\n\n入館料は500円で、高校生以下は無料だ。\n", time.Time{}, "火曜日", "2012-02-21", true},
		{"この日 after a month mentioned after the day", "催しの話題\n\n2010年7月20日\n\n19日、本店では先月から募集していた作品の表彰式が行われた。\n\nこの日、表彰された作品は30点にのぼる。\n", time.Time{}, "この日", "2010-07-19", false},
		{"a listed day before a later plan", "催しの話題\n\n2011年9月16日\n\n15日、16日は関係者向けの内覧日だったが、あすから一般客も入れる。\n", time.Time{}, "15日", "2011-09-15", false},
		{"a day set off by a comma takes the main predicate", "催しの話題\n\n2011年9月16日\n\n20日、3人の作家が登壇する予定だ。\n", time.Time{}, "20日", "2011-09-20", false},
		{"the value a report gives", "新製品の話題\n\n2011年9月16日\n\n注目は、発売日が12月17日だと告知されたばかりの新型の釣りざおだ。\n", time.Time{}, "12月17日", "2011-12-17", false},
		{"the hours of every day of a range", "催しの話題\n\n2010年3月1日\n\n展示会は3月4日〜12日 10:00〜18:00に開かれる。\n", time.Time{}, "10:00", "2010-03-12T10:00", true},
		{"a time on one day stays an event", "催しの話題\n\n2010年3月1日\n\n式典は3月4日 10:00〜11:00に開かれる。\n", time.Time{}, "3月4日 10:00", "2010-03-04T10:00", false},
		{"a holiday inside a noun dates no quotation", "年末の話題\n\n2009年10月30日\n\n“手作りクリスマス派”が増え、「今年のクリスマスはどう祝う？」という調査が行われた。\n", time.Time{}, "今年のクリスマス", "2009-12-25", false},
		{"a date set off by a comma takes its clause's last predicate", "新製品の話題\n\n2012年5月16日\n\n沢井電機は15日、秋に出す予定の冷蔵庫の説明会を開き、3機種を公開しましたが、今回はその1機種を取り上げます。\n", time.Time{}, "15日", "2012-05-15", false},
		{"a measure restated with に当たる is no plan", "大雨の話題\n\n2025年8月11日\n\n気象台によると、10日午前0時から正午までの雨量は250ミリに達し、平年の約2倍に当たる。\n", time.Time{}, "10日午前0時", "2025-08-10T00:00", false},
		{"a month and day after a full date take its year", "新製品の話題\n\n2012年2月19日\n\n港北電機は2012年2月14日、新型の掃除機を2月16日より販売すると発表した。\n", time.Time{}, "2月16日", "2012-02-16", false},
		{"a month and day across the new year from a full date", "新製品の話題\n\n2012年2月19日\n\n港北電機は2011年12月20日、新型機を1月10日に発売すると発表していた。\n", time.Time{}, "1月10日", "2012-01-10", false},
		{"recent as a kind of thing", "端末の話題\n\n2012年5月16日\n\n最近のスマートフォンは画面が大きい。\n", time.Time{}, "最近", "", false},
		{"the other day's event stays", "端末の話題\n\n2012年5月16日\n\n先日の発表会で新機種が披露された。\n", time.Time{}, "先日", "PAST_REF", false},
		{"hours before a page stamped with a time", "火災の話題\n\n2024年6月10日 15時00分\n\n港の倉庫で3時間前に火災が発生した。\n", time.Time{}, "3時間前", "2024-06-10T12:00", false},
		{"hours before a page with a day only stay a length", "火災の話題\n\n2024年6月10日\n\n港の倉庫で3時間前に火災が発生した。\n", time.Time{}, "3時間前", "PT3H", false},
		{"a day named a commemorative day", "記念日の話題\n\n2009年9月17日\n\n協会は11月11日を「ネイルの日」と定め、催しを開いている。\n", time.Time{}, "11月11日", "2009-11-11", true},
		{"a day that is an event stays one", "記念日の話題\n\n2009年9月17日\n\n協会は11月11日に「ネイルの祭典」を開く。\n", time.Time{}, "11月11日", "2009-11-11", false},
		{"a schedule line under a class of days", "新店の話題\n\n2024年6月10日\n\n駅前に雑貨店が開店した。\n\n店は年中無休で開いている。\n\n【土・日・祝】 10:00〜19:00\n\n開店記念のセールは今月末まで続く。\n", time.Time{}, "10:00", "2024-06-10T10:00", true},
		{"the end of the hours of one day", "資料館の話題\n\n2026年8月25日\n\n資料館の特別公開は9月5日午前10時から正午まで。\n", time.Time{}, "正午", "2026-09-05T12:00", false},
		{"the focus of a past cleft", "商店の話題\n\n2026年12月5日\n\n店の看板を下ろしたのは20日の朝。最後の客を見送ったのは23日の夜です。\n", time.Time{}, "23日の夜", "2026-11-23TNI", false},
		{"the focus of a cleft ahead", "商店の話題\n\n2026年12月5日\n\n新しい店を開くのは22日です。\n", time.Time{}, "22日", "2026-12-22", false},
		{"a weekday before a verb of removing", "会の話題\n\n2026年8月25日\n\n港北クラブは月曜日に、会費を払わない会員を除名した。\n", time.Time{}, "月曜日", "2026-08-24", false},
		{"the clock times of a repeating slot", "天気の話題\n\n2012年5月14日\n\n予報は1日3回【5時、11時、17時】に更新される。\n", time.Time{}, "17時", "2012-05-14T17:00", true},
		{"a weekly slot", "番組の話題\n\n2012年5月14日\n\n新番組は毎週土曜の午後2時から放送する。\n", time.Time{}, "午後2時", "2012-05-14T14:00", true},
		{"a habit inside the quoted words is not the statement's", "芸能の話題\n\n2026年11月17日\n\n女優の白川ひかりが16日、結婚を発表した。\n\n共演した俳優の沖田蓮も16日、「現場でいつも周りを明るくしてくれた人」と祝福した。\n", time.Time{}, "16日", "2026-11-16", false},
		{"this day is one day, whatever habit the sentence tells", "芸能の話題\n\n2011年10月3日\n\nバンドは2日、ライブを開いた。\n\nこの日は普段あまり見ることのできない私服姿で登場した。\n", time.Time{}, "この日", "2011-10-02", false},
		{"a habit the quoted words tell of dates them", "暮らしの話題\n\n2024年6月10日\n\n店主の岡部徹さんは「平日は6時に店を開けています」と話す。\n", time.Time{}, "6時", "2024-06-10T06:00", true},
		{"a clock time alone after a month takes the day told before", "町の話題\n\n2026年11月22日\n\n路線バスが21日、最終運行を迎えた。\n\n会社は今年3月、廃止を申し入れた。\n\n最終便は午後5時半ごろに出発した。\n", time.Time{}, "午後5時半ごろ", "2026-11-21T17:30", false},
		{"a first airing keeps its time", "番組の話題\n\n2012年5月14日\n\n新番組は毎週土曜に放送する。初回は19日午後2時からだ。\n", time.Time{}, "19日午後2時", "2012-05-19T14:00", false},
		{"a day waited for, with a past verb", "ワインの話題\n\n2009年11月11日\n\n今年もいよいよ11月の第三木曜日が近づいてきた。\n", time.Time{}, "11月の第三木曜日", "2009-11-19", false},
		{"a day with an event awaited, in a past sentence", "音楽の話題\n\n2009年11月27日\n\n12月25日にはライブを控える歌手に、冬の装いについて聞いた。\n", time.Time{}, "12月25日", "2009-12-25", false},
		{"a holiday in a clause made a topic", "雑貨の話題\n\n2009年12月7日\n\n小物が、あなただけのクリスマスを演出してくれるということは、お分かり頂けただろう。\n", time.Time{}, "クリスマス", "2009-12-25", false},
		{"a quotation after another event's day", "ラジオの話題\n\n2011年10月26日\n\n先月25日に披露宴を行った相方の岩田から祝福された北山は、「今月20日に挙式をあげました」と報告した。\n", time.Time{}, "今月20日", "2011-10-20", false},
		{"a quotation after the day of another game", "野球の話題\n\n2026年8月20日 22時41分\n\n北浜が20日、3連勝した。\n\n森下は前日の試合では無安打に終わっていただけに、「きのうの悔しさを晴らせた」と笑顔を見せた。\n", time.Time{}, "きのう", "2026-08-19", false},
		{"a quotation at a press conference of that day", "野球の話題\n\n2026年8月22日\n\n森下は20日の会見で、「きのうは眠れなかった」と語った。\n", time.Time{}, "きのう", "2026-08-19", false},
		{"a quotation in a post of that day", "ブログの話題\n\n2010年2月17日\n\n14日に更新した自身のブログでは、「昨日の練習中に転倒しました」と綴った。\n", time.Time{}, "昨日", "2010-02-13", false},
		{"a holiday that begins a noun", "菓子の話題\n\n2009年11月27日\n\nホテルの新作クリスマスケーキが店頭に並ぶ。\n", time.Time{}, "クリスマス", "2009-12-25", true},
		{"a holiday as a day", "菓子の話題\n\n2009年11月27日\n\nクリスマスに新作のケーキを売り出す。\n", time.Time{}, "クリスマス", "2009-12-25", false},
		{"a figure after より", "天気の話題\n\n2024年8月12日\n\n雨量は昨年より3割も多い。\n", time.Time{}, "昨年", "2023", true},
		{"a deadline set as a goal", "港の話題\n\n2026年11月20日\n\n市は業者に対し、25日までに回答するよう求めた。\n", time.Time{}, "25日", "2026-11-25", false},
		{"a plan spoken of in the past is read nearest", "港の話題\n\n2026年11月20日\n\n15日に予定されていた式典は中止になった。\n", time.Time{}, "15日", "2026-11-15", false},
		{"last year as a time stays an event", "市場の話題\n\n2024年6月10日\n\n同社は昨年に上場した。\n", time.Time{}, "昨年", "2023", false},
		{"a film title is no statement", "映画の話題\n\n2024年6月10日\n\n新作『明日の約束』は家族の物語だ。\n", time.Time{}, "明日", "", false},
		{"a default schedule", "端末の話題\n\n2024年6月10日\n\n自動更新（デフォルトなら午前1時〜午前5時に配信）にも対応する。\n", time.Time{}, "午前5時", "2024-06-10T05:00", true},
		{"a basic weekly schedule", "屋台の話題\n\n2024年6月10日\n\n店主によると、基本的には月曜日と木曜日に駅前で販売をしているという。\n", time.Time{}, "木曜日", "2024-06-13", true},
		{"a full stop inside the quoted words does not end the statement", "山の話題\n\n2026年10月12日 8:40\n\n沢井さんは11日午前8時ごろ、夫に「駅まで行く。昼には戻る」と告げて家を出た。\n", time.Time{}, "11日午前8時ごろ", "2026-10-11T08:00", false},
		{"an aim told in the past plans nothing ahead", "選挙の話題\n\n2026年4月20日 0:45\n\n北浜町長選は19日に投票があり、新人の川瀬ゆかり氏（52）が、3選を目指した現職の森川忠氏（70）を退けた。\n", time.Time{}, "19日", "2026-04-19", false},
		{"part of day after a day", "町の話題\n\n2024年6月10日\n\n式典は8日から始まり、昼には市長が挨拶した。\n", time.Time{}, "昼", "2024-06-08TMI", false},
		{"the day after the event a noun names, told before", "議会の話題\n\n2026年11月30日\n\n港北市議会は20日、新しい条例を可決した。市長は25日に署名した。\n\n市民団体は可決の翌日、集会を開いた。\n", time.Time{}, "翌日", "2026-11-21", false},
		{"days before the event a noun names count from its day, not the page's", "町の話題\n\n2026年11月30日\n\n港南町の倉庫で12日夜、火災が起きた。\n\n消防によると、火災の4日前に立ち入り検査があった。\n", time.Time{}, "4日前", "2026-11-08", false},
		{"words quoted count from the event they name", "学校の話題\n\n2026年11月30日\n\n港北小の運動会は24日に開かれた。\n\n26日には、保護者の1人から「運動会の翌日から足が痛い」と電話があった。\n", time.Time{}, "翌日", "2026-11-25", false},
		{"a transcript whose heads stand over the words counts from the day of the session", "港北町長の会見録\n掲載日：2026年11月27日\n日時：2026年11月25日（水）午後2時\n出席者：森川忠町長\n町長\n　港北駅前の広場が完成しました。\n記者（港南新報）\n　いつから使えますか。\n町長\n　あすから使えます。\n", time.Time{}, "あす", "2026-11-26", false},
		{"a turn of a transcript goes on from the time the turn before told", "港北漁協の会見録\n掲載日：2026年11月27日\n日時：2026年11月27日（金）午前11時\n\n桑名組合長　港北沖で今月15日の早朝、大きなマグロが揚がりました。\n\n記者　何時ごろ揚がったのですか。\n\n沢井課長　午前3時ごろに網を上げ始めました。\n", time.Time{}, "午前3時ごろ", "2026-11-15T03:00", false},
		{"words quoted in a story of yesterday were spoken yesterday", "ブログの話題\n\n2026年11月16日\n\n昨日、家族で港北の水族館に行った。\n\n飼育員さんが入り口で迎えてくれた。\n\n「今日はアシカのショーがありますよ。ぜひ見てください」\n", time.Time{}, "今日", "2026-11-15", false},
		{"words quoted after a day long past are of the page's day", "港の話題\n\n2026年11月16日\n\n港北の食堂は2011年3月11日の津波で流された。\n\n店主は「今日も店を開けています」と笑った。\n", time.Time{}, "今日", "2026-11-16", false},
		{"the first day of a run told before other times", "展覧会の話題\n\n2026年11月20日\n\n港北市の美術展が14日から17日まで市民ギャラリーで開かれた。一昨年に始まった催しの3回目だ。\n\n会場では、夕方から夜まで作家による解説もあった。\n\n実行委員長は初日の開場前、「やっと準備が整った」と語った。\n", time.Time{}, "初日", "2026-11-14", false},
		{"a date before the noun still counts as before", "店の話題\n\n2026年11月30日\n\n店は10日に開店した。開店の翌日には行列ができた。\n", time.Time{}, "翌日", "2026-11-11", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, []byte(tc.src))
			var opts []timeline.Option
			if !tc.ref.IsZero() {
				opts = append(opts, timeline.WithReference(tc.ref))
			}
			for _, morph := range []bool{false, true} {
				tl := build(t, a, append(opts, morphOption(morph))...)
				values, generic := whenOf(tl, tc.surface)
				if tc.want == "" {
					assert.Empty(t, values, "morph=%v\n%s", morph, tl)
					continue
				}
				require.NotEmpty(t, values, "no %q (morph=%v)\n%s", tc.surface, morph, tl)
				assert.Equal(t, tc.want, values[0], "morph=%v\n%s", morph, tl)
				assert.Equal(t, tc.generic, generic[0], "generic, morph=%v\n%s", morph, tl)
			}
		})
	}
}

// TestExcludedWeekdays: the kinds of day a rule leaves out (土曜日、祝日を
// 除いて, 日曜日を除く) are no one day, whatever day each resolves to.
func TestExcludedWeekdays(t *testing.T) {
	for _, tc := range []struct{ src, surface string }{
		{"予約の話題\n\n2026年8月25日\n\n予約は土曜日、祝日を除いて受け付ける。\n", "土曜日"},
		{"窓口の話題\n\n2026年8月25日\n\n窓口は日曜日を除く毎日、午後5時まで開いている。\n", "日曜日"},
	} {
		a := mustParse(t, []byte(tc.src))
		for _, morph := range []bool{false, true} {
			tl := build(t, a, morphOption(morph))
			values, generic := whenOf(tl, tc.surface)
			require.NotEmpty(t, values, "morph=%v\n%s", morph, tl)
			assert.True(t, generic[0], "morph=%v\n%s", morph, tl)
		}
	}
}

// TestComparisonBaseAnchorsNothing: a base of comparison (前年から12.3%増)
// is no time a later 前年 counts from; each counts from the year told.
func TestComparisonBaseAnchorsNothing(t *testing.T) {
	src := "市場の話題\n\n2012年2月21日\n\n北浜電機の2011年の出荷台数は2万台を超えた。前年から12.3%伸ばした。一方、港西電機は前年から4.1%減った。\n"
	a := mustParse(t, []byte(src))
	for _, morph := range []bool{false, true} {
		tl := build(t, a, morphOption(morph))
		values, generic := whenOf(tl, "前年")
		assert.Equal(t, []string{"2010", "2010"}, values, "morph=%v\n%s", morph, tl)
		assert.Equal(t, []bool{true, true}, generic, "morph=%v\n%s", morph, tl)
	}
}
