// Parse throughput, pyglass against CPython, on the stdlib of the local CPython 3.11.
//
// Both sides parse the same files from bytes (decoding included), each timed inside its own
// process with file reading and start-up excluded: pyglass in this process (the build under
// --dist, default dist/), CPython with `ast.parse` in one python3 process that waits for our
// signal before each pass. The passes alternate, one side then the other, so a change in machine
// load hits both alike; the best pass of each side counts. pyglass's first, cold pass is shown
// too, since a JIT needs warming and CPython's parser does not.
//
// Usage: node scripts/bench-parse.mjs [--sample N] [--repeat R] [--dist DIR]
//   --sample N  N files spread evenly over the sorted list, instead of all of them
//   --repeat R  timed passes per side (default 3)
//   --dist DIR  the compiled tree holding src/parser/parser.js (default dist; run `npm run build`)
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const sample = Number(option("--sample", "0"));
const repeat = Math.max(1, Number(option("--repeat", "3")));
const dist = resolve(root, option("--dist", "dist"));

// Line protocol: one JSON request line in (files, and the indices to time); one JSON line out
// (which files ast.parse rejects); then each "pass" line in gets one line out, the seconds.
const CPYTHON_SIDE = `
import ast, json, sys, time
request = json.loads(sys.stdin.readline())
timed = set(request["timed"])
data, rejected = [], []
for i, path in enumerate(request["files"]):
    with open(path, "rb") as f:
        b = f.read()
    try:
        ast.parse(b, path)
        if i in timed:
            data.append((path, b))
    except Exception:
        rejected.append(i)
print(json.dumps({"rejected": rejected, "version": sys.version.split()[0]}), flush=True)
for line in sys.stdin:
    if line.strip() != "pass":
        break
    t = time.perf_counter()
    for path, b in data:
        ast.parse(b, path)
    print(time.perf_counter() - t, flush=True)
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

/** The python3 side: `send(line)` writes a line, `reply()` resolves with the next line out. */
function startCPython(python) {
  const child = spawn(python, ["-c", CPYTHON_SIDE], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    send: (line) => child.stdin.write(`${line}\n`),
    reply: async () => {
      const next = await lines.next();
      if (next.done) throw new Error("python3 stopped answering");
      return next.value;
    },
    close: () => child.stdin.end(),
  };
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

// The cold pass: which files pyglass accepts, and how fast before the JIT has warmed up.
const accepted = [];
const ourErrors = new Map();
let coldBytes = 0;
const coldStart = performance.now();
for (let i = 0; i < files.length; i++) {
  try {
    parse(sources[i], files[i], "exec");
    accepted.push(i);
    coldBytes += sources[i].length;
  } catch (e) {
    ourErrors.set(i, e instanceof Error ? e.message : String(e));
  }
}
const coldSeconds = (performance.now() - coldStart) / 1000;

const cpython = startCPython(python);
cpython.send(JSON.stringify({ files, timed: accepted }));
const { rejected, version } = JSON.parse(await cpython.reply());
const rejectedByPython = new Set(rejected);
const corpus = accepted.filter((i) => !rejectedByPython.has(i));
// Files python3 parses and pyglass does not (or the reverse) are parser bugs: name them.
const wronglyRejected = [...ourErrors.keys()].filter((i) => !rejectedByPython.has(i));
const wronglyAccepted = accepted.filter((i) => rejectedByPython.has(i));
const bytes = corpus.reduce((n, i) => n + sources[i].length, 0);

const ours = [];
const theirs = [];
for (let r = 0; r < repeat; r++) {
  cpython.send("pass");
  theirs.push(Number(await cpython.reply()));
  const started = performance.now();
  for (const i of corpus) parse(sources[i], files[i], "exec");
  ours.push((performance.now() - started) / 1000);
}
cpython.close();

const bestOurs = Math.min(...ours);
const bestTheirs = Math.min(...theirs);
const fmt = (xs) => xs.map((s) => `${s.toFixed(2)} s`).join(", ");
console.log(
  `corpus: ${corpus.length} of ${files.length} stdlib files, ${(bytes / 1e6).toFixed(1)} MB ` +
    `(both reject ${ourErrors.size - wronglyRejected.length}; only pyglass rejects ${wronglyRejected.length}; ` +
    `only python3 rejects ${wronglyAccepted.length})`,
);
for (const i of wronglyRejected.slice(0, 5))
  console.log(`  pyglass rejects ${files[i]}: ${ourErrors.get(i)}`);
for (const i of wronglyAccepted.slice(0, 5)) console.log(`  pyglass accepts ${files[i]}, python3 does not`);
console.log(
  `CPython ${version} ast.parse: ${mbps(bytes, bestTheirs).toFixed(2)} MB/s (passes: ${fmt(theirs)})`,
);
console.log(
  `pyglass parse:           ${mbps(bytes, bestOurs).toFixed(2)} MB/s (passes: ${fmt(ours)}; ` +
    `cold first pass ${mbps(coldBytes, coldSeconds).toFixed(2)} MB/s)`,
);
console.log(`ratio pyglass / CPython: ${(bestTheirs / bestOurs).toFixed(2)}x (target >= 1.0x)`);
