/**
 * The gc module (Modules/gcmodule.c) over the interpreter's memory manager (src/memory/).
 * Importing it makes the manager count allocations, so that automatic collections and
 * gc.collect() see the cycles a program makes from then on.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyObject, PyType, typeOf } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { PyBaseException, overflowError, typeError, valueError } from "../objects/exceptions.js";
import { intValue, typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/misc.js";
import type { MethodSpec, NativeFn } from "../objects/native.js";
import { nativeFunctions } from "../objects/native.js";
import { call, callMethod } from "../objects/ops/call.js";
import { hexAddress } from "../objects/object-type.js";
import type { CollectReport } from "../observe/gc-events.js";
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
import { isCollected } from "../memory/sizes.js";

type Kw = readonly string[] | null;

/** METH_NOARGS: `gc.enable()` and the like. */
function noArgs(name: string, args: PyValue[], kw: Kw): void {
  if (kw !== null && kw.length > 0) throw typeError(`gc.${name}() takes no keyword arguments`);
  if (args.length > 0) throw typeError(`gc.${name}() takes no arguments (${args.length} given)`);
}

/** METH_O: exactly one positional argument. */
function oneArg(name: string, args: PyValue[], kw: Kw): PyValue {
  if (kw !== null && kw.length > 0) throw typeError(`gc.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`gc.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** METH_VARARGS without keywords (get_referrers, get_referents). */
function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** An argument converted as a C integer of `bits` bits (_PyLong_AsInt, PyLong_AsLong). */
function intArg(v: PyValue, bits: 32 | 64 = 32): number {
  const n = intValue(v);
  if (n === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const limit = 2n ** BigInt(bits - 1);
  if (BigInt(n) >= limit || BigInt(n) < -limit)
    throw overflowError(`Python int too large to convert to C ${bits === 32 ? "int" : "long"}`);
  return Number(n);
}

/** The one optional argument of an Argument Clinic function (collect, get_objects). */
function optionalArg(name: string, param: string, args: PyValue[], kw: Kw): PyValue | undefined {
  const nkw = kw?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > 1) throw typeError(`${name}() takes at most 1 argument (${args.length} given)`);
  if (nkw === 1 && kw![0] !== param)
    throw typeError(`'${kw![0]}' is an invalid keyword argument for ${name}()`);
  return npos === 1 || nkw === 1 ? args[0] : undefined;
}

/** Tracked by the collector: a container the memory manager tracks, of a type CPython collects. */
function tracked(o: PyValue): boolean {
  return isTracked(o) && o instanceof PyObject && isCollected(o);
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
      // dict_traverse visits each entry's value, then its key.
      out.push(o.values[i]!);
      if (!allStr) out.push(o.keys[i]!);
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

/** PySys_WriteStderr: gc's debugging lines go to sys.stderr (a program may have replaced it). */
function* writeStderr(t: Thread, text: string): Gen<void> {
  const err = t.interp.sys.dict!.getStr("stderr");
  if (err === undefined || err === None) {
    t.interp.stderr.write(text);
    return;
  }
  yield* callMethod(t, typeOf(err).lookup("write")!, err, [text]);
}

/** The collector's callbacks and DEBUG_* lines around each collection (gc_collect_main). */
function installHooks(mem: Memory, callbacks: PyList): void {
  let started = 0;
  mem.onCollect = function* (t: Thread, phase, r: CollectReport): Gen<void> {
    // gc_collect_main: the callbacks' "start", then the DEBUG_STATS header ...
    if (phase === "start") yield* runCallbacks(t, callbacks, "start", r);
    if (phase === "start" && (mem.debug & DEBUG_STATS) !== 0) {
      started = Date.now();
      const gens = mem.generationSizes();
      yield* writeStderr(
        t,
        `gc: collecting generation ${r.generation}...\ngc: objects in each generation: ${gens.join(" ")}\n` +
          `gc: objects in permanent generation: ${mem.frozen.size}\n`,
      );
    }
    if (phase === "start") return;
    // ... the objects found (debug_cycle), before weakref callbacks and finalizers run ...
    if (phase === "found") {
      if ((mem.debug & DEBUG_COLLECTABLE) !== 0)
        for (const o of r.collectable)
          yield* writeStderr(t, `gc: collectable <${o.type.name} ${hexAddress(o)}>\n`);
      return;
    }
    // ... then the DEBUG_STATS summary and the callbacks' "stop".
    if ((mem.debug & DEBUG_STATS) !== 0) {
      const secs = (Date.now() - started) / 1000;
      yield* writeStderr(
        t,
        `gc: done, ${r.collected + r.uncollectable} unreachable, ${r.uncollectable} uncollectable, ${secs.toFixed(4)}s elapsed\n`,
      );
    }
    yield* runCallbacks(t, callbacks, "stop", r);
  };
}

/** invoke_gc_callback: each callback gets the phase and an info dict. */
function* runCallbacks(t: Thread, callbacks: PyList, phase: string, r: CollectReport): Gen<void> {
  if (callbacks.items.length === 0) return;
  const info = new PyDict();
  info.setStr("generation", r.generation);
  info.setStr("collected", phase === "start" ? 0 : r.collected);
  info.setStr("uncollectable", phase === "start" ? 0 : r.uncollectable);
  for (const cb of callbacks.items.slice()) {
    try {
      yield* call(t, cb, [phase, info]);
    } catch (e) {
      // An exception in a callback is reported as unraisable and the rest still run.
      if (!(e instanceof PyBaseException)) throw e;
      yield* t.interp.memory.unraisable(t, e, cb);
    }
  }
}

export function makeGcModule(interp: Interpreter): PyModule {
  const mem = interp.memory;
  mem.startCounting();
  const m = new PyModule("gc");
  const d = m.dict!;
  const garbage = new PyList([]);
  const callbacks = new PyList([]);
  mem.garbageList = garbage;
  installHooks(mem, callbacks);
  mem.eager = () => callbacks.items.length > 0 || mem.debug !== 0;
  /** A gc function that first runs a pending automatic collection (Memory.settle). */
  const settled = (fn: NativeFn): MethodSpec => ({
    gen: function* (t, self, args, kw) {
      yield* mem.settle(t);
      return fn(t, self, args, kw);
    },
  });

  const functions: Record<string, MethodSpec> = {
    enable: (_t, _self, args, kw) => {
      noArgs("enable", args, kw);
      mem.enabled = true;
      return None;
    },
    disable: (_t, _self, args, kw) => {
      noArgs("disable", args, kw);
      mem.enabled = false;
      return None;
    },
    isenabled: (_t, _self, args, kw) => {
      noArgs("isenabled", args, kw);
      return mem.enabled;
    },
    collect: {
      gen: function* (t, _self, args, kw) {
        const v = optionalArg("collect", "generation", args, kw);
        const generation = v === undefined ? 2 : intArg(v);
        if (generation < 0 || generation > 2) throw valueError("invalid generation");
        yield* mem.settle(t);
        return yield* mem.collect(t, generation);
      },
    },
    get_count: settled((_t, _self, args, kw) => {
      noArgs("get_count", args, kw);
      mem.census();
      return new PyTuple([mem.count[0], mem.count[1], mem.count[2]]);
    }),
    get_threshold: (_t, _self, args, kw) => {
      noArgs("get_threshold", args, kw);
      return new PyTuple([mem.threshold[0], mem.threshold[1], mem.threshold[2]]);
    },
    set_threshold: (_t, _self, args, kw) => {
      noKw("set_threshold", kw);
      if (args.length < 1) throw typeError(`set_threshold() takes at least 1 argument (0 given)`);
      if (args.length > 3)
        throw typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
      const values = args.map((a, i) => intArg(a, i === 0 ? 64 : 32));
      for (let i = 0; i < values.length; i++) mem.threshold[i] = values[i]!;
      return None;
    },
    get_debug: (_t, _self, args, kw) => {
      noArgs("get_debug", args, kw);
      return mem.debug;
    },
    set_debug: (_t, _self, args, kw) => {
      mem.debug = intArg(oneArg("set_debug", args, kw));
      // Collections are visible as they happen from now on.
      if (mem.eager()) mem.observing = true;
      return None;
    },
    get_objects: settled((_t, _self, args, kw) => {
      const v = optionalArg("get_objects", "generation", args, kw);
      let generation = -1;
      if (v !== undefined && v !== None) {
        // _Py_convert_optional_to_ssize_t
        const n = intValue(v);
        if (n === undefined) throw typeError(`argument should be integer or None, not '${typeName(v)}'`);
        if (BigInt(n) >= 2n ** 63n || BigInt(n) < -(2n ** 63n))
          throw overflowError("cannot fit 'int' into an index-sized integer");
        generation = Number(n);
      }
      if (generation >= 3)
        throw valueError(`generation parameter must be less than the number of available generations (3)`);
      if (generation < -1) throw valueError("generation parameter cannot be negative");
      return new PyList(mem.objects(generation === -1 ? null : generation).filter((o) => tracked(o)));
    }),
    get_stats: settled((_t, _self, args, kw) => {
      noArgs("get_stats", args, kw);
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
      const found = new Set<PyObject>();
      const inline = new Set<PyObject>();
      for (const o of mark(mem.roots(false))) {
        // 3.11 keeps an instance's attributes inline: the instance refers, not a dict.
        if (o.type.isHeapType && o.dict !== null && !(o instanceof PyType)) inline.add(o.dict);
        if (!tracked(o) || o.constructor.name === "Frame") continue;
        if (traverseOrder(o).some((r) => targets.has(r))) found.add(o);
      }
      // In the collector's list order: the young generation (allocation order) first.
      const out: PyObject[] = [];
      for (const o of mem.youngSinceCollect) if (found.delete(o) && !inline.has(o)) out.push(o);
      for (const o of found) if (!inline.has(o)) out.push(o);
      return new PyList(out);
    }),
    is_tracked: settled((_t, _self, args, kw) => tracked(oneArg("is_tracked", args, kw))),
    is_finalized: (_t, _self, args, kw) => {
      const o = oneArg("is_finalized", args, kw);
      return o instanceof PyObject && mem.finalized.has(o);
    },
    freeze: settled((_t, _self, args, kw) => {
      noArgs("freeze", args, kw);
      mem.freeze();
      return None;
    }),
    unfreeze: (_t, _self, args, kw) => {
      noArgs("unfreeze", args, kw);
      mem.frozen.clear();
      return None;
    },
    get_freeze_count: (_t, _self, args, kw) => {
      noArgs("get_freeze_count", args, kw);
      return mem.frozen.size;
    },
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
