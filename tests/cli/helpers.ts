import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

/**
 * A fresh temporary folder (`prefix` names it) holding `launch.mjs`: a script that runs
 * pyglass's CLI from the compiled modules on its arguments, as bin/pyglass.js does from dist/,
 * for tests that run pyglass as a process of its own.
 */
export function cliLauncher(prefix: string): { dir: string; launcher: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const launcher = join(dir, "launch.mjs");
  writeFileSync(
    launcher,
    `const { main } = await import(${JSON.stringify(MAIN)});\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  return { dir, launcher };
}
