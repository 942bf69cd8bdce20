package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"

	"github.com/flockchain/flock/x/bridge/types"
)

// initSettlements derives, at genesis, the settlement state the genesis file does not carry:
// the stored Merkle tree nodes (rebuilt from the leaves, as far as a BUILDING settlement had
// got) and the set of settlements still re-crediting. A settlement whose rebuilt root is not
// its recorded root, or that lacks a leaf, is refused: its proofs would not verify on Base.
func (k Keeper) initSettlements(ctx context.Context, settlements []types.Settlement) error {
	for _, s := range settlements {
		if err := k.rebuildTree(ctx, s); err != nil {
			return errorsmod.Wrapf(types.ErrInvalidGenesis, "settlement %d: %v", s.Epoch, err)
		}
		recrediting := s.Status == types.SETTLEMENT_STATUS_VETOED || s.Status == types.SETTLEMENT_STATUS_CONFLICTED
		if recrediting && s.RecreditIndex < s.Count {
			if err := k.Recrediting.Set(ctx, s.Epoch); err != nil {
				return err
			}
		}
	}
	return nil
}

// rebuildTree stores the tree nodes of s from its leaves: every level of a built settlement,
// and for one still BUILDING the levels below build_level and build_index nodes of it.
func (k Keeper) rebuildTree(ctx context.Context, s types.Settlement) error {
	for i := uint64(0); i < s.Count; i++ {
		leaf, err := k.Leaves.Get(ctx, collections.Join(s.Epoch, i))
		if errors.Is(err, collections.ErrNotFound) {
			return errorsmod.Wrapf(types.ErrUnknownLeaf, "leaf %d of %d is missing", i, s.Count)
		} else if err != nil {
			return err
		}
		if err := k.storeLeaf(ctx, leaf); err != nil {
			return err
		}
	}
	building := s.Status == types.SETTLEMENT_STATUS_BUILDING
	if building && s.BuildLevel == 0 {
		return nil
	}
	for l := uint32(1); levelSize(s.Count, l-1) > 1; l++ {
		if building && l > s.BuildLevel {
			return nil
		}
		size := levelSize(s.Count, l)
		if building && l == s.BuildLevel {
			size = min(size, s.BuildIndex)
		}
		for j := uint64(0); j < size; j++ {
			if err := k.hashNode(ctx, s.Epoch, l, j, levelSize(s.Count, l-1)); err != nil {
				return err
			}
		}
	}
	if building || s.Count == 0 {
		return nil
	}
	top := uint32(0)
	for levelSize(s.Count, top) > 1 {
		top++
	}
	root, err := k.node(ctx, s.Epoch, top, 0)
	if err != nil {
		return err
	}
	if got := types.HashString(root); got != s.Root {
		return errorsmod.Wrapf(types.ErrInvalidGenesis, "its leaves make root %s, not the recorded %s", got, s.Root)
	}
	return nil
}
