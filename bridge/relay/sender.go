package relay

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/reverts"
)

// sender sends the relayer's transactions from one Base account, one at a time and always at
// the account's mined nonce (the "latest" nonce): while any transaction of the account is
// still in the node's pool — one this process sent, or one left by a crash before it — it
// sends nothing new. So a transaction whose fate was never seen cannot be followed by a second
// one at the next nonce doing the same thing: once it is mined, its effect is in the
// contract's state, which the next pass reads before deciding anything.
type sender struct {
	eth     Eth
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	to      common.Address
	// maxFee is the most a transaction may pay per gas (wei); nil: no cap.
	maxFee *big.Int
	// wait bounds the wait for a receipt; a transaction not mined by then stays in flight
	// and is looked for again on the next pass.
	wait time.Duration
	// replaceAfter is how long a transaction of the account may sit in the pool unmined
	// before it is replaced, at its nonce, by the call the relayer would send now with higher
	// fees (a fee spike, or a transaction left by a crash with a fee too low).
	replaceAfter time.Duration
	// inflight is the last transaction sent and not yet seen mined (nil: none known).
	inflight *types.Transaction
	// stuckNonce and stuckSince: when this process first saw the pool holding a transaction
	// of the account at stuckNonce.
	stuckNonce uint64
	stuckSince time.Time
	now        func() time.Time
}

func newSender(eth Eth, key *ecdsa.PrivateKey, chainID *big.Int, to common.Address, maxFee *big.Int, wait, replaceAfter time.Duration) *sender {
	return &sender{eth: eth, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: chainID, to: to, maxFee: maxFee,
		wait: wait, replaceAfter: replaceAfter, now: time.Now}
}

// errInFlight: a transaction of the relayer's account is still in the node's pool.
type errInFlight struct{ mined, pending uint64 }

func (e *errInFlight) Error() string {
	return fmt.Sprintf("a transaction of the relayer's account at nonce %d is not mined yet (the node's pool holds nonces up to %d): waiting for it before sending anything",
		e.mined, e.pending-1)
}

// errNotMined: a transaction sent was not mined within the wait; it stays in flight.
type errNotMined struct {
	what string
	tx   *types.Transaction
	wait time.Duration
}

func (e *errNotMined) Error() string {
	return fmt.Sprintf("%s: transaction %s (nonce %d) not mined within %s; it stays in flight and is waited for (replaced with higher fees if it stays)",
		e.what, e.tx.Hash(), e.tx.Nonce(), e.wait)
}

// errReread: an earlier transaction of this process was just mined; the state the caller
// decided on is older than it, so the pass reads Base again instead of sending.
var errReread = errors.New("an earlier transaction of the relayer was just mined: reading Base again")

// errFeeTooHigh: Base's fee is above --max-fee-per-gas; nothing was sent.
type errFeeTooHigh struct{ need, limit *big.Int }

func (e *errFeeTooHigh) Error() string {
	return fmt.Sprintf("Base needs %s wei per gas (base fee + tip) and --max-fee-per-gas is %s: not sending, waiting for the fee to fall", e.need, e.limit)
}

// errReverted: the call reverts, at estimation (nothing sent) or in a block (Mined).
type errReverted struct {
	what   string
	reason string // decoded custom error, or the node's text
	mined  *types.Receipt
	err    error
}

func (e *errReverted) Error() string {
	if e.mined != nil {
		return fmt.Sprintf("%s: transaction %s reverted in block %s", e.what, e.mined.TxHash, e.mined.BlockNumber)
	}
	return e.what + ": reverts: " + e.reason
}
func (e *errReverted) Unwrap() error { return e.err }

