package baseclient

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/contracts/bindings"
)

// Target is where a bridge is: the RPC endpoint and either the bridge's address or the
// addresses file deploy wrote.
type Target struct {
	RPC          string
	Bridge       string // 0x… address; overrides the addresses file's
	Addresses    string // path of deploy's addresses JSON
	Timeout      time.Duration
	MaxFeePerGas *big.Int // optional cap, wei per gas
}

// Bridge is a bound FlockBridge with a signing key.
type Bridge struct {
	*Client
	Address  common.Address
	Contract *bindings.FlockBridge
	Key      *ecdsa.PrivateKey
	From     common.Address
}

// OpenBridge connects to the RPC, finds the bridge, loads the key and binds the contract:
// the preamble of every command that acts on a deployed bridge. Close the Bridge when done.
func OpenBridge(ctx context.Context, t Target, keys KeySource, warn io.Writer) (*Bridge, error) {
	c, err := Dial(ctx, t.RPC, t.Timeout)
	if err != nil {
		return nil, err
	}
	c.MaxFeePerGas = t.MaxFeePerGas
	b, err := bindBridge(c, t, keys, warn)
	if err != nil {
		c.Close()
		return nil, err
	}
	return b, nil
}

func bindBridge(c *Client, t Target, keys KeySource, warn io.Writer) (*Bridge, error) {
	addr, err := BridgeAddress(t.Bridge, t.Addresses, c.ChainID.Uint64())
	if err != nil {
		return nil, err
	}
	key, err := keys.Load(c.ChainID.Uint64(), warn)
	if err != nil {
		return nil, err
	}
	contract, err := bindings.NewFlockBridge(addr, c.Eth)
	if err != nil {
		return nil, fmt.Errorf("bridge %s: %w", addr, err)
	}
	return &Bridge{Client: c, Address: addr, Contract: contract, Key: key, From: crypto.PubkeyToAddress(key.PublicKey)}, nil
}
