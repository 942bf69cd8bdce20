package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/alliance/types"
)

func TestReadVerdicts(t *testing.T) {
	file := filepath.Join(t.TempDir(), "v.json")
	require.NoError(t, os.WriteFile(file, []byte(`[{"proposer":"flock1x","verdict":-1,"metric":"0.42"}]`), 0o600))
	got, err := readVerdicts(file)
	require.NoError(t, err)
	require.Equal(t, []types.VerdictEntry{{Proposer: "flock1x", Verdict: -1, Metric: "0.42"}}, got)
	require.NoError(t, os.WriteFile(file, []byte(`{"proposer":"flock1x"}`), 0o600))
	_, err = readVerdicts(file)
	require.ErrorContains(t, err, "want a JSON list")
	_, err = readVerdicts(filepath.Join(t.TempDir(), "none.json"))
	require.Error(t, err)
}

func TestIDRound(t *testing.T) {
	id, r, err := idRound([]string{"7", "3"})
	require.NoError(t, err)
	require.Equal(t, uint64(7), id)
	require.Equal(t, uint32(3), r)
	_, _, err = idRound([]string{"x", "3"})
	require.ErrorContains(t, err, `alliance id "x" is not a whole number`)
	_, _, err = idRound([]string{"1", "4294967296"})
	require.ErrorContains(t, err, `round "4294967296"`)
}

func TestHashArgTakesAHashOrTheFileItNames(t *testing.T) {
	file := filepath.Join(t.TempDir(), "update.bin")
	body := []byte("weights of an update")
	require.NoError(t, os.WriteFile(file, body, 0o600))
	sum := sha256.Sum256(body)

	got, err := hashArgHex("update hash", file)
	require.NoError(t, err)
	require.Equal(t, hex.EncodeToString(sum[:]), got, "a file is hashed")

	upper := strings.ToUpper(hex.EncodeToString(sum[:]))
	got, err = hashArgHex("update hash", upper)
	require.NoError(t, err)
	require.Equal(t, hex.EncodeToString(sum[:]), got, "a hash is taken as is, in canonical case")

	_, err = hashArg("base model hash", "abc")
	require.ErrorIs(t, err, types.ErrInvalidHash)
	require.ErrorContains(t, err, `base model hash "abc": want 64 hex characters of a sha256, or a file to hash`)
}
