package baseclient

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/flockchain/flock/bridge/reverts"
)

// Client is a connection to a Base-like JSON-RPC endpoint.
type Client struct {
	URL     string
	Eth     *ethclient.Client
	ChainID *big.Int
	// Timeout bounds the dial and each wait for a transaction, within the caller's context.
	Timeout time.Duration
	// MaxFeePerGas, if set, is the most a transaction sent by this client may pay per gas
	// (EIP-1559 max fee, in wei); nil lets the node suggest it.
	MaxFeePerGas *big.Int
}

// ErrNoRPC is returned by Dial without a URL.
var ErrNoRPC = errors.New("no RPC URL")

// Dial connects to url and asks for its chain id, so a node that does not answer fails here,
// named, rather than at the first transaction.
func Dial(ctx context.Context, url string, timeout time.Duration) (*Client, error) {
	if url == "" {
		return nil, ErrNoRPC
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	eth, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("cannot use RPC %s: %w", url, err)
	}
	// HTTP dials lazily: ask for the chain id to know the endpoint answers
	id, err := eth.ChainID(ctx)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("RPC %s does not answer: %w", url, err)
	}
	return &Client{URL: url, Eth: eth, ChainID: id, Timeout: timeout}, nil
}

// Close closes the connection.
func (c *Client) Close() { c.Eth.Close() }

// Transactor signs with key for this chain; its transactions carry ctx and the fee cap.
func (c *Client) Transactor(ctx context.Context, key *ecdsa.PrivateKey) *bind.TransactOpts {
	opts := bind.NewKeyedTransactor(key, c.ChainID)
	opts.Context = ctx
	if c.MaxFeePerGas != nil {
		opts.GasFeeCap = new(big.Int).Set(c.MaxFeePerGas)
	}
	return opts
}

// Call is the options of a contract read under ctx.
func Call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// Send runs a bindings call, waits for its receipt and turns every failure into one error
// naming what was sent: a revert at estimation (its custom error decoded, the original error
// kept in the chain), a revert in the block, or a timeout.
func (c *Client) Send(ctx context.Context, what string, fn func() (*types.Transaction, error)) (*types.Receipt, error) {
	tx, err := fn()
	if err != nil {
		return nil, &SendError{What: what, Reason: reverts.Describe(err), Err: err}
	}
	waitCtx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	r, err := c.WaitMined(waitCtx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: transaction %s not mined: %w", what, tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: transaction %s reverted in block %s", what, tx.Hash(), r.BlockNumber)
	}
	return r, nil
}

// SendError is a transaction that was refused before it was sent (usually a revert found by
// gas estimation). Reason is the decoded revert; Err the node's error, which Unwrap returns.
type SendError struct {
	What   string
	Reason string
	Err    error
}

func (e *SendError) Error() string { return e.What + ": " + e.Reason }
func (e *SendError) Unwrap() error { return e.Err }

// WaitMined polls for the receipt every 250 ms (bind.WaitMined polls once a second); "not
// found" and a node still indexing transactions both mean "not yet".
func (c *Client) WaitMined(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := c.Eth.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		case <-t.C:
		}
	}
}
