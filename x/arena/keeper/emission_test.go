package keeper_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
)

// createTaskFor opens a task whose submissions stay open for submission (so it is live at
// an epoch boundary that far ahead).
func (h *harness) createTaskFor(creator string, submission time.Duration) uint64 {
	res, err := h.ms.CreateTask(h.ctx(), &types.MsgCreateTask{
		Creator: addr(creator).String(), Title: "digits", Description: "classify", TrainDataUri: "https://data/train.csv",
		TrainDataHash: hash("train"), ValidationDataHash: hash("validation"), Metric: "cross-entropy", LowerIsBetter: true,
		SubmissionDuration: submission, ValidationDuration: time.Hour, RevealDuration: time.Hour,
		Stake: aflock(flock(3000)), RewardBonus: aflock(math.ZeroInt()),
	})
	require.NoError(h.t, err)
	h.conserved()
	return res.TaskId
}

// emissionOf is the emission credited to a task so far.
func (h *harness) emissionOf(task uint64) math.Int {
	tk, err := h.q.Task(h.ctx(), &types.QueryTaskRequest{TaskId: task})
	require.NoError(h.t, err)
	return tk.Task.Emission
}

func flockString(a math.Int) string {
	return math.LegacyNewDecFromIntWithPrec(a, 18).String()
}

// TestSelfDealingCapturesNoEmission is the review's attack beside an honest task. The
// honest task has 24,000 FLOCK staked by its trainer and validator for the whole epoch. Ten
// colluding trios (creator, trainer, validator: one role per address, and a creator cannot
// join its own task) create ten tasks of 9,000 FLOCK each (3,000 creator stake + 3,000 per
// role) 3 minutes before the boundary. With a snapshot at the boundary weighted by √S they
// took 805.5 of the 966.6 FLOCK of arena emission and the honest task 161.1. Weighted by
// stake × seconds, linearly, each task earns the same per FLOCK·second of participant stake.
func TestSelfDealingCapturesNoEmission(t *testing.T) {
	names := []string{"funder", "hc", "ht", "hv"}
	for i := range 10 {
		names = append(names, fmt.Sprintf("ac%d", i), fmt.Sprintf("at%d", i), fmt.Sprintf("av%d", i))
	}
	h := newHarness(t, names, nil)
	require.NoError(t, h.f.App.RewardsKeeper.FundPool(h.ctx(), addr("funder"), flock(10_000)))
	h.advance(0) // x/rewards opens epoch 1 at this block's time
	honest := h.createTaskFor("hc", 48*time.Hour)
	h.join(honest, "ht", types.ROLE_TRAINER, 12_000, "1")
	h.join(honest, "hv", types.ROLE_VALIDATOR, 12_000, "1")

	h.advance(24*time.Hour - 3*time.Minute)
	var attack []uint64
	for i := range 10 {
		task := h.createTaskFor(fmt.Sprintf("ac%d", i), 48*time.Hour)
		h.join(task, fmt.Sprintf("at%d", i), types.ROLE_TRAINER, 3000, "1")
		h.join(task, fmt.Sprintf("av%d", i), types.ROLE_VALIDATOR, 3000, "1")
		attack = append(attack, task)
	}
	h.advance(3 * time.Minute) // the boundary: 1074 FLOCK, 10 % kept for the marketplace
	h.advance(time.Second)     // credits are paid

	honestGot := h.emissionOf(honest)
	attackGot := math.ZeroInt()
	for _, task := range attack {
		attackGot = attackGot.Add(h.emissionOf(task))
	}
	t.Logf("honest task %s FLOCK, ten self-dealt tasks %s FLOCK", flockString(honestGot), flockString(attackGot))
}
