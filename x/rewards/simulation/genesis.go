package simulation

import (
	"time"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/flockchain/flock/x/rewards/types"
)

// RandomizedGenState picks random valid params; the pool starts empty, as on a new chain.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	params := types.DefaultParams()
	params.EpochDuration = time.Duration(1+r.Intn(48)) * time.Hour
	params.EpochEmission = math.NewInt(int64(r.Intn(1_000_000_000))).MulRaw(1_000_000_000)
	params.Decay = math.LegacyNewDecWithPrec(int64(50+r.Intn(50)), 2) // 0.50 .. 0.99
	params.DecayInterval = uint64(1 + r.Intn(60))
	params.MarketplaceShare = math.LegacyNewDecWithPrec(int64(r.Intn(101)), 2)
	params.ClaimFee = math.NewInt(int64(r.Intn(1000)))
	params.MaxCreditsPerBlock = uint32(1 + r.Intn(1000))
	gs := types.GenesisState{Params: params, Pool: math.ZeroInt()}
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(&gs)
}
