package types

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/valset"
)

// ValsetCandidate is a bonded validator with a registered eth key: what a bridge valset is
// made of. Tokens are its bonded tokens.
type ValsetCandidate struct {
	Validator string // operator address, canonical
	Eth       common.Address
	Tokens    math.Int
}

// BuildValset makes the bridge valset nonce from cands, given in descending power order (as
// x/staking lists its bonded validators), normalised against bonded, the whole bonded power:
// power_i = ⌊tokens_i · 2^32 / bonded⌋ (valset.NormalizeBonded). At most valset.MaxSize
// candidates are taken, the most powerful first, because the contract refuses a bigger set.
// The result is one the contract accepts; if the candidates hold 2/3 of bonded power or less
// the error wraps valset.ErrPowerTooLow and no valset can be made.
func BuildValset(nonce uint64, cands []ValsetCandidate, bonded math.Int) (Valset, error) {
	if len(cands) > valset.MaxSize {
		cands = cands[:valset.MaxSize]
	}
	inputs := make([]valset.Input, len(cands))
	for i, c := range cands {
		inputs[i] = valset.Input{Address: c.Eth, Power: c.Tokens.BigInt()}
	}
	vs, err := valset.NormalizeBonded(nonce, inputs, bonded.BigInt())
	if err != nil {
		return Valset{}, err
	}
	// the members came back sorted by address: find each one's validator
	byEth := make([]ValsetCandidate, len(cands))
	copy(byEth, cands)
	sort.Slice(byEth, func(i, j int) bool { return bytes.Compare(byEth[i].Eth[:], byEth[j].Eth[:]) < 0 })
	out := Valset{Nonce: nonce, Checkpoint: HashString(vs.Checkpoint())}
	for _, m := range vs.Members {
		i := sort.Search(len(byEth), func(i int) bool { return bytes.Compare(byEth[i].Eth[:], m.Address[:]) >= 0 })
		out.Members = append(out.Members, ValsetMember{EthAddress: m.Address.Hex(), Power: m.Power, Validator: byEth[i].Validator})
	}
	return out, nil
}

// Bridge is v as package valset's type, the form digests and the contract take.
func (v Valset) Bridge() (valset.Valset, error) {
	vs := valset.Valset{Nonce: v.Nonce, Members: make([]valset.Member, len(v.Members))}
	for i, m := range v.Members {
		a, err := ParseEthAddress("valset member", m.EthAddress)
		if err != nil {
			return valset.Valset{}, errorsmod.Wrapf(err, "valset %d member %d", v.Nonce, i)
		}
		vs.Members[i] = valset.Member{Address: a, Power: m.Power}
	}
	return vs, nil
}

// ValsetChange says whether next must replace latest as the chain's valset, and why: the first
// valset; latest vetoed on Base; another member set or another key for a member (a rotation);
// or normalised power moved by more than changeBps basis points of 2^32, summed as
// Σ|next_i − latest_i| over both sets' members. An empty reason means no new valset.
func ValsetChange(latest *Valset, next Valset, changeBps uint32) string {
	switch {
	case latest == nil:
		return "first valset"
	case latest.Vetoed:
		return fmt.Sprintf("valset %d was vetoed on Base", latest.Nonce)
	case len(latest.Members) != len(next.Members):
		return fmt.Sprintf("members %d → %d", len(latest.Members), len(next.Members))
	}
	var moved uint64 // ≤ 2 · 2^32: no overflow
	for i, m := range next.Members {
		old := latest.Members[i]
		if old.EthAddress != m.EthAddress || old.Validator != m.Validator {
			return fmt.Sprintf("member %d changed from %s (%s) to %s (%s)", i, old.Validator, old.EthAddress, m.Validator, m.EthAddress)
		}
		if m.Power > old.Power {
			moved += m.Power - old.Power
		} else {
			moved += old.Power - m.Power
		}
	}
	// moved / 2^32 > bps / 10_000, in integers
	if moved*10_000 > uint64(changeBps)*valset.PowerTotal {
		return fmt.Sprintf("power moved by %d of 2^32 (more than %d bps)", moved, changeBps)
	}
	return ""
}

// ValsetBlockedReason explains why no valset can be made from candidates holding covered of
// bonded tokens: err is BuildValset's error. It names the covered share, which must exceed 2/3.
func ValsetBlockedReason(err error, covered, bonded math.Int) string {
	share := "0.00 %"
	if bonded.IsPositive() {
		bps := new(big.Int).Quo(new(big.Int).Mul(covered.BigInt(), big.NewInt(10_000)), bonded.BigInt()).Int64()
		share = fmt.Sprintf("%d.%02d %%", bps/100, bps%100)
	}
	switch {
	case errors.Is(err, valset.ErrPowerTooLow), errors.Is(err, valset.ErrNothingToKeep):
		return fmt.Sprintf("registered eth keys cover %s of bonded power (%s of %s): more than 2/3 is needed for a valset Base accepts", share, covered, bonded)
	default:
		return fmt.Sprintf("no valset can be made (registered eth keys cover %s of bonded power): %v", share, err)
	}
}

