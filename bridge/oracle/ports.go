package oracle

import (
	"context"
	"errors"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// ChainState is what one pass reads of the chain.
type ChainState struct {
	// OwnNonce is the orchestrator's last attested event nonce.
	OwnNonce uint64
	// AppliedNonce is the chain's last applied (or failed) event nonce; LastBaseBlock the
	// Base block of that event (at genesis: the bridge's deploy block).
	AppliedNonce, LastBaseBlock uint64
	// MaxEventsPerAttestation is the chain's limit of events per MsgAttestEvents.
	MaxEventsPerAttestation uint32
}

// Chain is what the oracle needs of the Flock chain (ChainClient over gRPC; fakes in tests).
type Chain interface {
	State(ctx context.Context) (ChainState, error)
	// AttestedBlock is the Base block of event nonce as the chain's attestation records
	// hold it; false when the chain has no record of it (never attested, or pruned).
	AttestedBlock(ctx context.Context, nonce uint64) (uint64, bool, error)
	// SettlementCount is the leaf count of the chain's settlement of epoch (0: none).
	SettlementCount(ctx context.Context, epoch uint64) (uint64, error)
	// Attest sends one MsgAttestEvents and waits until it is in a block. An error wrapping
	// ErrBatchTooLarge means the events do not fit one transaction (gas or size) and fewer
	// must be sent; a refusal by the chain wraps its registered error (x/bridge types).
	Attest(ctx context.Context, events []types.BaseEvent) (AttestResult, error)
}

// AttestResult is the transaction that carried an attestation.
type AttestResult struct {
	TxHash string
	Height int64
	Gas    uint64
}

// ErrBatchTooLarge is a batch of events that does not fit one transaction.
var ErrBatchTooLarge = errors.New("attestation too large for one transaction")

// Base is what the oracle needs of a Base node (EthBase over JSON-RPC; fakes in tests).
type Base interface {
	// Head is the latest block number.
	Head(ctx context.Context) (uint64, error)
	// Finalized is the finalized block number; an error wrapping ErrNoFinalizedTag when the
	// node answers that it has no such tag.
	Finalized(ctx context.Context) (uint64, error)
	// Events are the bridge's nonced events in blocks from..to, sorted and consecutive
	// (baseclient.EventReader.Events).
	Events(ctx context.Context, from, to uint64) ([]baseclient.Event, error)
	// EventNonce is the bridge's event counter as of block (the last nonce emitted).
	EventNonce(ctx context.Context, block uint64) (uint64, error)
	// ClaimedLeaves are the indices below count of epoch's leaves claimed as of atBlock.
	ClaimedLeaves(ctx context.Context, epoch, count, atBlock uint64) ([]uint64, error)
}

// ErrNoFinalizedTag is a node that does not know the "finalized" block tag.
var ErrNoFinalizedTag = errors.New("the node has no finalized block tag")
