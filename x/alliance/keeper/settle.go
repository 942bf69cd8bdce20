package keeper

import (
	"context"
	"math/big"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
	rewardstypes "github.com/flockchain/flock/x/rewards/types"
)

// Work units per item, so that a unit costs about the same time whatever the step (about
// 20 µs on a 2-core machine, BenchmarkSettleRound). A vote's tally also costs one unit per
// 64 verdicts.
const (
	workPerReport      = 1
	workPerVote        = 2
	verdictsPerWork    = 64
	workPerUpdate      = 3
	workPerParticipant = 12 // two reads, a write, an event and a payout line
	workPerReturn      = 4
	workPerNumber      = 12 // three reads, a remove and two writes with their index when a swap is needed (BenchmarkStartAndPrune)
)

// startSettlement ends a round's phases: its settlement runs from the next block, bounded
// per block by params.max_settle_work_per_block.
func (k Keeper) startSettlement(ctx context.Context, a *types.Alliance) error {
	step := types.SETTLE_STEP_TALLY
	if a.Round > 1 {
		step = types.SETTLE_STEP_MODEL
	}
	s := newSettlement(a.Id, a.Round, step)
	s.Accepted, s.Decided = types.NewBitmap(a.Participants), types.NewBitmap(a.Participants)
	s.StakeFor = make([]math.Int, a.Participants)
	s.StakeAgainst = make([]math.Int, a.Participants)
	for i := range s.StakeFor {
		s.StakeFor[i], s.StakeAgainst[i] = math.ZeroInt(), math.ZeroInt()
	}
	s.VotesFor, s.VotesAgainst = make([]uint32, a.Participants), make([]uint32, a.Participants)
	if err := k.Settlements.Set(ctx, a.Id, s); err != nil {
		return err
	}
	return k.enterPhase(ctx, a, types.PHASE_SETTLING, blockTime(ctx))
}

// startClosing opens the closing phase after the last round: participants report the final
// model's hash for the alliance's closing_duration.
func (k Keeper) startClosing(ctx context.Context, a *types.Alliance) error {
	a.Round = a.Rounds + 1
	return k.enterPhase(ctx, a, types.PHASE_CLOSING, blockTime(ctx).Add(a.ClosingDuration))
}

// settle runs a settlement's steps with what is left of the block's work budget. Each
// step walks one collection in key order from where the previous block stopped; items are
// read before anything is written, so no write happens under an open iterator.
func (k Keeper) settle(ctx context.Context, a *types.Alliance, budget *uint32) error {
	s, err := k.Settlements.Get(ctx, a.Id)
	if err != nil {
		return err
	}
	params, err := k.Params.Get(ctx)
	if err != nil {
		return err
	}
	s.Blocks++
	for *budget > 0 {
		var used uint32
		var done bool
		switch s.Step {
		case types.SETTLE_STEP_NUMBER:
			used, done, err = k.numberStep(ctx, &s, *budget)
			if err == nil && done {
				if err := k.Settlements.Remove(ctx, a.Id); err != nil {
					return err
				}
				return k.beginRound(ctx, a, 1)
			}
		case types.SETTLE_STEP_MODEL:
			used, done, err = k.modelStep(ctx, &s, *budget)
			if err == nil && done {
				err = k.recordModel(ctx, a, &s)
				if s.Round > a.Rounds {
					s.Step = types.SETTLE_STEP_RETURN
				} else {
					s.Step = types.SETTLE_STEP_TALLY
				}
				s.Next = nil
			}
		case types.SETTLE_STEP_TALLY:
			used, done, err = k.tallyStep(ctx, &s, *budget)
			if err == nil && done {
				s.Step, s.Next = types.SETTLE_STEP_JUDGE, nil
			}
		case types.SETTLE_STEP_JUDGE:
			used, done, err = k.judgeStep(ctx, a, &s, *budget)
			if err == nil && done {
				err = k.fixReward(ctx, a, &s, params)
				s.Step, s.Next = types.SETTLE_STEP_WEIGH, nil
			}
		case types.SETTLE_STEP_WEIGH:
			used, done, err = k.weighStep(ctx, &s, *budget)
			if err == nil && done {
				s.Step, s.Next = types.SETTLE_STEP_PAY, nil
			}
		case types.SETTLE_STEP_PAY:
			used, done, err = k.payStep(ctx, a, &s, params, *budget)
			if err == nil && done {
				return k.finishRound(ctx, a, &s)
			}
		case types.SETTLE_STEP_RETURN:
			used, done, err = k.returnStep(ctx, a, &s, *budget)
			if err == nil && done {
				return k.finishAlliance(ctx, a, &s)
			}
		default:
			return types.ErrInvalidGenesis.Wrapf("alliance %d settlement in step %s", a.Id, s.Step)
		}
		if err != nil {
			return err
		}
		*budget -= min(used, *budget)
	}
	if err := k.Settlements.Set(ctx, a.Id, s); err != nil {
		return err
	}
	// resume in the next block
	return k.setAlliance(ctx, a, blockTime(ctx))
}

