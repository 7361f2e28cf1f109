// Running the oracle, python3, from tests. Expected values come from it at test time where that
// is cheap: one process per batch, JSON in on stdin and JSON out on stdout.
import { spawnSync } from "node:child_process";

let executable: string | undefined;

/**
 * The real interpreter behind `python3` (or $PYTHON). Version managers put a slow shell shim on
 * PATH; asking the interpreter for sys.executable once lets later spawns skip it.
 */
export function pythonExecutable(): string {
  if (executable !== undefined) return executable;
  const command = process.env["PYTHON"] ?? "python3";
  const r = spawnSync(command, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot run ${command}: ${r.stderr || String(r.error)}`);
  executable = r.stdout.trim();
  return executable;
}

/** Runs `script` with `input` as JSON on stdin and returns what it prints as JSON. */
export function runPythonJson<T>(script: string, input: unknown): T {
  const r = spawnSync(pythonExecutable(), ["-c", script], {
    input: JSON.stringify(input),
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONUTF8: "1", PYTHONHASHSEED: "0" },
  });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Runs python3 with `args` and returns its exit code and stderr. */
export function runPython(args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync(pythonExecutable(), args, {
    encoding: "utf8",
    env: { ...process.env, PYTHONUTF8: "1", PYTHONHASHSEED: "0" },
  });
  return { status: r.status, stderr: r.stderr };
}
