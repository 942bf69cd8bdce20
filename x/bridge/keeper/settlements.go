package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/x/bridge/types"
)

// advanceSettlements is the settlement step of EndBlock. It spends at most
// params.max_leaves_per_block units of work (a leaf looked at, hashed and stored, a tree node
// hashed and stored, a leaf re-credited), in this order: re-crediting vetoed and conflicted
// settlements, building the settlement being cut, and cutting a new one when the interval
// has passed.
func (k Keeper) advanceSettlements(ctx context.Context, p types.Params) error {
	budget := uint64(p.MaxLeavesPerBlock)
	budget, err := k.recredit(ctx, budget)
	if err != nil {
		return err
	}
	latest, found, err := k.latestSettlement(ctx)
	if err != nil {
		return err
	}
	if found && latest.Status == types.SETTLEMENT_STATUS_BUILDING {
		_, err := k.build(ctx, p, latest, budget)
		return err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	next, err := k.NextSettlementAt.Get(ctx)
	if err != nil {
		return err
	}
	if sdkCtx.BlockTime().UnixNano() < next || budget == 0 {
		return nil
	}
	empty, err := k.queueEmpty(ctx)
	if err != nil || empty {
		return err // an empty queue waits: the first withdrawal is cut at the next block
	}
	epoch := uint64(1)
	if found {
		epoch = latest.Epoch + 1
	}
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return err
	}
	// a settlement Base accepted that the chain never cut (only a compromised valset can sign
	// one) took its epoch for ever: continue after it
	epoch = max(epoch, bs.LastLandedEpoch+1)
	s := types.Settlement{
		Epoch: epoch, Status: types.SETTLEMENT_STATUS_BUILDING, Total: math.ZeroInt(), Recredited: math.ZeroInt(),
		CreatedHeight: sdkCtx.BlockHeight(), CreatedAt: sdkCtx.BlockTime(),
	}
	if err := k.NextSettlementAt.Set(ctx, sdkCtx.BlockTime().Add(p.SettlementInterval).UnixNano()); err != nil {
		return err
	}
	_, err = k.build(ctx, p, s, budget)
	return err
}

// latestSettlement is the settlement of the highest epoch (found false: none yet).
func (k Keeper) latestSettlement(ctx context.Context) (types.Settlement, bool, error) {
	it, err := k.Settlements.Iterate(ctx, new(collections.Range[uint64]).Descending())
	if err != nil {
		return types.Settlement{}, false, err
	}
	defer it.Close()
	if !it.Valid() {
		return types.Settlement{}, false, nil
	}
	s, err := it.Value()
	return s, err == nil, err
}

func (k Keeper) queueEmpty(ctx context.Context) (bool, error) {
	it, err := k.Withdrawals.Iterate(ctx, nil)
	if err != nil {
		return false, err
	}
	defer it.Close()
	return !it.Valid(), nil
}

// build continues settlement s for at most budget units of work and saves it; returns the
// budget left. While s.build_level is 0 it takes queued withdrawals as leaves (build_index is
// then the next withdrawal id to look at), hashing each leaf into tree level 0; once the cut is
// closed it hashes level after level (build_index is then the next node of build_level) until
// the root is known and the settlement is SIGNING.
func (k Keeper) build(ctx context.Context, p types.Params, s types.Settlement, budget uint64) (uint64, error) {
	var err error
	if s.BuildLevel == 0 {
		if budget, err = k.fill(ctx, p, &s, budget); err != nil {
			return 0, err
		}
		if s.BuildLevel == 0 {
			return budget, k.Settlements.Set(ctx, s.Epoch, s)
		}
		if s.Count == 0 { // nothing fitted (only withdrawals above a lowered cap): no settlement
			return budget, k.Settlements.Remove(ctx, s.Epoch)
		}
		if err := sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventSettlementCut{Epoch: s.Epoch, Count: s.Count, Total: s.Total}); err != nil {
			return 0, err
		}
	}
	for {
		below := levelSize(s.Count, s.BuildLevel-1)
		if below == 1 {
			root, err := k.node(ctx, s.Epoch, s.BuildLevel-1, 0)
			if err != nil {
				return 0, err
			}
			return budget, k.ready(ctx, p, s, root)
		}
		if budget == 0 {
			return 0, k.Settlements.Set(ctx, s.Epoch, s)
		}
		if err := k.hashNode(ctx, s.Epoch, s.BuildLevel, s.BuildIndex, below); err != nil {
			return 0, err
		}
		budget--
		s.BuildIndex++
		if s.BuildIndex == levelSize(s.Count, s.BuildLevel) {
			s.BuildLevel++
			s.BuildIndex = 0
		}
	}
}

