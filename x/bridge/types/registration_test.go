package types_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestNewMsgRegisterOrchestrator: the message carries the key's address and its signature over
// the registration digest of this chain, validator and orchestrator (what the keeper checks),
// and passes ValidateBasic; the signature does not verify for another chain id.
func TestNewMsgRegisterOrchestrator(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	val, orch := sdk.ValAddress(make20(1)), sdk.AccAddress(make20(2))
	msg, err := types.NewMsgRegisterOrchestrator("flock-1", val, orch, key)
	require.NoError(t, err)
	require.NoError(t, msg.ValidateBasic())
	eth := crypto.PubkeyToAddress(key.PublicKey)
	require.Equal(t, eth.Hex(), msg.EthAddress)
	require.Equal(t, val.String(), msg.Validator)
	require.Equal(t, orch.String(), msg.Orchestrator)
	sig, err := ethsig.ParseHex(msg.EthSignature)
	require.NoError(t, err)
	require.True(t, ethsig.Verify(types.RegistrationDigest("flock-1", val, orch, eth), sig, eth))
	require.False(t, ethsig.Verify(types.RegistrationDigest("flock-2", val, orch, eth), sig, eth))
}

func make20(b byte) []byte {
	out := make([]byte, 20)
	for i := range out {
		out[i] = b
	}
	return out
}
