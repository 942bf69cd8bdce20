package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/bridge/valset"
)

// ValsetFile is the initial valset for deploy: Ethereum addresses with raw (bonded) powers,
// normalised to 2^32 here exactly as x/bridge will.
type ValsetFile struct {
	Nonce      uint64 `json:"nonce"`
	Validators []struct {
		Address common.Address `json:"address"`
		Power   string         `json:"power"`
	} `json:"validators"`
}

func readValset(path string) (valset.Valset, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return valset.Valset{}, fmt.Errorf("valset file: %w", err)
	}
	var f ValsetFile
	if err := json.Unmarshal(blob, &f); err != nil {
		return valset.Valset{}, fmt.Errorf("valset file %s: %w", path, err)
	}
	in := make([]valset.Input, len(f.Validators))
	for i, v := range f.Validators {
		p, ok := new(big.Int).SetString(v.Power, 10)
		if !ok {
			return valset.Valset{}, fmt.Errorf("valset file %s: validator %d: power %q is not an integer", path, i, v.Power)
		}
		in[i] = valset.Input{Address: v.Address, Power: p}
	}
	vs, err := valset.Normalize(f.Nonce, in)
	if err != nil {
		return valset.Valset{}, fmt.Errorf("valset file %s: %w", path, err)
	}
	return vs, nil
}

// devValset is n devchain dev keys from index 2 on with equal power: placeholder orchestrator
// keys for a localnet until x/bridge registers real ones.
func devValset(n int) (valset.Valset, error) {
	in := make([]valset.Input, n)
	for i := range in {
		in[i] = valset.Input{Address: crypto.PubkeyToAddress(devchain.DevKey(2 + i).PublicKey), Power: big.NewInt(1)}
	}
	return valset.Normalize(1, in)
}

// minClaimDelay is FlockBridge.MIN_CLAIM_DELAY: a shorter veto window would leave the guardian
// no time to react, so the contract refuses it; checked here before anything is sent.
const minClaimDelay = time.Hour

