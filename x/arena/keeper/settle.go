package keeper

import (
	"context"
	"fmt"
	"math/big"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// A task past its reveal phase is settled across blocks, bounded by work: each EndBlock
// spends at most max_settle_work_per_block units (a revealed score, a participant, a
// leaderboard row, an assignment) and the Settlement record keeps where it stopped. The
// phases (settle_steps.go) call the pure functions of types/ in the same order and on the
// same values as types.Settle, so a task settled over a hundred blocks gets exactly the
// payouts of a one-shot settlement.

// startSettlement moves a task whose reveal phase ended to SETTLING with a copy of the params.
// The pool is the bonus and the working stake's share of the emission: the idle stake's
// share returns to the rewards pool here (returnIdleEmission, emission.go). With nobody to
// pay, the creator's bonus goes straight back (and all the emission is idle).
func (k Keeper) startSettlement(ctx context.Context, t types.Task, params types.Params) error {
	emission, err := k.returnIdleEmission(ctx, t, params.DelegationWeight)
	if err != nil {
		return err
	}
	pool := t.Bonus.Add(emission)
	if t.Trainers+t.Validators == 0 && t.Bonus.IsPositive() {
		creator, err := k.bytesOf("creator", t.Creator)
		if err != nil {
			return err
		}
		if err := k.send(ctx, creator, t.Bonus); err != nil {
			return err
		}
		pool = emission
	}
	s := types.Settlement{
		TaskId: t.Id, Phase: types.SETTLEMENT_PHASE_SCORE, Params: params, NextSubmission: 1, Pool: pool,
		TrainerStake: math.LegacyZeroDec(), ValidatorStake: math.LegacyZeroDec(), WeightSum: new(big.Rat).String(),
		Paid: math.ZeroInt(), Returned: math.ZeroInt(), Slashed: math.ZeroInt(), Owed: math.ZeroInt(),
	}
	if err := k.Settlements.Set(ctx, t.Id, s); err != nil {
		return err
	}
	if err := k.setStatus(ctx, &t, types.TASK_STATUS_SETTLING); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventSettlementStarted{TaskId: t.Id, Pool: pool})
}

// settle spends up to budget units of work on settling tasks, lowest id first, and returns
// the units used.
func (k Keeper) settle(ctx context.Context, budget uint32) (uint32, error) {
	start := budget
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	now := sdkCtx.BlockTime()
	// at most budget tasks can get work this block; collect them before writing anything
	var ids []uint64
	err := k.Tasks.Indexes.Status.Walk(ctx, collections.NewPrefixedPairRange[int32, uint64](int32(types.TASK_STATUS_SETTLING)),
		func(_ int32, id uint64) (bool, error) {
			ids = append(ids, id)
			return uint32(len(ids)) >= budget, nil
		})
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if budget == 0 {
			return start, nil
		}
		s, err := k.Settlements.Get(ctx, id)
		if err != nil {
			return start - budget, err
		}
		if s.RetryAt != nil && now.Before(*s.RetryAt) {
			continue
		}
		cacheCtx, write := sdkCtx.CacheContext()
		used, err := k.settleTask(cacheCtx, s, budget)
		if err == nil {
			write()
			budget -= min(used, budget)
			continue
		}
		k.logger(ctx).Error("task settlement failed; retrying later", "task", id, "phase", s.Phase, "err", err)
		retry := now.Add(retryAfter)
		s.RetryAt = &retry
		if err := k.Settlements.Set(ctx, id, s); err != nil {
			return start - budget, err
		}
		if err := events(ctx).EmitTypedEvent(&types.EventTaskFailed{TaskId: id, Reason: err.Error()}); err != nil {
			return start - budget, err
		}
	}
	return start - budget, nil
}

// settleTask runs a task's settlement phases until budget is spent or the task is finalised.
// It returns the work used (which may pass budget by at most one item: a submission's scores,
// or a participant's delegations).
func (k Keeper) settleTask(ctx context.Context, s types.Settlement, budget uint32) (uint32, error) {
	t, err := k.GetTask(ctx, s.TaskId)
	if err != nil {
		return 0, err
	}
	if t.Status != types.TASK_STATUS_SETTLING {
		return 0, fmt.Errorf("task %d has a settlement record but status %s", t.Id, t.Status)
	}
	s.RetryAt = nil
	s.Blocks++
	var used uint32
	for used < budget {
		var n uint32
		var done bool
		switch s.Phase {
		case types.SETTLEMENT_PHASE_SCORE:
			n, done, err = k.scoreStep(ctx, t, &s, budget-used)
		case types.SETTLEMENT_PHASE_WEIGH:
			n, done, err = k.weighStep(ctx, &s, budget-used)
		case types.SETTLEMENT_PHASE_RANK:
			n, done, err = k.rankStep(ctx, &s, budget-used)
		case types.SETTLEMENT_PHASE_PAY:
			n, done, err = k.payStep(ctx, &s, budget-used)
		case types.SETTLEMENT_PHASE_PRUNE:
			n, done, err = k.pruneStep(ctx, &s, budget-used)
		default:
			return used, fmt.Errorf("task %d: unknown settlement phase %s", t.Id, s.Phase)
		}
		used += n
		if err != nil {
			return used, err
		}
		if !done {
			break
		}
		if s.Phase == types.SETTLEMENT_PHASE_PRUNE {
			if err := events(ctx).EmitTypedEvent(&types.EventSettlementProgress{TaskId: t.Id, Phase: s.Phase, Work: used}); err != nil {
				return used, err
			}
			return used, k.closeSettlement(ctx, t, s)
		}
		s.Phase++
		s.NextAddress = nil
	}
	if err := k.Settlements.Set(ctx, t.Id, s); err != nil {
		return used, err
	}
	return used, events(ctx).EmitTypedEvent(&types.EventSettlementProgress{TaskId: t.Id, Phase: s.Phase, Work: used})
}

// closeSettlement ends a settled task: the creator's stake back, dust and slashes to the
// rewards pool, status FINALIZED.
func (k Keeper) closeSettlement(ctx context.Context, t types.Task, s types.Settlement) error {
	creator, err := k.bytesOf("creator", t.Creator)
	if err != nil {
		return err
	}
	if err := k.send(ctx, creator, t.CreatorStake); err != nil {
		return err
	}
	dust := s.Pool.Sub(s.Paid).Sub(s.Owed) // the owed part stays for the delegators
	if toPool := dust.Add(s.Slashed); toPool.IsPositive() {
		if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, toPool); err != nil {
			return err
		}
	}
	if err := k.Settlements.Remove(ctx, t.Id); err != nil {
		return err
	}
	if err := k.setStatus(ctx, &t, types.TASK_STATUS_FINALIZED); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventTaskFinalized{TaskId: t.Id, Pool: s.Pool, Paid: s.Paid,
		ReturnedToPool: dust, Slashed: s.Slashed, ScoredSubmissions: s.Scored})
}

// sides is the pool split between trainers and validators, from the stakes WEIGH summed.
func sides(s *types.Settlement) (trainers, validators math.Int) {
	return types.SideSplit(s.Pool, s.TrainerStake, s.ValidatorStake, s.Params.Gamma)
}

// weightSum reads the exact Σ s_v·a_v kept as a fraction.
func weightSum(s *types.Settlement) (*big.Rat, error) {
	r, ok := new(big.Rat).SetString(s.WeightSum)
	if !ok {
		return nil, fmt.Errorf("task %d: weight sum %q is not a fraction", s.TaskId, s.WeightSum)
	}
	return r, nil
}
