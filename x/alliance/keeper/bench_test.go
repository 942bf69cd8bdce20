package keeper_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/alliance/types"
)

// settlingRound builds an alliance of n participants whose round 1 is settling: every
// proposer revealed an update, every voter revealed a verdict on each update but its own
// (one in three a reject). Updates and votes are written straight into the store (their
// messages are tested elsewhere), so the set-up stays fast at 1,000 participants.
func settlingRound(b *testing.B, n int, ratio string) (*harness, uint64) {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("p%04d", i)
	}
	h := newHarness(b, append([]string{"creator"}, names...), func(p *types.Params) { p.MaxParticipants = uint32(n) })
	msg := createMsg("creator", 1, ratio)
	msg.MaxParticipants = uint32(n)
	id := h.create(msg)
	for _, nm := range names {
		h.join(id, nm, 100)
	}
	h.advance(0)
	for h.alliance(id).Phase == types.PHASE_STARTING {
		h.advance(0) // numbering the participants by address: 333 per block at the default budget
	}
	ctx := h.ctx()
	a := h.alliance(id)
	r := h.round(id, 1)
	roles := types.NewRoles(r.Seed, a.Participants, a.ProposerRatio)
	h.advance(phase) // update reveal
	ctx = h.ctx()
	idx := map[string]uint32{}
	for _, nm := range names {
		idx[nm] = h.participant(id, nm).Index
	}
	r = h.round(id, 1)
	for _, nm := range names {
		i := idx[nm]
		if !roles.IsProposer(i) {
			continue
		}
		u := types.Update{AllianceId: id, Round: 1, Proposer: acc(nm), ProposerIndex: i, UpdateUri: "u", UpdateHash: types.HashHex(updateOf(nm, 1)),
			NumSamples: 10, BaseModelHash: hexOf("model-0"), Status: types.UPDATE_STATUS_REVEALED, StakeFor: math.ZeroInt(), StakeAgainst: math.ZeroInt()}
		require.NoError(b, h.k.Updates.Set(ctx, collections.Join3(id, uint32(1), addr(nm)), u))
		types.SetBit(r.Revealed, i)
		r.Updates++
	}
	require.NoError(b, h.k.Rounds.Set(ctx, collections.Join(id, uint32(1)), r))
	h.advance(phase) // vote commit
	h.advance(phase) // vote reveal
	ctx = h.ctx()
	for _, nm := range names {
		i := idx[nm]
		if !roles.IsVoter(i) {
			continue
		}
		v := types.Vote{AllianceId: id, Round: 1, Voter: acc(nm), Revealed: true, BaseModelHash: hexOf("model-0"),
			Judged: types.NewBitmap(a.Participants), Accepts: types.NewBitmap(a.Participants)}
		for j := range a.Participants {
			if j == i || !types.HasBit(r.Revealed, j) {
				continue
			}
			types.SetBit(v.Judged, j)
			if (i+j)%3 != 0 {
				types.SetBit(v.Accepts, j)
			}
			v.Verdicts++
		}
		require.NoError(b, h.k.Votes.Set(ctx, collections.Join3(id, uint32(1), addr(nm)), v))
	}
	h.advance(phase) // settling
	require.Equal(b, types.PHASE_SETTLING, h.alliance(id).Phase)
	return h, id
}

