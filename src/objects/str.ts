/**
 * str helpers. A Python str is a JS string; Python indexes it by code point while JS indexes by
 * UTF-16 unit, so every length and index goes through these functions, which take a fast path
 * for strings without surrogates (where the two agree).
 */
const SURROGATE = /[\uD800-\uDFFF]/;

let lastChecked = "";
let lastHas = false;

/** Does the string hold surrogate units (so UTF-16 and code point indexes differ). */
export function hasSurrogates(s: string): boolean {
  const n = s.length;
  if (n < 24) {
    // Short strings (words, names, slices): a loop is cheaper than entering the RegExp.
    for (let i = 0; i < n; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
    return false;
  }
  if (s === lastChecked) return lastHas;
  lastHas = SURROGATE.test(s);
  lastChecked = s;
  return lastHas;
}

/** len(s) in code points. */
export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of s, each as a one-character (possibly two-unit) string. */
export function codePoints(s: string): string[] {
  if (!hasSurrogates(s)) return s.split("");
  return Array.from(s);
}

/** s[i] for 0 <= i < strLen(s). */
export function strCharAt(s: string, i: number): string {
  if (!hasSurrogates(s)) return s[i]!;
  return codePoints(s)[i]!;
}

/** s[start:stop:step] with already-clamped indices (as PySlice_AdjustIndices gives). */
export function strSlice(s: string, start: number, stop: number, step: number, length: number): string {
  if (step === 1) {
    if (!hasSurrogates(s)) return s.slice(start, stop);
    return codePoints(s).slice(start, stop).join("");
  }
  const cps = hasSurrogates(s) ? codePoints(s) : s;
  let out = "";
  for (let i = 0, j = start; i < length; i++, j += step) out += cps[j];
  return out;
}

/** Code point index -> UTF-16 index. */
export function unitIndex(s: string, cpIndex: number): number {
  if (!hasSurrogates(s)) return cpIndex;
  let units = 0;
  for (let k = 0; k < cpIndex && units < s.length; k++) {
    const c = s.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < s.length ? 2 : 1;
  }
  return units;
}

/** UTF-16 index -> code point index. */
export function cpIndex(s: string, unit: number): number {
  if (!hasSurrogates(s)) return unit;
  return strLen(s.slice(0, unit));
}

export function ord(ch: string): number {
  return ch.codePointAt(0)!;
}

export function chr(cp: number): string {
  return String.fromCodePoint(cp);
}

/** The UTF-8 encoding of a str (lone surrogates cannot be encoded: the caller checks). */
export function utf8Encode(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export function utf8Decode(b: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true }).decode(b);
}
