package baseclient_test

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/testutil/basetest"
)

var flock = basetest.Flock

// tamperBackend passes reads to the devchain, records each eth_getLogs range and lets a test
// rewrite the logs a node returns.
type tamperBackend struct {
	baseclient.LogBackend
	mu     sync.Mutex
	ranges [][2]uint64
	tamper func([]types.Log) []types.Log
	noNode bool // answer no logs without asking the node
}

func (b *tamperBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.mu.Lock()
	b.ranges = append(b.ranges, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	b.mu.Unlock()
	if b.noNode {
		return nil, nil
	}
	logs, err := b.LogBackend.FilterLogs(ctx, q)
	if err == nil && b.tamper != nil {
		logs = b.tamper(logs)
	}
	return logs, err
}

func reader(t *testing.T, e *basetest.Env, backend baseclient.LogBackend, maxRange uint64) *baseclient.EventReader {
	t.Helper()
	if backend == nil {
		backend = e.Chain.Client()
	}
	r, err := baseclient.NewEventReader(e.BridgeAddr, backend, maxRange)
	require.NoError(t, err)
	return r
}

func head(t *testing.T, e *basetest.Env) uint64 {
	t.Helper()
	n, err := e.Chain.Client().BlockNumber(e.Ctx)
	require.NoError(t, err)
	return n
}

func blockTime(t *testing.T, e *basetest.Env, r *types.Receipt) uint64 {
	t.Helper()
	h, err := e.Chain.Client().HeaderByNumber(e.Ctx, r.BlockNumber)
	require.NoError(t, err)
	return h.Time
}

// metaOf is where r's only bridge log is, under event nonce n.
func metaOf(t *testing.T, e *basetest.Env, r *types.Receipt, n uint64) baseclient.EventMeta {
	t.Helper()
	var found []*types.Log
	for _, l := range r.Logs {
		if l.Address == e.BridgeAddr {
			found = append(found, l)
		}
	}
	require.Len(t, found, 1, "bridge logs in tx %s", r.TxHash)
	return baseclient.EventMeta{EventNonce: n, BlockNumber: r.BlockNumber.Uint64(), TxHash: r.TxHash, LogIndex: found[0].Index}
}

// dump prints events field by field (numbers as numbers), for comparison and readable diffs.
func dump(events []baseclient.Event) []string {
	out := make([]string, len(events))
	for i, ev := range events {
		out[i] = fmt.Sprintf("%s %+v", ev.Kind(), ev)
	}
	return out
}

func guardianOrder(e *basetest.Env, nonce uint64, g common.Address) func() (*types.Transaction, error) {
	sigs := basetest.Sign(e.Keys, e.Domain.GuardianChange(nonce, g), e.Quorum())
	return func() (*types.Transaction, error) {
		return e.Bridge.ProposeGuardianChange(e.Users[5], g, new(big.Int).SetUint64(nonce), basetest.ToBinding(e.Valset), sigs)
	}
}

func payoutsOf(n int) []merkle.Payout {
	out := make([]merkle.Payout, n)
	for i := range out {
		out[i] = merkle.Payout{Account: common.BigToAddress(big.NewInt(int64(1000 + i))), Amount: flock(int64(i + 1))}
	}
	return out
}

// Every kind of nonced event, mixed with bridge events that carry none, read back typed, in
// nonce order, with the block, transaction and log index of each: the same whether the range
// is read in one call, in calls of 3 blocks or of 1.
func TestEventReaderEveryKind(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	g, u, d := e.Guardian, e.Users[0], e.Deployer
	rcpt := flockAddr(t, "flock", 20)
	var want []baseclient.Event
	n := uint64(0)
	meta := func(r *types.Receipt) baseclient.EventMeta { n++; return metaOf(t, e, r, n) }

	e.Approve(u, flock(10))
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.Deposit(u, flock(2), rcpt) })
	want = append(want, &baseclient.DepositedEvent{EventMeta: meta(r), Sender: u.From, Recipient: rcpt, Amount: flock(2)})
	e.Approve(d, flock(100))
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.FundRewards(d, flock(100)) })
	want = append(want, &baseclient.RewardsFundedEvent{EventMeta: meta(r), Funder: d.From, Amount: flock(100)})

	s1, r := e.Settle(1, payoutsOf(3))
	want = append(want, &baseclient.SettlementSubmittedEvent{EventMeta: meta(r), Epoch: 1, Root: s1.Root(), Total: s1.Total,
		Count: big.NewInt(3), ClaimableAt: blockTime(t, e, r) + e.Delay})
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(g, big.NewInt(1)) })
	want = append(want, &baseclient.SettlementVetoedEvent{EventMeta: meta(r), Epoch: 1, Paid: big.NewInt(0)})

	proposed := func(r *types.Receipt, vs valset.Valset) baseclient.Event {
		return &baseclient.ValsetProposedEvent{EventMeta: meta(r), ValsetNonce: new(big.Int).SetUint64(vs.Nonce),
			Checkpoint: vs.Checkpoint(), Signers: vs.Signers(), Powers: powersOf(vs), ActivatesAt: blockTime(t, e, r) + e.Delay}
	}
	_, vetoed := basetest.SignerSet(4, nil, 2, "vetoed")
	r = e.ProposeValset(vetoed)
	want = append(want, proposed(r, vetoed))
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoValset(g) })
	want = append(want, &baseclient.ValsetVetoedEvent{EventMeta: meta(r), ValsetNonce: big.NewInt(2), Checkpoint: vetoed.Checkpoint()})
	keys, next := basetest.SignerSet(5, []uint64{1, 2, 3, 4, 5}, 7, "next")
	r = e.ProposeValset(next)
	want = append(want, proposed(r, next))
	e.PassDelay()
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.ActivateValset(u) })
	want = append(want, &baseclient.ValsetUpdatedEvent{EventMeta: meta(r), ValsetNonce: big.NewInt(7), Checkpoint: next.Checkpoint()})
	e.Keys, e.Valset = keys, next

	r = e.Must(guardianOrder(e, 1, u.From))
	want = append(want, &baseclient.GuardianChangeProposedEvent{EventMeta: meta(r), GuardianChangeNonce: big.NewInt(1),
		NewGuardian: u.From, ExecutableAt: blockTime(t, e, r) + e.Delay})
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoGuardianChange(g) })
	want = append(want, &baseclient.GuardianChangeVetoedEvent{EventMeta: meta(r), GuardianChangeNonce: big.NewInt(1), NewGuardian: u.From})
	r = e.Must(guardianOrder(e, 2, u.From))
	want = append(want, &baseclient.GuardianChangeProposedEvent{EventMeta: meta(r), GuardianChangeNonce: big.NewInt(2),
		NewGuardian: u.From, ExecutableAt: blockTime(t, e, r) + e.Delay})
	e.PassDelay()
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(d) })
	want = append(want, &baseclient.GuardianTransferredEvent{EventMeta: meta(r), PreviousGuardian: g.From, NewGuardian: u.From})
	// not attested: pause, unpause, a handover started, a claim
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(u) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(u) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.TransferGuardian(u, g.From) })
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.AcceptGuardian(g) })
	r12 := r.Logs[0]
	want = append(want, &baseclient.GuardianTransferredEvent{EventMeta: meta(r), PreviousGuardian: u.From, NewGuardian: g.From})
	s2, r := e.Settle(2, payoutsOf(2))
	want = append(want, &baseclient.SettlementSubmittedEvent{EventMeta: meta(r), Epoch: 2, Root: s2.Root(), Total: s2.Total,
		Count: big.NewInt(2), ClaimableAt: blockTime(t, e, r) + e.Delay})
	e.PassDelay()
	e.Must(e.ClaimFn(u, s2, 1))

	require.Len(t, want, 14)
	kinds := map[baseclient.EventKind]bool{}
	for _, ev := range want {
		kinds[ev.Kind()] = true
	}
	require.Len(t, kinds, len(baseclient.EventKinds), "every kind is covered")

	to := head(t, e)
	for _, maxRange := range []uint64{0, 3, 1} {
		got, err := reader(t, e, nil, maxRange).Events(e.Ctx, 0, to)
		require.NoError(t, err, "max range %d", maxRange)
		require.Equal(t, dump(want), dump(got), "max range %d", maxRange)
	}
	// from the middle of the sequence on
	from := want[5].Meta().BlockNumber
	got, err := reader(t, e, nil, 0).Events(e.Ctx, from, to)
	require.NoError(t, err)
	require.Equal(t, dump(want[5:]), dump(got))

	// a receipt's logs decode one by one; the constructor's initial valset carries nonce 0
	// and events without a nonce are refused
	rd := reader(t, e, nil, 0)
	ev, err := rd.Decode(*r.Logs[0])
	require.NoError(t, err)
	require.Equal(t, dump(want[13:]), dump([]baseclient.Event{ev}))
	all, err := e.Chain.Client().FilterLogs(e.Ctx, ethereum.FilterQuery{Addresses: []common.Address{e.BridgeAddr}})
	require.NoError(t, err)
	first, err := rd.Decode(all[0])
	require.NoError(t, err)
	require.Equal(t, baseclient.KindValsetProposed, first.Kind())
	require.Zero(t, first.Meta().EventNonce)
	last := all[len(all)-1] // Claimed
	_, err = rd.Decode(last)
	require.ErrorIs(t, err, baseclient.ErrNotNoncedEvent)
	require.ErrorContains(t, err, fmt.Sprintf("tx %s in block %d", last.TxHash, last.BlockNumber))
	// an event whose fields are all topics has no data: data there is malformed
	transferred := *r12
	transferred.Data = make([]byte, 32)
	_, err = rd.Decode(transferred)
	require.ErrorContains(t, err, "GuardianTransferred with 32 bytes of data, want none")
}

