/** Struct sequences (Objects/structseq.c): tuples with named fields, like sys.version_info. */
import type { PyType, PyValue } from "./core.js";
import { defineBuiltinType, tupleType } from "./core.js";
import { PyDict } from "./dict.js";
import { E, PyBaseException, typeError } from "./exceptions.js";
import { parseArgs } from "./helpers.js";
import { defineGetSets, defineMethods, defineStatic } from "./native.js";
import { repr } from "./ops/convert.js";
import { toArray } from "./ops/iter.js";
import { PyTuple } from "./tuple.js";

/** Defines a struct sequence type named `qualified` (e.g. "sys.version_info") with these fields. */
export function structSeqType(qualified: string, fields: readonly string[], doc?: string): PyType {
  const dot = qualified.lastIndexOf(".");
  const t = defineBuiltinType(qualified.slice(dot + 1), { base: tupleType, subclassable: false });
  if (dot >= 0) t.ns.set("__module__", qualified.slice(0, dot));
  t.alloc = (tp) => new PyTuple([], tp);
  const getsets: Record<string, { get: (t: unknown, self: PyValue) => PyValue }> = {};
  fields.forEach((f, i) => {
    getsets[f] = { get: (_t, self) => (self as PyTuple).items[i]! };
  });
  defineGetSets(t, getsets);
  defineMethods(t, {
    __repr__: {
      gen: function* (th, self) {
        const items = (self as PyTuple).items;
        const parts: string[] = [];
        for (let i = 0; i < fields.length; i++) parts.push(`${fields[i]}=${yield* repr(th, items[i]!)}`);
        return `${qualified}(${parts.join(", ")})`;
      },
    },
    // structseq_reduce: the visible fields and a dict of the hidden ones (none here).
    __reduce__: (_th, self) =>
      new PyTuple([
        (self as PyTuple).type,
        new PyTuple([new PyTuple([...(self as PyTuple).items]), new PyDict()]),
      ]),
  });
  // structseq_new: `T(sequence, dict=None)` takes exactly as many items as the type has fields.
  defineStatic(t, {
    __new__: {
      gen: function* (th, _s, args, kwnames) {
        const [seq] = parseArgs("structseq", args.slice(1), kwnames, ["sequence", "dict"], 1);
        let items: PyValue[];
        if (seq instanceof PyTuple) items = [...seq.items];
        else {
          try {
            items = yield* toArray(th, seq!);
          } catch (e) {
            if (e instanceof PyBaseException && e.type.isSubtype(E.TypeError))
              throw typeError("constructor requires a sequence");
            throw e;
          }
        }
        if (items.length !== fields.length)
          throw typeError(
            `${qualified}() takes a ${fields.length}-sequence (${items.length}-sequence given)`,
          );
        return new PyTuple(items, args[0] as PyType);
      },
    },
  });
  if (doc !== undefined) t.ns.set("__doc__", doc);
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_sequence_fields", fields.length);
  t.ns.set("n_unnamed_fields", 0);
  return t;
}

/** Struct sequences made by the runtime (PyStructSequence_New), which gc never tracks. */
const untracked = new WeakSet<PyTuple>();

export function structSeq(type: PyType, values: PyValue[]): PyTuple {
  const o = new PyTuple(values, type);
  untracked.add(o);
  return o;
}

/** gc.is_tracked of a struct sequence: only those a program constructed (structseq_new). */
export function structSeqTracked(o: PyTuple): boolean {
  return !untracked.has(o);
}
