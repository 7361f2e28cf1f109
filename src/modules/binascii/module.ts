/**
 * The binascii module (Modules/binascii.c): hexlify/unhexlify, base64 lines, crc32 and crc_hqx,
 * with binascii.Error (a ValueError) and binascii.Incomplete. lib/base64.py builds on it.
 */
import type { PyValue } from "../../objects/core.js";
import { TypeFlags, defineBuiltinType } from "../../objects/core.js";
import { E, PyBaseException, newException, typeError, valueError } from "../../objects/exceptions.js";
import { intValue, parseArgs, strValue, typeName } from "../../objects/helpers.js";
import { PyByteArray, PyBytes, PyModule } from "../../objects/misc.js";
import type { Kw, MethodSpec } from "../../objects/native.js";
import { nativeFunctions } from "../../objects/native.js";
import { indexOf, isTrue } from "../../objects/ops/convert.js";
import type { Gen } from "../../objects/suspend.js";
import type { Thread } from "../../vm/thread.js";
import { BinasciiFailure, a2bBase64, b2aBase64, crc32, crcHqx, hexlify, unhexlify } from "./codecs.js";

/** PyErr_NewException types: heap types whose __module__ is binascii. */
function exceptionType(name: string, base: typeof E.Exception) {
  const t = defineBuiltinType(name, { base, flags: TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.HEAPTYPE });
  t.hasDict = true;
  t.weakrefable = true;
  t.ns.set("__module__", "binascii");
  return t;
}

const errorType = exceptionType("Error", E.ValueError);
const incompleteType = exceptionType("Incomplete", E.Exception);

const binasciiError = (msg: string): PyBaseException => newException(errorType, msg);

function run<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof BinasciiFailure) throw binasciiError(e.pyMessage);
    throw e;
  }
}

/** A bytes-like argument of an encoder (the buffer protocol's simple case). */
function buffer(v: PyValue): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

/** ascii_buffer_converter: decoders also take str made only of ASCII characters. */
function asciiBuffer(v: PyValue): Uint8Array {
  const s = strValue(v);
  if (s !== undefined) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) throw valueError("string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeName(v)}'`);
}

/** The separator of hexlify: one character of a str or one byte of a bytes object. */
function separator(v: PyValue): number {
  const s = strValue(v);
  const len =
    s !== undefined ? s.length : v instanceof PyBytes || v instanceof PyByteArray ? v.bytes.length : -1;
  if (len < 0) throw typeError(`object of type '${typeName(v)}' has no len()`);
  if (len !== 1) throw valueError("sep must be length 1.");
  if (s !== undefined) {
    const c = s.charCodeAt(0);
    if (c > 0xff) throw valueError("sep must be ASCII.");
    return c;
  }
  return (v as PyBytes).bytes[0]!;
}

/** The 'I' converter: any int, masked to 32 bits. */
function* uint32(t: Thread, v: PyValue): Gen<number> {
  const iv = intValue(v) ?? (yield* indexOf(t, v));
  return Number(BigInt.asUintN(32, BigInt(iv)));
}

function hexlifySpec(name: string): MethodSpec {
  return {
    gen: function* (t, _s, args, kw) {
      const [data, sep, per] = parseArgs(name, args, kw, ["data", "sep", "bytes_per_sep"], 1);
      const bytes = buffer(data!);
      const sepByte = sep === undefined ? undefined : separator(sep);
      const perSep = per === undefined ? 1 : Number(yield* indexOf(t, per));
      return new PyBytes(hexlify(bytes, sepByte, perSep));
    },
  };
}

function unhexlifySpec(name: string): MethodSpec {
  return (_t, _s, args, kw) => {
    const [data] = parseArgs(name, args, kw, ["hexstr"], 1, { posOnly: 1 });
    return new PyBytes(run(() => unhexlify(asciiBuffer(data!))));
  };
}

function exact(name: string, args: PyValue[], kw: Kw, min: number, max: number): void {
  if (kw !== null && kw.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    const what = min === max ? `${min}` : args.length < min ? `at least ${min}` : `at most ${max}`;
    throw typeError(
      `${name} expected ${what} argument${min === max && min === 1 ? "" : "s"}, got ${args.length}`,
    );
  }
}

/** Clinic's message for a function with one positional-only argument and keyword-only ones. */
function onePositional(name: string, args: PyValue[], kw: Kw): void {
  const npos = args.length - (kw?.length ?? 0);
  if (npos > 1) throw typeError(`${name}() takes exactly 1 positional argument (${npos} given)`);
}

function functions(): Record<string, MethodSpec> {
  return {
    hexlify: hexlifySpec("hexlify"),
    b2a_hex: hexlifySpec("b2a_hex"),
    unhexlify: unhexlifySpec("unhexlify"),
    a2b_hex: unhexlifySpec("a2b_hex"),
    b2a_base64: {
      gen: function* (t, _s, args, kw) {
        onePositional("b2a_base64", args, kw);
        const [data, nl] = parseArgs("b2a_base64", args, kw, ["data", "newline"], 1, {
          posOnly: 1,
          kwOnlyFrom: 1,
        });
        const newline = nl === undefined ? true : yield* isTrue(t, nl);
        return new PyBytes(b2aBase64(buffer(data!), newline));
      },
    },
    a2b_base64: {
      gen: function* (t, _s, args, kw) {
        onePositional("a2b_base64", args, kw);
        const [data, sm] = parseArgs("a2b_base64", args, kw, ["data", "strict_mode"], 1, {
          posOnly: 1,
          kwOnlyFrom: 1,
        });
        const strict = sm === undefined ? false : yield* isTrue(t, sm);
        const bytes = asciiBuffer(data!);
        return new PyBytes(run(() => a2bBase64(bytes, strict)));
      },
    },
    crc32: {
      gen: function* (t, _s, args, kw) {
        exact("crc32", args, kw, 1, 2);
        const data = buffer(args[0]!);
        const crc = args.length > 1 ? yield* uint32(t, args[1]!) : 0;
        return crc32(data, crc);
      },
    },
    crc_hqx: {
      gen: function* (t, _s, args, kw) {
        exact("crc_hqx", args, kw, 2, 2);
        const data = buffer(args[0]!);
        return crcHqx(data, yield* uint32(t, args[1]!));
      },
    },
  };
}

export function makeBinasciiModule(): PyModule {
  const m = new PyModule("binascii");
  const d = m.dict!;
  for (const [name, fn] of nativeFunctions("binascii", functions())) d.setStr(name, fn);
  d.setStr("Error", errorType);
  d.setStr("Incomplete", incompleteType);
  return m;
}
