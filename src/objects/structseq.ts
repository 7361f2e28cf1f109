/** Struct sequences (Objects/structseq.c): tuples with named fields, like sys.version_info. */
import type { PyType, PyValue } from "./core.js";
import { defineBuiltinType, tupleType } from "./core.js";
import { defineGetSets, defineMethods } from "./native.js";
import { repr } from "./ops/convert.js";
import { PyTuple } from "./tuple.js";

/** Defines a struct sequence type named `qualified` (e.g. "sys.version_info") with these fields. */
export function structSeqType(qualified: string, fields: readonly string[]): PyType {
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
  });
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_sequence_fields", fields.length);
  return t;
}

export function structSeq(type: PyType, values: PyValue[]): PyTuple {
  return new PyTuple(values, type);
}
