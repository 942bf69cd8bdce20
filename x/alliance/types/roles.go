package types

import (
	"math/big"

	"cosmossdk.io/math"

	"github.com/flockchain/flock/internal/fixedpoint"
	"github.com/flockchain/flock/internal/seeded"
)

// Seed is the randomness of a round's roles (README "Roles"): seeded.Seed(app hash,
// "alliance", alliance id, round), where the app hash is the one in the header of the block
// that starts the round: the state root after the previous block, fixed before that block is
// proposed. What is left to a validator: the proposer of the previous block could change the
// state root by what it includes, one draw per block.
func Seed(appHash []byte, allianceID uint64, round uint32) []byte {
	seed := seeded.Seed(appHash, ModuleName, allianceID, uint64(round))
	return seed[:]
}

// Shuffle is the seeded Fisher–Yates permutation of the participant indexes 0..n−1: for i
// from n−1 down to 1, swap position i with a uniform position in [0, i]. O(n), no store.
func Shuffle(seed []byte, n uint32) []uint32 {
	perm := make([]uint32, n)
	for i := range perm {
		perm[i] = uint32(i)
	}
	s := seeded.NewStream(seed)
	for i := int(n) - 1; i > 0; i-- {
		j := s.Below(uint64(i) + 1)
		perm[i], perm[j] = perm[j], perm[i]
	}
	return perm
}

// ProposerCount is how many of n participants propose: everyone when ratio = 1, else
// ⌈ratio·n⌉ kept within [1, n−1] so there is at least one proposer and one voter.
func ProposerCount(ratio math.LegacyDec, n uint32) uint32 {
	if ratio.GTE(math.LegacyOneDec()) {
		return n
	}
	num := new(big.Int).Mul(ratio.BigInt(), big.NewInt(int64(n)))
	one := fixedpoint.Scale()
	num.Add(num, one).Sub(num, big.NewInt(1))
	p := uint32(num.Quo(num, one).Uint64())
	return max(1, min(p, n-1))
}

// Roles are a round's roles by participant index.
type Roles struct {
	// Everyone is set with proposer_ratio = 1: every participant proposes and votes.
	Everyone bool
	// position[i] is participant i's position in the shuffle; the first Proposers
	// positions propose, the others vote.
	position  []uint32
	Proposers uint32
}

// NewRoles draws a round's roles from its seed: the first ⌈ratio·n⌉ positions of the
// shuffle propose (ProposerCount).
func NewRoles(seed []byte, n uint32, ratio math.LegacyDec) Roles {
	return RolesOf(seed, n, ProposerCount(ratio, n))
}

// RolesOf draws roles with a given number of proposers (1..n; n: everyone proposes and
// votes). Indexes 0..n−1 are the participants sorted by address bytes (the chain numbers
// them so when an alliance starts), so the shuffle permutes the participants sorted by
// address. The off-chain simulation of an alliance draws its roles here too.
func RolesOf(seed []byte, n, proposers uint32) Roles {
	perm := Shuffle(seed, n)
	pos := make([]uint32, n)
	for p, i := range perm {
		pos[i] = uint32(p)
	}
	return Roles{Everyone: proposers == n, position: pos, Proposers: proposers}
}

// N is the number of participants.
func (r Roles) N() uint32 { return uint32(len(r.position)) }

// Voters is how many participants vote.
func (r Roles) Voters() uint32 {
	if r.Everyone {
		return r.N()
	}
	return r.N() - r.Proposers
}

// IsProposer tells whether participant index i proposes.
func (r Roles) IsProposer(i uint32) bool {
	return i < r.N() && (r.Everyone || r.position[i] < r.Proposers)
}

// IsVoter tells whether participant index i votes.
func (r Roles) IsVoter(i uint32) bool {
	return i < r.N() && (r.Everyone || r.position[i] >= r.Proposers)
}
