package keeper_test

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/bridge/types"
)

func TestWithdrawBurnsIntoTheQueue(t *testing.T) {
	h := newSettleHarness(t, nil, "alice", "bob")
	supply := h.supply()
	id := h.mustWithdraw("alice", baseAddr(1), flk(25))
	require.Equal(t, uint64(1), id)
	require.Equal(t, flk(1_000_000-25).String(), h.balance(acct("alice")).String())
	require.Equal(t, supply.Sub(flk(25)).String(), h.supply().String(), "burned, not held")
	require.Equal(t, flk(25).String(), h.backing().Burned.String())

	h.mustWithdraw("bob", baseAddr(2), flk(3))
	h.mustWithdraw("alice", baseAddr(3), flk(4))
	q := h.queued()
	require.Len(t, q, 3)
	require.Equal(t, types.Withdrawal{Id: 1, Kind: types.WITHDRAWAL_KIND_WITHDRAW, Sender: acct("alice").String(),
		BaseRecipient: baseAddr(1).Hex(), Amount: flk(25), CreatedHeight: h.ctx().BlockHeight()}, q[0])

	total, err := h.k.QueuedTotal(h.ctx())
	require.NoError(t, err)
	require.Equal(t, flk(32).String(), total.String())
	backing, err := h.q.Backing(h.ctx(), &types.QueryBackingRequest{})
	require.NoError(t, err)
	require.Equal(t, flk(32).String(), backing.Queued.String())

	// by sender, paged by key
	res, err := h.q.Withdrawals(h.ctx(), &types.QueryWithdrawalsRequest{Sender: acct("alice").String(), Pagination: &query.PageRequest{Limit: 1}})
	require.NoError(t, err)
	require.Len(t, res.Withdrawals, 1)
	require.Equal(t, uint64(1), res.Withdrawals[0].Id)
	require.NotNil(t, res.Pagination.NextKey)
	res, err = h.q.Withdrawals(h.ctx(), &types.QueryWithdrawalsRequest{Sender: acct("alice").String(), Pagination: &query.PageRequest{Key: res.Pagination.NextKey}})
	require.NoError(t, err)
	require.Len(t, res.Withdrawals, 1)
	require.Equal(t, uint64(3), res.Withdrawals[0].Id)
	require.Nil(t, res.Pagination.NextKey)
	res, err = h.q.Withdrawals(h.ctx(), &types.QueryWithdrawalsRequest{Sender: acct("bob").String()})
	require.NoError(t, err)
	require.Len(t, res.Withdrawals, 1)
	require.Equal(t, uint64(2), res.Withdrawals[0].Id)
	_, err = h.q.Withdrawals(h.ctx(), &types.QueryWithdrawalsRequest{Sender: "flock1bad"})
	require.ErrorContains(t, err, "flock1bad")
}

func TestWithdrawEvents(t *testing.T) {
	h := newSettleHarness(t, nil, "alice")
	ctx := h.ctx().WithEventManager(sdk.NewEventManager())
	res, err := h.ms.Withdraw(ctx, &types.MsgWithdraw{Sender: acct("alice").String(), BaseRecipient: baseAddr(1).Hex(), Amount: aflock(flk(2))})
	require.NoError(t, err)
	var found bool
	for _, e := range ctx.EventManager().Events() {
		if e.Type == "flock.bridge.v1.EventWithdrawalQueued" {
			found = true
			ev, err := sdk.ParseTypedEvent(abci.Event(e))
			require.NoError(t, err)
			q := ev.(*types.EventWithdrawalQueued)
			require.Equal(t, res.Id, q.Id)
			require.Equal(t, "WITHDRAWAL_KIND_WITHDRAW", q.Kind)
			require.Equal(t, baseAddr(1).Hex(), q.BaseRecipient)
			require.Equal(t, flk(2).String(), q.Amount.String())
		}
	}
	require.True(t, found)
	h.backed()
}

