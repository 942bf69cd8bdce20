package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/flockchain/flock/bridge/reverts"
)

// conn is a connection to a Base-like JSON-RPC endpoint with a signer.
type conn struct {
	url     string
	client  *ethclient.Client
	chainID *big.Int
	timeout time.Duration
}

func dial(url string, timeout time.Duration) (*conn, error) {
	if url == "" {
		return nil, fmt.Errorf("no --rpc URL")
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("cannot use RPC %s: %w", url, err)
	}
	// HTTP dials lazily: ask for the chain id to know the endpoint answers
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("RPC %s does not answer: %w", url, err)
	}
	return &conn{url: url, client: client, chainID: id, timeout: timeout}, nil
}

func (c *conn) close() { c.client.Close() }

func (c *conn) transactor(key *ecdsa.PrivateKey) *bind.TransactOpts {
	opts := bind.NewKeyedTransactor(key, c.chainID)
	opts.Context = context.Background()
	return opts
}

// send runs a bindings call, waits for its receipt and turns every failure into one readable
// line: a revert at estimation (decoded custom error), a revert in the block, or a timeout.
func (c *conn) send(what string, fn func() (*types.Transaction, error)) (*types.Receipt, error) {
	tx, err := fn()
	if err != nil {
		return nil, fmt.Errorf("%s: %s", what, reverts.Describe(err))
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	r, err := c.waitMined(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: transaction %s not mined: %w", what, tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: transaction %s reverted in block %s", what, tx.Hash(), r.BlockNumber)
	}
	return r, nil
}

// waitMined polls for the receipt every 250 ms (bind.WaitMined polls once a second); "not
// found" and a node still indexing transactions both mean "not yet".
func (c *conn) waitMined(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		r, err := c.client.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w (last error: %v)", ctx.Err(), err)
		case <-t.C:
		}
	}
}

// Addresses is the JSON file deploy writes and the user commands read.
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
}

func readAddresses(path string) (*Addresses, error) {
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

// bridgeAddress is --bridge, else the bridge of --addresses.
func bridgeAddress(bridge, addresses string, c *conn) (common.Address, *Addresses, error) {
	var a *Addresses
	if addresses != "" {
		var err error
		if a, err = readAddresses(addresses); err != nil {
			return common.Address{}, nil, err
		}
		if a.ChainID != c.chainID.Uint64() {
			return common.Address{}, nil, fmt.Errorf("%s is for chain %d, the RPC is chain %s", addresses, a.ChainID, c.chainID)
		}
		if bridge == "" {
			return a.Bridge, a, nil
		}
	}
	if !common.IsHexAddress(bridge) {
		return common.Address{}, nil, fmt.Errorf("pass --bridge 0x... or --addresses FILE (got %q)", bridge)
	}
	return common.HexToAddress(bridge), a, nil
}

// parseAmount reads an amount in atto-FLOCK (aflock), or whole FLOCK with a "flock" suffix.
func parseAmount(s string) (*big.Int, error) {
	mult := big.NewInt(1)
	if len(s) > 5 && s[len(s)-5:] == "flock" {
		s, mult = s[:len(s)-5], new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("amount %q is not a positive integer (atto-FLOCK, or whole FLOCK with a 'flock' suffix)", s)
	}
	return v.Mul(v, mult), nil
}
