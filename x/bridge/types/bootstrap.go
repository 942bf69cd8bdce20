package types

import (
	"fmt"
	"sort"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/math"
	"github.com/ethereum/go-ethereum/common"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// A chain's bridge is bootstrapped before its first block: Base's FlockBridge is deployed with
// the chain's valset 1, which is built here from the genesis validators (as their gentxs bond
// them) and their orchestrator registrations, with the code EndBlock uses (BuildValset), so the
// first block makes no new valset and the orchestrators sign under the valset Base holds.
//
//  1. AddGenesisOrchestrator, once per validator: a registration verified as
//     MsgRegisterOrchestrator is, recorded in the genesis.
//  2. GenesisValset: valset 1, which is deployed on Base.
//  3. BootstrapBase: the deployment (contract, token, bridge id, deploy block) and valset 1 as
//     Base's active valset.

// GenesisValset's nonce: Base's first valset. The chain's next one is 2.
const GenesisValsetNonce = 1

// GenesisValidator is a validator bonded from the first block: its operator address and the
// tokens its gentx bonds.
type GenesisValidator struct {
	Operator string
	Tokens   math.Int
}

// BaseDeployment is what deploying FlockBridge produced, as the bridge genesis records it.
type BaseDeployment struct {
	ChainID  uint64         // Base's chain id
	Bridge   common.Address // FlockBridge
	Token    common.Address // the bridged FLOCK token
	BridgeID common.Hash    // the bridge id the contract was deployed with
	// DeployBlock is the Base block of the deployment: orchestrators read events from there.
	DeployBlock uint64
	// ValsetNonce and ValsetCheckpoint are the valset the contract was deployed with.
	ValsetNonce      uint64
	ValsetCheckpoint common.Hash
}

// AddGenesisOrchestrator checks reg as the chain checks MsgRegisterOrchestrator (its form, a
// validator of vals, an eth signature of RegistrationDigest on chainID by the eth key, an
// orchestrator account and a key no other validator holds) and records it in gs: the
// validator's orchestrator, its eth key and its attested nonce. A validator registered already is refused: the
// genesis holds one registration per validator.
func AddGenesisOrchestrator(gs *GenesisState, chainID string, vals []GenesisValidator, reg MsgRegisterOrchestrator) error {
	if err := reg.ValidateBasic(); err != nil {
		return err
	}
	val, err := sdk.ValAddressFromBech32(reg.Validator)
	if err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "validator %q: %v", reg.Validator, err)
	}
	orch, err := sdk.AccAddressFromBech32(reg.Orchestrator)
	if err != nil {
		return errorsmod.Wrapf(ErrInvalidAddress, "orchestrator %q: %v", reg.Orchestrator, err)
	}
	eth, _ := ParseEthAddress("eth address", reg.EthAddress) // ValidateBasic checked both
	sig, _ := ParseSignature("eth signature", reg.EthSignature)
	valStr, orchStr := val.String(), orch.String() // canonical, whatever case reg carried
	known := false
	for _, v := range vals {
		if op, err := sdk.ValAddressFromBech32(v.Operator); err == nil && op.Equals(val) {
			known = true
			break
		}
	}
	if !known {
		return errorsmod.Wrapf(ErrNotValidator, "%s is not a genesis validator: its gentx must be collected before its orchestrator is registered", valStr)
	}
	if err := VerifyRegistration(chainID, val, orch, eth, sig); err != nil {
		return err
	}
	for _, o := range gs.Orchestrators {
		switch {
		case o.Validator == valStr:
			return errorsmod.Wrapf(ErrKeyInUse, "validator %s has an orchestrator in the genesis already (%s, %s)", valStr, o.Orchestrator, o.EthAddress)
		case o.Orchestrator == orchStr:
			return errorsmod.Wrapf(ErrKeyInUse, "orchestrator %s is registered by validator %s: want an account no other validator uses", orchStr, o.Validator)
		}
	}
	for _, r := range gs.EthKeys {
		if a, err := ParseEthAddress("eth key", r.EthAddress); err == nil && a == eth {
			return errorsmod.Wrapf(ErrKeyInUse, "eth address %s is the key of validator %s: want a key no other validator ever registered", eth.Hex(), r.Validator)
		}
	}
	gs.Orchestrators = append(gs.Orchestrators, Orchestrator{Validator: valStr, Orchestrator: orchStr, EthAddress: eth.Hex()})
	gs.EthKeys = append(gs.EthKeys, EthKeyRecord{EthAddress: eth.Hex(), Validator: valStr})
	// as RegisterOrchestrator does: it attests from the chain's last applied nonce on. Without
	// a record an orchestrator late to an event the others applied would be skipped past it.
	gs.AttestedNonces = append(gs.AttestedNonces, OrchestratorNonce{Validator: valStr, Nonce: gs.BaseState.LastEventNonce})
	return nil
}

