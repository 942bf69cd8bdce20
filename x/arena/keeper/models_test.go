package keeper_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/keeper"
	"github.com/flockchain/flock/x/arena/types"
)

// copyTask is the reviewers' setting: a pool of 1000 FLOCK, two trainers and three
// validators of 3000 FLOCK each. When both trainers' models are scored the trainers' side
// gets 1000·(0.1 + 0.8·6000/15000) = 420 FLOCK, split by rank 1 : 0.8; a trainer whose model
// is not scored did no work and its stake does not weigh for the side.
func copyTask(t *testing.T, trainers ...string) (*harness, uint64) {
	names := append([]string{"creator", "v1", "v2", "v3"}, trainers...)
	h := newHarness(t, names, nil)
	task := h.createTask("creator", 1000)
	for _, tr := range trainers {
		h.join(task, tr, types.ROLE_TRAINER, 3000, "1")
	}
	for _, v := range []string{"v1", "v2", "v3"} {
		h.join(task, v, types.ROLE_VALIDATOR, 3000, "1")
	}
	return h, task
}

// scoreAndSettle opens validation, has every validator score what it is assigned with the
// score its model deserves, and settles the task. It returns the submissions that were
// assigned, in id order.
func (h *harness) scoreAndSettle(task uint64, score map[uint64]string) []uint64 {
	h.closeSubmissions(task)
	_, err := h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "https://data/val.csv"})
	require.NoError(h.t, err)
	tk, err := h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
	require.NoError(h.t, err)
	entries := map[string][]types.ScoreEntry{}
	assigned := map[uint64]bool{}
	for _, v := range []string{"v1", "v2", "v3"} {
		res, err := h.q.Assignments(h.ctx(), &types.QueryAssignmentsRequest{TaskId: task, Validator: addr(v).String()})
		require.NoError(h.t, err)
		for _, id := range res.SubmissionIds {
			entries[v] = append(entries[v], types.ScoreEntry{SubmissionId: id, Score: score[id]})
			assigned[id] = true
		}
		if len(entries[v]) > 0 {
			h.commit(task, v, entries[v])
		}
	}
	h.advanceTo(*tk.ValidationEnd)
	for v, e := range entries {
		require.NoError(h.t, h.reveal(task, v, e))
	}
	h.advanceTo(*tk.RevealEnd)
	tk, err = h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
	require.NoError(h.t, err)
	require.Equal(h.t, types.TASK_STATUS_FINALIZED, tk.Status)
	var ids []uint64
	for id := range tk.NextSubmissionId {
		if assigned[id] {
			ids = append(ids, id)
		}
	}
	return ids
}

// TestCopierCannotTakeTheVictimsModel is the reviewers' attack. Before commit-reveal the
// copier submitted junk early for the lower id, resubmitted the victim's public hash in the
// block the victim submitted it, won the tie on the earlier id and took 233.3 FLOCK to the
// victim's 186.7. Now the copier's early slot holds a commitment to its junk; once the
// victim reveals, the copier cannot reveal the victim's hash (it did not commit to it), and
// it is too late to commit again. The copier gets nothing; the victim, the only trainer
// whose model was scored, gets the trainers' side: 1000·(0.1 + 0.8·3000/12000) = 300 FLOCK.
func TestCopierCannotTakeTheVictimsModel(t *testing.T) {
	h, task := copyTask(t, "copier", "victim")
	junk := hash("junk")
	copierID, err := h.commitModel(task, "copier", junk)
	require.NoError(t, err)
	victimID := h.submit(task, "victim")
	require.Less(t, copierID, victimID, "the copier holds the earlier id")

	// the copier sees only the victim's commitment while submissions are open
	subs, err := h.q.Submissions(h.ctx(), &types.QuerySubmissionsRequest{TaskId: task})
	require.NoError(t, err)
	for _, s := range subs.Submissions {
		require.Empty(t, s.ModelHash, "no model is public before submissions close")
		require.Empty(t, s.ModelUri)
	}

	tk, err := h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
	require.NoError(t, err)
	h.advanceTo(tk.SubmissionEnd)
	_, err = h.revealModel(task, "victim", model("victim"))
	require.NoError(t, err)
	// the victim's hash and URI are public now; the copier tries them
	_, err = h.revealModel(task, "copier", model("victim"))
	require.ErrorIs(t, err, types.ErrCommitmentMismatch)
	require.ErrorContains(t, err, "committed")
	_, err = h.commitModel(task, "copier", model("victim"))
	require.ErrorIs(t, err, types.ErrWrongPhase, "too late to commit to it")
	delete(h.unrevealed, task) // the victim has revealed; the copier keeps its junk to itself

	assigned := h.scoreAndSettle(task, map[uint64]string{victimID: "0.3"})
	require.Equal(t, []uint64{victimID}, assigned, "an unrevealed commitment is never scored")
	require.Equal(t, flock(300), h.claimable("victim"), "the victim takes the whole trainers' side")
	require.True(t, h.claimable("copier").IsZero(), "the copier takes nothing (was 233.3 FLOCK)")
}

