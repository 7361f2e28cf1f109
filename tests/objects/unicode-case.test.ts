import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import {
  strCapitalize,
  strCasefold,
  strIsIdentifier,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
} from "../../src/objects/unicode-case.js";
import { askPython, TestRandom } from "./python-oracle.js";

/** Random short strings drawn from letters whose case behaviour is unusual, plus spaces and marks. */
function samples(): string[] {
  const pool = [..."aZ ß'ﬁﬂŉǅǆǄİıΣσςΐͅʰᵃⓐⒶꭰᏸẞſµǰ\u0301.1²Ⅷⅷ_-", "\u{10428}", "\u{1e900}", "\u{1d400}"];
  const rnd = new TestRandom(27);
  const out = ["", "ΣΑΣ", "ΌΣΟΣ.", "Σ", "aΣ\u0301b", "ǆemal ǉubljana", "they're"];
  for (let i = 0; i < 1500; i++) {
    let s = "";
    for (let n = rnd.below(7); n > 0; n--) s += rnd.pick(pool);
    out.push(s);
  }
  return out;
}

test("str case mappings and isidentifier agree with python3", () => {
  const data = samples();
  const want = askPython(
    "print(json.dumps([[s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), s.isidentifier()] for s in data]))",
    data,
  ) as [string, string, string, string, string, string, boolean][];
  data.forEach((s, i) => {
    const got = [
      strUpper(s),
      strLower(s),
      strCasefold(s),
      strTitle(s),
      strCapitalize(s),
      strSwapcase(s),
      strIsIdentifier(s),
    ];
    assert.deepEqual(got, want[i], JSON.stringify(s));
  });
});

test("the generated case tables are fresh", () => {
  const r = spawnSync(process.execPath, ["scripts/gen-unicode-case.mjs", "--check"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
});
