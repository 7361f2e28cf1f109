/** The methods of `str` (Objects/unicodeobject.c). Indexes count code points (see str.ts). */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, dictType, listType, strType, tupleType, typeOf } from "./core.js";
import { PyDict } from "./dict.js";
import { E, carry, indexError, overflowError, typeError, valueError } from "./exceptions.js";
import { formatStr } from "./format/format-str.js";
import { PyStrSubclass, intValue, noArgs, parseArgs, strValue, typeName } from "./helpers.js";
import { PyStrIter } from "./iterators.js";
import { PyList } from "./list.js";
import { PyByteArray, PyBytes, PySlice } from "./misc.js";
import type { Kw } from "./native.js";
import { defineMethods, defineStatic } from "./native.js";
import { CMP_DUNDER, EQ, GE, GT, LE, LT, NE, strCompare } from "./ops/compare.js";
import { indexOf, indexSize, strFast, strOrBoxed } from "./ops/convert.js";
import { strHash } from "./ops/hash.js";
import { markSequenceSlots, repeatCount } from "./ops/sequence-slots.js";
import { getIter, iterNextInto } from "./ops/iter.js";
import { getItem } from "./ops/subscript.js";
import { isPrintableCodePoint } from "./repr/printable.js";
import { strRepr } from "./repr/str.js";
import { sliceIndices } from "./slice-type.js";
import { codePoints, cpIndex, hasSurrogates, strLen, strSlice, unitIndex } from "./str.js";
import { percentFormat, strFormat, strFormatMap } from "./str-format.js";
import { STOP } from "./suspend.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";
import { boundsFast, formatFast, joinFast, translateFast } from "./str-fast.js";
import { fastRaise } from "./raised.js";
import { boxedTextError, encodeStr, decodeBytes } from "./codecs.js";
import { adaptStrMethods } from "./str-surrogate-methods.js";
import type { PyStr } from "./str-surrogate.js";
import { PySurrogateStr, StrBuilder, codePointsOf, isExactStr, joinsLone } from "./str-surrogate.js";
import { encodeWithHandler, registeredErrorHandler } from "./codec-errors.js";
import {
  isDigitCp,
  isLowerCp,
  isNumericCp,
  isTitleCp,
  isUpperCp,
  strCapitalize,
  strCasefold,
  strIsIdentifier,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
} from "./unicode-case.js";
import { isAlnumCp, isAlphaCp, isDecimalCp } from "./unicode-props.js";

/** The code points of a JS string, one by one. */
function* codePointIter(s: string): Generator<number> {
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    yield cp;
    i += cp > 0xffff ? 2 : 1;
  }
}

/** self in a str method that takes boxed strs too. */
function pyStrSelf(self: PyValue, name: string): PyStr {
  return self instanceof PySurrogateStr ? self : sv(self, name);
}

/** The str value of self in a str method. */
function sv(self: PyValue, name = "method"): string {
  const s = strValue(self);
  if (s === undefined)
    throw typeError(`descriptor '${name}' requires a 'str' object but received a '${typeName(self)}'`);
  return s;
}

/**
 * A str argument checked with the message its method uses: a text ending in "not" gets the
 * argument's type name (None as "None"); any other text is used as it is.
 */
function strArg(v: PyValue, message: string, noneAsNone = false): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (!message.endsWith(" not")) throw typeError(message);
  throw typeError(`${message} ${noneAsNone && v === None ? "None" : typeName(v)}`);
}

function argStr(v: PyValue, fn: string, n: number): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`${fn}() argument ${n} must be str, not ${typeName(v)}`);
  return s;
}

