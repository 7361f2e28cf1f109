/**
 * _pyglass_types: what lib/ classes standing in for C types need from the VM. native_type(cls)
 * gives the class the tp_name CPython's C type has ("collections.deque"), which messages show
 * ("unhashable type: 'collections.deque'"); its __name__, __qualname__ and __module__ stay.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyType } from "../objects/core.js";
import { typeError } from "../objects/exceptions.js";
import { oneArg, strValue, typeName } from "../objects/helpers.js";
import { markSequenceSlots } from "../objects/ops/sequence-slots.js";
import { PyModule } from "../objects/misc.js";
import { nativeFunctions } from "../objects/native.js";

export function makePyglassTypesModule(): PyModule {
  const m = new PyModule("_pyglass_types");
  for (const [name, fn] of nativeFunctions("_pyglass_types", {
    native_type: (_t, _s, args, kw): PyValue => {
      const cls = oneArg("native_type", args, kw);
      if (!(cls instanceof PyType)) throw typeError(`native_type() expects a class, not ${typeName(cls)}`);
      const module = cls.ns.get("__module__");
      cls.nativeName =
        typeof module === "string" && module !== "builtins" ? `${module}.${cls.name}` : cls.name;
      return cls;
    },
    // sequence_slots(cls, *names): the named methods act as sq_concat / sq_repeat slots, which
    // the operators try after the number methods of both operands (ops/sequence-slots.ts).
    sequence_slots: (_t, _s, args, kw): PyValue => {
      if (kw !== null && kw.length > 0) throw typeError("sequence_slots() takes no keyword arguments");
      const cls = args[0];
      if (!(cls instanceof PyType)) throw typeError("sequence_slots() expects a class");
      const names = args.slice(1).map((n) => strValue(n) ?? "");
      markSequenceSlots(cls, names);
      return None;
    },
  }))
    m.dict!.setStr(name, fn);
  return m;
}