// send estimates, signs and sends a call of the bridge with calldata data, and waits for its
// receipt. A transaction of the account still in the pool (this process's, or one left by an
// earlier process) is waited for: send returns *errInFlight without sending, or errReread
// once this process's own is mined. Only when one has stayed unmined for replaceAfter is it
// replaced, at the same nonce, by this call with higher fees: whichever of the two is mined,
// the account never has two transactions for one item.
func (s *sender) send(ctx context.Context, what string, data []byte) (*types.Receipt, error) {
	mined, err := s.eth.NonceAt(ctx, s.from, nil)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", s.from, err)
	}
	pending, err := s.eth.PendingNonceAt(ctx, s.from)
	if err != nil {
		return nil, fmt.Errorf("pending nonce of %s: %w", s.from, err)
	}
	if s.inflight != nil && s.inflight.Nonce() < mined {
		s.inflight = nil // mined meanwhile (its effect is in the state this pass read)
	}
	var stuck *types.Transaction // the transaction to replace, if this process sent it
	if pending > mined {
		if s.inflight != nil && s.inflight.Nonce() == mined {
			// ours, from an earlier pass: see it mined before anything else
			_, err := s.await(ctx, what, s.inflight)
			var rev *errReverted
			if err == nil || errors.As(err, &rev) {
				return nil, errReread
			}
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			stuck = s.inflight
		}
		if s.stuckSince.IsZero() || s.stuckNonce != mined {
			s.stuckNonce, s.stuckSince = mined, s.now()
		}
		if s.now().Sub(s.stuckSince) < s.replaceAfter {
			return nil, &errInFlight{mined: mined, pending: pending}
		}
	}
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, err
	}
	if stuck != nil {
		// a replacement must pay more than the transaction it replaces (geth: +10 %)
		tip = bigMax(tip, bump(stuck.GasTipCap()))
		feeCap = bigMax(feeCap, bump(stuck.GasFeeCap()))
		if s.maxFee != nil && feeCap.Cmp(s.maxFee) > 0 {
			return nil, &errFeeTooHigh{need: feeCap, limit: s.maxFee}
		}
	}
	gas, err := s.eth.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: &s.to, GasFeeCap: feeCap, GasTipCap: tip, Data: data})
	if err != nil {
		if _, ok := reverts.Data(err); ok || strings.Contains(err.Error(), "revert") {
			return nil, &errReverted{what: what, reason: reverts.Describe(err), err: err}
		}
		return nil, fmt.Errorf("%s: gas estimation: %w", what, err)
	}
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: mined, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/5, // state may move between estimation and inclusion
		To:  &s.to, Data: data,
	})
	if err != nil {
		return nil, err
	}
	// remembered before it is sent: a send that errors may still have reached the pool
	s.inflight = tx
	if err := s.eth.SendTransaction(ctx, tx); err != nil {
		switch msg := err.Error(); {
		case strings.Contains(msg, "already known"):
			// the very same transaction is in the pool (a second copy of this relayer with
			// the same key made it): wait for it as if sent here
			return s.await(ctx, what, tx)
		case strings.Contains(msg, "nonce too low"):
			// another transaction of the account took the nonce meanwhile
			s.inflight = stuck
			return nil, errReread
		}
		if pending > mined && strings.Contains(err.Error(), "underpriced") {
			// the transaction in the pool pays more than this would: it stays, and is waited for
			s.inflight = stuck
			return nil, &errInFlight{mined: mined, pending: pending}
		}
		return nil, fmt.Errorf("%s: sending transaction %s (nonce %d): %w", what, tx.Hash(), mined, err)
	}
	if pending > mined {
		s.stuckSince = s.now() // the replacement gets its own time in the pool
	}
	return s.await(ctx, what, tx)
}

// bump is x + 12.5 %, rounded up: above the pool's 10 % replacement threshold.
func bump(x *big.Int) *big.Int {
	b := new(big.Int).Add(x, new(big.Int).Rsh(x, 3))
	return b.Add(b, big.NewInt(1))
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// fees are the tip and fee cap of a transaction sent now: the node's suggested tip, and room
// for the base fee to double, within maxFee. If maxFee does not cover the head's base fee
// plus the tip, the transaction would not be included: errFeeTooHigh.
func (s *sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	head, err := s.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("base head: %w", err)
	}
	if tip, err = s.eth.SuggestGasTipCap(ctx); err != nil {
		return nil, nil, fmt.Errorf("gas tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if s.maxFee != nil {
		if need := new(big.Int).Add(base, tip); need.Cmp(s.maxFee) > 0 {
			return nil, nil, &errFeeTooHigh{need: need, limit: s.maxFee}
		}
		if feeCap.Cmp(s.maxFee) > 0 {
			feeCap = new(big.Int).Set(s.maxFee)
		}
	}
	return tip, feeCap, nil
}

// await waits (at most s.wait) for tx's receipt. Not mined by then: an error, tx stays in
// flight. Reverted in its block: *errReverted.
func (s *sender) await(ctx context.Context, what string, tx *types.Transaction) (*types.Receipt, error) {
	waitCtx, cancel := context.WithTimeout(ctx, s.wait)
	defer cancel()
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := s.eth.TransactionReceipt(waitCtx, tx.Hash())
		if err == nil {
			if s.inflight != nil && s.inflight.Hash() == tx.Hash() {
				s.inflight = nil
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return r, &errReverted{what: what, reason: "reverted in its block", mined: r}
			}
			return r, nil
		}
		select {
		case <-waitCtx.Done():
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, &errNotMined{what: what, tx: tx, wait: s.wait}
		case <-t.C:
		}
	}
}

// balance is the relayer account's balance in wei.
func (s *sender) balance(ctx context.Context) (*big.Int, error) {
	return s.eth.BalanceAt(ctx, s.from, nil)
}
