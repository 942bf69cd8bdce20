package simulation

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/rand"
	"time"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"
	"github.com/cosmos/cosmos-sdk/x/simulation"

	"github.com/flockchain/flock/x/alliance/keeper"
	"github.com/flockchain/flock/x/alliance/types"
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
	OpWeightCreateAlliance = "op_weight_msg_create_alliance"
	OpWeightJoinAlliance   = "op_weight_msg_join_alliance"
	OpWeightLeaveAlliance  = "op_weight_msg_leave_alliance"
	OpWeightCommitUpdate   = "op_weight_msg_commit_update"
	OpWeightSubmitUpdate   = "op_weight_msg_submit_update"
	OpWeightCommitVote     = "op_weight_msg_commit_vote"
	OpWeightRevealVote     = "op_weight_msg_reveal_vote"
	OpWeightReportModel    = "op_weight_msg_report_model"
)

// SimSalt is the salt simulated participants commit with; their updates and verdicts derive
// from the alliance, round and address, so a later reveal can rebuild the commitment.
const SimSalt = "73696d756c6174696f6e2d73616c7421"

type sim struct {
	txGen client.TxConfig
	k     keeper.Keeper
	ak    AccountKeeper
	bk    BankKeeper
}

// WeightedOperations returns one operation per message of x/alliance (MsgUpdateParams is
// governance's).
func WeightedOperations(appParams simtypes.AppParams, txGen client.TxConfig, k keeper.Keeper, ak AccountKeeper, bk BankKeeper) simulation.WeightedOperations {
	s := sim{txGen, k, ak, bk}
	ops := []struct {
		key    string
		weight int
		op     simtypes.Operation
	}{
		{OpWeightCreateAlliance, 10, s.CreateAlliance}, {OpWeightJoinAlliance, 40, s.JoinAlliance}, {OpWeightLeaveAlliance, 5, s.LeaveAlliance},
		{OpWeightCommitUpdate, 30, s.CommitUpdate}, {OpWeightSubmitUpdate, 30, s.SubmitUpdate},
		{OpWeightCommitVote, 30, s.CommitVote}, {OpWeightRevealVote, 30, s.RevealVote}, {OpWeightReportModel, 20, s.ReportModel},
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

func digest(parts ...[]byte) []byte {
	h := sha256.New()
	for _, p := range parts {
		h.Write(p)
	}
	return h.Sum(nil)
}

// simUpdate is the update a simulated proposer trains in a round.
func simUpdate(id uint64, round uint32, proposer string) []byte {
	var b [12]byte
	binary.BigEndian.PutUint64(b[:8], id)
	binary.BigEndian.PutUint32(b[8:], round)
	return digest([]byte("sim update"), b[:], []byte(proposer))
}

func salt() []byte { b, _ := hex.DecodeString(SimSalt); return b }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.Intn(len(xs))] }

// alliancesIn lists the alliances of one status, in id order.
func (s sim) alliancesIn(ctx sdk.Context, st types.AllianceStatus) []types.Alliance {
	var out []types.Alliance
	_ = s.k.Alliances.Indexes.Status.Walk(ctx, collections.NewPrefixedPairRange[int32, uint64](int32(st)), func(_ int32, id uint64) (bool, error) {
		if a, err := s.k.Alliances.Get(ctx, id); err == nil {
			out = append(out, a)
		}
		return false, nil
	})
	return out
}

// inPhase lists the running alliances in a phase that has not ended.
func (s sim) inPhase(ctx sdk.Context, ph types.Phase) []types.Alliance {
	var out []types.Alliance
	for _, a := range s.alliancesIn(ctx, types.ALLIANCE_STATUS_RUNNING) {
		if a.Phase == ph && ctx.BlockTime().Before(a.PhaseEnd) {
			out = append(out, a)
		}
	}
	return out
}

// member is a participant of an alliance with its simulated account.
type member struct {
	p   types.Participant
	acc simtypes.Account
}

func (s sim) members(ctx sdk.Context, id uint64, accs []simtypes.Account) []member {
	var out []member
	_ = s.k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id), func(key collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
		for _, a := range accs {
			if a.Address.Equals(key.K2()) {
				out = append(out, member{p, a})
			}
		}
		return false, nil
	})
	return out
}

