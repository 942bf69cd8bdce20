// Package bridge_test runs the chain's x/bridge against FlockBridge on the devchain with no
// relayer process: the test plays the orchestrators (reads Base events, attests them, signs
// what the chain asks) and the relayer (submits the chain's signature lists to the contract),
// so what it checks is that the two halves agree byte for byte.
package bridge_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/claims"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/testutil/basetest"
	"github.com/flockchain/flock/x/bridge/keeper"
	"github.com/flockchain/flock/x/bridge/types"
)

// world is a chain with four validators whose orchestrators are registered, and FlockBridge
// deployed on the devchain with the chain's first valset.
type world struct {
	t      *testing.T
	f      *apptest.Fixture
	k      keeper.Keeper
	ms     types.MsgServer
	q      types.QueryServer
	base   *basetest.Env
	reader *baseclient.EventReader
	seen   uint64 // last Base block read
}

func newWorld(t *testing.T, balances ...apptest.Balance) *world {
	f := apptest.SetupValidators(t, apptest.Bonds(100, 100, 100, 100), balances...)
	w := &world{t: t, f: f, k: f.App.BridgeKeeper, ms: keeper.NewMsgServerImpl(f.App.BridgeKeeper), q: keeper.NewQueryServerImpl(f.App.BridgeKeeper)}

	// the bridge must be configured before the chain makes valsets; the contract address is
	// known only after the deploy, which needs the valset: a placeholder first
	p := types.DefaultParams()
	p.BaseChainId, p.BridgeContract, p.BridgeId = 1, common.HexToAddress("0x01").Hex(), types.HashString(common.HexToHash("0x01"))
	p.SettlementInterval = time.Minute
	w.setParams(p)
	for _, v := range f.Validators {
		d := types.RegistrationDigest(apptest.ChainID, v.ValAddr, v.Orchestrator, v.EthAddress)
		sig, err := ethsig.Sign(d, v.EthKey)
		require.NoError(t, err)
		w.deliver(func(ctx sdk.Context) error {
			_, err := w.ms.RegisterOrchestrator(ctx, &types.MsgRegisterOrchestrator{
				Validator: v.ValAddr.String(), Orchestrator: v.Orchestrator.String(), EthAddress: v.EthAddress.Hex(), EthSignature: sig.Hex(),
			})
			return err
		})
	}
	w.block()
	first := w.latestValset()
	require.Equal(t, uint64(1), first.Nonce)
	vs, err := first.Bridge()
	require.NoError(t, err)

	// deploy FlockBridge with the chain's valset: Keys[i] must sign for Members[i]
	keyOf := map[common.Address]*ecdsa.PrivateKey{}
	for _, v := range f.Validators {
		keyOf[v.EthAddress] = v.EthKey
	}
	keys := make([]*ecdsa.PrivateKey, len(vs.Members))
	for i, m := range vs.Members {
		keys[i] = keyOf[m.Address]
	}
	w.base = basetest.New(t, basetest.Options{Valset: &vs, Keys: keys, ClaimDelay: 3600})
	w.reader, err = baseclient.NewEventReader(w.base.BridgeAddr, w.base.Chain.Client(), 0)
	require.NoError(t, err)

	p.BaseChainId = w.base.Domain.ChainID.Uint64()
	p.BridgeContract, p.TokenContract = w.base.BridgeAddr.Hex(), w.base.TokenAddr.Hex()
	p.BridgeId = types.HashString(w.base.BridgeID)
	p.MaxSettlementTotal = math.NewIntFromBigInt(w.base.Cap)
	w.setParams(p)
	// the contract starts with the valset it was deployed with; its constructor's ValsetUpdated
	// carries event nonce 0, which is not attested: a deployment records it in genesis
	w.deliver(func(ctx sdk.Context) error {
		bs, err := w.k.BaseState.Get(ctx)
		if err != nil {
			return err
		}
		bs.ActiveValsetNonce, bs.ActiveCheckpoint = first.Nonce, first.Checkpoint
		return w.k.BaseState.Set(ctx, bs)
	})
	return w
}

func (w *world) setParams(p types.Params) {
	w.t.Helper()
	require.NoError(w.t, p.Validate())
	w.deliver(func(ctx sdk.Context) error { return w.k.Params.Set(ctx, p) })
}

// deliver runs fn as a transaction would: kept only if it succeeds; the invariant holds after.
func (w *world) deliver(fn func(ctx sdk.Context) error) {
	w.t.Helper()
	cache, write := w.f.Context().CacheContext()
	require.NoError(w.t, fn(cache))
	write()
	require.NoError(w.t, w.k.CheckBacking(w.f.Context()))
}

