package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/bridge/baseclient"
	"github.com/flockchain/flock/bridge/relay"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/x/bridge/types"
)

// chainClaimFlags select leaves to claim from the chain's proof queries.
type chainClaimFlags struct {
	grpc, account string
	epoch, index  int64 // -1: not given
}

func newClaimCmd() *cobra.Command {
	var (
		keys  baseclient.KeySource
		at    target
		path  string
		chain chainClaimFlags
	)
	cmd := &cobra.Command{
		Use:   "claim",
		Short: "Pay out settled leaves (withdrawals, rewards) with proofs from the chain or a file; anyone may send it, funds go to each leaf's account",
		Long: `claim pays settled leaves on Base. The proofs come from the chain (--chain-grpc) or from a file
(--proof). From the chain: --account 0x… claims every leaf paying that Base address in a
settlement that landed on Base (--epoch keeps one settlement's), or --epoch and --index name one
leaf. Leaves already claimed are skipped.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (path == "") == (chain.grpc == "") {
				return errors.New("give the proofs with --proof (a file) or --chain-grpc (the chain's queries), one of the two")
			}
			var claims []baseclient.ClaimFile
			var err error
			if path != "" {
				claims, err = baseclient.ReadClaims(path)
			} else {
				claims, err = chain.read(cmd.Context(), cmd.OutOrStdout())
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if len(claims) == 0 {
				fmt.Fprintln(out, "nothing to claim")
				return nil
			}
			t, err := at.parse()
			if err != nil {
				return err
			}
			b, err := baseclient.OpenBridge(cmd.Context(), t, keys, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer b.Close()
			res, err := b.Claim(cmd.Context(), claims)
			if err != nil {
				return err
			}
			for _, s := range res.Skipped {
				fmt.Fprintf(out, "epoch %d index %d: already claimed, skipped\n", s.Epoch, s.Index)
			}
			for _, p := range res.Paid {
				fmt.Fprintf(out, "claimed epoch %s index %s: %s atto-FLOCK to %s\n", p.Epoch, p.Index, p.Amount, p.Account)
			}
			if r := res.Receipt; r != nil {
				fmt.Fprintf(out, "tx %s, block %s, gas %d\n", r.TxHash, r.BlockNumber, r.GasUsed)
			}
			return nil
		},
	}
	keyFlags(cmd, &keys)
	at.register(cmd)
	f := cmd.Flags()
	f.StringVar(&path, "proof", "", `proof JSON: {"epoch":1,"index":0,"account":"0x...","amount":"100","proof":["0x..."]} or a list of them`)
	f.StringVar(&chain.grpc, "chain-grpc", "", "gRPC address (host:port) of a flockd node to read the proofs from (instead of --proof)")
	f.StringVar(&chain.account, "account", "", "with --chain-grpc: claim the leaves paying this Base address (0x…)")
	f.Int64Var(&chain.epoch, "epoch", -1, "with --chain-grpc: only this settlement's leaves (with --account), or the settlement of --index")
	f.Int64Var(&chain.index, "index", -1, "with --chain-grpc and --epoch: the one leaf to claim")
	return cmd
}

// read fetches the selected leaves' proofs from the chain. With --account, leaves of
// settlements that have not landed on Base (still signing, or vetoed and re-credited on the
// chain) are listed on out and left out.
func (f chainClaimFlags) read(ctx context.Context, out io.Writer) ([]baseclient.ClaimFile, error) {
	if (f.account == "") == (f.index < 0) {
		return nil, errors.New("with --chain-grpc, give --account 0x… (optionally with --epoch), or --epoch and --index")
	}
	if f.index >= 0 && f.epoch < 0 {
		return nil, errors.New("--index needs --epoch")
	}
	if f.account != "" {
		if _, err := types.ParseEthAddress("--account", f.account); err != nil {
			return nil, err
		}
	}
	enc, err := chainclient.AppEncoding()
	if err != nil {
		return nil, err
	}
	conn, err := chainclient.Connect(f.grpc, enc)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	q := types.NewQueryClient(conn)
	var proofs []types.LeafProof
	if f.index >= 0 {
		res, err := q.Proof(ctx, &types.QueryProofRequest{Epoch: uint64(f.epoch), Index: uint64(f.index)})
		if err != nil {
			return nil, fmt.Errorf("proof of settlement %d leaf %d: %w", f.epoch, f.index, err)
		}
		proofs = append(proofs, res.Proof)
	} else {
		page := &query.PageRequest{}
		for {
			res, err := q.ProofsByAccount(ctx, &types.QueryProofsByAccountRequest{BaseAddress: f.account, Pagination: page})
			if err != nil {
				return nil, fmt.Errorf("proofs of %s: %w", f.account, err)
			}
			proofs = append(proofs, res.Proofs...)
			if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
				break
			}
			page = &query.PageRequest{Key: res.Pagination.NextKey}
		}
	}
	var claims []baseclient.ClaimFile
	for _, p := range proofs {
		if f.epoch >= 0 && p.Leaf.Epoch != uint64(f.epoch) {
			continue
		}
		if p.Status != types.SETTLEMENT_STATUS_LANDED {
			fmt.Fprintf(out, "epoch %d index %d: settlement %s, not claimable on Base, skipped\n", p.Leaf.Epoch, p.Leaf.Index, p.Status)
			continue
		}
		c, err := relay.ClaimOf(p)
		if err != nil {
			return nil, err
		}
		claims = append(claims, c)
	}
	return claims, nil
}