// hashNode computes and stores node j of tree level (≥ 1) from the level below, which has
// below nodes: the sorted-pair hash of its two children, or its only child carried up unchanged.
func (k Keeper) hashNode(ctx context.Context, epoch uint64, level uint32, j, below uint64) error {
	h, err := k.node(ctx, epoch, level-1, 2*j)
	if err != nil {
		return err
	}
	if 2*j+1 < below { // else: an odd last node is carried up unchanged
		right, err := k.node(ctx, epoch, level-1, 2*j+1)
		if err != nil {
			return err
		}
		h = merkle.HashPair(h, right)
	}
	return k.TreeNodes.Set(ctx, collections.Join3(epoch, level, j), h.Bytes())
}

// storeLeaf stores leaf and its hash, tree node (epoch, 0, index).
func (k Keeper) storeLeaf(ctx context.Context, leaf types.Leaf) error {
	recipient, err := types.ParseEthAddress("withdrawal base_recipient", leaf.Withdrawal.BaseRecipient)
	if err != nil {
		return errorsmod.Wrapf(err, "withdrawal %d", leaf.Withdrawal.Id)
	}
	if err := k.Leaves.Set(ctx, collections.Join(leaf.Epoch, leaf.Index), leaf); err != nil {
		return err
	}
	h := merkle.LeafHash(leaf.Epoch, leaf.Index, recipient, leaf.Withdrawal.Amount.BigInt())
	return k.TreeNodes.Set(ctx, collections.Join3(leaf.Epoch, uint32(0), leaf.Index), h.Bytes())
}

// fill takes queued withdrawals into s as leaves (types.CutSettlement decides which), at most
// budget looked at. When the cut closes it moves s to tree level 1.
func (k Keeper) fill(ctx context.Context, p types.Params, s *types.Settlement, budget uint64) (uint64, error) {
	limits := types.CutLimits{MaxCount: uint64(p.MaxWithdrawalsPerSettlement), MaxTotal: p.MaxSettlementTotal}
	if budget == 0 {
		return 0, nil
	}
	// the snapshot: up to budget queued withdrawals from the cursor, and whether more follow
	snapshot := make([]types.Withdrawal, 0, min(budget, 1024))
	more := false
	it, err := k.Withdrawals.Iterate(ctx, new(collections.Range[uint64]).StartInclusive(s.BuildIndex))
	if err != nil {
		return 0, err
	}
	for ; it.Valid(); it.Next() {
		if uint64(len(snapshot)) == budget {
			more = true
			break
		}
		w, err := it.Value()
		if err != nil {
			it.Close()
			return 0, err
		}
		snapshot = append(snapshot, w)
	}
	it.Close()
	step := types.CutSettlement(snapshot, s.Count, s.Total, limits, more, s.BuildIndex)
	for _, w := range step.Take {
		if err := k.storeLeaf(ctx, types.Leaf{Epoch: s.Epoch, Index: s.Count, Withdrawal: w}); err != nil {
			return 0, err
		}
		if err := k.Withdrawals.Remove(ctx, w.Id); err != nil {
			return 0, err
		}
		s.Count++
	}
	s.Total = step.Total
	s.BuildIndex = step.Next
	// every withdrawal looked at is a unit of work; an empty snapshot still costs one
	budget -= min(budget, max(uint64(len(snapshot)), 1))
	if step.Closed {
		s.BuildLevel, s.BuildIndex = 1, 0
	}
	return budget, nil
}

