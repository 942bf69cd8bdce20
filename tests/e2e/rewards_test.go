package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/network"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// TestRewardsPoolAndEpochsThroughCLI funds the reward pool with the CLI, lets epochs pass on
// a real network, and reads the epoch history and the pool back through the CLI and REST.
// No module earns emission yet, so every epoch's emission stays in the pool.
func TestRewardsPoolAndEpochsThroughCLI(t *testing.T) {
	cfg := network.DefaultConfig()
	var gs rewardstypes.GenesisState
	cfg.Codec.MustUnmarshalJSON(cfg.GenesisState[rewardstypes.ModuleName], &gs)
	gs.Params.EpochDuration = 2 * time.Second
	gs.Params.EpochEmission = app.Flock(10)
	gs.Params.Decay = math.LegacyNewDecWithPrec(5, 1)
	gs.Params.DecayInterval = 2
	cfg.GenesisState[rewardstypes.ModuleName] = cfg.Codec.MustMarshalJSON(&gs)
	net := network.New(t, cfg)
	val := net.Validators[0]

	funding := sdk.NewCoin(app.BondDenom, app.Flock(100))
	_, code, log := cliTx(t, net, "tx", "rewards", "fund-pool", funding.String(), "--from", val.Address.String(),
		"--fees", fee.String(), "--gas", "200000")
	require.Zero(t, code, log)

	// refusals: wrong denom, and a claim with nothing to claim
	_, code, log = cliTx(t, net, "tx", "rewards", "fund-pool", "5uatom", "--from", val.Address.String(),
		"--fees", fee.String(), "--gas", "200000")
	require.Equal(t, rewardstypes.ErrWrongDenom.ABCICode(), code, log)
	require.Contains(t, log, "5uatom: the pool holds aflock only")
	_, code, log = cliTx(t, net, "tx", "rewards", "claim", "--from", val.Address.String(),
		"--fees", fee.String(), "--gas", "200000")
	require.Equal(t, rewardstypes.ErrNothingToClaim.ABCICode(), code, log)

	// wait until epochs after the funding have closed: the first may have closed on an
	// empty pool (emitting nothing), later ones emit their full schedule
	var epochs struct {
		Epochs []struct {
			Number      string `json:"number"`
			Scheduled   string `json:"scheduled"`
			Emitted     string `json:"emitted"`
			Unallocated string `json:"unallocated"`
		} `json:"epochs"`
	}
	require.NoError(t, net.RetryForBlocks(func() error {
		cliQuery(t, net, &epochs, "query", "rewards", "epochs")
		if n := len(epochs.Epochs); n < 4 || epochs.Epochs[n-1].Emitted == "0" {
			return fmt.Errorf("%d epochs so far", n)
		}
		return nil
	}, 60))
	schedule := []math.Int{app.Flock(10), app.Flock(10), app.Flock(5), app.Flock(5)}
	for i, want := range schedule {
		rec := epochs.Epochs[i]
		require.Equal(t, fmt.Sprint(i+1), rec.Number)
		require.Equal(t, want.String(), rec.Scheduled, "epoch %d on the decay schedule", i+1)
		require.Contains(t, []string{"0", want.String()}, rec.Emitted, "all of the schedule once funded, nothing before")
		require.Equal(t, rec.Emitted, rec.Unallocated, "no work yet: all of it stays in the pool")
	}
	require.Equal(t, schedule[3].String(), epochs.Epochs[3].Emitted)

	var pool struct {
		Pool          string `json:"pool"`
		Claimable     string `json:"claimable"`
		ModuleBalance string `json:"module_balance"`
	}
	cliQuery(t, net, &pool, "query", "rewards", "pool")
	require.Equal(t, funding.Amount.String(), pool.Pool)
	require.Equal(t, funding.Amount.String(), pool.ModuleBalance)

	var current struct {
		Number  string `json:"number"`
		Started bool   `json:"started"`
	}
	cliQuery(t, net, &current, "query", "rewards", "current-epoch")
	require.True(t, current.Started)

	// the same pool over REST
	resp, err := http.Get(val.APIAddress + "/flock/rewards/v1/pool")
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	require.NoError(t, json.Unmarshal(body, &pool))
	require.Equal(t, funding.Amount.String(), pool.Pool)
}
