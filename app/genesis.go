package app

import (
	"encoding/json"
	"fmt"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	"github.com/cosmos/cosmos-sdk/x/bank"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/cosmos/cosmos-sdk/x/gov"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	"github.com/cosmos/cosmos-sdk/x/staking"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"
)

// Genesis defaults that differ from the SDK's. Everything else keeps the SDK default.
var (
	// DefaultMinCommissionRate keeps validators from racing commission to zero.
	DefaultMinCommissionRate = sdkmath.LegacyNewDecWithPrec(5, 2)
	// DefaultGovMinDeposit is the deposit that moves a proposal into voting.
	DefaultGovMinDeposit = Flock(1_000)
	// DefaultGovExpeditedMinDeposit is the deposit for an expedited proposal.
	DefaultGovExpeditedMinDeposit = Flock(5_000)
)

// FlockDenomMetadata is the bank metadata of aflock: one display unit, FLOCK, of 10^18 aflock.
func FlockDenomMetadata() banktypes.Metadata {
	return banktypes.Metadata{
		Description: "FLOCK, the FLock.io token, mirrored from Base through the Flock bridge",
		DenomUnits: []*banktypes.DenomUnit{
			{Denom: BondDenom, Exponent: 0, Aliases: []string{"attoflock"}},
			{Denom: DisplayDenom, Exponent: DisplayExponent, Aliases: []string{"FLOCK"}},
		},
		Base:    BondDenom,
		Display: DisplayDenom,
		Name:    "FLOCK",
		Symbol:  "FLOCK",
	}
}

// stakingBasic makes aflock the bond denom of every genesis the chain writes, and refuses a
// genesis that bonds anything else: every bonded token must be bridged FLOCK.
type stakingBasic struct{ staking.AppModuleBasic }

func (stakingBasic) DefaultGenesis(cdc codec.JSONCodec) json.RawMessage {
	gs := stakingtypes.DefaultGenesisState()
	gs.Params.BondDenom = BondDenom
	gs.Params.MinCommissionRate = DefaultMinCommissionRate
	return cdc.MustMarshalJSON(gs)
}

func (b stakingBasic) ValidateGenesis(cdc codec.JSONCodec, txCfg client.TxEncodingConfig, bz json.RawMessage) error {
	if err := b.AppModuleBasic.ValidateGenesis(cdc, txCfg, bz); err != nil {
		return err
	}
	var gs stakingtypes.GenesisState
	if err := cdc.UnmarshalJSON(bz, &gs); err != nil {
		return fmt.Errorf("failed to unmarshal %s genesis state: %w", stakingtypes.ModuleName, err)
	}
	if gs.Params.BondDenom != BondDenom {
		return fmt.Errorf("staking bond denom is %q, expected %q: validators bond bridged FLOCK only", gs.Params.BondDenom, BondDenom)
	}
	return nil
}

// govBasic sets proposal deposits in aflock and refuses deposits in any other denom.
type govBasic struct{ gov.AppModuleBasic }

func (govBasic) DefaultGenesis(cdc codec.JSONCodec) json.RawMessage {
	gs := govv1.DefaultGenesisState()
	gs.Params.MinDeposit = sdk.NewCoins(sdk.NewCoin(BondDenom, DefaultGovMinDeposit))
	gs.Params.ExpeditedMinDeposit = sdk.NewCoins(sdk.NewCoin(BondDenom, DefaultGovExpeditedMinDeposit))
	return cdc.MustMarshalJSON(gs)
}

func (b govBasic) ValidateGenesis(cdc codec.JSONCodec, txCfg client.TxEncodingConfig, bz json.RawMessage) error {
	if err := b.AppModuleBasic.ValidateGenesis(cdc, txCfg, bz); err != nil {
		return err
	}
	var gs govv1.GenesisState
	if err := cdc.UnmarshalJSON(bz, &gs); err != nil {
		return fmt.Errorf("failed to unmarshal gov genesis state: %w", err)
	}
	if gs.Params == nil {
		return nil // the SDK validation above already requires params
	}
	for _, deposits := range []sdk.Coins{gs.Params.MinDeposit, gs.Params.ExpeditedMinDeposit} {
		for _, c := range deposits {
			if c.Denom != BondDenom {
				return fmt.Errorf("gov deposit %s is in %q, expected %q", c, c.Denom, BondDenom)
			}
		}
	}
	return nil
}

// bankBasic adds the aflock denom metadata to the default genesis and checks it is right.
type bankBasic struct{ bank.AppModuleBasic }

func (bankBasic) DefaultGenesis(cdc codec.JSONCodec) json.RawMessage {
	gs := banktypes.DefaultGenesisState()
	gs.DenomMetadata = []banktypes.Metadata{FlockDenomMetadata()}
	return cdc.MustMarshalJSON(gs)
}

func (b bankBasic) ValidateGenesis(cdc codec.JSONCodec, txCfg client.TxEncodingConfig, bz json.RawMessage) error {
	if err := b.AppModuleBasic.ValidateGenesis(cdc, txCfg, bz); err != nil {
		return err
	}
	var gs banktypes.GenesisState
	if err := cdc.UnmarshalJSON(bz, &gs); err != nil {
		return fmt.Errorf("failed to unmarshal bank genesis state: %w", err)
	}
	for _, md := range gs.DenomMetadata {
		if md.Base != BondDenom {
			continue
		}
		want := FlockDenomMetadata()
		if md.Display != want.Display || len(md.DenomUnits) != len(want.DenomUnits) ||
			md.DenomUnits[1].Exponent != DisplayExponent {
			return fmt.Errorf("bank metadata of %s must display as %s with exponent %d, got display %q",
				BondDenom, DisplayDenom, DisplayExponent, md.Display)
		}
		return nil
	}
	return fmt.Errorf("bank genesis has no denom metadata for %s", BondDenom)
}

func genutilBasic() module.AppModuleBasic {
	return genutil.NewAppModuleBasic(genutiltypes.DefaultMessageValidator)
}
