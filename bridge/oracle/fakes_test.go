package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// errDown is a node that does not answer.
var errDown = errors.New("connection refused")

// fakeChain keeps x/bridge's rules for one orchestrator: its nonces are contiguous (the
// first event of an attestation is its last + 1), at most maxEvents per message. It applies
// an event as soon as this orchestrator attests it, as if the others had already voted.
type fakeChain struct {
	mu        sync.Mutex
	own       uint64
	applied   uint64
	lastBlock uint64 // Base block of the last applied event
	maxEvents uint32
	maxPerTx  int               // > 0: a batch above it is ErrBatchTooLarge
	records   map[uint64]uint64 // nonce → base block, as the chain's attestation records
	attested  []types.BaseEvent
	txs       [][]types.BaseEvent
	down      int   // the next calls fail as if the node were down
	refuse    error // every attestation is refused with it
}

func newFakeChain(lastBlock uint64) *fakeChain {
	return &fakeChain{lastBlock: lastBlock, maxEvents: 100, records: map[uint64]uint64{}}
}

func (c *fakeChain) fail() error {
	if c.down > 0 {
		c.down--
		return errDown
	}
	return nil
}

func (c *fakeChain) State(context.Context) (ChainState, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.fail(); err != nil {
		return ChainState{}, err
	}
	return ChainState{OwnNonce: c.own, AppliedNonce: c.applied, LastBaseBlock: c.lastBlock, MaxEventsPerAttestation: c.maxEvents}, nil
}

func (c *fakeChain) AttestedBlock(_ context.Context, nonce uint64) (uint64, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.fail(); err != nil {
		return 0, false, err
	}
	b, ok := c.records[nonce]
	return b, ok, nil
}

func (c *fakeChain) SettlementCount(context.Context, uint64) (uint64, error) { return 0, nil }

func (c *fakeChain) Attest(_ context.Context, events []types.BaseEvent) (AttestResult, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.fail(); err != nil {
		return AttestResult{}, err
	}
	if c.refuse != nil {
		return AttestResult{}, c.refuse
	}
	if c.maxPerTx > 0 && len(events) > c.maxPerTx {
		return AttestResult{}, fmt.Errorf("%w: %d events", ErrBatchTooLarge, len(events))
	}
	if len(events) > int(c.maxEvents) {
		return AttestResult{}, refusal(types.ErrTooManyEvents, "%d events", len(events))
	}
	last := c.own
	for _, ev := range events {
		if ev.EventNonce != last+1 {
			return AttestResult{}, refusal(types.ErrNonceOutOfOrder, "event %d: expected nonce %d", ev.EventNonce, last+1)
		}
		if err := ev.Validate(); err != nil {
			return AttestResult{}, refusal(types.ErrInvalidClaim, "%v", err)
		}
		last = ev.EventNonce
	}
	c.own = last
	c.attested = append(c.attested, events...)
	c.txs = append(c.txs, append([]types.BaseEvent(nil), events...))
	for _, ev := range events {
		c.records[ev.EventNonce] = ev.BaseBlock
		if ev.EventNonce == c.applied+1 {
			c.applied, c.lastBlock = ev.EventNonce, ev.BaseBlock
		}
	}
	return AttestResult{TxHash: fmt.Sprintf("TX%d", len(c.txs)), Height: int64(len(c.txs))}, nil
}

// refusal is a transaction refused with a registered error, as chainclient returns it.
func refusal(reg interface {
	Codespace() string
	ABCICode() uint32
}, format string, args ...any) error {
	return &chainclient.TxError{Codespace: reg.Codespace(), Code: reg.ABCICode(), Log: fmt.Sprintf(format, args...)}
}

func (c *fakeChain) nonces() []uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]uint64, len(c.attested))
	for i, ev := range c.attested {
		out[i] = ev.EventNonce
	}
	return out
}

// fakeBase is a Base node holding the bridge's events (sorted by nonce), its head and its
// finalized block.
type fakeBase struct {
	mu        sync.Mutex
	events    []baseclient.Event
	head      uint64
	finalized uint64
	noTag     bool
	down      int // the next calls fail as if the node were down
	reads     [][2]uint64
}

func (b *fakeBase) fail() error {
	if b.down > 0 {
		b.down--
		return errDown
	}
	return nil
}

// deposit adds the next event in block, and moves the head there.
func (b *fakeBase) deposit(block uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := uint64(len(b.events)) + 1
	b.events = append(b.events, &baseclient.DepositedEvent{
		EventMeta: baseclient.EventMeta{EventNonce: n, BlockNumber: block, TxHash: common.BigToHash(new(big.Int).SetUint64(1000 + n))},
		Sender:    common.HexToAddress("0x5B38Da6a701c568545dCfcB03FcB875f56beddC4"),
		Recipient: recipient, Amount: big.NewInt(int64(n)),
	})
	b.head = max(b.head, block)
}

// recipient is a valid flock1 account address.
const recipient = "flock1qyqszqgpqyqszqgpqyqszqgpqyqszqgpmw220k"

func (b *fakeBase) setFinalized(n uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.finalized = n
	b.head = max(b.head, n)
}

func (b *fakeBase) Head(context.Context) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.fail(); err != nil {
		return 0, err
	}
	return b.head, nil
}

func (b *fakeBase) Finalized(context.Context) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.fail(); err != nil {
		return 0, err
	}
	if b.noTag {
		return 0, fmt.Errorf("%w: invalid block tag", ErrNoFinalizedTag)
	}
	return b.finalized, nil
}

func (b *fakeBase) Events(_ context.Context, from, to uint64) ([]baseclient.Event, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.fail(); err != nil {
		return nil, err
	}
	b.reads = append(b.reads, [2]uint64{from, to})
	var out []baseclient.Event
	for _, ev := range b.events {
		if n := ev.Meta().BlockNumber; n >= from && n <= to {
			out = append(out, ev)
		}
	}
	return out, nil
}

func (b *fakeBase) EventNonce(_ context.Context, block uint64) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var n uint64
	for _, ev := range b.events {
		if ev.Meta().BlockNumber <= block {
			n = ev.Meta().EventNonce
		}
	}
	return n, nil
}

func (b *fakeBase) ClaimedLeaves(context.Context, uint64, uint64, uint64) ([]uint64, error) {
	return nil, nil
}
