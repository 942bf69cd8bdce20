package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

func TestCreatorNoShowCancelsAndRefunds(t *testing.T) {
	h := newHarness(t, []string{"creator", "t1", "dan"}, nil)
	task := h.createTask("creator", 200)
	h.join(task, "t1", types.ROLE_TRAINER, 3000, "0.5")
	_, err := h.ms.Delegate(h.ctx(), &types.MsgDelegate{Delegator: addr("dan").String(), TaskId: task, Participant: addr("t1").String(), Amount: aflock(flock(10))})
	require.NoError(t, err)
	creator, t1, dan := h.balance("creator"), h.balance("t1"), h.balance("dan")

	h.closeSubmissions(task)  // submissions close, the models' reveal window passes
	h.advance(24 * time.Hour) // the open window passes with no MsgOpenValidation
	tk, err := h.q.Task(h.ctx(), &types.QueryTaskRequest{TaskId: task})
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_CANCELLED, tk.Task.Status)
	require.Equal(t, creator.Add(flock(3000)).Sub(flock(300)).Add(flock(200)), h.balance("creator"), "stake minus 10 %, bonus back")
	require.Equal(t, t1.Add(flock(3000)), h.balance("t1"))

	_, err = h.ms.Undelegate(h.ctx(), &types.MsgUndelegate{Delegator: addr("dan").String(), TaskId: task, Participant: addr("t1").String()})
	require.NoError(t, err)
	require.Equal(t, dan.Add(flock(10)), h.balance("dan"))
}

func TestCancelOnlyBeforeAnyoneJoins(t *testing.T) {
	h := newHarness(t, []string{"creator", "t1", "eve"}, nil)
	task := h.createTask("creator", 50)
	before := h.balance("creator")
	_, err := h.ms.CancelTask(h.ctx(), &types.MsgCancelTask{Creator: addr("eve").String(), TaskId: task})
	require.ErrorIs(t, err, types.ErrNotCreator)
	_, err = h.ms.CancelTask(h.ctx(), &types.MsgCancelTask{Creator: addr("creator").String(), TaskId: task})
	require.NoError(t, err)
	require.Equal(t, before.Add(flock(3050)), h.balance("creator"))

	task2 := h.createTask("creator", 0)
	h.join(task2, "t1", types.ROLE_TRAINER, 3000, "1")
	_, err = h.ms.CancelTask(h.ctx(), &types.MsgCancelTask{Creator: addr("creator").String(), TaskId: task2})
	require.ErrorIs(t, err, types.ErrWrongPhase)
	require.ErrorContains(t, err, "1 participants")
}

func TestResubmissionKeepsTheIDAndBumpsTheVersion(t *testing.T) {
	h := newHarness(t, []string{"creator", "t1"}, nil)
	task := h.createTask("creator", 0)
	h.join(task, "t1", types.ROLE_TRAINER, 3000, "1")
	before := h.balance("t1")
	id, err := h.commitModel(task, "t1", model("t1"))
	require.NoError(t, err)
	again, err := h.commitModel(task, "t1", hash("v2"))
	require.NoError(t, err)
	require.Equal(t, id, again)
	require.Equal(t, before.Sub(flock(10)), h.balance("t1"), "one slot, one fee: a new commitment pays nothing")
	subs, err := h.q.Submissions(h.ctx(), &types.QuerySubmissionsRequest{TaskId: task})
	require.NoError(t, err)
	require.Len(t, subs.Submissions, 1)
	require.Equal(t, uint32(2), subs.Submissions[0].Version)
	require.Equal(t, uint64(2), subs.Submissions[0].CommitSeq)
	require.Empty(t, subs.Submissions[0].ModelHash, "nothing is shown before the reveal")

	h.advance(time.Hour)
	_, err = h.revealModel(task, "t1", model("t1"))
	require.ErrorIs(t, err, types.ErrCommitmentMismatch, "the first commitment was replaced")
	_, err = h.revealModel(task, "t1", hash("v2"))
	require.NoError(t, err)
	subs, err = h.q.Submissions(h.ctx(), &types.QuerySubmissionsRequest{TaskId: task})
	require.NoError(t, err)
	require.Equal(t, hash("v2"), subs.Submissions[0].ModelHash)
	require.Equal(t, "https://models/t1", subs.Submissions[0].ModelUri)
	_, err = h.revealModel(task, "t1", hash("v2"))
	require.ErrorIs(t, err, types.ErrAlreadyRevealed)
}

