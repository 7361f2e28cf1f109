import type { Streams } from "./streams.js";

/** What to run: a script file, or `-c CODE`; `argv` becomes `sys.argv`. */
export type Program =
  | { readonly kind: "file"; readonly path: string; readonly argv: readonly string[] }
  | { readonly kind: "code"; readonly code: string; readonly argv: readonly string[] };

/** Runs a program as `python3` would and returns its exit code. */
export async function runCommand(_program: Program, io: Streams): Promise<number> {
  io.stderr("pyglass: running programs is not implemented yet\n");
  return 1;
}
