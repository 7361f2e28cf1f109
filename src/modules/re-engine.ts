/**
 * The _re module: the matching engine under lib/re (CPython's _sre has this role). A pattern is
 * translated once (re-translate.ts) into three JavaScript RegExps, one per way of anchoring:
 * search (from pos onwards), match (at pos) and fullmatch (at pos, to endpos). endpos is applied
 * by cutting the subject, so `$` and `\Z` see it as the end, as sre does; pos is applied through
 * lastIndex, so `^` and lookbehinds still see the text before it, as sre does.
 *
 * A compiled pattern is itself the re.Pattern object (PyPattern) and a match a re.Match
 * (PyMatch); their methods are in re-objects.ts, the module's functions at the end of this file.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyObject, defineBuiltinType } from "../objects/core.js";
import { notImplementedError, typeError, valueError } from "../objects/exceptions.js";
import { intValue, strValue, typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { PyByteArray, PyBytes, PyModule } from "../objects/misc.js";
import { nativeFunctions } from "../objects/native.js";
import { cpIndex, hasSurrogates, unitIndex } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { PySurrogateStr, strFromCodePoints } from "../objects/str-surrogate.js";
import type { Matcher } from "./re-backtrack.js";
import { Backtracker } from "./re-backtrack.js";
import { installReObjects, reExtend, subCall } from "./re-objects.js";
import { FlagError, PatternError, Unsupported, translate } from "./re-translate.js";

/**
 * A compiled pattern (re.Pattern, _sre's PatternObject): the three anchored forms, the group
 * number map and the attributes Python reads. The methods are in re-objects.ts.
 */
export class PyPattern extends PyObject {
  /** _groupindex: made on first use and kept (the Python half reads it, never changes it). */
  private indexDict: PyDict | null = null;
  constructor(
    readonly search: Matcher,
    readonly match: Matcher,
    readonly full: Matcher,
    /** Python group count: group n is the RegExp group named `g${n}`. */
    readonly groups: number,
    readonly bytes: boolean,
    /** The source as given (str or bytes) and the flags after translation. */
    readonly pattern: PyValue,
    readonly flags: number,
    /** Group names in definition order, and by name. */
    readonly names: readonly (readonly [string, number])[],
  ) {
    super(patternType);
    this.nameMap = new Map(names);
    this.numbered = search instanceof RegExp && capturesOf(search) === groups;
  }
  readonly nameMap: Map<string, number>;
  /**
   * The RegExps capture exactly the Python groups (`g1`, `g2`, ... in order), so group n's
   * indices are `indices[n]`, read without the named-groups object.
   */
  readonly numbered: boolean;
  groupIndex(): PyDict {
    if (this.indexDict === null) {
      const d = new PyDict();
      for (const [name, n] of this.names) d.setStr(name, n);
      this.indexDict = d;
    }
    return this.indexDict;
  }
}

/** How many capture groups a RegExp has: an empty alternative always matches "". */
function capturesOf(re: RegExp): number {
  return new RegExp(`(?:${re.source})|`, re.flags.replace(/[gy]/g, "")).exec("")!.length - 1;
}

/** CPython's are re.Pattern and re.Match, neither subclassable nor instantiable. */
export const patternType = defineBuiltinType("Pattern", { subclassable: false });
patternType.ns.set("__module__", "re");
patternType.weakrefable = true;
export const matchType = defineBuiltinType("Match", { subclassable: false });
matchType.ns.set("__module__", "re");

/**
 * A successful match (_sre's MatchObject): the subject, the clamped pos and endpos, and the
 * code point spans of every group (-1, -1 for a group that did not participate).
 */
export class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly string: PyValue,
    readonly pos: number,
    readonly endpos: number,
    readonly spans: number[],
    /** The subject is a str with astral characters: spans are not UTF-16 indexes. */
    readonly wide: boolean,
  ) {
    super(matchType);
  }
}

/** bytes as a Latin-1 string (one character per byte), so a RegExp can scan them. */
function latin1(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}

let lastBytes: PyBytes | null = null;
let lastBytesText = "";

/** The subject as a JavaScript string, and whether it is bytes-like. */
function subject(v: PyValue): [string, boolean] | null {
  const s = strValue(v);
  if (s !== undefined) return [s, false];
  if (v instanceof PyBytes) {
    // bytes are immutable: loops over one subject (findall, sub) convert it once.
    if (v !== lastBytes) {
      lastBytes = v;
      lastBytesText = latin1(v.bytes);
    }
    return [lastBytesText, true];
  }
  if (v instanceof PyByteArray) return [latin1(v.bytes), true];
  return null;
}

