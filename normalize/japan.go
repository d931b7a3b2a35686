package normalize

import "time"

// japan is Japan Standard Time as a fixed zone.
var japan = time.FixedZone("JST", 9*3600)

// Japan returns Japan Standard Time, +09:00 all year (Japan keeps no
// daylight saving time). It is the zone newsdoc reads times in when the
// text and the caller give none, and the zone of the era dates of this
// package. It is a fixed zone, so it needs no time zone database.
func Japan() *time.Location { return japan }
