package keeper_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/types"
)

// TestGenesisRoundTripMidTask exports a chain whose task is in its reveal phase (joins,
// delegation, submissions, assignments, commitments, one reveal), restarts a chain from the
// export, finishes the task there, and checks the restarted chain exported the same state.
func TestGenesisRoundTripMidTask(t *testing.T) {
	h := newHarness(t, []string{"creator", "t1", "t2", "v1", "v2", "dan"}, func(p *types.Params) { p.ValidatorsPerSubmission = 2 })
	task := h.createTask("creator", 100)
	h.join(task, "t1", types.ROLE_TRAINER, 3000, "1")
	h.join(task, "t2", types.ROLE_TRAINER, 3000, "0.5")
	h.join(task, "v1", types.ROLE_VALIDATOR, 3000, "1")
	h.join(task, "v2", types.ROLE_VALIDATOR, 3000, "1")
	_, err := h.ms.Delegate(h.ctx(), &types.MsgDelegate{Delegator: addr("dan").String(), TaskId: task, Participant: addr("t2").String(), Amount: aflock(flock(5))})
	require.NoError(t, err)
	s1, s2 := h.submit(task, "t1"), h.submit(task, "t2")
	h.closeSubmissions(task)
	_, err = h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "u"})
	require.NoError(t, err)
	scores := []types.ScoreEntry{{SubmissionId: s1, Score: "0.3"}, {SubmissionId: s2, Score: "0.2"}}
	h.commit(task, "v1", scores)
	h.commit(task, "v2", scores)
	h.advance(time.Hour)
	require.NoError(t, h.reveal(task, "v1", scores))
	h.advance(time.Second)

	exported, err := h.f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	restarted := apptest.Restart(t, exported)
	again, err := restarted.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	var a, b map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &a))
	require.NoError(t, json.Unmarshal(again.AppState, &b))
	for _, m := range []string{types.ModuleName, "rewards", "bank"} {
		require.JSONEq(t, string(a[m]), string(b[m]), "module %s", m)
	}
	var gs types.GenesisState
	restarted.App.AppCodec().MustUnmarshalJSON(b[types.ModuleName], &gs)
	require.Len(t, gs.Commitments, 2)
	require.Len(t, gs.Scores, 2)
	// the stake × time integrals of emission come along: v1 revealed scores of t1 and t2,
	// so those three worked; v2 did not
	for _, p := range gs.Participants {
		require.Equal(t, p.Address != addr("v2").String(), p.Worked, p.Address)
		require.Equal(t, p.SelfStake, p.StakeTime.Self, p.Address)
	}
	require.Equal(t, flock(9000).String(), gs.Tasks[0].WorkingStake.Self.String())
	require.Equal(t, flock(12_000).String(), gs.Tasks[0].Stake.Self.String())
	require.Equal(t, flock(5).String(), gs.Tasks[0].Stake.Delegated.String())
	require.NoError(t, restarted.App.ArenaKeeper.CheckBalance(restarted.Context()))

	// the restarted chain finishes the task: v2 never revealed and is slashed there
	restarted.Advance(t, 4*time.Hour) // the restart starts at apptest.GenesisTime, before the original clock
	ctx := restarted.Context()
	tk, err := restarted.App.ArenaKeeper.Tasks.Get(ctx, task)
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_FINALIZED, tk.Status)
	res, err := restarted.App.ArenaKeeper.ParticipantResults.Get(ctx, collectionsJoin(task, "v2"))
	require.NoError(t, err)
	require.Equal(t, flock(300), res.Slashed)
	require.NoError(t, restarted.App.ArenaKeeper.CheckBalance(ctx))
	require.NoError(t, restarted.App.RewardsKeeper.CheckBalance(ctx))
}

// TestGenesisRoundTripMidSettlement exports a chain halfway through settling a task (tallies,
// submissions waiting in leaderboard order, a partly written leaderboard, payouts not yet
// made), restarts a chain from the export, and checks both chains finish the settlement with
// the same leaderboard, results and claimable rewards.
func TestGenesisRoundTripMidSettlement(t *testing.T) {
	f := apptest.Setup(t, apptest.Fund(addr("whale"), 100_000_000))
	seedTask(t, f, 120, 12, 5, 3)
	k := f.App.ArenaKeeper
	p, err := k.Params.Get(f.Context())
	require.NoError(t, err)
	p.MaxSettleWorkPerBlock = types.MinSettleWork
	require.NoError(t, k.Params.Set(f.Context(), p))
	f.Advance(t, time.Hour)
	for {
		s, err := k.Settlements.Get(f.Context(), 1)
		require.NoError(t, err)
		if s.Phase == types.SETTLEMENT_PHASE_RANK && s.Ranked > 0 {
			break
		}
		f.Advance(t, time.Second)
	}
	exported, err := f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	var gs types.GenesisState
	var state map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &state))
	f.App.AppCodec().MustUnmarshalJSON(state[types.ModuleName], &gs)
	require.Len(t, gs.Settlements, 1)
	require.NotEmpty(t, gs.Tallies)
	require.NotEmpty(t, gs.Ranking)
	require.NotEmpty(t, gs.SubmissionResults)

	// the restart's first block already goes on settling, so the chains are compared at the end
	restarted := apptest.Restart(t, exported)

	finish := func(f *apptest.Fixture) outcome {
		for range 1000 {
			task, err := f.App.ArenaKeeper.GetTask(f.Context(), 1)
			require.NoError(t, err)
			if task.Status == types.TASK_STATUS_FINALIZED {
				require.NoError(t, f.App.ArenaKeeper.CheckBalance(f.Context()))
				return readOutcome(t, f, f.Context())
			}
			f.Advance(t, time.Second)
			require.NoError(t, f.App.ArenaKeeper.CheckBalance(f.Context()))
		}
		t.Fatal("settlement does not end")
		return outcome{}
	}
	original, copied := finish(f), finish(restarted)
	require.Equal(t, original.leaderboard, copied.leaderboard)
	require.Equal(t, original.results, copied.results)
	require.Equal(t, original.claimables, copied.claimables)
	require.Equal(t, original.balances, copied.balances)
}
