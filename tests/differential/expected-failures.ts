// tests/expected-failures.txt: the differential cases pyglass is known to get wrong, one per line
// as `NAME  # reason`. The list is strict: a listed case that passes fails the suite, so the list
// can only shrink as pyglass improves.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function expectedFailuresPath(root: string): string {
  return join(root, "tests", "expected-failures.txt");
}

const HEADER = `# Differential cases (tests/cases) that pyglass is known to get wrong: NAME  # reason.
# Strict: a listed case that passes fails the suite. Rewrite from a run with
#   npm run test:diff -- --write-expected-failures
# which keeps the reasons written here and gives new entries their first differing line.
`;

/** Case name → reason. A missing file is an empty list. */
export function readExpectedFailures(root: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(expectedFailuresPath(root), "utf8");
  } catch {
    return new Map();
  }
  const entries = new Map<string, string>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const hash = line.indexOf("#");
    const name = (hash < 0 ? line : line.slice(0, hash)).trim();
    const reason = hash < 0 ? "" : line.slice(hash + 1).trim();
    entries.set(name, reason);
  }
  return entries;
}

const NAME_COLUMN = 58;

export function formatExpectedFailures(entries: ReadonlyMap<string, string>): string {
  const names = [...entries.keys()].sort();
  // A fixed column (not the longest name's) so that adding one entry does not rewrite every line.
  const lines = names.map((n) => `${n.padEnd(NAME_COLUMN)}  # ${entries.get(n) || "no reason recorded"}`);
  return HEADER + lines.map((l) => `${l}\n`).join("");
}

export function writeExpectedFailures(root: string, entries: ReadonlyMap<string, string>): void {
  writeFileSync(expectedFailuresPath(root), formatExpectedFailures(entries));
}
