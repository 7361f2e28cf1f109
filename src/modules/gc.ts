/**
 * The gc module (Modules/gcmodule.c) over the interpreter's memory manager (src/memory/).
 * Importing it makes the manager count allocations, so that automatic collections and
 * gc.collect() see the cycles a program makes from then on.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyObject, PyType } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { intValue, typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/misc.js";
import type { MethodSpec, NativeFn } from "../objects/native.js";
import { nativeFunctions } from "../objects/native.js";
import { call } from "../objects/ops/call.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Thread } from "../vm/thread.js";
import type { Memory } from "../memory/memory.js";
import {
  DEBUG_COLLECTABLE,
  DEBUG_SAVEALL,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
  isTracked,
  isTrackedType,
} from "../memory/memory.js";
import { mark } from "../memory/census.js";
import { referentsOf } from "../memory/traverse.js";

type Kw = readonly string[] | null;

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

function intArg(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n);
}

/** What gc_traverse visits, in tp_traverse order (gc.get_referents). */
function traverseOrder(o: PyValue): PyValue[] {
  if (!(o instanceof PyObject)) return [];
  // list_traverse and tupletraverse visit from the last item.
  if (o instanceof PyList || o instanceof PyTuple) return o.items.slice().reverse();
  if (o instanceof PyDict) {
    // A dict whose keys are all str visits its values only (dict_traverse).
    const allStr = o.keys.every((k) => k === null || typeof k === "string");
    const out: PyValue[] = [];
    for (let i = 0; i < o.keys.length; i++) {
      if (o.keys[i] === null) continue;
      if (!allStr) out.push(o.keys[i]!);
      out.push(o.values[i]!);
    }
    return out;
  }
  if (o.type.isHeapType && !(o instanceof PyType) && o.constructor === PyObject) {
    // subtype_traverse: slots, the (3.11 inline) attribute values, then the type.
    const out: PyValue[] = [];
    for (const v of o.memberSlots ?? []) if (v !== null) out.push(v);
    if (o.dict !== null) for (const [, v] of o.dict.entries()) out.push(v);
    out.push(o.type);
    return out;
  }
  return referentsOf(o);
}

/** The collector's callbacks and DEBUG_STATS lines around each collection. */
function installHooks(interp: Interpreter, mem: Memory, callbacks: PyList): void {
  let started = 0;
  mem.onCollect = function* (t: Thread, phase, gen, collected, uncollectable): Gen<void> {
    const obs = interp.scheduler.obs;
    if (obs !== null) {
      if (phase === "start") obs.emit({ kind: "gc.start", tid: t.ident, generation: gen });
      else obs.emit({ kind: "gc.end", tid: t.ident, generation: gen, collected, uncollectable });
    }
    if (phase === "start" && (mem.debug & DEBUG_STATS) !== 0) {
      started = Date.now();
      const gens = mem.generationSizes();
      interp.stderr.write(
        `gc: collecting generation ${gen}...\ngc: objects in each generation: ${gens.join(" ")}\n` +
          `gc: objects in permanent generation: ${mem.frozen.size}\n`,
      );
    }
    if (phase === "stop" && (mem.debug & DEBUG_STATS) !== 0) {
      const secs = (Date.now() - started) / 1000;
      interp.stderr.write(
        `gc: done, ${collected + uncollectable} unreachable, ${uncollectable} uncollectable, ${secs.toFixed(4)}s elapsed\n`,
      );
    }
    if (callbacks.items.length === 0) return;
    const info = new PyDict();
    info.setStr("generation", gen);
    info.setStr("collected", collected);
    info.setStr("uncollectable", uncollectable);
    for (const cb of callbacks.items.slice()) yield* call(t, cb, [phase, info]);
  };
}

