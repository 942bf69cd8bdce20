package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	collcodec "cosmossdk.io/collections/codec"
	"cosmossdk.io/collections/indexes"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/bridge/types"
)

// Queries of the withdrawal queue and the settlements.

// maxPageLimit bounds one page of an index-backed list.
const maxPageLimit = 1_000

// Withdrawals lists the queue in id order, or one sender's queued withdrawals.
func (q queryServer) Withdrawals(ctx context.Context, req *types.QueryWithdrawalsRequest) (*types.QueryWithdrawalsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	if req.Sender == "" {
		ws, page, err := query.CollectionPaginate(ctx, q.k.Withdrawals, req.Pagination,
			func(_ uint64, w types.Withdrawal) (types.Withdrawal, error) { return w, nil })
		if err != nil {
			return nil, status.Error(codes.InvalidArgument, err.Error())
		}
		return &types.QueryWithdrawalsResponse{Withdrawals: ws, Pagination: page}, nil
	}
	sender, err := q.k.addressCodec.StringToBytes(req.Sender)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "sender %q: %v", req.Sender, err)
	}
	var ws []types.Withdrawal
	page, err := paginateIndex(ctx, req.Pagination, collections.Uint64Key,
		func(r *collections.PairRange[sdk.AccAddress, uint64]) (indexes.MultiIterator[sdk.AccAddress, uint64], error) {
			return q.k.Withdrawals.Indexes.BySender.Iterate(ctx, r)
		}, collections.NewPrefixedPairRange[sdk.AccAddress, uint64](sender),
		func(id uint64) error {
			w, err := q.k.Withdrawals.Get(ctx, id)
			ws = append(ws, w)
			return err
		})
	if err != nil {
		return nil, err
	}
	return &types.QueryWithdrawalsResponse{Withdrawals: ws, Pagination: page}, nil
}

// Settlements lists settlements newest first (pagination.reverse lists them oldest first).
func (q queryServer) Settlements(ctx context.Context, req *types.QuerySettlementsRequest) (*types.QuerySettlementsResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	pageReq := &query.PageRequest{}
	if req.Pagination != nil {
		r := *req.Pagination
		pageReq = &r
	}
	pageReq.Reverse = !pageReq.Reverse
	ss, page, err := query.CollectionPaginate(ctx, q.k.Settlements, pageReq,
		func(_ uint64, s types.Settlement) (types.Settlement, error) { return s, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QuerySettlementsResponse{Settlements: ss, Pagination: page}, nil
}

// Settlement returns one settlement and how many orchestrators confirmed it.
func (q queryServer) Settlement(ctx context.Context, req *types.QuerySettlementRequest) (*types.QuerySettlementResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	s, err := q.settlement(ctx, req.Epoch)
	if err != nil {
		return nil, err
	}
	var n uint32
	err = q.k.SettlementConfirms.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.ValAddress](req.Epoch),
		func(collections.Pair[uint64, sdk.ValAddress], types.Confirmation) (bool, error) {
			n++
			return false, nil
		})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QuerySettlementResponse{Settlement: s, Confirmations: n}, nil
}

// Proof returns leaf index of settlement epoch with the proof FlockBridge.claim takes.
func (q queryServer) Proof(ctx context.Context, req *types.QueryProofRequest) (*types.QueryProofResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	s, err := q.settlement(ctx, req.Epoch)
	if err != nil {
		return nil, err
	}
	if req.Index >= s.Count && s.Status != types.SETTLEMENT_STATUS_BUILDING {
		return nil, status.Errorf(codes.NotFound, "settlement %d has %d leaves (indices 0 to %d), not leaf %d", req.Epoch, s.Count, int64(s.Count)-1, req.Index)
	}
	leaf, err := q.k.Leaves.Get(ctx, collections.Join(req.Epoch, req.Index))
	if errors.Is(err, collections.ErrNotFound) {
		return nil, status.Errorf(codes.NotFound, "settlement %d has no leaf %d yet (%d taken so far)", req.Epoch, req.Index, s.Count)
	} else if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	p, err := q.leafProof(ctx, s, leaf)
	if err != nil {
		return nil, err
	}
	return &types.QueryProofResponse{Proof: p}, nil
}

