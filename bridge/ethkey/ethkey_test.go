package ethkey

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestCreateLoadAddress: a created keystore opens with its password (not another one), declares
// its address without a password, and is never overwritten.
func TestCreateLoadAddress(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("secret\r\n"), 0o600))
	out := filepath.Join(dir, "orch.json")

	addr, err := Create(out, "secret", Light)
	require.NoError(t, err)
	st, err := os.Stat(out)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	key, err := LoadKeystore(out, pw)
	require.NoError(t, err)
	require.Equal(t, addr, crypto.PubkeyToAddress(key.PublicKey))
	declared, err := Address(out)
	require.NoError(t, err)
	require.Equal(t, addr, declared)

	_, err = LoadKeystore(out, "")
	require.ErrorContains(t, err, out, "a wrong (empty) password names the file")
	_, err = LoadKeystore(out, filepath.Join(dir, "missing"))
	require.ErrorContains(t, err, "password file")

	before, _ := os.ReadFile(out)
	_, err = Create(out, "other", Light)
	require.ErrorIs(t, err, ErrExists)
	after, _ := os.ReadFile(out)
	require.Equal(t, before, after, "the existing key is untouched")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "junk"), []byte("{}"), 0o600))
	_, err = Address(filepath.Join(dir, "junk"))
	require.ErrorContains(t, err, "declares no address")
}

func TestLoadHexFile(t *testing.T) {
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	path := filepath.Join(dir, "hex")
	require.NoError(t, os.WriteFile(path, []byte(" 0x"+hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600))
	got, err := LoadHexFile(path)
	require.NoError(t, err)
	require.Equal(t, key.D, got.D)
	require.NoError(t, os.WriteFile(path, []byte("zz"), 0o600))
	_, err = LoadHexFile(path)
	require.ErrorContains(t, err, path)
}
