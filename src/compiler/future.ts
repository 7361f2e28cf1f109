/**
 * `from __future__ import ...` statements: which features a module turns on, and the errors for
 * unknown features. Follows future_parse and future_check_features in CPython 3.11's
 * Python/future.c. Only `annotations` changes code generation; `barry_as_FLUFL` matters to the
 * parser. Both flags also end up in every code object's co_flags, as in CPython.
 */
import type * as ast from "../parser/ast.generated.js";
import type { SourceInfo } from "./errors.js";
import { compileError } from "./errors.js";
import { isDocstring } from "./docstring.js";

/** CO_FUTURE_BARRY_AS_BDFL */
export const FUTURE_BARRY_AS_BDFL = 0x400000;
/** CO_FUTURE_ANNOTATIONS */
export const FUTURE_ANNOTATIONS = 0x1000000;

/**
 * PyCF_MASK: the compile() flags that are __future__ features (division 0x20000 through
 * annotations); a caller's features are inherited through them and show in co_flags.
 */
export const PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

/** Features that exist but change nothing in Python 3.11. */
const ACCEPTED = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "generator_stop",
]);

export interface FutureFeatures {
  /** CO_FUTURE_* flags. */
  readonly features: number;
  /** Line of the last future statement, -1 if none (later ones are errors, see the compiler). */
  readonly lineno: number;
}

function checkFeatures(s: ast.ImportFrom, info: SourceInfo): number {
  let features = 0;
  for (const alias of s.names) {
    const feature = alias.name;
    if (ACCEPTED.has(feature)) continue;
    if (feature === "barry_as_FLUFL") features |= FUTURE_BARRY_AS_BDFL;
    else if (feature === "annotations") features |= FUTURE_ANNOTATIONS;
    // PyErr_SyntaxLocationObject(filename, s->lineno, s->col_offset + 1): no end position.
    else if (feature === "braces") throw compileError(info, "not a chance", point(s, 0));
    else throw compileError(info, `future feature ${feature} is not defined`, point(s, 0));
  }
  return features;
}

/** A span with offset = col_offset + 1 + shift and no end column (PyErr_SyntaxLocationObject). */
function point(s: ast.stmt, shift: number) {
  return { lineno: s.lineno, col_offset: s.col_offset + shift, end_lineno: s.lineno, end_col_offset: null };
}

/** Reads the future statements at the start of a module (_PyFuture_FromAST). */
export function futureFeatures(mod: ast.mod, info: SourceInfo): FutureFeatures {
  let features = 0;
  let lineno = -1;
  if (mod._type !== "Module" && mod._type !== "Interactive") return { features, lineno };
  const body = mod.body;
  let done = false;
  let prevLine = 0;
  let i = mod._type === "Module" && isDocstring(body) ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    // Future statements joined by semicolons after an ordinary statement on the same line are
    // caught here; later lines are left to the compiler's check.
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === "ImportFrom" && s.module === "__future__") {
      // ERR_LATE_FUTURE with PyErr_SyntaxLocationObject(filename, lineno, col_offset): the
      // offset is the 0-based column here.
      if (done)
        throw compileError(
          info,
          "from __future__ imports must occur at the beginning of the file",
          point(s, -1),
        );
      features |= checkFeatures(s, info);
      lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return { features, lineno };
}
