package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/testutil/basetest"
)

func TestClaim(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1000))
	s, _ := e.Settle(1, payouts(7, flock(1)))
	e.Reverts("ClaimTooEarly", e.ClaimFn(e.Users[0], s, 2))
	e.PassDelay()

	// anyone may push a claim; the funds go to the leaf's account
	acct := s.Payouts[2].Account
	r := e.Must(e.ClaimFn(e.Users[0], s, 2))
	ev := event(t, r, e.Bridge.ParseClaimed)
	if ev.Epoch.Uint64() != 1 || ev.Index.Uint64() != 2 || ev.Account != acct {
		t.Fatalf("Claimed %+v", ev)
	}
	eq(t, "claimed amount", ev.Amount, flock(3))
	eq(t, "account balance", e.Balance(acct), flock(3))
	eq(t, "bridge balance", e.Balance(e.BridgeAddr), flock(997))
	if ok, _ := e.Bridge.IsClaimed(call(), u64(1), big.NewInt(2)); !ok {
		t.Fatal("isClaimed false after claim")
	}
	if ok, _ := e.Bridge.IsClaimed(call(), u64(1), big.NewInt(3)); ok {
		t.Fatal("isClaimed true for an unclaimed leaf")
	}
	e.Reverts("AlreadyClaimed", e.ClaimFn(e.Users[1], s, 2))

	// the last leaf (odd tree size: shorter proof) and the first
	e.Must(e.ClaimFn(e.Users[1], s, 6))
	e.Must(e.ClaimFn(e.Users[1], s, 0))
	word, _ := e.Bridge.ClaimedWord(call(), u64(1), u64(0))
	eq(t, "claimedWord (leaves 0, 2, 6)", word, big.NewInt(1|1<<2|1<<6))
}

// The bridge keeps a root's first 28 bytes: a proof is checked against those, so a root that
// differs only in its last 4 bytes accepts the same proofs, and one that differs before does not.
func TestClaimChecksTheStoredRoot(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1000))
	s1, err := merkle.BuildSettlement(1, payouts(3, flock(1)))
	if err != nil {
		t.Fatal(err)
	}
	s2, err := merkle.BuildSettlement(2, payouts(3, flock(1)))
	if err != nil {
		t.Fatal(err)
	}
	tail, head := s1.Root(), s2.Root()
	tail[31] ^= 1
	head[27] ^= 1
	submitRoot(t, e, 1, tail, s1.Total, s1.Count())
	submitRoot(t, e, 2, head, s2.Total, s2.Count())
	if st := settlementOf(t, e, 1); st.Root != merkle.StoredRoot(s1.Root()) {
		t.Fatalf("stored root %x, want the first 28 bytes of %x", st.Root, s1.Root())
	}
	e.PassDelay()
	e.Must(e.ClaimFn(e.Users[0], s1, 1))
	e.Reverts("InvalidProof", e.ClaimFn(e.Users[0], s2, 1))
}

// A proof may hold a sibling equal to the running hash (OpenZeppelin's commutative hash of a
// pair of equal words): the contract hashes it like MerkleProof does.
func TestClaimEqualSiblings(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1000))
	acct := common.Address{0xee}
	leaf := merkle.LeafHash(1, 0, acct, flock(2))
	submitRoot(t, e, 1, merkle.HashPair(leaf, leaf), flock(2), 2)
	e.PassDelay()
	e.Must(func() (*types.Transaction, error) {
		return e.Bridge.Claim(e.Users[0], u64(1), u64(0), acct, flock(2), basetest.Proof([]common.Hash{leaf}))
	})
	eq(t, "paid", e.Balance(acct), flock(2))
}

// A tree whose leaves sum past its signed total (which the signers must refuse to sign) pays
// no more than the total: the per-settlement paid counter refuses the claim that would pass it.
func TestClaimsAreCappedBySignedTotal(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1000))
	s, err := merkle.BuildSettlement(1, payouts(3, flock(10))) // 10 + 20 + 30 = 60
	if err != nil {
		t.Fatal(err)
	}
	submitRoot(t, e, 1, s.Root(), flock(45), 3)
	e.PassDelay()
	e.Must(e.ClaimFn(e.Users[0], s, 1))
	e.Must(e.ClaimFn(e.Users[0], s, 0))
	e.Reverts("SettlementTotalExceeded", e.ClaimFn(e.Users[0], s, 2)) // 30 + 30 > 45
	eq(t, "bridge balance", e.Balance(e.BridgeAddr), flock(970))
	st, err := e.Bridge.SettlementStatus(call(), u64(1))
	if err != nil {
		t.Fatal(err)
	}
	if st.RootPrefix != merkle.StoredRoot(s.Root()) || st.Vetoed || st.ClaimableAt.Sign() == 0 {
		t.Fatalf("status %+v", st)
	}
	eq(t, "paid", st.Paid, flock(30))
	eq(t, "total", st.Total, flock(45))
	if done, _ := e.Bridge.IsClaimed(call(), u64(1), u64(2)); done {
		t.Fatal("the refused claim was marked claimed")
	}
	// a total the leaves reach exactly pays them all
	s2, _ := e.Settle(2, payouts(3, flock(10)))
	e.PassDelay()
	for i := range 3 {
		e.Must(e.ClaimFn(e.Users[0], s2, i))
	}
	eq(t, "paid of epoch 2", settlementOf(t, e, 2).Paid, flock(60))
}

