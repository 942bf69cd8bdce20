package signer

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// newSigner is validator i's signer on f's chain, logging into the returned buffer.
func (f *fixture) newSigner(t *testing.T, i int) (*Signer, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	s, err := New(Config{
		Chain: f.chain, Orchestrator: f.vals[i].orch, EthKey: f.vals[i].eth,
		Log:          slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Registry:     prometheus.NewRegistry(),
		PollInterval: 10 * time.Millisecond,
		Backoff:      service.Backoff{Initial: time.Millisecond, Max: 5 * time.Millisecond},
	})
	require.NoError(t, err)
	return s, &logs
}

func (f *fixture) domain(t *testing.T) digest.Domain {
	d, err := f.chain.params.Domain()
	require.NoError(t, err)
	return d
}

// TestSignerConfirmsWhatItIsAsked: a member of the valset before valset 2 confirms valset 2
// and settlement 1 with signatures over the contract's digests of what the chain holds; the
// next pass sends nothing (stateless: read back from the chain's confirmations).
func TestSignerConfirmsWhatItIsAsked(t *testing.T) {
	f := newFixture(t)
	s, _ := f.newSigner(t, 0)
	ctx := context.Background()

	rep, err := s.Pass(ctx)
	require.NoError(t, err)
	require.Equal(t, map[string]int{"valset": 1, "settlement": 1}, rep.Sent)
	require.Len(t, f.chain.sent, 2)

	d := f.domain(t)
	vs2, err := f.chain.valsets[1].Bridge()
	require.NoError(t, err)
	vc := f.chain.vconfs[2]
	require.Len(t, vc, 1)
	sig, err := ethsig.ParseHex(vc[0].Signature)
	require.NoError(t, err)
	require.True(t, ethsig.Verify(d.Valset(vs2), sig, f.vals[0].ethAddr()), "valset 2's digest, signed by validator 0's key")

	st := f.chain.settlements[0]
	sc := f.chain.sconfs[1]
	require.Len(t, sc, 1)
	sig, err = ethsig.ParseHex(sc[0].Signature)
	require.NoError(t, err)
	require.True(t, ethsig.Verify(d.Settlement(digest.Settlement{Epoch: 1, Root: common.HexToHash(st.Root), Total: st.Total.BigInt(), Count: 3}), sig, f.vals[0].ethAddr()))

	m := s.Metrics()
	require.Equal(t, 1.0, testutil.ToFloat64(m.Sent.WithLabelValues("valset")))
	require.Equal(t, 1.0, testutil.ToFloat64(m.Sent.WithLabelValues("settlement")))
	require.Equal(t, 0.0, testutil.ToFloat64(m.Pending.WithLabelValues("settlement")))

	rep, err = s.Pass(ctx)
	require.NoError(t, err)
	require.Empty(t, rep.Sent)
	require.Len(t, f.chain.sent, 2, "nothing is confirmed twice")
}

// TestSignerRefusesForgedRoot: a settlement whose root is not the root of its leaves (or whose
// total is not their sum) is not signed; the refusal is an ERROR naming both values, counted
// once however many passes see it, and the item stays pending. Valset 2 is still confirmed.
func TestSignerRefusesForgedRoot(t *testing.T) {
	f := newFixture(t)
	honest := f.chain.settlements[0].Root
	forged := types.HashString(common.HexToHash("0xbad0000000000000000000000000000000000000000000000000000000000bad"))
	f.chain.settlements[0].Root = forged
	s, logs := f.newSigner(t, 1)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		rep, err := s.Pass(ctx)
		require.NoError(t, err)
		require.Equal(t, 1, rep.Refused["settlement"])
	}
	require.Empty(t, f.chain.sconfs[1])
	require.Len(t, f.chain.vconfs[2], 1, "the valset is confirmed all the same")
	m := s.Metrics()
	require.Equal(t, 1.0, testutil.ToFloat64(m.Refused.WithLabelValues("settlement")))
	require.Equal(t, 1.0, testutil.ToFloat64(m.Pending.WithLabelValues("settlement")))
	out := logs.String()
	require.Contains(t, out, "level=ERROR")
	require.Contains(t, out, "chain root "+forged+" != recomputed "+honest)
	require.Equal(t, 1, strings.Count(out, "level=ERROR"), "logged at ERROR once")

	// the root right but the total not the leaves' sum
	f.chain.settlements[0].Root = honest
	f.chain.settlements[0].Total = f.chain.settlements[0].Total.Add(math.OneInt())
	rep, err := s.Pass(ctx)
	require.NoError(t, err)
	require.Equal(t, 1, rep.Refused["settlement"])
	require.Contains(t, logs.String(), "chain total 24 != recomputed 23")
	require.Empty(t, f.chain.sconfs[1])
}