// block commits a block 10 s later; the invariant holds after.
func (w *world) block() {
	w.t.Helper()
	w.f.Advance(w.t, 10*time.Second)
	require.NoError(w.t, w.k.CheckBacking(w.f.Context()))
}

func (w *world) latestValset() types.Valset {
	w.t.Helper()
	res, err := w.q.Valset(w.f.Context(), &types.QueryValsetRequest{})
	require.NoError(w.t, err)
	return res.Valset
}

// observe plays every orchestrator: reads the new Base events and attests them, then commits
// a block so they are applied.
func (w *world) observe() []baseclient.Event {
	w.t.Helper()
	head, err := w.base.Chain.Client().BlockNumber(context.Background())
	require.NoError(w.t, err)
	evs, err := w.reader.Events(context.Background(), w.seen+1, head)
	require.NoError(w.t, err)
	w.seen = head
	claimed := func(ctx context.Context, epoch, atBlock uint64) ([]uint64, error) {
		s, err := w.q.Settlement(w.f.Context(), &types.QuerySettlementRequest{Epoch: epoch})
		if err != nil {
			return nil, err
		}
		return w.reader.ClaimedLeaves(ctx, epoch, s.Settlement.Count, atBlock)
	}
	var out []types.BaseEvent
	for _, ev := range evs {
		c, err := claims.FromEvent(context.Background(), ev, claimed)
		require.NoError(w.t, err)
		out = append(out, c)
	}
	if len(out) > 0 {
		for _, v := range w.f.Validators {
			w.deliver(func(ctx sdk.Context) error {
				_, err := w.ms.AttestEvents(ctx, &types.MsgAttestEvents{Orchestrator: v.Orchestrator.String(), Events: out})
				return err
			})
		}
	}
	w.block()
	return evs
}

// confirmSettlement has every orchestrator sign the settlement's EIP-712 digest.
func (w *world) confirmSettlement(s types.Settlement) {
	w.t.Helper()
	root, err := types.ParseHash("root", s.Root)
	require.NoError(w.t, err)
	d := w.base.Domain.Settlement(digest.Settlement{Epoch: s.Epoch, Root: root, Total: s.Total.BigInt(), Count: s.Count})
	for _, v := range w.f.Validators {
		sig, err := ethsig.Sign(d, v.EthKey)
		require.NoError(w.t, err)
		w.deliver(func(ctx sdk.Context) error {
			_, err := w.ms.ConfirmSettlement(ctx, &types.MsgConfirmSettlement{Orchestrator: v.Orchestrator.String(), Epoch: s.Epoch, Signature: sig.Hex()})
			return err
		})
	}
}

// submitSettlement plays the relayer: the chain's signature list, as the contract takes it.
func (w *world) submitSettlement(s types.Settlement) {
	w.t.Helper()
	res, err := w.q.SettlementConfirmations(w.f.Context(), &types.QuerySettlementConfirmationsRequest{Epoch: s.Epoch})
	require.NoError(w.t, err)
	list := res.Signatures
	require.True(w.t, list.Quorum, "signed power %d", list.SignedPower)
	current, err := list.SigningValset.Bridge()
	require.NoError(w.t, err)
	sigs := make([]bindings.FlockSignedSignature, len(list.Signatures))
	for i, cs := range list.Signatures {
		sig, err := types.ParseSignature("signature", cs.Signature)
		require.NoError(w.t, err)
		sigs[i] = basetest.ToSignature(int(cs.SignerIndex), sig)
	}
	root, err := types.ParseHash("root", s.Root)
	require.NoError(w.t, err)
	w.base.Must(func() (*ethtypes.Transaction, error) {
		return w.base.Bridge.SubmitSettlement(w.base.Deployer, basetest.ToBinding(current), sigs,
			new(big.Int).SetUint64(s.Epoch), root, s.Total.BigInt(), new(big.Int).SetUint64(s.Count))
	})
}

// settle waits for the next settlement to be signable and returns it.
func (w *world) nextSettlement(epoch uint64) types.Settlement {
	w.t.Helper()
	for range 20 {
		res, err := w.q.Settlement(w.f.Context(), &types.QuerySettlementRequest{Epoch: epoch})
		if err == nil && res.Settlement.Status == types.SETTLEMENT_STATUS_SIGNING {
			return res.Settlement
		}
		w.f.Advance(w.t, time.Minute)
	}
	w.t.Fatalf("settlement %d never became signable", epoch)
	return types.Settlement{}
}

func (w *world) balance(a sdk.AccAddress) math.Int {
	return w.f.App.BankKeeper.GetBalance(w.f.Context(), a, app.BondDenom).Amount
}

