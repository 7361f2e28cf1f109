/**
 * The AST optimizer that runs before the symbol table: constant folding, literal lists and sets
 * in `in` tests and `for` iterables turned into tuples and frozensets, `__debug__`, and simple
 * %-formatting of a literal turned into an f-string. Follows CPython 3.11's Python/ast_opt.c,
 * including its limits on the size of folded results (so `2**1000` stays a BINARY_OP).
 *
 * The tree is changed in place, as CPython does; compile() hands it a copy.
 */
import type * as ast from "../parser/ast.generated.js";
import type { CodeConstant } from "./code.js";
import type { BinOpName } from "./const-ops.js";
import { binaryOp, numBits, strLength, subscript, unaryOp } from "./const-ops.js";
import type { PyConst } from "./const-value.js";
import { frozenset, isFrozenset, isTuple, tuple } from "./const-value.js";
import { docstringOf } from "./docstring.js";
import { FUTURE_ANNOTATIONS } from "./future.js";
import { COMPILER_RECURSION_LIMIT, recursionError } from "./recursion.js";

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

/** The value of a (possibly folded) Constant node. */
export function constValue(e: ast.Constant): PyConst {
  return e.value as PyConst;
}

type Mutable = Record<string, unknown>;

/** Turns `node` into another node in place, keeping the object (COPY_NODE in ast_opt.c). */
function replaceNode(node: ast.expr, replacement: ast.expr): void {
  const target = node as unknown as Mutable;
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, replacement);
}

/** make_const: the node becomes a Constant with the same position. */
function makeConst(node: ast.expr, value: PyConst | undefined): void {
  if (value === undefined) return;
  const { lineno, col_offset, end_lineno, end_col_offset } = node;
  replaceNode(node, {
    _type: "Constant",
    value: value as ast.Constant["value"],
    kind: null,
    lineno,
    col_offset,
    end_lineno,
    end_col_offset,
  });
}

function hasStarred(elts: readonly ast.expr[]): boolean {
  return elts.some((e) => e._type === "Starred");
}

function isIntConst(v: PyConst): v is bigint | boolean {
  return typeof v === "bigint" || typeof v === "boolean";
}

function toBig(v: bigint | boolean): bigint {
  return typeof v === "boolean" ? (v ? 1n : 0n) : v;
}

/** check_complexity: how much of the item budget a nested constant collection uses. */
function checkComplexity(v: CodeConstant, limit: number): number {
  if (typeof v === "object" && v !== null && (isTuple(v) || isFrozenset(v))) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i]!, limit);
  }
  return limit;
}

function sequenceSize(v: PyConst): number | undefined {
  if (typeof v === "string") return strLength(v);
  if (typeof v === "object" && v !== null && "kind" in v) {
    if (v.kind === "bytes") return v.bytes.length;
  }
  return undefined;
}

