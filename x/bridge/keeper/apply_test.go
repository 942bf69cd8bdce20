package keeper_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/types/query"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// passAll has every validator of h attest events (they pass at the third of four).
func passAll(h *attestHarness, events ...types.BaseEvent) {
	h.t.Helper()
	for i := range h.f.Validators {
		h.mustAttest(i, events...)
	}
}

// TestDepositRefunds: a deposit to a blocked module account or to an address that is not this
// chain's is not minted: it is queued as a refund to its Base sender, recorded as failed with
// the refund's id, and the next deposit goes on.
func TestDepositRefunds(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), nil)
	h.registerAll()
	distr := authtypes.NewModuleAddress(distrtypes.ModuleName)
	alice := user("alice")
	supply := h.f.App.BankKeeper.GetSupply(h.ctx(), app.BondDenom).Amount
	passAll(h,
		depositEvent(1, distr.String(), app.Flock(4)),
		depositEvent(2, "cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu", app.Flock(5)),
		depositEvent(3, alice.String(), app.Flock(6)),
	)
	require.EqualValues(t, 3, h.baseState().LastEventNonce)
	require.Equal(t, app.Flock(6), h.balance(alice))
	require.True(t, h.balance(distr).IsZero())
	require.Equal(t, supply.Add(app.Flock(6)).String(), h.f.App.BankKeeper.GetSupply(h.ctx(), app.BondDenom).Amount.String(), "refunds mint nothing")
	b := h.backing()
	require.Equal(t, app.Flock(6), b.Deposited)
	require.Equal(t, app.Flock(9), b.Refunded)

	res, err := h.q.FailedEvents(h.ctx(), &types.QueryFailedEventsRequest{Pagination: &query.PageRequest{CountTotal: true}})
	require.NoError(t, err)
	require.Len(t, res.Failed, 2)
	require.EqualValues(t, 2, res.Pagination.Total)
	require.Contains(t, res.Failed[0].Reason, distr.String()+" is a module account")
	require.Contains(t, res.Failed[1].Reason, "not an account address of this chain")
	queued, err := h.q.Withdrawals(h.ctx(), &types.QueryWithdrawalsRequest{})
	require.NoError(t, err)
	require.Len(t, queued.Withdrawals, 2)
	for i, f := range res.Failed {
		require.NotZero(t, f.RefundId)
		w := queued.Withdrawals[i]
		require.Equal(t, f.RefundId, w.Id)
		require.Equal(t, types.WITHDRAWAL_KIND_DEPOSIT_REFUND, w.Kind)
		require.Equal(t, baseSender.Hex(), w.BaseRecipient)
		require.Equal(t, f.EventNonce, w.EventNonce)
	}
	require.Equal(t, app.Flock(4), queued.Withdrawals[0].Amount)
	for _, a := range h.tallies(1) {
		require.Equal(t, types.ATTESTATION_STATUS_FAILED, a.Attestation.Status)
	}
}

// TestRewardsFundedMintsIntoPool: RewardsFunded mints through the bridge into the x/rewards
// pool, booked as funded.
func TestRewardsFundedMintsIntoPool(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), nil)
	h.registerAll()
	pool := authtypes.NewModuleAddress(rewardstypes.ModuleName)
	before := h.balance(pool)
	var funded []*types.EventRewardsFunded
	for i := range h.f.Validators {
		funded = append(funded, typedOf[types.EventRewardsFunded](t, h.mustAttest(i, fundedEvent(1, app.Flock(1_000))))...)
	}
	require.Len(t, funded, 1)
	require.Equal(t, types.EventRewardsFunded{EventNonce: 1, Funder: baseSender.Hex(), Amount: app.Flock(1_000)}, *funded[0])
	require.Equal(t, before.Add(app.Flock(1_000)), h.balance(pool))
	require.Equal(t, app.Flock(1_000), h.backing().Funded)
	require.NoError(t, h.f.App.RewardsKeeper.CheckBalance(h.ctx()))
	h.advance(time.Second)
}

// TestFailedEventGoesOn: an event whose application fails (here a funding that would overflow
// the supply, which panics in x/bank) is recorded as failed, its writes are dropped, and the
// next nonce applies.
func TestFailedEventGoesOn(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), nil)
	h.registerAll()
	huge := math.NewIntFromBigInt(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)))
	alice := user("alice")
	var failed []*types.EventClaimFailed
	for i := range h.f.Validators {
		evs := h.mustAttest(i, fundedEvent(1, huge), depositEvent(2, alice.String(), app.Flock(1)))
		failed = append(failed, typedOf[types.EventClaimFailed](t, evs)...)
	}
	require.Len(t, failed, 1)
	require.EqualValues(t, 1, failed[0].EventNonce)
	require.Contains(t, failed[0].Reason, "panicked")
	require.EqualValues(t, 2, h.baseState().LastEventNonce)
	require.Equal(t, app.Flock(1), h.balance(alice))
	require.True(t, h.backing().Funded.IsZero())
	f, err := h.k.FailedEvents.Get(h.ctx(), 1)
	require.NoError(t, err)
	require.Zero(t, f.RefundId)
	require.Equal(t, types.ATTESTATION_STATUS_FAILED, h.tallies(1)[0].Attestation.Status)
}

func hashOf(n int64) string { return types.HashString(common.BigToHash(big.NewInt(n))) }

