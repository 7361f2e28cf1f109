/**
 * Unicode normalization (UAX #15) as unicodedata.normalize does it (nfd_nfkd and nfc_nfkc in
 * Modules/unicodedata.c): full decomposition (canonical, or compatibility too), canonical
 * ordering of combining marks, then for NFC/NFKC canonical composition, which skips the
 * composition exclusions and composes Hangul syllables by arithmetic (Unicode 3.12).
 */
import { recordOf, pairKey, tables } from "./tables.js";

const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

function combining(cp: number): number {
  return recordOf(cp)[2];
}

function decomposeInto(cp: number, compat: boolean, out: number[]): void {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  const d = tables().decompositions.get(cp);
  if (d === undefined || (d.tag !== "" && !compat)) {
    out.push(cp);
    return;
  }
  for (const c of d.cps) decomposeInto(c, compat, out);
}

/** Full decomposition followed by the canonical ordering algorithm (a stable sort by class). */
function decompose(s: string, compat: boolean): number[] {
  const out: number[] = [];
  for (const ch of s) decomposeInto(ch.codePointAt(0)!, compat, out);
  const classes = out.map(combining);
  for (let i = 1; i < out.length; i++) {
    const c = classes[i]!;
    if (c === 0) continue;
    const cp = out[i]!;
    let j = i;
    while (j > 0 && classes[j - 1]! > c) {
      classes[j] = classes[j - 1]!;
      out[j] = out[j - 1]!;
      j--;
    }
    classes[j] = c;
    out[j] = cp;
  }
  return out;
}

/** The primary composite of a canonical pair, or -1. */
function composePair(a: number, b: number): number {
  if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
    return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
  if (
    a >= S_BASE &&
    a < S_BASE + S_COUNT &&
    (a - S_BASE) % T_COUNT === 0 &&
    b > T_BASE &&
    b < T_BASE + T_COUNT
  )
    return a + (b - T_BASE);
  return tables().compositions.get(pairKey(a, b)) ?? -1;
}

/** The canonical composition algorithm over a decomposed, canonically ordered sequence. */
function compose(cps: number[]): number[] {
  if (cps.length === 0) return cps;
  const out: number[] = [cps[0]!];
  let starterAt = 0;
  // A leading non-starter composes with nothing (256 is above every combining class).
  let lastClass = combining(cps[0]!) === 0 ? 0 : 256;
  for (let i = 1; i < cps.length; i++) {
    const ch = cps[i]!;
    const cls = combining(ch);
    const composite = composePair(out[starterAt]!, ch);
    if (composite >= 0 && (lastClass < cls || lastClass === 0)) {
      out[starterAt] = composite;
      continue;
    }
    if (cls === 0) starterAt = out.length;
    lastClass = cls;
    out.push(ch);
  }
  return out;
}

export const FORMS = ["NFC", "NFD", "NFKC", "NFKD"] as const;
export type Form = (typeof FORMS)[number];

export function normalize(form: Form, s: string): string {
  const compat = form === "NFKC" || form === "NFKD";
  let cps = decompose(s, compat);
  if (form === "NFC" || form === "NFKC") cps = compose(cps);
  let out = "";
  for (const cp of cps) out += String.fromCodePoint(cp);
  return out;
}
