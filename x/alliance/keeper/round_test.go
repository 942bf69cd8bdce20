package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/alliance/types"
)

// TestOneRoundEveryoneProposes runs a one-round alliance with proposer_ratio = 1 to the
// end: everyone proposes and judges the others; one update is rejected.
func TestOneRoundEveryoneProposes(t *testing.T) {
	names := []string{"alice", "bob", "carol"}
	h := newHarness(t, append(names, "creator"), nil)
	id := h.create(createMsg("creator", 1, "1"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0) // starts
	a := h.alliance(id)
	require.Equal(t, types.ALLIANCE_STATUS_RUNNING, a.Status)
	require.Equal(t, types.PHASE_UPDATE_COMMIT, a.Phase)
	proposers, voters := h.roles(id, names)
	require.Equal(t, names, proposers)
	require.Equal(t, names, voters)

	base := hashOf("model-0")
	for _, n := range names {
		require.NoError(t, h.commitUpdate(id, 1, n, base))
	}
	h.advance(phase)
	require.Equal(t, types.PHASE_UPDATE_REVEAL, h.alliance(id).Phase)
	for _, n := range names {
		require.NoError(t, h.submitUpdate(id, 1, n, base))
	}
	h.advance(phase)
	require.Equal(t, types.PHASE_VOTE_COMMIT, h.alliance(id).Phase)
	// carol's update is bad: alice and bob reject it; carol accepts both others
	judge := map[string]map[string]bool{
		"alice": {"bob": true, "carol": false},
		"bob":   {"alice": true, "carol": false},
		"carol": {"alice": true, "bob": true},
	}
	for _, n := range names {
		require.NoError(t, h.commitVote(id, 1, n, base, verdicts(judge[n], names)))
	}
	h.advance(phase)
	for _, n := range names {
		require.NoError(t, h.revealVote(id, 1, n, base, verdicts(judge[n], names)))
	}
	h.advance(phase) // settlement starts
	h.advance(0)     // settles
	require.Equal(t, types.UPDATE_STATUS_ACCEPTED, h.update(id, 1, "alice").Status)
	require.Equal(t, types.UPDATE_STATUS_ACCEPTED, h.update(id, 1, "bob").Status)
	require.Equal(t, types.UPDATE_STATUS_REJECTED, h.update(id, 1, "carol").Status)
	require.Equal(t, types.PHASE_CLOSING, h.alliance(id).Phase)
	r := h.round(id, 1)
	require.True(t, r.Settled)
	require.Equal(t, uint32(2), r.Accepted)
	require.Equal(t, uint32(1), r.Rejected)
	t.Logf("reward %s paid %s slashed %s", r.Reward, r.Paid, r.Slashed)
	require.True(t, h.claimable("alice").IsPositive())
	require.True(t, h.participant(id, "carol").Slashed.IsPositive())

	final := hashOf("model-1")
	for _, n := range names {
		_, err := h.ms.ReportModel(h.ctx(), &types.MsgReportModel{Participant: acc(n), AllianceId: id, ModelHash: types.HashHex(final)})
		require.NoError(t, err)
	}
	h.advance(phase) // closing ends
	h.advance(0)     // model recorded, stakes back
	a = h.alliance(id)
	require.Equal(t, types.ALLIANCE_STATUS_FINISHED, a.Status)
	require.Equal(t, types.HashHex(final), a.FinalModelHash)
	require.True(t, a.Pool.IsZero())
	require.True(t, a.TotalStake.IsZero())
}
