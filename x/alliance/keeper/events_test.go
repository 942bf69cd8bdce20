package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	abci "github.com/cometbft/cometbft/abci/types"

	querytypes "github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/alliance/types"
)

func hasEvent(events []abci.Event, typ string) bool {
	for _, e := range events {
		if e.Type == typ {
			return true
		}
	}
	return false
}

// TestEventsAWorkerFollows: the EndBlock events announce each phase, the judged updates,
// the payouts and the settled round.
func TestEventsAWorkerFollows(t *testing.T) {
	names := []string{"a", "b"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	id := h.create(createMsg("creator", 1, "1"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0)
	ev := h.f.LastEvents()
	for _, typ := range []string{"flock.alliance.v1.EventAllianceStarted", "flock.alliance.v1.EventRoundStarted", "flock.alliance.v1.EventPhaseStarted"} {
		require.True(t, hasEvent(ev, typ), typ)
	}
	base := hashOf("model-0")
	for _, n := range names {
		require.NoError(t, h.commitUpdate(id, 1, n, base))
	}
	h.advance(phase)
	require.True(t, hasEvent(h.f.LastEvents(), "flock.alliance.v1.EventPhaseStarted"))
	judge := map[string]map[string]bool{"a": {"b": true}, "b": {"a": false}}
	for _, n := range names {
		require.NoError(t, h.submitUpdate(id, 1, n, base))
	}
	h.advance(phase)
	for _, n := range names {
		require.NoError(t, h.commitVote(id, 1, n, base, verdicts(judge[n], names)))
	}
	h.advance(phase)
	for _, n := range names {
		require.NoError(t, h.revealVote(id, 1, n, base, verdicts(judge[n], names)))
	}
	h.advance(phase)
	h.advance(0)
	ev = h.f.LastEvents()
	for _, typ := range []string{"flock.alliance.v1.EventUpdateJudged", "flock.alliance.v1.EventParticipantSettled", "flock.alliance.v1.EventRoundSettled", "flock.alliance.v1.EventPhaseStarted"} {
		require.True(t, hasEvent(ev, typ), typ)
	}
	require.Equal(t, types.UPDATE_STATUS_ACCEPTED, h.update(id, 1, "b").Status)
	require.Equal(t, types.UPDATE_STATUS_REJECTED, h.update(id, 1, "a").Status)
	require.Equal(t, uint32(1), h.update(id, 1, "a").VotesAgainst)
}

func TestUpdateParams(t *testing.T) {
	h := newHarness(t, []string{"someone"}, nil)
	p := types.DefaultParams()
	p.SlashVoter = p.SlashProposer
	_, err := h.ms.UpdateParams(h.ctx(), &types.MsgUpdateParams{Authority: acc("someone"), Params: p})
	require.ErrorIs(t, err, types.ErrInvalidAuthority)
	_, err = h.ms.UpdateParams(h.ctx(), &types.MsgUpdateParams{Authority: h.k.Authority(), Params: p})
	require.NoError(t, err)
	got, err := h.q.Params(h.ctx(), &types.QueryParamsRequest{})
	require.NoError(t, err)
	require.Equal(t, p.SlashVoter, got.Params.SlashVoter)
	p.MaxRounds = 0
	_, err = h.ms.UpdateParams(h.ctx(), &types.MsgUpdateParams{Authority: h.k.Authority(), Params: p})
	require.ErrorIs(t, err, types.ErrInvalidParams)
}

// TestQueries: the queries a worker reads answer with what the state holds.
func TestQueries(t *testing.T) {
	names := []string{"a", "b", "c"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	id := h.create(createMsg("creator", 1, "1"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0)
	res, err := h.q.Alliance(h.ctx(), &types.QueryAllianceRequest{AllianceId: id})
	require.NoError(t, err)
	require.Equal(t, types.PHASE_UPDATE_COMMIT, res.Alliance.Phase)
	_, err = h.q.Alliance(h.ctx(), &types.QueryAllianceRequest{AllianceId: 9})
	require.ErrorIs(t, err, types.ErrUnknownAlliance)
	list, err := h.q.Alliances(h.ctx(), &types.QueryAlliancesRequest{Status: types.ALLIANCE_STATUS_RUNNING})
	require.NoError(t, err)
	require.Len(t, list.Alliances, 1)
	list, err = h.q.Alliances(h.ctx(), &types.QueryAlliancesRequest{Status: types.ALLIANCE_STATUS_FINISHED})
	require.NoError(t, err)
	require.Empty(t, list.Alliances)
	ps, err := h.q.Participants(h.ctx(), &types.QueryParticipantsRequest{AllianceId: id})
	require.NoError(t, err)
	require.Len(t, ps.Participants, 3)
	base := hashOf("model-0")
	for _, n := range names {
		require.NoError(t, h.commitUpdate(id, 1, n, base))
	}
	h.advance(phase)
	for _, n := range names {
		require.NoError(t, h.submitUpdate(id, 1, n, base))
	}
	page1, err := h.q.Updates(h.ctx(), &types.QueryUpdatesRequest{AllianceId: id, Round: 1, Pagination: &querytypes.PageRequest{Limit: 2}})
	require.NoError(t, err)
	require.Len(t, page1.Updates, 2)
	require.NotEmpty(t, page1.Pagination.NextKey)
	page2, err := h.q.Updates(h.ctx(), &types.QueryUpdatesRequest{AllianceId: id, Round: 1, Pagination: &querytypes.PageRequest{Key: page1.Pagination.NextKey}})
	require.NoError(t, err)
	require.Len(t, page2.Updates, 1)
	require.Empty(t, page2.Pagination.NextKey)
	seen := map[string]bool{}
	for _, u := range append(page1.Updates, page2.Updates...) {
		require.False(t, seen[u.Proposer])
		seen[u.Proposer] = true
	}
	round, err := h.q.Round(h.ctx(), &types.QueryRoundRequest{AllianceId: id, Round: 1})
	require.NoError(t, err)
	require.Equal(t, uint32(3), round.Round.Updates)
	_, err = h.q.Round(h.ctx(), &types.QueryRoundRequest{AllianceId: id, Round: 2})
	require.ErrorIs(t, err, types.ErrUnknownRound)
	_, err = h.q.Vote(h.ctx(), &types.QueryVoteRequest{AllianceId: id, Round: 1, Voter: acc("a")})
	require.ErrorContains(t, err, "has no vote")
	_, err = h.q.Settlement(h.ctx(), &types.QuerySettlementRequest{AllianceId: id})
	require.ErrorContains(t, err, "no settlement under way")
	reports, err := h.q.ModelReports(h.ctx(), &types.QueryModelReportsRequest{AllianceId: id, Round: 1})
	require.NoError(t, err)
	require.Len(t, reports.Reports, 1)
	require.Equal(t, flock(300), reports.Reports[0].Stake)
}
