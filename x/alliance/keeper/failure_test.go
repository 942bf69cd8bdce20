package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/alliance/types"
)

// TestFailingAllianceIsSkipped: an alliance whose deadline cannot be handled (its
// settlement record is gone) does not stop the block: its writes are discarded, an event
// says why, it is retried params.retry_delay later, and another alliance due in the same block
// moves on.
func TestFailingAllianceIsSkipped(t *testing.T) {
	names := []string{"a", "b", "c", "d"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	broken := h.create(createMsg("creator", 1, "1"))
	fine := h.create(createMsg("creator", 1, "1"))
	h.join(broken, "a", 100)
	h.join(broken, "b", 100)
	h.join(fine, "c", 100)
	h.join(fine, "d", 100)
	h.advance(0)
	h.advance(phase)
	h.advance(phase) // no update revealed: both settling from the next block
	require.Equal(t, types.PHASE_SETTLING, h.alliance(broken).Phase)
	require.NoError(t, h.k.Settlements.Remove(h.ctx(), broken))

	h.advance(0)
	require.True(t, hasEvent(h.f.LastEvents(), "flock.alliance.v1.EventSettlementFailed"))
	a := h.alliance(broken)
	require.Equal(t, types.PHASE_SETTLING, a.Phase)
	require.Equal(t, h.ctx().BlockTime().Add(types.DefaultParams().RetryDelay), a.PhaseEnd)
	require.Equal(t, types.PHASE_CLOSING, h.alliance(fine).Phase, "the other alliance settled in the same block")
}