/** safe_multiply */
function safeMultiply(v: PyConst, w: PyConst): PyConst | undefined {
  if (isIntConst(v) && isIntConst(w)) {
    const a = toBig(v);
    const b = toBig(w);
    if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return undefined;
  } else if (isIntConst(v) && typeof w === "object" && w !== null && (isTuple(w) || isFrozenset(w))) {
    const size = w.items.length;
    if (size) {
      const n = toBig(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return undefined;
    }
  } else if (isIntConst(v) && sequenceSize(w) !== undefined) {
    const size = sequenceSize(w)!;
    if (size) {
      const n = toBig(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
    }
  } else if (
    isIntConst(w) &&
    (sequenceSize(v) !== undefined || (typeof v === "object" && v !== null && (isTuple(v) || isFrozenset(v))))
  ) {
    return safeMultiply(w, v);
  }
  return binaryOp("Mult", v, w);
}

/** safe_power */
function safePower(v: PyConst, w: PyConst): PyConst | undefined {
  if (isIntConst(v) && isIntConst(w)) {
    const a = toBig(v);
    const b = toBig(w);
    if (a !== 0n && b > 0n) {
      const vbits = numBits(a);
      if (b > BigInt(MAX_INT_SIZE) || vbits > Math.floor(MAX_INT_SIZE / Number(b))) return undefined;
    }
  }
  return binaryOp("Pow", v, w);
}

/** safe_lshift */
function safeLshift(v: PyConst, w: PyConst): PyConst | undefined {
  if (isIntConst(v) && isIntConst(w)) {
    const a = toBig(v);
    const b = toBig(w);
    if (a !== 0n && b !== 0n) {
      if (b < 0n) return undefined;
      if (b > BigInt(MAX_INT_SIZE) || numBits(a) > MAX_INT_SIZE - Number(b)) return undefined;
    }
  }
  return binaryOp("LShift", v, w);
}

/** safe_mod: %-formatting of str and bytes is left to run time. */
function safeMod(v: PyConst, w: PyConst): PyConst | undefined {
  if (typeof v === "string" || sequenceSize(v) !== undefined) return undefined;
  return binaryOp("Mod", v, w);
}

const NO_POS = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function strConstant(value: string): ast.Constant {
  return { _type: "Constant", value, kind: null, ...NO_POS };
}

/** parse_literal: the text up to the next lone `%`, with `%%` made `%`. */
function parseLiteral(fmt: string[], pos: { i: number }): ast.Constant | null {
  const start = pos.i;
  let hasPercents = false;
  while (pos.i < fmt.length) {
    if (fmt[pos.i] !== "%") pos.i++;
    else if (pos.i + 1 < fmt.length && fmt[pos.i + 1] === "%") {
      hasPercents = true;
      pos.i += 2;
    } else break;
  }
  if (pos.i === start) return null;
  let text = fmt.slice(start, pos.i).join("");
  if (hasPercents) text = text.split("%%").join("%");
  return strConstant(text);
}

const MAXDIGITS = 3;
const F_LJUST = 1;

/** simple_format_arg_parse + parse_format: one %-unit, if it is a simple s/r/a one. */
function parseFormat(fmt: string[], pos: { i: number }, arg: ast.expr): ast.FormattedValue | null {
  let i = pos.i;
  let flags = 0;
  let width = -1;
  let prec = -1;
  let ch: string;
  const next = (): boolean => {
    if (i >= fmt.length) return false;
    ch = fmt[i++]!;
    return true;
  };
  for (;;) {
    if (!next()) return null;
    if (ch! === "-") flags |= F_LJUST;
    else if (ch! === "+" || ch! === " " || ch! === "#" || ch! === "0") flags |= 2;
    else break;
  }
  const isDigit = (c: string) => c >= "0" && c <= "9";
  if (isDigit(ch!)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch!)) {
      width = width * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch! === ".") {
    if (!next()) return null;
    prec = 0;
    if (isDigit(ch!)) {
      let digits = 0;
      while (isDigit(ch!)) {
        prec = prec * 10 + Number(ch!);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  const spec = ch!;
  pos.i = i;
  if (spec !== "s" && spec !== "r" && spec !== "a") return null;
  // Only the flags that leave the result a plain conversion are accepted by CPython too: the
  // others change nothing for s/r/a except F_LJUST, which decides the alignment.
  let buf = "";
  if (!(flags & F_LJUST) && width > 0) buf += ">";
  if (width >= 0) buf += String(width);
  if (prec >= 0) buf += `.${prec}`;
  return {
    _type: "FormattedValue",
    value: arg,
    conversion: spec.charCodeAt(0),
    format_spec: buf === "" ? null : strConstant(buf),
    lineno: arg.lineno,
    col_offset: arg.col_offset,
    end_lineno: arg.end_lineno,
    end_col_offset: arg.end_col_offset,
  };
}

/** optimize_format: `'%s-%r' % (a, b)` becomes `f'{a!s}-{b!r}'`. */
function optimizeFormat(node: ast.BinOp, fmtText: string, elts: readonly ast.expr[]): void {
  const fmt = Array.from(fmtText);
  const pos = { i: 0 };
  let cnt = 0;
  const seq: ast.expr[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit !== null) seq.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return; // more format units than items
    pos.i++;
    const expr = parseFormat(fmt, pos, elts[cnt]!);
    cnt++;
    if (expr === null) return;
    seq.push(expr);
  }
  if (cnt < elts.length) return; // more items than format units
  replaceNode(node, {
    _type: "JoinedStr",
    values: seq,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  });
}

class Optimizer {
  private depth = 0;

  constructor(
    private readonly futureAnnotations: boolean,
    private readonly optimize: number,
  ) {}

  private enter(): void {
    if (++this.depth > COMPILER_RECURSION_LIMIT) throw recursionError();
  }

  body(stmts: ast.stmt[]): void {
    const hadDocstring = docstringOf(stmts) !== null;
    for (const s of stmts) this.stmt(s);
    // A statement that became a string constant by folding must not become a docstring.
    if (!hadDocstring && docstringOf(stmts) !== null) {
      const st = stmts[0] as ast.Expr;
      const value = st.value;
      st.value = {
        _type: "JoinedStr",
        values: [value],
        lineno: st.lineno,
        col_offset: st.col_offset,
        end_lineno: st.end_lineno,
        end_col_offset: st.end_col_offset,
      };
    }
  }

  mod(mod: ast.mod): void {
    switch (mod._type) {
      case "Module":
        this.body(mod.body);
        break;
      case "Interactive":
        for (const s of mod.body) this.stmt(s);
        break;
      case "Expression":
        this.expr(mod.body);
        break;
      case "FunctionType":
        break;
    }
  }

  private exprs(exprs: readonly (ast.expr | null)[]): void {
    for (const e of exprs) if (e !== null) this.expr(e);
  }

  private stmts(stmts: readonly ast.stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private arguments(a: ast.arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args]) this.arg(arg);
    if (a.vararg !== null) this.arg(a.vararg);
    for (const arg of a.kwonlyargs) this.arg(arg);
    this.exprs(a.kw_defaults);
    if (a.kwarg !== null) this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  private arg(a: ast.arg): void {
    if (!this.futureAnnotations && a.annotation !== null) this.expr(a.annotation);
  }

  expr(e: ast.expr): void {
    this.enter();
    this.expr1(e);
    this.depth--;
  }

  private expr1(e: ast.expr): void {
    switch (e._type) {
      case "BoolOp":
        this.exprs(e.values);
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        this.foldBinOp(e);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        this.foldUnaryOp(e);
        break;
      case "Lambda":
        this.arguments(e.args);
        this.expr(e.body);
        break;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case "Set":
        this.exprs(e.elts);
        break;
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.expr(e.elt);
        for (const g of e.generators) this.comprehension(g);
        break;
      case "DictComp":
        this.expr(e.key);
        this.expr(e.value);
        for (const g of e.generators) this.comprehension(g);
        break;
      case "Await":
      case "YieldFrom":
        this.expr(e.value);
        break;
      case "Yield":
        if (e.value !== null) this.expr(e.value);
        break;
      case "Compare":
        this.expr(e.left);
        this.exprs(e.comparators);
        this.foldCompare(e);
        break;
      case "Call":
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        break;
      case "JoinedStr":
        this.exprs(e.values);
        break;
      case "Attribute":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        this.foldSubscript(e);
        break;
      case "Starred":
        this.expr(e.value);
        break;
      case "Slice":
        if (e.lower !== null) this.expr(e.lower);
        if (e.upper !== null) this.expr(e.upper);
        if (e.step !== null) this.expr(e.step);
        break;
      case "List":
        this.exprs(e.elts);
        break;
      case "Tuple":
        this.exprs(e.elts);
        this.foldTuple(e);
        break;
      case "Name":
        // __debug__ is True unless optimizing (-O).
        if (e.ctx._type === "Load" && e.id === "__debug__") makeConst(e, !this.optimize);
        break;
      case "NamedExpr":
        this.expr(e.value);
        break;
      case "Constant":
        break;
    }
  }

  private comprehension(g: ast.comprehension): void {
    this.expr(g.target);
    this.expr(g.iter);
    this.exprs(g.ifs);
    this.foldIter(g.iter);
  }

  stmt(s: ast.stmt): void {
    this.enter();
    this.stmt1(s);
    this.depth--;
  }

  private stmt1(s: ast.stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (!this.futureAnnotations && s.returns !== null) this.expr(s.returns);
        break;
      case "ClassDef":
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case "Return":
        if (s.value !== null) this.expr(s.value);
        break;
      case "Delete":
        this.exprs(s.targets);
        break;
      case "Assign":
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "AnnAssign":
        this.expr(s.target);
        if (!this.futureAnnotations) this.expr(s.annotation);
        if (s.value !== null) this.expr(s.value);
        break;
      case "For":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        this.foldIter(s.iter);
        break;
      case "AsyncFor":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars !== null) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case "Raise":
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        break;
      case "Expr":
        this.expr(s.value);
        break;
      case "Match":
        this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          if (m.guard !== null) this.expr(m.guard);
          this.stmts(m.body);
        }
        break;
      case "Import":
      case "ImportFrom":
      case "Global":
      case "Nonlocal":
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  private pattern(p: ast.pattern): void {
    this.enter();
    this.pattern1(p);
    this.depth--;
  }

  private pattern1(p: ast.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSingleton":
      case "MatchStar":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q);
        break;
      case "MatchMapping":
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case "MatchClass":
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case "MatchAs":
        if (p.pattern !== null) this.pattern(p.pattern);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }

  /** fold_unaryop, including `not (a in b)` → `a not in b` for in/not in/is/is not. */
  private foldUnaryOp(node: ast.UnaryOp): void {
    const arg = node.operand;
    if (arg._type !== "Constant") {
      if (node.op._type === "Not" && arg._type === "Compare" && arg.ops.length === 1) {
        const inverted: Record<string, ast.cmpop["_type"]> = {
          Is: "IsNot",
          IsNot: "Is",
          In: "NotIn",
          NotIn: "In",
        };
        const op = inverted[arg.ops[0]!._type];
        if (op !== undefined) {
          arg.ops[0] = { _type: op } as ast.cmpop;
          replaceNode(node, arg);
        }
      }
      return;
    }
    makeConst(node, unaryOp(node.op._type, constValue(arg)));
  }

  /** fold_binop */
  private foldBinOp(node: ast.BinOp): void {
    const lhs = node.left;
    const rhs = node.right;
    if (lhs._type !== "Constant") return;
    const lv = constValue(lhs);
    if (node.op._type === "Mod" && rhs._type === "Tuple" && typeof lv === "string" && !hasStarred(rhs.elts)) {
      optimizeFormat(node, lv, rhs.elts);
      return;
    }
    if (rhs._type !== "Constant") return;
    const rv = constValue(rhs);
    const op = node.op._type as BinOpName;
    let value: PyConst | undefined;
    switch (op) {
      case "Mult":
        value = safeMultiply(lv, rv);
        break;
      case "Mod":
        value = safeMod(lv, rv);
        break;
      case "Pow":
        value = safePower(lv, rv);
        break;
      case "LShift":
        value = safeLshift(lv, rv);
        break;
      case "MatMult":
        return;
      default:
        value = binaryOp(op, lv, rv);
    }
    makeConst(node, value);
  }

  /** fold_tuple */
  private foldTuple(node: ast.Tuple): void {
    if (node.ctx._type !== "Load") return;
    makeConst(node, constTuple(node.elts));
  }

  /** fold_subscr */
  private foldSubscript(node: ast.Subscript): void {
    const arg = node.value;
    const idx = node.slice;
    if (node.ctx._type !== "Load" || arg._type !== "Constant" || idx._type !== "Constant") return;
    makeConst(node, subscript(constValue(arg), constValue(idx)));
  }

  /** fold_iter: a literal list becomes a tuple, a literal set of constants a frozenset. */
  private foldIter(arg: ast.expr): void {
    if (arg._type === "List") {
      if (hasStarred(arg.elts)) return;
      const asTuple: ast.Tuple = { ...arg, _type: "Tuple" };
      replaceNode(arg, asTuple);
      makeConst(arg, constTuple(asTuple.elts));
    } else if (arg._type === "Set") {
      const t = constTuple(arg.elts);
      makeConst(arg, t === undefined ? undefined : frozenset(t.items));
    }
  }

  /** fold_compare: only the last comparison's right operand is folded for `in`. */
  private foldCompare(node: ast.Compare): void {
    const i = node.ops.length - 1;
    const op = node.ops[i]!._type;
    if (op === "In" || op === "NotIn") this.foldIter(node.comparators[i]!);
  }
}

/** make_const_tuple */
function constTuple(elts: readonly ast.expr[]): ReturnType<typeof tuple> | undefined {
  if (!elts.every((e) => e._type === "Constant")) return undefined;
  return tuple(elts.map((e) => constValue(e as ast.Constant) as CodeConstant));
}

/** Optimizes `mod` in place (_PyAST_Optimize); `optimize` is the -O level. */
export function optimizeAst(mod: ast.mod, futureFlags: number, optimize = 0): void {
  new Optimizer((futureFlags & FUTURE_ANNOTATIONS) !== 0, optimize).mod(mod);
}
