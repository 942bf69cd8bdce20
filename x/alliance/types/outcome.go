package types

import (
	"math/big"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
)

// Judge is an update's outcome from its revealed verdicts: accepted when the stake-weighted
// sum Σ stake·verdict is ≥ 0, rejected when it is < 0, no votes when nobody judged it.
func Judge(stakeFor, stakeAgainst math.Int, votes uint32) UpdateStatus {
	switch {
	case votes == 0:
		return UPDATE_STATUS_NO_VOTES
	case stakeFor.GTE(stakeAgainst):
		return UPDATE_STATUS_ACCEPTED
	default:
		return UPDATE_STATUS_REJECTED
	}
}

// RoundReward is what round r of an alliance of `rounds` rounds pays: ⌊pool / rounds left⌋
// with rounds left = rounds − r + 1, so the last round pays the whole pool.
func RoundReward(pool math.Int, rounds, round uint32) math.Int {
	left := int64(rounds) - int64(round) + 1
	if left < 1 || !pool.IsPositive() {
		return math.ZeroInt()
	}
	return pool.QuoRaw(left)
}

// SplitReward divides a round's reward: ⌊R·proposer_share⌋ to the accepted proposers, the
// rest to the voters that matched the outcomes.
func SplitReward(reward math.Int, proposerShare math.LegacyDec) (proposers, voters math.Int) {
	p := math.NewIntFromBigIntMut(fixedpoint.Share(reward.BigInt(), proposerShare.BigInt(), fixedpoint.Scale()))
	return p, reward.Sub(p)
}

// Slash is ⌊stake·rate⌋.
func Slash(stake math.Int, rate math.LegacyDec) math.Int {
	return math.NewIntFromBigIntMut(fixedpoint.Share(stake.BigInt(), rate.BigInt(), fixedpoint.Scale()))
}

// VoterSlash is ⌊stake·slash_voter·mismatched/judged⌋: the whole rate when every verdict
// went against the outcome, nothing when none did.
func VoterSlash(stake math.Int, rate math.LegacyDec, mismatched, judged uint32) math.Int {
	if judged == 0 || mismatched == 0 {
		return math.ZeroInt()
	}
	whole := new(big.Int).Mul(big.NewInt(int64(judged)), fixedpoint.Scale())
	part := new(big.Int).Mul(rate.BigInt(), big.NewInt(int64(mismatched)))
	return math.NewIntFromBigIntMut(fixedpoint.Share(stake.BigInt(), part, whole))
}

// ShareOf is ⌊total·part/whole⌋ for math.Int values.
func ShareOf(total, part, whole math.Int) math.Int {
	return math.NewIntFromBigIntMut(fixedpoint.Share(total.BigInt(), part.BigInt(), whole.BigInt()))
}

// RoundInputs is what settlement knows of one participant in one round.
type RoundInputs struct {
	// Stake is its stake when the round is settled (before this round's slashes).
	Stake math.Int
	// Proposer: it proposes this round; Update is what became of its update (unspecified:
	// it committed nothing).
	Proposer bool
	Update   UpdateStatus
	// Voter: it votes this round; ToJudge is how many updates it had to judge, Revealed
	// whether it revealed a vote, Judged and Matched its verdicts and those that matched.
	Voter    bool
	ToJudge  uint32
	Revealed bool
	Judged   uint32
	Matched  uint32
}

// RoundPot is what a round pays: each part and the total weight it is split by.
type RoundPot struct {
	ProposerReward math.Int
	AcceptedStake  math.Int // Σ stakes of the proposers of accepted updates
	VoterReward    math.Int
	VoterWeight    math.Int // Σ stake·matched over the voters that revealed
}

// ParticipantOutcome is one participant's reward and slash for a round.
type ParticipantOutcome struct {
	Reward   math.Int
	Slashed  math.Int
	Accepted bool // its update was accepted
	Rejected bool // its update was rejected
	// Absent is set when it left a role of the round undone (no update revealed as a
	// proposer, no vote revealed as a voter with updates to judge), whatever slash_absent
	// is: its stake stops counting as working stake (README "Emission").
	Absent  bool
	Reasons []string
}

// SettleParticipant is the README's "Rewards and slashes" for one participant, exactly:
//
//   - proposer of an accepted update: ⌊R_p·s/S_accepted⌋;
//   - proposer of a rejected update: slashed ⌊s·slash_proposer⌋;
//   - proposer that revealed no update: slashed ⌊s·slash_absent⌋; no votes: nothing;
//   - voter that revealed: ⌊R_v·s·m/W⌋ with m its matching verdicts and W = Σ s·m, and
//     slashed ⌊s·slash_voter·(j−m)/j⌋ for its j verdicts;
//   - voter with updates to judge that revealed nothing: slashed ⌊s·slash_absent⌋.
//
// Each slash is computed on the stake before the round's slashes; their sum is capped at it.
func SettleParticipant(in RoundInputs, pot RoundPot, p Params) ParticipantOutcome {
	out := ParticipantOutcome{Reward: math.ZeroInt(), Slashed: math.ZeroInt()}
	slash := func(amount math.Int, reason string) {
		if amount.IsPositive() {
			out.Slashed = out.Slashed.Add(amount)
			out.Reasons = append(out.Reasons, reason)
		}
	}
	if in.Proposer {
		switch in.Update {
		case UPDATE_STATUS_ACCEPTED:
			out.Accepted = true
			out.Reward = out.Reward.Add(ShareOf(pot.ProposerReward, in.Stake, pot.AcceptedStake))
		case UPDATE_STATUS_REJECTED:
			out.Rejected = true
			slash(Slash(in.Stake, p.SlashProposer), "rejected update")
		case UPDATE_STATUS_NO_VOTES:
		default:
			out.Absent = true
			slash(Slash(in.Stake, p.SlashAbsent), "absent proposer")
		}
	}
	if in.Voter && in.ToJudge > 0 {
		if in.Revealed {
			out.Reward = out.Reward.Add(ShareOf(pot.VoterReward, in.Stake.MulRaw(int64(in.Matched)), pot.VoterWeight))
			slash(VoterSlash(in.Stake, p.SlashVoter, in.Judged-in.Matched, in.Judged), "verdicts against the outcome")
		} else {
			out.Absent = true
			slash(Slash(in.Stake, p.SlashAbsent), "absent voter")
		}
	}
	if out.Slashed.GT(in.Stake) {
		out.Slashed = in.Stake
	}
	return out
}
