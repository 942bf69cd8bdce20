#!/usr/bin/env bash
# Generates Go code from proto/flock, offline:
#   gogoproto  -> x/<module>/types/*.pb.go, *.pb.gw.go   (state machine types, gRPC, REST gateway)
#   pulsar     -> api/flock/<module>/...                 (protoreflect types for autocli/depinject)
# Module config protos (proto/flock/<module>/module/v1) only get pulsar code.
# Needs the tools from scripts/proto-tools.sh on PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$(go env GOPATH)/bin:$PATH"

if [[ -z "$(find proto/flock -name '*.proto' 2>/dev/null)" ]]; then
  echo "no .proto files under proto/flock: nothing to generate"
  exit 0
fi

# the protos are formatted and linted before anything is generated from them
buf format -w proto
buf lint

GO_MODULE=github.com/flockchain/flock
TMP=.gen-gogo
rm -rf "$TMP"
trap 'rm -rf "$TMP"' EXIT

# gogo: every versioned package (flock/<module>/v1), not the depinject module configs
for dir in $(find proto/flock -name '*.proto' -path '*/v[0-9]*/*' -not -path '*/module/*' -exec dirname {} \; | sort -u); do
  echo "gogo    $dir"
  buf generate --template proto/buf.gen.gogo.yaml --path "$dir"
done
# replace, not merge: a deleted .proto must not leave its generated code behind
find x -path '*/types/*' \( -name '*.pb.go' -o -name '*.pb.gw.go' \) -delete 2>/dev/null || true
cp -R "$TMP/$GO_MODULE/." ./

# pulsar: everything under proto/flock, into api/
rm -rf api
echo "pulsar  proto/flock"
buf generate --template proto/buf.gen.pulsar.yaml --path proto/flock
echo "generated"
