// Runs the pyglass command line in-process for the observe tests, capturing its output and the
// files it writes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

const dir = mkdtempSync(join(tmpdir(), "pyglass-observe-"));
let counter = 0;

/** A fresh path in the tests' temporary directory. */
export function tempFile(name: string): string {
  return join(dir, `${counter++}-${name}`);
}

export async function cli(...argv: string[]): Promise<CliResult> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** Runs with --trace and answers the trace's text too. */
export async function cliTraced(...argv: string[]): Promise<CliResult & { trace: string }> {
  const file = tempFile("trace.json");
  const r = await cli("--trace", file, ...argv);
  return { ...r, trace: readFileSync(file, "utf8") };
}

const mainUrl = new URL("../../src/cli/main.js", import.meta.url).href;

/**
 * Runs the command line in a fresh Node process, as a user would: object addresses (which lock
 * names in a trace include) start from the same point on every run.
 */
export function cliProcess(...argv: string[]): CliResult {
  const script = `const { main } = await import(${JSON.stringify(mainUrl)}); process.exitCode = await main(process.argv.slice(1));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, "--", ...argv], {
    encoding: "utf8",
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** cliProcess with --trace, answering the trace's text too. */
export function cliProcessTraced(...argv: string[]): CliResult & { trace: string } {
  const file = tempFile("trace.json");
  const r = cliProcess("--trace", file, ...argv);
  return { ...r, trace: readFileSync(file, "utf8") };
}
