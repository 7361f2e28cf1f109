/** format(value, spec) (PyObject_Format): __format__, with direct paths for str, int and float. */
import type { Thread } from "../../vm/thread.js";
import type { PyValue } from "../core.js";
import { floatType, typeOf } from "../core.js";
import { carry, typeError } from "../exceptions.js";
import { PyFloat } from "../float.js";
import { formatFloat } from "../format/format-float.js";
import { formatInt } from "../format/format-int.js";
import { formatStr } from "../format/format-str.js";
import { strValue, typeName } from "../helpers.js";
import type { Gen } from "../suspend.js";
import { callMethod } from "./call.js";
import type { PyStr } from "../str-surrogate.js";
import { PySurrogateStr } from "../str-surrogate.js";

/**
 * format(v, spec) for str, int, bool and exact float, which run no Python code: the text, or
 * undefined when __format__ has to be called (formatValue).
 */
export function formatValueFast(t: Thread, v: PyValue, spec: string): string | undefined {
  switch (typeof v) {
    case "string":
      return spec === "" ? v : carry(() => formatStr(v, spec));
    case "number":
      if (spec === "" && Number.isSafeInteger(v)) return String(v);
      return carry(() => formatInt(v, spec, "int", t.interp.intStrLimit));
    case "bigint":
      return carry(() => formatInt(v, spec, "int", t.interp.intStrLimit));
    case "boolean":
      if (spec === "") return v ? "True" : "False";
      return carry(() => formatInt(v ? 1 : 0, spec, "bool", t.interp.intStrLimit));
    default:
      break;
  }
  if (v instanceof PyFloat && v.type === floatType) return carry(() => formatFloat(v.value, spec));
  return undefined;
}

/** format(v, spec): PyObject_Format (a boxed str result too, str-surrogate.ts). */
export function* formatValue(t: Thread, v: PyValue, spec: string): Gen<PyStr> {
  switch (typeof v) {
    case "string":
      return spec === "" ? v : carry(() => formatStr(v, spec));
    case "number":
    case "bigint":
      return carry(() => formatInt(v, spec, "int", t.interp.intStrLimit));
    case "boolean":
      if (spec === "") return v ? "True" : "False";
      return carry(() => formatInt(v ? 1 : 0, spec, "bool", t.interp.intStrLimit));
    default:
      break;
  }
  if (v instanceof PyFloat && v.type === floatType) return carry(() => formatFloat(v.value, spec));
  const m = typeOf(v).lookup("__format__");
  if (m === null) throw typeError(`Type ${typeName(v)} doesn't define __format__`);
  const r = yield* callMethod(t, m, v, [spec]);
  if (r instanceof PySurrogateStr) return r;
  const s = strValue(r);
  if (s === undefined) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return s;
}