// limitFor is how many items of a given cost an allowance reads at most (one at least).
func limitFor(allowance, cost uint32) int { return int(allowance/cost) + 1 }

// numberStep gives the participants of a starting alliance the indexes 0..n−1 in address
// order, so that the role shuffle of every round permutes the participants sorted by address
// (README "Phases"). The walk is in address order; the participant whose turn it is takes
// index s.numbered and the one holding that index takes its old one (a swap, so the unique
// index never holds two participants), which is ≥ s.numbered: the indexes below are final.
func (k Keeper) numberStep(ctx context.Context, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	items, done, err := k.readParticipants(ctx, s.AllianceId, s.Next, limitFor(allowance, workPerNumber))
	if err != nil {
		return 0, false, err
	}
	var used uint32
	for _, it := range items {
		if used >= allowance {
			done = false // the rest waits for the next block
			break
		}
		used += workPerNumber
		s.Next = it.key.K2()
		// read again: a swap earlier in this chunk may have moved it
		p, err := k.Participants.Get(ctx, it.key)
		if err != nil {
			return used, false, err
		}
		want := s.Numbered
		s.Numbered++
		if p.Index == want {
			continue
		}
		holder, err := k.Participants.Indexes.Index.MatchExact(ctx, collections.Join(s.AllianceId, want))
		if err != nil {
			return used, false, err
		}
		q, err := k.Participants.Get(ctx, holder)
		if err != nil {
			return used, false, err
		}
		if err := k.Participants.Remove(ctx, it.key); err != nil {
			return used, false, err
		}
		q.Index, p.Index = p.Index, want
		if err := k.Participants.Set(ctx, holder, q); err != nil {
			return used, false, err
		}
		if err := k.Participants.Set(ctx, it.key, p); err != nil {
			return used, false, err
		}
	}
	return used, done, nil
}

// modelStep adds up the stake behind each hash reported for the settling round's base
// model, keeping the hash with the most stake (ties: the lower hash, walked first).
func (k Keeper) modelStep(ctx context.Context, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	rng := hashesAfter(s.AllianceId, s.Round, s.Next)
	limit := limitFor(allowance, workPerReport)
	n, done := 0, true
	err := k.ModelReports.Walk(ctx, rng, func(key collections.Triple[uint64, uint32, []byte], stake math.Int) (bool, error) {
		if n >= limit {
			done = false
			return true, nil
		}
		n++
		s.Reported = s.Reported.Add(stake)
		if stake.GT(s.ModelBestStake) {
			s.ModelBest, s.ModelBestStake = key.K3(), stake
		}
		s.Next = key.K3()
		return false, nil
	})
	return uint32(n) * workPerReport, done, err
}

