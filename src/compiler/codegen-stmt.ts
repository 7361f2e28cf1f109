/**
 * Code generation for statements: assignments, control flow, imports, assert, and the unwinding
 * of frame blocks on break / continue / return. Follows compiler_visit_stmt and its helpers in
 * CPython 3.11's Python/compile.c; functions, classes, try and with are in their own files.
 */
import type * as ast from "../parser/ast.generated.js";
import type { Compiler, FBlock } from "./compiler.js";
import { constValue } from "./ast-optimize.js";
import { compileClass, compileFunction, visitAnnExpr } from "./codegen-function.js";
import {
  addYieldFrom,
  addopBinary,
  jumpIf,
  updateStartLocationToMatchAttr,
  visitExpr,
} from "./codegen-expr.js";
import { compileMatch } from "./codegen-pattern.js";
import {
  callExitWithNones,
  compileAsyncWith,
  compileTry,
  compileTryStar,
  compileWith,
} from "./codegen-try.js";
import type { CodeConstant } from "./code.js";
import { tuple } from "./const-value.js";
import { FUTURE_ANNOTATIONS } from "./future.js";
import { Op, PseudoOp } from "./opcodes.js";
import { mangle } from "./symtable.js";

export function visitStmts(c: Compiler, stmts: readonly ast.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** compiler_visit_stmt: each statement starts at its own location. */
export function visitStmt(c: Compiler, s: ast.stmt): void {
  c.setLoc(s);
  switch (s._type) {
    case "FunctionDef":
      return compileFunction(c, s, false);
    case "AsyncFunctionDef":
      return compileFunction(c, s, true);
    case "ClassDef":
      return compileClass(c, s);
    case "Return":
      return compileReturn(c, s);
    case "Delete":
      for (const t of s.targets) visitExpr(c, t);
      return;
    case "Assign": {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1);
        visitExpr(c, s.targets[i]!);
      }
      return;
    }
    case "AugAssign":
      return augAssign(c, s);
    case "AnnAssign":
      return annAssign(c, s);
    case "For":
      return compileFor(c, s);
    case "AsyncFor":
      return compileAsyncFor(c, s);
    case "While":
      return compileWhile(c, s);
    case "If":
      return compileIf(c, s);
    case "Match":
      return compileMatch(c, s);
    case "Raise": {
      let n = 0;
      if (s.exc !== null) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause !== null) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI(Op.RAISE_VARARGS, n);
      return;
    }
    case "Try":
      return compileTry(c, s);
    case "TryStar":
      return compileTryStar(c, s);
    case "Assert":
      return compileAssert(c, s);
    case "Import":
      return compileImport(c, s);
    case "ImportFrom":
      return compileFromImport(c, s);
    case "Global":
    case "Nonlocal":
      return;
    case "Expr":
      return visitStmtExpr(c, s.value);
    case "Pass":
      c.addop(Op.NOP);
      return;
    case "Break":
      return compileBreak(c);
    case "Continue":
      return compileContinue(c);
    case "With":
      return compileWith(c, s, 0);
    case "AsyncWith":
      return compileAsyncWith(c, s, 0);
  }
}

/** compiler_visit_stmt_expr */
function visitStmtExpr(c: Compiler, value: ast.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addop(Op.PRINT_EXPR);
    return;
  }
  if (value._type === "Constant") {
    // A constant statement (a docstring-like string, `...`) leaves a NOP for its line.
    c.addop(Op.NOP);
    return;
  }
  visitExpr(c, value);
  c.unsetLoc();
  c.addop(Op.POP_TOP);
}

