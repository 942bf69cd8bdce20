package types

import (
	"crypto/sha256"

	errorsmod "cosmossdk.io/errors"
)

// claimDomain separates claim hashes from every other sha256 the chain computes.
const claimDomain = "flock/bridge/claim/v1"

// Claim kinds, as events and queries name them.
const (
	KindDeposit                = "deposit"
	KindRewardsFunded          = "rewards_funded"
	KindValsetProposed         = "valset_proposed"
	KindValsetActivated        = "valset_activated"
	KindValsetVetoed           = "valset_vetoed"
	KindSettlementSubmitted    = "settlement_submitted"
	KindSettlementVetoed       = "settlement_vetoed"
	KindGuardianChangeProposed = "guardian_change_proposed"
	KindGuardianChangeVetoed   = "guardian_change_vetoed"
	KindGuardianTransferred    = "guardian_transferred"
)

// Kind names the event's claim ("" when it has none).
func (e BaseEvent) Kind() string {
	switch e.Claim.(type) {
	case *BaseEvent_Deposit:
		return KindDeposit
	case *BaseEvent_RewardsFunded:
		return KindRewardsFunded
	case *BaseEvent_ValsetProposed:
		return KindValsetProposed
	case *BaseEvent_ValsetActivated:
		return KindValsetActivated
	case *BaseEvent_ValsetVetoed:
		return KindValsetVetoed
	case *BaseEvent_SettlementSubmitted:
		return KindSettlementSubmitted
	case *BaseEvent_SettlementVetoed:
		return KindSettlementVetoed
	case *BaseEvent_GuardianChangeProposed:
		return KindGuardianChangeProposed
	case *BaseEvent_GuardianChangeVetoed:
		return KindGuardianChangeVetoed
	case *BaseEvent_GuardianTransferred:
		return KindGuardianTransferred
	}
	return ""
}

// ClaimHash is sha256(domain || canonical protobuf encoding of e). Validate guarantees one
// spelling per observed event, and gogoproto writes fields in number order with no maps, so
// honest orchestrators that saw the same log vote for the same hash.
func (e BaseEvent) ClaimHash() ([]byte, error) {
	bz, err := e.Marshal()
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	h.Write([]byte(claimDomain))
	h.Write(bz)
	return h.Sum(nil), nil
}

