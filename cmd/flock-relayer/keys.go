package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/devchain"
)

// DevKeyEnv holds a hex private key for development only; production uses keystore files.
const DevKeyEnv = "FLOCK_DEV_KEY"

type keyFlags struct {
	keyFile      string
	passwordFile string
	dev          bool
}

func (k *keyFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&k.keyFile, "key-file", "", "go-ethereum keystore (JSON) file of the sending account")
	cmd.Flags().StringVar(&k.passwordFile, "password-file", "", "file holding the keystore password (default: empty password)")
	cmd.Flags().BoolVar(&k.dev, "dev", false, "use the devchain's first prefunded key (only on chain id 845399)")
}

// load returns the signing key: --key-file, else --dev (devchain only), else $FLOCK_DEV_KEY.
func (k *keyFlags) load(chainID uint64) (*ecdsa.PrivateKey, error) {
	switch {
	case k.keyFile != "":
		blob, err := os.ReadFile(k.keyFile)
		if err != nil {
			return nil, fmt.Errorf("key file: %w", err)
		}
		password := ""
		if k.passwordFile != "" {
			p, err := os.ReadFile(k.passwordFile)
			if err != nil {
				return nil, fmt.Errorf("password file: %w", err)
			}
			password = strings.TrimRight(string(p), "\r\n")
		}
		key, err := keystore.DecryptKey(blob, password)
		if err != nil {
			return nil, fmt.Errorf("key file %s: %w", k.keyFile, err)
		}
		return key.PrivateKey, nil
	case k.dev:
		if chainID != devchain.ChainID {
			return nil, fmt.Errorf("--dev is only for the devchain (chain id %d), this RPC is chain %d", devchain.ChainID, chainID)
		}
		return devchain.DevKey(0), nil
	case os.Getenv(DevKeyEnv) != "":
		fmt.Fprintf(os.Stderr, "flock-relayer: warning: signing with the key in $%s; use --key-file outside development\n", DevKeyEnv)
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(os.Getenv(DevKeyEnv)), "0x"))
		if err != nil {
			return nil, fmt.Errorf("$%s is not a hex private key: %w", DevKeyEnv, err)
		}
		return key, nil
	}
	return nil, errors.New("no key: pass --key-file (keystore JSON), or --dev on the devchain, or set $" + DevKeyEnv + " for development")
}
