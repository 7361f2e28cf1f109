/**
 * re.Pattern and re.Match as native types (CPython's are _sre's PatternObject and MatchObject):
 * matching, group access and spans without a Python frame. The Python half (lib/re) adds the
 * methods that need Python-level code (templates, repr with RegexFlag, sub/subn, equality) with
 * `_re.extend`. Group lookups follow match_getindex in Modules/_sre/sre.c: an int (or an object
 * with __index__) is a group number, anything else is looked up in the group index; a miss is
 * IndexError("no such group").
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "../objects/core.js";
import { None, PyObject, PyType, typeOf } from "../objects/core.js";
import { E, newException, typeError } from "../objects/exceptions.js";
import { genericAlias } from "../objects/generic-alias.js";
import { intValue, noKw, oneArg, parseArgs, strValue, unpackArgs } from "../objects/helpers.js";
import { SyncIterator, callableIteratorType } from "../objects/iterators.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import { PyByteArray, PyBytes } from "../objects/misc.js";
import type { Kw, MethodSpec } from "../objects/native.js";
import { defineClassMethods, defineGetSets, defineMethods, defineStatic } from "../objects/native.js";
import { call } from "../objects/ops/call.js";
import { indexOf } from "../objects/ops/convert.js";
import { hash } from "../objects/ops/hash.js";
import { bytesRepr, strRepr } from "../objects/repr/str.js";
import { unitIndex } from "../objects/str.js";
import type { Gen } from "../objects/suspend.js";
import { STOP } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyPattern } from "./re-engine.js";
import {
  PyMatch,
  engineArg,
  execMatch,
  findallList,
  matchType,
  num,
  patternType,
  scanMatches,
  splitList,
} from "./re-engine.js";

/** sys.maxsize, Pattern methods' default endpos. */
const MAXSIZE = 2n ** 63n - 1n;

function noSuchGroup() {
  return newException(E.IndexError, "no such group");
}

function asMatch(v: PyValue): PyMatch {
  if (v instanceof PyMatch) return v;
  throw typeError("descriptor requires a 're.Match' object");
}

function asPattern(v: PyValue): PyPattern {
  return engineArg(v);
}

/** A group number in range, or the IndexError. */
function checked(m: PyMatch, n: number | bigint): number {
  if (n >= 0 && n <= m.pattern.groups) return Number(n);
  throw noSuchGroup();
}

/** The group number of `g` when no Python code is needed to find it; undefined otherwise. */
function indexFast(m: PyMatch, g: PyValue): number | undefined {
  const iv = intValue(g);
  if (iv !== undefined) return checked(m, iv);
  const s = strValue(g);
  if (s !== undefined && (typeof g === "string" || typeOf(g).lookup("__hash__") === strHashSlot())) {
    const n = m.pattern.nameMap.get(s);
    if (n === undefined) throw noSuchGroup();
    return n;
  }
  if (g instanceof PyBytes) throw noSuchGroup();
  return undefined;
}

let strHash: PyValue | null | undefined;
function strHashSlot(): PyValue | null {
  if (strHash === undefined) strHash = typeOf("").lookup("__hash__");
  return strHash;
}

/** match_getindex for the remaining cases: __index__, or a (failing) group index lookup. */
function* indexGen(t: Thread, m: PyMatch, g: PyValue): Gen<number> {
  const fast = indexFast(m, g);
  if (fast !== undefined) return fast;
  const idx = typeOf(g).lookup("__index__");
  if (idx !== null && idx !== None) return checked(m, yield* indexOf(t, g));
  // The group index holds only str keys: hashing is the one observable step (an unhashable
  // key is a TypeError, as PyDict_GetItemWithError reports it).
  yield* hash(t, g);
  const s = strValue(g);
  if (s !== undefined) {
    const n = m.pattern.nameMap.get(s);
    if (n !== undefined) return n;
  }
  throw noSuchGroup();
}

