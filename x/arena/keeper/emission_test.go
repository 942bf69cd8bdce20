package keeper_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/cosmos/gogoproto/proto"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

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

	// E = 966.6 FLOCK over weights 24,000·86,400 (honest) and 6,000·180 (each self-dealt
	// task: the creator's stake earns nothing), in FLOCK·seconds; each credit rounded down
	// (figures from exact fractions)
	require.Equal(t, "961591709844559585492", honestGot.String())
	for _, task := range attack {
		require.Equal(t, "500829015544041450", h.emissionOf(task).String())
	}
	// per FLOCK·second of participant stake, self-dealing earns no more than honest work
	honestRate := new(big.Rat).SetFrac(honestGot.BigInt(), big.NewInt(24_000*86_400))
	attackRate := new(big.Rat).SetFrac(attackGot.BigInt(), big.NewInt(10*6_000*180))
	require.True(t, attackRate.Cmp(honestRate) <= 0, "self-dealing earned %s per FLOCK·s, honest %s", attackRate.FloatString(3), honestRate.FloatString(3))
}

// splitRun is one epoch with an honest reference task (12,000 FLOCK trainer and validator
// all day) and an attacker's 24,000 FLOCK of participant stake, all day too, spread over
// `tasks` tasks (a trainer and a validator each, colluding addresses). It returns what the
// attacker's tasks and the reference task earned.
func splitRun(t *testing.T, tasks int) (attacker, reference math.Int) {
	names := []string{"funder", "rc", "rt", "rv"}
	for i := range tasks {
		names = append(names, fmt.Sprintf("ac%d", i), fmt.Sprintf("at%d", i), fmt.Sprintf("av%d", i))
	}
	h := newHarness(t, names, nil)
	require.NoError(t, h.f.App.RewardsKeeper.FundPool(h.ctx(), addr("funder"), flock(10_000)))
	h.advance(0)
	ref := h.createTaskFor("rc", 48*time.Hour)
	h.join(ref, "rt", types.ROLE_TRAINER, 12_000, "1")
	h.join(ref, "rv", types.ROLE_VALIDATOR, 12_000, "1")
	var mine []uint64
	for i := range tasks {
		task := h.createTaskFor(fmt.Sprintf("ac%d", i), 48*time.Hour)
		h.join(task, fmt.Sprintf("at%d", i), types.ROLE_TRAINER, int64(12_000/tasks), "1")
		h.join(task, fmt.Sprintf("av%d", i), types.ROLE_VALIDATOR, int64(12_000/tasks), "1")
		mine = append(mine, task)
	}
	h.advance(24 * time.Hour)
	h.advance(time.Second)
	attacker = math.ZeroInt()
	for _, task := range mine {
		attacker = attacker.Add(h.emissionOf(task))
	}
	return attacker, h.emissionOf(ref)
}

// TestSplittingStakeEarnsNoMore: the same capital for the same time earns no more split
// over 2, 3 or 4 tasks than in one (√-weighting paid 2× for 4 tasks, √k× for k); the
// reference task beside it loses nothing.
func TestSplittingStakeEarnsNoMore(t *testing.T) {
	one, refOne := splitRun(t, 1)
	require.Equal(t, flock(9666).QuoRaw(20).String(), one.String(), "half the stake·seconds: half of 966.6 FLOCK")
	for _, k := range []int{2, 3, 4} {
		split, ref := splitRun(t, k)
		t.Logf("%d tasks: attacker %s FLOCK, reference %s FLOCK (one task: %s, %s)", k, flockString(split), flockString(ref), flockString(one), flockString(refOne))
		require.True(t, split.LTE(one), "%d tasks earned %s, one task %s", k, split, one)
		require.True(t, ref.GTE(refOne), "the reference task lost emission to the split: %s < %s", ref, refOne)
	}
}

