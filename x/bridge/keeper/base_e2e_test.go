package keeper_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/claims"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/testutil/basetest"
	"github.com/flockchain/flock/x/bridge/types"
)

// baseLink plays the orchestrators and the relayer between the in-memory chain and FlockBridge
// on the devchain, with no relayer process: it reads Base's events, has every orchestrator
// attest them, and carries the chain's signature lists to the contract.
type baseLink struct {
	h      *valsetHarness
	env    *basetest.Env
	reader *baseclient.EventReader
	next   uint64 // the next Base block to read
}

// relay reads Base's new events, has every validator's orchestrator attest them and commits a
// block so they are applied.
func (l *baseLink) relay() []baseclient.Event {
	t := l.h.t
	head, err := l.env.Chain.Client().BlockNumber(context.Background())
	require.NoError(t, err)
	evs, err := l.reader.Events(context.Background(), l.next, head)
	require.NoError(t, err)
	l.next = head + 1
	if len(evs) == 0 {
		return nil
	}
	claims := make([]types.BaseEvent, len(evs))
	for i, ev := range evs {
		claims[i] = l.claim(ev)
	}
	for i := range l.h.f.Validators {
		_, err := l.h.ms.AttestEvents(l.h.ctx(), &types.MsgAttestEvents{Orchestrator: l.h.val(i).Orchestrator.String(), Events: claims})
		require.NoError(t, err, "validator %d attesting %d events", i, len(claims))
		l.h.backed()
	}
	l.h.block()
	bs, err := l.h.k.BaseState.Get(l.h.ctx())
	require.NoError(t, err)
	require.Equal(t, claims[len(claims)-1].EventNonce, bs.LastEventNonce, "every attested event applied")
	return evs
}

// claim is what an orchestrator attests for ev (bridge/claims, as flock-relayer does), a
// veto's claimed leaves read at the veto's block with the chain's leaf count.
func (l *baseLink) claim(ev baseclient.Event) types.BaseEvent {
	out, err := claims.FromEvent(context.Background(), ev, func(ctx context.Context, epoch, atBlock uint64) ([]uint64, error) {
		s, err := l.h.k.Settlements.Get(l.h.ctx(), epoch)
		if err != nil {
			return nil, err
		}
		return l.reader.ClaimedLeaves(ctx, epoch, s.Count, atBlock)
	})
	require.NoError(l.h.t, err)
	return out
}

// contractSigs is a signature list in the contract's form.
func contractSigs(t *testing.T, list types.SignatureList) []bindings.FlockSignedSignature {
	require.True(t, list.Quorum, "no quorum: %d of 2^32 signed", list.SignedPower)
	out := make([]bindings.FlockSignedSignature, len(list.Signatures))
	for i, s := range list.Signatures {
		sig, err := ethsig.ParseHex(s.Signature)
		require.NoError(t, err)
		out[i] = basetest.ToSignature(int(s.SignerIndex), sig)
	}
	return out
}

func bindingOf(t *testing.T, v types.Valset) bindings.FlockSignedValset {
	bvs, err := v.Bridge()
	require.NoError(t, err)
	return basetest.ToBinding(bvs)
}

// signSettlement has every orchestrator confirm settlement epoch and returns the chain's
// signature list for it.
func (l *baseLink) signSettlement(epoch uint64) (types.Settlement, types.SignatureList) {
	s, err := l.h.k.Settlements.Get(l.h.ctx(), epoch)
	require.NoError(l.h.t, err)
	require.Equal(l.h.t, types.SETTLEMENT_STATUS_SIGNING, s.Status)
	for i := range l.h.f.Validators {
		require.NoError(l.h.t, l.h.confirmSettlement(i, s))
	}
	res, err := l.h.q.SettlementConfirmations(l.h.ctx(), &types.QuerySettlementConfirmationsRequest{Epoch: epoch})
	require.NoError(l.h.t, err)
	return s, res.Signatures
}

// submitSettlement sends the chain's settlement epoch to FlockBridge with its signature list.
func (l *baseLink) submitSettlement(epoch uint64) (types.Settlement, types.SignatureList) {
	s, list := l.signSettlement(epoch)
	root, err := types.ParseHash("root", s.Root)
	require.NoError(l.h.t, err)
	l.env.Must(func() (*ethtypes.Transaction, error) {
		return l.env.Bridge.SubmitSettlement(l.env.Deployer, bindingOf(l.h.t, list.SigningValset), contractSigs(l.h.t, list),
			new(big.Int).SetUint64(epoch), root, s.Total.BigInt(), new(big.Int).SetUint64(s.Count))
	})
	return s, list
}

