package keeper

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/flockchain/flock/x/bridge/types"
)

type queryServer struct{ k Keeper }

var _ types.QueryServer = queryServer{}

// NewQueryServerImpl returns the x/bridge Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k} }

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) BaseState(ctx context.Context, _ *types.QueryBaseStateRequest) (*types.QueryBaseStateResponse, error) {
	s, err := q.k.BaseState.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryBaseStateResponse{State: s}, nil
}

func (q queryServer) Backing(ctx context.Context, _ *types.QueryBackingRequest) (*types.QueryBackingResponse, error) {
	b, err := q.k.Backing.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	queued, err := q.k.QueuedTotal(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryBackingResponse{Backing: b, Supply: q.k.bank.GetSupply(ctx, q.k.denom).Amount, Queued: queued}, nil
}
