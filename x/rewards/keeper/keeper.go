// Package keeper holds the state and state transitions of x/rewards.
package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/address"
	storetypes "cosmossdk.io/core/store"
	"cosmossdk.io/log"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/rewards/types"
)

// Keeper of x/rewards. The module account holds exactly Pool + TotalClaimable + PendingTotal
// (CheckBalance).
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	authority    string
	denom        string
	auth         types.AccountKeeper
	bank         types.BankKeeper
	// sinks is shared by every copy of the keeper: sinks are registered after the keeper is
	// built (depinject invokes), like staking hooks.
	sinks *sinkRegistry
	// withdrawer is the bridge (nil: none), registered after the keeper is built like sinks.
	withdrawer *withdrawerHolder

	Schema         collections.Schema
	Params         collections.Item[types.Params]
	Pool           collections.Item[math.Int]
	Epoch          collections.Item[types.EpochState]
	Epochs         collections.Map[uint64, types.EpochRecord]
	Claimables     collections.Map[sdk.AccAddress, math.Int]
	TotalClaimable collections.Item[math.Int]
	PendingCredits collections.Map[uint64, types.PendingCredit]
	PendingSeq     collections.Sequence
	PendingTotal   collections.Item[math.Int]
}

// NamedSink is an emission sink and the module whose account receives its credits.
type NamedSink struct {
	Module string
	Sink   types.EmissionSink
}

type sinkRegistry struct{ sinks []NamedSink }

type withdrawerHolder struct{ w types.Withdrawer }

// NewKeeper builds the keeper. denom is the only denom the pool holds (aflock).
func NewKeeper(
	cdc codec.BinaryCodec,
	storeService storetypes.KVStoreService,
	addressCodec address.Codec,
	auth types.AccountKeeper,
	bank types.BankKeeper,
	authority string,
	denom string,
) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Sprintf("x/rewards: invalid authority address %q: %v", authority, err))
	}
	if auth.GetModuleAddress(types.ModuleName) == nil {
		panic("x/rewards: the rewards module account is not configured in x/auth")
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc:            cdc,
		addressCodec:   addressCodec,
		authority:      authority,
		denom:          denom,
		auth:           auth,
		bank:           bank,
		sinks:          &sinkRegistry{},
		withdrawer:     &withdrawerHolder{},
		Params:         collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		Pool:           collections.NewItem(sb, types.PoolKey, "pool", sdk.IntValue),
		Epoch:          collections.NewItem(sb, types.EpochStateKey, "epoch", codec.CollValue[types.EpochState](cdc)),
		Epochs:         collections.NewMap(sb, types.EpochRecordsKey, "epochs", collections.Uint64Key, codec.CollValue[types.EpochRecord](cdc)),
		Claimables:     collections.NewMap(sb, types.ClaimablesKey, "claimables", sdk.AccAddressKey, sdk.IntValue),
		TotalClaimable: collections.NewItem(sb, types.TotalClaimableKey, "total_claimable", sdk.IntValue),
		PendingCredits: collections.NewMap(sb, types.PendingCreditsKey, "pending_credits", collections.Uint64Key, codec.CollValue[types.PendingCredit](cdc)),
		PendingSeq:     collections.NewSequence(sb, types.PendingSequenceKey, "pending_sequence"),
		PendingTotal:   collections.NewItem(sb, types.PendingTotalKey, "pending_total", sdk.IntValue),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority is the address allowed to change params.
func (k Keeper) Authority() string { return k.authority }

// Denom is the denom of the pool and of every amount the module handles.
func (k Keeper) Denom() string { return k.denom }

// SetEmissionSinks registers the sinks, in the order they are asked for items. It is called
// once, at app wiring.
func (k Keeper) SetEmissionSinks(sinks ...NamedSink) {
	k.sinks.sinks = append([]NamedSink(nil), sinks...)
}

// SetWithdrawer registers the bridge that claims to Base go through. It is called once, at app
// wiring, when the app runs x/bridge.
func (k Keeper) SetWithdrawer(w types.Withdrawer) { k.withdrawer.w = w }

// EmissionSinks returns the registered sinks in order.
func (k Keeper) EmissionSinks() []NamedSink { return k.sinks.sinks }

func (k Keeper) sink(module string) (types.EmissionSink, bool) {
	for _, s := range k.sinks.sinks {
		if s.Module == module {
			return s.Sink, true
		}
	}
	return nil, false
}

// getInt reads an Int item that reads as zero before it is first written.
func getInt(ctx context.Context, item collections.Item[math.Int]) (math.Int, error) {
	v, err := item.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) {
		return math.ZeroInt(), nil
	}
	return v, err
}

// addInt adds delta (which may be negative) to an Int item; the result must not go below zero.
func addInt(ctx context.Context, item collections.Item[math.Int], delta math.Int) error {
	v, err := getInt(ctx, item)
	if err != nil {
		return err
	}
	v = v.Add(delta)
	if v.IsNegative() {
		return fmt.Errorf("x/rewards: a balance record would become negative (%s)", v)
	}
	return item.Set(ctx, v)
}

func (k Keeper) coins(amount math.Int) sdk.Coins { return sdk.NewCoins(sdk.NewCoin(k.denom, amount)) }

func (k Keeper) logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}
