// Package basetest is a test fixture for everything that talks to Base: a devchain (simulated
// backend, Prague rules, no block timer) with FlockToken and FlockBridge deployed under a valset
// of test keys, and helpers to sign, send and decode reverts. Used by the contract tests in
// bridge/contracts and the relayer's tests, and later by x/bridge's end-to-end tests.
package basetest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/reverts"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/internal/fixedpoint"
)

// FLOCK is 10^18 atto-FLOCK.
var FLOCK = fixedpoint.Scale()

// Flock returns n whole FLOCK in atto-FLOCK.
func Flock(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), FLOCK) }

// Options of New; zero values take the defaults.
type Options struct {
	Signers    int      // valset size, default 4
	Powers     []uint64 // raw powers (normalised by valset.Normalize); default equal
	ClaimDelay uint64   // seconds, default 3600
	Cap        *big.Int // maxSettlementTotal, default 1,000,000 FLOCK
	MinDeposit *big.Int // minDeposit, default 1 atto-FLOCK (the contract refuses 0)
	BridgeID   common.Hash
	ChainID    uint64 // default devchain.ChainID
	// Valset and Keys replace the generated signer set (Keys[i] signs for Members[i]); the
	// valset is deployed as given, unvalidated, so constructor checks can be tested too
	Valset *valset.Valset
	Keys   []*ecdsa.PrivateKey
}

// Env is a deployed bridge on a fresh devchain.
type Env struct {
	T        testing.TB
	Chain    *devchain.Chain
	Ctx      context.Context
	Deployer *bind.TransactOpts // holds the token supply
	Guardian *bind.TransactOpts
	Users    []*bind.TransactOpts // funded with FLOCK, approved nothing

	Token      *bindings.FlockToken
	TokenAddr  common.Address
	Bridge     *bindings.FlockBridge
	BridgeAddr common.Address

	Valset   valset.Valset
	Keys     []*ecdsa.PrivateKey // Keys[i] signs for Valset.Members[i]
	Domain   digest.Domain
	BridgeID common.Hash
	Cap      *big.Int
	Delay    uint64
}

const devKeys = 8 // 0 deployer, 1 guardian, 2..7 users

// New starts a devchain and deploys the token (1e9 FLOCK to the deployer, 1e6 to each user) and
// the bridge. The chain is closed when the test ends.
func New(t testing.TB, o Options) *Env {
	t.Helper()
	if o.Signers == 0 {
		o.Signers = 4
	}
	if o.ClaimDelay == 0 {
		o.ClaimDelay = 3600
	}
	if o.Cap == nil {
		o.Cap = Flock(1_000_000)
	}
	if o.MinDeposit == nil {
		o.MinDeposit = big.NewInt(1)
	}
	if o.BridgeID == (common.Hash{}) {
		o.BridgeID = crypto.Keccak256Hash([]byte("flock-localnet-1"))
	}
	if o.ChainID == 0 {
		o.ChainID = devchain.ChainID
	}
	chain, err := devchain.Start(devchain.Config{ChainID: o.ChainID, DevKeys: devKeys})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })

	e := &Env{T: t, Chain: chain, Ctx: context.Background(), BridgeID: o.BridgeID, Cap: o.Cap, Delay: o.ClaimDelay}
	chainID := new(big.Int).SetUint64(o.ChainID)
	keys := chain.Keys()
	e.Deployer = bind.NewKeyedTransactor(keys[0], chainID)
	e.Guardian = bind.NewKeyedTransactor(keys[1], chainID)
	for _, k := range keys[2:] {
		e.Users = append(e.Users, bind.NewKeyedTransactor(k, chainID))
	}

	if o.Valset != nil {
		e.Keys, e.Valset = o.Keys, *o.Valset
	} else {
		e.Keys, e.Valset = SignerSet(o.Signers, o.Powers, 1, "signer")
	}

	client := chain.Client()
	var tx *types.Transaction
	e.TokenAddr, tx, e.Token, err = bindings.DeployFlockToken(e.Deployer, client, e.Deployer.From, Flock(1_000_000_000))
	e.mustMine(tx, err)
	e.BridgeAddr, tx, e.Bridge, err = bindings.DeployFlockBridge(e.Deployer, client, e.TokenAddr, e.BridgeID,
		e.Guardian.From, new(big.Int).SetUint64(o.ClaimDelay), o.Cap, o.MinDeposit, ToBinding(e.Valset))
	e.mustMine(tx, err)
	for _, u := range e.Users {
		e.mustMine(e.Token.Transfer(e.Deployer, u.From, Flock(1_000_000)))
	}
	e.Domain = digest.Domain{ChainID: chainID, Contract: e.BridgeAddr, BridgeID: e.BridgeID}
	return e
}

