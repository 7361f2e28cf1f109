/**
 * Code generation for expressions: operators, comparisons and conditional jumps, calls (with the
 * LOAD_METHOD and KW_NAMES fast paths), displays, f-strings, subscripts, names, yield and await.
 * Follows compiler_visit_expr1 and its helpers in CPython 3.11's Python/compile.c.
 */
import type * as ast from "../parser/ast.generated.js";
import type { Block } from "./cfg.js";
import type { Compiler } from "./compiler.js";
import { constValue } from "./ast-optimize.js";
import { compileComprehension } from "./codegen-comprehension.js";
import { compileLambda } from "./codegen-function.js";
import type { CodeConstant } from "./code.js";
import { frozenset, tuple } from "./const-value.js";
import { COMPARE_OPS, Op, PseudoOp } from "./opcodes.js";
import { DEF_IMPORT } from "./symtable.js";

/** A soft limit on stack use, past which displays and calls are built incrementally. */
export const STACK_USE_GUIDELINE = 30;

/** compiler_visit_expr: each expression sets the location of its instructions. */
export function visitExpr(c: Compiler, e: ast.expr): void {
  const saved = c.saveLoc();
  c.setLoc(e);
  visitExpr1(c, e);
  c.restoreLoc(saved);
}

export function visitExprs(c: Compiler, exprs: readonly ast.expr[]): void {
  for (const e of exprs) visitExpr(c, e);
}

const BINARY_OPARG: Record<ast.operator["_type"], number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
};

/** addop_binary: BINARY_OP with CPython's NB_* argument (NB_INPLACE_* = NB_* + 13). */
export function addopBinary(c: Compiler, op: ast.operator, inplace: boolean): void {
  c.addopI(Op.BINARY_OP, BINARY_OPARG[op._type] + (inplace ? 13 : 0));
}

const UNARY_OPCODE: Record<ast.unaryop["_type"], number> = {
  Invert: Op.UNARY_INVERT,
  Not: Op.UNARY_NOT,
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
};

/** compiler_addcompare */
export function addCompare(c: Compiler, op: ast.cmpop): void {
  switch (op._type) {
    case "Is":
      c.addopI(Op.IS_OP, 0);
      return;
    case "IsNot":
      c.addopI(Op.IS_OP, 1);
      return;
    case "In":
      c.addopI(Op.CONTAINS_OP, 0);
      return;
    case "NotIn":
      c.addopI(Op.CONTAINS_OP, 1);
      return;
    default: {
      const symbol = { Lt: "<", LtE: "<=", Eq: "==", NotEq: "!=", Gt: ">", GtE: ">=" }[op._type];
      c.addopI(Op.COMPARE_OP, COMPARE_OPS.indexOf(symbol));
    }
  }
}

/** addop_yield */
export function addopYield(c: Compiler): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addop(Op.ASYNC_GEN_WRAP);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, 1);
}

/** compiler_add_yield_from: the SEND / YIELD_VALUE loop of `yield from` and `await`. */
export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useNextBlock(start);
  c.addopJ(Op.SEND, exit);
  c.useNextBlock(resume);
  c.addop(Op.YIELD_VALUE);
  c.addopI(Op.RESUME, isAwait ? 3 : 2);
  c.addopJ(PseudoOp.JUMP_NO_INTERRUPT, start);
  c.useNextBlock(exit);
}

/** check_is_arg: a constant that is not a named singleton. */
function isLiteralOperand(e: ast.expr): boolean {
  if (e._type !== "Constant") return true;
  const v = e.value;
  return v === null || v === true || v === false || (typeof v === "object" && v.kind === "ellipsis");
}

/** check_compare: `is` with a literal warns. */
function checkCompare(c: Compiler, e: ast.Compare): void {
  let left = isLiteralOperand(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!;
    const right = isLiteralOperand(e.comparators[i]!);
    if (op._type === "Is" || op._type === "IsNot") {
      if (!right || !left) {
        c.warn(
          op._type === "Is"
            ? '"is" with a literal. Did you mean "=="?'
            : '"is not" with a literal. Did you mean "!="?',
        );
        return;
      }
    }
    left = right;
  }
}

