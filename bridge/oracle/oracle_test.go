package oracle

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/x/bridge/types"
)

// syncBuffer is a log sink the loop and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type harness struct {
	t     *testing.T
	chain *fakeChain
	base  *fakeBase
	logs  *syncBuffer
	m     *Metrics
	cfg   Config
}

func newHarness(t *testing.T, deployBlock uint64) *harness {
	h := &harness{t: t, chain: newFakeChain(deployBlock), base: &fakeBase{head: deployBlock}, logs: &syncBuffer{}}
	reg := prometheus.NewRegistry()
	h.m = NewMetrics(reg, service.NewCommon(reg))
	h.cfg = Config{Chain: h.chain, Base: h.base, Log: slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Metrics: h.m, MaxBlockRange: 10, PollInterval: 5 * time.Millisecond,
		Backoff: service.Backoff{Initial: time.Millisecond, Max: 5 * time.Millisecond}}
	return h
}

// oracle is a fresh process: no cursor, finality detected.
func (h *harness) oracle() *Oracle {
	h.t.Helper()
	o, err := New(h.cfg)
	require.NoError(h.t, err)
	require.NoError(h.t, o.detectFinality(context.Background()))
	return o
}

// passes runs passes until one reaches the safe block.
func (h *harness) catchUp(o *Oracle) {
	h.t.Helper()
	for i := 0; i < 100; i++ {
		caughtUp, err := o.Pass(context.Background())
		require.NoError(h.t, err)
		if caughtUp {
			return
		}
	}
	h.t.Fatal("no pass reached the safe block in 100 passes")
}

func seq(from, to uint64) []uint64 {
	var out []uint64
	for n := from; n <= to; n++ {
		out = append(out, n)
	}
	return out
}

// Events are attested once each, in nonce order, several per transaction but never more
// than the chain's max_events_per_attestation nor --max-events-per-tx; only up to the
// finalized block.
func TestAttestsFinalizedEventsInOrderInBatches(t *testing.T) {
	h := newHarness(t, 100)
	for i := uint64(0); i < 25; i++ {
		h.base.deposit(101 + i/3) // three per block, blocks 101..109
	}
	h.base.deposit(150) // not final
	h.base.setFinalized(140)
	h.chain.maxEvents = 10
	o := h.oracle()
	h.catchUp(o)

	require.Equal(t, seq(1, 25), h.chain.nonces())
	require.Len(t, h.chain.txs, 3)
	require.Len(t, h.chain.txs[0], 10)
	require.Equal(t, float64(25), testutil.ToFloat64(h.m.EventsAttested))
	require.Equal(t, float64(3), testutil.ToFloat64(h.m.AttestTxs))
	require.Equal(t, float64(140), testutil.ToFloat64(h.m.BaseSafeBlock))
	require.Equal(t, float64(150), testutil.ToFloat64(h.m.BaseLatestBlock))
	require.Equal(t, float64(25), testutil.ToFloat64(h.m.BaseEventNonce))
	require.Equal(t, float64(140), testutil.ToFloat64(h.m.BaseLastObservedBlock))
	for _, r := range h.base.reads {
		require.LessOrEqual(t, r[1], uint64(140), "never reads past the finalized block")
	}

	// the chain's limit, then a lower --max-events-per-tx
	h.chain.maxEvents = 4
	h.base.setFinalized(150)
	for i := 0; i < 9; i++ {
		h.base.deposit(151)
	}
	h.base.setFinalized(160)
	h.catchUp(o)
	require.Equal(t, seq(1, 35), h.chain.nonces())
	for _, tx := range h.chain.txs[3:] {
		require.LessOrEqual(t, len(tx), 4)
	}

	h.cfg.MaxEventsPerTx = 2
	o = h.oracle()
	for i := 0; i < 3; i++ {
		h.base.deposit(161)
	}
	h.base.setFinalized(170)
	before := len(h.chain.txs)
	h.catchUp(o)
	require.Equal(t, seq(1, 38), h.chain.nonces())
	require.Len(t, h.chain.txs[before:], 2)
}

