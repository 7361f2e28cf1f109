// Records the expected outcome of every differential case (tests/cases/**/*.py) from python3.
//
//   npm run test:regen [-- FILTER...]     only cases whose path (relative to tests/cases) contains
//                                         one of the FILTERs
//
// Each case runs as `python3 /abs/path/case.py ARGS` with cwd = the case's folder, PYTHONHASHSEED=0,
// no bytecode files, and stdin / argv from the case's header comments (`# argv: ...`,
// `# stdin: ...`). The real interpreter binary is used, not a pyenv shim. Every case runs twice: a
// case whose two runs differ is nondeterministic, is not written, and makes the script fail.
// The format of the `.expected` file is described in docs/internals/testing.md; the harness reads
// it with tests/differential/expectation.ts.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");
const casesDir = join(root, "tests", "cases");
/** Stands for the repository root in recorded output, so expectations do not depend on the checkout. */
const ROOT_PLACEHOLDER = "<root>";
const TIMEOUT_MS = 60_000;
const JOBS = Math.max(1, Number(process.env.PYGLASS_REGEN_JOBS ?? 2));

/** A case is a `.py` file not starting with `_`, outside companion folders (`*_pkg`, `__pycache__`). */
function findCases(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!name.endsWith("_pkg") && name !== "__pycache__") found.push(...findCases(path));
    } else if (name.endsWith(".py") && !name.startsWith("_")) found.push(path);
  }
  return found;
}

/**
 * Reads the header comments at the top of a case: `# argv: a b` (split on spaces, or a JSON array)
 * and `# stdin: TEXT` (a JSON string, or the rest of the line plus a newline). Only comment lines
 * before the first line of code count.
 */
export function readHeader(source, path) {
  const header = { argv: [], stdin: undefined };
  for (const line of source.split("\n")) {
    if (!line.startsWith("#")) break;
    const m = /^#\s*(argv|stdin):\s?(.*)$/.exec(line);
    if (m === null) continue;
    const value = m[2].trimEnd();
    try {
      if (m[1] === "argv")
        header.argv = value.startsWith("[") ? JSON.parse(value) : value.split(/\s+/).filter(Boolean);
      else header.stdin = (header.stdin ?? "") + (value.startsWith('"') ? JSON.parse(value) : `${value}\n`);
    } catch (e) {
      throw new Error(`${path}: bad '# ${m[1]}:' header: ${e.message}`);
    }
  }
  return header;
}

/** One section of a `.expected` file: `NAME: N lines` (+ `, no newline at end`) and the lines. */
function section(name, text) {
  if (text === "") return `${name}: 0 lines\n`;
  const lines = text.split("\n");
  const final = text.endsWith("\n");
  if (final) lines.pop();
  const count = `${lines.length} line${lines.length === 1 ? "" : "s"}`;
  return `${name}: ${count}${final ? "" : ", no newline at end"}\n${lines.join("\n")}\n`;
}

export function formatExpected(header, outcome) {
  let text = "# recorded from python3 by scripts/regen-expected.mjs; do not edit\n";
  if (header.argv.length > 0) text += `argv: ${JSON.stringify(header.argv)}\n`;
  if (header.stdin !== undefined) text += `stdin: ${JSON.stringify(header.stdin)}\n`;
  text += `exit: ${outcome.exitCode}\n`;
  return text + section("stdout", outcome.stdout) + section("stderr", outcome.stderr);
}

function realPython() {
  const fromEnv = process.env.PYGLASS_PYTHON;
  if (fromEnv) return fromEnv;
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

/** Replaces exactly the repository root directory, and nothing else. */
function normalise(text) {
  return text.split(root).join(ROOT_PLACEHOLDER);
}

function runPython(python, path, header) {
  return new Promise((resolve) => {
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/",
      LANG: "C.UTF-8",
      PYTHONHASHSEED: "0",
      PYTHONIOENCODING: "utf-8",
      PYTHONDONTWRITEBYTECODE: "1",
    };
    const child = spawn(python, [path, ...header.argv], { cwd: join(path, ".."), env });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        exitCode: code ?? -1,
        signal,
        stdout: normalise(Buffer.concat(out).toString("utf8")),
        stderr: normalise(Buffer.concat(err).toString("utf8")),
      });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(header.stdin ?? "");
  });
}

/** Things a case should not show, because they depend on this machine rather than the program. */
function warnings(outcome, python) {
  const found = [];
  const prefix = join(python, "..", "..");
  const text = outcome.stdout + outcome.stderr;
  if (text.includes(prefix)) found.push(`output names the python3 installation (${prefix})`);
  if (text.includes("<frozen ")) found.push("output shows frozen stdlib frames");
  if (/ at 0x[0-9a-f]+/.test(text)) found.push("output contains an address");
  return found;
}

async function main() {
  const filters = process.argv.slice(2);
  const python = realPython();
  let cases = findCases(casesDir);
  if (filters.length > 0) cases = cases.filter((c) => filters.some((f) => relative(casesDir, c).includes(f)));
  const result = { written: 0, unchanged: 0, nondeterministic: [], failed: [], warned: 0 };
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const path = cases[next++];
      const rel = relative(casesDir, path).split(sep).join("/");
      let header;
      try {
        header = readHeader(readFileSync(path, "utf8"), rel);
      } catch (e) {
        result.failed.push(`${rel}: ${e.message}`);
        continue;
      }
      const first = await runPython(python, path, header);
      const second = await runPython(python, path, header);
      if (first.signal !== null) {
        result.failed.push(`${rel}: killed by ${first.signal} (time limit ${TIMEOUT_MS} ms?)`);
        continue;
      }
      const text = formatExpected(header, first);
      if (text !== formatExpected(header, second)) {
        result.nondeterministic.push(rel);
        continue;
      }
      for (const w of warnings(first, python)) {
        console.log(`warning: ${rel}: ${w}`);
        result.warned++;
      }
      const expectedPath = path.replace(/\.py$/, ".expected");
      if (existsSync(expectedPath) && readFileSync(expectedPath, "utf8") === text) result.unchanged++;
      else {
        writeFileSync(expectedPath, text);
        result.written++;
        console.log(`recorded ${rel}`);
      }
    }
  }
  await Promise.all(Array.from({ length: JOBS }, worker));
  console.log(
    `${cases.length} cases: ${result.written} written, ${result.unchanged} unchanged` +
      (result.warned ? `, ${result.warned} warnings` : ""),
  );
  for (const rel of result.nondeterministic) console.error(`NONDETERMINISTIC (two runs differ): ${rel}`);
  for (const line of result.failed) console.error(`FAILED: ${line}`);
  if (cases.length === 0 && filters.length > 0) console.error(`no case matches ${filters.join(", ")}`);
  const bad = result.nondeterministic.length + result.failed.length;
  process.exit(bad === 0 && cases.length > 0 ? 0 : 1);
}

// Importable (the harness's tests check that it and the reader agree); runs only as a script.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
