package valset

import (
	"errors"
	"math/big"
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
