package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name and the name of its escrow account, which holds the
	// stakes, delegations and reward pools of live tasks.
	ModuleName = "arena"
	// StoreKey is the KV store key of the module.
	StoreKey = ModuleName
)

// Store prefixes. Never reuse a number.
var (
	ParamsKey            = collections.NewPrefix(0)
	NextTaskIDKey        = collections.NewPrefix(1)
	TasksKey             = collections.NewPrefix(2)
	TasksByStatusKey     = collections.NewPrefix(3)
	DeadlinesKey         = collections.NewPrefix(4)
	ParticipantsKey      = collections.NewPrefix(5)
	DelegationsKey       = collections.NewPrefix(6)
	SubmissionsKey       = collections.NewPrefix(7)
	SubmissionByIDKey    = collections.NewPrefix(8)
	AssignmentsKey       = collections.NewPrefix(9)
	CommitmentsKey       = collections.NewPrefix(10)
	ScoresKey            = collections.NewPrefix(11)
	SubmissionResultsKey = collections.NewPrefix(12)
	ParticipantResultKey = collections.NewPrefix(13)
	RevealedKey          = collections.NewPrefix(14)
	SettlementsKey       = collections.NewPrefix(15)
	TalliesKey           = collections.NewPrefix(16)
	RankingKey           = collections.NewPrefix(17)
	ModelHashesKey       = collections.NewPrefix(18)
	ExpiredKey           = collections.NewPrefix(19)
)
