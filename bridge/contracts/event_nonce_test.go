package contracts_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/testutil/basetest"
)

// noncedEvents are the events x/bridge attests: every state change on Base the chain mirrors.
var noncedEvents = []string{
	"Deposited", "GuardianChangeProposed", "GuardianChangeVetoed", "GuardianTransferred", "RewardsFunded",
	"SettlementSubmitted", "SettlementVetoed", "ValsetProposed", "ValsetUpdated", "ValsetVetoed",
}

// The ABI gives exactly the attested events an indexed eventNonce, as their first field.
func TestNoncedEventsInABI(t *testing.T) {
	a, err := bindings.FlockBridgeMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for name, ev := range a.Events {
		if len(ev.Inputs) > 0 && ev.Inputs[0].Name == "eventNonce" {
			if !ev.Inputs[0].Indexed || ev.Inputs[0].Type.String() != "uint256" {
				t.Errorf("%s: eventNonce is not an indexed uint256", name)
			}
			got = append(got, name)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, noncedEvents) {
		t.Fatalf("events with an eventNonce: %v, want %v", got, noncedEvents)
	}
}

// One of every state change the chain mirrors, and the guardian actions it does not: the
// attested events carry 1, 2, 3, … in log order, with no gap and no repeat, so orchestrators
// can attest them strictly in nonce order; the others take no nonce.
func TestEventNonceSequence(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	g, u := e.Guardian, e.Users[0]
	e.Approve(u, flock(10))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Deposit(u, flock(1), flockAddr(t, "seq", 20)) })
	e.Fund(flock(100))
	e.Settle(1, payouts(3, flock(1)))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoSettlement(g, u64(1)) })
	_, vetoed := basetest.SignerSet(4, nil, 2, "seq-vetoed")
	e.ProposeValset(vetoed)
	e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoValset(g) })
	keys, next := basetest.SignerSet(5, nil, 3, "seq-next")
	e.ChangeValset(keys, next) // proposal, then activation
	e.Must(guardianChange(e, 1, u.From))
	e.Must(func() (*types.Transaction, error) { return e.Bridge.VetoGuardianChange(g) })
	e.Must(guardianChange(e, 2, u.From))
	e.PassDelay()
	e.Must(func() (*types.Transaction, error) { return e.Bridge.ExecuteGuardianChange(g) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(u) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Unpause(u) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.TransferGuardian(u, g.From) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.AcceptGuardian(g) })
	s, _ := e.Settle(2, payouts(2, flock(1)))
	e.PassDelay()
	e.Must(e.ClaimFn(u, s, 0))

	logs, err := e.Chain.Client().FilterLogs(e.Ctx, ethereum.FilterQuery{Addresses: []common.Address{e.BridgeAddr}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := bindings.FlockBridgeMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	nameOf := map[common.Hash]string{}
	for name, ev := range a.Events {
		nameOf[ev.ID] = name
	}
	// the constructor's initial valset first, with event nonce 0 (the chain's own, not attested)
	for i, name := range []string{"ValsetProposed", "ValsetUpdated"} {
		if len(logs) <= i || nameOf[logs[i].Topics[0]] != name || logs[i].Topics[1] != (common.Hash{}) {
			t.Fatalf("log %d is not the constructor's %s with event nonce 0", i, name)
		}
	}
	var attested, other []string
	want := uint64(1)
	for _, l := range logs[2:] {
		name := nameOf[l.Topics[0]]
		if !slices.Contains(noncedEvents, name) {
			other = append(other, name)
			continue
		}
		n := new(big.Int).SetBytes(l.Topics[1][:])
		if !n.IsUint64() || n.Uint64() != want {
			t.Fatalf("%s in block %d carries event nonce %s, want %d", name, l.BlockNumber, n, want)
		}
		want++
		attested = append(attested, name)
	}
	wantAttested := []string{
		"Deposited", "RewardsFunded", "SettlementSubmitted", "SettlementVetoed", "ValsetProposed", "ValsetVetoed",
		"ValsetProposed", "ValsetUpdated", "GuardianChangeProposed", "GuardianChangeVetoed", "GuardianChangeProposed",
		"GuardianTransferred", "GuardianTransferred", "SettlementSubmitted",
	}
	if !slices.Equal(attested, wantAttested) {
		t.Fatalf("attested events in order %v, want %v", attested, wantAttested)
	}
	if n, _ := e.Bridge.EventNonce(call()); n.Uint64() != uint64(len(wantAttested)) {
		t.Fatalf("eventNonce %s, want %d", n, len(wantAttested))
	}
	// pause, unpause, a handover not yet accepted and claims change nothing the chain mirrors
	if wantOther := []string{"Paused", "Unpaused", "GuardianTransferStarted", "Claimed"}; !slices.Equal(other, wantOther) {
		t.Fatalf("events without a nonce %v, want %v", other, wantOther)
	}
}