/** compiler_if */
function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopNoline(PseudoOp.JUMP, 0, end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

/** compiler_for */
function compileFor(c: Compiler, s: ast.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFblock("FOR_LOOP", start, end, null);
  visitExpr(c, s.iter);
  c.addop(Op.GET_ITER);
  c.useNextBlock(start);
  c.addopJ(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  // The jump back is artificial.
  c.unsetLoc();
  c.addopJ(PseudoOp.JUMP, start);
  c.useNextBlock(cleanup);
  c.popFblock("FOR_LOOP", start);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_async_for */
function compileAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  if (c.u.scopeType !== "async_function") c.error("'async for' outside async function");
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER);
  c.useNextBlock(start);
  c.pushFblock("FOR_LOOP", start, end, null);
  // SETUP_FINALLY guards the __anext__ call.
  c.addopJ(PseudoOp.SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addop(PseudoOp.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ(PseudoOp.JUMP, start);
  c.popFblock("FOR_LOOP", start);
  c.useNextBlock(except);
  // END_ASYNC_FOR has the iterator's line: it ends the `for`, not the body.
  c.setLoc(s.iter);
  c.addop(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_while: the test is emitted twice, before the loop and at its bottom. */
function compileWhile(c: Compiler, s: ast.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFblock("WHILE_LOOP", loop, end, null);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFblock("WHILE_LOOP", loop);
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_return */
function compileReturn(c: Compiler, s: ast.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== "Constant";
  if (c.u.ste.type !== "function") c.error("'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator)
    c.error("'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    // An instruction with the returned constant's line.
    c.setLoc(value);
    c.addop(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop(Op.NOP);
  }
  unwindFblockStack(c, preserveTos, null);
  if (value === null) c.loadConst(null);
  else if (!preserveTos) c.loadConst(constValue(value as ast.Constant) as CodeConstant);
  c.addop(Op.RETURN_VALUE);
}

/** compiler_break */
function compileBreak(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop(Op.NOP);
  const loop = unwindFblockStack(c, false, "loop");
  if (loop === null) {
    c.restoreLoc(saved);
    c.error("'break' outside loop");
  }
  unwindFblock(c, loop, false);
  c.addopJ(PseudoOp.JUMP, loop.exit!);
}

/** compiler_continue */
function compileContinue(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop(Op.NOP);
  const loop = unwindFblockStack(c, false, "loop");
  if (loop === null) {
    c.restoreLoc(saved);
    c.error("'continue' not properly in loop");
  }
  c.addopJ(PseudoOp.JUMP, loop.block!);
}

/** compiler_pop_except_and_reraise */
export function popExceptAndReraise(c: Compiler): void {
  c.addopI(Op.COPY, 3);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 1);
}

/**
 * compiler_unwind_fblock: the code that leaves one frame block early. With preserveTos the value
 * on top of the stack (a return value) is kept above whatever is popped.
 */
export function unwindFblock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case "WHILE_LOOP":
    case "EXCEPTION_HANDLER":
    case "EXCEPTION_GROUP_HANDLER":
    case "ASYNC_COMPREHENSION_GENERATOR":
      return;
    case "FOR_LOOP":
      // Pop the iterator.
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      return;
    case "TRY_EXCEPT":
      c.addop(PseudoOp.POP_BLOCK);
      return;
    case "FINALLY_TRY":
      // This POP_BLOCK gets the line number of the unwinding statement.
      c.addop(PseudoOp.POP_BLOCK);
      if (preserveTos) c.pushFblock("POP_VALUE", null, null, null);
      visitStmts(c, info.datum as readonly ast.stmt[]);
      if (preserveTos) c.popFblock("POP_VALUE", null);
      // The finally body runs "after" the statement that left it: the rest is artificial.
      c.unsetLoc();
      return;
    case "FINALLY_END":
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP); // exc_value
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(PseudoOp.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      return;
    case "WITH":
    case "ASYNC_WITH":
      c.setLoc(info.datum as ast.stmt);
      c.addop(PseudoOp.POP_BLOCK);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      callExitWithNones(c);
      if (info.type === "ASYNC_WITH") {
        c.addopI(Op.GET_AWAITABLE, 2);
        c.loadConst(null);
        addYieldFrom(c, true);
      }
      c.addop(Op.POP_TOP);
      c.unsetLoc();
      return;
    case "HANDLER_CLEANUP": {
      const name = info.datum as string | null;
      if (name !== null) c.addop(PseudoOp.POP_BLOCK);
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(PseudoOp.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      if (name !== null) {
        c.loadConst(null);
        c.nameop(name, "Store");
        c.nameop(name, "Del");
      }
      return;
    }
    case "POP_VALUE":
      if (preserveTos) c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
      return;
  }
}

/**
 * compiler_unwind_fblock_stack: unwinds every frame block, or (for "loop") up to the innermost
 * loop, which it returns without unwinding.
 */
export function unwindFblockStack(c: Compiler, preserveTos: boolean, stopAt: "loop" | null): FBlock | null {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return null;
  const top = fblocks[fblocks.length - 1]!;
  if (top.type === "EXCEPTION_GROUP_HANDLER") {
    c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (stopAt === "loop" && (top.type === "WHILE_LOOP" || top.type === "FOR_LOOP")) return top;
  fblocks.pop();
  unwindFblock(c, top, preserveTos);
  const loop = unwindFblockStack(c, preserveTos, stopAt);
  fblocks.push(top);
  return loop;
}

/** compiler_import_as: `import a.b.c as d` walks the attributes with IMPORT_FROM. */
function importAs(c: Compiler, name: string, asname: string): void {
  const parts = name.split(".");
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addopNameRaw(Op.IMPORT_FROM, parts[i]!);
      if (i === parts.length - 1) break;
      c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
    }
    c.nameop(asname, "Store");
    c.addop(Op.POP_TOP);
    return;
  }
  c.nameop(asname, "Store");
}

/** compiler_import */
function compileImport(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    c.loadConst(0n);
    c.loadConst(null);
    c.addopName(Op.IMPORT_NAME, alias.name);
    if (alias.asname !== null) {
      importAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf(".");
      c.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, "Store");
    }
  }
}

/** compiler_from_import */
function compileFromImport(c: Compiler, s: ast.ImportFrom): void {
  c.loadConst(BigInt(s.level ?? 0));
  const names = tuple(s.names.map((a) => a.name));
  if (s.lineno > c.future.lineno && s.module === "__future__") {
    c.error("from __future__ imports must occur at the beginning of the file");
  }
  c.loadConst(names, "identifier");
  c.addopName(Op.IMPORT_NAME, s.module ?? "");
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.startsWith("*")) {
      c.addop(Op.IMPORT_STAR);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, "Store");
  }
  c.addop(Op.POP_TOP);
}

/** compiler_assert */
function compileAssert(c: Compiler, s: ast.Assert): void {
  const test = s.test;
  const folded = test._type === "Constant" ? constValue(test) : null;
  if (
    (test._type === "Tuple" && test.elts.length > 0) ||
    (folded !== null && typeof folded === "object" && folded.kind === "tuple" && folded.items.length > 0)
  ) {
    c.warn("assertion is always true, perhaps remove parentheses?");
  }
  if (c.optimize) return;
  const end = c.newBlock();
  jumpIf(c, test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    visitExpr(c, s.msg);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  // CPython 3.11.7 raises at the current location (the statement's, or whatever a comparison in
  // the test left set), not at the test's.
  c.addopI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

/** compiler_augassign */
function augAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  switch (e._type) {
    case "Attribute":
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      updateStartLocationToMatchAttr(c, e);
      c.addopName(Op.LOAD_ATTR, e.attr);
      break;
    case "Subscript":
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addopI(Op.COPY, 2);
      c.addopI(Op.COPY, 2);
      c.addop(Op.BINARY_SUBSCR);
      break;
    case "Name":
      c.nameop(e.id, "Load");
      break;
    default:
      throw new Error(`invalid node type (${e._type}) for augmented assignment`);
  }
  c.restoreLoc(saved);
  visitExpr(c, s.value);
  addopBinary(c, s.op, true);
  c.setLoc(e);
  switch (e._type) {
    case "Attribute":
      updateStartLocationToMatchAttr(c, e);
      c.addopI(Op.SWAP, 2);
      c.addopName(Op.STORE_ATTR, e.attr);
      break;
    case "Subscript":
      c.addopI(Op.SWAP, 3);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.STORE_SUBSCR);
      break;
    case "Name":
      c.nameop(e.id, "Store");
      break;
  }
}

/** check_ann_expr */
function checkAnnExpr(c: Compiler, e: ast.expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP);
}

