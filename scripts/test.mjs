// The whole test suite, as the README's test command runs it: generated files fresh, type
// check and build, lint, format, then every compiled test file under node:test, then a fixed
// sample of the differential cases in GC stress mode (docs/internals/testing.md). Ends with the
// line `N passed, N failed` (each check step counts as one test) and exits non-zero on failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (r.status === 0) {
    passed++;
    console.log(`✔ ${name}`);
  } else {
    failed++;
    console.log(`✖ ${name} (exit ${r.status ?? r.signal})`);
  }
  return r.status === 0;
}

const npx = (bin) => join(root, "node_modules", ".bin", bin);

if (only.length === 0) {
  step("generated files are fresh", process.execPath, ["scripts/generate.mjs", "--check"]);
  step("type check and build (tsc)", npx("tsc"), ["-p", "tsconfig.json"]);
  step("single-file build and code cache", process.execPath, ["scripts/bundle.mjs"]);
  step("lint (eslint)", npx("eslint"), ["."]);
  step("format (prettier --check)", npx("prettier"), ["--check", "."]);
} else {
  step("build (tsc)", npx("tsc"), ["-p", "tsconfig.json"]);
  step("single-file build and code cache", process.execPath, ["scripts/bundle.mjs"]);
}

function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (name.endsWith(".test.js")) found.push(path);
  }
  return found;
}

let files = findTests(join(root, "dist", "tests")).sort();
if (only.length > 0) files = files.filter((f) => only.some((o) => relative(root, f).includes(o)));
const summaryFile = join(mkdtempSync(join(tmpdir(), "pyglass-test-")), "summary.json");
console.log(`\n▶ node:test, ${files.length} files`);
const r = spawnSync(
  process.execPath,
  [
    "--test",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    `--test-reporter=${join(root, "scripts", "summary-reporter.mjs")}`,
    `--test-reporter-destination=${summaryFile}`,
    ...files,
  ],
  { cwd: root, stdio: "inherit", env: { ...process.env, PYTHONHASHSEED: "0" } },
);
let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  counts = JSON.parse(readFileSync(summaryFile, "utf8"));
} catch {
  console.log("node:test wrote no summary");
  failed++;
}
passed += counts.passed;
failed += counts.failed;
skipped += counts.skipped;
if (r.status !== 0 && counts.failed === 0) failed++;

/** Runs every n-th differential case of each area with `env` added; one step of the count. */
function differentialSample(title, n, timeout, env) {
  console.log(`\n▶ ${title}`);
  const s = spawnSync(
    process.execPath,
    [
      "scripts/diff-report.mjs",
      "--sample",
      String(n),
      "--jobs",
      "2",
      "--timeout",
      String(timeout),
      "--lines",
      "20",
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, PYTHONHASHSEED: "0", ...env } },
  );
  if (s.status === 0) {
    passed++;
    console.log(`✔ ${title}`);
  } else {
    failed++;
    console.log(`✖ ${title} (exit ${s.status ?? s.signal})`);
  }
}

if (only.length === 0) {
  // Every 30th case of each area (about 60), with a census at every instruction boundary: a
  // reference traverse.ts misses, or a death found early or late, fails the step.
  // `npm run test:diff:gc-stress` runs them all.
  differentialSample("differential sample in GC stress mode", 30, 240000, { PYGLASS_GC_STRESS: "1" });
  // Every 4th case (about 500) with every code object compiled from its first run (src/vm/jit/):
  // the compile tier must not change any output. PYGLASS_JIT=always on diff-report runs them all.
  differentialSample("differential sample with the compile tier", 4, 60000, { PYGLASS_JIT: "always" });
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
