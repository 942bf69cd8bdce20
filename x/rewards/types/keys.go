package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of the module and of its account, which holds the pool, the
	// claimable balances and the credits waiting to be paid.
	ModuleName = "rewards"
	// StoreKey is the KV store key of the module.
	StoreKey = ModuleName
)

// Store prefixes. Never reuse a number: state written under it survives upgrades.
var (
	ParamsKey          = collections.NewPrefix(0)
	PoolKey            = collections.NewPrefix(1)
	EpochStateKey      = collections.NewPrefix(2)
	EpochRecordsKey    = collections.NewPrefix(3)
	ClaimablesKey      = collections.NewPrefix(4)
	TotalClaimableKey  = collections.NewPrefix(5)
	PendingCreditsKey  = collections.NewPrefix(6)
	PendingSequenceKey = collections.NewPrefix(7)
	PendingTotalKey    = collections.NewPrefix(8)
)
