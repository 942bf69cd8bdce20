// Package valset is the bridge validator set as FlockBridge sees it: Ethereum signer addresses
// with powers normalised to 2^32, strictly ascending by address. The chain builds it from its
// bonded validators, orchestrators sign with it, the relayer passes it to the contract. No
// Cosmos imports: x/bridge converts its math.Int powers to *big.Int.
package valset

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// PowerTotal is the sum normalised powers are scaled to (FlockBridge.POWER_TOTAL).
	PowerTotal uint64 = 1 << 32
	// PowerThreshold is floor(2/3 * 2^32); signed power must be strictly greater
	// (FlockBridge.POWER_THRESHOLD).
	PowerThreshold uint64 = 2_863_311_530
	// MaxSize is the largest valset the contract accepts (FlockBridge.MAX_VALSET_SIZE).
	MaxSize = 256
)

// TypeHash is the EIP-712 type hash of a valset (FlockBridge.VALSET_TYPEHASH).
var TypeHash = crypto.Keccak256Hash([]byte("Valset(uint256 nonce,address[] signers,uint256[] powers)"))

// Member is one signer of a valset.
type Member struct {
	Address common.Address `json:"address"`
	Power   uint64         `json:"power"`
}

// Valset is a bridge validator set: members strictly ascending by address.
type Valset struct {
	Nonce   uint64   `json:"nonce"`
	Members []Member `json:"members"`
}

// Errors returned by Validate, mirroring the contract's reverts.
var (
	ErrSize          = errors.New("valset: size must be 1..256")
	ErrNotSorted     = errors.New("valset: signers not strictly ascending (unsorted, duplicate or zero address)")
	ErrZeroPower     = errors.New("valset: member with zero power")
	ErrPowerTooHigh  = errors.New("valset: total power above 2^32")
	ErrPowerTooLow   = errors.New("valset: total power not above the 2/3 threshold")
	ErrNothingToKeep = errors.New("valset: no member keeps a non-zero normalised power")
)

// Validate reports whether the contract would accept vs as a new valset.
func (vs Valset) Validate() error {
	n := len(vs.Members)
	if n == 0 || n > MaxSize {
		return fmt.Errorf("%w (got %d)", ErrSize, n)
	}
	var prev common.Address
	var total uint64
	for i, m := range vs.Members {
		if bytes.Compare(m.Address[:], prev[:]) <= 0 {
			return fmt.Errorf("%w at position %d", ErrNotSorted, i)
		}
		prev = m.Address
		if m.Power == 0 {
			return fmt.Errorf("%w at position %d", ErrZeroPower, i)
		}
		if m.Power > PowerTotal {
			return fmt.Errorf("%w (member %d has %d)", ErrPowerTooHigh, i, m.Power)
		}
		total += m.Power // at most 256 * 2^32: no overflow
	}
	if total > PowerTotal {
		return fmt.Errorf("%w (total %d)", ErrPowerTooHigh, total)
	}
	if total <= PowerThreshold {
		return fmt.Errorf("%w (total %d)", ErrPowerTooLow, total)
	}
	return nil
}

// TotalPower is the sum of the members' powers.
func (vs Valset) TotalPower() uint64 {
	var total uint64
	for _, m := range vs.Members {
		total += m.Power
	}
	return total
}

// Signers and Powers are the two arrays the contract takes.
func (vs Valset) Signers() []common.Address {
	out := make([]common.Address, len(vs.Members))
	for i, m := range vs.Members {
		out[i] = m.Address
	}
	return out
}

// Powers returns the members' powers as the contract's uint256 array.
func (vs Valset) Powers() []*big.Int {
	out := make([]*big.Int, len(vs.Members))
	for i, m := range vs.Members {
		out[i] = new(big.Int).SetUint64(m.Power)
	}
	return out
}

// Checkpoint is the EIP-712 struct hash of vs, which the contract stores as valsetCheckpoint:
// keccak256(abi.encode(TypeHash, nonce, keccak256(signers as 32-byte words),
// keccak256(powers as 32-byte words))).
func (vs Valset) Checkpoint() common.Hash {
	signers := make([]byte, 0, 32*len(vs.Members))
	powers := make([]byte, 0, 32*len(vs.Members))
	for _, m := range vs.Members {
		signers = append(signers, common.LeftPadBytes(m.Address[:], 32)...)
		powers = append(powers, word(new(big.Int).SetUint64(m.Power))...)
	}
	return crypto.Keccak256Hash(
		TypeHash[:],
		word(new(big.Int).SetUint64(vs.Nonce)),
		crypto.Keccak256(signers),
		crypto.Keccak256(powers),
	)
}

