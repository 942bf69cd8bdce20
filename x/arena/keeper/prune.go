package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// An ended task's records stay params.retention after it ends, for queries; then EndBlock
// prunes them with the work budget settlement left over: delegations still held are returned
// (with the delegator's share of a finalised reward, as MsgUndelegate would), then the
// participants, results, submissions and leaderboard are deleted, and last the task. Every
// step deletes from the start of a prefix, so a block resumes where the last one stopped.

// Work units of pruning: returning a delegation costs what a payout does; a deletion one.
const (
	workPerReturnedDelegation = workPerPayout
	workPerDeletion           = 1
)

// pruneExpired spends up to budget units on expired tasks, lowest id first.
func (k Keeper) pruneExpired(ctx context.Context, budget uint32) error {
	var ids []uint64
	if err := k.Expired.Walk(ctx, nil, func(id uint64) (bool, error) {
		ids = append(ids, id)
		return uint32(len(ids)) >= budget, nil
	}); err != nil {
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	for _, id := range ids {
		if budget == 0 {
			return nil
		}
		cacheCtx, write := sdkCtx.CacheContext()
		used, err := k.pruneTask(cacheCtx, id, budget)
		if err != nil { // left as it was; tried again next block
			k.logger(ctx).Error("pruning a task failed", "task", id, "err", err)
			return events(ctx).EmitTypedEvent(&types.EventTaskFailed{TaskId: id, Reason: "pruning: " + err.Error()})
		}
		write()
		budget -= min(used, budget)
	}
	return nil
}

// pruneTask deletes up to budget units of an expired task's records; the task goes last.
func (k Keeper) pruneTask(ctx context.Context, id uint64, budget uint32) (uint32, error) {
	var used uint32
	// delegations still held go back with their shares
	var dels []collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress]
	err := k.Delegations.Walk(ctx, collections.NewPrefixedTripleRange[uint64, sdk.AccAddress, sdk.AccAddress](id),
		func(key collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], _ math.Int) (bool, error) {
			dels = append(dels, key)
			return uint32(len(dels))*workPerReturnedDelegation >= budget, nil
		})
	if err != nil {
		return 0, err
	}
	for _, key := range dels {
		if _, _, err := k.Undelegate(ctx, id, key.K2(), key.K3()); err != nil {
			return used, err
		}
		used += workPerReturnedDelegation
	}
	if used >= budget {
		return used, nil
	}
	for _, clear := range []func(limit uint32) (uint32, error){
		func(n uint32) (uint32, error) {
			return clearSome(ctx, k.Participants, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id), n)
		},
		func(n uint32) (uint32, error) {
			return clearSome(ctx, k.ParticipantResults, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id), n)
		},
		func(n uint32) (uint32, error) {
			return clearSome(ctx, k.Submissions, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id), n)
		},
		func(n uint32) (uint32, error) {
			return clearSome(ctx, k.SubmissionByID, collections.NewPrefixedPairRange[uint64, uint64](id), n)
		},
		func(n uint32) (uint32, error) {
			return clearSome(ctx, k.ModelHashes, collections.NewPrefixedPairRange[uint64, []byte](id), n)
		},
		func(n uint32) (uint32, error) {
			return clearSome(ctx, k.SubmissionResults, collections.NewPrefixedPairRange[uint64, uint64](id), n)
		},
	} {
		n, err := clear((budget - used) / workPerDeletion)
		used += n * workPerDeletion
		if err != nil || used >= budget {
			return used, err
		}
	}
	if err := k.Tasks.Remove(ctx, id); err != nil {
		return used, err
	}
	if err := k.Expired.Remove(ctx, id); err != nil {
		return used, err
	}
	return used + workPerDeletion, events(ctx).EmitTypedEvent(&types.EventTaskPruned{TaskId: id})
}

// clearSome deletes up to limit entries of m in rng, read before any is deleted, and returns
// how many it deleted.
func clearSome[K, V any](ctx context.Context, m collections.Map[K, V], rng collections.Ranger[K], limit uint32) (uint32, error) {
	if limit == 0 {
		return 0, nil
	}
	var keys []K
	if err := m.Walk(ctx, rng, func(key K, _ V) (bool, error) {
		keys = append(keys, key)
		return uint32(len(keys)) >= limit, nil
	}); err != nil {
		return 0, err
	}
	for _, key := range keys {
		if err := m.Remove(ctx, key); err != nil {
			return 0, err
		}
	}
	return uint32(len(keys)), nil
}