/** The text of group n (code point span), or `dflt` when the group did not participate. */
function groupText(m: PyMatch, n: number, dflt: PyValue): PyValue {
  const a = m.spans[2 * n]!;
  if (a < 0) return dflt;
  return slice(m, a, m.spans[2 * n + 1]!);
}

/** getslice in sre.c: a str for str subjects (subclasses too), bytes for any buffer. */
function slice(m: PyMatch, a: number, b: number): PyValue {
  const v = m.string;
  const s = typeof v === "string" ? v : strValue(v);
  if (s !== undefined) return m.wide ? s.slice(unitIndex(s, a), unitIndex(s, b)) : s.slice(a, b);
  const bytes = v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : new Uint8Array();
  return new PyBytes(bytes.slice(a, b));
}

function groupFast(m: PyMatch, args: PyValue[]): PyValue | undefined {
  if (args.length === 0) return groupText(m, 0, None);
  if (args.length === 1) {
    const n = indexFast(m, args[0]!);
    return n === undefined ? undefined : groupText(m, n, None);
  }
  const out: PyValue[] = [];
  for (const g of args) {
    const n = indexFast(m, g);
    if (n === undefined) return undefined;
    out.push(groupText(m, n, None));
  }
  return new PyTuple(out);
}

function* groupGen(t: Thread, m: PyMatch, args: PyValue[]): Gen<PyValue> {
  if (args.length === 1) return groupText(m, yield* indexGen(t, m, args[0]!), None);
  const out: PyValue[] = [];
  for (const g of args) out.push(groupText(m, yield* indexGen(t, m, g), None));
  return args.length === 0 ? groupText(m, 0, None) : new PyTuple(out);
}

/** The group argument of start/end/span (one optional positional). */
function spanGroup(name: string, args: PyValue[], kw: Kw): PyValue {
  unpackArgs(name, args, kw, 0, 1);
  return args.length === 0 ? 0 : args[0]!;
}

/** start/end/span: a fast path for plain group arguments and the general one. */
function spanMethod(name: string, result: (m: PyMatch, n: number) => PyValue): MethodSpec {
  return {
    fast: (_t, self, args, kw) => {
      const m = asMatch(self);
      const n = indexFast(m, spanGroup(name, args, kw));
      return n === undefined ? undefined : result(m, n);
    },
    gen: function* (t, self, args, kw) {
      const m = asMatch(self);
      return result(m, yield* indexGen(t, m, spanGroup(name, args, kw)));
    },
  };
}

/** lastindex: the group that closed last, the outermost on ties (sre sets it at each close). */
function lastIndex(m: PyMatch): number | null {
  const spans = m.spans;
  let best: number | null = null;
  let bestEnd = -1;
  for (let g = 1; 2 * g < spans.length; g++) {
    if (spans[2 * g]! >= 0 && spans[2 * g + 1]! > bestEnd) {
      best = g;
      bestEnd = spans[2 * g + 1]!;
    }
  }
  return best;
}

/** Match objects of finditer, given out one by one (CPython's is a callable_iterator too). */
class PyMatchIter extends SyncIterator {
  private i = 0;
  constructor(private readonly matches: PyMatch[]) {
    super(callableIteratorType);
  }
  next(): PyValue {
    return this.i < this.matches.length ? this.matches[this.i++]! : STOP;
  }
}

/** The (string, pos, endpos) arguments of match/search/fullmatch/finditer/findall. */
function subjectArgs(name: string, args: PyValue[], kw: Kw): [PyValue, PyValue, PyValue] {
  if (kw === null && args.length === 1) return [args[0]!, 0, MAXSIZE];
  const [s, pos, end] = parseArgs(name, args, kw, ["string", "pos", "endpos"], 1);
  return [s!, pos ?? 0, end ?? MAXSIZE];
}

function matcher(name: string, mode: number): MethodSpec {
  return (_t, self, args, kw) => {
    const [s, pos, end] = subjectArgs(name, args, kw);
    return execMatch(asPattern(self), s, pos, end, mode);
  };
}

function cannotCreate(name: string): MethodSpec {
  return () => {
    throw typeError(`cannot create '${name}' instances`);
  };
}

