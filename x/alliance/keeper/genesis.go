package keeper

import (
	"context"

	"cosmossdk.io/collections"
	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// InitGenesis loads a validated genesis and checks that the module account holds exactly
// what the records say (Σ pool + total_stake).
func (k Keeper) InitGenesis(ctx context.Context, gs *types.GenesisState) error {
	if err := gs.Validate(); err != nil {
		return err
	}
	if err := k.Params.Set(ctx, gs.Params); err != nil {
		return err
	}
	if err := k.NextAllianceID.Set(ctx, gs.NextAllianceId); err != nil {
		return err
	}
	for _, a := range gs.Alliances {
		if err := k.Alliances.Set(ctx, a.Id, a); err != nil {
			return err
		}
		live := a.Status == types.ALLIANCE_STATUS_PENDING || a.Status == types.ALLIANCE_STATUS_RUNNING || a.Phase == types.PHASE_RETURNING
		if live {
			if err := k.Deadlines.Set(ctx, collections.Join(a.PhaseEnd, a.Id)); err != nil {
				return err
			}
		}
		if a.Ended != nil && !a.Pruned {
			// its records wait for pruning (prune.go)
			if err := k.Ended.Set(ctx, collections.Join(*a.Ended, a.Id)); err != nil {
				return err
			}
		}
	}
	for _, p := range gs.Participants {
		addr, err := k.bytesOf("participant", p.Address)
		if err != nil {
			return err
		}
		if err := k.Participants.Set(ctx, collections.Join(p.AllianceId, addr), p); err != nil {
			return err
		}
	}
	for _, r := range gs.Rounds {
		if err := k.Rounds.Set(ctx, collections.Join(r.AllianceId, r.Round), r); err != nil {
			return err
		}
	}
	for _, u := range gs.Updates {
		addr, err := k.bytesOf("proposer", u.Proposer)
		if err != nil {
			return err
		}
		if err := k.Updates.Set(ctx, collections.Join3(u.AllianceId, u.Round, addr), u); err != nil {
			return err
		}
	}
	for _, v := range gs.Votes {
		addr, err := k.bytesOf("voter", v.Voter)
		if err != nil {
			return err
		}
		if err := k.Votes.Set(ctx, collections.Join3(v.AllianceId, v.Round, addr), v); err != nil {
			return err
		}
	}
	for _, m := range gs.ModelReports {
		h, err := types.DecodeHash("model_hash", m.ModelHash)
		if err != nil {
			return err
		}
		if err := k.ModelReports.Set(ctx, collections.Join3(m.AllianceId, m.Round, h), m.Stake); err != nil {
			return err
		}
	}
	for _, r := range gs.Reporters {
		addr, err := k.bytesOf("reporter", r.Address)
		if err != nil {
			return err
		}
		if err := k.Reporters.Set(ctx, collections.Join3(r.AllianceId, r.Round, addr)); err != nil {
			return err
		}
	}
	for _, s := range gs.Settlements {
		if err := k.Settlements.Set(ctx, s.AllianceId, s); err != nil {
			return err
		}
	}
	return k.CheckBalance(ctx)
}

// ExportGenesis writes the whole state out, in key order.
func (k Keeper) ExportGenesis(ctx context.Context) (*types.GenesisState, error) {
	params, err := k.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	next, err := k.NextAllianceID.Peek(ctx)
	if err != nil {
		return nil, err
	}
	gs := &types.GenesisState{Params: params, NextAllianceId: next}
	if err := k.Alliances.Walk(ctx, nil, func(_ uint64, a types.Alliance) (bool, error) {
		gs.Alliances = append(gs.Alliances, a)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Participants.Walk(ctx, nil, func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
		gs.Participants = append(gs.Participants, p)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Rounds.Walk(ctx, nil, func(_ collections.Pair[uint64, uint32], r types.Round) (bool, error) {
		gs.Rounds = append(gs.Rounds, r)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Updates.Walk(ctx, nil, func(_ collections.Triple[uint64, uint32, sdk.AccAddress], u types.Update) (bool, error) {
		gs.Updates = append(gs.Updates, u)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Votes.Walk(ctx, nil, func(_ collections.Triple[uint64, uint32, sdk.AccAddress], v types.Vote) (bool, error) {
		gs.Votes = append(gs.Votes, v)
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.ModelReports.Walk(ctx, nil, func(key collections.Triple[uint64, uint32, []byte], stake math.Int) (bool, error) {
		gs.ModelReports = append(gs.ModelReports, types.GenesisModelReport{AllianceId: key.K1(), Round: key.K2(), ModelHash: types.HashHex(key.K3()), Stake: stake})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Reporters.Walk(ctx, nil, func(key collections.Triple[uint64, uint32, sdk.AccAddress]) (bool, error) {
		gs.Reporters = append(gs.Reporters, types.GenesisReporter{AllianceId: key.K1(), Round: key.K2(), Address: k.str(key.K3())})
		return false, nil
	}); err != nil {
		return nil, err
	}
	if err := k.Settlements.Walk(ctx, nil, func(_ uint64, s types.Settlement) (bool, error) {
		gs.Settlements = append(gs.Settlements, s)
		return false, nil
	}); err != nil {
		return nil, err
	}
	return gs, nil
}
