/**
 * Character names for `\N{...}` escapes: the lookup the unicode-escape codec does through
 * unicodedata's name database (_getcode in Modules/unicodedata.c).
 *
 * The names come from parser-unicode-names.generated.ts (Unicode 14.0, as CPython 3.11), which
 * is decoded into a map the first time a `\N{...}` is met: most programs never pay for it.
 * Hangul syllable names are computed from the jamo short names (Unicode 3.12, "Conjoining Jamo
 * Behavior"); names of the form PREFIX-XXXX (CJK ideographs, Nushu, Khitan) from their ranges.
 */
import { ALPHABET, RANGES, nameTables } from "./parser-unicode-names.generated.js";

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

let table: Map<string, number> | null = null;

/** A varint reader over the generated strings. */
class Reader {
  pos = 0;
  constructor(readonly s: string) {}
  more(): boolean {
    return this.pos < this.s.length;
  }
  read(): number {
    let n = 0;
    for (;;) {
      const d = ALPHABET.indexOf(this.s[this.pos++]!);
      if (d >= 32) {
        n = n * 32 + (d - 32);
      } else {
        return n * 32 + d;
      }
    }
  }
}

function build(): Map<string, number> {
  const map = new Map<string, number>();
  const tables = nameTables();
  const words = tables.words.split(" ");
  const r = new Reader(tables.entries);
  let cp = 0;
  let prev: string[] = [];
  while (r.more()) {
    cp += r.read();
    const shared = r.read();
    const count = r.read();
    const name = prev.slice(0, shared);
    for (let i = 0; i < count; i++) name.push(words[r.read()]!);
    map.set(name.join(" "), cp);
    prev = name;
  }
  const a = new Reader(tables.aliases);
  while (a.more()) {
    const code = a.read();
    const count = a.read();
    const name: string[] = [];
    for (let i = 0; i < count; i++) name.push(words[a.read()]!);
    map.set(name.join(" "), code);
  }
  for (let s = 0; s < HANGUL_COUNT; s++) {
    const l = Math.floor(s / (21 * 28));
    const v = Math.floor((s % (21 * 28)) / 28);
    const t = s % 28;
    map.set(`HANGUL SYLLABLE ${JAMO_L[l]}${JAMO_V[v]}${JAMO_T[t]}`, HANGUL_BASE + s);
  }
  return map;
}

/** The code point named `name` (letter case ignored, as _getcode compares names), or null. */
export function lookupUnicodeName(name: string): number | null {
  const upper = name.toUpperCase();
  const dash = upper.lastIndexOf("-");
  if (dash > 0) {
    const prefix = upper.slice(0, dash);
    const hex = name.slice(dash + 1);
    if (/^[0-9A-F]{4,6}$/.test(hex)) {
      const cp = parseInt(hex, 16);
      for (const [p, first, last] of RANGES) {
        if (
          p === prefix &&
          cp >= first &&
          cp <= last &&
          hex === cp.toString(16).toUpperCase().padStart(4, "0")
        ) {
          return cp;
        }
      }
    }
  }
  table ??= build();
  return table.get(upper) ?? null;
}
