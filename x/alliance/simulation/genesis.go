// Package simulation holds the simulation genesis and operations of x/alliance.
package simulation

import (
	"time"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/flockchain/flock/x/alliance/types"
)

// RandomizedGenState picks valid params small enough for simulated accounts: deposits and
// stakes of a few aflock and phases of seconds, so alliances run to the end within a
// simulation.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	p := types.DefaultParams()
	p.MinRewardDeposit = math.NewInt(int64(1 + r.Intn(1000)))
	p.MinStake = math.NewInt(int64(1 + r.Intn(1000)))
	p.MinPhaseDuration = time.Second
	p.MaxPhaseDuration = time.Duration(1+r.Intn(10)) * time.Minute
	p.FillWindow = time.Duration(1+r.Intn(10)) * time.Minute
	p.MaxParticipants = uint32(2 + r.Intn(20))
	p.MaxRounds = uint32(1 + r.Intn(5))
	// short retention and small prune chunks, so simulated alliances get pruned over blocks
	p.RecordRetention = time.Duration(r.Intn(10)) * time.Minute
	p.MaxPrunePerBlock = uint32(1 + r.Intn(50))
	p.RetryDelay = time.Duration(1+r.Intn(60)) * time.Second
	gs := types.DefaultGenesis()
	gs.Params = p
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(gs)
}
