package keeper

import (
	"context"
	"encoding/hex"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// InitGenesis writes the genesis state and refuses it when the escrow account does not hold
// exactly what the records say.
func (k Keeper) InitGenesis(ctx context.Context, gs *types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	k.auth.GetModuleAccount(ctx, types.ModuleName)
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	if err := k.NextTaskID.Set(ctx, gs.NextTaskId-1); err != nil {
		return err
	}
	for _, t := range gs.Tasks {
		if err := k.Tasks.Set(ctx, t.Id, t); err != nil {
			return err
		}
		switch t.Status {
		case types.TASK_STATUS_OPEN:
			err := k.Deadlines.Set(ctx, collections.Join(t.OpenDeadline, t.Id))
			if err != nil {
				return err
			}
		case types.TASK_STATUS_VALIDATION:
			if t.RevealEnd == nil {
				return types.ErrInvalidGenesis.Wrapf("task %d is in validation with no reveal end", t.Id)
			}
			if err := k.Deadlines.Set(ctx, collections.Join(*t.RevealEnd, t.Id)); err != nil {
				return err
			}
		case types.TASK_STATUS_FINALIZED, types.TASK_STATUS_CANCELLED:
			if t.Ended == nil { // ended before tasks recorded when: kept
				continue
			}
			if err := k.Deadlines.Set(ctx, collections.Join(t.Ended.Add(gs.Params.Retention), t.Id)); err != nil {
				return err
			}
		}
	}
	for _, p := range gs.Participants {
		a, err := k.bytesOf("participant", p.Address)
		if err != nil {
			return err
		}
		if err := k.Participants.Set(ctx, collections.Join(p.TaskId, a), p); err != nil {
			return err
		}
	}
	for _, d := range gs.Delegations {
		p, err := k.bytesOf("participant", d.Participant)
		if err != nil {
			return err
		}
		del, err := k.bytesOf("delegator", d.Delegator)
		if err != nil {
			return err
		}
		if err := k.Delegations.Set(ctx, collections.Join3(d.TaskId, p, del), d.Amount); err != nil {
			return err
		}
	}
	for _, s := range gs.Submissions {
		a, err := k.bytesOf("trainer", s.Trainer)
		if err != nil {
			return err
		}
		if err := k.Submissions.Set(ctx, collections.Join(s.TaskId, a), s); err != nil {
			return err
		}
		if err := k.SubmissionByID.Set(ctx, collections.Join(s.TaskId, s.Id), s.Trainer); err != nil {
			return err
		}
		if scorable(s) { // ModelHashes is derived: the hash's earliest revealed commitment
			h, err := hex.DecodeString(s.ModelHash)
			if err != nil {
				return types.ErrInvalidGenesis.Wrapf("model hash of submission %d of task %d: %v", s.Id, s.TaskId, err)
			}
			if err := k.ModelHashes.Set(ctx, collections.Join(s.TaskId, h), s.Id); err != nil {
				return err
			}
		}
	}
	for _, as := range gs.Assignments {
		v, err := k.bytesOf("validator", as.Validator)
		if err != nil {
			return err
		}
		if err := k.Assignments.Set(ctx, collections.Join3(as.TaskId, v, as.SubmissionId)); err != nil {
			return err
		}
	}
	for _, c := range gs.Commitments {
		v, err := k.bytesOf("validator", c.Validator)
		if err != nil {
			return err
		}
		bz, err := hex.DecodeString(c.Commitment)
		if err != nil {
			return types.ErrInvalidGenesis.Wrapf("commitment of %s: %v", c.Validator, err)
		}
		if err := k.Commitments.Set(ctx, collections.Join(c.TaskId, v), bz); err != nil {
			return err
		}
		if c.Revealed {
			if err := k.Revealed.Set(ctx, collections.Join(c.TaskId, v)); err != nil {
				return err
			}
		}
	}
	for _, s := range gs.Scores {
		v, err := k.bytesOf("validator", s.Validator)
		if err != nil {
			return err
		}
		score, err := math.LegacyNewDecFromStr(s.Score)
		if err != nil {
			return types.ErrInvalidGenesis.Wrapf("score of %s: %v", s.Validator, err)
		}
		if err := k.Scores.Set(ctx, collections.Join3(s.TaskId, s.SubmissionId, v), score); err != nil {
			return err
		}
	}
	position := map[uint64]uint64{} // leaderboard position per task, in export order
	for _, r := range gs.SubmissionResults {
		position[r.TaskId]++
		if err := k.SubmissionResults.Set(ctx, collections.Join(r.TaskId, position[r.TaskId]), r.Result); err != nil {
			return err
		}
	}
	for _, r := range gs.ParticipantResults {
		a, err := k.bytesOf("participant", r.Result.Address)
		if err != nil {
			return err
		}
		if err := k.ParticipantResults.Set(ctx, collections.Join(r.TaskId, a), r.Result); err != nil {
			return err
		}
	}
	for _, st := range gs.Settlements {
		t, err := k.GetTask(ctx, st.TaskId)
		if err != nil {
			return err
		}
		if t.Status != types.TASK_STATUS_SETTLING {
			return types.ErrInvalidGenesis.Wrapf("settlement of task %d, which is %s", t.Id, t.Status)
		}
		if err := k.Settlements.Set(ctx, st.TaskId, st); err != nil {
			return err
		}
	}
	for _, tl := range gs.Tallies {
		v, err := k.bytesOf("validator", tl.Validator)
		if err != nil {
			return err
		}
		if err := k.Tallies.Set(ctx, collections.Join(tl.TaskId, v), tl.Tally); err != nil {
			return err
		}
	}
	for _, r := range gs.Ranking {
		if err := k.importRanked(ctx, r); err != nil {
			return err
		}
	}
	return k.CheckBalance(ctx)
}

// importRanked files a settling task's submission under its leaderboard key again.
func (k Keeper) importRanked(ctx context.Context, r types.GenesisRanked) error {
	t, err := k.GetTask(ctx, r.TaskId)
	if err != nil {
		return err
	}
	trainer, err := k.SubmissionByID.Get(ctx, collections.Join(r.TaskId, r.Submission.SubmissionId))
	if err != nil {
		return types.ErrInvalidGenesis.Wrapf("ranked submission %d of task %d: %v", r.Submission.SubmissionId, r.TaskId, err)
	}
	a, err := k.bytesOf("trainer", trainer)
	if err != nil {
		return err
	}
	sub, err := k.Submissions.Get(ctx, collections.Join(r.TaskId, a))
	if err != nil {
		return err
	}
	return k.Ranking.Set(ctx, collections.Join(r.TaskId, types.RankKey(r.Submission, t.LowerIsBetter, sub.Submitted)), r.Submission)
}

// ExportGenesis reads the whole state back.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	next, err := k.NextTaskID.Peek(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: params, NextTaskId: next + 1}
	str := k.str
	err = k.Tasks.Walk(ctx, nil, func(_ uint64, t types.Task) (bool, error) { gs.Tasks = append(gs.Tasks, t); return false, nil })
	if err == nil {
		err = k.Participants.Walk(ctx, nil, func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			gs.Participants = append(gs.Participants, p)
			return false, nil
		})
	}
	if err == nil {
		err = k.Delegations.Walk(ctx, nil, func(key collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], a math.Int) (bool, error) {
			gs.Delegations = append(gs.Delegations, types.Delegation{TaskId: key.K1(), Participant: str(key.K2()), Delegator: str(key.K3()), Amount: a})
			return false, nil
		})
	}
	if err == nil {
		err = k.Submissions.Walk(ctx, nil, func(_ collections.Pair[uint64, sdk.AccAddress], s types.Submission) (bool, error) {
			gs.Submissions = append(gs.Submissions, s)
			return false, nil
		})
	}
	if err == nil {
		err = k.Assignments.Walk(ctx, nil, func(key collections.Triple[uint64, sdk.AccAddress, uint64]) (bool, error) {
			gs.Assignments = append(gs.Assignments, types.GenesisAssignment{TaskId: key.K1(), Validator: str(key.K2()), SubmissionId: key.K3()})
			return false, nil
		})
	}
	if err == nil {
		err = k.Commitments.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.AccAddress], c []byte) (bool, error) {
			revealed, err := k.Revealed.Has(ctx, key)
			gs.Commitments = append(gs.Commitments, types.GenesisCommitment{
				TaskId: key.K1(), Validator: str(key.K2()), Commitment: hex.EncodeToString(c), Revealed: revealed,
			})
			return false, err
		})
	}
	if err == nil {
		err = k.Scores.Walk(ctx, nil, func(key collections.Triple[uint64, uint64, sdk.AccAddress], s math.LegacyDec) (bool, error) {
			gs.Scores = append(gs.Scores, types.GenesisScore{TaskId: key.K1(), SubmissionId: key.K2(), Validator: str(key.K3()), Score: s.String()})
			return false, nil
		})
	}
	if err == nil {
		err = k.SubmissionResults.Walk(ctx, nil, func(key collections.Pair[uint64, uint64], r types.SubmissionResult) (bool, error) {
			gs.SubmissionResults = append(gs.SubmissionResults, types.GenesisSubmissionResult{TaskId: key.K1(), Result: r})
			return false, nil
		})
	}
	if err == nil {
		err = k.ParticipantResults.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.AccAddress], r types.ParticipantResult) (bool, error) {
			gs.ParticipantResults = append(gs.ParticipantResults, types.GenesisParticipantResult{TaskId: key.K1(), Result: r})
			return false, nil
		})
	}
	if err == nil {
		err = k.Settlements.Walk(ctx, nil, func(_ uint64, st types.Settlement) (bool, error) {
			gs.Settlements = append(gs.Settlements, st)
			return false, nil
		})
	}
	if err == nil {
		err = k.Tallies.Walk(ctx, nil, func(key collections.Pair[uint64, sdk.AccAddress], tl types.ValidatorTally) (bool, error) {
			gs.Tallies = append(gs.Tallies, types.GenesisTally{TaskId: key.K1(), Validator: str(key.K2()), Tally: tl})
			return false, nil
		})
	}
	if err == nil {
		err = k.Ranking.Walk(ctx, nil, func(key collections.Pair[uint64, []byte], r types.RankedSubmission) (bool, error) {
			gs.Ranking = append(gs.Ranking, types.GenesisRanked{TaskId: key.K1(), Submission: r})
			return false, nil
		})
	}
	return gs, err
}
