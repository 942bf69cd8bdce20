package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the name of the module and of its account, the only one with mint and
	// burn permission. It holds nothing between transactions: deposits are minted through it
	// to their recipients, withdrawals are burned through it.
	ModuleName = "bridge"
	// StoreKey is the KV store key of the module.
	StoreKey = ModuleName
)

// Store prefixes. Never reuse a number: state written under it survives upgrades.
var (
	ParamsKey                = collections.NewPrefix(0)
	BaseStateKey             = collections.NewPrefix(1)
	BackingKey               = collections.NewPrefix(2)
	OrchestratorsKey         = collections.NewPrefix(3) // validator -> Orchestrator
	OrchestratorByAccountKey = collections.NewPrefix(4) // index: orchestrator account
	OrchestratorByEthKey     = collections.NewPrefix(5) // index: eth address
	EthKeysKey               = collections.NewPrefix(6) // eth address -> EthKeyRecord
	AttestedNoncesKey        = collections.NewPrefix(7) // validator -> last attested nonce
	AttestationsKey          = collections.NewPrefix(8) // (nonce, claim hash) -> Attestation
	VotesKey                 = collections.NewPrefix(9) // (nonce, claim hash, validator)
	FailedEventsKey          = collections.NewPrefix(10)
	WithdrawalsKey           = collections.NewPrefix(11) // id -> queued Withdrawal
	WithdrawalsBySenderKey   = collections.NewPrefix(12) // index: sender
	WithdrawalSeqKey         = collections.NewPrefix(13)
	SettlementsKey           = collections.NewPrefix(14) // epoch -> Settlement
	LeavesKey                = collections.NewPrefix(15) // (epoch, index) -> Leaf
	LeavesByAccountKey       = collections.NewPrefix(16) // index: Base account
	TreeNodesKey             = collections.NewPrefix(17) // (epoch, level, index) -> hash
	ValsetsKey               = collections.NewPrefix(18) // nonce -> Valset
	ValsetConfirmsKey        = collections.NewPrefix(19) // (nonce, validator) -> Confirmation
	SettlementConfirmsKey    = collections.NewPrefix(20) // (epoch, validator) -> Confirmation
	DeadlinesKey             = collections.NewPrefix(21) // (unix nanos, kind, id) -> ConfirmDeadline
	BadSignaturesKey         = collections.NewPrefix(22) // signature hash -> BadSignatureRecord
	NextSettlementAtKey      = collections.NewPrefix(23)
	ValsetBlockedKey         = collections.NewPrefix(24) // why no valset can be made (empty: none)
	PruneCursorKey           = collections.NewPrefix(25) // next attestation nonce to prune
	RecreditingKey           = collections.NewPrefix(26) // epochs of vetoed/conflicted settlements still re-crediting
	LeavesByWithdrawalKey    = collections.NewPrefix(27) // index: the withdrawal id a leaf pays
)
