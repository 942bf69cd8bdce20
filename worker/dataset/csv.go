package dataset

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// LoadCSV reads rows of numeric features followed by an integer class label in the last
// column. A first row whose cells are not all numbers is a header. Errors name the line and
// column: ragged rows, non-numeric or non-finite cells, negative or fractional labels.
func LoadCSV(r io.Reader) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // checked here, with a clearer message
	cr.TrimLeadingSpace = true
	var rows [][]float64
	var labels []int
	width := -1
	maxLabel := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if len(rows) == 0 && width < 0 && isHeader(rec) {
			width = len(rec)
			continue
		}
		if width < 0 {
			width = len(rec)
		}
		if len(rec) != width {
			return nil, fmt.Errorf("line %d: %d columns, want %d like the first row", line, len(rec), width)
		}
		if width < 2 {
			return nil, fmt.Errorf("line %d: want at least one feature and a label, got %d column(s)", line, width)
		}
		row := make([]float64, width-1)
		for c, cell := range rec[:width-1] {
			v, err := strconv.ParseFloat(strings.TrimSpace(cell), 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("line %d, column %d: %q is not a finite number", line, c+1, cell)
			}
			row[c] = v
		}
		lab, err := strconv.Atoi(strings.TrimSpace(rec[width-1]))
		if err != nil || lab < 0 {
			return nil, fmt.Errorf("line %d, column %d: label %q is not a class number (0, 1, 2, …)", line, width, rec[width-1])
		}
		maxLabel = max(maxLabel, lab)
		rows = append(rows, row)
		labels = append(labels, lab)
	}
	if len(rows) == 0 {
		return nil, errors.New("the CSV has no data rows")
	}
	x := mat.NewDense(len(rows), width-1, nil)
	for i, row := range rows {
		x.SetRow(i, row)
	}
	return &Dataset{X: x, Y: labels, Classes: maxLabel + 1}, nil
}

func isHeader(rec []string) bool {
	for _, cell := range rec {
		if _, err := strconv.ParseFloat(strings.TrimSpace(cell), 64); err != nil {
			return true
		}
	}
	return false
}

// WriteCSV writes the dataset with a header (x0, x1, …, label), features in the shortest
// form that reads back to the same float64.
func WriteCSV(w io.Writer, ds *Dataset) error {
	cw := csv.NewWriter(w)
	header := make([]string, 0, ds.Features()+1)
	for j := range ds.Features() {
		header = append(header, fmt.Sprintf("x%d", j))
	}
	if err := cw.Write(append(header, "label")); err != nil {
		return err
	}
	rec := make([]string, ds.Features()+1)
	for i := range ds.Rows() {
		for j, v := range ds.X.RawRowView(i) {
			rec[j] = strconv.FormatFloat(v, 'g', -1, 64)
		}
		rec[ds.Features()] = strconv.Itoa(ds.Y[i])
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