// A new process (after kill -9) resumes from what the chain says: the last applied event's
// block, skipping what this orchestrator attested already; nothing twice, nothing skipped.
func TestRestartResumesFromTheChain(t *testing.T) {
	h := newHarness(t, 10)
	for b := uint64(11); b <= 30; b++ {
		h.base.deposit(b)
	}
	h.base.setFinalized(30)
	h.chain.maxEvents = 4
	// the orchestrator died after its second transaction
	o := h.oracle()
	_, _ = o.Pass(context.Background()) // a pass reads 10 blocks (MaxBlockRange 10 × 10 / fake): attests all of them
	h.chain.mu.Lock()
	h.chain.own, h.chain.attested, h.chain.txs = 8, h.chain.attested[:8], h.chain.txs[:2]
	h.chain.applied, h.chain.lastBlock = 8, 18
	h.chain.mu.Unlock()

	h.base.reads = nil
	o = h.oracle() // restarted: no memory
	h.catchUp(o)
	require.Equal(t, seq(1, 20), h.chain.nonces())
	require.Equal(t, uint64(18), h.base.reads[0][0], "resumes at the last applied event's block")

	// ahead of the chain (the others lag): still from the chain's last applied block, skipping its own
	h.chain.mu.Lock()
	h.chain.applied, h.chain.lastBlock = 12, 22
	h.chain.mu.Unlock()
	h.base.deposit(31)
	h.base.setFinalized(31)
	h.base.reads = nil
	o = h.oracle()
	h.catchUp(o)
	require.Equal(t, seq(1, 21), h.chain.nonces())
	require.Equal(t, uint64(22), h.base.reads[0][0])
}

// An orchestrator behind the chain (down while the others attested) must still attest from
// its own next nonce: it finds that event's block in the chain's records, or, when pruned,
// by reading Base backwards.
func TestBehindTheChainFindsItsNextEvent(t *testing.T) {
	h := newHarness(t, 0)
	for b := uint64(1); b <= 60; b++ {
		h.base.deposit(b * 10) // one event every 10 blocks: 10..600
	}
	h.base.setFinalized(600)
	h.cfg.BlocksPerPass = 1000
	h.chain.own, h.chain.applied, h.chain.lastBlock = 5, 50, 500
	for n := uint64(6); n <= 50; n++ {
		h.chain.records[n] = n * 10
	}
	o := h.oracle()
	h.catchUp(o)
	require.Equal(t, seq(6, 60), h.chain.nonces())
	require.Equal(t, uint64(60), h.base.reads[0][0], "starts at event 6's block from the chain's record")

	// pruned records: read backwards from the last applied block, one range at a time
	h2 := newHarness(t, 0)
	for b := uint64(1); b <= 60; b++ {
		h2.base.deposit(b * 10)
	}
	h2.base.setFinalized(600)
	h2.cfg.MaxBlockRange, h2.cfg.BlocksPerPass = 100, 1000
	h2.chain.own, h2.chain.applied, h2.chain.lastBlock = 5, 50, 500
	o = h2.oracle()
	h2.catchUp(o)
	require.Equal(t, seq(6, 60), h2.chain.nonces())
	require.Equal(t, [][2]uint64{{401, 500}, {301, 400}, {201, 300}, {101, 200}, {1, 100}}, h2.base.reads[:5])
	require.Contains(t, h2.logs.String(), "looking for it on Base, backwards")
}

// A batch the chain cannot take in one transaction is split, down to one event; it is never
// sent again as it was (althea #362). One event that fits nowhere fails the pass, named.
func TestBatchTooLargeIsSplit(t *testing.T) {
	h := newHarness(t, 1)
	for i := 0; i < 20; i++ {
		h.base.deposit(2)
	}
	h.base.setFinalized(2)
	h.chain.maxPerTx = 3
	o := h.oracle()
	h.catchUp(o)
	require.Equal(t, seq(1, 20), h.chain.nonces())
	for _, tx := range h.chain.txs {
		require.LessOrEqual(t, len(tx), 3)
	}
	// 20 → 10 → 5 → 2: three splits, then batches of two
	require.Equal(t, float64(3), testutil.ToFloat64(h.m.BatchSplits))

	h.base.deposit(3)
	h.base.setFinalized(3)
	h.chain.refuse = ErrBatchTooLarge // not even one event fits
	_, err := o.Pass(context.Background())
	require.ErrorIs(t, err, ErrBatchTooLarge)
	require.ErrorContains(t, err, "events 21 to 21")
	require.Equal(t, float64(1), testutil.ToFloat64(h.m.Errors.WithLabelValues("tx_too_large")))
}

// The size bound: events whose encoding exceeds MaxTxBytes go in several transactions.
func TestBatchBoundedByBytes(t *testing.T) {
	h := newHarness(t, 1)
	for i := 0; i < 10; i++ {
		h.base.deposit(2)
	}
	h.base.setFinalized(2)
	h.cfg.MaxTxBytes = 600 // a deposit claim encodes in ~190 bytes: three per transaction
	o := h.oracle()
	h.catchUp(o)
	require.Equal(t, seq(1, 10), h.chain.nonces())
	require.Greater(t, len(h.chain.txs), 3)
	for _, tx := range h.chain.txs {
		size := 0
		for _, ev := range tx {
			size += ev.Size() + 8
		}
		require.LessOrEqual(t, size, 600)
	}
}

