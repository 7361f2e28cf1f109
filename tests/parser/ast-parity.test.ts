// AST parity with CPython on a fixed sample of the local CPython 3.11 stdlib (site-packages and
// test/ included): for each file python3 parses, ast.dump(tree, include_attributes=True) of our
// tree must equal python3's. python3 hashes its dumps in one process; we hash ours in-process.
// `npm run parity:ast` runs the same comparison on every file.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { dump } from "../../src/parser/ast-dump.js";
import { parse } from "../../src/parser/parser.js";

/** How many files: spread evenly over the sorted list, so the sample is the same every run. */
const SAMPLE_SIZE = 1000;

const PYTHON_HASHER = `
import ast, hashlib, sys
for line in sys.stdin:
    path = line.rstrip("\\n")
    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), path)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        print(path, "SKIP", sep="\\t")
        continue
    d = ast.dump(tree, include_attributes=True)
    print(path, hashlib.sha1(d.encode("utf-8", "surrogatepass")).hexdigest(), sep="\\t")
`;

function stdlibDir(): string {
  const r = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, "python3 must be available");
  return r.stdout.trim();
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name === "__pycache__") continue;
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st === undefined) continue;
    if (st.isDirectory()) walk(path, out);
    else if (name.endsWith(".py") && st.isFile()) out.push(path);
  }
}

/** UTF-8 of a dump, lone surrogates written as 3 bytes (Python's "surrogatepass"). */
function surrogatePassUtf8(s: string): Buffer {
  const bytes: number[] = [];
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

test(`ast.dump equals python3's on ${SAMPLE_SIZE} stdlib files`, () => {
  const all: string[] = [];
  walk(stdlibDir(), all);
  assert.ok(all.length >= SAMPLE_SIZE, `only ${all.length} files found`);
  const files: string[] = [];
  for (let i = 0; i < SAMPLE_SIZE; i++) files.push(all[Math.floor((i * all.length) / SAMPLE_SIZE)]!);

  const py = spawnSync("python3", ["-c", PYTHON_HASHER], {
    input: files.join("\n") + "\n",
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  assert.equal(py.status, 0, py.stderr);
  const expected = new Map<string, string>();
  for (const line of py.stdout.split("\n")) {
    if (line === "") continue;
    const [path, hash] = line.split("\t");
    expected.set(path!, hash!);
  }
  assert.equal(expected.size, files.length, "python3 answered for every file");

  const mismatches: string[] = [];
  let compared = 0;
  for (const path of files) {
    const want = expected.get(path)!;
    if (want === "SKIP") continue;
    compared++;
    try {
      const text = dump(parse(readFileSync(path), path), { includeAttributes: true });
      const got = createHash("sha1").update(surrogatePassUtf8(text)).digest("hex");
      if (got !== want) mismatches.push(`${path}: dump differs`);
    } catch (e) {
      mismatches.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  assert.ok(compared >= SAMPLE_SIZE * 0.99, `python3 parsed only ${compared} files`);
  assert.deepEqual(mismatches, []);
});
