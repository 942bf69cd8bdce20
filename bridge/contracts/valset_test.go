package contracts_test

import (
	"crypto/ecdsa"
	"github.com/flockchain/flock/bridge/ethsig"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/basetest"
	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/valset"
)

func TestUpdateValset(t *testing.T) {
	e := basetest.New(t, basetest.Options{Signers: 4})
	newKeys, next := basetest.SignerSet(20, []uint64{10, 20, 30}, 5, "next") // nonce may skip
	sigs := basetest.Sign(e.Keys, e.Domain.Valset(next), e.Quorum())
	r := e.Must(func() (*types.Transaction, error) {
		return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(next), basetest.ToBinding(e.Valset), sigs)
	})
	ev := event(t, r, e.Bridge.ParseValsetUpdated)
	if ev.EventNonce.Uint64() != 1 || ev.ValsetNonce.Uint64() != 5 || ev.Checkpoint != next.Checkpoint() || len(ev.Signers) != 20 {
		t.Fatalf("ValsetUpdated %+v", ev)
	}
	cp, _ := e.Bridge.ValsetCheckpoint(call())
	if cp != next.Checkpoint() {
		t.Fatal("checkpoint not stored")
	}

	// the old valset can no longer sign, the new one can
	old := e.Valset
	e.Fund(flock(10))
	s, _ := merkle.BuildSettlement(1, payouts(3, flock(1)))
	e.Reverts("CheckpointMismatch", e.SubmitFn(s, e.Quorum()))
	e.Keys, e.Valset = newKeys, next
	e.Must(e.SubmitFn(s, e.Quorum()))

	// replaying the same update: the current valset changed, then the nonce is stale
	e.Reverts("CheckpointMismatch", func() (*types.Transaction, error) {
		return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(next), basetest.ToBinding(old), sigs)
	})
	back := valset.Valset{Nonce: 5, Members: old.Members}
	e.Reverts("StaleValsetNonce", func() (*types.Transaction, error) {
		return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(back), basetest.ToBinding(next),
			basetest.Sign(newKeys, e.Domain.Valset(back), e.Quorum()))
	})
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

	update := func(nv valset.Valset, sigs []bindings.FlockBridgeSignature) func() (*types.Transaction, error) {
		return func() (*types.Transaction, error) {
			return e.Bridge.UpdateValset(e.Deployer, basetest.ToBinding(nv), curB, sigs)
		}
	}
	outsider, _ := crypto.ToECDSA(crypto.Keccak256([]byte("outsider")))
	forged := basetest.Sign(e.Keys, d, []int{0, 1})
	other := basetest.Sign([]*ecdsa.PrivateKey{outsider}, d, []int{0})[0]
	other.SignerIndex = big.NewInt(1)
	forged[1] = other

	signedFor := func(dom digest.Domain) []bindings.FlockBridgeSignature {
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
	signNew := func(nv valset.Valset) []bindings.FlockBridgeSignature {
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
func malleate(sig *bindings.FlockBridgeSignature) {
	full := ethsig.FromCompact(sig.R, sig.Vs)
	n := crypto.S256().Params().N
	full.S = common.BigToHash(new(big.Int).Sub(n, new(big.Int).SetBytes(full.S[:])))
	full.V ^= 27 ^ 28
	sig.Vs = full.S
	if full.V == 28 {
		sig.Vs[0] |= 0x80 // the high s already has its top bit set: either way it is not low-s
	}
}
