package keeper_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/app"
	"github.com/flockchain/flock/bridge/valset"
	"github.com/flockchain/flock/x/bridge/types"
)

// TestDeadlinesPunishMissingSignersOnce: at a deadline exactly the members of the signers
// valset that did not confirm are slashed slash_fraction_unsigned and jailed, once; one
// deadline per block at max_deadlines_per_block = 1; a validator already jailed is skipped;
// the burned stake is booked in the backing ledger.
func TestDeadlinesPunishMissingSignersOnce(t *testing.T) {
	h := newValsetHarness(t, 100, 200, 300, 400)
	h.setParams(func(p *types.Params) {
		p.SlashFractionUnsigned = math.LegacyNewDecWithPrec(1, 2) // 1 %
		p.ConfirmWindow = time.Hour
		p.JailDuration = 10 * time.Minute
		p.MaxDeadlinesPerBlock = 1
	})
	for i := range 4 {
		h.register(i, nil)
	}
	h.block() // valset 1, due in an hour, its own members expected
	require.Equal(t, uint64(1), h.latestNonce())
	require.NoError(t, h.confirmValset(0, 1))
	require.NoError(t, h.confirmValset(1, 1))

	// settlement 1 is signed by all but validator 0; settlement 2 by no one
	p := h.params()
	s1 := h.setSettlement(1, types.SETTLEMENT_STATUS_SIGNING, crypto.Keccak256Hash([]byte("s1")), 10, 1)
	require.NoError(t, h.k.ScheduleConfirmDeadlineForTest(h.ctx(), p, types.CONFIRM_KIND_SETTLEMENT, 1, 1))
	for _, i := range []int{1, 2, 3} {
		require.NoError(t, h.confirmSettlement(i, s1))
	}
	h.block()
	h.setSettlement(2, types.SETTLEMENT_STATUS_SIGNING, crypto.Keccak256Hash([]byte("s2")), 10, 1)
	require.NoError(t, h.k.ScheduleConfirmDeadlineForTest(h.ctx(), p, types.CONFIRM_KIND_SETTLEMENT, 2, 1))
	// a settlement made before any valset: no one to punish
	h.setSettlement(3, types.SETTLEMENT_STATUS_SIGNING, crypto.Keccak256Hash([]byte("s3")), 10, 1)
	require.NoError(t, h.k.ScheduleConfirmDeadlineForTest(h.ctx(), p, types.CONFIRM_KIND_SETTLEMENT, 3, 0))
	// a settlement that landed before its deadline (a quorum signed it) no longer waits for
	// anyone: its non-signers are not punished
	h.setSettlement(4, types.SETTLEMENT_STATUS_LANDED, crypto.Keccak256Hash([]byte("s4")), 10, 1)
	require.NoError(t, h.k.ScheduleConfirmDeadlineForTest(h.ctx(), p, types.CONFIRM_KIND_SETTLEMENT, 4, 1))

	h.advance(30 * time.Minute)
	for i := range 4 {
		require.Equal(t, app.Flock(int64(100*(i+1))), h.tokens(i), "nothing before the deadline")
	}

	h.advance(30 * time.Minute) // valset 1's deadline
	punished := typedEvents[*types.EventValidatorPunished](t, h.f.LastEvents())
	require.Equal(t, []*types.EventValidatorPunished{
		{Validator: h.val(2).ValAddr.String(), Reason: "unsigned valset 1", Slashed: app.Flock(3)},
		{Validator: h.val(3).ValAddr.String(), Reason: "unsigned valset 1", Slashed: app.Flock(4)},
	}, sortedPunished(punished, h))
	require.Equal(t, app.Flock(297), h.tokens(2))
	require.Equal(t, app.Flock(396), h.tokens(3))
	require.True(t, h.jailed(2))
	require.True(t, h.jailed(3))
	require.False(t, h.jailed(0))
	require.False(t, h.jailed(1))
	info, err := h.f.App.SlashingKeeper.GetValidatorSigningInfo(h.ctx(), h.val(2).ConsAddr)
	require.NoError(t, err)
	require.Equal(t, h.ctx().BlockTime().Add(10*time.Minute), info.JailedUntil)

	h.block() // settlement 1: validator 0
	punished = typedEvents[*types.EventValidatorPunished](t, h.f.LastEvents())
	require.Equal(t, []*types.EventValidatorPunished{{Validator: h.val(0).ValAddr.String(), Reason: "unsigned settlement 1", Slashed: app.Flock(1)}}, punished)
	require.Equal(t, app.Flock(99), h.tokens(0))

	h.block() // settlement 2: no one signed, but 0, 2 and 3 are jailed: only 1
	punished = typedEvents[*types.EventValidatorPunished](t, h.f.LastEvents())
	require.Equal(t, []*types.EventValidatorPunished{{Validator: h.val(1).ValAddr.String(), Reason: "unsigned settlement 2", Slashed: app.Flock(2)}}, punished)

	h.block() // settlement 3: signers valset 0 does not exist
	require.Empty(t, typedEvents[*types.EventValidatorPunished](t, h.f.LastEvents()))
	h.block() // settlement 4: landed
	require.Empty(t, typedEvents[*types.EventValidatorPunished](t, h.f.LastEvents()))
	for range 3 {
		h.block()
		require.Empty(t, typedEvents[*types.EventValidatorPunished](t, h.f.LastEvents()), "each deadline punishes once")
	}
	require.Equal(t, []math.Int{app.Flock(99), app.Flock(198), app.Flock(297), app.Flock(396)}, []math.Int{h.tokens(0), h.tokens(1), h.tokens(2), h.tokens(3)})
	b, err := h.k.Backing.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, app.Flock(10), b.BurnedByChain, "1+2+3+4 FLOCK slashed and burned")
}

