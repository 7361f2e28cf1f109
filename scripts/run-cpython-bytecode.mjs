// Runs a Python file on pyglass's VM with bytecode compiled by python3 itself (through
// scripts/cpython-code-json.py): a cross-check of the VM independent of pyglass's compiler.
// usage: node scripts/run-cpython-bytecode.mjs FILE [ARGS...]   (after npm run build)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.env.PYGLASS_DIST ?? `${root}dist`;
const { runFile } = await import(`${dist}/src/index.js`);
const { codeFromJson } = await import(`${dist}/src/vm/code-json.js`);

const script = `${root}scripts/cpython-code-json.py`;

/** Compiles with python3: the source goes through stdin, the filename is kept for tracebacks. */
function cpythonCompile(source, filename, mode) {
  const input = typeof source === "string" ? source : Buffer.from(source);
  const json = execFileSync("python3", [script, "-", "--mode", mode, "--filename", filename], {
    input,
    maxBuffer: 1 << 28,
  });
  return codeFromJson(json.toString("utf8"));
}

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/run-cpython-bytecode.mjs FILE [ARGS...]");
  process.exit(2);
}
let stdin = "";
if (!process.stdin.isTTY) {
  try {
    stdin = readFileSync(0, "utf8");
  } catch {
    stdin = "";
  }
}
const { exitCode } = await runFile(file, {
  argv: [file, ...rest],
  stdin,
  compile: cpythonCompile,
  hashSeed: Number(process.env.PYTHONHASHSEED ?? 0) || 0,
});
process.exitCode = exitCode;
