/**
 * `ast.dump` of CPython 3.11 (Lib/ast.py), for our trees: field order from NODE_SPECS, optional
 * fields that are None left out, positions appended with `includeAttributes`, values written as
 * their Python repr. With `indent`, nodes and lists break over lines exactly as _format does.
 */
import { NODE_SPECS, type AnyNode } from "./ast.generated.js";
import type { ConstantValue } from "./constant.js";
import { formatExponent, floatRepr, positional } from "../objects/repr/float.js";
import { shortestDigits } from "../objects/format/shortest.js";
import { bytesRepr, reprCodePoints, strRepr } from "../objects/repr/str.js";

export interface DumpOptions {
  /** Append lineno, col_offset, end_lineno, end_col_offset (ast.dump's include_attributes). */
  readonly includeAttributes?: boolean;
  /** Name every field (annotate_fields, default true). */
  readonly annotateFields?: boolean;
  /** Pretty-print: a number of spaces or a string per level (ast.dump's indent). */
  readonly indent?: number | string | null;
}

const ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

type Value = AnyNode | readonly Value[] | ConstantValue | undefined;

export function dump(node: AnyNode, options: DumpOptions = {}): string {
  const includeAttributes = options.includeAttributes ?? false;
  const annotate = options.annotateFields ?? true;
  const indent = typeof options.indent === "number" ? " ".repeat(options.indent) : (options.indent ?? null);

  // Returns the text and whether it is "simple" (ast.py's second tuple item). `kind` says how a
  // number is typed in the ASDL: an `int` field or attribute, or a `constant` (a float).
  function format(value: Value, level: number, kind: "node" | "int" | "constant"): [string, boolean] {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level += 1;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      const parts = value.map((v: Value) => format(v, level, kind)[0]);
      return [`[${prefix}${parts.join(sep)}]`, false];
    }
    if (kind === "int" && typeof value === "number") return [String(value), true];
    if (kind === "node" && value !== null && typeof value === "object" && "_type" in value) {
      const n = value as AnyNode;
      const spec = NODE_SPECS[n._type];
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      const record = n as unknown as Record<string, Value>;
      for (const field of spec.fields) {
        const v = record[field.name];
        // `value is None and getattr(cls, name, ...) is None`: optional fields default to None.
        if ((v === null || v === undefined) && field.optional && !field.list) {
          keywords = true;
          continue;
        }
        const fieldKind = field.type === "constant" ? "constant" : field.type === "int" ? "int" : "node";
        const [text, simple] = format(v, level, fieldKind);
        allSimple &&= simple;
        args.push(keywords ? `${field.name}=${text}` : text);
      }
      if (includeAttributes && spec.positions) {
        for (const name of ATTRIBUTES) {
          const v = record[name];
          if (v === null || v === undefined) continue;
          const [text, simple] = format(v, level, "int");
          allSimple &&= simple;
          args.push(`${name}=${text}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${n._type}(${args.join(", ")})`, args.length === 0];
      return [`${n._type}(${prefix}${args.join(sep)})`, false];
    }
    return [repr(value as ConstantValue | undefined), true];
  }

  return format(node, 0, "node")[0];
}

/** repr() of the values an AST holds. */
export function repr(v: ConstantValue | undefined): string {
  if (v === null || v === undefined) return "None";
  switch (typeof v) {
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return v.toString();
    case "number":
      return floatRepr(v);
    case "string":
      return strRepr(v);
    default:
      switch (v.kind) {
        case "bytes":
          return bytesRepr(v.bytes);
        case "ellipsis":
          return "Ellipsis";
        case "complex":
          return complexRepr(v.real, v.imag);
        case "str":
          return reprCodePoints(v.codePoints);
      }
  }
}

/**
 * complex_repr in Objects/complexobject.c for the complex numbers literals produce (zero real
 * part with a positive sign): the imaginary part in 'r' format without a forced ".0", then "j".
 */
function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return shortFloat(imag) + "j";
  const re = shortFloat(real);
  const im = shortFloat(imag);
  const sign = im.startsWith("-") ? "" : "+";
  return `(${re}${sign}${im}j)`;
}

/** PyOS_double_to_string(x, 'r', 0, 0, NULL): repr without the ".0" of integral values. */
function shortFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const { digits, decpt } = shortestDigits(x);
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${formatExponent(decpt - 1)}`;
  }
  return sign + positional(digits, decpt, false);
}
