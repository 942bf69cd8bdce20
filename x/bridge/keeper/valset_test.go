package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/x/bridge/types"
)

// powerOf is ⌊tokens · 2^32 / bonded⌋ for whole FLOCK amounts.
func powerOf(tokens, bonded uint64) uint64 { return tokens * valset.PowerTotal / bonded }

// TestValsetFollowsBondedPower: no valset while registered keys cover 2/3 of bonded power or
// less (blocked, with the share named); the first valset once they cover more, normalised
// against the whole bonded power, sorted as the contract wants, with its confirmation deadline;
// no new valset for a power change under 5 %, a new one above.
func TestValsetFollowsBondedPower(t *testing.T) {
	h := newValsetHarness(t, 100, 200, 300, 400)
	h.block()
	require.Zero(t, h.latestNonce())
	require.Contains(t, h.blocked(), "cover 0.00 % of bonded power")
	blockedEvents := typedEvents[*types.EventValsetBlocked](t, h.f.LastEvents())
	require.Len(t, blockedEvents, 1)

	for i := range 3 {
		h.register(i, nil)
	}
	h.block()
	require.Zero(t, h.latestNonce(), "600 of 1000 is not more than 2/3")
	require.Contains(t, h.blocked(), "cover 60.00 % of bonded power")

	h.register(3, nil)
	h.block()
	require.Equal(t, uint64(1), h.latestNonce())
	require.Empty(t, h.blocked())
	created := typedEvents[*types.EventValsetCreated](t, h.f.LastEvents())
	require.Len(t, created, 1)
	vs := h.valset(1)
	require.Equal(t, types.EventValsetCreated{Nonce: 1, Checkpoint: vs.Checkpoint, Members: 4}, *created[0])
	unblocked := typedEvents[*types.EventValsetBlocked](t, h.f.LastEvents())
	require.Len(t, unblocked, 1)
	require.Empty(t, unblocked[0].Reason)

	bvs, err := vs.Bridge()
	require.NoError(t, err)
	require.NoError(t, bvs.Validate(), "a valset Base accepts")
	require.Equal(t, types.HashString(bvs.Checkpoint()), vs.Checkpoint)
	for _, i := range []int{0, 1, 2, 3} {
		pos := bvs.Index(h.val(i).EthAddress)
		require.GreaterOrEqual(t, pos, 0)
		require.Equal(t, h.val(i).ValAddr.String(), vs.Members[pos].Validator)
		require.Equal(t, powerOf(uint64(100*(i+1)), 1000), vs.Members[pos].Power)
	}
	require.Equal(t, h.ctx().BlockHeight(), vs.Height)

	// its deadline: the first valset is confirmed by its own members
	var deadlines []types.ConfirmDeadline
	require.NoError(t, h.k.Deadlines.Walk(h.ctx(), nil, func(_ collections.Triple[int64, int32, uint64], d types.ConfirmDeadline) (bool, error) {
		deadlines = append(deadlines, d)
		return false, nil
	}))
	require.Equal(t, []types.ConfirmDeadline{{Deadline: vs.Time.Add(h.params().ConfirmWindow), Kind: types.CONFIRM_KIND_VALSET, Id: 1, Signers: 1}}, deadlines)

	h.block()
	require.Equal(t, uint64(1), h.latestNonce(), "nothing changed")

	// +20 FLOCK to validator 0: Σ|Δ| ≈ 3.5 % of 2^32, under 5 %
	h.delegate(0, 20)
	h.block()
	require.Equal(t, uint64(1), h.latestNonce(), "a change under the threshold")

	// +30 more: Σ|Δ| against valset 1 ≈ 8.6 %
	h.delegate(0, 30)
	h.block()
	require.Equal(t, uint64(2), h.latestNonce())
	vs2 := h.valset(2)
	bvs2, err := vs2.Bridge()
	require.NoError(t, err)
	require.Equal(t, powerOf(150, 1050), vs2.Members[bvs2.Index(h.val(0).EthAddress)].Power)
	require.Equal(t, powerOf(400, 1050), vs2.Members[bvs2.Index(h.val(3).EthAddress)].Power)
	require.NoError(t, bvs2.Validate())

	// queries: newest first, the latest with nonce 0
	res, err := h.q.Valsets(h.ctx(), &types.QueryValsetsRequest{})
	require.NoError(t, err)
	require.Equal(t, []uint64{2, 1}, []uint64{res.Valsets[0].Nonce, res.Valsets[1].Nonce})
	res, err = h.q.Valsets(h.ctx(), &types.QueryValsetsRequest{Pagination: &query.PageRequest{Limit: 1}})
	require.NoError(t, err)
	require.Len(t, res.Valsets, 1)
	require.Equal(t, uint64(2), res.Valsets[0].Nonce)
	one, err := h.q.Valset(h.ctx(), &types.QueryValsetRequest{})
	require.NoError(t, err)
	require.Equal(t, vs2, one.Valset)
	one, err = h.q.Valset(h.ctx(), &types.QueryValsetRequest{Nonce: 1})
	require.NoError(t, err)
	require.Equal(t, vs, one.Valset)
	_, err = h.q.Valset(h.ctx(), &types.QueryValsetRequest{Nonce: 3})
	require.ErrorContains(t, err, "valset 3")
}

