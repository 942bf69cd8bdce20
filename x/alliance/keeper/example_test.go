package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/alliance/types"
)

func amount(t *testing.T, s string) math.Int {
	t.Helper()
	v, ok := math.NewIntFromString(s)
	require.True(t, ok, s)
	return v
}

// playRound drives one round: the proposers commit and reveal (trained from base, or from
// bases[name] when given), then each voter commits and reveals judge[voter].
func (h *harness) playRound(id uint64, round uint32, proposers []string, base []byte, bases map[string][]byte,
	judge map[string]map[string]bool, order []string,
) {
	h.t.Helper()
	h.playUntilSettling(id, round, proposers, base, bases, judge, order)
	h.advance(0) // settled within one block's work
}

// playUntilSettling is playRound up to the block that opens the settlement.
func (h *harness) playUntilSettling(id uint64, round uint32, proposers []string, base []byte, bases map[string][]byte,
	judge map[string]map[string]bool, order []string,
) {
	h.t.Helper()
	baseOf := func(n string) []byte {
		if b, ok := bases[n]; ok {
			return b
		}
		return base
	}
	for _, n := range proposers {
		require.NoError(h.t, h.commitUpdate(id, round, n, baseOf(n)))
	}
	h.advance(phase)
	require.Equal(h.t, types.PHASE_UPDATE_REVEAL, h.alliance(id).Phase)
	for _, n := range proposers {
		require.NoError(h.t, h.submitUpdate(id, round, n, baseOf(n)))
	}
	h.advance(phase)
	require.Equal(h.t, types.PHASE_VOTE_COMMIT, h.alliance(id).Phase)
	for _, v := range order {
		if j, ok := judge[v]; ok {
			require.NoError(h.t, h.commitVote(id, round, v, baseOf(v), verdicts(j, order)))
		}
	}
	h.advance(phase)
	require.Equal(h.t, types.PHASE_VOTE_REVEAL, h.alliance(id).Phase)
	for _, v := range order {
		if j, ok := judge[v]; ok {
			require.NoError(h.t, h.revealVote(id, round, v, baseOf(v), verdicts(j, order)))
		}
	}
	h.advance(phase) // vote reveal ends: settling
	require.Equal(h.t, types.PHASE_SETTLING, h.alliance(id).Phase)
}

