/**
 * Character-class text for JavaScript RegExps (the body between `[` and `]`, valid under the
 * `u` and `v` flags) made from CPython's Unicode 14.0 classes, so the re module's `\d` and `\w`
 * match what sre's SRE_UNI_IS_DIGIT (str.isdecimal) and SRE_UNI_IS_WORD (str.isalnum() or "_")
 * match, not the host's `\p{...}`. Each text is built once and cached.
 */
import { boundariesOf } from "./unicode-props.js";
import type { UnicodeProperty } from "./unicode-props.generated.js";

/** One code point as class text: ASCII letters and digits as themselves, others escaped. */
function atom(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f)
    return String.fromCodePoint(cp);
  // Non-ASCII letters and digits are never class syntax; surrogates are in no class here.
  if (cp >= 0xa0 && !(cp >= 0xd800 && cp <= 0xdfff)) return String.fromCodePoint(cp);
  return `\\u{${cp.toString(16)}}`;
}

/** The union of classes as sorted, merged [first, last] ranges. */
function unionRanges(names: readonly UnicodeProperty[], extra: readonly number[]): [number, number][] {
  const ranges: [number, number][] = extra.map((cp) => [cp, cp]);
  for (const name of names) {
    const b = boundariesOf(name);
    for (let i = 0; i < b.length; i += 2) ranges.push([b[i]!, (i + 1 < b.length ? b[i + 1]! : 0x110000) - 1]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function text(ranges: readonly [number, number][]): string {
  let s = "";
  for (const [lo, hi] of ranges) {
    s += atom(lo);
    if (hi > lo + 1) s += "-";
    if (hi > lo) s += atom(hi);
  }
  return s;
}

let decimal: string | undefined;
let word: string | undefined;

/** `\d` of a str pattern: the characters of str.isdecimal (category Nd). */
export function decimalClassText(): string {
  return (decimal ??= text(unionRanges(["DECIMAL"], [])));
}

/** `\w` of a str pattern: str.isalnum() or "_" (alpha, decimal, digit and numeric). */
export function wordClassText(): string {
  return (word ??= text(unionRanges(["ALPHA", "NUMERIC"], [0x5f])));
}
