package bridgenet_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/claims"
	"github.com/flockchain/flock/testutil/bridgenet"
	"github.com/flockchain/flock/x/bridge/types"
)

// The fixture is what the relayer runs against: Base holds the chain's valset 1, and a
// deposit attested by every orchestrator (by hand here, as flock-relayer orchestrator does)
// becomes aflock on the chain.
func TestBridgeNet(t *testing.T) {
	start := time.Now()
	n := bridgenet.New(t, bridgenet.Options{})
	t.Logf("bridgenet with %d validators up in %s", len(n.Validators), time.Since(start).Round(time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain := n.Client(0, bridgenet.OrchestratorKey).Bridge

	// Base's valset is the chain's valset 1, and stays the only one
	vs, err := chain.Valset(ctx, &types.QueryValsetRequest{Nonce: 0})
	require.NoError(t, err)
	require.Equal(t, uint64(1), vs.Valset.Nonce, "the latest valset is the genesis one")
	require.Empty(t, vs.Blocked)
	onBase, err := n.Bridge.ValsetCheckpoint(baseclient.Call(ctx))
	require.NoError(t, err)
	require.Equal(t, types.HashString(onBase), vs.Valset.Checkpoint)
	require.Len(t, vs.Valset.Members, len(n.Validators))
	bs, err := chain.BaseState(ctx, &types.QueryBaseStateRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(1), bs.State.ActiveValsetNonce)
	require.Equal(t, n.Addresses.DeployBlock, bs.State.LastBaseBlock)
	params, err := chain.Params(ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	require.Equal(t, n.Addresses.Bridge.Hex(), params.Params.BridgeContract)
	locked, err := n.Token.BalanceOf(baseclient.Call(ctx), n.Addresses.Bridge)
	require.NoError(t, err)
	require.Equal(t, n.GenesisBacking.BigInt(), locked, "the genesis supply is locked in the bridge")

	// a deposit, read from Base as the oracle reads it and attested by every orchestrator
	recipient := sdk.AccAddress("bridgenet-recipient1")
	amount := app.Flock(42)
	d := n.Deposit(0, amount, recipient)
	reader, err := baseclient.NewEventReader(n.Addresses.Bridge, n.BaseClient.Eth, 1000)
	require.NoError(t, err)
	evs, err := reader.Events(ctx, bs.State.LastBaseBlock+1, d.Receipt.BlockNumber.Uint64())
	require.NoError(t, err)
	require.Len(t, evs, 1)
	claim, err := claims.FromEvent(ctx, evs[0], nil)
	require.NoError(t, err)
	for i := range n.Validators {
		_, err := n.Client(i, bridgenet.OrchestratorKey).Send(ctx, &types.MsgAttestEvents{
			Orchestrator: n.Validators[i].Orchestrator.String(), Events: []types.BaseEvent{claim},
		})
		require.NoError(t, err, "orchestrator %d", i)
	}
	require.Equal(t, amount, n.Balance(recipient), "the deposit is minted")
	bs, err = chain.BaseState(ctx, &types.QueryBaseStateRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(1), bs.State.LastEventNonce)
	require.Equal(t, d.Receipt.BlockNumber.Uint64(), bs.State.LastBaseBlock)

	// blocks later, still no second valset: the genesis one is what EndBlock builds
	vs, err = chain.Valset(ctx, &types.QueryValsetRequest{Nonce: 0})
	require.NoError(t, err)
	require.Equal(t, uint64(1), vs.Valset.Nonce)
}
