package keeper_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	"github.com/flockchain/flock/x/rewards/types"
)

func TestFundPool(t *testing.T) {
	f := newFixture(t, nil)
	alice := f.account("alice", 100)
	_, err := f.msg.FundPool(f.ctx, &types.MsgFundPool{Funder: alice.String(), Amount: coin(F(40))})
	require.NoError(t, err)
	require.Equal(t, F(60), f.bank.bal(alice))
	require.Equal(t, F(40), f.pool(t).Pool)
	require.Equal(t, F(40), f.pool(t).ModuleBalance)
	require.Len(t, eventsOf(f.ctx, "flock.rewards.v1.EventPoolFunded"), 1)
}

// TestFundPoolRejects: every bad message fails with a typed error naming the value, and
// changes nothing.
func TestFundPoolRejects(t *testing.T) {
	f := newFixture(t, nil)
	alice := f.account("alice", 100)
	cases := []struct {
		name string
		msg  *types.MsgFundPool
		err  error
		text string
	}{
		{"zero", &types.MsgFundPool{Funder: alice.String(), Amount: coin(math.ZeroInt())}, types.ErrInvalidAmount, "amount 0aflock must be positive"},
		{"negative", &types.MsgFundPool{Funder: alice.String(), Amount: sdk.Coin{Denom: denom, Amount: math.NewInt(-5)}}, types.ErrInvalidAmount, "-5aflock"},
		{"wrong denom", &types.MsgFundPool{Funder: alice.String(), Amount: sdk.NewInt64Coin("uatom", 5)}, types.ErrWrongDenom, "5uatom: the pool holds aflock only"},
		{"bad funder", &types.MsgFundPool{Funder: "flock1xyz", Amount: coin(F(1))}, types.ErrInvalidAddress, `funder "flock1xyz"`},
		{"more than the funder has", &types.MsgFundPool{Funder: alice.String(), Amount: coin(F(101))}, sdkerrors.ErrInsufficientFunds, "smaller than"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.msg.FundPool(f.ctx, tc.msg)
			require.ErrorIs(t, err, tc.err)
			require.ErrorContains(t, err, tc.text)
			require.Equal(t, F(100), f.bank.bal(alice))
			require.True(t, f.pool(t).Pool.IsZero())
		})
	}
}

func TestPayRewardsThenClaimWithFee(t *testing.T) {
	f := newFixture(t, func(p *types.Params) { p.ClaimFee = math.NewInt(1000) })
	arenaEscrow := modAddr("arena")
	f.bank.set(arenaEscrow, F(10))
	alice, bob := f.account("alice", 0), f.account("bob", 0)

	require.NoError(t, f.k.PayRewards(f.ctx, "arena", []types.Payout{
		{Recipient: alice.String(), Amount: F(3)},
		{Recipient: bob.String(), Amount: F(2)},
		{Recipient: alice.String(), Amount: F(1)}, // the same recipient twice adds up
		{Recipient: bob.String(), Amount: math.ZeroInt()},
	}))
	require.Equal(t, F(4), f.bank.bal(arenaEscrow), "6 FLOCK left the escrow")
	require.Len(t, eventsOf(f.ctx, "flock.rewards.v1.EventPayout"), 3)
	res, err := f.query.Claimable(f.ctx, &types.QueryClaimableRequest{Address: alice.String()})
	require.NoError(t, err)
	require.Equal(t, F(4), res.Amount)
	require.Equal(t, F(6), f.pool(t).Claimable)
	f.requireConserved(t)

	claim, err := f.msg.ClaimRewards(f.ctx, &types.MsgClaimRewards{Owner: alice.String()})
	require.NoError(t, err)
	require.Equal(t, F(4).SubRaw(1000), claim.Paid)
	require.Equal(t, math.NewInt(1000), claim.Fee)
	require.Equal(t, F(4).SubRaw(1000), f.bank.bal(alice))
	require.Equal(t, math.NewInt(1000), f.pool(t).Pool, "the fee stays in the pool")
	require.Equal(t, F(2), f.pool(t).Claimable)
	require.Len(t, eventsOf(f.ctx, "flock.rewards.v1.EventRewardsClaimed"), 1)

	_, err = f.msg.ClaimRewards(f.ctx, &types.MsgClaimRewards{Owner: alice.String()})
	require.ErrorIs(t, err, types.ErrNothingToClaim)
	require.ErrorContains(t, err, alice.String())
}

