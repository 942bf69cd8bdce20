package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/rewards/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the x/rewards Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k} }

var _ types.QueryServer = queryServer{}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) Pool(ctx context.Context, _ *types.QueryPoolRequest) (*types.QueryPoolResponse, error) {
	pool, claimable, pending, err := q.k.balances(ctx)
	if err != nil {
		return nil, err
	}
	bal := q.k.bank.GetBalance(ctx, q.k.auth.GetModuleAddress(types.ModuleName), q.k.denom)
	return &types.QueryPoolResponse{Pool: pool, Claimable: claimable, PendingCredits: pending, ModuleBalance: bal.Amount}, nil
}

func (q queryServer) CurrentEpoch(ctx context.Context, _ *types.QueryCurrentEpochRequest) (*types.QueryCurrentEpochResponse, error) {
	params, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	state, err := q.k.Epoch.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		// before the first block: nothing has started
		return &types.QueryCurrentEpochResponse{NextEmission: types.ScheduledEmission(params.EpochEmission, params.Decay, params.DecayInterval, 0)}, nil
	} else if err != nil {
		return nil, err
	}
	return &types.QueryCurrentEpochResponse{
		Number:       state.Number,
		Start:        state.Start,
		NextBoundary: state.Start.Add(params.EpochDuration),
		NextEmission: types.ScheduledEmission(params.EpochEmission, params.Decay, params.DecayInterval, state.Emissions),
		Started:      true,
	}, nil
}

func (q queryServer) Epochs(ctx context.Context, req *types.QueryEpochsRequest) (*types.QueryEpochsResponse, error) {
	if req == nil {
		req = &types.QueryEpochsRequest{}
	}
	records, page, err := query.CollectionPaginate(ctx, q.k.Epochs, req.Pagination,
		func(_ uint64, rec types.EpochRecord) (types.EpochRecord, error) { return rec, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryEpochsResponse{Epochs: records, Pagination: page}, nil
}

func (q queryServer) Epoch(ctx context.Context, req *types.QueryEpochRequest) (*types.QueryEpochResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	rec, err := q.k.Epochs.Get(ctx, req.Number)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, types.ErrUnknownEpoch.Wrapf("epoch %d has no record: it is in progress, in the future, or 0", req.Number)
	} else if err != nil {
		return nil, err
	}
	return &types.QueryEpochResponse{Epoch: rec}, nil
}

func (q queryServer) Claimable(ctx context.Context, req *types.QueryClaimableRequest) (*types.QueryClaimableResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	addr, err := q.k.addressCodec.StringToBytes(req.Address)
	if err != nil {
		return nil, types.ErrInvalidAddress.Wrapf("address %q: %v", req.Address, err)
	}
	amount, err := q.k.Claimables.Get(ctx, addr)
	if errors.Is(err, collections.ErrNotFound) {
		amount = math.ZeroInt()
	} else if err != nil {
		return nil, err
	}
	return &types.QueryClaimableResponse{Amount: amount}, nil
}

func (q queryServer) Sinks(_ context.Context, _ *types.QuerySinksRequest) (*types.QuerySinksResponse, error) {
	sinks := make([]types.SinkInfo, 0, len(q.k.sinks.sinks))
	for _, s := range q.k.sinks.sinks {
		sinks = append(sinks, types.SinkInfo{Module: s.Module, Category: s.Sink.EmissionCategory()})
	}
	return &types.QuerySinksResponse{Sinks: sinks}, nil
}