// powersOf is vs's powers as the reader gives them.
func powersOf(vs valset.Valset) []uint64 {
	out := make([]uint64, len(vs.Members))
	for i, m := range vs.Members {
		out[i] = m.Power
	}
	return out
}

// deposits makes n deposits, one block each, and returns their receipts.
func deposits(t *testing.T, e *basetest.Env, n int) []*types.Receipt {
	t.Helper()
	u := e.Users[0]
	e.Approve(u, flock(int64(n)))
	rcpt := flockAddr(t, "flock", 20)
	out := make([]*types.Receipt, n)
	for i := range out {
		out[i] = e.Must(func() (*types.Transaction, error) { return e.Bridge.Deposit(u, flock(1), rcpt) })
	}
	return out
}

// A range is read in calls of at most the max range, back to back, the last one ending at the
// given to and never past it; events after to are not read.
func TestEventReaderSplitsAndClamps(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	rs := deposits(t, e, 6)
	to := head(t, e)
	require.Greater(t, to, uint64(10))

	b := &tamperBackend{LogBackend: e.Chain.Client()}
	got, err := reader(t, e, b, 4).Events(e.Ctx, 1, to)
	require.NoError(t, err)
	require.Len(t, got, 6)
	var want [][2]uint64
	for start := uint64(1); start <= to; start += 4 {
		want = append(want, [2]uint64{start, min(start+3, to)})
	}
	require.Equal(t, want, b.ranges)
	for i, ev := range got {
		require.Equal(t, uint64(i+1), ev.Meta().EventNonce)
		require.Equal(t, rs[i].TxHash, ev.Meta().TxHash)
	}

	// clamped: up to the third deposit's block, in calls of 2
	b.ranges = nil
	third := rs[2].BlockNumber.Uint64()
	got, err = reader(t, e, b, 2).Events(e.Ctx, rs[0].BlockNumber.Uint64(), third)
	require.NoError(t, err)
	require.Len(t, got, 3)
	require.Equal(t, third, b.ranges[len(b.ranges)-1][1])
	for _, r := range b.ranges {
		require.LessOrEqual(t, r[1]-r[0], uint64(1))
	}
	// one block; and from > to reads nothing and asks nothing
	b.ranges = nil
	got, err = reader(t, e, b, 0).Events(e.Ctx, third, third)
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, uint64(3), got[0].Meta().EventNonce)
	b.ranges = nil
	got, err = reader(t, e, b, 0).Events(e.Ctx, third+1, third)
	require.NoError(t, err)
	require.Empty(t, got)
	require.Empty(t, b.ranges)

	// ranges up to the largest block number do not wrap around
	b.noNode = true
	_, err = reader(t, e, b, 4).Events(e.Ctx, math.MaxUint64-5, math.MaxUint64)
	require.NoError(t, err)
	require.Equal(t, [][2]uint64{{math.MaxUint64 - 5, math.MaxUint64 - 2}, {math.MaxUint64 - 1, math.MaxUint64}}, b.ranges)

	// a node error names the range
	cancelled, cancel := context.WithCancel(e.Ctx)
	cancel()
	_, err = reader(t, e, nil, 0).Events(cancelled, 1, to)
	require.ErrorIs(t, err, context.Canceled)
	require.ErrorContains(t, err, fmt.Sprintf("logs of blocks 1 to %d", to))
}

