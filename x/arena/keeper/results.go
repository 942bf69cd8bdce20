package keeper

import (
	"context"

	"cosmossdk.io/collections"

	"github.com/flockchain/flock/x/arena/types"
)

// Leaderboard lists a task's submission results in leaderboard order: scored submissions by
// rank, then unscored ones. It is complete once the task is FINALIZED (other modules, such as
// a marketplace listing a task's best model, check the status with GetTask first); while the
// task settles it holds the rows written so far.
func (k Keeper) Leaderboard(ctx context.Context, taskID uint64) ([]types.SubmissionResult, error) {
	if _, err := k.GetTask(ctx, taskID); err != nil {
		return nil, err
	}
	var out []types.SubmissionResult
	err := k.SubmissionResults.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](taskID),
		func(_ collections.Pair[uint64, uint64], r types.SubmissionResult) (bool, error) {
			out = append(out, r)
			return false, nil
		})
	return out, err
}
