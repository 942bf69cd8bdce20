package types_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/x/bridge/types"
)

func candidate(i int, tokens int64) types.ValsetCandidate {
	// addresses descend with i, so the valset's (ascending) order is the reverse of the input's
	return types.ValsetCandidate{
		Validator: "val" + string(rune('a'+i)),
		Eth:       common.BigToAddress(big.NewInt(int64(1000 - i))),
		Tokens:    math.NewInt(tokens),
	}
}

// TestBuildValset: powers are ⌊tokens · 2^32 / bonded⌋ against the whole bonded power, members
// ascend by eth address and keep their validator, the checkpoint is the contract's, and 2/3
// of bonded power or less makes no valset.
func TestBuildValset(t *testing.T) {
	cands := []types.ValsetCandidate{candidate(0, 400), candidate(1, 300), candidate(2, 200)}
	vs, err := types.BuildValset(7, cands, math.NewInt(1000))
	require.NoError(t, err)
	require.Len(t, vs.Members, 3)
	for i, want := range []struct {
		val   string
		power uint64
	}{
		{"valc", 200 * valset.PowerTotal / 1000},
		{"valb", 300 * valset.PowerTotal / 1000},
		{"vala", 400 * valset.PowerTotal / 1000},
	} {
		require.Equal(t, want.val, vs.Members[i].Validator)
		require.Equal(t, want.power, vs.Members[i].Power)
	}
	bvs, err := vs.Bridge()
	require.NoError(t, err)
	require.NoError(t, bvs.Validate())
	require.Equal(t, types.HashString(bvs.Checkpoint()), vs.Checkpoint)
	require.Equal(t, uint64(7), bvs.Nonce)

	// exactly 2/3 of bonded power is not enough: ⌊2/3 · 2^32⌋ is the threshold, not above it
	_, err = types.BuildValset(1, []types.ValsetCandidate{candidate(0, 200)}, math.NewInt(300))
	require.ErrorIs(t, err, valset.ErrPowerTooLow)
	_, err = types.BuildValset(1, []types.ValsetCandidate{candidate(0, 200_001)}, math.NewInt(300_000))
	require.NoError(t, err, "just above 2/3")
	_, err = types.BuildValset(1, nil, math.NewInt(300))
	require.ErrorIs(t, err, valset.ErrNothingToKeep)

	// more than the contract's 256 members: the 256 listed first (the most powerful) are taken
	var many []types.ValsetCandidate
	total := math.ZeroInt()
	for i := range 300 {
		tokens := int64(10)
		if i >= valset.MaxSize {
			tokens = 1
		}
		many = append(many, types.ValsetCandidate{Validator: "v", Eth: common.BigToAddress(big.NewInt(int64(i + 1))), Tokens: math.NewInt(tokens)})
		total = total.AddRaw(tokens)
	}
	vs, err = types.BuildValset(1, many, total)
	require.NoError(t, err)
	require.Len(t, vs.Members, valset.MaxSize)
	require.Equal(t, common.BigToAddress(big.NewInt(valset.MaxSize)).Hex(), vs.Members[valset.MaxSize-1].EthAddress)
}

// TestValsetChange: a new valset for the first, after a veto, on another member set or key,
// and when Σ|Δpower| exceeds change_bps of 2^32 — not at the threshold itself.
func TestValsetChange(t *testing.T) {
	base := types.Valset{Nonce: 1, Members: []types.ValsetMember{
		{EthAddress: "0xA", Power: 1 << 31, Validator: "a"},
		{EthAddress: "0xB", Power: 1 << 31, Validator: "b"},
	}}
	with := func(f func(v *types.Valset)) types.Valset {
		v := types.Valset{Nonce: 2, Members: append([]types.ValsetMember(nil), base.Members...)}
		f(&v)
		return v
	}
	require.Contains(t, types.ValsetChange(nil, base, 500), "first")
	require.Empty(t, types.ValsetChange(&base, with(func(*types.Valset) {}), 500), "same members and powers")
	vetoed := base
	vetoed.Vetoed = true
	require.Contains(t, types.ValsetChange(&vetoed, with(func(*types.Valset) {}), 500), "vetoed")
	require.Contains(t, types.ValsetChange(&base, with(func(v *types.Valset) { v.Members = v.Members[:1] }), 500), "members 2 → 1")
	require.Contains(t, types.ValsetChange(&base, with(func(v *types.Valset) { v.Members[1].EthAddress = "0xC" }), 500), "changed")
	require.Contains(t, types.ValsetChange(&base, with(func(v *types.Valset) { v.Members[1].Validator = "c" }), 500), "changed")

	// 5 % of 2^32 is 214,748,364.8: moving 214,748,364 in total is not above it, 214,748,365 is
	move := func(n uint64) types.Valset {
		return with(func(v *types.Valset) {
			v.Members[0].Power += n / 2
			v.Members[1].Power -= n - n/2
		})
	}
	require.Empty(t, types.ValsetChange(&base, move(214_748_364), 500))
	require.Contains(t, types.ValsetChange(&base, move(214_748_365), 500), "power moved by 214748365")
}

// TestValsetBlockedReason names the share the registered keys cover.
func TestValsetBlockedReason(t *testing.T) {
	_, err := types.BuildValset(1, []types.ValsetCandidate{candidate(0, 300)}, math.NewInt(460))
	r := types.ValsetBlockedReason(err, math.NewInt(300), math.NewInt(460))
	require.Contains(t, r, "65.21 %")
	require.Contains(t, r, "300 of 460")
	require.Contains(t, types.ValsetBlockedReason(valset.ErrNothingToKeep, math.ZeroInt(), math.ZeroInt()), "0.00 %")
}

// TestSignedValsetOf: the evidence's valset keeps its order (its digest is what was signed).
func TestSignedValsetOf(t *testing.T) {
	a, b := common.HexToAddress("0x00000000000000000000000000000000000000bb"), common.HexToAddress("0x00000000000000000000000000000000000000aa")
	vs, err := types.SignedValsetOf(&types.SignedValset{Nonce: 3, Signers: []string{a.Hex(), strings.ToLower(b.Hex())}, Powers: []uint64{1, 2}})
	require.NoError(t, err)
	require.Equal(t, []valset.Member{{Address: a, Power: 1}, {Address: b, Power: 2}}, vs.Members)
	_, err = types.SignedValsetOf(&types.SignedValset{Signers: []string{a.Hex()}})
	require.ErrorIs(t, err, types.ErrNotEvidence)
	_, err = types.SignedValsetOf(nil)
	require.ErrorIs(t, err, types.ErrNotEvidence)
	_, err = types.SignedValsetOf(&types.SignedValset{Signers: []string{"0x00"}, Powers: []uint64{1}})
	require.ErrorIs(t, err, types.ErrInvalidEthAddress)
}
