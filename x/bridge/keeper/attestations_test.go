package keeper_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/testutil/apptest"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestTallyTable is the 4-validator tally: a claim passes when 3·power > 2·total, compared
// exactly on bonded tokens.
func TestTallyTable(t *testing.T) {
	F := app.Flock
	for _, tc := range []struct {
		name   string
		bonds  []math.Int
		voters []int
		passes bool
	}{
		{"exactly two thirds does not pass", []math.Int{F(2), F(2), F(1), F(1)}, []int{0, 1}, false},
		{"two thirds and one aflock passes", []math.Int{F(20), F(20).AddRaw(1), F(10), F(10).SubRaw(1)}, []int{0, 1}, true},
		{"two thirds less one aflock does not pass", []math.Int{F(20), F(20).SubRaw(1), F(10).AddRaw(1), F(10)}, []int{0, 1}, false},
		{"three of four equal validators pass", apptest.Bonds(5, 5, 5, 5), []int{0, 1, 2}, true},
		{"half does not pass", apptest.Bonds(5, 5, 5, 5), []int{0, 3}, false},
		{"one validator above two thirds passes alone", apptest.Bonds(70, 10, 10, 10), []int{0}, true},
		{"everyone but the biggest does not pass", apptest.Bonds(34, 22, 22, 22), []int{1, 2, 3}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newAttestHarness(t, tc.bonds, nil)
			h.registerAll()
			to := user("alice")
			ev := depositEvent(1, to.String(), F(3))
			for _, i := range tc.voters {
				h.mustAttest(i, ev)
			}
			h.advance(time.Second) // EndBlock tallies again: nothing changes
			tally := h.tallies(1)
			require.Len(t, tally, 1)
			power := math.ZeroInt()
			for _, i := range tc.voters {
				power = power.Add(tc.bonds[i])
			}
			require.Equal(t, power.String(), tally[0].Power.String())
			sum := math.ZeroInt()
			for _, b := range tc.bonds {
				sum = sum.Add(b)
			}
			require.Equal(t, sum.String(), tally[0].Total.String())
			require.Len(t, tally[0].Voters, len(tc.voters))
			if tc.passes {
				require.Equal(t, types.ATTESTATION_STATUS_APPLIED, tally[0].Attestation.Status)
				require.Equal(t, F(3), h.balance(to))
				require.EqualValues(t, 1, h.baseState().LastEventNonce)
			} else {
				require.Equal(t, types.ATTESTATION_STATUS_PENDING, tally[0].Attestation.Status)
				require.True(t, h.balance(to).IsZero())
				require.Zero(t, h.baseState().LastEventNonce)
			}
		})
	}
}

// TestConflictingClaimNeverPasses: one validator reports another deposit for nonce 1; the
// honest claim passes, the other is kept apart and REJECTED, and nothing of it is minted, even
// when the honest validators' late votes are in.
func TestConflictingClaimNeverPasses(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), nil)
	h.registerAll()
	alice, mallory := user("alice"), user("mallory")
	honest := depositEvent(1, alice.String(), app.Flock(2))
	forged := depositEvent(1, mallory.String(), app.Flock(1_000))
	h.mustAttest(3, forged)
	h.mustAttest(0, honest)
	h.mustAttest(1, honest)
	require.Len(t, h.tallies(1), 2, "conflicting claims are kept apart")
	require.Zero(t, h.baseState().LastEventNonce)
	evs := h.mustAttest(2, honest)
	require.Len(t, typedOf[types.EventClaimApplied](t, evs), 1)

	byHash := map[string]types.AttestationTally{}
	for _, a := range h.tallies(1) {
		byHash[string(a.Attestation.ClaimHash)] = a
	}
	hh, err := honest.ClaimHash()
	require.NoError(t, err)
	fh, err := forged.ClaimHash()
	require.NoError(t, err)
	require.Equal(t, types.ATTESTATION_STATUS_APPLIED, byHash[string(hh)].Attestation.Status)
	require.Equal(t, types.ATTESTATION_STATUS_REJECTED, byHash[string(fh)].Attestation.Status)
	require.Equal(t, []string{h.val(3).ValAddr.String()}, byHash[string(fh)].Voters)
	require.Equal(t, app.Flock(2), h.balance(alice))
	require.True(t, h.balance(mallory).IsZero())

	// validator 3 goes on at nonce 2 like everyone; its forged claim stays rejected
	for i := 0; i < 4; i++ {
		h.mustAttest(i, depositEvent(2, alice.String(), app.Flock(1)))
	}
	h.advance(time.Second)
	require.Equal(t, app.Flock(3), h.balance(alice))
	require.True(t, h.balance(mallory).IsZero())
	require.Equal(t, app.Flock(3), h.backing().Deposited)
}

