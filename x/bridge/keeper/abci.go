package keeper

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// endBlockStep is one bounded piece of EndBlock work.
type endBlockStep struct {
	name string
	run  func(ctx context.Context, p types.Params) error
}

// EndBlocker applies attested events in nonce order, keeps the bridge valset current, cuts
// and builds settlements, punishes missed confirmations, prunes old records and books burns by other modules. Every step is
// bounded by a param, runs in its own cached context and never halts the chain: a failing step
// is logged, reported in an event and its writes dropped; it is retried next block.
func (k Keeper) EndBlocker(ctx context.Context) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	steps := []endBlockStep{
		{"apply", k.applyAttested},
		// punishments (slash, jail) before the valset is built: nothing after the valset step
		// touches x/staking, so the state committed at a valset's height is exactly what it was
		// built from, and orchestrators can recompute it there before signing
		{"deadlines", k.checkDeadlines},
		{"valset", k.updateValset},
		{"settlement", k.advanceSettlements},
		{"prune", k.prune},
		// last: the supply's fall from slashes earlier in the block is booked
		{"reconcile", k.reconcileSupply},
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	for _, s := range steps {
		cache, write := sdkCtx.CacheContext()
		if err := s.run(cache, params); err != nil {
			k.logger(ctx).Error("end block step failed", "step", s.name, "err", err)
			if emitErr := sdkCtx.EventManager().EmitTypedEvent(&types.EventEndBlockStepFailed{Step: s.name, Error: err.Error()}); emitErr != nil {
				return emitErr
			}
			continue
		}
		write()
	}
	return nil
}
