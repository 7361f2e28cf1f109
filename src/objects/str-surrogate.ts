/**
 * strs that a JavaScript string cannot hold.
 *
 * A str is normally a JS string (UTF-16): each code point below 0x10000 is one unit and an astral
 * code point a surrogate pair. A lone surrogate is one unit too, so a str holding a high surrogate
 * code point immediately followed by a low one (`'\ud83d' + '\ude00'`, two code points in CPython)
 * would read back as the astral character the pair encodes (`'😀'`, one). Such a str, and only
 * such a str, is a PySurrogateStr: an exact `str` (its type is `strType`) holding its code points.
 * Every str therefore has exactly one representation (see `strFromCodePoints`), so JS string
 * equality stays str equality, and a boxed str never equals a JS string.
 *
 * A boxed str is an object, so no `typeof v === "string"` fast path ever takes it: it always goes
 * through the type's slots, the natives of str-type.ts, which handle it (see `withSubstitutes`).
 * `strValue` does not accept it: natives that need host text reject it.
 */
import type { PyValue } from "./core.js";
import { PyObject, strType } from "./core.js";
import { PyList } from "./list.js";
import { hasSurrogates } from "./str.js";
import { PyTuple } from "./tuple.js";

export class PySurrogateStr extends PyObject {
  constructor(readonly cps: readonly number[]) {
    super(strType);
  }
  /**
   * Code that concatenates strs as JS strings (`a + b`) must not take a boxed one: no JS string
   * is right, so it raises what writing the str to a UTF-8 stream raises.
   */
  override toString(): string {
    throw boxedTextErrorHook!(this);
  }
}

let boxedTextErrorHook: ((s: PySurrogateStr) => unknown) | null = null;

/** codecs.ts registers its boxedTextError here (it cannot be imported from this module). */
export function setBoxedTextError(f: (s: PySurrogateStr) => unknown): void {
  boxedTextErrorHook = f;
}

/** A str value of exact type str in either representation. */
export type PyStr = string | PySurrogateStr;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Would a + b pair a lone high surrogate ending a with a lone low one starting b? */
export function joinsLone(a: string, b: string): boolean {
  // A high unit that ends a JS string has no low unit after it, so it is a lone surrogate; a low
  // unit that starts one has no high unit before it. Reading a unit of a concatenation (a rope)
  // flattens it, so the shorter side is read first: `s += piece` and `s = piece + s` in a loop
  // read only the piece, which almost always settles it.
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) return false;
  if (na <= nb) return (a.charCodeAt(na - 1) & 0xfc00) === 0xd800 && (b.charCodeAt(0) & 0xfc00) === 0xdc00;
  return (b.charCodeAt(0) & 0xfc00) === 0xdc00 && (a.charCodeAt(na - 1) & 0xfc00) === 0xd800;
}

