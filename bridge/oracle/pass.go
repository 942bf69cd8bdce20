package oracle

import (
	"context"
	"errors"
	"fmt"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/claims"
	"github.com/flockchain/flock/x/bridge/types"
)

// Pass reads the chain's and Base's state, then the bridge's events after the resume point
// up to the safe block (at most BlocksPerPass blocks) and attests those this orchestrator has
// not attested. It reports whether it got to the safe block (else another pass should
// follow at once).
func (o *Oracle) Pass(ctx context.Context) (caughtUp bool, err error) {
	st, err := o.cfg.Chain.State(ctx)
	if err != nil {
		return false, o.chainFailed(err)
	}
	o.m.Observe("chain", "chain_grpc", nil)
	o.m.LastAttestedNonce.Set(float64(st.OwnNonce))
	o.m.ChainLastAppliedNonce.Set(float64(st.AppliedNonce))

	_, safe, err := o.safeBlock(ctx)
	if err != nil {
		return false, err
	}
	if safe != o.lastSafe {
		if n, err := o.cfg.Base.EventNonce(ctx, safe); err == nil {
			o.m.BaseEventNonce.Set(float64(n))
			o.lastSafe = safe
		} else {
			// a metric only: the node may not keep old state; the pass goes on
			o.log.Debug("reading the bridge's event nonce", "base_block", safe, "err", err)
		}
	}

	from, err := o.resumeBlock(ctx, st)
	if err != nil {
		return false, err
	}
	if from > safe {
		return true, nil
	}
	to := min(safe, from+o.cfg.BlocksPerPass-1)
	evs, err := o.cfg.Base.Events(ctx, from, to)
	if err != nil {
		return false, o.baseFailed(err)
	}
	o.m.Observe("base", "base_rpc", nil)

	i := 0
	for i < len(evs) && evs[i].Meta().EventNonce <= st.OwnNonce {
		i++ // attested already, by this orchestrator before a restart or by its last pass
	}
	evs = evs[i:]
	if len(evs) > 0 && evs[0].Meta().EventNonce != st.OwnNonce+1 {
		// the resume point was past the next event: never send a gap; start over from the chain
		o.cursor.set = false
		o.m.Errors.WithLabelValues("gap").Inc()
		first := evs[0].Meta()
		return false, fmt.Errorf("base blocks %d to %d start at event nonce %d (block %d), but the next to attest is %d: reading again from the chain's records",
			from, to, first.EventNonce, first.BlockNumber, st.OwnNonce+1)
	}
	if err := o.attest(ctx, st, evs); err != nil {
		return false, err
	}
	o.advance(to, lastNonce(st.OwnNonce, evs))
	return to == safe, nil
}

func lastNonce(own uint64, evs []baseclient.Event) uint64 {
	if len(evs) == 0 {
		return own
	}
	return evs[len(evs)-1].Meta().EventNonce
}

// advance records that every event in blocks ≤ block is attested, own being the last.
func (o *Oracle) advance(block, own uint64) {
	o.cursor.set, o.cursor.block, o.cursor.own = true, block, own
	o.m.BaseLastObservedBlock.Set(float64(block))
	o.m.LastAttestedNonce.Set(float64(own))
}

// resumeBlock is the first Base block that may hold the orchestrator's next event.
func (o *Oracle) resumeBlock(ctx context.Context, st ChainState) (uint64, error) {
	if o.cursor.set && o.cursor.own == st.OwnNonce {
		return o.cursor.block + 1, nil
	}
	if st.OwnNonce >= st.AppliedNonce {
		// the chain's last applied event is in LastBaseBlock; every later one is at or after it
		return st.LastBaseBlock, nil
	}
	// behind the chain (it was down while the others attested): its next event is in a block
	// before LastBaseBlock. The chain's record of it says where, unless pruned.
	next := st.OwnNonce + 1
	block, ok, err := o.cfg.Chain.AttestedBlock(ctx, next)
	if err != nil {
		return 0, o.chainFailed(err)
	}
	if ok {
		return block, nil
	}
	return o.scanBack(ctx, next, st.LastBaseBlock)
}

// scanBack reads Base backwards from block `from`, one range at a time, to the range that
// holds event nonce (or block 0), and returns its first block.
func (o *Oracle) scanBack(ctx context.Context, nonce, from uint64) (uint64, error) {
	o.log.Info("the chain keeps no record of the next event: looking for it on Base, backwards", "nonce", nonce, "from_base_block", from)
	hi := from
	for {
		lo := uint64(0)
		if hi >= o.cfg.MaxBlockRange {
			lo = hi - o.cfg.MaxBlockRange + 1
		}
		evs, err := o.cfg.Base.Events(ctx, lo, hi)
		if err != nil {
			return 0, o.baseFailed(err)
		}
		if lo == 0 || (len(evs) > 0 && evs[0].Meta().EventNonce <= nonce) {
			return lo, nil
		}
		hi = lo - 1
	}
}