export function makeGcModule(interp: Interpreter): PyModule {
  const mem = interp.memory;
  mem.startCounting();
  const m = new PyModule("gc");
  const d = m.dict!;
  const garbage = new PyList([]);
  const callbacks = new PyList([]);
  mem.garbageList = garbage;
  installHooks(interp, mem, callbacks);
  mem.eager = () => callbacks.items.length > 0 || mem.debug !== 0;
  /** A gc function that first runs a pending automatic collection (Memory.settle). */
  const settled = (fn: NativeFn): MethodSpec => ({
    gen: function* (t, self, args, kw) {
      yield* mem.settle(t);
      return fn(t, self, args, kw);
    },
  });

  const functions: Record<string, MethodSpec> = {
    enable: () => {
      mem.enabled = true;
      return None;
    },
    disable: () => {
      mem.enabled = false;
      return None;
    },
    isenabled: () => mem.enabled,
    collect: {
      gen: function* (t, _self, args, kw) {
        let generation = 2;
        const nkw = kw?.length ?? 0;
        const npos = args.length - nkw;
        if (npos > 1) throw typeError(`collect() takes at most 1 argument (${args.length} given)`);
        if (npos === 1) generation = intArg(args[0]!);
        for (let i = 0; i < nkw; i++) {
          if (kw![i] !== "generation")
            throw typeError(`collect() got an unexpected keyword argument '${kw![i]}'`);
          generation = intArg(args[npos + i]!);
        }
        if (generation < 0 || generation > 2) throw valueError("invalid generation");
        yield* mem.settle(t);
        return yield* mem.collect(t, generation);
      },
    },
    get_count: settled((_t, _self, args, kw) => {
      noKw("get_count", kw);
      if (args.length > 0) throw typeError(`gc.get_count() takes no arguments (${args.length} given)`);
      mem.census();
      return new PyTuple([mem.count[0], mem.count[1], mem.count[2]]);
    }),
    get_threshold: () => new PyTuple([mem.threshold[0], mem.threshold[1], mem.threshold[2]]),
    set_threshold: (_t, _self, args, kw) => {
      noKw("set_threshold", kw);
      if (args.length < 1 || args.length > 3)
        throw typeError(
          `set_threshold() takes from 1 to 3 positional arguments but ${args.length} were given`,
        );
      for (let i = 0; i < args.length; i++) mem.threshold[i] = intArg(args[i]!);
      return None;
    },
    get_debug: () => mem.debug,
    set_debug: (_t, _self, args, kw) => {
      noKw("set_debug", kw);
      if (args.length !== 1) throw typeError(`set_debug() takes exactly one argument (${args.length} given)`);
      mem.debug = intArg(args[0]!);
      // Collections are visible as they happen from now on.
      if (mem.eager()) mem.observing = true;
      return None;
    },
    get_objects: settled((_t, _self, args, kw) => {
      let generation: number | null = null;
      const nkw = kw?.length ?? 0;
      const v = args.length > 0 ? args[0]! : None;
      if (nkw > 0 && kw![0] !== "generation")
        throw typeError(`get_objects() got an unexpected keyword argument '${kw![0]}'`);
      if (v !== None) {
        generation = intArg(v);
        if (generation >= 3)
          throw valueError(`generation parameter must be less than the number of available generations (3)`);
        if (generation < 0) throw valueError("generation parameter cannot be negative");
      }
      return new PyList(mem.objects(generation).filter((o) => isTracked(o)));
    }),
    get_stats: settled(() => {
      const out: PyValue[] = [];
      for (const s of mem.stats) {
        const e = new PyDict();
        e.setStr("collections", s.collections);
        e.setStr("collected", s.collected);
        e.setStr("uncollectable", s.uncollectable);
        out.push(e);
      }
      return new PyList(out);
    }),
    get_referents: (_t, _self, args, kw) => {
      noKw("get_referents", kw);
      const out: PyValue[] = [];
      // Every object of a collected type is visited, tracked or not (_PyObject_IS_GC).
      for (const o of args) if (o instanceof PyObject && isTrackedType(o)) out.push(...traverseOrder(o));
      return new PyList(out);
    },
    get_referrers: settled((_t, _self, args, kw) => {
      noKw("get_referrers", kw);
      const targets = new Set<PyValue>(args);
      const out: PyValue[] = [];
      for (const o of mark(mem.roots(false))) {
        if (!isTracked(o) || o.constructor.name === "Frame") continue;
        if (traverseOrder(o).some((r) => targets.has(r))) out.push(o);
      }
      return new PyList(out);
    }),
    is_tracked: settled((_t, _self, args, kw) => {
      noKw("is_tracked", kw);
      if (args.length !== 1)
        throw typeError(`gc.is_tracked() takes exactly one argument (${args.length} given)`);
      return isTracked(args[0]!);
    }),
    is_finalized: (_t, _self, args, kw) => {
      noKw("is_finalized", kw);
      if (args.length !== 1)
        throw typeError(`gc.is_finalized() takes exactly one argument (${args.length} given)`);
      const o = args[0]!;
      return o instanceof PyObject && mem.finalized.has(o);
    },
    freeze: settled(() => {
      mem.freeze();
      return None;
    }),
    unfreeze: () => {
      mem.frozen.clear();
      return None;
    },
    get_freeze_count: () => mem.frozen.size,
  };
  for (const [name, fn] of nativeFunctions("gc", functions)) d.setStr(name, fn);
  d.setStr("garbage", garbage);
  d.setStr("callbacks", callbacks);
  d.setStr("DEBUG_STATS", DEBUG_STATS);
  d.setStr("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE);
  d.setStr("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE);
  d.setStr("DEBUG_SAVEALL", DEBUG_SAVEALL);
  d.setStr("DEBUG_LEAK", DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL);
  return m;
}
