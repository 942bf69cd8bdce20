package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/types"
)

// records counts the stored attestations and votes by nonce.
func (h *attestHarness) records() map[uint64]int {
	h.t.Helper()
	out := map[uint64]int{}
	require.NoError(h.t, h.k.Attestations.Walk(h.ctx(), nil, func(key collections.Pair[uint64, []byte], _ types.Attestation) (bool, error) {
		out[key.K1()]++
		return false, nil
	}))
	require.NoError(h.t, h.k.Votes.Walk(h.ctx(), nil, func(key collections.Triple[uint64, []byte, sdk.ValAddress]) (bool, error) {
		out[key.K1()]++
		return false, nil
	}))
	return out
}

func total(m map[uint64]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// TestPruneBounded: attestations and votes more than attestation_retention nonces behind the
// last applied one are deleted, oldest first, at most max_pruned_per_block records (a nonce
// looked at counts one) per block; recent ones and failed events stay.
func TestPruneBounded(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), func(p *types.Params) {
		p.AttestationRetention = 2
		p.MaxPrunedPerBlock = 3
	})
	h.registerAll()
	events := deposits(1, 6, user("alice"))
	events[0] = depositEvent(1, "not-an-address", events[0].Claim.(*types.BaseEvent_Deposit).Deposit.Amount) // refunded: a failed event
	passAll(h, events...)
	require.EqualValues(t, 6, h.baseState().LastEventNonce)
	before := h.records()
	require.Equal(t, 30, total(before), "6 nonces × (4 votes + 1 attestation)")

	var pruned []*types.EventAttestationsPruned
	prev := before
	for block := 0; block < 20; block++ {
		h.advance(time.Second)
		now := h.records()
		require.LessOrEqual(t, total(prev)-total(now), 3, "block %d pruned more than max_pruned_per_block", block)
		prev = now
		pruned = append(pruned, typedOf[types.EventAttestationsPruned](t, h.blockEvents())...)
	}
	after := h.records()
	require.Equal(t, map[uint64]int{5: 5, 6: 5}, after, "nonces 1 to 4 pruned, the last 2 kept")
	cursor, err := h.k.PruneCursor.Get(h.ctx())
	require.NoError(t, err)
	require.EqualValues(t, 5, cursor)
	require.NotEmpty(t, pruned)
	require.EqualValues(t, 4, pruned[len(pruned)-1].UpToNonce)
	ok, err := h.k.FailedEvents.Has(h.ctx(), 1)
	require.NoError(t, err)
	require.True(t, ok, "failed events are kept")

	// a late vote for a pruned nonce stores nothing
	res, err := h.q.Orchestrator(h.ctx(), &types.QueryOrchestratorRequest{Key: h.val(0).ValAddr.String()})
	require.NoError(t, err)
	require.EqualValues(t, 6, res.LastAttestedNonce)
	require.Empty(t, h.tallies(1))
}
