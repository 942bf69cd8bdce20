package types

import (
	"context"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// AccountKeeper is what x/alliance needs of x/auth.
type AccountKeeper interface {
	GetModuleAddress(moduleName string) sdk.AccAddress
	GetModuleAccount(ctx context.Context, moduleName string) sdk.ModuleAccountI
	GetAccount(ctx context.Context, addr sdk.AccAddress) sdk.AccountI // simulation
}

// BankKeeper is what x/alliance needs of x/bank.
type BankKeeper interface {
	GetBalance(ctx context.Context, addr sdk.AccAddress, denom string) sdk.Coin
	SendCoinsFromAccountToModule(ctx context.Context, senderAddr sdk.AccAddress, recipientModule string, amt sdk.Coins) error
	SendCoinsFromModuleToAccount(ctx context.Context, senderModule string, recipientAddr sdk.AccAddress, amt sdk.Coins) error
	SpendableCoins(ctx context.Context, addr sdk.AccAddress) sdk.Coins // simulation
}

// RewardsKeeper is what x/alliance needs of x/rewards: paying a round's rewards as
// claimable balances and returning what nobody earned to the pool.
type RewardsKeeper interface {
	PayRewards(ctx context.Context, fromModule string, payouts []rewardstypes.Payout) error
	FundPoolFromModule(ctx context.Context, fromModule string, amount math.Int) error
}
