package relay

import (
	"fmt"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/testutil/basetest"
)

// TestRoundTripCost measures, from the devchain's receipts, what the relayer pays on Base for
// one settlement round trip: a valset change (proposal and activation), the settlement signed
// by the new valset, and the push of its payees' claims (one claimManySkipClaimed), with the
// quorum signature lists the chain makes (⌊2n/3⌋+1 of n equal signers). Each figure is set
// against bridge/contracts' gas table for the same operation (README "Gas"), which the
// relayer should match: it sends the chain's quorum list, not every signature.
func TestRoundTripCost(t *testing.T) {
	const claims = 10
	// bridge/contracts README gas table: updateValset (quorum), activateValset,
	// submitSettlement (quorum), claimMany per paid claim to fresh accounts
	table := map[int][4]float64{
		4:  {137_241, 45_114, 100_904, 41_653},
		20: {238_007, 45_114, 164_807, 41_653},
	}
	var report strings.Builder
	fmt.Fprintf(&report, "\n| signers | operation | gas (relayer) | gas table | ratio |\n|---|---|---:|---:|---:|\n")
	for _, n := range []int{4, 20} {
		h := newHarness(t, basetest.Options{Signers: n})
		h.env.Fund(basetest.Flock(100_000))
		r := h.relayer(relayerKey(0), nil, func(c *Config) { c.PushClaims = true })
		gas := func(kind string) float64 { return testutil.ToFloat64(r.m.GasUsed.WithLabelValues(kind)) }

		h.chain.addValset(n, fmt.Sprintf("cost-%d", n))
		require.NoError(t, r.pass(h.ctx))
		h.env.PassDelay()
		require.NoError(t, r.pass(h.ctx))
		require.Equal(t, uint64(2), h.base().ValsetNonce)
		h.chain.sync(h.env)
		h.chain.addSettlement(payees(fmt.Sprintf("cost-%d", n), claims))
		require.NoError(t, r.pass(h.ctx))
		h.chain.sync(h.env)
		h.env.PassDelay()
		require.NoError(t, r.pass(h.ctx))
		require.Equal(t, float64(claims), testutil.ToFloat64(r.m.ClaimsPushed))
		require.Equal(t, 1, count(r, KindClaims, ResultLanded), "the claims in one transaction")

		want := table[n]
		rows := []struct {
			op        string
			got, want float64
			same      bool // the table measured the same call on the same setup
		}{
			{fmt.Sprintf("updateValset %d → %d", n, n), gas(KindValsetUpdate), want[0], true},
			{"activateValset", gas(KindValsetActivation), want[1], true},
			{"submitSettlement", gas(KindSettlement), want[2], true},
			// the table's claims are 100 in a 100,000-leaf tree (proofs of 17); these are 10 in
			// a 10-leaf tree (proofs of 4), one transaction's 21k spread over 10
			{fmt.Sprintf("claimManySkipClaimed, %d fresh payees (table: %.0f per claim)", claims, want[3]), gas(KindClaims), want[3] * claims, false},
		}
		total, tableTotal := 0.0, 0.0
		for _, row := range rows {
			ratio := row.got / row.want
			fmt.Fprintf(&report, "| %d | %s | %.0f | %.0f | %.3f |\n", n, row.op, row.got, row.want, ratio)
			if row.same {
				require.InDelta(t, 1, ratio, 0.02, "%d signers, %s: %.0f gas against the table's %.0f", n, row.op, row.got, row.want)
			}
			total += row.got
			tableTotal += row.want
		}
		fmt.Fprintf(&report, "| %d | **round trip** (per payee %.0f) | %.0f | %.0f | %.3f |\n", n, total/claims, total, tableTotal, total/tableTotal)
	}
	t.Log(report.String())
}
