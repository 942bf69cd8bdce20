// Package keeper holds the state and state transitions of x/alliance. Its public methods
// are the module's API (alliance.go, update.go, vote.go, report.go, settle.go, abci.go);
// the msg server only checks messages, converts addresses and calls them.
package keeper

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/collections/indexes"
	"cosmossdk.io/core/address"
	storetypes "cosmossdk.io/core/store"
	"cosmossdk.io/log"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// Keeper of x/alliance. The module account holds exactly what CheckBalance sums: each
// alliance's reward pool and the stakes its participants still have escrowed.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	authority    sdk.AccAddress
	denom        string
	auth         types.AccountKeeper
	bank         types.BankKeeper
	rewards      types.RewardsKeeper

	Schema         collections.Schema
	Params         collections.Item[types.Params]
	NextAllianceID collections.Sequence
	Alliances      *collections.IndexedMap[uint64, types.Alliance, AllianceIndexes]
	// Deadlines holds each live alliance's next due time: its start time while pending,
	// the end of its phase while running, the block a settlement resumes in. EndBlock walks
	// it in time order.
	Deadlines    collections.KeySet[collections.Pair[time.Time, uint64]]
	Participants *collections.IndexedMap[collections.Pair[uint64, sdk.AccAddress], types.Participant, ParticipantIndexes]
	Rounds       collections.Map[collections.Pair[uint64, uint32], types.Round]
	Updates      *collections.IndexedMap[collections.Triple[uint64, uint32, sdk.AccAddress], types.Update, UpdateIndexes]
	Votes        collections.Map[collections.Triple[uint64, uint32, sdk.AccAddress], types.Vote]
	// ModelReports sums the stake behind each hash reported for a round's base model
	// (round rounds+1: the final model, reported at closing); Reporters marks who reported.
	ModelReports collections.Map[collections.Triple[uint64, uint32, []byte], math.Int]
	Reporters    collections.KeySet[collections.Triple[uint64, uint32, sdk.AccAddress]]
	Settlements  collections.Map[uint64, types.Settlement]
	// Ended holds (end time, alliance id) of the ended alliances whose records are not
	// pruned yet; EndBlock prunes them in time order after params.record_retention.
	// Derived from the alliances at InitGenesis.
	Ended collections.KeySet[collections.Pair[time.Time, uint64]]
}

// AllianceIndexes are the secondary indexes of Alliances.
type AllianceIndexes struct {
	// Status maps (status, alliance id): the alliances in one status, in id order.
	Status *indexes.Multi[int32, uint64, types.Alliance]
}

// IndexesList lists the indexes for the IndexedMap.
func (i AllianceIndexes) IndexesList() []collections.Index[uint64, types.Alliance] {
	return []collections.Index[uint64, types.Alliance]{i.Status}
}

// ParticipantIndexes are the secondary indexes of Participants.
type ParticipantIndexes struct {
	// Index maps (alliance id, participant index) to the participant: a leave moves the
	// last participant into the leaver's number.
	Index *indexes.Unique[collections.Pair[uint64, uint32], collections.Pair[uint64, sdk.AccAddress], types.Participant]
}

// IndexesList lists the indexes for the IndexedMap.
func (i ParticipantIndexes) IndexesList() []collections.Index[collections.Pair[uint64, sdk.AccAddress], types.Participant] {
	return []collections.Index[collections.Pair[uint64, sdk.AccAddress], types.Participant]{i.Index}
}

// UpdateIndexes are the secondary indexes of Updates.
type UpdateIndexes struct {
	// Hash maps (alliance id, round, revealed update hash): a hash revealed twice in a round
	// is refused. Unrevealed updates index the empty hash.
	Hash *indexes.Multi[collections.Triple[uint64, uint32, []byte], collections.Triple[uint64, uint32, sdk.AccAddress], types.Update]
}

// IndexesList lists the indexes for the IndexedMap.
func (i UpdateIndexes) IndexesList() []collections.Index[collections.Triple[uint64, uint32, sdk.AccAddress], types.Update] {
	return []collections.Index[collections.Triple[uint64, uint32, sdk.AccAddress], types.Update]{i.Hash}
}

