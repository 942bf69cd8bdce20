package keeper

import (
	"context"
	"errors"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// CreateAlliance opens an alliance for joining and escrows the creator's reward deposit,
// which starts its reward pool. The start time is clamped to now if it has passed.
func (k Keeper) CreateAlliance(ctx context.Context, creator sdk.AccAddress, msg *types.MsgCreateAlliance) (uint64, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return 0, err
	}
	now := blockTime(ctx)
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{
		{"update_commit_duration", msg.UpdateCommitDuration}, {"update_reveal_duration", msg.UpdateRevealDuration},
		{"vote_commit_duration", msg.VoteCommitDuration}, {"vote_reveal_duration", msg.VoteRevealDuration},
		{"closing_duration", types.ClosingDuration(msg.ClosingDuration, msg.VoteRevealDuration)},
	} {
		if ph.d < params.MinPhaseDuration || ph.d > params.MaxPhaseDuration {
			return 0, types.ErrInvalidAlliance.Wrapf("%s %s must be within [%s, %s]", ph.name, ph.d, params.MinPhaseDuration, params.MaxPhaseDuration)
		}
	}
	if msg.Rounds > params.MaxRounds {
		return 0, types.ErrInvalidAlliance.Wrapf("rounds %d: at most %d (params.max_rounds)", msg.Rounds, params.MaxRounds)
	}
	if msg.MaxParticipants > params.MaxParticipants {
		return 0, types.ErrInvalidAlliance.Wrapf("max_participants %d: at most %d (params.max_participants)", msg.MaxParticipants, params.MaxParticipants)
	}
	if err := k.checkCoin("min_stake", msg.MinStake); err != nil {
		return 0, err
	}
	if msg.MinStake.Amount.LT(params.MinStake) {
		return 0, types.ErrStakeTooLow.Wrapf("min_stake %s is below params.min_stake %s%s", msg.MinStake, params.MinStake, k.denom)
	}
	if err := k.checkCoin("reward_deposit", msg.RewardDeposit); err != nil {
		return 0, err
	}
	if msg.RewardDeposit.Amount.LT(params.MinRewardDeposit) {
		return 0, types.ErrInvalidAmount.Wrapf("reward_deposit %s is below params.min_reward_deposit %s%s", msg.RewardDeposit, params.MinRewardDeposit, k.denom)
	}
	ratio, err := types.ParseRatio(msg.ProposerRatio)
	if err != nil {
		return 0, err
	}
	initial, err := types.DecodeHash("initial_model_hash", msg.InitialModelHash)
	if err != nil {
		return 0, err
	}
	start := msg.StartTime.UTC()
	if start.Before(now) {
		start = now
	}
	if start.After(now.Add(params.MaxStartDelay)) {
		return 0, types.ErrInvalidAlliance.Wrapf("start_time %s is more than params.max_start_delay %s after now (%s)", start.Format(time.RFC3339), params.MaxStartDelay, now.Format(time.RFC3339))
	}
	if err := k.escrow(ctx, creator, msg.RewardDeposit.Amount); err != nil {
		return 0, err
	}
	id, err := k.NextAllianceID.Next(ctx)
	if err != nil {
		return 0, err
	}
	id++ // alliances are numbered from 1
	a := types.Alliance{
		Id: id, Creator: k.str(creator), Title: msg.Title, ModelSpecUri: msg.ModelSpecUri,
		InitialModelHash: types.HashHex(initial), Rounds: msg.Rounds,
		MinParticipants: msg.MinParticipants, MaxParticipants: msg.MaxParticipants, MinStake: msg.MinStake.Amount,
		StartTime: start, FillDeadline: start.Add(params.FillWindow),
		UpdateCommitDuration: msg.UpdateCommitDuration, UpdateRevealDuration: msg.UpdateRevealDuration,
		VoteCommitDuration: msg.VoteCommitDuration, VoteRevealDuration: msg.VoteRevealDuration,
		ClosingDuration: types.ClosingDuration(msg.ClosingDuration, msg.VoteRevealDuration),
		ProposerRatio:   ratio, Status: types.ALLIANCE_STATUS_PENDING, PhaseEnd: start,
		TotalStake: math.ZeroInt(), IdleStake: math.ZeroInt(), Deposit: msg.RewardDeposit.Amount, Pool: msg.RewardDeposit.Amount,
		Emission: math.ZeroInt(), Paid: math.ZeroInt(), Slashed: math.ZeroInt(),
		GlobalModelHash: types.HashHex(initial), Created: now, EpochStakeSeconds: math.ZeroInt(),
	}
	if err := k.Alliances.Set(ctx, id, a); err != nil {
		return 0, err
	}
	if err := k.Deadlines.Set(ctx, collections.Join(start, id)); err != nil {
		return 0, err
	}
	return id, events(ctx).EmitTypedEvent(&types.EventAllianceCreated{AllianceId: id, Creator: a.Creator, Deposit: a.Deposit, StartTime: &start})
}

