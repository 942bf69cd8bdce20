package keeper

import (
	"context"
	"slices"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// retryAfter is when a task whose finalisation failed is tried again.
const retryAfter = time.Hour

// EndBlocker handles due deadlines, oldest first, at most max_tasks_per_block: an open task
// whose creator never opened validation is cancelled (creator slashed, everyone refunded); a
// task past its reveal phase is finalised. Each task runs in a cached context: one that fails
// is logged, reported by an event, left unchanged and retried an hour later.
func (k Keeper) EndBlocker(ctx context.Context) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	now := sdkCtx.BlockTime()
	var due []collections.Pair[time.Time, uint64]
	iter, err := k.Deadlines.Iterate(ctx, new(collections.Range[collections.Pair[time.Time, uint64]]).
		EndExclusive(collections.Join(now.Add(time.Nanosecond), uint64(0))))
	if err != nil {
		return err
	}
	for ; iter.Valid() && uint32(len(due)) < params.MaxTasksPerBlock; iter.Next() {
		key, err := iter.Key()
		if err != nil {
			iter.Close()
			return err
		}
		due = append(due, key)
	}
	if err := iter.Close(); err != nil {
		return err
	}

	for _, d := range due {
		cacheCtx, write := sdkCtx.CacheContext()
		err := k.handleDeadline(cacheCtx, params, d)
		if err == nil {
			write()
			continue
		}
		k.logger(ctx).Error("task deadline failed; retrying later", "task", d.K2(), "err", err)
		if err := k.Deadlines.Remove(ctx, d); err != nil {
			return err
		}
		if err := k.Deadlines.Set(ctx, collections.Join(now.Add(retryAfter), d.K2())); err != nil {
			return err
		}
		if err := sdkCtx.EventManager().EmitTypedEvent(&types.EventTaskFailed{TaskId: d.K2(), Reason: err.Error()}); err != nil {
			return err
		}
	}
	return nil
}

func (k Keeper) handleDeadline(ctx context.Context, params types.Params, d collections.Pair[time.Time, uint64]) error {
	if err := k.Deadlines.Remove(ctx, d); err != nil {
		return err
	}
	t, err := k.getTask(ctx, d.K2())
	if err != nil {
		return err
	}
	switch t.Status {
	case types.TASK_STATUS_OPEN:
		if t.Trainers+t.Validators == 0 { // nobody joined: nobody was let down, no slash
			return k.cancelTask(ctx, t, "nobody joined", math.LegacyZeroDec())
		}
		return k.cancelTask(ctx, t, "validation not opened", params.SlashCreatorAbsent)
	case types.TASK_STATUS_VALIDATION:
		return k.finalize(ctx, t, params)
	default:
		return nil
	}
}

// member is a participant during finalisation.
type member struct {
	addr      sdk.AccAddress
	p         types.Participant
	effective math.Int
	reward    math.Int
	slashed   math.Int
	accSum    math.LegacyDec
	accN      int64
	revealed  bool
	committed bool
	rankW     math.LegacyDec
}

