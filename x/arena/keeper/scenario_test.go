package keeper_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/keeper"
	"github.com/flockchain/flock/x/arena/types"
)

// harness drives x/arena on the full app: real bank, real x/rewards, blocks with Begin/EndBlock.
type harness struct {
	t  *testing.T
	f  *apptest.Fixture
	ms types.MsgServer
	q  types.QueryServer
	// unrevealed lists, per task, the trainers whose model commitment closeSubmissions reveals.
	unrevealed map[uint64][]string
}

func addr(name string) sdk.AccAddress { return sdk.AccAddress(fmt.Sprintf("%-20s", name)) }

func flock(n int64) math.Int { return app.Flock(n) }

func aflock(a math.Int) sdk.Coin { return sdk.NewCoin(app.BondDenom, a) }

func hash(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }

func newHarness(t *testing.T, names []string, params func(*types.Params)) *harness {
	var funds []apptest.Balance
	for _, n := range names {
		funds = append(funds, apptest.Fund(addr(n), 100_000))
	}
	f := apptest.Setup(t, funds...)
	h := &harness{t: t, f: f, ms: keeper.NewMsgServerImpl(f.App.ArenaKeeper), q: keeper.NewQueryServerImpl(f.App.ArenaKeeper),
		unrevealed: map[uint64][]string{}}
	if params != nil {
		p := types.DefaultParams()
		params(&p)
		require.NoError(t, p.Validate())
		require.NoError(t, f.App.ArenaKeeper.Params.Set(f.Context(), p))
	}
	t.Cleanup(h.conserved)
	return h
}

func (h *harness) ctx() sdk.Context { return h.f.Context() }

// conserved checks both escrow invariants: x/arena's and x/rewards'.
func (h *harness) conserved() {
	h.t.Helper()
	require.NoError(h.t, h.f.App.ArenaKeeper.CheckBalance(h.ctx()))
	require.NoError(h.t, h.f.App.RewardsKeeper.CheckBalance(h.ctx()))
}

func (h *harness) advance(d time.Duration) {
	h.f.Advance(h.t, d)
	h.conserved()
}

func (h *harness) balance(name string) math.Int {
	return h.f.App.BankKeeper.GetBalance(h.ctx(), addr(name), app.BondDenom).Amount
}

func (h *harness) claimable(name string) math.Int {
	v, err := h.f.App.RewardsKeeper.Claimables.Get(h.ctx(), addr(name))
	if err != nil {
		return math.ZeroInt()
	}
	return v
}

func (h *harness) createTask(creator string, bonus int64) uint64 {
	res, err := h.ms.CreateTask(h.ctx(), &types.MsgCreateTask{
		Creator: addr(creator).String(), Title: "digits", Description: "classify", TrainDataUri: "https://data/train.csv",
		TrainDataHash: hash("train"), ValidationDataHash: hash("validation"), Metric: "cross-entropy", LowerIsBetter: true,
		SubmissionDuration: time.Hour, ValidationDuration: time.Hour, RevealDuration: time.Hour,
		Stake: aflock(flock(3000)), RewardBonus: aflock(flock(bonus)),
	})
	require.NoError(h.t, err)
	h.conserved()
	return res.TaskId
}

func (h *harness) join(task uint64, who string, role types.Role, stake int64, sigma string) {
	_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: addr(who).String(), TaskId: task, Role: role,
		Stake: aflock(flock(stake)), Sigma: math.LegacyMustNewDecFromStr(sigma)})
	require.NoError(h.t, err)
	h.conserved()
}

// model is the hash of a trainer's model in the harness.
func model(who string) string { return hash("model " + who) }

// commitModel commits a trainer to a model hash with the harness salt.
func (h *harness) commitModel(task uint64, who, modelHash string) (uint64, error) {
	hb, err := hex.DecodeString(modelHash)
	require.NoError(h.t, err)
	s, _ := hex.DecodeString(salt)
	res, err := h.ms.CommitModel(h.ctx(), &types.MsgCommitModel{Trainer: addr(who).String(), TaskId: task,
		Commitment: hex.EncodeToString(types.ModelCommitment(task, addr(who).String(), hb, s))})
	if err != nil {
		return 0, err
	}
	return res.SubmissionId, nil
}

// revealModel reveals a model hash with the harness salt.
func (h *harness) revealModel(task uint64, who, modelHash string) (uint64, error) {
	res, err := h.ms.RevealModel(h.ctx(), &types.MsgRevealModel{Trainer: addr(who).String(), TaskId: task,
		ModelUri: "https://models/" + who, ModelHash: modelHash, Salt: salt})
	if err != nil {
		return 0, err
	}
	return res.DuplicateOf, nil
}

