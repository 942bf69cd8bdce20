package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/bridge/ethkey"
)

// TestKeysNewAndShow: keys new prints the address of the keystore it creates (and opens with
// its password), never overwrites, and keys show reads the address back, checking the password
// when given.
func TestKeysNewAndShow(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("hunter2\n"), 0o600))
	file := filepath.Join(dir, "orch.json")

	out, err := run(t, "keys", "new", "--out", file, "--password-file", pw, "--light-kdf")
	require.NoError(t, err)
	printed := strings.TrimSpace(out)
	require.True(t, common.IsHexAddress(printed), out)
	key, err := ethkey.LoadKeystore(file, pw)
	require.NoError(t, err)
	require.Equal(t, printed, ethkey.AddressOf(key).Hex())

	out, err = run(t, "keys", "show", file)
	require.NoError(t, err)
	require.Equal(t, printed, strings.TrimSpace(out))
	out, err = run(t, "keys", "show", file, "--password-file", pw)
	require.NoError(t, err)
	require.Equal(t, printed, strings.TrimSpace(out))

	wrong := filepath.Join(dir, "wrong")
	require.NoError(t, os.WriteFile(wrong, []byte("nope\n"), 0o600))
	_, err = run(t, "keys", "show", file, "--password-file", wrong)
	require.ErrorContains(t, err, file)

	_, err = run(t, "keys", "new", "--out", file, "--light-kdf")
	require.ErrorIs(t, err, ethkey.ErrExists)
	_, err = run(t, "keys", "new")
	require.ErrorContains(t, err, "--out")

	out, err = run(t, "keys", "new", "--out", filepath.Join(dir, "dev.json"), "--light-kdf")
	require.NoError(t, err)
	require.Contains(t, out, "password is empty", "an empty password is warned about")
}
