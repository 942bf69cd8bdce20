package alliance

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/worker/artifacts"
	"github.com/flockchain/flock/worker/dataset"
	"github.com/flockchain/flock/worker/model"
	alliancetypes "github.com/flockchain/flock/x/alliance/types"
)

// Participant plays one alliance with one chain key: it joins, then in every round plays
// the role the chain assigned, reading everything it depends on — phases and their ends,
// roles, updates, the recorded global model hashes, metric_decimals — from the chain. A check
// that fails (a global model that is not the recorded one, an update whose bytes are not
// what its proposer committed to) means nothing is sent for it and the reason is logged.
type Participant struct {
	Chain     *chainclient.Client
	Artifacts *artifacts.Client // where this participant uploads its updates
	HTTP      *http.Client      // fetches the others' updates from the URIs they submitted
	Log       io.Writer
	Poll      time.Duration

	Data          *dataset.Dataset  // local data: trained on as a proposer, judged on as a voter
	Train         model.TrainConfig // Epochs per round (DefaultLocalEpochs)
	Tolerance     float64           // the verdict tolerance k
	MaxLossFactor float64           // Judge.MaxLoss = MaxLossFor(factor, classes) (0: off)

	// Update, if set, replaces local training: it returns the update to propose from the
	// verified global model. A test's dishonest proposer uses it; the worker never does.
	Update func(global *model.Model, round uint32) *model.Model

	id      uint64
	me      string
	models  map[string]*model.Model // fetched and verified, by hash
	globals map[uint32]*model.Model // the global model after round r (0: the initial model)
	rounds  map[uint32]*roundState
}

// roundState is what this participant did in a round (kept in memory only: a worker
// restarted mid-round sits the rest of that round out, and is slashed as absent, rather than
// sending something it cannot reproduce).
type roundState struct {
	proposer, voter                 bool
	base                            string // hash of the global model the round starts from
	proposal                        *Proposal
	updateSalt                      []byte
	updateCommitted, updateRevealed bool
	verdicts                        []alliancetypes.VerdictEntry
	voteSalt                        []byte
	voteCommitted, voteRevealed     bool
	reported                        bool // the final model (closing phase)
	skip                            bool // a check failed: nothing more is sent this round
}

func (p *Participant) logf(format string, args ...any) {
	if p.Log != nil {
		fmt.Fprintf(p.Log, "alliance %d: "+format+"\n", append([]any{p.id}, args...)...)
	}
}

// Result of a finished alliance, as this participant saw it.
type Result struct {
	Final     *model.Model // the global model after the last round, recomputed here
	FinalHash string       // its hash
	Recorded  string       // the final model hash the chain recorded
	// Globals are the global models after rounds 0 (initial) … rounds, recomputed here.
	Globals []*model.Model
}

// Run joins the alliance with stake (unless already a participant) and plays every round
// until the alliance is finished; it returns the final model it recomputed and the hash the
// chain recorded. It errors if the alliance is cancelled, or started without it.
func (p *Participant) Run(ctx context.Context, allianceID uint64, stake sdk.Coin) (*Result, error) {
	p.id, p.me = allianceID, p.Chain.Address().String()
	p.models, p.globals, p.rounds = map[string]*model.Model{}, map[uint32]*model.Model{}, map[uint32]*roundState{}
	if p.Poll <= 0 {
		p.Poll = time.Second
	}
	if !(p.Tolerance > 0) {
		return nil, fmt.Errorf("verdict tolerance %v: want > 0", p.Tolerance)
	}
	if p.Data == nil || p.Data.Rows() == 0 {
		return nil, errors.New("no local data")
	}
	q := alliancetypes.NewQueryClient(p.Chain.Conn())
	a, err := p.alliance(ctx, q)
	if err != nil {
		return nil, err
	}
	// the initial model: the model spec URI names the canonical model file, which carries
	// the architecture; checked against the initial hash before anything else
	initial, err := p.fetchModel(ctx, a.ModelSpecUri, a.InitialModelHash)
	if err != nil {
		return nil, fmt.Errorf("initial model: %w", err)
	}
	if p.Data.Features() != initial.Features || p.Data.Classes > initial.Classes {
		return nil, fmt.Errorf("the local data (%d features, %d classes) does not fit the alliance's %s model (%d features, %d classes)",
			p.Data.Features(), p.Data.Classes, initial.Kind, initial.Features, initial.Classes)
	}
	p.globals[0] = initial
	member, err := p.isParticipant(ctx, q)
	if err != nil {
		return nil, err
	}
	if !member {
		if a.Status != alliancetypes.ALLIANCE_STATUS_PENDING {
			return nil, fmt.Errorf("alliance %d is %s: too late to join", allianceID, a.Status)
		}
		res, err := p.Chain.Send(ctx, &alliancetypes.MsgJoinAlliance{Participant: p.me, AllianceId: allianceID, Stake: stake})
		if err != nil {
			return nil, fmt.Errorf("joining alliance %d: %w", allianceID, err)
		}
		p.logf("joined with %s in tx %s", stake, res.Hash)
	}
	for {
		a, err := p.alliance(ctx, q)
		if err != nil {
			return nil, err
		}
		switch a.Status {
		case alliancetypes.ALLIANCE_STATUS_CANCELLED:
			return nil, fmt.Errorf("alliance %d was cancelled", allianceID)
		case alliancetypes.ALLIANCE_STATUS_FINISHED:
			return p.finish(ctx, q, a)
		case alliancetypes.ALLIANCE_STATUS_RUNNING:
			if err := p.step(ctx, q, a); err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				p.logf("round %d, %s: %v", a.Round, a.Phase, err)
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(p.Poll):
		}
	}
}