// A resume point past the next event (the node or the chain's records are wrong) yields
// events that do not start at the next nonce: nothing is sent (crypto-org #119), the
// error names both nonces.
func TestGapIsNeverSent(t *testing.T) {
	h := newHarness(t, 1)
	for b := uint64(2); b <= 6; b++ {
		h.base.deposit(b)
	}
	h.base.setFinalized(6)
	h.chain.own, h.chain.applied, h.chain.lastBlock = 1, 1, 4 // wrong: event 2 is in block 3
	o := h.oracle()
	_, err := o.Pass(context.Background())
	require.ErrorContains(t, err, "start at event nonce 3 (block 4), but the next to attest is 2")
	require.Empty(t, h.chain.nonces())
	require.Equal(t, float64(1), testutil.ToFloat64(h.m.Errors.WithLabelValues("gap")))
}

// On a node without the finalized tag, the oracle reads up to head − confirmations, and says
// so at start.
func TestConfirmationsWithoutFinalizedTag(t *testing.T) {
	h := newHarness(t, 1)
	h.base.noTag = true
	h.cfg.Confirmations = 5
	for b := uint64(2); b <= 10; b++ {
		h.base.deposit(b)
	}
	o := h.oracle()
	h.catchUp(o)
	require.Equal(t, seq(1, 4), h.chain.nonces(), "head 10 − 5 confirmations: blocks up to 5")
	require.Contains(t, h.logs.String(), "no finalized tag: reading up to head - confirmations")
	require.Contains(t, h.logs.String(), "confirmations=5")

	h2 := newHarness(t, 1)
	h2.base.setFinalized(1)
	h2.oracle()
	require.Contains(t, h2.logs.String(), "reading Base up to its finalized block")
}

// Outages of either node and refusals by the chain never end the loop: it backs off,
// counts them by kind, and attests everything once the nodes answer.
func TestRunSurvivesOutagesAndRefusals(t *testing.T) {
	h := newHarness(t, 1)
	for b := uint64(2); b <= 21; b++ {
		h.base.deposit(b)
	}
	h.base.setFinalized(21)
	h.base.down = 7
	h.chain.down = 5
	h.chain.refuse = refusal(types.ErrValidatorNotBonded, "validator flockvaloper1… is jailed")
	health := service.NewHealth()
	h.cfg.Health = health

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, h.cfg) }()

	require.Eventually(t, func() bool {
		return strings.Contains(h.logs.String(), "the chain refused the attestation")
	}, 5*time.Second, time.Millisecond)
	h.chain.mu.Lock()
	h.chain.refuse = nil
	h.chain.mu.Unlock()
	require.Eventually(t, func() bool { return len(h.chain.nonces()) == 20 }, 5*time.Second, time.Millisecond)
	cancel()
	require.ErrorIs(t, <-done, context.Canceled)

	require.Equal(t, seq(1, 20), h.chain.nonces())
	require.GreaterOrEqual(t, testutil.ToFloat64(h.m.Errors.WithLabelValues("base_rpc")), float64(1))
	require.GreaterOrEqual(t, testutil.ToFloat64(h.m.Errors.WithLabelValues("chain_grpc")), float64(1))
	require.GreaterOrEqual(t, testutil.ToFloat64(h.m.Errors.WithLabelValues("tx_refused")), float64(1))
	require.Equal(t, float64(1), testutil.ToFloat64(h.m.RPCUp.WithLabelValues("base")))
	require.Equal(t, float64(1), testutil.ToFloat64(h.m.RPCUp.WithLabelValues("chain")))
	logs := h.logs.String()
	require.Contains(t, logs, "first_nonce=1")
	require.Contains(t, logs, "is jailed")
	loops, ok := health.Status()
	require.True(t, ok)
	require.Equal(t, "oracle", loops[0].Loop)
}

// A nonce refused as out of order (another process attests with the same key) is not
// retried from memory: the next pass reads the chain's nonce again and goes on from there.
func TestOutOfOrderRefusalRereadsTheChain(t *testing.T) {
	h := newHarness(t, 1)
	for b := uint64(2); b <= 11; b++ {
		h.base.deposit(b)
	}
	h.base.setFinalized(6)
	o := h.oracle()
	h.catchUp(o)
	require.Equal(t, seq(1, 5), h.chain.nonces())

	// behind its back, events 6 and 7 were attested (a second process with the same key)
	h.chain.mu.Lock()
	h.chain.own = 7
	h.chain.mu.Unlock()
	h.base.setFinalized(11)
	h.catchUp(o)
	require.Equal(t, []uint64{1, 2, 3, 4, 5, 8, 9, 10}, h.chain.nonces())

	// and a refusal raised by the chain while the oracle thought otherwise
	h.chain.mu.Lock()
	h.chain.refuse = refusal(types.ErrNonceOutOfOrder, "event 11: expected nonce 12")
	h.chain.mu.Unlock()
	h.base.deposit(12)
	h.base.setFinalized(12)
	_, err := o.Pass(context.Background())
	require.ErrorIs(t, err, types.ErrNonceOutOfOrder)
	require.False(t, o.cursor.set, "the next pass starts from the chain's view")
}