// TestSignerRefusesForgedValset: a valset that is not what the bonded validators and their
// registered keys make at its height — here an attacker's key in place of validator 2's, with
// a checkpoint consistent with its members — is refused, naming both checkpoints and the
// member that differs.
func TestSignerRefusesForgedValset(t *testing.T) {
	f := newFixture(t)
	honest := f.chain.valsets[1].Checkpoint
	attacker := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	cands, err := Candidates(f.chain.staking[20])
	require.NoError(t, err)
	for i := range cands {
		if cands[i].Validator == f.vals[2].val.String() {
			cands[i].Eth = attacker
		}
	}
	// built by x/bridge's own rule: sorted, normalised, checkpoint of its members; only the
	// recomputation from the chain's registered keys tells it apart
	v, err := types.BuildValset(2, cands, f.chain.staking[20].BondedTokens)
	require.NoError(t, err)
	v.Height = 20
	f.chain.valsets[1] = v

	s, logs := f.newSigner(t, 0)
	rep, err := s.Pass(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1, rep.Refused["valset"])
	require.Empty(t, f.chain.vconfs[2])
	require.Len(t, f.chain.sconfs[1], 1, "the settlement is confirmed all the same")
	require.Equal(t, 1.0, testutil.ToFloat64(s.Metrics().Refused.WithLabelValues("valset")))
	require.Contains(t, logs.String(), "chain checkpoint "+v.Checkpoint+" != recomputed "+honest)
	require.Contains(t, logs.String(), attacker.Hex())

	// a stored checkpoint that is not its members' own
	v = f.chain.valsets[1]
	f.chain.valsets[1] = f.buildValset(t, f.chain, 2, 20)
	f.chain.valsets[1].Checkpoint = v.Checkpoint
	_, err = s.Pass(context.Background())
	require.NoError(t, err)
	require.Contains(t, logs.String(), "its own members' checkpoint")
	require.Empty(t, f.chain.vconfs[2])
}

// TestSignerDuties: who is asked what, by x/bridge's rule.
func TestSignerDuties(t *testing.T) {
	f := newFixture(t)
	c := f.chain
	known := map[uint64]types.Valset{1: c.valsets[0], 2: c.valsets[1]}
	names := func(vs []types.Valset, ss []types.Settlement) (out []uint64) {
		for _, v := range vs {
			out = append(out, v.Nonce)
		}
		for _, s := range ss {
			out = append(out, 100+s.Epoch)
		}
		return out
	}
	val3 := f.vals[3].val.String() // in valset 1, not in valset 2
	require.Equal(t, []uint64{2, 101}, names(Duties(val3, c.bs, c.valsets, c.settlements, known, 2)), "a member leaving signs its successor")

	stranger := "flockvaloper1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"
	require.Empty(t, names(Duties(stranger, c.bs, c.valsets, c.settlements, known, 2)))

	vetoed := append([]types.Valset(nil), c.valsets...)
	vetoed[1].Vetoed = true
	building := append([]types.Settlement(nil), c.settlements...)
	building[0].Status = types.SETTLEMENT_STATUS_BUILDING
	require.Empty(t, names(Duties(val3, c.bs, vetoed, building, known, 2)), "vetoed valsets and unbuilt settlements are not signable")

	onBase := c.bs
	onBase.ActiveValsetNonce = 2
	require.Equal(t, []uint64{101}, names(Duties(val3, onBase, c.valsets[1:], c.settlements, known, 2)), "valset 2 active on Base: only the settlement")

	// the chain's first valset (Base holds a deploy-time valset the chain never made): its own members
	first := types.BaseState{ActiveValsetNonce: 0}
	require.Equal(t, []uint64{1, 2}, names(Duties(val3, first, c.valsets, nil, known, 2)))
	require.Equal(t, []uint64{1}, names(Duties(f.vals[3].val.String(), first, c.valsets[:1], nil, known, 1)))
}