// TestWorkedExample is the README's worked example, to the aflock.
func TestWorkedExample(t *testing.T) {
	names := []string{"A", "B", "C", "D"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	id := h.create(createMsg("creator", 2, "1"))
	for i, n := range names {
		h.join(id, n, int64(100*(i+1)))
	}
	h.advance(0)
	require.Equal(t, types.ALLIANCE_STATUS_RUNNING, h.alliance(id).Status)

	m0 := hashOf("model-0")
	h.playRound(id, 1, []string{"A", "B", "C"}, m0, nil, map[string]map[string]bool{
		"A": {"B": true, "C": false},
		"B": {"A": true, "C": false},
		"C": {"A": true, "B": true},
		"D": {"A": true, "B": false, "C": false},
	}, names)

	for n, s := range map[string]types.UpdateStatus{"A": types.UPDATE_STATUS_ACCEPTED, "B": types.UPDATE_STATUS_ACCEPTED, "C": types.UPDATE_STATUS_REJECTED} {
		require.Equal(t, s, h.update(id, 1, n).Status, n)
	}
	_, err := h.k.Updates.Get(h.ctx(), joinKey(id, 1, "D"))
	require.Error(t, err) // D never committed
	b := h.update(id, 1, "B")
	require.Equal(t, flock(400), b.StakeFor)
	require.Equal(t, flock(400), b.StakeAgainst)
	r1 := h.round(id, 1)
	require.Equal(t, flock(500), r1.Reward)
	require.Equal(t, flock(250), r1.ProposerReward)
	require.Equal(t, flock(250), r1.VoterReward)
	require.Equal(t, amount(t, "499999999999999999999"), r1.Paid)
	require.Equal(t, amount(t, "56666666666666666666"), r1.Slashed)
	want1 := map[string]string{"A": "108333333333333333333", "B": "216666666666666666666", "C": "75000000000000000000", "D": "100000000000000000000"}
	for _, n := range names {
		require.Equal(t, amount(t, want1[n]), h.claimable(n), n)
	}
	require.Equal(t, flock(30), h.participant(id, "C").Slashed)
	require.Equal(t, amount(t, "26666666666666666666"), h.participant(id, "D").Slashed)
	require.Equal(t, amount(t, "556666666666666666667"), h.alliance(id).Pool)
	require.Equal(t, amount(t, "373333333333333333334"), h.participant(id, "D").Stake)

	// round 2: everyone proposes and accepts the others; C reports another base model
	m1 := hashOf("model-1")
	all := map[string]map[string]bool{}
	for _, v := range names {
		all[v] = map[string]bool{}
		for _, p := range names {
			if p != v {
				all[v][p] = true
			}
		}
	}
	h.playRound(id, 2, names, m1, map[string][]byte{"C": hashOf("other")}, all, names)
	r1 = h.round(id, 1)
	require.Equal(t, types.HashHex(m1), r1.ModelHash)
	require.True(t, r1.ModelAgreed)
	require.Equal(t, amount(t, "673333333333333333334"), r1.ModelStake)
	require.Equal(t, amount(t, "943333333333333333334"), r1.ReportedStake)
	require.Equal(t, types.HashHex(m1), h.alliance(id).GlobalModelHash)

	r2 := h.round(id, 2)
	require.Equal(t, amount(t, "556666666666666666667"), r2.Reward)
	require.Equal(t, amount(t, "278333333333333333333"), r2.ProposerReward)
	require.Equal(t, amount(t, "278333333333333333334"), r2.VoterReward)
	want2 := map[string]string{"A": "59010600706713780918", "B": "118021201413427561836", "C": "159328621908127208480", "D": "220306242638398115429"}
	for _, n := range names {
		require.Equal(t, amount(t, want1[n]).Add(amount(t, want2[n])), h.claimable(n), n)
	}
	require.Equal(t, int64(4), h.alliance(id).Pool.Int64())
	require.Equal(t, types.PHASE_CLOSING, h.alliance(id).Phase)

	// closing: the final model is reported; the stakes come back
	before := map[string]math.Int{}
	for _, n := range names {
		before[n] = h.balance(n)
		_, err := h.ms.ReportModel(h.ctx(), &types.MsgReportModel{Participant: acc(n), AllianceId: id, ModelHash: types.HashHex(hashOf("model-2"))})
		require.NoError(t, err)
	}
	_, err = h.ms.ReportModel(h.ctx(), &types.MsgReportModel{Participant: acc("A"), AllianceId: id, ModelHash: types.HashHex(hashOf("other"))})
	require.ErrorIs(t, err, types.ErrAlreadyReported)
	_, err = h.ms.ReportModel(h.ctx(), &types.MsgReportModel{Participant: acc("creator"), AllianceId: id, ModelHash: types.HashHex(hashOf("other"))})
	require.ErrorIs(t, err, types.ErrNotParticipant)
	rewardsPool := h.f.App.RewardsKeeper.Pool
	poolBefore, err := rewardsPool.Get(h.ctx())
	require.NoError(t, err)
	h.advance(phase)
	h.advance(0)
	a := h.alliance(id)
	require.Equal(t, types.ALLIANCE_STATUS_FINISHED, a.Status)
	require.Equal(t, types.HashHex(hashOf("model-2")), a.FinalModelHash)
	require.Equal(t, types.HashHex(hashOf("model-2")), h.round(id, 2).ModelHash)
	back := map[string]string{"A": "100000000000000000000", "B": "200000000000000000000", "C": "270000000000000000000", "D": "373333333333333333334"}
	for _, n := range names {
		require.Equal(t, amount(t, back[n]), h.balance(n).Sub(before[n]), n)
	}
	poolAfter, err := rewardsPool.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, int64(4), poolAfter.Sub(poolBefore).Int64())
	res, err := h.q.Contributors(h.ctx(), &types.QueryContributorsRequest{AllianceId: id})
	require.NoError(t, err)
	counts := map[string]uint32{}
	for _, c := range res.Contributors {
		counts[c.Address] = c.AcceptedUpdates
	}
	require.Equal(t, map[string]uint32{acc("A"): 2, acc("B"): 2, acc("C"): 1, acc("D"): 1}, counts)
	due, err := h.k.Deadlines.Has(h.ctx(), deadlineKey(a))
	require.NoError(t, err)
	require.False(t, due, "a finished alliance has no deadline")
}
