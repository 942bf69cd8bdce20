package signer

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/service"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/testutil/bridgenet"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestSignerOnNetwork runs the signers of validators 0–2 against a 4-validator network
// (confirm_window 1 min) through gRPC proxies that go down for 10 s while valset 2 and
// settlement 1 are made. Validator 3's orchestrator runs no signer and signs a settlement root
// the chain never produced. Checked:
//   - after the outage the signers confirm valset 2 and settlement 1, which reach quorum;
//   - at the deadline the honest validators, out for 10 s, are not punished; validator 3, which
//     never signed, is slashed and jailed (the deadline is not vacuous);
//   - its forged signature, used on Base in a submitSettlement that reverts, is read from the
//     calldata by the evidence watch and sent as evidence: slashed again; the honest
//     settlement as evidence is refused before any fee, the same evidence twice by the chain;
//   - the signers go on: valset 3 (validator 3 out of the bonded set) is confirmed.
func TestSignerOnNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("in-process network")
	}
	start := time.Now()
	n := bridgenet.New(t, bridgenet.Options{Params: func(p *types.Params) {
		p.SettlementInterval = 2 * time.Second
		p.ConfirmWindow = time.Minute
	}})
	t.Logf("network up in %s", time.Since(start).Round(time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	q := n.Client(0, bridgenet.OrchestratorKey).Bridge
	staking := stakingtypes.NewQueryClient(n.Network.Validators[0].ClientCtx)
	tokens := func(i int) (math.Int, bool) {
		res, err := staking.Validator(ctx, &stakingtypes.QueryValidatorRequest{ValidatorAddr: n.Validators[i].ValAddr.String()})
		require.NoError(t, err)
		return res.Validator.Tokens, res.Validator.Jailed
	}

	// signers of validators 0-2, each through a proxy of its node's gRPC
	var (
		signers []*Signer
		proxies []*proxy
		logs    []*syncBuffer
		wg      sync.WaitGroup
	)
	runCtx, stop := context.WithCancel(ctx)
	defer func() { stop(); wg.Wait() }()
	for i := 0; i < 3; i++ {
		v := n.Validators[i]
		p := newProxy(t, v.GRPC)
		proxies = append(proxies, p)
		c, err := chainclient.Dial(chainclient.Config{GRPC: p.addr, ChainID: n.ChainID, Keyring: v.Keyring, KeyName: bridgenet.OrchestratorKey,
			GasPrice: math.NewInt(1_000_000_000), Denom: app.BondDenom}, n.Encoding)
		require.NoError(t, err)
		t.Cleanup(func() { c.Close() })
		buf := &syncBuffer{}
		logs = append(logs, buf)
		s, err := New(Config{Client: c, EthKey: v.EthKey, Log: slog.New(slog.NewTextHandler(buf, nil)),
			PollInterval: 500 * time.Millisecond, Backoff: service.Backoff{Initial: 200 * time.Millisecond, Max: 2 * time.Second}})
		require.NoError(t, err)
		signers = append(signers, s)
		wg.Add(1)
		go func() { defer wg.Done(); _ = s.Run(runCtx) }()
	}

	// the outage: while the signers cannot reach the chain, it makes valset 2 (validator 0's
	// power up by 20 %) and settlement 1 (a withdrawal)
	for _, p := range proxies {
		p.down()
	}
	outage := time.Now()
	_, err := n.Client(0, n.Validators[0].OperatorKey).Send(ctx, stakingtypes.NewMsgDelegate(
		n.Validators[0].Operator.String(), n.Validators[0].ValAddr.String(), sdk.NewCoin(app.BondDenom, app.Flock(20))))
	require.NoError(t, err)
	payee := common.HexToAddress("0x00000000000000000000000000000000000fEE01")
	_, err = n.Client(1, n.Validators[1].OperatorKey).Send(ctx, &types.MsgWithdraw{
		Sender: n.Validators[1].Operator.String(), BaseRecipient: payee.Hex(), Amount: sdk.NewCoin(app.BondDenom, app.Flock(5))})
	require.NoError(t, err)
	var settlement types.Settlement
	require.Eventually(t, func() bool {
		vs, err := q.Valset(ctx, &types.QueryValsetRequest{Nonce: 2})
		if err != nil || vs.Valset.Nonce != 2 {
			return false
		}
		s, err := q.Settlement(ctx, &types.QuerySettlementRequest{Epoch: 1})
		settlement = s.GetSettlement()
		return err == nil && settlement.Status == types.SETTLEMENT_STATUS_SIGNING
	}, 30*time.Second, 200*time.Millisecond, "valset 2 and settlement 1 are made")
	signable := time.Now()
	time.Sleep(10*time.Second - time.Since(outage))
	for i, s := range signers {
		require.Equal(t, 0.0, testutil.ToFloat64(s.common.RPCUp.WithLabelValues("chain")), "signer %d saw the outage", i)
	}
	for _, p := range proxies {
		p.up()
	}
	back := time.Now()
	t.Logf("outage %s; valset 2 and settlement 1 signable %s after it began", back.Sub(outage).Round(time.Millisecond), signable.Sub(outage).Round(time.Millisecond))

	// the signers resume: three confirmations each, a quorum of Base's valset 1
	require.Eventually(t, func() bool {
		vc, err := q.ValsetConfirmations(ctx, &types.QueryValsetConfirmationsRequest{Nonce: 2})
		if err != nil || len(vc.Confirmations) != 3 || !vc.Signatures.Quorum {
			return false
		}
		sc, err := q.SettlementConfirmations(ctx, &types.QuerySettlementConfirmationsRequest{Epoch: 1})
		return err == nil && len(sc.Confirmations) == 3 && sc.Signatures.Quorum
	}, 45*time.Second, 250*time.Millisecond, "valset 2 and settlement 1 reach quorum after the outage")
	t.Logf("quorum on valset 2 and settlement 1 %s after the chain came back", time.Since(back).Round(time.Millisecond))
	for i, s := range signers {
		// the chain may answer (node 0) before a signer's own node has shown it its tx
		require.Eventually(t, func() bool {
			return testutil.ToFloat64(s.metrics.Sent.WithLabelValues("valset")) == 1 && testutil.ToFloat64(s.metrics.Sent.WithLabelValues("settlement")) == 1
		}, 10*time.Second, 100*time.Millisecond, "signer %d sent one confirmation of each: %s", i, logs[i])
		require.Equal(t, 0.0, testutil.ToFloat64(s.metrics.Refused.WithLabelValues("valset")), "signer %d refused nothing", i)
		require.Contains(t, logs[i].String(), "retrying", "signer %d backed off during the outage", i)
	}

	// validator 3's key signs a root the chain never produced for epoch 1
	forged := types.SignedSettlement{Epoch: 1, Root: types.HashString(crypto.Keccak256Hash([]byte("forged"))), Total: settlement.Total, Count: settlement.Count}
	params, err := q.Params(ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	domain, err := params.Params.Domain()
	require.NoError(t, err)
	sig, err := ethsig.Sign(domain.Settlement(digest.Settlement{Epoch: 1, Root: common.HexToHash(forged.Root), Total: forged.Total.BigInt(), Count: forged.Count}), n.Validators[3].EthKey)
	require.NoError(t, err)
	honest := types.SignedSettlement{Epoch: 1, Root: settlement.Root, Total: settlement.Total, Count: settlement.Count}
	honestSig, err := ethsig.Sign(domain.Settlement(digest.Settlement{Epoch: 1, Root: common.HexToHash(settlement.Root), Total: settlement.Total.BigInt(), Count: settlement.Count}), n.Validators[3].EthKey)
	require.NoError(t, err)
	reporter := n.Client(2, n.Validators[2].OperatorKey)
	_, err = SubmitEvidence(ctx, reporter, Evidence{Settlement: &honest, Signature: honestSig})
	require.ErrorContains(t, err, "is a confirmation, not evidence")

	// the deadline: validators 0-2 confirmed within the window, validator 3 did not
	before := make([]math.Int, 4)
	for i := range before {
		before[i], _ = tokens(i)
	}
	require.Eventually(t, func() bool { _, jailed := tokens(3); return jailed }, time.Minute+30*time.Second-time.Since(signable), time.Second,
		"validator 3, which never signed, is punished at the deadline")
	for i := 0; i < 3; i++ {
		after, jailed := tokens(i)
		require.False(t, jailed, "validator %d, out for 10 s, is not jailed", i)
		require.Equal(t, before[i], after, "validator %d is not slashed", i)
	}
	atDeadline, _ := tokens(3)
	require.True(t, atDeadline.LT(before[3]), "validator 3 slashed for the unsigned valset: %s → %s", before[3], atDeadline)
	t.Logf("deadline passed %s after valset 2 became signable", time.Since(signable).Round(time.Millisecond))

	// its forged signature reaches Base (a submitSettlement without the power, reverted); the
	// evidence watch reads it from the calldata and sends it: slashed again
	head, err := n.BaseClient.Eth.BlockNumber(ctx)
	require.NoError(t, err)
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = Watch(runCtx, WatchConfig{Base: n.BaseClient.Eth, Bridge: n.Addresses.Bridge, Chain: NewGRPC(reporter), From: head + 1,
			PollInterval: 200 * time.Millisecond, Backoff: service.Backoff{Initial: 100 * time.Millisecond, Max: time.Second},
			Submit: func(ctx context.Context, ev Evidence) error { return SendEvidence(ctx, reporter, ev) }})
	}()
	bvs, err := n.Valset.Bridge()
	require.NoError(t, err)
	opts := n.BaseClient.Transactor(ctx, n.Users[0])
	opts.GasLimit = 1_000_000 // sent as is: it reverts for lack of power, the calldata stays on Base
	_, err = n.Bridge.SubmitSettlement(opts, bindings.FlockSignedValset{Nonce: new(big.Int).SetUint64(bvs.Nonce), Signers: bvs.Signers(), Powers: bvs.Powers()},
		[]bindings.FlockSignedSignature{{SignerIndex: big.NewInt(int64(bvs.Index(n.Validators[3].EthAddress))), R: sig.R, Vs: sig.VS()}},
		big.NewInt(1), common.HexToHash(forged.Root), forged.Total.BigInt(), new(big.Int).SetUint64(forged.Count))
	require.NoError(t, err)
	n.Base.Commit()
	var afterEvidence math.Int
	require.Eventually(t, func() bool {
		afterEvidence, _ = tokens(3)
		return afterEvidence.LT(atDeadline)
	}, 30*time.Second, 250*time.Millisecond, "validator 3 slashed for the bad signature found on Base")
	t.Logf("validator 3: %s aflock bonded, %s after the missed deadline, %s after the evidence", before[3], atDeadline, afterEvidence)
	_, err = SubmitEvidence(ctx, reporter, Evidence{Settlement: &forged, Signature: sig})
	require.ErrorIs(t, err, types.ErrEvidenceAlreadyUsed, "the same evidence punishes once")

	// validator 3 left the bonded set: valset 3, confirmed by the signers
	require.Eventually(t, func() bool {
		vc, err := q.ValsetConfirmations(ctx, &types.QueryValsetConfirmationsRequest{Nonce: 3})
		return err == nil && len(vc.Confirmations) == 3
	}, 30*time.Second, 250*time.Millisecond, "valset 3 is confirmed")
	for i := 0; i < 3; i++ {
		_, jailed := tokens(i)
		require.False(t, jailed, "validator %d", i)
	}
	t.Logf("whole test %s", time.Since(start).Round(time.Millisecond))
}

// proxy forwards TCP connections to target until down, and again after up, on one address.
type proxy struct {
	t      *testing.T
	target string
	addr   string
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]bool
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	p := &proxy{t: t, target: target, addr: ln.Addr().String(), conns: map[net.Conn]bool{}}
	p.serve(ln)
	t.Cleanup(p.down)
	return p
}

func (p *proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", p.target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns[in], p.conns[out] = true, true
			p.mu.Unlock()
			go func() { _, _ = io.Copy(out, in); out.Close() }()
			go func() { _, _ = io.Copy(in, out); in.Close() }()
		}
	}()
}

// down closes the listener and every connection: the node is unreachable.
func (p *proxy) down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	p.conns = map[net.Conn]bool{}
}

// up listens again on the same address.
func (p *proxy) up() {
	var ln net.Listener
	var err error
	for i := 0; i < 50; i++ { // the port was just released
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	require.NoError(p.t, err)
	p.serve(ln)
}

// syncBuffer is a log sink safe for the signer's goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
