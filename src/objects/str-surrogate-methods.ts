/**
 * How str's methods take strs a JS string cannot hold (str-surrogate.ts). The methods whose
 * results depend on code point values (repr, hash, ordering, len, iteration, +) read the code
 * points; every other method runs its ordinary implementation on the operands with their lone
 * surrogates replaced consistently (`Substitution`), and its str results are mapped back. The
 * methods that can bring a lone high surrogate next to a lone low one (replace, slicing with a
 * step, padding, repetition, %-formatting, format) do so whenever an operand holds a lone
 * surrogate, not only when one is boxed, so that their result gets its one representation.
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { NotImplemented } from "./core.js";
import { strValue } from "./helpers.js";
import { strIteratorType, SyncIterator } from "./iterators.js";
import type { Kw, MethodSpec, NativeFastFn } from "./native.js";
import { CMP_DUNDER, EQ, GE, GT, LE, LT, NE, cmpResult } from "./ops/compare.js";
import { bytesHash } from "./ops/hash.js";
import { reprCodePoints } from "./repr/str.js";
import { PySlice } from "./misc.js";
import type { PyStr } from "./str-surrogate.js";
import {
  PySurrogateStr,
  Substitution,
  codePointsOf,
  concatStr,
  hasLoneSurrogate,
  isExactStr,
  joinsLone,
} from "./str-surrogate.js";
import { STOP } from "./suspend.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";

/** str_iterator over a boxed str: one code point per item. */
export class PyCodePointIter extends SyncIterator {
  i = 0;
  constructor(readonly cps: readonly number[]) {
    super(strIteratorType);
  }
  next(): PyValue {
    if (this.i >= this.cps.length) return STOP;
    return String.fromCodePoint(this.cps[this.i++]!);
  }
  override lengthHint(): number {
    return this.cps.length - this.i;
  }
}

/** Compares code point sequences (unicode_compare). */
function compareCodePoints(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length < b.length ? -1 : a.length === b.length ? 0 : 1;
}

/** hash(s) of a boxed str: its PEP 393 storage (UCS-2 or UCS-4, little-endian) under SipHash. */
function hashCodePoints(cps: readonly number[]): number | bigint {
  let max = 0;
  for (const c of cps) if (c > max) max = c;
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const b = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    for (let k = 0; k < width; k++) b[i * width + k] = (c >>> (8 * k)) & 0xff;
  }
  return bytesHash(b);
}

/** Methods that can bring a lone high surrogate next to a lone low one in their result. */
const JOINING = new Set([
  "__getitem__",
  "__mul__",
  "__rmul__",
  "replace",
  "center",
  "ljust",
  "rjust",
  "zfill",
]);
/** Methods whose arguments are formatted, not searched: only the template is substituted. */
const TEMPLATE = new Set(["__mod__", "format", "format_map"]);
/** Methods implemented on code points below, or that handle every str themselves. */
const OWN = new Set(["join", "encode", "translate", "__str__", "__getnewargs__"]);

function argNeeds(a: PyValue): boolean {
  if (typeof a === "string") return hasLoneSurrogate(a);
  if (a instanceof PySurrogateStr) return true;
  if (a instanceof PyTuple) return a.items.some(argNeeds);
  return false;
}

/** The test of whether a method's operands need substituting (see the module comment). */
function needsFor(name: string): (self: PyValue, args: PyValue[]) => boolean {
  if (TEMPLATE.has(name))
    return (self) => self instanceof PySurrogateStr || (typeof self === "string" && hasLoneSurrogate(self));
  const joining = JOINING.has(name);
  const repeat = name === "__mul__" || name === "__rmul__";
  const item = name === "__getitem__";
  return (self, args) => {
    if (self instanceof PySurrogateStr) return true;
    for (let i = 0; i < args.length; i++) if (argNeeds(args[i]!)) return true;
    if (!joining || typeof self !== "string") return false;
    if (item && !(args[0] instanceof PySlice)) return false;
    if (repeat) return joinsLone(self, self);
    return hasLoneSurrogate(self);
  };
}

function substitution(name: string, self: PyValue, args: PyValue[]): Substitution {
  const strs: PyStr[] = [];
  if (isExactStr(self)) strs.push(self);
  if (!TEMPLATE.has(name))
    for (const a of args) {
      if (isExactStr(a)) strs.push(a);
      else if (a instanceof PyTuple) for (const x of a.items) if (isExactStr(x)) strs.push(x);
    }
  return new Substitution(strs);
}

function encodeSelf(sub: Substitution, self: PyValue): PyValue {
  return isExactStr(self) ? sub.encode(self) : self;
}

