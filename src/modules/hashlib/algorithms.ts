import type { HashAlgorithm } from "./hash.js";
import { Md5 } from "./md5.js";
import { Sha1 } from "./sha1.js";
import { Sha256, sha224 } from "./sha256.js";
import { Sha512, sha384 } from "./sha512.js";

/** The hash constructors pyglass provides, by hashlib name (hashlib.new(name)). */
export const HASH_ALGORITHMS: Readonly<Record<string, () => HashAlgorithm>> = {
  md5: () => new Md5(),
  sha1: () => new Sha1(),
  sha224: sha224,
  sha256: () => new Sha256(),
  sha384: sha384,
  sha512: () => new Sha512(),
};
