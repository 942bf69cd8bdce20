package keeper_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/alliance/types"
)

// TestGenesisRoundTrip exports a chain with one alliance mid-round (votes revealed, a
// settlement about to start) and one pending, restarts from the export, and exports again:
// the same x/alliance state, its escrow balanced, every record carried.
func TestGenesisRoundTrip(t *testing.T) {
	names := []string{"a", "b", "c"}
	h := newHarness(t, append([]string{"creator", "late"}, names...), nil)
	id := h.create(createMsg("creator", 2, "1"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	pending := h.create(createMsg("creator", 1, "0.5"))
	h.join(pending, "late", 150)
	h.advance(0)
	all := map[string]map[string]bool{"a": {"b": true, "c": false}, "b": {"a": true, "c": false}, "c": {"a": true, "b": true}}
	h.playRound(id, 1, names, hashOf("model-0"), nil, all, names)
	h.playUntilSettling(id, 2, names, hashOf("model-1"), nil, all, names)

	exported, err := h.f.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	restarted := apptest.Restart(t, exported)
	again, err := restarted.App.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(t, err)
	var a, b map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(exported.AppState, &a))
	require.NoError(t, json.Unmarshal(again.AppState, &b))
	require.JSONEq(t, string(a[types.ModuleName]), string(b[types.ModuleName]))

	var gs types.GenesisState
	restarted.App.AppCodec().MustUnmarshalJSON(b[types.ModuleName], &gs)
	require.NoError(t, gs.Validate())
	require.Len(t, gs.Alliances, 2)
	require.Len(t, gs.Participants, 4)
	require.Len(t, gs.Rounds, 2)
	require.Len(t, gs.Updates, 6)
	require.Len(t, gs.Votes, 6)
	require.Len(t, gs.Settlements, 1)
	require.NotEmpty(t, gs.ModelReports)
	require.Len(t, gs.Reporters, 6)
	require.NoError(t, restarted.App.AllianceKeeper.CheckBalance(restarted.Context()))
	due, err := restarted.App.AllianceKeeper.Deadlines.Has(restarted.Context(), deadlineKey(gs.Alliances[0]))
	require.NoError(t, err)
	require.True(t, due, "deadlines are rebuilt from the alliances")
}
