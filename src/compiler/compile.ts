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
import { futureFeatures } from "./future.js";
import { collectIdentifiers } from "./interning.js";
import { buildSymbolTable } from "./symtable.js";

export type CompileMode = "exec" | "eval" | "single";

export interface CompileOptions {
  /** The source text, for the `text` of SyntaxErrors; omit when there is none. */
  readonly source?: string | null;
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
  const info: SourceInfo = { filename, source: options.source ?? null };
  // The optimizer folds constants in place, so it works on a copy.
  const mod = structuredClone(tree);
  const future = futureFeatures(mod, info);
  optimizeAst(mod, future.features);
  const symtable = buildSymbolTable(mod, info, future.features);
  const compiler = new Compiler({
    info,
    symtable,
    future,
    interactive: mode === "single",
    identifiers: collectIdentifiers(tree),
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