func newDeployCmd() *cobra.Command {
	var (
		keys                               keyFlags
		rpcURL, valsetPath, out, token     string
		guardian, bridgeID, supply, maxPay string
		minDeposit                         string
		claimDelay, timeout                time.Duration
		devSigners                         int
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy FlockBridge (and a devnet FlockToken unless --token is given) and write their addresses",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var vs valset.Valset
			var err error
			switch {
			case valsetPath != "":
				vs, err = readValset(valsetPath)
			case devSigners > 0 && keys.dev:
				vs, err = devValset(devSigners)
			default:
				return fmt.Errorf("pass --valset FILE (or --dev-signers N with --dev)")
			}
			if err != nil {
				return err
			}
			if out == "" {
				return fmt.Errorf("pass --out FILE for the addresses")
			}
			id, err := parseBridgeID(bridgeID)
			if err != nil {
				return err
			}
			cap, err := parseAmount(maxPay)
			if err != nil {
				return fmt.Errorf("--max-settlement: %w", err)
			}
			minDep, err := parseAmount(minDeposit)
			if err != nil {
				return fmt.Errorf("--min-deposit: %w", err)
			}
			if claimDelay < minClaimDelay || claimDelay%time.Second != 0 {
				return fmt.Errorf("--claim-delay %s: want whole seconds, at least %s (the guardian's veto window; on a devchain, advance its clock with evm_increaseTime)", claimDelay, minClaimDelay)
			}
			c, err := dial(rpcURL, timeout)
			if err != nil {
				return err
			}
			defer c.close()
			key, err := keys.load(c.chainID.Uint64())
			if err != nil {
				return err
			}
			opts := c.transactor(key)
			g := opts.From
			if guardian != "" {
				if !common.IsHexAddress(guardian) {
					return fmt.Errorf("--guardian %q is not an address", guardian)
				}
				g = common.HexToAddress(guardian)
			}

			var tokenAddr common.Address
			if token != "" {
				if !common.IsHexAddress(token) {
					return fmt.Errorf("--token %q is not an address", token)
				}
				tokenAddr = common.HexToAddress(token)
			} else {
				amount, err := parseAmount(supply)
				if err != nil {
					return fmt.Errorf("--supply: %w", err)
				}
				if _, err := c.send("deploy FlockToken", func() (tx *types.Transaction, err error) {
					tokenAddr, tx, _, err = bindings.DeployFlockToken(opts, c.client, opts.From, amount)
					return tx, err
				}); err != nil {
					return err
				}
			}
			var bridgeAddr common.Address
			r, err := c.send("deploy FlockBridge", func() (tx *types.Transaction, err error) {
				bridgeAddr, tx, _, err = bindings.DeployFlockBridge(opts, c.client, tokenAddr, id, g,
					big.NewInt(int64(claimDelay/time.Second)), cap, minDep, bindings.FlockSignedValset{
						Nonce: new(big.Int).SetUint64(vs.Nonce), Signers: vs.Signers(), Powers: vs.Powers(),
					})
				return tx, err
			})
			if err != nil {
				return err
			}
			a := Addresses{
				ChainID: c.chainID.Uint64(), Token: tokenAddr, Bridge: bridgeAddr, BridgeID: id, Guardian: g,
				ClaimDelay: uint64(claimDelay / time.Second), MaxSettlementTotal: cap.String(), MinDeposit: minDep.String(),
				ValsetNonce: vs.Nonce, ValsetCheckpoint: vs.Checkpoint(), DeployBlock: r.BlockNumber.Uint64(), Deployer: opts.From,
			}
			blob, _ := json.MarshalIndent(a, "", "  ")
			if err := os.WriteFile(out, append(blob, '\n'), 0o644); err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deployed on chain %s: token %s, bridge %s (block %d, %d signers); addresses in %s\n",
				c.chainID, tokenAddr, bridgeAddr, a.DeployBlock, len(vs.Members), out)
			return nil
		},
	}
	keys.register(cmd)
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "JSON-RPC URL of the Base node (e.g. the devchain's http://127.0.0.1:8545)")
	f.StringVar(&valsetPath, "valset", "", `initial valset JSON: {"nonce":1,"validators":[{"address":"0x...","power":"100"}]}`)
	f.IntVar(&devSigners, "dev-signers", 0, "with --dev: an initial valset of N devchain dev keys (index 2 on), equal power")
	f.StringVar(&out, "out", "", "where to write the addresses JSON")
	f.StringVar(&token, "token", "", "an existing token to bridge (production: FLOCK); default: deploy a devnet FlockToken")
	f.StringVar(&supply, "supply", "1000000000flock", "supply of the devnet FlockToken, minted to the deployer")
	f.StringVar(&guardian, "guardian", "", "guardian address (default: the deployer)")
	f.StringVar(&bridgeID, "bridge-id", "flock-localnet-1", "bridge id: 0x-prefixed 32 bytes, or a name (its keccak256), normally the chain id")
	f.DurationVar(&claimDelay, "claim-delay", time.Hour, "delay before a settlement can be claimed, a new valset activated or a new guardian installed (the guardian's veto window); at least 1h")
	f.StringVar(&maxPay, "max-settlement", "1000000flock", "largest total of one settlement")
	f.StringVar(&minDeposit, "min-deposit", "1flock", "smallest deposit or rewards funding (each costs every orchestrator an attestation)")
	f.DurationVar(&timeout, "timeout", 2*time.Minute, "how long to wait for the RPC and for each transaction")
	return cmd
}

func parseBridgeID(s string) (common.Hash, error) {
	if s == "" {
		return common.Hash{}, fmt.Errorf("--bridge-id is empty")
	}
	if strings.HasPrefix(s, "0x") {
		b := common.FromHex(s)
		if len(b) != 32 {
			return common.Hash{}, fmt.Errorf("--bridge-id %q: want 32 bytes", s)
		}
		return common.BytesToHash(b), nil
	}
	return crypto.Keccak256Hash([]byte(s)), nil
}