// SignedValsetOf is the valset a piece of evidence claims was signed, as given: its checkpoint
// (and digest) is computed over the members in the order given, sorted or not, since a key
// that signs an invalid valset is as much at fault.
func SignedValsetOf(s *SignedValset) (valset.Valset, error) {
	if s == nil {
		return valset.Valset{}, errorsmod.Wrap(ErrNotEvidence, "empty valset")
	}
	if len(s.Signers) != len(s.Powers) {
		return valset.Valset{}, errorsmod.Wrapf(ErrNotEvidence, "valset with %d signers and %d powers", len(s.Signers), len(s.Powers))
	}
	if len(s.Signers) > valset.MaxSize {
		return valset.Valset{}, errorsmod.Wrapf(ErrNotEvidence, "valset with %d signers: FlockBridge takes at most %d", len(s.Signers), valset.MaxSize)
	}
	vs := valset.Valset{Nonce: s.Nonce, Members: make([]valset.Member, len(s.Signers))}
	for i, a := range s.Signers {
		addr, err := ParseEthAddress("valset signer", a)
		if err != nil {
			return valset.Valset{}, errorsmod.Wrapf(err, "signer %d", i)
		}
		vs.Members[i] = valset.Member{Address: addr, Power: s.Powers[i]}
	}
	return vs, nil
}

// validateValsetGenesis checks the valset concern's genesis records on their own: every valset
// is one the contract accepts with its checkpoint right and nonces unique, every confirmation
// names a valset or settlement of the genesis and carries a signature the contract accepts,
// every deadline has a kind, every bad-signature record a digest.
func validateValsetGenesis(gs GenesisState) error {
	valsets := make(map[uint64]bool, len(gs.Valsets))
	for _, v := range gs.Valsets {
		if valsets[v.Nonce] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "valset %d appears twice", v.Nonce)
		}
		valsets[v.Nonce] = true
		bvs, err := v.Bridge()
		if err != nil {
			return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
		}
		if err := bvs.Validate(); err != nil {
			return errorsmod.Wrapf(ErrInvalidGenesis, "valset %d: %v", v.Nonce, err)
		}
		if want := HashString(bvs.Checkpoint()); v.Checkpoint != want {
			return errorsmod.Wrapf(ErrInvalidGenesis, "valset %d checkpoint %s: its members make %s", v.Nonce, v.Checkpoint, want)
		}
		for i, m := range v.Members {
			if err := checkValidator(fmt.Sprintf("valset %d member %d validator", v.Nonce, i), m.Validator); err != nil {
				return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
			}
		}
	}
	for _, c := range gs.ValsetConfirmations {
		if !valsets[c.Nonce] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "confirmation of valset %d, which the genesis does not hold", c.Nonce)
		}
		if err := validateConfirmation(fmt.Sprintf("valset %d", c.Nonce), c.Confirmation); err != nil {
			return err
		}
	}
	settlements := make(map[uint64]bool, len(gs.Settlements))
	for _, s := range gs.Settlements {
		settlements[s.Epoch] = true
	}
	for _, c := range gs.SettlementConfirmations {
		if !settlements[c.Epoch] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "confirmation of settlement %d, which the genesis does not hold", c.Epoch)
		}
		if err := validateConfirmation(fmt.Sprintf("settlement %d", c.Epoch), c.Confirmation); err != nil {
			return err
		}
	}
	for _, d := range gs.Deadlines {
		if d.Kind != CONFIRM_KIND_VALSET && d.Kind != CONFIRM_KIND_SETTLEMENT {
			return errorsmod.Wrapf(ErrInvalidGenesis, "deadline for %s %d: want kind VALSET or SETTLEMENT", d.Kind, d.Id)
		}
	}
	for _, b := range gs.BadSignatures {
		if _, err := ParseHash("bad signature digest", b.Digest); err != nil {
			return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
		}
		if _, err := ParseEthAddress("bad signature signer", b.EthAddress); err != nil {
			return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
		}
	}
	return nil
}

func validateConfirmation(what string, c Confirmation) error {
	if err := checkValidator("confirmation of "+what+" validator", c.Validator); err != nil {
		return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
	}
	if _, err := ParseEthAddress("confirmation of "+what+" eth address", c.EthAddress); err != nil {
		return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
	}
	if _, err := ParseSignature("confirmation of "+what+" signature", c.Signature); err != nil {
		return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
	}
	return nil
}

// StakingPowerLess reports whether validator a (operator address bytes and bonded tokens)
// comes before b in x/staking's GetBondedValidatorsByPower: consensus power descending, then
// operator address ascending (its power index stores the address inverted and iterates
// backwards). Whoever rebuilds a valset off the store (genesis, an orchestrator checking
// before it signs) orders candidates with it, so members and ties come out as the keeper's.
func StakingPowerLess(aOp []byte, aTokens math.Int, bOp []byte, bTokens math.Int) bool {
	pa := sdk.TokensToConsensusPower(aTokens, sdk.DefaultPowerReduction)
	pb := sdk.TokensToConsensusPower(bTokens, sdk.DefaultPowerReduction)
	if pa != pb {
		return pa > pb
	}
	return bytes.Compare(aOp, bOp) < 0
}
