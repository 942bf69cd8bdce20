package baseclient

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/cosmos/btcutil/bech32"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
)

// CheckRecipient applies the contract's rule (lowercase bech32, prefix flock, 20 or 32 bytes)
// for a clear message; the bridge's own isValidRecipient has the last word before anything is
// sent. btcutil accepts an all-uppercase string, which the contract refuses, hence the case test.
func CheckRecipient(s string) error {
	if s != strings.ToLower(s) {
		return fmt.Errorf("recipient %q must be lowercase (the bridge refuses upper-case bech32)", s)
	}
	hrp, data, err := bech32.Decode(s, 90)
	if err != nil {
		return fmt.Errorf("recipient %q is not a bech32 address: %w", s, err)
	}
	if hrp != "flock" {
		return fmt.Errorf("recipient %q has prefix %q, want flock", s, hrp)
	}
	b, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil || (len(b) != 20 && len(b) != 32) {
		return fmt.Errorf("recipient %q is not a 20- or 32-byte account address", s)
	}
	return nil
}

// Deposited is a mined deposit.
type Deposited struct {
	Event   *bindings.FlockBridgeDeposited
	Receipt *types.Receipt
}

// Deposit locks amount atto-FLOCK in the bridge for recipient on the Flock chain, approving
// the bridge first if its allowance is short. Everything the contract would refuse (the
// recipient, an amount under the minimum deposit, a balance too small) is refused before any
// transaction, the approval included, is sent.
func (b *Bridge) Deposit(ctx context.Context, amount *big.Int, recipient string) (*Deposited, error) {
	if err := CheckRecipient(recipient); err != nil {
		return nil, err
	}
	call := Call(ctx)
	tokenAddr, err := b.Contract.Token(call)
	if err != nil {
		return nil, fmt.Errorf("%s is not a FlockBridge: %w", b.Address, err)
	}
	// exactly the contract's checks, before the approval is sent
	if ok, err := b.Contract.IsValidRecipient(call, recipient); err != nil {
		return nil, fmt.Errorf("bridge %s: %w", b.Address, err)
	} else if !ok {
		return nil, fmt.Errorf("recipient %q: the bridge refuses it (not a lowercase flock1 address of a 20- or 32-byte account with a valid checksum)", recipient)
	}
	if min, err := b.Contract.MinDeposit(call); err != nil {
		return nil, fmt.Errorf("bridge %s: %w", b.Address, err)
	} else if amount.Cmp(min) < 0 {
		return nil, fmt.Errorf("amount %s atto-FLOCK is below the bridge's minimum deposit of %s", amount, min)
	}
	tok, err := bindings.NewFlockToken(tokenAddr, b.Eth)
	if err != nil {
		return nil, err
	}
	bal, err := tok.BalanceOf(call, b.From)
	if err != nil {
		return nil, fmt.Errorf("token %s: %w", tokenAddr, err)
	}
	if bal.Cmp(amount) < 0 {
		return nil, fmt.Errorf("%s holds %s atto-FLOCK, less than %s", b.From, bal, amount)
	}
	allowance, err := tok.Allowance(call, b.From, b.Address)
	if err != nil {
		return nil, fmt.Errorf("token %s: %w", tokenAddr, err)
	}
	opts := b.Transactor(ctx, b.Key)
	if allowance.Cmp(amount) < 0 {
		if _, err := b.Send(ctx, "approve", func() (*types.Transaction, error) { return tok.Approve(opts, b.Address, amount) }); err != nil {
			return nil, err
		}
	}
	r, err := b.Send(ctx, "deposit", func() (*types.Transaction, error) { return b.Contract.Deposit(opts, amount, recipient) })
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if ev, err := b.Contract.ParseDeposited(*l); err == nil {
			return &Deposited{Event: ev, Receipt: r}, nil
		}
	}
	return nil, fmt.Errorf("deposit mined in tx %s but no Deposited event found", r.TxHash)
}
