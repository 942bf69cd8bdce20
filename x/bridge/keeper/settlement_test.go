package keeper_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/x/bridge/types"
)

// expectedTree is bridge/merkle's one-shot build over the leaves the chain stored for epoch.
func (h *settleHarness) expectedTree(epoch uint64) *merkle.Settlement {
	h.t.Helper()
	s := h.settlement(epoch)
	payouts := make([]merkle.Payout, s.Count)
	for i := range payouts {
		res, err := h.q.Proof(h.ctx(), &types.QueryProofRequest{Epoch: epoch, Index: uint64(i)})
		require.NoError(h.t, err)
		w := res.Proof.Leaf.Withdrawal
		payouts[i] = merkle.Payout{Account: common.HexToAddress(w.BaseRecipient), Amount: w.Amount.BigInt()}
	}
	built, err := merkle.BuildSettlement(epoch, payouts)
	require.NoError(h.t, err)
	return built
}

// verifyProofs checks every leaf's proof from the Proof query against bridge/merkle.
func (h *settleHarness) verifyProofs(epoch uint64) {
	h.t.Helper()
	s := h.settlement(epoch)
	root := common.HexToHash(s.Root)
	for i := uint64(0); i < s.Count; i++ {
		res, err := h.q.Proof(h.ctx(), &types.QueryProofRequest{Epoch: epoch, Index: i})
		require.NoError(h.t, err)
		w := res.Proof.Leaf.Withdrawal
		leaf := merkle.LeafHash(epoch, i, common.HexToAddress(w.BaseRecipient), w.Amount.BigInt())
		var proof []common.Hash
		for _, p := range res.Proof.Proof {
			proof = append(proof, common.HexToHash(p))
		}
		require.True(h.t, merkle.Verify(proof, root, leaf), "leaf %d", i)
	}
}

// A tree built over many blocks, a few leaves per block, is bridge/merkle's tree: same root,
// proofs that verify; the settlement stays BUILDING until the root is known.
func TestSettlementTreeBuiltOverBlocks(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 8, 25} {
		h := newSettleHarness(t, func(p *types.Params) { p.MaxLeavesPerBlock = 3 }, "alice", "bob")
		for i := 0; i < n; i++ {
			who := []string{"alice", "bob"}[i%2]
			h.mustWithdraw(who, baseAddr(i%5), flk(int64(1+i)))
		}
		blocks := h.untilSigning(1)
		s := h.settlement(1)
		require.Equal(t, types.SETTLEMENT_STATUS_SIGNING, s.Status)
		require.Equal(t, uint64(n), s.Count)
		require.Equal(t, flk(int64(n*(n+1)/2)).String(), s.Total.String())
		want := h.expectedTree(1)
		require.Equal(t, types.HashString(want.Root()), s.Root, "%d leaves", n)
		require.Equal(t, want.Total.String(), s.Total.BigInt().String())
		h.verifyProofs(1)
		// leaves: n looked at in ⌈n/3⌉ blocks, then n−1 pair nodes (carried ones count too)
		require.GreaterOrEqual(t, blocks, (n+2)/3, "%d leaves", n)
		require.Empty(t, h.queued())
		// the event of the block that finished it
		require.Contains(t, eventTypes(h), "flock.bridge.v1.EventSettlementReady")
	}
}

func eventTypes(h *settleHarness) []string {
	var out []string
	for _, e := range h.f.LastEvents() {
		out = append(out, e.Type)
	}
	return out
}

