package cliamount

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
)

func TestToBase(t *testing.T) {
	for in, want := range map[string]string{"10": "10000000000000000000", "2.5": "2500000000000000000", "0.000000000000000001": "1", "0": "0"} {
		c, err := toBase("stake", in, "flock", "aflock", 18)
		require.NoError(t, err, in)
		require.Equal(t, want+"aflock", c.String(), in)
	}
	_, err := toBase("stake", "0.0000000000000000001", "flock", "aflock", 18)
	require.ErrorContains(t, err, "stake 0.0000000000000000001flock has 19 decimals; flock has 18")
	_, err = toBase("stake", "1.5", "aflock", "aflock", 0)
	require.ErrorContains(t, err, "has 1 decimals; aflock has 0")
}

func TestParseAmountOffline(t *testing.T) {
	offline := client.Context{}.WithOffline(true)
	c, err := Parse(offline, "stake", "42"+sdk.DefaultBondDenom)
	require.NoError(t, err)
	require.Equal(t, "42", c.Amount.String())
	_, err = Parse(offline, "stake", "10flock")
	require.ErrorContains(t, err, "needs the node's denom metadata")
	for _, bad := range []string{"", "flock", "1.flock", "-1flock", "10 flock"} {
		_, err = Parse(offline, "stake", bad)
		require.ErrorContains(t, err, "want an amount and a denom", bad)
	}
}