// NewKeeper builds the keeper; denom is the only denom it escrows (aflock).
func NewKeeper(cdc codec.BinaryCodec, storeService storetypes.KVStoreService, addressCodec address.Codec,
	auth types.AccountKeeper, bank types.BankKeeper, rewards types.RewardsKeeper, authority, denom string,
) Keeper {
	authBytes, err := addressCodec.StringToBytes(authority)
	if err != nil {
		panic(fmt.Sprintf("x/alliance: invalid authority address %q: %v", authority, err))
	}
	if auth.GetModuleAddress(types.ModuleName) == nil {
		panic("x/alliance: the alliance module account is not configured in x/auth")
	}
	sb := collections.NewSchemaBuilder(storeService)
	addr := sdk.AccAddressKey
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, authority: authBytes, denom: denom, auth: auth, bank: bank, rewards: rewards,
		Params:         collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		NextAllianceID: collections.NewSequence(sb, types.NextAllianceIDKey, "next_alliance_id"),
		Alliances: collections.NewIndexedMap(sb, types.AlliancesKey, "alliances", collections.Uint64Key, codec.CollValue[types.Alliance](cdc), AllianceIndexes{
			Status: indexes.NewMulti(sb, types.AlliancesByStatusKey, "alliances_by_status", collections.Int32Key, collections.Uint64Key,
				func(_ uint64, a types.Alliance) (int32, error) { return int32(a.Status), nil }),
		}),
		Deadlines: collections.NewKeySet(sb, types.DeadlinesKey, "deadlines", collections.PairKeyCodec(sdk.TimeKey, collections.Uint64Key)),
		Participants: collections.NewIndexedMap(sb, types.ParticipantsKey, "participants", collections.PairKeyCodec(collections.Uint64Key, addr), codec.CollValue[types.Participant](cdc), ParticipantIndexes{
			Index: indexes.NewUnique(sb, types.ParticipantByIndexKey, "participant_by_index", collections.PairKeyCodec(collections.Uint64Key, collections.Uint32Key), collections.PairKeyCodec(collections.Uint64Key, addr),
				func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (collections.Pair[uint64, uint32], error) {
					return collections.Join(p.AllianceId, p.Index), nil
				}),
		}),
		Rounds: collections.NewMap(sb, types.RoundsKey, "rounds", collections.PairKeyCodec(collections.Uint64Key, collections.Uint32Key), codec.CollValue[types.Round](cdc)),
		Updates: collections.NewIndexedMap(sb, types.UpdatesKey, "updates", collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, addr), codec.CollValue[types.Update](cdc), UpdateIndexes{
			Hash: indexes.NewMulti(sb, types.UpdateHashesKey, "updates_by_hash", collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, collections.BytesKey), collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, addr),
				func(_ collections.Triple[uint64, uint32, sdk.AccAddress], u types.Update) (collections.Triple[uint64, uint32, []byte], error) {
					h, err := hashBytes(u.UpdateHash)
					return collections.Join3(u.AllianceId, u.Round, h), err
				}),
		}),
		Votes:        collections.NewMap(sb, types.VotesKey, "votes", collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, addr), codec.CollValue[types.Vote](cdc)),
		ModelReports: collections.NewMap(sb, types.ModelReportsKey, "model_reports", collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, collections.BytesKey), sdk.IntValue),
		Reporters:    collections.NewKeySet(sb, types.ReportersKey, "reporters", collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, addr)),
		Settlements:  collections.NewMap(sb, types.SettlementsKey, "settlements", collections.Uint64Key, codec.CollValue[types.Settlement](cdc)),
		Ended:        collections.NewKeySet(sb, types.EndedKey, "ended", collections.PairKeyCodec(sdk.TimeKey, collections.Uint64Key)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// hashBytes decodes a stored hash (lower-case hex, or empty before a reveal).
func hashBytes(s string) ([]byte, error) {
	if s == "" {
		return []byte{}, nil
	}
	return types.DecodeHash("hash", s)
}

// Authority is the address allowed to change params.
func (k Keeper) Authority() string {
	s, err := k.addressCodec.BytesToString(k.authority)
	if err != nil {
		panic(err) // checked in NewKeeper
	}
	return s
}

// Denom is the denom the module escrows.
func (k Keeper) Denom() string { return k.denom }

func (k Keeper) coins(a math.Int) sdk.Coins { return sdk.NewCoins(sdk.NewCoin(k.denom, a)) }

func (k Keeper) logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

func events(ctx context.Context) sdk.EventManagerI { return sdk.UnwrapSDKContext(ctx).EventManager() }

func blockTime(ctx context.Context) time.Time { return sdk.UnwrapSDKContext(ctx).BlockTime() }

// GetAlliance loads an alliance: ErrUnknownAlliance when there is none, any other store
// error as it is.
func (k Keeper) GetAlliance(ctx context.Context, id uint64) (types.Alliance, error) {
	a, err := k.Alliances.Get(ctx, id)
	if errors.Is(err, collections.ErrNotFound) {
		return a, types.ErrUnknownAlliance.Wrapf("alliance %d does not exist", id)
	}
	return a, err
}

// GetParticipant loads a participant: ErrNotParticipant when there is none.
func (k Keeper) GetParticipant(ctx context.Context, id uint64, who sdk.AccAddress) (types.Participant, error) {
	p, err := k.Participants.Get(ctx, collections.Join(id, who))
	if errors.Is(err, collections.ErrNotFound) {
		return p, types.ErrNotParticipant.Wrapf("%s has not joined alliance %d", k.str(who), id)
	}
	return p, err
}

// GetRound loads a round: ErrUnknownRound when there is none.
func (k Keeper) GetRound(ctx context.Context, id uint64, round uint32) (types.Round, error) {
	r, err := k.Rounds.Get(ctx, collections.Join(id, round))
	if errors.Is(err, collections.ErrNotFound) {
		return r, types.ErrUnknownRound.Wrapf("alliance %d has no round %d", id, round)
	}
	return r, err
}

// str is the canonical (lower-case bech32) string of an address; the only form stored.
func (k Keeper) str(a sdk.AccAddress) string {
	s, err := k.addressCodec.BytesToString(a)
	if err != nil {
		return fmt.Sprintf("%X", []byte(a))
	}
	return s
}

// bytesOf decodes an address: one a message carried (its ValidateBasic has checked the
// spelling) or one the module stored (always canonical).
func (k Keeper) bytesOf(field, s string) (sdk.AccAddress, error) {
	a, err := k.addressCodec.StringToBytes(s)
	if err != nil {
		return nil, types.ErrInvalidAddress.Wrapf("%s %q: %v", field, s, err)
	}
	return a, nil
}

// send pays amount of the module's denom from escrow to an address; nothing for zero.
func (k Keeper) send(ctx context.Context, to sdk.AccAddress, amount math.Int) error {
	if !amount.IsPositive() {
		return nil
	}
	return k.bank.SendCoinsFromModuleToAccount(ctx, types.ModuleName, to, k.coins(amount))
}

// escrow takes amount of the module's denom from an address.
func (k Keeper) escrow(ctx context.Context, from sdk.AccAddress, amount math.Int) error {
	if !amount.IsPositive() {
		return nil
	}
	return k.bank.SendCoinsFromAccountToModule(ctx, from, types.ModuleName, k.coins(amount))
}

// checkCoin accepts a positive amount of the module's denom.
func (k Keeper) checkCoin(field string, c sdk.Coin) error {
	if c.Denom != k.denom {
		return types.ErrWrongDenom.Wrapf("%s %s: want %s", field, c, k.denom)
	}
	if c.Amount.IsNil() || !c.Amount.IsPositive() {
		return types.ErrInvalidAmount.Wrapf("%s %s must be positive", field, c)
	}
	return nil
}

// SetParams validates and stores new params (governance).
func (k Keeper) SetParams(ctx context.Context, p types.Params) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, p); err != nil {
		return err
	}
	return events(ctx).EmitTypedEvent(&types.EventParamsUpdated{Authority: k.Authority()})
}