// JoinAlliance escrows a participant's stake in a pending alliance. The participant that
// brings the count to min_participants after the start time makes the alliance start at
// the end of this block.
func (k Keeper) JoinAlliance(ctx context.Context, who sdk.AccAddress, id uint64, stake sdk.Coin) error {
	a, err := k.GetAlliance(ctx, id)
	if err != nil {
		return err
	}
	if a.Status != types.ALLIANCE_STATUS_PENDING {
		return types.ErrWrongPhase.Wrapf("alliance %d is %s: joining is open only while it is pending", id, a.Status)
	}
	has, err := k.Participants.Has(ctx, collections.Join(id, who))
	if err != nil {
		return err
	}
	if has {
		return types.ErrAlreadyJoined.Wrapf("%s has already joined alliance %d", k.str(who), id)
	}
	if a.Participants >= a.MaxParticipants {
		return types.ErrAllianceFull.Wrapf("alliance %d has its %d participants", id, a.MaxParticipants)
	}
	if err := k.checkCoin("stake", stake); err != nil {
		return err
	}
	if stake.Amount.LT(a.MinStake) {
		return types.ErrStakeTooLow.Wrapf("stake %s is below alliance %d's min_stake %s%s", stake, id, a.MinStake, k.denom)
	}
	if err := k.escrow(ctx, who, stake.Amount); err != nil {
		return err
	}
	p := types.Participant{
		AllianceId: id, Address: k.str(who), Index: a.NextIndex, Stake: stake.Amount, JoinedStake: stake.Amount,
		Rewarded: math.ZeroInt(), Slashed: math.ZeroInt(),
	}
	if err := k.Participants.Set(ctx, collections.Join(id, who), p); err != nil {
		return err
	}
	a.NextIndex++
	a.Participants++
	a.TotalStake = a.TotalStake.Add(stake.Amount)
	now := blockTime(ctx)
	if a.Participants >= a.MinParticipants && !now.Before(a.StartTime) && a.PhaseEnd.After(now) {
		// waiting for participants until the fill deadline: start at the end of this block
		if err := k.reschedule(ctx, id, a.PhaseEnd, now); err != nil {
			return err
		}
		a.PhaseEnd = now
	}
	if err := k.Alliances.Set(ctx, id, a); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventJoined{AllianceId: id, Participant: p.Address, Stake: p.Stake})
}

// LeaveAlliance returns a participant's stake before the alliance starts; the last
// participant takes the leaver's index, so indexes stay 0..n−1.
func (k Keeper) LeaveAlliance(ctx context.Context, who sdk.AccAddress, id uint64) error {
	a, err := k.GetAlliance(ctx, id)
	if err != nil {
		return err
	}
	if a.Status != types.ALLIANCE_STATUS_PENDING {
		return types.ErrWrongPhase.Wrapf("alliance %d is %s: leaving is possible only before it starts", id, a.Status)
	}
	p, err := k.GetParticipant(ctx, id, who)
	if err != nil {
		return err
	}
	if err := k.Participants.Remove(ctx, collections.Join(id, who)); err != nil {
		return err
	}
	last := a.NextIndex - 1
	if p.Index != last {
		key, err := k.Participants.Indexes.Index.MatchExact(ctx, collections.Join(id, last))
		if err != nil {
			return err
		}
		moved, err := k.Participants.Get(ctx, key)
		if err != nil {
			return err
		}
		moved.Index = p.Index
		if err := k.Participants.Set(ctx, key, moved); err != nil {
			return err
		}
	}
	a.NextIndex--
	a.Participants--
	a.TotalStake = a.TotalStake.Sub(p.Stake)
	if err := k.send(ctx, who, p.Stake); err != nil {
		return err
	}
	if err := k.Alliances.Set(ctx, id, a); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventLeft{AllianceId: id, Participant: p.Address, Stake: p.Stake})
}

// setAlliance stores an alliance and moves its deadline to at.
func (k Keeper) setAlliance(ctx context.Context, a *types.Alliance, at time.Time) error {
	if err := k.reschedule(ctx, a.Id, a.PhaseEnd, at); err != nil {
		return err
	}
	a.PhaseEnd = at
	return k.Alliances.Set(ctx, a.Id, *a)
}

// onPendingDeadline starts a pending alliance that has enough participants, cancels one past
// its fill deadline, and otherwise waits for the fill deadline (a join that fills it moves
// the deadline to its block). A started alliance first numbers its participants in address
// order (the NUMBER step, with the block's settlement budget), then opens round 1.
func (k Keeper) onPendingDeadline(ctx context.Context, a *types.Alliance, budget *uint32) error {
	now := blockTime(ctx)
	switch {
	case a.Participants >= a.MinParticipants:
		a.Status = types.ALLIANCE_STATUS_RUNNING
		a.Phase = types.PHASE_STARTING
		a.Started = &now
		a.StakeSince = now.Unix()
		if err := events(ctx).EmitTypedEvent(&types.EventAllianceStarted{AllianceId: a.Id, Participants: a.Participants, TotalStake: a.TotalStake}); err != nil {
			return err
		}
		if err := k.Settlements.Set(ctx, a.Id, newSettlement(a.Id, 0, types.SETTLE_STEP_NUMBER)); err != nil {
			return err
		}
		return k.settle(ctx, a, budget)
	case !now.Before(a.FillDeadline):
		a.Status = types.ALLIANCE_STATUS_CANCELLED
		a.Phase = types.PHASE_RETURNING
		if err := k.Settlements.Set(ctx, a.Id, newSettlement(a.Id, 0, types.SETTLE_STEP_RETURN)); err != nil {
			return err
		}
		if err := events(ctx).EmitTypedEvent(&types.EventAllianceCancelled{AllianceId: a.Id, Participants: a.Participants, Refunded: a.TotalStake.Add(a.Pool)}); err != nil {
			return err
		}
		return k.setAlliance(ctx, a, now)
	default:
		return k.setAlliance(ctx, a, a.FillDeadline)
	}
}

