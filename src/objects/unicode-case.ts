// CPython's Unicode case mappings and character classes for str's methods (Objects/unicodeobject.c
// with the tables of Objects/unicodectype.c), decoded from tables generated from python3.
import {
  CASEFOLD_EXCEPTIONS,
  LOWER_EXCEPTIONS,
  TITLE_EXCEPTIONS,
  UPPER_EXCEPTIONS,
} from "./unicode-case.generated.js";
import { isCaseIgnorableCp, isCasedCp, isIdentifierStr, isLowerCp, isUpperCp } from "./unicode-props.js";

export { isCasedCp, isDigitCp, isLowerCp, isNumericCp, isTitleCp, isUpperCp } from "./unicode-props.js";

function decodeExceptions(encoded: string): Map<number, string> {
  const out = new Map<number, string>();
  let cp = 0;
  for (const entry of encoded.split(",")) {
    if (entry === "") continue;
    const [delta, mapped] = entry.split(":") as [string, string];
    cp += parseInt(delta, 36);
    out.set(cp, String.fromCodePoint(...mapped.split(".").map((x) => parseInt(x, 36))));
  }
  return out;
}

let tables:
  | {
      upper: Map<number, string>;
      lower: Map<number, string>;
      title: Map<number, string>;
      casefold: Map<number, string>;
    }
  | undefined;

// Decoded on first use: most programs never case-map anything but ASCII.
function maps(): NonNullable<typeof tables> {
  tables ??= {
    upper: decodeExceptions(UPPER_EXCEPTIONS),
    lower: decodeExceptions(LOWER_EXCEPTIONS),
    title: decodeExceptions(TITLE_EXCEPTIONS),
    casefold: decodeExceptions(CASEFOLD_EXCEPTIONS),
  };
  return tables;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isCaseIgnorable = (c: string): boolean => isCaseIgnorableCp(c.codePointAt(0)!);

function upperChar(c: string): string {
  return maps().upper.get(c.codePointAt(0)!) ?? c.toUpperCase();
}

function titleChar(c: string): string {
  return maps().title.get(c.codePointAt(0)!) ?? c.toUpperCase();
}

function lowerPlain(c: string): string {
  return maps().lower.get(c.codePointAt(0)!) ?? c.toLowerCase();
}

/**
 * Lower-cases cps[i]; a capital sigma becomes final sigma when a cased letter precedes it and
 * none follows, skipping case-ignorable characters both ways (handle_capital_sigma).
 */
function lowerAt(cps: readonly string[], i: number): string {
  const c = cps[i]!;
  if (c !== "\u03a3") return lowerPlain(c);
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j]!)) j--;
  let final = j >= 0 && isCasedCp(cps[j]!.codePointAt(0)!);
  if (final) {
    let k = i + 1;
    while (k < cps.length && isCaseIgnorable(cps[k]!)) k++;
    final = k === cps.length || !isCasedCp(cps[k]!.codePointAt(0)!);
  }
  return final ? "\u03c2" : "\u03c3";
}

export function strUpper(s: string): string {
  if (isAscii(s)) return s.toUpperCase();
  let out = "";
  for (const c of s) out += upperChar(c);
  return out;
}

export function strLower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  const cps = [...s];
  let out = "";
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function strCasefold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let out = "";
  for (const c of s) out += maps().casefold.get(c.codePointAt(0)!) ?? c.toLowerCase();
  return out;
}

/** 3.11's capitalize: the first character title-cased, the rest lower-cased (do_capitalize). */
export function strCapitalize(s: string): string {
  const cps = [...s];
  if (cps.length === 0) return "";
  let out = titleChar(cps[0]!);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** Upper case swapped to lower and lower to upper; title case is left alone (do_swapcase). */
export function strSwapcase(s: string): string {
  const cps = [...s];
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!.codePointAt(0)!;
    if (isUpperCp(cp)) out += lowerAt(cps, i);
    else if (isLowerCp(cp)) out += upperChar(cps[i]!);
    else out += cps[i]!;
  }
  return out;
}

/** Title case after an uncased character, lower case after a cased one (do_title). */
export function strTitle(s: string): string {
  const cps = [...s];
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += prevCased ? lowerAt(cps, i) : titleChar(cps[i]!);
    prevCased = isCasedCp(cps[i]!.codePointAt(0)!);
  }
  return out;
}

/** str.isidentifier: XID_Start or "_" then XID_Continue, with no normalisation. */
export const strIsIdentifier = isIdentifierStr;
