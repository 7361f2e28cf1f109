import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "node:test";
import { isPrintableCodePoint } from "../../src/objects/repr/printable.js";
import { isSpaceChar } from "../../src/objects/str-type.js";
import { decimalClassText, wordClassText } from "../../src/objects/unicode-class-text.js";
import { strCasefold, strLower, strTitle, strUpper } from "../../src/objects/unicode-case.js";
import {
  isAlnumCp,
  isAlphaCp,
  isCasedCp,
  isDecimalCp,
  isDigitCp,
  isIdContinueCp,
  isIdentifierStr,
  isIdStartCp,
  isLowerCp,
  isNumericCp,
  isSpaceCp,
  isTitleCp,
  isUpperCp,
  isWordCp,
} from "../../src/objects/unicode-props.js";
import { VARINT_ALPHABET } from "../../src/objects/varint-text.js";
import { scanIdentifier } from "../../src/parser/tokenizer-chars.js";
import { generateTokens, splitLines } from "../../src/parser/tokenizer-module.js";

const LIMIT = 0x110000;

// Every predicate python3 answers for one character, over all 1,114,112 code points, printed as
// the code points where the answer toggles; the mappings as the code points they change. The
// final-sigma probes show the Cased and Case_Ignorable classes through str.lower. Written with
// map() over C-level callables so the one python3 process stays within a few seconds of CPU.
const PROBE = `
import json, re
from itertools import compress, repeat
from operator import eq, ne, is_not, itemgetter
N = 0x110000
chars = list(map(chr, range(N)))
W = re.compile(r"\\w").match
D = re.compile(r"\\d").match
SIGMA = "\\u03c2"
cols = {
    "isdecimal": map(str.isdecimal, chars), "isdigit": map(str.isdigit, chars),
    "isnumeric": map(str.isnumeric, chars), "isalpha": map(str.isalpha, chars),
    "isalnum": map(str.isalnum, chars), "isspace": map(str.isspace, chars),
    "isprintable": map(str.isprintable, chars), "isidentifier": map(str.isidentifier, chars),
    "continue": map(str.isidentifier, map("a".__add__, chars)),
    "isupper": map(str.isupper, chars), "islower": map(str.islower, chars),
    "istitle": map(str.istitle, chars),
    "re_w": map(is_not, map(W, chars), repeat(None)),
    "re_d": map(is_not, map(D, chars), repeat(None)),
    "sigma_after": map(eq, map(itemgetter(-1), map(str.lower, map("A{}\\u03a3".format, chars))), repeat(SIGMA)),
    "sigma_before": map(eq, map(itemgetter(1), map(str.lower, map("A\\u03a3".__add__, chars))), repeat(SIGMA)),
}
RUN = re.compile(rb"\\x01+")
bounds = {}
for k, col in cols.items():
    b = []
    for m in RUN.finditer(bytes(col)):
        b.append(m.start())
        if m.end() < N:
            b.append(m.end())
    bounds[k] = b
maps = {}
for name in ("upper", "lower", "title", "casefold"):
    mapped = list(map(getattr(str, name), chars))
    maps[name] = {cp: mapped[cp] for cp in compress(range(N), map(ne, mapped, chars))}
print(json.dumps({"bounds": bounds, "maps": maps}))
`;

interface Answers {
  bounds: Record<string, number[]>;
  maps: Record<"upper" | "lower" | "title" | "casefold", Record<string, string>>;
}

function boundariesOf(pred: (cp: number) => boolean): number[] {
  const out: number[] = [];
  let prev = false;
  for (let cp = 0; cp < LIMIT; cp++) {
    const v = pred(cp);
    if (v !== prev) {
      out.push(cp);
      prev = v;
    }
  }
  return out;
}

/** The first code point where two boundary lists disagree on membership, for the message. */
function firstDifference(a: readonly number[], b: readonly number[]): string {
  const inSet = (bs: readonly number[], cp: number): boolean => {
    let n = 0;
    for (const x of bs) if (x <= cp) n++;
    return (n & 1) === 1;
  };
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const cp = Math.min(a[i] ?? LIMIT, b[i] ?? LIMIT);
      return `U+${cp.toString(16).toUpperCase()}: python3 ${inSet(a, cp)}, pyglass ${inSet(b, cp)}`;
    }
  }
  return "";
}

