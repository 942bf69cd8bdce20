package keeper

import (
	"bytes"
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// proposerIn loads alliance id, its current round (which must be round, in phase) and
// who's participation, refusing who unless it is a proposer of that round.
func (k Keeper) proposerIn(ctx context.Context, who sdk.AccAddress, id uint64, round uint32, phase types.Phase) (types.Alliance, types.Round, types.Participant, error) {
	a, err := k.GetAlliance(ctx, id)
	if err != nil {
		return a, types.Round{}, types.Participant{}, err
	}
	r, err := k.currentRound(ctx, a, round, phase)
	if err != nil {
		return a, r, types.Participant{}, err
	}
	p, err := k.GetParticipant(ctx, id, who)
	if err != nil {
		return a, r, p, err
	}
	if !k.roles(a, r).IsProposer(p.Index) {
		return a, r, p, types.ErrNotProposer.Wrapf("%s is a voter in alliance %d round %d, not a proposer", p.Address, id, round)
	}
	return a, r, p, nil
}

// CommitUpdate records (or replaces) a proposer's commitment to its update of the current
// round, during the update commit phase. Nobody has seen any update yet, so nobody can
// commit to another's: that is what stops a proposer from free-riding on a resubmission.
func (k Keeper) CommitUpdate(ctx context.Context, who sdk.AccAddress, id uint64, round uint32, commitment []byte) error {
	_, r, p, err := k.proposerIn(ctx, who, id, round, types.PHASE_UPDATE_COMMIT)
	if err != nil {
		return err
	}
	key := collections.Join3(id, round, who)
	u, err := k.Updates.Get(ctx, key)
	switch {
	case notFound(err):
		u = types.Update{
			AllianceId: id, Round: round, Proposer: p.Address, ProposerIndex: p.Index,
			StakeFor: math.ZeroInt(), StakeAgainst: math.ZeroInt(),
		}
		r.UpdateCommits++
		if err := k.Rounds.Set(ctx, collections.Join(id, round), r); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	u.Commitment = types.HashHex(commitment)
	u.Status = types.UPDATE_STATUS_COMMITTED
	if err := k.Updates.Set(ctx, key, u); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventUpdateCommitted{AllianceId: id, Round: round, Proposer: p.Address})
}

// SubmitUpdate reveals a proposer's committed update during the update reveal phase and
// counts its base_model_hash as the proposer's report of the current global model. An
// update hash another proposer already revealed this round is refused: both committed to
// it before anyone could see it, so they share it by agreement, and it counts once.
func (k Keeper) SubmitUpdate(ctx context.Context, who sdk.AccAddress, msg *types.MsgSubmitUpdate) error {
	rev, err := types.ParseUpdateReveal(msg)
	if err != nil {
		return err
	}
	id, round := msg.AllianceId, msg.Round
	a, r, p, err := k.proposerIn(ctx, who, id, round, types.PHASE_UPDATE_REVEAL)
	if err != nil {
		return err
	}
	key := collections.Join3(id, round, who)
	u, err := k.Updates.Get(ctx, key)
	switch {
	case notFound(err):
		return types.ErrNoCommitment.Wrapf("%s committed no update in alliance %d round %d", p.Address, id, round)
	case err != nil:
		return err
	}
	if u.Status != types.UPDATE_STATUS_COMMITTED {
		return types.ErrAlreadyRevealed.Wrapf("%s has already revealed its update of alliance %d round %d", p.Address, id, round)
	}
	want := types.UpdateCommitment(id, round, p.Address, rev.Hash, rev.NumSamples, rev.BaseModel, rev.Salt)
	if types.HashHex(want) != u.Commitment {
		return types.ErrCommitmentMismatch.Wrapf("update %s with num_samples %d, base model %s and this salt hash to %x, but %s committed %s",
			types.HashHex(rev.Hash), rev.NumSamples, types.HashHex(rev.BaseModel), want, p.Address, u.Commitment)
	}
	if other, found, err := k.revealedBy(ctx, id, round, rev.Hash); err != nil {
		return err
	} else if found {
		return types.ErrDuplicateUpdate.Wrapf("update %s was already revealed by %s in alliance %d round %d", types.HashHex(rev.Hash), k.str(other), id, round)
	}
	u.UpdateUri, u.UpdateHash, u.NumSamples, u.BaseModelHash = rev.URI, types.HashHex(rev.Hash), rev.NumSamples, types.HashHex(rev.BaseModel)
	u.Status = types.UPDATE_STATUS_REVEALED
	if err := k.Updates.Set(ctx, key, u); err != nil {
		return err
	}
	r.Updates++
	types.SetBit(r.Revealed, p.Index)
	if err := k.Rounds.Set(ctx, collections.Join(id, round), r); err != nil {
		return err
	}
	if _, err := k.report(ctx, id, round, who, p.Stake, rev.BaseModel); err != nil {
		return err
	}
	if err := k.working(ctx, &a, who, &p); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventUpdateSubmitted{
		AllianceId: id, Round: round, Proposer: p.Address, UpdateUri: u.UpdateUri, UpdateHash: u.UpdateHash,
		NumSamples: u.NumSamples, BaseModelHash: u.BaseModelHash,
	})
}

