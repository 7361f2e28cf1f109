import { PyErrorCarrier } from "../objects/error-carrier.js";

/**
 * The nesting limit of the AST optimizer and the symbol table: CPython allows the recursion
 * limit (1000) times COMPILER_STACK_FRAME_SCALE (3) levels of expressions and statements, then
 * raises RecursionError (Python/ast_opt.c, Python/symtable.c). CPython starts counting at three
 * times the Python call depth of the compile() call; pyglass starts at 0, as a script does.
 */
export const COMPILER_RECURSION_LIMIT = 3000;

export function recursionError(): PyErrorCarrier {
  return new PyErrorCarrier("RecursionError", "maximum recursion depth exceeded during compilation");
}
