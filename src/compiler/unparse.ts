/**
 * Expression source text for annotations under `from __future__ import annotations`, as
 * CPython 3.11's Python/ast_unparse.c writes it: minimal parentheses by operator precedence,
 * repr() for constants, single quotes preferred.
 */
import type * as ast from "../parser/ast.generated.js";
import { constValue } from "./ast-optimize.js";
import type { CodeConstant } from "./code.js";
import { constRepr } from "./const-repr.js";
import { strRepr } from "../objects/repr/str.js";

// Precedence levels (enum in ast_unparse.c).
const PR_TUPLE = 0;
const PR_TEST = 1; // 'if'-'else', 'lambda'
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP: Record<ast.operator["_type"], [string, number]> = {
  Add: ["+", PR_ARITH],
  Sub: ["-", PR_ARITH],
  Mult: ["*", PR_TERM],
  MatMult: ["@", PR_TERM],
  Div: ["/", PR_TERM],
  Mod: ["%", PR_TERM],
  LShift: ["<<", PR_SHIFT],
  RShift: [">>", PR_SHIFT],
  BitOr: ["|", PR_BOR],
  BitXor: ["^", PR_BXOR],
  BitAnd: ["&", PR_BAND],
  FloorDiv: ["//", PR_TERM],
  Pow: ["**", PR_POWER],
};

const CMPOP: Record<ast.cmpop["_type"], string> = {
  Eq: "==",
  NotEq: "!=",
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
  Is: "is",
  IsNot: "is not",
  In: "in",
  NotIn: "not in",
};

function paren(cond: boolean, text: string): string {
  return cond ? `(${text})` : text;
}

function constText(v: CodeConstant): string {
  // Infinity is written as an overflowing literal so the text round-trips.
  if (typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v)) return v > 0 ? "1e309" : "-1e309";
  if (typeof v === "object" && v !== null && "kind" in v && v.kind === "ellipsis") return "...";
  return constRepr(v);
}

