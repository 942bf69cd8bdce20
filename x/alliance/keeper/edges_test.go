package keeper_test

import (
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/x/alliance/types"
)

// TestDuplicateUpdateRefused: two colluding proposers committed to the same update; the
// second reveal of that hash is refused, so it counts once (and its proposer is absent).
func TestDuplicateUpdateRefused(t *testing.T) {
	names := []string{"a", "b", "c"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	id := h.create(createMsg("creator", 1, "1"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0)
	base := hashOf("model-0")
	s, _ := hex.DecodeString(salt)
	shared := updateOf("a", 1)
	for _, n := range []string{"a", "b"} {
		c := types.UpdateCommitment(id, 1, acc(n), shared, 100, base, s)
		_, err := h.ms.CommitUpdate(h.ctx(), &types.MsgCommitUpdate{Proposer: acc(n), AllianceId: id, Round: 1, Commitment: hex.EncodeToString(c)})
		require.NoError(t, err)
	}
	h.advance(phase)
	reveal := func(n string) error {
		_, err := h.ms.SubmitUpdate(h.ctx(), &types.MsgSubmitUpdate{Proposer: acc(n), AllianceId: id, Round: 1, UpdateUri: "u",
			UpdateHash: hex.EncodeToString(shared), NumSamples: 100, BaseModelHash: hex.EncodeToString(base), Salt: salt})
		return err
	}
	require.NoError(t, reveal("a"))
	err := reveal("b")
	require.ErrorIs(t, err, types.ErrDuplicateUpdate)
	require.ErrorContains(t, err, "already revealed by "+acc("a"))
}

// TestRoundWithoutUpdates: nobody reveals; the round settles right after the update reveal
// phase, every proposer is slashed as absent, voters have nothing to judge, and the round's
// reward stays in the pool.
func TestRoundWithoutUpdates(t *testing.T) {
	names := []string{"a", "b", "c", "d"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	id := h.create(createMsg("creator", 2, "0.5"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0)
	proposers, voters := h.roles(id, names)
	h.advance(phase)
	h.advance(phase) // update reveal ends with no update: settling
	require.Equal(t, types.PHASE_SETTLING, h.alliance(id).Phase)
	_, err := h.q.Settlement(h.ctx(), &types.QuerySettlementRequest{AllianceId: id})
	require.NoError(t, err)
	h.advance(0)
	require.Equal(t, uint32(2), h.alliance(id).Round)
	for _, p := range proposers {
		require.Equal(t, flock(5), h.participant(id, p).Slashed, p)
	}
	for _, v := range voters {
		require.True(t, h.participant(id, v).Slashed.IsZero(), v)
	}
	require.Equal(t, flock(1010), h.alliance(id).Pool)
	require.True(t, h.round(id, 1).Paid.IsZero())
}

// TestUpdateWithoutVotes: updates revealed, no voter reveals: the updates are neither
// accepted nor slashed, the voters are absent.
func TestUpdateWithoutVotes(t *testing.T) {
	names := []string{"a", "b", "c", "d"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	id := h.create(createMsg("creator", 1, "0.5"))
	for _, n := range names {
		h.join(id, n, 100)
	}
	h.advance(0)
	proposers, voters := h.roles(id, names)
	h.playRound(id, 1, proposers, hashOf("model-0"), nil, nil, names)
	for _, p := range proposers {
		require.Equal(t, types.UPDATE_STATUS_NO_VOTES, h.update(id, 1, p).Status)
		require.True(t, h.participant(id, p).Slashed.IsZero())
	}
	for _, v := range voters {
		require.Equal(t, flock(5), h.participant(id, v).Slashed)
	}
	require.Equal(t, uint32(2), h.round(id, 1).NoVotes)
}

// TestModelDisagreement: the base model reports of round 2 split with no majority; the
// plurality hash is recorded, not agreed, and the event says so.
func TestModelDisagreement(t *testing.T) {
	names := []string{"a", "b", "c"}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	id := h.create(createMsg("creator", 2, "1"))
	h.join(id, "a", 100)
	h.join(id, "b", 150)
	h.join(id, "c", 120)
	h.advance(0)
	all := map[string]map[string]bool{"a": {"b": true, "c": true}, "b": {"a": true, "c": true}, "c": {"a": true, "b": true}}
	h.playRound(id, 1, names, hashOf("model-0"), nil, all, names)
	h.playRound(id, 2, names, hashOf("x"), map[string][]byte{"b": hashOf("y"), "c": hashOf("z")}, all, names)
	r := h.round(id, 1)
	require.False(t, r.ModelAgreed)
	require.Equal(t, types.HashHex(hashOf("y")), r.ModelHash, "b's hash has the most stake")
	require.Equal(t, flock(150), r.ModelStake)
	require.Equal(t, flock(370), r.ReportedStake)
	res, err := h.q.ModelReports(h.ctx(), &types.QueryModelReportsRequest{AllianceId: id, Round: 2})
	require.NoError(t, err)
	require.Len(t, res.Reports, 3)
	require.Equal(t, types.HashHex(hashOf("y")), res.Reports[0].ModelHash)
}

// TestSettlementAcrossBlocks: with the smallest work budget a round of 40 participants
// settles over several EndBlocks, the escrows balance after each, and the payouts and
// slashes are those of a settlement in one EndBlock from the same state.
func TestSettlementAcrossBlocks(t *testing.T) {
	var names []string
	for i := range 40 {
		names = append(names, fmt.Sprintf("p%02d", i))
	}
	h := newHarness(t, append([]string{"creator"}, names...), nil)
	msg := createMsg("creator", 2, "0.5")
	msg.MaxParticipants = 40
	id := h.create(msg)
	for i, n := range names {
		h.join(id, n, int64(100+i))
	}
	h.advance(0)
	proposers, voters := h.roles(id, names)
	judge := map[string]map[string]bool{}
	for i, v := range voters {
		judge[v] = map[string]bool{}
		for j, p := range proposers {
			judge[v][p] = (i+j)%3 != 0 // mixed verdicts
		}
	}
	h.playUntilSettling(id, 1, proposers, hashOf("model-0"), nil, judge, names)

	run := func(work uint32) (map[string]string, int) {
		ctx, _ := h.ctx().CacheContext()
		p, err := h.k.Params.Get(ctx)
		require.NoError(t, err)
		p.MaxSettleWorkPerBlock = work
		require.NoError(t, h.k.Params.Set(ctx, p))
		blocks := 0
		for {
			a, err := h.k.GetAlliance(ctx, id)
			require.NoError(t, err)
			if a.Phase != types.PHASE_SETTLING {
				break
			}
			require.NoError(t, h.k.EndBlocker(ctx))
			require.NoError(t, h.k.CheckBalance(ctx))
			require.NoError(t, h.f.App.RewardsKeeper.CheckBalance(ctx))
			blocks++
			require.Less(t, blocks, 1000)
		}
		out := map[string]string{}
		for _, n := range names {
			got, err := h.f.App.RewardsKeeper.Claimables.Get(ctx, addr(n))
			if err != nil {
				got = math.ZeroInt()
			}
			q, err := h.k.GetParticipant(ctx, id, addr(n))
			require.NoError(t, err)
			out[n] = got.String() + " −" + q.Slashed.String()
		}
		return out, blocks
	}
	small, blocks := run(types.MinSettleWork)
	big, one := run(types.MaxSettleWork)
	require.Equal(t, 1, one)
	require.Greater(t, blocks, 2, "a small budget spreads the settlement")
	require.Equal(t, big, small)
	t.Logf("40 participants: %d blocks at %d work units, 1 at %d", blocks, types.MinSettleWork, types.MaxSettleWork)
}
