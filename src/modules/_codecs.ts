/**
 * The _codecs module lib/codecs.py builds on (Modules/_codecsmodule.c and Python/codecs.c): the
 * error handler registry, the canonical names of the built-in text codecs, utf-8 decoding of a
 * partial input for incremental decoders, and the unicode_escape / raw_unicode_escape codecs.
 */
import { bytesLike } from "../objects/bytes-methods.js";
import { decodeWithHandler, registerErrorHandler, registeredErrorHandler } from "../objects/codec-errors.js";
import { escapeDecode, escapeEncode } from "../objects/codec-escape.js";
import { decodeBytes, normalizeEncoding } from "../objects/codecs.js";
import type { PyValue } from "../objects/core.js";
import { None } from "../objects/core.js";
import { E, PyBaseException, newException, typeError } from "../objects/exceptions.js";
import { strValue, typeName } from "../objects/helpers.js";
import { PyBytes, PyModule } from "../objects/misc.js";
import type { PyBuiltin } from "../objects/native.js";
import { nativeFunctions } from "../objects/native.js";
import { PyTuple } from "../objects/tuple.js";

/** codecs.lookup(name).name for the text codecs str.encode knows (encodings.* module names). */
const CANONICAL: Record<string, string> = {
  "utf-8": "utf-8",
  "utf-8-sig": "utf-8-sig",
  ascii: "ascii",
  "latin-1": "iso8859-1",
  "utf-16": "utf-16",
  "utf-16-le": "utf-16-le",
  "utf-16-be": "utf-16-be",
  "utf-32": "utf-32",
  "utf-32-le": "utf-32-le",
  "utf-32-be": "utf-32-be",
  cp1252: "cp1252",
};

function textArg(v: PyValue, what: string): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`${what} must be str, not ${typeName(v)}`);
  return s;
}

function bufferArg(v: PyValue): Uint8Array {
  const s = strValue(v);
  if (s !== undefined) return new TextEncoder().encode(s);
  const b = bytesLike(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

function errorAttr(exc: PyValue, name: string): PyValue {
  const v = exc instanceof PyBaseException ? exc.dict?.getStr(name) : undefined;
  if (v === undefined) throw typeError(`don't know how to handle ${typeName(exc)} in error callback`);
  return v;
}

/** The handlers of Python/codecs.c that lookup_error hands out by name. */
const BUILTIN_HANDLERS: Record<string, (exc: PyValue) => PyValue> = {
  strict: (exc) => {
    if (exc instanceof PyBaseException) throw exc;
    throw typeError("codec must pass exception instance");
  },
  ignore: (exc) => new PyTuple(["", errorAttr(exc, "end")]),
  replace: (exc) => {
    const start = Number(errorAttr(exc, "start"));
    const end = Number(errorAttr(exc, "end"));
    const decoding = exc instanceof PyBaseException && exc.type === E.UnicodeDecodeError;
    return new PyTuple([decoding ? "\ufffd" : "?".repeat(end - start), end]);
  },
};
const HANDLER_FUNCTION_NAMES: Record<string, string> = {
  strict: "strict_errors",
  ignore: "ignore_errors",
  replace: "replace_errors",
};

/** Length of an incomplete utf-8 sequence at the end of b (0 when b ends on a boundary). */
function incompleteUtf8Tail(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const c = b[b.length - back]!;
    if (c < 0x80) return 0;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
  }
  return 0;
}

export function makeCodecsModule(): PyModule {
  const m = new PyModule("_codecs");
  const handlerFns = new Map<string, PyBuiltin>();
  const builtinFns = nativeFunctions(
    "_codecs",
    Object.fromEntries(
      Object.entries(BUILTIN_HANDLERS).map(([k, f]) => [
        HANDLER_FUNCTION_NAMES[k]!,
        (_t, _s, args) => f(args[0]!),
      ]),
    ),
  );
  for (const [k, n] of Object.entries(HANDLER_FUNCTION_NAMES)) handlerFns.set(k, builtinFns.get(n)!);
  const fns = nativeFunctions("_codecs", {
    register_error: (_t, _s, args) => {
      registerErrorHandler(textArg(args[0]!, "register_error() argument 1"), args[1]!);
      return None;
    },
    lookup_error: (_t, _s, args) => {
      const name = textArg(args[0]!, "lookup_error() argument");
      const found = registeredErrorHandler(name) ?? handlerFns.get(name);
      if (found === undefined) throw newException(E.LookupError, `unknown error handler name '${name}'`);
      return found;
    },
    _canonical_name: (_t, _s, args) => CANONICAL[normalizeEncoding(textArg(args[0]!, "encoding"))] ?? None,
    utf_8_decode: {
      gen: function* (t, _s, args) {
        const data = bufferArg(args[0]!);
        const errors = args[1] === undefined || args[1] === None ? "strict" : textArg(args[1], "errors");
        const final = args[2] !== undefined && args[2] !== None && args[2] !== false && args[2] !== 0;
        const used = final ? data.length : data.length - incompleteUtf8Tail(data);
        const part = data.subarray(0, used);
        const handler = registeredErrorHandler(errors);
        const text =
          handler !== undefined
            ? yield* decodeWithHandler(t, part, "utf-8", handler)
            : decodeBytes(part, "utf-8", errors);
        return new PyTuple([text, used]);
      },
    },
    unicode_escape_encode: (_t, _s, args) => {
      const s = textArg(args[0]!, "unicode_escape_encode() argument 1");
      return new PyTuple([new PyBytes(escapeEncode(s, false)), [...s].length]);
    },
    raw_unicode_escape_encode: (_t, _s, args) => {
      const s = textArg(args[0]!, "raw_unicode_escape_encode() argument 1");
      return new PyTuple([new PyBytes(escapeEncode(s, true)), [...s].length]);
    },
    unicode_escape_decode: (_t, _s, args) => {
      const b = bufferArg(args[0]!);
      return new PyTuple([escapeDecode(b, false), b.length]);
    },
    raw_unicode_escape_decode: (_t, _s, args) => {
      const b = bufferArg(args[0]!);
      return new PyTuple([escapeDecode(b, true), b.length]);
    },
  });
  for (const [name, fn] of [...fns, ...builtinFns]) m.dict!.setStr(name, fn);
  return m;
}
