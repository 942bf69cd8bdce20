package simulation

import (
	"github.com/cosmos/cosmos-sdk/client"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"
	"github.com/cosmos/cosmos-sdk/x/simulation"

	"github.com/flockchain/flock/x/alliance/keeper"
	"github.com/flockchain/flock/x/alliance/types"
)

// WeightedOperations returns the operations of x/alliance.
func WeightedOperations(_ simtypes.AppParams, _ client.TxConfig, _ keeper.Keeper, _ types.AccountKeeper, _ types.BankKeeper) simulation.WeightedOperations {
	return nil
}
