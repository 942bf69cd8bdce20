package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"

	errorsmod "cosmossdk.io/errors"

	"github.com/flockchain/flock/x/alliance/types"
)

// hashHelp is appended to the help of every command taking a model or update hash.
const hashHelp = `
Every hash argument is either 64 hex characters (a sha256) or the path of the file itself
(the update or model file the worker wrote), whose sha256 is computed here: no hash has to be
computed by hand.`

// hashArg reads a hash argument: 64 hex characters, or a file whose sha256 it is. The error
// names the argument and both readings when it is neither.
func hashArg(field, arg string) ([]byte, error) {
	if b, err := hex.DecodeString(arg); err == nil && len(b) == sha256.Size {
		return b, nil
	}
	f, err := os.Open(arg)
	if errors.Is(err, os.ErrNotExist) {
		return nil, errorsmod.Wrapf(types.ErrInvalidHash, "%s %q: want 64 hex characters of a sha256, or a file to hash (there is no such file)", field, arg)
	} else if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidHash, "%s %q: %v", field, arg, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidHash, "%s: reading %s: %v", field, arg, err)
	}
	return h.Sum(nil), nil
}

// hashArgHex is hashArg in the canonical hex the messages carry.
func hashArgHex(field, arg string) (string, error) {
	b, err := hashArg(field, arg)
	if err != nil {
		return "", err
	}
	return types.HashHex(b), nil
}