// report adds a participant's stake to the hash it reports for a round's base model (round
// rounds+1: the final model), once per participant and round; false if it had reported.
func (k Keeper) report(ctx context.Context, id uint64, round uint32, who sdk.AccAddress, stake math.Int, hash []byte) (bool, error) {
	rk := collections.Join3(id, round, who)
	done, err := k.Reporters.Has(ctx, rk)
	if err != nil || done {
		return false, err
	}
	if err := k.Reporters.Set(ctx, rk); err != nil {
		return false, err
	}
	key := collections.Join3(id, round, bytes.Clone(hash))
	sum, err := k.ModelReports.Get(ctx, key)
	switch {
	case notFound(err):
		sum = math.ZeroInt()
	case err != nil:
		return false, err
	}
	return true, k.ModelReports.Set(ctx, key, sum.Add(stake))
}

// ReportModel reports the final global model's hash during the closing phase (after the
// last round): the reports decide the alliance's final model hash.
func (k Keeper) ReportModel(ctx context.Context, who sdk.AccAddress, id uint64, hash []byte) error {
	a, err := k.GetAlliance(ctx, id)
	if err != nil {
		return err
	}
	if a.Status != types.ALLIANCE_STATUS_RUNNING || a.Phase != types.PHASE_CLOSING || !blockTime(ctx).Before(a.PhaseEnd) {
		return types.ErrWrongPhase.Wrapf("alliance %d is %s in %s: the final model is reported while it is closing", id, a.Status, a.Phase)
	}
	p, err := k.GetParticipant(ctx, id, who)
	if err != nil {
		return err
	}
	ok, err := k.report(ctx, id, a.Rounds+1, who, p.Stake, hash)
	if err != nil {
		return err
	}
	if !ok {
		return types.ErrAlreadyReported.Wrapf("%s has already reported alliance %d's final model", p.Address, id)
	}
	if err := k.working(ctx, &a, who, &p); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventModelReported{AllianceId: id, Participant: p.Address, ModelHash: types.HashHex(hash)})
}

// revealedBy finds the proposer that revealed an update hash in a round, through the hash index.
func (k Keeper) revealedBy(ctx context.Context, id uint64, round uint32, hash []byte) (sdk.AccAddress, bool, error) {
	iter, err := k.Updates.Indexes.Hash.MatchExact(ctx, collections.Join3(id, round, hash))
	if err != nil {
		return nil, false, err
	}
	defer iter.Close()
	if !iter.Valid() {
		return nil, false, nil
	}
	key, err := iter.PrimaryKey()
	if err != nil {
		return nil, false, err
	}
	return key.K3(), true, nil
}
