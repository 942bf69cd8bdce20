package relay

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/testutil/basetest"
)

// A valset change and settlements are relayed in order: the proposal and a settlement signed
// by the active valset in the first pass, the activation once the delay has passed, and the
// next settlement signed by the new valset once the chain has seen it active.
func TestRelaysValsetsAndSettlements(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(10_000))
	vs2 := h.chain.addValset(4, "valset-2")
	h.chain.addSettlement(payees("s1", 3))
	r := h.relayer(relayerKey(0), nil, nil)

	require.NoError(t, r.pass(h.ctx))
	st := h.base()
	require.Equal(t, uint64(2), st.PendingNonce, "valset 2 proposed")
	require.Equal(t, vs2.vs.Checkpoint(), st.PendingCheckpoint)
	require.Equal(t, uint64(1), st.ValsetNonce)
	require.Equal(t, uint64(1), st.LastEpoch, "settlement 1 landed, signed by the active valset 1")
	require.Equal(t, 1, count(r, KindValsetUpdate, ResultLanded))
	require.Equal(t, 1, count(r, KindSettlement, ResultLanded))

	// nothing to do during the delay: nothing sent
	nonce := h.nonceOf(r.Address())
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, nonce, h.nonceOf(r.Address()))

	h.env.PassDelay()
	require.NoError(t, r.pass(h.ctx))
	st = h.base()
	require.Equal(t, uint64(2), st.ValsetNonce, "valset 2 activated")
	require.Equal(t, uint64(0), st.PendingNonce)
	require.Equal(t, 1, count(r, KindValsetActivation, ResultLanded))

	// settlement 2: until the chain has seen valset 2 active, its list names valset 1, which
	// Base no longer takes: the relayer waits rather than sending a doomed transaction
	h.chain.addSettlement(payees("s2", 2))
	nonce = h.nonceOf(r.Address())
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, nonce, h.nonceOf(r.Address()), "nothing sent against a stale valset")
	require.Equal(t, uint64(1), h.base().LastEpoch)
	h.chain.sync(h.env)
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(2), h.base().LastEpoch, "settlement 2 landed, signed by valset 2")
	require.Equal(t, 2, count(r, KindSettlement, ResultLanded))
	for _, kind := range []string{KindValsetUpdate, KindValsetActivation, KindSettlement} {
		require.Zero(t, count(r, kind, ResultFailed), kind)
		require.Zero(t, count(r, kind, ResultAlready), kind)
	}
	require.Zero(t, testutil.ToFloat64(r.m.Pending.WithLabelValues(KindSettlement)))
	require.Zero(t, testutil.ToFloat64(r.m.Pending.WithLabelValues(KindValsetUpdate)))
	require.Positive(t, testutil.ToFloat64(r.m.Balance))
}

// Without a quorum nothing is sent; the settlement goes once the signatures arrive.
func TestWaitsForQuorum(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(1_000))
	h.chain.addSettlement(payees("q", 1))
	h.chain.withhold = map[int]bool{0: true, 1: true} // 2 of 4 equal signers: not a quorum
	r := h.relayer(relayerKey(0), nil, nil)
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(0), h.base().LastEpoch)
	require.Equal(t, uint64(0), h.nonceOf(r.Address()))
	require.Equal(t, float64(1), testutil.ToFloat64(r.m.Pending.WithLabelValues(KindSettlement)))
	h.chain.mu.Lock()
	h.chain.withhold = map[int]bool{0: true}
	h.chain.mu.Unlock()
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(1), h.base().LastEpoch)
}

// Another relayer lands the settlement between this relayer's read of Base and its send: the
// revert is counted as already, not as a failure.
func TestRevertBecauseAnotherWasFirstIsAlready(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(1_000))
	s := h.chain.addSettlement(payees("a", 2))
	eth := h.mining()
	first := true
	eth.onSend = func(*ethtypes.Transaction) {}
	r := h.relayer(relayerKey(0), &estimateHook{testEth: eth, before: func() {
		if first {
			first = false
			h.env.Must(h.env.SubmitFn(s, h.env.Quorum())) // the other relayer
		}
	}}, nil)
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(1), h.base().LastEpoch)
	require.Equal(t, 1, count(r, KindSettlement, ResultAlready))
	require.Zero(t, count(r, KindSettlement, ResultFailed))
	require.Zero(t, count(r, KindSettlement, ResultLanded))
	require.Zero(t, testutil.ToFloat64(r.m.Errors.WithLabelValues("tx_refused")))
	require.Equal(t, uint64(0), h.nonceOf(r.Address()), "refused at estimation: nothing sent")
}

