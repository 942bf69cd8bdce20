package types

import errorsmod "cosmossdk.io/errors"

// x/arena errors. Messages wrapping them name the offending value and what was expected.
var (
	ErrInvalidParams      = errorsmod.Register(ModuleName, 2, "invalid params")
	ErrInvalidAuthority   = errorsmod.Register(ModuleName, 3, "invalid authority")
	ErrInvalidAddress     = errorsmod.Register(ModuleName, 4, "invalid address")
	ErrInvalidTask        = errorsmod.Register(ModuleName, 5, "invalid task")
	ErrUnknownTask        = errorsmod.Register(ModuleName, 6, "unknown task")
	ErrWrongPhase         = errorsmod.Register(ModuleName, 7, "wrong phase")
	ErrNotCreator         = errorsmod.Register(ModuleName, 8, "not the task's creator")
	ErrInvalidAmount      = errorsmod.Register(ModuleName, 9, "invalid amount")
	ErrWrongDenom         = errorsmod.Register(ModuleName, 10, "wrong denom")
	ErrStakeTooLow        = errorsmod.Register(ModuleName, 11, "stake below the minimum")
	ErrAlreadyJoined      = errorsmod.Register(ModuleName, 12, "already a participant of the task")
	ErrNotParticipant     = errorsmod.Register(ModuleName, 13, "not a participant of the task")
	ErrWrongRole          = errorsmod.Register(ModuleName, 14, "wrong role")
	ErrInvalidSigma       = errorsmod.Register(ModuleName, 15, "retained share out of range")
	ErrTooManySubmissions = errorsmod.Register(ModuleName, 16, "submission cap reached")
	ErrInvalidHash        = errorsmod.Register(ModuleName, 17, "invalid hash")
	ErrInvalidSalt        = errorsmod.Register(ModuleName, 18, "invalid salt")
	ErrInvalidScore       = errorsmod.Register(ModuleName, 19, "invalid score")
	ErrDuplicateScore     = errorsmod.Register(ModuleName, 20, "duplicate score")
	ErrNotAssigned        = errorsmod.Register(ModuleName, 21, "submission not assigned to the validator")
	ErrNoCommitment       = errorsmod.Register(ModuleName, 22, "no commitment")
	ErrCommitmentMismatch = errorsmod.Register(ModuleName, 23, "reveal does not match the commitment")
	ErrAlreadyRevealed    = errorsmod.Register(ModuleName, 24, "already revealed")
	ErrNoDelegation       = errorsmod.Register(ModuleName, 25, "no delegation")
	ErrInvalidGenesis     = errorsmod.Register(ModuleName, 26, "invalid genesis")
	ErrBalanceMismatch    = errorsmod.Register(ModuleName, 27, "module balance does not match its records")
	ErrTaskNotActive      = errorsmod.Register(ModuleName, 28, "task is not active")
)
