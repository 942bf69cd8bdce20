package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// Withdraw burns amount from sender into the queue for recipient on Base. kind is
// WITHDRAWAL_KIND_WITHDRAW (MsgWithdraw) or WITHDRAWAL_KIND_REWARDS (a reward claim to Base).
// Returns the withdrawal id.
func (k Keeper) Withdraw(ctx context.Context, sender sdk.AccAddress, recipient common.Address, amount math.Int, kind types.WithdrawalKind) (uint64, error) {
	p, err := k.Params.Get(ctx)
	if err != nil {
		return 0, err
	}
	if !p.Configured() {
		return 0, errorsmod.Wrap(types.ErrBridgeNotConfigured, "withdrawals wait until governance sets base_chain_id, bridge_contract and bridge_id: nothing could pay them on Base")
	}
	if recipient == (common.Address{}) {
		return 0, errorsmod.Wrap(types.ErrInvalidEthAddress, "base recipient is the zero address")
	}
	switch {
	case amount.IsNil() || !amount.IsPositive():
		return 0, errorsmod.Wrapf(types.ErrInvalidAmount, "amount %s%s: want a positive amount", fmtAmount(amount), k.denom)
	case amount.LT(p.MinWithdrawal):
		return 0, errorsmod.Wrapf(types.ErrInvalidAmount, "amount %s%s is below min_withdrawal %s%s", amount, k.denom, p.MinWithdrawal, k.denom)
	case amount.GT(p.MaxSettlementTotal):
		return 0, errorsmod.Wrapf(types.ErrInvalidAmount, "amount %s%s is above max_settlement_total %s%s, the most one settlement pays: split it", amount, k.denom, p.MaxSettlementTotal, k.denom)
	}
	senderStr, err := k.addressCodec.BytesToString(sender)
	if err != nil {
		return 0, errorsmod.Wrapf(types.ErrInvalidAddress, "sender: %v", err)
	}
	if spendable := k.bank.SpendableCoins(ctx, sender).AmountOf(k.denom); spendable.LT(amount) {
		return 0, errorsmod.Wrapf(types.ErrInsufficientFunds, "%s can spend %s%s; withdrawing %s%s", senderStr, spendable, k.denom, amount, k.denom)
	}
	if err := k.bank.SendCoinsFromAccountToModule(ctx, sender, types.ModuleName, k.coins(amount)); err != nil {
		return 0, err
	}
	if err := k.bank.BurnCoins(ctx, types.ModuleName, k.coins(amount)); err != nil {
		return 0, err
	}
	if err := k.addBacking(ctx, func(b *types.Backing) { b.Burned = b.Burned.Add(amount) }); err != nil {
		return 0, err
	}
	return k.enqueue(ctx, types.Withdrawal{Kind: kind, Sender: senderStr, BaseRecipient: recipient.Hex(), Amount: amount})
}

// WithdrawRewards burns amount of owner's just-claimed rewards into a withdrawal to
// baseRecipient ("0x" + 40 hex digits): what x/rewards calls for MsgClaimRewards with a Base
// recipient (x/rewards knows x/bridge only through this method).
func (k Keeper) WithdrawRewards(ctx context.Context, owner sdk.AccAddress, baseRecipient string, amount math.Int) (uint64, error) {
	recipient, err := types.ParseEthAddress("base recipient", baseRecipient)
	if err != nil {
		return 0, err
	}
	return k.Withdraw(ctx, owner, recipient, amount, types.WITHDRAWAL_KIND_REWARDS)
}

// CancelWithdraw mints back sender's queued withdrawal id. Only the sender may, and only while
// the withdrawal waits in the queue: once a settlement took it, it is owed on Base.
func (k Keeper) CancelWithdraw(ctx context.Context, sender sdk.AccAddress, id uint64) error {
	w, err := k.Withdrawals.Get(ctx, id)
	if errors.Is(err, collections.ErrNotFound) {
		return k.notQueued(ctx, id)
	} else if err != nil {
		return err
	}
	senderStr, err := k.addressCodec.BytesToString(sender)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidAddress, "sender: %v", err)
	}
	if w.Kind == types.WITHDRAWAL_KIND_DEPOSIT_REFUND {
		return errorsmod.Wrapf(types.ErrNotWithdrawalOwner, "withdrawal %d refunds deposit %d to %s on Base; it has no chain sender and cannot be cancelled", id, w.EventNonce, w.BaseRecipient)
	}
	owner, err := k.addressCodec.StringToBytes(w.Sender)
	if err != nil {
		return err
	}
	if !sdk.AccAddress(owner).Equals(sender) {
		return errorsmod.Wrapf(types.ErrNotWithdrawalOwner, "withdrawal %d was sent by %s, not %s", id, w.Sender, senderStr)
	}
	if err := k.Withdrawals.Remove(ctx, id); err != nil {
		return err
	}
	if err := k.remint(ctx, sender, w.Amount); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventWithdrawalCancelled{Id: id, Sender: w.Sender, Amount: w.Amount})
}

