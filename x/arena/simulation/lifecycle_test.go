package simulation_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// TestOperationsLifecycle drives every operation through its real branch, with its
// transactions committed block by block, until task 1 is finalised and task 2 cancelled,
// and checks every finalised leaderboard. CreateTask picks the metric's direction at
// random, so seeds run until both directions have been finalised.
func TestOperationsLifecycle(t *testing.T) {
	seen := map[bool]bool{}
	for seed := int64(1); seed <= 12 && len(seen) < 2; seed++ {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) { seen[lifecycle(t, seed)] = true })
	}
	require.Len(t, seen, 2, "both metric directions within twelve seeds")
}

// lifecycle runs one task from creation to undelegation and returns its lower_is_better.
func lifecycle(t *testing.T, seed int64) bool {
	d := newDriver(t, seed, 40)
	const id, cancelled = uint64(1), uint64(2)

	// Block: the smallest settlement budget, so settling spans several blocks; create task 1.
	ctx := d.block(time.Second, func(ctx sdk.Context) {
		p, err := d.k.Params.Get(ctx)
		require.NoError(t, err)
		p.MaxSettleWorkPerBlock = types.MinSettleWork
		require.NoError(t, d.k.SetParams(ctx, p))
		require.True(t, d.run(ctx, opCreate), "create task")
		for _, op := range []int{opRevealModel, opOpen, opCommit, opReveal, opUndelegate} {
			require.False(t, d.run(ctx, op), "%s before its phase", sdk.MsgTypeURL(opMsgs[op]))
		}
	})
	task := d.task(ctx, id)
	params, err := d.k.Params.Get(ctx)
	require.NoError(t, err)

	// Block: nearly every account joins, as a trainer or a validator at random.
	ctx = d.block(time.Second, func(ctx sdk.Context) {
		for range 10 * len(d.accs) {
			d.run(ctx, opJoin)
		}
	})
	task = d.task(ctx, id)
	require.GreaterOrEqual(t, task.Trainers, uint32(8))
	require.GreaterOrEqual(t, task.Validators, params.ValidatorsPerSubmission)

	// Block: delegations, and model commitments until every trainer has committed.
	ctx = d.block(time.Second, func(ctx sdk.Context) {
		for range 20 {
			d.run(ctx, opDelegate)
		}
		for i := 0; i < 50*int(task.Trainers) && d.task(ctx, id).Submissions < task.Trainers; i++ {
			d.run(ctx, opCommitModel)
		}
	})
	task = d.task(ctx, id)
	require.Equal(t, task.Trainers, task.Submissions, "every trainer committed to a model")
	require.Positive(t, d.delivered[opDelegate])

	// Block: another task, cancelled at once since nobody joined it (task 1 has participants).
	ctx = d.block(time.Second, func(ctx sdk.Context) {
		require.True(t, d.run(ctx, opCreate))
		require.True(t, d.run(ctx, opCancel))
	})
	require.Equal(t, types.TASK_STATUS_CANCELLED, d.task(ctx, cancelled).Status)
	require.Equal(t, types.TASK_STATUS_OPEN, d.task(ctx, id).Status)

	// Block at the end of submissions: every trainer reveals its model; validation cannot
	// open yet.
	ctx = d.blockAt(task.SubmissionEnd, func(ctx sdk.Context) {
		require.False(t, d.run(ctx, opCommitModel), "submissions are over")
		require.Equal(t, int(task.Trainers), d.drain(ctx, opRevealModel, 2*len(d.accs)), "every trainer revealed")
		require.False(t, d.run(ctx, opOpen), "the models' reveal window is still open")
	})

	// Block at the end of the models' reveal window: the creator opens validation.
	ctx = d.blockAt(task.ModelRevealEnd, func(ctx sdk.Context) {
		require.False(t, d.run(ctx, opRevealModel), "the reveal window is over")
		require.True(t, d.run(ctx, opOpen))
	})
	task = d.task(ctx, id)
	require.Equal(t, types.TASK_STATUS_VALIDATION, task.Status)

	// Block: every validator with assignments commits, once.
	ctx = d.block(time.Second, func(ctx sdk.Context) { d.drain(ctx, opCommit, 2*len(d.accs)) })
	assigned, committed, _ := d.scoring(ctx, id)
	require.Positive(t, assigned)
	require.Equal(t, assigned, committed, "every assigned validator committed")

	// Block at the end of the commit phase: every committed validator reveals.
	ctx = d.blockAt(*task.ValidationEnd, func(ctx sdk.Context) {
		require.False(t, d.run(ctx, opCommit), "the commit phase is over")
		d.drain(ctx, opReveal, 2*len(d.accs))
	})
	_, committed, revealed := d.scoring(ctx, id)
	require.Equal(t, committed, revealed, "every commitment was revealed, and matched")

	// Blocks from the end of the reveal phase: EndBlock settles the task within its budget;
	// meanwhile nothing unlocks.
	settling := 0
	ctx = d.blockAt(*task.RevealEnd, func(ctx sdk.Context) { require.False(t, d.run(ctx, opReveal)) })
	for ; settling < 100 && d.task(ctx, id).Status == types.TASK_STATUS_SETTLING; settling++ {
		ctx = d.block(time.Second, func(ctx sdk.Context) {
			if d.task(ctx, id).Status == types.TASK_STATUS_SETTLING { // fn runs after EndBlock
				require.False(t, d.run(ctx, opUndelegate), "delegations stay locked while the task settles")
			}
		})
	}
	require.Equal(t, types.TASK_STATUS_FINALIZED, d.task(ctx, id).Status)
	require.Positive(t, settling, "settlement spanned blocks")

	// Block: every delegation comes back.
	ctx = d.block(time.Second, func(ctx sdk.Context) { d.drain(ctx, opUndelegate, 100) })
	require.NoError(t, d.k.Delegations.Walk(ctx, collections.NewPrefixedTripleRange[uint64, sdk.AccAddress, sdk.AccAddress](id),
		func(key collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], _ math.Int) (bool, error) {
			return true, fmt.Errorf("delegation %v left after undelegating", key)
		}))

	for op, n := range d.delivered {
		require.Positive(t, n, "%s never delivered", sdk.MsgTypeURL(opMsgs[op]))
	}
	require.Equal(t, 1, checkLeaderboards(t, ctx, d.k), "task 1 is the one finalised task")
	t.Logf("lower_is_better %v, %d submissions, %d validators, settled over %d blocks; transactions per operation %v",
		task.LowerIsBetter, task.Submissions, task.Validators, settling+1, d.delivered)
	return task.LowerIsBetter
}
