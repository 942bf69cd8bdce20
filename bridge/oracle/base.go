package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/contracts/bindings"
)

// EthBackend is what EthBase needs of a node connection: an *ethclient.Client, or the
// devchain's client.
type EthBackend interface {
	baseclient.LogBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// EthBase is the Base of a JSON-RPC node, reading one FlockBridge.
type EthBase struct {
	backend EthBackend
	reader  *baseclient.EventReader
	caller  *bindings.FlockBridgeCaller
}

// NewEthBase reads the bridge at address through backend, maxRange blocks per eth_getLogs.
func NewEthBase(backend EthBackend, address common.Address, maxRange uint64) (*EthBase, error) {
	r, err := baseclient.NewEventReader(address, backend, maxRange)
	if err != nil {
		return nil, err
	}
	c, err := bindings.NewFlockBridgeCaller(address, backend)
	if err != nil {
		return nil, err
	}
	return &EthBase{backend: backend, reader: r, caller: c}, nil
}

// Head is the latest block number.
func (b *EthBase) Head(ctx context.Context) (uint64, error) {
	h, err := b.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("latest block: %w", err)
	}
	return h.Number.Uint64(), nil
}

// Finalized is the "finalized" block. A node that answers the request with an error (it
// does not know the tag, or has no finalized block) is ErrNoFinalizedTag; a node that does
// not answer is a plain error.
func (b *EthBase) Finalized(ctx context.Context) (uint64, error) {
	h, err := b.backend.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	var answered rpc.Error
	switch {
	case errors.Is(err, ethereum.NotFound) || errors.As(err, &answered):
		return 0, fmt.Errorf("%w: %w", ErrNoFinalizedTag, err)
	case err != nil:
		return 0, fmt.Errorf("finalized block: %w", err)
	}
	return h.Number.Uint64(), nil
}

// Events reads the bridge's nonced events of blocks from..to.
func (b *EthBase) Events(ctx context.Context, from, to uint64) ([]baseclient.Event, error) {
	return b.reader.Events(ctx, from, to)
}

// EventNonce is the bridge's eventNonce() as of block.
func (b *EthBase) EventNonce(ctx context.Context, block uint64) (uint64, error) {
	n, err := b.caller.EventNonce(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)})
	if err != nil {
		return 0, err
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("eventNonce %s does not fit 64 bits", n)
	}
	return n.Uint64(), nil
}

// ClaimedLeaves reads the bridge's claimed bitmap (baseclient.EventReader.ClaimedLeaves).
func (b *EthBase) ClaimedLeaves(ctx context.Context, epoch, count, atBlock uint64) ([]uint64, error) {
	return b.reader.ClaimedLeaves(ctx, epoch, count, atBlock)
}