func (w *world) withdraw(from sdk.AccAddress, to common.Address, flock int64) {
	w.t.Helper()
	w.deliver(func(ctx sdk.Context) error {
		_, err := w.ms.Withdraw(ctx, &types.MsgWithdraw{Sender: from.String(), BaseRecipient: to.Hex(), Amount: sdk.NewCoin(app.BondDenom, app.Flock(flock))})
		return err
	})
}

// TestDepositWithdrawClaimAndVeto: a deposit on Base becomes aflock once the orchestrators
// attest it; a withdrawal becomes a settlement the chain's validators sign, the contract accepts
// it with the chain's signature list and pays the claim made with the chain's proof; a second
// settlement vetoed on Base is given back on the chain, and the supply stays backed throughout.
func TestDepositWithdrawClaimAndVeto(t *testing.T) {
	alice := sdk.AccAddress([]byte("alice_______________"))
	w := newWorld(t)

	user := w.base.Users[0]
	payee := w.base.Users[1].From

	// deposit 50 FLOCK on Base for alice
	w.base.Approve(user, basetest.Flock(50))
	w.base.Must(func() (*ethtypes.Transaction, error) {
		return w.base.Bridge.Deposit(user, basetest.Flock(50), alice.String())
	})
	evs := w.observe()
	require.Len(t, evs, 1)
	require.Equal(t, app.Flock(50), w.balance(alice))
	bs, err := w.q.BaseState(w.f.Context(), &types.QueryBaseStateRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(1), bs.State.LastEventNonce)

	// withdraw 20 FLOCK to payee; settlement 1 is cut, built, signed and submitted
	w.withdraw(alice, payee, 20)
	require.Equal(t, app.Flock(30), w.balance(alice))
	s1 := w.nextSettlement(1)
	require.Equal(t, uint64(1), s1.Count)
	require.Equal(t, app.Flock(20), s1.Total)
	w.confirmSettlement(s1)
	w.submitSettlement(s1)
	w.observe()
	got, err := w.q.Settlement(w.f.Context(), &types.QuerySettlementRequest{Epoch: 1})
	require.NoError(t, err)
	require.Equal(t, types.SETTLEMENT_STATUS_LANDED, got.Settlement.Status)

	// claim on Base with the chain's proof, after the delay
	proofs, err := w.q.ProofsByAccount(w.f.Context(), &types.QueryProofsByAccountRequest{BaseAddress: payee.Hex()})
	require.NoError(t, err)
	require.Len(t, proofs.Proofs, 1)
	lp := proofs.Proofs[0]
	var proof [][32]byte
	for _, h := range lp.Proof {
		b, err := types.ParseHash("proof", h)
		require.NoError(t, err)
		proof = append(proof, b)
	}
	w.base.PassDelay()
	before := w.base.Balance(payee)
	w.base.Must(func() (*ethtypes.Transaction, error) {
		return w.base.Bridge.Claim(w.base.Deployer, big.NewInt(1), new(big.Int).SetUint64(lp.Leaf.Index), payee, lp.Leaf.Withdrawal.Amount.BigInt(), proof)
	})
	require.Equal(t, basetest.Flock(20), new(big.Int).Sub(w.base.Balance(payee), before))

	// settlement 2 (two leaves) lands, one leaf is claimed, then the guardian pauses and vetoes:
	// only the unclaimed leaf comes back to alice on the chain
	w.withdraw(alice, payee, 5)
	w.withdraw(alice, w.base.Users[2].From, 7)
	require.Equal(t, app.Flock(18), w.balance(alice))
	s2 := w.nextSettlement(2)
	require.Equal(t, uint64(2), s2.Count)
	w.confirmSettlement(s2)
	w.submitSettlement(s2)
	w.observe()
	w.base.PassDelay()
	p0, err := w.q.Proof(w.f.Context(), &types.QueryProofRequest{Epoch: 2, Index: 0})
	require.NoError(t, err)
	var proof0 [][32]byte
	for _, h := range p0.Proof.Proof {
		b, err := types.ParseHash("proof", h)
		require.NoError(t, err)
		proof0 = append(proof0, b)
	}
	acct0, err := types.ParseEthAddress("account", p0.Proof.Leaf.Withdrawal.BaseRecipient)
	require.NoError(t, err)
	w.base.Must(func() (*ethtypes.Transaction, error) {
		return w.base.Bridge.Claim(w.base.Deployer, big.NewInt(2), big.NewInt(0), acct0, p0.Proof.Leaf.Withdrawal.Amount.BigInt(), proof0)
	})
	w.base.Must(func() (*ethtypes.Transaction, error) { return w.base.Bridge.Pause(w.base.Guardian) })
	w.base.Must(func() (*ethtypes.Transaction, error) {
		return w.base.Bridge.VetoSettlement(w.base.Guardian, big.NewInt(2))
	})
	evs = w.observe()
	require.Equal(t, baseclient.KindSettlementVetoed, evs[len(evs)-1].Kind())
	for range 5 { // re-crediting runs in EndBlock, a bounded number of leaves per block
		w.block()
	}
	got, err = w.q.Settlement(w.f.Context(), &types.QuerySettlementRequest{Epoch: 2})
	require.NoError(t, err)
	require.Equal(t, types.SETTLEMENT_STATUS_VETOED, got.Settlement.Status)
	unclaimed := app.Flock(12).Sub(p0.Proof.Leaf.Withdrawal.Amount)
	require.Equal(t, unclaimed, got.Settlement.Recredited)
	require.Equal(t, app.Flock(18).Add(unclaimed), w.balance(alice))

	// the backing ledger: 50 deposited, 32 burned, the unclaimed leaf re-minted
	b, err := w.q.Backing(w.f.Context(), &types.QueryBackingRequest{})
	require.NoError(t, err)
	require.Equal(t, app.Flock(50), b.Backing.Deposited)
	require.Equal(t, app.Flock(32), b.Backing.Burned)
	require.Equal(t, unclaimed, b.Backing.Reminted)
}