// Cut limits leave the rest queued for the next settlement, whose epoch follows.
func TestSettlementLimitsLeaveTheRestQueued(t *testing.T) {
	h := newSettleHarness(t, func(p *types.Params) {
		p.MaxWithdrawalsPerSettlement = 3
		p.MaxSettlementTotal = flk(100)
		p.SettlementInterval = time.Hour
	}, "alice")
	for _, a := range []int64{10, 10, 10, 10, 10} {
		h.mustWithdraw("alice", baseAddr(1), flk(a))
	}
	h.advance(time.Second)
	s := h.settlement(1)
	require.Equal(t, uint64(3), s.Count, "count cap")
	require.Len(t, h.queued(), 2)
	require.Equal(t, []uint64{4, 5}, []uint64{h.queued()[0].Id, h.queued()[1].Id})

	// the interval has not passed: nothing more is cut
	h.advance(30 * time.Minute)
	require.False(t, h.hasSettlement(2))

	// total cap: 60 + 50 > 100, so the second waits (first in, first out)
	h.mustWithdraw("alice", baseAddr(2), flk(100))
	h.advance(31 * time.Minute)
	s2 := h.settlement(2)
	require.Equal(t, uint64(2), s2.Count)
	require.Equal(t, flk(20).String(), s2.Total.String())
	require.Len(t, h.queued(), 1)
	h.advance(time.Hour)
	s3 := h.settlement(3)
	require.Equal(t, uint64(1), s3.Count)
	require.Equal(t, flk(100).String(), s3.Total.String())
	require.Empty(t, h.queued())

	// the settlements query: newest first
	res, err := h.q.Settlements(h.ctx(), &types.QuerySettlementsRequest{Pagination: &query.PageRequest{Limit: 2}})
	require.NoError(t, err)
	require.Equal(t, []uint64{3, 2}, []uint64{res.Settlements[0].Epoch, res.Settlements[1].Epoch})
	res, err = h.q.Settlements(h.ctx(), &types.QuerySettlementsRequest{Pagination: &query.PageRequest{Key: res.Pagination.NextKey}})
	require.NoError(t, err)
	require.Equal(t, uint64(1), res.Settlements[0].Epoch)
}

// A withdrawal above a cap governance lowered is skipped; it neither blocks the queue nor
// makes an empty settlement.
func TestSettlementSkipsOversized(t *testing.T) {
	h := newSettleHarness(t, nil, "alice")
	big := h.mustWithdraw("alice", baseAddr(1), flk(50))
	p := h.params()
	p.MaxSettlementTotal = flk(10)
	require.NoError(t, h.k.Params.Set(h.ctx(), p))
	h.advance(time.Second)
	require.False(t, h.hasSettlement(1), "nothing fits: no settlement")
	h.mustWithdraw("alice", baseAddr(2), flk(5))
	h.advance(time.Hour)
	s := h.settlement(1)
	require.Equal(t, uint64(1), s.Count)
	require.Equal(t, flk(5).String(), s.Total.String())
	require.Equal(t, big, h.queued()[0].Id)
	require.NoError(t, h.cancel("alice", big))
}

func TestSettlementQueries(t *testing.T) {
	h := newSettleHarness(t, nil, "alice", "bob")
	h.mustWithdraw("alice", baseAddr(1), flk(1))
	h.mustWithdraw("bob", baseAddr(2), flk(2))
	h.mustWithdraw("alice", baseAddr(1), flk(3))
	h.advance(time.Second)
	s := h.settlement(1)

	res, err := h.q.Settlement(h.ctx(), &types.QuerySettlementRequest{Epoch: 1})
	require.NoError(t, err)
	require.Equal(t, s, res.Settlement)
	require.Zero(t, res.Confirmations)
	_, err = h.q.Settlement(h.ctx(), &types.QuerySettlementRequest{Epoch: 2})
	require.ErrorContains(t, err, "no settlement of epoch 2")

	_, err = h.q.Proof(h.ctx(), &types.QueryProofRequest{Epoch: 1, Index: 3})
	require.ErrorContains(t, err, "settlement 1 has 3 leaves (indices 0 to 2), not leaf 3")

	// by account, paged
	pr, err := h.q.ProofsByAccount(h.ctx(), &types.QueryProofsByAccountRequest{BaseAddress: baseAddr(1).Hex(), Pagination: &query.PageRequest{Limit: 1}})
	require.NoError(t, err)
	require.Len(t, pr.Proofs, 1)
	require.Equal(t, uint64(0), pr.Proofs[0].Leaf.Index)
	require.Equal(t, types.SETTLEMENT_STATUS_SIGNING, pr.Proofs[0].Status)
	pr2, err := h.q.ProofsByAccount(h.ctx(), &types.QueryProofsByAccountRequest{BaseAddress: baseAddr(1).Hex(), Pagination: &query.PageRequest{Key: pr.Pagination.NextKey}})
	require.NoError(t, err)
	require.Len(t, pr2.Proofs, 1)
	require.Equal(t, uint64(2), pr2.Proofs[0].Leaf.Index)
	require.Nil(t, pr2.Pagination.NextKey)
	one, err := h.q.Proof(h.ctx(), &types.QueryProofRequest{Epoch: 1, Index: 2})
	require.NoError(t, err)
	require.Equal(t, one.Proof, pr2.Proofs[0])
	_, err = h.q.ProofsByAccount(h.ctx(), &types.QueryProofsByAccountRequest{BaseAddress: "0xnope"})
	require.ErrorContains(t, err, `"0xnope"`)
	none, err := h.q.ProofsByAccount(h.ctx(), &types.QueryProofsByAccountRequest{BaseAddress: baseAddr(7).Hex()})
	require.NoError(t, err)
	require.Empty(t, none.Proofs)
}

