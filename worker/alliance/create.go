package alliance

import (
	"context"
	"fmt"

	"github.com/cosmos/cosmos-sdk/types/query"

	"github.com/flockchain/flock/chainclient"
	"github.com/flockchain/flock/worker/artifacts"
	"github.com/flockchain/flock/worker/model"
	alliancetypes "github.com/flockchain/flock/x/alliance/types"
)

// Create uploads the initial global model to the artifact store and sends msg with the
// model's URI as the model spec URI (the canonical model file carries the architecture) and
// its hash as the initial model hash, signed by the client's key. It returns the new
// alliance's id.
func Create(ctx context.Context, c *chainclient.Client, art *artifacts.Client, initial *model.Model, msg alliancetypes.MsgCreateAlliance) (uint64, error) {
	b := initial.Marshal()
	name, err := art.Put(ctx, b)
	if err != nil {
		return 0, fmt.Errorf("uploading the initial model: %w", err)
	}
	msg.Creator = c.Address().String()
	msg.ModelSpecUri, msg.InitialModelHash = art.URI(name), name
	if err := msg.ValidateBasic(); err != nil {
		return 0, err
	}
	if _, err := c.Send(ctx, &msg); err != nil {
		return 0, fmt.Errorf("creating the alliance: %w", err)
	}
	// the newest pending alliance of this creator with this model is the one just created
	q := alliancetypes.NewQueryClient(c.Conn())
	var id uint64
	var next []byte
	for {
		res, err := q.Alliances(ctx, &alliancetypes.QueryAlliancesRequest{Status: alliancetypes.ALLIANCE_STATUS_PENDING, Pagination: &query.PageRequest{Key: next}})
		if err != nil {
			return 0, err
		}
		for _, a := range res.Alliances {
			if a.Creator == msg.Creator && a.InitialModelHash == name && a.Title == msg.Title {
				id = max(id, a.Id)
			}
		}
		if res.Pagination == nil || len(res.Pagination.NextKey) == 0 {
			break
		}
		next = res.Pagination.NextKey
	}
	if id == 0 {
		return 0, fmt.Errorf("alliance %q not found after the tx", msg.Title)
	}
	return id, nil
}
