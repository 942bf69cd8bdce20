package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/ethkey"
	"github.com/flockchain/flock/testutil/bridgenet"
	"github.com/flockchain/flock/x/bridge/types"
)

// bridgeEnv is a bridgenet with flock-relayer orchestrator processes reaching each node's
// gRPC and Base through TCP proxies the test can take down.
type bridgeEnv struct {
	t          testing.TB // the running (sub)test
	root       testing.TB // the test that made the env: processes live as long as it
	n          *bridgenet.Net
	ctx        context.Context
	q          types.QueryClient
	baseProxy  *proxy
	chainProxy []*proxy
	orch       []*process
	metrics    []string // each orchestrator's metrics address
	ethKeys    []string // each validator's eth keystore (empty password)
	deposits   []deposit
	recipients int
}

// deposit is one deposit made on Base.
type deposit struct {
	recipient sdk.AccAddress
	amount    math.Int
	tx        common.Hash
	block     uint64
	nonce     uint64 // the bridge's event nonce
}

func newBridgeEnv(t testing.TB, o bridgenet.Options) *bridgeEnv {
	t.Helper()
	n := bridgenet.New(t, o)
	e := &bridgeEnv{t: t, root: t, n: n, ctx: context.Background(), q: n.Client(0, bridgenet.OrchestratorKey).Bridge}
	e.baseProxy = newProxy(t, strings.TrimPrefix(n.BaseURL, "http://"))
	for i := range n.Validators {
		e.chainProxy = append(e.chainProxy, newProxy(t, n.Validators[i].GRPC))
		e.metrics = append(e.metrics, fmt.Sprintf("127.0.0.1:%d", freePort(t)))
		key := filepath.Join(t.TempDir(), fmt.Sprintf("eth%d.json", i))
		_, err := ethkey.Write(key, n.Validators[i].EthKey, "", ethkey.Light)
		require.NoError(t, err)
		e.ethKeys = append(e.ethKeys, key)
	}
	e.orch = make([]*process, len(n.Validators))
	// every user lets the bridge take its FLOCK once
	for i := range n.Users {
		u := n.User(i)
		e.mine(func() {
			_, err := u.Client.Send(e.ctx, "approve", func() (*ethtypes.Transaction, error) {
				return n.Token.Approve(u.Client.Transactor(e.ctx, u.Key), n.Addresses.Bridge, bridgenet.UserFunds.BigInt())
			})
			require.NoError(t, err)
		})
	}
	return e
}

// mine runs fn, which waits for Base transactions, sealing Base blocks meanwhile.
func (e *bridgeEnv) mine(fn func()) {
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				e.n.Base.Commit()
			}
		}
	}()
	fn()
	close(stop)
	<-done
}

// orchestratorArgs are validator i's orchestrator flags, through the proxies.
func (e *bridgeEnv) orchestratorArgs(i int, extra ...string) []string {
	v := e.n.Validators[i]
	return append([]string{"orchestrator",
		"--chain-grpc", e.chainProxy[i].addr, "--chain-id", e.n.ChainID,
		"--keyring-backend", "test", "--keyring-dir", v.KeyringDir, "--from", bridgenet.OrchestratorKey, "--eth-key-file", e.ethKeys[i],
		"--base-rpc", "http://" + e.baseProxy.addr, "--bridge", e.n.Addresses.Bridge.Hex(),
		"--metrics-addr", e.metrics[i], "--poll-interval", "250ms", "--log-format", "json", "--log-level", "debug",
	}, extra...)
}

// startOrchestrator runs validator i's orchestrator.
func (e *bridgeEnv) startOrchestrator(i int, extra ...string) *process {
	e.t.Helper()
	e.orch[i] = startProcess(e.root, fmt.Sprintf("orchestrator%d", i), e.orchestratorArgs(i, extra...)...)
	return e.orch[i]
}

// depositBatch has user 0 make k deposits in one Base block, each to a new recipient with
// its own amount, and returns them.
func (e *bridgeEnv) depositBatch(k int) []deposit {
	e.t.Helper()
	u := e.n.User(0)
	nonce, err := u.Client.Eth.PendingNonceAt(e.ctx, u.From)
	require.NoError(e.t, err)
	txs := make([]*ethtypes.Transaction, k)
	out := make([]deposit, k)
	for j := range out {
		e.recipients++
		d := deposit{recipient: sdk.AccAddress(fmt.Sprintf("%020d", e.recipients)), amount: app.Flock(1).AddRaw(int64(e.recipients))}
		opts := u.Client.Transactor(e.ctx, u.Key)
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(j))
		opts.GasLimit = 200_000
		txs[j], err = e.n.Bridge.Deposit(opts, d.amount.BigInt(), d.recipient.String())
		require.NoError(e.t, err)
		out[j] = d
	}
	for j, tx := range txs {
		r := e.receipt(tx)
		require.Equal(e.t, ethtypes.ReceiptStatusSuccessful, r.Status)
		ev, err := e.n.Bridge.ParseDeposited(*r.Logs[len(r.Logs)-1])
		require.NoError(e.t, err)
		out[j].tx, out[j].block, out[j].nonce = tx.Hash(), r.BlockNumber.Uint64(), ev.EventNonce.Uint64()
	}
	e.deposits = append(e.deposits, out...)
	return out
}

// receipt seals Base blocks until tx is in one (the pool may take a transaction sent just
// before a seal into the next block) and returns its receipt.
func (e *bridgeEnv) receipt(tx *ethtypes.Transaction) *ethtypes.Receipt {
	e.t.Helper()
	for i := 0; i < 20; i++ {
		r, err := e.n.BaseClient.Eth.TransactionReceipt(e.ctx, tx.Hash())
		if err == nil {
			return r
		}
		e.n.Base.Commit()
		time.Sleep(5 * time.Millisecond)
	}
	e.t.Fatalf("transaction %s in no block after 20 seals", tx.Hash())
	return nil
}

