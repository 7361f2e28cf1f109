// AST parity with CPython: parses every .py file under python3's stdlib directory (test/ and
// site-packages included) with pyglass and with python3's ast.parse, and compares
// ast.dump(tree, include_attributes=True) of both. Files python3 cannot parse are skipped and
// counted. The python side runs as one python3 process per job that hashes each dump; ours runs
// in-process (one worker thread per job) on the compiled build.
//
//   node scripts/parity-ast.mjs [--sample N] [--files F...] [--jobs N] [--show N] [--dist DIR]
//
//   --sample N   a deterministic subset of N files (evenly spaced over the sorted list)
//   --files F…   only these files (paths relative to the stdlib directory, or absolute)
//   --jobs N     parallel jobs (default: 2)
//   --show N     how many differences to print in detail (default: 5)
//   --dist DIR   the compiled build to test (default: dist/)
//
// Exit status 0 when every compared file is identical.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const root = fileURLToPath(new URL("..", import.meta.url));

// The python side: reads paths on stdin, prints "path\tOK\tsha1\tseconds" or "path\tSKIP\treason".
const PYTHON_HASHER = `
import ast, hashlib, sys, time
for line in sys.stdin:
    path = line.rstrip("\\n")
    try:
        with open(path, "rb") as f:
            data = f.read()
        t = time.perf_counter()
        tree = ast.parse(data, path)
        dt = time.perf_counter() - t
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        print(path, "SKIP", type(e).__name__, sep="\\t", flush=True)
        continue
    d = ast.dump(tree, include_attributes=True)
    print(path, "OK", hashlib.sha1(d.encode("utf-8", "surrogatepass")).hexdigest(), dt, sep="\\t", flush=True)
`;

const PYTHON_DUMPER = `
import ast, sys
with open(sys.argv[1], "rb") as f:
    data = f.read()
sys.stdout.buffer.write(ast.dump(ast.parse(data, sys.argv[1]), include_attributes=True).encode("utf-8", "surrogatepass"))
`;

