package simulation

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"
	"github.com/cosmos/cosmos-sdk/x/simulation"

	"github.com/flockchain/flock/x/arena/keeper"
	"github.com/flockchain/flock/x/arena/types"
)

// AccountKeeper and BankKeeper are what the operations need to build and pay for txs.
type (
	AccountKeeper interface {
		GetAccount(ctx context.Context, addr sdk.AccAddress) sdk.AccountI
	}
	BankKeeper interface {
		SpendableCoins(ctx context.Context, addr sdk.AccAddress) sdk.Coins
	}
)

// Operation weights.
const (
	OpWeightCreateTask     = "op_weight_msg_create_task"
	OpWeightJoinTask       = "op_weight_msg_join_task"
	OpWeightDelegate       = "op_weight_msg_delegate"
	OpWeightCommitModel    = "op_weight_msg_commit_model"
	OpWeightRevealModel    = "op_weight_msg_reveal_model"
	OpWeightOpenValidation = "op_weight_msg_open_validation"
	OpWeightCommitScores   = "op_weight_msg_commit_scores"
	OpWeightRevealScores   = "op_weight_msg_reveal_scores"
	OpWeightCancelTask     = "op_weight_msg_cancel_task"
	OpWeightUndelegate     = "op_weight_msg_undelegate"
)

// SimSalt is the salt simulated validators commit with; their scores derive from the
// submission id, so a later reveal can rebuild the commitment.
const SimSalt = "73696d756c6174696f6e2d73616c7421"

type sim struct {
	txGen client.TxConfig
	k     keeper.Keeper
	ak    AccountKeeper
	bk    BankKeeper
}

// WeightedOperations returns one operation per message of x/arena.
func WeightedOperations(appParams simtypes.AppParams, txGen client.TxConfig, k keeper.Keeper, ak AccountKeeper, bk BankKeeper) simulation.WeightedOperations {
	s := sim{txGen, k, ak, bk}
	ops := []struct {
		key    string
		weight int
		op     simtypes.Operation
	}{
		{OpWeightCreateTask, 10, s.CreateTask}, {OpWeightJoinTask, 40, s.JoinTask}, {OpWeightDelegate, 15, s.Delegate},
		{OpWeightCommitModel, 30, s.CommitModel}, {OpWeightRevealModel, 30, s.RevealModel}, {OpWeightOpenValidation, 20, s.OpenValidation},
		{OpWeightCommitScores, 30, s.CommitScores}, {OpWeightRevealScores, 30, s.RevealScores},
		{OpWeightCancelTask, 5, s.CancelTask}, {OpWeightUndelegate, 10, s.Undelegate},
	}
	out := make(simulation.WeightedOperations, 0, len(ops))
	for _, o := range ops {
		w := o.weight
		appParams.GetOrGenerate(o.key, &w, nil, func(*rand.Rand) {})
		out = append(out, simulation.NewWeightedOperation(w, o.op))
	}
	return out
}

func (s sim) deliver(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, acc simtypes.Account, msg sdk.Msg, spent sdk.Coins) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	return simulation.GenAndDeliverTxWithRandFees(simulation.OperationInput{
		R: r, App: app, TxGen: s.txGen, Msg: msg, Context: ctx, SimAccount: acc,
		AccountKeeper: s.ak, Bankkeeper: s.bk, ModuleName: types.ModuleName, CoinsSpentInMsg: spent,
	})
}

func noop(msg sdk.Msg, why string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	return simtypes.NoOpMsg(types.ModuleName, sdk.MsgTypeURL(msg), why), nil, nil
}

func hash(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }

// tasksIn returns the ids of tasks with the given status, in id order.
func (s sim) tasksIn(ctx sdk.Context, st types.TaskStatus) []uint64 {
	var ids []uint64
	_ = s.k.Tasks.Indexes.Status.Walk(ctx, collections.NewPrefixedPairRange[int32, uint64](int32(st)), func(_ int32, id uint64) (bool, error) {
		ids = append(ids, id)
		return false, nil
	})
	return ids
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.Intn(len(xs))] }

func (s sim) account(accs []simtypes.Account, addr string) (simtypes.Account, bool) {
	for _, a := range accs {
		if a.Address.String() == addr {
			return a, true
		}
	}
	return simtypes.Account{}, false
}

