package keeper

import (
	"context"

	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	"github.com/flockchain/flock/x/bridge/types"
)

// The settlement concern's hooks, called by the apply step in the chain; exported to the
// settlement tests so they can play Base's events without attestations.

func (k Keeper) SettlementLandedForTest(ctx context.Context, ev types.BaseEvent, c *types.SettlementSubmittedClaim) error {
	return k.settlementLanded(ctx, ev, c)
}

func (k Keeper) SettlementVetoedForTest(ctx context.Context, ev types.BaseEvent, c *types.SettlementVetoedClaim) error {
	return k.settlementVetoed(ctx, ev, c)
}

func (k Keeper) QueueDepositRefundForTest(ctx context.Context, nonce uint64, sender common.Address, amount math.Int) (uint64, error) {
	return k.queueDepositRefund(ctx, nonce, sender, amount)
}

func (k Keeper) AdvanceSettlementsForTest(ctx context.Context, p types.Params) error {
	return k.advanceSettlements(ctx, p)
}