// TestDuplicateModelCountsForTheEarliestCommitment: a model hash revealed by several trainers
// counts only for the earliest commitment, whatever the order of the reveals. The later ones
// are recorded as duplicates, never assigned, never scored, never paid. Here the hash leaked
// before submissions closed: "early" commits to it first, "late" after, and "switcher"
// replaces its own commitment with it last (a replacement takes a new place in the order).
func TestDuplicateModelCountsForTheEarliestCommitment(t *testing.T) {
	h, task := copyTask(t, "switcher", "early", "late")
	leaked := model("early")
	switcher, err := h.commitModel(task, "switcher", hash("its own"))
	require.NoError(t, err)
	early, err := h.commitModel(task, "early", leaked)
	require.NoError(t, err)
	late, err := h.commitModel(task, "late", leaked)
	require.NoError(t, err)
	again, err := h.commitModel(task, "switcher", leaked)
	require.NoError(t, err)
	require.Equal(t, switcher, again)
	tk, err := h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
	require.NoError(t, err)
	require.Equal(t, uint64(4), tk.ModelCommits)

	h.advanceTo(tk.SubmissionEnd)
	// "late" reveals first and holds the hash until "early" reveals and takes it over
	dup, err := h.revealModel(task, "late", leaked)
	require.NoError(t, err)
	require.Zero(t, dup, "nobody earlier has revealed it yet")
	ctx := h.ctx()
	res, err := h.ms.RevealModel(ctx, &types.MsgRevealModel{Trainer: addr("early").String(), TaskId: task, ModelUri: "https://models/early", ModelHash: leaked, Salt: salt})
	require.NoError(t, err)
	require.Zero(t, res.DuplicateOf)
	requireRevealEvent(t, ctx, early, 0, late)
	dup, err = h.revealModel(task, "switcher", leaked)
	require.NoError(t, err)
	require.Equal(t, early, dup, "the switcher's commitment came after early's")

	subs, err := h.q.Submissions(h.ctx(), &types.QuerySubmissionsRequest{TaskId: task})
	require.NoError(t, err)
	duplicateOf := map[uint64]uint64{}
	for _, s := range subs.Submissions {
		require.Equal(t, leaked, s.ModelHash)
		duplicateOf[s.Id] = s.DuplicateOf
	}
	require.Equal(t, map[uint64]uint64{switcher: early, early: 0, late: early}, duplicateOf)
	exported, err := h.f.App.ArenaKeeper.ExportGenesis(h.ctx())
	require.NoError(t, err)
	require.NoError(t, exported.Validate(), "the duplicates export as a valid genesis")

	assigned := h.scoreAndSettle(task, map[uint64]string{early: "0.3"})
	require.Equal(t, []uint64{early}, assigned, "duplicates are never assigned")
	require.Equal(t, flock(300), h.claimable("early"),
		"1000·(0.1 + 0.8·3000/12000) = 300 FLOCK: the trainers' side, all to the only scored submission")
	for _, n := range []string{"switcher", "late"} {
		require.True(t, h.claimable(n).IsZero(), n)
	}
}

// requireRevealEvent finds the EventModelRevealed of a submission in the events since ctx.
func requireRevealEvent(t *testing.T, ctx sdk.Context, id, duplicateOf, displaced uint64) {
	t.Helper()
	for _, e := range ctx.EventManager().Events() {
		msg, err := sdk.ParseTypedEvent(abci.Event(e))
		if err != nil {
			continue
		}
		if ev, ok := msg.(*types.EventModelRevealed); ok && ev.SubmissionId == id {
			require.Equal(t, duplicateOf, ev.DuplicateOf)
			require.Equal(t, displaced, ev.Displaced)
			return
		}
	}
	t.Fatalf("no EventModelRevealed for submission %d", id)
}

