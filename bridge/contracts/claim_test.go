package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/basetest"
	"github.com/flockchain/flock/bridge/contracts/bindings"
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
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { e.With(t).Reverts(c.want, c.fn) })
	}
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	e.Reverts("BridgePaused", e.ClaimFn(u, s, 2))
	e.Reverts("BridgePaused", func() (*types.Transaction, error) {
		return e.Bridge.ClaimMany(u, []bindings.FlockBridgeClaim{bindingClaim(t, s, 2)})
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
	eq(t, "bridge balance after reverted batches", e.Balance(e.BridgeAddr), flock(1000))

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