const ch = (cp: number): string => String.fromCodePoint(cp);
const wordRe = new RegExp(`^[${wordClassText()}]$`, "v");
const decimalRe = new RegExp(`^[${decimalClassText()}]$`, "v");

test("every character class agrees with python3 over all code points", () => {
  const r = spawnSync("python3", ["-c", PROBE], { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  const { bounds, maps } = JSON.parse(r.stdout) as Answers;
  const ours: Record<string, (cp: number) => boolean> = {
    isdecimal: isDecimalCp,
    isdigit: isDigitCp,
    isnumeric: isNumericCp,
    isalpha: isAlphaCp,
    isalnum: isAlnumCp,
    isspace: (cp) => isSpaceCp(cp) && isSpaceChar(ch(cp)),
    isprintable: isPrintableCodePoint,
    isidentifier: (cp) => isIdStartCp(cp) && isIdentifierStr(ch(cp)) && scanIdentifier(ch(cp)) === -1,
    continue: (cp) => isIdContinueCp(cp) && scanIdentifier("a" + ch(cp)) === -1,
    isupper: isUpperCp,
    islower: isLowerCp,
    istitle: (cp) => isUpperCp(cp) || isTitleCp(cp),
    re_w: (cp) => isWordCp(cp) && wordRe.test(ch(cp)),
    re_d: (cp) => decimalRe.test(ch(cp)),
    sigma_after: (cp) => strLower("A" + ch(cp) + "\u03a3").endsWith("\u03c2"),
    sigma_before: (cp) => [...strLower("A\u03a3" + ch(cp))][1] === "\u03c2",
  };
  assert.deepEqual(Object.keys(ours).sort(), Object.keys(bounds).sort());
  for (const [name, pred] of Object.entries(ours)) {
    const got = boundariesOf(pred);
    const want = bounds[name]!;
    assert.ok(
      got.length === want.length && got.every((x, i) => x === want[i]),
      `${name}: ${firstDifference(want, got)}`,
    );
  }
  // Cased is what the final-sigma rule reads before the sigma: Lowercase | Uppercase | Lt.
  const cased = boundariesOf(isCasedCp);
  const union = boundariesOf((cp) => isUpperCp(cp) || isLowerCp(cp) || isTitleCp(cp));
  assert.deepEqual(cased, union);

  const fns = { upper: strUpper, lower: strLower, title: strTitle, casefold: strCasefold };
  for (const [name, fn] of Object.entries(fns) as [keyof typeof fns, (s: string) => string][]) {
    const m = maps[name];
    for (let cp = 0; cp < LIMIT; cp++) {
      const c = ch(cp);
      const want = m[cp] ?? c;
      const got = fn(c);
      if (got !== want)
        assert.fail(`${name}(U+${cp.toString(16).toUpperCase()}): ${JSON.stringify([got, want])}`);
    }
  }
});

test("the property tables are fresh and share the generators' varint alphabet", async () => {
  const r = spawnSync(process.execPath, ["scripts/gen-unicode-props.mjs", "--check"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const mod = (await import(pathToFileURL(join(process.cwd(), "scripts/varint.mjs")).href)) as {
    ALPHABET: string;
  };
  assert.equal(VARINT_ALPHABET, mod.ALPHABET);
});

test("the tokenize module's names follow python3's Unicode version", () => {
  const src = "caf\u00e9 = x\u0663\na\u088fb = \u1c89\n\u{31350} + \u00e9\n\u0915\u093f = \u2167\n";
  const r = spawnSync(
    "python3",
    [
      "-c",
      "import io, json, sys, tokenize\n" +
        "src = sys.stdin.read()\n" +
        "print(json.dumps([[tokenize.tok_name[t.type], t.string, t.start, t.end]" +
        " for t in tokenize.generate_tokens(io.StringIO(src).readline)]))",
    ],
    { input: src, encoding: "utf8" },
  );
  assert.equal(r.status, 0, r.stderr);
  const got = [...generateTokens(splitLines(src))].map((t) => [t.type, t.string, [...t.start], [...t.end]]);
  assert.deepEqual(got, JSON.parse(r.stdout));
});