function parseArgs(argv) {
  const opts = { sample: 0, files: null, jobs: 2, show: 5, dist: join(root, "dist") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--sample") opts.sample = Number(argv[++i]);
    else if (a === "--jobs") opts.jobs = Math.max(1, Number(argv[++i]));
    else if (a === "--show") opts.show = Number(argv[++i]);
    else if (a === "--dist") opts.dist = resolve(argv[++i]);
    else if (a === "--files") {
      opts.files = [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith("--")) opts.files.push(argv[++i]);
    } else {
      console.error(`parity-ast: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function stdlibDir() {
  const r = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error("parity-ast: python3 is needed");
  return r.stdout.trim();
}

function walk(dir, out) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name === "__pycache__") continue;
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(path, out);
    else if (name.endsWith(".py") && st.isFile()) out.push(path);
  }
}

/** Evenly spaced picks: deterministic, and spread over the whole tree. */
export function sampleFiles(files, n) {
  if (n <= 0 || n >= files.length) return files;
  const picked = [];
  for (let i = 0; i < n; i++) picked.push(files[Math.floor((i * files.length) / n)]);
  return picked;
}

/** Runs one python3 hasher over `paths`; resolves to Map(path -> {ok, hash, seconds}). */
function pythonHashes(paths) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("python3", ["-c", PYTHON_HASHER], { stdio: ["pipe", "pipe", "inherit"] });
    const results = new Map();
    let buffer = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const [path, status, a, b] = line.split("\t");
        results.set(
          path,
          status === "OK" ? { ok: true, hash: a, seconds: Number(b) } : { ok: false, reason: a },
        );
      }
    });
    child.on("error", reject);
    child.on("close", () => resolvePromise(results));
    child.stdin.end(paths.join("\n") + "\n");
  });
}

/** Our side, in a worker: parse + dump + hash each file. */
async function runOurs() {
  const { paths, dist } = workerData;
  const { parse } = await import(pathToFileURL(join(dist, "src/parser/parser.js")).href);
  const { dump } = await import(pathToFileURL(join(dist, "src/parser/ast-dump.js")).href);
  const results = [];
  for (const path of paths) {
    const data = readFileSync(path);
    try {
      const t = process.hrtime.bigint();
      const tree = parse(data, path);
      const ns = Number(process.hrtime.bigint() - t);
      const d = dump(tree, { includeAttributes: true });
      const hash = createHash("sha1").update(toUtf8(d)).digest("hex");
      results.push({ path, ok: true, hash, seconds: ns / 1e9, bytes: data.length });
    } catch (e) {
      const msg = e && e.msg !== undefined ? `${e.kind}: ${e.msg} (line ${e.lineno})` : String(e && e.stack);
      results.push({ path, ok: false, error: msg, bytes: data.length });
    }
  }
  parentPort.postMessage(results);
}

/** UTF-8 with lone surrogates kept as their 3-byte form (Python's "surrogatepass"). */
function toUtf8(s) {
  if (!/[\ud800-\udfff]/.test(s)) return Buffer.from(s, "utf8");
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Buffer.from(bytes);
}

function ours(paths, dist) {
  return new Promise((resolvePromise, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), {
      workerData: { paths, dist },
      resourceLimits: { stackSizeMb: 64 },
    });
    w.once("message", resolvePromise);
    w.once("error", reject);
  });
}

async function showDifference(path, dist) {
  const { parse } = await import(pathToFileURL(join(dist, "src/parser/parser.js")).href);
  const { dump } = await import(pathToFileURL(join(dist, "src/parser/ast-dump.js")).href);
  const py = spawnSync("python3", ["-c", PYTHON_DUMPER, path], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  }).stdout;
  const us = dump(parse(readFileSync(path), path), { includeAttributes: true });
  let i = 0;
  while (i < py.length && py[i] === us[i]) i++;
  const from = Math.max(0, i - 150);
  console.log(`  python3: …${py.slice(from, i + 150)}…`);
  console.log(`  pyglass: …${us.slice(from, i + 150)}…`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const stdlib = stdlibDir();
  let files;
  if (opts.files !== null) {
    files = opts.files.map((f) => (isAbsolute(f) ? f : join(stdlib, f)));
  } else {
    files = [];
    walk(stdlib, files);
    files = sampleFiles(files, opts.sample);
  }
  console.log(`parity-ast: ${files.length} files under ${stdlib}, ${opts.jobs} job(s)`);
  const shards = Array.from({ length: opts.jobs }, () => []);
  files.forEach((f, i) => shards[i % opts.jobs].push(f));
  const started = Date.now();
  const [pyMaps, ourLists] = await Promise.all([
    Promise.all(shards.map((s) => pythonHashes(s))),
    Promise.all(shards.map((s) => ours(s, opts.dist))),
  ]);
  const py = new Map();
  for (const m of pyMaps) for (const [k, v] of m) py.set(k, v);
  let skipped = 0;
  let same = 0;
  const different = [];
  const failed = [];
  let bytes = 0;
  let ourSeconds = 0;
  let pySeconds = 0;
  for (const list of ourLists) {
    for (const r of list) {
      const p = py.get(r.path);
      if (p === undefined || !p.ok) {
        skipped++;
        continue;
      }
      if (!r.ok) failed.push(r);
      else if (r.hash === p.hash) {
        same++;
        bytes += r.bytes;
        ourSeconds += r.seconds;
        pySeconds += p.seconds;
      } else different.push(r);
    }
  }
  const compared = same + different.length + failed.length;
  console.log(`skipped (python3 cannot parse them): ${skipped}`);
  console.log(`identical: ${same} / ${compared}`);
  console.log(`different: ${different.length}`);
  console.log(`pyglass failed to parse: ${failed.length}`);
  if (ourSeconds > 0) {
    const mb = bytes / 1e6;
    console.log(
      `parse throughput on identical files: pyglass ${(mb / ourSeconds).toFixed(2)} MB/s, ` +
        `python3 ast.parse ${(mb / pySeconds).toFixed(2)} MB/s (${mb.toFixed(1)} MB)`,
    );
  }
  console.log(`elapsed: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const r of failed.slice(0, opts.show)) console.log(`FAILED ${relative(stdlib, r.path)}: ${r.error}`);
  for (const r of different.slice(0, opts.show)) {
    console.log(`DIFFERENT ${relative(stdlib, r.path)}`);
    await showDifference(r.path, opts.dist);
  }
  if (different.length > opts.show) {
    console.log("more different files:");
    for (const r of different.slice(opts.show, opts.show + 30)) console.log(`  ${relative(stdlib, r.path)}`);
  }
  if (failed.length > opts.show) {
    console.log("more failures:");
    for (const r of failed.slice(opts.show, opts.show + 30))
      console.log(`  ${relative(stdlib, r.path)}: ${r.error}`);
  }
  process.exit(different.length === 0 && failed.length === 0 ? 0 : 1);
}

if (isMainThread) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
} else {
  runOurs();
}
