/**
 * Python exceptions: the instance layout (PyBaseException) and CPython 3.11's built-in exception
 * tree (Objects/exceptions.c). Python exceptions travel through JavaScript as thrown
 * PyBaseException objects; anything else thrown is an engine bug (see InternalError).
 * The methods are registered in exceptions-methods.ts.
 */
import type { PyType, PyValue } from "./core.js";
import { PyObject, TypeFlags, defineBuiltinType } from "./core.js";
import { PyErrorCarrier } from "./error-carrier.js";
import { EMPTY_TUPLE, PyTuple } from "./tuple.js";

/** A traceback entry (tb_frame, tb_lasti, tb_next), from the outermost frame inwards. */
export class PyTraceback extends PyObject {
  constructor(
    type: PyType,
    /** The frame (a vm Frame, which is a PyObject). */
    readonly frame: PyObject,
    /** Offset in bytes of the instruction, as tb_lasti. */
    readonly lasti: number,
    readonly lineno: number | null,
    public next: PyTraceback | null,
  ) {
    super(type);
  }
}

export class PyBaseException extends PyObject {
  args: PyTuple = EMPTY_TUPLE;
  traceback: PyTraceback | null = null;
  context: PyBaseException | null = null;
  cause: PyBaseException | null = null;
  suppressContext = false;
  /** Not raised yet: its __context__ is set when it first reaches a frame (CPython sets it in _PyErr_SetObject). */
  fresh = true;
  constructor(type: PyType) {
    super(type);
  }
}

function alloc(t: PyType): PyObject {
  return new PyBaseException(t);
}

const TREE = `
BaseException
  BaseExceptionGroup
  Exception
    ArithmeticError
      FloatingPointError
      OverflowError
      ZeroDivisionError
    AssertionError
    AttributeError
    BufferError
    EOFError
    ImportError
      ModuleNotFoundError
    LookupError
      IndexError
      KeyError
    MemoryError
    NameError
      UnboundLocalError
    OSError
      BlockingIOError
      ChildProcessError
      ConnectionError
        BrokenPipeError
        ConnectionAbortedError
        ConnectionRefusedError
        ConnectionResetError
      FileExistsError
      FileNotFoundError
      InterruptedError
      IsADirectoryError
      NotADirectoryError
      PermissionError
      ProcessLookupError
      TimeoutError
    ReferenceError
    RuntimeError
      NotImplementedError
      RecursionError
    StopAsyncIteration
    StopIteration
    SyntaxError
      IndentationError
        TabError
    SystemError
    TypeError
    ValueError
      UnicodeError
        UnicodeDecodeError
        UnicodeEncodeError
        UnicodeTranslateError
    Warning
      BytesWarning
      DeprecationWarning
      EncodingWarning
      FutureWarning
      ImportWarning
      PendingDeprecationWarning
      ResourceWarning
      RuntimeWarning
      SyntaxWarning
      UnicodeWarning
      UserWarning
  GeneratorExit
  KeyboardInterrupt
  SystemExit
`;

/** Every built-in exception type by name, in the tree's order. */
export const EXCEPTION_TYPES = new Map<string, PyType>();

(() => {
  const parents: PyType[] = [];
  for (const line of TREE.split("\n")) {
    if (line.trim() === "") continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const name = line.trim();
    const base = depth === 0 ? undefined : parents[depth - 1];
    const t = defineBuiltinType(name, {
      ...(base ? { base } : {}),
      alloc,
      flags: TypeFlags.BASE_EXC_SUBCLASS,
    });
    t.hasDict = true;
    t.weakrefable = true;
    parents[depth] = t;
    parents.length = depth + 1;
    EXCEPTION_TYPES.set(name, t);
  }
  // ExceptionGroup(BaseExceptionGroup, Exception)
  const eg = defineBuiltinType("ExceptionGroup", {
    bases: [EXCEPTION_TYPES.get("BaseExceptionGroup")!, EXCEPTION_TYPES.get("Exception")!],
    alloc,
    flags: TypeFlags.BASE_EXC_SUBCLASS,
  });
  eg.hasDict = true;
  EXCEPTION_TYPES.set("ExceptionGroup", eg);
})();

function exc(name: string): PyType {
  const t = EXCEPTION_TYPES.get(name);
  if (!t) throw new Error(`no exception type ${name}`);
  return t;
}

