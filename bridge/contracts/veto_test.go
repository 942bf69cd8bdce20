package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/testutil/basetest"
)

// A settlement partly claimed, then paused and vetoed: the veto event says what was paid, and
// the claimed bitmap read at the veto's block names exactly the leaves paid on Base. No claim
// can follow a veto, so that set is final: the chain re-credits the other leaves, whose sum is
// the signed total minus the paid amount.
func TestVetoPartlyClaimedSettlement(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(1_000_000))
	const n = 600 // three bitmap words
	s, _ := e.Settle(1, payouts(n, flock(1)))
	e.PassDelay()
	claimed := map[int]bool{0: true, 1: true, 255: true, 256: true, 300: true, 599: true}
	var batch []bindings.FlockBridgeClaim
	paid := new(big.Int)
	for i := range claimed {
		batch = append(batch, bindingClaim(t, s, i))
		paid.Add(paid, s.Payouts[i].Amount)
	}
	e.Must(func() (*types.Transaction, error) { return e.Bridge.ClaimMany(e.Users[0], batch) })

	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(e.Guardian, u64(1)) })
	ev := event(t, r, e.Bridge.ParseSettlementVetoed)
	if ev.Epoch.Uint64() != 1 {
		t.Fatalf("SettlementVetoed %+v", ev)
	}
	eq(t, "paid in the veto event", ev.Paid, paid)
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(e.Guardian) })
	// nothing more can be paid: single claims, batches, the skipping batch
	e.Reverts("SettlementIsVetoed", e.ClaimFn(e.Users[0], s, 2))
	e.Reverts("SettlementIsVetoed", func() (*types.Transaction, error) {
		return e.Bridge.ClaimManySkipClaimed(e.Users[0], []bindings.FlockBridgeClaim{bindingClaim(t, s, 0), bindingClaim(t, s, 3)})
	})

	// the observer reads the bitmap at the veto's block (and, final, at any later one)
	for _, at := range []*big.Int{r.BlockNumber, nil} {
		words, err := e.Bridge.ClaimedWords(&bind.CallOpts{BlockNumber: at}, u64(1), u64(0), u64((n+255)/256))
		if err != nil {
			t.Fatal(err)
		}
		unclaimed := new(big.Int)
		count := 0
		for i := 0; i < n; i++ {
			isClaimed := words[i/256].Bit(i%256) == 1
			if isClaimed != claimed[i] {
				t.Fatalf("leaf %d: claimed bit %v, want %v", i, isClaimed, claimed[i])
			}
			if !isClaimed {
				unclaimed.Add(unclaimed, s.Payouts[i].Amount)
				count++
			}
		}
		if count != n-len(claimed) {
			t.Fatalf("%d unclaimed leaves", count)
		}
		eq(t, "unclaimed = total - paid", unclaimed, new(big.Int).Sub(s.Total, ev.Paid))
	}
	st, err := e.Bridge.SettlementStatus(call(), u64(1))
	if err != nil {
		t.Fatal(err)
	}
	if !st.Vetoed || st.ClaimableAt.Uint64() != uint64(^uint32(0)) {
		t.Fatalf("status %+v", st)
	}
	eq(t, "status paid", st.Paid, paid)
	eq(t, "status total", st.Total, s.Total)
	eq(t, "bridge balance", e.Balance(e.BridgeAddr), new(big.Int).Sub(flock(1_000_000), paid))
}