// ProofsByAccount returns the leaves paying a Base address, oldest first, with their proofs.
func (q queryServer) ProofsByAccount(ctx context.Context, req *types.QueryProofsByAccountRequest) (*types.QueryProofsByAccountResponse, error) {
	if req == nil {
		return nil, status.Error(codes.InvalidArgument, "empty request")
	}
	account, err := types.ParseEthAddress("base address", req.BaseAddress)
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	var proofs []types.LeafProof
	var s types.Settlement
	page, err := paginateIndex(ctx, req.Pagination, collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key),
		func(r *collections.PairRange[[]byte, collections.Pair[uint64, uint64]]) (indexes.MultiIterator[[]byte, collections.Pair[uint64, uint64]], error) {
			return q.k.Leaves.Indexes.ByAccount.Iterate(ctx, r)
		}, collections.NewPrefixedPairRange[[]byte, collections.Pair[uint64, uint64]](account.Bytes()),
		func(key collections.Pair[uint64, uint64]) error {
			if s.Epoch != key.K1() {
				var err error
				if s, err = q.settlement(ctx, key.K1()); err != nil {
					return err
				}
			}
			leaf, err := q.k.Leaves.Get(ctx, key)
			if err != nil {
				return status.Error(codes.Internal, err.Error())
			}
			p, err := q.leafProof(ctx, s, leaf)
			proofs = append(proofs, p)
			return err
		})
	if err != nil {
		return nil, err
	}
	return &types.QueryProofsByAccountResponse{Proofs: proofs, Pagination: page}, nil
}

func (q queryServer) settlement(ctx context.Context, epoch uint64) (types.Settlement, error) {
	s, err := q.k.Settlements.Get(ctx, epoch)
	if errors.Is(err, collections.ErrNotFound) {
		return s, status.Errorf(codes.NotFound, "no settlement of epoch %d", epoch)
	} else if err != nil {
		return s, status.Error(codes.Internal, err.Error())
	}
	return s, nil
}

// leafProof is leaf with its proof; a settlement still building has no root yet, so no proof.
func (q queryServer) leafProof(ctx context.Context, s types.Settlement, leaf types.Leaf) (types.LeafProof, error) {
	p := types.LeafProof{Leaf: leaf, Status: s.Status, Proof: []string{}}
	if s.Root == "" {
		return p, nil
	}
	hashes, err := q.k.proof(ctx, s, leaf.Index)
	if err != nil {
		return p, status.Error(codes.Internal, err.Error())
	}
	for _, h := range hashes {
		p.Proof = append(p.Proof, types.HashString(h))
	}
	return p, nil
}

// paginateIndex pages through the primary keys an index holds under one reference key, in
// ascending order: page.key is the encoded primary key to start from (the next_key of the
// previous page), page.offset skips that many, page.limit (default 100, at most 1,000) bounds
// the page; count_total is not supported (it would walk the whole index).
func paginateIndex[R, P any](
	ctx context.Context,
	page *query.PageRequest,
	pkc collcodec.KeyCodec[P],
	iterate func(*collections.PairRange[R, P]) (indexes.MultiIterator[R, P], error),
	r *collections.PairRange[R, P],
	each func(P) error,
) (*query.PageResponse, error) {
	if page == nil {
		page = &query.PageRequest{}
	}
	if page.Reverse || page.CountTotal {
		return nil, status.Error(codes.InvalidArgument, "this list pages forward only, without count_total")
	}
	if page.Key != nil && page.Offset != 0 {
		return nil, status.Error(codes.InvalidArgument, "page by key or by offset, not both")
	}
	limit := page.Limit
	if limit == 0 {
		limit = query.DefaultLimit
	}
	limit = min(limit, maxPageLimit)
	if page.Key != nil {
		_, start, err := pkc.Decode(page.Key)
		if err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "page key: %v", err)
		}
		r = r.StartInclusive(start)
	}
	it, err := iterate(r)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	defer it.Close()
	res := &query.PageResponse{}
	for skipped := uint64(0); it.Valid() && skipped < page.Offset; it.Next() {
		skipped++
	}
	for n := uint64(0); it.Valid(); it.Next() {
		pk, err := it.PrimaryKey()
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		if n == limit {
			key := make([]byte, pkc.Size(pk))
			if _, err := pkc.Encode(key, pk); err != nil {
				return nil, status.Error(codes.Internal, err.Error())
			}
			res.NextKey = key
			break
		}
		if err := each(pk); err != nil {
			return nil, err
		}
		n++
	}
	return res, nil
}