// recordModel records the global model after round s.Round−1 (after the last round when
// closing): the reported hash with the most stake, agreed when it has more than half of
// the reported stake. A disagreement is recorded too (the plurality hash, agreed false)
// and announced by an event.
func (k Keeper) recordModel(ctx context.Context, a *types.Alliance, s *types.Settlement) error {
	target := s.Round - 1
	r, err := k.GetRound(ctx, a.Id, target)
	if err != nil {
		return err
	}
	agreed := s.Reported.IsPositive() && s.ModelBestStake.MulRaw(2).GT(s.Reported)
	if len(s.ModelBest) > 0 {
		r.ModelHash = types.HashHex(s.ModelBest)
		a.GlobalModelHash, a.GlobalModelRound = r.ModelHash, target
	}
	r.ModelAgreed, r.ModelStake, r.ReportedStake = agreed, s.ModelBestStake, s.Reported
	if target == a.Rounds {
		a.FinalModelHash = r.ModelHash
	}
	if err := k.Rounds.Set(ctx, collections.Join(a.Id, target), r); err != nil {
		return err
	}
	if !agreed {
		if err := events(ctx).EmitTypedEvent(&types.EventModelDisagreement{
			AllianceId: a.Id, Round: target, PluralityHash: r.ModelHash, PluralityStake: r.ModelStake, ReportedStake: r.ReportedStake,
		}); err != nil {
			return err
		}
	}
	return events(ctx).EmitTypedEvent(&types.EventModelRecorded{
		AllianceId: a.Id, Round: target, ModelHash: r.ModelHash, Agreed: agreed, ModelStake: r.ModelStake, ReportedStake: r.ReportedStake,
	})
}

// kv is a record read in a settlement step, with its key.
type kv[K, V any] struct {
	key K
	val V
}

// walker is what collections.Map and collections.IndexedMap have in common for a step.
type walker[K, V any] interface {
	Walk(ctx context.Context, ranger collections.Ranger[K], fn func(K, V) (bool, error)) error
}

// readChunk reads the records of rng in key order, as many as limit; done is false when
// more remain. Every step reads its chunk this way before writing anything, so no write
// happens under an open iterator.
func readChunk[K, V any](ctx context.Context, m walker[K, V], rng collections.Ranger[K], limit int) ([]kv[K, V], bool, error) {
	var out []kv[K, V]
	done := true
	err := m.Walk(ctx, rng, func(key K, v V) (bool, error) {
		if len(out) >= limit {
			done = false
			return true, nil
		}
		out = append(out, kv[K, V]{key, v})
		return false, nil
	})
	return out, done, err
}

// readVotes reads the votes of the settling round after s.Next, as many as limit.
func (k Keeper) readVotes(ctx context.Context, s *types.Settlement, limit int) ([]kv[collections.Triple[uint64, uint32, sdk.AccAddress], types.Vote], bool, error) {
	return readChunk[collections.Triple[uint64, uint32, sdk.AccAddress], types.Vote](ctx, k.Votes, addrsAfter(s.AllianceId, s.Round, s.Next), limit)
}

// tallyStep adds each revealed vote's verdicts, weighted by the voter's stake, to the
// stake for and against each update (by proposer index).
func (k Keeper) tallyStep(ctx context.Context, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	items, done, err := k.readVotes(ctx, s, limitFor(allowance, workPerVote))
	if err != nil {
		return 0, false, err
	}
	// the sums are added in place (one allocation per update, not per verdict)
	stakeFor, stakeAgainst := bigs(s.StakeFor), bigs(s.StakeAgainst)
	var used uint32
	for _, it := range items {
		if used >= allowance {
			done = false // the rest waits for the next block
			break
		}
		used += workPerVote
		s.Next = it.key.K3()
		if !it.val.Revealed {
			continue
		}
		p, err := k.Participants.Get(ctx, collections.Join(s.AllianceId, it.key.K3()))
		if err != nil {
			return used, false, err
		}
		used += it.val.Verdicts / verdictsPerWork
		stake := p.Stake.BigInt()
		for byteIdx, judged := range it.val.Judged {
			if judged == 0 {
				continue
			}
			var accepts byte
			if byteIdx < len(it.val.Accepts) {
				accepts = it.val.Accepts[byteIdx]
			}
			for bit := range uint32(8) {
				if judged&(1<<bit) == 0 {
					continue
				}
				i := uint32(byteIdx)*8 + bit
				if i >= uint32(len(s.VotesFor)) {
					return used, false, types.ErrInvalidGenesis.Wrapf("vote of %s judges index %d of %d", it.val.Voter, i, len(s.VotesFor))
				}
				if accepts&(1<<bit) != 0 {
					s.VotesFor[i]++
					stakeFor[i].Add(stakeFor[i], stake)
				} else {
					s.VotesAgainst[i]++
					stakeAgainst[i].Add(stakeAgainst[i], stake)
				}
			}
		}
	}
	s.StakeFor, s.StakeAgainst = ints(stakeFor), ints(stakeAgainst)
	return used, done, nil
}

