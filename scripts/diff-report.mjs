// Runs the differential cases through pyglass and reports, for developers: pass/fail counts per
// area, and the first lines of each difference. Uses the compiled build (`npm run build` first).
//
//   npm run test:diff [-- OPTIONS] [FILTER...]
//     FILTER                       only cases whose name contains one of the FILTERs
//     --lines N                    diff lines shown per failing case (default 8; 0: names only)
//     --all                        also show the cases listed in tests/expected-failures.txt
//     --timeout MS                 time limit of one case (default 10000, as in the test suite)
//     --dist DIR                   the build to use (default: dist)
//     --jobs N                     cases run in N worker processes at once (default 1)
//     --progress                   one line per case as it finishes (pass/FAIL/TIMEOUT, time): a
//                                  long run (GC stress) can be followed and read if cut short
//     --sample N                   a fixed sample: in each top-level area (lang, types, ...),
//                                  the cases whose position in name order is a multiple of N
//     --write-expected-failures    rewrite tests/expected-failures.txt from this run: failing
//                                  cases are listed (keeping existing reasons; new ones get their
//                                  first differing line, or --reason TEXT), passing ones removed
//
// Exits 1 when a case outside the expected-failures list fails or a listed case passes.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");

function parseArgs(argv) {
  const options = {
    filters: [],
    lines: 8,
    all: false,
    timeout: 10_000,
    dist: join(root, "dist"),
    write: false,
    reason: undefined,
    jobs: 1,
    sample: 0,
    progress: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--lines") options.lines = Number(value());
    else if (arg === "--all") options.all = true;
    else if (arg === "--timeout") options.timeout = Number(value());
    else if (arg === "--dist") options.dist = resolve(value());
    else if (arg === "--write-expected-failures") options.write = true;
    else if (arg === "--reason") options.reason = value();
    else if (arg === "--jobs") options.jobs = Math.max(1, Number(value()));
    else if (arg === "--sample") options.sample = Number(value());
    else if (arg === "--progress") options.progress = true;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else options.filters.push(arg);
  }
  return options;
}