// TestTaskEarnsEmission: an open task is an emission sink item; at the epoch boundary its
// pool grows by the arena share, and that emission is paid out at finalisation.
func TestTaskEarnsEmission(t *testing.T) {
	h := newHarness(t, []string{"creator", "t1", "funder"}, nil)
	require.NoError(t, h.f.App.RewardsKeeper.FundPool(h.ctx(), addr("funder"), flock(10_000)))
	task := h.createTask("creator", 0)
	h.join(task, "t1", types.ROLE_TRAINER, 3000, "1")
	// x/arena is one of the registered sinks (x/alliance is another), earning the arena share
	var arenaSinks int
	for _, s := range h.f.App.RewardsKeeper.EmissionSinks() {
		if s.Module == types.ModuleName {
			arenaSinks++
			require.Equal(t, rewardstypes.CATEGORY_ARENA, s.Sink.EmissionCategory())
		}
	}
	require.Equal(t, 1, arenaSinks)

	h.advance(0)              // x/rewards opens epoch 1 if it has not yet
	h.advance(26 * time.Hour) // the boundary: 1074 FLOCK, 10 % kept for the marketplace; the open deadline
	h.advance(time.Second)    // credits are paid
	tk, err := h.q.Task(h.ctx(), &types.QueryTaskRequest{TaskId: task})
	require.NoError(t, err)
	require.True(t, tk.Task.Emission.IsPositive(), "the task earned emission")
	require.Equal(t, types.TASK_STATUS_CANCELLED, tk.Task.Status, "and was then cancelled: the creator never opened validation")
	pool, err := h.f.App.RewardsKeeper.Pool.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, flock(10_000).Add(flock(300)), pool, "cancelled: emission and the creator's slash return to the pool")
}

