// `npm run bench:compare -- BEFORE.json AFTER.json`: compares two results of `npm run bench`
// benchmark by benchmark (ratios before and after, and how pyglass's ratio moved).
import { readFileSync } from "node:fs";
import { compareResults } from "../bench/lib/compare.mjs";

const files = process.argv.slice(2);
if (files.length !== 2) {
  console.error("usage: npm run bench:compare -- BEFORE.json AFTER.json");
  process.exit(2);
}
const [before, after] = files.map((f) => JSON.parse(readFileSync(f, "utf8")));
console.log(compareResults(before, after));