// GenesisValset is the chain's valset 1 from the genesis validators and the orchestrators
// registered in the genesis: the validators x/staking bonds at genesis (the maxValidators with
// the most consensus power, none with zero) listed in x/staking's order, those with an eth key
// made into a valset by BuildValset against the whole bonded power, as EndBlock does. It fails
// (wrapping valset.ErrPowerTooLow) if the registered keys hold 2/3 of bonded power or less:
// Base would refuse that valset.
func GenesisValset(vals []GenesisValidator, orchs []Orchestrator, maxValidators uint32) (Valset, error) {
	type bondedVal struct {
		op     sdk.ValAddress
		tokens math.Int
	}
	bonded := make([]bondedVal, 0, len(vals))
	for _, v := range vals {
		op, err := sdk.ValAddressFromBech32(v.Operator)
		if err != nil {
			return Valset{}, errorsmod.Wrapf(ErrInvalidAddress, "genesis validator %q: %v", v.Operator, err)
		}
		if v.Tokens.IsNil() || v.Tokens.IsNegative() {
			return Valset{}, errorsmod.Wrapf(ErrInvalidAmount, "genesis validator %s tokens %s: want non-negative", op, fmtInt(v.Tokens))
		}
		if sdk.TokensToConsensusPower(v.Tokens, sdk.DefaultPowerReduction) > 0 {
			bonded = append(bonded, bondedVal{op: op, tokens: v.Tokens})
		}
	}
	sort.SliceStable(bonded, func(i, j int) bool {
		return StakingPowerLess(bonded[i].op, bonded[i].tokens, bonded[j].op, bonded[j].tokens)
	})
	if len(bonded) > int(maxValidators) {
		bonded = bonded[:maxValidators]
	}
	ethOf := make(map[string]string, len(orchs))
	for _, o := range orchs {
		ethOf[o.Validator] = o.EthAddress
	}
	total, covered := math.ZeroInt(), math.ZeroInt()
	var cands []ValsetCandidate
	for _, b := range bonded {
		total = total.Add(b.tokens)
		op := b.op.String()
		ethStr, ok := ethOf[op]
		if !ok {
			continue // no eth key: not a member, and its power counts against the quorum
		}
		eth, err := ParseEthAddress("registered eth address", ethStr)
		if err != nil {
			return Valset{}, err
		}
		cands = append(cands, ValsetCandidate{Validator: op, Eth: eth, Tokens: b.tokens})
		covered = covered.Add(b.tokens)
	}
	vs, err := BuildValset(GenesisValsetNonce, cands, total)
	if err != nil {
		return Valset{}, errorsmod.Wrap(ErrInvalidGenesis, ValsetBlockedReason(err, covered, total))
	}
	return vs, nil
}

