/**
 * Calling any callable from native code (PyObject_Vectorcall). Python functions are not run
 * here: a CallRequest is yielded and the eval loop runs the frame (see suspend.ts).
 */
import type { Thread } from "../../vm/thread.js";
import type { PyValue } from "../core.js";
import { InternalError, None, PyType, typeOf, typeType, wrapperDescriptorType } from "../core.js";
import { typeError } from "../exceptions.js";
import { PyFunction, PyMethod } from "../function.js";
import { typeName } from "../helpers.js";
import type { Kw } from "../native.js";
import { PyBuiltin, PyClassMethodDescr, PyMethodDescr } from "../native.js";
import type { Gen } from "../suspend.js";
import { CallRequest } from "../suspend.js";
import { descrGet } from "./descr.js";
import { unraised } from "../raised.js";

/**
 * Calls `f(*args)` with keyword names for the trailing args. A native's fast path is tried first
 * (it may answer RAISED: the exception is thrown here, see raised.ts).
 */
export function* call(t: Thread, f: PyValue, args: PyValue[], kwnames: Kw = null): Gen<PyValue> {
  for (;;) {
    if (f instanceof PyFunction) return yield new CallRequest(f, args, kwnames);
    if (f instanceof PyBuiltin) {
      const impl = f.impl;
      if (impl.gen) {
        if (impl.fast !== undefined) {
          const r = impl.fast(t, f.self ?? None, args, kwnames);
          if (r !== undefined) return unraised(r);
        }
        return yield* impl.fn(t, f.self ?? None, args, kwnames);
      }
      return impl.fn(t, f.self ?? None, args, kwnames);
    }
    if (f instanceof PyMethod) {
      args = [f.self, ...args];
      f = f.func;
      continue;
    }
    if (f instanceof PyMethodDescr) {
      const self = checkDescrSelf(f, args, kwnames);
      const rest = args.slice(1);
      if (f.impl.gen) {
        if (f.impl.fast !== undefined) {
          const r = f.impl.fast(t, self, rest, kwnames);
          if (r !== undefined) return unraised(r);
        }
        return yield* f.impl.fn(t, self, rest, kwnames);
      }
      return f.impl.fn(t, self, rest, kwnames);
    }
    if (f instanceof PyType && f.type === typeType) {
      // Built-in types have vectorcall; classes go through tp_call, a recursion level.
      if (!f.isHeapType) return yield* typeCall(t, f, args, kwnames);
      t.enterRecursiveCall(" while calling a Python object");
      try {
        return yield* typeCall(t, f, args, kwnames);
      } finally {
        t.leaveRecursiveCall();
      }
    }
    if (f instanceof PyClassMethodDescr) {
      const cls = args[0];
      if (!(cls instanceof PyType))
        throw typeError(
          `descriptor '${f.impl.name}' for type '${f.objclass.name}' needs a type, not a '${cls === undefined ? "NoneType" : typeName(cls)}' as arg 2`,
        );
      if (f.impl.gen) return yield* f.impl.fn(t, cls, args.slice(1), kwnames);
      return f.impl.fn(t, cls, args.slice(1), kwnames);
    }
    const c = typeOf(f).lookup("__call__");
    if (c === null) throw typeError(`'${typeName(f)}' object is not callable`);
    if (c instanceof PyFunction) {
      t.enterRecursiveCall(" while calling a Python object");
      try {
        return yield new CallRequest(c, [f, ...args], kwnames);
      } finally {
        t.leaveRecursiveCall();
      }
    }
    if (c instanceof PyMethodDescr) {
      if (c.impl.gen) return yield* c.impl.fn(t, f, args, kwnames);
      return c.impl.fn(t, f, args, kwnames);
    }
    f = yield* descrGet(t, c, f, typeOf(f));
  }
}

/** The `self` of an unbound native method call, checked as CPython's method_vectorcall does. */
function checkDescrSelf(d: PyMethodDescr, args: PyValue[], kwnames: Kw): PyValue {
  const npos = args.length - (kwnames?.length ?? 0);
  // A slot wrapper (wrapperdescr_call) words both errors differently from a method descriptor.
  const slot = d.type === wrapperDescriptorType;
  if (npos < 1)
    throw typeError(
      slot
        ? `descriptor '${d.name}' of '${d.objclass.name}' object needs an argument`
        : `unbound method ${d.objclass.name}.${d.name}() needs an argument`,
    );
  const self = args[0]!;
  if (!typeOf(self).isSubtype(d.objclass)) {
    throw typeError(
      slot
        ? `descriptor '${d.name}' requires a '${d.objclass.name}' object but received a '${typeName(self)}'`
        : `descriptor '${d.name}' for '${d.objclass.name}' objects doesn't apply to a '${typeName(self)}' object`,
    );
  }
  return self;
}

/** Calls a method found on a type with `self` bound, without creating a bound method when possible. */
export function* callMethod(
  t: Thread,
  descr: PyValue,
  self: PyValue,
  args: PyValue[],
  kwnames: Kw = null,
): Gen<PyValue> {
  if (descr instanceof PyFunction) return yield new CallRequest(descr, [self, ...args], kwnames);
  if (descr instanceof PyMethodDescr) {
    if (descr.impl.gen) {
      if (descr.impl.fast !== undefined) {
        const r = descr.impl.fast(t, self, args, kwnames);
        if (r !== undefined) return unraised(r);
      }
      return yield* descr.impl.fn(t, self, args, kwnames);
    }
    return descr.impl.fn(t, self, args, kwnames);
  }
  const bound = yield* descrGet(t, descr, self, typeOf(self));
  return yield* call(t, bound, args, kwnames);
}

/**
 * Looks up a special method on the type (not the instance, as CPython's lookup_maybe_method)
 * and calls it; returns undefined when the type has no such method.
 */
export function* callSpecial(
  t: Thread,
  self: PyValue,
  name: string,
  args: PyValue[],
): Gen<PyValue | undefined> {
  const d = typeOf(self).lookup(name);
  if (d === null) return undefined;
  return yield* callMethod(t, d, self, args);
}

/** Installed by type-call.ts: calling a class (type.__call__). */
export let typeCall: (t: Thread, cls: PyType, args: PyValue[], kwnames: Kw) => Gen<PyValue> = () => {
  throw new InternalError("type call not installed");
};

export function installTypeCall(fn: typeof typeCall): void {
  typeCall = fn;
}

/** Splits vectorcall-style arguments into positional args and a name->value map. */
export function splitKw(args: PyValue[], kwnames: Kw): { pos: PyValue[]; kw: Map<string, PyValue> } {
  const nkw = kwnames?.length ?? 0;
  const pos = nkw ? args.slice(0, args.length - nkw) : args;
  const kw = new Map<string, PyValue>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i]!, args[args.length - nkw + i]!);
  return { pos, kw };
}