// bigs copies math.Ints into big.Ints that can be added to in place.
func bigs(xs []math.Int) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = new(big.Int).Set(x.BigInt())
	}
	return out
}

func ints(xs []*big.Int) []math.Int {
	out := make([]math.Int, len(xs))
	for i, x := range xs {
		out[i] = math.NewIntFromBigIntMut(x)
	}
	return out
}

// judgeStep gives each update its outcome (types.Judge): accepted updates enter the
// accepted bitmap and their proposers' stakes the accepted stake; a committed update never
// revealed is marked unrevealed.
func (k Keeper) judgeStep(ctx context.Context, a *types.Alliance, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	items, done, err := readChunk[collections.Triple[uint64, uint32, sdk.AccAddress], types.Update](ctx, k.Updates, addrsAfter(s.AllianceId, s.Round, s.Next), limitFor(allowance, workPerUpdate))
	if err != nil {
		return 0, false, err
	}
	r, err := k.GetRound(ctx, s.AllianceId, s.Round)
	if err != nil {
		return 0, false, err
	}
	var used uint32
	for _, it := range items {
		if used >= allowance {
			done = false // the rest waits for the next block
			break
		}
		used += workPerUpdate
		s.Next = it.key.K3()
		u := it.val
		switch u.Status {
		case types.UPDATE_STATUS_COMMITTED:
			u.Status = types.UPDATE_STATUS_UNREVEALED
		case types.UPDATE_STATUS_REVEALED:
			i := u.ProposerIndex
			if i >= uint32(len(s.VotesFor)) {
				return used, false, types.ErrInvalidGenesis.Wrapf("update of %s has proposer index %d of %d", u.Proposer, i, len(s.VotesFor))
			}
			u.StakeFor, u.StakeAgainst = s.StakeFor[i], s.StakeAgainst[i]
			u.VotesFor, u.VotesAgainst = s.VotesFor[i], s.VotesAgainst[i]
			u.Status = types.Judge(u.StakeFor, u.StakeAgainst, u.VotesFor+u.VotesAgainst)
			switch u.Status {
			case types.UPDATE_STATUS_ACCEPTED:
				p, err := k.Participants.Get(ctx, collections.Join(s.AllianceId, it.key.K3()))
				if err != nil {
					return used, false, err
				}
				types.SetBit(s.Accepted, i)
				types.SetBit(s.Decided, i)
				s.AcceptedStake = s.AcceptedStake.Add(p.Stake)
				r.Accepted++
			case types.UPDATE_STATUS_REJECTED:
				types.SetBit(s.Decided, i)
				r.Rejected++
			default:
				r.NoVotes++
			}
		default:
			continue
		}
		if err := k.Updates.Set(ctx, it.key, u); err != nil {
			return used, false, err
		}
		if err := events(ctx).EmitTypedEvent(&types.EventUpdateJudged{
			AllianceId: s.AllianceId, Round: s.Round, Proposer: u.Proposer, Status: u.Status, StakeFor: u.StakeFor, StakeAgainst: u.StakeAgainst,
		}); err != nil {
			return used, false, err
		}
	}
	return used, done, k.Rounds.Set(ctx, collections.Join(s.AllianceId, s.Round), r)
}

