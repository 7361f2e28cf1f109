/**
 * The symbol table: which names each scope binds, uses and declares, and after analysis whether
 * each is local, cell, free, explicitly or implicitly global. Follows CPython 3.11's
 * Python/symtable.c: a first pass over the AST records definitions and uses per block
 * (symtable_visit_*), a second pass resolves scopes from the innermost block outwards
 * (analyze_block / analyze_name), and errors carry CPython's messages and positions.
 */
import type * as ast from "../parser/ast.generated.js";
import type { SourceInfo, Span } from "./errors.js";
import { CompilerBug, assert, compileError } from "./errors.js";
import { FUTURE_ANNOTATIONS } from "./future.js";
import { COMPILER_RECURSION_LIMIT, recursionError } from "./recursion.js";

/** Symbol flags (Include/internal/pycore_symtable.h). */
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Resolved scopes (CPython's values); 0 means "not in this block's table". */
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
export type Scope =
  0 | typeof LOCAL | typeof GLOBAL_EXPLICIT | typeof GLOBAL_IMPLICIT | typeof FREE | typeof CELL;

export type BlockType = "function" | "class" | "module" | "annotation";
export type ComprehensionKind = "none" | "list" | "set" | "dict" | "generator";

interface Directive {
  readonly name: string;
  readonly span: Span;
}

/** One block's table (PySTEntryObject). */
export class SymbolTableEntry {
  /** Flags per (mangled) name, in first-seen order. */
  readonly symbols = new Map<string, number>();
  /** Resolved scope per name, filled by the analysis. */
  readonly scopes = new Map<string, Scope>();
  /** Parameters, in definition order (ste_varnames). */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  readonly directives: Directive[] = [];
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = "none";
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly span: Span,
  ) {}

  /** Flags of `name` (already mangled), 0 when the block never saw it (_PyST_GetSymbol). */
  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** Resolved scope of `name` (already mangled), 0 when unknown (_PyST_GetScope). */
  scope(name: string): Scope {
    return this.scopes.get(name) ?? 0;
  }
}

/** Name mangling of private names inside a class (_Py_Mangle in Python/compile.c). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  // Dunder names and dotted names (from imports) are left alone.
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;
const IMPORT_STAR_WARNING = "import * only allowed at module level";
const NAMED_EXPR_COMP_IN_CLASS =
  "assignment expression within a comprehension cannot be used in a class body";
const NAMED_EXPR_COMP_CONFLICT = (n: string) =>
  `assignment expression cannot rebind comprehension iteration variable '${n}'`;
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string) =>
  `comprehension inner loop cannot rebind assignment expression target '${n}'`;
const NAMED_EXPR_COMP_ITER_EXPR =
  "assignment expression cannot be used in a comprehension iterable expression";
const ANNOTATION_NOT_ALLOWED = (what: string) => `'${what}' can not be used within an annotation`;
const DUPLICATE_ARGUMENT = (n: string) => `duplicate argument '${n}' in function definition`;

type BlockKey = object;

/** The result of the first and second passes over a module (struct symtable). */
export class SymbolTable {
  readonly top: SymbolTableEntry;
  private readonly blocks = new Map<BlockKey, SymbolTableEntry>();

  constructor(top: SymbolTableEntry, blocks: Map<BlockKey, SymbolTableEntry>) {
    this.top = top;
    this.blocks = blocks;
  }

  /** The entry for a Module/FunctionDef/ClassDef/Lambda/comprehension node (PySymtable_Lookup). */
  lookup(key: BlockKey): SymbolTableEntry {
    const entry = this.blocks.get(key);
    assert(entry !== undefined, "no symbol table entry for a block");
    return entry;
  }
}

const NO_SPAN: Span = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/** Builds and analyzes the symbol table of a module (_PySymtable_Build). */
export function buildSymbolTable(mod: ast.mod, info: SourceInfo, futureFeatures: number): SymbolTable {
  const builder = new Builder(info, futureFeatures);
  const top = builder.enterBlock("top", "module", mod, NO_SPAN);
  switch (mod._type) {
    case "Module":
      for (const s of mod.body) builder.visitStmt(s);
      break;
    case "Interactive":
      for (const s of mod.body) builder.visitStmt(s);
      break;
    case "Expression":
      builder.visitExpr(mod.body);
      break;
    case "FunctionType":
      throw new CompilerBug("FunctionType modules are not compiled");
  }
  builder.exitBlock();
  analyze(top, info);
  return new SymbolTable(top, builder.blocks);
}

class Builder {
  readonly blocks = new Map<BlockKey, SymbolTableEntry>();
  private readonly stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private global!: Map<string, number>;
  private privateName: string | null = null;
  private depth = 0;

  constructor(
    private readonly info: SourceInfo,
    private readonly futureFeatures: number,
  ) {}

  private error(msg: string, span: Span): never {
    throw compileError(this.info, msg, span);
  }

  enterBlock(name: string, type: BlockType, key: BlockKey, span: Span): SymbolTableEntry {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, span);
    if (prev !== null && (prev.nested || prev.type === "function")) ste.nested = true;
    this.blocks.set(key, ste);
    this.stack.push(ste);
    // bpo-37757: every assignment expression in an outermost comprehension iterator is refused,
    // also inside nested lambdas and comprehensions.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    // Annotation blocks (only with `from __future__ import annotations`) leave no trace: their
    // contents become strings.
    if (type === "annotation") return ste;
    if (type === "module") this.global = ste.symbols;
    if (prev !== null) prev.children.push(ste);
    return ste;
  }

  exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1]!;
  }

  private lookup(name: string): number {
    return this.cur.flags(mangle(this.privateName, name));
  }

  /** symtable_add_def_helper */
  private addDefHelper(name: string, flag: number, ste: SymbolTableEntry, span: Span): void {
    const mangled = mangle(this.privateName, name);
    const old = ste.symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) this.error(DUPLICATE_ARGUMENT(name), span);
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: it must not clash with a named expression
      // target, and later named expressions must not rebind it.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.error(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), span);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private addDef(name: string, flag: number, span: Span): void {
    this.addDefHelper(name, flag, this.cur, span);
  }

  private recordDirective(name: string, span: Span): void {
    this.cur.directives.push({ name: mangle(this.privateName, name), span });
  }

  private enter(): void {
    if (++this.depth > COMPILER_RECURSION_LIMIT) throw recursionError();
  }

  visitStmt(s: ast.stmt): void {
    this.enter();
    this.visitStmt1(s);
    this.depth--;
  }

  private visitStmt1(s: ast.stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitOptionalExprs(s.args.kw_defaults);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, "function", s, s);
        if (s._type === "AsyncFunctionDef") this.cur.coroutine = true;
        this.visitArguments(s.args);
        for (const b of s.body) this.visitStmt(b);
        this.exitBlock();
        break;
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, "class", s, s);
        const saved = this.privateName;
        this.privateName = s.name;
        for (const b of s.body) this.visitStmt(b);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case "Return":
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign":
        if (s.target._type === "Name") {
          const target = s.target;
          const cur = this.lookup(target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            this.error(cur & DEF_GLOBAL ? GLOBAL_ANNOT(target.id) : NONLOCAL_ANNOT(target.id), s);
          }
          if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
          else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value !== null) this.visitExpr(s.value);
        break;
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const m of s.cases) {
          this.visitPattern(m.pattern);
          if (m.guard !== null) this.visitExpr(m.guard);
          this.visitStmts(m.body);
        }
        break;
      case "Raise":
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM(name) : NONLOCAL_PARAM(name);
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE(name) : NONLOCAL_AFTER_USE(name);
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT(name) : NONLOCAL_ANNOT(name);
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN(name) : NONLOCAL_AFTER_ASSIGN(name);
            this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private visitStmts(stmts: readonly ast.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitExprs(exprs: readonly ast.expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  private visitOptionalExprs(exprs: readonly (ast.expr | null)[]): void {
    for (const e of exprs) if (e !== null) this.visitExpr(e);
  }

  visitExpr(e: ast.expr): void {
    this.enter();
    this.visitExpr1(e);
    this.depth--;
  }

  private visitExpr1(e: ast.expr): void {
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        this.handleNamedExpr(e);
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda":
        this.visitExprs(e.args.defaults);
        this.visitOptionalExprs(e.args.kw_defaults);
        this.enterBlock("lambda", "function", e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitOptionalExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== "none") this.raiseComprehensionYield(e);
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case "Name":
        this.addDef(e.id, e.ctx._type === "Load" ? USE : DEF_LOCAL, e);
        // A call of super() uses the implicit __class__ cell.
        if (e.ctx._type === "Load" && this.cur.type === "function" && e.id === "super") {
          this.addDef("__class__", USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
    }
  }

  private raiseIfAnnotationBlock(what: string, e: ast.expr): void {
    if (this.cur.type === "annotation") this.error(ANNOTATION_NOT_ALLOWED(what), e);
  }

  private raiseComprehensionYield(e: ast.expr): never {
    const kind = this.cur.comprehension;
    const where =
      kind === "list"
        ? "list comprehension"
        : kind === "set"
          ? "set comprehension"
          : kind === "dict"
            ? "dict comprehension"
            : "generator expression";
    this.error(`'yield' inside ${where}`, e);
  }

  /** symtable_visit_annotation */
  private visitAnnotation(annotation: ast.expr): void {
    const future = (this.futureFeatures & FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock("_annotation", "annotation", annotation, annotation);
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  /** symtable_visit_annotations: argument annotations, then the return annotation. */
  private visitAnnotations(
    s: ast.FunctionDef | ast.AsyncFunctionDef,
    a: ast.arguments,
    returns: ast.expr | null,
  ): void {
    const future = (this.futureFeatures & FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock("_annotation", "annotation", s.args, s);
    for (const arg of a.posonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    for (const arg of a.args) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (a.vararg !== null && a.vararg.annotation !== null) this.visitExpr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (future) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  /** symtable_visit_arguments: parameters in co_varnames order. */
  private visitArguments(a: ast.arguments): void {
    for (const arg of a.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== "module") {
      this.error(IMPORT_STAR_WARNING, a);
    }
  }

  private visitPattern(p: ast.pattern): void {
    this.enter();
    this.visitPattern1(p);
    this.depth--;
  }

  private visitPattern1(p: ast.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  /** symtable_visit_comprehension: one `for ... in ... if ...` clause after the first. */
  private visitComprehension(lc: ast.comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(lc.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(lc.iter);
    this.cur.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) this.cur.coroutine = true;
  }

  /**
   * symtable_handle_comprehension: the outermost iterable is evaluated in the enclosing scope;
   * everything else runs in a new function scope that receives it as the implicit argument `.0`.
   */
  private handleComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    scopeName: string,
    generators: readonly ast.comprehension[],
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const isGenerator = e._type === "GeneratorExp";
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, "function", e, e);
    this.cur.comprehension =
      e._type === "ListComp"
        ? "list"
        : e._type === "SetComp"
          ? "set"
          : e._type === "DictComp"
            ? "dict"
            : "generator";
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef(".0", DEF_PARAM, this.cur.span);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]!);
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  /** symtable_handle_namedexpr */
  private handleNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.error(NAMED_EXPR_COMP_ITER_EXPR, e);
    if (this.cur.comprehension !== "none") {
      assert(e.target._type === "Name", "named expression target is a Name");
      this.extendNamedExprScope(e.target);
    }
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /**
   * symtable_extend_namedexpr_scope: an assignment expression in a comprehension binds in the
   * nearest enclosing function (as nonlocal) or module (as global).
   */
  private extendNamedExprScope(e: ast.Name): void {
    const target = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension !== "none") {
        if (ste.flags(target) & DEF_COMP_ITER) this.error(NAMED_EXPR_COMP_CONFLICT(target), e);
        continue;
      }
      if (ste.type === "function") {
        if (ste.flags(target) & DEF_GLOBAL) this.addDef(target, DEF_GLOBAL, e);
        else this.addDef(target, DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === "module") {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      if (ste.type === "class") this.error(NAMED_EXPR_COMP_IN_CLASS, e);
    }
    assert(false, "named expression found no enclosing scope");
  }
}

// ---------------------------------------------------------------------------------------------
// Analysis: resolve each name's scope, innermost blocks informing outer ones of free variables.

function analyze(top: SymbolTableEntry, info: SourceInfo): void {
  analyzeBlock(top, null, new Set(), new Set(), info);
}

function errorAtDirective(ste: SymbolTableEntry, name: string, msg: string, info: SourceInfo): never {
  const d = ste.directives.find((x) => x.name === name);
  assert(d !== undefined, "internal directive bookkeeping broken");
  throw compileError(info, msg, d.span);
}

/** analyze_name */
function analyzeName(
  ste: SymbolTableEntry,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  info: SourceInfo,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, info);
    ste.scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) errorAtDirective(ste, name, "nonlocal declaration not allowed at module level", info);
    if (!bound.has(name)) errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, info);
    ste.scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // A binding in an enclosing function makes it free rather than global.
  if (bound !== null && bound.has(name)) {
    ste.scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    ste.scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  ste.scopes.set(name, GLOBAL_IMPLICIT);
}

/**
 * analyze_block. `bound` holds the names bound in enclosing function scopes (null at module
 * level), `free` collects this block's free variables for the caller, `global` the names known
 * to be global.
 */
function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  info: SourceInfo,
): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  // Class bindings are not visible in methods: pass down only what was visible before.
  if (ste.type === "class") {
    for (const n of global) newGlobal.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) analyzeName(ste, name, flags, bound, local, free, global, info);
  if (ste.type !== "class") {
    if (ste.type === "function") for (const n of local) newBound.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
  }
  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), info);
    for (const n of childFree) allFree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);
  if (ste.type === "function") analyzeCells(ste, newFree);
  else if (ste.type === "class" && newFree.delete("__class__")) ste.needsClassClosure = true;
  updateSymbols(ste, bound, newFree, ste.type === "class");
  for (const n of newFree) free.add(n);
}

/** analyze_cells: locals that a nested block uses become cells. */
function analyzeCells(ste: SymbolTableEntry, free: Set<string>): void {
  for (const [name, scope] of ste.scopes) {
    if (scope !== LOCAL || !free.has(name)) continue;
    ste.scopes.set(name, CELL);
    free.delete(name);
  }
}

/** update_symbols: record free variables of children that pass through this block. */
function updateSymbols(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  isClass: boolean,
): void {
  for (const name of free) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable with the same name as a class-level binding.
      if (isClass && flags & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    ste.symbols.set(name, 0);
    ste.scopes.set(name, FREE);
  }
}
