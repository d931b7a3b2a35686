package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFieldHolder(t *testing.T) {
	tests := []struct {
		name, src, title, want string
	}{
		{"a field with a full-width colon", "知事の記者会見\n会見日：2026年5月14日\n会見者：沢井健二知事\n", "知事", "沢井健二"},
		{"a space after the colon", "出席者: 森川忠市長\n", "市長", "森川忠"},
		{"the last of two fields", "前任：川瀬一郎市長\n出席者：森川忠市長\n", "市長", "森川忠"},
		{"a post in a breadcrumb is no field", "ホーム > 知事の部屋 > 記者会見\n", "知事", ""},
		{"a prefecture before the post is no name after a colon", "港北県知事の会見\n", "知事", ""},
		{"a name in kana is not read", "会見者：さわい健二知事\n", "知事", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fieldHolder(tt.src, tt.title), tt.name)
	}
}
