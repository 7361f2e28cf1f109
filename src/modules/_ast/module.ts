/**
 * The native side of the `ast` module (`_pyglass_ast`): the node table lib/_ast.py builds its
 * classes from, the hand-over of those classes, and the two conversions compile() uses —
 * source to Python `ast` objects (PyCF_ONLY_AST) and Python `ast` objects to code
 * (builtin_compile_impl in Python/bltinmodule.c).
 */
import { compileAst, type CompileMode } from "../../compiler/compile.js";
import type { PyValue } from "../../objects/core.js";
import { None, PyObject, PyType } from "../../objects/core.js";
import { typeName } from "../../objects/helpers.js";
import { codeFor, type PyCode } from "../../objects/code.js";
import { PyDict } from "../../objects/dict.js";
import { E, newException, typeError } from "../../objects/exceptions.js";
import { PyList } from "../../objects/list.js";
import { PyModule } from "../../objects/misc.js";
import type { MethodSpec } from "../../objects/native.js";
import { nativeFunctions } from "../../objects/native.js";
import type { Gen } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { mod } from "../../parser/ast.generated.js";
import { parse, type ParseMode } from "../../parser/parser.js";
import { PythonSyntaxError } from "../../parser/syntax-error.js";
import { formatSyntaxWarning } from "../../vm/interpreter.js";
import { syntaxErrorFrom } from "../../vm/syntax-errors.js";
import type { Thread } from "../../vm/thread.js";
import { importAbsolute } from "../importer.js";
import { nodeFromPython } from "./from-python.js";
import { validate } from "./validate.js";
import { astClasses, registerAstClasses, type AstClasses } from "./registry.js";
import { classSpecs } from "./specs.js";
import { nodeToPython } from "./to-python.js";

/** compile()'s flags that concern the AST (Include/cpython/compile.h). */
export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

const MODE_NODE: Record<ParseMode, string> = {
  exec: "Module",
  eval: "Expression",
  single: "Interactive",
  func_type: "FunctionType",
};

/** The classes, importing _ast first if no program has yet (compile() may come first). */
function* classesFor(t: Thread): Gen<AstClasses> {
  let reg = astClasses(t.interp);
  if (reg === undefined) {
    yield* importAbsolute(t, "_ast");
    reg = astClasses(t.interp);
    if (reg === undefined) throw newException(E.SystemError, "_ast did not register its classes");
  }
  return reg;
}

function syntaxErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PythonSyntaxError) throw syntaxErrorFrom(e);
    throw e;
  }
}

/** compile(source, filename, mode, PyCF_ONLY_AST): the tree as Python objects. */
export function* parseToPython(
  t: Thread,
  source: string | Uint8Array,
  filename: string,
  mode: ParseMode,
): Gen<PyValue> {
  const reg = yield* classesFor(t);
  const tree = syntaxErrors(() => parse(source, filename, mode));
  return nodeToPython(reg, tree);
}

/** compile(tree, filename, mode): check and convert the tree, then compile it. */
export function* compilePythonTree(
  t: Thread,
  tree: PyValue,
  filename: string,
  mode: CompileMode,
  flags: number,
  optimize: number,
): Gen<PyCode> {
  const reg = yield* classesFor(t);
  const want = MODE_NODE[mode];
  const cls = reg.byName.get(want)!;
  if (!(tree instanceof PyObject) || !tree.type.isSubtype(cls))
    throw typeError(`expected ${want} node, got ${typeName(tree)}`);
  const node = (yield* nodeFromPython(t, reg, tree, "mod")) as mod;
  validate(node);
  const opt = optimize < 0 ? 0 : (optimize as 0 | 1 | 2);
  const r = syntaxErrors(() => compileAst(node, filename, mode, { flags, optimize: opt }));
  // SyntaxWarnings as compile() of source reports them (Interpreter.compileSource).
  const interp = t.interp;
  for (const w of r.warnings)
    interp.stderr.write(formatSyntaxWarning(filename, w.lineno, w.message, interp.host.readFile(filename)));
  return codeFor(r.code);
}

function functions(): Record<string, MethodSpec> {
  return {
    // The classes to make, in order: (name, base, _fields, _attributes or None, names that
    // default to None on the class, __doc__).
    _specs: () =>
      new PyList(
        classSpecs().map(
          (c) =>
            new PyTuple([
              c.name,
              c.base,
              new PyTuple([...c.fields]),
              c.attributes === null ? None : new PyTuple([...c.attributes]),
              new PyTuple([...c.noneDefaults]),
              c.doc,
            ]),
        ),
      ),
    _register: (t, _s, args) => {
      const [base, classes] = args;
      if (!(base instanceof PyType) || !(classes instanceof PyDict))
        throw typeError("_register(AST, classes): a class and a dict are required");
      const byName = new Map<string, PyType>();
      for (const [k, v] of classes.entries()) {
        if (typeof k === "string" && v instanceof PyType) byName.set(k, v);
      }
      registerAstClasses(t.interp, base, byName);
      return None;
    },
  };
}

export function makeAstModule(): PyModule {
  const m = new PyModule("_pyglass_ast");
  const d = m.dict!;
  for (const [name, fn] of nativeFunctions("_pyglass_ast", functions())) d.setStr(name, fn);
  d.setStr("PyCF_ONLY_AST", PyCF_ONLY_AST);
  d.setStr("PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS);
  d.setStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT);
  return m;
}
