package e2e

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/network"
)

// gasLimit and fee of every test transaction: the default gas limit at the default minimum
// gas price, the cheapest fee a node accepts.
const gasLimit = 200_000

var fee = sdk.NewCoin(app.BondDenom, app.Flock(1).QuoRaw(1_000_000_000).MulRaw(gasLimit)) // 1 gwei × gas

func TestBankSendThroughCLI(t *testing.T) {
	net := network.New(t, network.DefaultConfig())
	val := net.Validators[0]
	sender := val.Address

	// a fresh key in the validator's keyring, made with `flockd keys add`
	out, err := runCLI(t, t.TempDir(), "keys", "add", "bob", "--keyring-backend", "test",
		"--keyring-dir", val.ClientCtx.KeyringDir, "--output", "json")
	require.NoError(t, err)
	var key struct {
		Address string `json:"address"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &key), out)
	recipient, err := sdk.AccAddressFromBech32(key.Address)
	require.NoError(t, err, "keys add must print a flock1 address, got %q", key.Address)

	sendArgs := func(from string, to string, amount string, fees sdk.Coin) []string {
		return []string{"tx", "bank", "send", from, to, amount,
			"--fees", fees.String(), "--gas", "200000"}
	}
	senderBefore := balance(t, net, sender, app.BondDenom)
	amount := sdk.NewCoin(app.BondDenom, app.Flock(25))

	t.Run("transfer lands and the fee is charged", func(t *testing.T) {
		resp, code, log := cliTx(t, net, sendArgs(sender.String(), recipient.String(), amount.String(), fee)...)
		require.Zero(t, code, "tx %s failed: %s", resp.TxHash, log)

		require.Equal(t, amount, balance(t, net, recipient, app.BondDenom))
		require.Equal(t, senderBefore.Sub(amount).Sub(fee), balance(t, net, sender, app.BondDenom),
			"sender pays the amount plus exactly the fee")
	})

	t.Run("fee below the minimum gas price is refused at the door", func(t *testing.T) {
		senderBefore, recipientBefore := balance(t, net, sender, app.BondDenom), balance(t, net, recipient, app.BondDenom)
		lowFee := sdk.NewCoin(app.BondDenom, fee.Amount.SubRaw(1))
		_, code, log := cliTx(t, net, sendArgs(sender.String(), recipient.String(), amount.String(), lowFee)...)
		require.Equal(t, uint32(13), code, "want ErrInsufficientFee, got %d: %s", code, log)
		require.Contains(t, log, "insufficient fee")
		require.Equal(t, senderBefore, balance(t, net, sender, app.BondDenom), "a refused tx costs nothing")
		require.Equal(t, recipientBefore, balance(t, net, recipient, app.BondDenom))
	})

	t.Run("insufficient funds and unknown denoms fail without moving coins", func(t *testing.T) {
		for _, amt := range []string{
			sdk.NewCoin(app.BondDenom, app.Flock(1_000_000)).String(), // far more than the account holds
			"1ufoo", // a denom nobody holds
		} {
			senderBefore, recipientBefore := balance(t, net, sender, app.BondDenom), balance(t, net, recipient, app.BondDenom)
			_, code, log := cliTx(t, net, sendArgs(sender.String(), recipient.String(), amt, fee)...)
			require.Equal(t, uint32(5), code, "want ErrInsufficientFunds for %s, got %d: %s", amt, code, log)
			require.Contains(t, log, "insufficient funds")
			// the block included the tx, so the fee is paid, and nothing else moves
			require.Equal(t, senderBefore.Sub(fee), balance(t, net, sender, app.BondDenom))
			require.Equal(t, recipientBefore, balance(t, net, recipient, app.BondDenom))
		}
	})

	t.Run("malformed recipient is rejected before signing", func(t *testing.T) {
		senderBefore := balance(t, net, sender, app.BondDenom)
		// the recipient's own bytes under another chain's prefix: a well-formed address the
		// chain must still refuse
		foreign, err := sdk.Bech32ifyAddressBytes("cosmos", recipient)
		require.NoError(t, err)
		for _, c := range []struct{ recipient, why string }{
			{"flock1notanaddress", "decoding bech32 failed"},
			{foreign, "expected 'flock' got 'cosmos'"},
		} {
			_, err := runCLI(t, t.TempDir(), append(sendArgs(sender.String(), c.recipient, amount.String(), fee),
				"--chain-id", net.Config.ChainID, "--node", val.RPCAddress, "--keyring-backend", "test",
				"--keyring-dir", val.ClientCtx.KeyringDir, "--yes")...)
			require.ErrorContains(t, err, c.why, "recipient %q", c.recipient)
		}
		require.NoError(t, net.WaitForNextBlock())
		require.Equal(t, senderBefore, balance(t, net, sender, app.BondDenom))
	})

	t.Run("total supply is aflock plus the fixture's node token, and no coin was minted", func(t *testing.T) {
		var res struct {
			Supply sdk.Coins `json:"supply"`
		}
		cliQuery(t, net, &res, "query", "bank", "total-supply")
		// the test genesis gives the validator's account StakingTokens aflock and
		// AccountTokens of its node token, and nothing else exists: fees move coins, nothing
		// mints them
		want := sdk.NewCoins(
			sdk.NewCoin(app.BondDenom, net.Config.StakingTokens),
			sdk.NewCoin(val.Moniker+"token", net.Config.AccountTokens),
		)
		require.Equal(t, want.String(), res.Supply.String())
	})
}
