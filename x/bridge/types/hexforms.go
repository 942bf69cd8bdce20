package types

import (
	"encoding/hex"
	"strings"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/internal/ethaddr"
)

// ParseEthAddress reads "0x" + 40 hex digits in any case. The zero address is refused: nothing
// can be paid to it or sign with it. Store the result (or its EIP-55 Hex()), never the input.
func ParseEthAddress(field, s string) (common.Address, error) {
	addr, err := ethaddr.Parse(s)
	if err != nil {
		return common.Address{}, errorsmod.Wrapf(ErrInvalidEthAddress, "%s %v", field, err)
	}
	return addr, nil
}

// ParseCanonicalEthAddress is ParseEthAddress that also requires the EIP-55 form, as claims
// carry it: two spellings of one address must never make two claim hashes.
func ParseCanonicalEthAddress(field, s string) (common.Address, error) {
	addr, err := ParseEthAddress(field, s)
	if err != nil {
		return addr, err
	}
	if addr.Hex() != s {
		return common.Address{}, errorsmod.Wrapf(ErrInvalidEthAddress, "%s %q is not in EIP-55 form; want %s", field, s, addr.Hex())
	}
	return addr, nil
}

// ParseHash reads a canonical 32-byte hash: "0x" + 64 lower-case hex digits.
func ParseHash(field, s string) (common.Hash, error) {
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, errorsmod.Wrapf(ErrInvalidClaim, "%s %q: want \"0x\" followed by 64 lower-case hex digits", field, s)
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil || strings.ToLower(s) != s {
		return common.Hash{}, errorsmod.Wrapf(ErrInvalidClaim, "%s %q: want \"0x\" followed by 64 lower-case hex digits", field, s)
	}
	return common.BytesToHash(b), nil
}

// HashString is the canonical form ParseHash reads.
func HashString(h common.Hash) string { return "0x" + hex.EncodeToString(h[:]) }

// ParseSignature reads r || s || v as "0x" + 130 hex digits (any case) and checks it is one
// FlockBridge accepts (v 27/28, low s, non-zero r and s).
func ParseSignature(field, s string) (ethsig.Signature, error) {
	if len(s) != 2+2*ethsig.Len || !strings.HasPrefix(s, "0x") {
		return ethsig.Signature{}, errorsmod.Wrapf(ErrInvalidSignature, "%s: want \"0x\" followed by %d hex digits (r || s || v), got %d characters", field, 2*ethsig.Len, len(s))
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return ethsig.Signature{}, errorsmod.Wrapf(ErrInvalidSignature, "%s: not hex: %v", field, err)
	}
	sig, err := ethsig.Parse(b)
	if err != nil {
		return ethsig.Signature{}, errorsmod.Wrapf(ErrInvalidSignature, "%s: %v", field, err)
	}
	return sig, nil
}

// ParseCanonicalAmount checks a claim amount: positive, a decimal integer in its canonical
// spelling (no sign, no leading zeros), below 2^256.
func ParseCanonicalAmount(field string, x math.Int) error {
	if x.IsNil() || !x.IsPositive() {
		return errorsmod.Wrapf(ErrInvalidClaim, "%s %s: want a positive amount", field, fmtInt(x))
	}
	if x.BigInt().BitLen() > 256 {
		return errorsmod.Wrapf(ErrInvalidClaim, "%s %s: above 2^256, not a Base amount", field, x)
	}
	return nil
}

func fmtInt(x math.Int) string {
	if x.IsNil() {
		return "<nil>"
	}
	return x.String()
}