func TestClaimRejects(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1000))
	s, _ := e.Settle(1, payouts(5, flock(1)))
	e.PassDelay()
	u := e.Users[0]
	proof2, _ := s.Proof(2)
	p2 := s.Payouts[2]
	claim := func(epoch, index uint64, acct common.Address, amount *big.Int, proof []common.Hash) func() (*types.Transaction, error) {
		return func() (*types.Transaction, error) {
			return e.Bridge.Claim(u, u64(epoch), u64(index), acct, amount, basetest.Proof(proof))
		}
	}
	bad := append([]common.Hash(nil), proof2...)
	bad[0][0] ^= 1
	cases := []struct {
		name string
		fn   func() (*types.Transaction, error)
		want string
	}{
		{"more than the leaf", claim(1, 2, p2.Account, new(big.Int).Add(p2.Amount, big.NewInt(1)), proof2), "InvalidProof"},
		{"another account", claim(1, 2, u.From, p2.Amount, proof2), "InvalidProof"},
		{"another index", claim(1, 3, p2.Account, p2.Amount, proof2), "InvalidProof"},
		{"another epoch's proof", claim(2, 2, p2.Account, p2.Amount, proof2), "UnknownSettlement"},
		{"corrupted proof", claim(1, 2, p2.Account, p2.Amount, bad), "InvalidProof"},
		{"empty proof", claim(1, 2, p2.Account, p2.Amount, nil), "InvalidProof"},
		{"index beyond the tree", claim(1, 5, p2.Account, p2.Amount, proof2), "InvalidProof"},
		{"zero amount", claim(1, 2, p2.Account, big0, proof2), "ZeroAmount"},
		{"zero account", claim(1, 2, common.Address{}, p2.Amount, proof2), "ZeroAddress"},
		{"unknown epoch", claim(9, 2, p2.Account, p2.Amount, proof2), "UnknownSettlement"},
	}
	if st, err := e.Bridge.SettlementStatus(call(), u64(9)); err != nil || st.ClaimableAt.Sign() != 0 || st.Vetoed || st.Total.Sign() != 0 {
		t.Fatalf("status of an unknown epoch %+v %v", st, err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { e.With(t).Reverts(c.want, c.fn) })
	}
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	e.Reverts("BridgePaused", e.ClaimFn(u, s, 2))
	e.Reverts("BridgePaused", func() (*types.Transaction, error) {
		return e.Bridge.ClaimMany(u, []bindings.FlockBridgeClaim{bindingClaim(t, s, 2)})
	})
	e.Reverts("BridgePaused", func() (*types.Transaction, error) {
		return e.Bridge.ClaimManySkipClaimed(u, []bindings.FlockBridgeClaim{bindingClaim(t, s, 2)})
	})
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(e.Guardian) })
	e.Must(e.ClaimFn(u, s, 2))
}