func (p *Participant) alliance(ctx context.Context, q alliancetypes.QueryClient) (alliancetypes.Alliance, error) {
	res, err := q.Alliance(ctx, &alliancetypes.QueryAllianceRequest{AllianceId: p.id})
	if err != nil {
		return alliancetypes.Alliance{}, fmt.Errorf("alliance %d: %w", p.id, err)
	}
	return res.Alliance, nil
}

func (p *Participant) isParticipant(ctx context.Context, q alliancetypes.QueryClient) (bool, error) {
	var next []byte
	for {
		res, err := q.Participants(ctx, &alliancetypes.QueryParticipantsRequest{AllianceId: p.id, Pagination: &query.PageRequest{Key: next}})
		if err != nil {
			return false, err
		}
		for _, x := range res.Participants {
			if x.Address == p.me {
				return true, nil
			}
		}
		if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
			return false, nil
		}
		next = res.Pagination.NextKey
	}
}

// step does what the current phase asks of this participant, once.
func (p *Participant) step(ctx context.Context, q alliancetypes.QueryClient, a alliancetypes.Alliance) error {
	switch a.Phase {
	case alliancetypes.PHASE_CLOSING:
		return p.report(ctx, q, a)
	case alliancetypes.PHASE_STARTING:
		return nil // participants being numbered: round 1 opens next
	}
	r := a.Round
	st := p.rounds[r]
	if st == nil {
		st = &roundState{}
		p.rounds[r] = st
		roles, err := q.Roles(ctx, &alliancetypes.QueryRolesRequest{AllianceId: p.id, Round: r})
		if err != nil {
			delete(p.rounds, r)
			return fmt.Errorf("roles: %w", err)
		}
		for _, x := range roles.Proposers {
			st.proposer = st.proposer || x == p.me
		}
		for _, x := range roles.Voters {
			st.voter = st.voter || x == p.me
		}
		base, err := p.global(ctx, q, r-1)
		if err == nil {
			err = p.checkRecorded(a)
		}
		if err != nil {
			st.skip = true
			return fmt.Errorf("round %d sat out: the global model it starts from: %w", r, err)
		}
		st.base = HashHex(base)
		p.logf("round %d: proposer %v, voter %v; global model %s", r, st.proposer, st.voter, st.base)
	}
	if st.skip {
		return nil
	}
	switch a.Phase {
	case alliancetypes.PHASE_UPDATE_COMMIT:
		if st.proposer && !st.updateCommitted {
			return p.commitUpdate(ctx, r, st)
		}
	case alliancetypes.PHASE_UPDATE_REVEAL:
		if st.updateCommitted && !st.updateRevealed {
			return p.revealUpdate(ctx, r, st)
		}
	case alliancetypes.PHASE_VOTE_COMMIT:
		if st.voter && !st.voteCommitted {
			return p.commitVote(ctx, q, r, st)
		}
	case alliancetypes.PHASE_VOTE_REVEAL:
		if st.voteCommitted && !st.voteRevealed {
			return p.revealVote(ctx, r, st)
		}
	}
	return nil
}