/** The built-in exception types, for natives that raise them. */
export const E = {
  BaseException: exc("BaseException"),
  BaseExceptionGroup: exc("BaseExceptionGroup"),
  ExceptionGroup: exc("ExceptionGroup"),
  Exception: exc("Exception"),
  ArithmeticError: exc("ArithmeticError"),
  OverflowError: exc("OverflowError"),
  ZeroDivisionError: exc("ZeroDivisionError"),
  AssertionError: exc("AssertionError"),
  AttributeError: exc("AttributeError"),
  BufferError: exc("BufferError"),
  EOFError: exc("EOFError"),
  ImportError: exc("ImportError"),
  ModuleNotFoundError: exc("ModuleNotFoundError"),
  LookupError: exc("LookupError"),
  IndexError: exc("IndexError"),
  KeyError: exc("KeyError"),
  MemoryError: exc("MemoryError"),
  NameError: exc("NameError"),
  UnboundLocalError: exc("UnboundLocalError"),
  OSError: exc("OSError"),
  FileNotFoundError: exc("FileNotFoundError"),
  IsADirectoryError: exc("IsADirectoryError"),
  PermissionError: exc("PermissionError"),
  RuntimeError: exc("RuntimeError"),
  NotImplementedError: exc("NotImplementedError"),
  RecursionError: exc("RecursionError"),
  StopIteration: exc("StopIteration"),
  StopAsyncIteration: exc("StopAsyncIteration"),
  SyntaxError: exc("SyntaxError"),
  IndentationError: exc("IndentationError"),
  TabError: exc("TabError"),
  SystemError: exc("SystemError"),
  TypeError: exc("TypeError"),
  ValueError: exc("ValueError"),
  UnicodeError: exc("UnicodeError"),
  UnicodeDecodeError: exc("UnicodeDecodeError"),
  UnicodeEncodeError: exc("UnicodeEncodeError"),
  UnicodeTranslateError: exc("UnicodeTranslateError"),
  Warning: exc("Warning"),
  DeprecationWarning: exc("DeprecationWarning"),
  RuntimeWarning: exc("RuntimeWarning"),
  UserWarning: exc("UserWarning"),
  GeneratorExit: exc("GeneratorExit"),
  KeyboardInterrupt: exc("KeyboardInterrupt"),
  SystemExit: exc("SystemExit"),
} as const;

/** A new exception of a built-in (or any) exception type with the given args, not yet raised. */
export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  const e = type.alloc(type) as PyBaseException;
  e.args = args.length === 0 ? EMPTY_TUPLE : new PyTuple(args);
  return e;
}

/** Shorthands for the errors natives raise most; each returns the exception to `throw`. */
export const typeError = (msg: string): PyBaseException => newException(E.TypeError, msg);
export const valueError = (msg: string): PyBaseException => newException(E.ValueError, msg);
export const indexError = (msg: string): PyBaseException => newException(E.IndexError, msg);
export const keyError = (key: PyValue): PyBaseException => newException(E.KeyError, key);
export const attributeError = (msg: string): PyBaseException => newException(E.AttributeError, msg);
export const overflowError = (msg: string): PyBaseException => newException(E.OverflowError, msg);
export const zeroDivisionError = (msg: string): PyBaseException => newException(E.ZeroDivisionError, msg);
export const runtimeError = (msg: string): PyBaseException => newException(E.RuntimeError, msg);
export const nameError = (msg: string): PyBaseException => newException(E.NameError, msg);
export const stopIteration = (...value: PyValue[]): PyBaseException =>
  newException(E.StopIteration, ...value);
export const notImplementedError = (msg: string): PyBaseException => newException(E.NotImplementedError, msg);
export const systemError = (msg: string): PyBaseException => newException(E.SystemError, msg);

/**
 * A JavaScript stack overflow inside a native recursion check (_Py_EnterRecursiveCall's callers:
 * comparison, repr, str, calls) becomes the RecursionError CPython raises there, with its
 * `where` suffix: natives nest on the JavaScript stack, which can end before the recursion limit.
 * Anything else is returned as it is.
 */
export function stackOverflowAs(e: unknown, where: string): unknown {
  if (!(e instanceof RangeError)) return e;
  try {
    // No regular expression here: compiling one can itself overflow the stack.
    if (e.message.includes("call stack"))
      return newException(E.RecursionError, `maximum recursion depth exceeded${where}`);
  } catch {
    // Still too deep to build the exception: an outer level converts the overflow.
  }
  return e;
}

/** Is this exception an instance of `type` (or a subclass). */
export function excMatches(e: PyBaseException, type: PyType): boolean {
  return e.type.isSubtype(type);
}

/**
 * Runs a pure algorithm that reports Python errors as PyErrorCarrier and turns such a carrier
 * into the named Python exception (the native boundary of error-carrier.ts).
 */
export function carry<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyErrorCarrier) throw fromCarrier(e);
    throw e;
  }
}

export function fromCarrier(e: PyErrorCarrier): PyBaseException {
  return newException(EXCEPTION_TYPES.get(e.pyType) ?? E.SystemError, e.pyMessage);
}
