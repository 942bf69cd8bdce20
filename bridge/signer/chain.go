package signer

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	grpctypes "github.com/cosmos/cosmos-sdk/types/grpc"
	"github.com/cosmos/cosmos-sdk/types/query"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// Chain is what the signer reads from and sends to the Flock chain. GRPC implements it over
// a chainclient; tests use fakes.
type Chain interface {
	Params(ctx context.Context) (types.Params, error)
	BaseState(ctx context.Context) (types.BaseState, error)
	// Registration is the orchestrator registration of account orch (nil: none).
	Registration(ctx context.Context, orch sdk.AccAddress) (*types.Orchestrator, error)
	// ValsetsFrom lists the chain's valsets with nonce ≥ from, ascending.
	ValsetsFrom(ctx context.Context, from uint64) ([]types.Valset, error)
	// Valset is valset nonce (nil: the chain made none).
	Valset(ctx context.Context, nonce uint64) (*types.Valset, error)
	// SettlementsAbove lists the chain's settlements with epoch > above, ascending.
	SettlementsAbove(ctx context.Context, above uint64) ([]types.Settlement, error)
	ValsetConfirmations(ctx context.Context, nonce uint64) ([]types.Confirmation, error)
	SettlementConfirmations(ctx context.Context, epoch uint64) ([]types.Confirmation, error)
	// Leaves are the leaves 0..count-1 of settlement epoch, in index order.
	Leaves(ctx context.Context, epoch, count uint64) ([]types.Leaf, error)
	// StakingAt is what the chain builds a valset from, as of the end of block height: the
	// bonded validators, the bonded tokens and the registered orchestrators.
	StakingAt(ctx context.Context, height int64) (Staking, error)
	// Confirm sends a MsgConfirmValset or MsgConfirmSettlement and waits for its block.
	Confirm(ctx context.Context, msg sdk.Msg) error
}

// Staking is the chain's state a valset is recomputed from.
type Staking struct {
	Bonded        []stakingtypes.Validator // status BONDED, any order
	BondedTokens  math.Int                 // x/staking's bonded pool
	Orchestrators []types.Orchestrator
}

// GRPC is Chain over a flockd node's gRPC, sending with the orchestrator's chainclient (the
// one the oracle shares: one transaction in flight per key).
type GRPC struct {
	C       *chainclient.Client
	staking stakingtypes.QueryClient
}

// NewGRPC reads and sends through c.
func NewGRPC(c *chainclient.Client) *GRPC {
	return &GRPC{C: c, staking: stakingtypes.NewQueryClient(c.Conn())}
}

// pageLimit is the page size of list queries.
const pageLimit = 200

func (g *GRPC) Params(ctx context.Context) (types.Params, error) {
	res, err := g.C.Bridge.Params(ctx, &types.QueryParamsRequest{})
	if err != nil {
		return types.Params{}, err
	}
	return res.Params, nil
}

func (g *GRPC) BaseState(ctx context.Context) (types.BaseState, error) {
	res, err := g.C.Bridge.BaseState(ctx, &types.QueryBaseStateRequest{})
	if err != nil {
		return types.BaseState{}, err
	}
	return res.State, nil
}

func (g *GRPC) Registration(ctx context.Context, orch sdk.AccAddress) (*types.Orchestrator, error) {
	return g.Lookup(ctx, orch.String())
}

// Lookup is the registration key names (validator, account or eth address); nil if none.
func (g *GRPC) Lookup(ctx context.Context, key string) (*types.Orchestrator, error) {
	res, err := g.C.Bridge.Orchestrator(ctx, &types.QueryOrchestratorRequest{Key: key})
	if status.Code(err) == codes.NotFound {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &res.Orchestrator, nil
}

// ValsetsFrom pages through the valsets newest first and stops below from.
func (g *GRPC) ValsetsFrom(ctx context.Context, from uint64) ([]types.Valset, error) {
	var out []types.Valset
	page := &query.PageRequest{Limit: pageLimit}
	for {
		res, err := g.C.Bridge.Valsets(ctx, &types.QueryValsetsRequest{Pagination: page})
		if err != nil {
			return nil, err
		}
		for _, v := range res.Valsets {
			if v.Nonce < from {
				return reversed(out), nil
			}
			out = append(out, v)
		}
		if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
			return reversed(out), nil
		}
		page = &query.PageRequest{Key: res.Pagination.NextKey, Limit: pageLimit}
	}
}

