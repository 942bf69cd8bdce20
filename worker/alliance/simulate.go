package alliance

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/flockchain/flock/worker/dataset"
	"github.com/flockchain/flock/worker/model"
	alliancetypes "github.com/flockchain/flock/x/alliance/types"
)

// SimConfig describes an alliance played off-chain with the same proposer, voter and
// aggregation code as on chain: participants with equal stakes, roles drawn each round by
// the chain's seeded shuffle (types.RolesOf), an update accepted when at least as many
// voters accept it as reject it (the chain's stake-weighted rule with equal stakes). It measures what an alliance
// achieves and calibrates the verdict tolerance without a chain.
type SimConfig struct {
	Parts  []*dataset.Dataset // each participant's local data
	Test   *dataset.Dataset   // held-out data the global model is scored on
	Kind   model.Kind
	Hidden int
	Rounds int
	// Proposers per round; len(Parts) means every participant proposes and votes on the
	// others' updates.
	Proposers int
	Train     model.TrainConfig // local training per round (Epochs: DefaultLocalEpochs)
	Tolerance float64
	Seed      uint64
	// Poisoner, if ≥ 0, is a participant that proposes random weights (N(0, PoisonScale²)
	// per parameter) instead of training.
	Poisoner      int
	PoisonScale   float64
	MaxLossFactor float64 // every voter's Judge.MaxLoss = MaxLossFor(factor, classes) (0: off)
}

// SimRound is what one round did.
type SimRound struct {
	Round      int
	Proposers  []int
	Accepted   []int
	Rejected   []int
	Loss       float64 // global model after the round, on Test
	Accuracy   float64
	GlobalHash string
	// HonestRatios and PoisonRatios are every voter's update-loss / base-loss measurement,
	// for the calibration of the tolerance.
	HonestRatios, PoisonRatios []float64
}

// Simulate plays the rounds and returns each round's outcome.
func Simulate(cfg SimConfig) ([]SimRound, error) {
	n := len(cfg.Parts)
	if n < 2 || cfg.Proposers < 1 || cfg.Proposers > n || cfg.Rounds < 1 {
		return nil, fmt.Errorf("simulation needs ≥ 2 participants, 1..n proposers and ≥ 1 round, got %d, %d, %d", n, cfg.Proposers, cfg.Rounds)
	}
	d, classes := cfg.Parts[0].Features(), 0
	for _, p := range cfg.Parts {
		classes = max(classes, p.Classes)
	}
	global, err := model.New(cfg.Kind, d, cfg.Hidden, classes, cfg.Seed)
	if err != nil {
		return nil, err
	}
	globalHash := HashHex(global)
	var out []SimRound
	for r := 1; r <= cfg.Rounds; r++ {
		proposers, voters := simRoles(cfg.Seed, uint32(n), uint32(cfg.Proposers), uint32(r))
		res := SimRound{Round: r, Proposers: proposers}
		updates := make(map[int]Proposal, len(proposers))
		for _, p := range proposers {
			if p == cfg.Poisoner {
				m := RandomWeights(global, cfg.PoisonScale, cfg.Seed^uint64(r)<<8)
				b := m.Marshal()
				updates[p] = Proposal{Model: m, Bytes: b, Hash: HashHex(m), NumSamples: uint64(cfg.Parts[p].Rows()), BaseHash: globalHash}
				continue
			}
			train := cfg.Train
			train.Seed = cfg.Seed + uint64(r)*1000 + uint64(p)
			prop, err := Propose(global, globalHash, cfg.Parts[p], train)
			if err != nil {
				return nil, fmt.Errorf("round %d, participant %d: %w", r, p, err)
			}
			updates[p] = prop
		}
		judges := make(map[int]*Judge, len(voters))
		for _, v := range voters {
			if judges[v], err = NewJudge(global, globalHash, cfg.Parts[v], cfg.Tolerance); err != nil {
				return nil, fmt.Errorf("round %d, voter %d: %w", r, v, err)
			}
			judges[v].MaxLoss = MaxLossFor(cfg.MaxLossFactor, classes)
		}
		var accepted []Contribution
		for _, p := range proposers {
			u := updates[p]
			yes, no := 0, 0
			for _, v := range voters {
				if v == p {
					continue // never on its own update
				}
				verdict, _, err := judges[v].JudgeBytes(u.Bytes, u.Hash)
				if err != nil {
					return nil, fmt.Errorf("round %d, voter %d on %d: %w", r, v, p, err)
				}
				if p == cfg.Poisoner {
					res.PoisonRatios = append(res.PoisonRatios, verdict.Ratio())
				} else {
					res.HonestRatios = append(res.HonestRatios, verdict.Ratio())
				}
				if verdict.Accept {
					yes++
				} else {
					no++
				}
			}
			if yes+no > 0 && yes >= no {
				res.Accepted = append(res.Accepted, p)
				accepted = append(accepted, Contribution{Proposer: []byte{byte(p)}, Model: u.Model, NumSamples: u.NumSamples})
			} else {
				res.Rejected = append(res.Rejected, p)
			}
		}
		if global, err = NextGlobal(global, accepted); err != nil {
			return nil, err
		}
		globalHash = HashHex(global)
		res.GlobalHash = globalHash
		if res.Loss, res.Accuracy, err = model.Evaluate(global, cfg.Test); err != nil {
			return nil, err
		}
		out = append(out, res)
	}
	return out, nil
}

