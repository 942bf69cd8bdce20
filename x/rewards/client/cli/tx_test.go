package cli

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

// The claim command carries --base-recipient into the message, whose ValidateBasic (run by
// GenerateOrBroadcastTxCLI before signing) refuses a malformed one.
func TestClaimCmdBaseRecipient(t *testing.T) {
	owner := sdk.AccAddress("owner_______________").String()
	cmd := claimCmd()
	require.NotNil(t, cmd.Flags().Lookup(flagBaseRecipient))
	msg, err := claimMsg(owner, cmd)
	require.NoError(t, err)
	require.Equal(t, &types.MsgClaimRewards{Owner: owner}, msg)
	require.NoError(t, msg.ValidateBasic())

	require.NoError(t, cmd.Flags().Set(flagBaseRecipient, "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4"))
	msg, err = claimMsg(owner, cmd)
	require.NoError(t, err)
	require.Equal(t, "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", msg.BaseRecipient)
	require.NoError(t, msg.ValidateBasic())

	require.NoError(t, cmd.Flags().Set(flagBaseRecipient, "0x1234"))
	msg, err = claimMsg(owner, cmd)
	require.NoError(t, err)
	require.ErrorIs(t, msg.ValidateBasic(), types.ErrInvalidAddress)
}
