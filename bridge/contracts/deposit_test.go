package contracts_test

import (
	"github.com/cosmos/btcutil/bech32"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/contracts/testbindings"
	"github.com/flockchain/flock/bridge/reverts"
	"github.com/flockchain/flock/testutil/basetest"
)

func TestDepositAndFundRewards(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	alice, bob := e.Users[0], e.Users[1]
	recipient := flockAddr(t, "alice on flock", 20)
	e.Approve(alice, flock(100))
	e.Approve(bob, flock(100))

	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.Deposit(alice, flock(40), recipient) })
	dep := event(t, r, e.Bridge.ParseDeposited)
	if dep.EventNonce.Uint64() != 1 || dep.Sender != alice.From || dep.Recipient != recipient {
		t.Fatalf("Deposited %+v", dep)
	}
	eq(t, "amount", dep.Amount, flock(40))

	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.FundRewards(bob, flock(7)) })
	fund := event(t, r, e.Bridge.ParseRewardsFunded)
	if fund.EventNonce.Uint64() != 2 || fund.Funder != bob.From {
		t.Fatalf("RewardsFunded %+v", fund)
	}
	eq(t, "funded", fund.Amount, flock(7))

	// a 32-byte (module or contract account) recipient is accepted too
	long := flockAddr(t, "module account", 32)
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.Deposit(alice, big.NewInt(1), long) })
	if ev := event(t, r, e.Bridge.ParseDeposited); ev.EventNonce.Uint64() != 3 || ev.Recipient != long {
		t.Fatalf("Deposited %+v", ev)
	}

	eq(t, "bridge balance", e.Balance(e.BridgeAddr), new(big.Int).Add(flock(47), big.NewInt(1)))
	eq(t, "alice balance", e.Balance(alice.From), new(big.Int).Sub(flock(1_000_000-40), big.NewInt(1)))
	nonce, _ := e.Bridge.EventNonce(call())
	eq(t, "eventNonce", nonce, big.NewInt(3))
}

func TestDepositRejects(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	alice := e.Users[0]
	good := flockAddr(t, "alice", 20)
	good32 := flockAddr(t, "module", 32)
	e.Approve(alice, flock(100))
	flip := func(s string, i int) string { // replace character i by another charset character
		c := byte('q')
		if s[i] == 'q' {
			c = 'p'
		}
		return s[:i] + string(c) + s[i+1:]
	}
	// a 32-byte payload whose last data character has non-zero padding bits: valid checksum,
	// but the chain's decoder refuses it
	badPadding := func() string {
		payload := good32[6 : len(good32)-6]
		return bech32Raw(t, payload[:len(payload)-1]+"p")
	}()
	recipients := map[string]string{
		"empty":                 "",
		"other prefix":          otherPrefix(t, "flocx"),
		"cosmos prefix":         otherPrefix(t, "cosmos"),
		"cosmos address":        "cosmos1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a",
		"uppercase":             strings.ToUpper(good),
		"bad checksum":          flip(good, len(good)-1),
		"typo in data":          flip(good, 10),
		"one character short":   good[:len(good)-1],
		"one character long":    good + "q",
		"invalid character b":   good[:10] + "b" + good[11:],
		"separator in data":     good[:10] + "1" + good[11:],
		"non-ascii":             good[:10] + "\xff" + good[11:],
		"32-byte bad padding":   badPadding,
		"44 chars, no checksum": "flock1" + strings.Repeat("q", 38),
	}
	for name, rcpt := range recipients {
		t.Run(name, func(t *testing.T) {
			e.With(t).Reverts("InvalidRecipient", func() (*types.Transaction, error) { return e.Bridge.Deposit(alice, flock(1), rcpt) })
			if ok, err := e.Bridge.IsValidRecipient(call(), rcpt); err != nil || ok {
				t.Fatalf("isValidRecipient(%q) = %v, %v; deposit refuses it", rcpt, ok, err)
			}
		})
	}
	e.Reverts("ZeroAmount", func() (*types.Transaction, error) { return e.Bridge.Deposit(alice, big0, good) })
	e.Reverts("ZeroAmount", func() (*types.Transaction, error) { return e.Bridge.FundRewards(alice, big0) })
	// more than approved: the token's own error surfaces
	e.Reverts("ERC20InsufficientAllowance", func() (*types.Transaction, error) { return e.Bridge.Deposit(alice, flock(101), good) })
	e.Reverts("ERC20InsufficientAllowance", func() (*types.Transaction, error) { return e.Bridge.FundRewards(alice, flock(101)) })
	e.Must(func() (*types.Transaction, error) { return e.Bridge.Pause(e.Guardian) })
	e.Reverts("BridgePaused", func() (*types.Transaction, error) { return e.Bridge.Deposit(alice, flock(1), good) })
	e.Reverts("BridgePaused", func() (*types.Transaction, error) { return e.Bridge.FundRewards(alice, flock(1)) })
	nonce, _ := e.Bridge.EventNonce(call())
	eq(t, "eventNonce after refused deposits", nonce, big0)
}