// fixReward fixes the round's reward once the outcomes are known: ⌊pool / rounds left⌋,
// split by proposer_share (types.RoundReward, types.SplitReward).
func (k Keeper) fixReward(ctx context.Context, a *types.Alliance, s *types.Settlement, params types.Params) error {
	r, err := k.GetRound(ctx, a.Id, s.Round)
	if err != nil {
		return err
	}
	r.Reward = types.RoundReward(a.Pool, a.Rounds, s.Round)
	r.ProposerReward, r.VoterReward = types.SplitReward(r.Reward, params.ProposerShare)
	return k.Rounds.Set(ctx, collections.Join(a.Id, s.Round), r)
}

// weighStep counts, for each revealed vote, the verdicts that matched the outcomes, and adds
// stake × matches to the voters' total weight.
func (k Keeper) weighStep(ctx context.Context, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	items, done, err := k.readVotes(ctx, s, limitFor(allowance, workPerVote))
	if err != nil {
		return 0, false, err
	}
	var used uint32
	for _, it := range items {
		if used >= allowance {
			done = false // the rest waits for the next block
			break
		}
		used += workPerVote
		s.Next = it.key.K3()
		if !it.val.Revealed {
			continue
		}
		p, err := k.Participants.Get(ctx, collections.Join(s.AllianceId, it.key.K3()))
		if err != nil {
			return used, false, err
		}
		v := it.val
		v.Matched, _ = types.CountMatches(v.Judged, v.Accepts, s.Accepted)
		s.VoterWeight = s.VoterWeight.Add(p.Stake.MulRaw(int64(v.Matched)))
		if err := k.Votes.Set(ctx, it.key, v); err != nil {
			return used, false, err
		}
	}
	return used, done, nil
}

// readParticipants reads the participants of alliance id after the address after, as many
// as limit; done is false when more remain.
func (k Keeper) readParticipants(ctx context.Context, id uint64, after []byte, limit int) ([]kv[collections.Pair[uint64, sdk.AccAddress], types.Participant], bool, error) {
	return readChunk[collections.Pair[uint64, sdk.AccAddress], types.Participant](ctx, k.Participants, pairAfter(id, after), limit)
}

