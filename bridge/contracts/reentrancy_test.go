package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/contracts/testbindings"
	"github.com/flockchain/flock/testutil/basetest"
)

// A token that calls back into the bridge from inside its transfers finds every token-moving
// function locked (OpenZeppelin's transient ReentrancyGuard), on the way in and on the way out.
func TestReentrancyGuard(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	client := e.Chain.Client()
	bridgeABI, err := bindings.FlockBridgeMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	locked := crypto.Keccak256([]byte("ReentrancyGuardReentrantCall()"))[:4]
	recipient := flockAddr(t, "re", 20)

	setup := func() (*testbindings.ReentrantToken, common.Address, *bindings.FlockBridge) {
		var tokenAddr, bridgeAddr common.Address
		var tok *testbindings.ReentrantToken
		var br *bindings.FlockBridge
		e.Must(func() (tx *types.Transaction, err error) {
			tokenAddr, tx, tok, err = testbindings.DeployReentrantToken(e.Deployer, client, e.Deployer.From, flock(1000))
			return tx, err
		})
		e.Must(func() (tx *types.Transaction, err error) {
			bridgeAddr, tx, br, err = bindings.DeployFlockBridge(e.Deployer, client, tokenAddr, e.BridgeID, e.Guardian.From,
				u64(e.Delay), e.Cap, big.NewInt(1), basetest.ToBinding(e.Valset))
			return tx, err
		})
		e.Must(func() (*types.Transaction, error) { return tok.Approve(e.Deployer, bridgeAddr, flock(1000)) })
		return tok, bridgeAddr, br
	}
	check := func(name string, tok *testbindings.ReentrantToken) {
		t.Helper()
		attempted, _ := tok.Attempted(call())
		reentered, _ := tok.Reentered(call())
		data, _ := tok.RevertData(call())
		if !attempted || reentered || !bytes.HasPrefix(data, locked) {
			t.Fatalf("%s: attempted %v, reentered %v, revert data %x", name, attempted, reentered, data)
		}
	}

	// deposit -> transferFrom -> deposit
	tok, bridgeAddr, br := setup()
	inner, _ := bridgeABI.Pack("deposit", flock(1), recipient)
	e.Must(func() (*types.Transaction, error) { return tok.Arm(e.Deployer, bridgeAddr, inner) })
	r := e.Must(func() (*types.Transaction, error) { return br.Deposit(e.Deployer, flock(5), recipient) })
	check("deposit", tok)
	if n := len(r.Logs); n == 0 {
		t.Fatal("no logs")
	}
	if nonce, _ := br.EventNonce(call()); nonce.Uint64() != 1 {
		t.Fatalf("eventNonce %s, want 1 (the inner deposit must not count)", nonce)
	}

	// claim -> transfer -> fundRewards (a different guarded function)
	tok, bridgeAddr, br = setup()
	e.Must(func() (*types.Transaction, error) { return br.FundRewards(e.Deployer, flock(100)) })
	s, err := buildAndSubmit(e, br, bridgeAddr, 1)
	if err != nil {
		t.Fatal(err)
	}
	e.PassDelay()
	inner, _ = bridgeABI.Pack("fundRewards", flock(1))
	e.Must(func() (*types.Transaction, error) { return tok.Arm(e.Deployer, bridgeAddr, inner) })
	e.Must(func() (*types.Transaction, error) {
		proof, _ := s.Proof(0)
		return br.Claim(e.Users[0], u64(1), big.NewInt(0), s.Payouts[0].Account, s.Payouts[0].Amount, basetest.Proof(proof))
	})
	check("claim", tok)
}