// finalize seals Base blocks until block is finalized (the devchain finalizes every 32nd).
func (e *bridgeEnv) finalize(block uint64) {
	e.t.Helper()
	for e.finalized() < block {
		e.n.Base.Commit()
	}
}

func (e *bridgeEnv) finalized() uint64 {
	e.t.Helper()
	h, err := e.n.BaseClient.Eth.HeaderByNumber(e.ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	require.NoError(e.t, err)
	return h.Number.Uint64()
}

func (e *bridgeEnv) baseState() types.BaseState {
	e.t.Helper()
	res, err := e.q.BaseState(e.ctx, &types.QueryBaseStateRequest{})
	require.NoError(e.t, err)
	return res.State
}

// waitApplied waits until the chain applied event nonce.
func (e *bridgeEnv) waitApplied(nonce uint64, within time.Duration) {
	e.t.Helper()
	require.Eventually(e.t, func() bool { return e.baseState().LastEventNonce >= nonce }, within, 50*time.Millisecond,
		"event %d applied (last applied: %d)", nonce, e.baseState().LastEventNonce)
}

// ownNonce is validator i's orchestrator's last attested nonce.
func (e *bridgeEnv) ownNonce(i int) uint64 {
	e.t.Helper()
	res, err := e.q.LastAttestedNonce(e.ctx, &types.QueryLastAttestedNonceRequest{Orchestrator: e.n.Validators[i].Orchestrator.String()})
	require.NoError(e.t, err)
	return res.LastAttestedNonce
}

// waitRunning waits until orchestrator i's oracle has completed a pass (it is past its
// start-up).
func (e *bridgeEnv) waitRunning(i int) {
	e.t.Helper()
	require.Eventually(e.t, func() bool { return e.metric(i, "flock_bridge_base_safe_block") != "" }, 30*time.Second, 50*time.Millisecond,
		"orchestrator %d running", i)
}

// checkDeposits checks what users depend on: every deposit made so far minted exactly once
// (each recipient holds exactly its amount), applied in nonce order with the claim of its
// own Base transaction, and the supply equals the backing ledger and the bank's supply.
func (e *bridgeEnv) checkDeposits() {
	e.t.Helper()
	var lastHeight int64
	total := math.ZeroInt()
	for _, d := range e.deposits {
		require.Equal(e.t, d.amount.String(), e.n.Balance(d.recipient).String(), "deposit %d minted exactly once", d.nonce)
		res, err := e.q.Attestations(e.ctx, &types.QueryAttestationsRequest{EventNonce: d.nonce})
		require.NoError(e.t, err)
		var applied []types.Attestation
		for _, a := range res.Attestations {
			if a.Attestation.Status == types.ATTESTATION_STATUS_APPLIED {
				applied = append(applied, a.Attestation)
			}
		}
		require.Len(e.t, applied, 1, "nonce %d applied once", d.nonce)
		require.Equal(e.t, types.HashString(d.tx), applied[0].Event.TxHash, "nonce %d is its own Base transaction", d.nonce)
		require.GreaterOrEqual(e.t, applied[0].Height, lastHeight, "nonce %d applied in order", d.nonce)
		lastHeight = applied[0].Height
		total = total.Add(d.amount)
	}
	back, err := e.q.Backing(e.ctx, &types.QueryBackingRequest{})
	require.NoError(e.t, err)
	b := back.Backing
	require.True(e.t, b.Deposited.GTE(total), "deposited %s covers the test's deposits %s", b.Deposited, total)
	ledger := b.GenesisBacking.Add(b.Deposited).Add(b.Funded).Sub(b.Burned).Add(b.Reminted).Sub(b.BurnedByChain)
	require.Equal(e.t, ledger.String(), back.Supply.String(), "supply = backing ledger")
	supply, err := banktypes.NewQueryClient(e.n.Network.Validators[0].ClientCtx).SupplyOf(e.ctx, &banktypes.QuerySupplyOfRequest{Denom: app.BondDenom})
	require.NoError(e.t, err)
	require.Equal(e.t, supply.Amount.Amount.String(), back.Supply.String(), "the ledger's supply is the bank's")
}

// checkNobodyPunished: every validator is bonded, not jailed, and holds its genesis stake.
func (e *bridgeEnv) checkNobodyPunished() {
	e.t.Helper()
	res, err := stakingtypes.NewQueryClient(e.n.Network.Validators[0].ClientCtx).Validators(e.ctx, &stakingtypes.QueryValidatorsRequest{})
	require.NoError(e.t, err)
	require.Len(e.t, res.Validators, len(e.n.Validators))
	for _, v := range res.Validators {
		require.False(e.t, v.Jailed, "validator %s jailed", v.OperatorAddress)
		require.Equal(e.t, stakingtypes.Bonded, v.Status, "validator %s", v.OperatorAddress)
		require.Equal(e.t, e.n.Network.Config.BondedTokens.String(), v.Tokens.String(), "validator %s slashed", v.OperatorAddress)
	}
}

// metric reads one sample of orchestrator i's /metrics ("" if absent, or not serving).
func (e *bridgeEnv) metric(i int, sample string) string {
	e.t.Helper()
	res, err := http.Get("http://" + e.metrics[i] + "/metrics")
	if err != nil {
		return ""
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(e.t, err)
	for _, line := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(line, sample+" "); ok {
			return v
		}
	}
	return ""
}