type estimateHook struct {
	*testEth
	before func()
}

func (e *estimateHook) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	e.before()
	return e.testEth.EstimateGas(ctx, call)
}

// Two relayers running at once: every valset and settlement lands exactly once; what the
// slower one sent is counted as already, never as a failure.
func TestTwoRelayersNeverDoubleSubmit(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(10_000))
	h.chain.addValset(4, "two-v2")
	for i := range 4 {
		h.chain.addSettlement(payees("two", i+1))
	}
	ctx, cancel := context.WithCancel(h.ctx)
	defer cancel()
	// blocks every 30 ms, as a real chain: both relayers see the same state and race
	go func() {
		for ctx.Err() == nil {
			time.Sleep(30 * time.Millisecond)
			h.env.Chain.Commit()
		}
	}()
	relayers := []*Relayer{
		h.relayer(relayerKey(0), h.env.Chain.Client(), nil),
		h.relayer(relayerKey(1), h.env.Chain.Client(), nil),
	}
	done := make(chan error, len(relayers))
	for _, r := range relayers {
		go func() { done <- r.Run(ctx) }()
	}
	require.Eventually(t, func() bool {
		st := h.base()
		return st.LastEpoch == 4 && st.PendingNonce == 2
	}, 20*time.Second, 50*time.Millisecond)
	// let them run a few more passes: nothing more to send
	time.Sleep(200 * time.Millisecond)
	cancel()
	for range relayers {
		require.NoError(t, <-done)
	}
	landed := map[string]int{}
	for _, r := range relayers {
		for _, kind := range []string{KindValsetUpdate, KindSettlement} {
			landed[kind] += count(r, kind, ResultLanded)
			require.Zero(t, count(r, kind, ResultFailed), kind)
		}
	}
	require.Equal(t, 1, landed[KindValsetUpdate], "valset 2 proposed once")
	require.Equal(t, 4, landed[KindSettlement], "each settlement landed once")
	st := h.base()
	require.Equal(t, uint64(4), st.LastEpoch)
}

// A relayer killed right after handing its settlement transaction to the node (before it saw
// it mined): the restarted relayer finds the transaction in the node's pool and sends nothing
// until it is mined; then Base has the settlement and nothing is sent again. One transaction
// in all.
func TestKilledBetweenSendAndSeen(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(1_000))
	h.chain.addSettlement(payees("kill", 2))
	key := relayerKey(0)

	ctx, kill := context.WithCancel(h.ctx)
	eth := &testEth{Eth: h.env.Chain.Client(), chain: h.env.Chain} // no block is sealed
	eth.onSend = func(*ethtypes.Transaction) { kill() }
	first := h.relayer(key, eth, nil)
	require.ErrorIs(t, first.pass(ctx), context.Canceled)
	require.Len(t, eth.sentTxs(), 1)
	require.Equal(t, uint64(0), h.base().LastEpoch, "not mined yet")

	// the restart: a new process, nothing remembered
	again := &testEth{Eth: h.env.Chain.Client(), chain: h.env.Chain}
	restarted := h.relayer(key, again, nil)
	for range 3 {
		require.NoError(t, restarted.pass(h.ctx))
	}
	require.Empty(t, again.sentTxs(), "nothing sent while the first transaction is in the pool")

	h.env.Chain.Commit() // the first transaction is mined
	require.Equal(t, uint64(1), h.base().LastEpoch)
	again.mine = true
	for range 3 {
		require.NoError(t, restarted.pass(h.ctx))
	}
	require.Empty(t, again.sentTxs(), "Base has it: nothing sent again")
	require.Equal(t, uint64(1), h.nonceOf(crypto.PubkeyToAddress(key.PublicKey)), "one transaction in all")
	require.Zero(t, count(restarted, KindSettlement, ResultFailed))
}

// A fee above --max-fee-per-gas: nothing is sent, the pass is not an error, and the
// settlement goes once the cap allows it.
func TestFeeCapRefusesToSend(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(1_000))
	h.chain.addSettlement(payees("fee", 1))
	r := h.relayer(relayerKey(0), nil, func(c *Config) { c.MaxFeePerGas = big.NewInt(1) })
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(0), h.base().LastEpoch)
	require.Equal(t, uint64(0), h.nonceOf(r.Address()))
	require.Equal(t, float64(1), testutil.ToFloat64(r.m.Errors.WithLabelValues("fee_cap")))

	r = h.relayer(relayerKey(0), nil, func(c *Config) { c.MaxFeePerGas = big.NewInt(100e9) })
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(1), h.base().LastEpoch)
}

