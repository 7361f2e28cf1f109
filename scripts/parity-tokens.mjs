// Token parity with CPython: runs `pyglass tokens` (in-process, from the compiled dist/) over the
// .py files of python3's standard library directory and compares each report (stdout, stderr,
// exit status) with what `python3 -m tokenize FILE` prints. One python3 process tokenizes every
// file (calling tokenize's own main() per file) and sends back a digest of each report, so the
// comparison streams instead of holding gigabytes of output.
//
//   node scripts/parity-tokens.mjs [--sample N] [--show N] [--dist DIR] [--root DIR]
//
// --sample N   N files spread evenly over the sorted list (default: all)
// --show N     print the first differing line of up to N files (default 10)
// --dist DIR   where the compiled pyglass is (default dist; run `npm run build` first)
// --root DIR   the directory to scan (default: python3's stdlib directory)
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}
const sample = Number(option("--sample", "0"));
const show = Number(option("--show", "10"));
const dist = resolve(option("--dist", "dist"));
const root =
  option("--root", null) ??
  spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: "utf8",
  }).stdout.trim();

const commandPath = join(dist, "src", "cli", "tokens-command.js");
if (!existsSync(commandPath)) {
  console.error(`${commandPath} not found: run \`npm run build\` first (or pass --dist)`);
  process.exit(2);
}
const { tokenizeReport } = await import(pathToFileURL(commandPath).href);

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && entry.name.endsWith(".py")) out.push(path);
  }
  return out;
}

let files = walk(root, []).sort();
if (sample > 0 && sample < files.length) {
  const step = files.length / sample;
  files = Array.from({ length: sample }, (_, i) => files[Math.floor(i * step)]);
}

// The python side: for each path on stdin, run tokenize.main() as `python3 -m tokenize PATH` would
// and print one JSON line: digests of stdout and stderr, the exit status, and whether tokenize
// crashed ("unexpected error", which the comparison leaves out).
const PYTHON = String.raw`
import sys, io, json, hashlib, tokenize
real_out, real_err = sys.stdout, sys.stderr
for path in sys.stdin:
    path = path.rstrip("\n")
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    sys.argv = ["tokenize", path]
    status, crashed = 0, False
    try:
        tokenize.main()
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    except BaseException:
        crashed, status = True, 1
    finally:
        sys.stdout, sys.stderr = real_out, real_err
    digest = lambda s: hashlib.sha1(s.encode("utf-8", "surrogateescape")).hexdigest()
    print(json.dumps({"out": digest(out.getvalue()), "err": err.getvalue(), "status": status, "crashed": crashed}), flush=True)
`;

const sha1 = (s) => createHash("sha1").update(s, "utf8").digest("hex");

function firstDifference(path) {
  const r = spawnSync("python3", ["-m", "tokenize", path], { encoding: "utf8", maxBuffer: 1 << 30 });
  const mine = tokenizeReport(readFileSync(path), path);
  for (const [name, a, b] of [
    ["stdout", r.stdout, mine.stdout],
    ["stderr", r.stderr, mine.stderr],
  ]) {
    if (a === b) continue;
    const la = a.split("\n");
    const lb = b.split("\n");
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
      if (la[i] !== lb[i]) return `${name} line ${i + 1}:\n    python3: ${la[i]}\n    pyglass: ${lb[i]}`;
    }
  }
  return `exit status ${r.status} vs ${mine.status}`;
}

const py = spawn("python3", ["-c", PYTHON], { stdio: ["pipe", "pipe", "inherit"] });
py.stdin.end(files.join("\n") + "\n");
const results = createInterface({ input: py.stdout });

let same = 0;
let different = 0;
let crashed = 0;
let ourErrors = 0;
let shown = 0;
let i = 0;
const started = Date.now();
for await (const line of results) {
  const path = files[i++];
  const expected = JSON.parse(line);
  if (expected.crashed) {
    crashed++;
    continue;
  }
  let mine;
  try {
    mine = tokenizeReport(readFileSync(path), path);
  } catch (e) {
    ourErrors++;
    if (shown++ < show) console.log(`✖ ${path}\n    pyglass threw: ${e instanceof Error ? e.message : e}`);
    continue;
  }
  if (sha1(mine.stdout) === expected.out && mine.stderr === expected.err && mine.status === expected.status) {
    same++;
  } else {
    different++;
    if (shown++ < show) console.log(`✖ ${path}\n    ${firstDifference(path)}`);
  }
}

const compared = same + different + ourErrors;
const pct = compared === 0 ? 100 : (100 * same) / compared;
console.log(
  `\n${files.length} files under ${root}: ${same} identical, ${different} different, ` +
    `${ourErrors} pyglass errors, ${crashed} left out (tokenize.py crashes on them); ` +
    `${pct.toFixed(2)}% identical, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(different + ourErrors === 0 ? 0 : 1);