// BootstrapBase records in gs that Base's FlockBridge was deployed as d with valset vs (made by
// GenesisValset) active: the params that point the chain at it, vs as the chain's valset 1 and
// Base's active one, and the deploy block as where the orchestrators start reading. d must hold
// exactly vs. The result passes GenesisState.Validate.
func BootstrapBase(gs *GenesisState, vs Valset, d BaseDeployment) error {
	if d.ValsetNonce != vs.Nonce || HashString(d.ValsetCheckpoint) != vs.Checkpoint {
		return errorsmod.Wrapf(ErrInvalidGenesis, "the bridge was deployed with valset %d checkpoint %s, the genesis makes valset %d checkpoint %s: deploy FlockBridge with the genesis valset",
			d.ValsetNonce, HashString(d.ValsetCheckpoint), vs.Nonce, vs.Checkpoint)
	}
	if d.ChainID == 0 || d.Bridge == (common.Address{}) || d.Token == (common.Address{}) || d.BridgeID == (common.Hash{}) {
		return errorsmod.Wrapf(ErrInvalidGenesis, "deployment chain id %d, bridge %s, token %s, bridge id %s: want all set",
			d.ChainID, d.Bridge.Hex(), d.Token.Hex(), HashString(d.BridgeID))
	}
	for _, v := range gs.Valsets {
		if v.Nonce != vs.Nonce || v.Checkpoint != vs.Checkpoint {
			return errorsmod.Wrapf(ErrInvalidGenesis, "the genesis holds valset %d already: bootstrap a genesis with no valsets", v.Nonce)
		}
	}
	gs.Params.BaseChainId = d.ChainID
	gs.Params.BridgeContract = d.Bridge.Hex()
	gs.Params.TokenContract = d.Token.Hex()
	gs.Params.BridgeId = HashString(d.BridgeID)
	gs.BaseState.ActiveValsetNonce = vs.Nonce
	gs.BaseState.ActiveCheckpoint = vs.Checkpoint
	gs.BaseState.LastBaseBlock = d.DeployBlock
	gs.Valsets = []Valset{vs}
	return gs.Validate()
}

// validateOrchestratorGenesis checks the registrations: canonical addresses, one orchestrator
// per validator, accounts and eth keys each one validator's, every registered key recorded as
// its validator's live key in eth_keys.
func validateOrchestratorGenesis(gs GenesisState) error {
	keys := make(map[common.Address]EthKeyRecord, len(gs.EthKeys))
	for _, r := range gs.EthKeys {
		a, err := ParseCanonicalEthAddress("eth key", r.EthAddress)
		if err != nil {
			return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
		}
		if err := checkValidator("eth key "+r.EthAddress+" validator", r.Validator); err != nil {
			return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
		}
		if _, dup := keys[a]; dup {
			return errorsmod.Wrapf(ErrInvalidGenesis, "eth key %s appears twice", r.EthAddress)
		}
		keys[a] = r
	}
	vals, accounts := make(map[string]bool, len(gs.Orchestrators)), make(map[string]bool, len(gs.Orchestrators))
	for _, o := range gs.Orchestrators {
		val, err := sdk.ValAddressFromBech32(o.Validator)
		if err != nil || val.String() != o.Validator {
			return errorsmod.Wrapf(ErrInvalidGenesis, "orchestrator validator %q: want a canonical operator address", o.Validator)
		}
		acc, err := sdk.AccAddressFromBech32(o.Orchestrator)
		if err != nil || acc.String() != o.Orchestrator {
			return errorsmod.Wrapf(ErrInvalidGenesis, "orchestrator account %q of %s: want a canonical account address", o.Orchestrator, o.Validator)
		}
		if vals[o.Validator] || accounts[o.Orchestrator] {
			return errorsmod.Wrapf(ErrInvalidGenesis, "validator %s or account %s has two registrations", o.Validator, o.Orchestrator)
		}
		vals[o.Validator], accounts[o.Orchestrator] = true, true
		eth, err := ParseCanonicalEthAddress(fmt.Sprintf("eth address of %s", o.Validator), o.EthAddress)
		if err != nil {
			return errorsmod.Wrap(ErrInvalidGenesis, err.Error())
		}
		if r, ok := keys[eth]; !ok || r.Validator != o.Validator || r.Retired {
			return errorsmod.Wrapf(ErrInvalidGenesis, "eth key %s of %s: want a live eth_keys record of that validator", o.EthAddress, o.Validator)
		}
	}
	return nil
}
