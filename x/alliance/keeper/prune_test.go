package keeper_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/alliance/types"
)

// records counts an alliance's round records (what pruning removes).
func (h *harness) records(id uint64) int {
	h.t.Helper()
	gs, err := h.k.ExportGenesis(h.ctx())
	require.NoError(h.t, err)
	n := 0
	for _, r := range gs.Rounds {
		if r.AllianceId == id {
			n++
		}
	}
	for _, u := range gs.Updates {
		if u.AllianceId == id {
			n++
		}
	}
	for _, v := range gs.Votes {
		if v.AllianceId == id {
			n++
		}
	}
	for _, m := range gs.ModelReports {
		if m.AllianceId == id {
			n++
		}
	}
	for _, r := range gs.Reporters {
		if r.AllianceId == id {
			n++
		}
	}
	return n
}

// roundTrip exports the chain, restarts from the export and checks the second export is the
// same x/alliance state.
func (h *harness) roundTrip() types.GenesisState {
	h.t.Helper()
	exported, err := h.f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(h.t, err)
	restarted := apptest.Restart(h.t, exported)
	again, err := restarted.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(h.t, err)
	var a, b map[string]json.RawMessage
	require.NoError(h.t, json.Unmarshal(exported.AppState, &a))
	require.NoError(h.t, json.Unmarshal(again.AppState, &b))
	require.JSONEq(h.t, string(a[types.ModuleName]), string(b[types.ModuleName]))
	var gs types.GenesisState
	restarted.App.AppCodec().MustUnmarshalJSON(b[types.ModuleName], &gs)
	require.NoError(h.t, gs.Validate())
	return gs
}

