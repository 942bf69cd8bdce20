package valset

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func addr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(i + 1))) }

func TestNormalize(t *testing.T) {
	huge := new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil) // 10^12 FLOCK in aflock
	cases := []struct {
		name   string
		powers []*big.Int
		want   []uint64 // by input order (addresses ascend with input order here)
	}{
		{"one", []*big.Int{big.NewInt(7)}, []uint64{PowerTotal}},
		{"equal", []*big.Int{big.NewInt(1), big.NewInt(1), big.NewInt(1), big.NewInt(1)}, []uint64{1 << 30, 1 << 30, 1 << 30, 1 << 30}},
		{"thirds round down", []*big.Int{big.NewInt(1), big.NewInt(1), big.NewInt(1)}, []uint64{1431655765, 1431655765, 1431655765}},
		{"aflock-sized", []*big.Int{huge, new(big.Int).Mul(huge, big.NewInt(3))}, []uint64{1 << 30, 3 << 30}},
		{"dust dropped", []*big.Int{huge, big.NewInt(1)}, []uint64{PowerTotal - 1}},
	}
	for _, c := range cases {
		in := make([]Input, len(c.powers))
		for i, p := range c.powers {
			in[i] = Input{Address: addr(i), Power: p}
		}
		vs, err := Normalize(3, in)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(vs.Members) != len(c.want) {
			t.Fatalf("%s: %d members, want %d", c.name, len(vs.Members), len(c.want))
		}
		for i, w := range c.want {
			if vs.Members[i].Power != w {
				t.Fatalf("%s: member %d power %d, want %d", c.name, i, vs.Members[i].Power, w)
			}
		}
	}
	// sorted by address whatever the input order
	vs, err := Normalize(1, []Input{{addr(5), big.NewInt(1)}, {addr(1), big.NewInt(1)}, {addr(3), big.NewInt(1)}})
	if err != nil || vs.Members[0].Address != addr(1) || vs.Members[2].Address != addr(5) || vs.Index(addr(3)) != 1 || vs.Index(addr(9)) != -1 {
		t.Fatalf("sorting: %+v %v", vs, err)
	}
}

