package chainclient_test

import (
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	cryptocodec "github.com/cosmos/cosmos-sdk/crypto/codec"
	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"

	"github.com/flockchain/flock/chainclient"
	arenatypes "github.com/flockchain/flock/x/arena/types"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// TestNodeDownIsAClearError: with no node at the address, a transaction is not sent and the
// error names the address.
func TestNodeDownIsAClearError(t *testing.T) {
	registry := codectypes.NewInterfaceRegistry()
	cryptocodec.RegisterInterfaces(registry)
	arenatypes.RegisterInterfaces(registry)
	cdc := codec.NewProtoCodec(registry)
	kr := keyring.NewInMemory(cdc)
	_, _, err := kr.NewMnemonic("w", keyring.English, sdk.FullFundraiserPath, "", hd.Secp256k1)
	require.NoError(t, err)
	_, err = chainclient.Dial(chainclient.Config{GRPC: "127.0.0.1:1", ChainID: "x", Keyring: kr, KeyName: "missing"}, chainclient.Encoding{TxConfig: authtx.NewTxConfig(cdc, authtx.DefaultSignModes), InterfaceRegistry: registry})
	require.ErrorContains(t, err, `key "missing"`)

	c, err := chainclient.Dial(chainclient.Config{GRPC: "127.0.0.1:1", ChainID: "x", Keyring: kr, KeyName: "w", GasPrice: math.OneInt(), Denom: "aflock"},
		chainclient.Encoding{TxConfig: authtx.NewTxConfig(cdc, authtx.DefaultSignModes), InterfaceRegistry: registry})
	require.NoError(t, err)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err = c.Send(ctx, &arenatypes.MsgCommitScores{Validator: c.Address().String(), TaskId: 1, Commitment: "00"})
	require.ErrorContains(t, err, "node 127.0.0.1:1 did not answer (is it running?)")
	_, err = c.Arena.Task(ctx, &arenatypes.QueryTaskRequest{TaskId: 1})
	require.ErrorContains(t, err, "node 127.0.0.1:1 did not answer")
}

// arenaAnswers is a node whose arena query service answers: task 1 exists, others do not.
type arenaAnswers struct {
	*arenatypes.UnimplementedQueryServer
}

func (arenaAnswers) Task(_ context.Context, req *arenatypes.QueryTaskRequest) (*arenatypes.QueryTaskResponse, error) {
	if req.TaskId != 1 {
		return nil, status.Errorf(codes.NotFound, "task %d does not exist", req.TaskId)
	}
	return &arenatypes.QueryTaskResponse{Task: arenatypes.Task{Id: 1, Title: "one"}}, nil
}

// TestChainAnswersPassUnchanged: an answer of the chain (not found) keeps its gRPC status and
// is not mistaken for a node that is down; a found task decodes.
func TestChainAnswersPassUnchanged(t *testing.T) {
	registry := codectypes.NewInterfaceRegistry()
	cryptocodec.RegisterInterfaces(registry)
	arenatypes.RegisterInterfaces(registry)
	cdc := codec.NewProtoCodec(registry)
	srv := grpc.NewServer(grpc.ForceServerCodec(cdc.GRPCCodec()))
	arenatypes.RegisterQueryServer(srv, arenaAnswers{&arenatypes.UnimplementedQueryServer{}})
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go func() { _ = srv.Serve(lis) }()
	defer srv.Stop()

	kr := keyring.NewInMemory(cdc)
	_, _, err = kr.NewMnemonic("w", keyring.English, sdk.FullFundraiserPath, "", hd.Secp256k1)
	require.NoError(t, err)
	c, err := chainclient.Dial(chainclient.Config{GRPC: lis.Addr().String(), ChainID: "x", Keyring: kr, KeyName: "w"},
		chainclient.Encoding{TxConfig: authtx.NewTxConfig(cdc, authtx.DefaultSignModes), InterfaceRegistry: registry})
	require.NoError(t, err)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	res, err := c.Arena.Task(ctx, &arenatypes.QueryTaskRequest{TaskId: 1})
	require.NoError(t, err)
	require.Equal(t, "one", res.Task.Title)
	_, err = c.Arena.Task(ctx, &arenatypes.QueryTaskRequest{TaskId: 9})
	require.Equal(t, codes.NotFound, status.Code(err))
	require.ErrorContains(t, err, "task 9 does not exist")
	require.NotContains(t, err.Error(), "did not answer")
}

// TestTxErrorMatchesTheRegisteredError: a refusal decoded from a tx response is told apart
// with the module's registered errors, by codespace and code, not by its text.
func TestTxErrorMatchesTheRegisteredError(t *testing.T) {
	refused := &chainclient.TxError{Codespace: bridgetypes.ModuleName, Code: bridgetypes.ErrNonceOutOfOrder.ABCICode(), Log: "event 9: expected nonce 8"}
	var err error = fmt.Errorf("attesting: %w", refused)
	require.ErrorIs(t, err, bridgetypes.ErrNonceOutOfOrder)
	require.NotErrorIs(t, err, bridgetypes.ErrTooManyEvents, "same codespace, another code")
	require.NotErrorIs(t, err, sdkerrors.ErrWrongSequence, "another codespace")
	require.ErrorContains(t, err, "transaction refused (bridge code 10): event 9")

	inBlock := &chainclient.TxError{Hash: "AB", Height: 7, Codespace: sdkerrors.RootCodespace, Code: sdkerrors.ErrOutOfGas.ABCICode(), Log: "out of gas"}
	require.ErrorIs(t, inBlock, sdkerrors.ErrOutOfGas)
	require.ErrorContains(t, inBlock, "transaction AB failed in block 7 (sdk code 11)")
}
