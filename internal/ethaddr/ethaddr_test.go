package ethaddr

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	a, err := Parse("0x00000000000000000000000000000000000000aB")
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress("0xab"), a)
	for in, says := range map[string]string{
		"":     `"": want "0x" followed by 40 hex digits`,
		"0x12": `"0x12": want "0x"`,
		"0x" + "zz00000000000000000000000000000000000000": "not hex",
		"0x0000000000000000000000000000000000000000":      "is the zero address",
	} {
		_, err := Parse(in)
		require.ErrorContains(t, err, says, in)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("0x00000000000000000000000000000000000000aB")
	f.Add("0x0000000000000000000000000000000000000000")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err == nil {
			require.NotEqual(t, common.Address{}, a)
			back, err := Parse(a.Hex())
			require.NoError(t, err)
			require.Equal(t, a, back, "the canonical form reads back")
		}
	})
}
