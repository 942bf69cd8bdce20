package types

import (
	"fmt"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis is an empty pool with default params; the first epoch opens at the first
// block.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams(), Pool: math.ZeroInt()}
}

// Validate checks the genesis on its own. That the module account holds exactly
// pool + Σ claimable + Σ pending credits is checked at InitGenesis, against the bank state.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if gs.Pool.IsNil() || gs.Pool.IsNegative() {
		return errorsmod.Wrapf(ErrInvalidGenesis, "pool %s must be a non-negative amount", intString(gs.Pool))
	}
	if gs.Epoch != nil && gs.Epoch.Number == 0 {
		return errorsmod.Wrap(ErrInvalidGenesis, "epoch number 0: epochs are numbered from 1")
	}
	for i, rec := range gs.Epochs {
		if rec.Number == 0 || (gs.Epoch != nil && rec.Number >= gs.Epoch.Number) {
			return errorsmod.Wrapf(ErrInvalidGenesis, "epoch record %d has number %d; records must be of past epochs (1 .. current-1)", i, rec.Number)
		}
		if i > 0 && rec.Number <= gs.Epochs[i-1].Number {
			return errorsmod.Wrapf(ErrInvalidGenesis, "epoch records must be sorted and unique: %d follows %d", rec.Number, gs.Epochs[i-1].Number)
		}
		for _, v := range []math.Int{rec.Scheduled, rec.Emitted, rec.Alliances, rec.Marketplace, rec.Arena, rec.Unallocated} {
			if v.IsNil() || v.IsNegative() {
				return errorsmod.Wrapf(ErrInvalidGenesis, "epoch %d has a negative or missing amount %s", rec.Number, intString(v))
			}
		}
	}
	seen := make(map[string]bool, len(gs.Claimables))
	for _, c := range gs.Claimables {
		if _, err := sdk.AccAddressFromBech32(c.Address); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "claimable address %q: %v", c.Address, err)
		}
		if seen[c.Address] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "duplicate claimable for %s", c.Address)
		}
		seen[c.Address] = true
		if c.Amount.IsNil() || !c.Amount.IsPositive() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "claimable of %s is %s, must be positive", c.Address, intString(c.Amount))
		}
	}
	for i, pc := range gs.PendingCredits {
		if pc.Sink == "" || pc.Amount.IsNil() || !pc.Amount.IsPositive() {
			return errorsmod.Wrapf(ErrInvalidGenesis, "pending credit %d (sink %q, item %d) must name a sink and a positive amount, got %s",
				i, pc.Sink, pc.ItemId, intString(pc.Amount))
		}
	}
	return nil
}

// Expected returns what the module account must hold for this genesis.
func (gs GenesisState) Expected() math.Int {
	total := gs.Pool
	for _, c := range gs.Claimables {
		total = total.Add(c.Amount)
	}
	for _, pc := range gs.PendingCredits {
		total = total.Add(pc.Amount)
	}
	return total
}

// DescribeBalance spells out what a module balance is made of, for mismatch errors.
func DescribeBalance(pool, claimable, pending math.Int) string {
	return fmt.Sprintf("pool %s + claimable %s + pending credits %s", pool, claimable, pending)
}
