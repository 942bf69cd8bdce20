package main

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/testutil/bridgenet"
	"github.com/flockchain/flock/x/bridge/types"
)

// BenchmarkBridgeDeposits measures the deposit path end to end on a 4-validator bridgenet with
// 1 s chain blocks and four `flock-relayer orchestrator` processes: Base deposits → finalized
// → attested → aflock minted. One iteration is one whole measurement; run it with
//
//	go test -run '^$' -bench BridgeDeposits -benchtime 1x ./cmd/flock-relayer
//
// latency/poll=P: the orchestrators polling Base every P (500ms is the default), 200
// deposits in 20 Base blocks of 10, each block finalized on its own; for each deposit, the
// chain blocks from the one current when its Base block became finalized to the one that
// minted it (1 = the next block).
//
// throughput/events-per-tx=E: the orchestrators (default poll) restarted with
// --max-events-per-tx E, then D deposits finalized at once; deposits per second and per
// chain block until the last is minted.
func BenchmarkBridgeDeposits(b *testing.B) {
	e := newBridgeEnv(b, bridgenet.Options{BlockTime: time.Second})
	restart := func(extra ...string) {
		for i := range e.n.Validators {
			if e.orch[i] != nil {
				require.NoError(e.t, e.orch[i].stop(10*time.Second))
			}
			e.startOrchestrator(i, append([]string{"--log-level", "info"}, extra...)...)
		}
		for i := range e.n.Validators {
			e.waitRunning(i)
		}
	}
	for _, poll := range []string{"1s", "500ms", "250ms"} {
		b.Run("latency/poll="+poll, func(b *testing.B) {
			e.t = b
			restart("--poll-interval", poll)
			e.latency(b)
		})
	}
	for _, c := range []struct{ perTx, deposits int }{{1, 20}, {10, 200}, {50, 200}, {100, 200}} {
		b.Run(fmt.Sprintf("throughput/events-per-tx=%d", c.perTx), func(b *testing.B) {
			e.t = b
			restart("--max-events-per-tx", fmt.Sprint(c.perTx))
			e.throughput(b, c.perTx, c.deposits)
		})
	}
	e.checkDeposits()
}

// latency: 20 Base blocks of 10 deposits, each finalized on its own.
func (e *bridgeEnv) latency(b *testing.B) {
	var blocks []int64
	var secs []float64
	for round := 0; round < 20; round++ {
		e.avoidEpochBoundary()
		ds := e.depositBatch(10)
		last := ds[len(ds)-1]
		h0, err := e.n.Network.LatestHeight()
		require.NoError(b, err)
		t0 := time.Now()
		e.finalize(last.block)
		e.waitApplied(last.nonce, time.Minute)
		elapsed := time.Since(t0).Seconds()
		for _, d := range ds {
			blocks = append(blocks, e.appliedHeight(d.nonce)-h0)
			secs = append(secs, elapsed)
		}
	}
	p50, p95, worst := percentiles(blocks)
	within2 := 0
	for _, n := range blocks {
		if n <= 2 {
			within2++
		}
	}
	sort.Float64s(secs)
	b.ReportMetric(float64(p50), "p50-blocks")
	b.ReportMetric(float64(p95), "p95-blocks")
	b.ReportMetric(float64(worst), "max-blocks")
	b.ReportMetric(100*float64(within2)/float64(len(blocks)), "%≤2blocks")
	b.ReportMetric(secs[len(secs)/2], "p50-s")
	b.ReportMetric(secs[len(secs)*95/100], "p95-s")
	b.Logf("%d deposits: finalized → minted in p50 %d, p95 %d, max %d chain blocks (1 s); %d%% within 2 blocks; p50 %.2f s, p95 %.2f s",
		len(blocks), p50, p95, worst, 100*within2/len(blocks), secs[len(secs)/2], secs[len(secs)*95/100])
}

// throughput: deposits finalized at once, minted by orchestrators sending perTx events per
// attestation.
func (e *bridgeEnv) throughput(b *testing.B, perTx, deposits int) {
	e.avoidEpochBoundary()
	var last deposit
	for left := deposits; left > 0; left -= 100 {
		ds := e.depositBatch(min(left, 100))
		last = ds[len(ds)-1]
	}
	h0, err := e.n.Network.LatestHeight()
	require.NoError(b, err)
	t0 := time.Now()
	e.finalize(last.block)
	e.waitApplied(last.nonce, 5*time.Minute)
	elapsed := time.Since(t0).Seconds()
	n := e.appliedHeight(last.nonce) - h0
	b.ReportMetric(float64(deposits)/elapsed, "deposits/s")
	b.ReportMetric(float64(deposits)/float64(n), "deposits/block")
	b.ReportMetric(elapsed, "s")
	b.Logf("%d events per tx: %d deposits minted %.1f s (%d chain blocks) after finalization: %.1f deposits/s, %.1f per block",
		perTx, deposits, elapsed, n, float64(deposits)/elapsed, float64(deposits)/float64(n))
}

// avoidEpochBoundary seals a Base block if the next one would be final the moment it is
// sealed (the devchain finalizes every 32nd block), so deposits wait for finalize.
func (e *bridgeEnv) avoidEpochBoundary() {
	e.t.Helper()
	head, err := e.n.BaseClient.Eth.BlockNumber(e.ctx)
	require.NoError(e.t, err)
	if (head+1)%32 == 0 {
		e.n.Base.Commit()
	}
}

// appliedHeight is the chain block that applied event nonce.
func (e *bridgeEnv) appliedHeight(nonce uint64) int64 {
	e.t.Helper()
	res, err := e.q.Attestations(e.ctx, &types.QueryAttestationsRequest{EventNonce: nonce})
	require.NoError(e.t, err)
	for _, a := range res.Attestations {
		if a.Attestation.Status == types.ATTESTATION_STATUS_APPLIED {
			return a.Attestation.Height
		}
	}
	e.t.Fatalf("nonce %d not applied", nonce)
	return 0
}

func percentiles(xs []int64) (p50, p95, worst int64) {
	s := append([]int64(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2], s[len(s)*95/100], s[len(s)-1]
}