func TestClaimMany(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1000))
	s1, _ := e.Settle(1, payouts(4, flock(1)))
	s2, _ := e.Settle(2, payouts(3, flock(2)))
	e.PassDelay()
	u := e.Users[0]
	batch := []bindings.FlockBridgeClaim{bindingClaim(t, s1, 0), bindingClaim(t, s2, 2), bindingClaim(t, s1, 3)}
	e.Reverts("NoClaims", func() (*types.Transaction, error) { return e.Bridge.ClaimMany(u, nil) })

	// one bad claim reverts the whole batch
	broken := append([]bindings.FlockBridgeClaim(nil), batch...)
	broken = append(broken, bindingClaim(t, s1, 1))
	broken[3].Amount = flock(100)
	e.Reverts("InvalidProof", func() (*types.Transaction, error) { return e.Bridge.ClaimMany(u, broken) })
	dup := append(append([]bindings.FlockBridgeClaim(nil), batch...), batch[1])
	e.Reverts("AlreadyClaimed", func() (*types.Transaction, error) { return e.Bridge.ClaimMany(u, dup) })
	// a batch touching a vetoed, a not yet claimable or an unknown epoch reverts as a whole
	s3, _ := e.Settle(3, payouts(2, flock(1)))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(e.Guardian, u64(3)) })
	s4, _ := e.Settle(4, payouts(2, flock(1)))
	unknown := bindingClaim(t, s1, 1)
	unknown.Epoch = u64(9)
	for _, c := range []struct {
		extra bindings.FlockBridgeClaim
		want  string
	}{
		{bindingClaim(t, s3, 0), "SettlementIsVetoed"},
		{bindingClaim(t, s4, 0), "ClaimTooEarly"},
		{unknown, "UnknownSettlement"},
	} {
		mixed := append(append([]bindings.FlockBridgeClaim(nil), batch...), c.extra)
		e.Reverts(c.want, func() (*types.Transaction, error) { return e.Bridge.ClaimMany(u, mixed) })
	}
	eq(t, "bridge balance after reverted batches", e.Balance(e.BridgeAddr), flock(1000))
	if done, _ := e.Bridge.IsClaimed(call(), u64(1), u64(0)); done {
		t.Fatal("a reverted batch marked a leaf claimed")
	}

	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.ClaimMany(u, batch) })
	n := 0
	for _, l := range r.Logs {
		if _, err := e.Bridge.ParseClaimed(*l); err == nil {
			n++
		}
	}
	if n != 3 {
		t.Fatalf("%d Claimed events, want 3", n)
	}
	eq(t, "leaf 0 of epoch 1", e.Balance(s1.Payouts[0].Account), flock(1))
	eq(t, "leaf 3 of epoch 1", e.Balance(s1.Payouts[3].Account), flock(4))
	eq(t, "leaf 2 of epoch 2", e.Balance(s2.Payouts[2].Account), flock(6))
	e.Reverts("AlreadyClaimed", e.ClaimFn(u, s2, 2))
}

// claimManySkipClaimed pays what is left of a batch someone partly front-ran, and says which.
func TestClaimManySkipClaimed(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1000))
	s, _ := e.Settle(1, payouts(6, flock(1)))
	e.PassDelay()
	u := e.Users[0]
	e.Reverts("NoClaims", func() (*types.Transaction, error) { return e.Bridge.ClaimManySkipClaimed(u, nil) })
	e.Must(e.ClaimFn(e.Users[1], s, 1)) // the front-runner
	e.Must(e.ClaimFn(e.Users[1], s, 4))
	batch := []bindings.FlockBridgeClaim{bindingClaim(t, s, 0), bindingClaim(t, s, 1), bindingClaim(t, s, 2), bindingClaim(t, s, 4)}
	e.Reverts("AlreadyClaimed", func() (*types.Transaction, error) { return e.Bridge.ClaimMany(u, batch) })

	// what it reports, by simulation, and what it does
	raw := &bindings.FlockBridgeRaw{Contract: e.Bridge}
	var out []any
	if err := raw.Call(&bind.CallOpts{From: u.From}, &out, "claimManySkipClaimed", batch); err != nil {
		t.Fatal(err)
	}
	if got := out[0].([]bool); len(got) != 4 || !got[0] || got[1] || !got[2] || got[3] {
		t.Fatalf("paid flags %v, want [true false true false]", got)
	}
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.ClaimManySkipClaimed(u, batch) })
	var idx []uint64
	for _, l := range r.Logs {
		if ev, err := e.Bridge.ParseClaimed(*l); err == nil {
			idx = append(idx, ev.Index.Uint64())
		}
	}
	if len(idx) != 2 || idx[0] != 0 || idx[1] != 2 {
		t.Fatalf("Claimed events for leaves %v, want [0 2]", idx)
	}
	for _, i := range []int{0, 1, 2, 4} {
		eq(t, "leaf balance", e.Balance(s.Payouts[i].Account), s.Payouts[i].Amount) // paid once each
	}
	eq(t, "paid", settlementOf(t, e, 1).Paid, flock(1+2+3+5))
	// skipping covers only leaves already claimed: a bad proof still reverts the batch
	bad := []bindings.FlockBridgeClaim{bindingClaim(t, s, 3), bindingClaim(t, s, 5)}
	bad[1].Amount = flock(100)
	e.Reverts("InvalidProof", func() (*types.Transaction, error) { return e.Bridge.ClaimManySkipClaimed(u, bad) })
	if done, _ := e.Bridge.IsClaimed(call(), u64(1), u64(3)); done {
		t.Fatal("a reverted batch marked a leaf claimed")
	}
}