func TestWithdrawRefusals(t *testing.T) {
	h := newSettleHarness(t, func(p *types.Params) {
		p.MinWithdrawal = flk(2)
		p.MaxSettlementTotal = flk(100)
	}, "alice")
	before := h.balance(acct("alice"))
	for _, tc := range []struct {
		name   string
		msg    types.MsgWithdraw
		err    error
		naming string
	}{
		{"zero", types.MsgWithdraw{BaseRecipient: baseAddr(1).Hex(), Amount: aflock(math.ZeroInt())}, types.ErrInvalidAmount, "want a positive amount"},
		{"below min_withdrawal", types.MsgWithdraw{BaseRecipient: baseAddr(1).Hex(), Amount: aflock(flk(1))}, types.ErrInvalidAmount, "below min_withdrawal 2000000000000000000aflock"},
		{"above max_settlement_total", types.MsgWithdraw{BaseRecipient: baseAddr(1).Hex(), Amount: aflock(flk(101))}, types.ErrInvalidAmount, "above max_settlement_total 100000000000000000000aflock"},
		{"other denom", types.MsgWithdraw{BaseRecipient: baseAddr(1).Hex(), Amount: sdk.NewInt64Coin("stake", 5)}, types.ErrInvalidAmount, "only aflock"},
		{"zero recipient", types.MsgWithdraw{BaseRecipient: "0x0000000000000000000000000000000000000000", Amount: aflock(flk(5))}, types.ErrInvalidEthAddress, "zero address"},
		{"malformed recipient", types.MsgWithdraw{BaseRecipient: "0x1234", Amount: aflock(flk(5))}, types.ErrInvalidEthAddress, `"0x1234"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.msg.Sender = acct("alice").String()
			err := h.try(func(ctx sdk.Context) error { _, err := h.ms.Withdraw(ctx, &tc.msg); return err })
			require.ErrorIs(t, err, tc.err)
			require.ErrorContains(t, err, tc.naming)
		})
	}
	// beyond balance: the error names the balance
	h2 := newSettleHarness(t, func(p *types.Params) { p.MaxSettlementTotal = flk(10_000_000) }, "carol")
	_, err := h2.withdraw("carol", baseAddr(1), flk(1_000_001))
	require.ErrorIs(t, err, types.ErrInsufficientFunds)
	require.ErrorContains(t, err, "can spend "+flk(1_000_000).String()+"aflock; withdrawing "+flk(1_000_001).String())
	require.Equal(t, before.String(), h.balance(acct("alice")).String())
	require.Empty(t, h.queued())
	require.True(t, h.backing().Burned.IsZero())
}

func TestWithdrawRefusedUntilConfigured(t *testing.T) {
	h := newSettleHarness(t, nil, "alice")
	require.NoError(t, h.k.Params.Set(h.ctx(), types.DefaultParams()))
	_, err := h.withdraw("alice", baseAddr(1), flk(5))
	require.ErrorIs(t, err, types.ErrBridgeNotConfigured)
	require.Equal(t, flk(1_000_000).String(), h.balance(acct("alice")).String())
}

func TestCancelWithdraw(t *testing.T) {
	h := newSettleHarness(t, nil, "alice", "bob")
	supply := h.supply()
	id := h.mustWithdraw("alice", baseAddr(1), flk(25))

	err := h.cancel("bob", id)
	require.ErrorIs(t, err, types.ErrNotWithdrawalOwner)
	require.ErrorContains(t, err, "sent by "+acct("alice").String()+", not "+acct("bob").String())

	err = h.cancel("alice", 99)
	require.ErrorIs(t, err, types.ErrUnknownWithdrawal)
	require.ErrorContains(t, err, "withdrawal 99 is not queued")

	_, err = h.ms.CancelWithdraw(h.ctx(), &types.MsgCancelWithdraw{Sender: acct("alice").String(), Id: 0})
	require.ErrorIs(t, err, types.ErrUnknownWithdrawal)

	require.NoError(t, h.cancel("alice", id))
	require.Equal(t, flk(1_000_000).String(), h.balance(acct("alice")).String())
	require.Equal(t, supply.String(), h.supply().String())
	require.Equal(t, flk(25).String(), h.backing().Reminted.String())
	require.Empty(t, h.queued())
	require.ErrorIs(t, h.cancel("alice", id), types.ErrUnknownWithdrawal, "twice")

	// once a settlement took it, it is owed on Base
	id = h.mustWithdraw("alice", baseAddr(1), flk(7))
	h.advance(time.Second)
	require.Equal(t, types.SETTLEMENT_STATUS_SIGNING, h.settlement(1).Status)
	err = h.cancel("alice", id)
	require.ErrorIs(t, err, types.ErrAlreadyBatched)
	require.ErrorContains(t, err, "withdrawal 2 is leaf 0 of settlement 1")
	require.Equal(t, flk(1_000_000-7).String(), h.balance(acct("alice")).String())
}

func TestDepositRefundCannotBeCancelled(t *testing.T) {
	h := newSettleHarness(t, nil, "alice")
	id, err := h.k.QueueDepositRefundForTest(h.ctx(), 12, baseAddr(9), flk(3))
	require.NoError(t, err)
	h.backed()
	require.Equal(t, flk(3).String(), h.backing().Refunded.String())
	require.Equal(t, types.WITHDRAWAL_KIND_DEPOSIT_REFUND, h.queued()[0].Kind)
	require.Equal(t, uint64(12), h.queued()[0].EventNonce)
	err = h.cancel("alice", id)
	require.ErrorIs(t, err, types.ErrNotWithdrawalOwner)
	require.ErrorContains(t, err, "refunds deposit 12")
}

// TestDepositRefundAboveTheCapIsSplit: a refund larger than max_settlement_total is queued in
// parts of at most the cap, so every part fits a settlement; together they refund the deposit.
func TestDepositRefundAboveTheCapIsSplit(t *testing.T) {
	h := newSettleHarness(t, func(p *types.Params) { p.MaxSettlementTotal = flk(10) })
	id, err := h.k.QueueDepositRefundForTest(h.ctx(), 4, baseAddr(9), flk(25))
	require.NoError(t, err)
	h.backed()
	q := h.queued()
	require.Len(t, q, 3)
	require.Equal(t, id, q[0].Id)
	for i, want := range []math.Int{flk(10), flk(10), flk(5)} {
		require.Equal(t, want.String(), q[i].Amount.String())
		require.Equal(t, uint64(4), q[i].EventNonce)
		require.Equal(t, baseAddr(9).Hex(), q[i].BaseRecipient)
	}
	require.Equal(t, flk(25).String(), h.backing().Refunded.String())
}

// TestDepositRefundPartsAreBounded: a refund needing more than 1,000 parts of the cap is
// refused (the apply fails and is recorded) instead of looping; exactly 1,000 parts is fine.
func TestDepositRefundPartsAreBounded(t *testing.T) {
	h := newSettleHarness(t, func(p *types.Params) { p.MaxSettlementTotal = math.NewInt(2); p.MinWithdrawal = math.NewInt(1) })
	_, err := h.k.QueueDepositRefundForTest(h.ctx(), 5, baseAddr(9), math.NewInt(2_001))
	require.ErrorIs(t, err, types.ErrRefundTooLarge)
	require.ErrorContains(t, err, "refund of deposit 5")
	require.Empty(t, h.queued())
	require.True(t, h.backing().Refunded.IsZero())
	h.backed()
	_, err = h.k.QueueDepositRefundForTest(h.ctx(), 6, baseAddr(9), math.NewInt(2_000))
	require.NoError(t, err)
	require.Equal(t, "2000", h.backing().Refunded.String())
	require.Equal(t, "2", h.queued()[0].Amount.String())
	h.backed()
}
