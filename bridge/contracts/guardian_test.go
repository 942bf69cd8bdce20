package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/testutil/basetest"
)

const maxPause = 7 * 86400 // FlockBridge.MAX_PAUSE_DURATION

func TestVeto(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	e.Fund(flock(100))
	s, _ := e.Settle(1, payouts(3, flock(1)))
	g := e.Guardian
	e.Reverts("NotGuardian", func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(e.Users[0], u64(1)) })
	e.Reverts("UnknownSettlement", func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(g, u64(2)) })
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(g, u64(1)) })
	ev := event(t, r, e.Bridge.ParseSettlementVetoed)
	if ev.EventNonce.Uint64() != 3 || ev.Epoch.Uint64() != 1 || ev.Paid.Sign() != 0 { // 1 fundRewards, 2 settlement
		t.Fatalf("SettlementVetoed %+v", ev)
	}
	if st := settlementOf(t, e, 1); st.ClaimableAt != merkle.Vetoed {
		t.Fatalf("vetoed settlement stored as %+v", st)
	}
	e.Reverts("SettlementIsVetoed", func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(g, u64(1)) })
	e.PassDelay()
	e.Reverts("SettlementIsVetoed", e.ClaimFn(e.Users[0], s, 0))

	// after the delay the window is closed, unless the bridge is paused
	s2, _ := e.Settle(2, payouts(2, flock(1)))
	e.PassDelay()
	e.Reverts("VetoWindowClosed", func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(g, u64(2)) })
	e.Must(e.ClaimFn(e.Users[0], s2, 0))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(g) })
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(g, u64(2)) })
	if ev := event(t, r, e.Bridge.ParseSettlementVetoed); ev.Epoch.Uint64() != 2 || ev.Paid.Cmp(s2.Payouts[0].Amount) != 0 {
		t.Fatalf("SettlementVetoed %+v, want paid = leaf 0's amount", ev)
	}
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(g) })
	e.Reverts("SettlementIsVetoed", e.ClaimFn(e.Users[0], s2, 1))
	// the claimed set is final after a veto: what the chain restores is every leaf not claimed
	for i, want := range []bool{true, false} {
		if got, _ := e.Bridge.IsClaimed(call(), u64(2), big.NewInt(int64(i))); got != want {
			t.Fatalf("isClaimed(2, %d) = %v after the veto, want %v", i, got, want)
		}
	}
}

func TestPause(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	g := e.Guardian
	e.Reverts("NotGuardian", func() (*types.Transaction, error) { return e.Bridge.Pause(e.Users[0]) })
	e.Reverts("NotPaused", func() (*types.Transaction, error) { return e.Bridge.Unpause(g) })
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(g) })
	mined, _ := e.Chain.Client().HeaderByNumber(e.Ctx, r.BlockNumber)
	if ev := event(t, r, e.Bridge.ParsePaused); ev.Guardian != g.From || ev.Until.Uint64() != mined.Time+maxPause {
		t.Fatalf("Paused %+v, block time %d", ev, mined.Time)
	}
	if p, _ := e.Bridge.Paused(call()); !p {
		t.Fatal("not paused")
	}
	e.Reverts("NotGuardian", func() (*types.Transaction, error) { return e.Bridge.Unpause(e.Users[0]) })
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(g) })
	if ev := event(t, r, e.Bridge.ParseUnpaused); ev.Guardian != g.From {
		t.Fatalf("Unpaused %+v", ev)
	}
	if until, _ := e.Bridge.PausedUntil(call()); until != 0 {
		t.Fatalf("pausedUntil %d after unpause", until)
	}
	// a pause changes nothing the chain mirrors: no event nonce (guardian changes take one)
	if n, _ := e.Bridge.EventNonce(call()); n.Sign() != 0 {
		t.Fatalf("eventNonce %s after pause/unpause", n)
	}
}

