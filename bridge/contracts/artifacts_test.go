package contracts_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
