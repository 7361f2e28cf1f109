// Compares `pyglass dis` with `python3 -m dis` on Python files and reports which differ.
//
//   node scripts/compare-dis.mjs [--dist DIR] [--bridge] [--diff] [FILE|DIR ...]
//   node scripts/compare-dis.mjs --write-golden FILE.py
//   node scripts/compare-dis.mjs --stdlib [--bridge]
//
// With no files it runs the corpus in tests/compiler/dis-cases/. --bridge compiles CPython's own
// AST (scripts/cpython-ast-json.py) instead of pyglass's parser's, which separates compiler
// differences from parser ones. --diff prints a line diff for each differing file. Uses the
// build in DIR (default dist/, as `npm run build` makes it). Exits 1 if any file differs.
// --write-golden records python3's output for FILE.py as FILE.dis (the accept command of
// tests/compiler/golden.test.ts). --stdlib compares every top-level module of python3's standard
// library (read in place, not copied).
import { execFileSync } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
let dist = "dist";
let bridge = false;
let showDiff = false;
let writeGolden = false;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--dist") dist = args[++i];
  else if (a === "--bridge") bridge = true;
  else if (a === "--diff") showDiff = true;
  else if (a === "--write-golden") writeGolden = true;
  else if (a === "--stdlib") {
    const code = "import sysconfig; print(sysconfig.get_paths()['stdlib'])";
    const stdlib = execFileSync("python3", ["-c", code], { encoding: "utf8" }).trim();
    inputs.push(
      ...readdirSync(stdlib)
        .filter((f) => f.endsWith(".py"))
        .map((f) => join(stdlib, f)),
    );
  } else inputs.push(a);
}
if (inputs.length === 0) inputs.push("tests/compiler/dis-cases");

function pyFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => pyFiles(join(path, name)))
    .filter((f) => f.endsWith(".py"));
}

const files = inputs.flatMap(pyFiles).map((f) => relative(process.cwd(), resolve(f)));
const helper = pathToFileURL(resolve(dist, "tests/compiler/helpers/dis-compare.js")).href;
const { compareDis, lineDiff } = await import(helper);

if (writeGolden) {
  const { cpythonDis } = await import(helper);
  cpythonDis(files).forEach((text, i) => {
    const out = files[i].replace(/\.py$/, ".dis");
    writeFileSync(out, text);
    console.log(`wrote ${out}`);
  });
  process.exit(0);
}

const results = compareDis(files, bridge);
let same = 0;
for (const r of results) {
  if (r.same) {
    same++;
    continue;
  }
  console.log(`DIFFERS ${r.file}`);
  if (showDiff) console.log(lineDiff(r.expected, r.actual) + "\n");
}
console.log(`${same}/${results.length} identical to python3 -m dis${bridge ? " (CPython's AST)" : ""}`);
process.exit(same === results.length ? 0 : 1);
