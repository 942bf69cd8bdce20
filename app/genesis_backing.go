package app

import (
	"encoding/json"
	"fmt"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// BackGenesisSupply sets x/bridge's genesis_backing to the genesis supply of aflock (bank
// supply if set, else the sum of balances) plus extra (aflock a test network adds outside
// genesis, such as validator balances), and returns it. x/bridge refuses a genesis whose supply
// its backing does not account for, so whoever builds a genesis states how much FLOCK is locked
// on Base behind it; a real network locks exactly this amount in FlockBridge.
func BackGenesisSupply(cdc codec.JSONCodec, genesis map[string]json.RawMessage, extra math.Int) (math.Int, error) {
	var bankGen banktypes.GenesisState
	if err := cdc.UnmarshalJSON(genesis[banktypes.ModuleName], &bankGen); err != nil {
		return math.Int{}, fmt.Errorf("bank genesis: %w", err)
	}
	supply := bankGen.Supply.AmountOf(BondDenom)
	if bankGen.Supply.Empty() {
		supply = math.ZeroInt()
		for _, b := range bankGen.Balances {
			supply = supply.Add(b.Coins.AmountOf(BondDenom))
		}
	}
	supply = supply.Add(extra)
	var bridgeGen bridgetypes.GenesisState
	if err := cdc.UnmarshalJSON(genesis[bridgetypes.ModuleName], &bridgeGen); err != nil {
		return math.Int{}, fmt.Errorf("bridge genesis: %w", err)
	}
	bridgeGen.Backing.GenesisBacking = supply
	bz, err := cdc.MarshalJSON(&bridgeGen)
	if err != nil {
		return math.Int{}, err
	}
	genesis[bridgetypes.ModuleName] = bz
	return supply, nil
}
