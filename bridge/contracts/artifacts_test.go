package contracts_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/flockchain/flock/bridge/contracts/bindings"
	"github.com/flockchain/flock/bridge/contracts/testbindings"
)

// The committed artifacts and bindings come from the same compilation (make contracts writes
// both): a regenerated one without the other fails here, without needing Node.
func TestBindingsMatchArtifacts(t *testing.T) {
	for file, bin := range map[string]string{
		"artifacts/FlockBridge.json":              bindings.FlockBridgeMetaData.Bin,
		"artifacts/FlockToken.json":               bindings.FlockTokenMetaData.Bin,
		"artifacts/test/FeeToken.json":            testbindings.FeeTokenMetaData.Bin,
		"artifacts/test/ReentrantToken.json":      testbindings.ReentrantTokenMetaData.Bin,
		"artifacts/test/BaselineDistributor.json": testbindings.BaselineDistributorMetaData.Bin,
		"artifacts/test/MerkleHarness.json":       testbindings.MerkleHarnessMetaData.Bin,
	} {
		blob, err := os.ReadFile(filepath.FromSlash(file))
		if err != nil {
			t.Fatal(err)
		}
		var a struct {
			Bytecode string `json:"bytecode"`
			Compiler struct {
				Version  string `json:"version"`
				Settings struct {
					EVMVersion string `json:"evmVersion"`
				} `json:"settings"`
			} `json:"compiler"`
		}
		if err := json.Unmarshal(blob, &a); err != nil {
			t.Fatal(err)
		}
		if !strings.EqualFold(a.Bytecode, bin) {
			t.Errorf("%s: bytecode differs from the Go bindings; run make contracts", file)
		}
		if !strings.HasPrefix(a.Compiler.Version, "0.8.28+") || a.Compiler.Settings.EVMVersion != "cancun" {
			t.Errorf("%s: compiled with %s for %s, want 0.8.28 for cancun", file, a.Compiler.Version, a.Compiler.Settings.EVMVersion)
		}
	}
}

// artifactFiles are every artifact make contracts writes.
var artifactFiles = []string{
	"artifacts/FlockBridge.json", "artifacts/FlockToken.json", "artifacts/FlockBridgeErrors.json",
	"artifacts/test/FeeToken.json", "artifacts/test/ReentrantToken.json",
	"artifacts/test/BaselineDistributor.json", "artifacts/test/MerkleHarness.json",
}

// The tests run the committed bytecode: they test the Solidity sources only if the artifacts
// were compiled from them. compile.js records the SHA-256 of every input (src/ and test/
// sources, itself, the lock file pinning solc and OpenZeppelin); here they are recomputed, so
// a source edited, added or removed without `make contracts` fails `make test`.
func TestArtifactsMatchSources(t *testing.T) {
	want := map[string]string{}
	inputs := []string{"compile.js", "package-lock.json"}
	for _, dir := range []string{"src", "test"} {
		sol, err := filepath.Glob(filepath.Join(dir, "*.sol"))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, sol...)
	}
	for _, f := range inputs {
		blob, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(blob)
		want[filepath.ToSlash(f)] = hex.EncodeToString(sum[:])
	}
	for _, file := range artifactFiles {
		blob, err := os.ReadFile(filepath.FromSlash(file))
		if err != nil {
			t.Fatal(err)
		}
		var a struct {
			SourceHashes map[string]string `json:"sourceHashes"`
		}
		if err := json.Unmarshal(blob, &a); err != nil {
			t.Fatal(err)
		}
		for _, f := range slices.Sorted(maps.Keys(want)) {
			if a.SourceHashes[f] != want[f] {
				t.Errorf("%s: %s changed since it was compiled (or is new); run make contracts", file, f)
			}
		}
		for f := range a.SourceHashes {
			if _, ok := want[f]; !ok {
				t.Errorf("%s: compiled from %s, which is gone; run make contracts", file, f)
			}
		}
	}
}

// FlockBridgeErrors.json is the one ABI a dapp needs to decode any revert of a bridge call:
// every custom error of the bridge and of the token it moves, and nothing else.
func TestErrorsABI(t *testing.T) {
	blob, err := os.ReadFile(filepath.FromSlash("artifacts/FlockBridgeErrors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var art struct {
		ABI json.RawMessage `json:"abi"`
	}
	if err := json.Unmarshal(blob, &art); err != nil {
		t.Fatal(err)
	}
	combined, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	if len(combined.Methods) != 0 || len(combined.Events) != 0 {
		t.Fatalf("errors ABI holds %d methods and %d events", len(combined.Methods), len(combined.Events))
	}
	want := 0
	for _, j := range []string{bindings.FlockBridgeMetaData.ABI, bindings.FlockTokenMetaData.ABI} {
		a, err := abi.JSON(strings.NewReader(j))
		if err != nil {
			t.Fatal(err)
		}
		for name, e := range a.Errors {
			got, ok := combined.Errors[name]
			if !ok || got.ID != e.ID {
				t.Errorf("error %s missing from the errors ABI", e.Sig)
			}
		}
		want += len(a.Errors)
	}
	for _, name := range []string{"SettlementTotalExceeded", "ERC20InsufficientAllowance", "SafeERC20FailedOperation", "InsufficientPower"} {
		if _, ok := combined.Errors[name]; !ok {
			t.Errorf("%s missing", name)
		}
	}
	if len(combined.Errors) > want {
		t.Errorf("errors ABI holds %d errors, more than the bridge and token have (%d)", len(combined.Errors), want)
	}
}