// TestBaseChangesRecorded: valset and guardian events keep BaseState to what FlockBridge holds.
func TestBaseChangesRecorded(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), nil)
	h.registerAll()
	g1 := common.HexToAddress("0x00000000000000000000000000000000000000a1").Hex()
	g2 := common.HexToAddress("0x00000000000000000000000000000000000000a2").Hex()
	ev := func(nonce uint64, claim any) types.BaseEvent {
		e := baseEvent(nonce)
		switch c := claim.(type) {
		case *types.ValsetProposedClaim:
			e.Claim = &types.BaseEvent_ValsetProposed{ValsetProposed: c}
		case *types.ValsetActivatedClaim:
			e.Claim = &types.BaseEvent_ValsetActivated{ValsetActivated: c}
		case *types.ValsetVetoedClaim:
			e.Claim = &types.BaseEvent_ValsetVetoed{ValsetVetoed: c}
		case *types.GuardianChangeProposedClaim:
			e.Claim = &types.BaseEvent_GuardianChangeProposed{GuardianChangeProposed: c}
		case *types.GuardianChangeVetoedClaim:
			e.Claim = &types.BaseEvent_GuardianChangeVetoed{GuardianChangeVetoed: c}
		case *types.GuardianTransferredClaim:
			e.Claim = &types.BaseEvent_GuardianTransferred{GuardianTransferred: c}
		}
		return e
	}
	steps := []struct {
		event types.BaseEvent
		want  func(bs *types.BaseState)
	}{
		{ev(1, &types.ValsetProposedClaim{ValsetNonce: 1, Checkpoint: hashOf(1), ActivatesAt: 5_000}), func(bs *types.BaseState) {
			bs.PendingValsetNonce, bs.PendingCheckpoint, bs.PendingActivatesAt = 1, hashOf(1), 5_000
		}},
		{ev(2, &types.ValsetActivatedClaim{ValsetNonce: 1, Checkpoint: hashOf(1)}), func(bs *types.BaseState) {
			bs.PendingValsetNonce, bs.PendingCheckpoint, bs.PendingActivatesAt = 0, "", 0
			bs.ActiveValsetNonce, bs.ActiveCheckpoint = 1, hashOf(1)
		}},
		{ev(3, &types.ValsetProposedClaim{ValsetNonce: 2, Checkpoint: hashOf(2), ActivatesAt: 6_000}), func(bs *types.BaseState) {
			bs.PendingValsetNonce, bs.PendingCheckpoint, bs.PendingActivatesAt = 2, hashOf(2), 6_000
		}},
		{ev(4, &types.ValsetVetoedClaim{ValsetNonce: 2, Checkpoint: hashOf(2)}), func(bs *types.BaseState) {
			bs.PendingValsetNonce, bs.PendingCheckpoint, bs.PendingActivatesAt = 0, "", 0
		}},
		{ev(5, &types.GuardianChangeProposedClaim{ChangeNonce: 1, NewGuardian: g1, ExecutableAt: 7_000}), func(bs *types.BaseState) {
			bs.NextGuardian, bs.NextGuardianAt = g1, 7_000
		}},
		{ev(6, &types.GuardianChangeVetoedClaim{ChangeNonce: 1, NewGuardian: g1}), func(bs *types.BaseState) {
			bs.NextGuardian, bs.NextGuardianAt = "", 0
		}},
		{ev(7, &types.GuardianChangeProposedClaim{ChangeNonce: 2, NewGuardian: g2, ExecutableAt: 8_000}), func(bs *types.BaseState) {
			bs.NextGuardian, bs.NextGuardianAt = g2, 8_000
		}},
		{ev(8, &types.GuardianTransferredClaim{PreviousGuardian: g1, NewGuardian: g2}), func(bs *types.BaseState) {
			bs.NextGuardian, bs.NextGuardianAt, bs.Guardian = "", 0, g2
		}},
	}
	want := h.baseState()
	for _, s := range steps {
		var changes int
		for i := range h.f.Validators {
			evs := h.mustAttest(i, s.event)
			changes += len(typedOf[types.EventBaseValset](t, evs)) + len(typedOf[types.EventBaseGuardian](t, evs))
		}
		require.Equal(t, 1, changes, "event %d", s.event.EventNonce)
		s.want(&want)
		want.LastEventNonce, want.LastBaseBlock = s.event.EventNonce, s.event.BaseBlock
		require.Equal(t, want, h.baseState(), "after event %d (%s)", s.event.EventNonce, s.event.Kind())
	}
	res, err := h.q.BaseState(h.ctx(), &types.QueryBaseStateRequest{})
	require.NoError(t, err)
	require.Equal(t, want, res.State)
}

// TestSettlementEventsReachSettlements: SettlementSubmitted passes through the apply step to
// the settlement concern (here an epoch the chain never cut: Base's last epoch is recorded).
func TestSettlementEventsReachSettlements(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), nil)
	h.registerAll()
	e := baseEvent(1)
	e.Claim = &types.BaseEvent_SettlementSubmitted{SettlementSubmitted: &types.SettlementSubmittedClaim{Epoch: 1, Root: hashOf(9), Total: app.Flock(1), Count: 1, ClaimableAt: 9_000}}
	var statuses []*types.EventSettlementStatus
	for i := range h.f.Validators {
		statuses = append(statuses, typedOf[types.EventSettlementStatus](t, h.mustAttest(i, e))...)
	}
	require.Len(t, statuses, 1)
	require.Contains(t, statuses[0].Status, "UNKNOWN")
	bs := h.baseState()
	require.EqualValues(t, 1, bs.LastEventNonce)
	require.EqualValues(t, 1, bs.LastLandedEpoch)
}
