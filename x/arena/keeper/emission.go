package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// Emission is weighted by stake × time and kept only by stake that worked (README
// "Emission"). Three integrals per task, each updated in O(1) when a stake changes:
//   - EpochStake: all participants' stakes over the current emission window; the sink reads
//     it at each epoch boundary and restarts it (sink.go);
//   - Stake: all participants' stakes over the task's life;
//   - WorkingStake: the same for the participants that did their work.
// Each participant carries its own life integral, added to WorkingStake when it works.

// unixNow is the block time in whole unix seconds, the clock of every StakeTime.
func unixNow(ctx context.Context) int64 { return blockTime(ctx).Unix() }

// addStake records that self and delegated stake joined participant p of task t now: the
// task's and the participant's integrals run from now with the new stakes. The caller
// stores t and p.
func addStake(ctx context.Context, t *types.Task, p *types.Participant, self, delegated math.Int) {
	now := unixNow(ctx)
	t.EpochStake = t.EpochStake.Add(now, self, delegated)
	t.Stake = t.Stake.Add(now, self, delegated)
	p.StakeTime = p.StakeTime.Add(now, self, delegated)
}

// markWorked records that a participant of t did its work (a validator revealed, or a
// trainer's model got a revealed score): its stake·seconds over the task's life count as
// working from now on. Stakes are frozen once submissions close, so the integral it adds
// is exact. Once per participant; the caller stores t.
func (k Keeper) markWorked(ctx context.Context, t *types.Task, who sdk.AccAddress) error {
	p, err := k.getParticipant(ctx, t.Id, who)
	if err != nil {
		return err
	}
	if p.Worked {
		return nil
	}
	p.Worked = true
	t.WorkingStake = t.WorkingStake.Plus(p.StakeTime, unixNow(ctx))
	return k.Participants.Set(ctx, collections.Join(t.Id, who), p)
}

// markRevealWorked marks a revealing validator and the trainers it scored as working.
func (k Keeper) markRevealWorked(ctx context.Context, t *types.Task, val sdk.AccAddress, scores []types.ParsedScore) error {
	if err := k.markWorked(ctx, t, val); err != nil {
		return err
	}
	for _, sc := range scores {
		trainer, err := k.SubmissionByID.Get(ctx, collections.Join(t.Id, sc.SubmissionID))
		if err != nil {
			return err
		}
		addr, err := k.bytesOf("trainer", trainer)
		if err != nil {
			return err
		}
		if err := k.markWorked(ctx, t, addr); err != nil {
			return err
		}
	}
	return nil
}

// returnIdleEmission is called when a task's settlement starts (after its reveal phase, so
// everyone who will work has): the task keeps ⌊E·W/A⌋ of its emission E, W and A the
// effective stake·seconds over its life of the working participants and of all, and the
// rest goes back to the rewards pool now. It returns what the task keeps for its pool.
func (k Keeper) returnIdleEmission(ctx context.Context, t types.Task, eps math.LegacyDec) (math.Int, error) {
	now := unixNow(ctx)
	all, working := t.Stake.At(now), t.WorkingStake.At(now)
	kept := types.KeptEmission(t.Emission, working, all, eps)
	idle := t.Emission.Sub(kept)
	if idle.IsPositive() {
		if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, idle); err != nil {
			return math.Int{}, err
		}
	}
	if !t.Emission.IsPositive() {
		return kept, nil
	}
	return kept, events(ctx).EmitTypedEvent(&types.EventIdleEmissionReturned{
		TaskId: t.Id, Emission: t.Emission, Kept: kept, Returned: idle,
		WorkingStakeSeconds: working.EffectiveSeconds(eps), StakeSeconds: all.EffectiveSeconds(eps),
	})
}
