package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"

	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/network"
	arenatypes "github.com/flockchain/flock/x/arena/types"
)

// TestArenaMalformedMessagesCostNoFee signs malformed arena messages without the CLI (which
// would refuse them before signing) and broadcasts them to a node: CheckTx refuses each with
// the module's typed error, and the sender's balance and sequence do not move. A well-formed
// message that fails only at execution is the control: it is charged its fee.
func TestArenaMalformedMessagesCostNoFee(t *testing.T) {
	net := network.New(t, arenaNetworkConfig())
	val := net.Validators[0]
	from := val.Address.String()
	stake := sdk.NewCoin(app.BondDenom, app.Flock(10))
	hash := strings.Repeat("ab", 32)
	salt := strings.Repeat("5a", 16)

	// broadcast signs msg with the validator's key at its current sequence, broadcasts it
	// in sync mode (CheckTx only) and returns the CheckTx result.
	broadcast := func(msg sdk.Msg) (code uint32, codespace, log string) {
		t.Helper()
		acc, err := val.ClientCtx.AccountRetriever.GetAccount(val.ClientCtx, val.Address)
		require.NoError(t, err)
		txf := clienttx.Factory{}.
			WithTxConfig(val.ClientCtx.TxConfig).WithKeybase(val.ClientCtx.Keyring).WithChainID(net.Config.ChainID).
			WithAccountNumber(acc.GetAccountNumber()).WithSequence(acc.GetSequence()).
			WithGas(gasLimit * 2).WithFees(sdk.NewCoin(app.BondDenom, fee.Amount.MulRaw(2)).String()).
			WithSignMode(signing.SignMode_SIGN_MODE_DIRECT)
		builder, err := txf.BuildUnsignedTx(msg)
		require.NoError(t, err)
		require.NoError(t, clienttx.Sign(context.Background(), txf, val.Moniker, builder, true))
		bz, err := val.ClientCtx.TxConfig.TxEncoder()(builder.GetTx())
		require.NoError(t, err)
		res, err := val.RPCClient.BroadcastTxSync(context.Background(), bz)
		require.NoError(t, err)
		return res.Code, res.Codespace, res.Log
	}
	sequence := func() uint64 {
		acc, err := val.ClientCtx.AccountRetriever.GetAccount(val.ClientCtx, val.Address)
		require.NoError(t, err)
		return acc.GetSequence()
	}

	before, seqBefore := balance(t, net, val.Address, app.BondDenom), sequence()
	for _, tc := range []struct {
		name string
		msg  sdk.Msg
		want *errorsmod.Error
		says string
	}{
		{"reveal with score NaN", &arenatypes.MsgRevealScores{Validator: from, TaskId: 1, Salt: salt,
			Scores: []arenatypes.ScoreEntry{{SubmissionId: 1, Score: "NaN"}}}, arenatypes.ErrInvalidScore, `score "NaN"`},
		{"reveal with an exponent", &arenatypes.MsgRevealScores{Validator: from, TaskId: 1, Salt: salt,
			Scores: []arenatypes.ScoreEntry{{SubmissionId: 1, Score: "1e5"}}}, arenatypes.ErrInvalidScore, `score "1e5"`},
		{"reveal with duplicate ids", &arenatypes.MsgRevealScores{Validator: from, TaskId: 1, Salt: salt,
			Scores: []arenatypes.ScoreEntry{{SubmissionId: 4, Score: "1"}, {SubmissionId: 4, Score: "2"}}}, arenatypes.ErrDuplicateScore, "submission 4 is scored twice"},
		{"join with a zero stake", &arenatypes.MsgJoinTask{Participant: from, TaskId: 1, Role: arenatypes.ROLE_TRAINER,
			Stake: sdk.NewCoin(app.BondDenom, math.ZeroInt()), Sigma: math.LegacyOneDec()}, arenatypes.ErrInvalidAmount, "stake 0aflock must be positive"},
		{"join with sigma out of range", &arenatypes.MsgJoinTask{Participant: from, TaskId: 1, Role: arenatypes.ROLE_TRAINER,
			Stake: stake, Sigma: math.LegacyNewDec(2)}, arenatypes.ErrInvalidSigma, "sigma 2.000000000000000000"},
		{"task with a zero phase", &arenatypes.MsgCreateTask{Creator: from, Title: "t", TrainDataUri: "u", TrainDataHash: hash,
			ValidationDataHash: hash, Metric: "loss", SubmissionDuration: time.Minute, RevealDuration: time.Minute,
			Stake: stake, RewardBonus: sdk.NewCoin(app.BondDenom, math.ZeroInt())}, arenatypes.ErrInvalidTask, "validation_duration 0s"},
		{"model reveal with a short salt", &arenatypes.MsgRevealModel{Trainer: from, TaskId: 1, ModelUri: "u", ModelHash: hash, Salt: "00"},
			arenatypes.ErrInvalidSalt, `salt "00"`},
		{"model commitment that is not a sha256", &arenatypes.MsgCommitModel{Trainer: from, TaskId: 1, Commitment: "abc"},
			arenatypes.ErrInvalidHash, `commitment "abc"`},
		{"upper-case signer", &arenatypes.MsgCommitScores{Validator: strings.ToUpper(from), TaskId: 1, Commitment: hash},
			arenatypes.ErrInvalidAddress, "canonical lower-case spelling " + from},
	} {
		code, codespace, log := broadcast(tc.msg)
		require.Equal(t, tc.want.ABCICode(), code, "%s: %s", tc.name, log)
		require.Equal(t, arenatypes.ModuleName, codespace, tc.name)
		require.Contains(t, log, tc.says, tc.name)
	}
	require.NoError(t, net.WaitForNextBlock())
	require.Equal(t, before, balance(t, net, val.Address, app.BondDenom), "a malformed message costs no fee")
	require.Equal(t, seqBefore, sequence(), "and uses no sequence number")

	// control: well formed, refused only at execution (no task 99), so the block charges the fee
	code, _, log := broadcast(&arenatypes.MsgJoinTask{Participant: from, TaskId: 99, Role: arenatypes.ROLE_TRAINER, Stake: stake, Sigma: math.LegacyOneDec()})
	require.Zero(t, code, "passes CheckTx: %s", log)
	require.NoError(t, net.RetryForBlocks(func() error {
		if sequence() == seqBefore {
			return errorsmod.Wrap(arenatypes.ErrUnknownTask, "not in a block yet")
		}
		return nil
	}, 5))
	require.Equal(t, before.Sub(sdk.NewCoin(app.BondDenom, fee.Amount.MulRaw(2))), balance(t, net, val.Address, app.BondDenom),
		"a message refused at execution pays its fee")
}