// notQueued explains why withdrawal id is not in the queue: a settlement took it, or it never
// existed (or was cancelled).
func (k Keeper) notQueued(ctx context.Context, id uint64) error {
	leaf, err := k.Leaves.Indexes.ByWithdrawal.MatchExact(ctx, id)
	switch {
	case err == nil:
		return errorsmod.Wrapf(types.ErrAlreadyBatched, "withdrawal %d is leaf %d of settlement %d: it is owed on Base and can no longer be cancelled", id, leaf.K2(), leaf.K1())
	case !errors.Is(err, collections.ErrNotFound):
		return err
	}
	next, err := k.WithdrawalSeq.Peek(ctx)
	if err != nil {
		return err
	}
	return errorsmod.Wrapf(types.ErrUnknownWithdrawal, "withdrawal %d is not queued: it was cancelled or never made (ids so far: 1 to %d)", id, next-1)
}

// maxRefundParts bounds the parts one deposit refund is split into (1,000 parts of the default
// 1,000,000 FLOCK cap is the whole FLOCK supply).
const maxRefundParts = 1_000

// queueDepositRefund queues a refund of a deposit that could not be credited, paid to sender
// on Base by the next settlement (nothing was minted). Returns the withdrawal id.
func (k Keeper) queueDepositRefund(ctx context.Context, eventNonce uint64, sender common.Address, amount math.Int) (uint64, error) {
	if sender == (common.Address{}) || amount.IsNil() || !amount.IsPositive() {
		return 0, errorsmod.Wrapf(types.ErrInvalidClaim, "refund of deposit %d: %s to %s, want a positive amount to a non-zero address", eventNonce, fmtAmount(amount), sender.Hex())
	}
	p, err := k.Params.Get(ctx)
	if err != nil {
		return 0, err
	}
	// bounded work per apply whatever the params: a cap governance set very low must not
	// turn one refund into a loop that stalls the block
	if amount.GT(p.MaxSettlementTotal.MulRaw(maxRefundParts)) {
		return 0, errorsmod.Wrapf(types.ErrRefundTooLarge, "refund of deposit %d: %s in parts of at most max_settlement_total %s needs more than %d parts",
			eventNonce, fmtAmount(amount), fmtAmount(p.MaxSettlementTotal), maxRefundParts)
	}
	if err := k.addBacking(ctx, func(b *types.Backing) { b.Refunded = b.Refunded.Add(amount) }); err != nil {
		return 0, err
	}
	// a deposit above max_settlement_total would never fit a settlement, and a refund cannot be
	// cancelled: it is queued in parts of at most the cap (the first part's id is returned)
	var first uint64
	for rest := amount; rest.IsPositive(); {
		part := math.MinInt(rest, p.MaxSettlementTotal)
		id, err := k.enqueue(ctx, types.Withdrawal{Kind: types.WITHDRAWAL_KIND_DEPOSIT_REFUND, BaseRecipient: sender.Hex(), Amount: part, EventNonce: eventNonce})
		if err != nil {
			return 0, err
		}
		if first == 0 {
			first = id
		}
		rest = rest.Sub(part)
	}
	return first, nil
}

// enqueue gives w the next id and queues it.
func (k Keeper) enqueue(ctx context.Context, w types.Withdrawal) (uint64, error) {
	id, err := k.WithdrawalSeq.Next(ctx)
	if err != nil {
		return 0, err
	}
	w.Id = id
	w.CreatedHeight = sdk.UnwrapSDKContext(ctx).BlockHeight()
	if err := k.Withdrawals.Set(ctx, id, w); err != nil {
		return 0, err
	}
	return id, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventWithdrawalQueued{
		Id: id, Kind: w.Kind.String(), Sender: w.Sender, BaseRecipient: w.BaseRecipient, Amount: w.Amount,
	})
}

// remint mints amount back to addr (a cancelled withdrawal, a re-credited leaf) and books it.
func (k Keeper) remint(ctx context.Context, addr sdk.AccAddress, amount math.Int) error {
	if err := k.bank.MintCoins(ctx, types.ModuleName, k.coins(amount)); err != nil {
		return err
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, addr, k.coins(amount)); err != nil {
		return err
	}
	return k.addBacking(ctx, func(b *types.Backing) { b.Reminted = b.Reminted.Add(amount) })
}

// addBacking applies change to the backing ledger.
func (k Keeper) addBacking(ctx context.Context, change func(*types.Backing)) error {
	b, err := k.Backing.Get(ctx)
	if err != nil {
		return err
	}
	change(&b)
	return k.Backing.Set(ctx, b)
}

// QueuedTotal is what the withdrawal queue owes on Base (not yet in a settlement). It walks
// the queue: for queries, never for the state machine.
func (k Keeper) QueuedTotal(ctx context.Context) (math.Int, error) {
	total := math.ZeroInt()
	err := k.Withdrawals.Walk(ctx, nil, func(_ uint64, w types.Withdrawal) (bool, error) {
		total = total.Add(w.Amount)
		return false, nil
	})
	return total, err
}

func fmtAmount(x math.Int) string {
	if x.IsNil() {
		return "<nil>"
	}
	return x.String()
}
