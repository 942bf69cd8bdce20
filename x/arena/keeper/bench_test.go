package keeper_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand"
	"slices"
	"testing"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/types"
)

// seedTask writes, straight into state, a task in its reveal phase with n submissions, v
// validators and perSub revealed scores per submission, funds the escrow to match, and
// commits a block (reading uncommitted IAVL writes is slow and would distort the figures).
// Stakes, sigmas, delegations and scores vary with seed; every fifth validator committed and
// never revealed, every seventh never committed. It returns a context at the task's reveal end,
// where EndBlock starts settling it.
func seedTask(tb testing.TB, f *apptest.Fixture, n, v, perSub int, seed int64) sdk.Context {
	ctx := f.Context()
	k := f.App.ArenaKeeper
	r := rand.New(rand.NewSource(seed))
	stake := func() math.Int { return app.Flock(3000 + r.Int63n(6000)).Add(math.NewInt(r.Int63n(1_000_000))) }
	sigma := func() math.LegacyDec { return math.LegacyNewDecWithPrec(10+r.Int63n(91), 2) }
	now := ctx.BlockTime()
	revealEnd := now.Add(time.Hour)
	task := types.Task{Id: 1, Creator: addr("creator").String(), Status: types.TASK_STATUS_VALIDATION, LowerIsBetter: seed%2 == 0,
		CreatorStake: app.Flock(3000), Bonus: app.Flock(1000).AddRaw(r.Int63n(1e9)), Emission: math.ZeroInt(), RevealEnd: &revealEnd, ValidationEnd: &revealEnd,
		Trainers: uint32(n), Validators: uint32(v), Submissions: uint32(n), NextSubmissionId: uint64(n + 1), ModelCommits: uint64(n)}
	escrow := task.CreatorStake.Add(task.Bonus)
	unix := now.Unix()
	task.EpochStake, task.Stake, task.WorkingStake = types.NewStakeTime(unix), types.NewStakeTime(unix), types.NewStakeTime(unix)
	must(tb, k.Deadlines.Set(ctx, collections.Join(revealEnd, uint64(1))))
	must(tb, k.NextTaskID.Set(ctx, 1))
	join := func(who sdk.AccAddress, role types.Role) {
		p := types.Participant{TaskId: 1, Address: who.String(), Role: role, SelfStake: stake(), Delegated: math.ZeroInt(), Sigma: sigma()}
		escrow = escrow.Add(p.SelfStake)
		if r.Intn(4) == 0 { // a quarter of participants have one or two delegators
			for d := range 1 + r.Intn(2) {
				amount := app.Flock(1 + r.Int63n(2000)).AddRaw(r.Int63n(1000))
				must(tb, k.Delegations.Set(ctx, collections.Join3(uint64(1), who, addr(fmt.Sprintf("d%d-%s", d, who))), amount))
				p.Delegated = p.Delegated.Add(amount)
				p.Delegators++
				escrow = escrow.Add(amount)
			}
		}
		p.StakeTime = types.NewStakeTime(unix).Add(unix, p.SelfStake, p.Delegated)
		task.EpochStake = task.EpochStake.Add(unix, p.SelfStake, p.Delegated)
		task.Stake = task.Stake.Add(unix, p.SelfStake, p.Delegated)
		must(tb, k.Participants.Set(ctx, collections.Join(uint64(1), who), p))
	}
	// worked marks a validator that revealed or a trainer with a revealed score
	worked := func(who sdk.AccAddress) {
		p, err := k.Participants.Get(ctx, collections.Join(uint64(1), who))
		must(tb, err)
		if !p.Worked {
			p.Worked = true
			task.WorkingStake = task.WorkingStake.Plus(p.StakeTime, unix)
			must(tb, k.Participants.Set(ctx, collections.Join(uint64(1), who), p))
		}
	}
	vals := make([]sdk.AccAddress, v)
	for i := range vals {
		vals[i] = addr(fmt.Sprintf("val%d", i))
		join(vals[i], types.ROLE_VALIDATOR)
		if i%7 == 6 {
			continue // assigned, never committed: absent
		}
		must(tb, k.Commitments.Set(ctx, collections.Join(uint64(1), vals[i]), []byte{1}))
		if i%5 != 4 {
			must(tb, k.Revealed.Set(ctx, collections.Join(uint64(1), vals[i])))
			worked(vals[i])
		}
	}
	assigned := make([]uint32, v)
	for s := 1; s <= n; s++ {
		tr := addr(fmt.Sprintf("tr%d", s))
		join(tr, types.ROLE_TRAINER)
		modelHash := sha256.Sum256([]byte(fmt.Sprint("model ", s)))
		must(tb, k.Submissions.Set(ctx, collections.Join(uint64(1), tr), types.Submission{TaskId: 1, Id: uint64(s), Trainer: tr.String(),
			ModelUri: "u", ModelHash: hex.EncodeToString(modelHash[:]), Submitted: now.Add(-time.Duration(r.Intn(3)) * time.Minute), Version: 1,
			Commitment: hex.EncodeToString(types.ModelCommitment(1, tr.String(), modelHash[:], []byte("salt of the seeded models"))), CommitSeq: uint64(s)}))
		must(tb, k.SubmissionByID.Set(ctx, collections.Join(uint64(1), uint64(s)), tr.String()))
		for _, vi := range r.Perm(v)[:perSub] {
			must(tb, k.Assignments.Set(ctx, collections.Join3(uint64(1), vals[vi], uint64(s))))
			assigned[vi]++
			if vi%5 == 4 || vi%7 == 6 {
				continue // committed and never revealed, or absent
			}
			score := math.LegacyNewDecWithPrec(int64(1000+r.Intn(300)), 3) // ties happen
			must(tb, k.Scores.Set(ctx, collections.Join3(uint64(1), uint64(s), vals[vi]), score))
			worked(tr)
		}
	}
	for vi, count := range assigned {
		if count > 0 {
			must(tb, k.Tallies.Set(ctx, collections.Join(uint64(1), vals[vi]), types.ValidatorTally{AccuracySum: math.LegacyZeroDec(), Assigned: count}))
		}
	}
	must(tb, k.Tasks.Set(ctx, 1, task))
	must(tb, f.App.BankKeeper.SendCoinsFromAccountToModule(ctx, addr("whale"), types.ModuleName, sdk.NewCoins(sdk.NewCoin(app.BondDenom, escrow))))
	must(tb, k.CheckBalance(ctx))
	f.Advance(tb, time.Second)
	return f.Context().WithBlockTime(revealEnd)
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkSettle settles one task with 100, 1k and 10k submissions, 5 validators per
// submission out of 200, at the default max_settle_work_per_block. Each block runs the
// arena EndBlocker on a cache of the committed state, as FinalizeBlock does, then writes and
// commits the stores, so every block reads committed IAVL state as on a node. Only the
// EndBlocker is timed. It reports the blocks taken, the slowest and the median block, the sum over all
// blocks (ms), and the keys left under the per-score and settlement prefixes (0 once pruned).
func BenchmarkSettle(b *testing.B) {
	for _, n := range []int{100, 1_000, 10_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			var blocks, left int
			var slowest, total, median time.Duration
			for range b.N {
				b.StopTimer()
				f := apptest.Setup(b, apptest.Fund(addr("whale"), 1_000_000_000))
				revealEnd := seedTask(b, f, n, 200, 5, 1).BlockTime()
				blocks, slowest, total = 0, 0, 0
				var times []time.Duration
				for {
					ctx := f.Context().WithBlockTime(revealEnd)
					cache, write := ctx.CacheContext()
					b.StartTimer()
					start := time.Now()
					must(b, f.App.ArenaKeeper.EndBlocker(cache))
					took := time.Since(start)
					b.StopTimer()
					write()
					f.App.CommitMultiStore().Commit()
					blocks++
					total += took
					slowest = max(slowest, took)
					times = append(times, took)
					task, err := f.App.ArenaKeeper.GetTask(f.Context(), 1)
					must(b, err)
					if task.Status == types.TASK_STATUS_FINALIZED {
						break
					}
				}
				left = countKeys(b, f.Context(), f)
				slices.Sort(times)
				median = times[len(times)/2]
			}
			b.ReportMetric(float64(blocks), "blocks")
			b.ReportMetric(float64(slowest.Microseconds())/1000, "max-ms/block")
			b.ReportMetric(float64(median.Microseconds())/1000, "median-ms/block")
			b.ReportMetric(float64(total.Microseconds())/1000, "total-ms")
			b.ReportMetric(float64(left), "score-keys-left")
		})
	}
}

