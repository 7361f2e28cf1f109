/**
 * time.struct_time: a struct sequence of nine visible fields plus tm_zone and tm_gmtoff, which
 * are attributes only (n_sequence_fields 9, n_fields 11), as in Modules/timemodule.c.
 */
import type { PyType, PyValue } from "../../objects/core.js";
import { None, defineBuiltinType, tupleType } from "../../objects/core.js";
import { typeError } from "../../objects/exceptions.js";
import { parseArgs } from "../../objects/helpers.js";
import { defineGetSets, defineMethods, defineStatic } from "../../objects/native.js";
import { repr } from "../../objects/ops/convert.js";
import { toArray } from "../../objects/ops/iter.js";
import { PyTuple } from "../../objects/tuple.js";

const FIELDS = [
  "tm_year",
  "tm_mon",
  "tm_mday",
  "tm_hour",
  "tm_min",
  "tm_sec",
  "tm_wday",
  "tm_yday",
  "tm_isdst",
];

export class PyStructTime extends PyTuple {
  constructor(
    items: PyValue[],
    readonly zone: PyValue = None,
    readonly gmtoff: PyValue = None,
    type: PyType = structTimeType,
  ) {
    super(items, type);
  }
}

export const structTimeType: PyType = defineBuiltinType("struct_time", {
  base: tupleType,
  subclassable: false,
});
structTimeType.ns.set("__module__", "time");
structTimeType.alloc = (tp) => new PyStructTime([], None, None, tp);
structTimeType.ns.set("n_fields", 11);
structTimeType.ns.set("n_sequence_fields", 9);
structTimeType.ns.set("n_unnamed_fields", 0);

const getsets: Record<string, { get: (t: unknown, self: PyValue) => PyValue }> = {};
FIELDS.forEach((name, i) => {
  getsets[name] = { get: (_t, self) => (self as PyTuple).items[i]! };
});
getsets["tm_zone"] = { get: (_t, self) => (self as PyStructTime).zone };
getsets["tm_gmtoff"] = { get: (_t, self) => (self as PyStructTime).gmtoff };
defineGetSets(structTimeType, getsets);

defineStatic(structTimeType, {
  __new__: {
    gen: function* (t, _s, args, kw) {
      const [, seq] = parseArgs("struct_time", args, kw, ["cls", "sequence", "dict"], 2);
      const items = yield* toArray(t, seq!);
      if (items.length < 9)
        throw typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
      if (items.length > 11)
        throw typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
      return new PyStructTime(items.slice(0, 9), items[9] ?? None, items[10] ?? None);
    },
  },
});

defineMethods(structTimeType, {
  __repr__: {
    gen: function* (th, self) {
      const items = (self as PyTuple).items;
      const parts: string[] = [];
      for (let i = 0; i < 9; i++) parts.push(`${FIELDS[i]}=${yield* repr(th, items[i]!)}`);
      return `time.struct_time(${parts.join(", ")})`;
    },
  },
  __reduce__: (_t, self) => {
    const st = self as PyStructTime;
    return new PyTuple([structTimeType, new PyTuple([new PyTuple([...st.items, st.zone, st.gmtoff])])]);
  },
});
