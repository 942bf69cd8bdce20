package e2e

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/hd"
	"github.com/cosmos/cosmos-sdk/crypto/keyring"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/testutil/network"
	"github.com/flockchain/flock/worker/arena"
	"github.com/flockchain/flock/worker/artifacts"
	"github.com/flockchain/flock/worker/dataset"
	"github.com/flockchain/flock/worker/model"
	arenatypes "github.com/flockchain/flock/x/arena/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// TestWorkersCompleteATask: three training nodes with data of different quality and two
// validator nodes run a task end to end against a real network and a real artifact server;
// the node with the cleanest data tops the leaderboard and everyone paid can claim.
//
// score_decimals is 4 on this chain, not the default 9: validators must read it from the
// chain, or their reveals are refused and they are slashed for not revealing.
func TestWorkersCompleteATask(t *testing.T) {
	const scoreDecimals = 4
	cfg := arenaNetworkConfig()
	var gs arenatypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[arenatypes.ModuleName], &gs)
	require.NotEqual(t, uint32(scoreDecimals), gs.Params.ScoreDecimals, "the test changes the param")
	gs.Params.ScoreDecimals = scoreDecimals
	cfg.GenesisState[arenatypes.ModuleName] = cfg.Codec.MustMarshalJSON(&gs)
	net := network.New(t, cfg)
	val := net.Validators[0]
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	store, err := artifacts.Open(t.TempDir())
	require.NoError(t, err)
	srv := httptest.NewServer(artifacts.Server{Store: store})
	defer srv.Close()
	art := artifacts.NewClient(srv.URL)

	kr := val.ClientCtx.Keyring
	client := func(name string) *chainclient.Client {
		c, err := chainclient.Dial(chainclient.Config{GRPC: val.AppConfig.GRPC.Address, ChainID: net.Config.ChainID, Keyring: kr, KeyName: name,
			GasPrice: math.NewInt(1_000_000_000), Denom: app.BondDenom}, chainclient.Encoding{TxConfig: net.Config.TxConfig, InterfaceRegistry: net.Config.InterfaceRegistry})
		require.NoError(t, err)
		t.Cleanup(func() { c.Close() })
		return c
	}
	creator := client("node0")
	names := []string{"good", "fair", "poor", "judge1", "judge2"}
	var sends []sdk.Msg
	for _, n := range names {
		rec, _, err := kr.NewMnemonic(n, keyring.English, sdk.FullFundraiserPath, "", hd.Secp256k1)
		require.NoError(t, err)
		addr, _ := rec.GetAddress()
		sends = append(sends, banktypes.NewMsgSend(creator.Address(), addr, sdk.NewCoins(sdk.NewCoin(app.BondDenom, app.Flock(50)))))
	}
	_, err = creator.Send(ctx, sends...)
	require.NoError(t, err)

	// one task; training nodes bring their own data of different quality. The validation set
	// is held out: drawn from the same population as the training data but disjoint from
	// it, so a model is scored on how it generalises, not on what it memorised.
	population, err := dataset.Synth(dataset.SynthConfig{Samples: 2100, Features: 6, Classes: 3, Separation: 1.5, Seed: 11})
	require.NoError(t, err)
	clean, valSet, err := population.Split(600.0/2100, 5)
	require.NoError(t, err)
	requireDisjoint(t, clean, valSet)
	put := func(ds *dataset.Dataset) (string, string) {
		var buf bytes.Buffer
		require.NoError(t, dataset.WriteCSV(&buf, ds))
		name, err := art.Put(ctx, buf.Bytes())
		require.NoError(t, err)
		return art.URI(name), name
	}
	trainURI, trainHash := put(clean)
	valURI, valHash := put(valSet)

	_, err = creator.Send(ctx, &arenatypes.MsgCreateTask{Creator: creator.Address().String(), Title: "three clusters", TrainDataUri: trainURI,
		TrainDataHash: trainHash, ValidationDataHash: valHash, Metric: "cross-entropy", LowerIsBetter: true,
		SubmissionDuration: 15 * time.Second, ValidationDuration: 6 * time.Second, RevealDuration: 6 * time.Second,
		Stake: sdk.NewCoin(app.BondDenom, app.Flock(10)), RewardBonus: sdk.NewCoin(app.BondDenom, app.Flock(60))})
	require.NoError(t, err)
	const taskID = 1

	worker := func(name string) *arena.Worker {
		return &arena.Worker{Chain: client(name), Artifacts: art, HTTP: http.DefaultClient, Log: os.Stderr, Poll: 300 * time.Millisecond}
	}
	stake, sigma := sdk.NewCoin(app.BondDenom, app.Flock(10)), math.LegacyOneDec()
	judges := []*arena.Worker{worker("judge1"), worker("judge2")}
	for _, j := range judges {
		require.NoError(t, j.JoinAsValidator(ctx, taskID, stake, sigma))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for _, j := range judges {
		wg.Add(1)
		go func() { defer wg.Done(); errs <- j.Validate(ctx, taskID) }()
	}
	quality := map[string]float64{"good": 0, "fair": 0.4, "poor": 0.8}
	var tw sync.WaitGroup
	for name, noise := range quality {
		tw.Add(1)
		go func() {
			defer tw.Done()
			train := model.DefaultTrainConfig()
			train.Epochs = 5
			_, err := worker(name).Trainer(ctx, arena.TrainerConfig{TaskID: taskID, Stake: stake, Sigma: sigma, Kind: model.Softmax, Train: train, Data: withLabelNoise(clean, noise)})
			errs <- err
		}()
	}
	tw.Wait()

	task, err := creator.Arena.Task(ctx, &arenatypes.QueryTaskRequest{TaskId: taskID})
	require.NoError(t, err)
	require.Equal(t, uint32(3), task.Task.Submissions)
	for {
		now, err := creator.BlockTime(ctx)
		require.NoError(t, err)
		if !now.Before(task.Task.ModelRevealEnd) { // the trainers have revealed: validation may open
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	_, err = creator.Send(ctx, &arenatypes.MsgOpenValidation{Creator: creator.Address().String(), TaskId: taskID, ValidationDataUri: valURI})
	require.NoError(t, err)
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}

	// a task whose training data does not hash to what it committed: the worker refuses it
	// before sending anything
	_, err = creator.Send(ctx, &arenatypes.MsgCreateTask{Creator: creator.Address().String(), Title: "tampered", TrainDataUri: trainURI,
		TrainDataHash: valHash, ValidationDataHash: valHash, Metric: "cross-entropy", LowerIsBetter: true,
		SubmissionDuration: time.Minute, ValidationDuration: time.Minute, RevealDuration: time.Minute,
		Stake: sdk.NewCoin(app.BondDenom, app.Flock(10)), RewardBonus: sdk.NewCoin(app.BondDenom, math.ZeroInt())})
	require.NoError(t, err)
	_, err = worker("poor").Trainer(ctx, arena.TrainerConfig{TaskID: 2, Stake: stake, Sigma: sigma, Kind: model.Softmax, Train: model.DefaultTrainConfig()})
	require.ErrorIs(t, err, artifacts.ErrTampered)
	parts, err := creator.Arena.Participants(ctx, &arenatypes.QueryParticipantsRequest{TaskId: 2})
	require.NoError(t, err)
	require.Empty(t, parts.Participants, "no transaction was sent")

	var board *arenatypes.QueryLeaderboardResponse
	require.Eventually(t, func() bool {
		board, err = creator.Arena.Leaderboard(ctx, &arenatypes.QueryLeaderboardRequest{TaskId: taskID})
		return err == nil && len(board.Entries) == 3
	}, time.Minute, 500*time.Millisecond)
	good := worker("good").Chain.Address().String()
	require.Equal(t, good, board.Entries[0].Trainer, "the cleanest data wins: %v", board.Entries)
	for _, e := range board.Entries {
		t.Logf("rank %d %s score %s", e.Rank, e.Trainer, e.Score)
		// every revealed score had at most score_decimals decimals, so a median (a score, or
		// the mean of two) has at most one more
		require.True(t, e.Score.MulInt64(100_000).IsInteger(), "median %s has more than %d+1 decimals", e.Score, scoreDecimals)
	}
	for _, n := range []string{"good", "judge1", "judge2"} {
		c, err := creator.Rewards.Claimable(ctx, &rewardstypes.QueryClaimableRequest{Address: worker(n).Chain.Address().String()})
		require.NoError(t, err)
		require.True(t, c.Amount.IsPositive(), fmt.Sprintf("%s has rewards to claim", n))
	}
}

// withLabelNoise returns a copy of ds with a share of its labels replaced by random ones
// (seeded, so every run is the same): the same rows, of lower quality.
func withLabelNoise(ds *dataset.Dataset, share float64) *dataset.Dataset {
	rows := make([]int, ds.Rows())
	for i := range rows {
		rows[i] = i
	}
	out := ds.Subset(rows)
	rng := rand.New(rand.NewPCG(uint64(share*1000), 7))
	for i := range out.Y {
		if rng.Float64() < share {
			out.Y[i] = rng.IntN(out.Classes)
		}
	}
	return out
}

// requireDisjoint checks no row of b's features appears in a.
func requireDisjoint(t *testing.T, a, b *dataset.Dataset) {
	t.Helper()
	seen := make(map[string]bool, a.Rows())
	for i := range a.Rows() {
		seen[fmt.Sprint(a.X.RawRowView(i))] = true
	}
	for i := range b.Rows() {
		require.False(t, seen[fmt.Sprint(b.X.RawRowView(i))], "validation row %d is also a training row", i)
	}
}