func countKeys(tb testing.TB, ctx sdk.Context, f *apptest.Fixture) int {
	n := 0
	for _, pfx := range []collections.Prefix{types.ScoresKey, types.CommitmentsKey, types.RevealedKey, types.AssignmentsKey, types.TalliesKey, types.RankingKey, types.SettlementsKey} {
		it := storetypes.KVStorePrefixIterator(ctx.KVStore(f.App.GetKey(types.StoreKey)), pfx.Bytes())
		for ; it.Valid(); it.Next() {
			n++
		}
		it.Close()
	}
	return n
}

// TestRevealGas reports the gas of MsgRevealScores for 1, 10 and 100 assigned submissions
// and checks it grows with the number of scores, not faster.
func TestRevealGas(t *testing.T) {
	gas := map[int]uint64{}
	for _, n := range []int{1, 10, 100} {
		names := []string{"creator", "v1"}
		for i := range n {
			names = append(names, fmt.Sprintf("t%d", i))
		}
		h := newHarness(t, names, func(p *types.Params) { p.ValidatorsPerSubmission = 1; p.MaxSubmissionsPerTask = 1000 })
		task := h.createTask("creator", 0)
		h.join(task, "v1", types.ROLE_VALIDATOR, 3000, "1")
		var scores []types.ScoreEntry
		for i := range n {
			name := fmt.Sprintf("t%d", i)
			h.join(task, name, types.ROLE_TRAINER, 3000, "1")
			scores = append(scores, types.ScoreEntry{SubmissionId: h.submit(task, name), Score: fmt.Sprintf("0.%03d", i)})
		}
		h.closeSubmissions(task)
		_, err := h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "u"})
		must(t, err)
		h.commit(task, "v1", scores)
		h.advance(time.Hour)
		ctx := h.ctx().WithGasMeter(storetypes.NewInfiniteGasMeter())
		_, err = h.ms.RevealScores(ctx, &types.MsgRevealScores{Validator: addr("v1").String(), TaskId: task, Salt: salt, Scores: scores})
		must(t, err)
		gas[n] = ctx.GasMeter().GasConsumed()
		t.Logf("MsgRevealScores with %d assigned submissions: %d gas (store access only; add ~tx overhead)", n, gas[n])
	}
	if gas[100] > 100*gas[1] || gas[10] <= gas[1] {
		t.Fatalf("reveal gas should grow about linearly: %v", gas)
	}
}
