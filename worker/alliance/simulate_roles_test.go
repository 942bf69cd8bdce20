package alliance

import (
	"encoding/binary"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	alliancetypes "github.com/flockchain/flock/x/alliance/types"
)

// TestSimulationDrawsTheChainsRoles: the simulation's roles are the chain's for the same
// seed (participants 0..n−1 standing for the chain's, sorted by address), so the two cannot
// drift: with proposer_ratio P/n the chain's NewRoles picks the same proposers and voters.
func TestSimulationDrawsTheChainsRoles(t *testing.T) {
	for _, c := range []struct{ n, p uint32 }{{6, 3}, {6, 6}, {10, 5}, {4, 1}} {
		ratio := sdkmath.LegacyNewDec(int64(c.p)).QuoInt64(int64(c.n))
		for round := uint32(1); round <= 5; round++ {
			proposers, voters := simRoles(7, c.n, c.p, round)
			chain := alliancetypes.NewRoles(alliancetypes.Seed(binary.BigEndian.AppendUint64(nil, 7), 1, round), c.n, ratio)
			require.Len(t, proposers, int(c.p))
			for i := range c.n {
				require.Equal(t, chain.IsProposer(i), slices.Contains(proposers, int(i)), "n %d round %d index %d", c.n, round, i)
				require.Equal(t, chain.IsVoter(i), slices.Contains(voters, int(i)), "n %d round %d index %d", c.n, round, i)
			}
		}
	}
}