func (g *GRPC) Valset(ctx context.Context, nonce uint64) (*types.Valset, error) {
	res, err := g.C.Bridge.Valset(ctx, &types.QueryValsetRequest{Nonce: nonce})
	if status.Code(err) == codes.NotFound {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &res.Valset, nil
}

// Settlement is settlement epoch (nil: the chain cut none).
func (g *GRPC) Settlement(ctx context.Context, epoch uint64) (*types.Settlement, error) {
	res, err := g.C.Bridge.Settlement(ctx, &types.QuerySettlementRequest{Epoch: epoch})
	if status.Code(err) == codes.NotFound {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &res.Settlement, nil
}

// SettlementsAbove pages through the settlements newest first and stops at above.
func (g *GRPC) SettlementsAbove(ctx context.Context, above uint64) ([]types.Settlement, error) {
	var out []types.Settlement
	page := &query.PageRequest{Limit: pageLimit}
	for {
		res, err := g.C.Bridge.Settlements(ctx, &types.QuerySettlementsRequest{Pagination: page})
		if err != nil {
			return nil, err
		}
		for _, s := range res.Settlements {
			if s.Epoch <= above {
				return reversed(out), nil
			}
			out = append(out, s)
		}
		if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
			return reversed(out), nil
		}
		page = &query.PageRequest{Key: res.Pagination.NextKey, Limit: pageLimit}
	}
}

func (g *GRPC) ValsetConfirmations(ctx context.Context, nonce uint64) ([]types.Confirmation, error) {
	res, err := g.C.Bridge.ValsetConfirmations(ctx, &types.QueryValsetConfirmationsRequest{Nonce: nonce})
	if err != nil {
		return nil, err
	}
	return res.Confirmations, nil
}

func (g *GRPC) SettlementConfirmations(ctx context.Context, epoch uint64) ([]types.Confirmation, error) {
	res, err := g.C.Bridge.SettlementConfirmations(ctx, &types.QuerySettlementConfirmationsRequest{Epoch: epoch})
	if err != nil {
		return nil, err
	}
	return res.Confirmations, nil
}

// Leaves reads each leaf through the proof query (the only one that lists a settlement's
// leaves by index); the proofs are not used: the signer rebuilds the whole tree.
func (g *GRPC) Leaves(ctx context.Context, epoch, count uint64) ([]types.Leaf, error) {
	out := make([]types.Leaf, 0, count)
	for i := uint64(0); i < count; i++ {
		res, err := g.C.Bridge.Proof(ctx, &types.QueryProofRequest{Epoch: epoch, Index: i})
		if err != nil {
			return nil, fmt.Errorf("settlement %d leaf %d: %w", epoch, i, err)
		}
		out = append(out, res.Proof.Leaf)
	}
	return out, nil
}

// StakingAt queries at height (the x-cosmos-block-height header): the node must keep that
// state (the default pruning keeps weeks of it; a confirm window is a day).
func (g *GRPC) StakingAt(ctx context.Context, height int64) (Staking, error) {
	if height > 0 {
		ctx = metadata.AppendToOutgoingContext(ctx, grpctypes.GRPCBlockHeightHeader, strconv.FormatInt(height, 10))
	}
	var st Staking
	page := &query.PageRequest{Limit: pageLimit}
	for {
		res, err := g.staking.Validators(ctx, &stakingtypes.QueryValidatorsRequest{Status: stakingtypes.Bonded.String(), Pagination: page})
		if err != nil {
			return Staking{}, fmt.Errorf("bonded validators at height %d: %w", height, err)
		}
		st.Bonded = append(st.Bonded, res.Validators...)
		if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
			break
		}
		page = &query.PageRequest{Key: res.Pagination.NextKey, Limit: pageLimit}
	}
	pool, err := g.staking.Pool(ctx, &stakingtypes.QueryPoolRequest{})
	if err != nil {
		return Staking{}, fmt.Errorf("staking pool at height %d: %w", height, err)
	}
	st.BondedTokens = pool.Pool.BondedTokens
	page = &query.PageRequest{Limit: pageLimit}
	for {
		res, err := g.C.Bridge.Orchestrators(ctx, &types.QueryOrchestratorsRequest{Pagination: page})
		if err != nil {
			return Staking{}, fmt.Errorf("orchestrators at height %d: %w", height, err)
		}
		st.Orchestrators = append(st.Orchestrators, res.Orchestrators...)
		if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
			break
		}
		page = &query.PageRequest{Key: res.Pagination.NextKey, Limit: pageLimit}
	}
	return st, nil
}

// txTimeout bounds one confirmation: a transaction that never makes it into a block (dropped
// from the mempool) must not hold the key's sender, which the oracle shares, for ever. The
// next pass sees it unconfirmed and signs again.
const txTimeout = 2 * time.Minute

func (g *GRPC) Confirm(ctx context.Context, msg sdk.Msg) error {
	ctx, cancel := context.WithTimeout(ctx, txTimeout)
	defer cancel()
	_, err := g.C.Send(ctx, msg)
	return err
}

// reversed turns a newest-first list into an ascending one.
func reversed[T any](xs []T) []T {
	slices.Reverse(xs)
	return xs
}