// TestValsetChangeReachesBase: a change of bonded power makes the chain a new valset; its
// confirmations, in the order of the valset active on Base, are what updateValset takes; once
// activated on Base and attested, the next settlement is signed against the new valset.
func TestValsetChangeReachesBase(t *testing.T) {
	bob := sdk.AccAddress([]byte("bob_________________"))
	alice := sdk.AccAddress([]byte("alice_______________"))
	w := newWorld(t, apptest.Fund(bob, 1_000), apptest.Fund(alice, 100))

	// 60 FLOCK more behind validator 0: its share goes from 25 % to 35 %, far above 5 %
	w.f.Delegate(t, w.f.Context(), bob, w.f.Validators[0].ValAddr, app.Flock(60))
	w.block()
	w.block()
	vs2 := w.latestValset()
	require.Equal(t, uint64(2), vs2.Nonce)
	next, err := vs2.Bridge()
	require.NoError(t, err)

	d := w.base.Domain.Valset(next)
	for _, v := range w.f.Validators {
		sig, err := ethsig.Sign(d, v.EthKey)
		require.NoError(t, err)
		w.deliver(func(ctx sdk.Context) error {
			_, err := w.ms.ConfirmValset(ctx, &types.MsgConfirmValset{Orchestrator: v.Orchestrator.String(), Nonce: 2, Signature: sig.Hex()})
			return err
		})
	}
	res, err := w.q.ValsetConfirmations(w.f.Context(), &types.QueryValsetConfirmationsRequest{Nonce: 2})
	require.NoError(t, err)
	require.True(t, res.Signatures.Quorum)
	require.Equal(t, uint64(1), res.Signatures.SigningValset.Nonce)
	current, err := res.Signatures.SigningValset.Bridge()
	require.NoError(t, err)
	sigs := make([]bindings.FlockSignedSignature, len(res.Signatures.Signatures))
	for i, cs := range res.Signatures.Signatures {
		sig, err := types.ParseSignature("signature", cs.Signature)
		require.NoError(t, err)
		sigs[i] = basetest.ToSignature(int(cs.SignerIndex), sig)
	}
	w.base.Must(func() (*ethtypes.Transaction, error) {
		return w.base.Bridge.UpdateValset(w.base.Deployer, basetest.ToBinding(next), basetest.ToBinding(current), sigs)
	})
	w.observe()
	bs, err := w.q.BaseState(w.f.Context(), &types.QueryBaseStateRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(2), bs.State.PendingValsetNonce)
	require.Equal(t, uint64(1), bs.State.ActiveValsetNonce)

	w.base.PassDelay()
	w.base.Must(func() (*ethtypes.Transaction, error) { return w.base.Bridge.ActivateValset(w.base.Deployer) })
	w.observe()
	bs, err = w.q.BaseState(w.f.Context(), &types.QueryBaseStateRequest{})
	require.NoError(t, err)
	require.Equal(t, uint64(2), bs.State.ActiveValsetNonce)
	require.Equal(t, vs2.Checkpoint, bs.State.ActiveCheckpoint)

	// a settlement now goes through with the new valset's signatures
	w.withdraw(alice, w.base.Users[1].From, 10)
	s1 := w.nextSettlement(1)
	w.confirmSettlement(s1)
	w.submitSettlement(s1)
	w.observe()
	got, err := w.q.Settlement(w.f.Context(), &types.QuerySettlementRequest{Epoch: 1})
	require.NoError(t, err)
	require.Equal(t, types.SETTLEMENT_STATUS_LANDED, got.Settlement.Status)
}
