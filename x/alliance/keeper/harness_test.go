package keeper_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/alliance/keeper"
	"github.com/flockchain/flock/x/alliance/types"
)

// harness drives x/alliance on the full app: real bank, real x/rewards, blocks with
// Begin/EndBlock. After every step it checks both escrows (x/alliance's and x/rewards').
type harness struct {
	t  testing.TB
	f  *apptest.Fixture
	k  keeper.Keeper
	ms types.MsgServer
	q  types.QueryServer
}

func addr(name string) sdk.AccAddress { return sdk.AccAddress(fmt.Sprintf("%-20s", name)) }

func acc(name string) string { return addr(name).String() }

func flock(n int64) math.Int { return app.Flock(n) }

func aflock(a math.Int) sdk.Coin { return sdk.NewCoin(app.BondDenom, a) }

func hashOf(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:] }

func hexOf(s string) string { return hex.EncodeToString(hashOf(s)) }

const phase = 10 * time.Minute

// salt is every test participant's salt (hex, 16 bytes).
var salt = hex.EncodeToString([]byte("alliance-salt-16"))

func newHarness(t testing.TB, names []string, params func(*types.Params)) *harness {
	var funds []apptest.Balance
	for _, n := range names {
		funds = append(funds, apptest.Fund(addr(n), 100_000))
	}
	f := apptest.Setup(t, funds...)
	h := &harness{t: t, f: f, k: f.App.AllianceKeeper, ms: keeper.NewMsgServerImpl(f.App.AllianceKeeper), q: keeper.NewQueryServerImpl(f.App.AllianceKeeper)}
	if params != nil {
		p := types.DefaultParams()
		params(&p)
		require.NoError(t, p.Validate())
		require.NoError(t, h.k.Params.Set(f.Context(), p))
	}
	t.Cleanup(h.conserved)
	return h
}

func (h *harness) ctx() sdk.Context { return h.f.Context() }

// conserved checks both escrow invariants (x/alliance's and x/rewards') and x/alliance's
// idle stake.
func (h *harness) conserved() {
	h.t.Helper()
	require.NoError(h.t, h.k.CheckBalance(h.ctx()))
	require.NoError(h.t, h.k.CheckIdleStake(h.ctx()))
	require.NoError(h.t, h.f.App.RewardsKeeper.CheckBalance(h.ctx()))
	_, broken := keeper.BalanceInvariant(h.k)(h.ctx())
	require.False(h.t, broken)
}

func (h *harness) advance(d time.Duration) {
	h.t.Helper()
	h.f.Advance(h.t, d)
	h.conserved()
}

func (h *harness) balance(name string) math.Int {
	return h.f.App.BankKeeper.GetBalance(h.ctx(), addr(name), app.BondDenom).Amount
}

func (h *harness) claimable(name string) math.Int {
	v, err := h.f.App.RewardsKeeper.Claimables.Get(h.ctx(), addr(name))
	if err != nil {
		return math.ZeroInt()
	}
	return v
}

func (h *harness) alliance(id uint64) types.Alliance {
	h.t.Helper()
	a, err := h.k.GetAlliance(h.ctx(), id)
	require.NoError(h.t, err)
	return a
}

func (h *harness) participant(id uint64, name string) types.Participant {
	h.t.Helper()
	p, err := h.k.GetParticipant(h.ctx(), id, addr(name))
	require.NoError(h.t, err)
	return p
}

func (h *harness) round(id uint64, r uint32) types.Round {
	h.t.Helper()
	round, err := h.k.GetRound(h.ctx(), id, r)
	require.NoError(h.t, err)
	return round
}

func (h *harness) update(id uint64, r uint32, name string) types.Update {
	h.t.Helper()
	u, err := h.k.Updates.Get(h.ctx(), collections.Join3(id, r, addr(name)))
	require.NoError(h.t, err)
	return u
}

// createMsg is a valid alliance of `rounds` rounds for 2..10 participants staking at least
// 100 FLOCK, with a 1,000 FLOCK reward deposit and 10-minute phases.
func createMsg(creator string, rounds uint32, ratio string) *types.MsgCreateAlliance {
	return &types.MsgCreateAlliance{
		Creator: acc(creator), Title: "digits", ModelSpecUri: "https://example.org/spec.json", InitialModelHash: hexOf("model-0"),
		Rounds: rounds, MinParticipants: 2, MaxParticipants: 10, MinStake: aflock(flock(100)),
		UpdateCommitDuration: phase, UpdateRevealDuration: phase, VoteCommitDuration: phase, VoteRevealDuration: phase,
		ProposerRatio: ratio, RewardDeposit: aflock(flock(1000)),
	}
}

