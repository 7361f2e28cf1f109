// Parse throughput, pyglass against CPython, on the stdlib of the local CPython 3.11.
//
// Both sides parse the same files from bytes (decoding included), each timed inside its own
// process with file reading and start-up excluded: pyglass in this process (the build under
// --dist, default dist/), CPython with `ast.parse` in one python3 process. Each side runs the
// corpus --repeat times and the best pass counts; pyglass's first, cold pass is shown too, since
// a JIT needs warming and CPython's parser does not.
//
// Usage: node scripts/bench-parse.mjs [--sample N] [--repeat R] [--dist DIR]
//   --sample N  N files spread evenly over the sorted list, instead of all of them
//   --repeat R  timed passes per side (default 3)
//   --dist DIR  the compiled tree holding src/parser/parser.js (default dist; run `npm run build`)
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const sample = Number(option("--sample", "0"));
const repeat = Math.max(1, Number(option("--repeat", "3")));
const dist = resolve(root, option("--dist", "dist"));

const TIME_CPYTHON = `
import ast, json, sys, time
files = json.load(sys.stdin)
repeat = int(sys.argv[1])
data, rejected = [], []
for i, path in enumerate(files):
    with open(path, "rb") as f:
        b = f.read()
    try:
        ast.parse(b, path)
        data.append((path, b))
    except Exception:
        rejected.append(i)
times = []
for _ in range(repeat):
    t = time.perf_counter()
    for path, b in data:
        ast.parse(b, path)
    times.append(time.perf_counter() - t)
print(json.dumps({"rejected": rejected, "times": times, "version": sys.version.split()[0]}))
`;

function pythonExecutable() {
  const command = process.env.PYTHON ?? "python3";
  const r = spawnSync(command, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot run ${command}: ${r.stderr}`);
  return r.stdout.trim();
}

function stdlibFiles(python) {
  const r = spawnSync(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: "utf8",
  });
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === "site-packages" || name === "__pycache__") continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".py")) files.push(path);
    }
  };
  walk(r.stdout.trim());
  if (sample > 0 && sample < files.length) {
    return Array.from({ length: sample }, (_, i) => files[Math.floor((i * files.length) / sample)]);
  }
  return files;
}

const mbps = (bytes, seconds) => bytes / 1e6 / seconds;

const python = pythonExecutable();
let parse;
try {
  ({ parse } = await import(pathToFileURL(join(dist, "src", "parser", "parser.js")).href));
} catch (e) {
  console.error(`cannot load the parser from ${dist} (run npm run build, or pass --dist): ${e.message}`);
  process.exit(1);
}

const files = stdlibFiles(python);
const sources = files.map((f) => new Uint8Array(readFileSync(f)));

// Pass 1, cold: which files pyglass accepts, and how fast before the JIT has warmed up.
const accepted = [];
let coldBytes = 0;
const coldStart = performance.now();
for (let i = 0; i < files.length; i++) {
  try {
    parse(sources[i], files[i], "exec");
    accepted.push(i);
    coldBytes += sources[i].length;
  } catch {
    // counted below
  }
}
const coldSeconds = (performance.now() - coldStart) / 1000;

const cp = spawnSync(python, ["-c", TIME_CPYTHON, String(repeat)], {
  input: JSON.stringify(accepted.map((i) => files[i])),
  encoding: "utf8",
  maxBuffer: 1 << 26,
});
if (cp.status !== 0) throw new Error(`python3 failed: ${cp.stderr}`);
const cpython = JSON.parse(cp.stdout);
const rejectedByPython = new Set(cpython.rejected.map((k) => accepted[k]));
const corpus = accepted.filter((i) => !rejectedByPython.has(i));
const bytes = corpus.reduce((n, i) => n + sources[i].length, 0);

const ours = [];
for (let r = 0; r < repeat; r++) {
  const started = performance.now();
  for (const i of corpus) parse(sources[i], files[i], "exec");
  ours.push((performance.now() - started) / 1000);
}

const bestOurs = Math.min(...ours);
const bestTheirs = Math.min(...cpython.times);
const fmt = (xs) => xs.map((s) => `${s.toFixed(2)} s`).join(", ");
console.log(
  `corpus: ${corpus.length} of ${files.length} stdlib files, ${(bytes / 1e6).toFixed(1)} MB ` +
    `(pyglass rejects ${files.length - accepted.length}; python3 rejects ${rejectedByPython.size} that pyglass accepts)`,
);
console.log(
  `CPython ${cpython.version} ast.parse: ${mbps(bytes, bestTheirs).toFixed(2)} MB/s (passes: ${fmt(cpython.times)})`,
);
console.log(
  `pyglass parse:           ${mbps(bytes, bestOurs).toFixed(2)} MB/s (passes: ${fmt(ours)}; ` +
    `cold first pass ${mbps(coldBytes, coldSeconds).toFixed(2)} MB/s)`,
);
console.log(`ratio pyglass / CPython: ${(bestTheirs / bestOurs).toFixed(2)}x (target >= 1.0x)`);
