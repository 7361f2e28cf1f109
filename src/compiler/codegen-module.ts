/**
 * Module and class bodies: the docstring, SETUP_ANNOTATIONS when a body annotates a name, and
 * the three compile modes. Follows compiler_body, find_ann and compiler_mod in CPython 3.11's
 * Python/compile.c.
 */
import type * as ast from "../parser/ast.generated.js";
import type { Compiler } from "./compiler.js";
import { assemble } from "./assemble.js";
import { visitExpr } from "./codegen-expr.js";
import { visitStmt } from "./codegen-stmt.js";
import type { CodeObject } from "./code.js";
import { docstringOf } from "./docstring.js";
import { Op } from "./opcodes.js";

/** find_ann: whether a body (not nested functions or classes) has an annotated assignment. */
export function findAnn(stmts: readonly ast.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (findAnn(st.body)) return true;
        break;
      case "Try":
      case "TryStar":
        if (st.handlers.some((h) => findAnn(h.body))) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case "Match":
        if (st.cases.some((m) => findAnn(m.body))) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** compiler_body: a module's or class's statements, with its docstring stored as __doc__. */
export function compilerBody(c: Compiler, stmts: readonly ast.stmt[]): void {
  // SETUP_ANNOTATIONS takes the line of the first statement of a module.
  if (c.u.scopeType === "module" && stmts.length) c.setLoc(stmts[0]!);
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (c.optimize < 2 && docstringOf(stmts) !== null) {
    i = 1;
    const st = stmts[0] as ast.Expr;
    visitExpr(c, st.value);
    c.unsetLoc();
    c.nameop("__doc__", "Store");
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

/** compiler_mod */
export function compileMod(c: Compiler, mod: ast.mod): CodeObject {
  c.enterScope("<module>", "module", mod, 1);
  c.u.lineno = 1;
  let addNone = true;
  switch (mod._type) {
    case "Module":
      compilerBody(c, mod.body);
      break;
    case "Interactive":
      if (findAnn(mod.body)) c.addop(Op.SETUP_ANNOTATIONS);
      c.interactive = true;
      for (const s of mod.body) visitStmt(c, s);
      break;
    case "Expression":
      visitExpr(c, mod.body);
      addNone = false;
      break;
    case "FunctionType":
      throw new Error("module kind FunctionType should not be possible");
  }
  const co = assemble(c, addNone);
  c.exitScope();
  return co;
}
