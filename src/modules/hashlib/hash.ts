/** What every hash in hashlib offers, matching the Python object's surface. */
export interface HashAlgorithm {
  /** hashlib's name for it: "md5", "sha1", "sha256", "sha512". */
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  update(data: Uint8Array): this;
  /** The digest of everything so far; the hash can still be updated afterwards. */
  digest(): Uint8Array;
  copy(): HashAlgorithm;
}

/**
 * The Merkle–Damgård frame shared by MD5, SHA-1 and SHA-256: 64-byte blocks, padding with 0x80
 * and zeros, then the message length in bits as 8 bytes (little-endian for MD5, big-endian for
 * the SHA family). Subclasses supply the compression function over their state words.
 */
export abstract class Block64Hash implements HashAlgorithm {
  abstract readonly name: string;
  abstract readonly digestSize: number;
  readonly blockSize = 64;
  protected abstract readonly state: Uint32Array;
  protected abstract readonly littleEndian: boolean;
  private readonly buffer = new Uint8Array(64);
  private buffered = 0;
  private total = 0;

  protected abstract compress(block: DataView): void;
  protected abstract clone(): Block64Hash;

  update(data: Uint8Array): this {
    let i = 0;
    while (i < data.length) {
      const take = Math.min(64 - this.buffered, data.length - i);
      this.buffer.set(data.subarray(i, i + take), this.buffered);
      this.buffered += take;
      i += take;
      if (this.buffered === 64) {
        this.compress(new DataView(this.buffer.buffer));
        this.buffered = 0;
      }
    }
    this.total += data.length;
    return this;
  }

  digest(): Uint8Array {
    const h = this.copy() as Block64Hash;
    const bits = h.total * 8;
    const padLength = (h.buffered < 56 ? 56 : 120) - h.buffered;
    const pad = new Uint8Array(padLength + 8);
    pad[0] = 0x80;
    const view = new DataView(pad.buffer);
    const hi = Math.floor(bits / 2 ** 32);
    const lo = bits >>> 0;
    if (this.littleEndian) {
      view.setUint32(padLength, lo, true);
      view.setUint32(padLength + 4, hi, true);
    } else {
      view.setUint32(padLength, hi);
      view.setUint32(padLength + 4, lo);
    }
    h.update(pad);
    const out = new Uint8Array(this.digestSize);
    const outView = new DataView(out.buffer);
    for (let i = 0; i < this.digestSize / 4; i++) outView.setUint32(4 * i, h.state[i]!, this.littleEndian);
    return out;
  }

  copy(): HashAlgorithm {
    const c = this.clone();
    c.state.set(this.state);
    c.buffer.set(this.buffer);
    c.buffered = this.buffered;
    c.total = this.total;
    return c;
  }
}

/** Lowercase hex of a digest (hexdigest()). */
export function toHex(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}
