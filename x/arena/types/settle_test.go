package types_test

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/arena/types"
)

var e18 = math.NewIntWithDecimal(1, 18)

func fl(n int64) math.Int { return e18.MulRaw(n) }

func address(name string) []byte { return []byte(fmt.Sprintf("%-20s", name)) }

// TestSettleWorkedExample is the README's worked example through the pure settlement.
func TestSettleWorkedExample(t *testing.T) {
	p := types.DefaultParams()
	p.RankDecay, p.MaxRewardedTrainers = d("0.5"), 2
	in := types.SettleInput{Params: p, LowerIsBetter: true, Pool: fl(1000)}
	for i, n := range []string{"t1", "t2", "t3", "t4", "t5"} {
		sp := types.SettleParticipant{Address: address(n), Role: types.ROLE_TRAINER, SelfStake: fl(3000), Delegated: math.ZeroInt(), Sigma: d("1")}
		if n == "t1" {
			sp.Sigma, sp.Delegated = d("0.5"), fl(1000)
			sp.Delegations = []types.Stake{{Address: address("dan"), Amount: fl(1000)}}
		}
		in.Participants = append(in.Participants, sp)
		sub := types.SettleSubmission{ID: uint64(i + 1), Trainer: address(n)}
		for _, val := range []string{"v1", "v2", "v3"} {
			sub.Scores = append(sub.Scores, types.RevealedScore{Validator: address(val), Score: d(fmt.Sprintf("0.%d", i+1))})
		}
		in.Submissions = append(in.Submissions, sub)
	}
	for _, n := range []string{"v1", "v2", "v3", "v4"} {
		in.Participants = append(in.Participants, types.SettleParticipant{Address: address(n), Role: types.ROLE_VALIDATOR,
			SelfStake: fl(3875), Delegated: math.ZeroInt(), Sigma: d("1"), Committed: true, Revealed: n != "v4", Assigned: 5})
	}
	res, err := types.Settle(in)
	require.NoError(t, err)
	// v4 never revealed: its stake does no work and the validators' side weighs 3·3875 against
	// the trainers' 15 500, so trainers get ⌊1000·(0.1 + 0.8·4/7)⌋ = ⌊1000·39/70⌋ FLOCK
	toTrainers := fl(1000).MulRaw(39).QuoRaw(70)
	third, twoThirds := toTrainers.QuoRaw(3), toTrainers.MulRaw(2).QuoRaw(3)
	validatorThird := fl(1000).Sub(toTrainers).QuoRaw(3)
	got := map[string]math.Int{}
	for _, o := range res.Participants {
		got[string(o.Address)] = o.ToSelf
		for _, dl := range o.Delegators {
			got[string(dl.Address)] = dl.Amount
		}
	}
	require.Equal(t, twoThirds.Sub(twoThirds.QuoRaw(8)).String(), got[string(address("t1"))].String())
	require.Equal(t, twoThirds.QuoRaw(8).String(), got[string(address("dan"))].String())
	require.Equal(t, third.String(), got[string(address("t2"))].String())
	for _, n := range []string{"v1", "v2", "v3"} {
		require.Equal(t, validatorThird.String(), got[string(address(n))].String(), n)
	}
	require.True(t, got[string(address("v4"))].IsZero())
	require.Equal(t, fl(3875).QuoRaw(10).String(), res.Slashed.String())
	require.Equal(t, "3", res.Dust.String(), "1 aflock from the trainers' side, 2 from the validators'")
	require.Equal(t, "325000000000000000000", got[string(address("t1"))].String(), "figures of the README's worked example")
	require.Equal(t, address("t1"), res.Leaderboard[0].Trainer)
}