/** compiler_jump_if: jump to `next` when `e` is true (cond) or false (!cond). */
export function jumpIf(c: Compiler, e: ast.expr, next: Block, cond: boolean): void {
  switch (e._type) {
    case "UnaryOp":
      if (e.op._type === "Not") return jumpIf(c, e.operand, next, !cond);
      break;
    case "BoolOp": {
      const values = e.values;
      const n = values.length - 1;
      const cond2 = e.op._type === "Or";
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, values[i]!, next2, cond2);
      jumpIf(c, values[n]!, next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case "IfExp": {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopNoline(PseudoOp.JUMP, 0, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case "Compare": {
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.addopI(Op.SWAP, 2);
          c.addopI(Op.COPY, 2);
          addCompare(c, e.ops[i]!);
          c.addopJ(PseudoOp.POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]!);
        addCompare(c, e.ops[n]!);
        c.addopJ(cond ? PseudoOp.POP_JUMP_IF_TRUE : PseudoOp.POP_JUMP_IF_FALSE, next);
        const end = c.newBlock();
        c.addopNoline(PseudoOp.JUMP, 0, end);
        c.useNextBlock(cleanup);
        c.addop(Op.POP_TOP);
        if (!cond) c.addopNoline(PseudoOp.JUMP, 0, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.addopJ(cond ? PseudoOp.POP_JUMP_IF_TRUE : PseudoOp.POP_JUMP_IF_FALSE, next);
}

/** compiler_ifexp */
function ifExp(c: Compiler, e: ast.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.addopNoline(PseudoOp.JUMP, 0, end);
  c.useNextBlock(next);
  visitExpr(c, e.orelse);
  c.useNextBlock(end);
}

/** compiler_boolop */
function boolOp(c: Compiler, e: ast.BoolOp): void {
  const jumpi = e.op._type === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]!);
    c.addopJ(jumpi, end);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, e.values[n]!);
  c.useNextBlock(end);
}

function allConstant(elts: readonly (ast.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const e = elts[i];
    if (e === null || e === undefined || e._type !== "Constant") return false;
  }
  return true;
}

/**
 * starunpack_helper: build a list, set or tuple from elements, some of which may be starred;
 * three or more constants become one constant and an extend.
 */
export function starunpackHelper(
  c: Compiler,
  elts: readonly ast.expr[],
  pushed: number,
  build: number,
  add: number,
  extend: number,
  isTuple: boolean,
): void {
  const n = elts.length;
  if (n > 2 && allConstant(elts, 0, n)) {
    const items = elts.map((e) => constValue(e as ast.Constant) as CodeConstant);
    if (isTuple && !pushed) {
      c.loadConst(tuple(items));
    } else {
      c.addopI(build, pushed);
      c.loadConst(add === Op.SET_ADD ? frozenset(items) : tuple(items));
      c.addopI(extend, 1);
      if (isTuple) c.addop(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._type === "Starred");
  if (!seenStar && !big) {
    for (const e of elts) visitExpr(c, e);
    c.addopI(isTuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    c.addopI(build, pushed);
    sequenceBuilt = true;
  }
  for (let i = 0; i < n; i++) {
    const e = elts[i]!;
    if (e._type === "Starred") {
      if (!sequenceBuilt) {
        c.addopI(build, i + pushed);
        sequenceBuilt = true;
      }
      visitExpr(c, e.value);
      c.addopI(extend, 1);
    } else {
      visitExpr(c, e);
      if (sequenceBuilt) c.addopI(add, 1);
    }
  }
  if (isTuple) c.addop(Op.LIST_TO_TUPLE);
}

/** unpack_helper: UNPACK_SEQUENCE, or UNPACK_EX around one starred target. */
function unpackHelper(c: Compiler, elts: readonly ast.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const e = elts[i]!;
    if (e._type === "Starred" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8)
        c.error("too many expressions in star-unpacking assignment");
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (e._type === "Starred") {
      c.error("multiple starred expressions in assignment");
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

/** assignment_helper */
function assignmentHelper(c: Compiler, elts: readonly ast.expr[]): void {
  unpackHelper(c, elts);
  for (const e of elts) visitExpr(c, e._type === "Starred" ? e.value : e);
}

function listOrTuple(c: Compiler, e: ast.List | ast.Tuple): void {
  const ctx = e.ctx._type;
  if (ctx === "Store") assignmentHelper(c, e.elts);
  else if (ctx === "Load")
    starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e._type === "Tuple");
  else visitExprs(c, e.elts);
}

/** compiler_subdict: keys begin..end of a dict display, as BUILD_CONST_KEY_MAP when it can. */
function subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConstant(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]!);
    const keys: CodeConstant[] = [];
    for (let i = begin; i < end; i++) keys.push(constValue(e.keys[i] as ast.Constant) as CodeConstant);
    c.loadConst(tuple(keys));
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.addopI(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

/** compiler_dict */
function dict(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]!);
      c.addopI(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0);
}

/** compiler_compare */
function compare(c: Compiler, e: ast.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    addCompare(c, e.ops[0]!);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addopI(Op.SWAP, 2);
    c.addopI(Op.COPY, 2);
    addCompare(c, e.ops[i]!);
    c.addopJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, e.ops[n]!);
  const end = c.newBlock();
  c.addopNoline(PseudoOp.JUMP, 0, end);
  c.useNextBlock(cleanup);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_TOP);
  c.useNextBlock(end);
}

/** The type name infer_type gives an expression, for the "perhaps you missed a comma" warnings. */
function inferTypeName(e: ast.expr): string | null {
  switch (e._type) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "Constant":
      return constTypeName(constValue(e) as CodeConstant);
    default:
      return null;
  }
}

function constTypeName(v: CodeConstant): string {
  if (v === null) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "bigint") return "int";
  if (typeof v === "number") return "float";
  if (typeof v === "string") return "str";
  if ("co_code" in v) return "code";
  switch (v.kind) {
    case "bytes":
      return "bytes";
    case "complex":
      return "complex";
    case "ellipsis":
      return "ellipsis";
    case "str":
      return "str";
    case "tuple":
      return "tuple";
    case "frozenset":
      return "frozenset";
  }
}