// submit commits the trainer's model (model(who)); closeSubmissions reveals it.
func (h *harness) submit(task uint64, who string) uint64 {
	id, err := h.commitModel(task, who, model(who))
	require.NoError(h.t, err)
	h.unrevealed[task] = append(h.unrevealed[task], who)
	return id
}

// closeSubmissions moves to the end of the task's submissions, reveals every model submit
// committed to, in commit order, and moves to the end of the models' reveal window, where
// the creator may open validation.
func (h *harness) closeSubmissions(task uint64) {
	tk, err := h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
	require.NoError(h.t, err)
	h.advanceTo(tk.SubmissionEnd)
	for _, who := range h.unrevealed[task] {
		_, err := h.revealModel(task, who, model(who))
		require.NoError(h.t, err)
	}
	delete(h.unrevealed, task)
	h.advanceTo(tk.ModelRevealEnd)
}

// advanceTo advances to the first block at or after t.
func (h *harness) advanceTo(t time.Time) {
	if d := t.Sub(h.ctx().BlockTime()); d > 0 {
		h.advance(d)
	}
}

var salt = "000102030405060708090a0b0c0d0e0f"

func (h *harness) commit(task uint64, who string, scores []types.ScoreEntry) {
	parsed, err := types.ParseScores(scores, 9)
	require.NoError(h.t, err)
	s, _ := hex.DecodeString(salt)
	c := types.Commitment(task, addr(who).String(), s, parsed)
	_, err = h.ms.CommitScores(h.ctx(), &types.MsgCommitScores{Validator: addr(who).String(), TaskId: task, Commitment: hex.EncodeToString(c)})
	require.NoError(h.t, err)
}

func (h *harness) reveal(task uint64, who string, scores []types.ScoreEntry) error {
	_, err := h.ms.RevealScores(h.ctx(), &types.MsgRevealScores{Validator: addr(who).String(), TaskId: task, Salt: salt, Scores: scores})
	return err
}

