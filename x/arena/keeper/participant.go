package keeper

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/internal/fixedpoint"
	"github.com/flockchain/flock/x/arena/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// JoinTask escrows a stake and makes the address a trainer or validator of an open task
// (one role per address per task; the creator takes no role).
func (k Keeper) JoinTask(ctx context.Context, id uint64, who sdk.AccAddress, role types.Role, stake math.Int, sigma math.LegacyDec) error {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	t, err := k.requireOpen(ctx, id, "joining")
	if err != nil {
		return err
	}
	creator, err := k.bytesOf("creator", t.Creator)
	if err != nil {
		return err
	}
	if bytes.Equal(creator, who) {
		return types.ErrWrongRole.Wrapf("the creator of task %d cannot also take part in it", t.Id)
	}
	existing, err := k.Participants.Get(ctx, collections.Join(t.Id, who))
	switch {
	case err == nil:
		return types.ErrAlreadyJoined.Wrapf("%s already takes part in task %d as %s; one role per task", k.str(who), t.Id, existing.Role)
	case !errors.Is(err, collections.ErrNotFound):
		return err
	}
	var minimum math.Int
	switch role {
	case types.ROLE_TRAINER:
		minimum = params.MinTrainerStake
	case types.ROLE_VALIDATOR:
		minimum = params.MinValidatorStake
	default:
		return types.ErrWrongRole.Wrapf("role %s: want ROLE_TRAINER or ROLE_VALIDATOR", role)
	}
	if stake.LT(minimum) {
		return types.ErrStakeTooLow.Wrapf("stake %s%s is below the %s minimum %s%s", stake, k.denom, role, minimum, k.denom)
	}
	if sigma.LT(params.MinSigma) || sigma.GT(params.MaxSigma) {
		return types.ErrInvalidSigma.Wrapf("sigma %s must be within [%s, %s]", sigma, params.MinSigma, params.MaxSigma)
	}
	if err := k.escrow(ctx, who, stake); err != nil {
		return err
	}
	p := types.Participant{TaskId: t.Id, Address: k.str(who), Role: role, SelfStake: stake, Delegated: math.ZeroInt(), Sigma: sigma,
		StakeTime: types.NewStakeTime(unixNow(ctx))}
	addStake(ctx, &t, &p, stake, math.ZeroInt()) // emission weights: stake × time (emission.go)
	if err := k.Participants.Set(ctx, collections.Join(t.Id, who), p); err != nil {
		return err
	}
	if role == types.ROLE_TRAINER {
		t.Trainers++
	} else {
		t.Validators++
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventJoined{TaskId: t.Id, Participant: p.Address, Role: role, Stake: stake})
}

// Delegate escrows amount from delegator behind a participant of an open task.
func (k Keeper) Delegate(ctx context.Context, id uint64, participant, delegator sdk.AccAddress, amount math.Int) error {
	t, err := k.requireOpen(ctx, id, "delegation")
	if err != nil {
		return err
	}
	p, err := k.getParticipant(ctx, t.Id, participant)
	if err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	if amount.LT(params.MinDelegation) {
		return types.ErrDelegationTooSmall.Wrapf("delegation of %s%s is below the minimum %s%s", amount, k.denom, params.MinDelegation, k.denom)
	}
	key := collections.Join3(t.Id, participant, delegator)
	prev, err := k.Delegations.Get(ctx, key)
	switch {
	case errors.Is(err, collections.ErrNotFound): // a new delegator
		if p.Delegators >= params.MaxDelegatorsPerParticipant {
			return types.ErrTooManyDelegators.Wrapf("%s already holds %d delegations in task %d, the most allowed", p.Address, p.Delegators, t.Id)
		}
		p.Delegators++
		prev = math.ZeroInt()
	case err != nil:
		return err
	}
	if err := k.escrow(ctx, delegator, amount); err != nil {
		return err
	}
	if err := k.Delegations.Set(ctx, key, prev.Add(amount)); err != nil {
		return err
	}
	p.Delegated = p.Delegated.Add(amount)
	addStake(ctx, &t, &p, math.ZeroInt(), amount) // emission weights: stake × time (emission.go)
	if err := k.Participants.Set(ctx, collections.Join(t.Id, participant), p); err != nil {
		return err
	}
	if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventDelegated{TaskId: t.Id, Participant: p.Address, Delegator: k.str(delegator), Amount: amount})
}

