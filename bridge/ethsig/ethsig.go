// Package ethsig signs bridge digests with an orchestrator's Ethereum key and checks such
// signatures with FlockBridge's rules: v = 27 or 28 (go-ethereum's crypto.Sign gives 0 or 1;
// OpenZeppelin's ECDSA wants 27/28) and s in the lower half order. Signatures are stored and
// exchanged as 65 bytes r || s || v; the contract takes them in EIP-2098 compact form (r, vs).
package ethsig

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Len is the length of an encoded signature: r || s || v.
const Len = 65

// secp256k1 group order halved: OpenZeppelin rejects s above it (malleable signatures).
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Signature is one ECDSA signature over a 32-byte digest.
type Signature struct {
	V uint8 // 27 or 28
	R common.Hash
	S common.Hash
}

// Errors of Parse and Recover.
var (
	ErrLength  = errors.New("ethsig: signature must be 65 bytes")
	ErrV       = errors.New("ethsig: v must be 27 or 28")
	ErrHighS   = errors.New("ethsig: s is in the upper half of the curve order (malleable)")
	ErrZeroRS  = errors.New("ethsig: r or s is zero")
	ErrRecover = errors.New("ethsig: cannot recover a public key")
)

// Sign signs digest with key. The digest must already be the EIP-712 digest (package digest):
// no prefix is added.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) (Signature, error) {
	raw, err := crypto.Sign(digest[:], key)
	if err != nil {
		return Signature{}, fmt.Errorf("ethsig: sign: %w", err)
	}
	return Signature{V: raw[64] + 27, R: common.BytesToHash(raw[:32]), S: common.BytesToHash(raw[32:64])}, nil
}

// Bytes encodes sig as r || s || v (v = 27/28), the form x/bridge stores.
func (sig Signature) Bytes() []byte {
	out := make([]byte, Len)
	copy(out, sig.R[:])
	copy(out[32:], sig.S[:])
	out[64] = sig.V
	return out
}

// Hex is 0x-prefixed Bytes.
func (sig Signature) Hex() string { return "0x" + hex.EncodeToString(sig.Bytes()) }

// Parse decodes r || s || v. It accepts v = 27/28 only, and rejects what the contract would
// reject (zero r or s, high s), so a stored signature is always one the contract accepts.
func Parse(b []byte) (Signature, error) {
	if len(b) != Len {
		return Signature{}, fmt.Errorf("%w (got %d)", ErrLength, len(b))
	}
	sig := Signature{V: b[64], R: common.BytesToHash(b[:32]), S: common.BytesToHash(b[32:64])}
	if err := sig.check(); err != nil {
		return Signature{}, err
	}
	return sig, nil
}

// ParseHex decodes a 0x-prefixed (or bare) hex signature.
func ParseHex(s string) (Signature, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return Signature{}, fmt.Errorf("ethsig: bad hex: %w", err)
	}
	return Parse(b)
}

func (sig Signature) check() error {
	if sig.V != 27 && sig.V != 28 {
		return fmt.Errorf("%w (got %d)", ErrV, sig.V)
	}
	r, s := new(big.Int).SetBytes(sig.R[:]), new(big.Int).SetBytes(sig.S[:])
	if r.Sign() == 0 || s.Sign() == 0 {
		return ErrZeroRS
	}
	if s.Cmp(halfN) > 0 {
		return ErrHighS
	}
	return nil
}

// Recover returns the address that signed digest, with the contract's rules.
func Recover(digest common.Hash, sig Signature) (common.Address, error) {
	if err := sig.check(); err != nil {
		return common.Address{}, err
	}
	raw := sig.Bytes()
	raw[64] -= 27
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrRecover, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// VS is the EIP-2098 compact second half, (v - 27) << 255 | s, that FlockBridge takes with R.
func (sig Signature) VS() common.Hash {
	vs := sig.S
	if sig.V == 28 {
		vs[0] |= 0x80
	}
	return vs
}

// FromCompact is the inverse of (R, VS()).
func FromCompact(r, vs common.Hash) Signature {
	sig := Signature{V: 27, R: r, S: vs}
	if vs[0]&0x80 != 0 {
		sig.V = 28
		sig.S[0] &= 0x7f
	}
	return sig
}

// Verify reports whether sig is signer's valid signature of digest.
func Verify(digest common.Hash, sig Signature, signer common.Address) bool {
	got, err := Recover(digest, sig)
	return err == nil && got == signer
}