// cut waits (in chain blocks) for the next settlement to be cut and built.
func (l *baseLink) cut(epoch uint64) {
	for range 20 {
		l.h.block()
		if s, err := l.h.k.Settlements.Get(l.h.ctx(), epoch); err == nil && s.Status == types.SETTLEMENT_STATUS_SIGNING {
			return
		}
	}
	l.h.t.Fatalf("settlement %d not signable after 20 blocks", epoch)
}

func (l *baseLink) withdraw(from sdk.AccAddress, to common.Address, n int64) {
	_, err := l.h.ms.Withdraw(l.h.ctx(), &types.MsgWithdraw{Sender: from.String(), BaseRecipient: to.Hex(), Amount: sdk.NewCoin(app.BondDenom, app.Flock(n))})
	require.NoError(l.h.t, err)
	l.h.backed()
}

func (l *baseLink) chainBalance(a sdk.AccAddress) math.Int {
	return l.h.f.App.BankKeeper.GetBalance(l.h.ctx(), a, app.BondDenom).Amount
}

// TestBaseRoundTrip is the bridge end to end with FlockBridge on the devchain and the keeper
// as the only producer of what Base verifies: a deposit on Base is attested and minted; a
// withdrawal becomes a settlement the keeper cuts, the validators' orchestrators confirm with
// their eth keys, and the chain's signature list lands on Base; the payee claims there with
// the proof from the chain's query; a power change makes a valset that the chain's signature
// list installs on Base (proposed, then activated after the delay, both attested back); the
// next settlement is signed by the new valset, vetoed by the guardian, and re-credited on the
// chain; a valset vetoed on Base is replaced by the chain under a new nonce, which Base takes.
// The backing invariant holds after every step.
func TestBaseRoundTrip(t *testing.T) {
	h := newValsetHarness(t, 100, 200, 300, 400)
	h.setParams(func(p *types.Params) { p.SettlementInterval = time.Minute; p.BaseChainId = devchain.ChainID })
	for i := range 4 {
		h.register(i, nil)
	}
	h.block()
	vs1 := h.valset(1)

	// Base: FlockBridge deployed under the chain's valset 1, each member's key its validator's
	bvs1, err := vs1.Bridge()
	require.NoError(t, err)
	keys := make([]*ecdsa.PrivateKey, len(bvs1.Members))
	for j, m := range bvs1.Members {
		for i := range h.f.Validators {
			if h.val(i).EthAddress == m.Address {
				keys[j] = h.keys[i]
			}
		}
	}
	env := basetest.New(t, basetest.Options{Valset: &bvs1, Keys: keys})
	h.setParams(func(p *types.Params) {
		p.BridgeContract, p.TokenContract, p.BridgeId = env.BridgeAddr.Hex(), env.TokenAddr.Hex(), types.HashString(env.BridgeID)
	})
	h.setActiveValset(1) // the deploy-time valset, as a genesis naming the deployment records it
	reader, err := baseclient.NewEventReader(env.BridgeAddr, env.Chain.Client(), 0)
	require.NoError(t, err)
	l := &baseLink{h: h, env: env, reader: reader, next: 1}

	// deposit 1,000 FLOCK on Base for alice on the chain
	alice := sdk.AccAddress("base-round-trip-alic")
	depositor := env.Users[0]
	env.Approve(depositor, basetest.Flock(1_000))
	env.Must(func() (*ethtypes.Transaction, error) {
		return env.Bridge.Deposit(depositor, basetest.Flock(1_000), alice.String())
	})
	l.relay()
	require.Equal(t, app.Flock(1_000), l.chainBalance(alice))

	// alice withdraws 300 to bob and 200 to carol on Base: settlement 1
	bob, carol := env.Users[1].From, env.Users[2].From
	bobBefore, carolBefore := env.Balance(bob), env.Balance(carol)
	l.withdraw(alice, bob, 300)
	l.withdraw(alice, carol, 200)
	l.cut(1)
	s1, _ := l.submitSettlement(1)
	require.Equal(t, uint64(2), s1.Count)
	l.relay()
	s1, err = h.k.Settlements.Get(h.ctx(), 1)
	require.NoError(t, err)
	require.Equal(t, types.SETTLEMENT_STATUS_LANDED, s1.Status)

	// bob and carol claim on Base with the chain's proofs
	env.PassDelay()
	for _, who := range []*bind.TransactOpts{env.Users[1], env.Users[2]} {
		res, err := h.q.ProofsByAccount(h.ctx(), &types.QueryProofsByAccountRequest{BaseAddress: who.From.Hex()})
		require.NoError(t, err)
		require.Len(t, res.Proofs, 1)
		p := res.Proofs[0]
		proof := make([]common.Hash, len(p.Proof))
		for i, s := range p.Proof {
			proof[i] = common.HexToHash(s)
		}
		env.Must(func() (*ethtypes.Transaction, error) {
			return env.Bridge.Claim(who, new(big.Int).SetUint64(p.Leaf.Epoch), new(big.Int).SetUint64(p.Leaf.Index),
				common.HexToAddress(p.Leaf.Withdrawal.BaseRecipient), p.Leaf.Withdrawal.Amount.BigInt(), basetest.Proof(proof))
		})
	}
	require.Equal(t, new(big.Int).Add(bobBefore, basetest.Flock(300)), env.Balance(bob))
	require.Equal(t, new(big.Int).Add(carolBefore, basetest.Flock(200)), env.Balance(carol))

	// a power change: valset 2, confirmed on the chain, installed on Base with the chain's list
	h.delegate(0, 200)
	h.block()
	require.Equal(t, uint64(2), h.latestNonce())
	vs2 := h.valset(2)
	for i := range 4 {
		require.NoError(t, h.confirmValset(i, 2))
	}
	res, err := h.q.ValsetConfirmations(h.ctx(), &types.QueryValsetConfirmationsRequest{Nonce: 2})
	require.NoError(t, err)
	require.Equal(t, uint64(1), res.Signatures.SigningValset.Nonce)
	env.Must(func() (*ethtypes.Transaction, error) {
		return env.Bridge.UpdateValset(env.Deployer, bindingOf(t, vs2), bindingOf(t, res.Signatures.SigningValset), contractSigs(t, res.Signatures))
	})
	l.relay()
	bs, err := h.k.BaseState.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, uint64(2), bs.PendingValsetNonce)
	require.Equal(t, vs2.Checkpoint, bs.PendingCheckpoint)
	env.PassDelay()
	env.Must(func() (*ethtypes.Transaction, error) { return env.Bridge.ActivateValset(env.Deployer) })
	l.relay()
	bs, err = h.k.BaseState.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, uint64(2), bs.ActiveValsetNonce)
	onBase, err := env.Bridge.ValsetCheckpoint(&bind.CallOpts{})
	require.NoError(t, err)
	require.Equal(t, vs2.Checkpoint, types.HashString(onBase))

	// settlement 2, signed by valset 2, lands and is vetoed: re-credited to alice on the chain
	l.withdraw(alice, bob, 150)
	aliceBefore := l.chainBalance(alice)
	l.cut(2)
	_, list := l.submitSettlement(2)
	require.Equal(t, uint64(2), list.SigningValset.Nonce, "signed against Base's new valset")
	env.Must(func() (*ethtypes.Transaction, error) { return env.Bridge.VetoSettlement(env.Guardian, big.NewInt(2)) })
	l.relay()
	for range 5 {
		h.block()
	}
	s2, err := h.k.Settlements.Get(h.ctx(), 2)
	require.NoError(t, err)
	require.Equal(t, types.SETTLEMENT_STATUS_VETOED, s2.Status)
	require.Equal(t, aliceBefore.Add(app.Flock(150)), l.chainBalance(alice), "the vetoed payout is back on the chain")
	b, err := h.k.Backing.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, app.Flock(1_000), b.Deposited)
	require.Equal(t, app.Flock(650), b.Burned)
	require.Equal(t, app.Flock(150), b.Reminted)
	// FLOCK locked on Base behind the chain: the deposit less what was paid out there
	locked := env.Balance(env.BridgeAddr)
	require.Equal(t, basetest.Flock(1_000-500), locked)

	// valset 3 proposed on Base and vetoed by the guardian: the chain makes valset 4, same
	// members under a new nonce, which Base then takes
	h.delegate(1, 300)
	h.block()
	require.Equal(t, uint64(3), h.latestNonce())
	propose := func(nonce uint64) {
		for i := range 4 {
			require.NoError(t, h.confirmValset(i, nonce))
		}
		res, err := h.q.ValsetConfirmations(h.ctx(), &types.QueryValsetConfirmationsRequest{Nonce: nonce})
		require.NoError(t, err)
		require.Equal(t, uint64(2), res.Signatures.SigningValset.Nonce)
		env.Must(func() (*ethtypes.Transaction, error) {
			return env.Bridge.UpdateValset(env.Deployer, bindingOf(t, h.valset(nonce)), bindingOf(t, res.Signatures.SigningValset), contractSigs(t, res.Signatures))
		})
	}
	propose(3)
	env.Must(func() (*ethtypes.Transaction, error) { return env.Bridge.VetoValset(env.Guardian) })
	l.relay()
	require.True(t, h.valset(3).Vetoed)
	h.block()
	require.Equal(t, uint64(4), h.latestNonce())
	require.Equal(t, h.valset(3).Members, h.valset(4).Members)
	propose(4)
	env.PassDelay()
	env.Must(func() (*ethtypes.Transaction, error) { return env.Bridge.ActivateValset(env.Deployer) })
	l.relay()
	bs, err = h.k.BaseState.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, uint64(4), bs.ActiveValsetNonce)
	require.Equal(t, h.valset(4).Checkpoint, bs.ActiveCheckpoint)
}