// TestBadInputChangesNothing: each bad message fails with its typed error, naming the
// value, and leaves balances and state as they were.
func TestBadInputChangesNothing(t *testing.T) {
	h := newHarness(t, []string{"creator", "t1", "v1", "v2", "eve"}, func(p *types.Params) { p.ValidatorsPerSubmission = 1 })
	task := h.createTask("creator", 0)
	h.join(task, "t1", types.ROLE_TRAINER, 3000, "1")
	h.join(task, "v1", types.ROLE_VALIDATOR, 3000, "1")
	h.join(task, "v2", types.ROLE_VALIDATOR, 3000, "1")
	sub := h.submit(task, "t1")
	s := func(a int64) sdk.Coin { return aflock(flock(a)) }
	sig := math.LegacyOneDec()

	open := []struct {
		name string
		run  func() error
		err  error
		text string
	}{
		{"second role", func() error {
			_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: addr("t1").String(), TaskId: task, Role: types.ROLE_VALIDATOR, Stake: s(3000), Sigma: sig})
			return err
		}, types.ErrAlreadyJoined, "as ROLE_TRAINER; one role per task"},
		{"stake below minimum", func() error {
			_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: addr("eve").String(), TaskId: task, Role: types.ROLE_TRAINER, Stake: s(2999), Sigma: sig})
			return err
		}, types.ErrStakeTooLow, "below the ROLE_TRAINER minimum"},
		{"wrong denom", func() error {
			_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: addr("eve").String(), TaskId: task, Role: types.ROLE_TRAINER, Stake: sdk.NewInt64Coin("uatom", 5), Sigma: sig})
			return err
		}, types.ErrWrongDenom, "5uatom"},
		{"sigma out of range", func() error {
			_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: addr("eve").String(), TaskId: task, Role: types.ROLE_TRAINER, Stake: s(3000), Sigma: math.LegacyNewDecWithPrec(5, 2)})
			return err
		}, types.ErrInvalidSigma, "sigma 0.050000000000000000"},
		{"no role", func() error {
			_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: addr("eve").String(), TaskId: task, Stake: s(3000), Sigma: sig})
			return err
		}, types.ErrWrongRole, "ROLE_UNSPECIFIED"},
		{"validator submits", func() error {
			_, err := h.commitModel(task, "v1", hash("x"))
			return err
		}, types.ErrWrongRole, "only trainers submit"},
		{"bad model commitment", func() error {
			_, err := h.ms.CommitModel(h.ctx(), &types.MsgCommitModel{Trainer: addr("t1").String(), TaskId: task, Commitment: "abc"})
			return err
		}, types.ErrInvalidHash, `commitment "abc"`},
		{"unknown task", func() error {
			_, err := h.commitModel(99, "t1", hash("x"))
			return err
		}, types.ErrUnknownTask, "task 99"},
		{"model reveal before submissions close", func() error {
			_, err := h.revealModel(task, "t1", model("t1"))
			return err
		}, types.ErrWrongPhase, "takes model reveals from"},
		{"bad model hash", func() error {
			_, err := h.revealModel(task, "t1", "abc")
			return err
		}, types.ErrInvalidHash, `model_hash "abc"`},
		{"open validation too early", func() error {
			_, err := h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "u"})
			return err
		}, types.ErrWrongPhase, "can open validation from"},
		{"commit before validation", func() error {
			_, err := h.ms.CommitScores(h.ctx(), &types.MsgCommitScores{Validator: addr("v1").String(), TaskId: task, Commitment: hash("c")})
			return err
		}, types.ErrWrongPhase, "only in its validation phase"},
		{"undelegate before the end", func() error {
			_, err := h.ms.Undelegate(h.ctx(), &types.MsgUndelegate{Delegator: addr("eve").String(), TaskId: task, Participant: addr("t1").String()})
			return err
		}, types.ErrWrongPhase, "delegations unlock when it is finalised"},
	}
	check := func(cases []struct {
		name string
		run  func() error
		err  error
		text string
	}) {
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				balances := map[string]math.Int{}
				for _, n := range []string{"creator", "t1", "v1", "v2", "eve"} {
					balances[n] = h.balance(n)
				}
				err := tc.run()
				require.ErrorIs(t, err, tc.err)
				require.ErrorContains(t, err, tc.text)
				for n, b := range balances {
					require.Equal(t, b, h.balance(n), n)
				}
				h.conserved()
			})
		}
	}
	check(open)

	h.advance(time.Hour)
	_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: addr("eve").String(), TaskId: task, Role: types.ROLE_TRAINER, Stake: s(3000), Sigma: sig})
	require.ErrorIs(t, err, types.ErrWrongPhase)
	require.ErrorContains(t, err, "closed for joining at")
	check([]struct {
		name string
		run  func() error
		err  error
		text string
	}{
		{"model reveal that does not match the commitment", func() error {
			_, err := h.revealModel(task, "t1", hash("someone else's model"))
			return err
		}, types.ErrCommitmentMismatch, "committed"},
		{"model reveal with a short salt", func() error {
			_, err := h.ms.RevealModel(h.ctx(), &types.MsgRevealModel{Trainer: addr("t1").String(), TaskId: task, ModelUri: "u", ModelHash: model("t1"), Salt: "00"})
			return err
		}, types.ErrInvalidSalt, `salt "00"`},
		{"model reveal by a validator", func() error {
			_, err := h.revealModel(task, "v1", model("v1"))
			return err
		}, types.ErrWrongRole, "only trainers submit"},
		{"model commitment after submissions closed", func() error {
			_, err := h.commitModel(task, "t1", model("t1"))
			return err
		}, types.ErrWrongPhase, "closed for submissions"},
		{"open validation while models are being revealed", func() error {
			_, err := h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "u"})
			return err
		}, types.ErrWrongPhase, "can open validation from"},
	})
	h.closeSubmissions(task)
	_, err = h.revealModel(task, "t1", model("t1"))
	require.ErrorIs(t, err, types.ErrWrongPhase, "the reveal window is over")
	_, err = h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("eve").String(), TaskId: task, ValidationDataUri: "u"})
	require.ErrorIs(t, err, types.ErrNotCreator)
	_, err = h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "https://v"})
	require.NoError(t, err)

	// exactly one of v1, v2 is assigned the submission
	assigned, other := "v1", "v2"
	res, err := h.q.Assignments(h.ctx(), &types.QueryAssignmentsRequest{TaskId: task, Validator: addr("v1").String()})
	require.NoError(t, err)
	if len(res.SubmissionIds) == 0 {
		assigned, other = "v2", "v1"
	}
	good := []types.ScoreEntry{{SubmissionId: sub, Score: "0.25"}}
	h.commit(task, assigned, good)
	h.commit(task, other, good)
	h.advance(time.Hour)

	reveal := []struct {
		name string
		run  func() error
		err  error
		text string
	}{
		{"scores that do not match the commitment", func() error {
			return h.reveal(task, assigned, []types.ScoreEntry{{SubmissionId: sub, Score: "0.26"}})
		}, types.ErrCommitmentMismatch, "committed"},
		{"unassigned submission", func() error { return h.reveal(task, other, good) }, types.ErrNotAssigned, "is not assigned to"},
		{"duplicate submission ids", func() error {
			return h.reveal(task, assigned, []types.ScoreEntry{{SubmissionId: sub, Score: "1"}, {SubmissionId: sub, Score: "1"}})
		}, types.ErrDuplicateScore, "scored twice"},
		{"malformed decimal", func() error {
			return h.reveal(task, assigned, []types.ScoreEntry{{SubmissionId: sub, Score: "1e-3"}})
		}, types.ErrInvalidScore, `score "1e-3"`},
		{"too many decimals", func() error {
			return h.reveal(task, assigned, []types.ScoreEntry{{SubmissionId: sub, Score: "0.1234567891"}})
		}, types.ErrInvalidScore, "more than the 9 decimals score_decimals allows"},
		{"short salt", func() error {
			_, err := h.ms.RevealScores(h.ctx(), &types.MsgRevealScores{Validator: addr(assigned).String(), TaskId: task, Salt: "00", Scores: good})
			return err
		}, types.ErrInvalidSalt, `salt "00"`},
		{"trainer reveals", func() error { return h.reveal(task, "t1", good) }, types.ErrWrongRole, "only validators score"},
	}
	check(reveal)
	require.NoError(t, h.reveal(task, assigned, good))
	require.ErrorIs(t, h.reveal(task, assigned, good), types.ErrAlreadyRevealed)
}

