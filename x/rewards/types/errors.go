package types

import errorsmod "cosmossdk.io/errors"

// x/rewards errors. Messages wrapping them name the offending value and what was expected.
var (
	ErrInvalidParams    = errorsmod.Register(ModuleName, 2, "invalid params")
	ErrInvalidAmount    = errorsmod.Register(ModuleName, 3, "invalid amount")
	ErrWrongDenom       = errorsmod.Register(ModuleName, 4, "wrong denom")
	ErrNothingToClaim   = errorsmod.Register(ModuleName, 5, "nothing to claim")
	ErrClaimBelowFee    = errorsmod.Register(ModuleName, 6, "claimable rewards do not cover the claim fee")
	ErrInvalidAuthority = errorsmod.Register(ModuleName, 7, "invalid authority")
	ErrInvalidPayout    = errorsmod.Register(ModuleName, 8, "invalid payout")
	ErrUnknownEpoch     = errorsmod.Register(ModuleName, 9, "unknown epoch")
	ErrInvalidGenesis   = errorsmod.Register(ModuleName, 10, "invalid genesis")
	ErrInvalidAddress   = errorsmod.Register(ModuleName, 11, "invalid address")
	ErrBalanceMismatch  = errorsmod.Register(ModuleName, 12, "module balance does not match its records")
	ErrNoBridge         = errorsmod.Register(ModuleName, 13, "no bridge to Base on this chain")
)