// landed: our root on Base. Not cancellable, nothing re-credited.
func TestSettlementLanded(t *testing.T) {
	h := newSettleHarness(t, nil, "alice")
	h.mustWithdraw("alice", baseAddr(1), flk(4))
	h.advance(time.Second)
	s := h.settlement(1)
	require.NoError(t, h.land(1, s.Root))
	s = h.settlement(1)
	require.Equal(t, types.SETTLEMENT_STATUS_LANDED, s.Status)
	require.Equal(t, uint64(100), s.LandedBaseBlock)
	bs, err := h.k.BaseState.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, uint64(1), bs.LastLandedEpoch)
	require.ErrorIs(t, h.land(1, s.Root), types.ErrInvalidClaim, "an epoch lands once")
	h.advance(time.Second)
	require.Equal(t, flk(1_000_000-4).String(), h.balance(acct("alice")).String())
}

// A settlement Base accepted that the chain never cut takes its epoch: the next cut follows.
func TestSettlementAfterForeignEpoch(t *testing.T) {
	h := newSettleHarness(t, nil, "alice")
	require.NoError(t, h.try(func(ctx sdk.Context) error {
		return h.k.SettlementLandedForTest(ctx, types.BaseEvent{EventNonce: 1}, &types.SettlementSubmittedClaim{
			Epoch: 1, Root: types.HashString(common.HexToHash("0xbad")), Total: flk(1), Count: 1})
	}))
	h.mustWithdraw("alice", baseAddr(1), flk(4))
	h.advance(time.Second)
	require.False(t, h.hasSettlement(1))
	require.Equal(t, uint64(1), h.settlement(2).Count)
}

// A veto re-credits exactly the leaves not claimed on Base, over several blocks: a withdrawal
// or reward leaf is minted back to its sender, a deposit refund queued again; a claimed leaf
// is never paid twice.
func TestVetoRecreditsUnclaimedLeavesOnly(t *testing.T) {
	h := newSettleHarness(t, func(p *types.Params) { p.MaxLeavesPerBlock = 4 }, "alice", "bob", "carol")
	names := []string{"alice", "bob", "carol"}
	amounts := map[string]math.Int{}
	for i := 0; i < 11; i++ {
		amt := flk(int64(10 + i))
		h.mustWithdraw(names[i%3], baseAddr(i), amt)
	}
	_, err := h.k.QueueDepositRefundForTest(h.ctx(), 7, baseAddr(50), flk(1000))
	require.NoError(t, err)
	h.untilSigning(1)
	s := h.settlement(1)
	require.Equal(t, uint64(12), s.Count)
	for _, n := range names {
		amounts[n] = h.balance(acct(n))
	}
	require.NoError(t, h.land(1, s.Root))
	// leaves 0, 1, 5 and 9 claimed on Base: bits 0,1,5 of byte 0 and bit 1 of byte 1
	claimedLeaves := map[uint64]bool{0: true, 1: true, 5: true, 9: true}
	paid := math.ZeroInt()
	for i := range claimedLeaves {
		paid = paid.Add(flk(int64(10 + i)))
	}
	reminted := h.backing().Reminted
	require.ErrorIs(t, h.veto(1, paid, []byte{0b0010_0011, 0b0000_0010, 0x01}), types.ErrInvalidClaim, "a bitmap longer than the leaves")
	require.ErrorIs(t, h.veto(1, paid, []byte{0b0010_0011, 0b0001_0010}), types.ErrInvalidClaim, "bit 12 of 12 leaves")
	require.NoError(t, h.veto(1, paid, []byte{0b0010_0011, 0b0000_0010}))
	require.Equal(t, types.SETTLEMENT_STATUS_VETOED, h.settlement(1).Status)

	blocks := 0
	for h.settlement(1).RecreditIndex < 12 {
		h.advance(time.Second)
		blocks++
	}
	require.Equal(t, 3, blocks, "12 leaves, 4 a block")
	want := map[string]math.Int{"alice": math.ZeroInt(), "bob": math.ZeroInt(), "carol": math.ZeroInt()}
	for i := 0; i < 11; i++ {
		if !claimedLeaves[uint64(i)] {
			n := names[i%3]
			want[n] = want[n].Add(flk(int64(10 + i)))
		}
	}
	total := math.ZeroInt()
	for _, n := range names {
		require.Equal(t, amounts[n].Add(want[n]).String(), h.balance(acct(n)).String(), n)
		total = total.Add(want[n])
	}
	require.Equal(t, reminted.Add(total).String(), h.backing().Reminted.String())
	s = h.settlement(1)
	require.Equal(t, s.Total.Sub(paid).String(), s.Recredited.String(), "re-credited = total − paid on Base")
	// the refund leaf (11) was not claimed: queued again for the next settlement
	q := h.queued()
	require.Len(t, q, 1)
	require.Equal(t, types.WITHDRAWAL_KIND_DEPOSIT_REFUND, q[0].Kind)
	require.Equal(t, baseAddr(50).Hex(), q[0].BaseRecipient)
	require.Equal(t, uint64(7), q[0].EventNonce)
	has, err := h.k.Recrediting.Has(h.ctx(), 1)
	require.NoError(t, err)
	require.False(t, has)
	// nothing more is paid however long we wait
	after := h.balance(acct("alice"))
	h.advance(time.Second)
	require.Equal(t, after.String(), h.balance(acct("alice")).String())
}

