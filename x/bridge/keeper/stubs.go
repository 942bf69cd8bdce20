package keeper

// Placeholders of the skeleton; each moves to its own file as it is built.

import (
	"context"
	"errors"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/x/bridge/types"
)

var errTODO = errors.New("x/bridge: not built yet")

// ConfirmValset records orch's signature of valset nonce.
func (k Keeper) ConfirmValset(ctx context.Context, orch sdk.AccAddress, nonce uint64, sig ethsig.Signature) error {
	return errTODO
}

// ConfirmSettlement records orch's signature of settlement epoch.
func (k Keeper) ConfirmSettlement(ctx context.Context, orch sdk.AccAddress, epoch uint64, sig ethsig.Signature) error {
	return errTODO
}

// SubmitBadSignatureEvidence slashes and jails the validator whose key signed msg's subject.
func (k Keeper) SubmitBadSignatureEvidence(ctx context.Context, msg *types.MsgSubmitBadSignatureEvidence, sig ethsig.Signature) (string, error) {
	return "", errTODO
}

func (k Keeper) updateValset(ctx context.Context, p types.Params) error   { return nil }
func (k Keeper) checkDeadlines(ctx context.Context, p types.Params) error { return nil }

// Cross-concern hooks: the apply step (attestations) calls the settlement concern for the
// settlement events and the deposit refunds; the settlement concern calls the valset concern
// when a settlement becomes signable.

// latestValsetNonce is the nonce of the chain's latest valset (0: none yet).
func (k Keeper) latestValsetNonce(ctx context.Context) (uint64, error) { return 0, nil }

// scheduleConfirmDeadline records when the members of chain valset signers must have confirmed
// valset or settlement id (kind), params.confirm_window from now.
func (k Keeper) scheduleConfirmDeadline(ctx context.Context, p types.Params, kind types.ConfirmKind, id, signers uint64) error {
	return nil
}
