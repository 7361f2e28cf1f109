// Runs one process and measures it: wall time from spawn to exit (taken here, so both
// interpreters are timed by the same clock), the time the program reports for its own work
// (a `bench-elapsed: SECONDS` line on stderr), CPU time (user + system) and peak resident
// set size.
//
// Peak RSS and CPU time are the kernel's rusage for the measured process (ru_maxrss,
// ru_utime + ru_stime), read through GNU time (`/usr/bin/time -f "%M %U %S"`; %M is the
// figure `time -v` prints as "Maximum resident set size") or, where that is missing, through
// bench/lib/rusage.py, which reads them with os.wait4. Either wrapper adds the same small
// constant to both interpreters' wall times. CPU time is the figure least disturbed by other
// processes on a busy machine, as long as the program is single-threaded.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clearTimeout, setTimeout } from "node:timers";

const GNU_TIME = "/usr/bin/time";
const ELAPSED = /^bench-elapsed: ([0-9]+(?:\.[0-9]+)?)\s*$/gm;

/** Process groups of runs in flight, killed if the runner itself is interrupted. */
const live = new Set();
for (const [signal, number] of [
  ["SIGINT", 2],
  ["SIGTERM", 15],
]) {
  process.on(signal, () => {
    for (const pid of live) killGroup(pid);
    process.exit(128 + number);
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/**
 * How peak RSS and CPU time will be measured: GNU time if present, else the Python wrapper
 * run by the given CPython executable. `method` names it for the report.
 */
export function usageProbe(root, python) {
  if (existsSync(GNU_TIME)) {
    return {
      method: `${GNU_TIME} -f "%M %U %S" (rusage of the process)`,
      wrap: (file, command) => [GNU_TIME, ["-f", "%M %U %S", "-o", file, ...command]],
    };
  }
  const wrapper = join(root, "bench", "lib", "rusage.py");
  return {
    method: "bench/lib/rusage.py (os.wait4 rusage of the process)",
    wrap: (file, command) => [python, [wrapper, file, ...command]],
  };
}

/** The last `bench-elapsed:` figure a program printed on stderr, or null. */
export function parseElapsed(stderr) {
  let value = null;
  for (const m of stderr.matchAll(ELAPSED)) value = Number(m[1]);
  return value;
}

/** The program's `checksum: ...` line on stdout, or null. */
export function parseChecksum(stdout) {
  const m = /^checksum: .*$/m.exec(stdout);
  return m === null ? null : m[0];
}

/** Reads "MAXRSS_KB USER_SECONDS SYSTEM_SECONDS" as both probes write it. */
function readUsage(file) {
  try {
    // GNU time writes "Command exited with non-zero status N" first when there is one; the
    // format's output is the last line.
    const lines = readFileSync(file, "utf8").trim().split("\n");
    const [kb, user, system] = lines[lines.length - 1].split(" ").map(Number);
    return {
      maxRssKb: Number.isFinite(kb) && kb > 0 ? kb : null,
      cpuSeconds: Number.isFinite(user) && Number.isFinite(system) ? user + system : null,
    };
  } catch {
    return { maxRssKb: null, cpuSeconds: null };
  }
}

/**
 * Runs `command` (an argv array) under the RSS probe, in its own process group so a timeout
 * can kill it and all it started. Resolves to what was measured; never rejects for a failing
 * program, only for a runner that cannot start processes at all.
 */
export function measure(command, { cwd, env, timeoutSeconds, probe }) {
  const dir = mkdtempSync(join(tmpdir(), "pyglass-bench-"));
  const usageFile = join(dir, "rss");
  const [file, args] = probe.wrap(usageFile, command);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    live.add(child.pid);
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutSeconds * 1000);
    child.on("error", (e) => {
      clearTimeout(timer);
      live.delete(child.pid);
      rmSync(dir, { recursive: true, force: true });
      reject(e);
    });
    child.on("close", (code, signal) => {
      const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(timer);
      live.delete(child.pid);
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      const { maxRssKb, cpuSeconds } = readUsage(usageFile);
      rmSync(dir, { recursive: true, force: true });
      resolve({
        wallSeconds,
        inProcessSeconds: parseElapsed(stderr),
        cpuSeconds,
        maxRssKb,
        exitCode: code,
        signal,
        timedOut,
        stdout,
        stderr,
      });
    });
  });
}
