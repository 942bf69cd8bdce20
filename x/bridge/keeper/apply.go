package keeper

import (
	"context"
	"fmt"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// outcome is how an applied event ended when it did not simply succeed: failed names why (the
// event is recorded as failed, its writes kept), refundID the withdrawal that pays a deposit
// back to Base.
type outcome struct {
	failed   string
	refundID uint64
}

// apply applies att, the passing claim of the next nonce, and consumes the nonce whatever
// happens: the event runs in a cached context; if it fails, its writes are dropped, it is
// recorded in FailedEvents with the reason and EventClaimFailed, and the bridge goes on with
// the next nonce (a stuck nonce would stall every deposit behind it). The other claims of the
// nonce become REJECTED: they can never pass now.
func (k Keeper) apply(ctx context.Context, att types.Attestation) error {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	ev := att.Event
	cache, write := sdkCtx.CacheContext()
	out, err := k.applyEventSafely(cache, ev)
	if err != nil {
		out = outcome{failed: err.Error()}
		k.logger(ctx).Error("attested event failed", "nonce", ev.EventNonce, "kind", ev.Kind(), "err", err)
	} else {
		write()
	}

	bs, err := k.BaseState.Get(ctx) // after the event: it may have changed the state
	if err != nil {
		return err
	}
	bs.LastEventNonce = ev.EventNonce
	bs.LastBaseBlock = ev.BaseBlock
	if err := k.BaseState.Set(ctx, bs); err != nil {
		return err
	}

	height := sdkCtx.BlockHeight()
	others, err := k.attestationsOf(ctx, ev.EventNonce)
	if err != nil {
		return err
	}
	for _, a := range others {
		switch {
		case string(a.ClaimHash) == string(att.ClaimHash) && out.failed == "":
			a.Status = types.ATTESTATION_STATUS_APPLIED
		case string(a.ClaimHash) == string(att.ClaimHash):
			a.Status = types.ATTESTATION_STATUS_FAILED
		default:
			a.Status = types.ATTESTATION_STATUS_REJECTED
		}
		a.Height = height
		if err := k.Attestations.Set(ctx, attestationKey(a), a); err != nil {
			return err
		}
	}

	if out.failed != "" {
		if err := k.FailedEvents.Set(ctx, ev.EventNonce, types.FailedEvent{
			EventNonce: ev.EventNonce, Event: ev, Reason: out.failed, Height: height, RefundId: out.refundID,
		}); err != nil {
			return err
		}
		return sdkCtx.EventManager().EmitTypedEvent(&types.EventClaimFailed{
			EventNonce: ev.EventNonce, Kind: ev.Kind(), Reason: out.failed, RefundId: out.refundID,
		})
	}
	return sdkCtx.EventManager().EmitTypedEvent(&types.EventClaimApplied{
		EventNonce: ev.EventNonce, ClaimHash: types.HashString(common.BytesToHash(att.ClaimHash)), Kind: ev.Kind(), BaseBlock: ev.BaseBlock,
	})
}

// applyEventSafely is applyEvent with a panic turned into the event's failure: a panic in a
// keeper the event reaches (an amount overflowing the supply, say) must not halt the chain in
// EndBlock nor stall the bridge. Running out of gas in a transaction still aborts it.
func (k Keeper) applyEventSafely(ctx context.Context, ev types.BaseEvent) (out outcome, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case storetypes.ErrorOutOfGas, storetypes.ErrorGasOverflow:
				panic(r)
			}
			out, err = outcome{}, fmt.Errorf("applying event %d (%s) panicked: %v", ev.EventNonce, ev.Kind(), r)
		}
	}()
	return k.applyEvent(ctx, ev)
}

// applyEvent does what the Base event means on the chain.
func (k Keeper) applyEvent(ctx context.Context, ev types.BaseEvent) (outcome, error) {
	switch c := ev.Claim.(type) {
	case *types.BaseEvent_Deposit:
		return k.applyDeposit(ctx, ev.EventNonce, c.Deposit)
	case *types.BaseEvent_RewardsFunded:
		return outcome{}, k.applyRewardsFunded(ctx, ev.EventNonce, c.RewardsFunded)
	case *types.BaseEvent_SettlementSubmitted:
		return outcome{}, k.settlementLanded(ctx, ev, c.SettlementSubmitted)
	case *types.BaseEvent_SettlementVetoed:
		return outcome{}, k.settlementVetoed(ctx, ev, c.SettlementVetoed)
	case *types.BaseEvent_ValsetProposed, *types.BaseEvent_ValsetActivated, *types.BaseEvent_ValsetVetoed,
		*types.BaseEvent_GuardianChangeProposed, *types.BaseEvent_GuardianChangeVetoed, *types.BaseEvent_GuardianTransferred:
		return outcome{}, k.applyBaseChange(ctx, ev)
	}
	return outcome{}, errorsmod.Wrapf(types.ErrInvalidClaim, "event %d has no claim", ev.EventNonce)
}

