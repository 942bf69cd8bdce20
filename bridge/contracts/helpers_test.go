package contracts_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/cosmos/btcutil/bech32"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/testutil/basetest"
)

var (
	flock = basetest.Flock
	big0  = big.NewInt(0)
)

// flockAddr is a valid bech32 flock address of n payload bytes derived from seed.
func flockAddr(t testing.TB, seed string, n int) string {
	t.Helper()
	payload := crypto.Keccak256([]byte(seed))[:n]
	if n > 32 {
		t.Fatal("payload too long")
	}
	conv, err := bech32.ConvertBits(payload, 8, 5, true)
	if err != nil {
		t.Fatal(err)
	}
	s, err := bech32.Encode("flock", conv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// payouts makes n payouts of 1..n FLOCK-wei multiples to distinct derived accounts.
func payouts(n int, unit *big.Int) []merkle.Payout {
	out := make([]merkle.Payout, n)
	for i := range out {
		out[i] = merkle.Payout{
			Account: common.BytesToAddress(crypto.Keccak256([]byte{byte(i), byte(i >> 8), byte(i >> 16), 'p'})[:20]),
			Amount:  new(big.Int).Mul(big.NewInt(int64(i+1)), unit),
		}
	}
	return out
}

func u64(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

// u64Of adapts a uint64 getter to the *big.Int checks.
func u64Of(x uint64, err error) (*big.Int, error) { return u64(x), err }

// event finds the first log of receipt r parsed by parse.
func event[T any](t testing.TB, r *types.Receipt, parse func(types.Log) (*T, error)) *T {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := parse(*l); err == nil {
			return ev
		}
	}
	t.Fatalf("event not found in %d logs", len(r.Logs))
	return nil
}

func call() *bind.CallOpts { return &bind.CallOpts{} }

func settlementOf(t testing.TB, e *basetest.Env, epoch uint64) struct {
	Root        [28]byte
	ClaimableAt uint32
	Total       *big.Int
	Paid        *big.Int
} {
	t.Helper()
	s, err := e.Bridge.Settlements(call(), u64(epoch))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// bindingClaim is leaf i of s as a claimMany entry.
func bindingClaim(t testing.TB, s *merkle.Settlement, i int) bindings.FlockBridgeClaim {
	t.Helper()
	proof, err := s.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	return bindings.FlockBridgeClaim{
		Epoch: u64(s.Epoch), Index: big.NewInt(int64(i)), Account: s.Payouts[i].Account,
		Amount: s.Payouts[i].Amount, Proof: basetest.Proof(proof),
	}
}

func eq(t testing.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// bech32Raw is "flock1" + data + the checksum of data (data in the bech32 charset).
func bech32Raw(t testing.TB, data string) string {
	t.Helper()
	const charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	vals := make([]byte, len(data))
	for i := range data {
		idx := strings.IndexByte(charset, data[i])
		if idx < 0 {
			t.Fatalf("bad charset char %q", data[i])
		}
		vals[i] = byte(idx)
	}
	s, err := bech32.Encode("flock", vals)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validFlockBech32 is what the chain accepts: bech32 (not m), hrp flock, 20 or 32 bytes.
func validFlockBech32(s string) bool {
	hrp, data, err := bech32.Decode(s, 90)
	if err != nil || hrp != "flock" || s != strings.ToLower(s) {
		return false
	}
	b, err := bech32.ConvertBits(data, 5, 8, false)
	return err == nil && (len(b) == 20 || len(b) == 32)
}

// bindOptsNoSend makes transactor options that only simulate (NoSend still estimates gas,
// which is where a revert shows).
type bindOptsNoSend struct{ from *bind.TransactOpts }

func (b bindOptsNoSend) opts() *bind.TransactOpts {
	o := *b.from
	o.NoSend = true
	return &o
}

// buildAndSubmit submits a 3-leaf settlement of epoch to another bridge deployed with e's
// valset and bridge id.
func buildAndSubmit(e *basetest.Env, br *bindings.FlockBridge, addr common.Address, epoch uint64) (*merkle.Settlement, error) {
	s, err := merkle.BuildSettlement(epoch, payouts(3, flock(1)))
	if err != nil {
		return nil, err
	}
	dom := digest.Domain{ChainID: e.Domain.ChainID, Contract: addr, BridgeID: e.BridgeID}
	sigs := basetest.Sign(e.Keys, dom.Settlement(digest.Settlement{Epoch: epoch, Root: s.Root(), Total: s.Total, Count: s.Count()}), e.Quorum())
	_, err = e.Send(func() (*types.Transaction, error) {
		return br.SubmitSettlement(e.Deployer, basetest.ToBinding(e.Valset), sigs, u64(epoch), s.Root(), s.Total, u64(s.Count()))
	})
	return s, err
}

// submitRoot submits a settlement of epoch with any root, total and count, signed by e's quorum.
func submitRoot(t testing.TB, e *basetest.Env, epoch uint64, root common.Hash, total *big.Int, count uint64) {
	t.Helper()
	sigs := basetest.Sign(e.Keys, e.Domain.Settlement(digest.Settlement{Epoch: epoch, Root: root, Total: total, Count: count}), e.Quorum())
	e.Must(func() (*types.Transaction, error) {
		return e.Bridge.SubmitSettlement(e.Deployer, basetest.ToBinding(e.Valset), sigs, u64(epoch), root, total, u64(count))
	})
}

// callMsg is a call of method on e's bridge from the deployer, for gas estimation.
func callMsg(t testing.TB, e *basetest.Env, method string, args ...any) ethereum.CallMsg {
	t.Helper()
	a, err := bindings.FlockBridgeMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return ethereum.CallMsg{From: e.Deployer.From, To: &e.BridgeAddr, Data: data}
}
