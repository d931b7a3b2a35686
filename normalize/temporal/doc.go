// Package temporal finds the dates and times in Japanese text and resolves
// them against the article they come from, as TIMEX3 values
// ([article.Time]).
//
//	ref := time.Date(2025, 12, 29, 0, 0, 0, 0, jst)
//	temporal.Find("市長は28日、…", temporal.Context{Ref: ref})
//	// 28日 → 2025-12-28, anchor "document"
//
// # Spans
//
// The text is normalized first with [normalize.String] (full-width digits
// and brackets to ASCII, 〜/～ to 〜, U+3000 to a space), scanned, and every
// span is mapped back: spans are half-open UTF-8 byte offsets into the
// untouched input, and Text is the input's own surface (２８日, not 28日).
// [Resolver.Find] adds a base offset, so sentences can be scanned one by one
// with spans into the whole document.
//
// # Grammar
//
// An expression starts at a numeral (ASCII, full-width or kanji) or at a
// known word, and is read greedily:
//
//   - absolute dates: 2025年12月29日, 二〇二五年十二月二十九日, 2025/12/29,
//     2025.12.29, 2025-12-29, era dates (令和7年12月29日, 令和元年, H31.4.30;
//     numerals and eras come from package normalize), 2022年2月, 2010年,
//     1990年代 (199), 90年代, 19世紀 (18), 2025年度 (FY2025), 2025年第3四半期,
//     2025年Q3 and 2025年7〜9月期 (2025-Q3), 2025年1〜6月期 (2025-H1), 2025年4〜9月期
//     (FY2025-H1), 2025年度第3四半期 (FY2025-Q3), a quarter with no
//     year (第3四半期, Q3 → XXXX-Q3, unresolved: calendar or fiscal, the
//     words do not tell), 上半期/下期/前半 (H1, H2), seasons (2026年春 and 2026春 → 2026-SP), holidays after a year
//     (2025年の元日), era dates with separators or a letter (令和3.7.18,
//     R3年7月18日), era ranges (令和元〜3年度), an era's edge years
//     (平成最後の年 → 2019), a year of an era after it ended, as plans
//     written before the change give it (平成33年 → 2021, up to ten years
//     on), years and centuries before the common era
//     (紀元前202年 → BC0202, 紀元前3世紀 → BC02, with no interval: RFC 3339
//     cannot write them), also when counted back from the reference
//     (3000年前 → BC0975 in 2026, 1万2000年前 → BC9975), and years after
//     9999 (8000年後 → 10026, no interval either);
//   - fiscal periods named by their closing month (2026年3月期, 22年2月期):
//     the fiscal year that closes with that month, named by the year it
//     starts in (FY2025, FY2021), its interval running from the month after
//     the previous close to the end of the closing month;
//   - two-digit years: before a month (22年2月期) always; standing alone
//     (19年に, 23年度, 23〜27年度) once a full year has been written before
//     in the text or [Context.ShortYears] says the document has; never in
//     counts (20年ぶり, 13年目, 10年間, 懲役10年, 築30年, 20年にわたり);
//   - dates without a year or month: 12月28日, 28日, 12/28, 6月, a weekday
//     (水曜日), holidays (元日, 元旦, 大みそか, クリスマス, クリスマス当日,
//     クリスマスイブ, and the Japanese public holidays computed for each year:
//     成人の日, 春分の日, 秋分の日, 海の日, 敬老の日, スポーツの日 ...), and
//     seasons of holidays as the part of the month they fill, since TIMEX3
//     has no value for a run of days: お盆 → 8月中旬 (MID), 正月, 三が日,
//     松の内, 年明け → 1月上旬 (START), ゴールデンウィーク → 5月上旬 (START);
//   - deictic words against the document time: きょう, 本日, あす, 昨日,
//     一昨日, 今週, 先週, 来週, 今週末 (ISO weeks: 2025-W52, 2025-W52-WE),
//     今月, 先月, 今年, 昨年, おととし, 今年度, 今夏, 来春, 今朝, 昨夜, N日前,
//     N週間前, Nカ月前, N年前, N年後, and their refinements (今月26日, 先週金曜日,
//     来年1月20日, 今年前半, 今週6日), 明々後日, 一昨昨日, 新年 (the coming
//     year's START in December), 新年度, seasons of sport and business read
//     as calendar years (今季, 昨季, 来季, 今シーズン), 今世紀 (20), N年前の3月
//     (the month of that year), hedged counts (4年くらい前, 3日ばかり前:
//     APPROX) and halves (2年半前, 半年前, 半月後, 1週間半後, 半世紀前);
//   - anaphoric words against the time mentioned just before: 翌日, 前日,
//     同日, 当日, この日, 翌週, 翌月, 同月, 翌年, 同年, 翌年度, その2日後,
//     その翌日, その日, その年, その夏; 初日 and 最終日, the first and last
//     day of the range of days just told (or 初日, the day last told), and
//     unknown with neither; 同55年, a year of the era last written
//     (Context.Era carries it from an earlier text);
//   - a part written with の (3月の下旬, 1990年代の初め, 18世紀の終わり);
//   - fuzzy parts as a mod: 上旬/初め START, 中旬/半ば MID, 下旬/末 END,
//     頭 START (7月頭), 限り END (昨季限り), 頃/ごろ/前後 APPROX (7月前後),
//     すぎ/過ぎ AFTER (午後8時すぎ: the time is passed),
//     以降 and 以来 ON_OR_AFTER and 以前 ON_OR_BEFORE (they include their
//     date); and the
//     words 年末, 年始, 年内, 月末, 週末, 週明け, 年度末. 上旬, 中旬 and 下旬 cover
//     days 1–10, 11–20 and 21 to the month's end; a year's START, MID and END
//     are January, June–July and December; a fiscal year's are April,
//     September–October and March; 週明け is a week's START, its Monday and
//     Tuesday;
//   - times, joined with their date into one TIME value: 午後1時, 午前10時半,
//     13時45分, 23時59分59秒, PM11時10分, 正午, 夜12時 (midnight), broadcast
//     hours past midnight (25時30分 → 1:30 the next day), 18:45 after a
//     date, and parts of the day 朝/午前 (TMO),
//     昼 (TMI), 午後 (TAF), 夕方 (TEV), 夜/深夜/未明 (TNI): 本日午後1時 →
//     2025-12-29T13:00, 28日夜 → 2025-12-28TNI; a part of day alone before a
//     particle (昼には, 夕方から) takes the day mentioned before it. A zone
//     word before the
//     expression (現地時間, 日本時間, 米国時間 ...) is noted in Zone; the
//     interval is still computed in the Context's location;
//   - durations: 1時間 (PT1H), 3日間 (P3D), 2週間 (P2W), 3カ月 (P3M), 4年ぶり
//     (P4Y), 1時間半, 10分半, 1週間半, 半年, several units (1年2ヶ月10日 →
//     P1Y2M10D), decimals (1.5時間 → PT1.5H), lengths written with 日 that
//     are not dates (1日に10人, 1日半, 中5日, 1日限定,
//     2、3日の, 3日から4日掛かる), ranges of lengths (1〜2日間), vague 数日間
//     (PXD), 数週間 (PXW); 過去1週間, ここ10年
//     and この1年 are placed as the interval that ends at the document time;
//     hedges 約, 前後, ほど (APPROX), 以上 (MORE_THAN), 足らず (LESS_THAN);
//   - sets (quant EVERY): 毎週月曜日 (XXXX-WXX-1), 毎週土日 (XXXX-WXX-WE),
//     毎年 (P1Y), 毎月1日 (XXXX-XX-01), 毎日 (P1D), 毎朝, 毎秒, 1日おき (P2D),
//     隔週 (P2W); frequencies carry Freq: 年1回 (P1Y, 1X), 月2回, 週に3度,
//     3日に1回 (P3D, 1X), 毎月2回, and lengths in a period: 週40時間 (P1W,
//     freq PT40H), 年に20日, 1日6時間 (P1D, freq PT6H); lengths repeated:
//     3年ごと (P3Y), 2週間おき (P3W); 毎日10時 (XXXX-XX-XXT10:00);
//   - ranges: A から B まで, A から B にかけて, A〜B. Both ends are returned,
//     and [Scan] reports the pair as a [Range]; the end takes the year,
//     month or day its start gives when it does not write them (12月22日から
//     28日まで, 10月上旬から中旬にかけて, 午後1時から3時まで), moving forward when
//     it would fall before the start (12月28日から1月4日まで). A unit written
//     once for both ends (22〜25日, 2025年1〜3月, 13〜15時) belongs to both; the
//     start's Text is then the bare numeral (22). A list whose unit is
//     written once (1、2日に, 7・8月) gives both dates, not a range; 同
//     before a range end keeps the start's part of day (午後1時半から
//     同3時半 ends at 15:30).
//
// # Anchoring and tense
//
// A date that leaves out its year or month takes them from the reference,
// chosen by the tense of its statement: Past → the latest such date not
// after the reference, Future → the next one (the reference's own day
// included), Unknown → the nearest. A date that modifies a noun (5日の試合,
// 11月3日公開の新作) is the nearest such date, the tense deciding only
// when its choice is nearly as near (at most twice the distance plus one
// unit). A written weekday (3月5日（水）) decides among the years next to
// the reference (a dateline's stamp among six), unless no date with that
// weekday fits the tense: then the nearer of the two choices wins. A past
// predicate that reports an event decided or announced (記念展の開催が決まっ
// た) says nothing of the event's date, which is then the nearest. The caller may give the tense
// (from morphology); otherwise it is guessed for each expression from the
// words after it up to the end of its sentence: a plan or forecast stated
// there (予定だ, 方針で, 見通し, 見込み, 目指す, までに, …へ) means Future, a
// past predicate (…した。, …だったが) means Past, an ongoing state (…ている)
// leaves it Unknown, and a past relative clause alone (6月に開催された大会)
// means Past; a sentence ending in a plain non-past verb (…する。) means
// Future; 期限 or 目標 just before the date, and 来る/去る before a day, count
// too. A planned range that has already begun
// keeps its start in the past.
//
// Deictic words resolve against [Context.Ref] (anchor "document"). Anaphoric
// words resolve against the last resolved date or time (anchor "previous"),
// which is the previous expression of the same text, or the last one a
// [Resolver] saw in an earlier sentence, or [Context.Previous]; with none,
// they fall back to the reference. Deictic words inside a quotation 「…」
// that follows a dated mention in the same text resolve against that date
// (anchor "quote"): 28日の投稿で「本日午後1時…」 is 12-28 at 13:00. Without a
// reference, what only it could tell is X: XXXX-12-28, XXXX-XX-28, and the
// interval is left empty.
//
// # What is rejected
//
// Numbers that count things are not times: 20項目, 2,100機, 94発, 25億ドル,
// 90%, 4打数, 5度 (no time unit follows). Ordinals (第2次, 第3回), numerals inside longer numbers or codes (A320, 03-1234), fractions
// (3分の1), grades (高校2年, 3年生), titles of works (映画「ホワイトデー」,
// 『クリスマス』), イブ inside other words (イブニング) and counters of days (3日目, 10日分) are
// skipped. Words that only look like numerals are left to
// [normalize.NumeralAt]: 十分な, 九州, 三重県, 千葉, 一日も早く, 一日一日, 一時
// (kanji hours need 午前/午後 before them). 毎日新聞 is a newspaper; 元日本代表
// is not 元日; 今日的 and 明日香 are other words. 30分前後 is a duration (about
// 30 minutes), not a time; セレブな1日 and 1日あたり are a day's length (P1D),
// not the 1st. An issue date such as （6月21日号） is skipped: nothing is
// returned for it; so is an era date that never existed (平成31年5月1日). Hours, minutes and seconds before or after (3時間後, 30分前)
// are read against the time of day mentioned before them (午前10時に出発し、
// 3時間後に到着した → 13:00, anchor previous); without one they are not
// returned, as the document time rarely has a clock.
//
// # Concurrency and cost
//
// [Find], [Scan] and [ParseDate] are safe for concurrent use. A [Resolver]
// carries state from call to call and belongs to one goroutine. Scanning is
// linear in the input (the tense guess looks a bounded distance ahead).
// Invalid UTF-8 is scanned as U+FFFD and never panics.
package temporal