function encodeArgs(name: string, sub: Substitution, args: PyValue[]): PyValue[] {
  return TEMPLATE.has(name) ? args.slice() : args.map((a) => sub.encodeValue(a));
}

/** A method of the table made to take boxed strs and lone surrogates by substitution. */
function substituting(name: string, spec: MethodSpec): MethodSpec {
  const needs = needsFor(name);
  if (typeof spec === "function" || !("gen" in spec)) {
    const fn = typeof spec === "function" ? spec : spec.fn;
    const wrapped = (t: Thread, self: PyValue, args: PyValue[], kw: Kw): PyValue => {
      if (!needs(self, args)) return fn(t, self, args, kw);
      const sub = substitution(name, self, args);
      return sub.decodeValue(fn(t, encodeSelf(sub, self), encodeArgs(name, sub, args), kw));
    };
    return typeof spec === "function" ? wrapped : { ...spec, fn: wrapped };
  }
  const gen = spec.gen;
  const fast = spec.fast;
  function* substituted(t: Thread, self: PyValue, args: PyValue[], kw: Kw): Gen<PyValue> {
    const sub = substitution(name, self, args);
    return sub.decodeValue(yield* gen(t, encodeSelf(sub, self), encodeArgs(name, sub, args), kw));
  }
  // The ordinary case hands back the method's own generator: no generator of its own around it.
  const out: { gen: typeof gen; fast?: NativeFastFn } = {
    gen: (t, self, args, kw) => (needs(self, args) ? substituted(t, self, args, kw) : gen(t, self, args, kw)),
  };
  if (fast !== undefined)
    out.fast = (t, self, args, kw) => (needs(self, args) ? undefined : fast(t, self, args, kw));
  return out;
}

/** Wraps a plain method so a boxed self is answered by `own` instead. */
function boxedSelf(spec: MethodSpec, own: (self: PySurrogateStr, args: PyValue[]) => PyValue): MethodSpec {
  const fn = typeof spec === "function" ? spec : "gen" in spec ? null : spec.fn;
  if (fn === null) throw new Error("boxedSelf: a plain method is expected");
  return (t, self, args, kw) => (self instanceof PySurrogateStr ? own(self, args) : fn(t, self, args, kw));
}

/** Adapts str's method table (before it is registered) to boxed strs. */
export function adaptStrMethods(m: Record<string, MethodSpec>): void {
  for (const name of Object.keys(m)) {
    if (OWN.has(name) || name in CODE_POINT_METHODS) continue;
    m[name] = substituting(name, m[name]!);
  }
  for (const [name, own] of Object.entries(CODE_POINT_METHODS)) {
    const spec = m[name];
    if (spec !== undefined) m[name] = boxedSelf(spec, own);
  }
  const add = m["__add__"]!;
  m["__add__"] = (t, self, args, kw) => {
    const o = args[0];
    if (isExactStr(self) && o !== undefined && isExactStr(o)) {
      if (typeof self !== "string" || typeof o !== "string" || joinsLone(self, o)) return concatStr(self, o);
    }
    return (add as (t: Thread, self: PyValue, args: PyValue[], kw: Kw) => PyValue)(t, self, args, kw);
  };
  for (const op of [LT, LE, EQ, NE, GT, GE]) {
    const dunder = CMP_DUNDER[op]!;
    const plain = m[dunder] as (t: Thread, self: PyValue, args: PyValue[], kw: Kw) => PyValue;
    m[dunder] = (t, self, args, kw) => {
      const o = args[0]!;
      if (!(self instanceof PySurrogateStr) && !(o instanceof PySurrogateStr))
        return plain(t, self, args, kw);
      const a = cpsOfStr(self);
      const b = cpsOfStr(o);
      if (a === undefined || b === undefined) return NotImplemented;
      return cmpResult(compareCodePoints(a, b), op);
    };
  }
}

/** The code points of a str or str subclass instance, or undefined for anything else. */
function cpsOfStr(v: PyValue): readonly number[] | undefined {
  if (v instanceof PySurrogateStr) return v.cps;
  const s = strValue(v);
  return s === undefined ? undefined : codePointsOf(s);
}

/** The methods answered from a boxed self's code points. */
const CODE_POINT_METHODS: Record<string, (self: PySurrogateStr, args: PyValue[]) => PyValue> = {
  __repr__: (self) => reprCodePoints(self.cps),
  __hash__: (self) => hashCodePoints(self.cps),
  __len__: (self) => self.cps.length,
  __iter__: (self) => new PyCodePointIter(self.cps),
};