/** check_ann_subscr: everything in an annotated subscript target is evaluated. */
function checkAnnSubscr(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case "Slice":
      if (e.lower !== null) checkAnnExpr(c, e.lower);
      if (e.upper !== null) checkAnnExpr(c, e.upper);
      if (e.step !== null) checkAnnExpr(c, e.step);
      return;
    case "Tuple":
      for (const elt of e.elts) checkAnnSubscr(c, elt);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

/** compiler_annassign */
function annAssign(c: Compiler, s: ast.AnnAssign): void {
  const targ = s.target;
  const futureAnnotations = (c.future.features & FUTURE_ANNOTATIONS) !== 0;
  const moduleOrClass = c.u.scopeType === "module" || c.u.scopeType === "class";
  if (s.value !== null) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._type) {
    case "Name":
      c.checkForbiddenName(targ.id, "Store");
      // A simple name in a module or class records its annotation in __annotations__.
      if (s.simple && moduleOrClass) {
        if (futureAnnotations) visitAnnExpr(c, s.annotation);
        else visitExpr(c, s.annotation);
        c.addopNameRaw(Op.LOAD_NAME, "__annotations__");
        c.loadConst(mangle(c.u.privateName, targ.id), c.mangledOrigin(targ.id));
        c.addop(Op.STORE_SUBSCR);
      }
      break;
    case "Attribute":
      c.checkForbiddenName(targ.attr, "Store");
      if (s.value === null) checkAnnExpr(c, targ.value);
      break;
    case "Subscript":
      if (s.value === null) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`invalid node type (${targ._type}) for annotated assignment`);
  }
  // The annotation of a complex target is evaluated last, in modules and classes only.
  if (!s.simple && !futureAnnotations && moduleOrClass) checkAnnExpr(c, s.annotation);
}
