package baseclient

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/bridge/ethkey"
)

// DevKeyEnv holds a hex private key for development only; production uses keystore files.
const DevKeyEnv = "FLOCK_DEV_KEY"

// ErrNoKey is returned when no key source is given.
var ErrNoKey = errors.New("no key: pass --key-file (keystore JSON), or --dev on the devchain, or set $" + DevKeyEnv + " for development")

// KeySource says where the signing key comes from, in this order: a go-ethereum keystore
// file (with its password in a file, or empty), the devchain's first prefunded key (only on
// the devchain), or the hex key in $FLOCK_DEV_KEY.
type KeySource struct {
	KeyFile      string
	PasswordFile string
	Dev          bool
}

// Load returns the signing key for a chain. Warn receives the warning printed when the key
// comes from the environment.
func (k KeySource) Load(chainID uint64, warn io.Writer) (*ecdsa.PrivateKey, error) {
	switch {
	case k.KeyFile != "":
		return ethkey.LoadKeystore(k.KeyFile, k.PasswordFile)
	case k.Dev:
		if chainID != devchain.ChainID {
			return nil, fmt.Errorf("--dev is only for the devchain (chain id %d), this RPC is chain %d", devchain.ChainID, chainID)
		}
		return devchain.DevKey(0), nil
	case os.Getenv(DevKeyEnv) != "":
		fmt.Fprintf(warn, "flock-relayer: warning: signing with the key in $%s; use --key-file outside development\n", DevKeyEnv)
		key, err := ethkey.ParseHex(os.Getenv(DevKeyEnv))
		if err != nil {
			return nil, fmt.Errorf("$%s is not a hex private key: %w", DevKeyEnv, err)
		}
		return key, nil
	}
	return nil, ErrNoKey
}
