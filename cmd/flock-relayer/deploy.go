package main

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/baseclient"
)

func newDeployCmd() *cobra.Command {
	var (
		keys                               baseclient.KeySource
		rpc                                rpcFlags
		valsetPath, out, token             string
		guardian, bridgeID, supply, maxPay string
		minDeposit, lock                   string
		claimDelay                         time.Duration
		devSigners                         int
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy FlockBridge (and a devnet FlockToken unless --token is given) and write their addresses",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			d := baseclient.Deployment{ClaimDelay: claimDelay}
			var err error
			switch {
			case valsetPath != "":
				d.Valset, err = baseclient.ReadValset(valsetPath)
			case devSigners > 0 && keys.Dev:
				d.Valset, err = baseclient.DevValset(devSigners)
			default:
				return fmt.Errorf("pass --valset FILE (or --dev-signers N with --dev)")
			}
			if err != nil {
				return err
			}
			if out == "" {
				return fmt.Errorf("pass --out FILE for the addresses")
			}
			if d.BridgeID, err = baseclient.ParseBridgeID(bridgeID); err != nil {
				return err
			}
			if d.MaxSettlementTotal, err = baseclient.ParseAmount(maxPay); err != nil {
				return fmt.Errorf("--max-settlement: %w", err)
			}
			if d.MinDeposit, err = baseclient.ParseAmount(minDeposit); err != nil {
				return fmt.Errorf("--min-deposit: %w", err)
			}
			if err := baseclient.CheckClaimDelay(claimDelay); err != nil {
				return err
			}
			if lock != "" {
				if d.Lock, err = baseclient.ParseAmount(lock); err != nil {
					return fmt.Errorf("--lock: %w", err)
				}
			}
			if d.Guardian, err = optionalAddress("--guardian", guardian); err != nil {
				return err
			}
			if d.Token, err = optionalAddress("--token", token); err != nil {
				return err
			}
			if token == "" {
				if d.Supply, err = baseclient.ParseAmount(supply); err != nil {
					return fmt.Errorf("--supply: %w", err)
				}
			}
			c, err := rpc.dial(cmd.Context())
			if err != nil {
				return err
			}
			defer c.Close()
			key, err := keys.Load(c.ChainID.Uint64(), cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			a, err := c.Deploy(cmd.Context(), key, d)
			if err != nil {
				return err
			}
			if err := a.Write(out); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deployed on chain %s: token %s, bridge %s (block %d, %d signers); addresses in %s\n",
				c.ChainID, a.Token, a.Bridge, a.DeployBlock, len(d.Valset.Members), out)
			return nil
		},
	}
	keyFlags(cmd, &keys)
	rpc.register(cmd, "JSON-RPC URL of the Base node (e.g. the devchain's http://127.0.0.1:8545)")
	f := cmd.Flags()
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
	f.StringVar(&lock, "lock", "", "lock this much of the deployer's token in the bridge at once, with no deposit event: the FLOCK behind the chain's genesis supply (what `flockd genesis back-supply` printed, e.g. 4000000000000000000000aflock)")
	return cmd
}

// optionalAddress parses an address flag; empty is the zero address (the default).
func optionalAddress(flag, s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s %q is not an address", flag, s)
	}
	return common.HexToAddress(s), nil
}
