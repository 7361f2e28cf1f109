/**
 * _pyglass_traceback: what lib/traceback.py needs from the VM's own traceback printer, so that
 * traceback.format_tb and friends print the same entries (with 3.11's `^^^^` position markers,
 * as _Py_DisplaySourceLine and print_error_location in Python/traceback.c do) and read source
 * lines the way the top-level printer does.
 */
import type { PyValue } from "../objects/core.js";
import { None, tracebackType } from "../objects/core.js";
import { PyTraceback, typeError } from "../objects/exceptions.js";
import { oneArg, strValue } from "../objects/helpers.js";
import { PyModule } from "../objects/misc.js";
import { nativeFunctions } from "../objects/native.js";
import { formatTraceback } from "../vm/traceback.js";

const HEADER = "Traceback (most recent call last):\n";

export function makeTracebackNativeModule(): PyModule {
  const m = new PyModule("_pyglass_traceback");
  for (const [name, fn] of nativeFunctions("_pyglass_traceback", {
    // The printed lines of one traceback entry: location, source and markers.
    format_entry: (t, _s, args, kw): PyValue => {
      const tb = oneArg("format_entry", args, kw);
      if (!(tb instanceof PyTraceback)) throw typeError("format_entry() expects a traceback");
      const single = new PyTraceback(tracebackType, tb.frame, tb.lasti, tb.lineno, null);
      const text = formatTraceback(t, single);
      return text.startsWith(HEADER) ? text.slice(HEADER.length) : text;
    },
    // The source text of a file as the interpreter sees it, or None.
    read_source: (t, _s, args, kw): PyValue => {
      const p = strValue(oneArg("read_source", args, kw));
      if (p === undefined) return None;
      const text = t.interp.readSource(p);
      return text === null ? None : text;
    },
  }))
    m.dict!.setStr(name, fn);
  return m;
}
