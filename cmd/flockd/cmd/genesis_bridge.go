package cmd

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	"github.com/cosmos/cosmos-sdk/server"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/x/bridge/client/cli"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

// The bridge of a new chain is bootstrapped in its genesis, before the first block:
//
//	flockd genesis collect-gentxs
//	flockd genesis add-orchestrator val0 orch0 --eth-key-file eth0.json   (per validator)
//	flockd genesis bridge-valset --out valset.json
//	flock-relayer deploy --valset valset.json --lock <genesis backing> --out base-addresses.json
//	flockd genesis bridge-base --addresses base-addresses.json
//
// so Base's FlockBridge starts with the chain's valset 1 and the chain knows the contract.

// genesisFile is a genesis.json read whole, to edit some modules' state and write it back.
type genesisFile struct {
	path  string
	doc   *genutiltypes.AppGenesis
	state map[string]json.RawMessage
	cdc   codec.JSONCodec
}

func readGenesisFile(cmd *cobra.Command) (*genesisFile, error) {
	clientCtx := client.GetClientContextFromCmd(cmd)
	path := filepath.Join(server.GetServerContextFromCmd(cmd).Config.RootDir, "config", "genesis.json")
	doc, err := genutiltypes.AppGenesisFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var state map[string]json.RawMessage
	if err := json.Unmarshal(doc.AppState, &state); err != nil {
		return nil, fmt.Errorf("app state of %s: %w", path, err)
	}
	return &genesisFile{path: path, doc: doc, state: state, cdc: clientCtx.Codec}, nil
}

func (g *genesisFile) write() error {
	var err error
	if g.doc.AppState, err = json.MarshalIndent(g.state, "", "  "); err != nil {
		return err
	}
	return genutil.ExportGenesisFile(g.doc, g.path)
}

func (g *genesisFile) bridge() (bridgetypes.GenesisState, error) {
	var gs bridgetypes.GenesisState
	if err := g.cdc.UnmarshalJSON(g.state[bridgetypes.ModuleName], &gs); err != nil {
		return gs, fmt.Errorf("bridge genesis of %s: %w", g.path, err)
	}
	return gs, nil
}

func (g *genesisFile) setBridge(gs bridgetypes.GenesisState) error {
	bz, err := g.cdc.MarshalJSON(&gs)
	if err != nil {
		return err
	}
	g.state[bridgetypes.ModuleName] = bz
	return nil
}

// validators are the validators bonded from the first block, as x/bridge's bootstrap takes
// them: those x/staking's genesis holds bonded, and those the collected gentxs create with
// their self-bond; and x/staking's max_validators.
func (g *genesisFile) validators(txCfg client.TxConfig) ([]bridgetypes.GenesisValidator, uint32, error) {
	var staking stakingtypes.GenesisState
	if err := g.cdc.UnmarshalJSON(g.state[stakingtypes.ModuleName], &staking); err != nil {
		return nil, 0, fmt.Errorf("staking genesis of %s: %w", g.path, err)
	}
	var vals []bridgetypes.GenesisValidator
	for _, v := range staking.Validators {
		if v.IsBonded() && !v.IsJailed() {
			vals = append(vals, bridgetypes.GenesisValidator{Operator: v.OperatorAddress, Tokens: v.Tokens})
		}
	}
	var gen genutiltypes.GenesisState
	if err := g.cdc.UnmarshalJSON(g.state[genutiltypes.ModuleName], &gen); err != nil {
		return nil, 0, fmt.Errorf("genutil genesis of %s: %w", g.path, err)
	}
	for i, raw := range gen.GenTxs {
		tx, err := txCfg.TxJSONDecoder()(raw)
		if err != nil {
			return nil, 0, fmt.Errorf("gentx %d of %s: %w", i, g.path, err)
		}
		for _, m := range tx.GetMsgs() {
			if cv, ok := m.(*stakingtypes.MsgCreateValidator); ok {
				vals = append(vals, bridgetypes.GenesisValidator{Operator: cv.ValidatorAddress, Tokens: cv.Value.Amount})
			}
		}
	}
	if len(vals) == 0 {
		return nil, 0, fmt.Errorf("%s has no validators: run collect-gentxs first", g.path)
	}
	return vals, staking.Params.MaxValidators, nil
}

