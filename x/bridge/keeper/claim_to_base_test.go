package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
	rewardskeeper "github.com/flockchain/flock/x/rewards/keeper"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// grant makes amount claimable by who in x/rewards, funded by the funder's pool deposit.
func (h *settleHarness) grant(funder, who string, amount math.Int) {
	h.t.Helper()
	rk := h.f.App.RewardsKeeper
	ctx := h.ctx()
	require.NoError(h.t, rk.FundPool(ctx, acct(funder), amount))
	pool, err := rk.Pool.Get(ctx)
	require.NoError(h.t, err)
	require.NoError(h.t, rk.Pool.Set(ctx, pool.Sub(amount)))
	require.NoError(h.t, rk.Claimables.Set(ctx, acct(who), amount))
	total, err := rk.TotalClaimable.Get(ctx)
	if err != nil {
		total = math.ZeroInt()
	}
	require.NoError(h.t, rk.TotalClaimable.Set(ctx, total.Add(amount)))
	require.NoError(h.t, rk.CheckBalance(ctx))
}

func (h *settleHarness) claim(who, to string) (*rewardstypes.MsgClaimRewardsResponse, error) {
	var res *rewardstypes.MsgClaimRewardsResponse
	err := h.try(func(ctx sdk.Context) error {
		var err error
		res, err = rewardskeeper.NewMsgServerImpl(h.f.App.RewardsKeeper).ClaimRewards(ctx, &rewardstypes.MsgClaimRewards{Owner: acct(who).String(), BaseRecipient: to})
		return err
	})
	require.NoError(h.t, h.f.App.RewardsKeeper.CheckBalance(h.ctx()))
	return res, err
}

// MsgClaimRewards with a Base recipient claims straight into a bridge withdrawal of kind
// REWARDS: the owner's balance does not move, the claim is burned and queued, then settled.
func TestClaimRewardsToBase(t *testing.T) {
	h := newSettleHarness(t, nil, "funder", "alice")
	h.grant("funder", "alice", flk(40))
	p, err := h.f.App.RewardsKeeper.Params.Get(h.ctx())
	require.NoError(t, err)
	before, supply := h.balance(acct("alice")), h.supply()

	res, err := h.claim("alice", baseAddr(4).Hex())
	require.NoError(t, err)
	paid := flk(40).Sub(p.ClaimFee)
	require.Equal(t, paid.String(), res.Paid.String())
	require.Equal(t, uint64(1), res.WithdrawalId)
	require.Equal(t, before.String(), h.balance(acct("alice")).String(), "paid and burned in one step")
	require.Equal(t, supply.Sub(paid).String(), h.supply().String())
	q := h.queued()
	require.Len(t, q, 1)
	require.Equal(t, types.Withdrawal{Id: 1, Kind: types.WITHDRAWAL_KIND_REWARDS, Sender: acct("alice").String(),
		BaseRecipient: baseAddr(4).Hex(), Amount: paid, CreatedHeight: h.ctx().BlockHeight()}, q[0])
	_, err = h.f.App.RewardsKeeper.Claimables.Get(h.ctx(), acct("alice"))
	require.Error(t, err, "nothing left to claim")

	h.advance(time.Second)
	s := h.settlement(1)
	require.Equal(t, paid.String(), s.Total.String())
	// a conflict mints a rewards leaf back to its owner's account
	require.NoError(t, h.land(1, types.HashString([32]byte{1})))
	h.advance(time.Second)
	require.Equal(t, before.Add(paid).String(), h.balance(acct("alice")).String())
}

// A claim to Base the bridge refuses changes nothing: the rewards stay claimable.
func TestClaimRewardsToBaseRefused(t *testing.T) {
	h := newSettleHarness(t, func(p *types.Params) { p.MinWithdrawal = flk(100) }, "funder", "alice")
	h.grant("funder", "alice", flk(40))
	before := h.balance(acct("alice"))
	_, err := h.claim("alice", baseAddr(4).Hex())
	require.ErrorIs(t, err, types.ErrInvalidAmount)
	require.ErrorContains(t, err, "below min_withdrawal")
	require.Equal(t, before.String(), h.balance(acct("alice")).String())
	c, err := h.f.App.RewardsKeeper.Claimables.Get(h.ctx(), acct("alice"))
	require.NoError(t, err)
	require.Equal(t, flk(40).String(), c.String())
	require.Empty(t, h.queued())

	_, err = h.claim("alice", "0x0000000000000000000000000000000000000000")
	require.ErrorIs(t, err, rewardstypes.ErrInvalidAddress)
}
