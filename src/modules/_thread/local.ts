/**
 * _thread._local (localobject in Modules/_threadmodule.c): an object whose __dict__ is different
 * in every thread. A thread that first touches the object gets a fresh dict, and — as
 * _ldict does — a subclass's __init__ is run again there with the arguments the object was
 * created with. A thread's dicts are dropped when it ends.
 */
import type { PyType, PyValue } from "../../objects/core.js";
import { None, PyObject, defineBuiltinType, objectType, typeOf } from "../../objects/core.js";
import { PyDict } from "../../objects/dict.js";
import { attributeError, typeError } from "../../objects/exceptions.js";
import { strValue, typeName } from "../../objects/helpers.js";
import type { Kw } from "../../objects/native.js";
import { defineGetSets, defineMethods, defineStatic } from "../../objects/native.js";
import { genericGetAttr, genericSetAttr } from "../../objects/ops/attr.js";
import { callMethod } from "../../objects/ops/call.js";
import type { Gen } from "../../objects/suspend.js";
import type { Scheduler } from "../../vm/scheduler.js";
import type { Thread } from "../../vm/thread.js";

export class PyLocal extends PyObject {
  readonly dicts = new Map<Thread, PyDict>();
  /** The constructor's arguments, replayed into __init__ in every new thread. */
  args: PyValue[] = [];
  kwnames: Kw = null;
  sched: Scheduler | null = null;
  owner: Thread | null = null;

  /** The dict of the running thread (created empty, without __init__, if none yet). */
  threadDict(t: Thread): PyDict {
    let d = this.dicts.get(t);
    if (d === undefined) {
      d = new PyDict();
      this.dicts.set(t, d);
      t.onExit.push(() => this.dicts.delete(t));
    }
    return d;
  }

  runningThread(): Thread | null {
    return this.sched?.current ?? this.owner;
  }
}

// Generic attribute access reads `obj.dict`: here it is the running thread's dict. Reading it
// makes none: the census reads it too (traverse.ts), and a dict it made would keep __init__ from
// running in that thread. Attribute access goes through ldict first, which makes it.
Object.defineProperty(PyLocal.prototype, "dict", {
  get(this: PyLocal): PyDict | null {
    const t = this.runningThread();
    return t === null ? null : (this.dicts.get(t) ?? null);
  },
  set(this: PyLocal, d: PyDict | null) {
    const t = this.runningThread();
    if (t !== null && d !== null) this.dicts.set(t, d);
  },
});

export const localType = defineBuiltinType("_local", { alloc: (t) => new PyLocal(t) });
localType.ns.set("__module__", "_thread");
localType.hasDict = true;

function asLocal(v: PyValue): PyLocal {
  if (v instanceof PyLocal) return v;
  throw typeError(`descriptor requires a '_thread._local' object but received '${typeName(v)}'`);
}

/** _ldict: the thread's dict, running __init__ first when this thread has none yet. */
function* ldict(t: Thread, self: PyLocal): Gen<PyDict> {
  const d = self.dicts.get(t);
  if (d !== undefined) return d;
  const fresh = self.threadDict(t);
  const init = typeOf(self).lookup("__init__");
  if (init !== null && init !== objectType.ns.get("__init__")) {
    yield* callMethod(t, init, self, self.args, self.kwnames);
  }
  return fresh;
}

defineStatic(localType, {
  __new__: (t, _s, args, kwnames) => {
    const cls = args[0] as PyType;
    const rest = args.slice(1);
    if (rest.length > 0 && cls.lookup("__init__") === objectType.ns.get("__init__")) {
      throw typeError("Initialization arguments are not supported");
    }
    const obj = cls.alloc(cls) as PyLocal;
    obj.args = rest;
    obj.kwnames = kwnames;
    obj.sched = t.interp.scheduler;
    obj.owner = t;
    // The creating thread's dict exists from the start; __init__ runs there through type.__call__.
    obj.threadDict(t);
    return obj;
  },
});

/** tp_name: "_thread._local" for the built-in type, the class name for subclasses. */
function localName(l: PyLocal): string {
  const tp = typeOf(l);
  return tp === localType ? "_thread._local" : tp.name;
}

defineGetSets(localType, {
  __dict__: {
    get: (t, self) => asLocal(self).threadDict(t),
  },
});

function attrName(v: PyValue | undefined): string {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(`attribute name must be string, not '${typeName(v ?? None)}'`);
  return s;
}

defineMethods(localType, {
  __getattribute__: {
    gen: function* (t, self, args) {
      const l = asLocal(self);
      yield* ldict(t, l);
      const name = attrName(args[0]);
      const v = yield* genericGetAttr(t, l, name, typeOf(l), true);
      if (v === undefined) throw attributeError(`'${localName(l)}' object has no attribute '${name}'`);
      return v;
    },
  },
  __setattr__: {
    gen: function* (t, self, args) {
      const l = asLocal(self);
      const name = attrName(args[0]);
      if (name === "__dict__")
        throw attributeError(`'${localName(l)}' object attribute '__dict__' is read-only`);
      yield* ldict(t, l);
      yield* genericSetAttr(t, l, name, args[1] ?? None);
      return None;
    },
  },
  __delattr__: {
    gen: function* (t, self, args) {
      const l = asLocal(self);
      const d = yield* ldict(t, l);
      const name = attrName(args[0]);
      if (name === "__dict__")
        throw attributeError(`'${localName(l)}' object attribute '__dict__' is read-only`);
      if (typeOf(l).lookup(name) === null && !d.hasStr(name)) {
        throw attributeError(`'${localName(l)}' object has no attribute '${name}'`);
      }
      yield* genericSetAttr(t, l, name, null);
      return None;
    },
  },
});