func (s sim) CreateAlliance(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgCreateAlliance{}
	p, err := s.k.Params.Get(ctx)
	if err != nil {
		return noop(msg, err.Error())
	}
	acc, _ := simtypes.RandomAcc(r, accs)
	denom := s.k.Denom()
	deposit := p.MinRewardDeposit.Add(math.NewInt(int64(r.Intn(1000))))
	if s.bk.SpendableCoins(ctx, acc.Address).AmountOf(denom).LT(deposit.MulRaw(2)) {
		return noop(msg, "creator cannot afford the deposit")
	}
	d := func() time.Duration {
		return p.MinPhaseDuration + time.Duration(r.Int63n(int64(p.MaxPhaseDuration-p.MinPhaseDuration)+1))
	}
	maxP := 2 + uint32(r.Intn(int(p.MaxParticipants-1)))
	ratio := pick(r, []string{"1", "0.5", "0.3"})
	*msg = types.MsgCreateAlliance{
		Creator: acc.Address.String(), Title: "sim alliance", ModelSpecUri: "sim://spec", InitialModelHash: hex.EncodeToString(digest([]byte("sim model"))),
		Rounds: 1 + uint32(r.Intn(int(p.MaxRounds))), MinParticipants: 2, MaxParticipants: maxP, MinStake: sdk.NewCoin(denom, p.MinStake),
		StartTime: ctx.BlockTime(), UpdateCommitDuration: d(), UpdateRevealDuration: d(), VoteCommitDuration: d(), VoteRevealDuration: d(),
		ProposerRatio: ratio, RewardDeposit: sdk.NewCoin(denom, deposit),
	}
	if r.Intn(2) == 0 { // else 0: the vote reveal duration
		msg.ClosingDuration = d()
	}
	return s.deliver(r, app, ctx, acc, msg, sdk.NewCoins(msg.RewardDeposit))
}

func (s sim) JoinAlliance(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgJoinAlliance{}
	pending := s.alliancesIn(ctx, types.ALLIANCE_STATUS_PENDING)
	if len(pending) == 0 {
		return noop(msg, "no pending alliance")
	}
	a := pick(r, pending)
	if a.Participants >= a.MaxParticipants {
		return noop(msg, "alliance full")
	}
	acc, _ := simtypes.RandomAcc(r, accs)
	if has, _ := s.k.Participants.Has(ctx, collections.Join(a.Id, acc.Address)); has {
		return noop(msg, "already joined")
	}
	stake := a.MinStake.Add(math.NewInt(int64(r.Intn(1000))))
	if s.bk.SpendableCoins(ctx, acc.Address).AmountOf(s.k.Denom()).LT(stake.MulRaw(2)) {
		return noop(msg, "cannot afford the stake")
	}
	*msg = types.MsgJoinAlliance{Participant: acc.Address.String(), AllianceId: a.Id, Stake: sdk.NewCoin(s.k.Denom(), stake)}
	return s.deliver(r, app, ctx, acc, msg, sdk.NewCoins(msg.Stake))
}

func (s sim) LeaveAlliance(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgLeaveAlliance{}
	pending := s.alliancesIn(ctx, types.ALLIANCE_STATUS_PENDING)
	if len(pending) == 0 {
		return noop(msg, "no pending alliance")
	}
	a := pick(r, pending)
	ms := s.members(ctx, a.Id, accs)
	if len(ms) == 0 {
		return noop(msg, "nobody to leave")
	}
	m := pick(r, ms)
	*msg = types.MsgLeaveAlliance{Participant: m.p.Address, AllianceId: a.Id}
	return s.deliver(r, app, ctx, m.acc, msg, nil)
}

