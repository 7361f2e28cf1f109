/**
 * Warnings raised by natives (CPython's PyErr_WarnEx / PyErr_WarnFormat): they go through the
 * warnings module, so its filters (including "error", which turns the warning into the exception
 * the native then propagates), catch_warnings(record=True), showwarning replacements and the
 * once-per-location registries apply as they do to warnings.warn. With stacklevel 1 the warning
 * is attributed to the Python frame that called the native: natives have no frame of their own,
 * so that frame is warnings.warn's caller.
 */
import type { Thread } from "../vm/thread.js";
import type { PyType } from "../objects/core.js";
import { getAttr } from "../objects/ops/attr.js";
import { call } from "../objects/ops/call.js";
import type { Gen } from "../objects/suspend.js";
import { importAbsolute } from "./importer.js";

export function* warnFromNative(t: Thread, category: PyType, message: string, stacklevel = 1): Gen<void> {
  const warnings = yield* importAbsolute(t, "warnings");
  yield* call(t, yield* getAttr(t, warnings, "warn"), [message, category, stacklevel]);
}