// A valset pending on Base that the chain never made (a compromised valset's proposal) is
// not activated by the relayer: the guardian's to veto.
func TestForeignPendingValsetNotActivated(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	_, foreign := basetest.SignerSet(4, nil, 2, "foreign")
	h.env.ProposeValset(foreign)
	h.env.PassDelay()
	r := h.relayer(relayerKey(0), nil, nil)
	require.NoError(t, r.pass(h.ctx))
	st := h.base()
	require.Equal(t, uint64(2), st.PendingNonce, "still pending")
	require.Equal(t, uint64(1), st.ValsetNonce)
	require.Equal(t, float64(1), testutil.ToFloat64(r.m.Errors.WithLabelValues("foreign_valset")))
	require.Equal(t, uint64(0), h.nonceOf(r.Address()))
}

// --push-claims pays the payees of a landed settlement once its delay has passed, skipping a
// leaf its payee claimed himself.
func TestPushClaimsPaysPayees(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(10_000))
	pays := payees("push", 4)
	s := h.chain.addSettlement(pays)
	r := h.relayer(relayerKey(0), nil, func(c *Config) { c.PushClaims = true; c.ClaimsPerTx = 2 })
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(1), h.base().LastEpoch)
	h.chain.sync(h.env) // the chain sees it land

	require.NoError(t, r.pass(h.ctx))
	require.Zero(t, count(r, KindClaims, ResultLanded), "nothing claimed during the veto window")
	require.Equal(t, float64(4), testutil.ToFloat64(r.m.Pending.WithLabelValues(KindClaims)))

	h.env.PassDelay()
	// payee 1 claims for himself first
	h.env.Must(h.env.ClaimFn(h.env.Users[0], s, 1))
	require.NoError(t, r.pass(h.ctx))
	require.NoError(t, r.pass(h.ctx))
	for i, p := range pays {
		require.Equal(t, p.Amount, h.env.Balance(p.Account), "payee %d paid once", i)
	}
	require.Equal(t, float64(3), testutil.ToFloat64(r.m.ClaimsPushed))
	require.Equal(t, 2, count(r, KindClaims, ResultLanded), "two transactions of at most two claims")
	require.Zero(t, testutil.ToFloat64(r.m.Pending.WithLabelValues(KindClaims)))
	nonce := h.nonceOf(r.Address())
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, nonce, h.nonceOf(r.Address()), "all paid: nothing more sent")
}

// The relayer refuses, for good, a Base endpoint or bridge that is not the chain's.
func TestCheckTargetRefusesAnotherBridge(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	r := h.relayer(relayerKey(0), nil, nil)
	require.NoError(t, r.CheckTarget(h.ctx))
	var p *service.Permanent
	h.chain.params.BridgeContract = common.HexToAddress("0x1111111111111111111111111111111111111111").Hex()
	require.ErrorAs(t, r.CheckTarget(h.ctx), &p)
	require.ErrorContains(t, r.Run(h.ctx), "bridge_contract")
	h.chain.params.BridgeContract = h.env.BridgeAddr.Hex()
	h.chain.params.BaseChainId = 8453
	require.ErrorAs(t, r.CheckTarget(h.ctx), &p)
	h.chain.params.BaseChainId = h.env.Chain.ChainID()
	h.chain.params.BridgeId = "0x" + common.Bytes2Hex(make([]byte, 32))
	err := r.CheckTarget(h.ctx)
	require.ErrorAs(t, err, &p)
	require.True(t, errors.As(err, &p))
}