// finalize computes a task's results (DESIGN §5.8), hands the payouts to x/rewards, returns
// stakes and prunes the per-score data.
func (k Keeper) finalize(ctx context.Context, t types.Task, params types.Params) error {
	// participants in address order
	participants, err := k.participantsOf(ctx, t.Id)
	if err != nil {
		return err
	}
	members := make([]*member, len(participants))
	index := make(map[string]int, len(participants)) // lookup only, never iterated
	for i, p := range participants {
		a, err := k.addr("participant", p.Address)
		if err != nil {
			return err
		}
		index[p.Address] = i
		members[i] = &member{addr: a, p: p, effective: effectiveStake(p, params.DelegationWeight),
			reward: math.ZeroInt(), slashed: math.ZeroInt(), accSum: math.LegacyZeroDec(), rankW: math.LegacyZeroDec()}
	}
	for _, m := range members {
		if m.p.Role != types.ROLE_VALIDATOR {
			continue
		}
		var err error
		if m.committed, err = k.Commitments.Has(ctx, collections.Join(t.Id, m.addr)); err != nil {
			return err
		}
		if m.revealed, err = k.Revealed.Has(ctx, collections.Join(t.Id, m.addr)); err != nil {
			return err
		}
	}

	// each submission's score: the stake-weighted median of its revealed scores
	type scored struct {
		sub    types.Submission
		votes  []types.Vote
		median math.LegacyDec
		mad    math.LegacyDec
		ok     bool
	}
	var subs []*scored
	if err := k.SubmissionByID.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint64](t.Id),
		func(key collections.Pair[uint64, uint64], trainer string) (bool, error) {
			taddr, err := k.addr("trainer", trainer)
			if err != nil {
				return true, err
			}
			sub, err := k.Submissions.Get(ctx, collections.Join(t.Id, taddr))
			if err != nil {
				return true, err
			}
			subs = append(subs, &scored{sub: sub})
			return false, nil
		}); err != nil {
		return err
	}
	for _, s := range subs {
		if err := k.Scores.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, uint64, sdk.AccAddress](t.Id, s.sub.Id),
			func(key collections.Triple[uint64, uint64, sdk.AccAddress], score math.LegacyDec) (bool, error) {
				addr, err := k.addressCodec.BytesToString(key.K3())
				if err != nil {
					return true, err
				}
				s.votes = append(s.votes, types.Vote{Validator: addr, Score: score, Weight: members[index[addr]].effective})
				return false, nil
			}); err != nil {
			return err
		}
		if s.median, s.ok = types.WeightedMedian(s.votes); s.ok {
			s.mad = types.MAD(s.votes, s.median)
			for _, v := range s.votes {
				m := members[index[v.Validator]]
				m.accSum = m.accSum.Add(types.Accuracy(v.Score, s.median, s.mad, params.Tolerance, params.MinScale))
				m.accN++
			}
		}
	}

	// ranking: by score in the metric's direction, ties by earlier submission
	var ranked []*scored
	for _, s := range subs {
		if s.ok {
			ranked = append(ranked, s)
		}
	}
	slices.SortStableFunc(ranked, func(a, b *scored) int {
		c := a.median.BigInt().Cmp(b.median.BigInt())
		if !t.LowerIsBetter {
			c = -c
		}
		if c != 0 {
			return c
		}
		if c := a.sub.Submitted.Compare(b.sub.Submitted); c != 0 {
			return c
		}
		return int(a.sub.Id) - int(b.sub.Id)
	})
	rankWeights := types.RankWeights(len(ranked), params.RankDecay, params.MaxRewardedTrainers)
	for r, s := range ranked {
		members[index[s.sub.Trainer]].rankW = rankWeights[r]
	}

	// the pool split: sides by effective stake, trainers by rank weight, validators by s·a.
	// With nobody to pay, the creator's bonus goes back to the creator (emission to the pool).
	pool := t.Bonus.Add(t.Emission)
	if len(members) == 0 && t.Bonus.IsPositive() {
		creator, err := k.addr("creator", t.Creator)
		if err != nil {
			return err
		}
		if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, creator, k.coins(t.Bonus)); err != nil {
			return err
		}
		pool = t.Emission
	}
	trainerStake, validatorStake := math.ZeroInt(), math.ZeroInt()
	var trainerW, validatorW []math.LegacyDec
	var trainers, validators []*member
	for _, m := range members {
		if m.p.Role == types.ROLE_TRAINER {
			trainerStake = trainerStake.Add(m.effective)
			trainers = append(trainers, m)
			trainerW = append(trainerW, m.rankW)
			continue
		}
		validatorStake = validatorStake.Add(m.effective)
		validators = append(validators, m)
		w := math.LegacyZeroDec()
		if m.revealed && m.accN > 0 {
			w = m.accSum.QuoInt64(m.accN).MulInt(m.effective)
		}
		validatorW = append(validatorW, w)
		if m.committed && !m.revealed {
			m.slashed = params.SlashNoReveal.MulInt(m.p.SelfStake).TruncateInt()
		}
	}
	rT, rV := types.SideSplit(pool, trainerStake, validatorStake, params.Gamma)
	for i, a := range types.Allocate(rT, trainerW) {
		trainers[i].reward = a
	}
	for i, a := range types.Allocate(rV, validatorW) {
		validators[i].reward = a
	}

	// each reward split between the participant and its delegators (σ), delegators pro rata
	var payouts []rewardstypes.Payout
	paid := math.ZeroInt()
	for _, m := range members {
		if !m.reward.IsPositive() {
			continue
		}
		toSelf, toDelegators := types.SigmaSplit(m.reward, m.p.Sigma, m.p.SelfStake, m.p.Delegated)
		payouts = append(payouts, rewardstypes.Payout{Recipient: m.p.Address, Amount: toSelf})
		paid = paid.Add(toSelf)
		if !toDelegators.IsPositive() {
			continue
		}
		var delegators []sdk.AccAddress
		var amounts []math.LegacyDec
		if err := k.Delegations.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, sdk.AccAddress, sdk.AccAddress](t.Id, m.addr),
			func(key collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], amount math.Int) (bool, error) {
				delegators = append(delegators, key.K3())
				amounts = append(amounts, math.LegacyNewDecFromInt(amount))
				return false, nil
			}); err != nil {
			return err
		}
		for i, share := range types.Allocate(toDelegators, amounts) {
			if !share.IsPositive() {
				continue
			}
			addr, err := k.addressCodec.BytesToString(delegators[i])
			if err != nil {
				return err
			}
			payouts = append(payouts, rewardstypes.Payout{Recipient: addr, Amount: share})
			paid = paid.Add(share)
		}
	}
	if err := k.rewards.PayRewards(ctx, types.ModuleName, payouts); err != nil {
		return err
	}

	// slashes and rounding dust to the rewards pool; stakes back to their owners
	slashedTotal := math.ZeroInt()
	for _, m := range members {
		slashedTotal = slashedTotal.Add(m.slashed)
	}
	returned := pool.Sub(paid)
	if toPool := returned.Add(slashedTotal); toPool.IsPositive() {
		if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, toPool); err != nil {
			return err
		}
	}
	creator, err := k.addr("creator", t.Creator)
	if err != nil {
		return err
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, creator, k.coins(t.CreatorStake)); err != nil {
		return err
	}
	if err := k.releaseSelfStakes(ctx, participants, func(i int) math.Int { return members[i].slashed }); err != nil {
		return err
	}

	// results kept for queries: the leaderboard in rank order, then unscored submissions
	position := uint64(0)
	writeResult := func(s *scored, rank uint32) error {
		position++
		res := types.SubmissionResult{SubmissionId: s.sub.Id, Trainer: s.sub.Trainer, Scored: s.ok, Score: math.LegacyZeroDec(),
			Rank: rank, Reward: members[index[s.sub.Trainer]].reward}
		if s.ok {
			res.Score = s.median
		}
		return k.SubmissionResults.Set(ctx, collections.Join(t.Id, position), res)
	}
	for r, s := range ranked {
		if err := writeResult(s, uint32(r+1)); err != nil {
			return err
		}
	}
	for _, s := range subs {
		if !s.ok {
			if err := writeResult(s, 0); err != nil {
				return err
			}
		}
	}
	for _, m := range members {
		toSelf, _ := types.SigmaSplit(m.reward, m.p.Sigma, m.p.SelfStake, m.p.Delegated)
		acc := math.LegacyZeroDec()
		if m.accN > 0 {
			acc = m.accSum.QuoInt64(m.accN)
		}
		if err := k.ParticipantResults.Set(ctx, collections.Join(t.Id, m.addr), types.ParticipantResult{
			Address: m.p.Address, Role: m.p.Role, Reward: m.reward, ToSelf: toSelf, Accuracy: acc, Slashed: m.slashed,
		}); err != nil {
			return err
		}
	}
	if err := k.prune(ctx, t.Id); err != nil {
		return err
	}
	t.Status = types.TASK_STATUS_FINALIZED
	if err := k.setTask(ctx, t, types.TASK_STATUS_VALIDATION); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventTaskFinalized{TaskId: t.Id, Pool: pool, Paid: paid,
		ReturnedToPool: returned, Slashed: slashedTotal, ScoredSubmissions: uint32(len(ranked))})
}

// prune deletes the per-score data of a finalised task: scores, commitments, reveal marks
// and assignments. Results, submissions and participants stay for queries.
func (k Keeper) prune(ctx context.Context, id uint64) error {
	if err := k.Scores.Clear(ctx, collections.NewPrefixedTripleRange[uint64, uint64, sdk.AccAddress](id)); err != nil {
		return err
	}
	if err := k.Commitments.Clear(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id)); err != nil {
		return err
	}
	if err := k.Revealed.Clear(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id)); err != nil {
		return err
	}
	return k.Assignments.Clear(ctx, collections.NewPrefixedTripleRange[uint64, sdk.AccAddress, uint64](id))
}
