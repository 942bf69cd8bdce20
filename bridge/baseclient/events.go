package baseclient

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// EventKind is the Solidity name of a FlockBridge event that carries an event nonce.
type EventKind string

// The ten events that carry an event nonce: every state change on Base the chain mirrors.
const (
	KindDeposited              EventKind = "Deposited"
	KindRewardsFunded          EventKind = "RewardsFunded"
	KindValsetProposed         EventKind = "ValsetProposed"
	KindValsetUpdated          EventKind = "ValsetUpdated"
	KindValsetVetoed           EventKind = "ValsetVetoed"
	KindSettlementSubmitted    EventKind = "SettlementSubmitted"
	KindSettlementVetoed       EventKind = "SettlementVetoed"
	KindGuardianChangeProposed EventKind = "GuardianChangeProposed"
	KindGuardianChangeVetoed   EventKind = "GuardianChangeVetoed"
	KindGuardianTransferred    EventKind = "GuardianTransferred"
)

// EventKinds lists every kind, in the contract's declaration order.
var EventKinds = []EventKind{
	KindDeposited, KindRewardsFunded, KindValsetProposed, KindValsetUpdated, KindValsetVetoed,
	KindSettlementSubmitted, KindSettlementVetoed, KindGuardianChangeProposed, KindGuardianChangeVetoed,
	KindGuardianTransferred,
}

// EventMeta is an event's place in the bridge's sequence (EventNonce, from 1) and where its
// log is on Base: what an attestation names besides the event's fields.
type EventMeta struct {
	EventNonce  uint64
	BlockNumber uint64
	TxHash      common.Hash
	LogIndex    uint
}

// Meta returns m; embedding EventMeta gives every event type its Meta method.
func (m EventMeta) Meta() EventMeta { return m }

// Event is a decoded FlockBridge event that carries an event nonce. The concrete types are
// the pointers *DepositedEvent … *GuardianTransferredEvent below; switch on them.
//
// Field types: values the contract itself bounds (event nonce, epoch, timestamps, valset
// powers) are uint64, and a log whose value does not fit is refused as malformed, since the
// bridge cannot have emitted it; values a depositor or the valset's signers choose (amounts,
// totals, leaf counts, valset and guardian-change nonces) stay *big.Int, so a hostile but
// valid proposal is decoded, never refused.
type Event interface {
	Meta() EventMeta
	Kind() EventKind
}

// DepositedEvent: Sender locked Amount atto-FLOCK for Recipient (a flock1 address the
// contract checked) on the chain.
type DepositedEvent struct {
	EventMeta
	Sender    common.Address
	Recipient string
	Amount    *big.Int
}

// RewardsFundedEvent: Funder added Amount atto-FLOCK to the chain's rewards pool.
type RewardsFundedEvent struct {
	EventMeta
	Funder common.Address
	Amount *big.Int
}

// ValsetProposedEvent: a valset is pending, activatable from ActivatesAt (Unix seconds)
// unless the guardian vetoes it. Powers[i] is Signers[i]'s power (the contract checked them:
// each below 2^32).
type ValsetProposedEvent struct {
	EventMeta
	ValsetNonce *big.Int
	Checkpoint  common.Hash
	Signers     []common.Address
	Powers      []uint64
	ActivatesAt uint64
}

// ValsetUpdatedEvent: the valset with Checkpoint is now the active one on Base.
type ValsetUpdatedEvent struct {
	EventMeta
	ValsetNonce *big.Int
	Checkpoint  common.Hash
}

// ValsetVetoedEvent: the guardian vetoed the pending valset; Checkpoint can never be
// proposed again.
type ValsetVetoedEvent struct {
	EventMeta
	ValsetNonce *big.Int
	Checkpoint  common.Hash
}

// SettlementSubmittedEvent: Epoch's payout tree landed, claimable from ClaimableAt (Unix
// seconds).
type SettlementSubmittedEvent struct {
	EventMeta
	Epoch       uint64
	Root        common.Hash
	Total       *big.Int
	Count       *big.Int
	ClaimableAt uint64
}

// SettlementVetoedEvent: Epoch's settlement was vetoed after Paid atto-FLOCK of it had been
// claimed. Which leaves were claimed is final from this block on: read it with
// EventReader.ClaimedLeaves.
type SettlementVetoedEvent struct {
	EventMeta
	Epoch uint64
	Paid  *big.Int
}

// GuardianChangeProposedEvent: the valset ordered NewGuardian (order GuardianChangeNonce),
// executable from ExecutableAt (Unix seconds) unless the guardian vetoes it.
type GuardianChangeProposedEvent struct {
	EventMeta
	GuardianChangeNonce *big.Int
	NewGuardian         common.Address
	ExecutableAt        uint64
}

// GuardianChangeVetoedEvent: the guardian vetoed order GuardianChangeNonce.
type GuardianChangeVetoedEvent struct {
	EventMeta
	GuardianChangeNonce *big.Int
	NewGuardian         common.Address
}

// GuardianTransferredEvent: NewGuardian holds the role now (by acceptGuardian or
// executeGuardianChange).
type GuardianTransferredEvent struct {
	EventMeta
	PreviousGuardian common.Address
	NewGuardian      common.Address
}

func (*DepositedEvent) Kind() EventKind              { return KindDeposited }
func (*RewardsFundedEvent) Kind() EventKind          { return KindRewardsFunded }
func (*ValsetProposedEvent) Kind() EventKind         { return KindValsetProposed }
func (*ValsetUpdatedEvent) Kind() EventKind          { return KindValsetUpdated }
func (*ValsetVetoedEvent) Kind() EventKind           { return KindValsetVetoed }
func (*SettlementSubmittedEvent) Kind() EventKind    { return KindSettlementSubmitted }
func (*SettlementVetoedEvent) Kind() EventKind       { return KindSettlementVetoed }
func (*GuardianChangeProposedEvent) Kind() EventKind { return KindGuardianChangeProposed }
func (*GuardianChangeVetoedEvent) Kind() EventKind   { return KindGuardianChangeVetoed }
func (*GuardianTransferredEvent) Kind() EventKind    { return KindGuardianTransferred }
