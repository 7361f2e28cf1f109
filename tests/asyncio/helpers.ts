// Running Python programs for the asyncio tests: through pyglass's public API and through python3.
import { spawnSync } from "node:child_process";
import { runFile, runSource } from "../../src/index.js";

export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Runs source (or a file when `path` is given) under pyglass, capturing its output. */
export async function runPyglass(source: string | null, path?: string): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const options = {
    hashSeed: 0,
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
  };
  const r = path !== undefined ? await runFile(path, options) : await runSource(source ?? "", options);
  return { stdout, stderr, exitCode: r.exitCode };
}

/** Runs source (or a file) under python3, the oracle. */
export function runPython(source: string | null, path?: string): Outcome {
  const args = path !== undefined ? [path] : ["-c", source ?? ""];
  const r = spawnSync(process.env["PYGLASS_PYTHON"] ?? "python3", args, {
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", PYTHONHASHSEED: "0" },
  });
  if (r.error !== undefined) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? -1 };
}