// sortedPunished orders events by validator index, as the valset's address order is not.
func sortedPunished(evs []*types.EventValidatorPunished, h *valsetHarness) []*types.EventValidatorPunished {
	var out []*types.EventValidatorPunished
	for i := range h.f.Validators {
		for _, e := range evs {
			if e.Validator == h.val(i).ValAddr.String() {
				out = append(out, e)
			}
		}
	}
	return out
}

// TestBadSignatureEvidence: a registered key's signature over a valset or settlement the chain
// never made slashes slash_fraction_bad_signature and jails its validator, once; a retired key
// still counts; the chain's own valsets and settlements, unknown keys and a second submission
// are refused.
func TestBadSignatureEvidence(t *testing.T) {
	h := fourRegistered(t)
	h.setParams(func(p *types.Params) { p.SlashFractionBadSignature = math.LegacyNewDecWithPrec(5, 2) })
	submitter := sdk.AccAddress("evidence-submitter__").String()
	forged := &types.SignedValset{Nonce: 1, Signers: []string{h.val(0).EthAddress.Hex()}, Powers: []uint64{valset.PowerTotal}}
	forgedVs, err := types.SignedValsetOf(forged)
	require.NoError(t, err)
	submit := func(msg *types.MsgSubmitBadSignatureEvidence) (sdk.Context, string, error) {
		msg.Submitter = submitter
		ctx := h.ctx()
		res, err := h.ms.SubmitBadSignatureEvidence(ctx, msg)
		h.backed()
		if err != nil {
			return ctx, "", err
		}
		return ctx, res.Validator, nil
	}
	valsetEvidence := func(vs *types.SignedValset, sig string) *types.MsgSubmitBadSignatureEvidence {
		return &types.MsgSubmitBadSignatureEvidence{Subject: &types.MsgSubmitBadSignatureEvidence_Valset{Valset: vs}, Signature: sig}
	}

	ctx, val, err := submit(valsetEvidence(forged, h.sign(0, h.domain().Valset(forgedVs))))
	require.NoError(t, err)
	require.Equal(t, h.val(0).ValAddr.String(), val)
	require.Equal(t, app.Flock(95), h.tokens(0))
	require.True(t, h.jailed(0))
	ev := typedEvents[*types.EventValidatorPunished](t, ctx.EventManager().ABCIEvents())
	require.Len(t, ev, 1)
	require.Equal(t, app.Flock(5), ev[0].Slashed)
	require.Contains(t, ev[0].Reason, "valset 1")
	b, err := h.k.Backing.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, app.Flock(5), b.BurnedByChain, "booked at once")

	_, _, err = submit(valsetEvidence(forged, h.sign(0, h.domain().Valset(forgedVs))))
	require.ErrorIs(t, err, types.ErrEvidenceAlreadyUsed)
	require.Equal(t, app.Flock(95), h.tokens(0))

	// the chain's own valset 1, as signed by validator 1: its duty, not evidence
	chain, err := h.valset(1).Bridge()
	require.NoError(t, err)
	own := &types.SignedValset{Nonce: 1}
	for _, m := range chain.Members {
		own.Signers = append(own.Signers, m.Address.Hex())
		own.Powers = append(own.Powers, m.Power)
	}
	_, _, err = submit(valsetEvidence(own, h.sign(1, h.valsetDigest(1))))
	require.ErrorIs(t, err, types.ErrNotEvidence)
	require.ErrorContains(t, err, "the chain made valset 1")

	// a key no validator registered
	stranger := newEthKey(t, "stranger")
	_, _, err = submit(valsetEvidence(forged, signWith(t, stranger, h.domain().Valset(forgedVs))))
	require.ErrorIs(t, err, types.ErrNotEvidence)
	require.ErrorContains(t, err, addrOf(stranger).Hex())

	// a retired key: validator 1 rotates, then its old key's forged settlement comes to light
	oldKey := h.keys[1]
	h.register(1, newEthKey(t, "validator 1 rotated"))
	root := crypto.Keccak256Hash([]byte("chain root"))
	s := h.setSettlement(4, types.SETTLEMENT_STATUS_SIGNING, root, 500, 2)
	forgedS := &types.SignedSettlement{Epoch: 4, Root: types.HashString(root), Total: s.Total.AddRaw(1), Count: 2}
	settlementEvidence := func(ss *types.SignedSettlement, sig string) *types.MsgSubmitBadSignatureEvidence {
		return &types.MsgSubmitBadSignatureEvidence{Subject: &types.MsgSubmitBadSignatureEvidence_Settlement{Settlement: ss}, Signature: sig}
	}
	other := s
	other.Total = forgedS.Total
	_, val, err = submit(settlementEvidence(forgedS, signWith(t, oldKey, h.settlementDigest(other))))
	require.NoError(t, err)
	require.Equal(t, h.val(1).ValAddr.String(), val)
	require.Equal(t, app.Flock(190), h.tokens(1))

	// the chain's settlement itself is not evidence
	_, _, err = submit(settlementEvidence(&types.SignedSettlement{Epoch: 4, Root: s.Root, Total: s.Total, Count: 2}, h.sign(2, h.settlementDigest(s))))
	require.ErrorIs(t, err, types.ErrNotEvidence)
	require.ErrorContains(t, err, "the chain made settlement 4")
	// an epoch the chain never cut is
	_, val, err = submit(settlementEvidence(&types.SignedSettlement{Epoch: 9, Root: s.Root, Total: s.Total, Count: 2},
		h.sign(2, h.domain().Settlement(digestSettlement(9, root, s.Total, 2)))))
	require.NoError(t, err)
	require.Equal(t, h.val(2).ValAddr.String(), val)
	require.Equal(t, app.Flock(285), h.tokens(2))

	// malformed evidence is refused before the keeper
	_, _, err = submit(settlementEvidence(&types.SignedSettlement{Epoch: 9, Root: "0x12", Total: s.Total}, h.sign(2, common.Hash{})))
	require.ErrorIs(t, err, types.ErrInvalidClaim)
	_, _, err = submit(valsetEvidence(&types.SignedValset{Signers: []string{"0x1"}, Powers: []uint64{1, 2}}, h.sign(2, common.Hash{})))
	require.ErrorIs(t, err, types.ErrNotEvidence)

	// at the end of the block the jailed validators leave the bonded set; nothing is lost
	h.block()
	b, err = h.k.Backing.Get(h.ctx())
	require.NoError(t, err)
	require.Equal(t, app.Flock(5+10+15), b.BurnedByChain)

	// validator 0, jailed and now unbonding, still answers for what its key signs
	forged2 := &types.SignedValset{Nonce: 7, Signers: []string{h.val(0).EthAddress.Hex()}, Powers: []uint64{valset.PowerTotal}}
	forged2Vs, err := types.SignedValsetOf(forged2)
	require.NoError(t, err)
	_, val, err = submit(valsetEvidence(forged2, h.sign(0, h.domain().Valset(forged2Vs))))
	require.NoError(t, err)
	require.Equal(t, h.val(0).ValAddr.String(), val)
	require.Equal(t, app.Flock(95).Sub(app.Flock(95).QuoRaw(20)), h.tokens(0), "5 %% of its 95 FLOCK, while unbonding")
}

// TestNoPunishmentOnceBaseMovedOn: a valset Base activated before its deadline (signed by a
// quorum, or skipped for a later one) no longer waits for anyone: nobody is punished.
func TestNoPunishmentOnceBaseMovedOn(t *testing.T) {
	h := fourRegistered(t) // valset 1, no confirmation at all
	h.setActiveValset(1)
	h.advance(h.params().ConfirmWindow + time.Minute)
	require.Empty(t, typedEvents[*types.EventValidatorPunished](t, h.f.LastEvents()))
	for i := range 4 {
		require.False(t, h.jailed(i))
		require.Equal(t, app.Flock(int64(100*(i+1))), h.tokens(i))
	}
}
