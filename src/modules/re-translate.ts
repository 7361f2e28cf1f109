/**
 * Translates a Python regular expression (the syntax sre_parse accepts in CPython 3.11) into the
 * source of an equivalent JavaScript RegExp used with the `v` and `d` flags.
 *
 * Where the two dialects differ the translation spells the Python meaning out: `^`, `$`, `\A`,
 * `\Z` become lookarounds, `.` an explicit class, `\w`/`\d`/`\s`/`\b` Python's Unicode (or ASCII)
 * sets, `{,n}` an explicit `{0,n}`, atomic groups and possessive quantifiers the
 * lookahead-and-backreference idiom. Python capture groups keep their numbers through a map to
 * the JavaScript group numbers (the atomic idiom adds groups of its own). Errors carry sre_parse's
 * messages and positions. Conditional groups have no RegExp form: such patterns also get a tree
 * for the backtracking matcher (re-backtrack.ts).
 */

import { decimalClassText, wordClassText } from "../objects/unicode-class-text.js";
import { strRepr } from "../objects/repr/str.js";
import { strLower, strUpper } from "../objects/unicode-case.js";
import { isIdentifierStr } from "../objects/unicode-props.js";
import { lookupUnicodeName } from "../parser/parser-unicode-names.js";
import type { Node } from "./re-backtrack.js";

/** The SRE flag bits (Lib/re/_constants.py). */
export const F = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

const FLAG_LETTERS: Record<string, number> = {
  a: F.ASCII,
  i: F.IGNORECASE,
  L: F.LOCALE,
  m: F.MULTILINE,
  s: F.DOTALL,
  u: F.UNICODE,
  x: F.VERBOSE,
};

/** A Python-level error in the pattern: re.error(msg, pattern, pos). */
export class PatternError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}

/** An invalid flags argument (raised as ValueError). */
export class FlagError {
  constructor(readonly msg: string) {}
}

/** A construct this translation cannot reproduce exactly (raised as NotImplementedError). */
export class Unsupported {
  constructor(readonly msg: string) {}
}

/** The result of a translation. */
export interface Translation {
  /** JavaScript pattern source (for the `v` flag). */
  readonly source: string;
  /** Whether the JavaScript `i` flag applies to the whole pattern. */
  readonly ignoreCase: boolean;
  /** Python flags after inline global flags and the implicit UNICODE of str patterns. */
  readonly flags: number;
  /** Number of Python capture groups. */
  readonly groups: number;
  /** The pattern has constructs no RegExp expresses: match it with the Backtracker over `node`. */
  readonly backtrack: boolean;
  readonly node: Node;
  /** `source` is a RegExp (no conditional groups), if not always an exact one. */
  readonly hasSource: boolean;
  /** Python group name -> number, in definition order. */
  readonly names: Map<string, number>;
}

/** A translated piece and its width range in characters (max is Infinity when unbounded). */
interface Piece {
  js: string;
  min: number;
  max: number;
  /** An anchor or assertion (sre's AT codes cannot be repeated). */
  anchor?: boolean;
  /** Safe to quantify as is (one atom in JavaScript syntax). */
  atom?: boolean;
  /** The piece for the backtracking matcher; absent for a leaf (its js matches it alone). */
  node?: Node;
}

/** The matcher tree of a piece: pieces without one are leaves. */
function nodeOf(p: Piece): Node {
  return p.node ?? { kind: "leaf", js: p.js };
}

const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;

const UNI_SPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const ASCII_SPACE = "\\t\\n\\v\\f\\r\\x20";

