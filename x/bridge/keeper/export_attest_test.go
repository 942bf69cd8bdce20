package keeper

import (
	"context"

	"github.com/flockchain/flock/x/bridge/types"
)

// The attestation concern's EndBlock steps, exported to its tests and benchmarks.

func (k Keeper) ApplyAttestedForTest(ctx context.Context, p types.Params) error {
	return k.applyAttested(ctx, p)
}

func (k Keeper) PruneForTest(ctx context.Context, p types.Params) error { return k.prune(ctx, p) }
