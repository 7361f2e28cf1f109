/**
 * The built-in hash modules _md5, _sha1, _sha256 and _sha512 (Modules/md5module.c,
 * sha1module.c, sha256module.c, sha512module.c): one constructor per algorithm returning a hash
 * object with update, digest, hexdigest, copy, name, digest_size and block_size. lib/hashlib.py
 * builds hashlib.new and the algorithm sets on them, as CPython's hashlib does when OpenSSL is
 * missing.
 */
import { bytesLike } from "../objects/bytes-methods.js";
import type { PyType, PyValue } from "../objects/core.js";
import { None, PyObject, defineBuiltinType } from "../objects/core.js";
import { typeError } from "../objects/exceptions.js";
import { noArgs, oneArg, parseArgs, typeName } from "../objects/helpers.js";
import { PyBytes, PyModule } from "../objects/misc.js";
import type { MethodSpec } from "../objects/native.js";
import { defineGetSets, defineMethods, nativeFunctions } from "../objects/native.js";
import { HASH_ALGORITHMS } from "./hashlib/algorithms.js";
import type { HashAlgorithm } from "./hashlib/hash.js";
import { toHex } from "./hashlib/hash.js";

class PyHash extends PyObject {
  constructor(
    type: PyType,
    readonly algo: HashAlgorithm,
  ) {
    super(type);
  }
}

/** The bytes of a bytes-like argument (the buffer protocol's simple case). */
export function hashInput(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  if (typeof v === "string") throw typeError("Strings must be encoded before hashing");
  throw typeError(`object supporting the buffer API required`);
}

function self_(v: PyValue, name: string): PyHash {
  if (v instanceof PyHash) return v;
  throw typeError(`descriptor requires a '${name}' object but received '${typeName(v)}'`);
}

const hashTypes = new Map<string, PyType>();

/** The Python type of one algorithm's hash objects (e.g. _sha256.sha224). */
function hashType(module: string, algo: string): PyType {
  const existing = hashTypes.get(algo);
  if (existing) return existing;
  const qual = `${module}.${algo}`;
  const t = defineBuiltinType(algo, { subclassable: false });
  t.ns.set("__module__", module);
  defineMethods(t, {
    update: (_t, self, args, kw) => {
      self_(self, qual).algo.update(hashInput(oneArg("update", args, kw)));
      return None;
    },
    digest: (_t, self, args, kw) => {
      noArgs("digest", args, kw);
      return new PyBytes(self_(self, qual).algo.digest());
    },
    hexdigest: (_t, self, args, kw) => {
      noArgs("hexdigest", args, kw);
      return toHex(self_(self, qual).algo.digest());
    },
    copy: (_t, self, args, kw) => {
      noArgs("copy", args, kw);
      return new PyHash(t, self_(self, qual).algo.copy());
    },
  });
  defineGetSets(t, {
    name: { get: (_t, self) => self_(self, qual).algo.name },
    digest_size: { get: (_t, self) => self_(self, qual).algo.digestSize },
    block_size: { get: (_t, self) => self_(self, qual).algo.blockSize },
  });
  hashTypes.set(algo, t);
  return t;
}

/** A module exposing constructors for the given algorithms (e.g. _sha512: sha384, sha512). */
function hashModule(module: string, algos: readonly string[]): PyModule {
  const m = new PyModule(module);
  const table: Record<string, MethodSpec> = {};
  for (const algo of algos) {
    const make = HASH_ALGORITHMS[algo];
    if (make === undefined) continue;
    const type = hashType(module, algo);
    table[algo] = (_t, _s, args, kw) => {
      const [data] = parseArgs(algo, args, kw, ["string", "usedforsecurity"], 0, { kwOnlyFrom: 1 });
      const h = new PyHash(type, make());
      if (data !== undefined) h.algo.update(hashInput(data));
      return h;
    };
    m.dict!.setStr(`${algo.toUpperCase()}Type`, type);
  }
  for (const [name, f] of nativeFunctions(module, table)) m.dict!.setStr(name, f);
  return m;
}

/** The native hash modules, by name. */
export const HASH_MODULES: Readonly<Record<string, readonly string[]>> = {
  _md5: ["md5"],
  _sha1: ["sha1"],
  _sha256: ["sha224", "sha256"],
  _sha512: ["sha384", "sha512"],
};

export function makeHashModule(name: string): PyModule {
  return hashModule(name, HASH_MODULES[name] ?? []);
}