// applyDeposit mints a deposit to its recipient. A deposit that cannot be credited (the
// recipient does not decode as an account of this chain, is a blocked module account, or the
// credit fails) is not lost: it is queued as a refund to its Base sender, paid by the next
// settlement, and recorded as failed with the refund's id.
func (k Keeper) applyDeposit(ctx context.Context, nonce uint64, c *types.DepositClaim) (outcome, error) {
	sender, err := types.ParseCanonicalEthAddress("sender", c.Sender)
	if err != nil {
		return outcome{}, err
	}
	var reason string
	recipient, err := k.addressCodec.StringToBytes(c.Recipient)
	switch {
	case err != nil:
		reason = fmt.Sprintf("recipient %q is not an account address of this chain: %v", c.Recipient, err)
	case k.bank.BlockedAddr(recipient):
		reason = fmt.Sprintf("recipient %s is a module account that may not receive funds", c.Recipient)
	default:
		cache, write := sdk.UnwrapSDKContext(ctx).CacheContext()
		if err := k.creditDeposit(cache, nonce, c.Sender, recipient, c.Amount); err != nil {
			reason = fmt.Sprintf("crediting %s failed: %v", c.Recipient, err)
		} else {
			write()
			return outcome{}, nil
		}
	}
	id, err := k.queueDepositRefund(ctx, nonce, sender, c.Amount)
	if err != nil {
		return outcome{}, errorsmod.Wrapf(err, "deposit %d not credited (%s) and not refunded", nonce, reason)
	}
	return outcome{failed: fmt.Sprintf("%s; %s aflock refunded to %s on Base (withdrawal %d)", reason, c.Amount, sender.Hex(), id), refundID: id}, nil
}

// creditDeposit mints amount through the bridge account to recipient and books it.
func (k Keeper) creditDeposit(ctx context.Context, nonce uint64, sender string, recipient sdk.AccAddress, amount math.Int) error {
	if err := k.bank.MintCoins(ctx, types.ModuleName, k.coins(amount)); err != nil {
		return err
	}
	if err := k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, recipient, k.coins(amount)); err != nil {
		return err
	}
	if err := k.addBacking(ctx, func(b *types.Backing) { b.Deposited = b.Deposited.Add(amount) }); err != nil {
		return err
	}
	recipientStr, err := k.addressCodec.BytesToString(recipient)
	if err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventDepositMinted{
		EventNonce: nonce, BaseSender: sender, Recipient: recipientStr, Amount: amount,
	})
}

// applyRewardsFunded mints the funded FLOCK through the bridge account into the x/rewards pool.
func (k Keeper) applyRewardsFunded(ctx context.Context, nonce uint64, c *types.RewardsFundedClaim) error {
	if err := k.bank.MintCoins(ctx, types.ModuleName, k.coins(c.Amount)); err != nil {
		return err
	}
	if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, c.Amount); err != nil {
		return err
	}
	if err := k.addBacking(ctx, func(b *types.Backing) { b.Funded = b.Funded.Add(c.Amount) }); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventRewardsFunded{EventNonce: nonce, Funder: c.Funder, Amount: c.Amount})
}

// applyBaseChange records a change of Base's valset or guardian in BaseState: what the chain
// knows FlockBridge holds. Nothing here moves funds.
func (k Keeper) applyBaseChange(ctx context.Context, ev types.BaseEvent) error {
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return err
	}
	em := sdk.UnwrapSDKContext(ctx).EventManager()
	var emitted error
	switch c := ev.Claim.(type) {
	case *types.BaseEvent_ValsetProposed:
		v := c.ValsetProposed
		bs.PendingValsetNonce, bs.PendingCheckpoint, bs.PendingActivatesAt = v.ValsetNonce, v.Checkpoint, v.ActivatesAt
		emitted = em.EmitTypedEvent(&types.EventBaseValset{Change: "proposed", Nonce: v.ValsetNonce, Checkpoint: v.Checkpoint})
	case *types.BaseEvent_ValsetActivated:
		v := c.ValsetActivated
		bs.ActiveValsetNonce, bs.ActiveCheckpoint = v.ValsetNonce, v.Checkpoint
		if bs.PendingCheckpoint == v.Checkpoint {
			bs.PendingValsetNonce, bs.PendingCheckpoint, bs.PendingActivatesAt = 0, "", 0
		}
		emitted = em.EmitTypedEvent(&types.EventBaseValset{Change: "activated", Nonce: v.ValsetNonce, Checkpoint: v.Checkpoint})
	case *types.BaseEvent_ValsetVetoed:
		v := c.ValsetVetoed
		if bs.PendingCheckpoint == v.Checkpoint {
			bs.PendingValsetNonce, bs.PendingCheckpoint, bs.PendingActivatesAt = 0, "", 0
		}
		// a vetoed chain valset is replaced by a new one with a higher nonce (valsets.go)
		if err := k.valsetVetoed(ctx, v); err != nil {
			return err
		}
		emitted = em.EmitTypedEvent(&types.EventBaseValset{Change: "vetoed", Nonce: v.ValsetNonce, Checkpoint: v.Checkpoint})
	case *types.BaseEvent_GuardianChangeProposed:
		g := c.GuardianChangeProposed
		bs.NextGuardian, bs.NextGuardianAt = g.NewGuardian, g.ExecutableAt
		emitted = em.EmitTypedEvent(&types.EventBaseGuardian{Change: "change_proposed", Guardian: g.NewGuardian})
	case *types.BaseEvent_GuardianChangeVetoed:
		g := c.GuardianChangeVetoed
		if bs.NextGuardian == g.NewGuardian {
			bs.NextGuardian, bs.NextGuardianAt = "", 0
		}
		emitted = em.EmitTypedEvent(&types.EventBaseGuardian{Change: "change_vetoed", Guardian: g.NewGuardian})
	case *types.BaseEvent_GuardianTransferred:
		g := c.GuardianTransferred
		bs.Guardian = g.NewGuardian
		if bs.NextGuardian == g.NewGuardian { // the valset's order was executed
			bs.NextGuardian, bs.NextGuardianAt = "", 0
		}
		emitted = em.EmitTypedEvent(&types.EventBaseGuardian{Change: "transferred", Guardian: g.NewGuardian})
	default:
		return errorsmod.Wrapf(types.ErrInvalidClaim, "event %d (%s) is not a valset or guardian change", ev.EventNonce, ev.Kind())
	}
	if emitted != nil {
		return emitted
	}
	return k.BaseState.Set(ctx, bs)
}
