/**
 * The import system (importlib._bootstrap's semantics, written natively): __import__ with
 * relative names, sys.modules caching, packages with __init__.py and __path__, modules found on
 * sys.path in the host's files or the bundled lib/, native modules, `from m import name` with
 * CPython's ImportError messages (including circular imports), and `from m import *`.
 */
import type { Frame } from "../vm/frame.js";
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "../objects/core.js";
import { None, PyObject, defineBuiltinType } from "../objects/core.js";
import { codeFor } from "../objects/code.js";
import { PyDict } from "../objects/dict.js";
import { E, PyBaseException, newException, typeError, valueError } from "../objects/exceptions.js";
import { PyFunction } from "../objects/function.js";
import { typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/misc.js";
import { PyBuiltin, defineMethods, nativeFunctions } from "../objects/native.js";
import { registerNativeModule } from "./registry.js";
import { cachedLibCode, libFile, libHasFile } from "./lib-files.js";
import { getAttr, getAttrOpt, setAttr } from "../objects/ops/attr.js";
import { call } from "../objects/ops/call.js";
import { repr } from "../objects/ops/convert.js";
import { toArray } from "../objects/ops/iter.js";
import { setItem } from "../objects/ops/subscript.js";
import { CallRequest } from "../objects/suspend.js";
import type { Gen } from "../objects/suspend.js";

/** importlib's ModuleSpec, as a plain attribute bag. */
export const moduleSpecType = defineBuiltinType("ModuleSpec");
moduleSpecType.ns.set("__module__", "importlib._bootstrap");
moduleSpecType.hasDict = true;

function makeSpec(
  name: string,
  origin: string | null,
  isPackage: boolean,
  searchDir: string | null,
): PyObject {
  const s = new PyObject(moduleSpecType);
  s.dict = new PyDict();
  s.dict.setStr("name", name);
  s.dict.setStr("loader", None);
  s.dict.setStr("origin", origin ?? (isPackage ? None : "built-in"));
  s.dict.setStr(
    "submodule_search_locations",
    isPackage && searchDir !== null ? new PyList([searchDir]) : None,
  );
  s.dict.setStr("parent", isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf("."))));
  s.dict.setStr("has_location", origin !== null);
  s.dict.setStr("cached", None);
  s.dict.setStr("_initializing", false);
  return s;
}

/** _pyglass_imp: what importlib (lib/importlib) needs from the import system. */
function makeImpModule(): PyModule {
  const m = new PyModule("_pyglass_imp");
  for (const [name, f] of nativeFunctions("_pyglass_imp", {
    exec_module_again: {
      gen: function* (t, _self, args) {
        const mod = args[0]!;
        if (!(mod instanceof PyModule)) throw typeError("reload() argument must be a module");
        const file = mod.dict!.getStr("__file__");
        const source = typeof file === "string" ? t.interp.readSource(file) : null;
        if (source === null || typeof file !== "string")
          throw importError(`module ${mod.name} has no source`, mod.name, None);
        const code = codeFor(t.interp.compileSource(source, file, "exec"));
        const d = mod.dict!;
        yield new CallRequest(new PyFunction(code, d, t.interp.builtinsFor(d)), [], null, d);
        return None;
      },
    },
  })) {
    m.dict!.setStr(name, f);
  }
  return m;
}

export function initImporter(): void {
  registerNativeModule("_pyglass_imp", makeImpModule);
  defineMethods(moduleSpecType, {
    __repr__: {
      gen: function* (t, self) {
        const d = (self as PyObject).dict!;
        const parts = [
          `name=${yield* repr(t, d.getStr("name") ?? None)}`,
          `loader=${yield* repr(t, d.getStr("loader") ?? None)}`,
        ];
        const origin = d.getStr("origin");
        if (origin !== undefined && origin !== None) parts.push(`origin=${yield* repr(t, origin)}`);
        const sl = d.getStr("submodule_search_locations");
        if (sl !== undefined && sl !== None) parts.push(`submodule_search_locations=${yield* repr(t, sl)}`);
        return `ModuleSpec(${parts.join(", ")})`;
      },
    },
  });
}