// simRoles draws a round's roles with the chain's code (types.Seed, types.RolesOf):
// participants 0..n−1 stand for the chain's participants sorted by address, and the 8
// bytes of seed stand for the app hash. Both lists are in index order, the chain's FedAvg
// order (proposer address).
func simRoles(seed uint64, n, proposerCount, round uint32) (proposers, voters []int) {
	roles := alliancetypes.RolesOf(alliancetypes.Seed(binary.BigEndian.AppendUint64(nil, seed), simAllianceID, round), n, proposerCount)
	for i := range n {
		if roles.IsProposer(i) {
			proposers = append(proposers, int(i))
		}
		if roles.IsVoter(i) {
			voters = append(voters, int(i))
		}
	}
	return proposers, voters
}

// simAllianceID is the alliance id the simulation's role seeds use.
const simAllianceID = 1

// RandomWeights is a model of like's shape with every parameter drawn from N(0, scale²): the
// poison a dishonest proposer could send without training.
func RandomWeights(like *model.Model, scale float64, seed uint64) *model.Model {
	m := like.Clone()
	rng := rand.New(rand.NewPCG(seed, 0xbad))
	for i := range m.Params {
		m.Params[i] = rng.NormFloat64() * scale
	}
	return m
}

// LocalOnly trains one model per participant on its own data alone and returns each one's
// accuracy on test: what a participant gets without the alliance.
func LocalOnly(parts []*dataset.Dataset, test *dataset.Dataset, kind model.Kind, hidden int, cfg model.TrainConfig, seed uint64) ([]float64, error) {
	classes := test.Classes
	for _, p := range parts {
		classes = max(classes, p.Classes)
	}
	accs := make([]float64, len(parts))
	for i, p := range parts {
		m, err := model.New(kind, p.Features(), hidden, classes, seed)
		if err != nil {
			return nil, err
		}
		if err := model.Train(m, p, cfg); err != nil {
			return nil, fmt.Errorf("participant %d: %w", i, err)
		}
		if _, accs[i], err = model.Evaluate(m, test); err != nil {
			return nil, err
		}
	}
	return accs, nil
}

// Centralised trains one model on all participants' data pooled: the upper bound an
// alliance approaches without anyone sharing data.
func Centralised(parts []*dataset.Dataset, test *dataset.Dataset, kind model.Kind, hidden int, cfg model.TrainConfig, seed uint64) (float64, error) {
	all := Pool(parts)
	m, err := model.New(kind, all.Features(), hidden, max(all.Classes, test.Classes), seed)
	if err != nil {
		return 0, err
	}
	if err := model.Train(m, all, cfg); err != nil {
		return 0, err
	}
	_, acc, err := model.Evaluate(m, test)
	return acc, err
}

// Pool concatenates datasets with the same features.
func Pool(parts []*dataset.Dataset) *dataset.Dataset {
	var rows []*dataset.Dataset
	for _, p := range parts {
		if p.Rows() > 0 {
			rows = append(rows, p)
		}
	}
	if len(rows) == 0 {
		return &dataset.Dataset{}
	}
	total := 0
	for _, p := range rows {
		total += p.Rows()
	}
	d := rows[0].Features()
	classes := 0
	x := make([]float64, 0, total*d)
	var y []int
	for _, p := range rows {
		for i := range p.Rows() {
			x = append(x, p.X.RawRowView(i)...)
		}
		y = append(y, p.Y...)
		classes = max(classes, p.Classes)
	}
	return &dataset.Dataset{X: mat.NewDense(total, d, x), Y: y, Classes: classes}
}

// SplitFederated holds out testFraction of ds (shuffled with seed) as the test set and splits
// the rest over parts participants with Dirichlet(alpha) label skew.
func SplitFederated(ds *dataset.Dataset, testFraction float64, parts int, alpha float64, seed uint64) ([]*dataset.Dataset, *dataset.Dataset, error) {
	train, test, err := ds.Split(testFraction, seed)
	if err != nil {
		return nil, nil, err
	}
	ps, err := dataset.PartitionDirichlet(train, parts, alpha, seed)
	if err != nil {
		return nil, nil, err
	}
	return ps, test, nil
}