func (h *harness) create(msg *types.MsgCreateAlliance) uint64 {
	h.t.Helper()
	res, err := h.ms.CreateAlliance(h.ctx(), msg)
	require.NoError(h.t, err)
	return res.AllianceId
}

func (h *harness) join(id uint64, name string, stake int64) {
	h.t.Helper()
	_, err := h.ms.JoinAlliance(h.ctx(), &types.MsgJoinAlliance{Participant: acc(name), AllianceId: id, Stake: aflock(flock(stake))})
	require.NoError(h.t, err)
}

// roles are the current round's proposers and voters by name.
func (h *harness) roles(id uint64, names []string) (proposers, voters []string) {
	h.t.Helper()
	res, err := h.q.Roles(h.ctx(), &types.QueryRolesRequest{AllianceId: id})
	require.NoError(h.t, err)
	is := func(list []string, a string) bool {
		for _, x := range list {
			if x == a {
				return true
			}
		}
		return false
	}
	for _, n := range names {
		if is(res.Proposers, acc(n)) {
			proposers = append(proposers, n)
		}
		if is(res.Voters, acc(n)) {
			voters = append(voters, n)
		}
	}
	return proposers, voters
}

// updateOf is the update a test proposer trains in a round.
func updateOf(name string, round uint32) []byte {
	return hashOf(fmt.Sprintf("update %s %d", name, round))
}

func (h *harness) commitUpdate(id uint64, round uint32, name string, base []byte) error {
	s, _ := hex.DecodeString(salt)
	c := types.UpdateCommitment(id, round, acc(name), updateOf(name, round), 100, base, s)
	_, err := h.ms.CommitUpdate(h.ctx(), &types.MsgCommitUpdate{Proposer: acc(name), AllianceId: id, Round: round, Commitment: hex.EncodeToString(c)})
	return err
}

func (h *harness) submitUpdate(id uint64, round uint32, name string, base []byte) error {
	_, err := h.ms.SubmitUpdate(h.ctx(), &types.MsgSubmitUpdate{
		Proposer: acc(name), AllianceId: id, Round: round, UpdateUri: "https://store.example/" + name,
		UpdateHash: hex.EncodeToString(updateOf(name, round)), NumSamples: 100, BaseModelHash: hex.EncodeToString(base), Salt: salt,
	})
	return err
}

// verdicts builds a reveal's entries: accept[proposer] says +1 or −1.
func verdicts(accept map[string]bool, order []string) []types.VerdictEntry {
	var out []types.VerdictEntry
	for _, p := range order {
		ok, present := accept[p]
		if !present {
			continue
		}
		v := int32(types.VerdictReject)
		if ok {
			v = types.VerdictAccept
		}
		out = append(out, types.VerdictEntry{Proposer: acc(p), Verdict: v, Metric: "0.5"})
	}
	return out
}

func (h *harness) commitVote(id uint64, round uint32, name string, base []byte, entries []types.VerdictEntry) error {
	parsed, err := types.ParseVerdicts(entries, types.MaxMetricDecimals)
	require.NoError(h.t, err)
	s, _ := hex.DecodeString(salt)
	c := types.VoteCommitment(id, round, acc(name), s, base, parsed)
	_, err = h.ms.CommitVote(h.ctx(), &types.MsgCommitVote{Voter: acc(name), AllianceId: id, Round: round, Commitment: hex.EncodeToString(c)})
	return err
}

func (h *harness) revealVote(id uint64, round uint32, name string, base []byte, entries []types.VerdictEntry) error {
	_, err := h.ms.RevealVote(h.ctx(), &types.MsgRevealVote{
		Voter: acc(name), AllianceId: id, Round: round, Salt: salt, BaseModelHash: hex.EncodeToString(base), Verdicts: entries,
	})
	return err
}

func joinKey(id uint64, round uint32, name string) collections.Triple[uint64, uint32, sdk.AccAddress] {
	return collections.Join3(id, round, addr(name))
}

func deadlineKey(a types.Alliance) collections.Pair[time.Time, uint64] {
	return collections.Join(a.PhaseEnd, a.Id)
}

func keeperSink(h *harness) keeper.EmissionSink { return keeper.NewEmissionSink(h.k) }