function args(a: ast.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((arg, i) => {
    let text = arg.arg;
    if (i >= firstDefault) text += `=${expr(a.defaults[i - firstDefault]!, PR_TEST)}`;
    parts.push(text);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push("/");
  });
  if (a.vararg !== null || a.kwonlyargs.length > 0) parts.push(a.vararg !== null ? `*${a.vararg.arg}` : "*");
  a.kwonlyargs.forEach((arg, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${arg.arg}=${expr(d, PR_TEST)}` : arg.arg);
  });
  if (a.kwarg !== null) parts.push(`**${a.kwarg.arg}`);
  return parts.join(", ");
}

function comprehensions(gens: readonly ast.comprehension[]): string {
  return gens
    .map((g) => {
      let s = `${g.is_async ? " async" : ""} for ${expr(g.target, PR_TUPLE)} in ${expr(g.iter, PR_TEST + 1)}`;
      for (const cond of g.ifs) s += ` if ${expr(cond, PR_TEST + 1)}`;
      return s;
    })
    .join("");
}

/** Text of an f-string part (append_fstring_element). */
function fstringBody(values: readonly ast.expr[]): string {
  let out = "";
  for (const v of values) {
    if (v._type === "Constant") out += String(constValue(v)).replace(/\{/g, "{{").replace(/\}/g, "}}");
    else if (v._type === "FormattedValue") out += formattedValue(v);
    else out += `{${expr(v, PR_TEST + 1)}}`;
  }
  return out;
}

function formattedValue(v: ast.FormattedValue): string {
  let inner = expr(v.value, PR_TEST + 1);
  if (inner.startsWith("{")) inner = ` ${inner}`;
  let s = `{${inner}`;
  if (v.conversion !== -1) s += `!${String.fromCharCode(v.conversion)}`;
  if (v.format_spec !== null) {
    const spec = v.format_spec;
    s += `:${spec._type === "JoinedStr" ? fstringBody(spec.values) : expr(spec, PR_TEST)}`;
  }
  return `${s}}`;
}

function slice(e: ast.expr): string {
  if (e._type === "Slice") {
    let s = e.lower !== null ? expr(e.lower, PR_TEST) : "";
    s += ":";
    if (e.upper !== null) s += expr(e.upper, PR_TEST);
    if (e.step !== null) s += `:${expr(e.step, PR_TEST)}`;
    return s;
  }
  if (e._type === "Tuple" && e.elts.length > 0) {
    const parts = e.elts.map(slice);
    return parts.length === 1 ? `${parts[0]},` : parts.join(", ");
  }
  return expr(e, PR_TUPLE);
}

function expr(e: ast.expr, level: number): string {
  switch (e._type) {
    case "BoolOp": {
      const [op, pr] = e.op._type === "And" ? [" and ", PR_AND] : [" or ", PR_OR];
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case "NamedExpr":
      return paren(level > PR_TUPLE, `${expr(e.target, PR_ATOM)} := ${expr(e.value, PR_ATOM)}`);
    case "BinOp": {
      const [op, pr] = BINOP[e.op._type];
      const rassoc = e.op._type === "Pow";
      return paren(
        level > pr,
        `${expr(e.left, rassoc ? pr + 1 : pr)} ${op} ${expr(e.right, rassoc ? pr : pr + 1)}`,
      );
    }
    case "UnaryOp": {
      const [op, pr] =
        e.op._type === "Not"
          ? ["not ", PR_NOT]
          : e.op._type === "Invert"
            ? ["~", PR_FACTOR]
            : e.op._type === "UAdd"
              ? ["+", PR_FACTOR]
              : ["-", PR_FACTOR];
      return paren(level > pr, `${op}${expr(e.operand, pr)}`);
    }
    case "Lambda": {
      const a = args(e.args);
      return paren(level > PR_TEST, `lambda${a ? " " + a : ""}: ${expr(e.body, PR_TEST)}`);
    }
    case "IfExp":
      return paren(
        level > PR_TEST,
        `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`,
      );
    case "Dict":
      return `{${e.keys.map((k, i) => (k === null ? `**${expr(e.values[i]!, PR_EXPR)}` : `${expr(k, PR_TEST)}: ${expr(e.values[i]!, PR_TEST)}`)).join(", ")}}`;
    case "Set":
      return e.elts.length === 0 ? "{*()}" : `{${e.elts.map((x) => expr(x, PR_TEST)).join(", ")}}`;
    case "ListComp":
      return `[${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case "SetComp":
      return `{${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case "DictComp":
      return `{${expr(e.key, PR_TEST)}: ${expr(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case "GeneratorExp":
      return `(${expr(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case "Await":
      return paren(level > PR_AWAIT, `await ${expr(e.value, PR_ATOM)}`);
    case "Yield":
      return `(yield${e.value !== null ? " " + expr(e.value, PR_TEST) : ""})`;
    case "YieldFrom":
      return `(yield from ${expr(e.value, PR_TEST)})`;
    case "Compare": {
      let s = expr(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => (s += ` ${CMPOP[op._type]} ${expr(e.comparators[i]!, PR_CMP + 1)}`));
      return paren(level > PR_CMP, s);
    }
    case "Call": {
      let s = expr(e.func, PR_ATOM);
      const only = e.args.length === 1 && e.keywords.length === 0 ? e.args[0]! : null;
      if (only !== null && only._type === "GeneratorExp") return `${s}${expr(only, PR_TEST)}`;
      const parts = e.args.map((a) => expr(a, PR_TEST));
      for (const k of e.keywords)
        parts.push(k.arg === null ? `**${expr(k.value, PR_TEST)}` : `${k.arg}=${expr(k.value, PR_TEST)}`);
      s += `(${parts.join(", ")})`;
      return s;
    }
    case "JoinedStr":
      return `f${strRepr(fstringBody(e.values))}`;
    case "FormattedValue":
      return `f${strRepr(formattedValue(e))}`;
    case "Constant":
      return constText(constValue(e) as CodeConstant);
    case "Attribute": {
      let v = expr(e.value, PR_ATOM);
      // An integer literal needs a space before the dot: `1 .real`.
      if (e.value._type === "Constant" && typeof e.value.value === "bigint") v += " ";
      return `${v}.${e.attr}`;
    }
    case "Subscript":
      return `${expr(e.value, PR_ATOM)}[${slice(e.slice)}]`;
    case "Starred":
      return `*${expr(e.value, PR_EXPR)}`;
    case "Name":
      return e.id;
    case "List":
      return `[${e.elts.map((x) => expr(x, PR_TEST)).join(", ")}]`;
    case "Tuple":
      if (e.elts.length === 0) return "()";
      if (e.elts.length === 1) return paren(level > PR_TUPLE, `${expr(e.elts[0]!, PR_TEST)},`);
      return paren(level > PR_TUPLE, e.elts.map((x) => expr(x, PR_TEST)).join(", "));
    case "Slice":
      return slice(e);
  }
}

/** _PyAST_ExprAsUnicode */
export function unparseAnnotation(e: ast.expr): string {
  return expr(e, PR_TEST);
}
