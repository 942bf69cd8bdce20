package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// Each step processes items in key order while its work stays under allowance, writes its
// progress into s, and reports whether its phase is complete. Items are read before anything
// is written, so no write happens under an open iterator.

// Work units per item, so that a unit costs about the same time whatever the phase
// (BenchmarkSettle measures them).
const (
	workPerSubmission = 6 // an iterator over its scores and four reads or writes; plus one per revealed score
	workPerScore      = 1
	workPerWeigh      = 1
	workPerRankRow    = 2
	workPerPayout     = 8 // bank sends and a payout each
	workPerAssignment = 1
)

// scoreStep judges submissions in id order: median, spread and per-score accuracy
// (types.ScoreSubmission), added to each validator's tally; the submission waits in Ranking
// under its leaderboard key; its scores are deleted.
func (k Keeper) scoreStep(ctx context.Context, t types.Task, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	// read about as many submissions as the allowance pays for, at their most scores each
	limit := allowance/(workPerSubmission+workPerScore*s.Params.ValidatorsPerSubmission) + 1
	var subs []collections.Pair[uint64, uint64]
	var trainers []string
	rng := collections.NewPrefixedPairRange[uint64, uint64](t.Id).StartInclusive(s.NextSubmission)
	err := k.SubmissionByID.Walk(ctx, rng, func(key collections.Pair[uint64, uint64], trainer string) (bool, error) {
		subs = append(subs, key)
		trainers = append(trainers, trainer)
		return uint32(len(subs)) >= limit, nil
	})
	if err != nil {
		return 0, false, err
	}
	batch := newScoreBatch()
	var used uint32
	done := true
	for i, key := range subs {
		if used >= allowance {
			s.NextSubmission, done = key.K2(), false
			break
		}
		n, err := k.scoreSubmission(ctx, t, s, batch, key.K2(), trainers[i])
		if err != nil {
			return used, false, err
		}
		used += workPerSubmission + n*workPerScore
	}
	if done && uint32(len(subs)) >= limit { // maybe more to come
		s.NextSubmission, done = subs[len(subs)-1].K2()+1, false
	}
	return used, done, batch.flush(ctx, k, t.Id)
}

// scoreBatch holds what one block's SCORE step reads about validators, so each is read and
// written once per block however many of its scores the block judges. The maps are for
// lookups only; tallies are written back in first-touch order.
type scoreBatch struct {
	stakes  map[string]math.LegacyDec
	tallies map[string]*types.ValidatorTally
	order   []sdk.AccAddress
}

func newScoreBatch() *scoreBatch {
	return &scoreBatch{stakes: map[string]math.LegacyDec{}, tallies: map[string]*types.ValidatorTally{}}
}

// stake is a validator's effective stake.
func (b *scoreBatch) stake(ctx context.Context, k Keeper, s *types.Settlement, val sdk.AccAddress) (math.LegacyDec, error) {
	if st, ok := b.stakes[string(val)]; ok {
		return st, nil
	}
	p, err := k.getParticipant(ctx, s.TaskId, val)
	if err != nil {
		return math.LegacyDec{}, err
	}
	st := types.EffectiveStake(p, s.Params.DelegationWeight)
	b.stakes[string(val)] = st
	return st, nil
}

// tally is a validator's tally, written when validation opened: a miss is an error.
func (b *scoreBatch) tally(ctx context.Context, k Keeper, taskID uint64, val sdk.AccAddress) (*types.ValidatorTally, error) {
	if tl, ok := b.tallies[string(val)]; ok {
		return tl, nil
	}
	tl, err := k.Tallies.Get(ctx, collections.Join(taskID, val))
	if err != nil {
		return nil, fmt.Errorf("tally of validator %s in task %d: %w", k.str(val), taskID, err)
	}
	b.tallies[string(val)] = &tl
	b.order = append(b.order, val)
	return &tl, nil
}

func (b *scoreBatch) flush(ctx context.Context, k Keeper, taskID uint64) error {
	for _, val := range b.order {
		if err := k.Tallies.Set(ctx, collections.Join(taskID, val), *b.tallies[string(val)]); err != nil {
			return err
		}
	}
	return nil
}