function notFound(name: string, message = `No module named '${name}'`): PyBaseException {
  const e = newException(E.ModuleNotFoundError, message);
  e.dict = new PyDict();
  e.dict.setStr("msg", message);
  e.dict.setStr("name", name);
  e.dict.setStr("path", None);
  return e;
}

function importError(message: string, name: PyValue, path: PyValue): PyBaseException {
  const e = newException(E.ImportError, message);
  e.dict = new PyDict();
  e.dict.setStr("msg", message);
  e.dict.setStr("name", name);
  e.dict.setStr("path", path);
  return e;
}

/** _calc___package__ and resolve_name: the absolute module name for a relative import. */
function resolveName(name: string, globals: PyDict | null, level: number): string {
  if (level === 0) return name;
  let pkg: PyValue | undefined = globals?.getStr("__package__");
  if (pkg === undefined || pkg === None) {
    const spec = globals?.getStr("__spec__");
    if (spec instanceof PyObject && spec.dict?.getStr("parent") !== undefined)
      pkg = spec.dict.getStr("parent");
    else {
      const modName = globals?.getStr("__name__");
      if (typeof modName !== "string") throw newException(E.KeyError, "'__name__' not in globals");
      pkg = globals!.hasStr("__path__") ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf(".")));
    }
  } else if (typeof pkg !== "string") {
    throw typeError("package must be a string");
  }
  const p = pkg as string;
  if (p === "") throw importError("attempted relative import with no known parent package", None, None);
  const bits = p.split(".");
  if (bits.length < level)
    throw importError("attempted relative import beyond top-level package", None, None);
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

/** A module source found on a search path. */
interface Found {
  readonly file: string;
  /** The text, made on demand: a bundled module with cached code is never decoded. */
  readonly source: () => string;
  readonly isPackage: boolean;
  readonly dir: string;
}

/** The source at this path as a thunk, or null when there is no such file. */
function sourceAt(t: Thread, path: string): (() => string) | null {
  // Bundled files first, as Interpreter.readSource reads them.
  if (libHasFile(path)) return () => libFile(path)!;
  const text = t.interp.readSource(path);
  return text === null ? null : () => text;
}

/**
 * FileFinder over the search path: a package (dir/__init__.py) or module (name.py) in the first
 * entry that has one; failing that, the directories named `name` without __init__.py make a
 * namespace package (PEP 420).
 */
function findInDirs(
  t: Thread,
  name: string,
  dirs: readonly string[],
): Found | { namespace: string[] } | null {
  const short = name.slice(name.lastIndexOf(".") + 1);
  const portions: string[] = [];
  for (const dir of dirs) {
    const base = dir === "" ? t.interp.host.cwd() : dir;
    const pkgDir = `${base}/${short}`;
    const init = `${pkgDir}/__init__.py`;
    const initSrc = sourceAt(t, init);
    if (initSrc !== null) return { file: init, source: initSrc, isPackage: true, dir: pkgDir };
    const file = `${base}/${short}.py`;
    const src = sourceAt(t, file);
    if (src !== null) return { file, source: src, isPackage: false, dir: base };
    if (t.interp.isDirectory(pkgDir)) portions.push(pkgDir);
  }
  return portions.length > 0 ? { namespace: portions } : null;
}

function* searchPath(t: Thread, name: string): Gen<string[]> {
  const parent = name.lastIndexOf(".");
  if (parent < 0) {
    const sp = t.interp.sys.dict!.getStr("path");
    if (!(sp instanceof PyList)) return [];
    return sp.items.filter((x): x is string => typeof x === "string");
  }
  const parentName = name.slice(0, parent);
  const pm = t.interp.modules.getStr(parentName);
  const path = pm === undefined ? undefined : yield* getAttrOpt(t, pm, "__path__");
  if (path === undefined) throw notFound(name, `No module named '${name}'; '${parentName}' is not a package`);
  const items = yield* toArray(t, path);
  return items.filter((x): x is string => typeof x === "string");
}