// payStep rewards and slashes each participant of the round (README "Rewards and slashes"),
// in address order. The chunk's rewards reach x/rewards as claimable balances in one call.
func (k Keeper) payStep(ctx context.Context, a *types.Alliance, s *types.Settlement, params types.Params, allowance uint32) (uint32, bool, error) {
	items, done, err := k.readParticipants(ctx, a.Id, s.Next, limitFor(allowance, workPerParticipant))
	if err != nil {
		return 0, false, err
	}
	r, err := k.GetRound(ctx, a.Id, s.Round)
	if err != nil {
		return 0, false, err
	}
	roles := k.roles(*a, r)
	var payouts []rewardstypes.Payout
	paid := math.ZeroInt()
	now := blockTime(ctx).Unix()
	var used uint32
	for _, it := range items {
		if used >= allowance {
			done = false // the rest waits for the next block
			break
		}
		used += workPerParticipant
		s.Next = it.key.K2()
		p := it.val
		var in types.RoundInputs
		in.Stake = p.Stake
		if roles.IsProposer(p.Index) {
			in.Proposer = true
			u, err := k.Updates.Get(ctx, collections.Join3(a.Id, s.Round, it.key.K2()))
			switch {
			case notFound(err):
			case err != nil:
				return used, false, err
			default:
				in.Update = u.Status
			}
		}
		if roles.IsVoter(p.Index) {
			in.Voter = true
			in.ToJudge = toJudge(r, p)
			v, err := k.Votes.Get(ctx, collections.Join3(a.Id, s.Round, it.key.K2()))
			switch {
			case notFound(err):
			case err != nil:
				return used, false, err
			case v.Revealed:
				in.Revealed, in.Matched, in.Judged = true, v.Matched, v.Verdicts
			}
		}
		out := types.SettleParticipant(in, types.RoundPot{
			ProposerReward: r.ProposerReward, AcceptedStake: s.AcceptedStake,
			VoterReward: r.VoterReward, VoterWeight: s.VoterWeight,
		}, params)
		goesIdle := out.Absent && !p.Idle
		if out.Reward.IsZero() && out.Slashed.IsZero() && !out.Accepted && !out.Rejected && !goesIdle {
			continue
		}
		if out.Reward.IsPositive() {
			payouts = append(payouts, rewardstypes.Payout{Recipient: p.Address, Amount: out.Reward})
			paid = paid.Add(out.Reward)
			p.Rewarded = p.Rewarded.Add(out.Reward)
		}
		if out.Slashed.IsPositive() {
			accrue(a, now)
			p.Stake = p.Stake.Sub(out.Slashed)
			p.Slashed = p.Slashed.Add(out.Slashed)
			a.TotalStake = a.TotalStake.Sub(out.Slashed)
			if p.Idle {
				a.IdleStake = a.IdleStake.Sub(out.Slashed)
			}
			a.Pool = a.Pool.Add(out.Slashed)
			a.Slashed = a.Slashed.Add(out.Slashed)
			s.Slashed = s.Slashed.Add(out.Slashed)
		}
		if goesIdle {
			if err := setIdle(ctx, a, &p, true); err != nil {
				return used, false, err
			}
		}
		if out.Accepted {
			if p.AcceptedUpdates == 0 {
				a.Contributors++
			}
			p.AcceptedUpdates++
		}
		if out.Rejected {
			p.RejectedUpdates++
		}
		if err := k.Participants.Set(ctx, it.key, p); err != nil {
			return used, false, err
		}
		if err := events(ctx).EmitTypedEvent(&types.EventParticipantSettled{
			AllianceId: a.Id, Round: s.Round, Participant: p.Address, Reward: out.Reward, Slashed: out.Slashed, Reasons: out.Reasons,
		}); err != nil {
			return used, false, err
		}
	}
	if len(payouts) > 0 {
		if err := k.rewards.PayRewards(ctx, types.ModuleName, payouts); err != nil {
			return used, false, err
		}
		a.Pool = a.Pool.Sub(paid)
		a.Paid = a.Paid.Add(paid)
		s.Paid = s.Paid.Add(paid)
	}
	return used, done, nil
}

// finishRound closes a settled round and opens the next one, or the closing phase after
// the last.
func (k Keeper) finishRound(ctx context.Context, a *types.Alliance, s *types.Settlement) error {
	r, err := k.GetRound(ctx, a.Id, s.Round)
	if err != nil {
		return err
	}
	r.Settled, r.Paid, r.Slashed = true, s.Paid, s.Slashed
	if err := k.Rounds.Set(ctx, collections.Join(a.Id, s.Round), r); err != nil {
		return err
	}
	if err := k.Settlements.Remove(ctx, a.Id); err != nil {
		return err
	}
	if err := events(ctx).EmitTypedEvent(&types.EventRoundSettled{
		AllianceId: a.Id, Round: s.Round, Accepted: r.Accepted, Rejected: r.Rejected, NoVotes: r.NoVotes,
		Reward: r.Reward, Paid: r.Paid, Slashed: r.Slashed, Blocks: s.Blocks,
	}); err != nil {
		return err
	}
	if s.Round < a.Rounds {
		return k.beginRound(ctx, a, s.Round+1)
	}
	return k.startClosing(ctx, a)
}