/** Does s hold a lone surrogate (a surrogate unit that is not half of a pair)? */
export function hasLoneSurrogate(s: string): boolean {
  if (!hasSurrogates(s)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    else if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** The str of these code points, in its one representation. */
export function strFromCodePoints(cps: readonly number[]): PyStr {
  for (let i = 0; i + 1 < cps.length; i++)
    if (isHigh(cps[i]!) && isLow(cps[i + 1]!)) return new PySurrogateStr(cps.slice());
  let out = "";
  for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.slice(i, i + 4096));
  return out;
}

/** The code points of a str. */
export function codePointsOf(v: PyStr): number[] {
  if (typeof v !== "string") return v.cps.slice();
  const out: number[] = [];
  for (let i = 0; i < v.length;) {
    const c = v.codePointAt(i)!;
    out.push(c);
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

/** Is v a str of exact type str (either representation)? */
export function isExactStr(v: PyValue): v is PyStr {
  return typeof v === "string" || v instanceof PySurrogateStr;
}

/** a + b for strs. */
export function concatStr(a: PyStr, b: PyStr): PyStr {
  if (typeof a === "string" && typeof b === "string" && !joinsLone(a, b)) return a + b;
  return strFromCodePoints(codePointsOf(a).concat(codePointsOf(b)));
}

/**
 * Builds a str from pieces: JS concatenation until a piece would pair a lone surrogate with the
 * text before it (or is boxed), code points from then on.
 */
export class StrBuilder {
  private text = "";
  /** The last UTF-16 unit of text (kept here: reading it from the rope would flatten it). */
  private last = 0;
  private cps: number[] | null = null;

  add(piece: PyStr): void {
    if (this.cps === null) {
      if (typeof piece === "string") {
        const n = piece.length;
        if (n === 0) return;
        if ((this.last & 0xfc00) !== 0xd800 || (piece.charCodeAt(0) & 0xfc00) !== 0xdc00) {
          this.text += piece;
          this.last = piece.charCodeAt(n - 1);
          return;
        }
      }
      this.cps = codePointsOf(this.text);
    }
    const more = codePointsOf(piece);
    for (let i = 0; i < more.length; i++) this.cps.push(more[i]!);
  }

  /** Appends one code point. */
  addCodePoint(cp: number): void {
    if (this.cps === null && (cp & 0xfc00) === 0xdc00 && (this.last & 0xfc00) === 0xd800)
      this.cps = codePointsOf(this.text);
    if (this.cps !== null) this.cps.push(cp);
    else {
      this.text += String.fromCodePoint(cp);
      this.last = cp > 0xffff ? 0xdc00 | (cp & 0x3ff) : cp;
    }
  }

  result(): PyStr {
    return this.cps === null ? this.text : strFromCodePoints(this.cps);
  }
}

/**
 * The concatenation of the strs items[from..to) (BUILD_STRING's join): one JS concatenation
 * unless a piece is boxed or two pieces meet at a lone high and a lone low surrogate.
 */
export function concatPieces(items: readonly PyValue[], from: number, to: number): PyStr {
  let out = "";
  for (let i = from; i < to; i++) {
    const piece = items[i]!;
    if (typeof piece !== "string" || joinsLone(out, piece)) {
      const b = new StrBuilder();
      b.add(out);
      for (let k = i; k < to; k++) b.add(items[k] as PyStr);
      return b.result();
    }
    out += piece;
  }
  return out;
}

/** The first code point of the planes 15 and 16 private use areas, where substitutes are taken. */
const SUBSTITUTES_FROM = 0xf0000;

/**
 * A consistent stand-in for every lone surrogate in a set of strs: each becomes a private use
 * code point that none of them holds, so the strs become JS strings in which no pair can form,
 * the ordinary str algorithms run on them, and their results are mapped back. The algorithms
 * this is used for treat the two alike: a lone surrogate (category Cs) and a private use
 * character (Co) are neither cased, alphanumeric, space, printable, digits nor line breaks, and
 * each is one code point. Code point values (ord, repr, encode, hash, ordering, translate tables)
 * differ, so those are computed from the code points instead.
 */
export class Substitution {
  private readonly toSub = new Map<number, number>();
  private readonly fromSub = new Map<number, number>();

  constructor(strs: readonly PyStr[]) {
    const used = new Set<number>();
    const lone: number[] = [];
    for (const s of strs) {
      for (const cp of codePointsOf(s)) {
        if (cp >= SUBSTITUTES_FROM) used.add(cp);
        else if (cp >= 0xd800 && cp <= 0xdfff && !this.toSub.has(cp)) {
          this.toSub.set(cp, -1);
          lone.push(cp);
        }
      }
    }
    let next = SUBSTITUTES_FROM;
    for (const cp of lone) {
      while (used.has(next)) next++;
      this.toSub.set(cp, next);
      this.fromSub.set(next, cp);
      next++;
    }
  }

  /** Is there anything to substitute? */
  get empty(): boolean {
    return this.toSub.size === 0;
  }

  /** s with its lone surrogates replaced. */
  encode(s: PyStr): string {
    if (typeof s === "string" && !hasSurrogates(s)) return s;
    const cps = codePointsOf(s);
    for (let i = 0; i < cps.length; i++) {
      const sub = this.toSub.get(cps[i]!);
      if (sub !== undefined) cps[i] = sub;
    }
    let out = "";
    for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.slice(i, i + 4096));
    return out;
  }

  /** A str argument replaced, anything else unchanged (tuples of strs too, as startswith takes). */
  encodeValue(v: PyValue): PyValue {
    if (isExactStr(v)) return this.encode(v);
    if (v instanceof PyTuple && v.items.some(isExactStr))
      return new PyTuple(v.items.map((x) => (isExactStr(x) ? this.encode(x) : x)));
    return v;
  }

  /** A result str with the substitutes turned back into surrogates. */
  decode(s: string): PyStr {
    if (!hasSurrogates(s)) return s;
    const cps = codePointsOf(s);
    let changed = false;
    for (let i = 0; i < cps.length; i++) {
      const cp = this.fromSub.get(cps[i]!);
      if (cp !== undefined) {
        cps[i] = cp;
        changed = true;
      }
    }
    return changed ? strFromCodePoints(cps) : s;
  }

  /** A method's result mapped back: a str, or the strs in a list or tuple of them. */
  decodeValue(v: PyValue): PyValue {
    if (typeof v === "string") return this.decode(v);
    if (v instanceof PySurrogateStr) return strFromCodePoints(v.cps.map((c) => this.fromSub.get(c) ?? c));
    if (v instanceof PyList && v.type.tpName === "list") {
      for (let i = 0; i < v.items.length; i++) {
        const x = v.items[i]!;
        if (typeof x === "string") v.items[i] = this.decode(x);
      }
      return v;
    }
    if (v instanceof PyTuple && v.items.some((x) => typeof x === "string"))
      return new PyTuple(v.items.map((x) => (typeof x === "string" ? this.decode(x) : x)));
    return v;
  }
}
