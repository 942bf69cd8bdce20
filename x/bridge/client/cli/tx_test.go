package cli

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestLoadEthKey: the key is read from a keystore with its password, or from a dev hex file;
// neither, both, a wrong password or a bad hex file are refused naming the flag.
func TestLoadEthKey(t *testing.T) {
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(key, "secret")
	require.NoError(t, err)
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("secret\n"), 0o600))
	hexFile := filepath.Join(dir, "hex")
	require.NoError(t, os.WriteFile(hexFile, []byte("0x"+hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600))

	load := func(flags map[string]string) error {
		cmd := registerOrchestratorCmd()
		for k, v := range flags {
			require.NoError(t, cmd.Flags().Set(k, v))
		}
		got, err := LoadEthKey(cmd)
		if err == nil {
			require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), crypto.PubkeyToAddress(got.PublicKey))
		}
		return err
	}
	require.NoError(t, load(map[string]string{flagEthKeyFile: acct.URL.Path, flagEthPasswordFile: pw}))
	require.NoError(t, load(map[string]string{flagEthKeyHexFile: hexFile}))
	require.ErrorContains(t, load(nil), "no eth key")
	require.ErrorContains(t, load(map[string]string{flagEthKeyFile: acct.URL.Path, flagEthKeyHexFile: hexFile}), "not both")
	require.ErrorContains(t, load(map[string]string{flagEthKeyFile: acct.URL.Path}), "--eth-key-file")
	require.NoError(t, os.WriteFile(hexFile, []byte("zz"), 0o600))
	require.ErrorContains(t, load(map[string]string{flagEthKeyHexFile: hexFile}), "--eth-key-hex-file")
}
