package types

import (
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Stateless checks: everything a message can be refused for without reading state. BaseApp runs
// ValidateBasic before the ante handler, so a malformed message is refused in CheckTx and costs
// no fee, and the CLI runs it before signing. Addresses are checked with the chain's bech32
// prefixes (sdk config).
var (
	_ sdk.HasValidateBasic = (*MsgRegisterOrchestrator)(nil)
	_ sdk.HasValidateBasic = (*MsgAttestEvents)(nil)
	_ sdk.HasValidateBasic = (*MsgConfirmValset)(nil)
	_ sdk.HasValidateBasic = (*MsgConfirmSettlement)(nil)
	_ sdk.HasValidateBasic = (*MsgWithdraw)(nil)
	_ sdk.HasValidateBasic = (*MsgCancelWithdraw)(nil)
	_ sdk.HasValidateBasic = (*MsgSubmitBadSignatureEvidence)(nil)
	_ sdk.HasValidateBasic = (*MsgUpdateParams)(nil)
)

// checkAccount and checkValidator refuse a string that is not an account / validator operator
// address of this chain, naming the field.
func checkAccount(field, s string) error {
	if _, err := sdk.AccAddressFromBech32(s); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "%s %q: %v", field, s, err)
	}
	return nil
}

func checkValidator(field, s string) error {
	if _, err := sdk.ValAddressFromBech32(s); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "%s %q: %v", field, s, err)
	}
	return nil
}

// ValidateBasic checks the addresses, the eth address and the signature's form.
func (m *MsgRegisterOrchestrator) ValidateBasic() error {
	if err := checkValidator("validator", m.Validator); err != nil {
		return err
	}
	if err := checkAccount("orchestrator", m.Orchestrator); err != nil {
		return err
	}
	if _, err := ParseEthAddress("eth address", m.EthAddress); err != nil {
		return err
	}
	_, err := ParseSignature("eth signature", m.EthSignature)
	return err
}

// ValidateBasic checks the orchestrator and each event's canonical form and consecutive nonces;
// the params' max_events_per_attestation is the keeper's check.
func (m *MsgAttestEvents) ValidateBasic() error {
	if err := checkAccount("orchestrator", m.Orchestrator); err != nil {
		return err
	}
	if len(m.Events) == 0 {
		return errorsmod.Wrap(ErrInvalidClaim, "no events: want at least one")
	}
	if len(m.Events) > MaxEventsPerAttestation {
		return errorsmod.Wrapf(ErrTooManyEvents, "%d events: at most %d per attestation (the params may allow fewer)", len(m.Events), MaxEventsPerAttestation)
	}
	for i, e := range m.Events {
		if err := e.Validate(); err != nil {
			return err
		}
		if i > 0 && e.EventNonce != m.Events[i-1].EventNonce+1 {
			return errorsmod.Wrapf(ErrNonceOutOfOrder, "event %d follows event %d in the message: want %d", e.EventNonce, m.Events[i-1].EventNonce, m.Events[i-1].EventNonce+1)
		}
	}
	return nil
}

// ValidateBasic checks the orchestrator and the signature's form.
func (m *MsgConfirmValset) ValidateBasic() error {
	if err := checkAccount("orchestrator", m.Orchestrator); err != nil {
		return err
	}
	_, err := ParseSignature("signature", m.Signature)
	return err
}

// ValidateBasic checks the orchestrator, the epoch and the signature's form.
func (m *MsgConfirmSettlement) ValidateBasic() error {
	if err := checkAccount("orchestrator", m.Orchestrator); err != nil {
		return err
	}
	if m.Epoch == 0 {
		return errorsmod.Wrap(ErrUnknownSettlement, "epoch 0: settlement epochs start at 1")
	}
	_, err := ParseSignature("signature", m.Signature)
	return err
}

// ValidateBasic checks the sender, the Base recipient and the amount's form (denom checked
// against the module's denom by the keeper).
func (m *MsgWithdraw) ValidateBasic() error {
	if err := checkAccount("sender", m.Sender); err != nil {
		return err
	}
	if _, err := ParseEthAddress("base recipient", m.BaseRecipient); err != nil {
		return err
	}
	return validCoin("amount", m.Amount)
}

// ValidateBasic checks the sender and the id.
func (m *MsgCancelWithdraw) ValidateBasic() error {
	if err := checkAccount("sender", m.Sender); err != nil {
		return err
	}
	if m.Id == 0 {
		return errorsmod.Wrap(ErrUnknownWithdrawal, "withdrawal id 0: ids start at 1")
	}
	return nil
}

// ValidateBasic checks the submitter, the subject's form and the signature's form.
func (m *MsgSubmitBadSignatureEvidence) ValidateBasic() error {
	if err := checkAccount("submitter", m.Submitter); err != nil {
		return err
	}
	switch s := m.Subject.(type) {
	case *MsgSubmitBadSignatureEvidence_Valset:
		if _, err := SignedValsetOf(s.Valset); err != nil {
			return err
		}
	case *MsgSubmitBadSignatureEvidence_Settlement:
		if s.Settlement == nil {
			return errorsmod.Wrap(ErrNotEvidence, "empty settlement")
		}
		if _, err := ParseHash("root", s.Settlement.Root); err != nil {
			return err
		}
		if s.Settlement.Total.IsNil() || s.Settlement.Total.IsNegative() || s.Settlement.Total.BigInt().BitLen() > 256 {
			return errorsmod.Wrapf(ErrNotEvidence, "settlement total %s: want an amount in [0, 2^256)", fmtInt(s.Settlement.Total))
		}
	default:
		return errorsmod.Wrap(ErrNotEvidence, "no subject: want a valset or a settlement")
	}
	_, err := ParseSignature("signature", m.Signature)
	return err
}

// ValidateBasic checks the authority's form and the params.
func (m *MsgUpdateParams) ValidateBasic() error {
	if err := checkAccount("authority", m.Authority); err != nil {
		return err
	}
	return m.Params.Validate()
}

func validCoin(field string, c sdk.Coin) error {
	if c.Amount.IsNil() || !c.Amount.IsPositive() {
		return errorsmod.Wrapf(ErrInvalidAmount, "%s %s: want a positive amount", field, c)
	}
	if err := sdk.ValidateDenom(c.Denom); err != nil {
		return errorsmod.Wrapf(ErrInvalidAmount, "%s %s: %v", field, c, err)
	}
	return nil
}
