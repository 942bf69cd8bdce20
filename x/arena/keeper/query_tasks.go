package keeper

import (
	"context"
	"encoding/binary"

	"cosmossdk.io/collections"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/x/arena/types"
)

// defaultTaskPage is the page size when a request gives no limit.
const defaultTaskPage = 100

// tasksByStatus pages through the tasks of one status in id order, through the status index.
// The page key is the next task id (8 bytes, big-endian); offset skips that many tasks.
func (k Keeper) tasksByStatus(ctx context.Context, st types.TaskStatus, page *query.PageRequest) ([]types.Task, *query.PageResponse, error) {
	if page == nil {
		page = &query.PageRequest{}
	}
	if len(page.Key) > 0 && page.Offset > 0 {
		return nil, nil, status.Error(codes.InvalidArgument, "give a page key or an offset, not both")
	}
	limit := page.Limit
	if limit == 0 {
		limit = defaultTaskPage
	}
	rng := collections.NewPrefixedPairRange[int32, uint64](int32(st))
	if len(page.Key) > 0 {
		if len(page.Key) != 8 {
			return nil, nil, status.Errorf(codes.InvalidArgument, "page key %X: want 8 bytes", page.Key)
		}
		rng = rng.StartInclusive(binary.BigEndian.Uint64(page.Key))
	}
	var tasks []types.Task
	resp := &query.PageResponse{}
	var skipped, seen uint64
	err := k.Tasks.Indexes.Status.Walk(ctx, rng, func(_ int32, id uint64) (bool, error) {
		if skipped < page.Offset {
			skipped++
			return false, nil
		}
		seen++
		if uint64(len(tasks)) == limit {
			resp.NextKey = binary.BigEndian.AppendUint64(nil, id)
			return !page.CountTotal, nil
		}
		t, err := k.Tasks.Get(ctx, id)
		if err != nil {
			return true, err
		}
		tasks = append(tasks, t)
		return false, nil
	})
	if err != nil {
		return nil, nil, err
	}
	if page.CountTotal {
		resp.Total = skipped + seen
	}
	return tasks, resp, nil
}
