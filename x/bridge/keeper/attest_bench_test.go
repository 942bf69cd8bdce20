package keeper_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/types"
)

// attestChunks has validator i attest events in messages of at most 1,000 events.
func (h *attestHarness) attestChunks(i int, events []types.BaseEvent) {
	h.t.Helper()
	for len(events) > 0 {
		n := min(len(events), 1_000)
		_, err := h.k.AttestEvents(h.ctx(), h.val(i).Orchestrator, events[:n])
		require.NoError(h.t, err)
		events = events[n:]
	}
}

// BenchmarkApplyDeposits: one EndBlock apply step over 1,000 passed deposits (tally of each
// next nonce, mint, send, ledger, attestation status, events).
func BenchmarkApplyDeposits(b *testing.B) {
	const queued = 1_000
	h := newAttestHarness(b, apptest.Bonds(5, 5, 5, 5), func(p *types.Params) {
		p.MaxEventsPerAttestation = 1_000
		p.MaxAppliedPerBlock = 1 // while voting: leave them queued
	})
	h.registerAll()
	events := deposits(1, queued+3, user("alice"))
	for i := 0; i < 3; i++ {
		h.attestChunks(i, events)
	}
	require.EqualValues(b, 2, h.baseState().LastEventNonce, "one applied per attestation message of the third voter")
	// commit (EndBlock applies one more), so the store is read as a node's is: an uncommitted
	// IAVL tree sorts its pending writes on every iterator
	h.advance(0)
	require.EqualValues(b, 3, h.baseState().LastEventNonce)
	p := h.params()
	p.MaxAppliedPerBlock = queued
	h.setParams(p)
	ctx := h.ctx()
	for b.Loop() {
		cache, _ := ctx.CacheContext()
		if err := h.k.ApplyAttestedForTest(cache, p); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	cache, _ := ctx.CacheContext()
	require.NoError(b, h.k.ApplyAttestedForTest(cache, p))
	bs, err := h.k.BaseState.Get(cache)
	require.NoError(b, err)
	require.EqualValues(b, queued+3, bs.LastEventNonce)
	require.Equal(b, app.Flock(queued+3), h.f.App.BankKeeper.GetBalance(cache, user("alice"), app.BondDenom).Amount)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/queued, "ns/deposit")
}

// BenchmarkTally: the cost of one attestation (a vote and the tally of the next nonce) and of
// the EndBlock tally, with 10 or 10,000 attestations stored for later nonces: only the next
// nonce is tallied, so the cost does not grow with what is stored.
func BenchmarkTally(b *testing.B) {
	for _, stored := range []int{10, 10_000} {
		h := newAttestHarness(b, apptest.Bonds(5, 5, 5, 5), func(p *types.Params) { p.MaxEventsPerAttestation = 1_000 })
		h.registerAll()
		events := deposits(1, stored, user("bob"))
		h.attestChunks(0, events) // one of four: nothing passes
		n, err := h.k.Attestations.Iterate(h.ctx(), nil)
		require.NoError(b, err)
		keys, err := n.Keys()
		require.NoError(b, err)
		require.Len(b, keys, stored)
		h.advance(0) // commit: an uncommitted IAVL tree sorts its pending writes on every iterator
		ctx, p := h.ctx(), h.params()
		b.Run(fmt.Sprintf("attest/stored=%d", stored), func(b *testing.B) {
			for b.Loop() {
				cache, _ := ctx.CacheContext()
				if _, err := h.k.AttestEvents(cache, h.val(1).Orchestrator, events[:1]); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("endblock/stored=%d", stored), func(b *testing.B) {
			for b.Loop() {
				cache, _ := ctx.CacheContext()
				if err := h.k.ApplyAttestedForTest(cache, p); err != nil {
					b.Fatal(err)
				}
			}
		})
		// the baseline a tally over every stored attestation would pay (Gravity's EndBlock walk)
		b.Run(fmt.Sprintf("walk-all-baseline/stored=%d", stored), func(b *testing.B) {
			for b.Loop() {
				n := 0
				if err := h.k.Attestations.Walk(ctx, nil, func(_ collections.Pair[uint64, []byte], _ types.Attestation) (bool, error) {
					n++
					return false, nil
				}); err != nil || n != stored {
					b.Fatal(err, n)
				}
			}
		})
		require.Zero(b, h.baseState().LastEventNonce)
	}
}
