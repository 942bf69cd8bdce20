package keeper

// Placeholders of the skeleton; each moves to the query file of its concern as it is built.

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/flockchain/flock/x/bridge/types"
)

var errQueryTODO = status.Error(codes.Unimplemented, "x/bridge: not built yet")

func (q queryServer) Valsets(context.Context, *types.QueryValsetsRequest) (*types.QueryValsetsResponse, error) {
	return nil, errQueryTODO
}
func (q queryServer) Valset(context.Context, *types.QueryValsetRequest) (*types.QueryValsetResponse, error) {
	return nil, errQueryTODO
}
func (q queryServer) ValsetConfirmations(context.Context, *types.QueryValsetConfirmationsRequest) (*types.QueryValsetConfirmationsResponse, error) {
	return nil, errQueryTODO
}
func (q queryServer) SettlementConfirmations(context.Context, *types.QuerySettlementConfirmationsRequest) (*types.QuerySettlementConfirmationsResponse, error) {
	return nil, errQueryTODO
}