// With is e reporting to t (for subtests).
func (e *Env) With(t testing.TB) *Env {
	c := *e
	c.T = t
	return &c
}

// SignerSet makes n deterministic signer keys (seeded by tag) and their valset of nonce: raw
// powers (default all equal) normalised, keys reordered to match the members' order.
func SignerSet(n int, powers []uint64, nonce uint64, tag string) ([]*ecdsa.PrivateKey, valset.Valset) {
	keys := make([]*ecdsa.PrivateKey, n)
	inputs := make([]valset.Input, n)
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("basetest %s %d", tag, i))))
		if err != nil {
			panic(err)
		}
		keys[i] = k
		p := uint64(100)
		if i < len(powers) {
			p = powers[i]
		}
		inputs[i] = valset.Input{Address: crypto.PubkeyToAddress(k.PublicKey), Power: new(big.Int).SetUint64(p)}
	}
	vs, err := valset.Normalize(nonce, inputs)
	if err != nil {
		panic(err)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := crypto.PubkeyToAddress(keys[i].PublicKey), crypto.PubkeyToAddress(keys[j].PublicKey)
		return a.Cmp(b) < 0
	})
	return keys, vs
}

// ToBinding converts a valset to the contract's struct.
func ToBinding(vs valset.Valset) bindings.FlockSignedValset {
	return bindings.FlockSignedValset{Nonce: new(big.Int).SetUint64(vs.Nonce), Signers: vs.Signers(), Powers: vs.Powers()}
}

// Sign signs digest with the keys at positions (ascending), as the contract's signature list.
func Sign(keys []*ecdsa.PrivateKey, digest common.Hash, positions []int) []bindings.FlockSignedSignature {
	out := make([]bindings.FlockSignedSignature, 0, len(positions))
	for _, i := range positions {
		sig, err := ethsig.Sign(digest, keys[i])
		if err != nil {
			panic(err)
		}
		out = append(out, ToSignature(i, sig))
	}
	return out
}

// ToSignature is the contract's form of signer i's signature.
func ToSignature(i int, sig ethsig.Signature) bindings.FlockSignedSignature {
	return bindings.FlockSignedSignature{SignerIndex: big.NewInt(int64(i)), R: sig.R, Vs: sig.VS()}
}

