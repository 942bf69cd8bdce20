// Package claims turns FlockBridge events read from Base (bridge/baseclient) into the claims
// x/bridge votes on, in the one canonical form the chain accepts: two orchestrators that read
// the same log produce the same bytes, hence the same claim hash. The orchestrator uses it; so
// do the tests that drive the chain from a devchain.
package claims

import (
	"context"
	"fmt"
	"math/big"

	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// ClaimedLeaves returns the indices of epoch's leaves claimed on Base as of block atBlock
// (baseclient.EventReader.ClaimedLeaves with the settlement's leaf count).
type ClaimedLeaves func(ctx context.Context, epoch, atBlock uint64) ([]uint64, error)

// FromEvent converts one nonced FlockBridge event. A SettlementVetoed claim carries the leaves
// claimed before the veto, read at the veto's block through claimed: after a veto no claim of
// that epoch can succeed, so every honest orchestrator reads the same bits.
func FromEvent(ctx context.Context, ev baseclient.Event, claimed ClaimedLeaves) (types.BaseEvent, error) {
	m := ev.Meta()
	out := types.BaseEvent{EventNonce: m.EventNonce, BaseBlock: m.BlockNumber, TxHash: types.HashString(m.TxHash)}
	var err error
	switch e := ev.(type) {
	case *baseclient.DepositedEvent:
		out.Claim = &types.BaseEvent_Deposit{Deposit: &types.DepositClaim{Sender: e.Sender.Hex(), Recipient: e.Recipient, Amount: math.NewIntFromBigInt(e.Amount)}}
	case *baseclient.RewardsFundedEvent:
		out.Claim = &types.BaseEvent_RewardsFunded{RewardsFunded: &types.RewardsFundedClaim{Funder: e.Funder.Hex(), Amount: math.NewIntFromBigInt(e.Amount)}}
	case *baseclient.ValsetProposedEvent:
		var n uint64
		if n, err = small("valset nonce", e.ValsetNonce); err == nil {
			out.Claim = &types.BaseEvent_ValsetProposed{ValsetProposed: &types.ValsetProposedClaim{ValsetNonce: n, Checkpoint: types.HashString(e.Checkpoint), ActivatesAt: e.ActivatesAt}}
		}
	case *baseclient.ValsetUpdatedEvent:
		var n uint64
		if n, err = small("valset nonce", e.ValsetNonce); err == nil {
			out.Claim = &types.BaseEvent_ValsetActivated{ValsetActivated: &types.ValsetActivatedClaim{ValsetNonce: n, Checkpoint: types.HashString(e.Checkpoint)}}
		}
	case *baseclient.ValsetVetoedEvent:
		var n uint64
		if n, err = small("valset nonce", e.ValsetNonce); err == nil {
			out.Claim = &types.BaseEvent_ValsetVetoed{ValsetVetoed: &types.ValsetVetoedClaim{ValsetNonce: n, Checkpoint: types.HashString(e.Checkpoint)}}
		}
	case *baseclient.SettlementSubmittedEvent:
		var count uint64
		if count, err = small("leaf count", e.Count); err == nil {
			out.Claim = &types.BaseEvent_SettlementSubmitted{SettlementSubmitted: &types.SettlementSubmittedClaim{
				Epoch: e.Epoch, Root: types.HashString(e.Root), Total: math.NewIntFromBigInt(e.Total), Count: count, ClaimableAt: e.ClaimableAt,
			}}
		}
	case *baseclient.SettlementVetoedEvent:
		var leaves []uint64
		if claimed == nil {
			return out, fmt.Errorf("event %d: a settlement veto needs the claimed leaves reader", m.EventNonce)
		}
		if leaves, err = claimed(ctx, e.Epoch, m.BlockNumber); err == nil {
			out.Claim = &types.BaseEvent_SettlementVetoed{SettlementVetoed: &types.SettlementVetoedClaim{
				Epoch: e.Epoch, Paid: math.NewIntFromBigInt(e.Paid), ClaimedBitmap: types.ClaimedBitmap(leaves),
			}}
		}
	case *baseclient.GuardianChangeProposedEvent:
		var n uint64
		if n, err = small("guardian change nonce", e.GuardianChangeNonce); err == nil {
			out.Claim = &types.BaseEvent_GuardianChangeProposed{GuardianChangeProposed: &types.GuardianChangeProposedClaim{ChangeNonce: n, NewGuardian: e.NewGuardian.Hex(), ExecutableAt: e.ExecutableAt}}
		}
	case *baseclient.GuardianChangeVetoedEvent:
		var n uint64
		if n, err = small("guardian change nonce", e.GuardianChangeNonce); err == nil {
			out.Claim = &types.BaseEvent_GuardianChangeVetoed{GuardianChangeVetoed: &types.GuardianChangeVetoedClaim{ChangeNonce: n, NewGuardian: e.NewGuardian.Hex()}}
		}
	case *baseclient.GuardianTransferredEvent:
		prev := ""
		if e.PreviousGuardian != (common.Address{}) {
			prev = e.PreviousGuardian.Hex()
		}
		out.Claim = &types.BaseEvent_GuardianTransferred{GuardianTransferred: &types.GuardianTransferredClaim{PreviousGuardian: prev, NewGuardian: e.NewGuardian.Hex()}}
	default:
		return out, fmt.Errorf("event %d: unknown kind %s", m.EventNonce, ev.Kind())
	}
	if err != nil {
		return out, fmt.Errorf("event %d (%s) in block %d, tx %s: %w", m.EventNonce, ev.Kind(), m.BlockNumber, m.TxHash, err)
	}
	return out, out.Validate()
}

// small reads a value the chain keeps as uint64. A larger one can only come from a valset
// that signed something absurd (a compromised quorum): it is refused, not truncated.
func small(what string, x *big.Int) (uint64, error) {
	if x == nil || x.Sign() < 0 || !x.IsUint64() {
		return 0, fmt.Errorf("%s %v does not fit the chain's 64 bits", what, x)
	}
	return x.Uint64(), nil
}