// What a node may get wrong: logs of a reorg (Removed) are skipped; a log that does not
// decode, a missing or repeated nonce, logs out of chain order, another contract's log and a
// value the contract cannot have emitted are errors naming the block and transaction.
func TestEventReaderRefusesBadLogs(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	rs := deposits(t, e, 3)
	to := head(t, e)
	from := rs[0].BlockNumber.Uint64() // after the constructor's logs
	clean, err := reader(t, e, nil, 0).Events(e.Ctx, from, to)
	require.NoError(t, err)
	require.Len(t, clean, 3)
	second := rs[1].BlockNumber.Uint64()
	where := fmt.Sprintf("tx %s in block %d", rs[1].TxHash, second)

	read := func(tamper func([]types.Log) []types.Log) ([]baseclient.Event, error) {
		return reader(t, e, &tamperBackend{LogBackend: e.Chain.Client(), tamper: tamper}, 0).Events(e.Ctx, from, to)
	}
	// each case edits a copy of the three logs (the second one: logs[1])
	edit := func(f func(logs []types.Log) []types.Log) func([]types.Log) []types.Log {
		return func(in []types.Log) []types.Log {
			require.Len(t, in, 3)
			logs := make([]types.Log, len(in))
			for i, l := range in {
				l.Topics = append([]common.Hash(nil), l.Topics...)
				l.Data = append([]byte(nil), l.Data...)
				logs[i] = l
			}
			return f(logs)
		}
	}

	got, err := read(edit(func(logs []types.Log) []types.Log {
		removed := logs[1]
		removed.Removed = true
		removed.Topics = []common.Hash{logs[1].Topics[0], common.BigToHash(big.NewInt(99)), logs[1].Topics[2]}
		return append(logs, removed)
	}))
	require.NoError(t, err, "a removed log is skipped")
	require.Equal(t, dump(clean), dump(got))

	for _, c := range []struct {
		name string
		f    func(logs []types.Log) []types.Log
		want []string
	}{
		{"truncated data", func(logs []types.Log) []types.Log { logs[1].Data = logs[1].Data[:40]; return logs }, []string{where, "Deposited"}},
		{"no data", func(logs []types.Log) []types.Log { logs[1].Data = nil; return logs }, []string{where, "Deposited without data"}},
		{"topic missing", func(logs []types.Log) []types.Log { logs[1].Topics = logs[1].Topics[:2]; return logs }, []string{where, "topic/field count mismatch"}},
		{"nonce past 64 bits", func(logs []types.Log) []types.Log {
			logs[1].Topics[1] = common.BigToHash(new(big.Int).Lsh(big.NewInt(1), 64))
			return logs
		}, []string{where, "eventNonce = 18446744073709551616 does not fit 64 bits"}},
		{"another contract", func(logs []types.Log) []types.Log { logs[1].Address = e.TokenAddr; return logs }, []string{where, "not a nonced FlockBridge event"}},
		{"a nonce left out", func(logs []types.Log) []types.Log { return append(logs[:1], logs[2]) }, []string{"event nonces jump from 1", "to 3", rs[2].TxHash.Hex()}},
		{"a nonce twice", func(logs []types.Log) []types.Log { return append(logs, logs[1]) }, []string{"event nonce 2 twice", rs[1].TxHash.Hex()}},
		{"out of chain order", func(logs []types.Log) []types.Log {
			logs[1].BlockNumber, logs[2].BlockNumber = logs[2].BlockNumber, logs[1].BlockNumber
			return logs
		}, []string{"event nonce 3", "comes before nonce 2"}},
	} {
		_, err := read(edit(c.f))
		require.Error(t, err, c.name)
		for _, w := range c.want {
			require.ErrorContains(t, err, w, c.name)
		}
	}
}

