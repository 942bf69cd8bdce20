// Package chain is the worker's client of a flockd node: gRPC queries and transactions
// signed with a keyring key through the SDK's tx factory, broadcast over gRPC, with retries
// on sequence mismatches and errors that say when the node is down.
package chain

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/grpc/cmtservice"
	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	arenatypes "github.com/flockchain/flock/x/arena/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// Encoding is what the client needs to build and sign transactions and to decode the
// chain's gogoproto messages (the app's codecs).
type Encoding struct {
	TxConfig          client.TxConfig
	InterfaceRegistry codectypes.InterfaceRegistry
}

// Config of a client.
type Config struct {
	GRPC     string // host:port of the node's gRPC server
	ChainID  string
	Keyring  keyring.Keyring
	KeyName  string
	GasLimit uint64
	GasPrice math.Int // aflock per unit of gas
	Denom    string
}

// Client signs and sends transactions as one key, and queries the chain.
type Client struct {
	cfg    Config
	enc    Encoding
	conn   *grpc.ClientConn
	from   sdk.AccAddress
	Arena  arenatypes.QueryClient
	Reward rewardstypes.QueryClient
	txs    txtypes.ServiceClient
	auth   authtypes.QueryClient
}

// Dial connects to a node. A node that is down surfaces at the first call, with its address.
func Dial(cfg Config, enc Encoding) (*Client, error) {
	rec, err := cfg.Keyring.Key(cfg.KeyName)
	if err != nil {
		return nil, fmt.Errorf("key %q: %w", cfg.KeyName, err)
	}
	from, err := rec.GetAddress()
	if err != nil {
		return nil, err
	}
	// the chain's messages are gogoproto (custom Int and Dec types): use the SDK's codec
	conn, err := grpc.NewClient(cfg.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(enc.InterfaceRegistry).GRPCCodec())))
	if err != nil {
		return nil, fmt.Errorf("node %s: %w", cfg.GRPC, err)
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 400_000
	}
	return &Client{cfg: cfg, enc: enc, conn: conn, from: from,
		Arena: arenatypes.NewQueryClient(conn), Reward: rewardstypes.NewQueryClient(conn),
		txs: txtypes.NewServiceClient(conn), auth: authtypes.NewQueryClient(conn)}, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// Address is the client's account.
func (c *Client) Address() sdk.AccAddress { return c.from }

// unavailable wraps a gRPC failure with the node's address.
func (c *Client) unavailable(err error) error {
	return fmt.Errorf("node %s did not answer (is it running?): %w", c.cfg.GRPC, err)
}

// Result of a transaction in a block.
type Result struct {
	Hash   string
	Height int64
	Code   uint32
	Log    string
	Events []string
}

// Send signs msgs, broadcasts them and waits until they are in a block. A sequence mismatch
// (another tx from the same key raced this one) is retried with a fresh sequence.
func (c *Client) Send(ctx context.Context, msgs ...sdk.Msg) (*Result, error) {
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
		return nil, c.unavailable(err)
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
		return nil, c.unavailable(err)
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

// Task reads a task.
func (c *Client) Task(ctx context.Context, id uint64) (arenatypes.Task, error) {
	res, err := c.Arena.Task(ctx, &arenatypes.QueryTaskRequest{TaskId: id})
	if err != nil {
		if strings.Contains(err.Error(), "does not exist") {
			return arenatypes.Task{}, err
		}
		return arenatypes.Task{}, c.unavailable(err)
	}
	return res.Task, nil
}

// HexHash formats a sha256 like the chain stores it.
func HexHash(h [32]byte) string { return hex.EncodeToString(h[:]) }

// BlockTime is the time of the latest block, which the chain's deadlines are measured by.
func (c *Client) BlockTime(ctx context.Context) (time.Time, error) {
	res, err := cmtservice.NewServiceClient(c.conn).GetLatestBlock(ctx, &cmtservice.GetLatestBlockRequest{})
	if err != nil {
		return time.Time{}, c.unavailable(err)
	}
	return res.SdkBlock.Header.Time, nil
}
