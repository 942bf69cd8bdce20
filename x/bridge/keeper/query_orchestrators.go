package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/bridge/types"
)

func (q queryServer) Orchestrators(ctx context.Context, req *types.QueryOrchestratorsRequest) (*types.QueryOrchestratorsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	out, page, err := query.CollectionPaginate(ctx, q.k.Orchestrators, req.Pagination,
		func(_ sdk.ValAddress, o types.Orchestrator) (types.Orchestrator, error) { return o, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryOrchestratorsResponse{Orchestrators: out, Pagination: page}, nil
}

// Orchestrator finds a registration by validator operator address, orchestrator account or eth
// address, whichever key decodes.
func (q queryServer) Orchestrator(ctx context.Context, req *types.QueryOrchestratorRequest) (*types.QueryOrchestratorResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	var (
		val sdk.ValAddress
		err error
	)
	if bz, verr := q.k.valCodec.StringToBytes(req.Key); verr == nil {
		val = bz
	} else if acc, aerr := q.k.addressCodec.StringToBytes(req.Key); aerr == nil {
		val, err = q.k.Orchestrators.Indexes.ByAccount.MatchExact(ctx, acc)
	} else if eth, eerr := types.ParseEthAddress("key", req.Key); eerr == nil {
		val, err = q.k.Orchestrators.Indexes.ByEth.MatchExact(ctx, eth.Bytes())
	} else {
		return nil, status.Errorf(codes.InvalidArgument, "key %q: want a validator operator address, an orchestrator account address or an eth address", req.Key)
	}
	var o types.Orchestrator
	if err == nil {
		o, err = q.k.Orchestrators.Get(ctx, val)
	}
	if errors.Is(err, collections.ErrNotFound) {
		return nil, status.Errorf(codes.NotFound, "no orchestrator registered for %s", req.Key)
	} else if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	last, err := q.k.AttestedNonces.Get(ctx, val)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryOrchestratorResponse{Orchestrator: o, LastAttestedNonce: last}, nil
}

func (q queryServer) LastAttestedNonce(ctx context.Context, req *types.QueryLastAttestedNonceRequest) (*types.QueryLastAttestedNonceResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	orch, err := q.k.addressCodec.StringToBytes(req.Orchestrator)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "orchestrator %q: %v", req.Orchestrator, err)
	}
	val, _, err := q.k.orchestratorOf(ctx, orch)
	if errors.Is(err, types.ErrNotOrchestrator) {
		return nil, status.Error(codes.NotFound, err.Error())
	} else if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	last, err := q.k.AttestedNonces.Get(ctx, val)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, status.Error(codes.Internal, err.Error())
	}
	bs, err := q.k.BaseState.Get(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryLastAttestedNonceResponse{LastAttestedNonce: last, LastAppliedNonce: bs.LastEventNonce}, nil
}
