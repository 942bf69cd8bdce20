package types

import "cosmossdk.io/math"

// DefaultGenesis has the default params and no alliance.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams()}
}

// Validate checks the params and each record on its own and against the others: every
// record belongs to a known alliance, participants are numbered 0..n−1 without gaps, stakes
// add up to each alliance's total_stake, and every amount is non-negative.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	alliances := make(map[uint64]Alliance, len(gs.Alliances))
	for _, a := range gs.Alliances {
		if a.Id == 0 || a.Id > gs.NextAllianceId {
			return ErrInvalidGenesis.Wrapf("alliance id %d: want within [1, next_alliance_id %d]", a.Id, gs.NextAllianceId)
		}
		if _, dup := alliances[a.Id]; dup {
			return ErrInvalidGenesis.Wrapf("alliance %d appears twice", a.Id)
		}
		if err := a.validate(); err != nil {
			return err
		}
		alliances[a.Id] = a
	}
	type key struct {
		id   uint64
		addr string
	}
	seen := make(map[key]bool, len(gs.Participants))
	indexes := make(map[uint64]map[uint32]bool)
	stakes, idle := make(map[uint64]math.Int), make(map[uint64]math.Int)
	for _, p := range gs.Participants {
		a, ok := alliances[p.AllianceId]
		if !ok {
			return ErrInvalidGenesis.Wrapf("participant %s of unknown alliance %d", p.Address, p.AllianceId)
		}
		if err := CheckAddress("participant", p.Address); err != nil {
			return err
		}
		if seen[key{p.AllianceId, p.Address}] {
			return ErrInvalidGenesis.Wrapf("participant %s of alliance %d appears twice", p.Address, p.AllianceId)
		}
		seen[key{p.AllianceId, p.Address}] = true
		for _, v := range []math.Int{p.Stake, p.JoinedStake, p.Rewarded, p.Slashed} {
			if v.IsNil() || v.IsNegative() {
				return ErrInvalidGenesis.Wrapf("participant %s of alliance %d has a negative or missing amount", p.Address, p.AllianceId)
			}
		}
		if p.Index >= a.Participants {
			return ErrInvalidGenesis.Wrapf("participant %s of alliance %d has index %d: want below %d", p.Address, p.AllianceId, p.Index, a.Participants)
		}
		if indexes[p.AllianceId] == nil {
			indexes[p.AllianceId] = map[uint32]bool{}
			stakes[p.AllianceId], idle[p.AllianceId] = math.ZeroInt(), math.ZeroInt()
		}
		if p.Idle && p.Returned {
			return ErrInvalidGenesis.Wrapf("participant %s of alliance %d is idle with its stake returned", p.Address, p.AllianceId)
		}
		if p.Idle {
			idle[p.AllianceId] = idle[p.AllianceId].Add(p.Stake)
		}
		if indexes[p.AllianceId][p.Index] {
			return ErrInvalidGenesis.Wrapf("alliance %d has two participants with index %d", p.AllianceId, p.Index)
		}
		indexes[p.AllianceId][p.Index] = true
		if !p.Returned {
			stakes[p.AllianceId] = stakes[p.AllianceId].Add(p.Stake)
		}
	}
	for _, a := range gs.Alliances {
		if uint32(len(indexes[a.Id])) != a.Participants {
			return ErrInvalidGenesis.Wrapf("alliance %d counts %d participants but genesis has %d", a.Id, a.Participants, len(indexes[a.Id]))
		}
		want := math.ZeroInt()
		if s, ok := stakes[a.Id]; ok {
			want = s
		}
		if !a.TotalStake.Equal(want) {
			return ErrInvalidGenesis.Wrapf("alliance %d total_stake %s: its participants' unreturned stakes sum to %s", a.Id, a.TotalStake, want)
		}
		wantIdle := math.ZeroInt()
		if s, ok := idle[a.Id]; ok {
			wantIdle = s
		}
		if !a.IdleStake.Equal(wantIdle) {
			return ErrInvalidGenesis.Wrapf("alliance %d idle_stake %s: its idle participants' stakes sum to %s", a.Id, a.IdleStake, wantIdle)
		}
	}
	// a pruned alliance has no round records left
	pruned := func(kind string, id uint64) error {
		if a, ok := alliances[id]; ok && a.Pruned {
			return ErrInvalidGenesis.Wrapf("%s of alliance %d, whose records were pruned", kind, id)
		}
		return nil
	}
	for _, r := range gs.Rounds {
		if err := pruned("round", r.AllianceId); err != nil {
			return err
		}
	}
	for _, u := range gs.Updates {
		if err := pruned("update", u.AllianceId); err != nil {
			return err
		}
	}
	for _, v := range gs.Votes {
		if err := pruned("vote", v.AllianceId); err != nil {
			return err
		}
	}
	for _, m := range gs.ModelReports {
		if err := pruned("model report", m.AllianceId); err != nil {
			return err
		}
	}
	for _, r := range gs.Reporters {
		if err := pruned("reporter", r.AllianceId); err != nil {
			return err
		}
	}
	for _, r := range gs.Rounds {
		a, ok := alliances[r.AllianceId]
		if !ok || r.Round == 0 || r.Round > a.Rounds {
			return ErrInvalidGenesis.Wrapf("round %d of alliance %d: unknown alliance or round", r.Round, r.AllianceId)
		}
		if len(r.Seed) != 32 {
			return ErrInvalidGenesis.Wrapf("round %d of alliance %d has a %d-byte seed: want 32", r.Round, r.AllianceId, len(r.Seed))
		}
	}
	for _, u := range gs.Updates {
		if _, ok := alliances[u.AllianceId]; !ok {
			return ErrInvalidGenesis.Wrapf("update of %s of unknown alliance %d", u.Proposer, u.AllianceId)
		}
		if !seen[key{u.AllianceId, u.Proposer}] {
			return ErrInvalidGenesis.Wrapf("update of %s: not a participant of alliance %d", u.Proposer, u.AllianceId)
		}
		if u.UpdateHash != "" {
			if _, err := DecodeHash("update_hash", u.UpdateHash); err != nil {
				return err
			}
		}
	}
	for _, v := range gs.Votes {
		if !seen[key{v.AllianceId, v.Voter}] {
			return ErrInvalidGenesis.Wrapf("vote of %s: not a participant of alliance %d", v.Voter, v.AllianceId)
		}
	}
	for _, m := range gs.ModelReports {
		if _, ok := alliances[m.AllianceId]; !ok {
			return ErrInvalidGenesis.Wrapf("model report of unknown alliance %d", m.AllianceId)
		}
		if _, err := DecodeHash("model_hash", m.ModelHash); err != nil {
			return err
		}
		if m.Stake.IsNil() || m.Stake.IsNegative() {
			return ErrInvalidGenesis.Wrapf("model report %s of alliance %d has a negative stake", m.ModelHash, m.AllianceId)
		}
	}
	for _, r := range gs.Reporters {
		if !seen[key{r.AllianceId, r.Address}] {
			return ErrInvalidGenesis.Wrapf("reporter %s: not a participant of alliance %d", r.Address, r.AllianceId)
		}
	}
	for _, s := range gs.Settlements {
		a, ok := alliances[s.AllianceId]
		if !ok || (a.Phase != PHASE_STARTING && a.Phase != PHASE_SETTLING && a.Phase != PHASE_RETURNING) {
			return ErrInvalidGenesis.Wrapf("settlement of alliance %d, which is not settling", s.AllianceId)
		}
	}
	return nil
}