// A pause ends by itself MAX_PAUSE_DURATION after the guardian last paused, so a lost guardian
// key cannot freeze the bridge; the guardian renews it by pausing again.
func TestPauseExpires(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	g, u := e.Guardian, e.Users[0]
	e.Approve(u, flock(10))
	rcpt := flockAddr(t, "pause", 20)
	deposit := func() (*types.Transaction, error) { return e.Bridge.Deposit(u, flock(1), rcpt) }
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(g) })
	e.Wait(3 * 86400)
	e.Reverts("BridgePaused", deposit)
	// renewal: MAX_PAUSE_DURATION from now, not from the first pause
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(g) })
	renewed, _ := e.Chain.Client().HeaderByNumber(e.Ctx, r.BlockNumber)
	until, _ := e.Bridge.PausedUntil(call())
	if until != renewed.Time+maxPause {
		t.Fatalf("pausedUntil %d after renewal at %d", until, renewed.Time)
	}
	e.Wait(until - 1 - renewed.Time)
	e.Reverts("BridgePaused", deposit)
	e.Wait(1)
	if p, _ := e.Bridge.Paused(call()); p {
		t.Fatal("still paused after MAX_PAUSE_DURATION")
	}
	e.Must(deposit)
	e.Reverts("NotPaused", func() (*types.Transaction, error) { return e.Bridge.Unpause(g) })
}

func TestGuardianTransfer(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	old, next, stranger := e.Guardian, e.Users[0], e.Users[1]
	e.Reverts("NotGuardian", func() (*types.Transaction, error) { return e.Bridge.TransferGuardian(stranger, stranger.From) })
	e.Reverts("NotPendingGuardian", func() (*types.Transaction, error) { return e.Bridge.AcceptGuardian(next) })
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.TransferGuardian(old, next.From) })
	if ev := event(t, r, e.Bridge.ParseGuardianTransferStarted); ev.Guardian != old.From || ev.PendingGuardian != next.From {
		t.Fatalf("GuardianTransferStarted %+v", ev)
	}
	e.Reverts("NotPendingGuardian", func() (*types.Transaction, error) { return e.Bridge.AcceptGuardian(stranger) })
	// the old guardian keeps the role until the new one accepts
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(old) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(old) })
	// starting a handover takes no event nonce (it may never be accepted); the acceptance does
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.AcceptGuardian(next) })
	handedOver(t, e, r, 1, old.From, next.From)
	e.Reverts("NotGuardian", func() (*types.Transaction, error) { return e.Bridge.Pause(old) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(next) })
	// a pending transfer can be cancelled with the zero address
	e.Must(func() (*types.Transaction, error) { return e.Bridge.TransferGuardian(next, stranger.From) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.TransferGuardian(next, common.Address{}) })
	e.Reverts("NotPendingGuardian", func() (*types.Transaction, error) { return e.Bridge.AcceptGuardian(stranger) })
	if n, _ := e.Bridge.EventNonce(call()); n.Uint64() != 1 {
		t.Fatalf("eventNonce %s, want 1 (only the acceptance)", n)
	}
}

// The claim delay counts from the block that recorded the settlement: a second short of it is
// too early, the delay itself is enough. (Gas estimation runs at the head's timestamp.)
func TestClaimDelayBoundary(t *testing.T) {
	e := basetest.New(t, basetest.Options{ClaimDelay: 3600})
	e.Fund(flock(10))
	s, r := e.Settle(1, payouts(1, flock(1)))
	claimableAt := uint64(settlementOf(t, e, 1).ClaimableAt)
	mined, _ := e.Chain.Client().HeaderByNumber(e.Ctx, r.BlockNumber)
	if claimableAt != mined.Time+3600 {
		t.Fatalf("claimableAt %d, settlement block time %d", claimableAt, mined.Time)
	}
	head, _ := e.Chain.Client().HeaderByNumber(e.Ctx, nil)
	if err := e.Chain.AdjustTime(time.Duration(claimableAt-1-head.Time) * time.Second); err != nil {
		t.Fatal(err)
	}
	e.Reverts("ClaimTooEarly", e.ClaimFn(e.Users[0], s, 0))
	if err := e.Chain.AdjustTime(time.Second); err != nil {
		t.Fatal(err)
	}
	e.Must(e.ClaimFn(e.Users[0], s, 0))
}

// handedOver checks that r moved the guardian role from old to next under event nonce
// eventNonce and left no handover pending.
func handedOver(t *testing.T, e *basetest.Env, r *types.Receipt, eventNonce uint64, old, next common.Address) {
	t.Helper()
	if ev := event(t, r, e.Bridge.ParseGuardianTransferred); ev.EventNonce.Uint64() != eventNonce || ev.PreviousGuardian != old || ev.NewGuardian != next {
		t.Fatalf("GuardianTransferred %+v", ev)
	}
	if g, _ := e.Bridge.Guardian(call()); g != next {
		t.Fatalf("guardian %s, want %s", g, next)
	}
	if p, _ := e.Bridge.PendingGuardian(call()); p != (common.Address{}) {
		t.Fatalf("pending guardian %s left", p)
	}
}
