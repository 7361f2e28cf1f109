/** The sys module (Python/sysmodule.c): what programs read about the interpreter and its streams. */
import { setHook } from "../vm/trace.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { PyValue } from "../objects/core.js";
import { None, PyObject, noneType, tupleType, typeOf } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { E, PyBaseException, newException, typeError, valueError } from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { PyStrSubclass, intValue, oneArg, typeName, unpackArgs } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/misc.js";
import type { MethodSpec } from "../objects/native.js";
import { nativeFunctions } from "../objects/native.js";
import { checkMaxStrDigits } from "../objects/numeric/int-str.js";
import { call, callMethod } from "../objects/ops/call.js";
import { indexSize, repr } from "../objects/ops/convert.js";
import { structSeq, structSeqType } from "../objects/structseq.js";
import { PyTuple } from "../objects/tuple.js";
import { PySurrogateStr } from "../objects/str-surrogate.js";
import { carry } from "../objects/exceptions.js";
import { PYTHON_VERSION, PYTHON_VERSION_INFO } from "../version.js";
import { InputStream } from "./io-streams.js";
import { asDouble } from "./math/args.js";
import { simpleNamespace } from "./namespace.js";
import { LIB_DIR } from "./lib-files.js";
import { formatException, printException } from "../vm/traceback.js";
import { getsizeof, installSizeofMethods } from "../memory/sizes.js";
import { unraisableHook } from "../memory/unraisable.js";

const versionInfoType = structSeqType("sys.version_info", [
  "major",
  "minor",
  "micro",
  "releaselevel",
  "serial",
]);
const threadInfoType = structSeqType("sys.thread_info", ["name", "lock", "version"]);
const floatInfoType = structSeqType("sys.float_info", [
  "max",
  "max_exp",
  "max_10_exp",
  "min",
  "min_exp",
  "min_10_exp",
  "dig",
  "mant_dig",
  "epsilon",
  "radix",
  "rounds",
]);
const intInfoType = structSeqType("sys.int_info", [
  "bits_per_digit",
  "sizeof_digit",
  "default_max_str_digits",
  "str_digits_check_threshold",
]);
const hashInfoType = structSeqType("sys.hash_info", [
  "width",
  "modulus",
  "inf",
  "nan",
  "imag",
  "algorithm",
  "hash_bits",
  "seed_bits",
  "cutoff",
]);
const flagsType = structSeqType("sys.flags", [
  "debug",
  "inspect",
  "interactive",
  "optimize",
  "dont_write_bytecode",
  "no_user_site",
  "no_site",
  "ignore_environment",
  "verbose",
  "bytes_warning",
  "quiet",
  "hash_randomization",
  "isolated",
  "dev_mode",
  "utf8_mode",
  "warn_default_encoding",
  "safe_path",
  "int_max_str_digits",
]);

const HEXVERSION = (3 << 24) | (11 << 16) | (7 << 8) | (0xf << 4);

