/** The iterator classes of builtins: enumerate, zip, map, filter, reversed (Python/bltinmodule.c). */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "../objects/core.js";
import { None, boolType, defineBuiltinType, dictType, typeOf } from "../objects/core.js";
import { E, PyBaseException, stopIteration, typeError, valueError } from "../objects/exceptions.js";
import { noKw, parseArgs, typeName } from "../objects/helpers.js";
import { GenIterator, SyncIterator } from "../objects/iterators.js";
import { defineMethods, defineStatic } from "../objects/native.js";
import { call, callMethod } from "../objects/ops/call.js";
import { intAdd } from "../objects/int.js";
import type { PyInt } from "../objects/int.js";
import { indexOf, isTrue, len } from "../objects/ops/convert.js";
import { getIter, iterNext } from "../objects/ops/iter.js";
import { getItem } from "../objects/ops/subscript.js";
import { STOP } from "../objects/suspend.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";

export const enumerateType = defineBuiltinType("enumerate");
export const zipType = defineBuiltinType("zip");
export const mapType = defineBuiltinType("map");
export const filterType = defineBuiltinType("filter");
export const reversedType = defineBuiltinType("reversed");

class PyEnumerate extends GenIterator {
  constructor(
    type: PyType,
    readonly it: PyValue,
    public index: PyInt,
  ) {
    super(type);
  }
  *nextGen(t: Thread): Gen<PyValue> {
    const v = yield* iterNext(t, this.it);
    if (v === STOP) return STOP;
    const i = this.index;
    this.index = intAdd(i, 1);
    return new PyTuple([i, v]);
  }
}

/**
 * enumerate over an iterator that runs no Python code (a list, tuple, str, range, dict or set
 * iterator): a SyncIterator itself, so the eval loop's FOR_ITER takes each item without a
 * native generator. Only for the exact type (a subclass may override __next__).
 */
class PyEnumerateSync extends SyncIterator {
  constructor(
    type: PyType,
    readonly it: SyncIterator,
    public index: PyInt,
  ) {
    super(type);
  }
  next(): PyValue {
    const v = this.it.next();
    if (v === STOP) return STOP;
    const i = this.index;
    this.index = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i, 1);
    return new PyTuple([i, v]);
  }
}

/** zip over iterators that run no Python code: a SyncIterator, as PyEnumerateSync. */
class PyZipSync extends SyncIterator {
  done = false;
  constructor(
    type: PyType,
    readonly its: SyncIterator[],
    readonly strict: boolean,
  ) {
    super(type);
  }
  next(): PyValue {
    const its = this.its;
    if (this.done || its.length === 0) return STOP;
    const items: PyValue[] = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = its[i]!.next();
      if (v === STOP) {
        this.done = true;
        if (this.strict) {
          // The same checks as PyZip's: a shorter argument, or a longer one after the first.
          if (i > 0) {
            throw valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
          }
          for (let j = 1; j < its.length; j++) {
            if (its[j]!.next() !== STOP) {
              throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
            }
          }
        }
        return STOP;
      }
      items[i] = v;
    }
    return new PyTuple(items);
  }
}

class PyZip extends GenIterator {
  done = false;
  constructor(
    type: PyType,
    readonly its: PyValue[],
    readonly strict: boolean,
  ) {
    super(type);
  }
  *nextGen(t: Thread): Gen<PyValue> {
    if (this.done || this.its.length === 0) return STOP;
    const items: PyValue[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const v = yield* iterNext(t, this.its[i]!);
      if (v === STOP) {
        this.done = true;
        if (this.strict) {
          if (i > 0) {
            throw valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
          }
          for (let j = 1; j < this.its.length; j++) {
            const w = yield* iterNext(t, this.its[j]!);
            if (w !== STOP) {
              throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
            }
          }
        }
        return STOP;
      }
      items.push(v);
    }
    return new PyTuple(items);
  }
}

class PyMap extends GenIterator {
  constructor(
    type: PyType,
    readonly fn: PyValue,
    readonly its: PyValue[],
  ) {
    super(type);
  }
  *nextGen(t: Thread): Gen<PyValue> {
    const args: PyValue[] = [];
    for (const it of this.its) {
      const v = yield* iterNext(t, it);
      if (v === STOP) return STOP;
      args.push(v);
    }
    return yield* call(t, this.fn, args);
  }
}

class PyFilter extends GenIterator {
  constructor(
    type: PyType,
    readonly fn: PyValue,
    readonly it: PyValue,
  ) {
    super(type);
  }
  *nextGen(t: Thread): Gen<PyValue> {
    for (;;) {
      const v = yield* iterNext(t, this.it);
      if (v === STOP) return STOP;
      const keep =
        this.fn === None || this.fn === boolType
          ? yield* isTrue(t, v)
          : yield* isTrue(t, yield* call(t, this.fn, [v]));
      if (keep) return v;
    }
  }
}