/** _find_and_load: the module for an absolute name, importing parents first. */
export function* importAbsolute(t: Thread, name: string): Gen<PyValue> {
  const modules = t.interp.modules;
  const cached = modules.getStr(name);
  if (cached !== undefined) {
    if (cached === None) throw notFound(name, `import of ${name} halted; None in sys.modules`);
    return cached;
  }
  const dot = name.lastIndexOf(".");
  let parentModule: PyValue | null = null;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    parentModule = yield* importAbsolute(t, parentName);
    const again = modules.getStr(name);
    if (again !== undefined) return again;
  }
  const factory = dot < 0 ? t.interp.nativeModules.get(name) : undefined;
  let module: PyValue;
  if (factory !== undefined) {
    const m = factory(t.interp);
    m.dict!.setStr("__spec__", makeSpec(name, null, false, null));
    modules.setStr(name, m);
    module = m;
  } else {
    const dirs = yield* searchPath(t, name);
    const found = findInDirs(t, name, dirs);
    if (found === null) throw notFound(name);
    if ("namespace" in found) {
      const m = t.interp.newModule(name, null);
      const d = m.dict!;
      d.setStr("__file__", None);
      d.setStr("__spec__", makeSpec(name, null, true, found.namespace[0]!));
      d.setStr("__package__", name);
      d.setStr("__path__", new PyList(found.namespace));
      modules.setStr(name, m);
      module = m;
    } else {
      module = yield* loadSource(t, name, found);
    }
  }
  if (parentModule !== null) yield* setAttr(t, parentModule, name.slice(dot + 1), module);
  return module;
}

/** Creates, registers and executes a module from source; on failure it leaves sys.modules. */
function* loadSource(t: Thread, name: string, found: Found): Gen<PyValue> {
  const interp = t.interp;
  const m = interp.newModule(name, found.file);
  const d = m.dict!;
  const spec = makeSpec(name, found.file, found.isPackage, found.dir);
  d.setStr("__spec__", spec);
  d.setStr("__package__", found.isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf("."))));
  if (found.isPackage) d.setStr("__path__", new PyList([found.dir]));
  d.setStr("__cached__", None);
  interp.modules.setStr(name, m);
  spec.dict!.setStr("_initializing", true);
  try {
    // Compiled lib code from the build's cache when it is current (like a .pyc), else compile.
    const compiled = cachedLibCode(found.file) ?? interp.compileSource(found.source(), found.file, "exec");
    const code = codeFor(compiled);
    const fn = new PyFunction(code, d, interp.builtinsFor(d));
    yield new CallRequest(fn, [], null, d);
  } catch (e) {
    interp.modules.deleteStr(name);
    throw e;
  } finally {
    spec.dict!.setStr("_initializing", false);
  }
  // A module may replace itself in sys.modules while it runs.
  return interp.modules.getStr(name) ?? m;
}

/** _handle_fromlist: imports submodules named in `from package import a, b`. */
function* handleFromlist(t: Thread, module: PyValue, fromlist: PyValue[], recursive: boolean): Gen<PyValue> {
  for (const x of fromlist) {
    if (typeof x !== "string") {
      const where = recursive ? `${yield* moduleName(t, module)}.__all__` : "``from list''";
      throw typeError(`Item in ${where} must be str, not ${typeName(x)}`);
    }
    if (x === "*") {
      if (!recursive) {
        const all = yield* getAttrOpt(t, module, "__all__");
        if (all !== undefined) yield* handleFromlist(t, module, yield* toArray(t, all), true);
      }
      continue;
    }
    if ((yield* getAttrOpt(t, module, x)) !== undefined) continue;
    const fromName = `${yield* moduleName(t, module)}.${x}`;
    try {
      yield* importAbsolute(t, fromName);
    } catch (e) {
      if (
        e instanceof PyBaseException &&
        e.type.isSubtype(E.ModuleNotFoundError) &&
        e.dict?.getStr("name") === fromName &&
        t.interp.modules.getStr(fromName) !== None
      ) {
        continue;
      }
      throw e;
    }
  }
  return module;
}

function* moduleName(t: Thread, module: PyValue): Gen<string> {
  const n = yield* getAttr(t, module, "__name__");
  return typeof n === "string" ? n : "?";
}