// global returns the global model after round r, recomputed from the accepted updates of
// rounds 1..r and checked against every hash the chain has recorded on the way.
func (p *Participant) global(ctx context.Context, q alliancetypes.QueryClient, r uint32) (*model.Model, error) {
	if g, ok := p.globals[r]; ok {
		return g, nil
	}
	prev, err := p.global(ctx, q, r-1)
	if err != nil {
		return nil, err
	}
	updates, err := p.updates(ctx, q, r)
	if err != nil {
		return nil, err
	}
	var accepted []Contribution
	for _, u := range updates {
		if u.Status != alliancetypes.UPDATE_STATUS_ACCEPTED {
			continue
		}
		m, err := p.fetchModel(ctx, u.UpdateUri, u.UpdateHash)
		if err != nil {
			return nil, fmt.Errorf("accepted update of %s in round %d: %w", u.Proposer, r, err)
		}
		addr, err := sdk.AccAddressFromBech32(u.Proposer)
		if err != nil {
			return nil, err
		}
		accepted = append(accepted, Contribution{Proposer: addr, Model: m, NumSamples: u.NumSamples})
	}
	g, err := NextGlobal(prev, accepted)
	if err != nil {
		return nil, fmt.Errorf("aggregating round %d: %w", r, err)
	}
	hash := HashHex(g)
	rec, err := q.Round(ctx, &alliancetypes.QueryRoundRequest{AllianceId: p.id, Round: r})
	if err != nil {
		return nil, fmt.Errorf("round %d: %w", r, err)
	}
	if rec.Round.ModelHash != "" && rec.Round.ModelHash != hash {
		return nil, fmt.Errorf("the global model after round %d recomputed from its %d accepted updates hashes to %s, the chain recorded %s: %w",
			r, len(accepted), hash, rec.Round.ModelHash, ErrHashMismatch)
	}
	p.logf("global model after round %d: FedAvg of %d accepted updates → %s", r, len(accepted), hash)
	p.globals[r] = g
	return g, nil
}

// checkRecorded compares the latest global model the chain recorded (by the agreement of
// the participants who reported it) with this participant's recomputation of it.
func (p *Participant) checkRecorded(a alliancetypes.Alliance) error {
	g, ok := p.globals[a.GlobalModelRound]
	if !ok || a.GlobalModelHash == "" {
		return nil
	}
	if h := HashHex(g); h != a.GlobalModelHash {
		return fmt.Errorf("the chain recorded %s as the global model after round %d, this participant computed %s: %w",
			a.GlobalModelHash, a.GlobalModelRound, h, ErrHashMismatch)
	}
	return nil
}

// updates lists every update of a round, in the chain's order (proposer address bytes).
func (p *Participant) updates(ctx context.Context, q alliancetypes.QueryClient, r uint32) ([]alliancetypes.Update, error) {
	var out []alliancetypes.Update
	var next []byte
	for {
		res, err := q.Updates(ctx, &alliancetypes.QueryUpdatesRequest{AllianceId: p.id, Round: r, Pagination: &query.PageRequest{Key: next}})
		if err != nil {
			return nil, fmt.Errorf("updates of round %d: %w", r, err)
		}
		out = append(out, res.Updates...)
		if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
			return out, nil
		}
		next = res.Pagination.NextKey
	}
}

// fetchModel downloads a model and checks it hashes to want (cached by hash).
func (p *Participant) fetchModel(ctx context.Context, uri, want string) (*model.Model, error) {
	if m, ok := p.models[want]; ok {
		return m, nil
	}
	b, err := artifacts.Fetch(ctx, p.HTTP, uri, want)
	if err != nil {
		return nil, err
	}
	m, err := DecodeModel(b, want)
	if err != nil {
		return nil, err
	}
	p.models[want] = m
	return m, nil
}

func newSalt() ([]byte, error) {
	salt := make([]byte, 32)
	_, err := rand.Read(salt)
	return salt, err
}

