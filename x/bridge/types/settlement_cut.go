package types

import "cosmossdk.io/math"

// This file holds the pure rule that decides which queued withdrawals join a settlement. No
// state, no context: the keeper hands it the next queued withdrawals (in id order) block after
// block while the settlement is being cut, and table tests pin every case.

// CutLimits are the params that bound one settlement.
type CutLimits struct {
	// MaxCount is max_withdrawals_per_settlement.
	MaxCount uint64
	// MaxTotal is max_settlement_total (FlockBridge.maxSettlementTotal).
	MaxTotal math.Int
}

// CutStep is what CutSettlement decided for one snapshot of the queue.
type CutStep struct {
	// Take are the withdrawals that become the settlement's next leaves, in id order.
	Take []Withdrawal
	// Total is the settlement's total with Take included.
	Total math.Int
	// Closed is true when the settlement takes no more withdrawals: it is full (count or
	// total) or the queue has nothing more to offer.
	Closed bool
	// Next is the id of the first withdrawal not looked at (the cursor for the next snapshot).
	Next uint64
}

// CutSettlement continues a settlement that already holds count leaves summing to total with
// the queued withdrawals of snapshot (ascending ids, every id ≥ the last cursor). Withdrawals
// are taken in id order while count < MaxCount and total + amount ≤ MaxTotal; the first one
// that does not fit closes the settlement, so the queue is paid first in, first out and a big
// withdrawal is never overtaken for ever by small ones. A withdrawal larger than MaxTotal on
// its own (possible only after governance lowered the cap) can never be paid by any
// settlement: it is skipped and stays queued, so it does not block the others; its sender may
// cancel it. more tells whether the queue holds withdrawals after the snapshot; when it does
// not and the snapshot is used up, the settlement is closed. next is the cursor the snapshot
// was read from.
func CutSettlement(snapshot []Withdrawal, count uint64, total math.Int, limits CutLimits, more bool, next uint64) CutStep {
	step := CutStep{Total: total, Next: next}
	for _, w := range snapshot {
		if count >= limits.MaxCount {
			step.Closed = true
			return step
		}
		if w.Amount.GT(limits.MaxTotal) {
			step.Next = w.Id + 1
			continue
		}
		if step.Total.Add(w.Amount).GT(limits.MaxTotal) {
			step.Closed = true
			return step
		}
		step.Take = append(step.Take, w)
		step.Total = step.Total.Add(w.Amount)
		step.Next = w.Id + 1
		count++
	}
	step.Closed = !more || count >= limits.MaxCount
	return step
}
