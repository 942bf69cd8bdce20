package types_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

func TestDefaultParamsAreFLocksSchedule(t *testing.T) {
	p := types.DefaultParams()
	require.NoError(t, p.Validate())
	require.Equal(t, 24*time.Hour, p.EpochDuration)
	require.Equal(t, F(1074), p.EpochEmission)
	require.Equal(t, "0.900000000000000000", p.Decay.String())
	require.Equal(t, uint64(30), p.DecayInterval)
	require.Equal(t, "0.100000000000000000", p.MarketplaceShare.String())
	require.True(t, p.ClaimFee.IsZero())
}

func TestParamsValidate(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*types.Params)
		want   string
	}{
		{"zero epoch", func(p *types.Params) { p.EpochDuration = 0 }, "epoch_duration 0s must be between"},
		{"epoch too long", func(p *types.Params) { p.EpochDuration = 400 * 24 * time.Hour }, "epoch_duration 9600h0m0s"},
		{"negative emission", func(p *types.Params) { p.EpochEmission = math.NewInt(-1) }, "epoch_emission -1"},
		{"nil emission", func(p *types.Params) { p.EpochEmission = math.Int{} }, "epoch_emission <nil>"},
		{"decay of one", func(p *types.Params) { p.Decay = math.LegacyOneDec() }, "decay 1.000000000000000000 must be > 0 and at most 0.999"},
		{"decay too slow to end", func(p *types.Params) { p.Decay = math.LegacyNewDecWithPrec(9999, 4) }, "decay 0.999900000000000000"},
		{"emission above the supply", func(p *types.Params) { p.EpochEmission = math.NewIntWithDecimal(2, 27) }, "epoch_emission 2000000000000000000000000000"},
		{"decay above one", func(p *types.Params) { p.Decay = math.LegacyNewDec(2) }, "decay 2.000000000000000000"},
		{"zero decay", func(p *types.Params) { p.Decay = math.LegacyZeroDec() }, "decay 0.000000000000000000"},
		{"negative decay", func(p *types.Params) { p.Decay = math.LegacyNewDec(-1) }, "decay -1.000000000000000000"},
		{"zero decay interval", func(p *types.Params) { p.DecayInterval = 0 }, "decay_interval 0"},
		{"share above one", func(p *types.Params) { p.MarketplaceShare = math.LegacyNewDecWithPrec(11, 1) }, "marketplace_share 1.100000000000000000 must be within [0, 1]"},
		{"negative share", func(p *types.Params) { p.MarketplaceShare = math.LegacyNewDecWithPrec(-1, 1) }, "marketplace_share -0.100000000000000000"},
		{"negative claim fee", func(p *types.Params) { p.ClaimFee = math.NewInt(-3) }, "claim_fee -3"},
		{"no credits per block", func(p *types.Params) { p.MaxCreditsPerBlock = 0 }, "max_credits_per_block 0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := types.DefaultParams()
			tc.mutate(&p)
			err := p.Validate()
			require.ErrorIs(t, err, types.ErrInvalidParams)
			require.ErrorContains(t, err, tc.want)
		})
	}
	edge := types.DefaultParams()
	edge.MarketplaceShare = math.LegacyOneDec()
	edge.EpochEmission = math.ZeroInt()
	require.NoError(t, edge.Validate(), "share 1 and zero emission are allowed")
}

func TestGenesisValidate(t *testing.T) {
	addr := sdk.AccAddress("claimant____________").String()
	good := func() types.GenesisState {
		gs := *types.DefaultGenesis()
		gs.Epoch = &types.EpochState{Number: 3}
		gs.Epochs = []types.EpochRecord{record(1), record(2)}
		gs.Claimables = []types.Claimable{{Address: addr, Amount: math.NewInt(5)}}
		gs.PendingCredits = []types.PendingCredit{{Epoch: 2, Sink: "arena", ItemId: 1, Amount: math.NewInt(7)}}
		gs.Pool = math.NewInt(100)
		return gs
	}
	g := good()
	require.NoError(t, g.Validate())
	require.Equal(t, math.NewInt(112), g.Expected(), "pool + claimable + pending")

	cases := []struct {
		name   string
		mutate func(*types.GenesisState)
		want   string
	}{
		{"bad params", func(g *types.GenesisState) { g.Params.DecayInterval = 0 }, "decay_interval"},
		{"negative pool", func(g *types.GenesisState) { g.Pool = math.NewInt(-1) }, "pool -1"},
		{"epoch zero", func(g *types.GenesisState) { g.Epoch.Number = 0 }, "epoch number 0"},
		{"record of the current epoch", func(g *types.GenesisState) { g.Epochs = append(g.Epochs, record(3)) }, "has number 3"},
		{"unsorted records", func(g *types.GenesisState) { g.Epochs = []types.EpochRecord{record(2), record(1)} }, "sorted and unique"},
		{"bad claimant", func(g *types.GenesisState) { g.Claimables[0].Address = "flock1bad" }, `claimable address "flock1bad"`},
		{"duplicate claimant", func(g *types.GenesisState) { g.Claimables = append(g.Claimables, g.Claimables[0]) }, "duplicate claimable"},
		{"zero claimable", func(g *types.GenesisState) { g.Claimables[0].Amount = math.ZeroInt() }, "must be positive"},
		{"pending without sink", func(g *types.GenesisState) { g.PendingCredits[0].Sink = "" }, "must name a sink"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := good()
			tc.mutate(&g)
			require.ErrorContains(t, g.Validate(), tc.want)
		})
	}
}

