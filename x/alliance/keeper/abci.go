package keeper

import (
	"context"
	"time"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// EndBlocker handles the alliances whose deadline has come, in time order, at most
// params.max_alliances_per_block of them, sharing params.max_settle_work_per_block units of
// settlement work; the rest wait for the next block. It never fails: an alliance whose step
// fails is logged, announced (EventSettlementFailed), its writes discarded, and retried
// params.retry_delay later. Then it prunes the records of alliances ended more than
// params.record_retention ago, at most params.max_prune_per_block of them (prune.go).
func (k Keeper) EndBlocker(ctx context.Context) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		k.logger(ctx).Error("params unreadable; no alliance handled", "err", err)
		return nil
	}
	now := blockTime(ctx)
	var due []collections.Pair[time.Time, uint64]
	err = k.Deadlines.Walk(ctx, new(collections.Range[collections.Pair[time.Time, uint64]]).EndInclusive(collections.Join(now, ^uint64(0))),
		func(key collections.Pair[time.Time, uint64]) (bool, error) {
			due = append(due, key)
			return uint32(len(due)) >= params.MaxAlliancesPerBlock, nil
		})
	if err != nil {
		k.logger(ctx).Error("deadlines unreadable", "err", err)
		return nil
	}
	budget := params.MaxSettleWorkPerBlock
	for _, key := range due {
		if budget == 0 {
			break
		}
		id := key.K2()
		sdkCtx := sdk.UnwrapSDKContext(ctx)
		cache, write := sdkCtx.CacheContext()
		left := budget
		if err := k.advance(cache, id, &left); err != nil {
			k.logger(ctx).Error("alliance deadline failed; retrying later", "alliance", id, "err", err)
			k.retry(ctx, key, now.Add(params.RetryDelay), err)
			continue
		}
		write()
		budget = left
	}
	k.prune(ctx, params)
	return nil
}

// retry moves a failed alliance's deadline later and says why in an event.
func (k Keeper) retry(ctx context.Context, key collections.Pair[time.Time, uint64], at time.Time, cause error) {
	id := key.K2()
	a, err := k.Alliances.Get(ctx, id)
	if err == nil {
		a.PhaseEnd = at
		err = k.Alliances.Set(ctx, id, a)
	}
	if err == nil {
		err = k.Deadlines.Remove(ctx, key)
	}
	if err == nil {
		err = k.Deadlines.Set(ctx, collections.Join(at, id))
	}
	if err != nil {
		k.logger(ctx).Error("alliance deadline could not be moved", "alliance", id, "err", err)
	}
	_ = events(ctx).EmitTypedEvent(&types.EventSettlementFailed{AllianceId: id, Round: a.Round, Error: cause.Error()})
}

// advance handles one alliance whose deadline has come: it starts or cancels a pending
// one, moves a running one to its next phase, or runs its settlement with the budget.
func (k Keeper) advance(ctx context.Context, id uint64, budget *uint32) error {
	a, err := k.GetAlliance(ctx, id)
	if err != nil {
		return err
	}
	now := blockTime(ctx)
	switch {
	case a.Status == types.ALLIANCE_STATUS_PENDING:
		return k.onPendingDeadline(ctx, &a, budget)
	case a.Phase == types.PHASE_STARTING || a.Phase == types.PHASE_SETTLING || a.Phase == types.PHASE_RETURNING:
		return k.settle(ctx, &a, budget)
	case a.Status != types.ALLIANCE_STATUS_RUNNING:
		// ended: nothing is due
		return k.Deadlines.Remove(ctx, collections.Join(a.PhaseEnd, id))
	}
	r, err := k.GetRound(ctx, a.Id, a.Round)
	if err != nil && a.Phase != types.PHASE_CLOSING {
		return err
	}
	// each phase lasts its full duration from the block it opens in, even when EndBlock is
	// late; the round records when each phase actually ends.
	switch a.Phase {
	case types.PHASE_UPDATE_COMMIT:
		r.UpdateRevealEnd = now.Add(a.UpdateRevealDuration)
		if err := k.Rounds.Set(ctx, collections.Join(a.Id, a.Round), r); err != nil {
			return err
		}
		return k.enterPhase(ctx, &a, types.PHASE_UPDATE_REVEAL, r.UpdateRevealEnd)
	case types.PHASE_UPDATE_REVEAL:
		if r.Updates == 0 {
			// nothing to judge: the round settles (absent proposers are slashed)
			return k.startSettlement(ctx, &a)
		}
		r.VoteCommitEnd = now.Add(a.VoteCommitDuration)
		if err := k.Rounds.Set(ctx, collections.Join(a.Id, a.Round), r); err != nil {
			return err
		}
		return k.enterPhase(ctx, &a, types.PHASE_VOTE_COMMIT, r.VoteCommitEnd)
	case types.PHASE_VOTE_COMMIT:
		r.VoteRevealEnd = now.Add(a.VoteRevealDuration)
		if err := k.Rounds.Set(ctx, collections.Join(a.Id, a.Round), r); err != nil {
			return err
		}
		return k.enterPhase(ctx, &a, types.PHASE_VOTE_REVEAL, r.VoteRevealEnd)
	case types.PHASE_VOTE_REVEAL:
		return k.startSettlement(ctx, &a)
	case types.PHASE_CLOSING:
		s := newSettlement(a.Id, a.Rounds+1, types.SETTLE_STEP_MODEL)
		if err := k.Settlements.Set(ctx, a.Id, s); err != nil {
			return err
		}
		return k.enterPhase(ctx, &a, types.PHASE_RETURNING, now)
	default:
		return types.ErrInvalidGenesis.Wrapf("alliance %d is running in phase %s", a.Id, a.Phase)
	}
}
