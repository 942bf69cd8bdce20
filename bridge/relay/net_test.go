package relay

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/bridge/oracle"
	"github.com/flockchain/flock/bridge/signer"
	"github.com/flockchain/flock/testutil/bridgenet"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestRelayOnBridgeNet runs the relayer with every validator's orchestrator (oracle and signer
// loops) on the in-process chain and the devchain, nothing done by hand but the users' own
// actions and Base's clock: withdrawals become a settlement that the relayer lands on Base
// and whose payees it pays after the delay; a power change becomes valset 2, proposed and
// activated by the relayer; the next settlement, signed by valset 2, is sent by a relayer
// killed right after handing it to the node, and after its restart nothing is sent twice.
func TestRelayOnBridgeNet(t *testing.T) {
	if testing.Short() {
		t.Skip("in-process network")
	}
	n := bridgenet.New(t, bridgenet.Options{BaseBlockTime: 100 * time.Millisecond,
		Params: func(p *types.Params) { p.SettlementInterval = 2 * time.Second }})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var loops sync.WaitGroup
	defer loops.Wait()
	defer cancel()
	for i, v := range n.Validators {
		c := n.Client(i, bridgenet.OrchestratorKey)
		base, err := oracle.NewEthBase(n.BaseClient.Eth, n.Addresses.Bridge, 1_000)
		require.NoError(t, err)
		loops.Add(2)
		go func() {
			defer loops.Done()
			_ = oracle.Run(ctx, oracle.Config{Chain: &oracle.ChainClient{Client: c}, Base: base, Log: testLog().With("oracle", i),
				Confirmations: 2, PollInterval: 100 * time.Millisecond})
		}()
		go func() {
			defer loops.Done()
			_ = signer.Run(ctx, signer.Config{Client: c, EthKey: v.EthKey, Log: testLog().With("signer", i), PollInterval: 100 * time.Millisecond})
		}()
	}
	chain := n.Client(0, bridgenet.OrchestratorKey).Bridge
	key := devchain.DevKey(6) // not the deployer's nor the users'
	newRelayer := func(eth Eth) *Relayer {
		r, err := New(Config{Chain: chain, Eth: eth, ChainID: n.BaseClient.ChainID, Bridge: n.Addresses.Bridge, Key: key,
			PushClaims: true, PollInterval: 100 * time.Millisecond, TxTimeout: 10 * time.Second, Log: testLog().With("relay", 1)})
		require.NoError(t, err)
		return r
	}
	relayCtx, stopRelay := context.WithCancel(ctx)
	r := newRelayer(n.BaseClient.Eth)
	relayDone := make(chan error, 1)
	go func() { relayDone <- r.Run(relayCtx) }()

	settlement := func(epoch uint64) types.Settlement {
		res, err := chain.Settlement(ctx, &types.QuerySettlementRequest{Epoch: epoch})
		if err != nil {
			return types.Settlement{}
		}
		return res.Settlement
	}
	baseState := func() types.BaseState {
		res, err := chain.BaseState(ctx, &types.QueryBaseStateRequest{})
		require.NoError(t, err)
		return res.State
	}
	passDelay := func() { require.NoError(t, n.Base.AdjustTime(baseclient.MinClaimDelay+time.Second)) }

	// withdrawals to two Base payees: settlement 1 lands, and after the delay both are paid
	payA, payB := common.HexToAddress("0x00000000000000000000000000000000000a11ce"), common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	operator := n.Client(1, n.Validators[1].OperatorKey)
	withdrawal := func(to common.Address, flock int64) sdk.Msg {
		return &types.MsgWithdraw{Sender: n.Validators[1].Operator.String(), BaseRecipient: to.Hex(), Amount: sdk.NewCoin(app.BondDenom, app.Flock(flock))}
	}
	_, err := operator.Send(ctx, withdrawal(payA, 100), withdrawal(payB, 50)) // one block: one settlement
	require.NoError(t, err)
	require.Eventually(t, func() bool { return settlement(1).Status == types.SETTLEMENT_STATUS_LANDED }, time.Minute, 200*time.Millisecond,
		"settlement 1 signed, relayed, and its landing attested")
	require.Equal(t, uint64(2), settlement(1).Count)
	passDelay()
	balance := func(a common.Address) *big.Int {
		b, err := n.Token.BalanceOf(baseclient.Call(ctx), a)
		require.NoError(t, err)
		return b
	}
	require.Eventually(t, func() bool { return balance(payB).Cmp(app.Flock(50).BigInt()) == 0 }, 30*time.Second, 100*time.Millisecond)
	require.Equal(t, app.Flock(100).BigInt(), balance(payA))
	require.Eventually(t, func() bool { return testutil.ToFloat64(r.m.ClaimsPushed) == 2 }, 10*time.Second, 50*time.Millisecond,
		"the relayer counts what it paid once it sees its receipt")

	// a power change: valset 2, proposed on Base, activated after the delay, seen by the chain
	delegator := n.Client(0, n.Validators[0].OperatorKey)
	_, err = delegator.Send(ctx, stakingtypes.NewMsgDelegate(n.Validators[0].Operator.String(), n.Validators[0].ValAddr.String(),
		sdk.NewCoin(app.BondDenom, app.Flock(100))))
	require.NoError(t, err)
	require.Eventually(t, func() bool { return baseState().PendingValsetNonce == 2 }, time.Minute, 200*time.Millisecond,
		"valset 2 made, confirmed, proposed and its proposal attested")
	passDelay()
	require.Eventually(t, func() bool { return baseState().ActiveValsetNonce == 2 }, time.Minute, 200*time.Millisecond,
		"valset 2 activated and the activation attested")

	// settlement 2 (signed against valset 2), sent by a relayer killed right after handing its
	// transaction to the node
	stopRelay()
	require.NoError(t, <-relayDone)
	before := nonceAt(t, n, crypto.PubkeyToAddress(key.PublicKey))
	killCtx, kill := context.WithCancel(ctx)
	killer := &sendHook{Eth: n.BaseClient.Eth, after: func(*ethtypes.Transaction) { kill() }}
	r = newRelayer(killer)
	_, err = operator.Send(ctx, withdrawal(payA, 7))
	require.NoError(t, err)
	err = r.Run(killCtx)
	require.NoError(t, err, "a killed relayer stops cleanly")
	require.Len(t, killer.sent, 1, "killed after its first transaction")
	restarted := newRelayer(n.BaseClient.Eth)
	relayCtx, stopRelay = context.WithCancel(ctx)
	go func() { relayDone <- restarted.Run(relayCtx) }()
	require.Eventually(t, func() bool { return settlement(2).Status == types.SETTLEMENT_STATUS_LANDED }, time.Minute, 200*time.Millisecond)
	time.Sleep(time.Second) // passes after the landing: nothing more to send
	stopRelay()
	require.NoError(t, <-relayDone)
	require.Equal(t, before+1, nonceAt(t, n, crypto.PubkeyToAddress(key.PublicKey)), "one transaction for settlement 2, across the kill")
	require.Zero(t, count(restarted, KindSettlement, ResultLanded)+count(restarted, KindSettlement, ResultFailed))
	s2 := settlement(2)
	require.Equal(t, uint64(2), s2.SigningValset, "settlement 2 belongs to valset 2's watch")
	for _, kind := range []string{KindValsetUpdate, KindValsetActivation, KindSettlement, KindClaims} {
		require.Zero(t, count(r, kind, ResultFailed), kind)
	}
}

// sendHook runs after once a transaction is handed to the node (a kill, say).
type sendHook struct {
	Eth
	mu    sync.Mutex
	sent  []*ethtypes.Transaction
	after func(*ethtypes.Transaction)
}

func (s *sendHook) SendTransaction(ctx context.Context, tx *ethtypes.Transaction) error {
	if err := s.Eth.SendTransaction(ctx, tx); err != nil {
		return err
	}
	s.mu.Lock()
	s.sent = append(s.sent, tx)
	s.mu.Unlock()
	s.after(tx)
	return nil
}

func nonceAt(t *testing.T, n *bridgenet.Net, a common.Address) uint64 {
	nonce, err := n.BaseClient.Eth.NonceAt(context.Background(), a, nil)
	require.NoError(t, err)
	return nonce
}
