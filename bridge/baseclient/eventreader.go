package baseclient

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
)

// DefaultMaxLogRange is the block span of one eth_getLogs call when none is given: within
// what public providers accept (many refuse more than a few thousand blocks per call).
const DefaultMaxLogRange = 1_000

// LogBackend is what EventReader needs of a node: logs and contract reads. An
// *ethclient.Client and the devchain's client (bridge/devchain) are both one.
type LogBackend interface {
	bind.ContractFilterer
	bind.ContractCaller
}

// EventReader reads the nonced events of one FlockBridge from a node and decodes them with
// the abigen bindings. It holds no state between calls: the relayer's loop and a test read
// through the same one.
type EventReader struct {
	address  common.Address
	backend  LogBackend
	maxRange uint64
	filterer *bindings.FlockBridgeFilterer
	caller   *bindings.FlockBridgeCaller
}

// NewEventReader reads the bridge at address through backend, at most maxRange blocks per
// eth_getLogs call (0: DefaultMaxLogRange).
func NewEventReader(address common.Address, backend LogBackend, maxRange uint64) (*EventReader, error) {
	if maxRange == 0 {
		maxRange = DefaultMaxLogRange
	}
	f, err := bindings.NewFlockBridgeFilterer(address, backend)
	if err != nil {
		return nil, fmt.Errorf("bridge %s: %w", address, err)
	}
	c, err := bindings.NewFlockBridgeCaller(address, backend)
	if err != nil {
		return nil, fmt.Errorf("bridge %s: %w", address, err)
	}
	return &EventReader{address: address, backend: backend, maxRange: maxRange, filterer: f, caller: c}, nil
}

// EventReader reads b's events through b's connection (see NewEventReader).
func (b *Bridge) EventReader(maxRange uint64) (*EventReader, error) {
	return NewEventReader(b.Address, b.Eth, maxRange)
}

// Events returns the bridge's nonced events in blocks from..to (inclusive), sorted by event
// nonce. The range is read in calls of at most the reader's max range, the last one ending
// at to, never past it: give a to the node has (a block past its head is an error on most
// nodes), normally the final or safe head. from > to reads nothing.
//
// Logs marked Removed (a reorg) are skipped. The constructor's events (event nonce 0, the
// initial valset the chain built itself) are not returned. Everything else must decode
// and form one run of consecutive nonces in log order, or Events fails, naming the block
// and transaction: a log that does not decode is malformed, and a repeated or missing nonce
// means the node's answer mixes forks or left logs out. Read again in either case.
func (r *EventReader) Events(ctx context.Context, from, to uint64) ([]Event, error) {
	ids, err := eventIDs()
	if err != nil {
		return nil, err
	}
	topics := make([]common.Hash, 0, len(EventKinds))
	for _, k := range EventKinds {
		topics = append(topics, ids.byKind[k])
	}
	var out []Event
	for start := from; start <= to; {
		end := to
		if to-start >= r.maxRange {
			end = start + r.maxRange - 1
		}
		logs, err := r.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(start),
			ToBlock:   new(big.Int).SetUint64(end),
			Addresses: []common.Address{r.address},
			Topics:    [][]common.Hash{topics},
		})
		if err != nil {
			return nil, fmt.Errorf("bridge %s: logs of blocks %d to %d: %w", r.address, start, end, err)
		}
		for _, l := range logs {
			if l.Removed {
				continue
			}
			if l.BlockNumber < start || l.BlockNumber > end {
				return nil, fmt.Errorf("bridge %s: the node returned a log of block %d (tx %s) for blocks %d to %d", r.address, l.BlockNumber, l.TxHash, start, end)
			}
			ev, err := r.Decode(l)
			if err != nil {
				return nil, err
			}
			if ev.Meta().EventNonce != 0 {
				out = append(out, ev)
			}
		}
		if end == to {
			break
		}
		start = end + 1
	}
	if err := checkSequence(r.address, out); err != nil {
		return nil, err
	}
	return out, nil
}

