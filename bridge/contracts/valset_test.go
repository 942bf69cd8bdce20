package contracts_test

import (
	"crypto/ecdsa"
	"github.com/flockchain/flock/bridge/ethsig"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/testutil/basetest"
)

func TestUpdateValset(t *testing.T) {
	e := basetest.New(t, basetest.Options{Signers: 4})
	e.Fund(flock(10))
	oldKeys, old := e.Keys, e.Valset
	newKeys, next := basetest.SignerSet(20, []uint64{10, 20, 30}, 5, "next") // nonce may skip
	r := e.ProposeValset(next)
	head, _ := e.Chain.Client().HeaderByNumber(e.Ctx, r.BlockNumber)
	ev := event(t, r, e.Bridge.ParseValsetProposed)
	if ev.EventNonce.Uint64() != 2 || ev.ValsetNonce.Uint64() != 5 || ev.Checkpoint != next.Checkpoint() || len(ev.Signers) != 20 ||
		ev.Powers[19].Uint64() != next.Members[19].Power || ev.ActivatesAt.Uint64() != head.Time+e.Delay {
		t.Fatalf("ValsetProposed %+v", ev)
	}
	if n, _ := e.Bridge.EventNonce(call()); n.Uint64() != 2 { // 1 fundRewards, 2 the proposal
		t.Fatalf("eventNonce %s after a proposal, want 2", n)
	}
	if cp, _ := e.Bridge.PendingValsetCheckpoint(call()); cp != next.Checkpoint() {
		t.Fatal("pending checkpoint not stored")
	}
	if cp, _ := e.Bridge.ValsetCheckpoint(call()); cp != old.Checkpoint() {
		t.Fatal("a proposal changed the active valset")
	}

	// while it is pending the active valset signs and the new one cannot
	s1, _ := merkle.BuildSettlement(1, payouts(3, flock(1)))
	e.Keys, e.Valset = newKeys, next
	e.Reverts("CheckpointMismatch", e.SubmitFn(s1, e.Quorum()))
	e.Keys, e.Valset = oldKeys, old
	e.Must(e.SubmitFn(s1, e.Quorum()))
	// one proposal at a time
	_, other := basetest.SignerSet(4, nil, 6, "other")
	e.Reverts("ValsetChangePending", func() (*types.Transaction, error) {
		return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(other), basetest.ToBinding(old),
			basetest.Sign(oldKeys, e.Domain.Valset(other), e.Quorum()))
	})

	// activation: a second short of the delay is too early, anyone may activate after it
	now, _ := e.Chain.Client().HeaderByNumber(e.Ctx, nil)
	e.Wait(ev.ActivatesAt.Uint64() - 1 - now.Time)
	e.Reverts("ValsetActivationTooEarly", func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Users[3]) })
	e.Wait(1)
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Users[3]) })
	up := event(t, r, e.Bridge.ParseValsetUpdated)
	if up.EventNonce.Uint64() != 4 || up.ValsetNonce.Uint64() != 5 || up.Checkpoint != next.Checkpoint() { // 1 funding, 2 proposal, 3 settlement
		t.Fatalf("ValsetUpdated %+v", up)
	}
	if cp, _ := e.Bridge.ValsetCheckpoint(call()); cp != next.Checkpoint() {
		t.Fatal("checkpoint not activated")
	}
	if n, _ := e.Bridge.ValsetNonce(call()); n.Uint64() != 5 {
		t.Fatalf("valsetNonce %s", n)
	}
	if cp, _ := e.Bridge.PendingValsetCheckpoint(call()); cp != (common.Hash{}) {
		t.Fatal("pending valset left after activation")
	}
	e.Reverts("NoPendingValset", func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Users[3]) })

	// the old valset can no longer sign, the new one can
	s2, _ := merkle.BuildSettlement(2, payouts(3, flock(1)))
	e.Reverts("CheckpointMismatch", e.SubmitFn(s2, e.Quorum()))
	e.Keys, e.Valset = newKeys, next
	e.Must(e.SubmitFn(s2, e.Quorum()))

	// replaying the same update: the current valset changed, then the nonce is stale
	sigs := basetest.Sign(oldKeys, e.Domain.Valset(next), []int{0, 1, 2})
	e.Reverts("CheckpointMismatch", func() (*types.Transaction, error) {
		return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(next), basetest.ToBinding(old), sigs)
	})
	back := valset.Valset{Nonce: 5, Members: old.Members}
	e.Reverts("StaleValsetNonce", func() (*types.Transaction, error) {
		return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(back), basetest.ToBinding(next),
			basetest.Sign(newKeys, e.Domain.Valset(back), e.Quorum()))
	})
}

