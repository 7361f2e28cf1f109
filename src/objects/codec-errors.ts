/**
 * Error handlers registered with codecs.register_error, and the encode/decode loops that call
 * them (PyCodec_LookupError and unicode_encode_call_errorhandler / unicode_decode_call_errorhandler
 * in Objects/unicodeobject.c): the codec runs strictly up to a failure, the handler gets the
 * UnicodeError and returns (replacement, resume position).
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { E, PyBaseException, indexError, typeError } from "./exceptions.js";
import { intValue, strValue } from "./helpers.js";
import { bytesLike } from "./bytes-methods.js";
import { decodeBytes, encodeStr, normalizeEncoding, unicodeError } from "./codecs.js";
import { call } from "./ops/call.js";
import type { Gen } from "./suspend.js";
import type { PyStr } from "./str-surrogate.js";
import { PySurrogateStr, StrBuilder, codePointsOf, strFromCodePoints } from "./str-surrogate.js";
import { PyTuple } from "./tuple.js";

/** Handlers by name; the built-in ones are handled inside the codecs and never listed here. */
const registered = new Map<string, PyValue>();

export function registerErrorHandler(name: string, handler: PyValue): void {
  registered.set(name, handler);
}

export function registeredErrorHandler(name: string): PyValue | undefined {
  return registered.get(name);
}

function errorField(e: PyBaseException, name: string): PyValue | undefined {
  return e.dict?.getStr(name);
}

function* callHandler(
  t: Thread,
  handler: PyValue,
  exc: PyBaseException,
  length: number,
  encoding: boolean,
): Gen<[PyValue, number]> {
  const r = yield* call(t, handler, [exc]);
  const bad = `${encoding ? "encoding" : "decoding"} error handler must return (${encoding ? "str/bytes" : "str"}, int) tuple`;
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError(bad);
  const [rep, pos] = r.items as [PyValue, PyValue];
  const p = intValue(pos);
  if (
    p === undefined ||
    (strValue(rep) === undefined &&
      !(rep instanceof PySurrogateStr) &&
      (!encoding || bytesLike(rep) === undefined))
  )
    throw typeError(bad);
  let n = Number(p);
  if (n < 0) n += length;
  if (n < 0 || n > length) throw indexError(`position ${String(p)} from error handler out of bounds`);
  return [rep, n];
}

/** s.encode(encoding, errors) where errors names a registered handler. */
export function* encodeWithHandler(t: Thread, s: PyStr, encoding: string, handler: PyValue): Gen<Uint8Array> {
  // Pieces are cut as code points: joining characters back into a JS string could pair two
  // lone surrogates (str-surrogate.ts).
  const cps = codePointsOf(s);
  const piece = (from: number, to?: number): PyStr => strFromCodePoints(cps.slice(from, to));
  const parts: number[] = [];
  let pos = 0;
  for (;;) {
    const rest = piece(pos);
    let failure: PyBaseException;
    try {
      parts.push(...encodeStr(rest, encoding, "strict"));
      return new Uint8Array(parts);
    } catch (e) {
      if (!(e instanceof PyBaseException) || e.type !== E.UnicodeEncodeError) throw e;
      failure = e;
    }
    const start = pos + Number(errorField(failure, "start"));
    const end = pos + Number(errorField(failure, "end"));
    parts.push(...encodeStr(piece(pos, start), encoding, "strict"));
    const reason = strValue(errorField(failure, "reason") ?? "") ?? "";
    const codec = strValue(errorField(failure, "encoding") ?? "") ?? normalizeEncoding(encoding);
    const exc = unicodeError(E.UnicodeEncodeError, codec, s, start, end, reason);
    const [rep, next] = yield* callHandler(t, handler, exc, cps.length, true);
    const text = rep instanceof PySurrogateStr ? rep : strValue(rep);
    if (text !== undefined) {
      // A replacement the codec cannot encode either raises the original error.
      try {
        parts.push(...encodeStr(text, encoding, "strict"));
      } catch {
        throw exc;
      }
    } else parts.push(...bytesLike(rep)!);
    pos = next;
  }
}

/** b.decode(encoding, errors) where errors names a registered handler. */
export function* decodeWithHandler(t: Thread, b: Uint8Array, encoding: string, handler: PyValue): Gen<PyStr> {
  const out = new StrBuilder();
  let pos = 0;
  for (;;) {
    let failure: PyBaseException;
    try {
      out.add(decodeBytes(b.subarray(pos), encoding, "strict"));
      return out.result();
    } catch (e) {
      if (!(e instanceof PyBaseException) || e.type !== E.UnicodeDecodeError) throw e;
      failure = e;
    }
    const start = pos + Number(errorField(failure, "start"));
    const end = pos + Number(errorField(failure, "end"));
    out.add(decodeBytes(b.subarray(pos, start), encoding, "strict"));
    const reason = strValue(errorField(failure, "reason") ?? "") ?? "";
    const codec = strValue(errorField(failure, "encoding") ?? "") ?? normalizeEncoding(encoding);
    const exc = unicodeError(E.UnicodeDecodeError, codec, b, start, end, reason);
    const [rep, next] = yield* callHandler(t, handler, exc, b.length, false);
    out.add(rep instanceof PySurrogateStr ? rep : strValue(rep)!);
    pos = next;
  }
}
