// What a result file records about where and on what it was measured, so two result files
// can be told apart: the commit, the machine, the interpreters, and whether pyglass's build
// is older than its sources.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import { join, relative } from "node:path";

function run(file, args, cwd) {
  try {
    return execFileSync(file, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

export function gitInfo(root) {
  const commit = run("git", ["rev-parse", "HEAD"], root);
  const changed = run(
    "git",
    ["status", "--porcelain", "--untracked-files=no", "--", "src", "lib", "bin"],
    root,
  );
  return {
    commit,
    shortCommit: commit?.slice(0, 10) ?? null,
    sourcesChanged: changed !== null && changed !== "",
  };
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? "unknown",
    cpuCount: cpus.length,
    memoryMb: Math.round(os.totalmem() / 1048576),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    hostname: os.hostname(),
    node: process.version,
    loadAverage: os.loadavg(),
  };
}

/**
 * The real CPython binary: `sys.executable` as reported by the given command, so a pyenv
 * or other shim on PATH is not part of what gets timed.
 */
export function resolvePython(command) {
  const out = run(command, ["-c", "import sys; print(sys.executable); print(sys.version.split()[0])"]);
  if (out === null) return null;
  const [executable, version] = out.split("\n");
  return { executable, version };
}

function newestMtime(dir, extension, skip) {
  let newest = 0;
  let newestFile = null;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (name.endsWith(extension) && !skip(name) && st.mtimeMs > newest) {
        newest = st.mtimeMs;
        newestFile = path;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { newest, newestFile };
}

/**
 * Whether pyglass's compiled CLI exists under dist, and whether some source file in src/ is
 * newer than everything compiled from src/ (then the numbers would describe old code).
 */
export function buildInfo(root, dist) {
  const entry = join(dist, "src", "cli", "main.js");
  const built = existsSync(entry);
  const src = newestMtime(join(root, "src"), ".ts", (n) => n.endsWith(".d.ts"));
  const out = newestMtime(join(dist, "src"), ".js", () => false);
  const stale = built && src.newest > out.newest;
  return {
    dist,
    built,
    stale,
    newerSource: stale && src.newestFile !== null ? relative(root, src.newestFile) : null,
  };
}