// commitUpdate trains from the round's global model and commits to the update: the update
// stays on this machine until the reveal phase, so nobody can copy it.
func (p *Participant) commitUpdate(ctx context.Context, r uint32, st *roundState) error {
	base := p.globals[r-1]
	var prop Proposal
	if p.Update != nil {
		if err := VerifyModel(base, st.base); err != nil {
			return err
		}
		m := p.Update(base.Clone(), r)
		b := m.Marshal()
		prop = Proposal{Model: m, Bytes: b, Hash: artifacts.Hash(b), NumSamples: uint64(p.Data.Rows()), BaseHash: st.base}
	} else {
		train := p.Train
		train.Seed = p.Train.Seed + uint64(r)
		var err error
		if prop, err = Propose(base, st.base, p.Data, train); err != nil {
			st.skip = true
			return fmt.Errorf("no update proposed: %w", err)
		}
	}
	salt, err := newSalt()
	if err != nil {
		return err
	}
	updateHash, _ := hex.DecodeString(prop.Hash)
	baseHash, _ := hex.DecodeString(prop.BaseHash)
	commitment := alliancetypes.UpdateCommitment(p.id, r, p.me, updateHash, prop.NumSamples, baseHash, salt)
	res, err := p.Chain.Send(ctx, &alliancetypes.MsgCommitUpdate{Proposer: p.me, AllianceId: p.id, Round: r, Commitment: hex.EncodeToString(commitment)})
	if err != nil {
		return fmt.Errorf("committing the update: %w", err)
	}
	st.proposal, st.updateSalt, st.updateCommitted = &prop, salt, true
	p.logf("round %d: update %s (%d samples) committed with salt %x in tx %s", r, prop.Hash, prop.NumSamples, salt, res.Hash)
	return nil
}

// revealUpdate uploads the committed update and reveals it.
func (p *Participant) revealUpdate(ctx context.Context, r uint32, st *roundState) error {
	prop := st.proposal
	name, err := p.Artifacts.Put(ctx, prop.Bytes)
	if err != nil {
		return fmt.Errorf("uploading the update: %w", err)
	}
	if name != prop.Hash {
		st.skip = true
		return fmt.Errorf("the artifact store named the update %s, not its sha256 %s; not revealed", name, prop.Hash)
	}
	res, err := p.Chain.Send(ctx, &alliancetypes.MsgSubmitUpdate{Proposer: p.me, AllianceId: p.id, Round: r, UpdateUri: p.Artifacts.URI(name),
		UpdateHash: prop.Hash, NumSamples: prop.NumSamples, BaseModelHash: prop.BaseHash, Salt: hex.EncodeToString(st.updateSalt)})
	if err != nil {
		return fmt.Errorf("revealing the update: %w", err)
	}
	st.updateRevealed = true
	p.logf("round %d: update %s uploaded and revealed in tx %s", r, prop.Hash, res.Hash)
	return nil
}

// NoMeasurement is the metric of a −1 verdict on an update that could not be fetched,
// verified or evaluated: a loss is never negative, so it cannot be mistaken for one. Such an
// update is rejected because nobody could aggregate it.
const NoMeasurement = "-1"

// commitVote judges every revealed update but this participant's own on its local data
// against the round's global model and commits to the verdicts.
func (p *Participant) commitVote(ctx context.Context, q alliancetypes.QueryClient, r uint32, st *roundState) error {
	params, err := q.Params(ctx, &alliancetypes.QueryParamsRequest{})
	if err != nil {
		return fmt.Errorf("reading the alliance params: %w", err)
	}
	decimals := params.Params.MetricDecimals
	judge, err := NewJudge(p.globals[r-1], st.base, p.Data, p.Tolerance)
	if err != nil {
		st.skip = true
		return fmt.Errorf("no vote: %w", err)
	}
	judge.MaxLoss = MaxLossFor(p.MaxLossFactor, judge.Base.Classes)
	updates, err := p.updates(ctx, q, r)
	if err != nil {
		return err
	}
	var entries []alliancetypes.VerdictEntry
	for _, u := range updates {
		if u.Proposer == p.me || u.Status != alliancetypes.UPDATE_STATUS_REVEALED {
			continue
		}
		entry := alliancetypes.VerdictEntry{Proposer: u.Proposer, Verdict: alliancetypes.VerdictReject, Metric: NoMeasurement}
		m, err := p.fetchModel(ctx, u.UpdateUri, u.UpdateHash)
		var v Verdict
		if err == nil {
			v, err = judge.JudgeModel(m)
		}
		var metric string
		if err == nil {
			metric, err = FormatMetric(v.Loss, decimals)
		}
		if err != nil {
			p.logf("round %d: update of %s rejected unmeasured: %v", r, u.Proposer, err)
		} else {
			entry.Metric = metric
			if v.Accept {
				entry.Verdict = alliancetypes.VerdictAccept
			}
			p.logf("round %d: update of %s: loss %s vs previous global %.4f (×%.2f, tolerance %v), accuracy %.3f → %+d",
				r, u.Proposer, metric, v.BaseLoss, v.Ratio(), p.Tolerance, v.Accuracy, entry.Verdict)
		}
		entries = append(entries, entry)
	}
	if len(entries) == 0 {
		p.logf("round %d: no update of another participant to judge", r)
		st.skip = true
		return nil
	}
	parsed, err := alliancetypes.ParseVerdicts(entries, decimals)
	if err != nil {
		st.skip = true
		return fmt.Errorf("verdicts the chain would refuse, nothing committed: %w", err)
	}
	salt, err := newSalt()
	if err != nil {
		return err
	}
	baseHash, _ := hex.DecodeString(st.base)
	commitment := alliancetypes.VoteCommitment(p.id, r, p.me, salt, baseHash, parsed)
	res, err := p.Chain.Send(ctx, &alliancetypes.MsgCommitVote{Voter: p.me, AllianceId: p.id, Round: r, Commitment: hex.EncodeToString(commitment)})
	if err != nil {
		return fmt.Errorf("committing the vote: %w", err)
	}
	st.verdicts, st.voteSalt, st.voteCommitted = entries, salt, true
	p.logf("round %d: verdicts on %d updates committed with salt %x in tx %s", r, len(entries), salt, res.Hash)
	return nil
}