// checkSequence sorts events by nonce and checks they are consecutive and in log order.
func checkSequence(bridge common.Address, events []Event) error {
	slices.SortFunc(events, func(a, b Event) int { return cmp.Compare(a.Meta().EventNonce, b.Meta().EventNonce) })
	for i := 1; i < len(events); i++ {
		prev, cur := events[i-1].Meta(), events[i].Meta()
		switch {
		case cur.EventNonce == prev.EventNonce:
			return fmt.Errorf("bridge %s: event nonce %d twice, in block %d tx %s and block %d tx %s: the logs mix forks; read again",
				bridge, cur.EventNonce, prev.BlockNumber, prev.TxHash, cur.BlockNumber, cur.TxHash)
		case cur.EventNonce != prev.EventNonce+1:
			return fmt.Errorf("bridge %s: event nonces jump from %d (block %d tx %s) to %d (block %d tx %s): the node left logs out; read again",
				bridge, prev.EventNonce, prev.BlockNumber, prev.TxHash, cur.EventNonce, cur.BlockNumber, cur.TxHash)
		case cur.BlockNumber < prev.BlockNumber || (cur.BlockNumber == prev.BlockNumber && cur.LogIndex <= prev.LogIndex):
			return fmt.Errorf("bridge %s: event nonce %d (block %d log %d) comes before nonce %d (block %d log %d) on the chain: the logs mix forks; read again",
				bridge, cur.EventNonce, cur.BlockNumber, cur.LogIndex, prev.EventNonce, prev.BlockNumber, prev.LogIndex)
		}
	}
	return nil
}

// ErrNotNoncedEvent is returned by Decode for a log that is not one of the bridge's nonced
// events (another contract's, or a bridge event such as Claimed that carries no nonce).
var ErrNotNoncedEvent = errors.New("not a nonced FlockBridge event")

// Decode decodes one log of the bridge (from a receipt, say) into its Event. The
// constructor's events decode with event nonce 0.
func (r *EventReader) Decode(l types.Log) (Event, error) {
	ev, err := r.decode(l)
	if err != nil {
		return nil, fmt.Errorf("bridge %s: log %d of tx %s in block %d: %w", r.address, l.Index, l.TxHash, l.BlockNumber, err)
	}
	return ev, nil
}

