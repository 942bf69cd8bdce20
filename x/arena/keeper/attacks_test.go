package keeper_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/arena/types"
)

// TestUpperCaseAddressRefused: the SDK's codec decodes an all-upper-case bech32 address to
// the same bytes, so a message carrying one was once stored as written and missed the
// lower-case lookups of finalisation (whose miss defaulted to the first participant). Every
// message refuses the non-canonical spelling, and the keeper only ever sees bytes.
func TestUpperCaseAddressRefused(t *testing.T) {
	h := newHarness(t, []string{"creator", "v1"}, nil)
	task := h.createTask("creator", 0)
	upper := strings.ToUpper(addr("v1").String())
	before := h.balance("v1")
	_, err := h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: upper, TaskId: task, Role: types.ROLE_VALIDATOR,
		Stake: aflock(flock(3000)), Sigma: math.LegacyOneDec()})
	require.ErrorIs(t, err, types.ErrInvalidAddress)
	require.ErrorContains(t, err, addr("v1").String(), "the error names the canonical spelling")
	require.Equal(t, before, h.balance("v1"))
	_, err = h.ms.JoinTask(h.ctx(), &types.MsgJoinTask{Participant: strings.ToUpper(addr("creator").String()), TaskId: task,
		Role: types.ROLE_TRAINER, Stake: aflock(flock(3000)), Sigma: math.LegacyOneDec()})
	require.ErrorIs(t, err, types.ErrInvalidAddress, "the creator cannot sneak in under another spelling")
}

// TestAbsentWhaleGainsNothing: a 90 000 FLOCK validator joins, is assigned every submission
// and never commits. Before, it was refunded in full and its idle stake moved the pool to the
// validators' side (the honest trainer's reward fell from 366.7 to 124.2 FLOCK in the
// review). Now it loses slash_absent of its stake, earns nothing, and the trainer and the
// honest validator get exactly what they get when the whale never joined.
func TestAbsentWhaleGainsNothing(t *testing.T) {
	run := func(withWhale bool) (*harness, map[string]math.Int) {
		h := newHarness(t, []string{"creator", "t1", "v1", "whale"}, func(p *types.Params) { p.ValidatorsPerSubmission = 2 })
		task := h.createTask("creator", 1000)
		h.join(task, "t1", types.ROLE_TRAINER, 3000, "1")
		h.join(task, "v1", types.ROLE_VALIDATOR, 3000, "1")
		if withWhale {
			h.join(task, "whale", types.ROLE_VALIDATOR, 90_000, "1")
		}
		sub := h.submit(task, "t1")
		h.closeSubmissions(task)
		_, err := h.ms.OpenValidation(h.ctx(), &types.MsgOpenValidation{Creator: addr("creator").String(), TaskId: task, ValidationDataUri: "u"})
		require.NoError(t, err)
		scores := []types.ScoreEntry{{SubmissionId: sub, Score: "0.25"}}
		h.commit(task, "v1", scores)
		h.advance(time.Hour)
		require.NoError(t, h.reveal(task, "v1", scores))
		before := map[string]math.Int{"whale": h.balance("whale")}
		h.advance(time.Hour)
		tk, err := h.f.App.ArenaKeeper.GetTask(h.ctx(), task)
		require.NoError(t, err)
		require.Equal(t, types.TASK_STATUS_FINALIZED, tk.Status)
		return h, before
	}
	honest, _ := run(false)
	attacked, before := run(true)
	for _, n := range []string{"t1", "v1"} {
		require.Equal(t, honest.claimable(n).String(), attacked.claimable(n).String(), n)
	}
	require.Equal(t, flock(500).String(), honest.claimable("t1").String(), "equal working stakes: half the pool each side")
	require.True(t, attacked.claimable("whale").IsZero())
	require.Equal(t, before["whale"].Add(flock(90_000)).Sub(flock(9000)).String(), attacked.balance("whale").String(),
		"slash_absent (10 %) of 90 000 FLOCK")
}

