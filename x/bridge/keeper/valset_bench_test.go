package keeper_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/types"
)

// BenchmarkValsetStep is the valset EndBlock step, which runs every block, in the steady state
// (no change: build, compare, nothing written) with n bonded validators, all registered; its
// baseline is x/staking's GetBondedValidatorsByPower alone, which the step has to call.
func BenchmarkValsetStep(b *testing.B) {
	for _, n := range []int{4, 25, 100} {
		b.Run(fmt.Sprintf("validators=%d", n), func(b *testing.B) {
			bonds := make([]math.Int, n)
			for i := range bonds {
				bonds[i] = app.Flock(int64(100 + i))
			}
			f := apptest.SetupValidators(b, bonds)
			k := f.App.BridgeKeeper
			p, err := k.Params.Get(f.Context())
			require.NoError(b, err)
			p.BaseChainId, p.BridgeContract, p.BridgeId = 845399, "0x5FbDB2315678afecb367f032d93F642f64180aa3", types.HashString([32]byte{1})
			require.NoError(b, k.Params.Set(f.Context(), p))
			for _, v := range f.Validators {
				require.NoError(b, k.Orchestrators.Set(f.Context(), v.ValAddr, types.Orchestrator{
					Validator: v.ValAddr.String(), Orchestrator: v.Orchestrator.String(), EthAddress: v.EthAddress.Hex(),
				}))
			}
			ctx := f.Context()
			require.NoError(b, k.UpdateValsetForTest(ctx, p)) // valset 1
			b.Run("step=valset", func(b *testing.B) {
				for range b.N {
					cache, _ := ctx.CacheContext()
					if err := k.UpdateValsetForTest(cache, p); err != nil {
						b.Fatal(err)
					}
				}
			})
			// baseline: x/staking listing the bonded set, which the step starts with
			b.Run("baseline=staking-bonded-list", func(b *testing.B) {
				for range b.N {
					cache, _ := ctx.CacheContext()
					if _, err := f.App.StakingKeeper.GetBondedValidatorsByPower(cache); err != nil {
						b.Fatal(err)
					}
				}
			})
			last, err := k.LatestValsetNonceForTest(ctx)
			require.NoError(b, err)
			require.Equal(b, uint64(1), last, "steady state: no new valset")
		})
	}
}