let installed = false;

/** Registers the native methods of re.Pattern and re.Match (once, when _re is first made). */
export function installReObjects(): void {
  if (installed) return;
  installed = true;
  defineStatic(patternType, { __new__: cannotCreate("re.Pattern") });
  defineStatic(matchType, { __new__: cannotCreate("re.Match") });
  const classGetItem = {
    __class_getitem__: (_t: Thread, cls: PyValue, args: PyValue[]) => genericAlias(cls as PyType, args[0]!),
  };
  defineClassMethods(patternType, classGetItem);
  defineClassMethods(matchType, classGetItem);

  defineMethods(patternType, {
    match: matcher("match", 1),
    fullmatch: matcher("fullmatch", 2),
    search: matcher("search", 0),
    finditer: (_t, self, args, kw) => {
      const [s, pos, end] = subjectArgs("finditer", args, kw);
      return new PyMatchIter(scanMatches(asPattern(self), s, pos, end, 0));
    },
    findall: (_t, self, args, kw) => {
      const [s, pos, end] = subjectArgs("findall", args, kw);
      return findallList(asPattern(self), s, pos, end);
    },
    split: (_t, self, args, kw) => {
      const [s, max] = parseArgs("split", args, kw, ["string", "maxsplit"], 1);
      const n = max === undefined ? 0 : intValue(max);
      if (n === undefined)
        throw typeError(`'${typeOf(max!).name}' object cannot be interpreted as an integer`);
      return splitList(asPattern(self), s!, Number(n));
    },
    __copy__: (_t, self) => self,
    __deepcopy__: (_t, self, args, kw) => {
      oneArg("__deepcopy__", args, kw);
      return self;
    },
  });
  defineGetSets(patternType, {
    pattern: { get: (_t, self) => asPattern(self).pattern },
    flags: { get: (_t, self) => asPattern(self).flags },
    groups: { get: (_t, self) => asPattern(self).groups },
    // A fresh dict each time: the pattern's own map cannot be changed through it.
    groupindex: {
      get: (_t, self) => {
        const copy = new PyDict();
        for (const [name, n] of asPattern(self).names) copy.setStr(name, n);
        return copy;
      },
    },
    _groupindex: { get: (_t, self) => asPattern(self).groupIndex() },
    _engine: { get: (_t, self) => asPattern(self) },
    _bytes: { get: (_t, self) => asPattern(self).bytes },
  });

  defineMethods(matchType, {
    group: {
      fast: (_t, self, args, kw) => {
        noKw("Match.group", kw);
        return groupFast(asMatch(self), args);
      },
      gen: function* (t, self, args, kw) {
        noKw("Match.group", kw);
        return yield* groupGen(t, asMatch(self), args);
      },
    },
    __getitem__: {
      fast: (_t, self, args) => {
        const m = asMatch(self);
        const n = indexFast(m, args[0]!);
        return n === undefined ? undefined : groupText(m, n, None);
      },
      gen: function* (t, self, args) {
        const m = asMatch(self);
        return groupText(m, yield* indexGen(t, m, args[0]!), None);
      },
    },
    groups: (_t, self, args, kw) => {
      const m = asMatch(self);
      const dflt = parseArgs("groups", args, kw, ["default"], 0)[0] ?? None;
      const out: PyValue[] = [];
      for (let g = 1; g <= m.pattern.groups; g++) out.push(groupText(m, g, dflt));
      return new PyTuple(out);
    },
    groupdict: (_t, self, args, kw) => {
      const m = asMatch(self);
      const dflt = parseArgs("groupdict", args, kw, ["default"], 0)[0] ?? None;
      const out = new PyDict();
      for (const [name, n] of m.pattern.names) out.setStr(name, groupText(m, n, dflt));
      return out;
    },
    start: spanMethod("start", (m, n) => m.spans[2 * n]!),
    end: spanMethod("end", (m, n) => m.spans[2 * n + 1]!),
    span: spanMethod("span", (m, n) => new PyTuple([m.spans[2 * n]!, m.spans[2 * n + 1]!])),
    __repr__: (_t, self) => {
      const m = asMatch(self);
      const text = groupText(m, 0, None);
      const shown = typeof text === "string" ? strRepr(text) : bytesRepr((text as PyBytes).bytes);
      return `<re.Match object; span=(${m.spans[0]}, ${m.spans[1]}), match=${shown}>`;
    },
    __copy__: (_t, self) => self,
    __deepcopy__: (_t, self, args, kw) => {
      oneArg("__deepcopy__", args, kw);
      return self;
    },
  });
  defineGetSets(matchType, {
    string: { get: (_t, self) => asMatch(self).string },
    re: { get: (_t, self) => asMatch(self).pattern },
    pos: { get: (_t, self) => asMatch(self).pos },
    endpos: { get: (_t, self) => asMatch(self).endpos },
    lastindex: { get: (_t, self) => lastIndex(asMatch(self)) ?? None },
    lastgroup: {
      get: (_t, self) => {
        const m = asMatch(self);
        const last = lastIndex(m);
        if (last === null) return None;
        for (const [name, n] of m.pattern.names) if (n === last) return name;
        return None;
      },
    },
    regs: {
      get: (_t, self) => {
        const spans = asMatch(self).spans;
        const out: PyValue[] = [];
        for (let i = 0; i < spans.length; i += 2) out.push(new PyTuple([spans[i]!, spans[i + 1]!]));
        return new PyTuple(out);
      },
    },
  });
}

