/**
 * The unicodedata module (Modules/unicodedata.c) over the Unicode 14.0 database CPython 3.11
 * ships: character names (shared with `\N{...}` escapes, parser-unicode-names.ts), properties
 * (tables.ts) and normalization (normalize.ts). All tables are decoded on first use.
 */
import type { PyValue } from "../../objects/core.js";
import { keyError, typeError, valueError } from "../../objects/exceptions.js";
import { PyFloat } from "../../objects/float.js";
import { oneArg, strValue, typeName, unpackArgs } from "../../objects/helpers.js";
import { PyBytes, PyModule } from "../../objects/misc.js";
import type { Kw, MethodSpec } from "../../objects/native.js";
import { nativeFunctions } from "../../objects/native.js";
import { lookupNamedSequence, lookupUnicodeName, unicodeNameOf } from "../../parser/parser-unicode-names.js";
import type { Form } from "./normalize.js";
import { FORMS, normalize } from "./normalize.js";
import { decompositionText, recordOf, tables } from "./tables.js";
import { UNIDATA_VERSION } from "./tables.generated.js";

/** NAME_MAXLEN in Modules/unicodedata.c: longer names are refused before any lookup. */
const NAME_MAXLEN = 256;

/** The code point of a one-character str argument ("unicode character" in the messages). */
function charArg(fn: string, v: PyValue): number {
  const s = strValue(v);
  if (s !== undefined) {
    const cp = s.codePointAt(0);
    if (cp !== undefined && s.length === (cp > 0xffff ? 2 : 1)) return cp;
  }
  throw typeError(`${fn}() argument must be a unicode character, not ${typeName(v)}`);
}

/** A METH_O property function: one character in, one value out. */
function property(name: string, get: (cp: number) => PyValue): MethodSpec {
  return (_t, _s, args: PyValue[], kw: Kw) => get(charArg(name, oneArg(`unicodedata.${name}`, args, kw)));
}

/** decimal, digit and numeric: the value, else the default, else ValueError. */
function numberProperty(name: string, message: string, get: (cp: number) => PyValue | null): MethodSpec {
  return (_t, _s, args: PyValue[], kw: Kw) => {
    unpackArgs(name, args, kw, 1, 2);
    const v = get(charArg(name, args[0]!));
    if (v !== null) return v;
    if (args.length > 1) return args[1]!;
    throw valueError(message);
  };
}

function formArgs(name: string, args: PyValue[], kw: Kw): [Form, string] {
  unpackArgs(name, args, kw, 2, 2);
  const form = strValue(args[0]!);
  if (form === undefined) throw typeError(`${name}() argument 1 must be str, not ${typeName(args[0]!)}`);
  const s = strValue(args[1]!);
  if (s === undefined) throw typeError(`${name}() argument 2 must be str, not ${typeName(args[1]!)}`);
  if (!(FORMS as readonly string[]).includes(form)) throw valueError("invalid normalization form");
  return [form as Form, s];
}

function lookup(_t: unknown, _s: unknown, args: PyValue[], kw: Kw): PyValue {
  const arg = oneArg("unicodedata.lookup", args, kw);
  let name = strValue(arg);
  if (name === undefined) {
    if (!(arg instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(arg)}'`);
    name = new TextDecoder().decode(arg.bytes);
  }
  if (name.length > NAME_MAXLEN) throw keyError("name too long");
  const cp = lookupUnicodeName(name);
  if (cp !== null) return String.fromCodePoint(cp);
  const seq = lookupNamedSequence(name);
  if (seq !== null) return String.fromCodePoint(...seq);
  throw keyError(`undefined character name '${name}'`);
}

export function makeUnicodedataModule(): PyModule {
  const m = new PyModule("unicodedata");
  const fns = nativeFunctions("unicodedata", {
    name: (_t, _s, args, kw) => {
      unpackArgs("name", args, kw, 1, 2);
      const n = unicodeNameOf(charArg("name", args[0]!));
      if (n !== null) return n;
      if (args.length > 1) return args[1]!;
      throw valueError("no such name");
    },
    lookup,
    category: property("category", (cp) => recordOf(cp)[0]),
    bidirectional: property("bidirectional", (cp) => recordOf(cp)[1]),
    combining: property("combining", (cp) => recordOf(cp)[2]),
    east_asian_width: property("east_asian_width", (cp) => recordOf(cp)[3]),
    mirrored: property("mirrored", (cp) => recordOf(cp)[4]),
    decomposition: property("decomposition", decompositionText),
    decimal: numberProperty("decimal", "not a decimal", (cp) => {
      const v = tables().numerics.get(cp);
      return v?.decimal === true ? parseInt(v.numeric, 10) : null;
    }),
    digit: numberProperty("digit", "not a digit", (cp) => {
      const v = tables().numerics.get(cp);
      return v?.digit === true ? parseInt(v.numeric, 10) : null;
    }),
    numeric: numberProperty("numeric", "not a numeric character", (cp) => {
      const v = tables().numerics.get(cp);
      return v === undefined ? null : new PyFloat(Number(v.numeric));
    }),
    normalize: (_t, _s, args, kw) => {
      const [form, s] = formArgs("normalize", args, kw);
      const out = normalize(form, s);
      // A string already in the form is returned itself, as the quick check lets CPython do.
      return out === s ? args[1]! : out;
    },
    is_normalized: (_t, _s, args, kw) => {
      const [form, s] = formArgs("is_normalized", args, kw);
      return normalize(form, s) === s;
    },
  });
  for (const [name, fn] of fns) m.dict!.setStr(name, fn);
  m.dict!.setStr("unidata_version", UNIDATA_VERSION);
  return m;
}
