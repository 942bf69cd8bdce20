package simulation_test

import (
	"errors"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"

	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/arena/keeper"
	"github.com/flockchain/flock/x/arena/simulation"
	"github.com/flockchain/flock/x/arena/types"
)

// The operations of WeightedOperations, in its order. run checks each answer names the
// message listed here, so a reordering cannot make the test drive the wrong operation.
const (
	opCreate = iota
	opJoin
	opDelegate
	opCommitModel
	opRevealModel
	opOpen
	opCommit
	opReveal
	opCancel
	opUndelegate
	nOps
)

var opMsgs = [nOps]sdk.Msg{
	&types.MsgCreateTask{}, &types.MsgJoinTask{}, &types.MsgDelegate{}, &types.MsgCommitModel{},
	&types.MsgRevealModel{}, &types.MsgOpenValidation{}, &types.MsgCommitScores{}, &types.MsgRevealScores{},
	&types.MsgCancelTask{}, &types.MsgUndelegate{},
}

// driver runs the arena's simulation operations on a full in-memory app, one committed
// block at a time, and counts the transactions each one delivered.
type driver struct {
	t         *testing.T
	f         *apptest.Fixture
	k         keeper.Keeper
	r         *rand.Rand
	accs      []simtypes.Account
	ops       []simtypes.WeightedOperation
	delivered [nOps]int
}

func newDriver(t *testing.T, seed int64, accounts int) *driver {
	r := rand.New(rand.NewSource(seed))
	accs := simtypes.RandomAccounts(r, accounts)
	funds := make([]apptest.Balance, 0, len(accs))
	for _, a := range accs {
		// far above the default 3,000 FLOCK stakes, so no operation gives up for want of funds
		funds = append(funds, apptest.Fund(a.Address, 1_000_000))
	}
	f := apptest.Setup(t, funds...)
	ops := simulation.WeightedOperations(simtypes.AppParams{}, f.App.TxConfig(), f.App.ArenaKeeper, f.App.AccountKeeper, f.App.BankKeeper)
	require.Len(t, ops, nOps, "one operation per message")
	return &driver{t: t, f: f, k: f.App.ArenaKeeper, r: r, accs: accs, ops: ops}
}

// run calls operation op once and reports whether it delivered a transaction. A
// transaction the app refuses is an error of the operation, not a no-op.
func (d *driver) run(ctx sdk.Context, op int) bool {
	d.t.Helper()
	msg, _, err := d.ops[op].Op()(d.r, d.f.App.BaseApp, ctx, d.accs, apptest.ChainID)
	require.NoError(d.t, err, "%s: %s", msg.Name, msg.Comment)
	require.Equal(d.t, sdk.MsgTypeURL(opMsgs[op]), msg.Name, "operation %d", op)
	if msg.OK {
		d.delivered[op]++
	}
	return msg.OK
}

// drain runs op until it has nothing left to do, at most limit times, and returns how many
// transactions it delivered.
func (d *driver) drain(ctx sdk.Context, op, limit int) int {
	d.t.Helper()
	n := 0
	for n < limit && d.run(ctx, op) {
		n++
	}
	require.Less(d.t, n, limit, "%s never ran out of work", sdk.MsgTypeURL(opMsgs[op]))
	return n
}

// block commits the next block, dt after the last, with fn run during it, and checks that
// the arena and rewards accounts hold exactly what their records say on the committed state.
func (d *driver) block(dt time.Duration, fn func(ctx sdk.Context)) sdk.Context {
	d.t.Helper()
	ctx := d.f.SimulateBlock(d.t, dt, fn)
	require.NoError(d.t, d.k.CheckBalance(ctx), "arena escrow at height %d", ctx.BlockHeight())
	require.NoError(d.t, d.f.App.RewardsKeeper.CheckBalance(ctx), "rewards pool at height %d", ctx.BlockHeight())
	return ctx
}

// blockAt commits the next block at time at (a second later if at has passed).
func (d *driver) blockAt(at time.Time, fn func(ctx sdk.Context)) sdk.Context {
	d.t.Helper()
	return d.block(max(at.Sub(d.f.Context().BlockTime()), time.Second), fn)
}

func (d *driver) task(ctx sdk.Context, id uint64) types.Task {
	d.t.Helper()
	task, err := d.k.GetTask(ctx, id)
	require.NoError(d.t, err)
	return task
}

// scoring counts the task's validators that have assignments, that committed and that
// revealed.
func (d *driver) scoring(ctx sdk.Context, id uint64) (assigned, committed, revealed int) {
	d.t.Helper()
	err := d.k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id),
		func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			if p.Role != types.ROLE_VALIDATOR {
				return false, nil
			}
			iter, err := d.k.Assignments.Iterate(ctx, collections.NewSuperPrefixedTripleRange[uint64, sdk.AccAddress, uint64](id, key.K2()))
			if err != nil {
				return true, err
			}
			defer iter.Close()
			if iter.Valid() {
				assigned++
			}
			has, err := d.k.Commitments.Has(ctx, key)
			if has {
				committed++
			}
			done, err2 := d.k.Revealed.Has(ctx, key)
			if done {
				revealed++
			}
			return false, errors.Join(err, err2)
		})
	require.NoError(d.t, err)
	return assigned, committed, revealed
}