// scoreSubmission judges one submission and returns how many scores it had.
func (k Keeper) scoreSubmission(ctx context.Context, t types.Task, s *types.Settlement, batch *scoreBatch, id uint64, trainer string) (uint32, error) {
	var votes []types.Vote
	scores := collections.NewSuperPrefixedTripleRange[uint64, uint64, sdk.AccAddress](t.Id, id)
	err := k.Scores.Walk(ctx, scores, func(key collections.Triple[uint64, uint64, sdk.AccAddress], score math.LegacyDec) (bool, error) {
		votes = append(votes, types.Vote{Validator: key.K3(), Score: score})
		return false, nil
	})
	if err != nil {
		return 0, err
	}
	for i, v := range votes {
		if votes[i].Weight, err = batch.stake(ctx, k, s, v.Validator); err != nil {
			return 0, err
		}
	}
	judged := types.ScoreSubmission(votes, s.Params.Tolerance, s.Params.MinScale)
	for i, v := range votes {
		tally, err := batch.tally(ctx, k, t.Id, v.Validator)
		if err != nil {
			return 0, err
		}
		tally.AccuracySum, tally.Scores = tally.AccuracySum.Add(judged.Accuracy[i]), tally.Scores+1
	}
	for _, v := range votes { // the keys are known: no second iterator
		if err := k.Scores.Remove(ctx, collections.Join3(t.Id, id, sdk.AccAddress(v.Validator))); err != nil {
			return 0, err
		}
	}
	trainerAddr, err := k.bytesOf("trainer", trainer)
	if err != nil {
		return 0, err
	}
	sub, err := k.Submissions.Get(ctx, collections.Join(t.Id, trainerAddr))
	if err != nil {
		return 0, err
	}
	ranked := types.RankedSubmission{SubmissionId: id, Scored: judged.Scored, Score: math.LegacyZeroDec()}
	if judged.Scored { // a scored model makes its trainer's stake working stake
		ranked.Score = judged.Median
		s.Scored++
		p, err := k.getParticipant(ctx, t.Id, trainerAddr)
		if err != nil {
			return 0, err
		}
		s.TrainerStake = s.TrainerStake.Add(types.EffectiveStake(p, s.Params.DelegationWeight))
	}
	return uint32(len(votes)), k.Ranking.Set(ctx, collections.Join(t.Id, types.RankKey(ranked, t.LowerIsBetter, sub.Submitted)), ranked)
}

// participantsFrom reads up to limit participants after s.NextAddress.
func (k Keeper) participantsFrom(ctx context.Context, s *types.Settlement, limit uint32) ([]sdk.AccAddress, []types.Participant, error) {
	var addrs []sdk.AccAddress
	var ps []types.Participant
	rng := collections.NewPrefixedPairRange[uint64, sdk.AccAddress](s.TaskId)
	if len(s.NextAddress) > 0 {
		rng = rng.StartExclusive(s.NextAddress)
	}
	err := k.Participants.Walk(ctx, rng, func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
		addrs = append(addrs, key.K2())
		ps = append(ps, p)
		return uint32(len(addrs)) >= limit, nil
	})
	return addrs, ps, err
}

// tallyOf reads a validator's tally; none means it was assigned nothing.
func (k Keeper) tallyOf(ctx context.Context, taskID uint64, val sdk.AccAddress) (types.ValidatorTally, error) {
	tally, err := k.Tallies.Get(ctx, collections.Join(taskID, val))
	if errors.Is(err, collections.ErrNotFound) {
		return types.ValidatorTally{AccuracySum: math.LegacyZeroDec()}, nil
	}
	return tally, err
}

