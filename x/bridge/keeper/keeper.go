// Package keeper holds the state and state transitions of x/bridge.
package keeper

import (
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/collections/indexes"
	"cosmossdk.io/core/address"
	storetypes "cosmossdk.io/core/store"
	"cosmossdk.io/log"
	"cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/flockchain/flock/x/bridge/types"
)

// Keeper of x/bridge. The module account holds nothing between messages (CheckBacking): every
// mint goes on to its recipient and every burn comes from coins just taken in.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	valCodec     address.Codec
	authority    string
	denom        string
	auth         types.AccountKeeper
	bank         types.BankKeeper
	staking      types.StakingKeeper
	slashing     types.SlashingKeeper
	rewards      types.RewardsKeeper

	Schema             collections.Schema
	Params             collections.Item[types.Params]
	BaseState          collections.Item[types.BaseState]
	Backing            collections.Item[types.Backing]
	Orchestrators      *collections.IndexedMap[sdk.ValAddress, types.Orchestrator, OrchestratorIndexes]
	EthKeys            collections.Map[[]byte, types.EthKeyRecord]
	AttestedNonces     collections.Map[sdk.ValAddress, uint64]
	Attestations       collections.Map[collections.Pair[uint64, []byte], types.Attestation]
	Votes              collections.KeySet[collections.Triple[uint64, []byte, sdk.ValAddress]]
	FailedEvents       collections.Map[uint64, types.FailedEvent]
	Withdrawals        *collections.IndexedMap[uint64, types.Withdrawal, WithdrawalIndexes]
	WithdrawalSeq      collections.Sequence
	Settlements        collections.Map[uint64, types.Settlement]
	Leaves             *collections.IndexedMap[collections.Pair[uint64, uint64], types.Leaf, LeafIndexes]
	TreeNodes          collections.Map[collections.Triple[uint64, uint32, uint64], []byte]
	Valsets            collections.Map[uint64, types.Valset]
	ValsetConfirms     collections.Map[collections.Pair[uint64, sdk.ValAddress], types.Confirmation]
	SettlementConfirms collections.Map[collections.Pair[uint64, sdk.ValAddress], types.Confirmation]
	Deadlines          collections.Map[collections.Triple[int64, int32, uint64], types.ConfirmDeadline]
	BadSignatures      collections.Map[[]byte, types.BadSignatureRecord]
	NextSettlementAt   collections.Item[int64] // unix nanoseconds
	ValsetBlocked      collections.Item[string]
	PruneCursor        collections.Item[uint64]
	// Recrediting holds the epochs of VETOED or CONFLICTED settlements whose leaves are still
	// being re-credited, so EndBlock finds them without walking every settlement.
	Recrediting collections.KeySet[uint64]
}

// OrchestratorIndexes find a registration by its orchestrator account or eth address; both
// are unique across validators.
type OrchestratorIndexes struct {
	ByAccount *indexes.Unique[sdk.AccAddress, sdk.ValAddress, types.Orchestrator]
	ByEth     *indexes.Unique[[]byte, sdk.ValAddress, types.Orchestrator]
}

func (i OrchestratorIndexes) IndexesList() []collections.Index[sdk.ValAddress, types.Orchestrator] {
	return []collections.Index[sdk.ValAddress, types.Orchestrator]{i.ByAccount, i.ByEth}
}

// WithdrawalIndexes find a sender's queued withdrawals.
type WithdrawalIndexes struct {
	BySender *indexes.Multi[sdk.AccAddress, uint64, types.Withdrawal]
}

func (i WithdrawalIndexes) IndexesList() []collections.Index[uint64, types.Withdrawal] {
	return []collections.Index[uint64, types.Withdrawal]{i.BySender}
}

// LeafIndexes find the leaves paying a Base account, and the leaf that took a withdrawal.
type LeafIndexes struct {
	ByAccount    *indexes.Multi[[]byte, collections.Pair[uint64, uint64], types.Leaf]
	ByWithdrawal *indexes.Unique[uint64, collections.Pair[uint64, uint64], types.Leaf]
}

