/**
 * The atexit module (Modules/atexitmodule.c): callbacks run last-registered first at interpreter
 * exit (Interpreter.finalize), before the modules are dropped; an exception in one is reported
 * as "Exception ignored in atexit callback" and the others still run.
 */
import type { PyValue } from "../objects/core.js";
import { None } from "../objects/core.js";
import { PyBaseException, typeError } from "../objects/exceptions.js";
import { PyModule } from "../objects/misc.js";
import { nativeFunctions } from "../objects/native.js";
import { call } from "../objects/ops/call.js";
import { EQ, richCompareBool } from "../objects/ops/compare.js";
import type { Gen } from "../objects/suspend.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Thread } from "../vm/thread.js";

interface Callback {
  fn: PyValue;
  args: PyValue[];
  kwnames: readonly string[] | null;
}

const registries = new WeakMap<Interpreter, Callback[]>();

function registryOf(interp: Interpreter): Callback[] {
  let r = registries.get(interp);
  if (r === undefined) registries.set(interp, (r = []));
  return r;
}

/** Does this interpreter have exit callbacks to run? */
export function hasAtexitCallbacks(interp: Interpreter): boolean {
  return (registries.get(interp)?.length ?? 0) > 0;
}

/** atexit_callfuncs: newest first, each removed before it runs. */
export function* runAtexitCallbacks(t: Thread): Gen<void> {
  const reg = registryOf(t.interp);
  while (reg.length > 0) {
    const cb = reg.pop()!;
    try {
      yield* call(t, cb.fn, cb.args, cb.kwnames);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      yield* t.interp.memory.unraisable(t, e, cb.fn, "Exception ignored in atexit callback");
    }
  }
}

export function makeAtexitModule(interp: Interpreter): PyModule {
  const m = new PyModule("atexit");
  const reg = registryOf(interp);
  const fns = nativeFunctions("atexit", {
    register: (_t, _self, args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      if (args.length - nkw < 1) throw typeError("register() takes at least 1 argument (0 given)");
      const fn = args[0]!;
      reg.push({ fn, args: args.slice(1), kwnames });
      return fn;
    },
    unregister: {
      gen: function* (_t, _self, args) {
        const fn = args[0]!;
        for (let i = reg.length - 1; i >= 0; i--) {
          if (yield* richCompareBool(_t, reg[i]!.fn, fn, EQ)) reg.splice(i, 1);
        }
        return None;
      },
    },
    _run_exitfuncs: {
      gen: function* (t) {
        yield* runAtexitCallbacks(t);
        return None;
      },
    },
    _clear: () => {
      reg.length = 0;
      return None;
    },
    _ncallbacks: () => reg.length,
  });
  for (const [name, fn] of fns) m.dict!.setStr(name, fn);
  return m;
}
