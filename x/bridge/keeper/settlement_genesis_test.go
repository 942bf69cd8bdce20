package keeper_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/keeper"
	"github.com/flockchain/flock/x/bridge/types"
)

// An export taken while one settlement is half re-credited and the next half built restarts
// into a chain that finishes both: the tree nodes and the re-crediting set are rebuilt at
// genesis, proofs still verify, the root is bridge/merkle's, and nothing is paid twice.
func TestSettlementsSurviveExportImport(t *testing.T) {
	h := newSettleHarness(t, func(p *types.Params) { p.MaxLeavesPerBlock = 3 }, "alice", "bob")
	for i := 0; i < 7; i++ {
		h.mustWithdraw([]string{"alice", "bob"}[i%2], baseAddr(i), flk(int64(1+i)))
	}
	h.untilSigning(1)
	for i := 0; i < 10; i++ {
		h.mustWithdraw("alice", baseAddr(20+i), flk(int64(10+i)))
	}
	h.advance(time.Hour)
	for i := 0; i < 3; i++ {
		h.advance(time.Second)
	}
	s2 := h.settlement(2)
	require.Equal(t, types.SETTLEMENT_STATUS_BUILDING, s2.Status)
	require.Equal(t, uint32(1), s2.BuildLevel, "leaves taken, levels under way")
	require.Equal(t, uint64(10), s2.Count)

	s1 := h.settlement(1)
	require.NoError(t, h.land(1, s1.Root))
	require.NoError(t, h.veto(1, flk(1), []byte{0b1})) // leaf 0 (alice's 1 FLOCK) claimed on Base
	aliceBefore, bobBefore := h.balance(acct("alice")), h.balance(acct("bob"))
	h.advance(time.Second)
	require.Equal(t, uint64(3), h.settlement(1).RecreditIndex, "half re-credited")

	exported, err := h.f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	r := &settleHarness{t: t, f: apptest.Restart(t, exported)}
	r.k = r.f.App.BridgeKeeper
	r.ms, r.q = keeper.NewMsgServerImpl(r.k), keeper.NewQueryServerImpl(r.k)
	r.backed()
	r.verifyProofs(1)
	for r.settlement(1).RecreditIndex < 7 || r.settlement(2).Status == types.SETTLEMENT_STATUS_BUILDING {
		r.advance(time.Second)
	}
	// leaves 1..6 re-credited (bob: 2+4+6, alice: 3+5+7), leaf 0 never
	require.Equal(t, aliceBefore.Add(flk(3+5+7)).String(), r.balance(acct("alice")).String())
	require.Equal(t, bobBefore.Add(flk(2+4+6)).String(), r.balance(acct("bob")).String())
	require.Equal(t, flk(27).String(), r.settlement(1).Recredited.String())
	s2 = r.settlement(2)
	require.Equal(t, types.SETTLEMENT_STATUS_SIGNING, s2.Status)
	require.Equal(t, types.HashString(r.expectedTree(2).Root()), s2.Root)
	r.verifyProofs(2)

	// a genesis whose leaves do not make the recorded root is refused
	again, err := r.f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	var gs types.GenesisState
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(again.AppState, &state))
	r.f.App.AppCodec().MustUnmarshalJSON(state[types.ModuleName], &gs)
	for i := range gs.Leaves {
		if gs.Leaves[i].Epoch == 1 && gs.Leaves[i].Index == 4 {
			gs.Leaves[i].Withdrawal.Amount = gs.Leaves[i].Withdrawal.Amount.AddRaw(1)
		}
	}
	ctx, _ := r.ctx().CacheContext()
	err = r.k.InitGenesis(ctx, &gs)
	require.ErrorIs(t, err, types.ErrInvalidGenesis)
	require.ErrorContains(t, err, "settlement 1: its leaves make root")
}