// reschedule moves an alliance's deadline from old (zero: none) to at.
func (k Keeper) reschedule(ctx context.Context, id uint64, old, at time.Time) error {
	if !old.IsZero() {
		if err := k.Deadlines.Remove(ctx, collections.Join(old, id)); err != nil {
			return err
		}
	}
	return k.Deadlines.Set(ctx, collections.Join(at, id))
}

// accrue adds the working stake (total_stake − idle_stake) × the seconds since stake_since to
// the emission window's integral of a running alliance; called before every change of
// total_stake or idle_stake and at each epoch boundary, so the integral is exact whatever
// the history.
func accrue(a *types.Alliance, now int64) {
	if a.Status == types.ALLIANCE_STATUS_RUNNING && now > a.StakeSince {
		a.EpochStakeSeconds = a.EpochStakeSeconds.Add(a.WorkingStake().MulRaw(now - a.StakeSince))
	}
	if now > a.StakeSince {
		a.StakeSince = now
	}
}

// setIdle marks a participant idle (judged absent: its stake stops counting as working
// stake) or working again, after accruing the working stake until now. The caller stores
// both records.
func setIdle(ctx context.Context, a *types.Alliance, p *types.Participant, idle bool) error {
	if p.Idle == idle {
		return nil
	}
	accrue(a, blockTime(ctx).Unix())
	if idle {
		a.IdleStake = a.IdleStake.Add(p.Stake)
	} else {
		a.IdleStake = a.IdleStake.Sub(p.Stake)
	}
	p.Idle = idle
	return events(ctx).EmitTypedEvent(&types.EventIdleChanged{AllianceId: a.Id, Participant: p.Address, Idle: idle, Stake: p.Stake, IdleStake: a.IdleStake})
}

// working marks a participant that just did its work (revealed an update or a vote,
// reported the final model) as working again, storing the alliance and the participant if
// it was idle.
func (k Keeper) working(ctx context.Context, a *types.Alliance, who sdk.AccAddress, p *types.Participant) error {
	if !p.Idle {
		return nil
	}
	if err := setIdle(ctx, a, p, false); err != nil {
		return err
	}
	if err := k.Participants.Set(ctx, collections.Join(a.Id, who), *p); err != nil {
		return err
	}
	return k.Alliances.Set(ctx, a.Id, *a)
}
