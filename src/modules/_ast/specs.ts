/**
 * The node classes of the `ast` module as data, derived from NODE_SPECS (the parser's one table
 * of node types, src/parser/ast.def): per class its base, `_fields`, `_attributes`, which fields
 * default to None on the class, and the ASDL signature CPython uses as `__doc__`
 * (make_type in Python/Python-ast.c).
 */
import { NODE_SPECS, type NodeSpec, type NodeType } from "../../parser/ast.generated.js";

export const POSITION_ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

export interface ClassSpec {
  readonly name: string;
  /** "AST" for abstract bases and product types, else the abstract base's name. */
  readonly base: string;
  readonly fields: readonly string[];
  /** `_attributes`, set on abstract bases and product types (constructors inherit theirs). */
  readonly attributes: readonly string[] | null;
  /** Class attributes that are None: optional fields (and end positions of located classes). */
  readonly noneDefaults: readonly string[];
  readonly doc: string;
}

/** ASDL's spelling of a field: `expr? value`, `stmt* body` (our `?*` lists are ASDL's `*`). */
function fieldSignature(f: NodeSpec["fields"][number]): string {
  return `${f.type}${f.list ? "*" : f.optional ? "?" : ""} ${f.name}`;
}

function signature(name: string, spec: NodeSpec): string {
  return spec.fields.length === 0 ? name : `${name}(${spec.fields.map(fieldSignature).join(", ")})`;
}

function optionalFields(spec: NodeSpec): string[] {
  return spec.fields.filter((f) => f.optional && !f.list).map((f) => f.name);
}

/** Every class in CPython's order: each abstract base before its constructors. */
export function classSpecs(): ClassSpec[] {
  const out: ClassSpec[] = [];
  const names = Object.keys(NODE_SPECS) as NodeType[];
  const seen = new Set<string>();
  for (const name of names) {
    const spec = NODE_SPECS[name];
    const attrs = spec.positions ? [...POSITION_ATTRIBUTES] : [];
    const ends = spec.positions ? ["end_lineno", "end_col_offset"] : [];
    if (spec.base === name) {
      out.push({
        name,
        base: "AST",
        fields: spec.fields.map((f) => f.name),
        attributes: attrs,
        noneDefaults: [...optionalFields(spec), ...ends],
        doc: signature(name, spec),
      });
      continue;
    }
    if (!seen.has(spec.base)) {
      seen.add(spec.base);
      const members = names.filter((n) => NODE_SPECS[n].base === spec.base);
      const pad = " ".repeat(spec.base.length + 1);
      // Simple sums (no constructor has fields) are written on one line.
      const simple = members.every((n) => NODE_SPECS[n].fields.length === 0);
      const doc = simple
        ? `${spec.base} = ${members.join(" | ")}`
        : members
            .map((n, i) => `${i === 0 ? `${spec.base} =` : `${pad}|`} ${signature(n, NODE_SPECS[n])}`)
            .join("\n");
      out.push({ name: spec.base, base: "AST", fields: [], attributes: attrs, noneDefaults: ends, doc });
    }
    out.push({
      name,
      base: spec.base,
      fields: spec.fields.map((f) => f.name),
      attributes: null,
      noneDefaults: optionalFields(spec),
      doc: signature(name, spec),
    });
  }
  return out;
}
