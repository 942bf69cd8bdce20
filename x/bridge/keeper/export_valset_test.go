package keeper

import (
	"context"

	"github.com/flockchain/flock/x/bridge/types"
)

// Unexported steps of the valset concern, for its tests.

func (k Keeper) ScheduleConfirmDeadlineForTest(ctx context.Context, p types.Params, kind types.ConfirmKind, id, signers uint64) error {
	return k.scheduleConfirmDeadline(ctx, p, kind, id, signers)
}

func (k Keeper) ValsetVetoedForTest(ctx context.Context, c *types.ValsetVetoedClaim) error {
	return k.valsetVetoed(ctx, c)
}

func (k Keeper) LatestValsetNonceForTest(ctx context.Context) (uint64, error) {
	return k.latestValsetNonce(ctx)
}

func (k Keeper) UpdateValsetForTest(ctx context.Context, p types.Params) error {
	return k.updateValset(ctx, p)
}