// weighStep sums the working validators' effective stakes and the validators' weights s_v·a_v.
func (k Keeper) weighStep(ctx context.Context, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	addrs, ps, err := k.participantsFrom(ctx, s, max(allowance/workPerWeigh, 1))
	if err != nil {
		return 0, false, err
	}
	sum, err := weightSum(s)
	if err != nil {
		return 0, false, err
	}
	for i, p := range ps {
		if p.Role != types.ROLE_VALIDATOR { // trainers' working stake was summed by SCORE
			continue
		}
		stake := types.EffectiveStake(p, s.Params.DelegationWeight)
		tally, err := k.tallyOf(ctx, s.TaskId, addrs[i])
		if err != nil {
			return 0, false, err
		}
		if tally.Scores > 0 { // revealed: working stake
			s.ValidatorStake = s.ValidatorStake.Add(stake)
		}
		sum.Add(sum, types.ValidatorWeight(stake, tally.AccuracySum, tally.Assigned))
	}
	s.WeightSum = sum.String()
	used := uint32(len(ps)) * workPerWeigh
	if uint32(len(ps)) < max(allowance/workPerWeigh, 1) {
		return used, true, nil
	}
	s.NextAddress = addrs[len(addrs)-1]
	return used, false, nil
}

// rankStep writes the leaderboard in rank order and each rewarded trainer's reward.
func (k Keeper) rankStep(ctx context.Context, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	limit := max(allowance/workPerRankRow, 1)
	var keys []collections.Pair[uint64, []byte]
	var rows []types.RankedSubmission
	err := k.Ranking.Walk(ctx, collections.NewPrefixedPairRange[uint64, []byte](s.TaskId),
		func(key collections.Pair[uint64, []byte], r types.RankedSubmission) (bool, error) {
			keys = append(keys, key)
			rows = append(rows, r)
			return uint32(len(keys)) >= limit, nil
		})
	if err != nil {
		return 0, false, err
	}
	toTrainers, _ := sides(s)
	split := types.NewRankSplit(toTrainers, s.Params.RankDecay, int(s.Scored), s.Params.MaxRewardedTrainers)
	for i, r := range rows {
		trainer, err := k.SubmissionByID.Get(ctx, collections.Join(s.TaskId, r.SubmissionId))
		if err != nil {
			return 0, false, err
		}
		res := types.SubmissionResult{SubmissionId: r.SubmissionId, Trainer: trainer, Scored: r.Scored, Score: r.Score, Reward: math.ZeroInt()}
		if r.Scored {
			res.Rank = uint32(s.Ranked + 1) // scored rows come first, so position = rank
			res.Reward = split.Reward(int(s.Ranked))
		}
		s.Ranked++
		if err := k.SubmissionResults.Set(ctx, collections.Join(s.TaskId, s.Ranked), res); err != nil {
			return 0, false, err
		}
		if res.Reward.IsPositive() {
			addr, err := k.bytesOf("trainer", trainer)
			if err != nil {
				return 0, false, err
			}
			pending := types.ParticipantResult{Address: trainer, Role: types.ROLE_TRAINER, Reward: res.Reward,
				ToSelf: math.ZeroInt(), Slashed: math.ZeroInt()}
			if err := k.ParticipantResults.Set(ctx, collections.Join(s.TaskId, addr), pending); err != nil {
				return 0, false, err
			}
		}
		if err := k.Ranking.Remove(ctx, keys[i]); err != nil {
			return 0, false, err
		}
	}
	return uint32(len(rows)) * workPerRankRow, uint32(len(rows)) < limit, nil
}

// payStep settles participants in address order: reward (the trainer's from RANK, the
// validator's ⌊R_V·w/Σw⌋), slash, the σ split (the delegators' part stays owed), claimable
// rewards through x/rewards, stake back, results; then the participant's scoring records are
// deleted.
func (k Keeper) payStep(ctx context.Context, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	limit := max(allowance/workPerPayout, 1)
	addrs, ps, err := k.participantsFrom(ctx, s, limit)
	if err != nil {
		return 0, false, err
	}
	_, toValidators := sides(s)
	sum, err := weightSum(s)
	if err != nil {
		return 0, false, err
	}
	var payouts []rewardstypes.Payout
	var used uint32
	for i, p := range ps {
		res, err := k.payParticipant(ctx, s, addrs[i], p, toValidators, sum, &payouts)
		if err != nil {
			return used, false, err
		}
		used += workPerPayout
		if err := k.ParticipantResults.Set(ctx, collections.Join(s.TaskId, addrs[i]), res); err != nil {
			return used, false, err
		}
	}
	if len(payouts) > 0 {
		if err := k.rewards.PayRewards(ctx, types.ModuleName, payouts); err != nil {
			return used, false, err
		}
	}
	if uint32(len(ps)) < limit {
		return used, true, nil
	}
	s.NextAddress = addrs[len(addrs)-1]
	return used, false, nil
}

