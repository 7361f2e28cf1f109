// The benchmark suite as data: bench/suite.json names every program in bench/programs/, its
// group ("core" counts in the geometric mean, "later" waits for threads, asyncio or the
// collector) and the tiny size the checksum test runs it at.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const GROUPS = ["core", "later"];

/** Reads bench/suite.json under root; each entry gains the absolute path of its program. */
export function loadSuite(root) {
  const data = JSON.parse(readFileSync(join(root, "bench", "suite.json"), "utf8"));
  return data.benchmarks.map((b) => {
    if (!GROUPS.includes(b.group))
      throw new Error(`bench/suite.json: ${b.name} has unknown group ${b.group}`);
    return { ...b, path: join(root, "bench", "programs", `${b.name}.py`) };
  });
}

/**
 * The benchmarks to run: those named (in the order given) or else every one in the groups
 * asked for, in suite order. An unknown name is an error that lists the known ones.
 */
export function selectBenchmarks(suite, names, group) {
  if (names.length > 0) {
    return names.map((name) => {
      const found = suite.find((b) => b.name === name);
      if (found === undefined) {
        throw new Error(`unknown benchmark ${name}; known: ${suite.map((b) => b.name).join(", ")}`);
      }
      return found;
    });
  }
  return suite.filter((b) => group === "all" || b.group === group);
}
