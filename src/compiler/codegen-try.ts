/**
 * Code generation for try / except / finally, except* and with / async with. Python 3.11 keeps
 * no block stack at run time: SETUP_* and POP_BLOCK pseudo-instructions mark the protected
 * ranges and the assembler turns them into the exception table. Follows compiler_try_finally,
 * compiler_try_except, compiler_try_star_*, compiler_with and compiler_async_with in CPython
 * 3.11's Python/compile.c.
 */
import type * as ast from "../parser/ast.generated.js";
import type { Block } from "./cfg.js";
import type { Compiler } from "./compiler.js";
import { addYieldFrom, visitExpr } from "./codegen-expr.js";
import { popExceptAndReraise, visitStmts } from "./codegen-stmt.js";
import { Op, PseudoOp } from "./opcodes.js";

/** compiler_call_exit_with_nones: __exit__(None, None, None). */
export function callExitWithNones(c: Compiler): void {
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.addopI(Op.PRECALL, 2);
  c.addopI(Op.CALL, 2);
}

/** compiler_try_finally */
function tryFinally(c: Compiler, s: ast.Try | ast.TryStar, star: boolean): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  // `try` block
  c.addopJ(PseudoOp.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFblock("FINALLY_TRY", body, end, s.finalbody);
  if (s.handlers.length) {
    if (star) tryStarExcept(c, s);
    else tryExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addopNoline(PseudoOp.POP_BLOCK);
  c.popFblock("FINALLY_TRY", body);
  visitStmts(c, s.finalbody);
  c.addopNoline(PseudoOp.JUMP, 0, exit);
  // `finally` block
  c.useNextBlock(end);
  c.unsetLoc();
  c.addopJ(PseudoOp.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFblock("FINALLY_END", end, null, null);
  visitStmts(c, s.finalbody);
  c.popFblock("FINALLY_END", end);
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

/** compiler_try_except */
function tryExcept(c: Compiler, s: ast.Try | ast.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ(PseudoOp.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFblock("TRY_EXCEPT", body, null, null);
  visitStmts(c, s.body);
  c.popFblock("TRY_EXCEPT", body);
  c.addopNoline(PseudoOp.POP_BLOCK);
  visitStmts(c, s.orelse);
  c.addopNoline(PseudoOp.JUMP, 0, end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(PseudoOp.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  // The runtime pushes a block here.
  c.pushFblock("EXCEPTION_HANDLER", null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    c.setLoc(handler);
    if (handler.type === null && i < n - 1) c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type !== null) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH);
      c.addopJ(PseudoOp.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(handler.name, "Store");
      // try: body finally: name = None; del name  (in case the body deletes the name)
      c.addopJ(PseudoOp.SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFblock("HANDLER_CLEANUP", cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFblock("HANDLER_CLEANUP", cleanupBody);
      c.unsetLoc();
      c.addop(PseudoOp.POP_BLOCK);
      c.addop(PseudoOp.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.loadConst(null);
      c.nameop(handler.name, "Store");
      c.nameop(handler.name, "Del");
      c.addopJ(PseudoOp.JUMP, end);
      // except:
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst(null);
      c.nameop(handler.name, "Store");
      c.nameop(handler.name, "Del");
      c.addopI(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop(Op.POP_TOP); // exc_value
      c.useNextBlock(cleanupBody);
      c.pushFblock("HANDLER_CLEANUP", cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFblock("HANDLER_CLEANUP", cleanupBody);
      c.unsetLoc();
      c.addop(PseudoOp.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.addopJ(PseudoOp.JUMP, end);
    }
    c.useNextBlock(except);
  }
  c.unsetLoc();
  c.popFblock("EXCEPTION_HANDLER", null);
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

/**
 * compiler_try_star_except: each except* clause splits the exception group with CHECK_EG_MATCH;
 * what the clauses raise or leave unmatched is collected in a list that PREP_RERAISE_STAR turns
 * into the exception to re-raise, if any.
 */
function tryStarExcept(c: Compiler, s: ast.Try | ast.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.addopJ(PseudoOp.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFblock("TRY_EXCEPT", body, null, null);
  visitStmts(c, s.body);
  c.popFblock("TRY_EXCEPT", body);
  c.addopNoline(PseudoOp.POP_BLOCK);
  c.addopNoline(PseudoOp.JUMP, 0, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(PseudoOp.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFblock("EXCEPTION_GROUP_HANDLER", null, null, "except handler");
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i]!;
    c.setLoc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      // [exc] -> [orig, [], exc]: keep the original group and a list for what is raised.
      c.addopI(Op.COPY, 1);
      c.addopI(Op.BUILD_LIST, 0);
      c.addopI(Op.SWAP, 2);
    }
    if (handler.type !== null) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EG_MATCH);
      c.addopI(Op.COPY, 1);
      c.addopJ(PseudoOp.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (handler.name !== null) c.nameop(handler.name, "Store");
    else c.addop(Op.POP_TOP); // match
    c.addopJ(PseudoOp.SETUP_CLEANUP, cleanupEnd);
    c.useNextBlock(cleanupBody);
    c.pushFblock("HANDLER_CLEANUP", cleanupBody, null, handler.name);
    visitStmts(c, handler.body);
    c.popFblock("HANDLER_CLEANUP", cleanupBody);
    c.unsetLoc();
    c.addop(PseudoOp.POP_BLOCK);
    if (handler.name !== null) {
      c.loadConst(null);
      c.nameop(handler.name, "Store");
      c.nameop(handler.name, "Del");
    }
    c.addopJ(PseudoOp.JUMP, except);
    // except:
    c.useNextBlock(cleanupEnd);
    c.unsetLoc();
    if (handler.name !== null) {
      c.loadConst(null);
      c.nameop(handler.name, "Store");
      c.nameop(handler.name, "Del");
    }
    // Add the exception raised in the clause to the result list.
    c.addopI(Op.LIST_APPEND, 3); // exc
    c.addop(Op.POP_TOP); // lasti
    c.addopJ(PseudoOp.JUMP, exceptWithError);
    c.useNextBlock(except);
    c.addop(Op.NOP); // holds a propagated location
    c.addopJ(PseudoOp.JUMP, exceptWithError);
    c.useNextBlock(noMatch);
    c.addop(Op.POP_TOP); // match (None)
    c.useNextBlock(exceptWithError);
    if (i === n - 1) {
      // The unhandled rest of the group, or None.
      c.addopI(Op.LIST_APPEND, 1);
      c.addopJ(PseudoOp.JUMP, reraiseStar);
    }
  }
  c.unsetLoc();
  c.popFblock("EXCEPTION_GROUP_HANDLER", null);
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addop(Op.PREP_RERAISE_STAR);
  c.addopI(Op.COPY, 1);
  c.addopJ(PseudoOp.POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  c.addop(Op.POP_TOP);
  c.addop(PseudoOp.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addopJ(PseudoOp.JUMP, end);
  c.useNextBlock(reraise);
  c.addop(PseudoOp.POP_BLOCK);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_try */
export function compileTry(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length) tryFinally(c, s, false);
  else tryExcept(c, s);
}

/** compiler_try_star */
export function compileTryStar(c: Compiler, s: ast.TryStar): void {
  if (s.finalbody.length) tryFinally(c, s, true);
  else tryStarExcept(c, s);
}

/** compiler_with_except_finish: re-raise unless __exit__ returned true. */
function withExceptFinish(c: Compiler, cleanup: Block): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJ(PseudoOp.POP_JUMP_IF_TRUE, exit);
  c.addopI(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addop(Op.POP_TOP); // exc_value
  c.addop(PseudoOp.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_TOP);
}

/** compiler_with: one item at a time, nesting for the rest. */
export function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  // Pushes the bound __exit__ and the result of __enter__.
  c.addop(Op.BEFORE_WITH);
  c.addopJ(PseudoOp.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFblock("WITH", block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.unsetLoc();
  c.addop(PseudoOp.POP_BLOCK);
  c.popFblock("WITH", block);
  // Normal exit: __exit__(None, None, None).
  c.setLoc(s);
  callExitWithNones(c);
  c.addop(Op.POP_TOP);
  c.addopJ(PseudoOp.JUMP, exit);
  // Exceptional exit.
  c.useNextBlock(final);
  c.addopJ(PseudoOp.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

/** compiler_async_with */
export function compileAsyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  const item = s.items[pos]!;
  if (c.u.scopeType !== "async_function") c.error("'async with' outside async function");
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_ASYNC_WITH);
  c.addopI(Op.GET_AWAITABLE, 1);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addopJ(PseudoOp.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFblock("ASYNC_WITH", block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos);
  c.popFblock("ASYNC_WITH", block);
  c.addop(PseudoOp.POP_BLOCK);
  c.setLoc(s);
  callExitWithNones(c);
  c.addopI(Op.GET_AWAITABLE, 2);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.addop(Op.POP_TOP);
  c.addopJ(PseudoOp.JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(PseudoOp.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  c.addopI(Op.GET_AWAITABLE, 2);
  c.loadConst(null);
  addYieldFrom(c, true);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}
