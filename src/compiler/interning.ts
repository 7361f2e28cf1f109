/**
 * Why a frozenset constant's repr can show its items in a third order. When CPython 3.11 makes
 * a code object it interns the identifier-like string constants (intern_string_constants in
 * Objects/codeobject.c); a frozenset whose strings get replaced by already-interned equal
 * strings is built anew from its current iteration order, which can reorder it.
 *
 * A string constant is the object first registered for its value during the compilation
 * (c_const_cache): either a literal from the source (not interned) or an identifier object the
 * compiler reuses as a constant (class names, keyword names, imported names; interned by the
 * parser). Every identifier of the module is interned before compilation starts, so a literal
 * whose text is also an identifier of the module is replaced, and its frozenset rebuilt.
 * Strings interned by the interpreter before the compilation (names of builtins and of the
 * modules python3 had loaded) have the same effect; pyglass cannot know those.
 */
import type * as ast from "../parser/ast.generated.js";
import { NODE_SPECS } from "../parser/ast.generated.js";
import type { CodeConstant } from "./code.js";
import { isFrozenset, isTuple } from "./const-value.js";
import { setIterationOrder } from "./set-order.js";

export type StringOrigin = "identifier" | "literal";

/** Every identifier in the tree (the fields of ASDL type `identifier`). */
export function collectIdentifiers(mod: ast.mod): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object" || !("_type" in node)) return;
    const spec = NODE_SPECS[(node as { _type: ast.NodeType })._type];
    const fields = node as Record<string, unknown>;
    for (const field of spec.fields) {
      const value = fields[field.name];
      if (field.type === "identifier") {
        if (typeof value === "string") out.add(value);
        else if (Array.isArray(value)) for (const v of value) if (typeof v === "string") out.add(v);
      } else if (typeof value === "object") {
        visit(value);
      }
    }
  };
  visit(mod);
  return out;
}

/** The first origin of each string value seen among the constants of a compilation. */
export class StringOrigins {
  private readonly origins = new Map<string, StringOrigin>();

  /** Registers the strings of a constant (recursively), keeping the first origin of each. */
  register(value: CodeConstant, origin: StringOrigin): void {
    if (typeof value === "string") {
      if (!this.origins.has(value)) this.origins.set(value, origin);
    } else if (typeof value === "object" && value !== null && (isTuple(value) || isFrozenset(value))) {
      for (const item of value.items) this.register(item, origin);
    }
  }

  get(value: string): StringOrigin | undefined {
    return this.origins.get(value);
  }
}

/** all_name_chars: ASCII letters, digits and underscores only. */
function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** Whether interning would swap this string for another object (and so rebuild its set). */
function isReplacedByInterning(s: string, origins: StringOrigins, identifiers: ReadonlySet<string>): boolean {
  if (!allNameChars(s)) return false;
  // The empty string and one-character strings are singletons: a literal is the interned one.
  if (s.length <= 1) return false;
  return origins.get(s) === "literal" && identifiers.has(s);
}

/**
 * The constants of a finished code object with every frozenset's items put in the order CPython's
 * last build of it adds them: building the runtime frozenset in that order gives it CPython's
 * table layout, and so CPython's iteration order, also for a set merged from it (`{1, 2, 3}` is
 * BUILD_SET + SET_UPDATE of the constant; set_merge walks the constant's table, so its layout,
 * not only its iteration order, decides the new set's order when keys collide).
 */
export function orderFrozensets(
  consts: readonly CodeConstant[],
  origins: StringOrigins,
  identifiers: () => ReadonlySet<string>,
): CodeConstant[] {
  return consts.map((v) => {
    if (typeof v !== "object" || v === null || !isFrozenset(v)) return v;
    const rebuilt = v.items.some(
      (item) => typeof item === "string" && isReplacedByInterning(item, origins, identifiers()),
    );
    return { kind: "frozenset", items: setIterationOrder(v.items, rebuilt ? 2 : 1) };
  });
}
