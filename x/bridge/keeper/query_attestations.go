package keeper

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/bridge/types"
)

// Attestations returns every claim attested for a nonce (conflicting claims apart), each with
// its voters and the bonded tokens behind it now against the bonded total: a pending claim
// passes when 3·power > 2·total.
func (q queryServer) Attestations(ctx context.Context, req *types.QueryAttestationsRequest) (*types.QueryAttestationsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	atts, err := q.k.attestationsOf(ctx, req.EventNonce)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	total, err := q.k.staking.TotalBondedTokens(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	out := make([]types.AttestationTally, 0, len(atts))
	for _, a := range atts {
		power, voters, err := q.k.claimPower(ctx, a.EventNonce, a.ClaimHash)
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		names := make([]string, len(voters))
		for i, v := range voters {
			if names[i], err = q.k.valCodec.BytesToString(v); err != nil {
				return nil, status.Error(codes.Internal, err.Error())
			}
		}
		out = append(out, types.AttestationTally{Attestation: a, Voters: names, Power: power, Total: total})
	}
	return &types.QueryAttestationsResponse{Attestations: out}, nil
}

// FailedEvents lists the attested events whose application failed, by nonce; a deposit that
// could not be credited carries the id of the withdrawal that refunds it on Base.
func (q queryServer) FailedEvents(ctx context.Context, req *types.QueryFailedEventsRequest) (*types.QueryFailedEventsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	out, page, err := query.CollectionPaginate(ctx, q.k.FailedEvents, req.Pagination,
		func(_ uint64, f types.FailedEvent) (types.FailedEvent, error) { return f, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryFailedEventsResponse{Failed: out, Pagination: page}, nil
}
