package keeper_test

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/alliance/types"
)

// TestRoundRefusals walks a round with half the participants proposing and tries every
// message out of turn, out of role or malformed against the state.
func TestRoundRefusals(t *testing.T) {
	names := []string{"a", "b", "c", "d"}
	h := newHarness(t, append([]string{"creator", "outsider"}, names...), nil)
	id := h.create(createMsg("creator", 2, "0.5"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0)
	proposers, voters := h.roles(id, names)
	require.Len(t, proposers, 2)
	require.Len(t, voters, 2)
	p1, p2, v1, v2 := proposers[0], proposers[1], voters[0], voters[1]
	base := hashOf("model-0")

	// update commit phase
	err := h.commitUpdate(id, 1, v1, base)
	require.ErrorIs(t, err, types.ErrNotProposer)
	require.ErrorContains(t, err, acc(v1)+" is a voter in alliance 1 round 1")
	require.ErrorIs(t, h.commitUpdate(id, 2, p1, base), types.ErrWrongRound)
	require.ErrorIs(t, h.commitUpdate(id, 1, "outsider", base), types.ErrNotParticipant)
	require.ErrorIs(t, h.submitUpdate(id, 1, p1, base), types.ErrWrongPhase, "no reveal during the commit phase")
	require.ErrorIs(t, h.commitVote(id, 1, v1, base, verdicts(map[string]bool{p1: true}, names)), types.ErrWrongPhase)
	_, err = h.ms.ReportModel(h.ctx(), &types.MsgReportModel{Participant: acc(p1), AllianceId: id, ModelHash: hexOf("m")})
	require.ErrorIs(t, err, types.ErrWrongPhase)
	require.NoError(t, h.commitUpdate(id, 1, p1, hashOf("wrong base"))) // replaced below
	require.NoError(t, h.commitUpdate(id, 1, p1, base))
	require.NoError(t, h.commitUpdate(id, 1, p2, base))
	require.Equal(t, uint32(2), h.round(id, 1).UpdateCommits, "a replacement is not a second commitment")
	h.advance(phase)

	// update reveal phase
	require.ErrorIs(t, h.commitUpdate(id, 1, p1, base), types.ErrWrongPhase)
	err = h.submitUpdate(id, 1, p1, hashOf("wrong base"))
	require.ErrorIs(t, err, types.ErrCommitmentMismatch, "the replaced commitment no longer counts")
	require.ErrorContains(t, err, "committed")
	require.ErrorIs(t, h.submitUpdate(id, 1, v1, base), types.ErrNotProposer)
	require.NoError(t, h.submitUpdate(id, 1, p1, base))
	require.ErrorIs(t, h.submitUpdate(id, 1, p1, base), types.ErrAlreadyRevealed)
	// p2 reveals p1's update: even with a matching commitment it is a duplicate
	s, _ := hex.DecodeString(salt)
	_ = s
	dup := &types.MsgSubmitUpdate{Proposer: acc(p2), AllianceId: id, Round: 1, UpdateUri: "u", UpdateHash: hex.EncodeToString(updateOf(p1, 1)),
		NumSamples: 100, BaseModelHash: hex.EncodeToString(base), Salt: salt}
	_, err = h.ms.SubmitUpdate(h.ctx(), dup)
	require.ErrorIs(t, err, types.ErrCommitmentMismatch, "p2 committed to its own update, not p1's")
	bad := *dup
	bad.NumSamples = 0
	_, err = h.ms.SubmitUpdate(h.ctx(), &bad)
	require.ErrorIs(t, err, types.ErrInvalidNumSamples)
	// p2 never reveals: absent
	h.advance(phase)

	// vote commit phase: one update (p1's) to judge
	judge := map[string]bool{p1: true}
	require.ErrorIs(t, h.commitVote(id, 1, p1, base, verdicts(judge, names)), types.ErrNotVoter)
	require.NoError(t, h.commitVote(id, 1, v1, base, verdicts(judge, names)))
	require.NoError(t, h.commitVote(id, 1, v2, base, verdicts(map[string]bool{p1: false}, names)))
	require.Equal(t, uint32(2), h.round(id, 1).VoteCommits)
	h.advance(phase)

	// vote reveal phase
	err = h.revealVote(id, 1, v1, base, verdicts(map[string]bool{p1: true, p2: true}, names))
	require.ErrorIs(t, err, types.ErrUnknownUpdate, "p2 revealed nothing")
	require.ErrorContains(t, err, acc(p2)+" revealed no update")
	err = h.revealVote(id, 1, v1, base, verdicts(map[string]bool{p1: true, "outsider": true}, append(names, "outsider")))
	require.ErrorIs(t, err, types.ErrUnknownUpdate)
	require.ErrorContains(t, err, "not a participant")
	err = h.revealVote(id, 1, v1, base, verdicts(map[string]bool{p1: false}, names))
	require.ErrorIs(t, err, types.ErrCommitmentMismatch, "another verdict than committed")
	_, err = h.ms.RevealVote(h.ctx(), &types.MsgRevealVote{Voter: acc(v1), AllianceId: id, Round: 1, Salt: salt, BaseModelHash: hex.EncodeToString(base),
		Verdicts: []types.VerdictEntry{{Proposer: acc(p1), Verdict: 1, Metric: "0.1234567891"}}})
	require.ErrorIs(t, err, types.ErrInvalidVerdict, "more decimals than metric_decimals")
	require.ErrorIs(t, h.revealVote(id, 1, p1, base, verdicts(judge, names)), types.ErrNotVoter)
	require.NoError(t, h.revealVote(id, 1, v1, base, verdicts(judge, names)))
	require.ErrorIs(t, h.revealVote(id, 1, v1, base, verdicts(judge, names)), types.ErrAlreadyRevealed)
	// v2 does not reveal: absent
	h.advance(phase)
	h.advance(0)

	// v1 alone judged p1's update: accepted; p2 absent proposer, v2 absent voter
	require.Equal(t, types.UPDATE_STATUS_ACCEPTED, h.update(id, 1, p1).Status)
	require.Equal(t, types.UPDATE_STATUS_UNREVEALED, h.update(id, 1, p2).Status)
	require.Equal(t, flock(5), h.participant(id, p2).Slashed)
	require.Equal(t, flock(5), h.participant(id, v2).Slashed)
	require.True(t, h.participant(id, v1).Slashed.IsZero())
	// R = 1000/2 = 500: p1 takes the proposers' 250, v1 the voters' 250
	require.Equal(t, flock(250), h.claimable(p1))
	require.Equal(t, flock(250), h.claimable(v1))
	require.Equal(t, flock(510), h.alliance(id).Pool, "1000 − 500 paid + 10 slashed")
}

// TestOwnUpdateAndMissingVerdicts: with everyone proposing, a voter judges every update but
// its own, no more, no less.
func TestOwnUpdateAndMissingVerdicts(t *testing.T) {
	names := []string{"a", "b", "c"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	id := h.create(createMsg("creator", 1, "1"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0)
	base := hashOf("model-0")
	for _, n := range names {
		require.NoError(t, h.commitUpdate(id, 1, n, base))
	}
	h.advance(phase)
	for _, n := range names {
		require.NoError(t, h.submitUpdate(id, 1, n, base))
	}
	h.advance(phase)
	own := map[string]bool{"a": true, "b": true, "c": true}
	short := map[string]bool{"b": true}
	right := map[string]bool{"b": true, "c": true}
	require.NoError(t, h.commitVote(id, 1, "a", base, verdicts(own, names)))
	h.advance(phase)
	err := h.revealVote(id, 1, "a", base, verdicts(own, names))
	require.ErrorIs(t, err, types.ErrInvalidVerdict)
	require.ErrorContains(t, err, "judges its own update")
	err = h.revealVote(id, 1, "a", base, verdicts(short, names))
	require.ErrorIs(t, err, types.ErrMissingVerdict)
	require.ErrorContains(t, err, "1 verdicts: alliance 1 round 1 has 2 updates")
	err = h.revealVote(id, 1, "a", base, verdicts(right, names))
	require.ErrorIs(t, err, types.ErrCommitmentMismatch, "a committed to its own-update list")
}