// TestDepositMintedOnce: however many validators confirm a deposit after it passed, and
// however many blocks go by, it is minted once.
func TestDepositMintedOnce(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), nil)
	h.registerAll()
	to := user("bob")
	ev := depositEvent(1, to.String(), app.Flock(7))
	for i := 0; i < 3; i++ {
		h.mustAttest(i, ev)
	}
	require.Equal(t, app.Flock(7), h.balance(to))
	h.advance(time.Second)
	evs := h.mustAttest(3, ev) // late
	require.Empty(t, typedOf[types.EventDepositMinted](t, evs))
	for range 3 {
		h.advance(time.Second)
	}
	require.Equal(t, app.Flock(7), h.balance(to))
	require.Equal(t, app.Flock(7), h.backing().Deposited)
	tally := h.tallies(1)
	require.Len(t, tally, 1)
	require.EqualValues(t, 4, tally[0].Attestation.Votes, "the late vote is recorded")
	require.Equal(t, types.ATTESTATION_STATUS_APPLIED, tally[0].Attestation.Status)
	res, err := h.q.LastAttestedNonce(h.ctx(), &types.QueryLastAttestedNonceRequest{Orchestrator: h.val(3).Orchestrator.String()})
	require.NoError(t, err)
	require.Equal(t, types.QueryLastAttestedNonceResponse{LastAttestedNonce: 1, LastAppliedNonce: 1}, *res)
}

// TestPowerChangeAppliesAtEndBlock: a claim that had exactly 2/3 passes at EndBlock once its
// voters' bonded tokens grow, with no new vote; a jailed voter's tokens count nothing.
func TestPowerChangeAppliesAtEndBlock(t *testing.T) {
	whale := user("whale")
	h := newAttestHarness(t, apptest.Bonds(2, 2, 1, 1), nil, apptest.Fund(whale, 100))
	h.registerAll()
	to := user("carol")
	ev := depositEvent(1, to.String(), app.Flock(1))
	h.mustAttest(0, ev)
	h.mustAttest(1, ev)
	h.advance(time.Second)
	require.Zero(t, h.baseState().LastEventNonce)

	h.f.Delegate(t, h.ctx(), whale, h.val(0).ValAddr, app.Flock(1))
	h.advance(time.Second)
	require.EqualValues(t, 1, h.baseState().LastEventNonce)
	require.Equal(t, app.Flock(1), h.balance(to))

	// validator 0 (3 of 7 tokens) is jailed: with 1 (2 tokens) and 2 (1 token) it had 6 of 7,
	// without it 3 of 7 (of a total that still counts it until EndBlock): no pass
	ev2 := depositEvent(2, to.String(), app.Flock(1))
	h.mustAttest(2, ev) // late for nonce 1
	h.mustAttest(1, ev2)
	require.NoError(t, h.f.App.SlashingKeeper.Jail(h.ctx(), h.val(0).ConsAddr))
	h.mustAttest(2, ev2)
	_, _, err := h.attest(0, ev2)
	require.ErrorIs(t, err, types.ErrValidatorNotBonded)
	require.ErrorContains(t, err, "jailed")
	require.EqualValues(t, 1, h.baseState().LastEventNonce)
	h.advance(time.Second) // validator 0 leaves the bonded set: 3 of 4 tokens pass
	require.EqualValues(t, 2, h.baseState().LastEventNonce)
	require.Equal(t, app.Flock(2), h.balance(to))
}

