// Package keeper holds the state and state transitions of x/arena.
package keeper

import (
	"context"
	"fmt"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/core/address"
	storetypes "cosmossdk.io/core/store"
	"cosmossdk.io/log"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/arena/types"
)

// Keeper of x/arena. The module account holds exactly what CheckBalance sums: the stakes,
// bonuses and emission of live tasks, the self stakes of their participants, and every
// delegation not yet withdrawn.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	authority    string
	denom        string
	auth         types.AccountKeeper
	bank         types.BankKeeper
	rewards      types.RewardsKeeper

	Schema        collections.Schema
	Params        collections.Item[types.Params]
	NextTaskID    collections.Sequence
	Tasks         collections.Map[uint64, types.Task]
	TasksByStatus collections.KeySet[collections.Pair[int32, uint64]]
	// Deadlines holds the next deadline of each live task: open_deadline while open,
	// reveal_end during validation. EndBlock walks it in time order.
	Deadlines          collections.KeySet[collections.Pair[time.Time, uint64]]
	Participants       collections.Map[collections.Pair[uint64, sdk.AccAddress], types.Participant]
	Delegations        collections.Map[collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], math.Int]
	Submissions        collections.Map[collections.Pair[uint64, sdk.AccAddress], types.Submission]
	SubmissionByID     collections.Map[collections.Pair[uint64, uint64], string]
	Assignments        collections.KeySet[collections.Triple[uint64, sdk.AccAddress, uint64]]
	Commitments        collections.Map[collections.Pair[uint64, sdk.AccAddress], []byte]
	Revealed           collections.KeySet[collections.Pair[uint64, sdk.AccAddress]]
	Scores             collections.Map[collections.Triple[uint64, uint64, sdk.AccAddress], math.LegacyDec]
	SubmissionResults  collections.Map[collections.Pair[uint64, uint64], types.SubmissionResult]
	ParticipantResults collections.Map[collections.Pair[uint64, sdk.AccAddress], types.ParticipantResult]
}

// NewKeeper builds the keeper; denom is the only denom it escrows (aflock).
func NewKeeper(cdc codec.BinaryCodec, storeService storetypes.KVStoreService, addressCodec address.Codec,
	auth types.AccountKeeper, bank types.BankKeeper, rewards types.RewardsKeeper, authority, denom string,
) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Sprintf("x/arena: invalid authority address %q: %v", authority, err))
	}
	if auth.GetModuleAddress(types.ModuleName) == nil {
		panic("x/arena: the arena module account is not configured in x/auth")
	}
	sb := collections.NewSchemaBuilder(storeService)
	addr := sdk.AccAddressKey
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, authority: authority, denom: denom, auth: auth, bank: bank, rewards: rewards,
		Params:             collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		NextTaskID:         collections.NewSequence(sb, types.NextTaskIDKey, "next_task_id"),
		Tasks:              collections.NewMap(sb, types.TasksKey, "tasks", collections.Uint64Key, codec.CollValue[types.Task](cdc)),
		TasksByStatus:      collections.NewKeySet(sb, types.TasksByStatusKey, "tasks_by_status", collections.PairKeyCodec(collections.Int32Key, collections.Uint64Key)),
		Deadlines:          collections.NewKeySet(sb, types.DeadlinesKey, "deadlines", collections.PairKeyCodec(sdk.TimeKey, collections.Uint64Key)),
		Participants:       collections.NewMap(sb, types.ParticipantsKey, "participants", collections.PairKeyCodec(collections.Uint64Key, addr), codec.CollValue[types.Participant](cdc)),
		Delegations:        collections.NewMap(sb, types.DelegationsKey, "delegations", collections.TripleKeyCodec(collections.Uint64Key, addr, addr), sdk.IntValue),
		Submissions:        collections.NewMap(sb, types.SubmissionsKey, "submissions", collections.PairKeyCodec(collections.Uint64Key, addr), codec.CollValue[types.Submission](cdc)),
		SubmissionByID:     collections.NewMap(sb, types.SubmissionByIDKey, "submission_by_id", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), collections.StringValue),
		Assignments:        collections.NewKeySet(sb, types.AssignmentsKey, "assignments", collections.TripleKeyCodec(collections.Uint64Key, addr, collections.Uint64Key)),
		Commitments:        collections.NewMap(sb, types.CommitmentsKey, "commitments", collections.PairKeyCodec(collections.Uint64Key, addr), collections.BytesValue),
		Revealed:           collections.NewKeySet(sb, types.RevealedKey, "revealed", collections.PairKeyCodec(collections.Uint64Key, addr)),
		Scores:             collections.NewMap(sb, types.ScoresKey, "scores", collections.TripleKeyCodec(collections.Uint64Key, collections.Uint64Key, addr), sdk.LegacyDecValue),
		SubmissionResults:  collections.NewMap(sb, types.SubmissionResultsKey, "submission_results", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), codec.CollValue[types.SubmissionResult](cdc)),
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
func (k Keeper) Authority() string { return k.authority }

func (k Keeper) coins(a math.Int) sdk.Coins { return sdk.NewCoins(sdk.NewCoin(k.denom, a)) }

func (k Keeper) logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

func events(ctx context.Context) sdk.EventManagerI { return sdk.UnwrapSDKContext(ctx).EventManager() }

// getTask loads a task or says it does not exist.
func (k Keeper) getTask(ctx context.Context, id uint64) (types.Task, error) {
	t, err := k.Tasks.Get(ctx, id)
	if err != nil {
		return t, types.ErrUnknownTask.Wrapf("task %d does not exist", id)
	}
	return t, nil
}

// setTask writes a task and moves its status index entry.
func (k Keeper) setTask(ctx context.Context, t types.Task, previous types.TaskStatus) error {
	if previous != types.TASK_STATUS_UNSPECIFIED && previous != t.Status {
		if err := k.TasksByStatus.Remove(ctx, collections.Join(int32(previous), t.Id)); err != nil {
			return err
		}
	}
	if err := k.TasksByStatus.Set(ctx, collections.Join(int32(t.Status), t.Id)); err != nil {
		return err
	}
	return k.Tasks.Set(ctx, t.Id, t)
}

// effectiveStake is s_self + ε·s_delegated, rounded down.
func effectiveStake(p types.Participant, eps math.LegacyDec) math.Int {
	return p.SelfStake.Add(eps.MulInt(p.Delegated).TruncateInt())
}

func (k Keeper) addr(field, s string) (sdk.AccAddress, error) {
	a, err := k.addressCodec.StringToBytes(s)
	if err != nil {
		return nil, types.ErrInvalidAddress.Wrapf("%s %q: %v", field, s, err)
	}
	return a, nil
}

// validateCoin accepts a non-negative (or positive) amount of the module's denom.
func (k Keeper) validateCoin(field string, c sdk.Coin, positive bool) error {
	if c.Denom != k.denom {
		return types.ErrWrongDenom.Wrapf("%s %s: want %s", field, c, k.denom)
	}
	if c.Amount.IsNil() || c.Amount.IsNegative() || (positive && c.Amount.IsZero()) {
		return types.ErrInvalidAmount.Wrapf("%s %s must be positive", field, c)
	}
	return nil
}
