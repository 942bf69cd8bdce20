// Package simulation holds the simulation genesis and operations of x/arena.
package simulation

import (
	"time"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/flockchain/flock/x/arena/types"
)

// RandomizedGenState picks valid params small enough for simulated accounts: stakes of a
// few aflock and phases of seconds to minutes, so tasks run to the end within a simulation.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	p := types.DefaultParams()
	p.MinTaskStake = math.NewInt(int64(1 + r.Intn(1000)))
	p.MinTrainerStake = math.NewInt(int64(1 + r.Intn(1000)))
	p.SubmissionFee = math.NewInt(int64(r.Intn(int(p.MinTrainerStake.Int64()) + 1)))
	p.MinValidatorStake = math.NewInt(int64(1 + r.Intn(1000)))
	p.MinPhaseDuration = time.Second
	p.MaxPhaseDuration = time.Duration(1+r.Intn(10)) * time.Minute
	p.OpenValidationWindow = time.Duration(1+r.Intn(10)) * time.Minute
	p.ValidatorsPerSubmission = uint32(1 + r.Intn(5))
	gs := types.DefaultGenesis()
	gs.Params = p
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(gs)
}
