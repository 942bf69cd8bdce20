// Package keeper holds the state and state transitions of x/arena. Its public methods are
// the module's API (task.go, participant.go, scores.go, settle.go, abci.go); the msg server
// only checks messages, converts addresses and calls them, and other modules call them too.
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

	"github.com/flockchain/flock/x/arena/types"
)

// Keeper of x/arena. The module account holds exactly what CheckBalance sums: the stakes,
// bonuses and emission of live and settling tasks, the self stakes of their participants,
// and every delegation not yet withdrawn.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	authority    sdk.AccAddress
	denom        string
	auth         types.AccountKeeper
	bank         types.BankKeeper
	rewards      types.RewardsKeeper

	Schema     collections.Schema
	Params     collections.Item[types.Params]
	NextTaskID collections.Sequence
	// Tasks is indexed by status, so no write can skip the index.
	Tasks *collections.IndexedMap[uint64, types.Task, TaskIndexes]
	// Deadlines holds the next deadline of each open or validating task: open_deadline while
	// open, reveal_end during validation. EndBlock walks it in time order.
	Deadlines      collections.KeySet[collections.Pair[time.Time, uint64]]
	Participants   collections.Map[collections.Pair[uint64, sdk.AccAddress], types.Participant]
	Delegations    collections.Map[collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], math.Int]
	Submissions    collections.Map[collections.Pair[uint64, sdk.AccAddress], types.Submission]
	SubmissionByID collections.Map[collections.Pair[uint64, uint64], string]
	// ModelHashes maps (task id, revealed model hash) to the submission that counts for it:
	// of the submissions that revealed the hash, the one with the earliest commitment.
	// Derived from Submissions (rebuilt at InitGenesis).
	ModelHashes collections.Map[collections.Pair[uint64, []byte], uint64]
	Assignments collections.KeySet[collections.Triple[uint64, sdk.AccAddress, uint64]]
	Commitments collections.Map[collections.Pair[uint64, sdk.AccAddress], []byte]
	Revealed    collections.KeySet[collections.Pair[uint64, sdk.AccAddress]]
	Scores      collections.Map[collections.Triple[uint64, uint64, sdk.AccAddress], math.LegacyDec]
	// Settlements, Tallies and Ranking hold a settling task's progress between blocks.
	Settlements       collections.Map[uint64, types.Settlement]
	Tallies           collections.Map[collections.Pair[uint64, sdk.AccAddress], types.ValidatorTally]
	Ranking           collections.Map[collections.Pair[uint64, []byte], types.RankedSubmission]
	SubmissionResults collections.Map[collections.Pair[uint64, uint64], types.SubmissionResult]
	// Expired holds the ended tasks past their retention, whose records EndBlock prunes.
	Expired            collections.KeySet[uint64]
	ParticipantResults collections.Map[collections.Pair[uint64, sdk.AccAddress], types.ParticipantResult]
}

// TaskIndexes are the secondary indexes of Tasks.
type TaskIndexes struct {
	// Status maps (status, task id): the tasks in one status, in id order.
	Status *indexes.Multi[int32, uint64, types.Task]
}

// IndexesList lists the indexes for the IndexedMap.
func (i TaskIndexes) IndexesList() []collections.Index[uint64, types.Task] {
	return []collections.Index[uint64, types.Task]{i.Status}
}

