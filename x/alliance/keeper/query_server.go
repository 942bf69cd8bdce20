package keeper

import (
	"context"
	"slices"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/alliance/types"
)

type queryServer struct{ k Keeper }

// NewQueryServerImpl returns the x/alliance Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k} }

var _ types.QueryServer = queryServer{}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	return &types.QueryParamsResponse{Params: p}, err
}

func (q queryServer) Alliance(ctx context.Context, req *types.QueryAllianceRequest) (*types.QueryAllianceResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	a, err := q.k.GetAlliance(ctx, req.AllianceId)
	if err != nil {
		return nil, err
	}
	return &types.QueryAllianceResponse{Alliance: a}, nil
}

func (q queryServer) Alliances(ctx context.Context, req *types.QueryAlliancesRequest) (*types.QueryAlliancesResponse, error) {
	if req == nil {
		req = &types.QueryAlliancesRequest{}
	}
	all, page, err := query.CollectionFilteredPaginate(ctx, q.k.Alliances, req.Pagination,
		func(_ uint64, a types.Alliance) (bool, error) {
			return req.Status == types.ALLIANCE_STATUS_UNSPECIFIED || a.Status == req.Status, nil
		},
		func(_ uint64, a types.Alliance) (types.Alliance, error) { return a, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryAlliancesResponse{Alliances: all, Pagination: page}, nil
}

func (q queryServer) Participants(ctx context.Context, req *types.QueryParticipantsRequest) (*types.QueryParticipantsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	ps, page, err := query.CollectionPaginate(ctx, q.k.Participants, req.Pagination,
		func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (types.Participant, error) {
			return p, nil
		},
		query.WithCollectionPaginationPairPrefix[uint64, sdk.AccAddress](req.AllianceId))
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryParticipantsResponse{Participants: ps, Pagination: page}, nil
}

func (q queryServer) Round(ctx context.Context, req *types.QueryRoundRequest) (*types.QueryRoundResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	r, err := q.k.GetRound(ctx, req.AllianceId, req.Round)
	if err != nil {
		return nil, err
	}
	return &types.QueryRoundResponse{Round: r}, nil
}

// Roles recomputes a round's roles from its seed and lists them in address order.
func (q queryServer) Roles(ctx context.Context, req *types.QueryRolesRequest) (*types.QueryRolesResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	a, err := q.k.GetAlliance(ctx, req.AllianceId)
	if err != nil {
		return nil, err
	}
	round := req.Round
	if round == 0 {
		round = a.Round
	}
	r, err := q.k.GetRound(ctx, a.Id, round)
	if err != nil {
		return nil, err
	}
	roles := q.k.roles(a, r)
	resp := &types.QueryRolesResponse{Round: round}
	err = q.k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](a.Id),
		func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			if roles.IsProposer(p.Index) {
				resp.Proposers = append(resp.Proposers, p.Address)
			}
			if roles.IsVoter(p.Index) {
				resp.Voters = append(resp.Voters, p.Address)
			}
			return false, nil
		})
	return resp, err
}

func (q queryServer) Updates(ctx context.Context, req *types.QueryUpdatesRequest) (*types.QueryUpdatesResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	us, page, err := q.k.pageUpdates(ctx, req.AllianceId, req.Round, req.Pagination)
	if err != nil {
		return nil, err
	}
	return &types.QueryUpdatesResponse{Updates: us, Pagination: page}, nil
}

func (q queryServer) Vote(ctx context.Context, req *types.QueryVoteRequest) (*types.QueryVoteResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	voter, err := q.k.addressCodec.StringToBytes(req.Voter)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "voter %q: %v", req.Voter, err)
	}
	v, err := q.k.Votes.Get(ctx, collections.Join3(req.AllianceId, req.Round, sdk.AccAddress(voter)))
	if notFound(err) {
		return nil, status.Errorf(codes.NotFound, "%s has no vote in alliance %d round %d", req.Voter, req.AllianceId, req.Round)
	}
	if err != nil {
		return nil, err
	}
	return &types.QueryVoteResponse{Vote: v}, nil
}

func (q queryServer) ModelReports(ctx context.Context, req *types.QueryModelReportsRequest) (*types.QueryModelReportsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	resp := &types.QueryModelReportsResponse{}
	err := q.k.ModelReports.Walk(ctx, hashesAfter(req.AllianceId, req.Round, nil),
		func(key collections.Triple[uint64, uint32, []byte], stake math.Int) (bool, error) {
			resp.Reports = append(resp.Reports, types.ModelReport{ModelHash: types.HashHex(key.K3()), Stake: stake})
			return false, nil
		})
	// most stake first, so the recorded hash leads
	slices.SortStableFunc(resp.Reports, func(a, b types.ModelReport) int { return b.Stake.BigInt().Cmp(a.Stake.BigInt()) })
	return resp, err
}

func (q queryServer) Contributors(ctx context.Context, req *types.QueryContributorsRequest) (*types.QueryContributorsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	a, err := q.k.GetAlliance(ctx, req.AllianceId)
	if err != nil {
		return nil, err
	}
	cs, err := q.k.Contributors(ctx, a.Id)
	if err != nil {
		return nil, err
	}
	return &types.QueryContributorsResponse{FinalModelHash: a.FinalModelHash, Contributors: cs}, nil
}

func (q queryServer) Settlement(ctx context.Context, req *types.QuerySettlementRequest) (*types.QuerySettlementResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	s, err := q.k.Settlements.Get(ctx, req.AllianceId)
	if notFound(err) {
		return nil, status.Errorf(codes.NotFound, "alliance %d has no settlement under way", req.AllianceId)
	}
	if err != nil {
		return nil, err
	}
	return &types.QuerySettlementResponse{Settlement: s}, nil
}

// defaultPage is the page size when a request gives no limit.
const defaultPage = 100

// pageUpdates pages through a round's updates in proposer address order. The page key is
// the last proposer address of the previous page; offsets are not supported.
func (k Keeper) pageUpdates(ctx context.Context, id uint64, round uint32, page *query.PageRequest) ([]types.Update, *query.PageResponse, error) {
	if page == nil {
		page = &query.PageRequest{}
	}
	if page.Offset > 0 {
		return nil, nil, status.Error(codes.InvalidArgument, "updates page by key, not by offset")
	}
	limit := page.Limit
	if limit == 0 {
		limit = defaultPage
	}
	var after []byte
	if len(page.Key) > 0 {
		after = page.Key
	}
	var out []types.Update
	resp := &query.PageResponse{}
	var last []byte
	err := k.Updates.Walk(ctx, addrsAfter(id, round, after), func(key collections.Triple[uint64, uint32, sdk.AccAddress], u types.Update) (bool, error) {
		if uint64(len(out)) == limit {
			resp.NextKey = last
			return true, nil
		}
		out = append(out, u)
		last = key.K3()
		return false, nil
	})
	return out, resp, err
}
