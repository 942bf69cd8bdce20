// Package devchain runs an embedded go-ethereum dev chain standing in for Base on localnets and
// in tests: go-ethereum's simulated backend (a real geth node in process) with JSON-RPC over
// HTTP and WebSocket on loopback, chain id 845399, Prague rules, a block every second and
// prefunded dev keys.
package devchain

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// ChainID is the devchain's chain id, one no public network uses; Base mainnet is 8453, Base
// Sepolia 84532.
const ChainID = 845399

// ChainConfig is go-ethereum's dev chain config with chainID and every fork after Prague off.
// The simulated backend enables Osaka and later by default, whose gas repricing makes a
// settlement cost about three times what it costs on Base today; Base runs Prague-era
// (Isthmus) rules.
func ChainConfig(chainID *big.Int) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).Set(chainID)
	cfg.OsakaTime = nil
	cfg.BPO1Time, cfg.BPO2Time, cfg.BPO3Time, cfg.BPO4Time, cfg.BPO5Time = nil, nil, nil, nil, nil
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	cfg.UBTTime = nil
	cfg.BlobScheduleConfig = &params.BlobScheduleConfig{
		Cancun: params.DefaultCancunBlobConfig,
		Prague: params.DefaultPragueBlobConfig,
	}
	return &cfg
}

// DevKey is the i-th prefunded dev key: keccak256("flock devchain key <i>"). Deterministic, so
// scripts and docs can name the same addresses on every run; never use them anywhere else.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("flock devchain key %d", i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability; tested for 0..99
	}
	return key
}

// DevFunds is each dev key's starting balance: 1,000,000 ETH.
var DevFunds = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// Alloc prefunds the first n dev keys (and any extra addresses) with DevFunds.
func Alloc(n int, extra ...common.Address) types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for i := 0; i < n; i++ {
		alloc[crypto.PubkeyToAddress(DevKey(i).PublicKey)] = types.Account{Balance: DevFunds}
	}
	for _, a := range extra {
		alloc[a] = types.Account{Balance: DevFunds}
	}
	return alloc
}
