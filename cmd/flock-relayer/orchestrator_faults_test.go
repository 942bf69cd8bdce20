package main

import (
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/bridgenet"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestOrchestratorFaults runs real `flock-relayer orchestrator` processes against a 4-validator
// in-process chain and a Base devchain (one network shared by the subtests, in order) and
// puts them through what the issue lists: kill -9 during a stream of deposits, outages of
// Base and of the chain, a reorg, a forged attestation.
func TestOrchestratorFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 4-validator network and orchestrator processes")
	}
	start := time.Now()
	e := newBridgeEnv(t, bridgenet.Options{})
	t.Logf("bridgenet up in %s", time.Since(start).Round(time.Millisecond))

	// validators 0..2 run orchestrators: 3 of 4 equal powers is the quorum, so every one of
	// them is needed and a dead one stalls the bridge until it is back
	for i := 0; i < 3; i++ {
		e.startOrchestrator(i)
	}

	t.Run("kill -9 twenty times during 200 deposits", func(t *testing.T) {
		e.t = t
		seed := time.Now().UnixNano()
		rng := rand.New(rand.NewSource(seed))
		t.Logf("kill schedule seed %d", seed)
		victim := e.orch[2]
		kills, stop := make(chan int, 1), make(chan struct{})
		go func() {
			n := 0
			for ; n < 20; n++ {
				select {
				case <-stop: // the test failed: leave the victim running
					kills <- n
					return
				case <-time.After(time.Duration(100+rng.Intn(900)) * time.Millisecond):
				}
				victim.kill()
				time.Sleep(time.Duration(rng.Intn(200)) * time.Millisecond)
				victim.start()
			}
			kills <- n
		}()
		defer func() {
			select {
			case <-kills:
			default:
				close(stop)
				<-kills
			}
		}()
		begin := time.Now()
		for b := 0; b < 10; b++ {
			ds := e.depositBatch(20)
			e.finalize(ds[len(ds)-1].block)
			time.Sleep(time.Duration(rng.Intn(1500)) * time.Millisecond)
		}
		last := e.deposits[len(e.deposits)-1].nonce
		n := <-kills
		kills <- n // for the deferred check
		require.Equal(t, 20, n)
		e.waitApplied(last, 90*time.Second)
		t.Logf("200 deposits applied %s after the first, through 20 kills", time.Since(begin).Round(time.Millisecond))
		require.Eventually(t, func() bool { return e.ownNonce(2) == last }, 30*time.Second, 100*time.Millisecond,
			"the killed orchestrator catches up")
		e.checkDeposits()
		e.waitRunning(2)
	})

	t.Run("Base RPC down 30 s, chain gRPC down 12 s: back off, resume, skip nothing, punish no one", func(t *testing.T) {
		e.t = t
		begin := time.Now()
		e.baseProxy.down()
		time.Sleep(time.Second)
		during := e.depositBatch(20) // on Base while the orchestrators cannot see it
		e.finalize(during[len(during)-1].block)
		time.Sleep(19 * time.Second)
		for _, p := range e.chainProxy {
			p.down()
		}
		time.Sleep(10 * time.Second)
		require.Less(t, e.baseState().LastEventNonce, during[0].nonce, "nothing attested while Base is unreachable")
		e.baseProxy.up() // Base back after 30 s, the chain still unreachable
		after := e.depositBatch(20)
		e.finalize(after[len(after)-1].block)
		time.Sleep(2 * time.Second)
		for _, p := range e.chainProxy {
			p.up()
		}
		outage := time.Since(begin)
		e.waitApplied(after[len(after)-1].nonce, 45*time.Second)
		t.Logf("Base down 30 s, chain down 12 s: every deposit applied %s after both came back", (time.Since(begin) - outage).Round(time.Millisecond))
		e.checkDeposits()
		e.checkNobodyPunished()
		for i := 0; i < 3; i++ {
			require.NotEqual(t, "", e.metric(i, `flock_bridge_errors_total{kind="base_rpc"}`), "orchestrator %d counted Base errors", i)
			require.NotEqual(t, "", e.metric(i, `flock_bridge_errors_total{kind="chain_grpc"}`), "orchestrator %d counted chain errors", i)
			require.Equal(t, "1", e.metric(i, `flock_bridge_rpc_up{endpoint="base"}`))
			require.Equal(t, "1", e.metric(i, `flock_bridge_rpc_up{endpoint="chain"}`))
		}
	})

	t.Run("reorg below finality: the orphaned deposit is never attested, its replacement is", func(t *testing.T) {
		e.t = t
		next := e.baseState().LastEventNonce + 1
		u := e.n.User(1)
		nonce, err := u.Client.Eth.PendingNonceAt(e.ctx, u.From)
		require.NoError(t, err)
		send := func(tip int64, amount math.Int, to sdk.AccAddress) *ethtypes.Transaction {
			opts := u.Client.Transactor(e.ctx, u.Key)
			opts.Nonce, opts.GasLimit = new(big.Int).SetUint64(nonce), 200_000
			opts.GasTipCap, opts.GasFeeCap = big.NewInt(tip*params.GWei), big.NewInt(100*tip*params.GWei)
			tx, err := e.n.Bridge.Deposit(opts, amount.BigInt(), to.String())
			if err != nil {
				return nil
			}
			return tx
		}
		orphanTo, keptTo := sdk.AccAddress("reorg-orphan-recipie"), sdk.AccAddress("reorg-kept-recipient")
		e.avoidEpochBoundary() // its block must not be final the moment it is sealed
		orphan := send(1, app.Flock(7), orphanTo)
		require.NotNil(t, orphan)
		block := e.receipt(orphan).BlockNumber.Uint64()
		require.Less(t, e.finalized(), block, "the deposit's block is not final")
		time.Sleep(time.Second) // the orchestrators poll every 250 ms: they would have seen it
		require.Less(t, e.baseState().LastEventNonce, next)
		res, err := e.q.Attestations(e.ctx, &types.QueryAttestationsRequest{EventNonce: next})
		require.NoError(t, err)
		require.Empty(t, res.Attestations, "a deposit in a block not yet final is not attested")

		parent, err := u.Client.Eth.HeaderByNumber(e.ctx, new(big.Int).SetUint64(block-1))
		require.NoError(t, err)
		require.NoError(t, e.n.Base.Fork(parent.Hash()))
		var kept *ethtypes.Transaction
		require.Eventually(t, func() bool { kept = send(3, app.Flock(9), keptTo); return kept != nil }, 5*time.Second, 10*time.Millisecond)
		require.GreaterOrEqual(t, e.receipt(kept).BlockNumber.Uint64(), block)
		_, err = u.Client.Eth.TransactionReceipt(e.ctx, orphan.Hash())
		require.Error(t, err, "the orphan is in no block of the new chain")
		e.finalize(block)
		e.waitApplied(next, 20*time.Second)

		res, err = e.q.Attestations(e.ctx, &types.QueryAttestationsRequest{EventNonce: next})
		require.NoError(t, err)
		require.Len(t, res.Attestations, 1, "one claim for the nonce: nobody attested the orphan")
		require.Equal(t, types.HashString(kept.Hash()), res.Attestations[0].Attestation.Event.TxHash)
		require.Equal(t, types.ATTESTATION_STATUS_APPLIED, res.Attestations[0].Attestation.Status)
		require.Equal(t, app.Flock(9).String(), e.n.Balance(keptTo).String())
		require.True(t, e.n.Balance(orphanTo).IsZero(), "the orphaned deposit minted nothing")
	})

	t.Run("a forged deposit attested by one orchestrator of four is never applied", func(t *testing.T) {
		e.t = t
		// validator 3's orchestrator catches up (the chain takes its nonces only in order), then
		// stops on SIGTERM, cleanly; its key then attests a deposit that never happened
		liar := e.n.Validators[3]
		applied := e.baseState().LastEventNonce
		e.startOrchestrator(3)
		require.Eventually(t, func() bool { return e.ownNonce(3) == applied }, 30*time.Second, 100*time.Millisecond)
		require.NoError(t, e.orch[3].stop(10*time.Second), "SIGTERM: a clean exit")

		next := applied + 1
		forgedTo := sdk.AccAddress("forged-deposit-recip")
		forged := types.BaseEvent{EventNonce: next, BaseBlock: e.finalized(), TxHash: types.HashString(common.HexToHash("0xf0f0")),
			Claim: &types.BaseEvent_Deposit{Deposit: &types.DepositClaim{Sender: crypto.PubkeyToAddress(e.n.Users[0].PublicKey).Hex(),
				Recipient: forgedTo.String(), Amount: app.Flock(1_000_000)}}}
		_, err := e.n.Client(3, bridgenet.OrchestratorKey).Send(e.ctx, &types.MsgAttestEvents{Orchestrator: liar.Orchestrator.String(), Events: []types.BaseEvent{forged}})
		require.NoError(t, err, "the chain takes the vote: it cannot tell a lie from a late observation")
		time.Sleep(2 * time.Second)
		require.Less(t, e.baseState().LastEventNonce, next, "a quarter of the power applies nothing")

		real := e.depositBatch(1)[0]
		require.Equal(t, next, real.nonce)
		e.finalize(real.block)
		e.waitApplied(next, 20*time.Second)
		res, err := e.q.Attestations(e.ctx, &types.QueryAttestationsRequest{EventNonce: next})
		require.NoError(t, err)
		status := map[string]types.AttestationStatus{}
		for _, a := range res.Attestations {
			status[a.Attestation.Event.TxHash] = a.Attestation.Status
		}
		require.Equal(t, map[string]types.AttestationStatus{
			forged.TxHash: types.ATTESTATION_STATUS_REJECTED, types.HashString(real.tx): types.ATTESTATION_STATUS_APPLIED,
		}, status)
		require.True(t, e.n.Balance(forgedTo).IsZero(), "the forged deposit minted nothing")
		e.checkDeposits()
		e.checkNobodyPunished()
	})
}