// ready records s's root: the settlement is SIGNING from now, by the latest chain valset.
func (k Keeper) ready(ctx context.Context, p types.Params, s types.Settlement, root common.Hash) error {
	signers, err := k.latestValsetNonce(ctx)
	if err != nil {
		return err
	}
	s.Root = types.HashString(root)
	s.Status = types.SETTLEMENT_STATUS_SIGNING
	s.SigningValset = signers
	if err := k.Settlements.Set(ctx, s.Epoch, s); err != nil {
		return err
	}
	if err := k.scheduleConfirmDeadline(ctx, p, types.CONFIRM_KIND_SETTLEMENT, s.Epoch, signers); err != nil {
		return err
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventSettlementReady{Epoch: s.Epoch, Root: s.Root, Total: s.Total, Count: s.Count})
}

// levelSize is the number of nodes of tree level l over count leaves (an odd last node is
// carried up, so each level has ⌈below/2⌉).
func levelSize(count uint64, l uint32) uint64 {
	for ; l > 0; l-- {
		count = (count + 1) / 2
	}
	return count
}

func (k Keeper) node(ctx context.Context, epoch uint64, level uint32, index uint64) (common.Hash, error) {
	b, err := k.TreeNodes.Get(ctx, collections.Join3(epoch, level, index))
	if errors.Is(err, collections.ErrNotFound) {
		return common.Hash{}, fmt.Errorf("settlement %d: tree node %d of level %d is missing: %w", epoch, index, level, types.ErrNotFound)
	}
	return common.BytesToHash(b), err
}

// proof is leaf index's Merkle proof in settlement s (root known), read from the stored nodes:
// the sibling at each level, bottom up, none where the node was carried up.
func (k Keeper) proof(ctx context.Context, s types.Settlement, index uint64) ([]common.Hash, error) {
	var proof []common.Hash
	for l := uint32(0); levelSize(s.Count, l) > 1; l++ {
		if sib := index ^ 1; sib < levelSize(s.Count, l) {
			h, err := k.node(ctx, s.Epoch, l, sib)
			if err != nil {
				return nil, err
			}
			proof = append(proof, h)
		}
		index /= 2
	}
	return proof, nil
}

// settlementLanded applies SettlementSubmitted: the chain's settlement of that epoch LANDED if
// the root is the chain's; CONFLICTED (all leaves re-credited) if Base holds another root.
func (k Keeper) settlementLanded(ctx context.Context, ev types.BaseEvent, c *types.SettlementSubmittedClaim) error {
	bs, err := k.BaseState.Get(ctx)
	if err != nil {
		return err
	}
	if c.Epoch > bs.LastLandedEpoch {
		bs.LastLandedEpoch = c.Epoch
		if err := k.BaseState.Set(ctx, bs); err != nil {
			return err
		}
	}
	s, err := k.Settlements.Get(ctx, c.Epoch)
	if errors.Is(err, collections.ErrNotFound) {
		// not a settlement of the chain: none of its leaves are ours; the next cut continues
		// after this epoch (advanceSettlements)
		k.logger(ctx).Error("Base accepted a settlement the chain never cut", "epoch", c.Epoch, "root", c.Root)
		return k.emitSettlementStatus(ctx, c.Epoch, "UNKNOWN: Base accepted a settlement the chain never cut, root "+c.Root)
	} else if err != nil {
		return err
	}
	switch s.Status {
	case types.SETTLEMENT_STATUS_SIGNING, types.SETTLEMENT_STATUS_BUILDING:
	default:
		return errorsmod.Wrapf(types.ErrInvalidClaim, "SettlementSubmitted for epoch %d, which is already %s: Base accepts an epoch once", c.Epoch, s.Status)
	}
	if s.Status == types.SETTLEMENT_STATUS_BUILDING || s.Root != c.Root {
		return k.conflict(ctx, s)
	}
	s.Status = types.SETTLEMENT_STATUS_LANDED
	s.LandedBaseBlock = ev.BaseBlock
	s.ClaimableAt = c.ClaimableAt
	if err := k.Settlements.Set(ctx, s.Epoch, s); err != nil {
		return err
	}
	status := s.Status.String()
	if !s.Total.Equal(c.Total) || s.Count != c.Count {
		// our root, so our leaves are claimable there (up to Base's total): LANDED, but say so
		status = fmt.Sprintf("%s with total %s and count %d on Base, the chain's are %s and %d", status, c.Total, c.Count, s.Total, s.Count)
		k.logger(ctx).Error("landed settlement differs from the chain's", "epoch", s.Epoch, "status", status)
	}
	return k.emitSettlementStatus(ctx, s.Epoch, status)
}

