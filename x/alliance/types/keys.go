package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name and the name of its escrow account, which holds the
	// participants' stakes and the alliances' reward pools.
	ModuleName = "alliance"
	// StoreKey is the KV store key of the module.
	StoreKey = ModuleName
)

// Store prefixes. Never reuse a number.
var (
	ParamsKey             = collections.NewPrefix(0)
	NextAllianceIDKey     = collections.NewPrefix(1)
	AlliancesKey          = collections.NewPrefix(2)
	AlliancesByStatusKey  = collections.NewPrefix(3)
	DeadlinesKey          = collections.NewPrefix(4)
	ParticipantsKey       = collections.NewPrefix(5)
	ParticipantByIndexKey = collections.NewPrefix(6)
	RoundsKey             = collections.NewPrefix(7)
	UpdatesKey            = collections.NewPrefix(8)
	UpdateHashesKey       = collections.NewPrefix(9)
	VotesKey              = collections.NewPrefix(10)
	ModelReportsKey       = collections.NewPrefix(11)
	ReportersKey          = collections.NewPrefix(12)
	SettlementsKey        = collections.NewPrefix(13)
	EndedKey              = collections.NewPrefix(14)
)
