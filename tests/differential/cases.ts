// Finds the differential cases under tests/cases. The rule is the one scripts/regen-expected.mjs
// uses: a case is a `.py` file whose name does not start with `_`, outside companion folders (a
// folder named `*_pkg` holds modules that cases import, and `__pycache__` is never a case).
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface Case {
  /** Path relative to tests/cases with `/` separators: the case's name everywhere. */
  readonly name: string;
  readonly path: string;
  readonly expectedPath: string;
}

export function casesDirectory(root: string): string {
  return join(root, "tests", "cases");
}

function walk(dir: string, found: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!name.endsWith("_pkg") && name !== "__pycache__") walk(path, found);
    } else if (name.endsWith(".py") && !name.startsWith("_")) found.push(path);
  }
}

/** Every case under `root`/tests/cases, sorted by name; `filters` keep names containing one of them. */
export function findCases(root: string, filters: readonly string[] = []): Case[] {
  const dir = casesDirectory(root);
  const paths: string[] = [];
  walk(dir, paths);
  const cases = paths.map((path) => ({
    name: relative(dir, path).split(sep).join("/"),
    path,
    expectedPath: path.replace(/\.py$/, ".expected"),
  }));
  return filters.length === 0 ? cases : cases.filter((c) => filters.some((f) => c.name.includes(f)));
}