func (i LeafIndexes) IndexesList() []collections.Index[collections.Pair[uint64, uint64], types.Leaf] {
	return []collections.Index[collections.Pair[uint64, uint64], types.Leaf]{i.ByAccount, i.ByWithdrawal}
}

// NewKeeper builds the keeper. denom is the bridged coin (aflock).
func NewKeeper(
	cdc codec.BinaryCodec,
	storeService storetypes.KVStoreService,
	addressCodec, valCodec address.Codec,
	auth types.AccountKeeper,
	bank types.BankKeeper,
	staking types.StakingKeeper,
	slashing types.SlashingKeeper,
	rewards types.RewardsKeeper,
	authority string,
	denom string,
) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Sprintf("x/bridge: invalid authority address %q: %v", authority, err))
	}
	if auth.GetModuleAddress(types.ModuleName) == nil {
		panic("x/bridge: the bridge module account is not configured in x/auth")
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc: cdc, addressCodec: addressCodec, valCodec: valCodec, authority: authority, denom: denom,
		auth: auth, bank: bank, staking: staking, slashing: slashing, rewards: rewards,
		Params:    collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		BaseState: collections.NewItem(sb, types.BaseStateKey, "base_state", codec.CollValue[types.BaseState](cdc)),
		Backing:   collections.NewItem(sb, types.BackingKey, "backing", codec.CollValue[types.Backing](cdc)),
		Orchestrators: collections.NewIndexedMap(sb, types.OrchestratorsKey, "orchestrators", sdk.ValAddressKey,
			codec.CollValue[types.Orchestrator](cdc), OrchestratorIndexes{
				ByAccount: indexes.NewUnique(sb, types.OrchestratorByAccountKey, "orchestrators_by_account", sdk.AccAddressKey, sdk.ValAddressKey,
					func(_ sdk.ValAddress, o types.Orchestrator) (sdk.AccAddress, error) {
						return addressCodec.StringToBytes(o.Orchestrator)
					}),
				ByEth: indexes.NewUnique(sb, types.OrchestratorByEthKey, "orchestrators_by_eth", collections.BytesKey, sdk.ValAddressKey,
					func(_ sdk.ValAddress, o types.Orchestrator) ([]byte, error) {
						a, err := types.ParseEthAddress("eth address", o.EthAddress)
						return a.Bytes(), err
					}),
			}),
		EthKeys:        collections.NewMap(sb, types.EthKeysKey, "eth_keys", collections.BytesKey, codec.CollValue[types.EthKeyRecord](cdc)),
		AttestedNonces: collections.NewMap(sb, types.AttestedNoncesKey, "attested_nonces", sdk.ValAddressKey, collections.Uint64Value),
		Attestations: collections.NewMap(sb, types.AttestationsKey, "attestations",
			collections.PairKeyCodec(collections.Uint64Key, collections.BytesKey), codec.CollValue[types.Attestation](cdc)),
		Votes: collections.NewKeySet(sb, types.VotesKey, "votes",
			collections.TripleKeyCodec(collections.Uint64Key, collections.BytesKey, sdk.ValAddressKey)),
		FailedEvents: collections.NewMap(sb, types.FailedEventsKey, "failed_events", collections.Uint64Key, codec.CollValue[types.FailedEvent](cdc)),
		Withdrawals: collections.NewIndexedMap(sb, types.WithdrawalsKey, "withdrawals", collections.Uint64Key,
			codec.CollValue[types.Withdrawal](cdc), WithdrawalIndexes{
				BySender: indexes.NewMulti(sb, types.WithdrawalsBySenderKey, "withdrawals_by_sender", sdk.AccAddressKey, collections.Uint64Key,
					func(_ uint64, w types.Withdrawal) (sdk.AccAddress, error) {
						if w.Sender == "" { // a deposit refund has no chain sender
							return sdk.AccAddress{}, nil
						}
						return addressCodec.StringToBytes(w.Sender)
					}),
			}),
		WithdrawalSeq: collections.NewSequence(sb, types.WithdrawalSeqKey, "withdrawal_seq"),
		Settlements:   collections.NewMap(sb, types.SettlementsKey, "settlements", collections.Uint64Key, codec.CollValue[types.Settlement](cdc)),
		Leaves: collections.NewIndexedMap(sb, types.LeavesKey, "leaves",
			collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), codec.CollValue[types.Leaf](cdc), LeafIndexes{
				ByAccount: indexes.NewMulti(sb, types.LeavesByAccountKey, "leaves_by_account", collections.BytesKey,
					collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key),
					func(_ collections.Pair[uint64, uint64], l types.Leaf) ([]byte, error) {
						a, err := types.ParseEthAddress("leaf account", l.Withdrawal.BaseRecipient)
						return a.Bytes(), err
					}),
				ByWithdrawal: indexes.NewUnique(sb, types.LeavesByWithdrawalKey, "leaves_by_withdrawal", collections.Uint64Key,
					collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key),
					func(_ collections.Pair[uint64, uint64], l types.Leaf) (uint64, error) { return l.Withdrawal.Id, nil }),
			}),
		TreeNodes: collections.NewMap(sb, types.TreeNodesKey, "tree_nodes",
			collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, collections.Uint64Key), collections.BytesValue),
		Valsets: collections.NewMap(sb, types.ValsetsKey, "valsets", collections.Uint64Key, codec.CollValue[types.Valset](cdc)),
		ValsetConfirms: collections.NewMap(sb, types.ValsetConfirmsKey, "valset_confirms",
			collections.PairKeyCodec(collections.Uint64Key, sdk.ValAddressKey), codec.CollValue[types.Confirmation](cdc)),
		SettlementConfirms: collections.NewMap(sb, types.SettlementConfirmsKey, "settlement_confirms",
			collections.PairKeyCodec(collections.Uint64Key, sdk.ValAddressKey), codec.CollValue[types.Confirmation](cdc)),
		Deadlines: collections.NewMap(sb, types.DeadlinesKey, "deadlines",
			collections.TripleKeyCodec(collections.Int64Key, collections.Int32Key, collections.Uint64Key), codec.CollValue[types.ConfirmDeadline](cdc)),
		BadSignatures:    collections.NewMap(sb, types.BadSignaturesKey, "bad_signatures", collections.BytesKey, codec.CollValue[types.BadSignatureRecord](cdc)),
		NextSettlementAt: collections.NewItem(sb, types.NextSettlementAtKey, "next_settlement_at", collections.Int64Value),
		ValsetBlocked:    collections.NewItem(sb, types.ValsetBlockedKey, "valset_blocked", collections.StringValue),
		PruneCursor:      collections.NewItem(sb, types.PruneCursorKey, "prune_cursor", collections.Uint64Value),
		Recrediting:      collections.NewKeySet(sb, types.RecreditingKey, "recrediting", collections.Uint64Key),
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority is the address allowed to change params.
func (k Keeper) Authority() string { return k.authority }

// Denom is the bridged coin.
func (k Keeper) Denom() string { return k.denom }

// AddressCodec and ValidatorAddressCodec are the codecs the module decodes addresses with.
func (k Keeper) AddressCodec() address.Codec          { return k.addressCodec }
func (k Keeper) ValidatorAddressCodec() address.Codec { return k.valCodec }

func (k Keeper) coins(amount math.Int) sdk.Coins { return sdk.NewCoins(sdk.NewCoin(k.denom, amount)) }

func (k Keeper) logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}

// get reads key from m, telling a miss (types.ErrNotFound naming what) apart from a failing store.
func get[K, V any](ctx context.Context, m collections.Map[K, V], key K, what string) (V, error) {
	v, err := m.Get(ctx, key)
	if errors.Is(err, collections.ErrNotFound) {
		return v, fmt.Errorf("%s: %w", what, types.ErrNotFound)
	}
	return v, err
}
