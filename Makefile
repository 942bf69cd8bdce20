# Flock appchain. `make localnet` runs the system on this machine, `make test` runs every test.

GO       ?= go
BUILDDIR ?= $(CURDIR)/build
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT   ?= $(shell git rev-parse HEAD 2>/dev/null)

SDK_VERSION_PKG := github.com/cosmos/cosmos-sdk/version
LDFLAGS := -X $(SDK_VERSION_PKG).Name=flock \
           -X $(SDK_VERSION_PKG).AppName=flockd \
           -X $(SDK_VERSION_PKG).Version=$(VERSION) \
           -X $(SDK_VERSION_PKG).Commit=$(COMMIT)

# everything except generated pulsar code (api/), which vet and gofmt do not own
GO_PACKAGES = $(shell $(GO) list ./... | grep -v '/api/')
GO_FILES    = $(shell find . -name '*.go' -not -path './api/*' -not -path './third_party/*' -not -path './tools/*' -not -path './node_modules/*' -not -path './.localnet/*')

.PHONY: all build install test test-e2e lint proto-gen contracts localnet localnet-stop clean

all: build

build:
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BUILDDIR)/flockd ./cmd/flockd
	$(GO) build -o $(BUILDDIR)/flock-relayer ./cmd/flock-relayer
	$(GO) build -o $(BUILDDIR)/flock-worker ./cmd/flock-worker

install:
	$(GO) install -ldflags '$(LDFLAGS)' ./cmd/flockd
	$(GO) install ./cmd/flock-relayer ./cmd/flock-worker

test:
	$(GO) test -timeout 20m ./...

# only the in-process network tests
test-e2e:
	$(GO) test -timeout 10m ./tests/...

lint:
	@unformatted="$$(gofmt -l $(GO_FILES))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet $(GO_PACKAGES)

proto-gen:
	bash scripts/proto-tools.sh
	bash scripts/protocgen.sh

# recompile the bridge contracts and regenerate their Go bindings (needs Node; outputs are committed)
contracts:
	bash scripts/compile-contracts.sh

localnet: build
	bash scripts/localnet.sh

localnet-stop:
	bash scripts/localnet.sh stop

clean:
	-bash scripts/localnet.sh stop
	rm -rf $(BUILDDIR) .localnet
