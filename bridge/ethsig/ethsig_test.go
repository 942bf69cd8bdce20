package ethsig

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSignRecover(t *testing.T) {
	for i := 0; i < 20; i++ {
		key, _ := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i)}))
		addr := crypto.PubkeyToAddress(key.PublicKey)
		d := crypto.Keccak256Hash([]byte{byte(i), 'd'})
		sig, err := Sign(d, key)
		if err != nil {
			t.Fatal(err)
		}
		if sig.V != 27 && sig.V != 28 {
			t.Fatalf("v = %d", sig.V)
		}
		if !Verify(d, sig, addr) || Verify(crypto.Keccak256Hash([]byte("other")), sig, addr) {
			t.Fatal("verify")
		}
		back, err := Parse(sig.Bytes())
		if err != nil || back != sig {
			t.Fatalf("round trip: %v", err)
		}
		hexBack, err := ParseHex(sig.Hex())
		if err != nil || hexBack != sig {
			t.Fatalf("hex round trip: %v", err)
		}
		if FromCompact(sig.R, sig.VS()) != sig {
			t.Fatal("compact round trip")
		}
	}
}

func TestParseRejects(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("k")))
	sig, _ := Sign(common.Hash{1}, key)
	good := sig.Bytes()
	mut := func(f func(b []byte)) []byte { b := bytes.Clone(good); f(b); return b }
	n := crypto.S256().Params().N
	high := common.BigToHash(new(big.Int).Sub(n, new(big.Int).SetBytes(sig.S[:])))
	cases := map[string]struct {
		b    []byte
		want error
	}{
		"short":  {good[:64], ErrLength},
		"long":   {append(bytes.Clone(good), 0), ErrLength},
		"v = 0":  {mut(func(b []byte) { b[64] = 0 }), ErrV},
		"v = 1":  {mut(func(b []byte) { b[64] = 1 }), ErrV},
		"v = 29": {mut(func(b []byte) { b[64] = 29 }), ErrV},
		"zero r": {mut(func(b []byte) { copy(b[:32], make([]byte, 32)) }), ErrZeroRS},
		"zero s": {mut(func(b []byte) { copy(b[32:64], make([]byte, 32)) }), ErrZeroRS},
		"high s": {mut(func(b []byte) { copy(b[32:64], high[:]) }), ErrHighS},
	}
	for name, c := range cases {
		if _, err := Parse(c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
	if _, err := ParseHex("0xzz"); err == nil {
		t.Error("bad hex accepted")
	}
}

// Parse never panics, and whatever it accepts re-encodes to the same bytes and is accepted by
// Recover's checks.
func FuzzParse(f *testing.F) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("fuzz")))
	sig, _ := Sign(common.Hash{9}, key)
	f.Add(sig.Bytes())
	f.Add(make([]byte, 65))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Parse(b)
		if err != nil {
			return
		}
		if !bytes.Equal(s.Bytes(), b) {
			t.Fatal("re-encoding differs")
		}
		if s.V != 27 && s.V != 28 {
			t.Fatal("accepted bad v")
		}
		_, _ = Recover(common.Hash{9}, s) // must not panic
	})
}