async function load(dist, module) {
  const path = join(dist, "tests", "differential", `${module}.js`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build (or pass --dist DIR)`);
  return import(pathToFileURL(path).href);
}

/** Every `n`-th case of each top-level area, from its first (all of them when n is 0). */
function sample(cases, n) {
  if (!(n > 1)) return cases;
  const seen = new Map();
  return cases.filter((c) => {
    const top = c.name.split("/")[0];
    const i = seen.get(top) ?? 0;
    seen.set(top, i + 1);
    return i % n === 0;
  });
}

function area(name) {
  return name.split("/").slice(0, -1).join("/") || ".";
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { findCases } = await load(options.dist, "cases");
  const { compare } = await load(options.dist, "compare");
  const { parseExpectation } = await load(options.dist, "expectation");
  const { readExpectedFailures, writeExpectedFailures } = await load(options.dist, "expected-failures");
  const { PyglassRunner } = await load(options.dist, "runner");
  const { readGcStressCoarse } = await load(options.dist, "gc-stress-coarse");

  const cases = sample(findCases(root, options.filters), options.sample);
  const listed = readExpectedFailures(root);
  // GC stress: the listed cases take a census at every N-th boundary (tests/gc-stress-coarse.txt).
  const stress = Number(process.env.PYGLASS_GC_STRESS ?? 0);
  const coarse = stress > 0 ? readGcStressCoarse(root) : new Map();
  if (coarse.size > 0) {
    const exists = new Set(findCases(root).map((c) => c.name));
    const unknown = [...coarse.keys()].filter((name) => !exists.has(name));
    if (unknown.length > 0)
      throw new Error(`tests/gc-stress-coarse.txt names no case: ${unknown.join(", ")}`);
  }
  const stressOf = (name) => {
    const entry = coarse.get(name);
    return entry === undefined ? undefined : Math.max(stress, entry.every);
  };
  const runners = Array.from(
    { length: options.jobs },
    () => new PyglassRunner({ root, timeoutMs: options.timeout }),
  );
  const areas = new Map();
  const failures = new Map();
  const surprises = [];
  const times = [];
  const timedOut = [];
  const started = performance.now();
  const results = new Array(cases.length);
  async function runCase(runner, c) {
    if (!existsSync(c.expectedPath)) {
      return {
        pass: false,
        report: "no .expected file: run npm run test:regen",
        firstDifference: "no .expected file",
      };
    }
    const expectation = parseExpectation(readFileSync(c.expectedPath, "utf8"), c.expectedPath);
    const outcome = await runner.run({
      path: c.path,
      argv: expectation.argv,
      stdin: expectation.stdin,
      cwd: dirname(c.path),
      stress: stressOf(c.name),
    });
    if (outcome.hostError?.startsWith("the worker process could not load pyglass")) {
      throw new Error(
        `${outcome.hostError.split("\n").slice(0, 3).join("\n")}\n(is the build in ${options.dist} complete?)`,
      );
    }
    if (outcome.timedOut) timedOut.push(c.name);
    else times.push([outcome.milliseconds, c.name]);
    const result = compare(expectation, outcome);
    if (options.progress) {
      const status = outcome.timedOut ? "TIMEOUT" : result.pass ? "pass" : "FAIL";
      const every = stressOf(c.name);
      const note = every === undefined ? "" : ` (census every ${every} boundaries)`;
      console.log(`[${status}] ${c.name} ${Math.round(outcome.milliseconds ?? 0)} ms${note}`);
    }
    return result;
  }
  // Each runner takes the next case not yet taken; results are reported in case order.
  let next = 0;
  let reported = 0;
  const report = () => {
    for (; reported < cases.length && results[reported] !== undefined; reported++) {
      const c = cases[reported];
      const result = results[reported];
      const counts = areas.get(area(c.name)) ?? { pass: 0, fail: 0 };
      counts[result.pass ? "pass" : "fail"]++;
      areas.set(area(c.name), counts);
      const isListed = listed.has(c.name);
      if (!result.pass) failures.set(c.name, result.firstDifference);
      if (result.pass && isListed)
        surprises.push(`${c.name}: passes but is listed in tests/expected-failures.txt`);
      if (!result.pass && !isListed)
        surprises.push(`${c.name}: fails and is not listed in tests/expected-failures.txt`);
      if (!result.pass && (options.all || !isListed) && options.lines > 0) {
        const lines = result.report.split("\n").filter((l) => l !== "");
        console.log(`✖ ${c.name}${isListed ? "  (expected failure)" : ""}`);
        for (const l of lines.slice(0, options.lines)) console.log(`    ${l}`);
        if (lines.length > options.lines) console.log(`    … ${lines.length - options.lines} more lines`);
      }
    }
  };
  await Promise.all(
    runners.map(async (runner) => {
      while (next < cases.length) {
        const i = next++;
        results[i] = await runCase(runner, cases[i]);
        report();
      }
    }),
  );
  for (const runner of runners) await runner.close();
  const seconds = (performance.now() - started) / 1000;

  console.log("\narea                               pass  fail");
  for (const [name, counts] of [...areas].sort()) {
    console.log(`${name.padEnd(34)} ${String(counts.pass).padStart(5)} ${String(counts.fail).padStart(5)}`);
  }
  times.sort((a, b) => b[0] - a[0]);
  console.log(
    `\nslowest that finished: ${times
      .slice(0, 8)
      .map(([ms, name]) => `${name} ${Math.round(ms)} ms`)
      .join(", ")}`,
  );
  if (timedOut.length > 0) console.log(`timed out (${timedOut.length}): ${timedOut.join(", ")}`);
  const passed = cases.length - failures.size;
  console.log(`\n${cases.length} cases: ${passed} pass, ${failures.size} fail (${seconds.toFixed(1)} s)`);
  const sparser = cases.filter((c) => stressOf(c.name) !== undefined).length;
  if (sparser > 0)
    console.log(`GC stress: ${sparser} of them with a sparser census (tests/gc-stress-coarse.txt)`);
  for (const s of surprises.slice(0, 50)) console.log(`! ${s}`);
  if (surprises.length > 50) console.log(`! … and ${surprises.length - 50} more`);

  if (options.write) {
    // Entries of cases outside this run are kept; entries of cases that no longer exist are not.
    const ran = new Set(cases.map((c) => c.name));
    const exists = new Set(findCases(root).map((c) => c.name));
    const entries = new Map([...listed].filter(([name]) => !ran.has(name) && exists.has(name)));
    for (const [name, first] of failures) entries.set(name, listed.get(name) || options.reason || first);
    writeExpectedFailures(root, entries);
    console.log(`wrote tests/expected-failures.txt: ${entries.size} entries`);
    return 0;
  }
  return surprises.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`diff-report: ${e.message}`);
  process.exitCode = 2;
}
