package timeline

import (
	"fmt"
	"time"

	"github.com/newsdoc/newsdoc/article"
)

// shift returns the period of the given unit ('d', 'w', 'm', 'y') that lies
// n units from the one holding d's start: the date of B in "A happened the
// day after B" is shift(A, 'd', -1). It fails when d is coarser than the
// unit (a month cannot give a day).
func shift(d article.Time, unit byte, n int) (article.Time, bool) {
	if !d.Resolved() {
		return article.Time{}, false
	}
	span := d.End.Sub(d.Start)
	t := d.Start
	y, m, day := t.Date()
	loc := t.Location()
	var start, end time.Time
	var value string
	switch unit {
	case 'd':
		if span > 25*time.Hour {
			return article.Time{}, false
		}
		start = time.Date(y, m, day+n, 0, 0, 0, 0, loc)
		end = start.AddDate(0, 0, 1)
		value = start.Format("2006-01-02")
	case 'w':
		if span > 7*24*time.Hour+time.Hour {
			return article.Time{}, false
		}
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		start = time.Date(y, m, day-wd+7*n, 0, 0, 0, 0, loc)
		end = start.AddDate(0, 0, 7)
		iy, iw := start.ISOWeek()
		value = fmt.Sprintf("%04d-W%02d", iy, iw)
	case 'm':
		if span > 31*24*time.Hour+time.Hour {
			return article.Time{}, false
		}
		start = time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, loc)
		end = start.AddDate(0, 1, 0)
		value = start.Format("2006-01")
	case 'y':
		if span > 366*24*time.Hour+time.Hour {
			return article.Time{}, false
		}
		start = time.Date(y+n, 1, 1, 0, 0, 0, 0, loc)
		end = start.AddDate(1, 0, 0)
		value = start.Format("2006")
	default:
		return article.Time{}, false
	}
	if start.Year() < 0 || start.Year() > 9999 {
		return article.Time{}, false
	}
	return article.Time{
		Type: article.TypeDate, Value: value, Start: start, End: end,
		Anchor: article.AnchorEvent, Zone: d.Zone,
	}, true
}