// Validate checks everything that needs no state: a nonce, a Base block and tx hash, exactly
// one claim, each field in its canonical form. Errors name the nonce and the field.
func (e BaseEvent) Validate() error {
	if e.EventNonce == 0 {
		return errorsmod.Wrap(ErrInvalidClaim, "event nonce 0: Base event nonces start at 1")
	}
	wrap := func(err error) error { return errorsmod.Wrapf(err, "event %d (%s)", e.EventNonce, e.Kind()) }
	if e.BaseBlock == 0 {
		return wrap(errorsmod.Wrap(ErrInvalidClaim, "base block 0"))
	}
	if _, err := ParseHash("tx hash", e.TxHash); err != nil {
		return wrap(err)
	}
	switch c := e.Claim.(type) {
	case *BaseEvent_Deposit:
		if c.Deposit == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty deposit"))
		}
		if _, err := ParseCanonicalEthAddress("sender", c.Deposit.Sender); err != nil {
			return wrap(err)
		}
		// The recipient is kept as Base carried it: the contract checked it, and one that
		// does not decode here is refunded, not refused (refusing would stall the bridge).
		if len(c.Deposit.Recipient) == 0 || len(c.Deposit.Recipient) > 128 {
			return wrap(errorsmod.Wrapf(ErrInvalidClaim, "recipient of %d bytes: want 1..128", len(c.Deposit.Recipient)))
		}
		return wrapIf(wrap, ParseCanonicalAmount("amount", c.Deposit.Amount))
	case *BaseEvent_RewardsFunded:
		if c.RewardsFunded == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty rewards funding"))
		}
		if _, err := ParseCanonicalEthAddress("funder", c.RewardsFunded.Funder); err != nil {
			return wrap(err)
		}
		return wrapIf(wrap, ParseCanonicalAmount("amount", c.RewardsFunded.Amount))
	case *BaseEvent_ValsetProposed:
		if c.ValsetProposed == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty valset proposal"))
		}
		return wrapIf(wrap, checkValsetRef(c.ValsetProposed.Checkpoint))
	case *BaseEvent_ValsetActivated:
		if c.ValsetActivated == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty valset activation"))
		}
		return wrapIf(wrap, checkValsetRef(c.ValsetActivated.Checkpoint))
	case *BaseEvent_ValsetVetoed:
		if c.ValsetVetoed == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty valset veto"))
		}
		return wrapIf(wrap, checkValsetRef(c.ValsetVetoed.Checkpoint))
	case *BaseEvent_SettlementSubmitted:
		s := c.SettlementSubmitted
		if s == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty settlement"))
		}
		if s.Epoch == 0 || s.Count == 0 {
			return wrap(errorsmod.Wrapf(ErrInvalidClaim, "settlement epoch %d with %d leaves: both must be positive", s.Epoch, s.Count))
		}
		if _, err := ParseHash("root", s.Root); err != nil {
			return wrap(err)
		}
		return wrapIf(wrap, ParseCanonicalAmount("total", s.Total))
	case *BaseEvent_SettlementVetoed:
		s := c.SettlementVetoed
		if s == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty settlement veto"))
		}
		if s.Epoch == 0 {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "settlement epoch 0"))
		}
		if s.Paid.IsNil() || s.Paid.IsNegative() {
			return wrap(errorsmod.Wrapf(ErrInvalidClaim, "paid %s: want a non-negative amount", fmtInt(s.Paid)))
		}
		if n := len(s.ClaimedBitmap); n > 0 && s.ClaimedBitmap[n-1] == 0 {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "claimed bitmap ends with a zero byte: trailing zero bytes must be dropped"))
		}
		if s.Paid.IsZero() != (len(s.ClaimedBitmap) == 0) {
			return wrap(errorsmod.Wrapf(ErrInvalidClaim, "paid %s but %d bytes of claimed bitmap: nothing paid means no claimed leaf", s.Paid, len(s.ClaimedBitmap)))
		}
		return nil
	case *BaseEvent_GuardianChangeProposed:
		g := c.GuardianChangeProposed
		if g == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty guardian change"))
		}
		if _, err := ParseCanonicalEthAddress("new guardian", g.NewGuardian); err != nil {
			return wrap(err)
		}
		return nil
	case *BaseEvent_GuardianChangeVetoed:
		g := c.GuardianChangeVetoed
		if g == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty guardian change veto"))
		}
		if _, err := ParseCanonicalEthAddress("new guardian", g.NewGuardian); err != nil {
			return wrap(err)
		}
		return nil
	case *BaseEvent_GuardianTransferred:
		g := c.GuardianTransferred
		if g == nil {
			return wrap(errorsmod.Wrap(ErrInvalidClaim, "empty guardian transfer"))
		}
		if _, err := ParseCanonicalEthAddress("new guardian", g.NewGuardian); err != nil {
			return wrap(err)
		}
		if g.PreviousGuardian != "" {
			if _, err := ParseCanonicalEthAddress("previous guardian", g.PreviousGuardian); err != nil {
				return wrap(err)
			}
		}
		return nil
	}
	return wrap(errorsmod.Wrap(ErrInvalidClaim, "no claim: want exactly one of deposit, rewards_funded, valset_*, settlement_*, guardian_*"))
}

func wrapIf(wrap func(error) error, err error) error {
	if err != nil {
		return wrap(err)
	}
	return nil
}

func checkValsetRef(checkpoint string) error {
	_, err := ParseHash("checkpoint", checkpoint)
	return err
}

// ClaimedIndex reports whether bit i of a SettlementVetoed claimed bitmap is set.
func ClaimedIndex(bitmap []byte, i uint64) bool {
	if i/8 >= uint64(len(bitmap)) {
		return false
	}
	return bitmap[i/8]>>(i%8)&1 == 1
}

// ClaimedBitmap is the canonical claimed bitmap of a SettlementVetoed claim for the claimed leaf
// indices: bit i (byte i/8, bit i%8 from the least significant) set for each, trailing zero bytes
// dropped, so every orchestrator that read the same indices sends the same bytes.
func ClaimedBitmap(indices []uint64) []byte {
	var out []byte
	for _, i := range indices {
		for uint64(len(out)) <= i/8 {
			out = append(out, 0)
		}
		out[i/8] |= 1 << (i % 8)
	}
	for len(out) > 0 && out[len(out)-1] == 0 {
		out = out[:len(out)-1]
	}
	return out
}