// TestSettleMatchesExactFractions settles random tasks (odd stakes, delegations, ties,
// partial and missing reveals, absent validators, both metric directions, random γ, q,
// tolerance) and checks
// every payout against an independent computation with exact fractions (big.Rat) of the
// README's formulas, and that Σ payouts + dust = pool.
func TestSettleMatchesExactFractions(t *testing.T) {
	for seed := range int64(200) {
		r := rand.New(rand.NewSource(seed))
		in := randomTask(r)
		res, err := types.Settle(in)
		require.NoError(t, err, "seed %d", seed)
		want := exactSettle(in)
		for i, o := range res.Participants {
			require.Equal(t, want.reward[i].String(), o.Reward.String(), "seed %d participant %d reward", seed, i)
			require.Equal(t, want.toSelf[i].String(), o.ToSelf.String(), "seed %d participant %d to self", seed, i)
			require.Equal(t, want.slash[i].String(), o.Slashed.String(), "seed %d participant %d slash", seed, i)
		}
		require.Equal(t, want.order, leaderboardIDs(res), "seed %d leaderboard", seed)
		paid := math.ZeroInt()
		for _, o := range res.Participants {
			paid = paid.Add(o.ToSelf)
			for _, dl := range o.Delegators {
				paid = paid.Add(dl.Amount)
			}
		}
		require.Equal(t, paid.String(), res.Paid.String())
		require.True(t, res.Dust.GTE(math.ZeroInt()), "seed %d: paid more than the pool", seed)
		require.Equal(t, in.Pool.String(), res.Paid.Add(res.Dust).String(), "seed %d: Σ payouts + dust = pool", seed)
	}
}

func leaderboardIDs(res types.SettleResult) []uint64 {
	var ids []uint64
	for _, row := range res.Leaderboard {
		ids = append(ids, row.SubmissionID)
	}
	return ids
}

func randomTask(r *rand.Rand) types.SettleInput {
	p := types.DefaultParams()
	p.Gamma = math.LegacyNewDecWithPrec(r.Int63n(51), 2)
	p.RankDecay = math.LegacyNewDecWithPrec(1+r.Int63n(100), 2)
	p.MaxRewardedTrainers = uint32(1 + r.Intn(6))
	p.Tolerance = math.LegacyNewDecWithPrec(1+r.Int63n(500), 2)
	p.MinScale = math.LegacyNewDecWithPrec(1+r.Int63n(100), 3)
	p.DelegationWeight = math.LegacyNewDecWithPrec(r.Int63n(101), 2)
	p.SlashAbsent = math.LegacyNewDecWithPrec(r.Int63n(101), 2)
	in := types.SettleInput{Params: p, LowerIsBetter: r.Intn(2) == 0, Pool: fl(1 + r.Int63n(5000)).AddRaw(r.Int63n(1e17))}
	stake := func() math.Int { return fl(1 + r.Int63n(9000)).AddRaw(r.Int63n(1e18)) }
	nT, nV := 1+r.Intn(7), 1+r.Intn(6)
	for i := range nT + nV {
		role, name := types.ROLE_TRAINER, fmt.Sprintf("t%02d", i)
		if i >= nT {
			role, name = types.ROLE_VALIDATOR, fmt.Sprintf("v%02d", i)
		}
		sp := types.SettleParticipant{Address: address(name), Role: role, SelfStake: stake(), Delegated: math.ZeroInt(),
			Sigma: math.LegacyNewDecWithPrec(r.Int63n(101), 2)}
		for j := range r.Intn(3) {
			amount := stake()
			sp.Delegations = append(sp.Delegations, types.Stake{Address: address(fmt.Sprintf("d%d%s", j, name)), Amount: amount})
			sp.Delegated = sp.Delegated.Add(amount)
		}
		if role == types.ROLE_VALIDATOR {
			sp.Committed = r.Intn(5) > 0
			sp.Revealed = sp.Committed && r.Intn(4) > 0
		}
		in.Participants = append(in.Participants, sp)
	}
	slices.SortFunc(in.Participants, func(a, b types.SettleParticipant) int { return bytes.Compare(a.Address, b.Address) })
	t0 := time.Unix(1_700_000_000, 0)
	for i := range nT {
		sub := types.SettleSubmission{ID: uint64(i + 1), Trainer: address(fmt.Sprintf("t%02d", i)), Submitted: t0.Add(time.Duration(r.Intn(3)) * time.Minute)}
		for j := range in.Participants {
			v := &in.Participants[j]
			if v.Role != types.ROLE_VALIDATOR || r.Intn(3) == 0 {
				continue // not assigned this one
			}
			v.Assigned++
			if v.Revealed && r.Intn(4) > 0 { // a revealing validator may leave an assignment unscored
				// few distinct values, so scores and medians tie
				sub.Scores = append(sub.Scores, types.RevealedScore{Validator: v.Address, Score: math.LegacyNewDecWithPrec(r.Int63n(8)-2, r.Int63n(3))})
			}
		}
		in.Submissions = append(in.Submissions, sub)
	}
	return in
}