func TestClaimBelowFeeChangesNothing(t *testing.T) {
	f := newFixture(t, func(p *types.Params) { p.ClaimFee = math.NewInt(500) })
	f.bank.set(modAddr("arena"), math.NewInt(500))
	carol := f.account("carol", 0)
	require.NoError(t, f.k.PayRewards(f.ctx, "arena", []types.Payout{{Recipient: carol.String(), Amount: math.NewInt(500)}}))

	_, err := f.msg.ClaimRewards(f.ctx, &types.MsgClaimRewards{Owner: carol.String()})
	require.ErrorIs(t, err, types.ErrClaimBelowFee)
	require.ErrorContains(t, err, "can claim 500aflock, which does not exceed the claim fee 500aflock")
	require.True(t, f.bank.bal(carol).IsZero())
	require.Equal(t, math.NewInt(500), f.pool(t).Claimable)

	_, err = f.msg.ClaimRewards(f.ctx, &types.MsgClaimRewards{Owner: "not-an-address"})
	require.ErrorIs(t, err, types.ErrInvalidAddress)
}

func TestPayRewardsRejectsBadListsWhole(t *testing.T) {
	f := newFixture(t, nil)
	f.bank.set(modAddr("arena"), F(10))
	alice := f.account("alice", 0)
	cases := []struct {
		name    string
		payouts []types.Payout
		err     error
		text    string
	}{
		{"bad address", []types.Payout{{Recipient: alice.String(), Amount: F(1)}, {Recipient: "zzz", Amount: F(1)}}, types.ErrInvalidPayout, `line 1: recipient "zzz"`},
		{"negative amount", []types.Payout{{Recipient: alice.String(), Amount: F(-1)}}, types.ErrInvalidPayout, "line 0: amount -1000000000000000000"},
		{"more than the module holds", []types.Payout{{Recipient: alice.String(), Amount: F(11)}}, sdkerrors.ErrInsufficientFunds, "smaller than"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := f.k.PayRewards(f.ctx, "arena", tc.payouts)
			require.ErrorIs(t, err, tc.err)
			require.ErrorContains(t, err, tc.text)
			require.Equal(t, F(10), f.bank.bal(modAddr("arena")))
			require.True(t, f.pool(t).Claimable.IsZero())
		})
	}
}

func TestFundPoolFromModule(t *testing.T) {
	f := newFixture(t, nil)
	f.bank.set(modAddr("bridge"), F(7))
	require.NoError(t, f.k.FundPoolFromModule(f.ctx, "bridge", F(7)))
	require.Equal(t, F(7), f.pool(t).Pool)
	require.ErrorIs(t, f.k.FundPoolFromModule(f.ctx, "bridge", math.ZeroInt()), types.ErrInvalidAmount)
	require.ErrorIs(t, f.k.FundPoolFromModule(f.ctx, "bridge", F(1)), sdkerrors.ErrInsufficientFunds)
	require.Equal(t, F(7), f.pool(t).Pool)
}

func TestUpdateParams(t *testing.T) {
	f := newFixture(t, nil)
	p := types.DefaultParams()
	p.ClaimFee = math.NewInt(9)

	_, err := f.msg.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.account("mallory", 0).String(), Params: p})
	require.ErrorIs(t, err, types.ErrInvalidAuthority)

	bad := p
	bad.Decay = math.LegacyOneDec()
	_, err = f.msg.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: bad})
	require.ErrorIs(t, err, types.ErrInvalidParams)

	_, err = f.msg.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: p})
	require.NoError(t, err)
	got, err := f.query.Params(f.ctx, &types.QueryParamsRequest{})
	require.NoError(t, err)
	require.Equal(t, p, got.Params)
	require.Len(t, eventsOf(f.ctx, "flock.rewards.v1.EventParamsUpdated"), 1)
}
