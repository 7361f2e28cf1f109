/** types.SimpleNamespace (Objects/namespaceobject.c): attributes in a dict, a keyword repr. */
import type { PyValue } from "../objects/core.js";
import { None, NotImplemented, PyObject, defineBuiltinType } from "../objects/core.js";
import { typeError } from "../objects/exceptions.js";
import { PyDict } from "../objects/dict.js";
import { defineGetSets, defineMethods } from "../objects/native.js";
import { EQ, richCompareBool } from "../objects/ops/compare.js";
import { repr } from "../objects/ops/convert.js";

export const simpleNamespaceType = defineBuiltinType("SimpleNamespace");
simpleNamespaceType.ns.set("__module__", "types");
simpleNamespaceType.hasDict = true;
// It compares by value and so, like CPython's (tp_hash NULL beside tp_richcompare), is unhashable.
simpleNamespaceType.ns.set("__hash__", None);

export function simpleNamespace(attrs: Record<string, PyValue>): PyObject {
  const o = new PyObject(simpleNamespaceType);
  o.dict = new PyDict();
  for (const [k, v] of Object.entries(attrs)) o.dict.setStr(k, v);
  return o;
}

export function initNamespace(): void {
  // The instance dict, as the __dict__ member of namespaceobject.c exposes it (vars() reads it).
  defineGetSets(simpleNamespaceType, {
    __dict__: {
      get: (_t, self) => {
        const o = self as PyObject;
        if (o.dict === null) o.dict = new PyDict();
        return o.dict;
      },
    },
  });
  defineMethods(simpleNamespaceType, {
    __init__: (_t, self, args, kwnames) => {
      const o = self as PyObject;
      if (o.dict === null) o.dict = new PyDict();
      const nkw = kwnames?.length ?? 0;
      for (let i = 0; i < nkw; i++) o.dict.setStr(kwnames![i]!, args[args.length - nkw + i]!);
      if (args.length - nkw > 0) throw typeError("no positional arguments expected");
      return None;
    },
    __repr__: {
      gen: function* (t, self) {
        const o = self as PyObject;
        const name = o.type === simpleNamespaceType ? "namespace" : o.type.name;
        if (t.reprActive.has(o)) return `${name}(...)`;
        t.reprActive.add(o);
        try {
          const parts: string[] = [];
          for (const [k, v] of o.dict?.entries() ?? []) parts.push(`${String(k)}=${yield* repr(t, v)}`);
          return `${name}(${parts.join(", ")})`;
        } finally {
          t.reprActive.delete(o);
        }
      },
    },
    __eq__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PyObject) || o.type !== (self as PyObject).type) return NotImplemented;
        const a = (self as PyObject).dict ?? new PyDict();
        const b = o.dict ?? new PyDict();
        return yield* richCompareBool(t, a, b, EQ);
      },
    },
  });
}