// The Gravity Bridge drain: whoever controls more than 2/3 of the signing power (stolen keys,
// or a chain bug that makes orchestrators sign) installs its own valset. Here its change waits
// in the delay, the guardian vetoes it, its public signatures cannot propose it again, and the
// honest change proposed next becomes the active valset.
func TestHostileValsetVetoedThenHonestInstalled(t *testing.T) {
	e := basetest.New(t, basetest.Options{Signers: 4})
	e.Fund(flock(100))
	cur := basetest.ToBinding(e.Valset)
	hostileKeys, hostile := basetest.SignerSet(4, nil, 1_000_000, "hostile")
	honestKeys, honest := basetest.SignerSet(5, nil, 2, "honest")
	hostileSigs := basetest.Sign(e.Keys, e.Domain.Valset(hostile), e.Quorum())
	honestSigs := basetest.Sign(e.Keys, e.Domain.Valset(honest), e.Quorum())
	propose := func(vs valset.Valset, sigs []bindings.FlockSignedSignature) func() (*types.Transaction, error) {
		return func() (*types.Transaction, error) {
			return e.Bridge.UpdateValset(e.Users[4], basetest.ToBinding(vs), cur, sigs)
		}
	}

	r := e.Must(propose(hostile, hostileSigs)) // the attacker is first
	// the chain attests the proposal (1 fundRewards, 2 the proposal): its monitor compares it
	if p := event(t, r, e.Bridge.ParseValsetProposed); p.EventNonce.Uint64() != 2 || p.Checkpoint != hostile.Checkpoint() {
		t.Fatalf("ValsetProposed %+v", p)
	}
	e.Reverts("ValsetChangePending", propose(honest, honestSigs))
	e.Reverts("ValsetActivationTooEarly", func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Users[4]) })
	// the hostile set cannot sign a settlement while it waits
	active := *e
	active.Keys, active.Valset = hostileKeys, hostile
	s, _ := merkle.BuildSettlement(1, []merkle.Payout{{Account: e.Users[4].From, Amount: flock(100)}})
	active.Reverts("CheckpointMismatch", active.SubmitFn(s, active.Quorum()))

	e.Reverts("NotGuardian", func() (*types.Transaction, error) { return e.Bridge.VetoValset(e.Users[4]) })
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoValset(e.Guardian) })
	ev := event(t, r, e.Bridge.ParseValsetVetoed)
	if ev.EventNonce.Uint64() != 3 || ev.ValsetNonce.Uint64() != 1_000_000 || ev.Checkpoint != hostile.Checkpoint() {
		t.Fatalf("ValsetVetoed %+v", ev)
	}
	if v, _ := e.Bridge.VetoedValsets(call(), hostile.Checkpoint()); !v {
		t.Fatal("vetoed checkpoint not recorded")
	}
	// its signatures are public: replaying them is refused, even after the delay
	e.PassDelay()
	e.Reverts("ValsetIsVetoed", propose(hostile, hostileSigs))
	e.Reverts("NoPendingValset", func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Users[4]) })
	e.Reverts("NoPendingValset", func() (*types.Transaction, error) { return e.Bridge.VetoValset(e.Guardian) })

	// the veto did not burn the nonce space: the honest change (nonce 2 < 1,000,000) goes in
	r = e.Must(propose(honest, honestSigs))
	if p := event(t, r, e.Bridge.ParseValsetProposed); p.EventNonce.Uint64() != 4 || p.ValsetNonce.Uint64() != 2 {
		t.Fatalf("ValsetProposed %+v", p)
	}
	e.PassDelay()
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Users[4]) })
	if up := event(t, r, e.Bridge.ParseValsetUpdated); up.EventNonce.Uint64() != 5 || up.ValsetNonce.Uint64() != 2 || up.Checkpoint != honest.Checkpoint() {
		t.Fatalf("ValsetUpdated %+v", up)
	}
	active.Reverts("CheckpointMismatch", active.SubmitFn(s, active.Quorum()))
	e.Keys, e.Valset = honestKeys, honest
	e.Settle(1, payouts(2, flock(1)))
}