/** Python's whitespace (str.isspace). */
const WS = new Set([
  0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
  0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);
const LINE_BREAKS = new Set([0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);

export function isSpaceChar(c: string): boolean {
  return WS.has(c.codePointAt(0)!);
}

/**
 * Is the UTF-16 unit u one of Python's whitespace characters? All of them are BMP characters
 * outside the surrogate range, so a scan by units finds exactly the code points str.isspace
 * finds, and cutting a string at them never separates the halves of a pair.
 */
function isSpaceUnit(u: number): boolean {
  if (u < 0x80) return u === 0x20 || (u >= 0x9 && u <= 0xd) || (u >= 0x1c && u <= 0x1f);
  return WS.has(u);
}

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  if (chars === null) {
    if (left) while (a < b && isSpaceUnit(s.charCodeAt(a))) a++;
    if (right) while (b > a && isSpaceUnit(s.charCodeAt(b - 1))) b--;
    return a === 0 && b === s.length ? s : s.slice(a, b);
  }
  if (!hasSurrogates(chars) && !hasSurrogates(s)) {
    if (left) while (a < b && chars.indexOf(s[a]!) >= 0) a++;
    if (right) while (b > a && chars.indexOf(s[b - 1]!) >= 0) b--;
    return a === 0 && b === s.length ? s : s.slice(a, b);
  }
  // Whole code points: a lone surrogate in s is not half of a pair in chars.
  const set = new Set(codePoints(chars));
  const cps = codePoints(s);
  b = cps.length;
  if (left) while (a < b && set.has(cps[a]!)) a++;
  if (right) while (b > a && set.has(cps[b - 1]!)) b--;
  return cps.slice(a, b).join("");
}

/** str.split with no separator: runs of whitespace (scanned by units, see isSpaceUnit). */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      // The rest, trailing whitespace included (split_whitespace in stringlib/split.h).
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceUnit(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceUnit(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpaceUnit(s.charCodeAt(j - 1))) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep === "") throw valueError("empty separator");
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let start = 0;
  while (out.length < maxsplit) {
    const j = s.indexOf(sep, start);
    if (j < 0) break;
    out.push(s.slice(start, j));
    start = j + sep.length;
  }
  out.push(s.slice(start));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep === "") throw valueError("empty separator");
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0 || end - sep.length < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** str.splitlines; line breaks are BMP non-surrogates, so the scan is by units (as isSpaceUnit). */
function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80 ? (c >= 0xa && c <= 0xd) || (c >= 0x1c && c <= 0x1e) : LINE_BREAKS.has(c)) {
      let end = i + 1;
      if (c === 0xd && s.charCodeAt(i + 1) === 0xa) end++;
      out.push(s.slice(start, keepends ? end : i));
      start = end;
      i = end;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

/** Resolves optional start/end arguments (slice semantics) to UTF-16 bounds. */
function* bounds(
  t: Thread,
  s: string,
  startV: PyValue | undefined,
  endV: PyValue | undefined,
): Gen<[number, number]> {
  const fast = boundsFast(s, startV, endV);
  if (fast !== undefined) return fast;
  const n = strLen(s);
  const r = yield* sliceIndices(t, new PySlice(startV ?? None, endV ?? None, None), n);
  const start = r.start;
  const end = r.stop;
  // Explicit out-of-range starts make find() fail rather than clamp past the end.
  if (startV !== undefined && startV !== None) {
    const sv0 = intValue(startV);
    if (sv0 !== undefined && sv0 > n) return [-1, -1];
  }
  // end < start: nothing matches, not even an empty string (end - start < len(sub)).
  if (end < start) return [-1, -1];
  return [unitIndex(s, start), unitIndex(s, end)];
}

function* findImpl(t: Thread, self: PyValue, args: PyValue[], name: string, reverse: boolean): Gen<number> {
  const s = sv(self, name);
  if (args.length < 1) throw typeError(`${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) throw typeError(`${name}() takes at most 3 arguments (${args.length} given)`);
  const sub = strValue(args[0]!);
  if (sub === undefined) throw typeError(`must be str, not ${typeName(args[0]!)}`);
  const [a, b] = yield* bounds(t, s, args[1], args[2]);
  if (a < 0) return -1;
  const region = s.slice(a, b);
  const j = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
  if (j < 0) return -1;
  return cpIndex(s, a + j);
}

/** find/rfind (index/rindex) of an exact str in an exact str with int or None bounds; undefined otherwise. */
function findFast(self: PyValue, args: PyValue[], kw: Kw, reverse: boolean): number | undefined {
  if (typeof self !== "string" || kw !== null || args.length < 1 || args.length > 3) return undefined;
  const sub = args[0];
  if (typeof sub !== "string") return undefined;
  let j: number;
  let a = 0;
  if (args.length === 1) j = reverse ? self.lastIndexOf(sub) : self.indexOf(sub);
  else {
    const ab = boundsFast(self, args[1], args[2]);
    if (ab === undefined) return undefined;
    if (ab[0] < 0) return -1;
    a = ab[0];
    const region = self.slice(a, ab[1]);
    j = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
  }
  return j < 0 ? -1 : cpIndex(self, a + j);
}

/** startswith/endswith of an exact str by an exact str or a tuple of them; undefined otherwise. */
function startsEndsFast(self: PyValue, args: PyValue[], kw: Kw, starts: boolean): boolean | undefined {
  if (typeof self !== "string" || kw !== null || args.length < 1 || args.length > 3) return undefined;
  let s = self;
  if (args.length > 1) {
    const ab = boundsFast(self, args[1], args[2]);
    if (ab === undefined) return undefined;
    if (ab[0] < 0) return false;
    s = self.slice(ab[0], ab[1]);
  }
  const p = args[0]!;
  if (typeof p === "string") return starts ? s.startsWith(p) : s.endsWith(p);
  if (!(p instanceof PyTuple) || p.type !== tupleType) return undefined;
  const items = p.items;
  for (let i = 0; i < items.length; i++) if (typeof items[i] !== "string") return undefined;
  for (let i = 0; i < items.length; i++) {
    const x = items[i] as string;
    if (starts ? s.startsWith(x) : s.endsWith(x)) return true;
  }
  return false;
}

/** center/ljust/rjust with an int width and an optional one-character str fill; undefined otherwise. */
function padFast(self: PyValue, args: PyValue[], kw: Kw, mode: "l" | "r" | "c"): string | undefined {
  if (typeof self !== "string" || kw !== null || args.length < 1 || args.length > 2) return undefined;
  const width = args[0];
  if (typeof width !== "number") return undefined;
  const f = args.length === 2 ? args[1] : " ";
  if (typeof f !== "string" || f.length !== 1) return undefined;
  return pad(self, width, f, mode);
}

function count(s: string, sub: string): number {
  if (sub === "") return strLen(s) + 1;
  let n = 0;
  let i = 0;
  for (;;) {
    const j = s.indexOf(sub, i);
    if (j < 0) return n;
    n++;
    i = j + sub.length;
  }
}

function* startsEnds(
  t: Thread,
  self: PyValue,
  args: PyValue[],
  name: "startswith" | "endswith",
): Gen<PyValue> {
  const s = sv(self, name);
  if (args.length < 1) throw typeError(`${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) throw typeError(`${name}() takes at most 3 arguments (${args.length} given)`);
  const [a, b] = yield* bounds(t, s, args[1], args[2]);
  if (a < 0) return false;
  const region = s.slice(a, b);
  const prefixes = args[0] instanceof PyTuple ? args[0].items : [args[0]!];
  for (const p of prefixes) {
    const ps = strValue(p);
    if (ps === undefined) {
      if (args[0] instanceof PyTuple)
        throw typeError(`tuple for ${name} must only contain str, not ${typeName(p)}`);
      throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
    }
    if (name === "startswith" ? region.startsWith(ps) : region.endsWith(ps)) return true;
  }
  return false;
}

/** A METH_O method's argument check: "str.NAME() takes exactly one argument (N given)". */
function one(name: string, args: PyValue[], kw: Kw): PyValue {
  if (kw !== null && kw.length > 0) throw typeError(`str.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`str.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** A positional-only clinic signature's count check ("center expected at least 1 argument, got 0"). */
function positional(name: string, args: PyValue[], kw: Kw, min: number, max: number): void {
  if (kw !== null && kw.length > 0) throw typeError(`str.${name}() takes no keyword arguments`);
  const s = (n: number): string => (n === 1 ? "" : "s");
  if (args.length < min)
    throw typeError(`${name} expected at least ${min} argument${s(min)}, got ${args.length}`);
  if (args.length > max)
    throw typeError(`${name} expected at most ${max} argument${s(max)}, got ${args.length}`);
}

function* padMethod(
  t: Thread,
  self: PyValue,
  args: PyValue[],
  kw: Kw,
  name: string,
  mode: "l" | "r" | "c",
): Gen<PyValue> {
  positional(name, args, kw, 1, 2);
  const width = yield* ssizeArg(t, args[0]!);
  return pad(sv(self), width, fillChar(args[1]), mode);
}

/** A METH_FASTCALL method's check that it got no keywords ("find() takes no keyword arguments"). */
function noKwArgs(name: string, args: PyValue[], kw: Kw): PyValue[] {
  if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  return args;
}

/** A Py_ssize_t argument of Argument Clinic (`__index__` allowed; too large is OverflowError). */
function* ssizeArg(t: Thread, v: PyValue): Gen<number> {
  const n = yield* indexOf(t, v);
  if (typeof n === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  return n;
}

/** str.zfill: zeros after any sign. */
function zfill(s: string, width: number): string {
  const n = strLen(s);
  if (width <= n) return s;
  const zeros = "0".repeat(width - n);
  if (s[0] === "+" || s[0] === "-") return s[0] + zeros + s.slice(1);
  return zeros + s;
}

/** A Py_ssize_t count argument (maxsplit, replace's count): an int or an __index__ object. */
function maxsplitValue(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  return n;
}

function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return " ";
  const f = strValue(v);
  if (f === undefined) throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  if (strLen(f) !== 1) throw typeError("The fill character must be exactly one character long");
  return f;
}

function pad(s: string, width: number, fill: string, mode: "l" | "r" | "c"): string {
  const n = strLen(s);
  if (width <= n) return s;
  const total = width - n;
  if (mode === "l") return s + fill.repeat(total);
  if (mode === "r") return fill.repeat(total) + s;
  // center: CPython puts the extra char on the right when total and width are odd/even as pad().
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

function allChars(s: string, test: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!test(c)) return false;
  return true;
}

const cpOf = (c: string): number => c.codePointAt(0)!;

export const isIdentifier = strIsIdentifier;

function expandtabs(s: string, tabsize: number): string {
  let out = "";
  let col = 0;
  for (const c of s) {
    if (c === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

/** str.__getitem__ with an int or a slice. */
function* strGetItem(t: Thread, s: string, k: PyValue): Gen<PyValue> {
  if (k instanceof PySlice) {
    const n = strLen(s);
    const r = yield* sliceIndices(t, k, n);
    return strSlice(s, r.start, r.stop, r.step, r.length);
  }
  const iv = intValue(k);
  let i: number;
  if (iv === undefined) {
    if (typeOf(k).lookup("__index__") === null)
      throw typeError(`string indices must be integers, not '${typeName(k)}'`);
    i = yield* indexSize(t, k);
  } else {
    if (typeof iv === "bigint") throw indexError("cannot fit 'int' into an index-sized integer");
    i = iv;
  }
  const n = strLen(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("string index out of range");
  return n === s.length ? s[i]! : codePoints(s)[i]!;
}

function* join(t: Thread, sep: PyStr, iterable: PyValue): Gen<PyStr> {
  let items: PyValue[];
  // PySequence_Fast takes the items of an exact list or tuple only: a subclass may override __iter__.
  if (
    (iterable instanceof PyList && iterable.type === listType) ||
    (iterable instanceof PyTuple && iterable.type === tupleType)
  )
    items = iterable.items;
  else {
    let it: PyValue;
    try {
      it = yield* getIter(t, iterable);
    } catch (e) {
      if (typeOf(iterable).lookup("__iter__") === null && typeOf(iterable).lookup("__getitem__") === null) {
        throw typeError("can only join an iterable");
      }
      throw e;
    }
    const out: PyValue[] = [];
    const sink = (v: PyValue): boolean => {
      out.push(v);
      return true;
    };
    for (;;) {
      const v = yield* iterNextInto(t, it, sink);
      if (v === STOP) break;
      out.push(v);
    }
    items = out;
  }
  const parts: string[] = new Array<string>(items.length);
  // A boxed str, or a lone high surrogate meeting a lone low one across a boundary, needs the
  // builder (str-surrogate.ts); anything else is one JS join.
  let plain = typeof sep === "string";
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    const s = typeof v === "string" ? v : strValue(v);
    if (s === undefined) {
      if (v instanceof PySurrogateStr) {
        plain = false;
        continue;
      }
      throw typeError(`sequence item ${i}: expected str instance, ${typeName(v)} found`);
    }
    parts[i] = s;
    if (plain && i > 0) {
      const prev = parts[i - 1]!;
      if (sep === "" ? joinsLone(prev, s) : joinsLone(prev, sep as string) || joinsLone(sep as string, s))
        plain = false;
    }
  }
  if (plain) return parts.join(sep as string);
  const b = new StrBuilder();
  for (let i = 0; i < items.length; i++) {
    if (i > 0) b.add(sep);
    const v = items[i]!;
    b.add(v instanceof PySurrogateStr ? v : parts[i]!);
  }
  return b.result();
}

/** unicode_repeat, with the count as repeatCount gives it. */
function repeat(s: string, k: number): PyValue {
  if (k <= 0 || s.length === 0) return "";
  if (s.length * k > 2 ** 30) throw overflowError("repeated string is too long");
  return s.repeat(k);
}

function makeStr(cls: PyType, s: PyStr): PyValue {
  if (cls === strType) return s;
  // A str subclass instance holds a JS string (PyStrSubclass).
  if (s instanceof PySurrogateStr) throw boxedTextError(s);
  return new PyStrSubclass(cls, s);
}

function* strNew(t: Thread, _self: PyValue, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  const cls = args[0] as PyType;
  const [obj, encoding, errors] = parseArgs(
    "str",
    args.slice(1),
    kwnames,
    ["object", "encoding", "errors"],
    0,
  );
  if (obj === undefined) return makeStr(cls, "");
  if (encoding === undefined && errors === undefined) {
    return makeStr(cls, yield* strOrBoxed(t, obj));
  }
  const enc = encoding === undefined ? "utf-8" : strValue(encoding);
  if (enc === undefined) throw typeError(`str() argument 'encoding' must be str, not ${typeName(encoding!)}`);
  const err = errors === undefined ? "strict" : strValue(errors);
  if (err === undefined) throw typeError(`str() argument 'errors' must be str, not ${typeName(errors!)}`);
  if (obj instanceof PyBytes || obj instanceof PyByteArray)
    return makeStr(cls, decodeBytes(obj.bytes, enc, err));
  if (isExactStr(obj)) throw typeError("decoding str is not supported");
  throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
}

function maketrans(_t: Thread, _self: PyValue, args: PyValue[], kw: Kw): PyValue {
  positional("maketrans", args, kw, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const m = args[0];
    if (!(m instanceof PyDict))
      throw typeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of m.entries()) {
      const ks = k instanceof PySurrogateStr ? "??" : strValue(k);
      if (ks !== undefined) {
        if (strLen(ks) !== 1) throw valueError("string keys in translate table must be of length 1");
        d.setFast(ks.codePointAt(0)!, ks.codePointAt(0)!, v);
      } else {
        const ki = intValue(k);
        if (ki === undefined) throw typeError("keys in translate table must be strings or integers");
        d.setFast(ki, ki, v);
      }
    }
    return d;
  }
  // Clinic checks the second and third arguments; the first is checked by the implementation.
  // Code points, so that boxed strs (str-surrogate.ts) are read as CPython reads them.
  const cpsArg = (v: PyValue, n: number): number[] =>
    codePointsOf(v instanceof PySurrogateStr ? v : argStr(v, "maketrans", n));
  const y = cpsArg(args[1]!, 2);
  const z = args[2] === undefined ? [] : cpsArg(args[2], 3);
  const xs = args[0] instanceof PySurrogateStr ? args[0] : strValue(args[0]!);
  if (xs === undefined)
    throw typeError("first maketrans argument must be a string if there is a second argument");
  const x = codePointsOf(xs);
  if (x.length !== y.length) throw valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < x.length; i++) d.setFast(x[i]!, x[i]!, y[i]!);
  for (const k of z) d.setFast(k, k, None);
  return d;
}

function* translate(t: Thread, self: PyStr, table: PyValue): Gen<PyStr> {
  // An exact dict with plain keys is read directly: a missing character is kept without the
  // KeyError that the general path raises and catches for it.
  const direct = table instanceof PyDict && table.type === dictType && table.allFast ? table : null;
  // Characters are appended through the builder: a mapping can put a lone high surrogate next
  // to a lone low one (str-surrogate.ts).
  const out = new StrBuilder();
  const cps: Iterable<number> = typeof self === "string" ? codePointIter(self) : self.cps;
  for (const cp of cps) {
    let v: PyValue;
    if (direct !== null && direct.allFast) {
      const hit = direct.getFast(cp);
      if (hit === undefined) {
        out.addCodePoint(cp);
        continue;
      }
      v = hit;
    } else
      try {
        v = yield* getItem(t, table, cp);
      } catch (e) {
        if (e instanceof Object && (e as { type?: PyType }).type?.isSubtype(E.LookupError)) {
          out.addCodePoint(cp);
          continue;
        }
        throw e;
      }
    if (v === None) continue;
    const sv2 = v instanceof PySurrogateStr ? v : strValue(v);
    if (sv2 !== undefined) out.add(sv2);
    else {
      const iv = intValue(v);
      if (iv === undefined) throw typeError("character mapping must return integer, None or str");
      if (iv < 0 || iv > 0x10ffff) throw valueError("character mapping must be in range(0x110000)");
      out.addCodePoint(Number(iv));
    }
  }
  return out.result();
}

export function initStrType(): void {
  strType.alloc = (t) => new PyStrSubclass(t, "");
  defineStatic(strType, { __new__: { gen: strNew }, maketrans: maketrans });
  // str(x) of an int, float, bool, None or str needs no method call.
  strType.callFast = (_t, _cls, args, kw) =>
    kw === null && args.length === 1 ? strFast(args[0]!) : undefined;
  const m: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __repr__: (_t, self) => strRepr(sv(self)),
    __str__: (_t, self) => (self instanceof PySurrogateStr ? self : sv(self)),
    __hash__: (_t, self) => strHash(sv(self)),
    __len__: (_t, self) => strLen(sv(self)),
    __iter__: (_t, self) => new PyStrIter(sv(self)),
    __getitem__: { gen: (t, self, args) => strGetItem(t, sv(self), args[0]!) },
    __contains__: (_t, self, args) => {
      const x = strValue(args[0]!);
      if (x === undefined)
        throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[0]!)}`);
      return sv(self).includes(x);
    },
    // Sequence slots (see ops/sequence-slots.ts): these raise, the operators try others first.
    __add__: (_t, self, args) => {
      const o = strValue(args[0]!);
      if (o === undefined) throw typeError(`can only concatenate str (not "${typeName(args[0]!)}") to str`);
      return sv(self) + o;
    },
    __mul__: {
      gen: function* (t, self, args) {
        return repeat(sv(self), yield* repeatCount(t, args[0]!));
      },
    },
    __rmul__: {
      gen: function* (t, self, args) {
        return repeat(sv(self), yield* repeatCount(t, args[0]!));
      },
    },
    __mod__: { gen: (t, self, args) => percentFormat(t, sv(self), args[0]!) },
    __rmod__: () => NotImplemented,
    __format__: {
      gen: function* (t, self, args) {
        const spec = strValue(args[0] ?? "");
        if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(args[0]!)}`);
        // An empty spec means str(self), which a subclass may override (format_obj in
        // Python/formatter_unicode.c).
        if (spec === "" && !isExactStr(self)) return yield* strOrBoxed(t, self);
        return carry(() => formatStr(sv(self), spec, typeName(self)));
      },
    },
    __getnewargs__: (_t, self) => new PyTuple([self instanceof PySurrogateStr ? self : sv(self)]),
    __sizeof__: (_t, self) => 49 + strLen(sv(self)),
    join: {
      fast: (_t, self, args, kw) =>
        typeof self === "string" && kw === null && args.length === 1 ? joinFast(self, args[0]!) : undefined,
      gen: (t, self, args, kw) => join(t, pyStrSelf(self, "join"), one("join", args, kw)),
    },
    split: (_t, self, args, kw) => {
      const [sep, maxsplit] = parseArgs("split", args, kw, ["sep", "maxsplit"], 0);
      const ms = maxsplit === undefined ? -1 : maxsplitValue(maxsplit);
      const s = sv(self, "split");
      if (sep === undefined || sep === None) return new PyList(splitWhitespace(s, ms));
      return new PyList(splitSep(s, strArg(sep, "must be str or None, not"), ms));
    },
    rsplit: (_t, self, args, kw) => {
      const [sep, maxsplit] = parseArgs("rsplit", args, kw, ["sep", "maxsplit"], 0);
      const ms = maxsplit === undefined ? -1 : maxsplitValue(maxsplit);
      const s = sv(self, "rsplit");
      if (sep === undefined || sep === None) return new PyList(rsplitWhitespace(s, ms));
      return new PyList(rsplitSep(s, strArg(sep, "must be str or None, not"), ms));
    },
    splitlines: (_t, self, args, kw) => {
      const [keep] = parseArgs("splitlines", args, kw, ["keepends"], 0);
      // keepends is an int flag (clinic's bool(accept={int})).
      return new PyList(splitlines(sv(self), keep !== undefined && maxsplitValue(keep) !== 0));
    },
    strip: (_t, self, args) =>
      stripChars(
        sv(self),
        args[0] === undefined || args[0] === None ? null : strArg(args[0], "strip arg must be None or str"),
        true,
        true,
      ),
    lstrip: (_t, self, args) =>
      stripChars(
        sv(self),
        args[0] === undefined || args[0] === None ? null : strArg(args[0], "lstrip arg must be None or str"),
        true,
        false,
      ),
    rstrip: (_t, self, args) =>
      stripChars(
        sv(self),
        args[0] === undefined || args[0] === None ? null : strArg(args[0], "rstrip arg must be None or str"),
        false,
        true,
      ),
    replace: (_t, self, args, kw) => {
      positional("replace", args, kw, 2, 3);
      const s = sv(self, "replace");
      const old = argStr(args[0]!, "replace", 1);
      const nw = argStr(args[1]!, "replace", 2);
      const c = args[2] === undefined ? -1 : maxsplitValue(args[2]);
      if (c < 0) {
        if (old === "") return codePoints(s).reduce((acc, ch) => acc + ch + nw, nw);
        return s.split(old).join(nw);
      }
      let out = "";
      let rest = s;
      for (let i = 0; i < c; i++) {
        if (old === "") {
          out += nw;
          if (rest === "") {
            rest = "";
            break;
          }
          const first = codePoints(rest)[0]!;
          out += first;
          rest = rest.slice(first.length);
          continue;
        }
        const j = rest.indexOf(old);
        if (j < 0) break;
        out += rest.slice(0, j) + nw;
        rest = rest.slice(j + old.length);
      }
      return out + rest;
    },
    find: {
      fast: (_t, self, args, kw) => findFast(self, args, kw, false),
      gen: (t, self, args, kw) => findImpl(t, self, noKwArgs("find", args, kw), "find", false),
    },
    rfind: {
      fast: (_t, self, args, kw) => findFast(self, args, kw, true),
      gen: (t, self, args, kw) => findImpl(t, self, noKwArgs("rfind", args, kw), "rfind", true),
    },
    index: {
      fast: (_t, self, args, kw) => {
        const r = findFast(self, args, kw, false);
        return r === -1 ? fastRaise(valueError("substring not found")) : r;
      },
      gen: function* (t, self, args, kw) {
        const r = yield* findImpl(t, self, noKwArgs("index", args, kw), "index", false);
        if (r < 0) throw valueError("substring not found");
        return r;
      },
    },
    rindex: {
      fast: (_t, self, args, kw) => {
        const r = findFast(self, args, kw, true);
        return r === -1 ? fastRaise(valueError("substring not found")) : r;
      },
      gen: function* (t, self, args, kw) {
        const r = yield* findImpl(t, self, noKwArgs("rindex", args, kw), "rindex", true);
        if (r < 0) throw valueError("substring not found");
        return r;
      },
    },
    count: {
      fast: (_t, self, args, kw) => {
        if (typeof self !== "string" || kw !== null || args.length < 1 || args.length > 3) return undefined;
        const sub = args[0];
        if (typeof sub !== "string") return undefined;
        if (args.length === 1) return count(self, sub);
        const ab = boundsFast(self, args[1], args[2]);
        if (ab === undefined) return undefined;
        return ab[0] < 0 ? 0 : count(self.slice(ab[0], ab[1]), sub);
      },
      gen: function* (t, self, args, kw) {
        noKwArgs("count", args, kw);
        if (args.length < 1) throw typeError(`count() takes at least 1 argument (0 given)`);
        if (args.length > 3) throw typeError(`count() takes at most 3 arguments (${args.length} given)`);
        const s = sv(self, "count");
        const sub = strValue(args[0]!);
        if (sub === undefined) throw typeError(`must be str, not ${typeName(args[0]!)}`);
        const [a, b] = yield* bounds(t, s, args[1], args[2]);
        if (a < 0) return 0;
        return count(s.slice(a, b), sub);
      },
    },
    startswith: {
      fast: (_t, self, args, kw) => startsEndsFast(self, args, kw, true),
      gen: (t, self, args, kw) => startsEnds(t, self, noKwArgs("startswith", args, kw), "startswith"),
    },
    endswith: {
      fast: (_t, self, args, kw) => startsEndsFast(self, args, kw, false),
      gen: (t, self, args, kw) => startsEnds(t, self, noKwArgs("endswith", args, kw), "endswith"),
    },
    upper: (_t, self, args, kw) => (noArgs("str.upper", args, kw), strUpper(sv(self))),
    lower: (_t, self, args, kw) => (noArgs("str.lower", args, kw), strLower(sv(self))),
    casefold: (_t, self) => strCasefold(sv(self)),
    capitalize: (_t, self) => strCapitalize(sv(self)),
    title: (_t, self) => strTitle(sv(self)),
    swapcase: (_t, self) => strSwapcase(sv(self)),
    isdigit: (_t, self) => allChars(sv(self), (c) => isDigitCp(cpOf(c))),
    isdecimal: (_t, self) => allChars(sv(self), (c) => isDecimalCp(cpOf(c))),
    isnumeric: (_t, self) => allChars(sv(self), (c) => isNumericCp(cpOf(c))),
    isalpha: (_t, self) => allChars(sv(self), (c) => isAlphaCp(cpOf(c))),
    isalnum: (_t, self) => allChars(sv(self), (c) => isAlnumCp(cpOf(c))),
    isspace: (_t, self) => allChars(sv(self), isSpaceChar),
    isascii: (_t, self) => [...sv(self)].every((c) => c.codePointAt(0)! < 128),
    isidentifier: (_t, self) => isIdentifier(sv(self)),
    isprintable: (_t, self) => [...sv(self)].every((c) => isPrintableCodePoint(c.codePointAt(0)!)),
    isupper: (_t, self) => {
      let cased = false;
      for (const c of sv(self)) {
        const cp = cpOf(c);
        if (isLowerCp(cp) || isTitleCp(cp)) return false;
        if (isUpperCp(cp)) cased = true;
      }
      return cased;
    },
    islower: (_t, self) => {
      let cased = false;
      for (const c of sv(self)) {
        const cp = cpOf(c);
        if (isUpperCp(cp) || isTitleCp(cp)) return false;
        if (isLowerCp(cp)) cased = true;
      }
      return cased;
    },
    istitle: (_t, self) => {
      let cased = false;
      let prevCased = false;
      for (const c of sv(self)) {
        const cp = cpOf(c);
        if (isUpperCp(cp) || isTitleCp(cp)) {
          if (prevCased) return false;
          prevCased = true;
          cased = true;
        } else if (isLowerCp(cp)) {
          if (!prevCased) return false;
          prevCased = true;
          cased = true;
        } else prevCased = false;
      }
      return cased;
    },
    center: {
      fast: (_t, self, args, kw) => padFast(self, args, kw, "c"),
      gen: (t, self, args, kw) => padMethod(t, self, args, kw, "center", "c"),
    },
    ljust: {
      fast: (_t, self, args, kw) => padFast(self, args, kw, "l"),
      gen: (t, self, args, kw) => padMethod(t, self, args, kw, "ljust", "l"),
    },
    rjust: {
      fast: (_t, self, args, kw) => padFast(self, args, kw, "r"),
      gen: (t, self, args, kw) => padMethod(t, self, args, kw, "rjust", "r"),
    },
    zfill: {
      fast: (_t, self, args, kw) =>
        typeof self === "string" && kw === null && args.length === 1 && typeof args[0] === "number"
          ? zfill(self, args[0])
          : undefined,
      gen: function* (t, self, args, kw) {
        const width = yield* ssizeArg(t, one("zfill", args, kw));
        return zfill(sv(self), width);
      },
    },
    partition: (_t, self, args, kw) => {
      const s = sv(self);
      const sep = strArg(one("partition", args, kw), "must be str, not");
      if (sep === "") throw valueError("empty separator");
      const j = s.indexOf(sep);
      if (j < 0) return new PyTuple([s, "", ""]);
      return new PyTuple([s.slice(0, j), sep, s.slice(j + sep.length)]);
    },
    rpartition: (_t, self, args, kw) => {
      const s = sv(self);
      const sep = strArg(one("rpartition", args, kw), "must be str, not");
      if (sep === "") throw valueError("empty separator");
      const j = s.lastIndexOf(sep);
      if (j < 0) return new PyTuple(["", "", s]);
      return new PyTuple([s.slice(0, j), sep, s.slice(j + sep.length)]);
    },
    removeprefix: (_t, self, args, kw) => {
      const s = sv(self);
      const p = strArg(one("removeprefix", args, kw), "removeprefix() argument must be str, not", true);
      return p !== "" && s.startsWith(p) ? s.slice(p.length) : s;
    },
    removesuffix: (_t, self, args, kw) => {
      const s = sv(self);
      const p = strArg(one("removesuffix", args, kw), "removesuffix() argument must be str, not", true);
      return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
    expandtabs: (_t, self, args, kw) => {
      const [ts] = parseArgs("expandtabs", args, kw, ["tabsize"], 0);
      const size = ts === undefined ? 8 : maxsplitValue(ts);
      // tabsize is a C int (the "i" converter of str.expandtabs).
      if (size > 2147483647 || size < -2147483648)
        throw overflowError("Python int too large to convert to C int");
      return expandtabs(sv(self), size);
    },
    format: {
      fast: (_t, self, args, kw) =>
        typeof self === "string" && kw === null ? formatFast(self, args) : undefined,
      gen: function* (t, self, args, kwnames) {
        const nkw = kwnames?.length ?? 0;
        let kwargs: PyDict | null = null;
        if (nkw) {
          kwargs = new PyDict();
          for (let i = 0; i < nkw; i++) kwargs.setStr(kwnames![i]!, args[args.length - nkw + i]!);
        }
        return yield* strFormat(t, sv(self), args.slice(0, args.length - nkw), kwargs);
      },
    },
    format_map: {
      gen: function* (t, self, args, kw) {
        return yield* strFormatMap(t, sv(self), one("format_map", args, kw));
      },
    },
    encode: {
      gen: function* (t, self, args, kw) {
        const [encoding, errors] = parseArgs("encode", args, kw, ["encoding", "errors"], 0);
        const named = (v: PyValue, name: string): string => {
          const r = strValue(v);
          if (r === undefined)
            throw typeError(
              `encode() argument '${name}' must be str, not ${v === None ? "None" : typeName(v)}`,
            );
          return r;
        };
        const enc = encoding === undefined ? "utf-8" : named(encoding, "encoding");
        const err = errors === undefined ? "strict" : named(errors, "errors");
        const handler = registeredErrorHandler(err);
        const s = pyStrSelf(self, "encode");
        if (handler !== undefined) return new PyBytes(yield* encodeWithHandler(t, s, enc, handler));
        return new PyBytes(encodeStr(s, enc, err));
      },
    },
    translate: {
      fast: (_t, self, args, kw) =>
        typeof self === "string" && kw === null && args.length === 1
          ? translateFast(self, args[0]!)
          : undefined,
      gen: (t, self, args, kw) => translate(t, pyStrSelf(self, "translate"), one("translate", args, kw)),
    },
  };
  const cmp = (op: number) => (_t: Thread, self: PyValue, args: PyValue[]) => {
    const a = strValue(self);
    const b = strValue(args[0]!);
    if (a === undefined || b === undefined) return NotImplemented;
    const c = strCompare(a, b);
    return op === LT
      ? c < 0
      : op === LE
        ? c <= 0
        : op === EQ
          ? c === 0
          : op === NE
            ? c !== 0
            : op === GT
              ? c > 0
              : c >= 0;
  };
  [LT, LE, EQ, NE, GT, GE].forEach((op) => (m[CMP_DUNDER[op]!] = cmp(op)));
  adaptStrMethods(m);
  defineMethods(strType, m);
  markSequenceSlots(strType, ["__add__", "__mul__", "__rmul__"]);
}