// valset is the chain's valset 1 made from the genesis, and the bridge genesis.
func (g *genesisFile) valset(txCfg client.TxConfig) (bridgetypes.Valset, bridgetypes.GenesisState, error) {
	gs, err := g.bridge()
	if err != nil {
		return bridgetypes.Valset{}, gs, err
	}
	vals, maxVals, err := g.validators(txCfg)
	if err != nil {
		return bridgetypes.Valset{}, gs, err
	}
	vs, err := bridgetypes.GenesisValset(vals, gs.Orchestrators, maxVals)
	return vs, gs, err
}

// addressArg reads an address argument given as a bech32 address or as the name of a key in
// the keyring of --keyring-backend / --keyring-dir.
func addressArg(cmd *cobra.Command, what, s string) (sdk.AccAddress, error) {
	if a, err := sdk.AccAddressFromBech32(s); err == nil {
		return a, nil
	}
	if v, err := sdk.ValAddressFromBech32(s); err == nil {
		return sdk.AccAddress(v), nil
	}
	clientCtx := client.GetClientContextFromCmd(cmd)
	backend, _ := cmd.Flags().GetString(flags.FlagKeyringBackend)
	dir, _ := cmd.Flags().GetString(flags.FlagKeyringDir)
	if dir == "" {
		dir = server.GetServerContextFromCmd(cmd).Config.RootDir
	}
	kr, err := keyring.New(sdk.KeyringServiceName(), backend, dir, bufio.NewReader(cmd.InOrStdin()), clientCtx.Codec)
	if err != nil {
		return nil, err
	}
	rec, err := kr.Key(s)
	if err != nil {
		return nil, fmt.Errorf("%s %q: neither an address nor a key in the %s keyring in %s: %w", what, s, backend, dir, err)
	}
	return rec.GetAddress()
}

func addOrchestratorCmd(txCfg client.TxConfig) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "add-orchestrator [validator] [orchestrator]",
		Short: "Register a genesis validator's orchestrator account and eth key in the genesis (run after collect-gentxs)",
		Long: `Registers, in genesis.json, the account that sends a genesis validator's bridge attestations
and confirmations and the Ethereum key that signs for it on Base, as MsgRegisterOrchestrator does
on a running chain. The eth key signs the registration (chain id of the genesis, validator,
orchestrator) here, offline; the signature is checked before anything is written.

validator is the validator's operator (flockvaloper1..., its account flock1..., or the name of its
key in the keyring); orchestrator is an account address or key name. Run it once per validator
after collect-gentxs, then 'flockd genesis bridge-valset'. Fund the orchestrator account with
add-genesis-account: it pays the fees of its attestations.`,
		Example: `flockd genesis add-orchestrator val0 orch0 --eth-key-file eth0.json --eth-password-file pw.txt --keyring-backend test`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			g, err := readGenesisFile(cmd)
			if err != nil {
				return err
			}
			valAcc, err := addressArg(cmd, "validator", args[0])
			if err != nil {
				return err
			}
			orch, err := addressArg(cmd, "orchestrator", args[1])
			if err != nil {
				return err
			}
			key, err := cli.LoadEthKey(cmd)
			if err != nil {
				return err
			}
			msg, err := bridgetypes.NewMsgRegisterOrchestrator(g.doc.ChainID, sdk.ValAddress(valAcc), orch, key)
			if err != nil {
				return err
			}
			gs, err := g.bridge()
			if err != nil {
				return err
			}
			vals, _, err := g.validators(txCfg)
			if err != nil {
				return err
			}
			if err := bridgetypes.AddGenesisOrchestrator(&gs, g.doc.ChainID, vals, *msg); err != nil {
				return err
			}
			if err := g.setBridge(gs); err != nil {
				return err
			}
			if err := g.write(); err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "validator %s: orchestrator %s, eth key %s\n", msg.Validator, msg.Orchestrator, msg.EthAddress)
			return err
		},
	}
	cli.AddEthKeyFlags(cmd)
	cmd.Flags().String(flags.FlagKeyringBackend, flags.DefaultKeyringBackend, "keyring backend (os|file|test) where key names are looked up")
	cmd.Flags().String(flags.FlagKeyringDir, "", "keyring directory (default: the home directory)")
	return cmd
}