func (s sim) CreateTask(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgCreateTask{}
	p, err := s.k.Params.Get(ctx)
	if err != nil {
		return noop(msg, err.Error())
	}
	acc, _ := simtypes.RandomAcc(r, accs)
	denom := s.k.Denom()
	if s.bk.SpendableCoins(ctx, acc.Address).AmountOf(denom).LT(p.MinTaskStake.MulRaw(2)) {
		return noop(msg, "creator cannot afford the task stake")
	}
	d := func() time.Duration {
		return p.MinPhaseDuration + time.Duration(r.Int63n(int64(p.MaxPhaseDuration-p.MinPhaseDuration)+1))
	}
	*msg = types.MsgCreateTask{Creator: acc.Address.String(), Title: "sim task", TrainDataUri: "sim://train",
		TrainDataHash: hash("train"), ValidationDataHash: hash("val"), Metric: "loss", LowerIsBetter: r.Intn(2) == 0,
		SubmissionDuration: d(), ValidationDuration: d(), RevealDuration: d(),
		Stake: sdk.NewCoin(denom, p.MinTaskStake), RewardBonus: sdk.NewCoin(denom, math.NewInt(int64(r.Intn(1000))))}
	return s.deliver(r, app, ctx, acc, msg, sdk.NewCoins(msg.Stake.Add(msg.RewardBonus)))
}

func (s sim) JoinTask(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgJoinTask{}
	open := s.openTasks(ctx)
	if len(open) == 0 {
		return noop(msg, "no task open for joining")
	}
	p, _ := s.k.Params.Get(ctx)
	t := pick(r, open)
	acc, _ := simtypes.RandomAcc(r, accs)
	if _, err := s.k.Participants.Get(ctx, collections.Join(t.Id, acc.Address)); err == nil || acc.Address.String() == t.Creator {
		return noop(msg, "account already in the task")
	}
	role, min := types.ROLE_TRAINER, p.MinTrainerStake
	if r.Intn(2) == 0 {
		role, min = types.ROLE_VALIDATOR, p.MinValidatorStake
	}
	if s.bk.SpendableCoins(ctx, acc.Address).AmountOf(s.k.Denom()).LT(min.MulRaw(2)) {
		return noop(msg, "cannot afford the stake")
	}
	*msg = types.MsgJoinTask{Participant: acc.Address.String(), TaskId: t.Id, Role: role, Stake: sdk.NewCoin(s.k.Denom(), min), Sigma: p.MaxSigma}
	return s.deliver(r, app, ctx, acc, msg, sdk.NewCoins(msg.Stake))
}

// openTasks lists tasks still taking joins, delegations and submissions.
func (s sim) openTasks(ctx sdk.Context) []types.Task {
	var out []types.Task
	for _, id := range s.tasksIn(ctx, types.TASK_STATUS_OPEN) {
		if t, err := s.k.Tasks.Get(ctx, id); err == nil && ctx.BlockTime().Before(t.SubmissionEnd) {
			out = append(out, t)
		}
	}
	return out
}

func (s sim) participants(ctx sdk.Context, id uint64, role types.Role) []types.Participant {
	var out []types.Participant
	_ = s.k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id), func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
		if p.Role == role {
			out = append(out, p)
		}
		return false, nil
	})
	return out
}

func (s sim) Delegate(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgDelegate{}
	open := s.openTasks(ctx)
	if len(open) == 0 {
		return noop(msg, "no open task")
	}
	t := pick(r, open)
	ps := append(s.participants(ctx, t.Id, types.ROLE_TRAINER), s.participants(ctx, t.Id, types.ROLE_VALIDATOR)...)
	if len(ps) == 0 {
		return noop(msg, "nobody to delegate to")
	}
	params, err := s.k.Params.Get(ctx)
	if err != nil {
		return noop(msg, err.Error())
	}
	acc, _ := simtypes.RandomAcc(r, accs)
	amount := params.MinDelegation.Add(math.NewInt(int64(r.Intn(999))))
	spendable := s.bk.SpendableCoins(ctx, acc.Address).AmountOf(s.k.Denom())
	if spendable.LT(amount.MulRaw(2)) {
		return noop(msg, "delegator has too little")
	}
	target := pick(r, ps)
	if target.Delegators >= params.MaxDelegatorsPerParticipant {
		return noop(msg, "participant holds the most delegations allowed")
	}
	*msg = types.MsgDelegate{Delegator: acc.Address.String(), TaskId: t.Id, Participant: target.Address,
		Amount: sdk.NewCoin(s.k.Denom(), amount)}
	return s.deliver(r, app, ctx, acc, msg, sdk.NewCoins(msg.Amount))
}

