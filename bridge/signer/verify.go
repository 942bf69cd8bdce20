package signer

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/bridge/digest"
	"github.com/flockchain/flock/bridge/merkle"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/x/bridge/types"
)

// What the signer checks before it signs: it never signs what the chain's state says, only
// what it recomputed from that state and found equal. A node that lies (a compromised or
// buggy node, a forged query answer) can then make an honest orchestrator sign nothing but
// the truth; the refusal is an ERROR log naming both values and a metric to alert on.

// Refusal is a valset or settlement the signer will not sign, and why.
type Refusal struct {
	Kind   string // "valset" or "settlement"
	ID     uint64 // nonce or epoch
	Reason string
}

func (r *Refusal) Error() string { return fmt.Sprintf("%s %d: %s", r.Kind, r.ID, r.Reason) }

func refuse(kind string, id uint64, format string, args ...any) *Refusal {
	return &Refusal{Kind: kind, ID: id, Reason: fmt.Sprintf(format, args...)}
}

// Candidates are the valset candidates in st exactly as x/bridge's valsetCandidates lists
// them: bonded, unjailed validators with positive tokens and a registered eth key, in
// x/staking's power order (types.StakingPowerLess), at most valset.MaxSize.
func Candidates(st Staking) ([]types.ValsetCandidate, error) {
	eth := make(map[string]common.Address, len(st.Orchestrators))
	for _, o := range st.Orchestrators {
		a, err := types.ParseEthAddress("registered eth address", o.EthAddress)
		if err != nil {
			return nil, fmt.Errorf("orchestrator of %s: %w", o.Validator, err)
		}
		eth[o.Validator] = a
	}
	type ranked struct {
		c    types.ValsetCandidate
		addr []byte
	}
	var rs []ranked
	for _, v := range st.Bonded {
		if !v.IsBonded() || v.IsJailed() || !v.Tokens.IsPositive() {
			continue
		}
		a, ok := eth[v.OperatorAddress]
		if !ok {
			continue // no eth key: not a member, its power counts against the quorum
		}
		op, err := sdk.ValAddressFromBech32(v.OperatorAddress)
		if err != nil {
			return nil, fmt.Errorf("bonded validator %q: %w", v.OperatorAddress, err)
		}
		rs = append(rs, ranked{c: types.ValsetCandidate{Validator: op.String(), Eth: a, Tokens: v.Tokens}, addr: op})
	}
	sort.Slice(rs, func(i, j int) bool {
		return types.StakingPowerLess(rs[i].addr, rs[i].c.Tokens, rs[j].addr, rs[j].c.Tokens)
	})
	out := make([]types.ValsetCandidate, 0, min(len(rs), valset.MaxSize))
	for _, r := range rs {
		if len(out) == valset.MaxSize {
			break
		}
		out = append(out, r.c)
	}
	return out, nil
}

// CheckValset recomputes valset v.Nonce from st (the chain's state at the block v was made)
// with x/bridge's own rule (types.BuildValset) and returns it if v is that valset: the same
// members with the same normalised powers and validators, and a stored checkpoint that is
// theirs. Anything else is a *Refusal naming the first difference.
func CheckValset(v types.Valset, st Staking) (valset.Valset, error) {
	const kind = "valset"
	cands, err := Candidates(st)
	if err != nil {
		return valset.Valset{}, refuse(kind, v.Nonce, "cannot recompute it: %v", err)
	}
	want, err := types.BuildValset(v.Nonce, cands, st.BondedTokens)
	if err != nil {
		return valset.Valset{}, refuse(kind, v.Nonce, "the chain holds one (checkpoint %s) but none can be made from %d bonded validators and %d orchestrators: %v",
			v.Checkpoint, len(st.Bonded), len(st.Orchestrators), err)
	}
	got, err := v.Bridge()
	if err != nil {
		return valset.Valset{}, refuse(kind, v.Nonce, "malformed: %v", err)
	}
	if made := types.HashString(got.Checkpoint()); made != v.Checkpoint {
		return valset.Valset{}, refuse(kind, v.Nonce, "chain checkpoint %s != %s, its own members' checkpoint", v.Checkpoint, made)
	}
	if v.Checkpoint != want.Checkpoint {
		return valset.Valset{}, refuse(kind, v.Nonce, "chain checkpoint %s != recomputed %s (%s)", v.Checkpoint, want.Checkpoint, memberDiff(v.Members, want.Members))
	}
	if d := memberDiff(v.Members, want.Members); d != "" {
		return valset.Valset{}, refuse(kind, v.Nonce, "same checkpoint %s but other validators behind it (%s)", v.Checkpoint, d)
	}
	return want.Bridge()
}