// beginRound draws round r's roles from the block's app hash and opens its update commit phase.
func (k Keeper) beginRound(ctx context.Context, a *types.Alliance, r uint32) error {
	now := blockTime(ctx)
	seed := types.Seed(sdk.UnwrapSDKContext(ctx).BlockHeader().AppHash, a.Id, r)
	roles := types.NewRoles(seed, a.Participants, a.ProposerRatio)
	commitEnd := now.Add(a.UpdateCommitDuration)
	revealEnd := commitEnd.Add(a.UpdateRevealDuration)
	voteCommitEnd := revealEnd.Add(a.VoteCommitDuration)
	round := types.Round{
		AllianceId: a.Id, Round: r, Seed: seed, Proposers: roles.Proposers, Voters: roles.Voters(),
		UpdateCommitEnd: commitEnd, UpdateRevealEnd: revealEnd, VoteCommitEnd: voteCommitEnd,
		VoteRevealEnd: voteCommitEnd.Add(a.VoteRevealDuration),
		Reward:        math.ZeroInt(), ProposerReward: math.ZeroInt(), VoterReward: math.ZeroInt(),
		Paid: math.ZeroInt(), Slashed: math.ZeroInt(), ModelStake: math.ZeroInt(), ReportedStake: math.ZeroInt(),
		Revealed: types.NewBitmap(a.Participants),
	}
	if err := k.Rounds.Set(ctx, collections.Join(a.Id, r), round); err != nil {
		return err
	}
	a.Round = r
	a.Phase = types.PHASE_UPDATE_COMMIT
	if err := k.setAlliance(ctx, a, commitEnd); err != nil {
		return err
	}
	if err := events(ctx).EmitTypedEvent(&types.EventRoundStarted{
		AllianceId: a.Id, Round: r, Proposers: round.Proposers, Voters: round.Voters, GlobalModelHash: a.GlobalModelHash,
	}); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventPhaseStarted{AllianceId: a.Id, Round: r, Phase: a.Phase, Ends: &commitEnd})
}

// enterPhase moves a running alliance to a phase ending at end.
func (k Keeper) enterPhase(ctx context.Context, a *types.Alliance, phase types.Phase, end time.Time) error {
	a.Phase = phase
	if err := k.setAlliance(ctx, a, end); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventPhaseStarted{AllianceId: a.Id, Round: a.Round, Phase: phase, Ends: &end})
}

// roles of a round: recomputed from its seed (O(n), no store read).
func (k Keeper) roles(a types.Alliance, round types.Round) types.Roles {
	return types.NewRoles(round.Seed, a.Participants, a.ProposerRatio)
}

// currentRound checks that an alliance is running the given round in the given phase and
// loads the round.
func (k Keeper) currentRound(ctx context.Context, a types.Alliance, round uint32, phase types.Phase) (types.Round, error) {
	if a.Status != types.ALLIANCE_STATUS_RUNNING {
		return types.Round{}, types.ErrAllianceNotActive.Wrapf("alliance %d is %s", a.Id, a.Status)
	}
	if round != a.Round {
		return types.Round{}, types.ErrWrongRound.Wrapf("round %d: alliance %d is in round %d", round, a.Id, a.Round)
	}
	if a.Phase != phase {
		return types.Round{}, types.ErrWrongPhase.Wrapf("alliance %d round %d is in %s, not %s", a.Id, a.Round, a.Phase, phase)
	}
	if !blockTime(ctx).Before(a.PhaseEnd) {
		return types.Round{}, types.ErrWrongPhase.Wrapf("alliance %d's %s ended at %s", a.Id, phase, a.PhaseEnd.Format(time.RFC3339))
	}
	return k.GetRound(ctx, a.Id, round)
}

func newSettlement(id uint64, round uint32, step types.SettleStep) types.Settlement {
	return types.Settlement{
		AllianceId: id, Round: round, Step: step,
		AcceptedStake: math.ZeroInt(), VoterWeight: math.ZeroInt(), ModelBestStake: math.ZeroInt(), Reported: math.ZeroInt(),
		Paid: math.ZeroInt(), Slashed: math.ZeroInt(), Returned: math.ZeroInt(),
	}
}

// notFound tells a missing record apart from a failing store.
func notFound(err error) bool { return errors.Is(err, collections.ErrNotFound) }
