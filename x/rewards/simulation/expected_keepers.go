// Package simulation holds the simulation genesis and operations of x/rewards.
package simulation

import (
	"context"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

// AccountKeeper is what x/rewards and its simulation need of x/auth.
type AccountKeeper interface {
	types.AccountKeeper
	GetAccount(ctx context.Context, addr sdk.AccAddress) sdk.AccountI
}

// BankKeeper is what x/rewards and its simulation need of x/bank.
type BankKeeper interface {
	types.BankKeeper
	SpendableCoins(ctx context.Context, addr sdk.AccAddress) sdk.Coins
}
