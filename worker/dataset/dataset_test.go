package dataset_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/worker/dataset"
)

func TestLoadCSV(t *testing.T) {
	ds, err := dataset.LoadCSV(strings.NewReader("a,b,label\n1,2,0\n3.5, -4,2\n"))
	require.NoError(t, err)
	require.Equal(t, 2, ds.Rows())
	require.Equal(t, 2, ds.Features())
	require.Equal(t, 3, ds.Classes)
	require.Equal(t, []float64{3.5, -4}, ds.X.RawRowView(1))

	noHeader, err := dataset.LoadCSV(strings.NewReader("1,2,0\n3.5,-4,2\n"))
	require.NoError(t, err)
	require.Equal(t, ds.Hash(), noHeader.Hash(), "a header changes nothing")

	for in, want := range map[string]string{
		"1,2,0\n3,1\n":      "line 2: 2 columns, want 3",
		"x,y\n1,abc,1\n":    "", // header row then ragged: caught below
		"1,2,0\n1,oops,1\n": `line 2, column 2: "oops" is not a finite number`,
		"1,2,0\n1,NaN,1\n":  `line 2, column 2: "NaN" is not a finite number`,
		"1,2,0\n1,2,1.5\n":  `line 2, column 3: label "1.5" is not a class number`,
		"1,2,-1\n":          `line 1, column 3: label "-1"`,
		"":                  "no data rows",
		"5\n":               "want at least one feature and a label",
	} {
		_, err := dataset.LoadCSV(strings.NewReader(in))
		require.Error(t, err, "%q", in)
		if want != "" {
			require.ErrorContains(t, err, want)
		}
	}
}

func TestCSVRoundTripAndHash(t *testing.T) {
	ds, err := dataset.Synth(dataset.SynthConfig{Samples: 200, Features: 5, Classes: 3, Separation: 3, Seed: 7})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, dataset.WriteCSV(&buf, ds))
	back, err := dataset.LoadCSV(&buf)
	require.NoError(t, err)
	require.Equal(t, ds.Hash(), back.Hash(), "CSV keeps every float64 exactly")

	again, _ := dataset.Synth(dataset.SynthConfig{Samples: 200, Features: 5, Classes: 3, Separation: 3, Seed: 7})
	require.Equal(t, ds.Hash(), again.Hash(), "deterministic for a seed")
	other, _ := dataset.Synth(dataset.SynthConfig{Samples: 200, Features: 5, Classes: 3, Separation: 3, Seed: 8})
	require.NotEqual(t, ds.Hash(), other.Hash())
}

func TestSplitAndPartition(t *testing.T) {
	ds, err := dataset.Synth(dataset.SynthConfig{Samples: 1000, Features: 4, Classes: 4, Separation: 2, Seed: 1})
	require.NoError(t, err)
	train, val, err := ds.Split(0.2, 3)
	require.NoError(t, err)
	require.Equal(t, 800, train.Rows())
	require.Equal(t, 200, val.Rows())
	_, _, err = ds.Split(1, 3)
	require.ErrorContains(t, err, "within (0, 1)")

	parts, err := dataset.PartitionDirichlet(ds, 3, 0.3, 9)
	require.NoError(t, err)
	total := 0
	for _, p := range parts {
		total += p.Rows()
	}
	require.Equal(t, ds.Rows(), total, "every row lands in exactly one part")
	// small alpha skews labels: some part's majority share is well above uniform
	skewed := false
	for _, p := range parts {
		if _, share := p.Majority(); p.Rows() > 0 && share > 0.45 {
			skewed = true
		}
	}
	require.True(t, skewed)
	again, _ := dataset.PartitionDirichlet(ds, 3, 0.3, 9)
	for i := range parts {
		require.Equal(t, parts[i].Hash(), again[i].Hash())
	}
}