function hex(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** A literal code point as a JavaScript atom (valid inside and outside classes under `v`). */
function lit(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
    return String.fromCodePoint(cp);
  }
  return hex(cp);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "7";
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/** str.isidentifier for a group name (PEP 3131: XID_Start XID_Continue*). */
const isIdentifier = isIdentifierStr;

/**
 * The case variants of one code point, for case folding done by hand in a scope: its lower and
 * upper case in CPython's Unicode database (14.0), not the host's.
 */
function caseVariants(cp: number): number[] {
  const c = String.fromCodePoint(cp);
  const out = new Set<number>([cp]);
  for (const v of [strLower(c), strUpper(c)]) {
    if ([...v].length === 1) out.add(v.codePointAt(0)!);
  }
  return [...out];
}

class Translator {
  /** The pattern as code points (Python positions count code points). */
  readonly s: string[];
  i = 0;
  groups = 0;
  jsGroups = 0;
  readonly names = new Map<string, number>();
  readonly open = new Set<number>();
  /** Set when a scope turns IGNORECASE on or off relative to the whole pattern. */
  scopedCase = false;
  /** Set by a conditional group: the source has no RegExp form. */
  backtrack = false;
  /** Set by a case-insensitive backreference where case is folded by hand. */
  caseRefs = false;
  /** Group numbers conditionals refer to, with the position of the first reference. */
  readonly condRefs = new Map<number, number>();
  /** Python flags of the whole pattern. */
  flags: number;

  constructor(
    pattern: string,
    flags: number,
    readonly bytes: boolean,
    /** Fold case by hand (class expansion) where IGNORECASE is on, instead of the `i` flag. */
    readonly manualCase: boolean,
  ) {
    this.s = [...pattern];
    this.flags = flags;
  }

  error(msg: string, pos: number | null): PatternError {
    return new PatternError(msg, pos);
  }

  peek(k = 0): string | undefined {
    return this.s[this.i + k];
  }

  /** Skips whitespace and comments in VERBOSE mode. */
  skipVerbose(flags: number): void {
    if (!(flags & F.VERBOSE)) return;
    for (;;) {
      const c = this.peek();
      if (c === undefined) return;
      if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f") this.i++;
      else if (c === "#") {
        while (this.i < this.s.length && this.s[this.i] !== "\n") this.i++;
      } else return;
    }
  }

  /** Leading `(?flags)` groups set flags for the whole pattern (sre_parse's global flags). */
  globalFlags(): void {
    for (;;) {
      this.skipVerbose(this.flags);
      if (this.peek() !== "(" || this.peek(1) !== "?") return;
      let j = this.i + 2;
      let add = 0;
      while (this.s[j] !== undefined && FLAG_LETTERS[this.s[j]!] !== undefined)
        add |= FLAG_LETTERS[this.s[j++]!]!;
      if (j === this.i + 2 || this.s[j] !== ")") return;
      this.checkFlagMix(add, j);
      this.flags |= add;
      this.i = j + 1;
    }
  }

  checkFlagMix(add: number, pos: number): void {
    if (this.bytes && add & F.UNICODE)
      throw this.error("bad inline flags: cannot use 'u' flag with a bytes pattern", pos);
    if (!this.bytes && add & F.LOCALE)
      throw this.error("bad inline flags: cannot use 'L' flag with a str pattern", pos);
    if (add & F.ASCII && add & F.UNICODE)
      throw this.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos);
  }

  // pattern: branch ('|' branch)*
  alternation(flags: number, depth: number): Piece {
    const branches: Piece[] = [this.sequence(flags, depth)];
    while (this.peek() === "|") {
      this.i++;
      branches.push(this.sequence(flags, depth));
    }
    if (branches.length === 1) return branches[0]!;
    const js = branches.map((b) => b.js).join("|");
    const min = Math.min(...branches.map((b) => b.min));
    const max = Math.max(...branches.map((b) => b.max));
    // Leaves of one character each end at the same place: together they are one leaf.
    if (branches.every((b) => b.node === undefined && b.min === 1 && b.max === 1)) return { js, min, max };
    return { js, min, max, node: { kind: "alt", items: branches.map(nodeOf) } };
  }

  // branch: (atom quantifier?)*
  sequence(flags: number, depth: number): Piece {
    let js = "";
    let min = 0;
    let max = 0;
    const items: Node[] = [];
    let leaves = true;
    for (;;) {
      this.skipVerbose(flags);
      const c = this.peek();
      if (c === undefined || c === "|") break;
      if (c === ")") {
        if (depth === 0) throw this.error("unbalanced parenthesis", this.i);
        break;
      }
      const start = this.i;
      if (c === "*" || c === "+" || c === "?" || (c === "{" && this.repeatAhead())) {
        throw this.error("nothing to repeat", start);
      }
      let piece = this.atom(flags, depth);
      if (piece === null) continue; // a comment group or inline flags
      piece = this.quantified(piece, flags, start);
      js += piece.js;
      min += piece.min;
      max += piece.max;
      items.push(nodeOf(piece));
      if (piece.node !== undefined) leaves = false;
    }
    // A run of leaves has one way to match: it is one leaf (the matcher recurses less).
    if (leaves) return { js, min, max };
    return { js, min, max, node: items.length === 1 ? items[0]! : { kind: "seq", items } };
  }

  /** Is a `{m,n}` repeat (as opposed to a literal brace) at the current position. */
  repeatAhead(): boolean {
    let j = this.i + 1;
    while (isDigit(this.s[j])) j++;
    if (this.s[j] === ",") {
      j++;
      while (isDigit(this.s[j])) j++;
    }
    return this.s[j] === "}" && j > this.i + 1;
  }

  /** Applies a following quantifier (greedy, lazy or possessive) to a piece. */
  quantified(piece: Piece, flags: number, start: number): Piece {
    this.skipVerbose(flags);
    const c = this.peek();
    let lo: number;
    let hi: number;
    const here = this.i;
    if (c === "*") [lo, hi] = [0, Infinity];
    else if (c === "+") [lo, hi] = [1, Infinity];
    else if (c === "?") [lo, hi] = [0, 1];
    else if (c === "{" && this.repeatAhead()) {
      const close = this.s.indexOf("}", this.i);
      const body = this.s.slice(this.i + 1, close).join("");
      const [a, b] = body.includes(",") ? body.split(",") : [body, body];
      lo = a === "" ? 0 : Number(a);
      hi = b === "" ? Infinity : Number(b);
      if (lo >= MAXREPEAT || (hi !== Infinity && hi >= MAXREPEAT))
        throw this.error("the repetition number is too large", this.i + 1);
      if (hi < lo) throw this.error("min repeat greater than max repeat", this.i + 1);
      this.i = close;
    } else return piece;
    if (piece.anchor) throw this.error("nothing to repeat", here - (here - start));
    this.i++;
    let mode = "";
    if (this.peek() === "?") {
      mode = "?";
      this.i++;
    } else if (this.peek() === "+") {
      mode = "+";
      this.i++;
    }
    this.skipVerbose(flags);
    const n = this.peek();
    if (n === "*" || n === "+" || n === "?" || (n === "{" && this.repeatAhead())) {
      throw this.error("multiple repeat", this.i);
    }
    const atom = piece.atom ? piece.js : `(?:${piece.js})`;
    const q =
      lo === 0 && hi === Infinity
        ? "*"
        : lo === 1 && hi === Infinity
          ? "+"
          : lo === 0 && hi === 1
            ? "?"
            : hi === Infinity
              ? `{${lo},}`
              : lo === hi
                ? `{${lo}}`
                : `{${lo},${hi}}`;
    const width = { min: piece.min * lo, max: hi === 0 ? 0 : piece.max * hi };
    const node: Node = { kind: "repeat", body: nodeOf(piece), lo, hi, lazy: mode === "?" };
    if (mode === "+") return { js: this.atomic(atom + q), ...width, node: { kind: "atomic", body: node } };
    return { js: atom + q + mode, ...width, node };
  }

  /** An atomic group: (?=(X))\k matches X once, without backtracking into it. */
  atomic(js: string): string {
    const n = ++this.jsGroups;
    return `(?:(?=(?<a${n}>${js}))\\k<a${n}>)`;
  }

  atom(flags: number, depth: number): Piece | null {
    const c = this.peek()!;
    const start = this.i;
    this.i++;
    switch (c) {
      case ".":
        return { js: flags & F.DOTALL ? "[\\s\\S]" : "[^\\n]", min: 1, max: 1, atom: true };
      case "^":
        return {
          js: flags & F.MULTILINE ? "(?:(?<![\\s\\S])|(?<=\\n))" : "(?<![\\s\\S])",
          min: 0,
          max: 0,
          anchor: true,
        };
      case "$":
        return {
          js: flags & F.MULTILINE ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))",
          min: 0,
          max: 0,
          anchor: true,
        };
      case "[":
        return this.charClass(flags, start);
      case "(":
        return this.group(flags, depth, start);
      case "\\":
        return this.escape(flags, start);
      default:
        return this.literal(c.codePointAt(0)!, flags);
    }
  }

  literal(cp: number, flags: number): Piece {
    if (this.manualCase && flags & F.IGNORECASE) {
      const vs = this.variants(cp);
      if (vs.length > 1) return { js: `[${vs.map(lit).join("")}]`, min: 1, max: 1, atom: true };
    }
    return { js: lit(cp), min: 1, max: 1, atom: true };
  }

  /** The JavaScript class body of \d, \w, \s (without brackets) under the flags. */
  category(letter: string, flags: number): string {
    const ascii = this.bytes || (flags & F.ASCII) !== 0;
    switch (letter) {
      case "d":
        return ascii ? "0-9" : decimalClassText();
      case "w":
        return ascii ? "a-zA-Z0-9_" : wordClassText();
      default:
        return ascii ? ASCII_SPACE : UNI_SPACE;
    }
  }

  wordBoundary(flags: number, negate: boolean): string {
    const w = `[${this.category("w", flags)}]`;
    return negate ? `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))` : `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
  }

  /** Reads \x, \u, \U, octal and the simple escapes; returns the code point or null. */
  charEscape(c: string, start: number, inClass: boolean): number | null {
    const simple: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };
    if (inClass && c === "b") return 8;
    if (simple[c] !== undefined) return simple[c]!;
    if (c === "x" || (!this.bytes && (c === "u" || c === "U"))) {
      const n = c === "x" ? 2 : c === "u" ? 4 : 8;
      let digits = "";
      while (digits.length < n && isHex(this.peek())) digits += this.s[this.i++];
      if (digits.length < n) throw this.error(`incomplete escape \\${c}${digits}`, start);
      const v = parseInt(digits, 16);
      if (v > 0x10ffff) throw this.error(`bad escape \\${c}${digits}`, start);
      return v;
    }
    if (c === "0") {
      let digits = "";
      while (digits.length < 2 && isOctal(this.peek())) digits += this.s[this.i++];
      return parseInt("0" + digits, 8);
    }
    return null;
  }

  escape(flags: number, start: number): Piece {
    const c = this.peek();
    if (c === undefined) throw this.error("bad escape (end of pattern)", start);
    this.i++;
    switch (c) {
      case "A":
        return { js: "(?<![\\s\\S])", min: 0, max: 0, anchor: true };
      case "Z":
        return { js: "(?![\\s\\S])", min: 0, max: 0, anchor: true };
      case "b":
        return { js: this.wordBoundary(flags, false), min: 0, max: 0, anchor: true };
      case "B":
        return { js: this.wordBoundary(flags, true), min: 0, max: 0, anchor: true };
      case "d":
      case "w":
      case "s":
        return { js: `[${this.category(c, flags)}]`, min: 1, max: 1, atom: true };
      case "D":
      case "W":
      case "S":
        return { js: `[^${this.category(c.toLowerCase(), flags)}]`, min: 1, max: 1, atom: true };
      case "N":
        if (!this.bytes) return this.literal(this.namedChar(start), flags);
    }
    if (isDigit(c) && c !== "0") {
      // Three octal digits make a character; otherwise digits are a group reference.
      if (isOctal(c) && isOctal(this.peek()) && isOctal(this.peek(1))) {
        const v = parseInt(c + this.s[this.i]! + this.s[this.i + 1]!, 8);
        this.i += 2;
        if (v > 0o377)
          throw this.error(
            `octal escape value \\${c}${this.s[this.i - 2]}${this.s[this.i - 1]} outside of range 0-0o377`,
            start,
          );
        return this.literal(v, flags);
      }
      let digits = c;
      if (isDigit(this.peek())) digits += this.s[this.i++];
      return this.backref(Number(digits), start + 1, flags);
    }
    const cp = this.charEscape(c, start, false);
    if (cp !== null) return this.literal(cp, flags);
    if (/^[a-zA-Z0-9]$/.test(c)) throw this.error(`bad escape \\${c}`, start);
    return this.literal(c.codePointAt(0)!, flags);
  }

  /**
   * A backreference for the matcher. Where case is folded by hand the RegExp's `\k` compares
   * exactly, so a case-insensitive reference needs the matcher.
   */
  backrefNode(n: number, flags: number): Node {
    const ignoreCase = (flags & F.IGNORECASE) !== 0;
    if (ignoreCase && this.manualCase) this.caseRefs = true;
    return { kind: "backref", n, ignoreCase, asciiCase: this.bytes };
  }

  /** The case variants of a code point: for bytes only ASCII letters have them, as in sre. */
  variants(cp: number): number[] {
    if (!this.bytes) return caseVariants(cp);
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return [cp, cp ^ 0x20];
    return [cp];
  }

  /**
   * `\N{name}` after the `\N` (str patterns): the character unicodedata.lookup gives, as
   * sre_parse reads it; `start` is the backslash's position, where a bad name is reported.
   */
  namedChar(start: number): number {
    if (this.peek() !== "{") throw this.error("missing {", this.i);
    this.i++;
    const at = this.i;
    let name = "";
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === "}") {
        if (name === "") throw this.error("missing character name", at);
        if (c === undefined) throw this.error("missing }, unterminated name", at);
        break;
      }
      name += c;
      this.i++;
    }
    this.i++;
    const cp = lookupUnicodeName(name);
    if (cp === null) throw this.error(`undefined character name '${name}'`, start);
    return cp;
  }

  backref(n: number, pos: number, flags: number): Piece {
    if (n > this.groups || n >= MAXGROUPS) throw this.error(`invalid group reference ${n}`, pos);
    if (this.open.has(n)) throw this.error("cannot refer to an open group", pos - 1);
    const node = this.backrefNode(n, flags);
    return { js: `(?:\\k<g${n}>)`, min: 0, max: Infinity, atom: true, node };
  }

  // class: '[' '^'? ']'? item* ']'
  charClass(flags: number, start: number): Piece {
    let negate = false;
    if (this.peek() === "^") {
      negate = true;
      this.i++;
    }
    const items: string[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw this.error("unterminated character set", start);
      if (c === "]" && !first) {
        this.i++;
        break;
      }
      first = false;
      const itemStart = this.i;
      const lo = this.classItem(flags);
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== undefined) {
        this.i++;
        const hi = this.classItem(flags);
        if (typeof lo === "string" || typeof hi === "string") {
          const text = this.s.slice(itemStart, this.i).join("");
          throw this.error(`bad character range ${text}`, itemStart);
        }
        if (hi < lo) {
          const text = this.s.slice(itemStart, this.i).join("");
          throw this.error(`bad character range ${text}`, itemStart);
        }
        items.push(`${lit(lo)}-${lit(hi)}`);
        if (this.manualCase && flags & F.IGNORECASE) items.push(...this.rangeVariants(lo, hi));
      } else if (typeof lo === "string") items.push(lo);
      else {
        items.push(lit(lo));
        if (this.manualCase && flags & F.IGNORECASE)
          for (const v of this.variants(lo)) if (v !== lo) items.push(lit(v));
      }
    }
    return { js: `[${negate ? "^" : ""}${items.join("")}]`, min: 1, max: 1, atom: true };
  }

  /** Case variants of a range, for a class folded by hand. */
  rangeVariants(lo: number, hi: number): string[] {
    const out: string[] = [];
    if (hi - lo > 2000) return out;
    for (let cp = lo; cp <= hi; cp++)
      for (const v of this.variants(cp)) if (v < lo || v > hi) out.push(lit(v));
    return out;
  }

  /** One class member: a code point, or a category (as JavaScript class text). */
  classItem(flags: number): number | string {
    const start = this.i;
    const c = this.s[this.i++]!;
    if (c !== "\\") return c.codePointAt(0)!;
    const e = this.peek();
    if (e === undefined) throw this.error("unterminated character set", start - 1);
    this.i++;
    if (e === "d" || e === "w" || e === "s") return this.category(e, flags);
    if (e === "D" || e === "W" || e === "S") return `[^${this.category(e.toLowerCase(), flags)}]`;
    if (isOctal(e)) {
      let digits = e;
      while (digits.length < 3 && isOctal(this.peek())) digits += this.s[this.i++];
      const v = parseInt(digits, 8);
      if (v > 0o377) throw this.error(`octal escape value \\${digits} outside of range 0-0o377`, start);
      return v;
    }
    if (isDigit(e)) throw this.error(`bad escape \\${e}`, start);
    if (e === "N" && !this.bytes) return this.namedChar(start);
    const cp = this.charEscape(e, start, true);
    if (cp !== null) return cp;
    if (/^[a-zA-Z0-9]$/.test(e)) throw this.error(`bad escape \\${e}`, start);
    return e.codePointAt(0)!;
  }

  /** Reads a group name up to `terminator`, checking it as sre_parse does. */
  groupName(terminator: string): { name: string; pos: number } {
    const pos = this.i;
    let name = "";
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw this.error(`missing ${terminator}, unterminated name`, pos);
      this.i++;
      if (c === terminator) break;
      name += c;
    }
    if (name === "") throw this.error("missing group name", pos);
    return { name, pos };
  }

  group(flags: number, depth: number, start: number): Piece | null {
    if (this.peek() !== "?") return this.capture(flags, depth, start, null);
    this.i++;
    const c = this.peek();
    if (c === undefined) throw this.error("unexpected end of pattern", this.i);
    this.i++;
    switch (c) {
      case ":":
        return this.wrap("(?:", flags, depth, start);
      case "P": {
        const k = this.peek();
        if (k === "<") {
          this.i++;
          const { name, pos } = this.groupName(">");
          if (!isIdentifier(name)) throw this.error(`bad character in group name ${strRepr(name)}`, pos);
          return this.capture(flags, depth, start, { name, pos });
        }
        if (k === "=") {
          this.i++;
          const { name, pos } = this.groupName(")");
          if (!isIdentifier(name)) throw this.error(`bad character in group name ${strRepr(name)}`, pos);
          const n = this.names.get(name);
          if (n === undefined) throw this.error(`unknown group name '${name}'`, pos);
          if (this.open.has(n)) throw this.error("cannot refer to an open group", pos);
          const node = this.backrefNode(n, flags);
          return { js: `(?:\\k<g${n}>)`, min: 0, max: Infinity, atom: true, node };
        }
        if (k === undefined) throw this.error("unexpected end of pattern", this.i);
        throw this.error(`unknown extension ?P${k}`, this.i - 2);
      }
      case "#": {
        while (this.peek() !== undefined && this.peek() !== ")") this.i++;
        if (this.peek() === undefined) throw this.error("missing ), unterminated comment", start);
        this.i++;
        return null;
      }
      case "=":
        return this.assertion("(?=", flags, depth, start, false);
      case "!":
        return this.assertion("(?!", flags, depth, start, false);
      case "<": {
        const k = this.peek();
        if (k === "=" || k === "!") {
          this.i++;
          return this.assertion(k === "=" ? "(?<=" : "(?<!", flags, depth, start, true);
        }
        if (k === undefined) throw this.error("unexpected end of pattern", this.i);
        throw this.error(`unknown extension ?<${k}`, this.i - 2);
      }
      case ">": {
        const inner = this.alternation(flags, depth + 1);
        this.close(start);
        const node: Node = { kind: "atomic", body: nodeOf(inner) };
        return { js: this.atomic(inner.js), min: inner.min, max: inner.max, atom: true, node };
      }
      case "(":
        return this.conditional(flags, depth, start);
    }
    if (FLAG_LETTERS[c] !== undefined || c === "-") {
      this.i--;
      return this.scopedFlags(flags, depth, start);
    }
    throw this.error(`unknown extension ?${c}`, this.i - 2);
  }

  /**
   * `(?(id)yes|no)`: the group reference is checked as sre_parse does; each branch is a sequence
   * (a third branch is an error). A RegExp cannot ask whether a group matched, so the pattern
   * goes to the backtracking matcher.
   */
  conditional(flags: number, depth: number, start: number): Piece {
    const { name, pos } = this.groupName(")");
    let n: number;
    if (/^[0-9]+$/.test(name)) {
      n = Number(name);
      if (n === 0) throw this.error("bad group number", pos);
      if (n >= MAXGROUPS) throw this.error(`invalid group reference ${n}`, pos);
      // A number may refer to a later group: sre_parse checks it once the pattern is parsed.
      if (!this.condRefs.has(n)) this.condRefs.set(n, pos);
    } else if (!isIdentifier(name)) throw this.error(`bad character in group name ${strRepr(name)}`, pos);
    else if (!this.names.has(name)) throw this.error(`unknown group name '${name}'`, pos);
    else n = this.names.get(name)!;
    const yes = this.sequence(flags, depth + 1);
    let no: Piece = { js: "", min: 0, max: 0 };
    if (this.peek() === "|") {
      this.i++;
      no = this.sequence(flags, depth + 1);
      if (this.peek() === "|") throw this.error("conditional backref with more than two branches", this.i);
    }
    this.close(start);
    this.backtrack = true;
    const node: Node = { kind: "cond", n: n!, yes: nodeOf(yes), no: nodeOf(no) };
    return { js: "", min: Math.min(yes.min, no.min), max: Math.max(yes.max, no.max), atom: true, node };
  }

  /** `(?aiLmsux-imsx:...)`, or `(?flags)` after the start (an error in 3.11). */
  scopedFlags(flags: number, depth: number, start: number): Piece | null {
    let add = 0;
    let del = 0;
    while (this.peek() !== undefined && FLAG_LETTERS[this.peek()!] !== undefined)
      add |= FLAG_LETTERS[this.s[this.i++]!]!;
    if (this.peek() === ")") throw this.error("global flags not at the start of the expression", start);
    if (this.peek() === "-") {
      this.i++;
      const c = this.peek();
      if (c === undefined) throw this.error("missing flag", this.i);
      if (FLAG_LETTERS[c] === undefined)
        throw this.error(c.match(/[a-zA-Z]/) ? "unknown flag" : "missing flag", this.i);
      while (this.peek() !== undefined && FLAG_LETTERS[this.peek()!] !== undefined) {
        const f = FLAG_LETTERS[this.s[this.i++]!]!;
        if (f & (F.ASCII | F.LOCALE | F.UNICODE))
          throw this.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", this.i - 1);
        del |= f;
      }
      if (this.peek() !== ":")
        throw this.error(this.peek() === undefined ? "missing :" : "missing :", this.i);
    } else if (this.peek() !== ":") {
      const c = this.peek();
      if (c === undefined) throw this.error("missing -, : or )", this.i);
      throw this.error(c.match(/[a-zA-Z]/) ? "unknown flag" : "missing -, : or )", this.i);
    }
    this.i++;
    this.checkFlagMix(add, this.i - 1);
    let inner = (flags | add) & ~del;
    if (add & F.ASCII) inner &= ~F.UNICODE;
    if ((inner & F.IGNORECASE) !== (this.flags & F.IGNORECASE)) this.scopedCase = true;
    return this.wrap("(?:", inner, depth, start);
  }

  wrap(open: string, flags: number, depth: number, start: number): Piece {
    const inner = this.alternation(flags, depth + 1);
    this.close(start);
    return { js: `${open}${inner.js})`, min: inner.min, max: inner.max, atom: true, node: nodeOf(inner) };
  }

  close(start: number): void {
    if (this.peek() !== ")") throw this.error("missing ), unterminated subpattern", start);
    this.i++;
  }

  assertion(open: string, flags: number, depth: number, start: number, behind: boolean): Piece {
    const inner = this.alternation(flags, depth + 1);
    this.close(start);
    if (behind && inner.min !== inner.max) throw this.error("look-behind requires fixed-width pattern", null);
    const node: Node = {
      kind: "look",
      body: nodeOf(inner),
      behind,
      negate: open.endsWith("!"),
      width: inner.min,
    };
    return { js: `(?:${open}${inner.js}))`, min: 0, max: 0, atom: true, node };
  }

  capture(flags: number, depth: number, start: number, named: { name: string; pos: number } | null): Piece {
    const n = ++this.groups;
    if (named !== null) {
      const was = this.names.get(named.name);
      if (was !== undefined)
        throw this.error(
          `redefinition of group name '${named.name}' as group ${n}; was group ${was}`,
          named.pos,
        );
      this.names.set(named.name, n);
    }
    this.open.add(n);
    const inner = this.alternation(flags, depth + 1);
    this.close(start);
    this.open.delete(n);
    const node: Node = { kind: "group", n, body: nodeOf(inner) };
    return { js: `(?<g${n}>${inner.js})`, min: inner.min, max: inner.max, atom: true, node };
  }
}

/** The numbers of the capture groups in a tree. */
function groupsIn(node: Node): number[] {
  switch (node.kind) {
    case "leaf":
    case "backref":
      return [];
    case "seq":
    case "alt":
      return node.items.flatMap(groupsIn);
    case "group":
      return [node.n, ...groupsIn(node.body)];
    case "repeat":
    case "atomic":
    case "look":
      return groupsIn(node.body);
    case "cond":
      return [...groupsIn(node.yes), ...groupsIn(node.no)];
  }
}

/**
 * Does a backreference name a group that may not have matched when it is reached, or may a
 * repeated group be skipped by a later iteration? sre fails a reference to an unmatched group
 * where a RegExp matches the empty string, and keeps a group's value from an earlier iteration
 * where a RegExp clears it, so such patterns go to the backtracking matcher. The walk follows the pattern in order with the groups certainly
 * matched so far: an alternation keeps those all its branches set, a repeat that allows zero
 * iterations and a negative lookaround none of theirs.
 */
function differsFromRegExp(root: Node): boolean {
  let unsafe = false;
  const walk = (node: Node, set: ReadonlySet<number>): ReadonlySet<number> => {
    switch (node.kind) {
      case "leaf":
        return set;
      case "seq":
        return node.items.reduce((acc, item) => walk(item, acc), set);
      case "alt": {
        const outs = node.items.map((item) => walk(item, set));
        return new Set([...outs[0]!].filter((n) => outs.every((o) => o.has(n))));
      }
      case "group":
        return new Set([...walk(node.body, set), node.n]);
      case "repeat": {
        const out = walk(node.body, set);
        // A RegExp clears the groups of a repeated body at each iteration; sre keeps the last
        // value a group took, so a group some iteration may skip needs the matcher.
        if (node.hi > 1 && groupsIn(node.body).some((n) => !out.has(n))) unsafe = true;
        return node.lo === 0 ? set : out;
      }
      case "atomic":
        return walk(node.body, set);
      case "look": {
        const out = walk(node.body, set);
        return node.negate ? set : out;
      }
      case "cond": {
        const yes = walk(node.yes, new Set([...set, node.n]));
        const no = walk(node.no, set);
        return new Set([...yes].filter((n) => no.has(n)));
      }
      case "backref":
        if (!set.has(node.n)) unsafe = true;
        return set;
    }
  };
  walk(root, new Set());
  return unsafe;
}

/** Validates the flags argument as re._compile / sre_parse.fix_flags do. */
function fixFlags(flags: number, bytes: boolean): number {
  if (!bytes) {
    if (flags & F.LOCALE) throw new FlagError("cannot use LOCALE flag with a str pattern");
    if (!(flags & F.ASCII)) flags |= F.UNICODE;
    else if (flags & F.UNICODE) throw new FlagError("ASCII and UNICODE flags are incompatible");
  } else {
    if (flags & F.UNICODE) throw new FlagError("cannot use UNICODE flag with a bytes pattern");
    if (flags & F.LOCALE && flags & F.ASCII) throw new FlagError("ASCII and LOCALE flags are incompatible");
  }
  return flags;
}

function run(pattern: string, flags: number, bytes: boolean, manualCase: boolean): [Translator, Piece] {
  const t = new Translator(pattern, flags, bytes, manualCase);
  t.globalFlags();
  if (!bytes && t.flags & F.ASCII) t.flags &= ~F.UNICODE;
  else if (!bytes) t.flags |= F.UNICODE;
  const piece = t.alternation(t.flags, 0);
  for (const [n, pos] of t.condRefs) if (n > t.groups) throw t.error(`invalid group reference ${n}`, pos);
  return [t, piece];
}

/**
 * Translates a pattern (a str, or bytes given as a Latin-1 string) with the flags argument.
 * Throws PatternError (re.error), Unsupported (NotImplementedError) or FlagError (ValueError).
 */
export function translate(pattern: string, flags: number, bytes: boolean): Translation {
  flags = fixFlags(flags, bytes);
  let [t, piece] = run(pattern, flags, bytes, false);
  // The `i` flag folds Unicode case; bytes patterns fold ASCII letters only, so they fold by hand.
  const manual = t.scopedCase || (bytes && (t.flags & F.IGNORECASE) !== 0);
  if (manual) [t, piece] = run(pattern, flags, bytes, true);
  // LOCALE (bytes only) follows the C library's ctype under LC_CTYPE; in the C and UTF-8
  // locales no byte above 0x7f is a letter, digit or space, which are the ASCII classes used here.
  return {
    source: piece.js,
    ignoreCase: !manual && (t.flags & F.IGNORECASE) !== 0,
    flags: t.flags,
    groups: t.groups,
    names: t.names,
    backtrack: t.backtrack || t.caseRefs || differsFromRegExp(nodeOf(piece)),
    node: nodeOf(piece),
    hasSource: !t.backtrack,
  };
}