/** check_caller */
function checkCaller(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case "Constant":
    case "Tuple":
    case "List":
    case "ListComp":
    case "Dict":
    case "DictComp":
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "JoinedStr":
    case "FormattedValue":
      c.warn(`'${inferTypeName(e)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** check_subscripter */
function checkSubscripter(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case "Constant": {
      const t = constTypeName(constValue(e) as CodeConstant);
      if (!["NoneType", "ellipsis", "int", "bool", "float", "complex", "frozenset"].includes(t)) return;
      break;
    }
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "Lambda":
      break;
    default:
      return;
  }
  c.warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

/** check_index */
function checkIndex(c: Compiler, e: ast.expr, s: ast.expr): void {
  const indexType = inferTypeName(s);
  if (indexType === null || indexType === "int" || indexType === "bool") return;
  switch (e._type) {
    case "Constant": {
      const t = constTypeName(constValue(e) as CodeConstant);
      if (t !== "str" && t !== "bytes" && t !== "tuple") return;
      break;
    }
    case "Tuple":
    case "List":
    case "ListComp":
    case "JoinedStr":
    case "FormattedValue":
      break;
    default:
      return;
  }
  c.warn(
    `${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`,
  );
}

/** is_import_originated: the object of a method call is a module-level import. */
function isImportOriginated(c: Compiler, e: ast.expr): boolean {
  if (e._type !== "Name") return false;
  return (c.st.top.flags(e.id) & DEF_IMPORT) !== 0;
}

/**
 * update_start_location_to_match_attr: an attribute access spanning lines points its start at
 * the attribute name.
 */
export function updateStartLocationToMatchAttr(c: Compiler, attr: ast.Attribute): void {
  const u = c.u;
  const endLineno = attr.end_lineno ?? attr.lineno;
  const endCol = attr.end_col_offset ?? attr.col_offset;
  if (u.lineno !== endLineno) {
    u.lineno = endLineno;
    const len = attrLength(attr.attr);
    if (len <= endCol) {
      u.col = endCol - len;
    } else {
      u.col = -1;
      u.endCol = -1;
    }
    u.endLineno = Math.max(u.lineno, u.endLineno);
    if (u.lineno === u.endLineno) u.endCol = Math.max(u.col, u.endCol);
  }
}

/** PyUnicode_GET_LENGTH of an identifier. */
function attrLength(name: string): number {
  let n = 0;
  for (const _ of name) n++;
  return n;
}

/** maybe_optimize_method_call: `obj.meth(args)` with LOAD_METHOD; false when not applicable. */
function maybeOptimizeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  const args = e.args;
  const kwds = e.keywords;
  if (meth._type !== "Attribute" || meth.ctx._type !== "Load") return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (args.some((a) => a._type === "Starred")) return false;
  if (kwds.some((k) => k.arg === null)) return false;
  visitExpr(c, meth.value);
  c.setLoc(meth);
  updateStartLocationToMatchAttr(c, meth);
  c.addopName(Op.LOAD_METHOD, meth.attr);
  visitExprs(c, args);
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value);
    callSimpleKwHelper(c, kwds);
  }
  c.setLoc(e);
  updateStartLocationToMatchAttr(c, meth);
  c.addopI(Op.PRECALL, argsl + kwdsl);
  c.addopI(Op.CALL, argsl + kwdsl);
  return true;
}

/** validate_keywords: `keyword argument repeated`, and no keyword named __debug__. */
function validateKeywords(c: Compiler, keywords: readonly ast.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i]!;
    if (key.arg === null) continue;
    c.checkForbiddenName(key.arg, "Store");
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j]!;
      if (other.arg !== null && other.arg === key.arg) {
        c.setLoc(other);
        c.error(`keyword argument repeated: ${key.arg}`);
      }
    }
  }
}

/** compiler_call */
function call(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.setLoc(e.func);
  c.addop(Op.PUSH_NULL);
  c.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** compiler_call_simple_kw_helper: KW_NAMES with the tuple of keyword names. */
function callSimpleKwHelper(c: Compiler, keywords: readonly ast.keyword[]): void {
  const names = tuple(keywords.map((k) => k.arg!));
  c.addopI(Op.KW_NAMES, c.addConst(names, "identifier"));
}

/** compiler_subkwargs: keywords begin..end as one dict. */
function subkwargs(c: Compiler, keywords: readonly ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i]!.value);
    c.loadConst(tuple(keywords.slice(begin, end).map((k) => k.arg!)), "identifier");
    c.addopI(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopNoline(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i]!;
    c.loadConst(kw.arg!, "identifier");
    visitExpr(c, kw.value);
    if (big) c.addopNoline(Op.MAP_ADD, 1);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n);
}

/** compiler_call_helper: the arguments and the call, shared with class definitions. */
export function callHelper(
  c: Compiler,
  n: number,
  args: readonly ast.expr[],
  keywords: readonly ast.keyword[],
): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall =
    nelts + nkwelts * 2 > STACK_USE_GUIDELINE ||
    args.some((a) => a._type === "Starred") ||
    keywords.some((k) => k.arg === null);
  if (!exCall) {
    visitExprs(c, args);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, keywords);
    }
    c.addopI(Op.PRECALL, n + nelts + nkwelts);
    c.addopI(Op.CALL, n + nelts + nkwelts);
    return;
  }
  // CALL_FUNCTION_EX: positional arguments as a tuple, keywords as a dict.
  if (n === 0 && nelts === 1 && args[0]!._type === "Starred") {
    visitExpr(c, args[0].value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i]!;
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1);
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

/** compiler_joined_str */
function joinedStr(c: Compiler, e: ast.JoinedStr): void {
  const values = e.values;
  if (values.length > STACK_USE_GUIDELINE) {
    c.loadConst("");
    c.addopNameRaw(Op.LOAD_METHOD, "join");
    c.addopI(Op.BUILD_LIST, 0);
    for (const v of values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1);
    }
    c.addopI(Op.PRECALL, 1);
    c.addopI(Op.CALL, 1);
    return;
  }
  visitExprs(c, values);
  if (values.length !== 1) c.addopI(Op.BUILD_STRING, values.length);
}

/** compiler_formatted_value: FORMAT_VALUE with the conversion in the low bits, 4 for a spec. */
function formattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: // 's'
      oparg = 1;
      break;
    case 114: // 'r'
      oparg = 2;
      break;
    case 97: // 'a'
      oparg = 3;
      break;
    case -1:
      oparg = 0;
      break;
    default:
      throw new Error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec !== null) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addopI(Op.FORMAT_VALUE, oparg);
}

/** compiler_subscript */
function subscriptExpr(c: Compiler, e: ast.Subscript): void {
  const ctx = e.ctx._type;
  if (ctx === "Load") {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  const op = ctx === "Load" ? Op.BINARY_SUBSCR : ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR;
  visitExpr(c, e.value);
  visitExpr(c, e.slice);
  c.addop(op);
}

/** compiler_slice */
function slice(c: Compiler, s: ast.Slice): void {
  let n = 2;
  if (s.lower !== null) visitExpr(c, s.lower);
  else c.loadConst(null);
  if (s.upper !== null) visitExpr(c, s.upper);
  else c.loadConst(null);
  if (s.step !== null) {
    n++;
    visitExpr(c, s.step);
  }
  c.addopI(Op.BUILD_SLICE, n);
}

function isTopLevelAwait(c: Compiler): boolean {
  void c;
  // PyCF_ALLOW_TOP_LEVEL_AWAIT is only set by the asyncio REPL, which pyglass does not have.
  return false;
}

/** compiler_visit_expr1 */
function visitExpr1(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case "NamedExpr":
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case "BoolOp":
      return boolOp(c, e);
    case "BinOp":
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      addopBinary(c, e.op, false);
      return;
    case "UnaryOp":
      visitExpr(c, e.operand);
      c.addop(UNARY_OPCODE[e.op._type]);
      return;
    case "Lambda":
      return compileLambda(c, e);
    case "IfExp":
      return ifExp(c, e);
    case "Dict":
      return dict(c, e);
    case "Set":
      return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case "GeneratorExp":
    case "ListComp":
    case "SetComp":
    case "DictComp":
      return compileComprehension(c, e);
    case "Yield":
      if (c.u.ste.type !== "function") c.error("'yield' outside function");
      if (e.value !== null) visitExpr(c, e.value);
      else c.loadConst(null);
      addopYield(c);
      return;
    case "YieldFrom":
      if (c.u.ste.type !== "function") c.error("'yield' outside function");
      if (c.u.scopeType === "async_function") c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      addYieldFrom(c, false);
      return;
    case "Await":
      if (!isTopLevelAwait(c)) {
        if (c.u.ste.type !== "function") c.error("'await' outside function");
        if (c.u.scopeType !== "async_function" && c.u.scopeType !== "comprehension") {
          c.error("'await' outside async function");
        }
      }
      visitExpr(c, e.value);
      c.addopI(Op.GET_AWAITABLE, 0);
      c.loadConst(null);
      addYieldFrom(c, true);
      return;
    case "Compare":
      return compare(c, e);
    case "Call":
      return call(c, e);
    case "Constant":
      c.loadConst(constValue(e) as CodeConstant);
      return;
    case "JoinedStr":
      return joinedStr(c, e);
    case "FormattedValue":
      return formattedValue(c, e);
    case "Attribute":
      visitExpr(c, e.value);
      updateStartLocationToMatchAttr(c, e);
      switch (e.ctx._type) {
        case "Load":
          c.addopName(Op.LOAD_ATTR, e.attr);
          return;
        case "Store":
          c.checkForbiddenName(e.attr, "Store");
          c.addopName(Op.STORE_ATTR, e.attr);
          return;
        case "Del":
          c.addopName(Op.DELETE_ATTR, e.attr);
          return;
      }
      return;
    case "Subscript":
      return subscriptExpr(c, e);
    case "Starred":
      if (e.ctx._type === "Store") c.error("starred assignment target must be in a list or tuple");
      c.error("can't use starred expression here");
      return;
    case "Slice":
      return slice(c, e);
    case "Name":
      return c.nameop(e.id, e.ctx._type);
    case "List":
    case "Tuple":
      return listOrTuple(c, e);
  }
}
