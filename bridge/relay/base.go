package relay

import (
	"context"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/flockchain/flock/bridge/contracts/bindings"
)

// Eth is what the relayer needs of a Base JSON-RPC client; go-ethereum's ethclient.Client (and
// the devchain's client) has all of it. Tests wrap it to inject faults.
type Eth interface {
	bind.ContractCaller
	bind.ContractFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// BaseState is what FlockBridge holds, all read at one block so that the parts agree.
type BaseState struct {
	Block, Time        uint64 // the block read and its timestamp
	ValsetNonce        uint64
	ValsetCheckpoint   common.Hash
	PendingNonce       uint64 // 0: no valset waiting for activation
	PendingCheckpoint  common.Hash
	PendingActivatesAt uint64
	LastEpoch          uint64
	Paused             bool
}

// has says whether Base holds (or no longer needs) what s sent: after a revert, this is
// how "another relayer was first" is told apart from a failure.
func (st BaseState) has(s submission) bool {
	switch s.kind {
	case KindValsetUpdate:
		return st.ValsetNonce >= s.nonce || st.PendingNonce >= s.nonce
	case KindValsetActivation:
		return st.PendingNonce != s.nonce // activated by someone else, or vetoed
	case KindSettlement:
		return st.LastEpoch >= s.nonce
	}
	return false
}

// readBase reads FlockBridge's state at the head.
func readBase(ctx context.Context, eth Eth, bridge *bindings.FlockBridgeCaller) (BaseState, error) {
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return BaseState{}, fmt.Errorf("base head: %w", err)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	st := BaseState{Block: head.Number.Uint64(), Time: head.Time}
	var v *big.Int
	if v, err = bridge.ValsetNonce(opts); err != nil {
		return st, fmt.Errorf("valsetNonce: %w", err)
	}
	st.ValsetNonce = v.Uint64()
	if st.ValsetCheckpoint, err = bridge.ValsetCheckpoint(opts); err != nil {
		return st, fmt.Errorf("valsetCheckpoint: %w", err)
	}
	if v, err = bridge.PendingValsetNonce(opts); err != nil {
		return st, fmt.Errorf("pendingValsetNonce: %w", err)
	}
	st.PendingNonce = v.Uint64()
	if st.PendingNonce != 0 {
		if st.PendingCheckpoint, err = bridge.PendingValsetCheckpoint(opts); err != nil {
			return st, fmt.Errorf("pendingValsetCheckpoint: %w", err)
		}
		if v, err = bridge.PendingValsetActivatesAt(opts); err != nil {
			return st, fmt.Errorf("pendingValsetActivatesAt: %w", err)
		}
		st.PendingActivatesAt = v.Uint64()
	}
	if v, err = bridge.LastEpoch(opts); err != nil {
		return st, fmt.Errorf("lastEpoch: %w", err)
	}
	st.LastEpoch = v.Uint64()
	if st.Paused, err = bridge.Paused(opts); err != nil {
		return st, fmt.Errorf("paused: %w", err)
	}
	return st, nil
}