// memberDiff names the first member where a and b differ ("" if none).
func memberDiff(chain, mine []types.ValsetMember) string {
	for i := 0; i < max(len(chain), len(mine)); i++ {
		switch {
		case i >= len(chain):
			return fmt.Sprintf("member %d: chain has none, recomputed %s", i, memberString(mine[i]))
		case i >= len(mine):
			return fmt.Sprintf("member %d: chain %s, recomputed none", i, memberString(chain[i]))
		case chain[i] != mine[i]:
			return fmt.Sprintf("member %d: chain %s, recomputed %s", i, memberString(chain[i]), memberString(mine[i]))
		}
	}
	return ""
}

func memberString(m types.ValsetMember) string {
	return fmt.Sprintf("%s power %d (%s)", m.EthAddress, m.Power, m.Validator)
}

// CheckSettlement recomputes settlement s from its leaves (the chain's, read one by one) with
// bridge/merkle — leaf i is keccak256(abi.encode(epoch, i, account, amount)) — and returns
// what is signed if the chain's root, total and count are what the leaves make. Anything else
// is a *Refusal naming both values.
func CheckSettlement(s types.Settlement, leaves []types.Leaf) (digest.Settlement, error) {
	const kind = "settlement"
	root, err := types.ParseHash("settlement root", s.Root)
	if err != nil {
		return digest.Settlement{}, refuse(kind, s.Epoch, "malformed root: %v", err)
	}
	if s.Count == 0 || uint64(len(leaves)) != s.Count {
		return digest.Settlement{}, refuse(kind, s.Epoch, "chain count %d != %d leaves read", s.Count, len(leaves))
	}
	total := math.ZeroInt()
	hashes := make([]common.Hash, len(leaves))
	for i, l := range leaves {
		if l.Epoch != s.Epoch || l.Index != uint64(i) {
			return digest.Settlement{}, refuse(kind, s.Epoch, "leaf %d is leaf %d of epoch %d", i, l.Index, l.Epoch)
		}
		account, err := types.ParseEthAddress("leaf account", l.Withdrawal.BaseRecipient)
		if err != nil {
			return digest.Settlement{}, refuse(kind, s.Epoch, "leaf %d: %v", i, err)
		}
		amount := l.Withdrawal.Amount
		if amount.IsNil() || !amount.IsPositive() || amount.BigInt().BitLen() > 256 {
			return digest.Settlement{}, refuse(kind, s.Epoch, "leaf %d pays %s: want a positive uint256", i, amount)
		}
		hashes[i] = merkle.LeafHash(s.Epoch, uint64(i), account, amount.BigInt())
		total = total.Add(amount)
	}
	tree, err := merkle.New(hashes)
	if err != nil {
		return digest.Settlement{}, refuse(kind, s.Epoch, "%v", err)
	}
	if got := tree.Root(); got != root {
		return digest.Settlement{}, refuse(kind, s.Epoch, "chain root %s != recomputed %s", s.Root, types.HashString(got))
	}
	if s.Total.IsNil() || !s.Total.Equal(total) {
		return digest.Settlement{}, refuse(kind, s.Epoch, "chain total %s != recomputed %s", s.Total, total)
	}
	return digest.Settlement{Epoch: s.Epoch, Root: root, Total: new(big.Int).Set(total.BigInt()), Count: s.Count}, nil
}
