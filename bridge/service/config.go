package service

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/spf13/pflag"
)

// ApplyConfigFile reads a TOML file whose keys are flag names (dashes or underscores, so
// chain-grpc and chain_grpc both work) and sets every flag the command line did not set. A
// flag given on the command line wins over the file. A key that names no flag is an error
// naming it, so a typo cannot silently leave a default in place.
func ApplyConfigFile(flags *pflag.FlagSet, path string) error {
	if path == "" {
		return nil
	}
	blob, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config file: %w", err)
	}
	var values map[string]any
	if err := toml.Unmarshal(blob, &values); err != nil {
		return fmt.Errorf("config file %s: %w", path, err)
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys) // errors name the first bad key the same way every run
	for _, k := range keys {
		name := strings.ReplaceAll(k, "_", "-")
		f := flags.Lookup(name)
		if f == nil {
			return fmt.Errorf("config file %s: key %q is not a flag of this command (see --help)", path, k)
		}
		if f.Changed {
			continue
		}
		if err := f.Value.Set(tomlString(values[k])); err != nil {
			return fmt.Errorf("config file %s: %s: %w", path, k, err)
		}
	}
	return nil
}

// tomlString renders a TOML value the way the flag would be typed.
func tomlString(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = tomlString(e)
		}
		return strings.Join(parts, ",")
	default:
		return fmt.Sprint(x)
	}
}
