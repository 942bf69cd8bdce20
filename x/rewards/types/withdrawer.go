package types

import (
	"context"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/internal/ethaddr"
)

// Withdrawer is the bridge as x/rewards sees it: MsgClaimRewards with a base_recipient claims
// straight into a bridge withdrawal. x/rewards imports no bridge code: x/bridge's keeper is
// registered at app wiring (InvokeSetWithdrawer), the way emission sinks are; a chain without
// the bridge refuses claims to Base.
type Withdrawer interface {
	// WithdrawRewards burns amount from owner (who has just been paid the claim) into a
	// withdrawal to baseRecipient on Base and returns the withdrawal id.
	WithdrawRewards(ctx context.Context, owner sdk.AccAddress, baseRecipient string, amount math.Int) (uint64, error)
}

// CheckBaseAddress is the stateless check of a Base (Ethereum) address: "0x" + 40 hex digits,
// not the zero address (nothing can be paid to it). The bridge checks it again when it queues
// the withdrawal.
func CheckBaseAddress(field, s string) error {
	if _, err := ethaddr.Parse(s); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "%s %v", field, err)
	}
	return nil
}

var _ sdk.HasValidateBasic = (*MsgClaimRewards)(nil)

// ValidateBasic checks the owner and, if set, the Base recipient's form: BaseApp runs it before
// any fee is taken and the CLI before signing.
func (m *MsgClaimRewards) ValidateBasic() error {
	if _, err := sdk.AccAddressFromBech32(m.Owner); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "owner %q: %v", m.Owner, err)
	}
	if m.BaseRecipient != "" {
		return CheckBaseAddress("base_recipient", m.BaseRecipient)
	}
	return nil
}