// The on-chain bech32 check agrees with the Go (btcutil) decoder on valid addresses and
// random one-character mutations of them.
func TestRecipientCheckAgreesWithBech32(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	alice := e.Users[0]
	e.Approve(alice, flock(1000))
	const charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	accepted := func(r string) bool {
		_, err := e.Bridge.Deposit(bindOptsNoSend{alice}.opts(), big.NewInt(1), r)
		if err != nil && reverts.Name(err) != "InvalidRecipient" {
			t.Fatalf("%q: %s", r, reverts.Describe(err))
		}
		return err == nil
	}
	for i := 0; i < 40; i++ {
		n := 20
		if i%4 == 0 {
			n = 32
		}
		addr := flockAddr(t, string(rune('a'+i)), n)
		if !accepted(addr) {
			t.Fatalf("valid %s refused", addr)
		}
		pos := 6 + (i*7)%(len(addr)-6)
		mutated := addr[:pos] + string(charset[(strings.IndexByte(charset, addr[pos])+1+i)%32]) + addr[pos+1:]
		if mutated == addr {
			continue
		}
		if accepted(mutated) != validFlockBech32(mutated) {
			t.Fatalf("%s: contract and Go decoder disagree", mutated)
		}
	}
}

// A fee-on-transfer token mints on the chain what the bridge received, and a token that
// delivers nothing is refused.
func TestDepositCountsReceivedAmount(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	client := e.Chain.Client()
	for _, c := range []struct {
		feeBps int64
		want   *big.Int
		revert string
	}{{100, flock(99), ""}, {10_000, nil, "ZeroAmount"}} {
		var tokenAddr, bridgeAddr = deployFeeToken(t, e, c.feeBps)
		br, _ := bindings.NewFlockBridge(bridgeAddr, client)
		tok, _ := testbindings.NewFeeToken(tokenAddr, client)
		e.Must(func() (*types.Transaction, error) { return tok.Approve(e.Deployer, bridgeAddr, flock(100)) })
		if c.revert != "" {
			e.Reverts(c.revert, func() (*types.Transaction, error) { return br.Deposit(e.Deployer, flock(100), flockAddr(t, "x", 20)) })
			continue
		}
		r := e.Must(func() (*types.Transaction, error) { return br.Deposit(e.Deployer, flock(100), flockAddr(t, "x", 20)) })
		eq(t, "deposited amount", event(t, r, br.ParseDeposited).Amount, c.want)
	}
}

func deployFeeToken(t *testing.T, e *basetest.Env, feeBps int64) (token, bridge [20]byte) {
	t.Helper()
	var tx *types.Transaction
	var err error
	e.Must(func() (*types.Transaction, error) {
		token, tx, _, err = testbindings.DeployFeeToken(e.Deployer, e.Chain.Client(), e.Deployer.From, flock(1_000_000), big.NewInt(feeBps))
		return tx, err
	})
	e.Must(func() (*types.Transaction, error) {
		bridge, tx, _, err = bindings.DeployFlockBridge(e.Deployer, e.Chain.Client(), token, e.BridgeID, e.Guardian.From,
			big.NewInt(3600), e.Cap, big.NewInt(1), basetest.ToBinding(e.Valset))
		return tx, err
	})
	return token, bridge
}

// otherPrefix is a valid bech32 address of 20 bytes under another human-readable part.
func otherPrefix(t *testing.T, hrp string) string {
	conv, err := bech32.ConvertBits(make([]byte, 20), 8, 5, true)
	if err != nil {
		t.Fatal(err)
	}
	s, err := bech32.Encode(hrp, conv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Dust costs every orchestrator an attestation: deposits and fundings below minDeposit (of what
// actually arrived) revert, the minimum itself passes.
func TestMinimumDeposit(t *testing.T) {
	e := basetest.New(t, basetest.Options{MinDeposit: flock(1)})
	u := e.Users[0]
	e.Approve(u, flock(10))
	rcpt := flockAddr(t, "min", 20)
	below := new(big.Int).Sub(flock(1), big.NewInt(1))
	e.Reverts("DepositTooSmall", func() (*types.Transaction, error) { return e.Bridge.Deposit(u, below, rcpt) })
	e.Reverts("DepositTooSmall", func() (*types.Transaction, error) { return e.Bridge.FundRewards(u, big.NewInt(1)) })
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.Deposit(u, flock(1), rcpt) })
	eq(t, "deposited", event(t, r, e.Bridge.ParseDeposited).Amount, flock(1))
	r = e.Must(func() (*types.Transaction, error) { return e.Bridge.FundRewards(u, flock(1)) })
	eq(t, "funded", event(t, r, e.Bridge.ParseRewardsFunded).Amount, flock(1))
	eq(t, "bridge balance", e.Balance(e.BridgeAddr), flock(2))
	if ok, _ := e.Bridge.IsValidRecipient(call(), rcpt); !ok {
		t.Fatal("isValidRecipient refuses the recipient deposit accepted")
	}
}