// A conflict (Base holds another root for our epoch) re-credits every leaf.
func TestConflictRecreditsAll(t *testing.T) {
	h := newSettleHarness(t, nil, "alice", "bob")
	h.mustWithdraw("alice", baseAddr(1), flk(3))
	h.mustWithdraw("bob", baseAddr(2), flk(5))
	h.advance(time.Second)
	require.NoError(t, h.land(1, types.HashString(common.HexToHash("0xf00"))))
	require.Equal(t, types.SETTLEMENT_STATUS_CONFLICTED, h.settlement(1).Status)
	// Base's guardian vetoes the foreign root later: nothing more to do
	require.NoError(t, h.veto(1, math.ZeroInt(), nil))
	require.Equal(t, types.SETTLEMENT_STATUS_CONFLICTED, h.settlement(1).Status)
	h.advance(time.Second)
	require.Equal(t, flk(1_000_000).String(), h.balance(acct("alice")).String())
	require.Equal(t, flk(1_000_000).String(), h.balance(acct("bob")).String())
	require.Equal(t, flk(8).String(), h.settlement(1).Recredited.String())
	// the next settlement is epoch 2
	h.mustWithdraw("alice", baseAddr(1), flk(3))
	h.advance(time.Hour)
	require.Equal(t, uint64(1), h.settlement(2).Count)
}

// A veto of a settlement that has not landed is refused.
func TestVetoRefusals(t *testing.T) {
	h := newSettleHarness(t, nil, "alice")
	h.mustWithdraw("alice", baseAddr(1), flk(3))
	h.advance(time.Second)
	require.ErrorIs(t, h.veto(1, math.ZeroInt(), nil), types.ErrInvalidClaim)
	require.NoError(t, h.veto(9, math.ZeroInt(), nil), "an epoch the chain never cut: nothing of ours")
}

// While a cut is spread over blocks, a withdrawal not yet taken can still be cancelled, and one
// queued meanwhile joins the settlement in id order.
func TestCutOverBlocksTakesLateWithdrawals(t *testing.T) {
	h := newSettleHarness(t, func(p *types.Params) { p.MaxLeavesPerBlock = 2 }, "alice", "bob")
	for i := 0; i < 5; i++ {
		h.mustWithdraw("alice", baseAddr(i), flk(1))
	}
	h.advance(time.Second) // takes 1 and 2
	s := h.settlement(1)
	require.Equal(t, types.SETTLEMENT_STATUS_BUILDING, s.Status)
	require.Equal(t, uint64(2), s.Count)
	require.ErrorIs(t, h.cancel("alice", 1), types.ErrAlreadyBatched)
	require.NoError(t, h.cancel("alice", 4), "not taken yet")
	late := h.mustWithdraw("bob", baseAddr(9), flk(2))
	h.untilSigning(1)
	s = h.settlement(1)
	require.Equal(t, uint64(5), s.Count)
	var got []uint64
	for i := uint64(0); i < s.Count; i++ {
		res, err := h.q.Proof(h.ctx(), &types.QueryProofRequest{Epoch: 1, Index: i})
		require.NoError(t, err)
		got = append(got, res.Proof.Leaf.Withdrawal.Id)
	}
	require.Equal(t, []uint64{1, 2, 3, 5, late}, got)
	require.Equal(t, flk(6).String(), s.Total.String())
	require.Empty(t, h.queued())
	h.verifyProofs(1)
}
