package types_test

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

func TestMsgClaimRewardsValidateBasic(t *testing.T) {
	owner := sdk.AccAddress("owner_______________").String()
	for _, tc := range []struct {
		name, owner, to, err string
	}{
		{"to the account", owner, "", ""},
		{"to Base", owner, "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", ""},
		{"to Base, lower case", owner, "0x5b38da6a701c568545dcfcb03fcb875f56beddc4", ""},
		{"bad owner", "flock1xyz", "", `owner "flock1xyz"`},
		{"no 0x", owner, "5B38Da6a701c568545dCfcB03FcB875f56beddC4", `want "0x" followed by 40 hex digits`},
		{"short", owner, "0x5B38", `base_recipient "0x5B38"`},
		{"not hex", owner, "0x5B38Da6a701c568545dCfcB03FcB875f56beddCZ", "not hex"},
		{"zero", owner, "0x0000000000000000000000000000000000000000", "zero address"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := (&types.MsgClaimRewards{Owner: tc.owner, BaseRecipient: tc.to}).ValidateBasic()
			if tc.err == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, types.ErrInvalidAddress)
			require.ErrorContains(t, err, tc.err)
		})
	}
}

// CheckBaseAddress accepts exactly the non-zero "0x" + 40-hex-digit strings.
func FuzzCheckBaseAddress(f *testing.F) {
	for _, s := range []string{"0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", "0x0000000000000000000000000000000000000000", "0x", "",
		"0X5B38Da6a701c568545dCfcB03FcB875f56beddC4", "0x5B38Da6a701c568545dCfcB03FcB875f56beddC", "0x+B38Da6a701c568545dCfcB03FcB875f56beddC4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := types.CheckBaseAddress("base_recipient", s)
		_, hexErr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
		want := len(s) == 42 && strings.HasPrefix(s, "0x") && hexErr == nil && common.HexToAddress(s) != (common.Address{})
		require.Equal(t, want, err == nil, "%q: %v", s, err)
	})
}