/** reversed() over a sequence: indexes len-1 down to 0. */
class PyReversed extends GenIterator {
  constructor(
    type: PyType,
    readonly seq: PyValue,
    public index: number,
  ) {
    super(type);
  }
  *nextGen(t: Thread): Gen<PyValue> {
    if (this.index < 0) return STOP;
    try {
      return yield* getItem(t, this.seq, this.index--);
    } catch (e) {
      if (
        e instanceof PyBaseException &&
        (e.type.isSubtype(E.IndexError) || e.type.isSubtype(E.StopIteration))
      ) {
        this.index = -1;
        return STOP;
      }
      throw e;
    }
  }
}

export function initBuiltinIterators(): void {
  defineStatic(enumerateType, {
    __new__: {
      gen: function* (t, _s, args, kw) {
        const cls = args[0] as PyType;
        if (args.length - (kw?.length ?? 0) < 2 && !(kw ?? []).includes("iterable")) {
          throw typeError("enumerate() missing required argument 'iterable'");
        }
        const [iterable, start] = parseArgs("enumerate", args.slice(1), kw, ["iterable", "start"], 1);
        const it = yield* getIter(t, iterable!);
        const s = start === undefined ? 0 : yield* indexOf(t, start);
        if (cls === enumerateType && it instanceof SyncIterator) return new PyEnumerateSync(cls, it, s);
        return new PyEnumerate(cls, it, s);
      },
    },
  });
  defineStatic(zipType, {
    __new__: {
      gen: function* (t, _s, args, kw) {
        const cls = args[0] as PyType;
        const nkw = kw?.length ?? 0;
        if (nkw > 1) throw typeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
        let strict = false;
        for (let i = 0; i < nkw; i++) {
          if (kw![i] !== "strict") throw typeError(`'${kw![i]}' is an invalid keyword argument for zip()`);
          strict = yield* isTrue(t, args[args.length - nkw + i]!);
        }
        const its: PyValue[] = [];
        const pos = args.slice(1, args.length - nkw);
        for (let i = 0; i < pos.length; i++) its.push(yield* getIter(t, pos[i]!));
        if (cls === zipType && its.every((it) => it instanceof SyncIterator)) {
          return new PyZipSync(cls, its as SyncIterator[], strict);
        }
        return new PyZip(cls, its, strict);
      },
    },
  });
  defineStatic(mapType, {
    __new__: {
      gen: function* (t, _s, args, kw) {
        const cls = args[0] as PyType;
        if (cls === mapType) noKw("map", kw);
        if (args.length < 3) throw typeError("map() must have at least two arguments.");
        const its: PyValue[] = [];
        for (const a of args.slice(2)) its.push(yield* getIter(t, a));
        return new PyMap(cls, args[1]!, its);
      },
    },
  });
  defineStatic(filterType, {
    __new__: {
      gen: function* (t, _s, args, kw) {
        const cls = args[0] as PyType;
        if (cls === filterType) noKw("filter", kw);
        if (args.length !== 3) throw typeError(`filter expected 2 arguments, got ${args.length - 1}`);
        return new PyFilter(cls, args[1]!, yield* getIter(t, args[2]!));
      },
    },
  });
  defineStatic(reversedType, {
    __new__: {
      gen: function* (t, _s, args, kw) {
        const cls = args[0] as PyType;
        if (cls === reversedType) noKw("reversed", kw);
        if (args.length !== 2) throw typeError(`reversed expected 1 argument, got ${args.length - 1}`);
        const seq = args[1]!;
        const tp = typeOf(seq);
        const rev = tp.lookup("__reversed__");
        if (rev === None) throw typeError(`'${typeName(seq)}' object is not reversible`);
        if (rev !== null) return yield* callMethod(t, rev, seq, []);
        if (tp.lookup("__getitem__") === null || tp.isSubtype(dictType)) {
          throw typeError(`'${typeName(seq)}' object is not reversible`);
        }
        const n = yield* len(t, seq);
        return new PyReversed(cls, seq, n - 1);
      },
    },
  });
  defineMethods(reversedType, {
    __length_hint__: (_t, self) => (self instanceof PyReversed ? Math.max(0, self.index + 1) : 0),
  });
  for (const type of [enumerateType, zipType, mapType, filterType, reversedType]) {
    defineMethods(type, {
      __iter__: (_t, self) => self,
      __next__: {
        gen: function* (t, self) {
          const v = self instanceof SyncIterator ? self.next() : yield* (self as GenIterator).nextGen(t);
          if (v === STOP) {
            throw stopIteration();
          }
          return v;
        },
      },
    });
  }
}
