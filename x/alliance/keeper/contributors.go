package keeper

import (
	"context"

	"cosmossdk.io/collections"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/alliance/types"
)

// Contributors lists the participants with accepted updates and their counts, in address
// order: the revenue recipients of the alliance's final model. Bounded by the alliance's
// max_participants.
func (k Keeper) Contributors(ctx context.Context, id uint64) ([]types.Contributor, error) {
	var out []types.Contributor
	err := k.Participants.Walk(ctx, collections.NewPrefixedPairRange[uint64, sdk.AccAddress](id),
		func(_ collections.Pair[uint64, sdk.AccAddress], p types.Participant) (bool, error) {
			if p.AcceptedUpdates > 0 {
				out = append(out, types.Contributor{Address: p.Address, AcceptedUpdates: p.AcceptedUpdates})
			}
			return false, nil
		})
	return out, err
}
