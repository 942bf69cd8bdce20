package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/testutil/basetest"
)

func TestDeployState(t *testing.T) {
	e := basetest.New(t, basetest.Options{Signers: 5, ClaimDelay: 7200, MinDeposit: flock(2)})
	b := e.Bridge
	checks := []struct {
		name string
		got  func() (any, error)
		want any
	}{
		{"token", func() (any, error) { return b.Token(call()) }, e.TokenAddr},
		{"guardian", func() (any, error) { return b.Guardian(call()) }, e.Guardian.From},
		{"bridgeId", func() (any, error) { return b.BridgeId(call()) }, [32]byte(e.BridgeID)},
		{"valsetCheckpoint", func() (any, error) { return b.ValsetCheckpoint(call()) }, [32]byte(e.Valset.Checkpoint())},
		{"domainSeparator", func() (any, error) { return b.DomainSeparator(call()) }, [32]byte(e.Domain.Separator())},
		{"VALSET_TYPEHASH", func() (any, error) { return b.VALSETTYPEHASH(call()) }, [32]byte(valset.TypeHash)},
		{"SETTLEMENT_TYPEHASH", func() (any, error) { return b.SETTLEMENTTYPEHASH(call()) }, [32]byte(digest.SettlementTypeHash)},
		{"GUARDIAN_CHANGE_TYPEHASH", func() (any, error) { return b.GUARDIANCHANGETYPEHASH(call()) }, [32]byte(digest.GuardianChangeTypeHash)},
		{"paused", func() (any, error) { return b.Paused(call()) }, false},
		{"pendingValsetCheckpoint", func() (any, error) { return b.PendingValsetCheckpoint(call()) }, [32]byte{}},
		{"nextGuardian", func() (any, error) { return b.NextGuardian(call()) }, common.Address{}},
	}
	for _, c := range checks {
		got, err := c.got()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got != c.want {
			t.Errorf("%s = %v, want %v", c.name, got, c.want)
		}
	}
	nums := map[string]struct {
		f    func() (*big.Int, error)
		want uint64
	}{
		"eventNonce":      {func() (*big.Int, error) { return b.EventNonce(call()) }, 0},
		"valsetNonce":     {func() (*big.Int, error) { return b.ValsetNonce(call()) }, 1},
		"claimDelay":      {func() (*big.Int, error) { return b.ClaimDelay(call()) }, 7200},
		"MIN_CLAIM_DELAY": {func() (*big.Int, error) { return b.MINCLAIMDELAY(call()) }, 3600},
		"MAX_PAUSE":       {func() (*big.Int, error) { return b.MAXPAUSEDURATION(call()) }, 7 * 86400},
		"pausedUntil":     {func() (*big.Int, error) { return u64Of(b.PausedUntil(call())) }, 0},
		"lastEpoch":       {func() (*big.Int, error) { return b.LastEpoch(call()) }, 0},
		"POWER_TOTAL":     {func() (*big.Int, error) { return b.POWERTOTAL(call()) }, valset.PowerTotal},
		"POWER_THRESHOLD": {func() (*big.Int, error) { return b.POWERTHRESHOLD(call()) }, valset.PowerThreshold},
		"MAX_VALSET_SIZE": {func() (*big.Int, error) { return b.MAXVALSETSIZE(call()) }, valset.MaxSize},
	}
	for name, c := range nums {
		got, err := c.f()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		eq(t, name, got, u64(c.want))
	}
	cap, _ := b.MaxSettlementTotal(call())
	eq(t, "maxSettlementTotal", cap, e.Cap)
	min, _ := b.MinDeposit(call())
	eq(t, "minDeposit", min, flock(2))

	// the constructor announces the initial valset (members, then active), both with event
	// nonce 0: the chain built it, nothing to attest; the first attested event is 1
	it, err := b.FilterValsetUpdated(nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !it.Next() {
		t.Fatal("no ValsetUpdated from the constructor")
	}
	if ev := it.Event; ev.EventNonce.Sign() != 0 || ev.ValsetNonce.Uint64() != 1 || ev.Checkpoint != e.Valset.Checkpoint() {
		t.Fatalf("constructor ValsetUpdated %+v", ev)
	}
	pit, err := b.FilterValsetProposed(nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !pit.Next() {
		t.Fatal("no ValsetProposed from the constructor")
	}
	if ev := pit.Event; ev.EventNonce.Sign() != 0 || ev.ValsetNonce.Uint64() != 1 || ev.Checkpoint != e.Valset.Checkpoint() ||
		len(ev.Signers) != 5 || ev.Signers[0] != e.Valset.Members[0].Address || ev.Powers[0].Uint64() != e.Valset.Members[0].Power {
		t.Fatalf("constructor ValsetProposed %+v", ev)
	}
}

func TestConstructorRejects(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	keys, good := basetest.SignerSet(3, nil, 1, "ctor")
	_ = keys
	mod := func(f func(vs *valset.Valset)) valset.Valset {
		vs := valset.Valset{Nonce: good.Nonce, Members: append([]valset.Member(nil), good.Members...)}
		f(&vs)
		return vs
	}
	type args struct {
		token, guardian common.Address
		id              common.Hash
		delay, cap, min *big.Int
		vs              bindings.FlockSignedValset
	}
	base := func() args {
		return args{e.TokenAddr, e.Guardian.From, crypto.Keccak256Hash([]byte("x")), big.NewInt(3600), flock(1000), big.NewInt(1), basetest.ToBinding(good)}
	}
	cases := []struct {
		name string
		f    func(a *args)
		want string
	}{
		{"zero token", func(a *args) { a.token = common.Address{} }, "ZeroAddress"},
		{"zero guardian", func(a *args) { a.guardian = common.Address{} }, "ZeroAddress"},
		{"zero bridge id", func(a *args) { a.id = common.Hash{} }, "InvalidConfig"},
		{"delay above 30 days", func(a *args) { a.delay = big.NewInt(30*86400 + 1) }, "InvalidConfig"},
		{"zero cap", func(a *args) { a.cap = big.NewInt(0) }, "InvalidConfig"},
		{"cap at 2^128", func(a *args) { a.cap = new(big.Int).Lsh(big.NewInt(1), 128) }, "InvalidConfig"},
		{"zero delay", func(a *args) { a.delay = big.NewInt(0) }, "InvalidConfig"},
		{"delay a second short of an hour", func(a *args) { a.delay = big.NewInt(3599) }, "InvalidConfig"},
		{"zero minimum deposit", func(a *args) { a.min = big.NewInt(0) }, "InvalidConfig"},
		{"empty valset", func(a *args) { a.vs = basetest.ToBinding(valset.Valset{Nonce: 1}) }, "InvalidValsetSize"},
		{"unsorted valset", func(a *args) {
			a.vs = basetest.ToBinding(mod(func(vs *valset.Valset) { vs.Members[0], vs.Members[1] = vs.Members[1], vs.Members[0] }))
		}, "ValsetNotSorted"},
		{"duplicate signer", func(a *args) {
			a.vs = basetest.ToBinding(mod(func(vs *valset.Valset) { vs.Members[1].Address = vs.Members[0].Address }))
		}, "ValsetNotSorted"},
		{"zero address signer", func(a *args) {
			a.vs = basetest.ToBinding(mod(func(vs *valset.Valset) { vs.Members[0].Address = common.Address{} }))
		}, "ValsetNotSorted"},
		{"zero power", func(a *args) {
			a.vs = basetest.ToBinding(mod(func(vs *valset.Valset) { vs.Members[2].Power = 0 }))
		}, "ZeroPower"},
		{"power above 2^32", func(a *args) {
			a.vs = basetest.ToBinding(mod(func(vs *valset.Valset) { vs.Members[2].Power += 10 }))
		}, "ValsetPowerTooHigh"},
		{"power at threshold", func(a *args) {
			a.vs = basetest.ToBinding(mod(func(vs *valset.Valset) {
				vs.Members = vs.Members[:2]
				vs.Members[0].Power, vs.Members[1].Power = valset.PowerThreshold-1, 1
			}))
		}, "ValsetPowerTooLow"},
		{"length mismatch", func(a *args) { a.vs.Powers = a.vs.Powers[:2] }, "ValsetLengthMismatch"},
		{"257 signers", func(a *args) {
			vs := valset.Valset{Nonce: 1}
			for i := 1; i <= 257; i++ {
				vs.Members = append(vs.Members, valset.Member{Address: common.BigToAddress(big.NewInt(int64(i))), Power: 1 << 24})
			}
			a.vs = basetest.ToBinding(vs)
		}, "InvalidValsetSize"},
	}
	// the bounds themselves are accepted
	for _, f := range []func(a *args){
		func(a *args) { a.delay = big.NewInt(3600) },
		func(a *args) { a.delay = big.NewInt(30 * 86400) },
		func(a *args) { a.cap = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1)) },
	} {
		a := base()
		f(&a)
		e.Must(func() (*types.Transaction, error) {
			_, tx, _, err := bindings.DeployFlockBridge(e.Deployer, e.Chain.Client(), a.token, a.id, a.guardian, a.delay, a.cap, a.min, a.vs)
			return tx, err
		})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := base()
			c.f(&a)
			e.With(t).Reverts(c.want, func() (*types.Transaction, error) {
				_, tx, _, err := bindings.DeployFlockBridge(e.Deployer, e.Chain.Client(), a.token, a.id, a.guardian, a.delay, a.cap, a.min, a.vs)
				return tx, err
			})
		})
	}
}