// simModel is the model a simulated trainer commits to and reveals: derived from the task and
// the trainer, so a later reveal can rebuild the commitment with SimSalt.
func simModel(task uint64, trainer string) []byte {
	h := sha256.Sum256([]byte(fmt.Sprintf("sim model %d %s", task, trainer)))
	return h[:]
}

func (s sim) CommitModel(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgCommitModel{}
	open := s.openTasks(ctx)
	if len(open) == 0 {
		return noop(msg, "no open task")
	}
	t := pick(r, open)
	var waiting []types.Participant // trainers with no commitment yet: a replacement would change nothing
	for _, tr := range s.participants(ctx, t.Id, types.ROLE_TRAINER) {
		a, err := sdk.AccAddressFromBech32(tr.Address)
		if err != nil {
			return noop(msg, err.Error())
		}
		if has, err := s.k.Submissions.Has(ctx, collections.Join(t.Id, a)); err == nil && !has {
			waiting = append(waiting, tr)
		}
	}
	if len(waiting) == 0 {
		return noop(msg, "every trainer has committed")
	}
	tr := pick(r, waiting)
	acc, ok := s.account(accs, tr.Address)
	if !ok {
		return noop(msg, "trainer is not a simulated account")
	}
	salt, _ := hex.DecodeString(SimSalt)
	*msg = types.MsgCommitModel{Trainer: tr.Address, TaskId: t.Id,
		Commitment: hex.EncodeToString(types.ModelCommitment(t.Id, tr.Address, simModel(t.Id, tr.Address), salt))}
	params, err := s.k.Params.Get(ctx)
	if err != nil {
		return noop(msg, err.Error())
	}
	return s.deliver(r, app, ctx, acc, msg, sdk.NewCoins(sdk.NewCoin(s.k.Denom(), params.SubmissionFee)))
}

func (s sim) RevealModel(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgRevealModel{}
	for _, id := range s.tasksIn(ctx, types.TASK_STATUS_OPEN) {
		t, err := s.k.Tasks.Get(ctx, id)
		if err != nil || ctx.BlockTime().Before(t.SubmissionEnd) || !ctx.BlockTime().Before(t.ModelRevealEnd) {
			continue
		}
		var sub *types.Submission
		_ = s.k.Submissions.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id), func(_ collections.Pair[uint64, sdk.AccAddress], v types.Submission) (bool, error) {
			if v.ModelHash == "" {
				sub = &v
			}
			return sub != nil, nil
		})
		if sub == nil {
			continue
		}
		acc, ok := s.account(accs, sub.Trainer)
		if !ok {
			continue
		}
		*msg = types.MsgRevealModel{Trainer: sub.Trainer, TaskId: id, ModelUri: "sim://model",
			ModelHash: hex.EncodeToString(simModel(id, sub.Trainer)), Salt: SimSalt}
		return s.deliver(r, app, ctx, acc, msg, nil)
	}
	return noop(msg, "no model waiting for its reveal")
}

func (s sim) OpenValidation(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgOpenValidation{}
	for _, id := range s.tasksIn(ctx, types.TASK_STATUS_OPEN) {
		t, err := s.k.Tasks.Get(ctx, id)
		if err != nil || ctx.BlockTime().Before(t.ModelRevealEnd) || !ctx.BlockTime().Before(t.OpenDeadline) {
			continue
		}
		acc, ok := s.account(accs, t.Creator)
		if !ok {
			continue
		}
		*msg = types.MsgOpenValidation{Creator: t.Creator, TaskId: id, ValidationDataUri: "sim://validation"}
		return s.deliver(r, app, ctx, acc, msg, nil)
	}
	return noop(msg, "no task waiting for validation")
}

// simScores are the scores a simulated validator gives: derived from the submission ids.
func simScores(ids []uint64) []types.ScoreEntry {
	out := make([]types.ScoreEntry, len(ids))
	for i, id := range ids {
		out[i] = types.ScoreEntry{SubmissionId: id, Score: fmt.Sprintf("0.%d", id%1000)}
	}
	return out
}

