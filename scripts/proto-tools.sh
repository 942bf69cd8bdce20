#!/usr/bin/env bash
# Installs the pinned protobuf generators into $(go env GOPATH)/bin. Skips a tool whose
# installed binary already reports the pinned version. Nothing here needs the Buf registry.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BIN="$(go env GOPATH)/bin"

# installed NAME MODULE VERSION: true when $BIN/NAME was built from MODULE@VERSION
installed() {
  [[ -x "$BIN/$1" ]] && go version -m "$BIN/$1" 2>/dev/null | grep -Eq "^[[:space:]]+mod[[:space:]]+$2[[:space:]]+$3([[:space:]]|$)"
}

tool() { # tool NAME PACKAGE MODULE VERSION
  if installed "$1" "$3" "$4"; then
    echo "ok    $1 $4"
    return
  fi
  echo "build $1 $4"
  GOFLAGS= go install "$2@$4"
}

tool buf github.com/bufbuild/buf/cmd/buf github.com/bufbuild/buf v1.75.0
tool protoc-gen-gocosmos github.com/cosmos/gogoproto/protoc-gen-gocosmos github.com/cosmos/gogoproto v1.7.2
tool protoc-gen-grpc-gateway github.com/grpc-ecosystem/grpc-gateway/protoc-gen-grpc-gateway github.com/grpc-ecosystem/grpc-gateway v1.16.0
tool protoc-gen-go-grpc google.golang.org/grpc/cmd/protoc-gen-go-grpc google.golang.org/grpc/cmd/protoc-gen-go-grpc v1.5.1

# protoc-gen-go-pulsar only builds with its own module's requirements: install from tools/
PULSAR_VERSION="$(cd tools && go list -m -f '{{.Version}}' github.com/cosmos/cosmos-proto)"
if installed protoc-gen-go-pulsar github.com/cosmos/cosmos-proto "$PULSAR_VERSION"; then
  echo "ok    protoc-gen-go-pulsar $PULSAR_VERSION"
else
  echo "build protoc-gen-go-pulsar $PULSAR_VERSION"
  (cd tools && GOFLAGS= go install github.com/cosmos/cosmos-proto/cmd/protoc-gen-go-pulsar)
fi
