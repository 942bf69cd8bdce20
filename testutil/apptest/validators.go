package apptest

// A fixture with several bonded validators, for tests whose subject is the validator set
// itself: tallies by bonded power, bridge valsets, slashing and jailing. Every key is derived
// from the validator's position, so a test reads the same addresses on every run.

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	cryptocodec "github.com/cosmos/cosmos-sdk/crypto/codec"
	"github.com/cosmos/cosmos-sdk/crypto/keys/ed25519"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/flockchain/flock/app"
)

// GenesisValidator is one bonded validator written into a genesis: its consensus key, the
// operator account that self-delegates, and the tokens it has bonded.
type GenesisValidator struct {
	ConsPub  cryptotypes.PubKey
	Operator sdk.AccAddress
	Tokens   sdkmath.Int
}

// Validator is one genesis validator of SetupValidators with every key a test needs to act
// for it: its operator (signs staking and registration messages), its consensus key (what
// x/slashing punishes), and an orchestrator account and Ethereum key for the bridge.
type Validator struct {
	Index       int
	OperatorKey *secp256k1.PrivKey
	Operator    sdk.AccAddress
	ValAddr     sdk.ValAddress
	ConsKey     *ed25519.PrivKey
	ConsAddr    sdk.ConsAddress
	// Tokens is what it bonded at genesis.
	Tokens sdkmath.Int
	// OrchestratorKey and Orchestrator are an account the bridge tests register as its
	// orchestrator; it has no genesis balance unless the test funds it.
	OrchestratorKey *secp256k1.PrivKey
	Orchestrator    sdk.AccAddress
	// EthKey and EthAddress are the Ethereum key its orchestrator signs bridge digests with.
	EthKey     *ecdsa.PrivateKey
	EthAddress common.Address
}

// NewValidator derives validator i's keys from i: the same on every run, distinct across i.
func NewValidator(i int, tokens sdkmath.Int) Validator {
	secret := func(what string) []byte { return []byte(fmt.Sprintf("apptest validator %d %s", i, what)) }
	opKey := secp256k1.GenPrivKeyFromSecret(secret("operator"))
	consKey := ed25519.GenPrivKeyFromSecret(secret("consensus"))
	orchKey := secp256k1.GenPrivKeyFromSecret(secret("orchestrator"))
	ethSeed := sha256.Sum256(secret("eth"))
	ethKey, err := crypto.ToECDSA(ethSeed[:])
	if err != nil { // a sha256 output is a valid secp256k1 key but with probability ~2^-128
		panic(err)
	}
	operator := sdk.AccAddress(opKey.PubKey().Address())
	return Validator{
		Index:           i,
		OperatorKey:     opKey,
		Operator:        operator,
		ValAddr:         sdk.ValAddress(operator),
		ConsKey:         consKey,
		ConsAddr:        sdk.ConsAddress(consKey.PubKey().Address()),
		Tokens:          tokens,
		OrchestratorKey: orchKey,
		Orchestrator:    sdk.AccAddress(orchKey.PubKey().Address()),
		EthKey:          ethKey,
		EthAddress:      crypto.PubkeyToAddress(ethKey.PublicKey),
	}
}

// SetupValidators initialises the chain with one bonded validator per entry of bonds (its
// bonded aflock; app.Flock(n) for n FLOCK) and the given balances, and commits block 1 at
// GenesisTime. The validators are f.Validators, in the order of bonds; f.Operator is the
// first one's operator. Each has slashing signing info, so it can be slashed and jailed.
func SetupValidators(t testing.TB, bonds []sdkmath.Int, balances ...banktypes.Balance) *Fixture {
	t.Helper()
	return SetupValidatorsWith(t, bonds, nil, balances...)
}

// SetupValidatorsWith is SetupValidators with edit applied to the genesis (module name → JSON)
// before InitChain, knowing the validators' keys: for state a test writes into the genesis,
// such as orchestrators registered before the first block.
func SetupValidatorsWith(t testing.TB, bonds []sdkmath.Int, edit func(cdc codec.JSONCodec, genesis map[string]json.RawMessage, vals []Validator), balances ...banktypes.Balance) *Fixture {
	t.Helper()
	require.NotEmpty(t, bonds, "SetupValidators needs at least one validator")
	a := NewApp(t)
	vals := make([]Validator, len(bonds))
	gvals := make([]GenesisValidator, len(bonds))
	cmtVals := make([]*cmttypes.Validator, len(bonds))
	for i, b := range bonds {
		vals[i] = NewValidator(i, b)
		gvals[i] = GenesisValidator{ConsPub: vals[i].ConsKey.PubKey(), Operator: vals[i].Operator, Tokens: b}
		cmtPub, err := cryptocodec.ToCmtPubKeyInterface(vals[i].ConsKey.PubKey())
		require.NoError(t, err)
		cmtVals[i] = cmttypes.NewValidator(cmtPub, sdk.TokensToConsensusPower(b, sdk.DefaultPowerReduction))
	}
	genesis := GenesisWithValidators(t, a, gvals, balances...)
	if edit != nil {
		edit(a.AppCodec(), genesis, vals)
	}
	stateBytes, err := json.Marshal(genesis)
	require.NoError(t, err)
	return start(t, &Fixture{App: a, Operator: vals[0].Operator, Validators: vals, valSet: cmttypes.NewValidatorSet(cmtVals)}, stateBytes, 1)
}

