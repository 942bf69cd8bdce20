// Package chainclient is a Go client of a flockd node, shared by the programs that act on
// the chain (the AI worker, the bridge orchestrator and relay): gRPC queries, transactions
// signed with a keyring key through the SDK's tx factory and broadcast over gRPC with retries
// on sequence mismatches, and errors that name the node when it does not answer.
package chainclient

import (
	"context"
	"fmt"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/backoff"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/grpc/cmtservice"
	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	txtypes "github.com/cosmos/cosmos-sdk/types/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	arenatypes "github.com/flockchain/flock/x/arena/types"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
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
	ChainID  string // "": the node's (Client.ChainID asks it once)
	Keyring  keyring.Keyring
	KeyName  string
	GasLimit uint64   // per transaction; 400 000 if zero
	GasPrice math.Int // in Denom per unit of gas
	Denom    string   // of the fees
}

// Client signs and sends transactions as one key, and queries the chain. The query clients
// of the Flock modules are ready to use; Conn serves any other gRPC service of the node.
type Client struct {
	cfg     Config
	enc     Encoding
	conn    *grpc.ClientConn
	from    sdk.AccAddress
	Arena   arenatypes.QueryClient
	Rewards rewardstypes.QueryClient
	Bridge  bridgetypes.QueryClient
	txs     txtypes.ServiceClient
	sendMu  sync.Mutex // one transaction in flight per key (see Send)
	auth    authtypes.QueryClient
	idMu    sync.Mutex // guards cfg.ChainID once learnt from the node
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
	conn, err := Connect(cfg.GRPC, enc)
	if err != nil {
		return nil, err
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 400_000
	}
	return &Client{cfg: cfg, enc: enc, conn: conn, from: from,
		Arena: arenatypes.NewQueryClient(conn), Rewards: rewardstypes.NewQueryClient(conn),
		Bridge: bridgetypes.NewQueryClient(conn),
		txs:    txtypes.NewServiceClient(conn), auth: authtypes.NewQueryClient(conn)}, nil
}

// Connect opens a gRPC connection to a node for queries only (no key), with the chain's
// codec and errors that name the node; Dial builds on it.
func Connect(addr string, enc Encoding) (*grpc.ClientConn, error) {
	// the chain's messages are gogoproto (custom Int and Dec types): use the SDK's codec
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(codec.NewProtoCodec(enc.InterfaceRegistry).GRPCCodec())),
		grpc.WithUnaryInterceptor(nameTheNode(addr)),
		// reconnect within seconds of a node coming back (gRPC's default waits up to 2 min)
		grpc.WithConnectParams(grpc.ConnectParams{Backoff: reconnectBackoff, MinConnectTimeout: 5 * time.Second}))
	if err != nil {
		return nil, fmt.Errorf("node %s: %w", addr, err)
	}
	return conn, nil
}

// reconnectBackoff paces reconnections to a node that went away: gRPC's default schedule
// capped at 5 s, so long-running loops resume soon after an outage.
var reconnectBackoff = backoff.Config{BaseDelay: time.Second, Multiplier: 1.6, Jitter: 0.2, MaxDelay: 5 * time.Second}

// nameTheNode makes a call that could not reach the node say which node, so "connection
// refused" reads as "is it running?" rather than as a refusal by the chain. Answers of the
// chain (not found, invalid request) pass unchanged.
func nameTheNode(addr string) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		err := invoker(ctx, method, req, reply, cc, opts...)
		if status.Code(err) == codes.Unavailable {
			return fmt.Errorf("node %s did not answer (is it running?): %w", addr, err)
		}
		return err
	}
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// Conn is the connection to the node, for query clients of other modules.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Address is the client's account.
func (c *Client) Address() sdk.AccAddress { return c.from }

// BlockTime is the time of the latest block, which the chain's deadlines are measured by.
func (c *Client) BlockTime(ctx context.Context) (time.Time, error) {
	res, err := cmtservice.NewServiceClient(c.conn).GetLatestBlock(ctx, &cmtservice.GetLatestBlockRequest{})
	if err != nil {
		return time.Time{}, err
	}
	return res.SdkBlock.Header.Time, nil
}

// ChainID is the chain id transactions are signed for: Config.ChainID, or when that was empty
// the node's own (asked once, then kept).
func (c *Client) ChainID(ctx context.Context) (string, error) {
	c.idMu.Lock()
	defer c.idMu.Unlock()
	if c.cfg.ChainID != "" {
		return c.cfg.ChainID, nil
	}
	res, err := cmtservice.NewServiceClient(c.conn).GetNodeInfo(ctx, &cmtservice.GetNodeInfoRequest{})
	if err != nil {
		return "", fmt.Errorf("asking node %s for its chain id: %w", c.cfg.GRPC, err)
	}
	if res.DefaultNodeInfo == nil || res.DefaultNodeInfo.Network == "" {
		return "", fmt.Errorf("node %s did not say its chain id: give it", c.cfg.GRPC)
	}
	c.cfg.ChainID = res.DefaultNodeInfo.Network
	return c.cfg.ChainID, nil
}
