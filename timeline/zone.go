package timeline

import (
	"strings"
	"sync"
	"time"

	"github.com/newsdoc/newsdoc/normalize"
)

// placeZone is a city that datelines name, with its IANA zone and its
// standard offset in hours, used when the system has no zone database.
type placeZone struct {
	zone   string
	offset int
}

// datelineZones maps the places that open wire stories (【ワシントン共同】,
// ［ロンドン　２９日　ロイター］) to their clocks: the date a wire story gives
// (28日) is the local date of the place it was filed from.
var datelineZones = map[string]placeZone{
	"東京": {"Asia/Tokyo", 9}, "大阪": {"Asia/Tokyo", 9}, "那覇": {"Asia/Tokyo", 9},
	"ワシントン": {"America/New_York", -5}, "ニューヨーク": {"America/New_York", -5},
	"ボストン": {"America/New_York", -5}, "マイアミ": {"America/New_York", -5},
	"アトランタ": {"America/New_York", -5}, "フィラデルフィア": {"America/New_York", -5},
	"オーランド": {"America/New_York", -5}, "デトロイト": {"America/Detroit", -5}, "シカゴ": {"America/Chicago", -6},
	"ダラス": {"America/Chicago", -6}, "ニューオーリンズ": {"America/Chicago", -6}, "デンバー": {"America/Denver", -7},
	"フェニックス": {"America/Phoenix", -7}, "ラスベガス": {"America/Los_Angeles", -8},
	"アンカレジ": {"America/Anchorage", -9}, "バンクーバー": {"America/Vancouver", -8},
	"ヒューストン": {"America/Chicago", -6}, "ロサンゼルス": {"America/Los_Angeles", -8},
	"サンフランシスコ": {"America/Los_Angeles", -8}, "シリコンバレー": {"America/Los_Angeles", -8},
	"シアトル": {"America/Los_Angeles", -8}, "ホノルル": {"Pacific/Honolulu", -10},
	"オタワ": {"America/Toronto", -5}, "トロント": {"America/Toronto", -5},
	"メキシコ市": {"America/Mexico_City", -6}, "サンパウロ": {"America/Sao_Paulo", -3},
	"ロンドン": {"Europe/London", 0}, "パリ": {"Europe/Paris", 1}, "ベルリン": {"Europe/Berlin", 1},
	"ブリュッセル": {"Europe/Brussels", 1}, "ジュネーブ": {"Europe/Zurich", 1},
	"ローマ": {"Europe/Rome", 1}, "ウィーン": {"Europe/Vienna", 1}, "ハーグ": {"Europe/Amsterdam", 1},
	"キーウ": {"Europe/Kyiv", 2}, "キエフ": {"Europe/Kyiv", 2}, "モスクワ": {"Europe/Moscow", 3},
	"イスタンブール": {"Europe/Istanbul", 3}, "エルサレム": {"Asia/Jerusalem", 2},
	"カイロ": {"Africa/Cairo", 2}, "テヘラン": {"Asia/Tehran", 3}, "ドバイ": {"Asia/Dubai", 4},
	"ニューデリー": {"Asia/Kolkata", 5}, "バンコク": {"Asia/Bangkok", 7},
	"ハノイ": {"Asia/Bangkok", 7}, "ジャカルタ": {"Asia/Jakarta", 7},
	"シンガポール": {"Asia/Singapore", 8}, "北京": {"Asia/Shanghai", 8}, "上海": {"Asia/Shanghai", 8},
	"香港": {"Asia/Hong_Kong", 8}, "台北": {"Asia/Taipei", 8}, "マニラ": {"Asia/Manila", 8},
	"ソウル": {"Asia/Seoul", 9}, "平壌": {"Asia/Pyongyang", 9}, "シドニー": {"Australia/Sydney", 10},
}

var zoneCache sync.Map // zone name → *time.Location

func loadZone(pz placeZone) *time.Location {
	if l, ok := zoneCache.Load(pz.zone); ok {
		return l.(*time.Location)
	}
	l, err := time.LoadLocation(pz.zone)
	if err != nil {
		l = time.FixedZone(pz.zone, pz.offset*3600)
	}
	zoneCache.Store(pz.zone, l)
	return l
}

// japan is Japan time, the default clock of Japanese news.
func japan() *time.Location { return normalize.Japan() }

// stateZones maps the states of the United States to the clock most of
// each keeps, for datelines that name a state and a town (フロリダ州…): the
// town need not be known.
var stateZones = map[string]placeZone{
	"フロリダ州": {"America/New_York", -5}, "ジョージア州": {"America/New_York", -5}, "ニューヨーク州": {"America/New_York", -5},
	"ニュージャージー州": {"America/New_York", -5}, "ペンシルベニア州": {"America/New_York", -5},
	"マサチューセッツ州": {"America/New_York", -5}, "バージニア州": {"America/New_York", -5},
	"メリーランド州": {"America/New_York", -5}, "ノースカロライナ州": {"America/New_York", -5},
	"サウスカロライナ州": {"America/New_York", -5}, "オハイオ州": {"America/New_York", -5},
	"ミシガン州": {"America/Detroit", -5}, "コネティカット州": {"America/New_York", -5},
	"イリノイ州": {"America/Chicago", -6}, "テキサス州": {"America/Chicago", -6}, "ミネソタ州": {"America/Chicago", -6},
	"ウィスコンシン州": {"America/Chicago", -6}, "ミズーリ州": {"America/Chicago", -6}, "ルイジアナ州": {"America/Chicago", -6},
	"テネシー州": {"America/Chicago", -6}, "アイオワ州": {"America/Chicago", -6},
	"コロラド州": {"America/Denver", -7}, "ユタ州": {"America/Denver", -7}, "アリゾナ州": {"America/Phoenix", -7},
	"カリフォルニア州": {"America/Los_Angeles", -8}, "ワシントン州": {"America/Los_Angeles", -8},
	"オレゴン州": {"America/Los_Angeles", -8}, "ネバダ州": {"America/Los_Angeles", -8},
	"アラスカ州": {"America/Anchorage", -9}, "ハワイ州": {"Pacific/Honolulu", -10},
}

// datelineLocation returns the clock of a dateline place, or nil when the
// place is not known: a city of datelineZones, or a place that opens with
// the name of a US state (フロリダ州の町).
func datelineLocation(place string) *time.Location {
	place = strings.TrimSpace(place)
	if pz, ok := datelineZones[place]; ok {
		return loadZone(pz)
	}
	for name, pz := range stateZones {
		if strings.HasPrefix(place, name) {
			return loadZone(pz)
		}
	}
	best := ""
	for name := range datelineZones {
		if strings.HasPrefix(place, name) && len(name) > len(best) {
			best = name
		}
	}
	if best == "" {
		return nil
	}
	return loadZone(datelineZones[best])
}

// sameClock reports whether a and b give the same offset at t (or now,
// for a zero t).
func sameClock(a, b *time.Location, t time.Time) bool {
	if t.IsZero() {
		t = time.Now()
	}
	_, x := t.In(a).Zone()
	_, y := t.In(b).Zone()
	return x == y
}