// TestSignerSurvivesChainOutage: with the node unreachable for a while Run backs off and
// retries; when it answers again everything is confirmed; cancelling the context ends Run
// with no error. The health loop reports the outage meanwhile.
func TestSignerSurvivesChainOutage(t *testing.T) {
	f := newFixture(t)
	f.chain.down = 25
	var logs bytes.Buffer
	health := service.NewHealth()
	s, err := New(Config{
		Chain: f.chain, Orchestrator: f.vals[0].orch, EthKey: f.vals[0].eth,
		Log:    slog.New(slog.NewTextHandler(&logs, nil)),
		Health: health, PollInterval: 5 * time.Millisecond,
		Backoff: service.Backoff{Initial: time.Millisecond, Max: 4 * time.Millisecond},
	})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	require.Eventually(t, func() bool {
		f.chain.mu.Lock()
		defer f.chain.mu.Unlock()
		return len(f.chain.vconfs[2]) == 1 && len(f.chain.sconfs[1]) == 1
	}, 10*time.Second, 5*time.Millisecond)
	cancel()
	require.NoError(t, <-done)
	require.Contains(t, logs.String(), "connection refused", "the outage was logged while retrying")
	require.Equal(t, 1.0, testutil.ToFloat64(s.common.RPCUp.WithLabelValues("chain")))
	require.Greater(t, testutil.ToFloat64(s.common.Errors.WithLabelValues("chain_grpc")), 0.0)
	loops, ok := health.Status()
	require.True(t, ok)
	require.Empty(t, loops[0].LastError, "a completed pass clears the error")
}

// TestSignerNotReady: an orchestrator that is not registered, or holds another key than its
// validator registered, signs nothing and says why.
func TestSignerNotReady(t *testing.T) {
	f := newFixture(t)
	s, _ := f.newSigner(t, 0)
	o := f.chain.regs[f.vals[0].orch.String()]
	o.EthAddress = f.vals[1].ethAddr().Hex()
	f.chain.regs[f.vals[0].orch.String()] = o
	_, err := s.Pass(context.Background())
	require.ErrorContains(t, err, "is not the key validator "+o.Validator+" registered ("+o.EthAddress+")")
	delete(f.chain.regs, f.vals[0].orch.String())
	_, err = s.Pass(context.Background())
	require.ErrorContains(t, err, "is not registered on the chain")
	require.Empty(t, f.chain.sent)
}

// TestSignerChainMovedOn: a confirmation the chain refuses because it already has it, or the
// item is no longer signable, is not an error and not pending; another refusal is counted as
// tx_refused and the pass goes on.
func TestSignerChainMovedOn(t *testing.T) {
	f := newFixture(t)
	s, _ := f.newSigner(t, 0)
	f.chain.confirmErr = &chainclient.TxError{Hash: "AB", Height: 7, Codespace: types.ModuleName, Code: types.ErrNotSignable.ABCICode(), Log: "landed"}
	rep, err := s.Pass(context.Background())
	require.NoError(t, err)
	require.Equal(t, 0, rep.Pending["valset"])
	require.Equal(t, 1, rep.Sent["settlement"])

	f = newFixture(t)
	s, _ = f.newSigner(t, 0)
	f.chain.confirmErr = &chainclient.TxError{Hash: "AB", Height: 7, Codespace: "sdk", Code: 13, Log: "insufficient fee"}
	rep, err = s.Pass(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1, rep.Pending["valset"])
	require.Equal(t, 1.0, testutil.ToFloat64(s.common.Errors.WithLabelValues("tx_refused")))
	rep, err = s.Pass(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1, rep.Sent["valset"], "sent again on the next pass")
}