// conflict marks s CONFLICTED: Base holds another root for its epoch, so none of its leaves
// can ever be claimed there, and all are re-credited.
func (k Keeper) conflict(ctx context.Context, s types.Settlement) error {
	s.Status = types.SETTLEMENT_STATUS_CONFLICTED
	s.RecreditIndex = 0
	s.Recredited = math.ZeroInt()
	if err := k.Settlements.Set(ctx, s.Epoch, s); err != nil {
		return err
	}
	if err := k.Recrediting.Set(ctx, s.Epoch); err != nil {
		return err
	}
	return k.emitSettlementStatus(ctx, s.Epoch, s.Status.String())
}

// settlementVetoed applies SettlementVetoed: the leaves not set in the claimed bitmap are
// re-credited (over several blocks for a big settlement).
func (k Keeper) settlementVetoed(ctx context.Context, _ types.BaseEvent, c *types.SettlementVetoedClaim) error {
	s, err := k.Settlements.Get(ctx, c.Epoch)
	if errors.Is(err, collections.ErrNotFound) {
		return k.emitSettlementStatus(ctx, c.Epoch, "UNKNOWN: Base vetoed a settlement the chain never cut")
	} else if err != nil {
		return err
	}
	switch s.Status {
	case types.SETTLEMENT_STATUS_CONFLICTED:
		// Base vetoed its own root for our epoch; ours are re-credited in full already
		return k.emitSettlementStatus(ctx, c.Epoch, "CONFLICTED: Base vetoed its other root for this epoch")
	case types.SETTLEMENT_STATUS_LANDED:
	default:
		return errorsmod.Wrapf(types.ErrInvalidClaim, "SettlementVetoed for epoch %d, which is %s: only a landed settlement can be vetoed", c.Epoch, s.Status)
	}
	if err := checkBitmap(c.ClaimedBitmap, s.Count); err != nil {
		return errorsmod.Wrapf(err, "SettlementVetoed for epoch %d", c.Epoch)
	}
	s.Status = types.SETTLEMENT_STATUS_VETOED
	s.ClaimedBitmap = c.ClaimedBitmap
	s.RecreditIndex = 0
	s.Recredited = math.ZeroInt()
	if err := k.Settlements.Set(ctx, s.Epoch, s); err != nil {
		return err
	}
	if err := k.Recrediting.Set(ctx, s.Epoch); err != nil {
		return err
	}
	return k.emitSettlementStatus(ctx, s.Epoch, s.Status.String())
}

// checkBitmap refuses a claimed bitmap naming a leaf the settlement does not have.
func checkBitmap(bitmap []byte, count uint64) error {
	if uint64(len(bitmap)) > (count+7)/8 {
		return errorsmod.Wrapf(types.ErrInvalidClaim, "claimed bitmap of %d bytes: the settlement has %d leaves (at most %d bytes)", len(bitmap), count, (count+7)/8)
	}
	for i := count; i < uint64(len(bitmap))*8; i++ {
		if claimed(bitmap, i) {
			return errorsmod.Wrapf(types.ErrInvalidClaim, "claimed bitmap marks leaf %d: the settlement has %d leaves", i, count)
		}
	}
	return nil
}

