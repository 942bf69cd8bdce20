package keeper_test

import (
	"math/big"

	"cosmossdk.io/collections"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/x/bridge/types"
)

// BenchmarkCutSettlement10k cuts a settlement of 10,000 queued withdrawals at the default
// max_leaves_per_block in real blocks (FinalizeBlock with every module's Begin/EndBlock, then
// Commit to the IAVL store): leaves taken from the queue, hashed and stored, then the tree's
// levels hashed and stored, block after block until the root is known. It reports the time of
// the EndBlock settlement step alone (mean and worst, measured on a cache of each block's
// starting state), of those whole blocks with their commit (mean and worst), of an idle block
// on the same app for comparison, the number of blocks, and the total per settlement (ns/op:
// step and blocks).
func BenchmarkCutSettlement10k(b *testing.B) {
	const n = 10_000
	var busy, worst, idle, step, worstStep time.Duration
	var blocks, idleBlocks int
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		h := newSettleHarness(b, func(p *types.Params) {
			p.MaxWithdrawalsPerSettlement = n
			p.MaxSettlementTotal = flk(1_000_000_000)
		}, "alice", "bob", "carol", "dave")
		for k := 0; k < 3; k++ { // idle blocks: nothing queued
			start := time.Now()
			h.f.Advance(b, time.Second)
			idle += time.Since(start)
			idleBlocks++
		}
		// queue the withdrawals and commit them in a block that does not cut yet
		require.NoError(b, h.k.NextSettlementAt.Set(h.ctx(), h.ctx().BlockTime().Add(time.Hour).UnixNano()))
		names := []string{"alice", "bob", "carol", "dave"}
		for k := 0; k < n; k++ {
			h.mustWithdraw(names[k%4], baseAddr(k%500), flk(int64(1+k%50)))
		}
		h.f.Advance(b, time.Second)
		require.NoError(b, h.k.NextSettlementAt.Set(h.ctx(), 0))
		b.StartTimer()
		p := h.params()
		for {
			// the settlement step alone, on a fresh cache over the committed state (what the
			// block's EndBlock will do next), then the real block
			cache, _ := h.ctx().WithBlockTime(h.ctx().BlockTime().Add(time.Second)).CacheContext()
			start := time.Now()
			require.NoError(b, h.k.AdvanceSettlementsForTest(cache, p))
			d := time.Since(start)
			step += d
			worstStep = max(worstStep, d)
			start = time.Now()
			h.f.Advance(b, time.Second)
			d = time.Since(start)
			busy += d
			worst = max(worst, d)
			blocks++
			if s, err := h.k.Settlements.Get(h.ctx(), 1); err == nil && s.Status == types.SETTLEMENT_STATUS_SIGNING {
				require.Equal(b, uint64(n), s.Count)
				break
			}
		}
		b.StopTimer()
		h.backed()
		verifyRoot(b, h)
	}
	b.ReportMetric(float64(step.Nanoseconds())/float64(blocks), "step-ns/block")
	b.ReportMetric(float64(worstStep.Nanoseconds()), "worst-step-ns/block")
	b.ReportMetric(float64(busy.Nanoseconds())/float64(blocks), "ns/block")
	b.ReportMetric(float64(worst.Nanoseconds()), "worst-ns/block")
	b.ReportMetric(float64(idle.Nanoseconds())/float64(idleBlocks), "idle-ns/block")
	b.ReportMetric(float64(blocks)/float64(b.N), "blocks")
}

// verifyRoot checks the benchmark's settlement against bridge/merkle's one-shot build.
func verifyRoot(b *testing.B, h *settleHarness) {
	s := h.settlement(1)
	payouts := make([]merkle.Payout, s.Count)
	for i := range payouts {
		l, err := h.k.Leaves.Get(h.ctx(), collections.Join(uint64(1), uint64(i)))
		require.NoError(b, err)
		payouts[i] = merkle.Payout{Account: common.HexToAddress(l.Withdrawal.BaseRecipient), Amount: l.Withdrawal.Amount.BigInt()}
	}
	want, err := merkle.BuildSettlement(1, payouts)
	require.NoError(b, err)
	require.Equal(b, types.HashString(want.Root()), s.Root)
}

// BenchmarkMerkleOneShot10k is the baseline: bridge/merkle building the same size of tree in
// memory in one go (no store).
func BenchmarkMerkleOneShot10k(b *testing.B) {
	payouts := make([]merkle.Payout, 10_000)
	for i := range payouts {
		payouts[i] = merkle.Payout{Account: common.BigToAddress(big.NewInt(int64(0x1000 + i%500))), Amount: big.NewInt(int64(1 + i%50))}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := merkle.BuildSettlement(1, payouts); err != nil {
			b.Fatal(err)
		}
	}
}