// NewKeeper builds the keeper; denom is the only denom it escrows (aflock).
func NewKeeper(cdc codec.BinaryCodec, storeService storetypes.KVStoreService, addressCodec address.Codec,
	auth types.AccountKeeper, bank types.BankKeeper, rewards types.RewardsKeeper, authority, denom string,
) Keeper {
	authBytes, err := addressCodec.StringToBytes(authority)
	if err != nil {
		panic(fmt.Sprintf("x/arena: invalid authority address %q: %v", authority, err))
	}
	if auth.GetModuleAddress(types.ModuleName) == nil {
		panic("x/arena: the arena module account is not configured in x/auth")
	}
	sb := collections.NewSchemaBuilder(storeService)
	addr := sdk.AccAddressKey
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, authority: authBytes, denom: denom, auth: auth, bank: bank, rewards: rewards,
		Params:     collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		NextTaskID: collections.NewSequence(sb, types.NextTaskIDKey, "next_task_id"),
		Tasks: collections.NewIndexedMap(sb, types.TasksKey, "tasks", collections.Uint64Key, codec.CollValue[types.Task](cdc), TaskIndexes{
			Status: indexes.NewMulti(sb, types.TasksByStatusKey, "tasks_by_status", collections.Int32Key, collections.Uint64Key,
				func(_ uint64, t types.Task) (int32, error) { return int32(t.Status), nil }),
		}),
		Deadlines:          collections.NewKeySet(sb, types.DeadlinesKey, "deadlines", collections.PairKeyCodec(sdk.TimeKey, collections.Uint64Key)),
		Participants:       collections.NewMap(sb, types.ParticipantsKey, "participants", collections.PairKeyCodec(collections.Uint64Key, addr), codec.CollValue[types.Participant](cdc)),
		Delegations:        collections.NewMap(sb, types.DelegationsKey, "delegations", collections.TripleKeyCodec(collections.Uint64Key, addr, addr), sdk.IntValue),
		Submissions:        collections.NewMap(sb, types.SubmissionsKey, "submissions", collections.PairKeyCodec(collections.Uint64Key, addr), codec.CollValue[types.Submission](cdc)),
		SubmissionByID:     collections.NewMap(sb, types.SubmissionByIDKey, "submission_by_id", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), collections.StringValue),
		ModelHashes:        collections.NewMap(sb, types.ModelHashesKey, "model_hashes", collections.PairKeyCodec(collections.Uint64Key, collections.BytesKey), collections.Uint64Value),
		Assignments:        collections.NewKeySet(sb, types.AssignmentsKey, "assignments", collections.TripleKeyCodec(collections.Uint64Key, addr, collections.Uint64Key)),
		Commitments:        collections.NewMap(sb, types.CommitmentsKey, "commitments", collections.PairKeyCodec(collections.Uint64Key, addr), collections.BytesValue),
		Revealed:           collections.NewKeySet(sb, types.RevealedKey, "revealed", collections.PairKeyCodec(collections.Uint64Key, addr)),
		Scores:             collections.NewMap(sb, types.ScoresKey, "scores", collections.TripleKeyCodec(collections.Uint64Key, collections.Uint64Key, addr), sdk.LegacyDecValue),
		Settlements:        collections.NewMap(sb, types.SettlementsKey, "settlements", collections.Uint64Key, codec.CollValue[types.Settlement](cdc)),
		Tallies:            collections.NewMap(sb, types.TalliesKey, "tallies", collections.PairKeyCodec(collections.Uint64Key, addr), codec.CollValue[types.ValidatorTally](cdc)),
		Ranking:            collections.NewMap(sb, types.RankingKey, "ranking", collections.PairKeyCodec(collections.Uint64Key, collections.BytesKey), codec.CollValue[types.RankedSubmission](cdc)),
		SubmissionResults:  collections.NewMap(sb, types.SubmissionResultsKey, "submission_results", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), codec.CollValue[types.SubmissionResult](cdc)),
		Expired:            collections.NewKeySet(sb, types.ExpiredKey, "expired", collections.Uint64Key),
		ParticipantResults: collections.NewMap(sb, types.ParticipantResultKey, "participant_results", collections.PairKeyCodec(collections.Uint64Key, addr), codec.CollValue[types.ParticipantResult](cdc)),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority is the address allowed to change params.
func (k Keeper) Authority() string {
	s, err := k.addressCodec.BytesToString(k.authority)
	if err != nil {
		panic(err) // checked in NewKeeper
	}
	return s
}

func (k Keeper) coins(a math.Int) sdk.Coins { return sdk.NewCoins(sdk.NewCoin(k.denom, a)) }

func (k Keeper) logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

func events(ctx context.Context) sdk.EventManagerI { return sdk.UnwrapSDKContext(ctx).EventManager() }

func blockTime(ctx context.Context) time.Time { return sdk.UnwrapSDKContext(ctx).BlockTime() }

// GetTask loads a task: ErrUnknownTask when there is none, any other store error as it is.
func (k Keeper) GetTask(ctx context.Context, id uint64) (types.Task, error) {
	t, err := k.Tasks.Get(ctx, id)
	if errors.Is(err, collections.ErrNotFound) {
		return t, types.ErrUnknownTask.Wrapf("task %d does not exist", id)
	}
	return t, err
}

// getParticipant loads a participant: ErrNotParticipant when there is none.
func (k Keeper) getParticipant(ctx context.Context, taskID uint64, who sdk.AccAddress) (types.Participant, error) {
	p, err := k.Participants.Get(ctx, collections.Join(taskID, who))
	if errors.Is(err, collections.ErrNotFound) {
		return p, types.ErrNotParticipant.Wrapf("%s has not joined task %d", k.str(who), taskID)
	}
	return p, err
}

// setStatus moves a task to a new status; the index follows. A task that ends (finalised
// or cancelled) records when, and is due for pruning params.retention later.
func (k Keeper) setStatus(ctx context.Context, t *types.Task, status types.TaskStatus) error {
	t.Status = status
	if status == types.TASK_STATUS_FINALIZED || status == types.TASK_STATUS_CANCELLED {
		params, err := k.Params.Get(ctx)
		if err != nil {
			return err
		}
		ended := blockTime(ctx)
		t.Ended = &ended
		if err := k.Deadlines.Set(ctx, collections.Join(ended.Add(params.Retention), t.Id)); err != nil {
			return err
		}
	}
	return k.Tasks.Set(ctx, t.Id, *t)
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

// Denom is the denom the module escrows.
func (k Keeper) Denom() string { return k.denom }

// checkCoin accepts an amount of the module's denom (positive, or non-negative).
func (k Keeper) checkCoin(field string, c sdk.Coin, positive bool) error {
	if c.Denom != k.denom {
		return types.ErrWrongDenom.Wrapf("%s %s: want %s", field, c, k.denom)
	}
	if c.Amount.IsNil() || c.Amount.IsNegative() || (positive && c.Amount.IsZero()) {
		return types.ErrInvalidAmount.Wrapf("%s %s must be positive", field, c)
	}
	return nil
}

func fmtTime(t *time.Time) string {
	if t == nil {
		return "(not opened)"
	}
	return t.Format(time.RFC3339)
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
