// Package dataset holds tabular classification data for the worker: numeric features and an
// integer class label per row, loaded from CSV or generated, split, partitioned and hashed.
package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Dataset is n rows of d features with labels in [0, Classes).
type Dataset struct {
	X       *mat.Dense
	Y       []int
	Classes int
}

// Rows is the number of samples.
func (ds *Dataset) Rows() int { return len(ds.Y) }

// Features is the number of features per sample.
func (ds *Dataset) Features() int {
	if ds.X == nil {
		return 0
	}
	_, c := ds.X.Dims()
	return c
}

// Subset returns the rows at idx, in that order, as a new dataset.
func (ds *Dataset) Subset(idx []int) *Dataset {
	d := ds.Features()
	out := &Dataset{X: mat.NewDense(max(len(idx), 1), max(d, 1), nil), Y: make([]int, len(idx)), Classes: ds.Classes}
	if len(idx) == 0 {
		out.X = nil
		return out
	}
	for i, j := range idx {
		out.X.SetRow(i, ds.X.RawRowView(j))
		out.Y[i] = ds.Y[j]
	}
	return out
}

// hashDomain versions the canonical encoding of Hash.
const hashDomain = "flock-dataset-v1"

// Hash is the sha256 of the dataset's canonical encoding: the domain, then n, d and classes
// as u64 little-endian, every feature row-major as float64 little-endian bits, every label as
// u64 little-endian. The same data hashes the same on every machine; the chain records it.
func (ds *Dataset) Hash() [32]byte {
	h := sha256.New()
	h.Write([]byte(hashDomain))
	var b [8]byte
	for _, v := range []int{ds.Rows(), ds.Features(), ds.Classes} {
		binary.LittleEndian.PutUint64(b[:], uint64(v))
		h.Write(b[:])
	}
	for i := range ds.Rows() {
		for _, v := range ds.X.RawRowView(i) {
			binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
			h.Write(b[:])
		}
	}
	for _, y := range ds.Y {
		binary.LittleEndian.PutUint64(b[:], uint64(y))
		h.Write(b[:])
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// Split shuffles the rows with seed and returns (train, validation) with valFraction of the
// rows, at least one, in validation.
func (ds *Dataset) Split(valFraction float64, seed uint64) (train, val *Dataset, err error) {
	n := ds.Rows()
	if valFraction <= 0 || valFraction >= 1 {
		return nil, nil, fmt.Errorf("validation fraction %v must be within (0, 1)", valFraction)
	}
	if n < 2 {
		return nil, nil, fmt.Errorf("a dataset of %d rows cannot be split", n)
	}
	perm := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)).Perm(n)
	nVal := min(max(int(math.Round(valFraction*float64(n))), 1), n-1)
	return ds.Subset(perm[nVal:]), ds.Subset(perm[:nVal]), nil
}

// Majority returns the most frequent label (lowest on ties) and its share: the accuracy of
// always guessing it.
func (ds *Dataset) Majority() (label int, share float64) {
	counts := make([]int, ds.Classes)
	for _, y := range ds.Y {
		counts[y]++
	}
	for c, k := range counts {
		if k > counts[label] {
			label = c
		}
	}
	if ds.Rows() == 0 {
		return 0, 0
	}
	return label, float64(counts[label]) / float64(ds.Rows())
}