// ClaimedLeaves after some leaves of a settlement were claimed and the guardian then vetoed
// it (while paused, after the delay): exactly the claimed indices, final at the veto's block,
// and what is left is the event's total minus paid.
func TestClaimedLeavesAfterPartialClaimsAndVeto(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1_000_000))
	const count = 300 // two bitmap words
	s, _ := e.Settle(1, payoutsOf(count))
	rd := reader(t, e, nil, 0)
	before, err := rd.ClaimedLeaves(e.Ctx, 1, count, head(t, e))
	require.NoError(t, err)
	require.Empty(t, before)

	e.PassDelay()
	e.Must(e.ClaimFn(e.Users[0], s, 0))
	e.Must(e.ClaimFn(e.Users[0], s, 5))
	e.Must(e.ClaimFn(e.Users[0], s, 256))
	partial := head(t, e)
	e.Must(e.ClaimFn(e.Users[0], s, count-1))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	veto := e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(e.Guardian, big.NewInt(1)) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(e.Guardian) })
	e.Reverts("SettlementIsVetoed", e.ClaimFn(e.Users[0], s, 1))

	events, err := rd.Events(e.Ctx, veto.BlockNumber.Uint64(), veto.BlockNumber.Uint64())
	require.NoError(t, err)
	require.Len(t, events, 1)
	vetoed, ok := events[0].(*baseclient.SettlementVetoedEvent)
	require.True(t, ok, "%T", events[0])
	require.Equal(t, uint64(1), vetoed.Epoch)

	claimed, err := rd.ClaimedLeaves(e.Ctx, vetoed.Epoch, count, vetoed.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, []uint64{0, 5, 256, count - 1}, claimed)
	paid := new(big.Int)
	for _, i := range claimed {
		paid.Add(paid, s.Payouts[i].Amount)
	}
	require.Equal(t, paid.String(), vetoed.Paid.String(), "the claimed leaves are what the event says was paid")
	rest := new(big.Int)
	for i, p := range s.Payouts {
		if i != 0 && i != 5 && i != 256 && i != count-1 {
			rest.Add(rest, p.Amount)
		}
	}
	require.Equal(t, new(big.Int).Sub(s.Total, vetoed.Paid).String(), rest.String(), "the chain re-credits total − paid")

	// final: the same at the head; before the last claim, without it
	now, err := rd.ClaimedLeaves(e.Ctx, 1, count, head(t, e))
	require.NoError(t, err)
	require.Equal(t, claimed, now)
	earlier, err := rd.ClaimedLeaves(e.Ctx, 1, count, partial)
	require.NoError(t, err)
	require.Equal(t, []uint64{0, 5, 256}, earlier)
	// bits past count are not the chain's leaves; a count of 0 reads nothing
	short, err := rd.ClaimedLeaves(e.Ctx, 1, 257, vetoed.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, []uint64{0, 5, 256}, short)
	none, err := rd.ClaimedLeaves(e.Ctx, 1, 0, vetoed.BlockNumber)
	require.NoError(t, err)
	require.Empty(t, none)
	// a count past one call's 1,024 words (262,144 leaves) reads in several calls, same answer
	big, err := rd.ClaimedLeaves(e.Ctx, 1, 300_000, vetoed.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, claimed, big)
	// another epoch has nothing claimed
	other, err := rd.ClaimedLeaves(e.Ctx, 2, count, vetoed.BlockNumber)
	require.NoError(t, err)
	require.Empty(t, other)
}

