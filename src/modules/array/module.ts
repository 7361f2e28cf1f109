/**
 * The array module (Modules/arraymodule.c): array.array (ArrayType), typecodes, and
 * _array_reconstructor, which unpickles arrays pickled with protocol 3 or later.
 */
import { PyModule } from "../../objects/misc.js";
import { nativeFunctions } from "../../objects/native.js";
import { arrayType } from "./array-object.js";
import { arrayReconstructor, initArrayType } from "./methods.js";
import { ALL_CODES } from "./typecodes.js";

let initialized = false;

export function makeArrayModule(): PyModule {
  if (!initialized) {
    initArrayType();
    initialized = true;
  }
  const m = new PyModule("array");
  const d = m.dict!;
  const fns = nativeFunctions("array", {
    _array_reconstructor: { gen: (t, _s, args) => arrayReconstructor(t, args) },
  });
  for (const [name, fn] of fns) d.setStr(name, fn);
  d.setStr("array", arrayType);
  d.setStr("ArrayType", arrayType);
  d.setStr("typecodes", ALL_CODES);
  return m;
}
