import type * as ast from "../parser/ast.generated.js";

/**
 * The docstring of a body, if its first statement is a string constant expression
 * (_PyAST_GetDocString in Python/ast.c); null otherwise.
 */
export function docstringOf(body: readonly ast.stmt[]): string | null {
  const first = body[0];
  if (first === undefined || first._type !== "Expr") return null;
  const value = first.value;
  if (value._type !== "Constant" || typeof value.value !== "string") return null;
  return value.value;
}

export function isDocstring(body: readonly ast.stmt[]): boolean {
  return docstringOf(body) !== null;
}
