package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/merkle"
)

// ClaimFile is one leaf of a settlement with its proof, as the chain's settlement query will
// give it; a proof file holds one of them or a JSON list of them.
type ClaimFile struct {
	Epoch   uint64         `json:"epoch"`
	Index   uint64         `json:"index"`
	Account common.Address `json:"account"`
	Amount  string         `json:"amount"`
	Proof   []common.Hash  `json:"proof"`
}

func readClaims(path string) ([]ClaimFile, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("proof file: %w", err)
	}
	var list []ClaimFile
	if err := json.Unmarshal(blob, &list); err != nil {
		var one ClaimFile
		if err2 := json.Unmarshal(blob, &one); err2 != nil {
			return nil, fmt.Errorf("proof file %s: %w", path, err2)
		}
		list = []ClaimFile{one}
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("proof file %s holds no claims", path)
	}
	return list, nil
}

func newClaimCmd() *cobra.Command {
	var (
		keys                            keyFlags
		rpcURL, bridge, addresses, path string
		timeout                         time.Duration
	)
	cmd := &cobra.Command{
		Use:   "claim",
		Short: "Pay out settled leaves (withdrawals, rewards) from a proof file; anyone may send it, funds go to each leaf's account",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			claims, err := readClaims(path)
			if err != nil {
				return err
			}
			c, err := dial(rpcURL, timeout)
			if err != nil {
				return err
			}
			defer c.close()
			bridgeAddr, _, err := bridgeAddress(bridge, addresses, c)
			if err != nil {
				return err
			}
			key, err := keys.load(c.chainID.Uint64())
			if err != nil {
				return err
			}
			br, err := bindings.NewFlockBridge(bridgeAddr, c.client)
			if err != nil {
				return err
			}
			var batch []bindings.FlockBridgeClaim
			for i, cl := range claims {
				amount, ok := new(big.Int).SetString(cl.Amount, 10)
				if !ok || amount.Sign() <= 0 {
					return fmt.Errorf("claim %d: amount %q is not a positive integer", i, cl.Amount)
				}
				// check locally first: a wrong file fails here, not as a revert
				leaf := merkle.LeafHash(cl.Epoch, cl.Index, cl.Account, amount)
				s, err := br.Settlements(&bind.CallOpts{}, new(big.Int).SetUint64(cl.Epoch))
				if err != nil {
					return fmt.Errorf("%s is not a FlockBridge: %w", bridgeAddr, err)
				}
				switch s.ClaimableAt {
				case 0:
					return fmt.Errorf("claim %d: no settlement for epoch %d on this bridge (yet)", i, cl.Epoch)
				case merkle.Vetoed:
					return fmt.Errorf("claim %d: the settlement of epoch %d was vetoed by the guardian", i, cl.Epoch)
				}
				if merkle.StoredRoot(merkle.ProcessProof(cl.Proof, leaf)) != s.Root {
					return fmt.Errorf("claim %d: the proof does not match epoch %d's root", i, cl.Epoch)
				}
				done, err := br.IsClaimed(&bind.CallOpts{}, new(big.Int).SetUint64(cl.Epoch), new(big.Int).SetUint64(cl.Index))
				if err != nil {
					return err
				}
				if done {
					fmt.Fprintf(cmd.OutOrStdout(), "epoch %d index %d: already claimed, skipped\n", cl.Epoch, cl.Index)
					continue
				}
				proof := make([][32]byte, len(cl.Proof))
				for j, p := range cl.Proof {
					proof[j] = p
				}
				batch = append(batch, bindings.FlockBridgeClaim{
					Epoch: new(big.Int).SetUint64(cl.Epoch), Index: new(big.Int).SetUint64(cl.Index),
					Account: cl.Account, Amount: amount, Proof: proof,
				})
			}
			if len(batch) == 0 {
				return nil
			}
			opts := c.transactor(key)
			var r *types.Receipt
			if len(batch) == 1 {
				b := batch[0]
				r, err = c.send("claim", func() (*types.Transaction, error) {
					return br.Claim(opts, b.Epoch, b.Index, b.Account, b.Amount, b.Proof)
				})
			} else {
				r, err = c.send("claimMany", func() (*types.Transaction, error) { return br.ClaimMany(opts, batch) })
			}
			if err != nil {
				return err
			}
			for _, b := range batch {
				fmt.Fprintf(cmd.OutOrStdout(), "claimed epoch %s index %s: %s atto-FLOCK to %s\n", b.Epoch, b.Index, b.Amount, b.Account)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "tx %s, block %s, gas %d\n", r.TxHash, r.BlockNumber, r.GasUsed)
			return nil
		},
	}
	keys.register(cmd)
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "JSON-RPC URL of the Base node")
	f.StringVar(&bridge, "bridge", "", "FlockBridge address")
	f.StringVar(&addresses, "addresses", "", "addresses JSON written by deploy (instead of --bridge)")
	f.StringVar(&path, "proof", "", `proof JSON: {"epoch":1,"index":0,"account":"0x...","amount":"100","proof":["0x..."]} or a list of them`)
	f.DurationVar(&timeout, "timeout", 2*time.Minute, "how long to wait for the RPC and for each transaction")
	return cmd
}