// A transaction of the relayer's account stuck in the pool — left by a crash with a fee too
// low to be mined, or its own not mined in time — is waited for ReplaceAfter, then replaced
// at its nonce by the call the relayer would send now, with higher fees: one transaction is
// mined for the settlement, the stuck one never.
func TestStuckTransactionReplacedAtItsNonce(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(1_000))
	h.chain.addSettlement(payees("stuck", 1))
	key := relayerKey(0)
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID := new(big.Int).SetUint64(h.env.Chain.ChainID())
	// left by an earlier process: a fee cap of 1 wei, below any base fee
	stuck, err := ethtypes.SignNewTx(key, ethtypes.LatestSignerForChainID(chainID), &ethtypes.DynamicFeeTx{
		ChainID: chainID, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), Gas: 21_000, To: &from})
	require.NoError(t, err)
	require.NoError(t, h.env.Chain.Client().SendTransaction(h.ctx, stuck))
	h.env.Chain.Commit()

	eth := &testEth{Eth: h.env.Chain.Client(), chain: h.env.Chain} // seals nothing by itself
	r := h.relayer(key, eth, func(c *Config) { c.ReplaceAfter = 50 * time.Millisecond; c.TxTimeout = 100 * time.Millisecond })
	require.NoError(t, r.pass(h.ctx))
	require.Empty(t, eth.sentTxs(), "first seen: waited for")
	time.Sleep(60 * time.Millisecond)
	require.NoError(t, r.pass(h.ctx)) // replaces it, then waits 100 ms for a block that does not come
	sent := eth.sentTxs()
	require.Len(t, sent, 1)
	require.Equal(t, uint64(0), sent[0].Nonce(), "the replacement takes the stuck one's nonce")

	// its own replacement, unmined in time, is replaced again with fees 12.5 % higher
	time.Sleep(60 * time.Millisecond)
	require.NoError(t, r.pass(h.ctx)) // waits 100 ms for it, then replaces it
	sent = eth.sentTxs()
	require.Len(t, sent, 2)
	require.Equal(t, uint64(0), sent[1].Nonce())
	require.Positive(t, sent[1].GasFeeCap().Cmp(sent[0].GasFeeCap()))
	require.GreaterOrEqual(t, sent[1].GasTipCap().Cmp(bump(sent[0].GasTipCap())), 0)

	h.env.Chain.Commit()
	require.Equal(t, uint64(1), h.base().LastEpoch)
	require.Equal(t, uint64(1), h.nonceOf(from), "one transaction mined")
	_, err = h.env.Chain.Client().TransactionReceipt(h.ctx, stuck.Hash())
	require.Error(t, err, "the stuck transaction was replaced, never mined")
	_, err = h.env.Chain.Client().TransactionReceipt(h.ctx, sent[0].Hash())
	require.Error(t, err, "nor the first replacement")
	require.NoError(t, r.pass(h.ctx))
	require.Len(t, eth.sentTxs(), 2, "Base has it: nothing more")
}

// A valset the guardian vetoed on Base, before the chain has heard of the veto, is not
// proposed again (the contract would refuse it); the chain's next valset is.
func TestVetoedValsetNotProposedAgain(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.chain.addValset(4, "vetoed-2")
	r := h.relayer(relayerKey(0), nil, nil)
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(2), h.base().PendingNonce)
	h.env.Must(func() (*ethtypes.Transaction, error) { return h.env.Bridge.VetoValset(h.env.Guardian) })
	require.Equal(t, uint64(0), h.base().PendingNonce)

	nonce := h.nonceOf(r.Address())
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, nonce, h.nonceOf(r.Address()), "nothing sent")
	require.Zero(t, count(r, KindValsetUpdate, ResultFailed))

	h.chain.addValset(4, "after-veto-3") // the chain heard of the veto and made another
	require.NoError(t, r.pass(h.ctx))
	require.Equal(t, uint64(3), h.base().PendingNonce)
	require.Equal(t, 2, count(r, KindValsetUpdate, ResultLanded))
}

// A second copy of the relayer with the same key sent the very same transaction first: the
// node answers "already known", and the relayer waits for it as its own.
func TestSameTransactionAlreadyKnown(t *testing.T) {
	h := newHarness(t, basetest.Options{})
	h.env.Fund(basetest.Flock(1_000))
	h.chain.addSettlement(payees("twin", 1))
	twin := &twinEth{Eth: h.env.Chain.Client(), chain: h.env}
	r := h.relayer(relayerKey(0), twin, nil)
	require.NoError(t, r.pass(h.ctx))
	require.ErrorContains(t, twin.second, "already known")
	require.Equal(t, uint64(1), h.base().LastEpoch)
	require.Equal(t, 1, count(r, KindSettlement, ResultLanded))
	require.Equal(t, uint64(1), h.nonceOf(r.Address()))
}

// twinEth hands each transaction to the node twice, the first time as the twin would.
type twinEth struct {
	Eth
	chain  *basetest.Env
	second error // the node's answer to the relayer's own send
}

func (e *twinEth) SendTransaction(ctx context.Context, tx *ethtypes.Transaction) error {
	if err := e.Eth.SendTransaction(ctx, tx); err != nil {
		return err
	}
	e.second = e.Eth.SendTransaction(ctx, tx)
	e.chain.Chain.Commit()
	return e.second
}
