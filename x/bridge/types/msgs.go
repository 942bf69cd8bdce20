package types

import (
	"cosmossdk.io/core/address"
	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Stateless checks: everything a message can be refused for without reading state, so a bad
// message costs no fee and the CLI can refuse it before signing. ac and vc are the account and
// validator address codecs.

// ValidateBasic checks the addresses, the eth address and the signature's form.
func (m *MsgRegisterOrchestrator) ValidateBasic(ac, vc address.Codec) error {
	if _, err := vc.StringToBytes(m.Validator); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "validator %q: %v", m.Validator, err)
	}
	if _, err := ac.StringToBytes(m.Orchestrator); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "orchestrator %q: %v", m.Orchestrator, err)
	}
	if _, err := ParseEthAddress("eth address", m.EthAddress); err != nil {
		return err
	}
	_, err := ParseSignature("eth signature", m.EthSignature)
	return err
}

// ValidateBasic checks the orchestrator and each event's canonical form and consecutive nonces.
// maxEvents is the params' max_events_per_attestation (0: not checked here).
func (m *MsgAttestEvents) ValidateBasic(ac address.Codec, maxEvents uint32) error {
	if _, err := ac.StringToBytes(m.Orchestrator); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "orchestrator %q: %v", m.Orchestrator, err)
	}
	if len(m.Events) == 0 {
		return errorsmod.Wrap(ErrInvalidClaim, "no events: want at least one")
	}
	if maxEvents > 0 && len(m.Events) > int(maxEvents) {
		return errorsmod.Wrapf(ErrTooManyEvents, "%d events: at most %d per attestation", len(m.Events), maxEvents)
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
func (m *MsgConfirmValset) ValidateBasic(ac address.Codec) error {
	if _, err := ac.StringToBytes(m.Orchestrator); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "orchestrator %q: %v", m.Orchestrator, err)
	}
	_, err := ParseSignature("signature", m.Signature)
	return err
}

// ValidateBasic checks the orchestrator, the epoch and the signature's form.
func (m *MsgConfirmSettlement) ValidateBasic(ac address.Codec) error {
	if _, err := ac.StringToBytes(m.Orchestrator); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "orchestrator %q: %v", m.Orchestrator, err)
	}
	if m.Epoch == 0 {
		return errorsmod.Wrap(ErrUnknownSettlement, "epoch 0: settlement epochs start at 1")
	}
	_, err := ParseSignature("signature", m.Signature)
	return err
}

// ValidateBasic checks the sender, the Base recipient and the amount's form (denom checked
// against the module's denom by the keeper).
func (m *MsgWithdraw) ValidateBasic(ac address.Codec) error {
	if _, err := ac.StringToBytes(m.Sender); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "sender %q: %v", m.Sender, err)
	}
	if _, err := ParseEthAddress("base recipient", m.BaseRecipient); err != nil {
		return err
	}
	return validCoin("amount", m.Amount)
}

// ValidateBasic checks the sender and the id.
func (m *MsgCancelWithdraw) ValidateBasic(ac address.Codec) error {
	if _, err := ac.StringToBytes(m.Sender); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "sender %q: %v", m.Sender, err)
	}
	if m.Id == 0 {
		return errorsmod.Wrap(ErrUnknownWithdrawal, "withdrawal id 0: ids start at 1")
	}
	return nil
}

// ValidateBasic checks the submitter, the subject's form and the signature's form.
func (m *MsgSubmitBadSignatureEvidence) ValidateBasic(ac address.Codec) error {
	if _, err := ac.StringToBytes(m.Submitter); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "submitter %q: %v", m.Submitter, err)
	}
	switch s := m.Subject.(type) {
	case *MsgSubmitBadSignatureEvidence_Valset:
		if s.Valset == nil {
			return errorsmod.Wrap(ErrNotEvidence, "empty valset")
		}
		if len(s.Valset.Signers) != len(s.Valset.Powers) {
			return errorsmod.Wrapf(ErrNotEvidence, "valset with %d signers and %d powers", len(s.Valset.Signers), len(s.Valset.Powers))
		}
		for i, a := range s.Valset.Signers {
			if _, err := ParseEthAddress("valset signer", a); err != nil {
				return errorsmod.Wrapf(err, "signer %d", i)
			}
		}
	case *MsgSubmitBadSignatureEvidence_Settlement:
		if s.Settlement == nil {
			return errorsmod.Wrap(ErrNotEvidence, "empty settlement")
		}
		if _, err := ParseHash("root", s.Settlement.Root); err != nil {
			return err
		}
		if s.Settlement.Total.IsNil() || s.Settlement.Total.IsNegative() {
			return errorsmod.Wrapf(ErrNotEvidence, "settlement total %s: want a non-negative amount", fmtInt(s.Settlement.Total))
		}
	default:
		return errorsmod.Wrap(ErrNotEvidence, "no subject: want a valset or a settlement")
	}
	_, err := ParseSignature("signature", m.Signature)
	return err
}

// ValidateBasic checks the authority's form and the params.
func (m *MsgUpdateParams) ValidateBasic(ac address.Codec) error {
	if _, err := ac.StringToBytes(m.Authority); err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "authority %q: %v", m.Authority, err)
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
