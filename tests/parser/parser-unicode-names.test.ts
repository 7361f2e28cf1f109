// `\N{...}` names: every character name and alias python3's unicodedata knows must resolve to the
// same code point, and the generated table must be what the generator makes from python3 today.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { lookupUnicodeName } from "../../src/parser/parser-unicode-names.js";

const NAMES = `
import json, unicodedata
names = []
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        names.append([n, cp])
print(json.dumps(names))
`;

test("every unicodedata name resolves to its code point", () => {
  const r = spawnSync("python3", ["-c", NAMES], { encoding: "utf8", maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  const names = JSON.parse(r.stdout) as [string, number][];
  assert.ok(names.length > 130000, `python3 listed ${names.length} names`);
  const wrong: string[] = [];
  for (const [name, cp] of names) {
    if (lookupUnicodeName(name) !== cp) wrong.push(`${name} -> ${lookupUnicodeName(name)}, want ${cp}`);
    if (wrong.length > 20) break;
  }
  assert.deepEqual(wrong, []);
});

test("names are matched without regard to case, aliases too; unknown names are null", () => {
  assert.equal(lookupUnicodeName("latin small letter a"), 0x61);
  assert.equal(lookupUnicodeName("LATIN CAPITAL LETTER GHA"), 0x1a2); // an alias (correction)
  assert.equal(lookupUnicodeName("BYTE ORDER MARK"), 0xfeff); // an alias (alternate)
  // Computed names (Hangul syllables, CJK unified ideographs) are matched exactly, as _getcode does.
  assert.equal(lookupUnicodeName("HANGUL SYLLABLE GAG"), 0xac01);
  assert.equal(lookupUnicodeName("hangul syllable gag"), null);
  assert.equal(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-4E00"), 0x4e00);
  assert.equal(lookupUnicodeName("cjk unified ideograph-4E00"), null);
  assert.equal(lookupUnicodeName("nushu character-1B170"), 0x1b170);
  assert.equal(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-4e00"), null); // hex digits are uppercase
  assert.equal(lookupUnicodeName("DASH"), null);
  assert.equal(lookupUnicodeName("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), null); // a named sequence
});

test("the generated name table is fresh", () => {
  const r = spawnSync(process.execPath, ["scripts/gen-unicode-names.mjs", "--check"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
});