function functions(interp: Interpreter): Record<string, MethodSpec> {
  return {
    exit: (_t, _s, args, kw) => {
      unpackArgs("exit", args, kw, 0, 1);
      // PyErr_SetObject: None means no arguments and a tuple is the arguments themselves.
      const arg = args[0];
      if (arg === undefined || arg === None) throw newException(E.SystemExit);
      if (arg instanceof PyTuple && arg.type === tupleType) throw newException(E.SystemExit, ...arg.items);
      throw newException(E.SystemExit, arg);
    },
    getrecursionlimit: () => interp.recursionLimit,
    call_tracing: {
      gen: function* (t, _s, args) {
        const [fn, fnArgs] = args as [PyValue, PyValue];
        if (!(fnArgs instanceof PyTuple))
          throw typeError(`call_tracing() argument 2 must be tuple, not ${typeName(fnArgs)}`);
        return yield* call(t, fn, [...fnArgs.items]);
      },
    },
    setrecursionlimit: {
      gen: function* (t, _s, args, kw) {
        const n = yield* indexSize(t, oneArg("setrecursionlimit", args, kw));
        if (n < 1) throw valueError("recursion limit must be greater or equal than 1");
        if (n <= t.depth) {
          throw newException(
            E.RecursionError,
            `cannot set the recursion limit to ${n} at the recursion depth ${t.depth}: the limit is too low`,
          );
        }
        interp.recursionLimit = n;
        return None;
      },
    },
    // The GIL's switch interval, kept in whole microseconds as _PyEval_SetSwitchInterval does.
    getswitchinterval: () => new PyFloat(interp.scheduler.switchInterval),
    setswitchinterval: {
      gen: function* (t, _s, args, kw) {
        const interval = yield* asDouble(t, oneArg("setswitchinterval", args, kw));
        if (!(interval > 0)) throw valueError("switch interval must be strictly positive");
        interp.scheduler.switchInterval = Math.floor(1e6 * interval) * 1e-6;
        return None;
      },
    },
    getdefaultencoding: () => "utf-8",
    getfilesystemencoding: () => "utf-8",
    intern: (_t, _s, args, kw) => {
      const s = oneArg("intern", args, kw);
      // An exact str in either representation (a boxed one holds a lone surrogate pair).
      if (typeof s === "string" || s instanceof PySurrogateStr) return s;
      if (s instanceof PyStrSubclass) throw typeError(`can't intern ${s.type.tpName}`);
      throw typeError(`intern() argument must be str, not ${typeName(s)}`);
    },
    getrefcount: (t, _s, args, kw) => {
      const o = oneArg("getrefcount", args, kw);
      // Values pyglass does not count (int, str, bool, None, ...) are shared as CPython's
      // immortal and interned objects are: their counts mean nothing a program could rely on.
      if (!(o instanceof PyObject) || o.type === noneType) return 1 << 30;
      return t.interp.memory.refcount(o);
    },
    getsizeof: { gen: (t, _s, args, kw) => getsizeof(t, args, kw) },
    exc_info: (t) => {
      const e = t.handledException();
      if (e === null) return new PyTuple([None, None, None]);
      return new PyTuple([e.type, e, e.traceback ?? None]);
    },
    exception: (t) => t.handledException() ?? None,
    _getframe: {
      gen: function* (t, _s, args) {
        let depth = args.length ? yield* indexSize(t, args[0]!) : 0;
        let f = t.frame;
        while (depth > 0 && f !== null) {
          f = f.pyBack;
          depth--;
        }
        if (f === null) throw valueError("call stack is not deep enough");
        f.exposed = true;
        return f;
      },
    },
    displayhook: {
      gen: function* (t, _s, args) {
        const v = args[0]!;
        if (v === None) return None;
        t.interp.builtinsDict.setStr("_", None);
        const out = interp.sys.dict!.getStr("stdout") ?? None;
        const text = (yield* repr(t, v)) + "\n";
        yield* callMethod(t, typeOf(out).lookup("write")!, out, [text]);
        t.interp.builtinsDict.setStr("_", v);
        return None;
      },
    },
    excepthook: {
      gen: function* (t, _s, args) {
        const exc = args[1];
        if (exc instanceof PyBaseException) {
          // PyErr_Display writes to the sys.stderr object (a program may have replaced it).
          const err = interp.sys.dict!.getStr("stderr");
          if (err === undefined || err === None) yield* printException(t, exc);
          else {
            const text = yield* formatException(t, exc);
            yield* callMethod(t, typeOf(err).lookup("write")!, err, [text]);
          }
        }
        return None;
      },
    },
    // METH_O: the default hook, also kept as sys.__unraisablehook__.
    unraisablehook: {
      gen: (t, _s, args, kw) => {
        if (kw !== null && kw.length > 0) throw typeError("sys.unraisablehook() takes no keyword arguments");
        if (args.length !== 1)
          throw typeError(`sys.unraisablehook() takes exactly one argument (${args.length} given)`);
        return unraisableHook(t, args[0]!);
      },
    },
    get_int_max_str_digits: () => interp.intStrLimit.maxStrDigits,
    set_int_max_str_digits: (_t, _s, args, kw) => {
      const v = kw && kw.length ? args[args.length - 1]! : args[0]!;
      const n = intValue(v);
      if (n === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
      interp.intStrLimit = { maxStrDigits: carry(() => checkMaxStrDigits(BigInt(n))) };
      return None;
    },
    // Per thread, as PyEval_SetTrace / PyEval_SetProfile (trace.ts runs the hooks).
    settrace: (t, _s, args, kw) => {
      setHook(t, "trace", oneArg("settrace", args, kw));
      return None;
    },
    setprofile: (t, _s, args, kw) => {
      setHook(t, "profile", oneArg("setprofile", args, kw));
      return None;
    },
    gettrace: (t) => t.trace?.tracefunc ?? None,
    getprofile: (t) => t.trace?.profilefunc ?? None,
    audit: () => None,
    addaudithook: () => None,
    is_finalizing: () => false,
  };
}

/** The sys module of an interpreter. */
export function makeSys(interp: Interpreter): PyModule {
  installSizeofMethods();
  const m = new PyModule("sys");
  const d = m.dict!;
  for (const [name, f] of nativeFunctions("sys", functions(interp))) d.setStr(name, f);
  d.setStr("__unraisablehook__", d.getStr("unraisablehook")!);
  const opts = interp.options;
  d.setStr("argv", new PyList([...opts.argv]));
  d.setStr("orig_argv", new PyList(["python3", ...opts.argv]));
  d.setStr("path", new PyList([opts.scriptDir ?? "", LIB_DIR]));
  d.setStr("modules", interp.modules);
  d.setStr("meta_path", new PyList([]));
  d.setStr("path_hooks", new PyList([]));
  d.setStr("path_importer_cache", new PyDict());
  d.setStr("stdout", interp.stdout);
  d.setStr("stderr", interp.stderr);
  const stdin = new InputStream(interp.host.stdin);
  d.setStr("stdin", stdin);
  d.setStr("__stdout__", interp.stdout);
  d.setStr("__stderr__", interp.stderr);
  d.setStr("__stdin__", stdin);
  d.setStr("version", `${PYTHON_VERSION} (main, Jan  1 2024, 00:00:00) [pyglass]`);
  const vi = structSeq(versionInfoType, [...PYTHON_VERSION_INFO]);
  d.setStr("version_info", vi);
  d.setStr("hexversion", HEXVERSION);
  d.setStr("api_version", 1013);
  d.setStr("maxsize", 9223372036854775807n);
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("platform", "linux");
  d.setStr("byteorder", "little");
  d.setStr("executable", "/usr/bin/python3");
  d.setStr("prefix", "/usr");
  d.setStr("base_prefix", "/usr");
  d.setStr("exec_prefix", "/usr");
  d.setStr("copyright", "Copyright (c) 2001-2023 Python Software Foundation.");
  d.setStr("dont_write_bytecode", true);
  d.setStr("warnoptions", new PyList([]));
  d.setStr(
    "builtin_module_names",
    new PyTuple(["builtins", "sys", ...[...interp.nativeModules.keys()].sort()]),
  );
  d.setStr(
    "implementation",
    simpleNamespace({
      name: "cpython",
      cache_tag: "cpython-311",
      version: vi,
      hexversion: HEXVERSION,
      _multiarch: "x86_64-linux-gnu",
    }),
  );
  d.setStr("float_repr_style", "short");
  d.setStr(
    "float_info",
    structSeq(floatInfoType, [
      new PyFloat(Number.MAX_VALUE),
      1024,
      308,
      new PyFloat(2.2250738585072014e-308),
      -1021,
      -307,
      15,
      53,
      new PyFloat(Number.EPSILON),
      2,
      1,
    ]),
  );
  d.setStr("int_info", structSeq(intInfoType, [30, 4, 4300, 640]));
  d.setStr(
    "hash_info",
    structSeq(hashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]),
  );
  // hash_randomization is 0 when string hashes use the fixed seed 0 (PYTHONHASHSEED=0).
  const randomized = (interp.options.hashSeed ?? 0) === 0 ? 0 : 1;
  d.setStr(
    "flags",
    structSeq(flagsType, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, randomized, 0, false, 0, 0, false, -1]),
  );
  d.setStr("thread_info", structSeq(threadInfoType, ["pthread", "mutex+cond", None]));
  return m;
}