func (a Alliance) validate() error {
	if err := CheckAddress("creator", a.Creator); err != nil {
		return err
	}
	if _, err := DecodeHash("initial_model_hash", a.InitialModelHash); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		v    math.Int
	}{
		{"total_stake", a.TotalStake}, {"deposit", a.Deposit}, {"pool", a.Pool}, {"emission", a.Emission}, {"paid", a.Paid},
		{"slashed", a.Slashed}, {"min_stake", a.MinStake}, {"epoch_stake_seconds", a.EpochStakeSeconds}, {"idle_stake", a.IdleStake},
	} {
		if f.v.IsNil() || f.v.IsNegative() {
			return ErrInvalidGenesis.Wrapf("alliance %d %s %v must be non-negative", a.Id, f.name, f.v)
		}
	}
	if a.Status == ALLIANCE_STATUS_UNSPECIFIED || AllianceStatus_name[int32(a.Status)] == "" {
		return ErrInvalidGenesis.Wrapf("alliance %d has status %d", a.Id, a.Status)
	}
	if a.ProposerRatio.IsNil() || !a.ProposerRatio.IsPositive() || a.ProposerRatio.GT(math.LegacyOneDec()) {
		return ErrInvalidGenesis.Wrapf("alliance %d proposer_ratio %v: want (0, 1]", a.Id, a.ProposerRatio)
	}
	if a.Rounds == 0 || a.Round > a.Rounds+1 {
		return ErrInvalidGenesis.Wrapf("alliance %d is in round %d of %d", a.Id, a.Round, a.Rounds)
	}
	if a.IdleStake.GT(a.TotalStake) {
		return ErrInvalidGenesis.Wrapf("alliance %d idle_stake %s exceeds its total_stake %s", a.Id, a.IdleStake, a.TotalStake)
	}
	if a.ClosingDuration <= 0 || a.ClosingDuration > MaxPhaseDuration {
		return ErrInvalidGenesis.Wrapf("alliance %d closing_duration %s: want within (0, %s]", a.Id, a.ClosingDuration, MaxPhaseDuration)
	}
	if a.Pruned && a.Ended == nil {
		return ErrInvalidGenesis.Wrapf("alliance %d is pruned but has not ended", a.Id)
	}
	if a.NextIndex != a.Participants {
		return ErrInvalidGenesis.Wrapf("alliance %d next_index %d: want its %d participants", a.Id, a.NextIndex, a.Participants)
	}
	return nil
}
