package baseclient

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/devchain"
	"github.com/flockchain/flock/bridge/valset"
)

// ValsetFile is the initial valset for deploy: Ethereum addresses with raw (bonded) powers,
// normalised to 2^32 here exactly as x/bridge will. `flockd genesis bridge-valset` writes the
// chain's valset 1 in this form.
type ValsetFile struct {
	Nonce      uint64            `json:"nonce"`
	Validators []ValsetFileEntry `json:"validators"`
	// Bonded, if set, is the whole bonded power the powers are normalised against (validators
	// without a registered key count in it but are not members); default: the powers' sum.
	Bonded string `json:"bonded,omitempty"`
	// Checkpoint, if set, is the valset's checkpoint as the chain computed it: ReadValset
	// refuses a file whose valset makes another one.
	Checkpoint *common.Hash `json:"checkpoint,omitempty"`
}

// ValsetFileEntry is one validator of a ValsetFile.
type ValsetFileEntry struct {
	Address common.Address `json:"address"`
	Power   string         `json:"power"`
}

// ReadValset reads a valset file and normalises it.
func ReadValset(path string) (valset.Valset, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return valset.Valset{}, fmt.Errorf("valset file: %w", err)
	}
	var f ValsetFile
	if err := json.Unmarshal(blob, &f); err != nil {
		return valset.Valset{}, fmt.Errorf("valset file %s: %w", path, err)
	}
	in := make([]valset.Input, len(f.Validators))
	for i, v := range f.Validators {
		p, ok := new(big.Int).SetString(v.Power, 10)
		if !ok {
			return valset.Valset{}, fmt.Errorf("valset file %s: validator %d: power %q is not an integer", path, i, v.Power)
		}
		in[i] = valset.Input{Address: v.Address, Power: p}
	}
	var bonded *big.Int
	if f.Bonded != "" {
		var ok bool
		if bonded, ok = new(big.Int).SetString(f.Bonded, 10); !ok {
			return valset.Valset{}, fmt.Errorf("valset file %s: bonded %q is not an integer", path, f.Bonded)
		}
	}
	vs, err := valset.NormalizeBonded(f.Nonce, in, bonded)
	if err != nil {
		return valset.Valset{}, fmt.Errorf("valset file %s: %w", path, err)
	}
	if f.Checkpoint != nil && vs.Checkpoint() != *f.Checkpoint {
		return valset.Valset{}, fmt.Errorf("valset file %s: its validators make checkpoint %s, the file says %s", path, vs.Checkpoint(), f.Checkpoint)
	}
	return vs, nil
}

// DevValset is n devchain dev keys from index 2 on with equal power: placeholder orchestrator
// keys for a localnet until x/bridge registers real ones.
func DevValset(n int) (valset.Valset, error) {
	in := make([]valset.Input, n)
	for i := range in {
		in[i] = valset.Input{Address: crypto.PubkeyToAddress(devchain.DevKey(2 + i).PublicKey), Power: big.NewInt(1)}
	}
	return valset.Normalize(1, in)
}

// ParseBridgeID reads a bridge id: 0x-prefixed 32 bytes, or a name (its keccak256).
func ParseBridgeID(s string) (common.Hash, error) {
	if s == "" {
		return common.Hash{}, fmt.Errorf("--bridge-id is empty")
	}
	if strings.HasPrefix(s, "0x") {
		b := common.FromHex(s)
		if len(b) != 32 {
			return common.Hash{}, fmt.Errorf("--bridge-id %q: want 32 bytes", s)
		}
		return common.BytesToHash(b), nil
	}
	return crypto.Keccak256Hash([]byte(s)), nil
}

// MinClaimDelay is FlockBridge.MIN_CLAIM_DELAY: a shorter veto window would leave the guardian
// no time to react, so the contract refuses it; Deploy checks it before anything is sent.
const MinClaimDelay = time.Hour

// CheckClaimDelay refuses a claim delay the contract would refuse, or that is not whole seconds.
func CheckClaimDelay(d time.Duration) error {
	if d < MinClaimDelay || d%time.Second != 0 {
		return fmt.Errorf("--claim-delay %s: want whole seconds, at least %s (the guardian's veto window; on a devchain, advance its clock with evm_increaseTime)", d, MinClaimDelay)
	}
	return nil
}

// Deployment is what Deploy deploys.
type Deployment struct {
	Valset             valset.Valset
	BridgeID           common.Hash
	Guardian           common.Address // zero: the deployer
	Token              common.Address // zero: deploy a devnet FlockToken with Supply to the deployer
	Supply             *big.Int
	ClaimDelay         time.Duration
	MaxSettlementTotal *big.Int
	MinDeposit         *big.Int
	// Lock, if set, is moved from the deployer to the bridge right after the deploy, with no
	// Deposited event: the FLOCK behind a chain's genesis supply (flockd genesis back-supply
	// prints it), so the chain is backed from its first block.
	Lock *big.Int
}

// Deploy deploys FlockBridge (and a devnet FlockToken unless d.Token is set) signed by key,
// and returns the addresses file's content.
func (c *Client) Deploy(ctx context.Context, key *ecdsa.PrivateKey, d Deployment) (*Addresses, error) {
	if err := CheckClaimDelay(d.ClaimDelay); err != nil {
		return nil, err
	}
	opts := c.Transactor(ctx, key)
	guardian := d.Guardian
	if guardian == (common.Address{}) {
		guardian = opts.From
	}
	token := d.Token
	if token == (common.Address{}) {
		if _, err := c.Send(ctx, "deploy FlockToken", func() (tx *types.Transaction, err error) {
			token, tx, _, err = bindings.DeployFlockToken(opts, c.Eth, opts.From, d.Supply)
			return tx, err
		}); err != nil {
			return nil, err
		}
	}
	delay := uint64(d.ClaimDelay / time.Second)
	var bridge common.Address
	r, err := c.Send(ctx, "deploy FlockBridge", func() (tx *types.Transaction, err error) {
		bridge, tx, _, err = bindings.DeployFlockBridge(opts, c.Eth, token, d.BridgeID, guardian,
			new(big.Int).SetUint64(delay), d.MaxSettlementTotal, d.MinDeposit, bindings.FlockSignedValset{
				Nonce: new(big.Int).SetUint64(d.Valset.Nonce), Signers: d.Valset.Signers(), Powers: d.Valset.Powers(),
			})
		return tx, err
	})
	if err != nil {
		return nil, err
	}
	locked := "0"
	if d.Lock != nil && d.Lock.Sign() > 0 {
		locked = d.Lock.String()
		t, err := bindings.NewFlockToken(token, c.Eth)
		if err != nil {
			return nil, err
		}
		if _, err := c.Send(ctx, "lock the genesis backing", func() (*types.Transaction, error) {
			return t.Transfer(opts, bridge, d.Lock)
		}); err != nil {
			return nil, err
		}
	}
	return &Addresses{
		ChainID: c.ChainID.Uint64(), Token: token, Bridge: bridge, BridgeID: d.BridgeID, Guardian: guardian,
		ClaimDelay: delay, MaxSettlementTotal: d.MaxSettlementTotal.String(), MinDeposit: d.MinDeposit.String(),
		ValsetNonce: d.Valset.Nonce, ValsetCheckpoint: d.Valset.Checkpoint(), DeployBlock: r.BlockNumber.Uint64(), Deployer: opts.From,
		Locked: locked,
	}, nil
}