// payParticipant settles one participant and returns its result. Its delegators are not
// walked: their part is owed, and each draws its share when it undelegates.
func (k Keeper) payParticipant(ctx context.Context, s *types.Settlement, addr sdk.AccAddress, p types.Participant,
	toValidators math.Int, weightSum *big.Rat, payouts *[]rewardstypes.Payout,
) (types.ParticipantResult, error) {
	res := types.ParticipantResult{Address: p.Address, Role: p.Role, Reward: math.ZeroInt(), ToSelf: math.ZeroInt(), Slashed: math.ZeroInt()}
	key := collections.Join(s.TaskId, addr)
	switch p.Role {
	case types.ROLE_TRAINER:
		pending, err := k.ParticipantResults.Get(ctx, key)
		if err == nil {
			res.Reward = pending.Reward
		} else if !errors.Is(err, collections.ErrNotFound) {
			return res, err
		}
	case types.ROLE_VALIDATOR:
		tally, err := k.tallyOf(ctx, s.TaskId, addr)
		if err != nil {
			return res, err
		}
		weight := types.ValidatorWeight(types.EffectiveStake(p, s.Params.DelegationWeight), tally.AccuracySum, tally.Assigned)
		res.Reward = types.ValidatorReward(toValidators, weight, weightSum)
		if tally.Scores > 0 {
			acc := types.MeanAccuracy(tally.AccuracySum, tally.Assigned)
			res.Accuracy = &acc
		}
		committed, err := k.Commitments.Has(ctx, key)
		if err != nil {
			return res, err
		}
		revealed, err := k.Revealed.Has(ctx, key)
		if err != nil {
			return res, err
		}
		res.Slashed = types.ValidatorSlash(s.Params, p.SelfStake, tally.Assigned, committed, revealed)
		for _, remove := range []func() error{
			func() error { return k.Tallies.Remove(ctx, key) },
			func() error { return k.Commitments.Remove(ctx, key) },
			func() error { return k.Revealed.Remove(ctx, key) },
		} {
			if err := remove(); err != nil {
				return res, err
			}
		}
	}
	// the delegators' part stays in escrow: each draws its share when it undelegates
	toSelf, owed := types.SigmaSplit(res.Reward, p.Sigma, p.SelfStake, p.Delegated)
	res.ToSelf, res.DelegatorsPaid = toSelf, math.ZeroInt()
	if toSelf.IsPositive() {
		*payouts = append(*payouts, rewardstypes.Payout{Recipient: p.Address, Amount: toSelf})
		s.Paid = s.Paid.Add(toSelf)
	}
	s.Owed = s.Owed.Add(owed)
	back := p.SelfStake.Sub(res.Slashed)
	if err := k.send(ctx, addr, back); err != nil {
		return res, err
	}
	s.Returned = s.Returned.Add(back)
	s.Slashed = s.Slashed.Add(res.Slashed)
	return res, nil
}

// pruneStep deletes the task's assignments.
func (k Keeper) pruneStep(ctx context.Context, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	limit := max(allowance/workPerAssignment, 1)
	var keys []collections.Triple[uint64, sdk.AccAddress, uint64]
	err := k.Assignments.Walk(ctx, collections.NewPrefixedTripleRange[uint64, sdk.AccAddress, uint64](s.TaskId),
		func(key collections.Triple[uint64, sdk.AccAddress, uint64]) (bool, error) {
			keys = append(keys, key)
			return uint32(len(keys)) >= limit, nil
		})
	if err != nil {
		return 0, false, err
	}
	for _, key := range keys {
		if err := k.Assignments.Remove(ctx, key); err != nil {
			return 0, false, err
		}
	}
	return uint32(len(keys)) * workPerAssignment, uint32(len(keys)) < limit, nil
}