func TestNormalizeRejects(t *testing.T) {
	many := make([]Input, MaxSize+1)
	for i := range many {
		many[i] = Input{Address: addr(i), Power: big.NewInt(1)}
	}
	cases := map[string][]Input{
		"none":           nil,
		"all zero":       {{addr(0), big.NewInt(0)}},
		"zero address":   {{common.Address{}, big.NewInt(1)}},
		"duplicate":      {{addr(0), big.NewInt(1)}, {addr(0), big.NewInt(1)}},
		"negative":       {{addr(0), big.NewInt(-1)}, {addr(1), big.NewInt(5)}},
		"nil power":      {{addr(0), nil}},
		"too many (257)": many,
	}
	for name, in := range cases {
		if _, err := Normalize(1, in); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestValidate(t *testing.T) {
	ok := Valset{Members: []Member{{addr(0), 1 << 31}, {addr(1), 1 << 31}}}
	cases := map[string]struct {
		vs   Valset
		want error
	}{
		"ok":           {ok, nil},
		"empty":        {Valset{}, ErrSize},
		"unsorted":     {Valset{Members: []Member{ok.Members[1], ok.Members[0]}}, ErrNotSorted},
		"duplicate":    {Valset{Members: []Member{ok.Members[0], ok.Members[0]}}, ErrNotSorted},
		"zero addr":    {Valset{Members: []Member{{common.Address{}, PowerTotal}}}, ErrNotSorted},
		"zero":         {Valset{Members: []Member{{addr(0), 0}, {addr(1), PowerTotal}}}, ErrZeroPower},
		"too high":     {Valset{Members: []Member{{addr(0), PowerTotal}, {addr(1), 1}}}, ErrPowerTooHigh},
		"at threshold": {Valset{Members: []Member{{addr(0), PowerThreshold}}}, ErrPowerTooLow},
	}
	for name, c := range cases {
		if err := c.vs.Validate(); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
}

func TestQuorum(t *testing.T) {
	vs := Valset{Members: []Member{{addr(0), 1 << 30}, {addr(1), 2 << 30}, {addr(2), 1 << 29}, {addr(3), 1<<30 + 1<<29}}}
	all := func(int) bool { return true }
	pos, ok := vs.Quorum(all)
	// highest first: 2<<30 then 1.5<<30 = 3.5<<30 > threshold (~2.67<<30)
	if !ok || len(pos) != 2 || pos[0] != 1 || pos[1] != 3 {
		t.Fatalf("quorum %v %v", pos, ok)
	}
	pos, ok = vs.Quorum(func(i int) bool { return i != 1 })
	if !ok || len(pos) != 3 {
		t.Fatalf("without the largest: %v %v", pos, ok)
	}
	if _, ok := vs.Quorum(func(i int) bool { return i == 0 || i == 2 }); ok {
		t.Fatal("1.5/4 of the power passed")
	}
}

// Normalize either fails or returns a valset the contract accepts, whose powers keep the raw
// order of magnitude.
func FuzzNormalize(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4}, uint8(4))
	f.Add([]byte{255, 0, 0, 1}, uint8(2))
	f.Fuzz(func(t *testing.T, raw []byte, n uint8) {
		count := int(n)%40 + 1
		in := make([]Input, count)
		for i := range in {
			p := int64(0)
			if i < len(raw) {
				p = int64(raw[i]) << (i % 50)
			}
			in[i] = Input{Address: addr(i * 7919), Power: big.NewInt(p)}
		}
		vs, err := Normalize(1, in)
		if err != nil {
			return
		}
		if err := vs.Validate(); err != nil {
			t.Fatalf("normalised valset invalid: %v", err)
		}
		if total := vs.TotalPower(); total > PowerTotal || total < PowerTotal-uint64(count) {
			t.Fatalf("total %d", total)
		}
	})
}

// With the bonded total as the denominator, a quorum the contract accepts (signed power above
// the threshold) always holds more than 2/3 of bonded power, whoever is left out of the inputs
// (validators without a registered key). Random sets, random unregistered power, random signer
// subsets; the bound follows from power_i <= raw_i * 2^32 / bonded.
func TestNormalizeBondedQuorumIsTwoThirdsOfBonded(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 6))
	three, two := big.NewInt(3), big.NewInt(2)
	made := 0
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(40)
		in := make([]Input, n)
		raw := make(map[common.Address]*big.Int, n)
		registered := new(big.Int)
		for i := range in {
			p := new(big.Int).Lsh(big.NewInt(1+rng.Int64N(1_000_000)), uint(rng.IntN(70))) // up to ~2^90 aflock
			in[i] = Input{Address: addr(i), Power: p}
			raw[in[i].Address] = p
			registered.Add(registered, p)
		}
		// unregistered bonded power: none, a little, or up to half as much again
		missing := new(big.Int).Div(new(big.Int).Mul(registered, big.NewInt(rng.Int64N(3)*rng.Int64N(50))), big.NewInt(100))
		bonded := new(big.Int).Add(registered, missing)
		vs, err := NormalizeBonded(uint64(trial), in, bonded)
		if err != nil {
			// refused only if the registered validators hold at most 2/3 of bonded power, up to
			// rounding (each member loses less than one unit): Σraw·2^32 <= (threshold + n)·bonded
			lhs := new(big.Int).Lsh(registered, 32)
			rhs := new(big.Int).Mul(new(big.Int).SetUint64(PowerThreshold+uint64(n)), bonded)
			if !errors.Is(err, ErrPowerTooLow) || lhs.Cmp(rhs) > 0 {
				t.Fatalf("trial %d: registered %s of bonded %s refused: %v", trial, registered, bonded, err)
			}
			continue
		}
		made++
		if vs.TotalPower() >= PowerTotal && missing.Sign() > 0 {
			t.Fatalf("trial %d: powers sum to %d with unregistered power", trial, vs.TotalPower())
		}
		for k := 0; k < 20; k++ {
			var positions []int
			if k == 0 {
				positions, _ = vs.Quorum(func(int) bool { return true })
			} else {
				for i := range vs.Members {
					if rng.IntN(2) == 0 {
						positions = append(positions, i)
					}
				}
			}
			var signed uint64
			signedRaw := new(big.Int)
			for _, i := range positions {
				signed += vs.Members[i].Power
				signedRaw.Add(signedRaw, raw[vs.Members[i].Address])
			}
			if signed > PowerThreshold && new(big.Int).Mul(signedRaw, three).Cmp(new(big.Int).Mul(bonded, two)) <= 0 {
				t.Fatalf("trial %d: signed power %d passes the contract's threshold with %s of %s bonded (not > 2/3)",
					trial, signed, signedRaw, bonded)
			}
		}
	}
	if made < 500 {
		t.Fatalf("only %d of 2000 trials made a valset", made)
	}
}

// Why the denominator matters: validators with a registered key holding 67% of bonded power,
// normalised over themselves, let 45% of bonded power pass the quorum; normalised over the
// bonded total, a quorum needs all of them.
func TestNormalizeOverRegisteredOnlyOvercounts(t *testing.T) {
	in := []Input{{addr(0), big.NewInt(30)}, {addr(1), big.NewInt(15)}, {addr(2), big.NewInt(15)}, {addr(3), big.NewInt(7)}}
	bonded := big.NewInt(100) // 33 bonded without a registered key
	vs, err := Normalize(1, in)
	if err != nil {
		t.Fatal(err)
	}
	if pos, ok := vs.Quorum(func(int) bool { return true }); !ok || len(pos) != 2 {
		t.Fatalf("over the registered sum: quorum %v %v, want 30 + 15 (45%% of bonded)", pos, ok)
	}
	vs, err = NormalizeBonded(1, in, bonded)
	if err != nil {
		t.Fatal(err)
	}
	if pos, ok := vs.Quorum(func(int) bool { return true }); !ok || len(pos) != 4 {
		t.Fatalf("over the bonded total: quorum %v %v, want all four (67%% of bonded)", pos, ok)
	}
	if vs.TotalPower() >= PowerTotal {
		t.Fatalf("total %d, want below 2^32", vs.TotalPower())
	}
	// 2/3 of bonded or less: no valset; a bonded total below the inputs' sum is an error
	if _, err := NormalizeBonded(1, in, big.NewInt(101)); !errors.Is(err, ErrPowerTooLow) {
		t.Fatalf("66.3%% registered: %v, want ErrPowerTooLow", err)
	}
	if _, err := NormalizeBonded(1, in, big.NewInt(66)); err == nil {
		t.Fatal("a bonded total below the inputs' sum was accepted")
	}
}