func record(n uint64) types.EpochRecord {
	z := math.ZeroInt()
	return types.EpochRecord{Number: n, Scheduled: z, Emitted: z, Alliances: z, Marketplace: z, Arena: z, Unallocated: z}
}

// paramsOutcome is how far one params JSON got through checkParamsJSON.
type paramsOutcome int

const (
	notParams     paramsOutcome = iota // the decoder refused it
	invalidParams                      // Validate refused it, with ErrInvalidParams
	checked                            // valid, and the emission math held on it
)

// checkParamsJSON decodes bz as params: a decoder error is fine, a validation error must be
// ErrInvalidParams, and params that validate must keep the schedule within the initial
// emission and conserve money in a split.
func checkParamsJSON(t *testing.T, bz []byte) paramsOutcome {
	var p types.Params
	if err := codec.NewProtoCodec(codectypes.NewInterfaceRegistry()).UnmarshalJSON(bz, &p); err != nil {
		return notParams
	}
	if err := p.Validate(); err != nil {
		require.ErrorIs(t, err, types.ErrInvalidParams)
		return invalidParams
	}
	e := types.ScheduledEmission(p.EpochEmission, p.Decay, p.DecayInterval, 1000)
	require.True(t, !e.IsNegative() && e.LTE(p.EpochEmission), "emission %s after 1000 epochs grew from %s", e, p.EpochEmission)
	s := types.SplitEmission(p.EpochEmission, p.MarketplaceShare, []types.SinkItem{
		item("a", types.CATEGORY_ARENA, 1, F(3)), item("m", types.CATEGORY_MARKETPLACE, 1, F(1)), item("l", types.CATEGORY_ALLIANCE, 1, F(2)),
	})
	requireConserved(t, p.EpochEmission, s)
	return checked
}

// paramsSeeds are the fuzz seeds with the outcome each must reach: valid params at the
// edges of every range (they exercise the emission math), and refused ones.
var paramsSeeds = []struct {
	json string
	want paramsOutcome
}{
	{`{"epoch_duration":"86400s","epoch_emission":"1074000000000000000000","decay":"0.9","decay_interval":"30","marketplace_share":"0.1","claim_fee":"0","max_credits_per_block":500}`, checked},
	{`{"epoch_duration":"1s","epoch_emission":"1000000000000000000000000000","decay":"0.999","decay_interval":"1","marketplace_share":"1","claim_fee":"0","max_credits_per_block":100000}`, checked},
	{`{"epoch_duration":"31622400s","epoch_emission":"1","decay":"0.000000000000000001","decay_interval":"18446744073709551615","marketplace_share":"0","claim_fee":"5","max_credits_per_block":1}`, checked},
	{`{"epoch_duration":"1s","epoch_emission":"-5","decay":"1.5"}`, invalidParams},
	{`{"epoch_duration":"86400s","epoch_emission":"1","decay":"1","decay_interval":"30","marketplace_share":"0.1","claim_fee":"0","max_credits_per_block":500}`, invalidParams},
	{`{"decay":"0.99999999999999999999999"}`, notParams},
}

// TestParamsFuzzSeedsReachTheirOutcome: under plain go test the fuzz target runs only its
// seeds, so each seed must get as far as it is meant to (valid seeds all the way to the
// emission property).
func TestParamsFuzzSeedsReachTheirOutcome(t *testing.T) {
	for _, seed := range paramsSeeds {
		require.Equal(t, seed.want, checkParamsJSON(t, []byte(seed.json)), seed.json)
	}
}

// FuzzParamsJSON feeds arbitrary JSON to the params decoder and validator: neither may
// panic, and params that validate are usable by the emission math.
func FuzzParamsJSON(f *testing.F) {
	for _, seed := range paramsSeeds {
		f.Add([]byte(seed.json))
	}
	f.Fuzz(func(t *testing.T, bz []byte) { checkParamsJSON(t, bz) })
}

func ptr[T any](v T) *T { return &v }