// TestPruneAfterRetention: a finished alliance's round records stay for record_retention,
// then go at most max_prune_per_block per block; the alliance (final model hash) and the
// contributors stay. Genesis export round-trips midway (the pruning queue is rebuilt from
// the alliances) and after.
func TestPruneAfterRetention(t *testing.T) {
	names := []string{"alice", "bob", "carol"}
	h := newHarness(t, append(names, "creator"), func(p *types.Params) {
		p.RecordRetention = time.Hour
		p.MaxPrunePerBlock = 5
	})
	id := h.create(createMsg("creator", 1, "1"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0)
	h.playRound(id, 1, names, hashOf("model-0"), nil, map[string]map[string]bool{
		"alice": {"bob": true, "carol": false}, "bob": {"alice": true, "carol": false}, "carol": {"alice": true, "bob": true},
	}, names)
	for _, n := range names {
		_, err := h.ms.ReportModel(h.ctx(), &types.MsgReportModel{Participant: acc(n), AllianceId: id, ModelHash: hexOf("model-1")})
		require.NoError(t, err)
	}
	h.advance(phase)
	h.advance(0)
	a := h.alliance(id)
	require.Equal(t, types.ALLIANCE_STATUS_FINISHED, a.Status)
	// 1 round, 3 updates, 3 votes, 2 model reports (round 1's base, the final), 6 reporters
	require.Equal(t, 15, h.records(id))

	h.advance(time.Hour - time.Second)
	require.Equal(t, 15, h.records(id), "kept for record_retention")
	require.False(t, h.alliance(id).Pruned)

	h.advance(time.Second)
	require.Equal(t, 10, h.records(id), "at most max_prune_per_block per block")
	require.True(t, hasEvent(h.f.LastEvents(), "flock.alliance.v1.EventRecordsPruned"))
	gs := h.roundTrip()
	require.False(t, gs.Alliances[0].Pruned)

	h.advance(time.Second)
	require.Equal(t, 5, h.records(id))
	h.advance(time.Second)
	require.Equal(t, 0, h.records(id))
	a = h.alliance(id)
	require.True(t, a.Pruned)
	require.Equal(t, hexOf("model-1"), a.FinalModelHash, "the final model hash stays")
	c, err := h.q.Contributors(h.ctx(), &types.QueryContributorsRequest{AllianceId: id})
	require.NoError(t, err)
	require.Len(t, c.Contributors, 2, "alice and bob's accepted updates stay counted")
	require.Equal(t, uint32(1), c.Contributors[0].AcceptedUpdates)
	has, err := h.k.Ended.Has(h.ctx(), deadlineKey(types.Alliance{Id: id, PhaseEnd: *a.Ended}))
	require.NoError(t, err)
	require.False(t, has, "nothing left to prune")

	gs = h.roundTrip()
	require.True(t, gs.Alliances[0].Pruned)
	require.Empty(t, gs.Rounds)
	require.Len(t, gs.Participants, 3)
}

// TestParticipantsNumberedByAddress: whatever the join order (and a leave), a started
// alliance numbers its participants 0..n−1 in address byte order, over several blocks when
// the settlement budget is small, so the role shuffle permutes the participants sorted by
// address.
func TestParticipantsNumberedByAddress(t *testing.T) {
	var names []string
	for c := 'z'; c >= 'a'; c-- { // joined in reverse address order
		names = append(names, string(c))
	}
	h := newHarness(t, append(names, "creator"), func(p *types.Params) { p.MaxSettleWorkPerBlock = types.MinSettleWork })
	m := createMsg("creator", 1, "0.5")
	m.MaxParticipants = 30
	m.MinParticipants = 25
	id := h.create(m)
	for _, n := range names {
		h.join(id, n, 100)
	}
	_, err := h.ms.LeaveAlliance(h.ctx(), &types.MsgLeaveAlliance{Participant: acc("q"), AllianceId: id})
	require.NoError(t, err)
	require.Equal(t, uint32(0), h.participant(id, "z").Index, "join order while pending")

	h.advance(0) // starts: 25 participants at 12 units each take three blocks of 100 units
	require.Equal(t, types.PHASE_STARTING, h.alliance(id).Phase)
	h.advance(0)
	require.Equal(t, types.PHASE_STARTING, h.alliance(id).Phase)
	h.advance(0)
	a := h.alliance(id)
	require.Equal(t, types.PHASE_UPDATE_COMMIT, a.Phase)
	require.Equal(t, uint32(1), a.Round)
	var sorted []string
	for c := 'a'; c <= 'z'; c++ {
		if c != 'q' {
			sorted = append(sorted, string(c))
		}
	}
	for i, n := range sorted {
		require.Equal(t, uint32(i), h.participant(id, n).Index, n)
	}
	// the Roles query agrees with the shuffle of the sorted participants
	r := h.round(id, 1)
	roles := types.NewRoles(r.Seed, a.Participants, a.ProposerRatio)
	proposers, _ := h.roles(id, sorted)
	var want []string
	for i, n := range sorted {
		if roles.IsProposer(uint32(i)) {
			want = append(want, n)
		}
	}
	require.Equal(t, want, proposers)
}

// TestPruneFailureIsSkipped: an ended alliance whose pruning fails (its record is gone) is
// logged, announced and postponed by retry_delay; another one due in the same block is
// pruned.
func TestPruneFailureIsSkipped(t *testing.T) {
	h := newHarness(t, []string{"creator", "a", "b"}, func(p *types.Params) { p.RecordRetention = time.Hour })
	broken, fine := h.create(createMsg("creator", 1, "1")), h.create(createMsg("creator", 1, "1"))
	h.join(broken, "a", 100)
	h.join(fine, "b", 100)
	h.advance(0)
	h.advance(types.DefaultParams().FillWindow) // never filled: cancelled, refunded
	h.advance(0)
	require.Equal(t, types.ALLIANCE_STATUS_CANCELLED, h.alliance(fine).Status)
	require.NoError(t, h.k.Alliances.Remove(h.ctx(), broken))

	h.advance(time.Hour)
	require.True(t, hasEvent(h.f.LastEvents(), "flock.alliance.v1.EventSettlementFailed"))
	require.True(t, h.alliance(fine).Pruned, "the other alliance was pruned in the same block")
	cutoff := h.ctx().BlockTime().Add(-time.Hour)
	later, err := h.k.Ended.Has(h.ctx(), deadlineKey(types.Alliance{Id: broken, PhaseEnd: cutoff.Add(types.DefaultParams().RetryDelay)}))
	require.NoError(t, err)
	require.True(t, later, "postponed by retry_delay")
	h.advance(0)
	require.False(t, hasEvent(h.f.LastEvents(), "flock.alliance.v1.EventSettlementFailed"), "not tried again before retry_delay")
	h.advance(types.DefaultParams().RetryDelay)
	require.True(t, hasEvent(h.f.LastEvents(), "flock.alliance.v1.EventSettlementFailed"), "tried again retry_delay later")
}