// TestAttestRefusals: each refusal is typed and names the value and what was expected.
func TestAttestRefusals(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), func(p *types.Params) { p.MaxEventsPerAttestation = 3 })
	h.register(0)
	h.register(1)
	to := user("dave").String()
	ok := depositEvent(1, to, app.Flock(1))
	zero := depositEvent(1, to, math.ZeroInt())
	badHash := depositEvent(1, to, app.Flock(1))
	badHash.TxHash = "0xABC"
	lower := depositEvent(1, to, app.Flock(1))
	lower.Claim.(*types.BaseEvent_Deposit).Deposit.Sender = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"

	for _, tc := range []struct {
		name   string
		from   sdk.AccAddress
		events []types.BaseEvent
		err    error
		says   string
	}{
		{"not an orchestrator", user("eve"), []types.BaseEvent{ok}, types.ErrNotOrchestrator, user("eve").String()},
		{"a validator's operator is not its orchestrator", h.val(0).Operator, []types.BaseEvent{ok}, types.ErrNotOrchestrator, h.val(0).Operator.String()},
		{"too many events", h.val(0).Orchestrator, deposits(1, 4, user("dave")), types.ErrTooManyEvents, "4 events: at most max_events_per_attestation 3"},
		{"gap", h.val(0).Orchestrator, []types.BaseEvent{depositEvent(2, to, app.Flock(1))}, types.ErrNonceOutOfOrder, "event 2 from " + h.val(0).ValAddr.String() + ": expected nonce 1"},
		{"disorder in the message", h.val(0).Orchestrator, []types.BaseEvent{ok, depositEvent(3, to, app.Flock(1))}, types.ErrNonceOutOfOrder, "want 2"},
		{"zero amount", h.val(0).Orchestrator, []types.BaseEvent{zero}, types.ErrInvalidClaim, "amount 0: want a positive amount"},
		{"bad tx hash", h.val(0).Orchestrator, []types.BaseEvent{badHash}, types.ErrInvalidClaim, `tx hash "0xABC"`},
		{"sender not EIP-55", h.val(0).Orchestrator, []types.BaseEvent{lower}, types.ErrInvalidEthAddress, "not in EIP-55 form"},
		{"no events", h.val(0).Orchestrator, nil, types.ErrInvalidClaim, "no events"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := h.try(func(ctx sdk.Context) error {
				_, err := h.ms.AttestEvents(ctx, &types.MsgAttestEvents{Orchestrator: tc.from.String(), Events: tc.events})
				return err
			})
			require.ErrorIs(t, err, tc.err)
			require.ErrorContains(t, err, tc.says)
		})
	}

	// repeat: nonce 1 again after it was attested
	h.mustAttest(0, ok)
	_, _, err := h.attest(0, ok)
	require.ErrorIs(t, err, types.ErrNonceOutOfOrder)
	require.ErrorContains(t, err, "event 1 from "+h.val(0).ValAddr.String()+": expected nonce 2")

	// the keeper checks what ValidateBasic checks too (it is public)
	_, err = h.try(func(ctx sdk.Context) error {
		_, err := h.k.AttestEvents(ctx, h.val(1).Orchestrator, []types.BaseEvent{zero})
		return err
	})
	require.ErrorIs(t, err, types.ErrInvalidClaim)

	// an unconfigured bridge refuses every attestation
	h.setParams(types.DefaultParams())
	_, _, err = h.attest(1, ok)
	require.ErrorIs(t, err, types.ErrBridgeNotConfigured)
}

// TestAttestUnbondedValidator: the orchestrator of a validator that is not bonded is refused.
func TestAttestUnbondedValidator(t *testing.T) {
	h := newAttestHarness(t, apptest.Bonds(5, 5, 5, 5), nil)
	h.register(3)
	require.NoError(t, h.f.App.SlashingKeeper.Jail(h.ctx(), h.val(3).ConsAddr))
	h.advance(time.Second) // leaves the bonded set
	v, err := h.f.App.StakingKeeper.GetValidator(h.ctx(), h.val(3).ValAddr)
	require.NoError(t, err)
	require.False(t, v.IsBonded())
	_, _, err = h.attest(3, depositEvent(1, user("x").String(), app.Flock(1)))
	require.ErrorIs(t, err, types.ErrValidatorNotBonded)
	require.ErrorContains(t, err, h.val(3).ValAddr.String()+" is BOND_STATUS_UNBONDING, jailed: want bonded and not jailed")
}