// TestDelegationBounds: delegations are bounded (a review made 100 000 dust delegations that
// stalled finalisation for 2.5 s): each adds at least min_delegation, one participant holds
// at most max_delegators_per_participant, settlement never walks them (each delegator draws
// its share when it undelegates), and the query pages through them.
func TestDelegationBounds(t *testing.T) {
	h := newHarness(t, []string{"creator", "t1", "d1", "d2", "d3"}, func(p *types.Params) {
		p.MinDelegation = flock(2)
		p.MaxDelegatorsPerParticipant = 2
	})
	task := h.createTask("creator", 0)
	h.join(task, "t1", types.ROLE_TRAINER, 3000, "0.5")
	delegate := func(who string, amount math.Int) error {
		_, err := h.ms.Delegate(h.ctx(), &types.MsgDelegate{Delegator: addr(who).String(), TaskId: task, Participant: addr("t1").String(), Amount: aflock(amount)})
		return err
	}
	before := h.balance("d1")
	err := delegate("d1", flock(2).SubRaw(1))
	require.ErrorIs(t, err, types.ErrDelegationTooSmall)
	require.ErrorContains(t, err, "below the minimum 2000000000000000000aflock")
	require.Equal(t, before, h.balance("d1"))
	require.NoError(t, delegate("d1", flock(2)))
	require.NoError(t, delegate("d2", flock(3)))
	before = h.balance("d3")
	err = delegate("d3", flock(5))
	require.ErrorIs(t, err, types.ErrTooManyDelegators)
	require.ErrorContains(t, err, "already holds 2 delegations")
	require.Equal(t, before, h.balance("d3"))
	require.NoError(t, delegate("d1", flock(2)), "an existing delegator may add to its delegation")
	h.conserved()

	page, err := h.q.Delegations(h.ctx(), &types.QueryDelegationsRequest{TaskId: task, Participant: addr("t1").String(), Pagination: &query.PageRequest{Limit: 1}})
	require.NoError(t, err)
	require.Len(t, page.Delegations, 1)
	require.NotEmpty(t, page.Pagination.NextKey)
	next, err := h.q.Delegations(h.ctx(), &types.QueryDelegationsRequest{TaskId: task, Participant: addr("t1").String(), Pagination: &query.PageRequest{Key: page.Pagination.NextKey}})
	require.NoError(t, err)
	require.Len(t, next.Delegations, 1)
	require.NotEqual(t, page.Delegations[0].Delegator, next.Delegations[0].Delegator)
	p, err := h.f.App.ArenaKeeper.Participants.Get(h.ctx(), collectionsJoin(task, "t1"))
	require.NoError(t, err)
	require.Equal(t, uint32(2), p.Delegators)
	require.Equal(t, flock(7).String(), p.Delegated.String())
}

// TestAssignmentSeedOutOfTheProposersReach: the draw of validators depends on the state root
// the opening block starts from (fixed before it is proposed), not on the block's own hash,
// which its proposer shapes by ordering and timing transactions.
func TestAssignmentSeedOutOfTheProposersReach(t *testing.T) {
	names := []string{"creator", "t1", "t2", "t3", "t4", "v1", "v2", "v3", "v4", "v5"}
	h := newHarness(t, names, func(p *types.Params) { p.ValidatorsPerSubmission = 2 })
	task := h.createTask("creator", 0)
	for _, n := range names[1:5] {
		h.join(task, n, types.ROLE_TRAINER, 3000, "1")
		h.submit(task, n)
	}
	for _, n := range names[5:] {
		h.join(task, n, types.ROLE_VALIDATOR, 3000, "1")
	}
	h.closeSubmissions(task)
	draw := func(ctx sdk.Context) map[string][]uint64 {
		cache, _ := ctx.CacheContext()
		require.NoError(t, h.f.App.ArenaKeeper.OpenValidation(cache, task, addr("creator"), "u"))
		out := map[string][]uint64{}
		for _, v := range names[5:] {
			res, err := h.q.Assignments(cache, &types.QueryAssignmentsRequest{TaskId: task, Validator: addr(v).String()})
			require.NoError(t, err)
			out[v] = res.SubmissionIds
		}
		return out
	}
	base := h.ctx()
	header := base.BlockHeader()
	same := draw(base.WithHeaderHash([]byte("one block hash")))
	require.Equal(t, same, draw(base.WithHeaderHash([]byte("another block hash"))), "the block's own hash does not move the draw")
	differs := false
	for i := range 8 { // another state root draws again
		header.AppHash = []byte{byte(i), 1, 2, 3}
		if !reflect.DeepEqual(same, draw(base.WithBlockHeader(header))) {
			differs = true
		}
	}
	require.True(t, differs, "the state root seeds the draw")
}
