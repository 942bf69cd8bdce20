package types_test

import (
	"errors"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/x/bridge/types"
)

// FuzzGenesisValset: any genesis validators (bonds, some below one unit of consensus power),
// any subset registered, any max_validators. Every registration verifies; the genesis valset is
// either refused as ErrInvalidGenesis or one Base accepts, whose members are exactly the
// registered validators among the bonded set x/staking makes (the max_validators most powerful,
// ties by address, none without power), each at ⌊tokens · 2^32 / bonded⌋ (zero left out); and
// BootstrapBase turns it into a genesis that validates.
func FuzzGenesisValset(f *testing.F) {
	f.Add([]byte{100, 1, 100, 1, 100, 1, 100, 0}, uint8(4))
	f.Add([]byte{200, 1, 50, 1, 50, 0, 1, 1}, uint8(2))
	f.Add([]byte{0, 1, 7, 1, 7, 1, 7, 1, 7, 0}, uint8(3))
	f.Fuzz(func(t *testing.T, spec []byte, maxVals uint8) {
		if len(spec) < 2 || maxVals == 0 {
			return
		}
		n := min(len(spec)/2, 8)
		var gs types.GenesisState
		vals := make([]types.GenesisValidator, n)
		ops := make([]sdk.ValAddress, n)
		registered := map[string]bool{}
		for i := range n {
			ops[i] = sdk.ValAddress(crypto.Keccak256([]byte{'v', byte(i)})[:20])
			// whole FLOCK, and for odd bonds half a FLOCK: below one unit of power when 0
			tokens := math.NewInt(int64(spec[2*i])).Mul(sdk.DefaultPowerReduction)
			if spec[2*i]%2 == 1 {
				tokens = tokens.Add(sdk.DefaultPowerReduction.QuoRaw(2))
			}
			vals[i] = types.GenesisValidator{Operator: ops[i].String(), Tokens: tokens}
		}
		for i := range n {
			if spec[2*i+1]%2 == 0 {
				continue
			}
			key, err := crypto.ToECDSA(crypto.Keccak256([]byte{'e', byte(i)}))
			if err != nil {
				t.Fatal(err)
			}
			orch := sdk.AccAddress(crypto.Keccak256([]byte{'o', byte(i)})[:20])
			msg, err := types.NewMsgRegisterOrchestrator("fuzz-1", ops[i], orch, key)
			if err != nil {
				t.Fatal(err)
			}
			if err := types.AddGenesisOrchestrator(&gs, "fuzz-1", vals, *msg); err != nil {
				t.Fatalf("registration %d: %v", i, err)
			}
			registered[ops[i].String()] = true
		}
		vs, err := types.GenesisValset(vals, gs.Orchestrators, uint32(maxVals))
		if err != nil {
			if !errors.Is(err, types.ErrInvalidGenesis) {
				t.Fatalf("refused with %v, want ErrInvalidGenesis", err)
			}
			return
		}

		// the bonded set, restated
		idx := make([]int, 0, n)
		for i, v := range vals {
			if v.Tokens.GTE(sdk.DefaultPowerReduction) {
				idx = append(idx, i)
			}
		}
		power := func(i int) int64 { return vals[i].Tokens.Quo(sdk.DefaultPowerReduction).Int64() }
		sort.SliceStable(idx, func(a, b int) bool {
			if power(idx[a]) != power(idx[b]) {
				return power(idx[a]) > power(idx[b])
			}
			return string(ops[idx[a]]) < string(ops[idx[b]])
		})
		if len(idx) > int(maxVals) {
			idx = idx[:maxVals]
		}
		bonded := new(big.Int)
		for _, i := range idx {
			bonded.Add(bonded, vals[i].Tokens.BigInt())
		}
		want := map[string]uint64{}
		for _, i := range idx {
			if !registered[ops[i].String()] {
				continue
			}
			p := new(big.Int).Mul(vals[i].Tokens.BigInt(), new(big.Int).SetUint64(valset.PowerTotal))
			if p.Quo(p, bonded); p.Sign() > 0 {
				want[ops[i].String()] = p.Uint64()
			}
		}
		got := map[string]uint64{}
		for _, m := range vs.Members {
			got[m.Validator] = m.Power
		}
		if len(got) != len(want) {
			t.Fatalf("members %v, want %v", got, want)
		}
		for k, p := range want {
			if got[k] != p {
				t.Fatalf("member %s power %d, want %d", k, got[k], p)
			}
		}
		bvs, err := vs.Bridge()
		if err != nil {
			t.Fatal(err)
		}
		if err := bvs.Validate(); err != nil {
			t.Fatalf("Base would refuse the genesis valset: %v", err)
		}
		gs.Params = types.DefaultParams()
		gs.Backing = types.ZeroBacking()
		gs.NextWithdrawalId = 1
		d := types.BaseDeployment{ChainID: 845399, Bridge: bvs.Members[0].Address, Token: bvs.Members[0].Address,
			BridgeID: crypto.Keccak256Hash([]byte("fuzz-1")), DeployBlock: 3, ValsetNonce: 1, ValsetCheckpoint: bvs.Checkpoint()}
		if err := types.BootstrapBase(&gs, vs, d); err != nil {
			t.Fatalf("bootstrap: %v", err)
		}
	})
}