// TestSybilSlotsCost: 100 Sybil trainers fill a task's 100 submission slots, and an honest
// trainer is refused. With submission_fee at 0 that lock-out is free (every stake comes
// back); at the default 10 FLOCK it costs the Sybils 1000 FLOCK, paid to the rewards pool and
// never refunded, while the honest trainer would pay 10.
func TestSybilSlotsCost(t *testing.T) {
	for _, fee := range []math.Int{math.ZeroInt(), types.DefaultParams().SubmissionFee} {
		names := []string{"creator", "honest"}
		for i := range 100 {
			names = append(names, sybil(i))
		}
		h := newHarness(t, names, func(p *types.Params) { p.SubmissionFee = fee })
		pool := func() math.Int { p, _ := h.f.App.RewardsKeeper.Pool.Get(h.ctx()); return p }
		task := h.createTask("creator", 0)
		spent := math.ZeroInt()
		poolBefore := pool()
		for i := range 100 {
			before := h.balance(sybil(i))
			h.join(task, sybil(i), types.ROLE_TRAINER, 3000, "1")
			h.submit(task, sybil(i))
			spent = spent.Add(before.Sub(h.balance(sybil(i))))
		}
		h.join(task, "honest", types.ROLE_TRAINER, 3000, "1")
		honest := h.balance("honest")
		_, err := h.commitModel(task, "honest", model("honest"))
		require.ErrorIs(t, err, types.ErrTooManySubmissions)
		require.ErrorContains(t, err, "already has 100 submissions, the cap")
		require.Equal(t, honest, h.balance("honest"), "a refused commitment costs nothing")

		// the task runs out with nobody opening validation: every stake comes back
		tk, err := h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
		require.NoError(t, err)
		h.advanceTo(tk.OpenDeadline)
		lost := math.ZeroInt()
		for i := range 100 {
			lost = lost.Add(flock(100_000).Sub(h.balance(sybil(i))))
		}
		t.Logf("submission_fee %s aflock: the Sybils locked %s aflock of stake and lost %s aflock", fee, spent, lost)
		require.Equal(t, fee.MulRaw(100), lost, "what the lock-out cost: 100 fees, and nothing else")
		require.Equal(t, poolBefore.Add(fee.MulRaw(100)).Add(flock(300)), pool(), "the fees (and the absent creator's slash) went to the rewards pool")
	}
}

func sybil(i int) string { return "sybil" + string(rune('a'+i/26)) + string(rune('a'+i%26)) }

// TestGenesisRoundTripInModelReveal exports a chain in the middle of the models' reveal
// window — one model revealed, one commitment to the same hash waiting — and restarts a
// chain from it: the restarted chain still knows which commitment holds the hash (the index
// is rebuilt from the submissions), so the later one is recorded as its duplicate there.
func TestGenesisRoundTripInModelReveal(t *testing.T) {
	h, task := copyTask(t, "first", "second")
	first, err := h.commitModel(task, "first", model("first"))
	require.NoError(t, err)
	_, err = h.commitModel(task, "second", model("first"))
	require.NoError(t, err)
	tk, err := h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
	require.NoError(t, err)
	h.advanceTo(tk.SubmissionEnd)
	_, err = h.revealModel(task, "first", model("first"))
	require.NoError(t, err)

	exported, err := h.f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	restarted := apptest.Restart(t, exported)
	r := &harness{t: t, f: restarted, ms: keeper.NewMsgServerImpl(restarted.App.ArenaKeeper), q: keeper.NewQueryServerImpl(restarted.App.ArenaKeeper),
		unrevealed: map[uint64][]string{}}
	r.advanceTo(tk.SubmissionEnd) // the restart starts at apptest.GenesisTime
	dup, err := r.revealModel(task, "second", model("first"))
	require.NoError(t, err)
	require.Equal(t, first, dup, "the restarted chain knows the earlier commitment holds the hash")
	again, err := restarted.App.ArenaKeeper.ExportGenesis(r.ctx())
	require.NoError(t, err)
	require.NoError(t, again.Validate())
}