// TestTaskNobodyJoins: at the open deadline a task nobody joined is cancelled without a
// slash; a creator that opens validation anyway finalises an empty task and gets its bonus
// back.
func TestTaskNobodyJoins(t *testing.T) {
	h := newHarness(t, []string{"creator"}, nil)
	before := h.balance("creator")
	lonely := h.createTask("creator", 40)
	h.closeSubmissions(lonely)
	h.advance(24 * time.Hour)
	tk, err := h.q.Task(h.ctx(), &types.QueryTaskRequest{TaskId: lonely})
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_CANCELLED, tk.Task.Status)
	require.Equal(t, before, h.balance("creator"), "stake and bonus back, nothing slashed")

	empty := h.createTask("creator", 40)
	h.closeSubmissions(empty)
	_, err = h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: empty, ValidationDataUri: "u"})
	require.NoError(t, err)
	h.advance(2 * time.Hour)
	tk, err = h.q.Task(h.ctx(), &types.QueryTaskRequest{TaskId: empty})
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_FINALIZED, tk.Task.Status)
	require.Equal(t, before, h.balance("creator"))
	board, err := h.q.Leaderboard(h.ctx(), &types.QueryLeaderboardRequest{TaskId: empty})
	require.NoError(t, err)
	require.Empty(t, board.Entries)

	list, err := h.q.Tasks(h.ctx(), &types.QueryTasksRequest{Status: types.TASK_STATUS_CANCELLED})
	require.NoError(t, err)
	require.Len(t, list.Tasks, 1)
	require.Equal(t, lonely, list.Tasks[0].Id)
	all, err := h.q.Tasks(h.ctx(), &types.QueryTasksRequest{})
	require.NoError(t, err)
	require.Len(t, all.Tasks, 2)
}
