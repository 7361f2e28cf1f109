/**
 * The compiler's entry point: an AST in, a code object out, as CPython's compile() with an AST
 * does (_PyAST_Compile in Python/compile.c): read the __future__ statements, optimize the AST,
 * build the symbol table, generate and assemble the code. Compile-time errors are thrown as
 * PythonSyntaxError with CPython's messages and positions.
 */
import type * as ast from "../parser/ast.generated.js";
import { optimizeAst } from "./ast-optimize.js";
import type { CodeObject } from "./code.js";
import { compileMod } from "./codegen-module.js";
import type { CompileWarning } from "./compiler.js";
import { Compiler } from "./compiler.js";
import type { SourceInfo } from "./errors.js";
import { PYCF_MASK, futureFeatures } from "./future.js";
import { recursionError } from "./recursion.js";
import { collectIdentifiers } from "./interning.js";
import { buildSymbolTable } from "./symtable.js";

export type CompileMode = "exec" | "eval" | "single";

/**
 * A deep copy of an AST. Leaves (strings, numbers, bigints, constant objects such as bytes) are
 * shared: nothing changes them. (structuredClone is slower and fails on deep trees.)
 */
function cloneTree<T>(node: T): T {
  if (Array.isArray(node)) return node.map(cloneTree) as T;
  if (node === null || typeof node !== "object" || !("_type" in node)) return node;
  const copy: Record<string, unknown> = {};
  const src = node as Record<string, unknown>;
  for (const key in src) copy[key] = cloneTree(src[key]);
  return copy as T;
}

export interface CompileOptions {
  /** The source text, for the `text` of SyntaxErrors; omit when there is none. */
  readonly source?: string | null;
  /**
   * compile()'s `optimize`: 0 (the default), 1 like -O (no asserts, __debug__ is False), 2 like
   * -OO (no docstrings either).
   */
  readonly optimize?: 0 | 1 | 2;
  /**
   * compile()'s `flags`: __future__ features (CO_FUTURE_* bits, PYCF_MASK) in force as if the
   * source had imported them, as inherited from the calling code.
   */
  readonly flags?: number;
}

export interface CompileResult {
  readonly code: CodeObject;
  /** SyntaxWarnings CPython would issue while compiling. */
  readonly warnings: readonly CompileWarning[];
}

const MODE_NODE: Record<CompileMode, ast.mod["_type"]> = {
  exec: "Module",
  eval: "Expression",
  single: "Interactive",
};

/**
 * Compiles a module AST (Module for "exec", Expression for "eval", Interactive for "single").
 * The tree is not modified.
 */
export function compileAst(
  tree: ast.mod,
  filename: string,
  mode: CompileMode,
  options: CompileOptions = {},
): CompileResult {
  if (tree._type !== MODE_NODE[mode]) {
    throw new TypeError(`expected ${MODE_NODE[mode]} node for mode '${mode}', got ${tree._type}`);
  }
  try {
    return compileTree(tree, filename, mode, options);
  } catch (e) {
    // The passes recurse on the tree; CPython refuses nesting deeper than 3000 levels with
    // RecursionError (recursion.ts). A few kinds of nodes take more JavaScript stack per level
    // than the host allows for that many, and end up here slightly earlier.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw recursionError();
    throw e;
  }
}

function compileTree(
  tree: ast.mod,
  filename: string,
  mode: CompileMode,
  options: CompileOptions,
): CompileResult {
  const info: SourceInfo = { filename, source: options.source ?? null };
  // The optimizer folds constants in place, so it works on a copy.
  const mod = cloneTree(tree);
  const own = futureFeatures(mod, info);
  const future = { features: own.features | ((options.flags ?? 0) & PYCF_MASK), lineno: own.lineno };
  const optimize = options.optimize ?? 0;
  optimizeAst(mod, future.features, optimize);
  const symtable = buildSymbolTable(mod, info, future.features);
  let identifiers: ReadonlySet<string> | undefined;
  const compiler = new Compiler({
    info,
    symtable,
    future,
    interactive: mode === "single",
    identifiers: () => (identifiers ??= collectIdentifiers(tree)),
    optimize,
  });
  const code = compileMod(compiler, mod);
  return { code, warnings: compiler.warnings };
}

/** compile(tree, filename, mode): the code object alone. */
export function compile(
  tree: ast.mod,
  filename: string,
  mode: CompileMode,
  options: CompileOptions = {},
): CodeObject {
  return compileAst(tree, filename, mode, options).code;
}
