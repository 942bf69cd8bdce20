package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/alliance/types"
)

// TestEmissionByStakeTime: two alliances running through an epoch boundary share the
// alliance emission in proportion to stake × seconds (one has twice the stake: twice the
// emission, to the rounding of each credit); a pending one gets nothing; each credit joins
// its alliance's pool.
func TestEmissionByStakeTime(t *testing.T) {
	h := newHarness(t, []string{"funder", "creator", "a", "b", "c", "d", "e"}, nil)
	require.NoError(t, h.f.App.RewardsKeeper.FundPool(h.ctx(), addr("funder"), flock(10_000)))
	h.advance(0) // x/rewards opens epoch 1 at this block's time
	long := func() *types.MsgCreateAlliance {
		m := createMsg("creator", 1, "1")
		m.UpdateCommitDuration = 2 * 24 * time.Hour
		return m
	}
	x, y, idle := h.create(long()), h.create(long()), h.create(long())
	h.join(x, "a", 100)
	h.join(x, "b", 100)
	h.join(y, "c", 200)
	h.join(y, "d", 200)
	h.join(idle, "e", 100) // never fills
	h.advance(time.Hour)   // x and y start
	require.Equal(t, types.ALLIANCE_STATUS_RUNNING, h.alliance(x).Status)
	poolX, poolY := h.alliance(x).Pool, h.alliance(y).Pool

	h.advance(23 * time.Hour) // the boundary
	h.advance(time.Second)    // credits are paid
	ex, ey := h.alliance(x).Emission, h.alliance(y).Emission
	t.Logf("emission: alliance x %s, y %s aflock", ex, ey)
	// no arena stake: the alliances take the whole 1,074 FLOCK of epoch 1, by stake × time
	// 200·23 h : 400·23 h
	require.Equal(t, flock(358), ex)
	require.Equal(t, flock(716), ey)
	require.Equal(t, poolX.Add(ex), h.alliance(x).Pool)
	require.Equal(t, poolY.Add(ey), h.alliance(y).Pool)
	require.True(t, h.alliance(idle).Emission.IsZero(), "a pending alliance earns nothing")
}

// TestSinkRefusesEndedAlliance: a credit for an alliance that is not running is refused.
func TestSinkRefusesEndedAlliance(t *testing.T) {
	h := newHarness(t, []string{"creator"}, nil)
	id := h.create(createMsg("creator", 1, "1"))
	err := keeperSink(h).CreditEmission(h.ctx(), 1, id, flock(1))
	require.ErrorIs(t, err, types.ErrAllianceNotActive)
	items, err := keeperSink(h).EmissionItems(h.ctx())
	require.NoError(t, err)
	require.Empty(t, items)
}