// returnStep sends each participant's remaining stake back, in address order.
func (k Keeper) returnStep(ctx context.Context, a *types.Alliance, s *types.Settlement, allowance uint32) (uint32, bool, error) {
	items, done, err := k.readParticipants(ctx, a.Id, s.Next, limitFor(allowance, workPerReturn))
	if err != nil {
		return 0, false, err
	}
	now := blockTime(ctx).Unix()
	var used uint32
	for _, it := range items {
		if used >= allowance {
			done = false // the rest waits for the next block
			break
		}
		used += workPerReturn
		s.Next = it.key.K2()
		p := it.val
		if p.Returned {
			continue
		}
		if err := k.send(ctx, it.key.K2(), p.Stake); err != nil {
			return used, false, err
		}
		accrue(a, now)
		a.TotalStake = a.TotalStake.Sub(p.Stake)
		if p.Idle {
			a.IdleStake = a.IdleStake.Sub(p.Stake)
			p.Idle = false
		}
		s.Returned = s.Returned.Add(p.Stake)
		p.Returned = true
		if err := k.Participants.Set(ctx, it.key, p); err != nil {
			return used, false, err
		}
	}
	return used, done, nil
}

// finishAlliance ends an alliance once every stake is back: a cancelled alliance's pool (its
// deposit) returns to the creator; a finished one's unearned rest goes to the x/rewards pool.
func (k Keeper) finishAlliance(ctx context.Context, a *types.Alliance, s *types.Settlement) error {
	leftover := a.Pool
	if leftover.IsPositive() {
		if a.Status == types.ALLIANCE_STATUS_CANCELLED {
			creator, err := k.bytesOf("creator", a.Creator)
			if err != nil {
				return err
			}
			if err := k.send(ctx, creator, leftover); err != nil {
				return err
			}
		} else if err := k.rewards.FundPoolFromModule(ctx, types.ModuleName, leftover); err != nil {
			return err
		}
	}
	a.Pool = math.ZeroInt()
	if err := k.Settlements.Remove(ctx, a.Id); err != nil {
		return err
	}
	if err := k.Deadlines.Remove(ctx, collections.Join(a.PhaseEnd, a.Id)); err != nil {
		return err
	}
	now := blockTime(ctx)
	a.Ended = &now
	a.Phase = types.PHASE_UNSPECIFIED
	// its records are pruned params.record_retention from now (prune.go)
	if err := k.Ended.Set(ctx, collections.Join(now, a.Id)); err != nil {
		return err
	}
	if a.Status == types.ALLIANCE_STATUS_RUNNING {
		a.Status = types.ALLIANCE_STATUS_FINISHED
	}
	if err := k.Alliances.Set(ctx, a.Id, *a); err != nil {
		return err
	}
	if a.Status != types.ALLIANCE_STATUS_FINISHED {
		return nil
	}
	return events(ctx).EmitTypedEvent(&types.EventAllianceFinished{
		AllianceId: a.Id, FinalModelHash: a.FinalModelHash, Contributors: a.Contributors, Returned: s.Returned, Leftover: leftover,
	})
}

// addrsAfter ranges over the address-keyed records of (id, round) after the given address
// (nil: all).
func addrsAfter(id uint64, round uint32, after []byte) collections.Ranger[collections.Triple[uint64, uint32, sdk.AccAddress]] {
	rng := new(collections.Range[collections.Triple[uint64, uint32, sdk.AccAddress]]).
		Prefix(collections.TripleSuperPrefix[uint64, uint32, sdk.AccAddress](id, round))
	if after != nil {
		rng = rng.StartExclusive(collections.Join3(id, round, sdk.AccAddress(after)))
	}
	return rng
}

// hashesAfter ranges over the model reports of (id, round) after the given hash (nil: all).
func hashesAfter(id uint64, round uint32, after []byte) collections.Ranger[collections.Triple[uint64, uint32, []byte]] {
	rng := new(collections.Range[collections.Triple[uint64, uint32, []byte]]).
		Prefix(collections.TripleSuperPrefix[uint64, uint32, []byte](id, round))
	if after != nil {
		rng = rng.StartExclusive(collections.Join3(id, round, after))
	}
	return rng
}

// pairAfter ranges over an alliance's participants after the given address (nil: all).
func pairAfter(id uint64, after []byte) collections.Ranger[collections.Pair[uint64, sdk.AccAddress]] {
	rng := collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id)
	if after != nil {
		rng = rng.StartExclusive(after)
	}
	return rng
}