// Undelegate returns a whole delegation once its task is finalised or cancelled, with the
// delegator's share of its participant's reward when the task was finalised:
// ⌊part·d/delegated⌋ of the delegators' part, made claimable in x/rewards. Shares are drawn
// one by one (settlement never walks delegations); when the last delegator leaves, the
// rounding rest goes to the rewards pool.
func (k Keeper) Undelegate(ctx context.Context, id uint64, participant, delegator sdk.AccAddress) (amount, reward math.Int, err error) {
	t, err := k.GetTask(ctx, id)
	if err != nil {
		return amount, reward, err
	}
	if t.Status != types.TASK_STATUS_FINALIZED && t.Status != types.TASK_STATUS_CANCELLED {
		return amount, reward, types.ErrWrongPhase.Wrapf("task %d is %s; delegations unlock when it is finalised or cancelled", t.Id, t.Status)
	}
	key := collections.Join3(t.Id, participant, delegator)
	amount, err = k.Delegations.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		return amount, reward, types.ErrNoDelegation.Wrapf("%s has no delegation to %s in task %d", k.str(delegator), k.str(participant), t.Id)
	} else if err != nil {
		return amount, reward, err
	}
	p, err := k.getParticipant(ctx, t.Id, participant)
	if err != nil {
		return amount, reward, err
	}
	reward = math.ZeroInt()
	if t.Status == types.TASK_STATUS_FINALIZED {
		if reward, err = k.payDelegator(ctx, t.Id, participant, delegator, p, amount); err != nil {
			return amount, reward, err
		}
	}
	if p.Delegators == 0 {
		return amount, reward, fmt.Errorf("participant %s of task %d holds a delegation but counts none", p.Address, t.Id)
	}
	p.Delegators--
	if err := k.Participants.Set(ctx, collections.Join(t.Id, participant), p); err != nil {
		return amount, reward, err
	}
	if err := k.Delegations.Remove(ctx, key); err != nil {
		return amount, reward, err
	}
	if err := k.send(ctx, delegator, amount); err != nil {
		return amount, reward, err
	}
	return amount, reward, events(ctx).EmitTypedEvent(&types.EventUndelegated{
		TaskId: t.Id, Participant: p.Address, Delegator: k.str(delegator), Amount: amount, Reward: reward,
	})
}

// payDelegator makes a delegator's share of a finalised participant's reward claimable, and
// sends the rounding rest to the rewards pool when it is the last delegator.
func (k Keeper) payDelegator(ctx context.Context, taskID uint64, participant, delegator sdk.AccAddress, p types.Participant, amount math.Int) (math.Int, error) {
	res, err := k.ParticipantResults.Get(ctx, collections.Join(taskID, participant))
	if err != nil { // every participant of a finalised task has a result
		return math.Int{}, fmt.Errorf("result of %s in task %d: %w", p.Address, taskID, err)
	}
	part := res.Reward.Sub(res.ToSelf)
	share := math.NewIntFromBigIntMut(fixedpoint.Share(part.BigInt(), amount.BigInt(), p.Delegated.BigInt())) // ⌊part·d/delegated⌋
	if share.IsPositive() {
		if err := k.rewards.PayRewards(ctx, types.ModuleName, []rewardstypes.Payout{{Recipient: k.str(delegator), Amount: share}}); err != nil {
			return math.Int{}, err
		}
	}
	res.DelegatorsPaid = res.DelegatorsPaid.Add(share)
	if p.Delegators == 1 { // the last one: the rounding rest to the pool
		if rest := part.Sub(res.DelegatorsPaid); rest.IsPositive() {
			if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, rest); err != nil {
				return math.Int{}, err
			}
		}
		res.DelegatorsPaid = part
	}
	return share, k.ParticipantResults.Set(ctx, collections.Join(taskID, participant), res)
}