export function num(v: PyValue, what: string): number {
  const n = intValue(v);
  if (n === undefined)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer (${what})`);
  return Number(n);
}

function compile(_t: unknown, _s: PyValue, args: PyValue[]): PyValue {
  const p = args[0]!;
  const flags = num(args[1]!, "flags");
  let text = strValue(p);
  let bytes = false;
  if (text === undefined) {
    const subj = subject(p);
    if (subj === null) throw typeError("first argument must be string or compiled pattern");
    [text, bytes] = subj;
  }
  try {
    const tr = translate(text, flags, bytes);
    const base = "dv" + (tr.ignoreCase ? "i" : "");
    const leafFlags = "v" + (tr.ignoreCase ? "i" : "");
    const search = tr.hasSource ? new RegExp(tr.source, base + "g") : null;
    const match = tr.hasSource ? new RegExp(tr.source, base + "y") : null;
    const full = tr.hasSource ? new RegExp(`(?:${tr.source})(?![\\s\\S])`, base + "y") : null;
    const names = [...tr.names].map(([name, n]) => [name, n] as const);
    return tr.backtrack
      ? new PyPattern(
          new Backtracker(tr.node, tr.groups, leafFlags, "search", search),
          new Backtracker(tr.node, tr.groups, leafFlags, "match", match),
          new Backtracker(tr.node, tr.groups, leafFlags, "full", full),
          tr.groups,
          bytes,
          p,
          tr.flags,
          names,
        )
      : new PyPattern(search!, match!, full!, tr.groups, bytes, p, tr.flags, names);
  } catch (e) {
    if (e instanceof PatternError) return new PyTuple([None, e.msg, e.pos ?? None]);
    if (e instanceof FlagError) throw valueError(e.msg);
    if (e instanceof Unsupported) throw notImplementedError(e.msg);
    if (e instanceof SyntaxError)
      throw notImplementedError(`pyglass re: pattern not supported by the engine: ${e.message}`);
    throw e;
  }
}

let cutFrom = "";
let cutAt = -1;
let cutText = "";

/** The subject cut at endpos (cached: loops cut the same subject the same way). */
function cut(s: string, end: number): string {
  if (end >= s.length) return s;
  if (s !== cutFrom || end !== cutAt) {
    cutFrom = s;
    cutAt = end;
    cutText = s.slice(0, end);
  }
  return cutText;
}

/** The subject of a search checked against the pattern, with pos and endpos clamped. */
export interface Subject {
  text: string;
  wide: boolean;
  uPos: number;
  uEnd: number;
  /** pos and endpos clamped to the subject, in code points (Match.pos, Match.endpos). */
  pos: number;
  end: number;
}

let lastWideText = "";
let lastWide = false;
let lastWideLength = 0;

export function prepare(
  engine: PyPattern,
  subjectArg: PyValue,
  posArg: PyValue,
  endArg: PyValue,
): Subject | null {
  const subj = subject(subjectArg);
  if (subj === null) throw typeError(`expected string or bytes-like object, got '${typeName(subjectArg)}'`);
  const [s, isBytes] = subj;
  if (isBytes !== engine.bytes) {
    throw typeError(
      engine.bytes
        ? "cannot use a bytes pattern on a string-like object"
        : "cannot use a string pattern on a bytes-like object",
    );
  }
  // Loops run several patterns over one subject: its surrogate scan is made once.
  if (s !== lastWideText) {
    lastWideText = s;
    lastWide = !isBytes && hasSurrogates(s);
    lastWideLength = lastWide ? [...s].length : s.length;
  }
  const wide = !isBytes && lastWide;
  const len = wide ? lastWideLength : s.length;
  let pos = typeof posArg === "number" ? posArg : num(posArg, "pos");
  let end = typeof endArg === "number" ? endArg : num(endArg, "endpos");
  if (pos < 0) pos = 0;
  if (end > len) end = len;
  if (end < 0) end = 0;
  if (pos > end) return null;
  const uPos = wide ? unitIndex(s, pos) : pos;
  const uEnd = wide ? unitIndex(s, end) : end;
  return { text: cut(s, uEnd), wide, uPos, uEnd, pos, end };
}

/** The RegExp group names of the first groups, made once rather than per match. */
const GROUP_NAMES: string[] = Array.from({ length: 100 }, (_, g) => `g${g}`);

/** One match from unit index `at`; pushes the Python spans of every group onto `out`. */
function runOnce(
  engine: PyPattern,
  re: Matcher,
  subj: Subject,
  at: number,
  out: number[],
): [number, number] | null {
  re.lastIndex = at;
  const m = re.exec(subj.text);
  if (m === null) return null;
  const ind = m.indices!;
  const named = ind.groups;
  const span0 = ind[0]!;
  if (subj.wide) out.push(cpIndex(subj.text, span0[0]), cpIndex(subj.text, span0[1]));
  else out.push(span0[0], span0[1]);
  for (let g = 1; g <= engine.groups; g++) {
    const span = engine.numbered ? (ind as RegExpIndicesArray)[g] : named?.[GROUP_NAMES[g] ?? `g${g}`];
    if (span === undefined) out.push(-1, -1);
    else if (subj.wide) out.push(cpIndex(subj.text, span[0]), cpIndex(subj.text, span[1]));
    else out.push(span[0], span[1]);
  }
  return span0;
}

/** The Match of one search (mode 0), match (1) or fullmatch (2), or None. */
export function execMatch(
  engine: PyPattern,
  string: PyValue,
  posArg: PyValue,
  endArg: PyValue,
  mode: number,
): PyValue {
  const subj = prepare(engine, string, posArg, endArg);
  if (subj === null) return None;
  const re = mode === 0 ? engine.search : mode === 1 ? engine.match : engine.full;
  const out: number[] = [];
  if (runOnce(engine, re, subj, subj.uPos, out) === null) return None;
  return new PyMatch(engine, string, subj.pos, subj.end, out, subj.wide);
}

/**
 * The spans of successive matches, concatenated (2 * (groups + 1) ints each), at most `limit`
 * matches (0: all). After an empty match the next may not be empty at the same place (sre's
 * must_advance, the rule of findall, finditer, sub and split since 3.7).
 */
export function scanSpans(engine: PyPattern, subj: Subject | null, limit: number): number[] {
  const out: number[] = [];
  if (subj === null) return out;
  let at = subj.uPos;
  let mustAdvance = false;
  let count = 0;
  while (at <= subj.uEnd && (limit === 0 || count < limit)) {
    const mark = out.length;
    let span = runOnce(engine, engine.search, subj, at, out);
    if (span === null) break;
    if (mustAdvance && span[0] === at && span[1] === at) {
      out.length = mark;
      // Step over one character (a surrogate pair is one).
      const c = subj.text.charCodeAt(at);
      at += c >= 0xd800 && c <= 0xdbff && subj.wide ? 2 : 1;
      if (at > subj.uEnd) break;
      span = runOnce(engine, engine.search, subj, at, out);
      if (span === null) break;
    }
    count++;
    mustAdvance = span[0] === span[1];
    at = span[1];
  }
  return out;
}

/** The Match objects of successive matches (finditer, sub with a function). */
export function scanMatches(
  engine: PyPattern,
  string: PyValue,
  posArg: PyValue,
  endArg: PyValue,
  limit: number,
): PyMatch[] {
  const subj = prepare(engine, string, posArg, endArg);
  const spans = scanSpans(engine, subj, limit);
  const width = 2 * (engine.groups + 1);
  const out: PyMatch[] = [];
  for (let i = 0; i < spans.length; i += width)
    out.push(new PyMatch(engine, string, subj!.pos, subj!.end, spans.slice(i, i + width), subj!.wide));
  return out;
}

export function engineArg(v: PyValue): PyPattern {
  if (!(v instanceof PyPattern)) throw typeError("a re.Pattern is required");
  return v;
}

/** Slices of the subject by code point spans, as the subject's own kind (str or bytes). */
function slicer(v: PyValue): (a: number, b: number) => PyValue {
  const s = strValue(v);
  if (s !== undefined) {
    if (!hasSurrogates(s)) return (a, b) => s.slice(a, b);
    const cps = [...s];
    return (a, b) => cps.slice(a, b).join("");
  }
  const bytes = v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : new Uint8Array();
  // Slices of a bytearray are bytes too (getslice in _sre.c).
  return (a, b) => new PyBytes(bytes.slice(a, b));
}

/** Pattern.findall's list, built natively. */
export function findallList(engine: PyPattern, string: PyValue, posArg: PyValue, endArg: PyValue): PyList {
  const subj = prepare(engine, string, posArg, endArg);
  const spans = scanSpans(engine, subj, 0);
  const slice = slicer(string);
  const groups = engine.groups;
  const width = 2 * (groups + 1);
  const empty = slice(0, 0);
  const text = (k: number): PyValue => (spans[k]! < 0 ? empty : slice(spans[k]!, spans[k + 1]!));
  const out: PyValue[] = [];
  for (let i = 0; i < spans.length; i += width) {
    if (groups === 0) out.push(text(i));
    else if (groups === 1) out.push(text(i + 2));
    else {
      const t: PyValue[] = [];
      for (let g = 1; g <= groups; g++) t.push(text(i + 2 * g));
      out.push(new PyTuple(t));
    }
  }
  return new PyList(out);
}

/** Pattern.split's list, built natively. */
export function splitList(engine: PyPattern, string: PyValue, maxsplit: number): PyList {
  const subj = prepare(engine, string, 0, Number.MAX_SAFE_INTEGER);
  const slice = slicer(string);
  if (maxsplit < 0) {
    // pattern_split: a negative maxsplit splits nothing; the piece is a slice (bytes for a
    // bytearray), the str itself for an exact str.
    const len = subj === null ? 0 : subj.wide ? [...subj.text].length : subj.text.length;
    return new PyList([typeof string === "string" ? string : slice(0, len)]);
  }
  const spans = scanSpans(engine, subj, maxsplit);
  const groups = engine.groups;
  const width = 2 * (groups + 1);
  const out: PyValue[] = [];
  let last = 0;
  for (let i = 0; i < spans.length; i += width) {
    out.push(slice(last, spans[i]!));
    for (let g = 1; g <= groups; g++) {
      const a = spans[i + 2 * g]!;
      out.push(a < 0 ? None : slice(a, spans[i + 2 * g + 1]!));
    }
    last = spans[i + 1]!;
  }
  const len = subj === null ? 0 : subj.wide ? [...subj.text].length : subj.text.length;
  out.push(slice(last, Math.max(len, last)));
  return new PyList(out);
}

function scan(_t: unknown, _s: PyValue, args: PyValue[]): PyValue {
  const engine = engineArg(args[0]!);
  const subj = prepare(engine, args[1]!, args[2]!, args[3]!);
  return new PyTuple(scanSpans(engine, subj, num(args[4]!, "limit")));
}

/**
 * sub_literal(engine, string, repl, count) -> (result, n): Pattern.subn with a template that
 * has no group references (repl already a str or bytes of the subject's kind).
 */
function subLiteral(_t: unknown, _s: PyValue, args: PyValue[]): PyValue {
  const engine = engineArg(args[0]!);
  const subj = prepare(engine, args[1]!, 0, Number.MAX_SAFE_INTEGER);
  const spans = scanSpans(engine, subj, num(args[3]!, "count"));
  const width = 2 * (engine.groups + 1);
  const n = spans.length / width;
  const s = strValue(args[1]!);
  if (s !== undefined) {
    const repl = strValue(args[2]!) ?? "";
    const cps = subj !== null && subj.wide ? [...s] : null;
    const cut = (a: number, b: number): string => (cps === null ? s.slice(a, b) : cps.slice(a, b).join(""));
    const boxed = args[2];
    if (boxed instanceof PySurrogateStr) {
      // A replacement holding a lone surrogate pair: the result is made from code points.
      const out: number[] = [];
      const put = (text: string): void => {
        for (const ch of text) out.push(ch.codePointAt(0)!);
      };
      let last = 0;
      for (let i = 0; i < spans.length; i += width) {
        put(cut(last, spans[i]!));
        out.push(...boxed.cps);
        last = spans[i + 1]!;
      }
      put(cut(last, cps === null ? s.length : cps.length));
      return new PyTuple([strFromCodePoints(out), n]);
    }
    let out = "";
    let last = 0;
    for (let i = 0; i < spans.length; i += width) {
      out += cut(last, spans[i]!) + repl;
      last = spans[i + 1]!;
    }
    out += cut(last, cps === null ? s.length : cps.length);
    return new PyTuple([out, n]);
  }
  const src = args[1] instanceof PyBytes || args[1] instanceof PyByteArray ? args[1].bytes : new Uint8Array();
  const r = args[2] instanceof PyBytes || args[2] instanceof PyByteArray ? args[2].bytes : new Uint8Array();
  const parts: Uint8Array[] = [];
  let last = 0;
  for (let i = 0; i < spans.length; i += width) {
    parts.push(src.subarray(last, spans[i]!), r);
    last = spans[i + 1]!;
  }
  parts.push(src.subarray(last));
  const total = parts.reduce((k, p) => k + p.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    joined.set(p, at);
    at += p.length;
  }
  return new PyTuple([new PyBytes(joined), n]);
}

/**
 * The _re module:
 *
 *   compile(pattern, flags) -> a re.Pattern | (None, message, position) -- a re.error to raise
 *   scan(pattern, string, pos, endpos, limit) -> the spans of successive matches, concatenated.
 *   sub_call(pattern, fn, string, count) -> ([pieces], n): Pattern.subn with a function.
 *   sub_literal(pattern, string, repl, count) -> (result, n) for templates without references.
 *   extend(type, namespace) -> type: adds the Python-level methods of re.Pattern / re.Match.
 */
export function makeReEngineModule(): PyModule {
  installReObjects();
  const m = new PyModule("_re");
  m.dict!.setStr("Pattern", patternType);
  m.dict!.setStr("Match", matchType);
  for (const [name, fn] of nativeFunctions("_re", {
    compile,
    scan,
    sub_call: { gen: subCall },
    sub_literal: subLiteral,
    extend: reExtend,
  }))
    m.dict!.setStr(name, fn);
  return m;
}