// word is x as a 32-byte big-endian ABI word.
func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

// Input is one validator's Ethereum address and raw (bonded) power, before normalisation.
type Input struct {
	Address common.Address
	Power   *big.Int
}

// Normalize builds the valset of nonce from raw powers with their own sum as the denominator:
// NormalizeBonded(nonce, inputs, Σraw). Right when inputs are the whole bonded set (a devnet
// valset file, tests); x/bridge, whose inputs are only the validators with a registered key,
// uses NormalizeBonded with the bonded total.
func Normalize(nonce uint64, inputs []Input) (Valset, error) {
	return NormalizeBonded(nonce, inputs, nil)
}

// NormalizeBonded builds the valset of nonce from raw powers: power_i =
// floor(raw_i * 2^32 / bonded), members whose normalised power rounds to zero left out (the
// contract refuses zero powers; they could not sign anything that matters), members sorted by
// address. bonded is the power of the whole bonded set (nil: the inputs' sum) and must be at
// least the inputs' sum; dividing by it, not by the inputs' sum, keeps the contract's quorum
// (signed power > ⌊2/3 · 2^32⌋) meaning more than 2/3 of bonded power even when validators
// without a registered key are left out of inputs. The powers then sum to less than 2^32, and
// if the inputs hold 2/3 of bonded power or less the result fails validation with
// ErrPowerTooLow: no valset can then be made.
// Duplicate or zero addresses and negative powers are errors: the chain must never produce them.
// The result is validated, so it is a valset the contract accepts.
func NormalizeBonded(nonce uint64, inputs []Input, bonded *big.Int) (Valset, error) {
	total := new(big.Int)
	seen := make(map[common.Address]bool, len(inputs))
	for i, in := range inputs {
		if in.Address == (common.Address{}) {
			return Valset{}, fmt.Errorf("valset: input %d has the zero address", i)
		}
		if seen[in.Address] {
			return Valset{}, fmt.Errorf("valset: address %s appears twice", in.Address)
		}
		seen[in.Address] = true
		if in.Power == nil || in.Power.Sign() < 0 {
			return Valset{}, fmt.Errorf("valset: input %d has a missing or negative power", i)
		}
		total.Add(total, in.Power)
	}
	if total.Sign() == 0 {
		return Valset{}, ErrNothingToKeep
	}
	if bonded == nil {
		bonded = total
	} else if bonded.Cmp(total) < 0 {
		return Valset{}, fmt.Errorf("valset: bonded power %s is less than the inputs' sum %s", bonded, total)
	}
	scale := new(big.Int).SetUint64(PowerTotal)
	vs := Valset{Nonce: nonce}
	for _, in := range inputs {
		p := new(big.Int).Mul(in.Power, scale)
		p.Quo(p, bonded)
		if p.Sign() > 0 {
			vs.Members = append(vs.Members, Member{Address: in.Address, Power: p.Uint64()})
		}
	}
	if len(vs.Members) == 0 {
		return Valset{}, ErrNothingToKeep
	}
	sort.Slice(vs.Members, func(i, j int) bool {
		return bytes.Compare(vs.Members[i].Address[:], vs.Members[j].Address[:]) < 0
	})
	return vs, vs.Validate()
}

// Index returns the position of addr in vs, or -1.
func (vs Valset) Index(addr common.Address) int {
	i := sort.Search(len(vs.Members), func(i int) bool {
		return bytes.Compare(vs.Members[i].Address[:], addr[:]) >= 0
	})
	if i < len(vs.Members) && vs.Members[i].Address == addr {
		return i
	}
	return -1
}

// Quorum picks, among the members for which have(i) is true, as few as possible whose power
// exceeds the threshold (highest power first, ties by position), and returns their positions
// ascending, as the contract wants them. ok is false if all of them together do not suffice.
// Fewer signatures is cheaper gas for the relayer.
func (vs Valset) Quorum(have func(i int) bool) (positions []int, ok bool) {
	var avail []int
	for i := range vs.Members {
		if have(i) {
			avail = append(avail, i)
		}
	}
	sort.SliceStable(avail, func(a, b int) bool { return vs.Members[avail[a]].Power > vs.Members[avail[b]].Power })
	var power uint64
	for _, i := range avail {
		positions = append(positions, i)
		power += vs.Members[i].Power
		if power > PowerThreshold {
			sort.Ints(positions)
			return positions, true
		}
	}
	sort.Ints(positions)
	return positions, false
}
