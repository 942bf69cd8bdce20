package chainclient

import (
	"fmt"
	"io"

	"cosmossdk.io/depinject"
	"cosmossdk.io/log"

	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
)

// AppEncoding builds flockd's codecs from the app config, as the node does, so a client
// signs and decodes exactly what the chain expects. It also sets the flock address prefixes.
func AppEncoding() (Encoding, error) {
	app.SetAddressPrefixes()
	var enc Encoding
	if err := depinject.Inject(depinject.Configs(app.AppConfig(), depinject.Supply(log.NewNopLogger())), &enc.TxConfig, &enc.InterfaceRegistry); err != nil {
		return Encoding{}, fmt.Errorf("building the app's codecs: %w", err)
	}
	return enc, nil
}

// OpenKeyring opens the keyring in dir (a flockd home) with backend test, file or os; in is
// where the file backend reads its passphrase.
func OpenKeyring(backend, dir string, enc Encoding, in io.Reader) (keyring.Keyring, error) {
	kr, err := keyring.New(sdk.KeyringServiceName(), backend, dir, in, codec.NewProtoCodec(enc.InterfaceRegistry))
	if err != nil {
		return nil, fmt.Errorf("keyring (%s) in %s: %w", backend, dir, err)
	}
	return kr, nil
}
