# Dict- and str-heavy text processing: generate paragraphs from a vocabulary with a seeded
# generator, then normalise case and punctuation, count word and bigram frequencies in dicts,
# build an index of word positions, title-case and wrap lines, and format a report. Measures
# str methods, str building, dict get/set and sorting with keys. Size: words generated.
import sys
import time

VOCABULARY = (
    "the glass runtime shows every thread and lock while the collector walks cycles of objects "
    "and a scheduler hands the interpreter lock from one thread to another after each interval "
    "so that programs which wait on queues or sleep or read files give others a turn"
).split()
PUNCTUATION = [",", ".", ";", "!", "?", ""]


def generate(count):
    state = 2024
    words = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = VOCABULARY[state % len(VOCABULARY)]
        if state >> 5 & 7 == 0:
            word = word.upper()
        elif state >> 5 & 7 == 1:
            word = word.capitalize()
        word += PUNCTUATION[state >> 9 & 3] if state >> 11 & 3 == 0 else ""
        words.append(word)
    lines = []
    for i in range(0, count, 13):
        lines.append("  " + " ".join(words[i : i + 13]) + "  ")
    return "\n".join(lines)


def normalise(text):
    table = str.maketrans({p: " " for p in ",.;!?"})
    return [w for w in text.translate(table).lower().split() if w]


def frequencies(words):
    counts = {}
    pairs = {}
    for a, b in zip(words, words[1:]):
        counts[a] = counts.get(a, 0) + 1
        key = a + " " + b
        pairs[key] = pairs.get(key, 0) + 1
    counts[words[-1]] = counts.get(words[-1], 0) + 1
    return counts, pairs


def index_positions(words):
    index = {}
    for position, word in enumerate(words):
        if word in index:
            index[word].append(position)
        else:
            index[word] = [position]
    return index


def wrap(words, width):
    lines = []
    current = []
    length = 0
    for word in words:
        if length + len(word) + len(current) > width and current:
            lines.append(" ".join(current))
            current = []
            length = 0
        current.append(word.title() if len(word) > 5 else word)
        length += len(word)
    if current:
        lines.append(" ".join(current))
    return lines


def report(counts, pairs, index):
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    top_pairs = sorted(pairs, key=lambda k: (-pairs[k], k))[:5]
    rows = [f"{word:<12}|{count:>7}|{index[word][0]:>6}" for word, count in top]
    rows += [f"{pair.replace(' ', '+'):<24}{pairs[pair]:>5}" for pair in top_pairs]
    return "\n".join(rows)


def process(count):
    text = generate(count)
    words = normalise(text)
    counts, pairs = frequencies(words)
    index = index_positions(words)
    lines = wrap(words, 60)
    table = report(counts, pairs, index)
    shout = sum(1 for line in text.splitlines() if line.strip()[:1].isupper())
    return len(words), len(lines), sum(map(len, lines)), table, shout, len(pairs)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
    start = time.perf_counter()
    words, lines, chars, table, shout, distinct_pairs = process(count)
    elapsed = time.perf_counter() - start
    digest = 0
    for ch in table:
        digest = (digest * 33 + ord(ch)) % 1000000007
    print(
        f"checksum: words={words} lines={lines} chars={chars} pairs={distinct_pairs}"
        f" shout={shout} table={digest}"
    )
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
