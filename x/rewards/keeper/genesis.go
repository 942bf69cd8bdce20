package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

// InitGenesis writes the genesis state and refuses it when the module account (funded by
// the bank genesis) does not hold exactly what the records say.
func (k Keeper) InitGenesis(ctx context.Context, gs *types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	k.auth.GetModuleAccount(ctx, types.ModuleName) // creates the account if it is missing
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	if err := k.Pool.Set(ctx, gs.Pool); err != nil {
		return err
	}
	if gs.Epoch != nil {
		if err := k.Epoch.Set(ctx, *gs.Epoch); err != nil {
			return err
		}
	}
	for _, rec := range gs.Epochs {
		if err := k.Epochs.Set(ctx, rec.Number, rec); err != nil {
			return err
		}
	}
	total := math.ZeroInt()
	for _, c := range gs.Claimables {
		addr, err := k.addressCodec.StringToBytes(c.Address)
		if err != nil {
			return err
		}
		if err := k.Claimables.Set(ctx, addr, c.Amount); err != nil {
			return err
		}
		total = total.Add(c.Amount)
	}
	if err := k.TotalClaimable.Set(ctx, total); err != nil {
		return err
	}
	pending := math.ZeroInt()
	for _, pc := range gs.PendingCredits {
		seq, err := k.PendingSeq.Next(ctx)
		if err != nil {
			return err
		}
		if err := k.PendingCredits.Set(ctx, seq, pc); err != nil {
			return err
		}
		pending = pending.Add(pc.Amount)
	}
	if err := k.PendingTotal.Set(ctx, pending); err != nil {
		return err
	}
	return k.CheckBalance(ctx)
}

// ExportGenesis reads the whole state back.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	pool, err := getInt(ctx, k.Pool)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: params, Pool: pool}
	switch state, err := k.Epoch.Get(ctx); {
	case err == nil:
		gs.Epoch = &state
	case !errors.Is(err, collections.ErrNotFound): // not found: exported before the first block
		return nil, err
	}
	if err := k.Epochs.Walk(ctx, nil, func(_ uint64, rec types.EpochRecord) (bool, error) {
		gs.Epochs = append(gs.Epochs, rec)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Claimables.Walk(ctx, nil, func(addr sdk.AccAddress, amount math.Int) (bool, error) {
		s, err := k.addressCodec.BytesToString(addr)
		gs.Claimables = append(gs.Claimables, types.Claimable{Address: s, Amount: amount})
		return false, err
	}); err != nil {
		return nil, err
	}
	if err := k.PendingCredits.Walk(ctx, nil, func(_ uint64, pc types.PendingCredit) (bool, error) {
		gs.PendingCredits = append(gs.PendingCredits, pc)
		return false, nil
	}); err != nil {
		return nil, err
	}
	return gs, nil
}