func bridgeValsetCmd(txCfg client.TxConfig) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "bridge-valset",
		Short: "Write the chain's bridge valset 1 (from the genesis validators and orchestrators) for flock-relayer deploy --valset",
		Long: `Builds the chain's bridge valset 1 from the genesis validators (their gentxs' self-bonds) and
the orchestrators registered with add-orchestrator, exactly as the chain will, and writes it for
'flock-relayer deploy --valset': FlockBridge must be deployed with it, so that the chain makes no
other valset at its first block and its orchestrators sign under the valset Base holds. The
registered keys must hold more than 2/3 of the bonded power. The file carries the checkpoint;
deploy refuses a file whose members make another one.`,
		Example: `flockd genesis bridge-valset --out valset.json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return fmt.Errorf("--out: name the valset file to write")
			}
			g, err := readGenesisFile(cmd)
			if err != nil {
				return err
			}
			vs, _, err := g.valset(txCfg)
			if err != nil {
				return err
			}
			bvs, err := vs.Bridge()
			if err != nil {
				return err
			}
			// the normalised powers against their own total 2^32: deploy's normalisation
			// gives them back unchanged
			cp := bvs.Checkpoint()
			f := baseclient.ValsetFile{Nonce: vs.Nonce, Bonded: new(big.Int).SetUint64(valset.PowerTotal).String(), Checkpoint: &cp}
			for _, m := range bvs.Members {
				f.Validators = append(f.Validators, baseclient.ValsetFileEntry{Address: m.Address, Power: fmt.Sprint(m.Power)})
			}
			if err := writeJSON(out, f); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "bridge valset %d, checkpoint %s, %d members (power of 2^32):\n", vs.Nonce, vs.Checkpoint, len(vs.Members))
			for _, m := range vs.Members {
				fmt.Fprintf(w, "  %s %10d  %s\n", m.EthAddress, m.Power, m.Validator)
			}
			_, err = fmt.Fprintf(w, "written to %s\n", out)
			return err
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "where to write the valset JSON (required)")
	return cmd
}

func bridgeBaseCmd(txCfg client.TxConfig) *cobra.Command {
	var addresses string
	cmd := &cobra.Command{
		Use:   "bridge-base",
		Short: "Point x/bridge's genesis at the FlockBridge deployed with the genesis valset (the addresses file of flock-relayer deploy)",
		Long: `Records in genesis.json the Base deployment that 'flock-relayer deploy --valset' wrote to its
addresses file: the params base_chain_id, bridge_contract, token_contract and bridge_id, the
chain's valset 1 as Base's active valset, and the deploy block as where orchestrators start
reading Base. The genesis must make the valset the contract was deployed with, and the FLOCK the
deploy locked (--lock) must equal the genesis backing ('flockd genesis back-supply').`,
		Example: `flockd genesis bridge-base --addresses base-addresses.json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if addresses == "" {
				return fmt.Errorf("--addresses: name the addresses file flock-relayer deploy wrote")
			}
			a, err := baseclient.ReadAddresses(addresses)
			if err != nil {
				return err
			}
			g, err := readGenesisFile(cmd)
			if err != nil {
				return err
			}
			vs, gs, err := g.valset(txCfg)
			if err != nil {
				return err
			}
			if a.Locked != "" && a.Locked != gs.Backing.GenesisBacking.String() {
				return fmt.Errorf("%s: the deploy locked %s atto-FLOCK in the bridge, the genesis backing is %s: every aflock must be backed (run back-supply after the last add-genesis-account, and deploy --lock that amount)",
					addresses, a.Locked, gs.Backing.GenesisBacking)
			}
			d := bridgetypes.BaseDeployment{ChainID: a.ChainID, Bridge: a.Bridge, Token: a.Token, BridgeID: a.BridgeID,
				DeployBlock: a.DeployBlock, ValsetNonce: a.ValsetNonce, ValsetCheckpoint: a.ValsetCheckpoint}
			if err := bridgetypes.BootstrapBase(&gs, vs, d); err != nil {
				return err
			}
			if err := g.setBridge(gs); err != nil {
				return err
			}
			if err := g.write(); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "bridge: Base chain %d, FlockBridge %s, token %s, bridge id %s\n", a.ChainID, a.Bridge.Hex(), a.Token.Hex(), gs.Params.BridgeId)
			_, err = fmt.Fprintf(w, "valset %d active on Base (checkpoint %s); orchestrators read Base from block %d\n", vs.Nonce, vs.Checkpoint, a.DeployBlock)
			return err
		},
	}
	cmd.Flags().StringVar(&addresses, "addresses", "", "the addresses JSON flock-relayer deploy wrote (required)")
	return cmd
}

func writeJSON(path string, v any) error {
	blob, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(blob, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
