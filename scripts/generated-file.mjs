// Writing a generated source file, or with --check verifying it is current: every generator
// in scripts/ ends this way, so the rule (a missing file is stale; the message names the
// command that rewrites it) is written once.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Writes `text` to `target`, or, when the command line has --check, exits 1 if the file on
 * disk differs from it. `same` compares the two (default: equal text); `command` is what a
 * reader should run to regenerate.
 */
export function writeOrCheck(target, text, command, same = (a, b) => a === b) {
  const shown = relative(process.cwd(), target) || target;
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // missing counts as stale
    }
    if (!same(current, text)) {
      console.error(`${shown} is stale: run ${command}`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(target, text);
}

/** `text` formatted by the repository's prettier as the file `target` would be. */
export function formatWithPrettier(root, target, text) {
  const prettier = spawnSync(join(root, "node_modules/.bin/prettier"), ["--stdin-filepath", target], {
    input: text,
    encoding: "utf8",
    cwd: root,
  });
  if (prettier.status !== 0) throw new Error(`prettier failed: ${prettier.stderr}`);
  return prettier.stdout;
}
