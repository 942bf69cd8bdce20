package types_test

import (
	"testing"

	"cosmossdk.io/math"
	"github.com/stretchr/testify/require"

	"github.com/flockchain/flock/x/bridge/types"
)

func queue(amounts ...int64) []types.Withdrawal {
	q := make([]types.Withdrawal, len(amounts))
	for i, a := range amounts {
		q[i] = types.Withdrawal{Id: uint64(i + 1), Amount: math.NewInt(a)}
	}
	return q
}

func ids(ws []types.Withdrawal) []uint64 {
	out := []uint64{}
	for _, w := range ws {
		out = append(out, w.Id)
	}
	return out
}

func TestCutSettlement(t *testing.T) {
	limits := types.CutLimits{MaxCount: 3, MaxTotal: math.NewInt(100)}
	for _, tc := range []struct {
		name      string
		snapshot  []types.Withdrawal
		count     uint64
		total     int64
		more      bool
		wantIDs   []uint64
		wantTotal int64
		closed    bool
		next      uint64
	}{
		{name: "empty queue closes", wantIDs: []uint64{}, closed: true, next: 1},
		{name: "all fit, queue used up", snapshot: queue(10, 20), wantIDs: []uint64{1, 2}, wantTotal: 30, closed: true, next: 3},
		{name: "all fit, more queued: open", snapshot: queue(10, 20), more: true, wantIDs: []uint64{1, 2}, wantTotal: 30, next: 3},
		{name: "count limit leaves the rest", snapshot: queue(1, 1, 1, 1, 1), more: true, wantIDs: []uint64{1, 2, 3}, wantTotal: 3, closed: true, next: 4},
		{name: "count reached exactly at the end of the snapshot", snapshot: queue(1, 1, 1), more: true, wantIDs: []uint64{1, 2, 3}, wantTotal: 3, closed: true, next: 4},
		{name: "total reached exactly", snapshot: queue(60, 40), more: true, wantIDs: []uint64{1, 2}, wantTotal: 100, next: 3},
		{name: "first that does not fit closes (FIFO)", snapshot: queue(60, 50, 1), wantIDs: []uint64{1}, wantTotal: 60, closed: true, next: 2},
		{name: "continues a settlement", snapshot: queue(30, 30), count: 1, total: 50, wantIDs: []uint64{1}, wantTotal: 80, closed: true, next: 2},
		{name: "continues at the count limit", snapshot: queue(1), count: 3, total: 3, wantIDs: []uint64{}, wantTotal: 3, closed: true, next: 1},
		{name: "oversized withdrawal skipped, not blocking", snapshot: queue(101, 5), wantIDs: []uint64{2}, wantTotal: 5, closed: true, next: 3},
		{name: "only oversized: nothing taken", snapshot: queue(500, 101), more: true, wantIDs: []uint64{}, wantTotal: 0, next: 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			step := types.CutSettlement(tc.snapshot, tc.count, math.NewInt(tc.total), limits, tc.more, 1)
			require.Equal(t, tc.wantIDs, ids(step.Take))
			require.Equal(t, math.NewInt(tc.wantTotal).String(), step.Total.String())
			require.Equal(t, tc.closed, step.Closed)
			require.Equal(t, tc.next, step.Next)
		})
	}
}

// The cut of a queue in snapshots of any size takes exactly what one snapshot of the whole
// queue takes.
func TestCutSettlementChunked(t *testing.T) {
	limits := types.CutLimits{MaxCount: 7, MaxTotal: math.NewInt(1000)}
	q := queue(100, 2000, 150, 90, 300, 20, 5, 5, 200, 5, 5)
	whole := types.CutSettlement(q, 0, math.ZeroInt(), limits, false, 1)
	for chunk := 1; chunk <= len(q); chunk++ {
		var taken []types.Withdrawal
		total, count, next := math.ZeroInt(), uint64(0), uint64(1)
		for i := 0; ; i += chunk {
			end := min(i+chunk, len(q))
			step := types.CutSettlement(q[i:end], count, total, limits, end < len(q), next)
			taken = append(taken, step.Take...)
			total, count, next = step.Total, count+uint64(len(step.Take)), step.Next
			if step.Closed {
				break
			}
		}
		require.Equal(t, ids(whole.Take), ids(taken), "chunk %d", chunk)
		require.Equal(t, whole.Total.String(), total.String(), "chunk %d", chunk)
	}
	require.Equal(t, []uint64{1, 3, 4, 5, 6, 7, 8}, ids(whole.Take))
}

// FuzzCutSettlement: for any queue (amounts from the input bytes), limits and snapshot size, the
// cut taken snapshot by snapshot is the cut of the whole queue; it never passes the count or
// total cap, takes withdrawals in id order, and leaves out only oversized ones before it closes.
func FuzzCutSettlement(f *testing.F) {
	f.Add([]byte{10, 20, 200, 5, 5, 90}, uint8(3), uint8(100), uint8(2))
	f.Add([]byte{255, 1, 1, 1}, uint8(10), uint8(50), uint8(1))
	f.Add([]byte{}, uint8(1), uint8(1), uint8(1))
	f.Fuzz(func(t *testing.T, amounts []byte, maxCount, maxTotal, chunk uint8) {
		if maxCount == 0 || maxTotal == 0 || chunk == 0 {
			return
		}
		q := make([]types.Withdrawal, 0, len(amounts))
		for i, a := range amounts {
			q = append(q, types.Withdrawal{Id: uint64(i + 1), Amount: math.NewInt(int64(a) + 1)})
		}
		limits := types.CutLimits{MaxCount: uint64(maxCount), MaxTotal: math.NewInt(int64(maxTotal))}
		whole := types.CutSettlement(q, 0, math.ZeroInt(), limits, false, 1)
		require.True(t, whole.Closed)
		require.LessOrEqual(t, uint64(len(whole.Take)), limits.MaxCount)
		require.True(t, whole.Total.LTE(limits.MaxTotal))
		sum := math.ZeroInt()
		for i, w := range whole.Take {
			sum = sum.Add(w.Amount)
			if i > 0 {
				require.Greater(t, w.Id, whole.Take[i-1].Id)
			}
		}
		require.Equal(t, sum.String(), whole.Total.String())
		// everything before the cursor that was not taken is oversized
		taken := map[uint64]bool{}
		for _, w := range whole.Take {
			taken[w.Id] = true
		}
		for _, w := range q {
			if w.Id < whole.Next && !taken[w.Id] {
				require.True(t, w.Amount.GT(limits.MaxTotal), "withdrawal %d left out", w.Id)
			}
		}
		var chunked []types.Withdrawal
		total, count, next := math.ZeroInt(), uint64(0), uint64(1)
		for i := 0; ; i += int(chunk) {
			start, end := min(i, len(q)), min(i+int(chunk), len(q))
			step := types.CutSettlement(q[start:end], count, total, limits, end < len(q), next)
			chunked = append(chunked, step.Take...)
			total, count, next = step.Total, count+uint64(len(step.Take)), step.Next
			if step.Closed {
				break
			}
			// the next snapshot starts at the cursor
			i = int(next-1) - int(chunk)
		}
		require.Equal(t, ids(whole.Take), ids(chunked))
		require.Equal(t, whole.Total.String(), total.String())
	})
}
