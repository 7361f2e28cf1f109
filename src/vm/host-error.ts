/**
 * The last line of defence against internal bugs: a JavaScript error that escapes the VM (a
 * broken invariant, a native reading an argument that is not there) is reported the way CPython
 * reports its own internal failures, as a SystemError with the Python traceback of where the
 * program was, and the program ends with status 1. The user never sees a JavaScript stack.
 */
import { tracebackType } from "../objects/core.js";
import { E, PyTraceback, newException } from "../objects/exceptions.js";
import { Frame } from "./frame.js";
import type { Interpreter } from "./interpreter.js";
import { formatTraceback } from "./traceback.js";

/** The text of an escaped host error: "TypeError: message" (no stack). */
function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

/** Prints the report to the host's stderr (stdout flushed first) and returns the exit status. */
export function reportHostError(interp: Interpreter, e: unknown): number {
  const t = interp.mainThread;
  const exc = newException(E.SystemError, `pyglass internal error: ${describe(e)}`);
  // The frames still on the thread's stack, innermost last in the traceback chain.
  let tb: PyTraceback | null = null;
  for (let f = t.top; f !== null; f = f.back) {
    if (!(f instanceof Frame)) continue;
    const at = Math.max(f.lasti, 0);
    tb = new PyTraceback(tracebackType, f, at * 2, f.code.lineAt(at), tb);
  }
  let text = "";
  try {
    if (tb !== null) text = formatTraceback(t, tb);
  } catch {
    text = "";
  }
  try {
    interp.finalize(1);
  } catch {
    // Flushing is best effort once the interpreter's state is suspect.
  }
  interp.host.writeStderr(`${text}SystemError: ${String(exc.args.items[0])}\n`);
  return 1;
}