// GenesisWithValidators returns the app's default genesis with the given bonded validators
// (each self-delegated by its operator, with slashing signing info) and balances. Defaults
// the app sets (bond denom, denom metadata, gov deposits) are kept, and the bridge's genesis
// backing is set to the supply so x/bridge accepts it.
func GenesisWithValidators(t testing.TB, a *app.App, vals []GenesisValidator, balances ...banktypes.Balance) map[string]json.RawMessage {
	t.Helper()
	cdc := a.AppCodec()
	genesis := a.DefaultGenesis()

	accounts := make([]authtypes.GenesisAccount, 0, len(vals)+len(balances))
	for _, v := range vals {
		accounts = append(accounts, authtypes.NewBaseAccount(v.Operator, nil, 0, 0))
	}
	for _, b := range balances {
		accounts = append(accounts, authtypes.NewBaseAccount(sdk.MustAccAddressFromBech32(b.Address), nil, 0, 0))
	}
	packed, err := authtypes.PackAccounts(accounts)
	require.NoError(t, err)
	var authGen authtypes.GenesisState
	cdc.MustUnmarshalJSON(genesis[authtypes.ModuleName], &authGen)
	authGen.Accounts = packed
	genesis[authtypes.ModuleName] = cdc.MustMarshalJSON(&authGen)

	var stakingGen stakingtypes.GenesisState
	cdc.MustUnmarshalJSON(genesis[stakingtypes.ModuleName], &stakingGen)
	var slashingGen slashingtypes.GenesisState
	cdc.MustUnmarshalJSON(genesis[slashingtypes.ModuleName], &slashingGen)
	bonded := sdkmath.ZeroInt()
	stakingGen.Validators = nil
	stakingGen.Delegations = nil
	for i, v := range vals {
		pkAny, err := codectypes.NewAnyWithValue(v.ConsPub)
		require.NoError(t, err)
		valAddr := sdk.ValAddress(v.Operator)
		stakingGen.Validators = append(stakingGen.Validators, stakingtypes.Validator{
			OperatorAddress:   valAddr.String(),
			ConsensusPubkey:   pkAny,
			Status:            stakingtypes.Bonded,
			Tokens:            v.Tokens,
			DelegatorShares:   sdkmath.LegacyNewDecFromInt(v.Tokens),
			Description:       stakingtypes.NewDescription(fmt.Sprintf("genesis-validator-%d", i), "", "", "", ""),
			UnbondingTime:     time.Unix(0, 0).UTC(),
			Commission:        stakingtypes.NewCommission(app.DefaultMinCommissionRate, sdkmath.LegacyOneDec(), sdkmath.LegacyNewDecWithPrec(1, 2)),
			MinSelfDelegation: sdkmath.OneInt(),
		})
		stakingGen.Delegations = append(stakingGen.Delegations,
			stakingtypes.NewDelegation(v.Operator.String(), valAddr.String(), sdkmath.LegacyNewDecFromInt(v.Tokens)))
		consAddr := sdk.ConsAddress(v.ConsPub.Address())
		slashingGen.SigningInfos = append(slashingGen.SigningInfos, slashingtypes.SigningInfo{
			Address:              consAddr.String(),
			ValidatorSigningInfo: slashingtypes.NewValidatorSigningInfo(consAddr, 0, 0, time.Unix(0, 0).UTC(), false, 0),
		})
		bonded = bonded.Add(v.Tokens)
	}
	genesis[stakingtypes.ModuleName] = cdc.MustMarshalJSON(&stakingGen)
	genesis[slashingtypes.ModuleName] = cdc.MustMarshalJSON(&slashingGen)

	var bankGen banktypes.GenesisState
	cdc.MustUnmarshalJSON(genesis[banktypes.ModuleName], &bankGen)
	bankGen.Balances = append(bankGen.Balances, balances...)
	bankGen.Balances = append(bankGen.Balances, banktypes.Balance{
		Address: authtypes.NewModuleAddress(stakingtypes.BondedPoolName).String(),
		Coins:   sdk.NewCoins(sdk.NewCoin(app.BondDenom, bonded)),
	})
	supply := sdk.NewCoins()
	for _, b := range bankGen.Balances {
		supply = supply.Add(b.Coins...)
	}
	bankGen.Supply = supply
	genesis[banktypes.ModuleName] = cdc.MustMarshalJSON(&bankGen)
	_, err = app.BackGenesisSupply(cdc, genesis, sdkmath.ZeroInt())
	require.NoError(t, err)
	return genesis
}

// Bonds is n FLOCK bonded per validator, for SetupValidators.
func Bonds(flock ...int64) []sdkmath.Int {
	out := make([]sdkmath.Int, len(flock))
	for i, n := range flock {
		out[i] = app.Flock(n)
	}
	return out
}

// Delegate bonds amount more aflock from delegator (who must hold it) to validator val, in
// ctx: its bonded tokens and the bonded total grow at once; CometBFT hears of it at EndBlock.
func (f *Fixture) Delegate(t testing.TB, ctx sdk.Context, delegator sdk.AccAddress, val sdk.ValAddress, amount sdkmath.Int) {
	t.Helper()
	v, err := f.App.StakingKeeper.GetValidator(ctx, val)
	require.NoError(t, err)
	_, err = f.App.StakingKeeper.Delegate(ctx, delegator, amount, stakingtypes.Unbonded, v, true)
	require.NoError(t, err)
}

// Undelegate starts unbonding shares worth amount aflock of delegator's delegation to val.
func (f *Fixture) Undelegate(t testing.TB, ctx sdk.Context, delegator sdk.AccAddress, val sdk.ValAddress, amount sdkmath.Int) {
	t.Helper()
	shares, err := f.App.StakingKeeper.ValidateUnbondAmount(ctx, delegator, val, amount)
	require.NoError(t, err)
	_, _, err = f.App.StakingKeeper.Undelegate(ctx, delegator, val, shares)
	require.NoError(t, err)
}
