// `npm run bench:profile -- NAME [--tiny] [--top N] [--dist DIR] [-- ARGS...]`: runs one
// benchmark under pyglass with `node --cpu-prof`, keeps the profile under
// bench/results/profiles/ (open it in Chrome DevTools, VS Code or speedscope) and prints the
// functions with the most self time. pyglass's exit status and output are shown as they are.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProfile, summarizeProfile } from "../bench/lib/profile.mjs";
import { loadSuite } from "../bench/lib/suite.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const usage = "usage: npm run bench:profile -- NAME [--tiny] [--top N] [--dist DIR] [-- ARGS...]";
const argv = process.argv.slice(2);
let name = null;
let tiny = false;
let top = 25;
let dist = null;
let extra = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--") {
    extra = argv.slice(i + 1);
    break;
  } else if (a === "--tiny") tiny = true;
  else if (a === "--top") top = Number(argv[++i]);
  else if (a === "--dist") dist = resolve(argv[++i]);
  else if (!a.startsWith("-") && name === null) name = a;
  else {
    console.error(usage);
    process.exit(2);
  }
}
const bench = loadSuite(root).find((b) => b.name === name);
if (bench === undefined || !Number.isInteger(top)) {
  console.error(
    `${usage}\nbenchmarks: ${loadSuite(root)
      .map((b) => b.name)
      .join(", ")}`,
  );
  process.exit(2);
}

const dir = join(root, "bench", "results", "profiles");
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const profileName = `${bench.name}-${stamp}.cpuprofile`;
const launcher =
  dist === null ? [join(root, "bin", "pyglass.js")] : [join(root, "bench", "launch-dist.mjs"), dist];
const args = extra.length > 0 ? extra : tiny ? [bench.tiny] : [];
const r = spawnSync(
  process.execPath,
  ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-name", profileName, ...launcher, bench.path, ...args],
  { cwd: root, stdio: "inherit", env: { ...process.env, PYTHONHASHSEED: "0" } },
);
console.log(`\npyglass exited with ${r.status ?? r.signal}`);
if (!readdirSync(dir).includes(profileName)) {
  console.error("no profile was written");
  process.exit(1);
}
const path = join(dir, profileName);
console.log(`profile: ${path}\n`);
console.log(formatProfile(summarizeProfile(JSON.parse(readFileSync(path, "utf8")), root), top));
