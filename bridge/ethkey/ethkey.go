// Package ethkey reads and writes the Ethereum keys of the bridge: go-ethereum keystore files
// (scrypt-encrypted JSON, what an orchestrator's signing key and a relayer's Base account live
// in) and, for development only, files holding a hex private key. flockd's
// register-orchestrator and every flock-relayer command load keys through it, so a keystore
// that opens for one opens for all. No Cosmos imports.
package ethkey

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// KDF strength of a new keystore: Standard is go-ethereum's default (about a second and
// 256 MiB to open: what a key guarding stake should cost to guess); Light is for
// development and tests.
type KDF struct{ N, P int }

var (
	Standard = KDF{N: keystore.StandardScryptN, P: keystore.StandardScryptP}
	Light    = KDF{N: keystore.LightScryptN, P: keystore.LightScryptP}
)

// ReadPassword returns the first line of file (trailing CR/LF removed), or "" when file is "".
func ReadPassword(file string) (string, error) {
	if file == "" {
		return "", nil
	}
	p, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	return strings.TrimRight(string(p), "\r\n"), nil
}

// LoadKeystore decrypts the keystore keyFile with the password in passwordFile ("" for an
// empty password).
func LoadKeystore(keyFile, passwordFile string) (*ecdsa.PrivateKey, error) {
	blob, err := os.ReadFile(keyFile)
	if err != nil {
		return nil, fmt.Errorf("key file: %w", err)
	}
	password, err := ReadPassword(passwordFile)
	if err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(blob, password)
	if err != nil {
		return nil, fmt.Errorf("key file %s: %w", keyFile, err)
	}
	return key.PrivateKey, nil
}

// ParseHex decodes a hex private key, with or without 0x, surrounding space ignored.
func ParseHex(s string) (*ecdsa.PrivateKey, error) {
	return crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
}

// LoadHexFile reads a development key file holding a hex private key.
func LoadHexFile(path string) (*ecdsa.PrivateKey, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	k, err := ParseHex(string(blob))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

// ErrExists is returned by Create when the output file exists: a key is never overwritten.
var ErrExists = errors.New("file exists; a key file is never overwritten")

// Create generates a key and writes it encrypted with password to out (mode 0600, created
// exclusively: an existing file, maybe the only copy of a registered key, is left alone).
func Create(out, password string, kdf KDF) (common.Address, error) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, err
	}
	return Write(out, priv, password, kdf)
}

// Write encrypts priv with password into a new keystore file out (mode 0600, exclusive).
func Write(out string, priv *ecdsa.PrivateKey, password string, kdf KDF) (common.Address, error) {
	id, err := uuid.NewRandom()
	if err != nil {
		return common.Address{}, err
	}
	addr := crypto.PubkeyToAddress(priv.PublicKey)
	blob, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr, PrivateKey: priv}, password, kdf.N, kdf.P)
	if err != nil {
		return common.Address{}, err
	}
	f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return common.Address{}, fmt.Errorf("%s: %w", out, ErrExists)
	} else if err != nil {
		return common.Address{}, err
	}
	if _, err := f.Write(blob); err != nil {
		f.Close()
		return common.Address{}, fmt.Errorf("%s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return common.Address{}, fmt.Errorf("%s: %w", out, err)
	}
	return addr, nil
}

// Address is the address a keystore file declares, read without decrypting it (no password
// needed). LoadKeystore proves the file really holds that key.
func Address(keyFile string) (common.Address, error) {
	blob, err := os.ReadFile(keyFile)
	if err != nil {
		return common.Address{}, fmt.Errorf("key file: %w", err)
	}
	var head struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(blob, &head); err != nil {
		return common.Address{}, fmt.Errorf("key file %s is not a keystore (JSON): %w", keyFile, err)
	}
	if !common.IsHexAddress(head.Address) {
		return common.Address{}, fmt.Errorf("key file %s declares no address (got %q)", keyFile, head.Address)
	}
	return common.HexToAddress(head.Address), nil
}

// AddressOf is key's Ethereum address.
func AddressOf(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }
