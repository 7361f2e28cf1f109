/**
 * Code generation for function, lambda and class definitions: defaults, keyword-only defaults,
 * annotations, closures (LOAD_CLOSURE + MAKE_FUNCTION), decorators, and the class body protocol
 * with __build_class__ and the __class__ cell. Follows compiler_function, compiler_lambda,
 * compiler_class and compiler_make_closure in CPython 3.11's Python/compile.c.
 */
import type * as ast from "../parser/ast.generated.js";
import type { Compiler } from "./compiler.js";
import { assemble } from "./assemble.js";
import { callHelper, visitExpr } from "./codegen-expr.js";
import { compilerBody } from "./codegen-module.js";
import { visitStmt } from "./codegen-stmt.js";
import type { CodeObject } from "./code.js";
import { tuple } from "./const-value.js";
import { docstringOf } from "./docstring.js";
import { assert } from "./errors.js";
import { FUTURE_ANNOTATIONS } from "./future.js";
import { Op } from "./opcodes.js";
import { CELL, mangle } from "./symtable.js";
import { unparseAnnotation } from "./unparse.js";

/** compiler_make_closure: LOAD_CLOSURE of each free variable of `co`, then MAKE_FUNCTION. */
export function makeClosure(c: Compiler, co: CodeObject, flags: number): void {
  const nfree = co.localsplusKinds.filter((k) => k & 0x80).length;
  if (nfree > 0) {
    const start = co.localsplusNames.length - nfree;
    for (let i = start; i < co.localsplusNames.length; i++) {
      const name = co.localsplusNames[i]!;
      // A class may have a method's free variable both as a local and as a free variable:
      // the closure takes the free one.
      const reftype = c.refType(name);
      const arg = reftype === CELL ? c.u.cellvars.get(name) : c.u.freevars.get(name);
      assert(arg !== undefined, `closure variable ${name} not found in ${c.u.name}`);
      c.addopI(Op.LOAD_CLOSURE, arg);
    }
    flags |= 0x08;
    c.addopI(Op.BUILD_TUPLE, nfree);
  }
  c.loadConst(co);
  c.addopI(Op.MAKE_FUNCTION, flags);
}

/** compiler_apply_decorators: the calls happen innermost first, each at its decorator's line. */
function applyDecorators(c: Compiler, decos: readonly ast.expr[]): void {
  const saved = c.saveLoc();
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]!);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.restoreLoc(saved);
}

/** compiler_visit_kwonlydefaults: a dict of keyword-only defaults, or false if none. */
function visitKwonlyDefaults(
  c: Compiler,
  kwonlyargs: readonly ast.arg[],
  kwDefaults: readonly (ast.expr | null)[],
): boolean {
  const keys: string[] = [];
  let origin: "identifier" | "literal" = "identifier";
  for (let i = 0; i < kwonlyargs.length; i++) {
    const def = kwDefaults[i];
    if (def === null || def === undefined) continue;
    keys.push(mangle(c.u.privateName, kwonlyargs[i]!.arg));
    if (c.mangledOrigin(kwonlyargs[i]!.arg) === "literal") origin = "literal";
    visitExpr(c, def);
  }
  if (keys.length === 0) return false;
  c.loadConst(tuple(keys), origin);
  c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
  return true;
}

/** compiler_visit_annexpr: under `from __future__ import annotations`, the source text. */
export function visitAnnExpr(c: Compiler, annotation: ast.expr): void {
  c.loadConst(unparseAnnotation(annotation));
}

/** compiler_visit_argannotation: name then value; returns how many stack items it pushed. */
function visitArgAnnotation(c: Compiler, id: string, annotation: ast.expr | null): number {
  if (annotation === null) return 0;
  c.loadConst(mangle(c.u.privateName, id), c.mangledOrigin(id));
  if (c.future.features & FUTURE_ANNOTATIONS) {
    visitAnnExpr(c, annotation);
  } else if (annotation._type === "Starred") {
    // *args: *Ts — [annotation] = [*Ts]
    visitExpr(c, annotation.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1);
  } else {
    visitExpr(c, annotation);
  }
  return 2;
}

/** compiler_visit_annotations: a tuple of name/value pairs, or false if there are none. */
function visitAnnotations(c: Compiler, args: ast.arguments, returns: ast.expr | null): boolean {
  let len = 0;
  for (const a of args.args) len += visitArgAnnotation(c, a.arg, a.annotation);
  for (const a of args.posonlyargs) len += visitArgAnnotation(c, a.arg, a.annotation);
  if (args.vararg !== null) len += visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) len += visitArgAnnotation(c, a.arg, a.annotation);
  if (args.kwarg !== null) len += visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation);
  len += visitArgAnnotation(c, "return", returns);
  if (len === 0) return false;
  c.addopI(Op.BUILD_TUPLE, len);
  return true;
}

/** compiler_default_arguments: MAKE_FUNCTION flags 0x01 (defaults) and 0x02 (kwdefaults). */
function defaultArguments(c: Compiler, args: ast.arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length);
    flags |= 0x01;
  }
  if (visitKwonlyDefaults(c, args.kwonlyargs, args.kw_defaults)) flags |= 0x02;
  return flags;
}

/** compiler_check_debug_args: no parameter may be named __debug__. */
function checkDebugArgs(c: Compiler, args: ast.arguments): void {
  const all = [...args.posonlyargs, ...args.args];
  if (args.vararg !== null) all.push(args.vararg);
  all.push(...args.kwonlyargs);
  if (args.kwarg !== null) all.push(args.kwarg);
  for (const a of all) c.checkForbiddenName(a.arg, "Store");
}

/** compiler_function */
export function compileFunction(
  c: Compiler,
  s: ast.FunctionDef | ast.AsyncFunctionDef,
  isAsync: boolean,
): void {
  const { args, returns, decorator_list: decos, name, body } = s;
  checkDebugArgs(c, args);
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
  let funcflags = defaultArguments(c, args);
  if (visitAnnotations(c, args, returns)) funcflags |= 0x04;
  c.enterScope(name, isAsync ? "async_function" : "function", s, firstlineno);
  const docstring = c.optimize < 2 ? docstringOf(body) : null;
  c.addConst(docstring);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  for (let i = docstring !== null ? 1 : 0; i < body.length; i++) visitStmt(c, body[i]!);
  const co = assemble(c, true);
  c.exitScope();
  makeClosure(c, co, funcflags);
  applyDecorators(c, decos);
  c.nameop(name, "Store");
}

/** compiler_lambda */
export function compileLambda(c: Compiler, e: ast.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const funcflags = defaultArguments(c, args);
  c.enterScope("<lambda>", "lambda", e, e.lineno);
  // None is the first constant, so a lambda never has a docstring.
  c.addConst(null);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    co = assemble(c, false);
  } else {
    c.addop(Op.RETURN_VALUE);
    co = assemble(c, true);
  }
  c.exitScope();
  makeClosure(c, co, funcflags);
}

/** compiler_class: the body becomes a function that __build_class__ calls. */
export function compileClass(c: Compiler, s: ast.ClassDef): void {
  const decos = s.decorator_list;
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
  c.enterScope(s.name, "class", s, firstlineno);
  c.u.privateName = s.name;
  c.nameop("__name__", "Load");
  c.nameop("__module__", "Store");
  // A top-level class's qualname is its name's identifier object; a nested one's is built.
  c.loadConst(c.u.qualname, c.u.qualname === s.name ? "identifier" : "literal");
  c.nameop("__qualname__", "Store");
  compilerBody(c, s.body);
  // What follows is artificial.
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    // Store the __class__ cell in the namespace as __classcell__ and return it.
    const i = c.u.cellvars.get("__class__");
    assert(i === 0, "__class__ is the first cell");
    c.addopI(Op.LOAD_CLOSURE, i);
    c.addopI(Op.COPY, 1);
    c.nameop("__classcell__", "Store");
  } else {
    assert(c.u.cellvars.size === 0, "a class without __class__ has no cells");
    c.loadConst(null);
  }
  c.addop(Op.RETURN_VALUE);
  const co = assemble(c, true);
  c.exitScope();
  c.addop(Op.PUSH_NULL);
  c.addop(Op.LOAD_BUILD_CLASS);
  makeClosure(c, co, 0);
  c.loadConst(s.name, "identifier");
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, decos);
  c.nameop(s.name, "Store");
}