// TestIdleStakeShareReturnsToPool: a task's emission is kept at settlement only in the share
// of its working stake·seconds. Trainer t1 submits and is scored and validator v1 reveals
// (3,000 FLOCK each, all along); trainer t2 (3,000, plus 2,000 delegated at half weight from
// hour 12) never submits, validator v2 (6,000) never commits. The task, alone, earns the
// whole arena emission of epoch 1 (966.6 FLOCK); its settlement starts at T0 + 100,800 s
// (hour 28: submissions close at 25, models are revealed until 26, then an hour each of
// commit and reveal):
//
//	A = 15,000·100,800 + 1,000·(100,800 − 43,200) FLOCK·s, W = 6,000·100,800 FLOCK·s,
//	kept = ⌊E·W/A⌋ = 372.451376146788990825 FLOCK, and 594.148623853211009175 back to the pool.
func TestIdleStakeShareReturnsToPool(t *testing.T) {
	h := newHarness(t, []string{"funder", "c", "t1", "t2", "v1", "v2", "d"}, func(p *types.Params) { p.ValidatorsPerSubmission = 2 })
	require.NoError(t, h.f.App.RewardsKeeper.FundPool(h.ctx(), addr("funder"), flock(10_000)))
	h.advance(0)
	task := h.createTaskFor("c", 25*time.Hour)
	h.join(task, "t1", types.ROLE_TRAINER, 3000, "1")
	h.join(task, "t2", types.ROLE_TRAINER, 3000, "0.5")
	h.join(task, "v1", types.ROLE_VALIDATOR, 3000, "1")
	h.join(task, "v2", types.ROLE_VALIDATOR, 6000, "1")
	h.advance(12 * time.Hour)
	_, err := h.ms.Delegate(h.ctx(), &types.MsgDelegate{Delegator: addr("d").String(), TaskId: task, Participant: addr("t2").String(), Amount: aflock(flock(2000))})
	require.NoError(t, err)
	h.advance(12 * time.Hour) // the boundary
	h.advance(time.Second)    // the credit
	emission := h.emissionOf(task)
	require.Equal(t, flock(9666).QuoRaw(10).String(), emission.String(), "the only task takes the arena's 966.6 FLOCK")

	sub := h.submit(task, "t1")
	h.closeSubmissions(task) // to submission end (hour 25), the model revealed, to the reveal window's end (hour 26)
	_, err = h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("c").String(), TaskId: task, ValidationDataUri: "https://data/val.csv"})
	require.NoError(t, err)
	scores := []types.ScoreEntry{{SubmissionId: sub, Score: "0.25"}}
	h.commit(task, "v1", scores)
	h.advance(time.Hour)
	require.NoError(t, h.reveal(task, "v1", scores))
	poolBefore, err := h.f.App.RewardsKeeper.Pool.Get(h.ctx())
	require.NoError(t, err)
	h.advance(time.Hour) // reveal over: the settlement starts (and, this small, ends)

	ev := lastEvent[*types.EventIdleEmissionReturned](t, h)
	require.Equal(t, "1569600000000000000000000000", ev.StakeSeconds.String())
	require.Equal(t, "604800000000000000000000000", ev.WorkingStakeSeconds.String())
	require.Equal(t, "372451376146788990825", ev.Kept.String())
	require.Equal(t, "594148623853211009175", ev.Returned.String())
	require.Equal(t, emission, ev.Emission)

	tk, err := h.q.Task(h.ctx(), &types.QueryTaskRequest{TaskId: task})
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_FINALIZED, tk.Task.Status)
	// only the working participants are paid, from the kept share; what they were not paid
	// (rounding dust) and slashes go to the pool with the idle share
	paid := math.ZeroInt()
	for _, n := range []string{"t1", "v1"} {
		require.True(t, h.claimable(n).IsPositive(), n)
		paid = paid.Add(h.claimable(n))
	}
	for _, n := range []string{"t2", "v2", "d", "c"} {
		require.True(t, h.claimable(n).IsZero(), n)
	}
	require.True(t, paid.LTE(ev.Kept) && paid.GT(ev.Kept.SubRaw(10)), "paid %s of kept %s", paid, ev.Kept)
	results, err := h.q.Results(h.ctx(), &types.QueryResultsRequest{TaskId: task})
	require.NoError(t, err)
	slashed := math.ZeroInt()
	for _, r := range results.Results {
		slashed = slashed.Add(r.Slashed)
	}
	poolAfter, err := h.f.App.RewardsKeeper.Pool.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, poolBefore.Add(ev.Returned).Add(ev.Kept.Sub(paid)).Add(slashed).String(), poolAfter.String())
}

// lastEvent finds the last event of type E emitted in the last block.
func lastEvent[E proto.Message](t *testing.T, h *harness) E {
	t.Helper()
	var found E
	var ok bool
	for _, e := range h.f.LastEvents() {
		// FinalizeBlock tags block events with a "mode" attribute the typed event lacks
		attrs := e.Attributes[:0:0]
		for _, a := range e.Attributes {
			if a.Key != "mode" {
				attrs = append(attrs, a)
			}
		}
		e.Attributes = attrs
		msg, err := sdk.ParseTypedEvent(e)
		if err != nil {
			continue
		}
		if typed, is := msg.(E); is {
			found, ok = typed, true
		}
	}
	require.True(t, ok, "no %T in the last block", found)
	return found
}