/** __import__(name, globals, locals, fromlist, level). */
export function* importModuleLevel(
  t: Thread,
  name: string,
  globals: PyDict | null,
  fromlistV: PyValue,
  level: number,
): Gen<PyValue> {
  if (level < 0) throw valueError("level must be >= 0");
  if (name === "" && level === 0) throw valueError("Empty module name");
  const absName = resolveName(name, globals, level);
  const module = yield* importAbsolute(t, absName);
  const fromlist = fromlistV === None ? [] : yield* toArray(t, fromlistV);
  if (fromlist.length === 0) {
    if (level === 0) {
      const first = name.split(".")[0]!;
      return first === name ? module : yield* importAbsolute(t, first);
    }
    if (name === "") return module;
    const cut = name.length - name.split(".")[0]!.length;
    const modName = yield* moduleName(t, module);
    return t.interp.modules.getStr(modName.slice(0, modName.length - cut)) ?? module;
  }
  if ((yield* getAttrOpt(t, module, "__path__")) !== undefined)
    return yield* handleFromlist(t, module, fromlist, false);
  return module;
}

/** IMPORT_NAME: uses builtins.__import__ unless it was replaced. */
export function* importName(
  t: Thread,
  f: Frame,
  name: string,
  fromlist: PyValue,
  level: PyValue,
): Gen<PyValue> {
  const imp = f.builtins.getStr("__import__");
  if (imp === undefined) throw newException(E.ImportError, "__import__ not found");
  const lv = typeof level === "number" ? level : 0;
  if (!(imp instanceof PyBuiltin && imp.owner === "builtins")) {
    return yield* call(t, imp, [name, f.globals, f.locals ?? None, fromlist, lv]);
  }
  return yield* importModuleLevel(t, name, f.globals, fromlist, lv);
}

/** IMPORT_FROM: an attribute of the module, or the submodule, or ImportError. */
export function* importFrom(t: Thread, module: PyValue, name: string): Gen<PyValue> {
  const v = yield* getAttrOpt(t, module, name);
  if (v !== undefined) return v;
  const pkgname = yield* getAttrOpt(t, module, "__name__");
  if (typeof pkgname === "string") {
    const sub = t.interp.modules.getStr(`${pkgname}.${name}`);
    if (sub !== undefined) return sub;
  }
  const shownPkg = typeof pkgname === "string" ? pkgname : "<unknown module name>";
  const pkgpath = module instanceof PyModule ? module.dict!.getStr("__file__") : undefined;
  if (typeof pkgpath !== "string") {
    throw importError(
      `cannot import name '${name}' from '${shownPkg}' (unknown location)`,
      pkgname ?? None,
      None,
    );
  }
  const spec = module instanceof PyModule ? module.dict!.getStr("__spec__") : undefined;
  const initializing = spec instanceof PyObject && spec.dict?.getStr("_initializing") === true;
  const msg = initializing
    ? `cannot import name '${name}' from partially initialized module '${shownPkg}' (most likely due to a circular import) (${pkgpath})`
    : `cannot import name '${name}' from '${shownPkg}' (${pkgpath})`;
  throw importError(msg, pkgname ?? None, pkgpath);
}

/** IMPORT_STAR: copies the module's public names (or __all__) into the frame's locals. */
export function* importStar(t: Thread, f: Frame, module: PyValue): Gen<void> {
  const locals = f.locals;
  if (locals === null) throw newException(E.SystemError, "no locals found during 'import *'");
  let names: PyValue[];
  let skipPrivate = false;
  const all = yield* getAttrOpt(t, module, "__all__");
  if (all !== undefined) names = yield* toArray(t, all);
  else {
    const d = yield* getAttrOpt(t, module, "__dict__");
    if (d === undefined) throw importError("from-import-* object has no __dict__ and no __all__", None, None);
    names = d instanceof PyDict ? d.keyList() : yield* toArray(t, d);
    skipPrivate = true;
  }
  const modName = yield* moduleName(t, module);
  for (const n of names) {
    if (typeof n !== "string") {
      throw typeError(
        `${all !== undefined ? "Item in " + modName + ".__all__" : "Key in " + modName + ".__dict__"} must be str, not ${typeName(n)}`,
      );
    }
    if (skipPrivate && n.startsWith("_")) continue;
    const v = yield* getAttr(t, module, n);
    if (locals instanceof PyDict) locals.setStr(n, v);
    else yield* setItem(t, locals, n, v);
  }
}
