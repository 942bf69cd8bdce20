package chainclient

import (
	"context"
	"errors"
	"fmt"
	"time"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
)

// Result of a transaction in a block.
type Result struct {
	Hash   string
	Height int64
	Code   uint32
	Log    string
	Events []string
}

// Send signs msgs, broadcasts them and waits until they are in a block. A sequence mismatch
// (another tx from the same key raced this one) is retried with a fresh sequence. Sends of one
// client are serialised: loops sharing a client (an orchestrator's oracle and signer) never
// race each other for the account's sequence.
func (c *Client) Send(ctx context.Context, msgs ...sdk.Msg) (*Result, error) {
	return c.SendGas(ctx, c.cfg.GasLimit, msgs...)
}

// SendGas is Send with a gas limit for this transaction (the fee is the client's gas price
// times it), for callers that size it by Simulate.
func (c *Client) SendGas(ctx context.Context, gasLimit uint64, msgs ...sdk.Msg) (*Result, error) {
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		res, err := c.sendOnce(ctx, gasLimit, msgs...)
		if err == nil {
			return res, nil
		}
		lastErr = err
		if !errors.Is(err, sdkerrors.ErrWrongSequence) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	return nil, lastErr
}

func (c *Client) sendOnce(ctx context.Context, gasLimit uint64, msgs ...sdk.Msg) (*Result, error) {
	f, err := c.factory(ctx)
	if err != nil {
		return nil, err
	}
	fees := sdk.NewCoins(sdk.NewCoin(c.cfg.Denom, c.cfg.GasPrice.Mul(math.NewIntFromUint64(gasLimit))))
	f = f.WithGas(gasLimit).WithFees(fees.String())
	builder, err := f.BuildUnsignedTx(msgs...)
	if err != nil {
		return nil, err
	}
	if err := clienttx.Sign(ctx, f, c.cfg.KeyName, builder, true); err != nil {
		return nil, err
	}
	bz, err := c.enc.TxConfig.TxEncoder()(builder.GetTx())
	if err != nil {
		return nil, err
	}
	br, err := c.txs.BroadcastTx(ctx, &txtypes.BroadcastTxRequest{TxBytes: bz, Mode: txtypes.BroadcastMode_BROADCAST_MODE_SYNC})
	if err != nil {
		return nil, err
	}
	if r := br.TxResponse; r.Code != 0 {
		return nil, &TxError{Hash: r.TxHash, Codespace: r.Codespace, Code: r.Code, Log: r.RawLog}
	}
	return c.wait(ctx, br.TxResponse.TxHash)
}

// wait polls for the transaction until it is in a block.
func (c *Client) wait(ctx context.Context, hash string) (*Result, error) {
	for {
		res, err := c.txs.GetTx(ctx, &txtypes.GetTxRequest{Hash: hash})
		if err == nil && res.TxResponse != nil {
			r := res.TxResponse
			out := &Result{Hash: hash, Height: r.Height, Code: r.Code, Log: r.RawLog}
			for _, e := range r.Events {
				out.Events = append(out.Events, e.Type)
			}
			if r.Code != 0 {
				return out, &TxError{Hash: hash, Height: r.Height, Codespace: r.Codespace, Code: r.Code, Log: r.RawLog}
			}
			return out, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash, ctx.Err())
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// factory is a tx factory for the client's key at its account's current sequence.
func (c *Client) factory(ctx context.Context) (clienttx.Factory, error) {
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return clienttx.Factory{}, err
	}
	accRes, err := c.auth.AccountInfo(ctx, &authtypes.QueryAccountInfoRequest{Address: c.from.String()})
	if err != nil {
		return clienttx.Factory{}, err
	}
	return clienttx.Factory{}.
		WithTxConfig(c.enc.TxConfig).WithKeybase(c.cfg.Keyring).WithChainID(chainID).
		WithAccountNumber(accRes.Info.AccountNumber).WithSequence(accRes.Info.Sequence).
		WithSignMode(signing.SignMode_SIGN_MODE_DIRECT), nil
}

// Simulate runs msgs as the client's key against the node's latest state, committing
// nothing, and returns the gas they used. The node's refusal comes back as its error text
// (a simulation's error carries no code). It waits for a Send of this client in flight: the
// node simulates on top of its mempool, where that transaction already took the sequence the
// committed account still shows, so simulating beside it would be a sequence mismatch.
func (c *Client) Simulate(ctx context.Context, msgs ...sdk.Msg) (uint64, error) {
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	f, err := c.factory(ctx)
	if err != nil {
		return 0, err
	}
	// the ante handler charges for a signature of this key; its bytes need not verify
	bz, err := f.WithSimulateAndExecute(true).WithFromName(c.cfg.KeyName).BuildSimTx(msgs...)
	if err != nil {
		return 0, fmt.Errorf("key %q: %w", c.cfg.KeyName, err)
	}
	res, err := c.txs.Simulate(ctx, &txtypes.SimulateRequest{TxBytes: bz})
	if err != nil {
		return 0, err
	}
	return res.GasInfo.GasUsed, nil
}

// TxError is a transaction the chain refused: at admission (Height 0, not in a block) or
// when executed in block Height. errors.Is matches it against the registered error
// (errorsmod.Register) of the same codespace and code, so a caller tells refusals apart
// with the module's own errors: errors.Is(err, bridgetypes.ErrNonceOutOfOrder).
type TxError struct {
	Hash      string
	Height    int64
	Codespace string
	Code      uint32
	Log       string
}

func (e *TxError) Error() string {
	if e.Height == 0 {
		return fmt.Sprintf("transaction refused (%s code %d): %s", e.Codespace, e.Code, e.Log)
	}
	return fmt.Sprintf("transaction %s failed in block %d (%s code %d): %s", e.Hash, e.Height, e.Codespace, e.Code, e.Log)
}

// Is reports whether target is the registered error with e's codespace and code.
func (e *TxError) Is(target error) bool {
	reg, ok := target.(*errorsmod.Error)
	return ok && reg.Codespace() == e.Codespace && reg.ABCICode() == e.Code
}
