package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"testdata/bridge.txt", "testdata/festival.txt"}, &out))
	assert.Equal(t,
		"2026-05-14T17:40\t県道の橋、点検で補修必要と判明\t県は14日、川原町の県道にかかる橋で、橋脚の一部に亀裂が見つかったと発表した。\n"+
			"unknown\t夏祭り、4年ぶりに花火復活\t夏祭りの実行委員会は、今年の花火大会を8月に開くと決めた。\n",
		out.String())
}

func TestRunErrors(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, run(nil, &out))
	assert.Error(t, run([]string{"testdata/missing.txt"}, &out))
	assert.Empty(t, out.String())
}
