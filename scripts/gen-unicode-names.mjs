// Generates src/parser/parser-unicode-names.generated.ts: the Unicode character names and name
// aliases python3's unicodedata knows (the database behind `\N{...}` escapes), compressed.
// `node scripts/gen-unicode-names.mjs --check` fails when the file differs from what python3
// gives today. Needs python3 (CPython 3.11, Unicode 14.0).
//
// Format (decoded by src/parser/parser-unicode-names.ts):
// - RANGES: names of the form PREFIX-XXXX whose hex part is the code point, as [prefix, first, last].
// - WORDS: the distinct words of all other names, most frequent first, joined by spaces.
// - ENTRIES: in code point order, each entry is varints: code point minus the previous entry's,
//   number of leading words shared with the previous name, number of new words, word indices.
//   Aliases (NameAliases.txt, which \N{} accepts) follow, with absolute code points.
// - SEQUENCES: named sequences (NamedSequences.txt, which unicodedata.lookup accepts and \N{}
//   does not), each as word count, word indices, code point count, code points.
//   A varint is base-32 digits, most significant first, one character per digit from ALPHABET;
//   digits with more to come use the upper half of the alphabet.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { writeOrCheck } from "./generated-file.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outPath = `${root}src/parser/parser-unicode-names.generated.ts`;
const ALPHABET = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_$";

const PYTHON = String.raw`
import ctypes, json, re, sys, unicodedata
names = []
ranges = {}
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    if n.startswith("HANGUL SYLLABLE "):
        continue  # computed from the jamo short names
    m = re.match(r"^(.*)-([0-9A-F]{4,6})$", n)
    if m and int(m.group(2), 16) == cp:
        r = ranges.setdefault(m.group(1), [])
        if r and r[-1][1] == cp - 1:
            r[-1][1] = cp
        else:
            r.append([cp, cp])
        continue
    names.append([cp, n])
# Aliases live in the database as private code points; read them through the C API capsule.
get = ctypes.pythonapi.PyCapsule_GetPointer
get.restype = ctypes.c_void_p
get.argtypes = [ctypes.py_object, ctypes.c_char_p]
ptr = get(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
GETNAME = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
getname = GETNAME(ctypes.cast(ptr, ctypes.POINTER(ctypes.c_void_p))[0])
buf = ctypes.create_string_buffer(256)
aliases = []
sequences = []
for cp in range(0xF0000, 0xF1000):
    if getname(cp, buf, 256, 1):
        n = buf.value.decode()
        v = unicodedata.lookup(n)
        if len(v) == 1:
            aliases.append([ord(v), n])
        else:
            sequences.append([[ord(c) for c in v], n])
out = {"version": unicodedata.unidata_version, "names": names, "aliases": aliases, "sequences": sequences,
       "ranges": [[p, a, b] for p, rs in ranges.items() for a, b in rs]}
json.dump(out, sys.stdout)
`;

function varint(n) {
  const digits = [];
  do {
    digits.unshift(n & 31);
    n >>>= 5;
  } while (n > 0);
  return digits.map((d, i) => ALPHABET[i < digits.length - 1 ? 32 + d : d]).join("");
}

function generate() {
  const r = spawnSync("python3", ["-c", PYTHON], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`gen-unicode-names: python3 failed\n${r.stderr}`);
  const data = JSON.parse(r.stdout);
  const counts = new Map();
  for (const [, n] of [...data.names, ...data.aliases, ...data.sequences]) {
    for (const w of n.split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
  const index = new Map(words.map((w, i) => [w, i]));
  let entries = "";
  let prevCp = 0;
  let prevWords = [];
  for (const [cp, n] of data.names) {
    const ws = n.split(" ");
    let shared = 0;
    while (shared < ws.length - 1 && shared < prevWords.length && ws[shared] === prevWords[shared]) shared++;
    entries += varint(cp - prevCp) + varint(shared) + varint(ws.length - shared);
    for (const w of ws.slice(shared)) entries += varint(index.get(w));
    prevCp = cp;
    prevWords = ws;
  }
  let aliases = "";
  for (const [cp, n] of data.aliases) {
    const ws = n.split(" ");
    aliases += varint(cp) + varint(ws.length);
    for (const w of ws) aliases += varint(index.get(w));
  }
  let sequences = "";
  for (const [cps, n] of data.sequences) {
    const ws = n.split(" ");
    sequences += varint(ws.length);
    for (const w of ws) sequences += varint(index.get(w));
    sequences += varint(cps.length);
    for (const cp of cps) sequences += varint(cp);
  }
  // One string per line, joined at load time: a long `+` chain nests too deeply for some tools.
  const wrap = (s, indent = "") => {
    const lines = [];
    for (let i = 0; i < s.length; i += 100) lines.push(`${indent}  ${JSON.stringify(s.slice(i, i + 100))},`);
    return `[\n${lines.join("\n")}\n${indent}].join("")`;
  };
  return [
    "// Generated by scripts/gen-unicode-names.mjs from python3's unicodedata. Do not edit by hand.",
    `// Unicode ${data.version}: ${data.names.length} names, ${data.aliases.length} aliases, ${data.sequences.length} named sequences, ${data.ranges.length} ranges.`,
    "",
    `export const UNICODE_VERSION = ${JSON.stringify(data.version)};`,
    "",
    `export const ALPHABET = ${JSON.stringify(ALPHABET)};`,
    "",
    "/** Names PREFIX-XXXX whose hex part is the code point: [prefix, first, last]. */",
    "export const RANGES: readonly (readonly [string, number, number])[] = [",
    ...data.ranges.map(([p, a, b]) => `  [${JSON.stringify(p)}, 0x${a.toString(16)}, 0x${b.toString(16)}],`),
    "];",
    "",
    "/**",
    " * The name tables, made on first use: start-up need not build them (most programs never",
    " * meet a `\\N{...}`). words: every word of the other names, most frequent first, separated",
    " * by spaces; entries: the names in code point order (see the generator for the format);",
    " * aliases: name aliases as absolute code point, word count, word indices.",
    " */",
    "export function nameTables(): {",
    "  readonly words: string;",
    "  readonly entries: string;",
    "  readonly aliases: string;",
    "  readonly sequences: string;",
    "} {",
    "  return {",
    `    words: ${wrap(words.join(" "), "    ")},`,
    `    entries: ${wrap(entries, "    ")},`,
    `    aliases: ${wrap(aliases, "    ")},`,
    `    sequences: ${wrap(sequences, "    ")},`,
    "  };",
    "}",
    "",
  ].join("\n");
}

const text = generate();
writeOrCheck(outPath, text, "node scripts/gen-unicode-names.mjs");
