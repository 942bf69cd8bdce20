// Compiles the bridge contracts with the solc-js pinned in package.json and writes, for each
// contract, artifacts/<Name>.json (ABI, creation and runtime bytecode, compiler settings and the
// SHA-256 of every input file, which a Go test recomputes so a source edited without a
// recompile fails the tests), artifacts/FlockBridgeErrors.json (the custom errors a bridge call
// can revert with, the token's included, as one ABI for dapps), plus the combined JSON abigen
// reads (`node compile.js <dir>` writes <dir>/bindings.json and <dir>/testbindings.json). Run
// through scripts/compile-contracts.sh (`make contracts`).
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const ROOT = __dirname;
const COMBINED_DIR = process.argv[2];
// production contracts (bindings package) and test-only contracts (testbindings package)
const SOURCES = {
  "src/FlockBridge.sol": ["FlockBridge"],
  "src/FlockToken.sol": ["FlockToken"],
  "test/TestTokens.sol": ["FeeToken", "ReentrantToken"],
  "test/BaselineDistributor.sol": ["BaselineDistributor"],
  "test/MerkleHarness.sol": ["MerkleHarness"],
};
const SETTINGS = {
  evmVersion: "cancun", // OpenZeppelin 5.7 needs >= cancun (mcopy, transient storage)
  viaIR: true, // the IR pipeline: ~10% less gas on settlements and claims than the legacy one
  optimizer: { enabled: true, runs: 10000 }, // claims are sent far more often than deploys
  metadata: { bytecodeHash: "ipfs" },
  outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
};

// every file whose change can change an artifact: the Solidity sources (src/, test/), this
// script (settings) and the lock file (compiler and OpenZeppelin versions)
function inputHashes() {
  const files = ["compile.js", "package-lock.json"];
  for (const dir of ["src", "test"]) {
    for (const f of fs.readdirSync(path.join(ROOT, dir))) if (f.endsWith(".sol")) files.push(dir + "/" + f);
  }
  const out = {};
  for (const f of files.sort()) {
    out[f] = crypto.createHash("sha256").update(fs.readFileSync(path.join(ROOT, f))).digest("hex");
  }
  return out;
}

function findImports(importPath) {
  for (const base of [ROOT, path.join(ROOT, "node_modules")]) {
    const p = path.join(base, importPath);
    if (fs.existsSync(p)) return { contents: fs.readFileSync(p, "utf8") };
  }
  return { error: `import not found: ${importPath}` };
}

const input = { language: "Solidity", sources: {}, settings: SETTINGS };
for (const file of Object.keys(SOURCES)) {
  input.sources[file] = { content: fs.readFileSync(path.join(ROOT, file), "utf8") };
}
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  // OpenZeppelin's transient reentrancy guard always draws this warning; it is the safe use
  if (e.severity === "warning" && /Transient storage as defined by EIP-1153/.test(e.message)) continue;
  console.error(e.formattedMessage);
  if (e.severity === "error") failed = true;
}
if (failed) process.exit(1);

const version = solc.version();
const sourceHashes = inputHashes();
const combined = { bindings: { contracts: {}, version }, testbindings: { contracts: {}, version } };
for (const [file, names] of Object.entries(SOURCES)) {
  for (const name of names) {
    const c = output.contracts[file][name];
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: { version, settings: { evmVersion: SETTINGS.evmVersion, viaIR: SETTINGS.viaIR, optimizer: SETTINGS.optimizer } },
      abi: c.abi,
      bytecode: "0x" + c.evm.bytecode.object,
      deployedBytecode: "0x" + c.evm.deployedBytecode.object,
      sourceHashes,
    };
    const dir = file.startsWith("test/") ? "artifacts/test" : "artifacts";
    fs.mkdirSync(path.join(ROOT, dir), { recursive: true });
    fs.writeFileSync(path.join(ROOT, dir, name + ".json"), JSON.stringify(artifact, null, 2) + "\n");
    const size = c.evm.deployedBytecode.object.length / 2;
    console.log(`${name}: ${size} bytes deployed${size > 24576 ? " (OVER the 24,576-byte limit)" : ""}`);
    if (size > 24576) failed = true;
    const pkg = file.startsWith("test/") ? "testbindings" : "bindings";
    combined[pkg].contracts[`${file}:${name}`] = { abi: c.abi, bin: c.evm.bytecode.object };
  }
}
// the errors a dapp sees from a bridge call: the bridge's own and those of the token it moves
const errors = new Map();
for (const [file, name] of [["src/FlockBridge.sol", "FlockBridge"], ["src/FlockToken.sol", "FlockToken"]]) {
  for (const f of output.contracts[file][name].abi) {
    if (f.type === "error") errors.set(f.name + "(" + f.inputs.map((i) => i.type).join(",") + ")", f);
  }
}
fs.writeFileSync(
  path.join(ROOT, "artifacts", "FlockBridgeErrors.json"),
  JSON.stringify({ contractName: "FlockBridgeErrors", abi: [...errors.values()], sourceHashes }, null, 2) + "\n",
);

if (COMBINED_DIR) {
  for (const pkg of Object.keys(combined)) {
    fs.writeFileSync(path.join(COMBINED_DIR, pkg + ".json"), JSON.stringify(combined[pkg]));
  }
}
process.exit(failed ? 1 : 0);
