package types_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/arena/types"
)

// TestModelCommitment: the commitment binds every field, and its encoding is the one the
// README and the proto give, byte for byte.
func TestModelCommitment(t *testing.T) {
	h1 := sha256.Sum256([]byte("model 1"))
	h2 := sha256.Sum256([]byte("model 2"))
	s1, s2 := bytes.Repeat([]byte{7}, 16), bytes.Repeat([]byte{8}, 16)
	base := types.ModelCommitment(7, alice, h1[:], s1)

	// the encoding, written out: domain ‖ u64 task ‖ u16 len ‖ trainer ‖ 32-byte hash ‖ u16 len ‖ salt
	var enc []byte
	enc = append(enc, "flock/arena/model/v1"...)
	enc = append(enc, 0, 0, 0, 0, 0, 0, 0, 7)
	enc = append(enc, 0, byte(len(alice)))
	enc = append(enc, alice...)
	enc = append(enc, h1[:]...)
	enc = append(enc, 0, 16)
	enc = append(enc, s1...)
	want := sha256.Sum256(enc)
	require.Equal(t, want[:], base)

	for _, tc := range []struct {
		name string
		c    []byte
	}{
		{"task", types.ModelCommitment(8, alice, h1[:], s1)},
		{"trainer", types.ModelCommitment(7, bob, h1[:], s1)},
		{"model hash", types.ModelCommitment(7, alice, h2[:], s1)},
		{"salt", types.ModelCommitment(7, alice, h1[:], s2)},
		{"salt length (a byte moved from the trainer)", types.ModelCommitment(7, alice[:len(alice)-1], h1[:], append([]byte{alice[len(alice)-1]}, s1...))},
	} {
		require.NotEqual(t, base, tc.c, "%s is bound", tc.name)
	}
	// the score commitment of the same bytes differs: the domains are separate
	require.NotEqual(t, base, types.Commitment(7, alice, s1, nil))
}

func TestParseModelReveal(t *testing.T) {
	for _, tc := range []struct {
		name, uri, hash, salt string
		err                   error
		says                  string
	}{
		{"valid", "https://m/1", hash, salt, nil, ""},
		{"upper-case hash reads the same bytes", "u", strings.ToUpper(hash), salt, nil, ""},
		{"salt at 64 bytes", "u", hash, strings.Repeat("ab", 64), nil, ""},
		{"empty uri", "", hash, salt, types.ErrInvalidTask, "model_uri is empty"},
		{"uri too long", strings.Repeat("u", types.MaxURI+1), hash, salt, types.ErrInvalidTask, "model_uri has 513 bytes"},
		{"short hash", "u", hash[:62], salt, types.ErrInvalidHash, `model_hash "` + hash[:62] + `"`},
		{"non-hex hash", "u", strings.Repeat("zz", 32), salt, types.ErrInvalidHash, "model_hash"},
		{"salt of 15 bytes", "u", hash, strings.Repeat("ab", 15), types.ErrInvalidSalt, "want 16 to 64 bytes"},
		{"salt of 65 bytes", "u", hash, strings.Repeat("ab", 65), types.ErrInvalidSalt, "salt"},
		{"odd salt", "u", hash, salt + "a", types.ErrInvalidSalt, "salt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := types.ParseModelReveal(tc.uri, tc.hash, tc.salt)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				require.ErrorContains(t, err, tc.says)
				return
			}
			require.NoError(t, err)
			require.Equal(t, strings.ToLower(tc.hash), hex.EncodeToString(r.Hash))
			require.Equal(t, tc.salt, hex.EncodeToString(r.Salt))
			require.Equal(t, tc.uri, r.URI)
		})
	}
}

// checkModelReveal: a reveal either is refused with a typed error by both its decoder and
// ValidateBasic, or decodes to bytes that re-encode to what was sent, and its commitment is
// the same for every spelling of the hash and changes with any other hash or salt.
func checkModelReveal(t *testing.T, uri, modelHash, saltHex string) bool {
	r, err := types.ParseModelReveal(uri, modelHash, saltHex)
	msgErr := (&types.MsgRevealModel{Trainer: alice, TaskId: 1, ModelUri: uri, ModelHash: modelHash, Salt: saltHex}).ValidateBasic()
	if err != nil {
		require.Error(t, msgErr)
		typed := false
		for _, e := range []error{types.ErrInvalidTask, types.ErrInvalidHash, types.ErrInvalidSalt} {
			typed = typed || errors.Is(err, e)
		}
		require.True(t, typed, "untyped refusal: %v", err)
		return false
	}
	require.NoError(t, msgErr)
	require.Len(t, r.Hash, 32)
	require.True(t, len(r.Salt) >= types.MinSaltBytes && len(r.Salt) <= types.MaxSaltBytes)
	require.True(t, strings.EqualFold(modelHash, hex.EncodeToString(r.Hash)))
	c := types.ModelCommitment(1, alice, r.Hash, r.Salt)
	again, err := types.ParseModelReveal(uri, strings.ToUpper(modelHash), saltHex)
	require.NoError(t, err)
	require.Equal(t, c, types.ModelCommitment(1, alice, again.Hash, again.Salt), "any spelling of the hash commits the same")
	other := bytes.Clone(r.Hash)
	other[0] ^= 1
	require.NotEqual(t, c, types.ModelCommitment(1, alice, other, r.Salt))
	require.NotEqual(t, c, types.ModelCommitment(1, bob, r.Hash, r.Salt))
	return true
}

var modelRevealSeeds = []struct {
	uri, hash, salt string
	valid           bool
}{
	{"https://m/1", hash, salt, true},
	{"u", strings.ToUpper(hash), strings.Repeat("00", 64), true},
	{"", hash, salt, false},
	{"u", "abc", salt, false},
	{"u", hash, "00", false},
	{"u", hash + "0", salt, false},
	{"u", hash, salt + "g", false},
}

// TestModelRevealFuzzSeeds: plain go test runs only the seeds; the valid ones must reach the
// commitment properties and the others be refused.
func TestModelRevealFuzzSeeds(t *testing.T) {
	for _, s := range modelRevealSeeds {
		require.Equal(t, s.valid, checkModelReveal(t, s.uri, s.hash, s.salt), "%+v", s)
	}
}

// FuzzModelReveal: any model reveal is refused with a typed error or commits to a value no
// other model hash or trainer matches.
func FuzzModelReveal(f *testing.F) {
	for _, s := range modelRevealSeeds {
		f.Add(s.uri, s.hash, s.salt)
	}
	f.Fuzz(func(t *testing.T, uri, modelHash, saltHex string) {
		checkModelReveal(t, uri, modelHash, saltHex)
	})
}