// TestFullTaskExactPayouts runs a whole task: 5 trainers (one with a delegator), 4
// validators of which one commits and never reveals. Pool 1000 FLOCK, γ = 0.1, q = 0.5, top 2
// rewarded, every validator scores every submission. The sides weigh their working stake:
// trainers 15 500 (all scored), validators 3·3875 = 11 625 (v4 never revealed). Expected
// figures by hand (the README's worked example):
//   - trainers get ⌊1000·(0.1 + 0.8·4/7)⌋ = 557.142857… FLOCK, validators the rest;
//   - t1 (loss 0.1) weighs 1, t2 (0.2) 0.5: 2/3 and 1/3 of the trainers' side, rounded down;
//   - t1 keeps σ=0.5 → delegator dan gets 1/8 of t1's 371.428… = 46.428… FLOCK, t1 325;
//   - 3 revealing validators, all on the median: a third of 442.857… each; v4 is slashed
//     10 % of 3875;
//   - dust: 1 aflock (trainers) + 2 aflock (validators) back to the rewards pool.
func TestFullTaskExactPayouts(t *testing.T) {
	names := []string{"creator", "t1", "t2", "t3", "t4", "t5", "v1", "v2", "v3", "v4", "dan"}
	h := newHarness(t, names, func(p *types.Params) {
		p.RankDecay = math.LegacyNewDecWithPrec(5, 1)
		p.MaxRewardedTrainers = 2
		p.ValidatorsPerSubmission = 4
	})
	task := h.createTask("creator", 1000)
	for _, tr := range []string{"t1", "t2", "t3", "t4", "t5"} {
		sigma := "1"
		if tr == "t1" {
			sigma = "0.5"
		}
		h.join(task, tr, types.ROLE_TRAINER, 3000, sigma)
	}
	for _, v := range []string{"v1", "v2", "v3", "v4"} {
		h.join(task, v, types.ROLE_VALIDATOR, 3875, "1")
	}
	_, err := h.ms.Delegate(h.ctx(), &types.MsgDelegate{Delegator: addr("dan").String(), TaskId: task, Participant: addr("t1").String(), Amount: aflock(flock(1000))})
	require.NoError(t, err)
	subs := map[string]uint64{}
	for _, tr := range []string{"t1", "t2", "t3", "t4", "t5"} {
		subs[tr] = h.submit(task, tr)
	}
	before := map[string]math.Int{}
	for _, n := range names {
		before[n] = h.balance(n)
	}
	rewardsPool := func() math.Int { p, _ := h.f.App.RewardsKeeper.Pool.Get(h.ctx()); return p }
	poolBefore := rewardsPool()

	h.closeSubmissions(task)
	_, err = h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "https://data/val.csv"})
	require.NoError(t, err)
	res, err := h.q.Assignments(h.ctx(), &types.QueryAssignmentsRequest{TaskId: task, Validator: addr("v1").String()})
	require.NoError(t, err)
	require.Len(t, res.SubmissionIds, 5)

	losses := map[string]string{"t1": "0.1", "t2": "0.2", "t3": "0.3", "t4": "0.4", "t5": "0.5"}
	scores := make([]types.ScoreEntry, 0, 5)
	for _, tr := range []string{"t1", "t2", "t3", "t4", "t5"} {
		scores = append(scores, types.ScoreEntry{SubmissionId: subs[tr], Score: losses[tr]})
	}
	for _, v := range []string{"v1", "v2", "v3", "v4"} {
		h.commit(task, v, scores)
	}
	h.advance(time.Hour)
	for _, v := range []string{"v1", "v2", "v3"} {
		require.NoError(t, h.reveal(task, v, scores))
	}
	h.advance(time.Hour) // reveal phase over: EndBlock finalises

	tk, err := h.q.Task(h.ctx(), &types.QueryTaskRequest{TaskId: task})
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_FINALIZED, tk.Task.Status)

	// v4 never revealed, so only 3·3875 of validator stake worked: trainers get
	// ⌊1000·(0.1 + 0.8·15 500/27 125)⌋ = ⌊1000·39/70⌋ FLOCK = 557.142857… FLOCK
	toTrainers := flock(1000).MulRaw(39).QuoRaw(70)
	twoThirds := toTrainers.MulRaw(2).QuoRaw(3) // t1, rank weight 1 of 1.5
	toDan := twoThirds.QuoRaw(8)                // (1−σ)·1000/4000 = 1/8 of t1's reward, rounded down
	require.Equal(t, "325000000000000000000", h.claimable("t1").String())
	require.Equal(t, twoThirds.Sub(toDan), h.claimable("t1"))
	require.True(t, h.claimable("dan").IsZero(), "a delegator draws its share when it undelegates")
	require.Equal(t, toTrainers.QuoRaw(3), h.claimable("t2"))
	for _, v := range []string{"v1", "v2", "v3"} {
		require.Equal(t, flock(1000).Sub(toTrainers).QuoRaw(3), h.claimable(v), v)
	}
	for _, n := range []string{"t3", "t4", "t5", "v4", "creator"} {
		require.True(t, h.claimable(n).IsZero(), n)
	}

	// stakes back: everyone whole except v4's slash; the creator's stake back too
	for _, n := range []string{"t1", "t2", "t3", "t4", "t5", "v1", "v2", "v3"} {
		stake := flock(3000)
		if n[0] == 'v' {
			stake = flock(3875)
		}
		require.Equal(t, before[n].Add(stake), h.balance(n), n)
	}
	slash := flock(3875).QuoRaw(10)
	require.Equal(t, before["v4"].Add(flock(3875)).Sub(slash), h.balance("v4"))
	require.Equal(t, before["creator"].Add(flock(3000)), h.balance("creator"))
	require.Equal(t, poolBefore.Add(slash).Add(math.NewInt(3)), rewardsPool(), "slash and 3 aflock of dust")

	board, err := h.q.Leaderboard(h.ctx(), &types.QueryLeaderboardRequest{TaskId: task})
	require.NoError(t, err)
	require.Len(t, board.Entries, 5)
	require.Equal(t, addr("t1").String(), board.Entries[0].Trainer)
	require.Equal(t, uint32(1), board.Entries[0].Rank)
	require.Equal(t, "0.100000000000000000", board.Entries[0].Score.String())
	results, err := h.q.Results(h.ctx(), &types.QueryResultsRequest{TaskId: task})
	require.NoError(t, err)
	require.Len(t, results.Results, 9)

	// per-score data is pruned; delegation withdrawable now
	anyScores, err := h.f.App.ArenaKeeper.Scores.IterateRaw(h.ctx(), nil, nil, 0)
	require.NoError(t, err)
	require.False(t, anyScores.Valid(), "scores pruned")
	anyScores.Close()
	danBefore := h.balance("dan")
	_, err = h.ms.Undelegate(h.ctx(), &types.MsgUndelegate{Delegator: addr("dan").String(), TaskId: task, Participant: addr("t1").String()})
	require.NoError(t, err)
	require.Equal(t, danBefore.Add(flock(1000)), h.balance("dan"))
	require.Equal(t, toDan, h.claimable("dan"), "dan's share of t1's reward")
	require.Equal(t, poolBefore.Add(slash).Add(math.NewInt(3)), rewardsPool(), "no rounding rest: dan held the whole delegation")
}

func collectionsJoin(task uint64, name string) collections.Pair[uint64, sdk.AccAddress] {
	return collections.Join(task, addr(name))
}