// A pending valset is vetoable during its delay, and afterwards only while paused; a paused
// bridge activates nothing.
func TestValsetVetoWindow(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	_, next := basetest.SignerSet(4, nil, 2, "next")
	e.ProposeValset(next)
	e.PassDelay()
	e.Reverts("ValsetVetoWindowClosed", func() (*types.Transaction, error) { return e.Bridge.VetoValset(e.Guardian) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	e.Reverts("BridgePaused", func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Users[0]) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoValset(e.Guardian) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(e.Guardian) })
	e.Reverts("NoPendingValset", func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Users[0]) })
	if cp, _ := e.Bridge.ValsetCheckpoint(call()); cp != e.Valset.Checkpoint() {
		t.Fatal("the vetoed valset became active")
	}
}

func TestUpdateValsetRejects(t *testing.T) {
	keys, cur := basetest.SignerSet(3, nil, 1, "exact")
	// powers: threshold, 1, 2^32 - threshold - 1 (the first alone is not enough; with the second it is)
	cur.Members[0].Power = valset.PowerThreshold
	cur.Members[1].Power = 1
	cur.Members[2].Power = valset.PowerTotal - valset.PowerThreshold - 1
	e := basetest.New(t, basetest.Options{Valset: &cur, Keys: keys})
	_, next := basetest.SignerSet(4, nil, 2, "next")
	curB := basetest.ToBinding(cur)
	d := e.Domain.Valset(next)

	update := func(nv valset.Valset, sigs []bindings.FlockSignedSignature) func() (*types.Transaction, error) {
		return func() (*types.Transaction, error) {
			return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(nv), curB, sigs)
		}
	}
	outsider, _ := crypto.ToECDSA(crypto.Keccak256([]byte("outsider")))
	forged := basetest.Sign(e.Keys, d, []int{0, 1})
	other := basetest.Sign([]*ecdsa.PrivateKey{outsider}, d, []int{0})[0]
	other.SignerIndex = big.NewInt(1)
	forged[1] = other

	signedFor := func(dom digest.Domain) []bindings.FlockSignedSignature {
		return basetest.Sign(e.Keys, dom.Valset(next), []int{0, 1})
	}
	highS := basetest.Sign(e.Keys, d, []int{0, 1})
	malleate(&highS[1])
	flipped := basetest.Sign(e.Keys, d, []int{0, 1})
	flipped[1].Vs[0] ^= 0x80 // the other parity recovers another address
	outOfRange := basetest.Sign(e.Keys, d, []int{0, 1})
	outOfRange[1].SignerIndex = big.NewInt(3)
	mod := func(f func(vs *valset.Valset)) valset.Valset {
		vs := valset.Valset{Nonce: next.Nonce, Members: append([]valset.Member(nil), next.Members...)}
		f(&vs)
		return vs
	}
	low := mod(func(vs *valset.Valset) { vs.Members[0].Power, vs.Members[1].Power = 1, 1 })
	high := mod(func(vs *valset.Valset) { vs.Members[0].Power++ })
	unsorted := mod(func(vs *valset.Valset) { vs.Members[0], vs.Members[1] = vs.Members[1], vs.Members[0] })
	zero := mod(func(vs *valset.Valset) { vs.Members[3].Power = 0 })
	signNew := func(nv valset.Valset) []bindings.FlockSignedSignature {
		return basetest.Sign(e.Keys, e.Domain.Valset(nv), []int{0, 1})
	}

	cases := []struct {
		name string
		fn   func() (*types.Transaction, error)
		want string
	}{
		{"power exactly at threshold", update(next, basetest.Sign(e.Keys, d, []int{0})), "InsufficientPower"},
		{"power below threshold", update(next, basetest.Sign(e.Keys, d, []int{1, 2})), "InsufficientPower"},
		{"no signatures", update(next, nil), "InsufficientPower"},
		{"forged signature", update(next, forged), "InvalidSignature"},
		{"signature of another digest", update(next, basetest.Sign(e.Keys, common.Hash{7}, []int{0, 1})), "InvalidSignature"},
		{"unsorted signers", update(next, basetest.Sign(e.Keys, d, []int{1, 0})), "SignersNotSorted"},
		{"duplicate signer", update(next, basetest.Sign(e.Keys, d, []int{0, 0})), "SignersNotSorted"},
		{"signer index out of range", update(next, outOfRange), "SignerIndexOutOfRange"},
		{"wrong parity bit", update(next, flipped), "InvalidSignature"},
		{"malleable high s", update(next, highS), "InvalidSignature"},
		{"other chain id", update(next, signedFor(digest.Domain{ChainID: big.NewInt(8453), Contract: e.BridgeAddr, BridgeID: e.BridgeID})), "InvalidSignature"},
		{"other contract", update(next, signedFor(digest.Domain{ChainID: e.Domain.ChainID, Contract: e.TokenAddr, BridgeID: e.BridgeID})), "InvalidSignature"},
		{"other bridge id", update(next, signedFor(digest.Domain{ChainID: e.Domain.ChainID, Contract: e.BridgeAddr, BridgeID: common.Hash{9}})), "InvalidSignature"},
		{"stale nonce", update(valset.Valset{Nonce: 1, Members: next.Members}, signNew(valset.Valset{Nonce: 1, Members: next.Members})), "StaleValsetNonce"},
		{"lower nonce", update(valset.Valset{Nonce: 0, Members: next.Members}, signNew(valset.Valset{Nonce: 0, Members: next.Members})), "StaleValsetNonce"},
		{"new valset below threshold", update(low, signNew(low)), "ValsetPowerTooLow"},
		{"new valset above 2^32", update(high, signNew(high)), "ValsetPowerTooHigh"},
		{"new valset unsorted", update(unsorted, signNew(unsorted)), "ValsetNotSorted"},
		{"new valset zero power", update(zero, signNew(zero)), "ZeroPower"},
		{"new valset empty", update(valset.Valset{Nonce: 2}, signNew(valset.Valset{Nonce: 2})), "InvalidValsetSize"},
		{"wrong current valset", func() (*types.Transaction, error) {
			return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(next), basetest.ToBinding(next), basetest.Sign(e.Keys, d, []int{0, 1}))
		}, "CheckpointMismatch"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { e.With(t).Reverts(c.want, c.fn) })
	}
	// just above the threshold passes; then paused refuses
	e.Must(update(next, basetest.Sign(e.Keys, d, []int{0, 1})))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	_, after := basetest.SignerSet(4, nil, 3, "after")
	e.Reverts("BridgePaused", func() (*types.Transaction, error) {
		return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(after), basetest.ToBinding(next), nil)
	})
}

// malleate turns a signature into its high-s twin (s' = n - s, v flipped), which ecrecover
// accepts but OpenZeppelin's ECDSA refuses.
func malleate(sig *bindings.FlockSignedSignature) {
	full := ethsig.FromCompact(sig.R, sig.Vs)
	n := crypto.S256().Params().N
	full.S = common.BigToHash(new(big.Int).Sub(n, new(big.Int).SetBytes(full.S[:])))
	full.V ^= 27 ^ 28
	sig.Vs = full.S
	if full.V == 28 {
		sig.Vs[0] |= 0x80 // the high s already has its top bit set: either way it is not low-s
	}
}