// TestValsetBlockedRotationAndVeto: an unregistered validator's growth blocks the valset (the
// query and event say why, once); registering it unblocks; a key rotation makes a new valset
// with the new key; a veto of the chain's valset on Base makes a new one, a veto of a valset
// the chain never made does not.
func TestValsetBlockedRotationAndVeto(t *testing.T) {
	h := newValsetHarness(t, 100, 100, 100, 100)
	for i := range 3 {
		h.register(i, nil)
	}
	h.block()
	require.Equal(t, uint64(1), h.latestNonce(), "300 of 400 is more than 2/3")
	require.Len(t, h.valset(1).Members, 3)

	h.delegate(3, 60) // 300 of 460: 65.2 %
	h.block()
	require.Equal(t, uint64(1), h.latestNonce())
	reason := h.blocked()
	require.Contains(t, reason, "cover 65.21 % of bonded power")
	ev := typedEvents[*types.EventValsetBlocked](t, h.f.LastEvents())
	require.Len(t, ev, 1)
	require.Equal(t, reason, ev[0].Reason)
	latest, err := h.q.Valset(h.ctx(), &types.QueryValsetRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(1), latest.Valset.Nonce, "the last valset is still served, with the reason")
	require.Equal(t, reason, latest.Blocked)
	h.block()
	require.Empty(t, typedEvents[*types.EventValsetBlocked](t, h.f.LastEvents()), "the event is for a change only")

	h.register(3, nil)
	h.block()
	require.Equal(t, uint64(2), h.latestNonce())
	require.Empty(t, h.blocked())
	require.Len(t, h.valset(2).Members, 4)

	// rotation: validator 2 registers a new key
	newKey := newEthKey(t, "rotated 2")
	h.register(2, newKey)
	h.block()
	require.Equal(t, uint64(3), h.latestNonce(), "a key rotation makes a new valset")
	bvs3, err := h.valset(3).Bridge()
	require.NoError(t, err)
	require.Equal(t, -1, bvs3.Index(h.val(2).EthAddress), "the old key left")
	require.GreaterOrEqual(t, bvs3.Index(addrOf(newKey)), 0, "the new key joined")

	// a veto of a valset the chain never made changes nothing
	require.NoError(t, h.k.ValsetVetoedForTest(h.ctx(), &types.ValsetVetoedClaim{ValsetNonce: 3, Checkpoint: types.HashString([32]byte{1})}))
	h.block()
	require.Equal(t, uint64(3), h.latestNonce())
	// a veto of the chain's valset 3: the same members again, under nonce 4
	require.NoError(t, h.k.ValsetVetoedForTest(h.ctx(), &types.ValsetVetoedClaim{ValsetNonce: 3, Checkpoint: h.valset(3).Checkpoint}))
	require.True(t, h.valset(3).Vetoed)
	h.block()
	require.Equal(t, uint64(4), h.latestNonce())
	require.Equal(t, h.valset(3).Members, h.valset(4).Members)
	require.NotEqual(t, h.valset(3).Checkpoint, h.valset(4).Checkpoint)
	h.advance(time.Hour)
	require.Equal(t, uint64(4), h.latestNonce())
}

// TestValsetNonceAboveBase: the chain's first valset has a nonce above every nonce Base has
// seen, so the contract (which wants new.nonce > active nonce) takes it.
func TestValsetNonceAboveBase(t *testing.T) {
	h := newValsetHarness(t, 100, 100, 100)
	ctx := h.ctx()
	bs, err := h.k.BaseState.Get(ctx)
	require.NoError(t, err)
	bs.ActiveValsetNonce, bs.PendingValsetNonce = 5, 9
	require.NoError(t, h.k.BaseState.Set(ctx, bs))
	for i := range 3 {
		h.register(i, nil)
	}
	h.block()
	require.Equal(t, uint64(10), h.latestNonce())
}

// TestNoValsetWhileUnconfigured: with no bridge contract in the params nothing can be signed,
// so no valset (and no deadline) is made.
func TestNoValsetWhileUnconfigured(t *testing.T) {
	h := newValsetHarness(t, 100, 100, 100)
	for i := range 3 {
		h.register(i, nil)
	}
	h.setParams(func(p *types.Params) { p.BaseChainId, p.BridgeContract, p.BridgeId = 0, "", "" })
	h.block()
	require.Zero(t, h.latestNonce())
	it, err := h.k.Deadlines.Iterate(h.ctx(), nil)
	require.NoError(t, err)
	defer it.Close()
	require.False(t, it.Valid(), "no deadline")
}
