/**
 * Comprehensions and generator expressions: each is a nested function called at once with the
 * outermost iterator as its argument `.0` (Python 3.11 does not inline them). Follows
 * compiler_comprehension and compiler_(a)sync_comprehension_generator in CPython 3.11's
 * Python/compile.c.
 */
import type * as ast from "../parser/ast.generated.js";
import type { Compiler } from "./compiler.js";
import { assemble } from "./assemble.js";
import { addYieldFrom, addopYield, jumpIf, visitExpr } from "./codegen-expr.js";
import { makeClosure } from "./codegen-function.js";
import { Op, PseudoOp } from "./opcodes.js";

type ComprehensionNode = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;
type Kind = "genexp" | "listcomp" | "setcomp" | "dictcomp";

function kindOf(e: ComprehensionNode): Kind {
  switch (e._type) {
    case "GeneratorExp":
      return "genexp";
    case "ListComp":
      return "listcomp";
    case "SetComp":
      return "setcomp";
    case "DictComp":
      return "dictcomp";
  }
}

/** The innermost step: yield, or add to the collection being built (depth levels down). */
function emitElement(c: Compiler, kind: Kind, elt: ast.expr, val: ast.expr | null, depth: number): void {
  switch (kind) {
    case "genexp":
      visitExpr(c, elt);
      addopYield(c);
      c.addop(Op.POP_TOP);
      return;
    case "listcomp":
      visitExpr(c, elt);
      c.addopI(Op.LIST_APPEND, depth + 1);
      return;
    case "setcomp":
      visitExpr(c, elt);
      c.addopI(Op.SET_ADD, depth + 1);
      return;
    case "dictcomp":
      // With {k: v}, k is evaluated before v.
      visitExpr(c, elt);
      visitExpr(c, val!);
      c.addopI(Op.MAP_ADD, depth + 1);
      return;
  }
}

function comprehensionGenerator(
  c: Compiler,
  generators: readonly ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  kind: Kind,
): void {
  if (generators[genIndex]!.is_async) asyncGenerator(c, generators, genIndex, depth, elt, val, kind);
  else syncGenerator(c, generators, genIndex, depth, elt, val, kind);
}

/** compiler_sync_comprehension_generator */
function syncGenerator(
  c: Compiler,
  generators: readonly ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  kind: Kind,
): void {
  let start: ReturnType<Compiler["newBlock"]> | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = generators[genIndex]!;
  if (genIndex === 0) {
    // The outermost iterator is the implicit argument.
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    // `for y in [expr]` binds a temporary without building a sequence.
    const iter = gen.iter;
    const elts = iter._type === "List" || iter._type === "Tuple" ? iter.elts : null;
    if (elts !== null && elts.length === 1 && elts[0]!._type !== "Starred") {
      visitExpr(c, elts[0]!);
      start = null;
    }
    if (start !== null) {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_ITER);
    }
  }
  if (start !== null) {
    depth++;
    c.useNextBlock(start);
    c.addopJ(Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  if (++genIndex < generators.length) comprehensionGenerator(c, generators, genIndex, depth, elt, val, kind);
  if (genIndex >= generators.length) emitElement(c, kind, elt, val, depth);
  c.useNextBlock(ifCleanup);
  if (start !== null) {
    c.addopJ(PseudoOp.JUMP, start);
    c.useNextBlock(anchor);
  }
}

/** compiler_async_comprehension_generator */
function asyncGenerator(
  c: Compiler,
  generators: readonly ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  kind: Kind,
): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = generators[genIndex]!;
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addop(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.pushFblock("ASYNC_COMPREHENSION_GENERATOR", start, null, null);
  c.addopJ(PseudoOp.SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addop(PseudoOp.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  depth++;
  if (++genIndex < generators.length) comprehensionGenerator(c, generators, genIndex, depth, elt, val, kind);
  if (genIndex >= generators.length) emitElement(c, kind, elt, val, depth);
  c.useNextBlock(ifCleanup);
  c.addopJ(PseudoOp.JUMP, start);
  c.popFblock("ASYNC_COMPREHENSION_GENERATOR", start);
  c.useNextBlock(except);
  c.addop(Op.END_ASYNC_FOR);
}

/** compiler_comprehension */
export function compileComprehension(c: Compiler, e: ComprehensionNode): void {
  const kind = kindOf(e);
  const name = `<${kind === "genexp" ? "genexpr" : kind}>`;
  const generators = e.generators;
  const elt = e._type === "DictComp" ? e.key : e.elt;
  const val = e._type === "DictComp" ? e.value : null;
  const outerScope = c.u.scopeType;
  const outermost = generators[0]!;
  c.enterScope(name, "comprehension", e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (
    isAsyncGenerator &&
    kind !== "genexp" &&
    outerScope !== "async_function" &&
    outerScope !== "comprehension"
  ) {
    c.error("asynchronous comprehension outside of an asynchronous function");
  }
  if (kind !== "genexp") {
    c.addopI(kind === "listcomp" ? Op.BUILD_LIST : kind === "setcomp" ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  }
  comprehensionGenerator(c, generators, 0, 0, elt, val, kind);
  if (kind !== "genexp") c.addop(Op.RETURN_VALUE);
  const co = assemble(c, true);
  c.exitScope();
  makeClosure(c, co, 0);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addopI(Op.PRECALL, 0);
  c.addopI(Op.CALL, 0);
  if (isAsyncGenerator && kind !== "genexp") {
    c.addopI(Op.GET_AWAITABLE, 0);
    c.loadConst(null);
    addYieldFrom(c, true);
  }
}