// attest sends evs in nonce order, as many per transaction as the chain, the config and the
// transaction's size allow. A batch that does not fit one transaction is split in halves;
// a single event that does not fit is an error (retried by the loop with backoff).
func (o *Oracle) attest(ctx context.Context, st ChainState, evs []baseclient.Event) error {
	if len(evs) == 0 {
		return nil
	}
	limit := int(st.MaxEventsPerAttestation)
	if o.cfg.MaxEventsPerTx > 0 && int(o.cfg.MaxEventsPerTx) < limit {
		limit = int(o.cfg.MaxEventsPerTx)
	}
	limit = max(limit, 1)
	batch := make([]types.BaseEvent, 0, min(limit, len(evs)))
	for len(evs) > 0 {
		batch = batch[:0]
		size := 0
		for _, ev := range evs[:min(limit, len(evs))] {
			c, err := claims.FromEvent(ctx, ev, o.claimedLeaves)
			if err != nil {
				return fmt.Errorf("event %d in base block %d: %w", ev.Meta().EventNonce, ev.Meta().BlockNumber, err)
			}
			if size += c.Size() + 8; size > o.cfg.MaxTxBytes && len(batch) > 0 {
				break
			}
			batch = append(batch, c)
		}
		first, last := batch[0], batch[len(batch)-1]
		res, err := o.cfg.Chain.Attest(ctx, batch)
		switch {
		case errors.Is(err, ErrBatchTooLarge) && len(batch) > 1:
			limit = len(batch) / 2
			o.m.BatchSplits.Inc()
			o.log.Warn("attestation too large for one transaction: splitting it", "events", len(batch),
				"first_nonce", first.EventNonce, "last_nonce", last.EventNonce, "next_size", limit, "err", err)
			continue
		case err != nil:
			return o.refused(err, first, last)
		}
		o.m.Observe("chain", "chain_grpc", nil)
		o.m.AttestTxs.Inc()
		o.m.EventsAttested.Add(float64(len(batch)))
		o.log.Info("attested", "first_nonce", first.EventNonce, "last_nonce", last.EventNonce, "events", len(batch),
			"base_block", last.BaseBlock, "tx", res.TxHash, "height", res.Height, "gas", res.Gas)
		// a later failure must not make the next pass skip what this batch did not reach
		if len(batch) < len(evs) {
			if next := evs[len(batch)].Meta().BlockNumber; next > 0 {
				o.advance(next-1, last.EventNonce)
			}
		}
		evs = evs[len(batch):]
	}
	return nil
}

// refused reports an attestation that failed: a refusal by the chain (its registered error,
// with the nonces) or a node that did not answer.
func (o *Oracle) refused(err error, first, last types.BaseEvent) error {
	o.cursor.set = false // read the chain's view again before the next try
	var kind string
	switch {
	case errors.Is(err, ErrBatchTooLarge):
		kind = "tx_too_large"
	case errors.Is(err, sdkerrors.ErrWrongSequence):
		// a transaction of this key is still in the mempool (sent before a restart): wait for it
		o.m.Errors.WithLabelValues("tx_sequence").Inc()
		o.log.Warn("a transaction of this key is pending: waiting for it", "first_nonce", first.EventNonce, "err", err)
		return fmt.Errorf("events %d to %d: %w", first.EventNonce, last.EventNonce, err)
	case isRefusal(err):
		kind = "tx_refused"
	default:
		return o.chainFailed(fmt.Errorf("attesting events %d to %d: %w", first.EventNonce, last.EventNonce, err))
	}
	o.m.Errors.WithLabelValues(kind).Inc()
	o.log.Error("the chain refused the attestation", "first_nonce", first.EventNonce, "last_nonce", last.EventNonce,
		"base_block", first.BaseBlock, "err", err)
	return fmt.Errorf("events %d to %d refused: %w", first.EventNonce, last.EventNonce, err)
}

// claimedLeaves reads a vetoed settlement's claimed leaves with the chain's leaf count.
func (o *Oracle) claimedLeaves(ctx context.Context, epoch, atBlock uint64) ([]uint64, error) {
	count, err := o.cfg.Chain.SettlementCount(ctx, epoch)
	if err != nil {
		return nil, o.chainFailed(err)
	}
	leaves, err := o.cfg.Base.ClaimedLeaves(ctx, epoch, count, atBlock)
	if err != nil {
		return nil, o.baseFailed(err)
	}
	return leaves, nil
}
