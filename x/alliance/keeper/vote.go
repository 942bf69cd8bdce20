package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// toJudge is how many updates a participant judges in a round: every revealed update but
// its own (it has one only with proposer_ratio = 1).
func toJudge(r types.Round, p types.Participant) uint32 {
	n := r.Updates
	if types.HasBit(r.Revealed, p.Index) {
		n--
	}
	return n
}

// voterIn loads alliance id, its current round (which must be round, in phase) and who's
// participation, refusing who unless it is a voter of that round with updates to judge.
func (k Keeper) voterIn(ctx context.Context, who sdk.AccAddress, id uint64, round uint32, phase types.Phase) (types.Alliance, types.Round, types.Participant, error) {
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
	if !k.roles(a, r).IsVoter(p.Index) {
		return a, r, p, types.ErrNotVoter.Wrapf("%s is a proposer in alliance %d round %d, not a voter", p.Address, id, round)
	}
	if toJudge(r, p) == 0 {
		return a, r, p, types.ErrWrongPhase.Wrapf("alliance %d round %d has no update for %s to judge", id, round, p.Address)
	}
	return a, r, p, nil
}

// CommitVote records (or replaces) a voter's commitment to its verdicts during the vote
// commit phase. A voter with nothing to judge has nothing to commit.
func (k Keeper) CommitVote(ctx context.Context, who sdk.AccAddress, id uint64, round uint32, commitment []byte) error {
	_, r, p, err := k.voterIn(ctx, who, id, round, types.PHASE_VOTE_COMMIT)
	if err != nil {
		return err
	}
	key := collections.Join3(id, round, who)
	v, err := k.Votes.Get(ctx, key)
	switch {
	case notFound(err):
		v = types.Vote{AllianceId: id, Round: round, Voter: p.Address}
		r.VoteCommits++
		if err := k.Rounds.Set(ctx, collections.Join(id, round), r); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	v.Commitment = types.HashHex(commitment)
	if err := k.Votes.Set(ctx, key, v); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventVoteCommitted{AllianceId: id, Round: round, Voter: p.Address})
}

// RevealVote reveals a voter's committed verdicts during the vote reveal phase: exactly one
// verdict for every update revealed this round but its own. Its base_model_hash counts as
// its report of the current global model (once per participant: a proposer that also votes
// has reported with its update). The verdicts are kept as two bitmaps by proposer index;
// they are added up at settlement (README "Settlement"), so a reveal writes one record
// whatever the number of updates.
func (k Keeper) RevealVote(ctx context.Context, who sdk.AccAddress, msg *types.MsgRevealVote) error {
	id, round := msg.AllianceId, msg.Round
	salt, err := types.DecodeSalt(msg.Salt)
	if err != nil {
		return err
	}
	base, err := types.DecodeHash("base_model_hash", msg.BaseModelHash)
	if err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	verdicts, err := types.ParseVerdicts(msg.Verdicts, params.MetricDecimals)
	if err != nil {
		return err
	}
	a, r, p, err := k.voterIn(ctx, who, id, round, types.PHASE_VOTE_REVEAL)
	if err != nil {
		return err
	}
	key := collections.Join3(id, round, who)
	v, err := k.Votes.Get(ctx, key)
	switch {
	case notFound(err):
		return types.ErrNoCommitment.Wrapf("%s committed no vote in alliance %d round %d", p.Address, id, round)
	case err != nil:
		return err
	}
	if v.Revealed {
		return types.ErrAlreadyRevealed.Wrapf("%s has already revealed its vote of alliance %d round %d", p.Address, id, round)
	}
	judged, accepts := types.NewBitmap(a.Participants), types.NewBitmap(a.Participants)
	for _, vd := range verdicts {
		addr, err := k.bytesOf("proposer", vd.Proposer)
		if err != nil {
			return err
		}
		q, err := k.Participants.Get(ctx, collections.Join(id, addr))
		switch {
		case notFound(err):
			return types.ErrUnknownUpdate.Wrapf("%s is not a participant of alliance %d", vd.Proposer, id)
		case err != nil:
			return err
		}
		if !types.HasBit(r.Revealed, q.Index) {
			return types.ErrUnknownUpdate.Wrapf("%s revealed no update in alliance %d round %d", vd.Proposer, id, round)
		}
		if q.Index == p.Index {
			return types.ErrInvalidVerdict.Wrapf("%s judges its own update: a voter judges only the others'", p.Address)
		}
		types.SetBit(judged, q.Index)
		if vd.Accept {
			types.SetBit(accepts, q.Index)
		}
	}
	if want := toJudge(r, p); uint32(len(verdicts)) != want {
		return types.ErrMissingVerdict.Wrapf("%d verdicts: alliance %d round %d has %d updates for %s to judge", len(verdicts), id, round, want, p.Address)
	}
	commitment := types.VoteCommitment(id, round, p.Address, salt, base, verdicts)
	if types.HashHex(commitment) != v.Commitment {
		return types.ErrCommitmentMismatch.Wrapf("these verdicts, base model %s and salt hash to %x, but %s committed %s", types.HashHex(base), commitment, p.Address, v.Commitment)
	}
	v.Revealed, v.BaseModelHash, v.Judged, v.Accepts, v.Verdicts = true, types.HashHex(base), judged, accepts, uint32(len(verdicts))
	if err := k.Votes.Set(ctx, key, v); err != nil {
		return err
	}
	r.VoteReveals++
	if err := k.Rounds.Set(ctx, collections.Join(id, round), r); err != nil {
		return err
	}
	if _, err := k.report(ctx, id, round, who, p.Stake, base); err != nil {
		return err
	}
	if err := k.working(ctx, &a, who, &p); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventVoteRevealed{
		AllianceId: id, Round: round, Voter: p.Address, BaseModelHash: v.BaseModelHash, Verdicts: msg.Verdicts,
	})
}
