package baseclient

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// Addresses is the JSON file deploy writes and the other commands read.
type Addresses struct {
	ChainID            uint64         `json:"chainId"`
	Token              common.Address `json:"token"`
	Bridge             common.Address `json:"bridge"`
	BridgeID           common.Hash    `json:"bridgeId"`
	Guardian           common.Address `json:"guardian"`
	ClaimDelay         uint64         `json:"claimDelaySeconds"`
	MaxSettlementTotal string         `json:"maxSettlementTotal"`
	MinDeposit         string         `json:"minDeposit"`
	ValsetNonce        uint64         `json:"valsetNonce"`
	ValsetCheckpoint   common.Hash    `json:"valsetCheckpoint"`
	DeployBlock        uint64         `json:"deployBlock"`
	Deployer           common.Address `json:"deployer"`
	// Locked is the FLOCK (atto) moved into the bridge at deploy behind the chain's genesis
	// supply (deploy --lock); `flockd genesis bridge-base` checks it is the genesis backing.
	Locked string `json:"locked,omitempty"`
}

// ReadAddresses reads an addresses file.
func ReadAddresses(path string) (*Addresses, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("addresses file: %w", err)
	}
	var a Addresses
	if err := json.Unmarshal(blob, &a); err != nil {
		return nil, fmt.Errorf("addresses file %s: %w", path, err)
	}
	return &a, nil
}

// Write writes the addresses file (indented JSON).
func (a Addresses) Write(path string) error {
	blob, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(blob, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// BridgeAddress is bridge (0x…) if given, else the bridge of the addresses file, which must
// be for chainID.
func BridgeAddress(bridge, addressesPath string, chainID uint64) (common.Address, error) {
	if addressesPath != "" {
		a, err := ReadAddresses(addressesPath)
		if err != nil {
			return common.Address{}, err
		}
		if a.ChainID != chainID {
			return common.Address{}, fmt.Errorf("%s is for chain %d, the RPC is chain %d", addressesPath, a.ChainID, chainID)
		}
		if bridge == "" {
			return a.Bridge, nil
		}
	}
	if !common.IsHexAddress(bridge) {
		return common.Address{}, fmt.Errorf("pass --bridge 0x... or --addresses FILE (got %q)", bridge)
	}
	return common.HexToAddress(bridge), nil
}