// All is positions 0..n-1.
func All(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// Quorum is the smallest set of positions of e.Valset that passes the threshold.
func (e *Env) Quorum() []int {
	pos, ok := e.Valset.Quorum(func(int) bool { return true })
	if !ok {
		e.T.Fatal("valset has no quorum")
	}
	return pos
}

// Send runs fn (a bindings transactor call), mines a block and returns the receipt; a revert
// (at gas estimation or in the block) comes back as the error, decodable with reverts.Name.
func (e *Env) Send(fn func() (*types.Transaction, error)) (*types.Receipt, error) {
	e.T.Helper()
	tx, err := fn()
	if err != nil {
		return nil, err
	}
	e.Chain.Commit()
	r, err := e.Chain.Client().TransactionReceipt(e.Ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted in block", tx.Hash())
	}
	return r, nil
}

// Must is Send that fails the test on any error.
func (e *Env) Must(fn func() (*types.Transaction, error)) *types.Receipt {
	e.T.Helper()
	r, err := e.Send(fn)
	if err != nil {
		e.T.Fatalf("transaction failed: %s", reverts.Describe(err))
	}
	return r
}

// Reverts checks that fn reverts with the named custom error.
func (e *Env) Reverts(name string, fn func() (*types.Transaction, error)) {
	e.T.Helper()
	_, err := e.Send(fn)
	if err == nil {
		e.T.Fatalf("want revert %s, the transaction succeeded", name)
	}
	if got := reverts.Name(err); got != name {
		e.T.Fatalf("want revert %s, got %s", name, reverts.Describe(err))
	}
}

func (e *Env) mustMine(tx *types.Transaction, err error) {
	e.T.Helper()
	if err != nil {
		e.T.Fatalf("send: %s", reverts.Describe(err))
	}
	e.Chain.Commit()
	r, err := e.Chain.Client().TransactionReceipt(e.Ctx, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.T.Fatalf("transaction %s failed: %v", tx.Hash(), err)
	}
}

// Approve lets the bridge take amount from user.
func (e *Env) Approve(user *bind.TransactOpts, amount *big.Int) {
	e.T.Helper()
	e.Must(func() (*types.Transaction, error) { return e.Token.Approve(user, e.BridgeAddr, amount) })
}

// Fund moves amount FLOCK into the bridge (as rewards funding by the deployer), so that
// settlements have something to pay out.
func (e *Env) Fund(amount *big.Int) {
	e.T.Helper()
	e.Approve(e.Deployer, amount)
	e.Must(func() (*types.Transaction, error) { return e.Bridge.FundRewards(e.Deployer, amount) })
}

// Settle builds epoch's tree over payouts and submits it signed by a quorum; returns the tree
// and the receipt.
func (e *Env) Settle(epoch uint64, payouts []merkle.Payout) (*merkle.Settlement, *types.Receipt) {
	e.T.Helper()
	s, err := merkle.BuildSettlement(epoch, payouts)
	if err != nil {
		e.T.Fatal(err)
	}
	r := e.Must(e.SubmitFn(s, e.Quorum()))
	return s, r
}

// SubmitFn is the submitSettlement call for s signed by the signers at positions.
func (e *Env) SubmitFn(s *merkle.Settlement, positions []int) func() (*types.Transaction, error) {
	d := e.Domain.Settlement(digest.Settlement{Epoch: s.Epoch, Root: s.Root(), Total: s.Total, Count: s.Count()})
	sigs := Sign(e.Keys, d, positions)
	return func() (*types.Transaction, error) {
		return e.Bridge.SubmitSettlement(e.Deployer, ToBinding(e.Valset), sigs, new(big.Int).SetUint64(s.Epoch),
			s.Root(), s.Total, new(big.Int).SetUint64(s.Count()))
	}
}

// PassDelay moves the chain's clock past the claim delay (the veto window of settlements,
// valsets and guardian changes).
func (e *Env) PassDelay() {
	e.T.Helper()
	e.Wait(e.Delay + 1)
}

// Wait moves the chain's clock seconds forward (one empty block).
func (e *Env) Wait(seconds uint64) {
	e.T.Helper()
	if err := e.Chain.AdjustTime(time.Duration(seconds) * time.Second); err != nil {
		e.T.Fatal(err)
	}
}

// ProposeValset proposes next, signed by the active valset's quorum, and returns the receipt.
func (e *Env) ProposeValset(next valset.Valset) *types.Receipt {
	e.T.Helper()
	sigs := Sign(e.Keys, e.Domain.Valset(next), e.Quorum())
	return e.Must(func() (*types.Transaction, error) {
		return e.Bridge.UpdateValset(e.Deployer, ToBinding(next), ToBinding(e.Valset), sigs)
	})
}

// ChangeValset proposes next (signed by keys), waits out the delay, activates it and makes it
// e's valset; returns the activation's receipt.
func (e *Env) ChangeValset(keys []*ecdsa.PrivateKey, next valset.Valset) *types.Receipt {
	e.T.Helper()
	e.ProposeValset(next)
	e.PassDelay()
	r := e.Must(func() (*types.Transaction, error) { return e.Bridge.ActivateValset(e.Deployer) })
	e.Keys, e.Valset = keys, next
	return r
}

// ClaimFn is the claim call of leaf i of s, sent by from.
func (e *Env) ClaimFn(from *bind.TransactOpts, s *merkle.Settlement, i int) func() (*types.Transaction, error) {
	proof, err := s.Proof(i)
	if err != nil {
		e.T.Fatal(err)
	}
	p := s.Payouts[i]
	return func() (*types.Transaction, error) {
		return e.Bridge.Claim(from, new(big.Int).SetUint64(s.Epoch), big.NewInt(int64(i)), p.Account, p.Amount, Proof(proof))
	}
}

// Proof converts a proof to the bindings' type.
func Proof(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// Balance is account's FLOCK balance.
func (e *Env) Balance(account common.Address) *big.Int {
	e.T.Helper()
	b, err := e.Token.BalanceOf(&bind.CallOpts{}, account)
	if err != nil {
		e.T.Fatal(err)
	}
	return b
}