// The Go digest builders produce the contract's bytes, for many valsets and settlements.
func TestDigestsMatchContract(t *testing.T) {
	e := basetest.New(t, basetest.Options{})
	for n := 1; n <= 40; n += 13 {
		for nonce := uint64(0); nonce < 3; nonce++ {
			_, vs := basetest.SignerSet(n, []uint64{5, 1000, 3, 77}, nonce*1_000_000_007, "digest")
			cp, err := e.Bridge.ValsetCheckpointOf(call(), basetest.ToBinding(vs))
			if err != nil {
				t.Fatal(err)
			}
			if cp != vs.Checkpoint() {
				t.Fatalf("checkpoint n=%d nonce=%d: contract %x, Go %x", n, nonce, cp, vs.Checkpoint())
			}
			d, err := e.Bridge.ValsetDigest(call(), basetest.ToBinding(vs))
			if err != nil {
				t.Fatal(err)
			}
			if d != e.Domain.Valset(vs) {
				t.Fatalf("valset digest n=%d: contract %x, Go %x", n, d, e.Domain.Valset(vs))
			}
		}
	}
	huge := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for i, s := range []digest.Settlement{
		{Epoch: 1, Root: common.Hash{1}, Total: big.NewInt(1), Count: 1},
		{Epoch: 1<<64 - 1, Root: crypto.Keccak256Hash([]byte("r")), Total: huge, Count: 1<<24 - 1},
		{Epoch: 0, Root: common.Hash{}, Total: big.NewInt(0), Count: 0},
	} {
		d, err := e.Bridge.SettlementDigest(call(), u64(s.Epoch), s.Root, s.Total, u64(s.Count))
		if err != nil {
			t.Fatal(err)
		}
		if d != e.Domain.Settlement(s) {
			t.Fatalf("settlement %d: contract %x, Go %x", i, d, e.Domain.Settlement(s))
		}
	}
	for _, nonce := range []uint64{1, 1<<64 - 1} {
		g := common.Address{0xab, byte(nonce)}
		d, err := e.Bridge.GuardianChangeDigest(call(), u64(nonce), g)
		if err != nil {
			t.Fatal(err)
		}
		if d != e.Domain.GuardianChange(nonce, g) {
			t.Fatalf("guardian change digest %d: contract %x, Go %x", nonce, d, e.Domain.GuardianChange(nonce, g))
		}
	}
	// every domain field matters
	s := digest.Settlement{Epoch: 1, Root: common.Hash{1}, Total: big.NewInt(1), Count: 1}
	base := e.Domain.Settlement(s)
	for name, d := range map[string]digest.Domain{
		"chain id": {ChainID: big.NewInt(8453), Contract: e.Domain.Contract, BridgeID: e.Domain.BridgeID},
		"contract": {ChainID: e.Domain.ChainID, Contract: common.Address{1}, BridgeID: e.Domain.BridgeID},
		"bridge":   {ChainID: e.Domain.ChainID, Contract: e.Domain.Contract, BridgeID: common.Hash{2}},
	} {
		if d.Settlement(s) == base {
			t.Errorf("changing the %s does not change the digest", name)
		}
	}
}
