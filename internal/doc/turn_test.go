package doc

import "testing"

func TestTurn(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"北浜町長：今日は一点ご報告があります。", true},
		{"記者（港南日報）：明日の式典には出ますか。", true},
		{"沢井:はい、出席します。", true},
		{"場所：役場2階会議室", false},                            // a field: no sentence
		{"10:30 役場で式典を開いた。", false},                      // a clock time
		{"町長は、次のように述べた：工事は終わった。", false},                 // a comma in the head
		{"北浜町役場の第二会議室で開かれた臨時の町議会全員協議会：議案は可決された。", false}, // head too long
		{"町長：", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := Turn(tt.s); got != tt.want {
			t.Errorf("Turn(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
