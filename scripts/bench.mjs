// `npm run bench`: the benchmark suite under CPython and pyglass side by side. For each
// program in bench/suite.json: warm-up runs, then timed runs alternating the two interpreters;
// pyglass's output must equal CPython's. Prints a table and writes a JSON result under
// bench/results/. `npm run bench -- --help` lists the options.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compareResults } from "../bench/lib/compare.mjs";
import { buildInfo, gitInfo, machineInfo, resolvePython } from "../bench/lib/machine.mjs";
import { usageProbe } from "../bench/lib/measure.mjs";
import { parseOptions, USAGE } from "../bench/lib/options.mjs";
import { formatReport, groupSummary, seconds } from "../bench/lib/report.mjs";
import { measureProgram, medianRatio } from "../bench/lib/session.mjs";
import { loadSuite, selectBenchmarks } from "../bench/lib/suite.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (e) {
  fail(`${e.message}\n${USAGE}`);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const suite = loadSuite(root);
if (options.list) {
  for (const b of suite) console.log(`${b.name.padEnd(22)} ${b.group}`);
  process.exit(0);
}
let selected;
try {
  selected = options.startup ? [] : selectBenchmarks(suite, options.names, options.group);
} catch (e) {
  fail(e.message);
}

const python = resolvePython(options.python);
if (python === null) fail(`cannot run ${options.python}`);
const dist = resolve(root, options.dist ?? "dist");
const build = buildInfo(root, dist);
// The `pyglass` command itself (bin/pyglass: from the start-up snapshot when it is current), or a
// build folder's modules.
const launcher =
  options.dist === null
    ? [join(root, "bin", "pyglass")]
    : [process.execPath, join(root, "bench", "launch-dist.mjs"), dist];

const cpython = {
  id: "cpython",
  command: (path, args) => [python.executable, path, ...args],
};
const pyglass = {
  id: "pyglass",
  // --real-time: the programs time themselves with perf_counter, which is virtual by default.
  command: (path, args) => [...launcher, "--real-time", ...options.pyglassArgs, path, ...args],
};
const interpreters = options.cpythonOnly ? [cpython] : [cpython, pyglass];
const probe = usageProbe(root, python.executable);
const context = {
  ...options,
  root,
  // One fixed hash seed for both, so dict and set layouts (and their timing) repeat from run
  // to run; the checksum test checks that no program's output depends on it.
  env: { ...process.env, PYTHONHASHSEED: "0" },
};

const machine = machineInfo();
const git = gitInfo(root);
console.error(`CPython ${python.version} (${python.executable}); pyglass from ${dist}`);
console.error(
  `${machine.cpuModel} ×${machine.cpuCount}, load average ${machine.loadAverage.map((l) => l.toFixed(2)).join(" ")}`,
);
if (!options.cpythonOnly && !build.built)
  console.error(`warning: pyglass is not built in ${dist} (npm run build)`);
if (!options.cpythonOnly && build.stale) {
  console.error(
    `warning: ${build.newerSource} is newer than the build in ${dist}; rebuild for current numbers`,
  );
}
console.error(
  `${selected.length} benchmark(s), ${options.warmup} warm-up + ${options.runs} timed run(s) each${options.tiny ? ", tiny sizes" : ""}\n`,
);

const results = [];
for (const b of selected) {
  const args = options.tiny ? [b.tiny] : [];
  const [py, pg = null] = await measureProgram(b.path, args, interpreters, context, probe);
  results.push({
    name: b.name,
    group: b.group,
    args,
    cpython: py,
    pyglass: pg,
    ratio: medianRatio(pg, py, "wall"),
    inProcessRatio: medianRatio(pg, py, "inProcess"),
    cpuRatio: medianRatio(pg, py, "cpu"),
  });
  const pgText =
    pg === null ? "" : pg.status === "ok" ? `pyglass ${seconds(pg.wall.median)}` : `pyglass ${pg.status}`;
  console.error(
    `  ${b.name.padEnd(22)} CPython ${py.status === "ok" ? seconds(py.wall.median) : py.status}  ${pgText}`,
  );
}

let startup = null;
if (options.names.length === 0) {
  const hello = join(root, "bench", "startup", "hello.py");
  const [py, pg = null] = await measureProgram(
    hello,
    [],
    interpreters,
    { ...context, needChecksum: false },
    probe,
  );
  startup = { cpython: py, pyglass: pg };
}

const summary = {};
for (const group of new Set(results.map((r) => r.group))) {
  summary[group] = groupSummary(results.filter((r) => r.group === group));
}
const result = {
  schema: 1,
  timestamp: new Date().toISOString(),
  git,
  machine: { ...machine, loadAverageAtEnd: machineInfo().loadAverage },
  cpython: python,
  pyglassBuild: build,
  usageMethod: probe.method,
  options: {
    runs: options.runs,
    warmup: options.warmup,
    tiny: options.tiny,
    timeout: options.timeout,
    pyglassArgs: options.pyglassArgs,
    cpythonOnly: options.cpythonOnly,
  },
  summary,
  startup,
  benchmarks: results,
};

console.log(formatReport(result));
if (options.save) {
  const out =
    options.out !== null
      ? resolve(options.out)
      : join(
          root,
          "bench",
          "results",
          `${result.timestamp.replace(/[:.]/g, "-")}-${git.shortCommit ?? "nogit"}.json`,
        );
  mkdirSync(join(out, ".."), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`result written to ${out}`);
}
if (options.compare !== null) {
  console.log(`\n${compareResults(JSON.parse(readFileSync(options.compare, "utf8")), result)}`);
}
