package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
)

// TestDisagreeingValidatorsExactPayouts settles a task built to catch a wrong leaderboard:
// higher is better, trainers' address order opposite to their rank, unequal and odd-aflock
// stakes, delegations on both sides, validators that disagree (an outlier on two
// submissions, a partial reveal, one commitment never revealed, a stake above the others'
// sum), unequal sides, a tie, γ = 0.15, q = 0.7. Every expected figure below was computed independently with exact fractions from
// the formulas in the README (a short Python script using fractions.Fraction), not by this
// code. Mutations this catches: median weights taken from the unsorted votes, accuracy
// ignored in validator pay, the metric's direction ignored, the trainers' share truncated to
// 18 decimals before multiplying, the vote cap left out.
func TestDisagreeingValidatorsExactPayouts(t *testing.T) {
	names := []string{"creator", "ta", "tb", "tc", "td", "va", "vb", "vc", "vd", "del", "dx", "dy"}
	h := newHarness(t, names, func(p *types.Params) {
		p.Gamma = math.LegacyMustNewDecFromStr("0.15")
		p.RankDecay = math.LegacyMustNewDecFromStr("0.7")
		p.MaxRewardedTrainers = 4
		p.ValidatorsPerSubmission = 4
		p.MinScale = math.LegacyMustNewDecFromStr("0.05")
	})
	res, err := h.ms.CreateTask(h.ctx(), &types.MsgCreateTask{
		Creator: addr("creator").String(), Title: "accuracy", TrainDataUri: "https://data/train.csv",
		TrainDataHash: hash("train"), ValidationDataHash: hash("validation"), Metric: "accuracy", LowerIsBetter: false,
		SubmissionDuration: time.Hour, ValidationDuration: time.Hour, RevealDuration: time.Hour,
		Stake: aflock(flock(3000)), RewardBonus: aflock(flock(1234).AddRaw(777)),
	})
	require.NoError(t, err)
	task := res.TaskId
	joinExact := func(who string, role types.Role, stake math.Int, sigma string) {
		_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: addr(who).String(), TaskId: task, Role: role,
			Stake: aflock(stake), Sigma: math.LegacyMustNewDecFromStr(sigma)})
		require.NoError(t, err)
	}
	delegate := func(from, to string, amount math.Int) {
		_, err := h.ms.Delegate(h.ctx(), &types.MsgDelegate{Delegator: addr(from).String(), TaskId: task, Participant: addr(to).String(), Amount: aflock(amount)})
		require.NoError(t, err)
	}
	joinExact("ta", types.ROLE_TRAINER, flock(3000), "1")
	joinExact("tb", types.ROLE_TRAINER, flock(4500).AddRaw(7), "0.6")
	joinExact("tc", types.ROLE_TRAINER, flock(3100), "1")
	joinExact("td", types.ROLE_TRAINER, flock(5000), "1")
	joinExact("va", types.ROLE_VALIDATOR, flock(3000), "1")
	joinExact("vb", types.ROLE_VALIDATOR, flock(6000), "0.8")
	joinExact("vc", types.ROLE_VALIDATOR, flock(3500).AddRaw(3), "1")
	joinExact("vd", types.ROLE_VALIDATOR, flock(3000), "1")
	delegate("dx", "tb", flock(1000))
	delegate("dy", "tb", flock(333))
	delegate("del", "vb", flock(2000))
	// tb submits first: its id is 1
	sub := map[string]uint64{}
	for _, tr := range []string{"tb", "ta", "tc", "td"} {
		sub[tr] = h.submit(task, tr)
	}
	h.closeSubmissions(task)
	_, err = h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "https://data/val.csv"})
	require.NoError(t, err)

	votes := map[string]map[string]string{ // validator → trainer → score
		"va": {"tb": "0.72", "ta": "0.70", "tc": "0.80", "td": "0.90"},
		"vb": {"tb": "0.70", "ta": "0.71", "tc": "0.83", "td": "0.88"},
		"vc": {"tb": "0.74", "ta": "0.95", "td": "0.10"}, // an outlier twice, and no score for tc
		"vd": {"tb": "0.70", "ta": "0.70", "tc": "0.70", "td": "0.70"},
	}
	entries := func(v string) []types.ScoreEntry {
		var out []types.ScoreEntry
		for _, tr := range []string{"tb", "ta", "tc", "td"} {
			if s, ok := votes[v][tr]; ok {
				out = append(out, types.ScoreEntry{SubmissionId: sub[tr], Score: s})
			}
		}
		return out
	}
	for _, v := range []string{"va", "vb", "vc", "vd"} {
		h.commit(task, v, entries(v))
	}
	h.advance(time.Hour)
	for _, v := range []string{"va", "vb", "vc"} { // vd never reveals
		require.NoError(t, h.reveal(task, v, entries(v)))
	}
	pool := func() math.Int { p, _ := h.f.App.RewardsKeeper.Pool.Get(h.ctx()); return p }
	poolBefore := pool()
	h.advance(time.Hour)

	tk, err := h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
	require.NoError(t, err)
	require.Equal(t, types.TASK_STATUS_FINALIZED, tk.Status)
	for _, d := range [][2]string{{"dx", "tb"}, {"dy", "tb"}, {"del", "vb"}} { // delegators draw their shares
		require.True(t, h.claimable(d[0]).IsZero(), d[0])
		_, err := h.ms.Undelegate(h.ctx(), &types.MsgUndelegate{Delegator: addr(d[0]).String(), TaskId: task, Participant: addr(d[1]).String()})
		require.NoError(t, err)
		h.conserved()
	}
	want := map[string]string{
		"td": "259431822984328298437", "tc": "181602276089029808905", "tb": "115501289211666059810",
		"ta": "88985115283624606363", "dx": "8717407389838564459", "dy": "2902896660816241964",
		"va": "155125786108953724978", "vb": "362790351458172358442", "del": "19094229024114334654",
		"vc": "39848825789456002761", "vd": "0", "creator": "0",
	}
	got := map[string]string{}
	for name := range want {
		got[name] = h.claimable(name).String()
	}
	require.Equal(t, want, got)
	slash := flock(300)
	require.Equal(t, poolBefore.Add(slash).AddRaw(4).String(), pool().String(), "vd's slash and 4 aflock of dust, rounding rests of the delegators' shares included")

	board, err := h.f.App.ArenaKeeper.Leaderboard(h.ctx(), task)
	require.NoError(t, err)
	var order []string
	for _, e := range board {
		order = append(order, e.Trainer)
	}
	// ta and tb tie at 0.71: tb submitted first (id 1)
	require.Equal(t, []string{addr("td").String(), addr("tc").String(), addr("tb").String(), addr("ta").String()}, order)
	require.Equal(t, "0.880000000000000000", board[0].Score.String())
	require.Equal(t, "0.815000000000000000", board[1].Score.String(), "vb's weight is capped at va's: the midpoint of their scores")
	require.Equal(t, "0.710000000000000000", board[3].Score.String())

	results, err := h.q.Results(h.ctx(), &types.QueryResultsRequest{TaskId: task})
	require.NoError(t, err)
	accuracy := map[string]*math.LegacyDec{}
	for _, r := range results.Results {
		accuracy[r.Address] = r.Accuracy
	}
	require.Equal(t, "0.908333333333333333", accuracy[addr("va").String()].String())
	require.Equal(t, "0.958333333333333333", accuracy[addr("vb").String()].String())
	require.Equal(t, "0.200000000000000000", accuracy[addr("vc").String()].String(), "tc unscored counts 0 of its 4 assignments")
	require.Nil(t, accuracy[addr("vd").String()], "a validator that revealed nothing has no accuracy")
	require.Nil(t, accuracy[addr("ta").String()], "trainers have no accuracy")
}