type exact struct {
	reward, toSelf, slash []*big.Int
	order                 []uint64
}

func rat(x math.LegacyDec) *big.Rat { return new(big.Rat).SetFrac(x.BigInt(), e18.BigInt()) }

func floor(x *big.Rat) *big.Int { return new(big.Int).Quo(x.Num(), x.Denom()) }

// exactSettle is an independent reading of the README's formulas in exact fractions.
func exactSettle(in types.SettleInput) exact {
	p := in.Params
	idx := map[string]int{}
	stakeOf := make([]*big.Rat, len(in.Participants))
	for i, sp := range in.Participants {
		idx[string(sp.Address)] = i
		s := new(big.Rat).SetInt(sp.SelfStake.BigInt())
		stakeOf[i] = s.Add(s, new(big.Rat).Mul(rat(p.DelegationWeight), new(big.Rat).SetInt(sp.Delegated.BigInt())))
	}
	type vote struct {
		addr  []byte
		score *big.Rat
		w     *big.Rat
	}
	median := func(vs []vote) *big.Rat {
		vs = slices.Clone(vs)
		slices.SortFunc(vs, func(a, b vote) int {
			if c := a.score.Cmp(b.score); c != 0 {
				return c
			}
			return bytes.Compare(a.addr, b.addr)
		})
		total := new(big.Rat)
		for _, v := range vs {
			total.Add(total, v.w)
		}
		if total.Sign() == 0 {
			for i := range vs {
				vs[i].w = big.NewRat(1, 1)
			}
			total = big.NewRat(int64(len(vs)), 1)
		}
		cum := new(big.Rat)
		for i, v := range vs {
			cum.Add(cum, v.w)
			twice := new(big.Rat).Mul(cum, big.NewRat(2, 1))
			if twice.Cmp(total) > 0 {
				return v.score
			}
			if twice.Cmp(total) == 0 && i+1 < len(vs) {
				m := new(big.Rat).Add(v.score, vs[i+1].score)
				return m.Quo(m, big.NewRat(2, 1))
			}
		}
		return vs[len(vs)-1].score
	}
	accSum := make([]*big.Rat, len(in.Participants))
	accN := make([]int64, len(in.Participants))
	for i := range accSum {
		accSum[i] = new(big.Rat)
	}
	type ranked struct {
		id     uint64
		scored bool
		m      *big.Rat
		at     time.Time
		owner  int
	}
	var subs []ranked
	for _, s := range in.Submissions {
		var vs []vote
		total := new(big.Rat)
		for _, sc := range s.Scores {
			vs = append(vs, vote{sc.Validator, rat(sc.Score), stakeOf[idx[string(sc.Validator)]]})
			total.Add(total, stakeOf[idx[string(sc.Validator)]])
		}
		for i := range vs { // no vote weighs more than all the others together
			if rest := new(big.Rat).Sub(total, vs[i].w); vs[i].w.Cmp(rest) > 0 {
				vs[i].w = rest
			}
		}
		rs := ranked{id: s.ID, at: s.Submitted, owner: idx[string(s.Trainer)]}
		if len(vs) > 0 {
			rs.scored, rs.m = true, median(vs)
			var dev []vote
			for _, v := range vs {
				dev = append(dev, vote{v.addr, new(big.Rat).Abs(new(big.Rat).Sub(v.score, rs.m)), v.w})
			}
			mad := median(dev)
			if mad.Cmp(rat(p.MinScale)) < 0 {
				mad = rat(p.MinScale)
			}
			scale := new(big.Rat).Mul(rat(p.Tolerance), mad)
			for _, v := range vs {
				a := new(big.Rat).Sub(big.NewRat(1, 1), new(big.Rat).Quo(new(big.Rat).Abs(new(big.Rat).Sub(v.score, rs.m)), scale))
				if a.Sign() < 0 {
					a = new(big.Rat)
				}
				// each accuracy term rounded down to 18 decimals, as the README writes
				a = new(big.Rat).SetFrac(floor(a.Mul(a, new(big.Rat).SetInt(e18.BigInt()))), e18.BigInt())
				i := idx[string(v.addr)]
				accSum[i].Add(accSum[i], a)
				accN[i]++
			}
		}
		subs = append(subs, rs)
	}
	slices.SortStableFunc(subs, func(a, b ranked) int {
		if a.scored != b.scored {
			if a.scored {
				return -1
			}
			return 1
		}
		if !a.scored {
			return int(a.id) - int(b.id)
		}
		c := a.m.Cmp(b.m)
		if !in.LowerIsBetter {
			c = -c
		}
		if c != 0 {
			return c
		}
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return int(a.id) - int(b.id)
	})
	st, sv := new(big.Rat), new(big.Rat) // working stake only
	for _, s := range subs {
		if s.scored {
			st.Add(st, stakeOf[s.owner])
		}
	}
	for i, sp := range in.Participants {
		if sp.Role == types.ROLE_VALIDATOR && accN[i] > 0 {
			sv.Add(sv, stakeOf[i])
		}
	}
	pool := new(big.Rat).SetInt(in.Pool.BigInt())
	share := big.NewRat(1, 2)
	if tot := new(big.Rat).Add(st, sv); tot.Sign() > 0 {
		g := rat(p.Gamma)
		rest := new(big.Rat).Sub(big.NewRat(1, 1), new(big.Rat).Mul(g, big.NewRat(2, 1)))
		share = new(big.Rat).Add(g, rest.Mul(rest, new(big.Rat).Quo(st, tot)))
	}
	rT := floor(new(big.Rat).Mul(pool, share))
	rV := new(big.Int).Sub(in.Pool.BigInt(), rT)

	out := exact{}
	for range in.Participants {
		out.reward = append(out.reward, new(big.Int))
		out.toSelf = append(out.toSelf, new(big.Int))
		out.slash = append(out.slash, new(big.Int))
	}
	scored := 0
	for _, s := range subs {
		out.order = append(out.order, s.id)
		if s.scored {
			scored++
		}
	}
	m := min(scored, int(p.MaxRewardedTrainers))
	q := rat(p.RankDecay)
	den := new(big.Rat)
	pow := big.NewRat(1, 1)
	var pows []*big.Rat
	for range m {
		pows = append(pows, new(big.Rat).Set(pow))
		den.Add(den, pow)
		pow = new(big.Rat).Mul(pow, q)
	}
	for r := range m {
		x := new(big.Rat).Mul(new(big.Rat).SetInt(rT), pows[r])
		out.reward[subs[r].owner] = floor(x.Quo(x, den))
	}
	wsum := new(big.Rat)
	w := make([]*big.Rat, len(in.Participants))
	for i, sp := range in.Participants {
		w[i] = new(big.Rat)
		if sp.Role == types.ROLE_VALIDATOR && sp.Assigned > 0 { // mean over assigned submissions
			w[i] = new(big.Rat).Mul(stakeOf[i], new(big.Rat).Quo(accSum[i], big.NewRat(int64(sp.Assigned), 1)))
		}
		wsum.Add(wsum, w[i])
	}
	for i, sp := range in.Participants {
		if sp.Role == types.ROLE_VALIDATOR {
			if wsum.Sign() > 0 {
				x := new(big.Rat).Mul(new(big.Rat).SetInt(rV), w[i])
				out.reward[i] = floor(x.Quo(x, wsum))
			}
			self := new(big.Rat).SetInt(sp.SelfStake.BigInt())
			if sp.Committed && !sp.Revealed {
				out.slash[i] = floor(self.Mul(self, rat(p.SlashNoReveal)))
			} else if !sp.Committed && sp.Assigned > 0 {
				out.slash[i] = floor(self.Mul(self, rat(p.SlashAbsent)))
			}
		}
		out.toSelf[i] = new(big.Int).Set(out.reward[i])
		if sp.Delegated.IsPositive() {
			x := new(big.Rat).Mul(new(big.Rat).SetInt(out.reward[i]), new(big.Rat).Sub(big.NewRat(1, 1), rat(sp.Sigma)))
			x.Mul(x, new(big.Rat).SetFrac(sp.Delegated.BigInt(), sp.SelfStake.Add(sp.Delegated).BigInt()))
			out.toSelf[i].Sub(out.toSelf[i], floor(x))
		}
	}
	return out
}
