package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/flockchain/flock/bridge/ethkey"
)

func newKeysCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Ethereum keys of the bridge: an orchestrator's signing key, a relayer's Base account",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newKeysNewCmd(), newKeysShowCmd())
	return cmd
}

func newKeysNewCmd() *cobra.Command {
	var out, passwordFile string
	var light bool
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Generate a key into a new go-ethereum keystore file and print its address",
		Long: `Generates a secp256k1 key and writes it, encrypted with the password in --password-file,
to a new keystore file (mode 0600). An existing file is never overwritten. The address is printed
on stdout alone, for scripts. Without --password-file the password is empty: anyone who can read
the file has the key. Keep the file and its password apart, and a copy of both offline: the key
of a registered orchestrator signs for its validator's stake.`,
		Example: "flock-relayer keys new --out orchestrator-eth.json --password-file eth-pw.txt",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return fmt.Errorf("--out: name the keystore file to create")
			}
			password, err := ethkey.ReadPassword(passwordFile)
			if err != nil {
				return fmt.Errorf("--password-file: %w", err)
			}
			if password == "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "flock-relayer: warning: the keystore's password is empty; use --password-file outside development")
			}
			kdf := ethkey.Standard
			if light {
				kdf = ethkey.Light
			}
			addr, err := ethkey.Create(out, password, kdf)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), addr.Hex())
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "keystore file to create (required; never overwritten)")
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "file whose first line is the keystore's password (default: empty password)")
	cmd.Flags().BoolVar(&light, "light-kdf", false, "weaker, faster key encryption (scrypt N=4096) for development and tests")
	return cmd
}

func newKeysShowCmd() *cobra.Command {
	var passwordFile string
	cmd := &cobra.Command{
		Use:   "show [keystore-file]",
		Short: "Print the address of a keystore file; with --password-file, check that it opens",
		Long: `Prints the address the keystore file declares. With --password-file the file is also
decrypted, proving the password opens it and that it holds the key of that address.`,
		Example: "flock-relayer keys show orchestrator-eth.json --password-file eth-pw.txt",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := ethkey.Address(args[0])
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("password-file") {
				key, err := ethkey.LoadKeystore(args[0], passwordFile)
				if err != nil {
					return err
				}
				if got := ethkey.AddressOf(key); got != addr {
					return fmt.Errorf("%s declares %s but holds the key of %s", args[0], addr.Hex(), got.Hex())
				}
			}
			fmt.Fprintln(cmd.OutOrStdout(), addr.Hex())
			return nil
		},
	}
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "file whose first line is the keystore's password: decrypt the file to check it")
	return cmd
}