/**
 * sub_call(pattern, fn, string, count) -> ([pieces], n): the loop of pattern_subx with a
 * callable: the text between matches and fn(match) for each match (None results left out),
 * for the caller to join (so a result of the wrong type fails with join's message).
 */
export function* subCall(t: Thread, _s: PyValue, args: PyValue[]): Gen<PyValue> {
  const engine = asPattern(args[0]!);
  const fn = args[1]!;
  const matches = scanMatches(engine, args[2]!, 0, MAXSIZE, num(args[3]!, "count"));
  const pieces: PyValue[] = [];
  let last = 0;
  for (const m of matches) {
    if (m.spans[0]! > last) pieces.push(slice(m, last, m.spans[0]!));
    const text = yield* call(t, fn, [m]);
    if (text !== None) pieces.push(text);
    last = m.spans[1]!;
  }
  if (matches.length === 0) pieces.push(args[2]!);
  else {
    const m = matches[matches.length - 1]!;
    const len = m.wide ? [...(strValue(m.string) ?? "")].length : subjectLength(m.string);
    pieces.push(slice(m, last, Math.max(len, last)));
  }
  return new PyTuple([new PyList(pieces), matches.length]);
}

function subjectLength(v: PyValue): number {
  const s = strValue(v);
  if (s !== undefined) return s.length;
  return v instanceof PyBytes || v instanceof PyByteArray ? v.bytes.length : 0;
}

/** Namespace entries of a Python class body that are not methods to copy. */
const CLASS_BOOKKEEPING = new Set([
  "__module__",
  "__qualname__",
  "__doc__",
  "__dict__",
  "__weakref__",
  "__slots__",
]);

/**
 * extend(type, cls) -> type: copies the methods and properties of the Python class `cls` into
 * re.Pattern or re.Match (the parts of their API written in Python). A built-in type is a leaf
 * to the census, so what it now holds is kept in the interpreter's module state (census
 * roots): the class they came from dies when its name is rebound.
 */
export function reExtend(t: Thread, _s: PyValue, args: PyValue[]): PyValue {
  const target = args[0] === patternType ? patternType : args[0] === matchType ? matchType : null;
  const source = args[1];
  if (target === null || !(source instanceof PyType))
    throw typeError("extend() needs re.Pattern or re.Match and a class");
  for (const [name, value] of source.ns) {
    if (CLASS_BOOKKEEPING.has(name)) continue;
    target.ns.set(name, value);
    if (value instanceof PyObject) t.interp.moduleState.push(value);
  }
  target.modified();
  return target;
}
