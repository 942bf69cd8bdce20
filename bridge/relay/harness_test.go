package relay

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/testutil/basetest"
)

// harness is a bridge on the devchain with a fake chain in front of it.
type harness struct {
	t     *testing.T
	env   *basetest.Env
	chain *fakeChain
	ctx   context.Context
}

func newHarness(t *testing.T, o basetest.Options) *harness {
	env := basetest.New(t, o)
	return &harness{t: t, env: env, chain: newFakeChain(env), ctx: context.Background()}
}

// relayerKey is the dev key of relayer i (prefunded with ETH, distinct from the deployer,
// guardian and the users basetest drives).
func relayerKey(i int) *ecdsa.PrivateKey { return devchain.DevKey(7 - i) }

// relayer is a relayer with key sending through eth (the devchain's client if nil).
func (h *harness) relayer(key *ecdsa.PrivateKey, eth Eth, mod func(*Config)) *Relayer {
	if eth == nil {
		eth = h.mining()
	}
	cfg := Config{Chain: h.chain, Eth: eth, ChainID: new(big.Int).SetUint64(h.env.Chain.ChainID()), Bridge: h.env.BridgeAddr,
		Key: key, TxTimeout: 5 * time.Second, PollInterval: 20 * time.Millisecond,
		Backoff: service.Backoff{Initial: 10 * time.Millisecond, Max: 50 * time.Millisecond}, Log: testLog()}
	if mod != nil {
		mod(&cfg)
	}
	r, err := New(cfg)
	require.NoError(h.t, err)
	return r
}

func testLog() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// mining is the devchain's client that seals a block after each transaction sent.
func (h *harness) mining() *testEth {
	return &testEth{Eth: h.env.Chain.Client(), chain: h.env.Chain, mine: true}
}

// testEth wraps the devchain's client: it can seal a block after each transaction, and run a
// hook after a transaction is handed to the node or before a gas estimation.
type testEth struct {
	Eth
	chain  *devchain.Chain
	mine   bool
	mu     sync.Mutex
	sent   []*ethtypes.Transaction
	onSend func(tx *ethtypes.Transaction)
}

func (e *testEth) SendTransaction(ctx context.Context, tx *ethtypes.Transaction) error {
	if err := e.Eth.SendTransaction(ctx, tx); err != nil {
		return err
	}
	e.mu.Lock()
	e.sent = append(e.sent, tx)
	hook := e.onSend
	e.mu.Unlock()
	if hook != nil {
		hook(tx)
	}
	if e.mine {
		e.chain.Commit()
	}
	return nil
}

func (e *testEth) sentTxs() []*ethtypes.Transaction {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]*ethtypes.Transaction(nil), e.sent...)
}

// base reads the bridge's state.
func (h *harness) base() BaseState {
	caller, err := bindings.NewFlockBridgeCaller(h.env.BridgeAddr, h.env.Chain.Client())
	require.NoError(h.t, err)
	st, err := readBase(h.ctx, h.env.Chain.Client(), caller)
	require.NoError(h.t, err)
	return st
}

// payees are n fresh Base accounts paid 10, 20, 30... FLOCK.
func payees(tag string, n int) []merkle.Payout {
	out := make([]merkle.Payout, n)
	for i := range out {
		out[i] = merkle.Payout{Account: crypto.PubkeyToAddress(basetestKey(tag, i).PublicKey), Amount: basetest.Flock(int64(10 * (i + 1)))}
	}
	return out
}

func basetestKey(tag string, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(tag), big.NewInt(int64(i)).Bytes()))
	if err != nil {
		panic(err)
	}
	return k
}

// count is a submissions_total value.
func count(r *Relayer, kind, result string) int {
	return int(testutil.ToFloat64(r.m.Submissions.WithLabelValues(kind, result)))
}

// nonceOf is account's mined nonce.
func (h *harness) nonceOf(a common.Address) uint64 {
	n, err := h.env.Chain.Client().NonceAt(h.ctx, a, nil)
	require.NoError(h.t, err)
	return n
}
