// Package oracle is the orchestrator's oracle loop: it carries FlockBridge's events from
// finalized Base blocks into the Flock chain as MsgAttestEvents, in event-nonce order, as one
// validator's orchestrator.
//
// It keeps no progress of its own. Every pass reads back from the chain the orchestrator's
// last attested nonce, the chain's last applied nonce and that event's Base block, and from
// Base its head and its finalized block (or head − confirmations on a node without the
// finalized tag), then reads the logs after the resume point and sends what the chain does
// not have from this orchestrator yet. A process killed at any point, restarted, neither
// skips nor repeats a nonce: the chain refuses anything but the orchestrator's last + 1, and
// the next pass starts from what the chain says. The only thing kept in memory is a cursor
// (the last block read, valid while the chain still reports the nonce it was read at), which
// spares re-reading the same blocks when Base has had no event for a long time.
//
// The failures of earlier bridges it is built against: nonces sent concurrently and out of
// order (one sender per key, contiguous nonces only, never a batch with a gap), a claim
// batch over the tx size refused for ever (a batch too large for one transaction is split,
// down to one event), too few confirmations (only finalized blocks, or a configured depth
// where the node knows no finality), RPC errors ending in a crash or a stall (every error is
// retried with backoff; a short outage costs nothing, as attesting late is not punished).
package oracle
