package keeper_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

// fakeBridge burns what it is handed from the owner (to a "bridge" account in the fake bank)
// and records the withdrawals; refuse makes it fail after it moved the coins.
type fakeBridge struct {
	bank   *fakeBank
	refuse error
	got    []string
}

func (b *fakeBridge) WithdrawRewards(ctx context.Context, owner sdk.AccAddress, to string, amount math.Int) (uint64, error) {
	if err := b.bank.move(ctx, owner, modAddr("bridge"), sdk.NewCoins(coin(amount))); err != nil {
		return 0, err
	}
	if b.refuse != nil {
		return 0, b.refuse
	}
	b.got = append(b.got, to+" "+amount.String())
	return uint64(len(b.got)), nil
}

func (f *fixture) claimable(t *testing.T, who sdk.AccAddress, amount math.Int) {
	f.bank.set(modAddr("arena"), amount)
	require.NoError(t, f.k.PayRewards(f.ctx, "arena", []types.Payout{{Recipient: who.String(), Amount: amount}}))
}

const baseRecipient = "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4"

func TestClaimToBaseWithoutBridge(t *testing.T) {
	f := newFixture(t, nil)
	alice := f.account("alice", 0)
	f.claimable(t, alice, F(5))
	_, err := f.msg.ClaimRewards(f.ctx, &types.MsgClaimRewards{Owner: alice.String(), BaseRecipient: baseRecipient})
	require.ErrorIs(t, err, types.ErrNoBridge)
	require.ErrorContains(t, err, "this chain runs no bridge module")
	require.Equal(t, F(5), f.pool(t).Claimable)
	require.True(t, f.bank.bal(alice).IsZero())
}

func TestClaimToBase(t *testing.T) {
	f := newFixture(t, func(p *types.Params) { p.ClaimFee = math.NewInt(1000) })
	bridge := &fakeBridge{bank: f.bank}
	f.k.SetWithdrawer(bridge)
	alice := f.account("alice", 0)
	f.claimable(t, alice, F(5))

	res, err := f.msg.ClaimRewards(f.ctx, &types.MsgClaimRewards{Owner: alice.String(), BaseRecipient: baseRecipient})
	require.NoError(t, err)
	require.Equal(t, F(5).SubRaw(1000), res.Paid)
	require.Equal(t, uint64(1), res.WithdrawalId)
	require.Equal(t, []string{baseRecipient + " " + F(5).SubRaw(1000).String()}, bridge.got)
	require.True(t, f.bank.bal(alice).IsZero(), "the claim went to the bridge")
	require.Equal(t, F(5).SubRaw(1000), f.bank.bal(modAddr("bridge")))
	require.True(t, f.pool(t).Claimable.IsZero())
	require.Equal(t, math.NewInt(1000), f.pool(t).Pool)
	require.Len(t, eventsOf(f.ctx, "flock.rewards.v1.EventRewardsClaimed"), 1)
}

// A withdrawal the bridge refuses undoes the claim: rewards still claimable, nothing moved.
func TestClaimToBaseRefusedChangesNothing(t *testing.T) {
	f := newFixture(t, nil)
	refusal := errors.New("amount below min_withdrawal")
	bridge := &fakeBridge{bank: f.bank, refuse: refusal}
	f.k.SetWithdrawer(bridge)
	alice := f.account("alice", 0)
	f.claimable(t, alice, F(5))
	_, err := f.msg.ClaimRewards(f.ctx, &types.MsgClaimRewards{Owner: alice.String(), BaseRecipient: baseRecipient})
	require.ErrorIs(t, err, refusal)
	require.ErrorContains(t, err, "claim of "+F(5).String()+"aflock to Base")
	require.Equal(t, F(5), f.pool(t).Claimable)
	require.True(t, f.bank.bal(alice).IsZero())
	require.True(t, f.bank.bal(modAddr("bridge")).IsZero())
	require.Empty(t, eventsOf(f.ctx, "flock.rewards.v1.EventRewardsClaimed"))

	_, err = f.msg.ClaimRewards(f.ctx, &types.MsgClaimRewards{Owner: alice.String(), BaseRecipient: "0xabc"})
	require.ErrorIs(t, err, types.ErrInvalidAddress)
}