func (r *EventReader) decode(l types.Log) (Event, error) {
	if l.Address != r.address {
		return nil, fmt.Errorf("%w: emitted by %s", ErrNotNoncedEvent, l.Address)
	}
	if len(l.Topics) == 0 {
		return nil, fmt.Errorf("%w: no topics", ErrNotNoncedEvent)
	}
	ids, err := eventIDs()
	if err != nil {
		return nil, err
	}
	kind, ok := ids.byID[l.Topics[0]]
	if !ok {
		return nil, fmt.Errorf("%w: topic %s", ErrNotNoncedEvent, l.Topics[0])
	}
	// the bindings' parser leaves the data fields unset on empty data and ignores data where
	// none is expected: refuse both here
	if hasData := ids.hasData[kind]; hasData != (len(l.Data) > 0) {
		if hasData {
			return nil, fmt.Errorf("%s without data", kind)
		}
		return nil, fmt.Errorf("%s with %d bytes of data, want none (all its fields are topics)", kind, len(l.Data))
	}
	meta := func(nonce *big.Int) (EventMeta, error) {
		n, err := toU64(kind, "eventNonce", nonce)
		return EventMeta{EventNonce: n, BlockNumber: l.BlockNumber, TxHash: l.TxHash, LogIndex: l.Index}, err
	}
	f := r.filterer
	switch kind {
	case KindDeposited:
		e, err := f.ParseDeposited(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		m, err := meta(e.EventNonce)
		return &DepositedEvent{EventMeta: m, Sender: e.Sender, Recipient: e.Recipient, Amount: e.Amount}, err
	case KindRewardsFunded:
		e, err := f.ParseRewardsFunded(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		m, err := meta(e.EventNonce)
		return &RewardsFundedEvent{EventMeta: m, Funder: e.Funder, Amount: e.Amount}, err
	case KindValsetProposed:
		e, err := f.ParseValsetProposed(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		if len(e.Powers) != len(e.Signers) {
			return nil, fmt.Errorf("%s: %d signers but %d powers", kind, len(e.Signers), len(e.Powers))
		}
		powers := make([]uint64, len(e.Powers))
		for i, p := range e.Powers {
			if powers[i], err = toU64(kind, "powers", p); err != nil {
				return nil, err
			}
		}
		at, err := toU64(kind, "activatesAt", e.ActivatesAt)
		if err != nil {
			return nil, err
		}
		m, err := meta(e.EventNonce)
		return &ValsetProposedEvent{EventMeta: m, ValsetNonce: e.ValsetNonce, Checkpoint: e.Checkpoint,
			Signers: e.Signers, Powers: powers, ActivatesAt: at}, err
	case KindValsetUpdated:
		e, err := f.ParseValsetUpdated(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		m, err := meta(e.EventNonce)
		return &ValsetUpdatedEvent{EventMeta: m, ValsetNonce: e.ValsetNonce, Checkpoint: e.Checkpoint}, err
	case KindValsetVetoed:
		e, err := f.ParseValsetVetoed(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		m, err := meta(e.EventNonce)
		return &ValsetVetoedEvent{EventMeta: m, ValsetNonce: e.ValsetNonce, Checkpoint: e.Checkpoint}, err
	case KindSettlementSubmitted:
		e, err := f.ParseSettlementSubmitted(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		epoch, err := toU64(kind, "epoch", e.Epoch)
		if err != nil {
			return nil, err
		}
		at, err := toU64(kind, "claimableAt", e.ClaimableAt)
		if err != nil {
			return nil, err
		}
		m, err := meta(e.EventNonce)
		return &SettlementSubmittedEvent{EventMeta: m, Epoch: epoch, Root: e.Root, Total: e.Total, Count: e.Count, ClaimableAt: at}, err
	case KindSettlementVetoed:
		e, err := f.ParseSettlementVetoed(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		epoch, err := toU64(kind, "epoch", e.Epoch)
		if err != nil {
			return nil, err
		}
		m, err := meta(e.EventNonce)
		return &SettlementVetoedEvent{EventMeta: m, Epoch: epoch, Paid: e.Paid}, err
	case KindGuardianChangeProposed:
		e, err := f.ParseGuardianChangeProposed(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		at, err := toU64(kind, "executableAt", e.ExecutableAt)
		if err != nil {
			return nil, err
		}
		m, err := meta(e.EventNonce)
		return &GuardianChangeProposedEvent{EventMeta: m, GuardianChangeNonce: e.GuardianChangeNonce,
			NewGuardian: e.NewGuardian, ExecutableAt: at}, err
	case KindGuardianChangeVetoed:
		e, err := f.ParseGuardianChangeVetoed(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		m, err := meta(e.EventNonce)
		return &GuardianChangeVetoedEvent{EventMeta: m, GuardianChangeNonce: e.GuardianChangeNonce, NewGuardian: e.NewGuardian}, err
	case KindGuardianTransferred:
		e, err := f.ParseGuardianTransferred(l)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		m, err := meta(e.EventNonce)
		return &GuardianTransferredEvent{EventMeta: m, PreviousGuardian: e.PreviousGuardian, NewGuardian: e.NewGuardian}, err
	}
	return nil, fmt.Errorf("%w: %s", ErrNotNoncedEvent, kind) // unreachable: byID holds only these
}

// toU64 converts a field the contract bounds; a value past 2^64 cannot come from the bridge.
func toU64(kind EventKind, field string, v *big.Int) (uint64, error) {
	if v == nil || !v.IsUint64() {
		return 0, fmt.Errorf("%s: %s = %v does not fit 64 bits", kind, field, v)
	}
	return v.Uint64(), nil
}

type eventTopics struct {
	byKind  map[EventKind]common.Hash
	byID    map[common.Hash]EventKind
	hasData map[EventKind]bool // some fields are not indexed, so the log has data
}

// eventIDs are the topic 0 of each nonced event, from the bindings' ABI.
var eventIDs = sync.OnceValues(func() (eventTopics, error) {
	a, err := bindings.FlockBridgeMetaData.GetAbi()
	if err != nil {
		return eventTopics{}, err
	}
	t := eventTopics{byKind: map[EventKind]common.Hash{}, byID: map[common.Hash]EventKind{}, hasData: map[EventKind]bool{}}
	for _, k := range EventKinds {
		ev, ok := a.Events[string(k)]
		if !ok || len(ev.Inputs) == 0 || ev.Inputs[0].Name != "eventNonce" {
			return eventTopics{}, fmt.Errorf("the FlockBridge bindings have no event %s(eventNonce, ...)", k)
		}
		t.byKind[k], t.byID[ev.ID] = ev.ID, k
		t.hasData[k] = len(ev.Inputs.NonIndexed()) > 0
	}
	return t, nil
})