// Over JSON-RPC (HTTP), through a Bridge opened like the relayer opens it.
func TestEventReaderOverHTTP(t *testing.T) {
	chain, a := deployed(t)
	path := filepath.Join(t.TempDir(), "a.json")
	require.NoError(t, a.Write(path))
	ctx := context.Background()
	b, err := baseclient.OpenBridge(ctx, baseclient.Target{RPC: chain.HTTPURL(), Addresses: path, Timeout: time.Minute}, baseclient.KeySource{Dev: true}, nil)
	require.NoError(t, err)
	defer b.Close()
	rcpt := flockAddr(t, "flock", 20)
	d, err := b.Deposit(ctx, big.NewInt(25), rcpt)
	require.NoError(t, err)
	to, err := b.Eth.BlockNumber(ctx)
	require.NoError(t, err)
	rd, err := b.EventReader(0)
	require.NoError(t, err)
	got, err := rd.Events(ctx, 0, to)
	require.NoError(t, err)
	want := &baseclient.DepositedEvent{
		EventMeta: baseclient.EventMeta{EventNonce: 1, BlockNumber: d.Receipt.BlockNumber.Uint64(), TxHash: d.Receipt.TxHash, LogIndex: d.Event.Raw.Index},
		Sender:    b.From, Recipient: rcpt, Amount: big.NewInt(25),
	}
	require.Equal(t, dump([]baseclient.Event{want}), dump(got))
}
