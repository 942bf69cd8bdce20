package keeper_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/alliance/types"
)

// weights reads every running alliance's emission weight since the last read (and starts a
// new window), as x/rewards does at an epoch boundary.
func (h *harness) weights() map[uint64]math.Int {
	h.t.Helper()
	items, err := keeperSink(h).EmissionItems(h.ctx())
	require.NoError(h.t, err)
	out := make(map[uint64]math.Int, len(items))
	for _, it := range items {
		out[it.ID] = it.Weight
	}
	return out
}

// TestWorkingStakeEmission: emission weight is working stake × seconds. In each alliance two
// workers (100 FLOCK each) do round 1 while 200 FLOCK of stake does nothing, held by one,
// two or three identities. Until the round settles all 400 FLOCK count; from the block the
// absence is judged the absent stake (slashed to 180) stops counting, so every alliance
// weighs exactly 200 FLOCK × seconds whatever the split; when the absent stake works again
// (reveals an update in round 2) it counts again from that block: 380 FLOCK × seconds in
// every alliance. Splitting or timing stake earns nothing extra.
func TestWorkingStakeEmission(t *testing.T) {
	splits := [][]int64{{200}, {100, 100}, {150, 50}, {120, 40, 40}}
	var names []string
	absent := make([][]string, len(splits))
	for i, split := range splits {
		for j := range split {
			absent[i] = append(absent[i], fmt.Sprintf("idle%d-%d", i, j))
		}
		names = append(names, absent[i]...)
		names = append(names, fmt.Sprintf("w%d-a", i), fmt.Sprintf("w%d-b", i))
	}
	h := newHarness(t, append(names, "creator"), nil)
	ids := make([]uint64, len(splits))
	for i, split := range splits {
		m := createMsg("creator", 2, "1")
		m.MinStake = aflock(flock(40))
		ids[i] = h.create(m)
		for j, s := range split {
			h.join(ids[i], absent[i][j], s)
		}
		h.join(ids[i], fmt.Sprintf("w%d-a", i), 100)
		h.join(ids[i], fmt.Sprintf("w%d-b", i), 100)
	}
	h.advance(0) // all start in this block
	start := h.ctx().BlockTime()
	h.weights() // windows start now

	// round 1 in every alliance in the same blocks: the two workers propose and accept
	// each other's update; the absent stake does nothing
	m0 := hashOf("model-0")
	each := func(fn func(id uint64, wa, wb string)) {
		for i, id := range ids {
			fn(id, fmt.Sprintf("w%d-a", i), fmt.Sprintf("w%d-b", i))
		}
	}
	each(func(id uint64, wa, wb string) {
		require.NoError(t, h.commitUpdate(id, 1, wa, m0))
		require.NoError(t, h.commitUpdate(id, 1, wb, m0))
	})
	h.advance(phase)
	each(func(id uint64, wa, wb string) {
		require.NoError(t, h.submitUpdate(id, 1, wa, m0))
		require.NoError(t, h.submitUpdate(id, 1, wb, m0))
	})
	h.advance(phase)
	each(func(id uint64, wa, wb string) {
		require.NoError(t, h.commitVote(id, 1, wa, m0, verdicts(map[string]bool{wb: true}, []string{wb})))
		require.NoError(t, h.commitVote(id, 1, wb, m0, verdicts(map[string]bool{wa: true}, []string{wa})))
	})
	h.advance(phase)
	each(func(id uint64, wa, wb string) {
		require.NoError(t, h.revealVote(id, 1, wa, m0, verdicts(map[string]bool{wb: true}, []string{wb})))
		require.NoError(t, h.revealVote(id, 1, wb, m0, verdicts(map[string]bool{wa: true}, []string{wa})))
	})
	err := h.revealVote(ids[0], 1, absent[0][0], m0, verdicts(map[string]bool{"w0-a": true, "w0-b": true}, []string{"w0-a", "w0-b"}))
	require.ErrorIs(t, err, types.ErrNoCommitment, "a reveal without a commitment")
	require.ErrorContains(t, err, acc(absent[0][0])+" committed no vote")
	h.advance(phase) // vote reveal ends: settling from the next block
	// the vote reveal of round 1 ended at this block: nobody judged absent yet
	judgedAt := h.ctx().BlockTime()
	before := h.weights()
	for _, id := range ids {
		require.Equal(t, flock(400).MulRaw(int64(judgedAt.Sub(start)/time.Second)), before[id], "alliance %d: all stake counts until the absence is judged", id)
		require.True(t, h.alliance(id).IdleStake.IsZero())
	}
	h.advance(0) // settles: absent proposers and voters are slashed 5 % + 5 % and idle
	for i, id := range ids {
		a := h.alliance(id)
		require.Equal(t, flock(180), a.IdleStake, "alliance %d", id)
		require.Equal(t, flock(380), a.TotalStake)
		for _, n := range absent[i] {
			require.True(t, h.participant(id, n).Idle, n)
		}
		require.False(t, h.participant(id, fmt.Sprintf("w%d-a", i)).Idle)
	}
	require.True(t, hasEvent(h.f.LastEvents(), "flock.alliance.v1.EventIdleChanged"))
	h.weights()
	// round 2 opened in the settling block: a commitment alone is not work yet
	for i, id := range ids {
		for _, n := range absent[i] {
			require.NoError(t, h.commitUpdate(id, 2, n, hashOf("model-1")))
		}
	}
	h.advance(phase) // update reveal opens
	idle := h.weights()
	for _, id := range ids {
		require.Equal(t, flock(200).MulRaw(int64(phase/time.Second)), idle[id], "alliance %d: only the workers' stake counts", id)
	}
	// the absent stake works again (its update revealed) and counts from this block
	for i, id := range ids {
		for _, n := range absent[i] {
			require.NoError(t, h.submitUpdate(id, 2, n, hashOf("model-1")))
			require.False(t, h.participant(id, n).Idle, n)
		}
		require.True(t, h.alliance(id).IdleStake.IsZero())
	}
	h.advance(time.Minute)
	back := h.weights()
	for _, id := range ids {
		require.Equal(t, flock(380).MulRaw(60), back[id], "alliance %d: the returning stake counts again", id)
	}
}

