package types

import (
	"context"

	"cosmossdk.io/math"
)

// EmissionItem is one piece of active work that may earn emission at an epoch boundary.
type EmissionItem struct {
	// ID is the item's id in its module (task id, alliance id, model id).
	ID uint64
	// Weight is stake × time within the epoch in aflock·seconds for alliances and arena tasks
	// (both categories in the same unit, since alliances and arena share by it), and paid
	// usage in aflock for marketplace models. Items with zero weight earn nothing. Weights
	// are split linearly: a sink must not report a weight that grows faster than the stake
	// behind it, or splitting that stake over more items would earn more.
	Weight math.Int
}

// EmissionSink is implemented by a module whose work earns emission: x/arena (tasks),
// x/alliance (alliances), x/marketplace (models). At each epoch boundary x/rewards lists the
// items of every registered sink, splits the emission over them, and later moves each
// item's share from the pool to the sink module's account and calls CreditEmission. x/rewards
// imports no sink module: sinks are registered at app wiring (EmissionSinkWrapper), the way
// staking hooks are.
type EmissionSink interface {
	// EmissionCategory tells which part of the emission the sink's items share.
	EmissionCategory() Category
	// EmissionItems lists the items active now, sorted by ID, with their weights over the
	// epoch that closes. It is called once per epoch boundary, so a sink that integrates
	// stake over time starts its next window here (it may write); it runs in a cached
	// context, and if it fails nothing it wrote is kept. The sink bounds the list by its own
	// params (how much work may be active at once).
	EmissionItems(ctx context.Context) ([]EmissionItem, error)
	// CreditEmission records that amount aflock of epoch's emission has reached the sink
	// module's account for item id. An error undoes the transfer; the amount returns to
	// the pool.
	CreditEmission(ctx context.Context, epoch, id uint64, amount math.Int) error
}

// EmissionSinkWrapper carries one module's EmissionSink through depinject: a module
// provides it, and x/rewards collects one per module.
type EmissionSinkWrapper struct{ EmissionSink }

// IsOnePerModuleType marks the wrapper for depinject's one-per-module collection.
func (EmissionSinkWrapper) IsOnePerModuleType() {}

// Payout is one line of a result list a module pays through x/rewards.
type Payout struct {
	Recipient string // bech32 account address
	Amount    math.Int
}