func (s sim) assigned(ctx sdk.Context, task uint64, val sdk.AccAddress) []uint64 {
	var ids []uint64
	_ = s.k.Assignments.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, sdk.AccAddress, uint64](task, val), func(key collections.Triple[uint64, sdk.AccAddress, uint64]) (bool, error) {
		ids = append(ids, key.K3())
		return false, nil
	})
	return ids
}

func (s sim) CommitScores(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgCommitScores{}
	for _, id := range s.tasksIn(ctx, types.TASK_STATUS_VALIDATION) {
		t, err := s.k.Tasks.Get(ctx, id)
		if err != nil || !ctx.BlockTime().Before(*t.ValidationEnd) {
			continue
		}
		for _, v := range s.participants(ctx, id, types.ROLE_VALIDATOR) {
			acc, ok := s.account(accs, v.Address)
			if !ok {
				continue
			}
			// a second commitment would only replace the first, and the operation would
			// pick the same validator every time: the others would never commit
			if has, _ := s.k.Commitments.Has(ctx, collections.Join(id, acc.Address)); has {
				continue
			}
			assigned := s.assigned(ctx, id, acc.Address)
			if len(assigned) == 0 {
				continue // a reveal names at least one score: nothing to commit to
			}
			parsed, err := types.ParseScores(simScores(assigned), 18)
			if err != nil {
				return noop(msg, err.Error())
			}
			salt, _ := hex.DecodeString(SimSalt)
			*msg = types.MsgCommitScores{Validator: v.Address, TaskId: id, Commitment: hex.EncodeToString(types.Commitment(id, v.Address, salt, parsed))}
			return s.deliver(r, app, ctx, acc, msg, nil)
		}
	}
	return noop(msg, "no validator in a commit phase")
}

func (s sim) RevealScores(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgRevealScores{}
	for _, id := range s.tasksIn(ctx, types.TASK_STATUS_VALIDATION) {
		t, err := s.k.Tasks.Get(ctx, id)
		if err != nil || ctx.BlockTime().Before(*t.ValidationEnd) || !ctx.BlockTime().Before(*t.RevealEnd) {
			continue
		}
		for _, v := range s.participants(ctx, id, types.ROLE_VALIDATOR) {
			acc, ok := s.account(accs, v.Address)
			if !ok {
				continue
			}
			if has, _ := s.k.Commitments.Has(ctx, collections.Join(id, acc.Address)); !has {
				continue
			}
			if done, _ := s.k.Revealed.Has(ctx, collections.Join(id, acc.Address)); done {
				continue
			}
			*msg = types.MsgRevealScores{Validator: v.Address, TaskId: id, Salt: SimSalt, Scores: simScores(s.assigned(ctx, id, acc.Address))}
			return s.deliver(r, app, ctx, acc, msg, nil)
		}
	}
	return noop(msg, "no validator in a reveal phase")
}

func (s sim) CancelTask(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgCancelTask{}
	for _, t := range s.openTasks(ctx) {
		if t.Trainers+t.Validators > 0 {
			continue
		}
		acc, ok := s.account(accs, t.Creator)
		if !ok {
			continue
		}
		*msg = types.MsgCancelTask{Creator: t.Creator, TaskId: t.Id}
		return s.deliver(r, app, ctx, acc, msg, nil)
	}
	return noop(msg, "no task nobody joined")
}

func (s sim) Undelegate(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgUndelegate{}
	var found bool
	var acc simtypes.Account
	_ = s.k.Delegations.Walk(ctx, nil, func(key collections.Triple[uint64, sdk.AccAddress, sdk.AccAddress], _ math.Int) (bool, error) {
		t, err := s.k.Tasks.Get(ctx, key.K1())
		if err != nil || (t.Status != types.TASK_STATUS_FINALIZED && t.Status != types.TASK_STATUS_CANCELLED) {
			return false, nil
		}
		a, ok := s.account(accs, key.K3().String())
		if !ok {
			return false, nil
		}
		acc, found = a, true
		*msg = types.MsgUndelegate{Delegator: key.K3().String(), TaskId: key.K1(), Participant: key.K2().String()}
		return true, nil
	})
	if !found {
		return noop(msg, "no withdrawable delegation")
	}
	return s.deliver(r, app, ctx, acc, msg, nil)
}
