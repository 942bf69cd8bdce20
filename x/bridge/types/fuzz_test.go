package types_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/ethsig"
	"github.com/flockchain/flock/x/bridge/types"
)

// FuzzParseSignature: whatever the input, ParseSignature either refuses it with
// ErrInvalidSignature or returns a signature the contract accepts (v 27/28, low s, non-zero
// r and s) whose canonical hex reads back to itself.
func FuzzParseSignature(f *testing.F) {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	sig, _ := ethsig.Sign(crypto.Keccak256Hash([]byte("x")), key)
	f.Add(sig.Hex())
	f.Add(strings.ToUpper(sig.Hex()[2:]))
	f.Add("0x" + strings.Repeat("0", 130))
	f.Add("0x" + strings.Repeat("f", 130))
	f.Add(sig.Hex()[:130] + "1c")
	f.Add(sig.Hex()[:130] + "01")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := types.ParseSignature("signature", s)
		if err != nil {
			if !errors.Is(err, types.ErrInvalidSignature) {
				t.Fatalf("%q: error %v is not ErrInvalidSignature", s, err)
			}
			return
		}
		if got.V != 27 && got.V != 28 {
			t.Fatalf("%q: v %d accepted", s, got.V)
		}
		again, err := ethsig.Parse(got.Bytes())
		if err != nil || again != got {
			t.Fatalf("%q: accepted signature does not read back: %v", s, err)
		}
		if !strings.EqualFold(got.Hex(), s) {
			t.Fatalf("%q: read as %s", s, got.Hex())
		}
	})
}

// FuzzEvidenceValidateBasic: ValidateBasic of MsgSubmitBadSignatureEvidence never panics, and
// what it accepts the keeper can turn into a digest without error.
func FuzzEvidenceValidateBasic(f *testing.F) {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	sig, _ := ethsig.Sign(crypto.Keccak256Hash([]byte("x")), key)
	signer := crypto.PubkeyToAddress(key.PublicKey).Hex()
	submitter := sdk.AccAddress(make([]byte, 20)).String()
	f.Add(submitter, true, uint64(3), signer, uint64(1<<32), "0x"+strings.Repeat("ab", 32), "1000", uint64(2), sig.Hex())
	f.Add(submitter, false, uint64(3), signer, uint64(5), "0x"+strings.Repeat("ab", 32), "1000", uint64(2), sig.Hex())
	f.Add("flock1xyz", false, uint64(0), "0x0", uint64(0), "0x", "-1", uint64(0), "0x")
	f.Add(submitter, false, uint64(1), signer, uint64(1), "0x"+strings.Repeat("AB", 32), "1", uint64(1), sig.Hex())
	f.Fuzz(func(t *testing.T, sub string, isValset bool, nonce uint64, signerHex string, power uint64, root, total string, count uint64, sigHex string) {
		msg := &types.MsgSubmitBadSignatureEvidence{Submitter: sub, Signature: sigHex}
		if isValset {
			msg.Subject = &types.MsgSubmitBadSignatureEvidence_Valset{Valset: &types.SignedValset{Nonce: nonce, Signers: []string{signerHex}, Powers: []uint64{power}}}
		} else {
			amt, ok := math.NewIntFromString(total)
			if !ok {
				amt = math.Int{}
			}
			msg.Subject = &types.MsgSubmitBadSignatureEvidence_Settlement{Settlement: &types.SignedSettlement{Epoch: nonce, Root: root, Total: amt, Count: count}}
		}
		if err := msg.ValidateBasic(); err != nil {
			return
		}
		if _, err := types.ParseSignature("signature", msg.Signature); err != nil {
			t.Fatalf("accepted a signature ParseSignature refuses: %v", err)
		}
		var d digest.Domain
		switch s := msg.Subject.(type) {
		case *types.MsgSubmitBadSignatureEvidence_Valset:
			vs, err := types.SignedValsetOf(s.Valset)
			if err != nil {
				t.Fatalf("accepted a valset SignedValsetOf refuses: %v", err)
			}
			_ = d.Valset(vs)
		case *types.MsgSubmitBadSignatureEvidence_Settlement:
			if _, err := types.ParseHash("root", s.Settlement.Root); err != nil {
				t.Fatalf("accepted root %q: %v", s.Settlement.Root, err)
			}
			if s.Settlement.Total.IsNil() || s.Settlement.Total.IsNegative() {
				t.Fatalf("accepted total %v", s.Settlement.Total)
			}
		}
	})
}