func (p *Participant) revealVote(ctx context.Context, r uint32, st *roundState) error {
	res, err := p.Chain.Send(ctx, &alliancetypes.MsgRevealVote{Voter: p.me, AllianceId: p.id, Round: r, Salt: hex.EncodeToString(st.voteSalt),
		BaseModelHash: st.base, Verdicts: st.verdicts})
	if err != nil {
		return fmt.Errorf("revealing the vote: %w", err)
	}
	st.voteRevealed = true
	p.logf("round %d: vote revealed in tx %s", r, res.Hash)
	return nil
}

// report sends the hash of the final global model in the closing phase.
func (p *Participant) report(ctx context.Context, q alliancetypes.QueryClient, a alliancetypes.Alliance) error {
	st := p.rounds[a.Round]
	if st == nil {
		st = &roundState{}
		p.rounds[a.Round] = st
	}
	if st.skip || st.reported {
		return nil
	}
	final, err := p.global(ctx, q, a.Rounds)
	if err != nil {
		st.skip = true
		return fmt.Errorf("no final report: %w", err)
	}
	hash := HashHex(final)
	res, err := p.Chain.Send(ctx, &alliancetypes.MsgReportModel{Participant: p.me, AllianceId: p.id, ModelHash: hash})
	if err != nil {
		return fmt.Errorf("reporting the final model: %w", err)
	}
	st.reported = true
	p.logf("final model %s reported in tx %s", hash, res.Hash)
	return nil
}

func (p *Participant) finish(ctx context.Context, q alliancetypes.QueryClient, a alliancetypes.Alliance) (*Result, error) {
	final, err := p.global(ctx, q, a.Rounds)
	if err != nil {
		return nil, err
	}
	res := &Result{Final: final, FinalHash: HashHex(final), Recorded: a.FinalModelHash}
	for r := uint32(0); r <= a.Rounds; r++ {
		res.Globals = append(res.Globals, p.globals[r])
	}
	if res.Recorded != res.FinalHash {
		p.logf("finished; the chain recorded final model %s, this participant computed %s", res.Recorded, res.FinalHash)
	} else {
		p.logf("finished; final model %s agreed", res.FinalHash)
	}
	return res, nil
}

// FormatMetric writes a measured loss as a verdict metric the chain accepts: rounded to the
// chain's metric_decimals (a param, read from the chain before each commitment) and checked
// with the chain's own parser, so a value it would refuse at reveal is refused here, before
// anything is committed.
func FormatMetric(v float64, decimals uint32) (string, error) {
	s := strconv.FormatFloat(v, 'f', int(decimals), 64)
	if _, err := alliancetypes.ParseMetric(s, decimals); err != nil {
		return "", fmt.Errorf("loss %v cannot be a metric with %d decimals: %w", v, decimals, err)
	}
	return s, nil
}
