//go:build tools

// Package tools pins the protobuf generators that `go install …@version` cannot install on
// its own (protoc-gen-go-pulsar needs its module's requirements). scripts/proto-tools.sh
// installs them from this module, so the main go.mod stays free of generator dependencies.
package tools

import (
	_ "github.com/cosmos/cosmos-proto/cmd/protoc-gen-go-pulsar"
)
