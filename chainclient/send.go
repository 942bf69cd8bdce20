package chainclient

import (
	"context"
	"errors"
	"fmt"
	"time"

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
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		res, err := c.sendOnce(ctx, msgs...)
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

func (c *Client) sendOnce(ctx context.Context, msgs ...sdk.Msg) (*Result, error) {
	accRes, err := c.auth.AccountInfo(ctx, &authtypes.QueryAccountInfoRequest{Address: c.from.String()})
	if err != nil {
		return nil, err
	}
	fees := sdk.NewCoins(sdk.NewCoin(c.cfg.Denom, c.cfg.GasPrice.MulRaw(int64(c.cfg.GasLimit))))
	f := clienttx.Factory{}.
		WithTxConfig(c.enc.TxConfig).WithKeybase(c.cfg.Keyring).WithChainID(c.cfg.ChainID).
		WithAccountNumber(accRes.Info.AccountNumber).WithSequence(accRes.Info.Sequence).
		WithGas(c.cfg.GasLimit).WithFees(fees.String()).WithSignMode(signing.SignMode_SIGN_MODE_DIRECT)
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
		if r.Codespace == sdkerrors.RootCodespace && r.Code == sdkerrors.ErrWrongSequence.ABCICode() {
			return nil, fmt.Errorf("%s: %w", r.RawLog, sdkerrors.ErrWrongSequence)
		}
		return nil, fmt.Errorf("transaction refused (%s code %d): %s", r.Codespace, r.Code, r.RawLog)
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
				return out, fmt.Errorf("transaction %s failed in block %d (%s code %d): %s", hash, r.Height, r.Codespace, r.Code, r.RawLog)
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
