package simulation_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/keeper"
	"github.com/flockchain/flock/x/arena/types"
)

// checkLeaderboards checks the leaderboard of every finalised task and returns how many
// there were.
func checkLeaderboards(t *testing.T, ctx sdk.Context, k keeper.Keeper) int {
	t.Helper()
	n := 0
	require.NoError(t, k.Tasks.Walk(ctx, nil, func(id uint64, task types.Task) (bool, error) {
		if task.Status != types.TASK_STATUS_FINALIZED {
			return false, nil
		}
		rows, err := k.Leaderboard(ctx, id)
		require.NoError(t, err)
		require.Len(t, rows, int(task.Submissions), "task %d: one row per submission", id)
		checkLeaderboard(t, rows, task.LowerIsBetter)
		n++
		return false, nil
	}))
	return n
}

// checkLeaderboard checks a leaderboard's order: scored rows first, ranked 1..n, each score
// no better than the one above it in the metric's direction; then unscored rows, rank 0.
// It also asks for two different scores, without which any direction would pass.
func checkLeaderboard(t *testing.T, rows []types.SubmissionResult, lowerIsBetter bool) {
	t.Helper()
	scored, distinct := 0, false
	for ; scored < len(rows) && rows[scored].Scored; scored++ {
		row := rows[scored]
		require.Equal(t, uint32(scored+1), row.Rank, "row %d: %+v", scored, row)
		if scored == 0 {
			continue
		}
		above := rows[scored-1].Score
		distinct = distinct || !row.Score.Equal(above)
		if lowerIsBetter {
			require.True(t, row.Score.GTE(above), "lower is better, yet row %d scores %s and the row above %s", scored, row.Score, above)
		} else {
			require.True(t, row.Score.LTE(above), "higher is better, yet row %d scores %s and the row above %s", scored, row.Score, above)
		}
	}
	require.True(t, distinct, "the leaderboard needs two different scores to show an order")
	for _, row := range rows[scored:] {
		require.False(t, row.Scored, "scored row %d below an unscored one", row.SubmissionId)
		require.Zero(t, row.Rank, "unscored submission %d has a rank", row.SubmissionId)
	}
}