// claimed reads bit i of a claimed bitmap (byte i/8, bit i%8 from the least significant).
func claimed(bitmap []byte, i uint64) bool {
	return i/8 < uint64(len(bitmap)) && bitmap[i/8]&(1<<(i%8)) != 0
}

// recredit gives back, for at most budget leaves, what vetoed and conflicted settlements owe on
// the chain: every leaf of a CONFLICTED settlement, the leaves of a VETOED one that were not
// claimed on Base (a claimed leaf was paid there and is never re-credited). Returns the budget
// left.
func (k Keeper) recredit(ctx context.Context, budget uint64) (uint64, error) {
	it, err := k.Recrediting.Iterate(ctx, nil)
	if err != nil {
		return 0, err
	}
	epochs, err := it.Keys() // bounded by the settlements vetoed or conflicted and not done
	if err != nil {
		return 0, err
	}
	for _, epoch := range epochs {
		if budget == 0 {
			break
		}
		s, err := get(ctx, k.Settlements, epoch, fmt.Sprintf("settlement %d", epoch))
		if err != nil {
			return 0, err
		}
		for ; budget > 0 && s.RecreditIndex < s.Count; s.RecreditIndex++ {
			budget--
			if s.Status == types.SETTLEMENT_STATUS_VETOED && claimed(s.ClaimedBitmap, s.RecreditIndex) {
				continue
			}
			leaf, err := k.Leaves.Get(ctx, collections.Join(epoch, s.RecreditIndex))
			if err != nil {
				return 0, fmt.Errorf("settlement %d leaf %d: %w", epoch, s.RecreditIndex, err)
			}
			if err := k.recreditLeaf(ctx, leaf); err != nil {
				return 0, err
			}
			s.Recredited = s.Recredited.Add(leaf.Withdrawal.Amount)
		}
		if err := k.Settlements.Set(ctx, epoch, s); err != nil {
			return 0, err
		}
		if s.RecreditIndex == s.Count {
			if err := k.Recrediting.Remove(ctx, epoch); err != nil {
				return 0, err
			}
		}
	}
	return budget, nil
}

// recreditLeaf gives leaf's amount back on the chain: minted back to the sender of a withdrawal
// or a reward claim; a deposit refund (nothing was minted for it) is queued again for the next
// settlement. If minting back fails (the sender became a blocked address), the payout is
// queued again for Base instead: it stays burned and owed there, never lost.
func (k Keeper) recreditLeaf(ctx context.Context, leaf types.Leaf) error {
	w := leaf.Withdrawal
	recipient := w.Sender
	again := types.Withdrawal{Kind: w.Kind, Sender: w.Sender, BaseRecipient: w.BaseRecipient, Amount: w.Amount, EventNonce: w.EventNonce}
	if w.Kind == types.WITHDRAWAL_KIND_DEPOSIT_REFUND {
		recipient = w.BaseRecipient
		if _, err := k.enqueue(ctx, again); err != nil {
			return err
		}
	} else {
		sender, err := k.addressCodec.StringToBytes(w.Sender)
		if err != nil {
			return err
		}
		sdkCtx := sdk.UnwrapSDKContext(ctx)
		cache, write := sdkCtx.CacheContext()
		if err := k.remint(cache, sender, w.Amount); err != nil {
			k.logger(ctx).Error("re-credit could not mint back; queued for Base again", "epoch", leaf.Epoch, "index", leaf.Index, "err", err)
			recipient = w.BaseRecipient
			if _, err := k.enqueue(ctx, again); err != nil {
				return err
			}
		} else {
			write()
		}
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventRecredited{Epoch: leaf.Epoch, Index: leaf.Index, Recipient: recipient, Amount: w.Amount})
}

func (k Keeper) emitSettlementStatus(ctx context.Context, epoch uint64, status string) error {
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventSettlementStatus{Epoch: epoch, Status: status})
}
