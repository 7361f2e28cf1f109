// The public API of pyglass. The CLI and the web playground use only what this file exports.
export { PYGLASS_VERSION, PYTHON_VERSION } from "./version.js";
export type { ConstantValue } from "./parser/constant.js";

/** How to run a program: what it sees as sys.argv, where its output goes, what it may read. */
export interface RunOptions {
  /** `sys.argv`; by default `[path]`. */
  readonly argv?: readonly string[];
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
  /** Everything the program can read from stdin; none (EOF at once) by default. */
  readonly stdin?: string;
  /** The str/bytes hash secret seed, as PYTHONHASHSEED. */
  readonly hashSeed?: number;
}

export interface RunResult {
  /** The process exit code python3 would give: 0, 1 for an uncaught exception, SystemExit's code. */
  readonly exitCode: number;
}

/** Runs a Python script file as `python3 FILE` would. */
export async function runFile(path: string, options: RunOptions = {}): Promise<RunResult> {
  void path;
  options.stderr?.("pyglass: running programs is not implemented yet\n");
  return { exitCode: 1 };
}
