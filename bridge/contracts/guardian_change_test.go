package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/testutil/basetest"
)

// guardianChange is the proposeGuardianChange call of (nonce, g) signed by e's quorum.
func guardianChange(e *basetest.Env, nonce uint64, g common.Address) func() (*types.Transaction, error) {
	sigs := basetest.Sign(e.Keys, e.Domain.GuardianChange(nonce, g), e.Quorum())
	return func() (*types.Transaction, error) {
		return e.Bridge.ProposeGuardianChange(e.Users[5], g, u64(nonce), basetest.ToBinding(e.Valset), sigs)
	}
}

// The valset replaces a guardian that is gone: a signed order, a delay, then anyone installs
// the new guardian, even while the bridge is paused (by the guardian that is gone).
func TestGuardianChange(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	old, next := e.Guardian, e.Users[0]
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(old) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.TransferGuardian(old, e.Users[1].From) })

	r := e.Must(guardianChange(e, 1, next.From))
	mined, _ := e.Chain.Client().HeaderByNumber(e.Ctx, r.BlockNumber)
	ev := event(t, r, e.Bridge.ParseGuardianChangeProposed)
	if ev.EventNonce.Uint64() != 1 || ev.GuardianChangeNonce.Uint64() != 1 || ev.NewGuardian != next.From || ev.ExecutableAt.Uint64() != mined.Time+e.Delay {
		t.Fatalf("GuardianChangeProposed %+v", ev)
	}
	if g, _ := e.Bridge.NextGuardian(call()); g != next.From {
		t.Fatalf("nextGuardian %s", g)
	}
	e.Reverts("GuardianChangeTooEarly", func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(e.Users[2]) })
	// the old guardian keeps the role during the delay
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(old) })
	e.PassDelay()
	// the window is the delay only, paused or not
	e.Reverts("GuardianVetoWindowClosed", func() (*types.Transaction, error) { return e.Bridge.VetoGuardianChange(old) })
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(e.Users[2]) })
	// the old guardian's own handover in flight is void too
	handedOver(t, e, r, 2, old.From, next.From)
	e.Reverts("NotPendingGuardian", func() (*types.Transaction, error) { return e.Bridge.AcceptGuardian(e.Users[1]) })
	e.Reverts("NoGuardianChange", func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(e.Users[2]) })
	e.Reverts("NotGuardian", func() (*types.Transaction, error) { return e.Bridge.Unpause(old) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(next) })
	// the executed order cannot be replayed
	e.Reverts("StaleGuardianChangeNonce", guardianChange(e, 1, next.From))
}

// The current guardian may veto an order during its delay; a vetoed order's nonce is used up,
// so its public signatures cannot bring it back; a later order replaces a waiting one.
func TestGuardianChangeVeto(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	g, hostile, other := e.Guardian, e.Users[0], e.Users[1]
	r := e.Must(guardianChange(e, 3, hostile.From))
	if ev := event(t, r, e.Bridge.ParseGuardianChangeProposed); ev.EventNonce.Uint64() != 1 || ev.GuardianChangeNonce.Uint64() != 3 {
		t.Fatalf("GuardianChangeProposed %+v", ev)
	}
	e.Reverts("NotGuardian", func() (*types.Transaction, error) { return e.Bridge.VetoGuardianChange(hostile) })
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoGuardianChange(g) })
	if ev := event(t, r, e.Bridge.ParseGuardianChangeVetoed); ev.EventNonce.Uint64() != 2 || ev.GuardianChangeNonce.Uint64() != 3 || ev.NewGuardian != hostile.From {
		t.Fatalf("GuardianChangeVetoed %+v", ev)
	}
	e.Reverts("NoGuardianChange", func() (*types.Transaction, error) { return e.Bridge.VetoGuardianChange(g) })
	e.PassDelay()
	e.Reverts("NoGuardianChange", func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(hostile) })
	e.Reverts("StaleGuardianChangeNonce", guardianChange(e, 3, hostile.From))
	e.Reverts("StaleGuardianChangeNonce", guardianChange(e, 2, hostile.From))
	if cur, _ := e.Bridge.Guardian(call()); cur != g.From {
		t.Fatalf("guardian %s after a vetoed order", cur)
	}

	// a later order replaces a waiting one; the delay restarts
	e.Must(guardianChange(e, 4, hostile.From))
	e.Wait(e.Delay / 2)
	r = e.Must(guardianChange(e, 5, other.From))
	if ev := event(t, r, e.Bridge.ParseGuardianChangeProposed); ev.EventNonce.Uint64() != 4 || ev.GuardianChangeNonce.Uint64() != 5 || ev.NewGuardian != other.From {
		t.Fatalf("GuardianChangeProposed %+v", ev) // 3 was the order of nonce 4
	}
	e.Wait(e.Delay/2 + 1)
	e.Reverts("GuardianChangeTooEarly", func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(hostile) })
	e.Wait(e.Delay / 2)
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(hostile) })
	handedOver(t, e, r, 5, g.From, other.From)
	if cur, _ := e.Bridge.Guardian(call()); cur != other.From {
		t.Fatalf("guardian %s, want the later order's %s", cur, other.From)
	}
}

func TestGuardianChangeRejects(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	to := e.Users[0].From
	d := e.Domain.GuardianChange(1, to)
	q := e.Quorum()
	send := func(g common.Address, nonce uint64, vs bindings.FlockSignedValset, sigs []bindings.FlockSignedSignature) func() (*types.Transaction, error) {
		return func() (*types.Transaction, error) {
			return e.Bridge.ProposeGuardianChange(e.Users[5], g, u64(nonce), vs, sigs)
		}
	}
	cur := basetest.ToBinding(e.Valset)
	_, other := basetest.SignerSet(4, nil, 1, "other")
	for _, c := range []struct {
		name string
		fn   func() (*types.Transaction, error)
		want string
	}{
		{"zero guardian", send(common.Address{}, 1, cur, basetest.Sign(e.Keys, e.Domain.GuardianChange(1, common.Address{}), q)), "ZeroAddress"},
		{"nonce zero", send(to, 0, cur, basetest.Sign(e.Keys, e.Domain.GuardianChange(0, to), q)), "StaleGuardianChangeNonce"},
		{"not enough power", send(to, 1, cur, basetest.Sign(e.Keys, d, q[:len(q)-1])), "InsufficientPower"},
		{"signed for another guardian", send(e.Users[1].From, 1, cur, basetest.Sign(e.Keys, d, q)), "InvalidSignature"},
		{"signed for another nonce", send(to, 2, cur, basetest.Sign(e.Keys, d, q)), "InvalidSignature"},
		{"a settlement's signature", send(to, 1, cur, basetest.Sign(e.Keys, e.Domain.Valset(e.Valset), q)), "InvalidSignature"},
		{"wrong valset", send(to, 1, basetest.ToBinding(other), basetest.Sign(e.Keys, d, q)), "CheckpointMismatch"},
	} {
		t.Run(c.name, func(t *testing.T) { e.With(t).Reverts(c.want, c.fn) })
	}
	e.Reverts("NoGuardianChange", func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(e.Users[0]) })
	e.Reverts("NoGuardianChange", func() (*types.Transaction, error) { return e.Bridge.VetoGuardianChange(e.Guardian) })
}
