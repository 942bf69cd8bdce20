package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/bridge/ethkey"
	"github.com/flockchain/flock/chainclient"
	bridgetypes "github.com/flockchain/flock/x/bridge/types"
)

func newRegisterCmd() *cobra.Command {
	var (
		chain                  chainFlags
		ethKeyFile, ethPwdFile string
	)
	cmd := &cobra.Command{
		Use:   "register [orchestrator]",
		Short: "Register (or rotate) the orchestrator account and eth key of the validator --from operates",
		Long: `Registers, for the validator whose operator key is --from, the orchestrator account that
sends its attestations and confirmations (a flock1… address, or the name of a key in the same
keyring) and the Ethereum key in --eth-key-file that signs for it on Base. The eth key signs a
message naming this chain, the validator and the orchestrator (proof that it is held), and
MsgRegisterOrchestrator is sent from the operator key. Checked before sending: --from operates a
validator, and neither the eth key nor the orchestrator account belongs to another validator. An
identical registration already on chain is reported and nothing is sent. Registering other keys
rotates them: the orchestrator must then run with the new ones.`,
		Example: `flock-relayer register orchestrator --from validator --eth-key-file orchestrator-eth.json --eth-password-file eth-pw.txt`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if ethKeyFile == "" {
				return fmt.Errorf("--eth-key-file: give the orchestrator's eth keystore (flock-relayer keys new makes one)")
			}
			key, err := ethkey.LoadKeystore(ethKeyFile, ethPwdFile)
			if err != nil {
				return fmt.Errorf("--eth-key-file: %w", err)
			}
			c, kr, err := chain.dial()
			if err != nil {
				return err
			}
			defer c.Close()
			orch, err := accountOf(kr, args[0])
			if err != nil {
				return err
			}
			msg, err := registration(cmd.Context(), c, orch, ethkey.AddressOf(key), func(chainID string) (*bridgetypes.MsgRegisterOrchestrator, error) {
				return bridgetypes.NewMsgRegisterOrchestrator(chainID, sdk.ValAddress(c.Address()), orch, key)
			})
			if errors.Is(err, errAlreadyRegistered) {
				fmt.Fprintf(cmd.OutOrStdout(), "validator %s already has orchestrator %s with eth key %s: nothing sent\n",
					sdk.ValAddress(c.Address()), orch, ethkey.AddressOf(key).Hex())
				return nil
			} else if err != nil {
				return err
			}
			res, err := c.Send(cmd.Context(), msg)
			if err != nil {
				return fmt.Errorf("registering: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "registered orchestrator %s with eth key %s for validator %s (tx %s, height %d)\n",
				msg.Orchestrator, msg.EthAddress, msg.Validator, res.Hash, res.Height)
			return nil
		},
	}
	chain.register(cmd, "keyring key of the validator's operator account (the registration's signer)")
	cmd.Flags().StringVar(&ethKeyFile, "eth-key-file", "", "go-ethereum keystore of the orchestrator's eth key (required)")
	cmd.Flags().StringVar(&ethPwdFile, "eth-password-file", "", "file whose first line is the keystore's password (default: empty password)")
	return cmd
}

// accountOf is s as an account address: a bech32 address, or the name of a key in kr.
func accountOf(kr keyring.Keyring, s string) (sdk.AccAddress, error) {
	if addr, err := sdk.AccAddressFromBech32(s); err == nil {
		return addr, nil
	}
	rec, err := kr.Key(s)
	if err != nil {
		return nil, fmt.Errorf("orchestrator %q is neither a flock1… address nor a key in the keyring: %w", s, err)
	}
	return rec.GetAddress()
}

var errAlreadyRegistered = errors.New("already registered")

// registration checks, before anything is signed for the chain, that c's account operates a
// validator and that neither eth nor orch is another validator's, then builds the message
// (build gets the chain id). errAlreadyRegistered: the chain holds this very registration.
func registration(ctx context.Context, c *chainclient.Client, orch sdk.AccAddress, eth common.Address,
	build func(chainID string) (*bridgetypes.MsgRegisterOrchestrator, error),
) (*bridgetypes.MsgRegisterOrchestrator, error) {
	val := sdk.ValAddress(c.Address())
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	_, err = stakingtypes.NewQueryClient(c.Conn()).Validator(ctx, &stakingtypes.QueryValidatorRequest{ValidatorAddr: val.String()})
	if status.Code(err) == codes.NotFound {
		return nil, fmt.Errorf("--from %s operates no validator on %s (%s is not a validator): register with the validator's operator key", c.Address(), chainID, val)
	} else if err != nil {
		return nil, err
	}
	own, err := orchestratorOf(ctx, c, val.String())
	if err != nil {
		return nil, err
	}
	if own != nil && own.Orchestrator == orch.String() && own.EthAddress == eth.Hex() {
		return nil, errAlreadyRegistered
	}
	for _, k := range []struct{ what, key string }{{"eth key", eth.Hex()}, {"orchestrator account", orch.String()}} {
		o, err := orchestratorOf(ctx, c, k.key)
		if err != nil {
			return nil, err
		}
		if o != nil && o.Validator != val.String() {
			return nil, fmt.Errorf("%s %s is registered by validator %s: each validator needs its own", k.what, k.key, o.Validator)
		}
	}
	msg, err := build(chainID)
	if err != nil {
		return nil, err
	}
	return msg, msg.ValidateBasic()
}

// orchestratorOf is the registration key names (validator, account or eth address), nil if none.
func orchestratorOf(ctx context.Context, c *chainclient.Client, key string) (*bridgetypes.Orchestrator, error) {
	res, err := c.Bridge.Orchestrator(ctx, &bridgetypes.QueryOrchestratorRequest{Key: key})
	if status.Code(err) == codes.NotFound {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return &res.Orchestrator, nil
}