// TestWorkingStakePureRule: the weight rule itself, for any split of the same stakes.
func TestWorkingStakePureRule(t *testing.T) {
	for _, c := range []struct{ total, idle, want int64 }{{400, 0, 400}, {380, 180, 200}, {380, 380, 0}} {
		a := types.Alliance{TotalStake: flock(c.total), IdleStake: flock(c.idle)}
		require.True(t, flock(c.want).Equal(a.WorkingStake()), "%d − %d", c.total, c.idle)
	}
}

// TestClosingDuration: the closing step lasts the alliance's closing_duration, or its
// vote_reveal_duration when created with 0; one outside the phase bounds is refused.
func TestClosingDuration(t *testing.T) {
	names := []string{"alice", "bob"}
	h := newHarness(t, append(names, "creator"), nil)
	bad := createMsg("creator", 1, "1")
	bad.ClosingDuration = time.Second // below min_phase_duration (1 min)
	_, err := h.ms.CreateAlliance(h.ctx(), bad)
	require.ErrorIs(t, err, types.ErrInvalidAlliance)
	require.ErrorContains(t, err, "closing_duration 1s must be within [1m0s, 168h0m0s]")

	long := createMsg("creator", 1, "1")
	long.ClosingDuration = 3 * time.Hour
	ids := []uint64{h.create(long), h.create(createMsg("creator", 1, "1"))}
	require.Equal(t, 3*time.Hour, h.alliance(ids[0]).ClosingDuration)
	require.Equal(t, phase, h.alliance(ids[1]).ClosingDuration, "0: the vote reveal duration")
	for _, id := range ids {
		for _, n := range names {
			h.join(id, n, 100)
		}
	}
	h.advance(0)
	h.advance(phase) // update reveal
	h.advance(phase) // nobody revealed an update: the round settles
	for h.alliance(ids[0]).Phase != types.PHASE_CLOSING {
		h.advance(0)
	}
	now := h.ctx().BlockTime()
	require.Equal(t, now.Add(3*time.Hour), h.alliance(ids[0]).PhaseEnd)
	require.Equal(t, now.Add(phase), h.alliance(ids[1]).PhaseEnd)
}

// An absent participant goes idle even when its absence costs nothing (slash_absent 0, or a
// stake so small that the slash rounds to 0): idleness is about work, not about the slash.
func TestAbsentWithoutSlashIsIdle(t *testing.T) {
	h := newHarness(t, []string{"creator", "wa", "wb", "x"}, func(p *types.Params) { p.SlashAbsent = math.LegacyZeroDec() })
	id := h.create(createMsg("creator", 2, "1"))
	h.join(id, "wa", 100)
	h.join(id, "wb", 100)
	h.join(id, "x", 100)
	h.advance(0)
	m0 := hashOf("model-0")
	require.NoError(t, h.commitUpdate(id, 1, "wa", m0))
	require.NoError(t, h.commitUpdate(id, 1, "wb", m0))
	h.advance(phase)
	require.NoError(t, h.submitUpdate(id, 1, "wa", m0))
	require.NoError(t, h.submitUpdate(id, 1, "wb", m0))
	h.advance(phase)
	require.NoError(t, h.commitVote(id, 1, "wa", m0, verdicts(map[string]bool{"wb": true}, []string{"wb"})))
	require.NoError(t, h.commitVote(id, 1, "wb", m0, verdicts(map[string]bool{"wa": true}, []string{"wa"})))
	h.advance(phase)
	require.NoError(t, h.revealVote(id, 1, "wa", m0, verdicts(map[string]bool{"wb": true}, []string{"wb"})))
	require.NoError(t, h.revealVote(id, 1, "wb", m0, verdicts(map[string]bool{"wa": true}, []string{"wa"})))
	h.advance(phase)
	h.advance(0) // settles round 1
	x := h.participant(id, "x")
	require.True(t, x.Idle, "absent with nothing slashed is still idle")
	require.True(t, x.Slashed.IsZero())
	require.Equal(t, flock(100), h.alliance(id).IdleStake)
	require.False(t, h.participant(id, "wa").Idle)
}
