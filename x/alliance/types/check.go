package types

import (
	"strings"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Bounds of an alliance's texts, in bytes.
const (
	MaxTitle = 140
	MaxURI   = 512
)

// CheckAddress accepts an account address in its canonical spelling only. The bech32 codec
// also decodes the all-upper-case form to the same bytes; records and commitments use the
// canonical string, so a second spelling of one account would be a second identity.
func CheckAddress(field, s string) error {
	a, err := sdk.AccAddressFromBech32(s)
	if err != nil {
		return ErrInvalidAddress.Wrapf("%s %q: %v", field, s, err)
	}
	if canonical := a.String(); canonical != s {
		return ErrInvalidAddress.Wrapf("%s %q: want the canonical lower-case spelling %s", field, s, canonical)
	}
	return nil
}

// CheckAllianceID refuses alliance id 0: alliances are numbered from 1.
func CheckAllianceID(id uint64) error {
	if id == 0 {
		return ErrUnknownAlliance.Wrap("alliance_id 0: alliance ids start at 1")
	}
	return nil
}

// CheckRound refuses round 0: rounds are numbered from 1.
func CheckRound(round uint32) error {
	if round == 0 {
		return ErrWrongRound.Wrap("round 0: rounds start at 1")
	}
	return nil
}

// CheckText bounds a text field's length in bytes; a required one must not be blank.
func CheckText(field, s string, max int, required bool) error {
	if required && strings.TrimSpace(s) == "" {
		return ErrInvalidAlliance.Wrapf("%s is empty: want 1 to %d bytes", field, max)
	}
	if len(s) > max {
		return ErrInvalidAlliance.Wrapf("%s has %d bytes: want at most %d", field, len(s), max)
	}
	return nil
}

// CheckURI accepts a URI of 1 to MaxURI bytes with no blank or control character.
func CheckURI(field, s string) error {
	if s == "" || len(s) > MaxURI {
		return ErrInvalidURI.Wrapf("%s %q has %d bytes: want 1 to %d", field, s, len(s), MaxURI)
	}
	for _, c := range s {
		if c <= ' ' || c == 0x7f {
			return ErrInvalidURI.Wrapf("%s %q holds a blank or control character", field, s)
		}
	}
	return nil
}

// CheckCoin accepts a well-formed coin: a valid denom and a positive (or, for optional
// amounts, non-negative) amount. Which denom the module escrows is checked at execution.
func CheckCoin(field string, c sdk.Coin, positive bool) error {
	if err := sdk.ValidateDenom(c.Denom); err != nil {
		return ErrWrongDenom.Wrapf("%s %q: %v", field, c.Denom, err)
	}
	switch {
	case c.Amount.IsNil():
		return ErrInvalidAmount.Wrapf("%s has no amount", field)
	case c.Amount.IsNegative(), positive && c.Amount.IsZero():
		want := "non-negative"
		if positive {
			want = "positive"
		}
		return ErrInvalidAmount.Wrapf("%s %s must be %s", field, c, want)
	}
	return nil
}
