/**
 * The Python classes of the `ast` module, per interpreter. lib/_ast.py makes them (from
 * classSpecs) and hands them over once; the conversions in both directions look them up here.
 */
import type { PyType } from "../../objects/core.js";
import { PyObject } from "../../objects/core.js";
import type { Interpreter } from "../../vm/interpreter.js";

export interface AstClasses {
  /** ast.AST. */
  readonly base: PyType;
  /** Every node class and abstract base by name. */
  readonly byName: ReadonlyMap<string, PyType>;
  /** Field-less, position-less nodes (Load, Add, …) are shared instances, as CPython's ast2obj. */
  readonly singletons: Map<string, PyObject>;
  /** Keeps a singleton alive as the module state does in CPython (a census root). */
  readonly keep: (o: PyObject) => void;
}

const registries = new WeakMap<Interpreter, AstClasses>();

export function registerAstClasses(interp: Interpreter, base: PyType, byName: Map<string, PyType>): void {
  registries.set(interp, { base, byName, singletons: new Map(), keep: (o) => interp.moduleState.push(o) });
}

/** The interpreter's classes, or undefined before lib/_ast.py has run. */
export function astClasses(interp: Interpreter): AstClasses | undefined {
  return registries.get(interp);
}

/** Is v an ast.AST instance (of this interpreter's classes)? */
export function isAstNode(interp: Interpreter, v: unknown): boolean {
  const reg = registries.get(interp);
  return reg !== undefined && v instanceof PyObject && v.type.isSubtype(reg.base);
}