// roleMember picks a member of a running alliance in a phase with the given role this round.
func (s sim) roleMember(r *rand.Rand, ctx sdk.Context, accs []simtypes.Account, ph types.Phase, proposer bool) (types.Alliance, types.Round, member, string) {
	as := s.inPhase(ctx, ph)
	if len(as) == 0 {
		return types.Alliance{}, types.Round{}, member{}, "no alliance in " + ph.String()
	}
	a := pick(r, as)
	round, err := s.k.GetRound(ctx, a.Id, a.Round)
	if err != nil {
		return a, round, member{}, err.Error()
	}
	roles := types.NewRoles(round.Seed, a.Participants, a.ProposerRatio)
	var ms []member
	for _, m := range s.members(ctx, a.Id, accs) {
		if (proposer && roles.IsProposer(m.p.Index)) || (!proposer && roles.IsVoter(m.p.Index)) {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return a, round, member{}, "nobody in the role"
	}
	return a, round, pick(r, ms), ""
}

func (s sim) CommitUpdate(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgCommitUpdate{}
	a, _, m, why := s.roleMember(r, ctx, accs, types.PHASE_UPDATE_COMMIT, true)
	if why != "" {
		return noop(msg, why)
	}
	base, err := types.DecodeHash("global_model_hash", a.GlobalModelHash)
	if err != nil {
		return noop(msg, err.Error())
	}
	c := types.UpdateCommitment(a.Id, a.Round, m.p.Address, simUpdate(a.Id, a.Round, m.p.Address), 100, base, salt())
	*msg = types.MsgCommitUpdate{Proposer: m.p.Address, AllianceId: a.Id, Round: a.Round, Commitment: hex.EncodeToString(c)}
	return s.deliver(r, app, ctx, m.acc, msg, nil)
}

func (s sim) SubmitUpdate(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgSubmitUpdate{}
	a, _, m, why := s.roleMember(r, ctx, accs, types.PHASE_UPDATE_REVEAL, true)
	if why != "" {
		return noop(msg, why)
	}
	u, err := s.k.Updates.Get(ctx, collections.Join3(a.Id, a.Round, sdk.AccAddress(m.acc.Address)))
	if err != nil || u.Status != types.UPDATE_STATUS_COMMITTED {
		return noop(msg, "no commitment to reveal")
	}
	*msg = types.MsgSubmitUpdate{
		Proposer: m.p.Address, AllianceId: a.Id, Round: a.Round, UpdateUri: "sim://update/" + m.p.Address,
		UpdateHash: hex.EncodeToString(simUpdate(a.Id, a.Round, m.p.Address)), NumSamples: 100, BaseModelHash: a.GlobalModelHash, Salt: SimSalt,
	}
	return s.deliver(r, app, ctx, m.acc, msg, nil)
}

// simVerdicts: a simulated voter accepts every revealed update but its own, except those
// whose hash starts with an even byte, which it rejects when it is picky.
func (s sim) simVerdicts(ctx sdk.Context, a types.Alliance, voter types.Participant, picky bool) []types.VerdictEntry {
	var out []types.VerdictEntry
	_ = s.k.Updates.Walk(ctx, collections.NewSuperPrefixedTripleRange[uint64, uint32, sdk.AccAddress](a.Id, a.Round),
		func(_ collections.Triple[uint64, uint32, sdk.AccAddress], u types.Update) (bool, error) {
			if u.Status != types.UPDATE_STATUS_REVEALED || u.ProposerIndex == voter.Index {
				return false, nil
			}
			v := int32(types.VerdictAccept)
			if picky && u.UpdateHash[1]%2 == 0 {
				v = types.VerdictReject
			}
			out = append(out, types.VerdictEntry{Proposer: u.Proposer, Verdict: v, Metric: "0.5"})
			return false, nil
		})
	return out
}

// picky tells whether a simulated voter rejects some updates (a fixed half of the voters).
func picky(voter string) bool { return digest([]byte(voter))[0]%2 == 0 }

func (s sim) CommitVote(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgCommitVote{}
	a, _, m, why := s.roleMember(r, ctx, accs, types.PHASE_VOTE_COMMIT, false)
	if why != "" {
		return noop(msg, why)
	}
	entries := s.simVerdicts(ctx, a, m.p, picky(m.p.Address))
	if len(entries) == 0 {
		return noop(msg, "nothing to judge")
	}
	parsed, err := types.ParseVerdicts(entries, types.MaxMetricDecimals)
	if err != nil {
		return noop(msg, err.Error())
	}
	base, err := types.DecodeHash("global_model_hash", a.GlobalModelHash)
	if err != nil {
		return noop(msg, err.Error())
	}
	c := types.VoteCommitment(a.Id, a.Round, m.p.Address, salt(), base, parsed)
	*msg = types.MsgCommitVote{Voter: m.p.Address, AllianceId: a.Id, Round: a.Round, Commitment: hex.EncodeToString(c)}
	return s.deliver(r, app, ctx, m.acc, msg, nil)
}

func (s sim) RevealVote(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgRevealVote{}
	a, _, m, why := s.roleMember(r, ctx, accs, types.PHASE_VOTE_REVEAL, false)
	if why != "" {
		return noop(msg, why)
	}
	v, err := s.k.Votes.Get(ctx, collections.Join3(a.Id, a.Round, sdk.AccAddress(m.acc.Address)))
	if err != nil || v.Revealed {
		return noop(msg, "no vote to reveal")
	}
	*msg = types.MsgRevealVote{Voter: m.p.Address, AllianceId: a.Id, Round: a.Round, Salt: SimSalt, BaseModelHash: a.GlobalModelHash,
		Verdicts: s.simVerdicts(ctx, a, m.p, picky(m.p.Address))}
	return s.deliver(r, app, ctx, m.acc, msg, nil)
}

func (s sim) ReportModel(r *rand.Rand, app *baseapp.BaseApp, ctx sdk.Context, accs []simtypes.Account, _ string) (simtypes.OperationMsg, []simtypes.FutureOperation, error) {
	msg := &types.MsgReportModel{}
	as := s.inPhase(ctx, types.PHASE_CLOSING)
	if len(as) == 0 {
		return noop(msg, "no alliance closing")
	}
	a := pick(r, as)
	ms := s.members(ctx, a.Id, accs)
	if len(ms) == 0 {
		return noop(msg, "no member")
	}
	m := pick(r, ms)
	if done, _ := s.k.Reporters.Has(ctx, collections.Join3(a.Id, a.Rounds+1, sdk.AccAddress(m.acc.Address))); done {
		return noop(msg, "already reported")
	}
	*msg = types.MsgReportModel{Participant: m.p.Address, AllianceId: a.Id, ModelHash: hex.EncodeToString(digest([]byte("sim final"), []byte(a.GlobalModelHash)))}
	return s.deliver(r, app, ctx, m.acc, msg, nil)
}
