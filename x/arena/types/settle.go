package types

import (
	"bytes"
	"fmt"
	"math/big"
	"slices"
	"time"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// Settle computes a whole task's settlement in one call from everything it depends on. The
// keeper settles a task across blocks (keeper/settle.go), calling the same pieces in the same
// order on the same values, so the two agree to the aflock; Settle is the reference anyone can
// run on a snapshot of a task to recompute its leaderboard and payouts.

// SettleInput is everything a task's settlement depends on.
type SettleInput struct {
	Params        Params
	LowerIsBetter bool
	// Pool is what the task pays out: bonus + the emission its working stake keeps (no bonus when nobody took part).
	Pool         math.Int
	Participants []SettleParticipant // by address
	Submissions  []SettleSubmission  // by id
}

// SettleParticipant is a participant with what settlement needs to know about it.
type SettleParticipant struct {
	Address              []byte
	Role                 Role
	SelfStake, Delegated math.Int
	Sigma                math.LegacyDec
	Committed, Revealed  bool
	Assigned             uint32  // validators: submissions it had to score
	Delegations          []Stake // by delegator address
}

// Stake is an amount held for, or paid to, an address.
type Stake struct {
	Address []byte
	Amount  math.Int
}

// SettleSubmission is a submission with its revealed scores.
type SettleSubmission struct {
	ID        uint64
	Trainer   []byte
	Submitted time.Time
	Scores    []RevealedScore // by validator address
}

// RevealedScore is one validator's revealed score of a submission.
type RevealedScore struct {
	Validator []byte
	Score     math.LegacyDec
}

// SettleResult is a task's settlement.
type SettleResult struct {
	Leaderboard  []LeaderboardRow     // scored by rank, then unscored by id
	Participants []ParticipantOutcome // by address
	// Paid went to participants and delegators; Slashed and Dust (Pool − Paid) go to the
	// rewards pool.
	Paid, Slashed, Dust math.Int
}

// LeaderboardRow is one submission's place.
type LeaderboardRow struct {
	SubmissionID uint64
	Trainer      []byte
	Scored       bool
	Score        math.LegacyDec
	Rank         uint32 // from 1; 0 for unscored
	Reward       math.Int
}

// ParticipantOutcome is what one participant gets.
type ParticipantOutcome struct {
	Address                 []byte
	Role                    Role
	Reward, ToSelf, Slashed math.Int
	Accuracy                *math.LegacyDec // validators that revealed a score
	Delegators              []Stake         // delegators' shares, by delegator address
}

// tally is a validator's per-score accuracies, summed.
type tally struct {
	sum math.LegacyDec
	n   uint32
}

// Settle computes the settlement of in. It fails only on inconsistent input (a score by
// an address that is not a validator of the task).
func Settle(in SettleInput) (SettleResult, error) {
	p := in.Params
	index := make(map[string]int, len(in.Participants)) // lookups only, never iterated
	for i, sp := range in.Participants {
		index[string(sp.Address)] = i
	}
	tallies := make([]tally, len(in.Participants))
	for i := range tallies {
		tallies[i].sum = math.LegacyZeroDec()
	}
	ranked := make([]RankedSubmission, len(in.Submissions))
	keys := make([][]byte, len(in.Submissions))
	for i, s := range in.Submissions {
		votes := make([]Vote, len(s.Scores))
		for j, sc := range s.Scores {
			vi, ok := index[string(sc.Validator)]
			if !ok || in.Participants[vi].Role != ROLE_VALIDATOR {
				return SettleResult{}, fmt.Errorf("submission %d: score by %X, not a validator of the task", s.ID, sc.Validator)
			}
			votes[j] = Vote{Validator: sc.Validator, Score: sc.Score, Weight: EffectiveStake(in.Participants[vi].participant(), p.DelegationWeight)}
		}
		judged := ScoreSubmission(votes, p.Tolerance, p.MinScale)
		for j, sc := range s.Scores {
			t := &tallies[index[string(sc.Validator)]]
			t.sum, t.n = t.sum.Add(judged.Accuracy[j]), t.n+1
		}
		ranked[i] = RankedSubmission{SubmissionId: s.ID, Scored: judged.Scored, Score: judged.Median}
		if !judged.Scored {
			ranked[i].Score = math.LegacyZeroDec()
		}
		keys[i] = RankKey(ranked[i], in.LowerIsBetter, s.Submitted)
	}
	for i, sp := range in.Participants {
		if tallies[i].n > sp.Assigned {
			return SettleResult{}, fmt.Errorf("validator %X revealed %d scores but was assigned %d", sp.Address, tallies[i].n, sp.Assigned)
		}
	}
	order := make([]int, len(ranked))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return bytes.Compare(keys[a], keys[b]) })

	// the sides weigh working stake only: trainers whose model was scored, validators that
	// revealed a score
	trainerStake, validatorStake, weightSum := math.LegacyZeroDec(), math.LegacyZeroDec(), new(big.Rat)
	for i, s := range in.Submissions {
		if ti, ok := index[string(s.Trainer)]; ok && ranked[i].Scored {
			trainerStake = trainerStake.Add(EffectiveStake(in.Participants[ti].participant(), p.DelegationWeight))
		}
	}
	weights := make([]*big.Rat, len(in.Participants))
	for i, sp := range in.Participants {
		if sp.Role != ROLE_VALIDATOR {
			continue
		}
		s := EffectiveStake(sp.participant(), p.DelegationWeight)
		if tallies[i].n > 0 {
			validatorStake = validatorStake.Add(s)
		}
		weights[i] = ValidatorWeight(s, tallies[i].sum, sp.Assigned)
		weightSum.Add(weightSum, weights[i])
	}
	toTrainers, toValidators := SideSplit(in.Pool, trainerStake, validatorStake, p.Gamma)

	res := SettleResult{Paid: math.ZeroInt(), Slashed: math.ZeroInt()}
	rewards := make([]math.Int, len(in.Participants))
	for i := range rewards {
		rewards[i] = math.ZeroInt()
	}
	scored := 0
	for _, i := range order {
		if ranked[i].Scored {
			scored++
		}
	}
	split := NewRankSplit(toTrainers, p.RankDecay, scored, p.MaxRewardedTrainers)
	for pos, i := range order {
		row := LeaderboardRow{SubmissionID: ranked[i].SubmissionId, Trainer: in.Submissions[i].Trainer, Scored: ranked[i].Scored,
			Score: ranked[i].Score, Reward: math.ZeroInt()}
		if row.Scored {
			row.Rank, row.Reward = uint32(pos+1), split.Reward(pos)
		}
		if ti, ok := index[string(row.Trainer)]; ok {
			rewards[ti] = row.Reward
		}
		res.Leaderboard = append(res.Leaderboard, row)
	}

	for i, sp := range in.Participants {
		out := ParticipantOutcome{Address: sp.Address, Role: sp.Role, Reward: rewards[i], Slashed: math.ZeroInt()}
		if sp.Role == ROLE_VALIDATOR {
			out.Reward = ValidatorReward(toValidators, weights[i], weightSum)
			if tallies[i].n > 0 {
				acc := MeanAccuracy(tallies[i].sum, sp.Assigned)
				out.Accuracy = &acc
			}
			out.Slashed = ValidatorSlash(p, sp.SelfStake, sp.Assigned, sp.Committed, sp.Revealed)
		}
		amounts := make([]math.Int, len(sp.Delegations))
		for j, d := range sp.Delegations {
			amounts[j] = d.Amount
		}
		toSelf, shares := SplitReward(out.Reward, sp.participant(), amounts)
		out.ToSelf = toSelf
		res.Paid = res.Paid.Add(toSelf)
		for j, sh := range shares {
			if sh.IsPositive() {
				out.Delegators = append(out.Delegators, Stake{Address: sp.Delegations[j].Address, Amount: sh})
				res.Paid = res.Paid.Add(sh)
			}
		}
		res.Slashed = res.Slashed.Add(out.Slashed)
		res.Participants = append(res.Participants, out)
	}
	res.Dust = in.Pool.Sub(res.Paid)
	return res, nil
}

// SplitReward divides a participant's reward between itself and its delegators: SigmaSplit,
// then the delegators' part pro rata to their delegations (each rounded down; the rest is dust).
func SplitReward(reward math.Int, p Participant, delegations []math.Int) (toSelf math.Int, shares []math.Int) {
	toSelf, toDelegators := SigmaSplit(reward, p.Sigma, p.SelfStake, p.Delegated)
	return toSelf, fixedpoint.Allocate(toDelegators, delegations)
}

func (sp SettleParticipant) participant() Participant {
	return Participant{Role: sp.Role, SelfStake: sp.SelfStake, Delegated: sp.Delegated, Sigma: sp.Sigma}
}
