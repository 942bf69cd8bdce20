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

// Valsets lists the chain's valsets, newest first (pagination.reverse lists them oldest first).
func (q queryServer) Valsets(ctx context.Context, req *types.QueryValsetsRequest) (*types.QueryValsetsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	page := &query.PageRequest{}
	if req.Pagination != nil {
		p := *req.Pagination
		page = &p
	}
	page.Reverse = !page.Reverse
	vs, res, err := query.CollectionPaginate(ctx, q.k.Valsets, page, func(_ uint64, v types.Valset) (types.Valset, error) { return v, nil })
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryValsetsResponse{Valsets: vs, Pagination: res}, nil
}

// Valset is valset nonce (0: the latest), with why no newer valset can be made, if so. With no
// valset yet and nonce 0, the answer is an empty valset and the reason, if there is one.
func (q queryServer) Valset(ctx context.Context, req *types.QueryValsetRequest) (*types.QueryValsetResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	blocked, err := q.k.valsetBlocked(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	if req.Nonce == 0 {
		latest, err := q.k.latestValset(ctx)
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		if latest == nil {
			if blocked == "" {
				return nil, status.Error(codes.NotFound, "the chain has made no valset yet")
			}
			return &types.QueryValsetResponse{Blocked: blocked}, nil
		}
		return &types.QueryValsetResponse{Valset: *latest, Blocked: blocked}, nil
	}
	v, err := q.k.Valsets.Get(ctx, req.Nonce)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, status.Errorf(codes.NotFound, "valset %d: the chain made no such valset", req.Nonce)
	} else if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryValsetResponse{Valset: v, Blocked: blocked}, nil
}

// ValsetConfirmations lists the confirmations of valset nonce and the signature list a relayer
// passes to FlockBridge.updateValset, against Base's active valset.
func (q queryServer) ValsetConfirmations(ctx context.Context, req *types.QueryValsetConfirmationsRequest) (*types.QueryValsetConfirmationsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if ok, err := q.k.Valsets.Has(ctx, req.Nonce); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	} else if !ok {
		return nil, status.Errorf(codes.NotFound, "valset %d: the chain made no such valset", req.Nonce)
	}
	confs, list, err := q.k.confirmations(ctx, q.k.ValsetConfirms, req.Nonce)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryValsetConfirmationsResponse{Confirmations: confs, Signatures: list}, nil
}

// SettlementConfirmations lists the confirmations of settlement epoch and the signature list a
// relayer passes to FlockBridge.submitSettlement, against Base's active valset.
func (q queryServer) SettlementConfirmations(ctx context.Context, req *types.QuerySettlementConfirmationsRequest) (*types.QuerySettlementConfirmationsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if ok, err := q.k.Settlements.Has(ctx, req.Epoch); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	} else if !ok {
		return nil, status.Errorf(codes.NotFound, "settlement %d: the chain cut no such settlement", req.Epoch)
	}
	confs, list, err := q.k.confirmations(ctx, q.k.SettlementConfirms, req.Epoch)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QuerySettlementConfirmationsResponse{Confirmations: confs, Signatures: list}, nil
}

// confirmations reads the confirmations of id (at most one per validator, so bounded by the
// number of registered orchestrators) and builds the signature list against Base's active
// valset.
func (k Keeper) confirmations(ctx context.Context, m collections.Map[collections.Pair[uint64, sdk.ValAddress], types.Confirmation], id uint64) ([]types.Confirmation, types.SignatureList, error) {
	var confs []types.Confirmation
	err := m.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.ValAddress](id), func(_ collections.Pair[uint64, sdk.ValAddress], c types.Confirmation) (bool, error) {
		confs = append(confs, c)
		return false, nil
	})
	if err != nil {
		return nil, types.SignatureList{}, err
	}
	list, err := k.signatureList(ctx, m, id)
	return confs, list, err
}

// signatureList builds what FlockBridge takes with a valset or settlement: signatures of
// members of Base's active valset (BaseState.active_valset_nonce, as the chain made it; its
// checkpoint must be Base's), each with its position in that valset (members are in the
// contract's order). With enough power (more than valset.PowerThreshold) the list is the
// smallest quorum, highest power first (valset.Quorum: the cheapest to submit), quorum true;
// otherwise every signature available, quorum false. A confirmation counts only if it was made
// with the key the active valset holds for its validator. If the chain does not hold Base's
// active valset (the deploy-time one was not given at genesis, or Base activated a valset the
// chain never made) the list is empty.
func (k Keeper) signatureList(ctx context.Context, m collections.Map[collections.Pair[uint64, sdk.ValAddress], types.Confirmation], id uint64) (types.SignatureList, error) {
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return types.SignatureList{}, err
	}
	active, err := k.Valsets.Get(ctx, bs.ActiveValsetNonce)
	if errors.Is(err, collections.ErrNotFound) {
		return types.SignatureList{}, nil
	} else if err != nil {
		return types.SignatureList{}, err
	}
	if bs.ActiveCheckpoint != "" && bs.ActiveCheckpoint != active.Checkpoint {
		return types.SignatureList{}, nil
	}
	bvs, err := active.Bridge()
	if err != nil {
		return types.SignatureList{}, err
	}
	sigs := make([]string, len(active.Members))
	for i, mem := range active.Members {
		val, err := k.valCodec.StringToBytes(mem.Validator)
		if err != nil {
			return types.SignatureList{}, err
		}
		c, err := m.Get(ctx, collections.Join(id, sdk.ValAddress(val)))
		if errors.Is(err, collections.ErrNotFound) {
			continue
		} else if err != nil {
			return types.SignatureList{}, err
		}
		if c.EthAddress == mem.EthAddress {
			sigs[i] = c.Signature
		}
	}
	positions, ok := bvs.Quorum(func(i int) bool { return sigs[i] != "" })
	list := types.SignatureList{SigningValset: active, Quorum: ok}
	for _, i := range positions {
		list.Signatures = append(list.Signatures, types.ContractSignature{SignerIndex: uint32(i), EthAddress: active.Members[i].EthAddress, Signature: sigs[i]})
		list.SignedPower += active.Members[i].Power
	}
	return list, nil
}
