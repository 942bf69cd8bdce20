package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// retryAfter is when a task whose cancellation or settlement step failed is tried again.
const retryAfter = time.Hour

// EndBlocker first handles due deadlines, oldest first, at most max_tasks_per_block: an open
// task whose creator never opened validation is cancelled (creator slashed, everyone
// refunded); a task past its reveal phase starts settling; an ended task past its retention is
// queued for pruning. Then it spends at most max_settle_work_per_block units of work on
// settling tasks, lowest id first, and what is left of them on pruning expired tasks.
// Each task's work runs in a cached context: one that fails is logged, reported by an event,
// left unchanged and retried an hour later. EndBlock itself fails only on a broken store.
func (k Keeper) EndBlocker(ctx context.Context) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if err := k.handleDeadlines(ctx, params); err != nil {
		return err
	}
	used, err := k.settle(ctx, params.MaxSettleWorkPerBlock)
	if err != nil || used >= params.MaxSettleWorkPerBlock {
		return err
	}
	return k.pruneExpired(ctx, params.MaxSettleWorkPerBlock-used)
}

func (k Keeper) handleDeadlines(ctx context.Context, params types.Params) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
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
		if err := events(ctx).EmitTypedEvent(&types.EventTaskFailed{TaskId: d.K2(), Reason: err.Error()}); err != nil {
			return err
		}
	}
	return nil
}

func (k Keeper) handleDeadline(ctx context.Context, params types.Params, d collections.Pair[time.Time, uint64]) error {
	if err := k.Deadlines.Remove(ctx, d); err != nil {
		return err
	}
	t, err := k.GetTask(ctx, d.K2())
	if err != nil {
		return err
	}
	switch t.Status {
	case types.TASK_STATUS_OPEN:
		if t.Trainers+t.Validators == 0 { // nobody joined: nobody was let down, no slash
			return k.cancel(ctx, t, "nobody joined", math.LegacyZeroDec())
		}
		return k.cancel(ctx, t, "validation not opened", params.SlashCreatorAbsent)
	case types.TASK_STATUS_VALIDATION:
		return k.startSettlement(ctx, t, params)
	case types.TASK_STATUS_FINALIZED, types.TASK_STATUS_CANCELLED: // retention over
		return k.Expired.Set(ctx, t.Id)
	default:
		return nil
	}
}
