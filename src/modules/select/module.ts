/**
 * select: select.select over the interpreter's sockets (Modules/selectmodule.c). Objects are
 * descriptors or have a fileno() method; the answer lists the objects themselves. Nothing is
 * ever "exceptional" on these sockets, so the third list always comes back empty. The timeout is
 * on the interpreter clock; a blocking select blocks only the calling thread.
 */
import type { PyValue } from "../../objects/core.js";
import { None } from "../../objects/core.js";
import { typeError, valueError } from "../../objects/exceptions.js";
import { PyFloat } from "../../objects/float.js";
import { intValue, parseArgs } from "../../objects/helpers.js";
import { PyList } from "../../objects/list.js";
import { PyModule } from "../../objects/misc.js";
import { nativeFunctions } from "../../objects/native.js";
import { getAttrOpt } from "../../objects/ops/attr.js";
import { call } from "../../objects/ops/call.js";
import { toArray } from "../../objects/ops/iter.js";
import type { Gen } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { Thread } from "../../vm/thread.js";
import { selectFds } from "../_socket/module.js";
import { E, PyBaseException } from "../../objects/exceptions.js";

/** PyObject_AsFileDescriptor: an int, or the int fileno() returns. */
function* fdOf(t: Thread, v: PyValue): Gen<number> {
  let n = typeof v === "boolean" ? undefined : intValue(v);
  if (n === undefined) {
    const m = yield* getAttrOpt(t, v, "fileno");
    if (m === undefined) throw typeError("argument must be an int, or have a fileno() method.");
    const r = yield* call(t, m, []);
    n = intValue(r);
    if (n === undefined) throw typeError("fileno() returned a non-integer");
  }
  const fd = Number(n);
  if (fd < 0) throw valueError(`file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

function timeoutOf(v: PyValue): number {
  if (v === None) return -1;
  let s: number;
  if (v instanceof PyFloat) s = v.value;
  else {
    const n = typeof v === "boolean" ? (v ? 1 : 0) : intValue(v);
    if (n === undefined) throw typeError("timeout must be a float or None");
    s = Number(n);
  }
  if (Number.isNaN(s)) throw valueError("Invalid value NaN (not a number)");
  if (s < 0) throw valueError("timeout must be non-negative");
  return s;
}

function* select(t: Thread, args: PyValue[], kwnames: readonly string[] | null): Gen<PyValue> {
  const a = parseArgs("select", args, kwnames, ["rlist", "wlist", "xlist", "timeout"], 3, { posOnly: 4 });
  const timeout = timeoutOf(a[3] ?? None);
  const lists: PyValue[][] = [];
  const fds: number[][] = [];
  for (const v of [a[0], a[1], a[2]]) {
    let items: PyValue[];
    try {
      items = yield* toArray(t, v ?? None);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(E.TypeError))
        throw typeError("arguments 1-3 must be sequences");
      throw e;
    }
    lists.push(items);
    const f: number[] = [];
    for (const x of items) f.push(yield* fdOf(t, x));
    fds.push(f);
  }
  const [r, w] = yield* selectFds(t, fds[0]!, fds[1]!, timeout);
  const pick = (i: number, ready: number[]): PyList =>
    new PyList(lists[i]!.filter((_x, k) => ready.includes(fds[i]![k]!)));
  return new PyTuple([pick(0, r), pick(1, w), new PyList([])]);
}

export function makeSelectModule(): PyModule {
  const m = new PyModule("select");
  for (const [name, fn] of nativeFunctions("select", {
    select: { gen: (t, _s, args, kw) => select(t, args, kw) },
  }))
    m.dict!.setStr(name, fn);
  m.dict!.setStr("error", E.OSError);
  return m;
}