// BenchmarkSettleRound settles one round b.N times (from a fresh state each time, built
// outside the timer) in real blocks with the default work budget, and reports the blocks it
// takes, the time of the average and of the slowest block (the per-block bound, commit
// included) and the time per participant (linearity).
func BenchmarkSettleRound(b *testing.B) {
	for _, c := range []struct {
		n     int
		ratio string
	}{{100, "0.5"}, {1000, "0.5"}, {100, "1"}, {1000, "1"}} {
		b.Run(fmt.Sprintf("participants=%d/ratio=%s", c.n, c.ratio), func(b *testing.B) {
			var blocks int
			var slowest, total time.Duration
			for range b.N {
				b.StopTimer()
				h, id := settlingRound(b, c.n, c.ratio)
				b.StartTimer()
				// real blocks: FinalizeBlock (x/rewards' BeginBlock, every EndBlock) and Commit
				for h.alliance(id).Phase == types.PHASE_SETTLING {
					start := time.Now()
					h.f.Advance(b, time.Second)
					d := time.Since(start)
					total += d
					slowest = max(slowest, d)
					blocks++
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(blocks)/float64(b.N), "blocks/round")
			b.ReportMetric(float64(total.Nanoseconds())/float64(blocks), "ns/block")
			b.ReportMetric(float64(slowest.Nanoseconds()), "ns/slowest-block")
			b.ReportMetric(float64(total.Nanoseconds())/float64(b.N)/float64(c.n), "ns/participant")
		})
	}
}

// timeBlocks runs real blocks while more() holds and returns their count, average and
// slowest time.
func timeBlocks(b *testing.B, h *harness, more func() bool) (int, time.Duration, time.Duration) {
	var blocks int
	var slowest, total time.Duration
	for more() {
		start := time.Now()
		h.f.Advance(b, time.Second)
		d := time.Since(start)
		total += d
		slowest = max(slowest, d)
		blocks++
	}
	return blocks, total / time.Duration(max(blocks, 1)), slowest
}

// BenchmarkStartAndPrune measures the two chunked steps that are not a round's settlement,
// at 1,000 participants and the default budgets, against an idle block of the same chain:
// numbering the participants by address when the alliance starts (joined in reverse address
// order, so every one is swapped), and pruning the records of a finished 1,000-participant
// round (500 updates, 500 votes, the round) with record_retention 0.
func BenchmarkStartAndPrune(b *testing.B) {
	const n = 1000
	for range b.N {
		b.StopTimer()
		names := make([]string, n)
		for i := range names {
			names[i] = fmt.Sprintf("p%04d", n-i) // reverse address order
		}
		h := newHarness(b, append([]string{"creator"}, names...), func(p *types.Params) { p.MaxParticipants = n })
		msg := createMsg("creator", 1, "0.5")
		msg.MaxParticipants = n
		id := h.create(msg)
		for _, nm := range names {
			h.join(id, nm, 100)
		}
		b.StartTimer()
		started := false
		blocks, avg, slowest := timeBlocks(b, h, func() bool {
			if !started {
				started = true
				return true
			}
			return h.alliance(id).Phase == types.PHASE_STARTING
		})
		b.StopTimer()
		b.ReportMetric(float64(blocks), "start-blocks")
		b.ReportMetric(float64(avg.Nanoseconds()), "ns/start-block")
		b.ReportMetric(float64(slowest.Nanoseconds()), "ns/slowest-start-block")

		h2, id2 := settlingRound(b, n, "0.5")
		p, err := h2.k.Params.Get(h2.ctx())
		require.NoError(b, err)
		p.RecordRetention = 0
		require.NoError(b, h2.k.Params.Set(h2.ctx(), p))
		for h2.alliance(id2).Status != types.ALLIANCE_STATUS_FINISHED {
			h2.f.Advance(b, time.Minute)
		}
		b.StartTimer()
		blocks, avg, slowest = timeBlocks(b, h2, func() bool { return !h2.alliance(id2).Pruned })
		b.StopTimer()
		b.ReportMetric(float64(blocks), "prune-blocks")
		b.ReportMetric(float64(avg.Nanoseconds()), "ns/prune-block")
		b.ReportMetric(float64(slowest.Nanoseconds()), "ns/slowest-prune-block")
		left := 3
		_, idle, _ := timeBlocks(b, h2, func() bool { left--; return left >= 0 })
		b.ReportMetric(float64(idle.Nanoseconds()), "ns/idle-block")
	}
}
