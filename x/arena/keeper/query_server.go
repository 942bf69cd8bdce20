package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/arena/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the x/arena Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k} }

var _ types.QueryServer = queryServer{}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	return &types.QueryParamsResponse{Params: p}, err
}

func (q queryServer) Task(ctx context.Context, req *types.QueryTaskRequest) (*types.QueryTaskResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	t, err := q.k.GetTask(ctx, req.TaskId)
	if err != nil {
		return nil, err
	}
	return &types.QueryTaskResponse{Task: t}, nil
}

func (q queryServer) Tasks(ctx context.Context, req *types.QueryTasksRequest) (*types.QueryTasksResponse, error) {
	if req == nil {
		req = &types.QueryTasksRequest{}
	}
	if req.Status == types.TASK_STATUS_UNSPECIFIED {
		tasks, page, err := query.CollectionPaginate(ctx, q.k.Tasks, req.Pagination,
			func(_ uint64, t types.Task) (types.Task, error) { return t, nil })
		if err != nil {
			return nil, status.Error(codes.InvalidArgument, err.Error())
		}
		return &types.QueryTasksResponse{Tasks: tasks, Pagination: page}, nil
	}
	tasks, page, err := q.k.tasksByStatus(ctx, req.Status, req.Pagination)
	if err != nil {
		return nil, err
	}
	return &types.QueryTasksResponse{Tasks: tasks, Pagination: page}, nil
}

func (q queryServer) Participants(ctx context.Context, req *types.QueryParticipantsRequest) (*types.QueryParticipantsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	ps, page, err := query.CollectionPaginate(ctx, q.k.Participants, req.Pagination,
		func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (types.Participant, error) {
			return p, nil
		},
		query.WithCollectionPaginationPairPrefix[uint64, sdk.AccAddress](req.TaskId))
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryParticipantsResponse{Participants: ps, Pagination: page}, nil
}

func (q queryServer) Delegations(ctx context.Context, req *types.QueryDelegationsRequest) (*types.QueryDelegationsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	p, err := q.k.queryAddress("participant", req.Participant)
	if err != nil {
		return nil, err
	}
	out, page, err := query.CollectionPaginate(ctx, q.k.Delegations, req.Pagination,
		func(key collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], amount math.Int) (types.Delegation, error) {
			return types.Delegation{TaskId: req.TaskId, Participant: q.k.str(p), Delegator: q.k.str(key.K3()), Amount: amount}, nil
		}, func(o *query.CollectionsPaginateOptions[collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress]]) {
			prefix := collections.TripleSuperPrefix[uint64, sdk.AccAddress, sdk.AccAddress](req.TaskId, p)
			o.Prefix = &prefix // only this participant's delegations
		})
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryDelegationsResponse{Delegations: out, Pagination: page}, nil
}

func (q queryServer) Submissions(ctx context.Context, req *types.QuerySubmissionsRequest) (*types.QuerySubmissionsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	subs, page, err := query.CollectionPaginate(ctx, q.k.Submissions, req.Pagination,
		func(_ collections.Pair[uint64, sdk.AccAddress], s types.Submission) (types.Submission, error) {
			return s, nil
		},
		query.WithCollectionPaginationPairPrefix[uint64, sdk.AccAddress](req.TaskId))
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QuerySubmissionsResponse{Submissions: subs, Pagination: page}, nil
}

func (q queryServer) Assignments(ctx context.Context, req *types.QueryAssignmentsRequest) (*types.QueryAssignmentsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	v, err := q.k.queryAddress("validator", req.Validator)
	if err != nil {
		return nil, err
	}
	var ids []uint64
	err = q.k.Assignments.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, sdk.AccAddress, uint64](req.TaskId, v),
		func(key collections.Triple[uint64, sdk.AccAddress, uint64]) (bool, error) {
			ids = append(ids, key.K3())
			return false, nil
		})
	return &types.QueryAssignmentsResponse{SubmissionIds: ids}, err
}

func (q queryServer) Leaderboard(ctx context.Context, req *types.QueryLeaderboardRequest) (*types.QueryLeaderboardResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	out, err := q.k.Leaderboard(ctx, req.TaskId)
	return &types.QueryLeaderboardResponse{Entries: out}, err
}

func (q queryServer) Results(ctx context.Context, req *types.QueryResultsRequest) (*types.QueryResultsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	var out []types.ParticipantResult
	err := q.k.ParticipantResults.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](req.TaskId),
		func(_ collections.Pair[uint64, sdk.AccAddress], r types.ParticipantResult) (bool, error) {
			out = append(out, r)
			return false, nil
		})
	return &types.QueryResultsResponse{Results: out}, err
}

// queryAddress parses an address a query names; a malformed one is InvalidArgument.
func (k Keeper) queryAddress(field, a string) (sdk.AccAddress, error) {
	b, err := k.addressCodec.StringToBytes(a)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "%s %q: %v", field, a, err)
	}
	return b, nil
}

func (q queryServer) Settlement(ctx context.Context, req *types.QuerySettlementRequest) (*types.QuerySettlementResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	t, err := q.k.GetTask(ctx, req.TaskId)
	if err != nil {
		return nil, err
	}
	s, err := q.k.Settlements.Get(ctx, req.TaskId)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, status.Errorf(codes.NotFound, "task %d is %s, not settling", t.Id, t.Status)
	} else if err != nil {
		return nil, err
	}
	return &types.QuerySettlementResponse{Settlement: s}, nil
}
