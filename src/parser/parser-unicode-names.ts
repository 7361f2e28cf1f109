/**
 * Character names for `\N{...}` escapes: the lookup the unicode-escape codec does through
 * unicodedata's name database (_getcode in Modules/unicodedata.c).
 *
 * The names come from parser-unicode-names.generated.ts (Unicode 14.0, as CPython 3.11), which
 * is decoded into a map the first time a `\N{...}` is met: most programs never pay for it.
 * Hangul syllable names are computed from the jamo short names (Unicode 3.12, "Conjoining Jamo
 * Behavior"); names of the form PREFIX-XXXX (CJK ideographs, Nushu, Khitan) from their ranges.
 */
import { VarintReader } from "../objects/varint-text.js";
import { RANGES, nameTables } from "./parser-unicode-names.generated.js";

const JAMO_L = [
  "G",
  "GG",
  "N",
  "D",
  "DD",
  "R",
  "M",
  "B",
  "BB",
  "S",
  "SS",
  "",
  "J",
  "JJ",
  "C",
  "K",
  "T",
  "P",
  "H",
];
const JAMO_V = [
  "A",
  "AE",
  "YA",
  "YAE",
  "EO",
  "E",
  "YEO",
  "YE",
  "O",
  "WA",
  "WAE",
  "OE",
  "YO",
  "U",
  "WEO",
  "WE",
  "WI",
  "YU",
  "EU",
  "YI",
  "I",
];
const JAMO_T = [
  "",
  "G",
  "GG",
  "GS",
  "N",
  "NJ",
  "NH",
  "D",
  "L",
  "LG",
  "LM",
  "LB",
  "LS",
  "LT",
  "LP",
  "LH",
  "M",
  "B",
  "BS",
  "S",
  "SS",
  "NG",
  "J",
  "C",
  "K",
  "T",
  "P",
  "H",
];
const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = 19 * 21 * 28;

/**
 * The decoded tables, shared by both directions: `\N{...}` and unicodedata.lookup go from name
 * to code point, unicodedata.name and the namereplace error handler from code point to name.
 * The name strings are made once and held by both maps.
 */
interface Tables {
  /** Names and aliases (upper case) -> code point. */
  readonly byName: Map<string, number>;
  /** Code point -> name, for the names of the generated table (not aliases, not ranges). */
  readonly byCode: Map<number, string>;
  /** Named sequences -> their code points (unicodedata.lookup only). */
  readonly sequences: Map<string, number[]>;
}

let tables: Tables | null = null;

function build(): Tables {
  const byName = new Map<string, number>();
  const byCode = new Map<number, string>();
  const sequences = new Map<string, number[]>();
  const t = nameTables();
  const words = t.words.split(" ");
  const r = new VarintReader(t.entries);
  let cp = 0;
  let prev: string[] = [];
  while (r.more()) {
    cp += r.read();
    const shared = r.read();
    const count = r.read();
    const name = prev.slice(0, shared);
    for (let i = 0; i < count; i++) name.push(words[r.read()]!);
    const text = name.join(" ");
    byName.set(text, cp);
    byCode.set(cp, text);
    prev = name;
  }
  const a = new VarintReader(t.aliases);
  while (a.more()) {
    const code = a.read();
    const count = a.read();
    const name: string[] = [];
    for (let i = 0; i < count; i++) name.push(words[a.read()]!);
    byName.set(name.join(" "), code);
  }
  const q = new VarintReader(t.sequences);
  while (q.more()) {
    const count = q.read();
    const name: string[] = [];
    for (let i = 0; i < count; i++) name.push(words[q.read()]!);
    const n = q.read();
    const cps: number[] = [];
    for (let i = 0; i < n; i++) cps.push(q.read());
    sequences.set(name.join(" "), cps);
  }
  return { byName, byCode, sequences };
}

/** The Hangul syllable named "HANGUL SYLLABLE " + rest, or null: its L, V and T jamo. */
function hangulCode(rest: string): number | null {
  // Longest match first for each part, as _getcode's find_syllable does.
  const part = (list: readonly string[], from: number): [number, number] => {
    let best = -1;
    let len = 0;
    for (let i = 0; i < list.length; i++) {
      const j = list[i]!;
      if (j.length >= len && rest.startsWith(j, from) && (best < 0 || j.length > len)) {
        best = i;
        len = j.length;
      }
    }
    return [best, len];
  };
  const [l, ll] = part(JAMO_L, 0);
  if (l < 0) return null;
  const [v, vl] = part(JAMO_V, ll);
  if (v < 0) return null;
  const [tt, tl] = part(JAMO_T, ll + vl);
  if (tt < 0 || ll + vl + tl !== rest.length) return null;
  return HANGUL_BASE + (l * 21 + v) * 28 + tt;
}

/** The code point a range name (PREFIX-XXXX, `upper` in upper case) stands for, or null. */
function rangeCode(upper: string, cjk: boolean): number | null {
  const dash = upper.lastIndexOf("-");
  if (dash <= 0) return null;
  const prefix = upper.slice(0, dash);
  const hex = upper.slice(dash + 1);
  if (!/^[0-9A-F]{4,6}$/.test(hex)) return null;
  const cp = parseInt(hex, 16);
  for (const [p, first, last] of RANGES) {
    if (
      p === prefix &&
      (p === CJK) === cjk &&
      cp >= first &&
      cp <= last &&
      hex === cp.toString(16).toUpperCase().padStart(4, "0")
    ) {
      return cp;
    }
  }
  return null;
}

const CJK = "CJK UNIFIED IDEOGRAPH";

/** Upper case of ASCII letters only, as Py_TOUPPER: "\u017f" (long s) is no "S" in a name. */
function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/**
 * The code point named `name`, or null. As _getcode (Modules/unicodedata.c) does, Hangul
 * syllables and CJK unified ideographs, whose names are computed, are matched exactly; every
 * other name and alias without regard to letter case.
 */
export function lookupUnicodeName(name: string): number | null {
  if (name.startsWith("HANGUL SYLLABLE ")) return hangulCode(name.slice(16));
  if (name.startsWith(`${CJK}-`)) return rangeCode(name, true);
  const upper = asciiUpper(name);
  const cp = rangeCode(upper, false);
  if (cp !== null) return cp;
  tables ??= build();
  return tables.byName.get(upper) ?? null;
}

/** The code points of the named sequence `name` (letter case ignored), or null. */
export function lookupNamedSequence(name: string): readonly number[] | null {
  tables ??= build();
  return tables.sequences.get(asciiUpper(name)) ?? null;
}

/** The character name of `cp` as unicodedata.name gives it (no aliases), or null. */
export function unicodeNameOf(cp: number): string | null {
  if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
    const s = cp - HANGUL_BASE;
    const l = Math.floor(s / (21 * 28));
    const v = Math.floor((s % (21 * 28)) / 28);
    return `HANGUL SYLLABLE ${JAMO_L[l]}${JAMO_V[v]}${JAMO_T[s % 28]}`;
  }
  for (const [p, first, last] of RANGES) {
    if (cp >= first && cp <= last) return `${p}-${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  tables ??= build();
  return tables.byCode.get(cp) ?? null;
}
