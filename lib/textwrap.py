"""Text wrapping and filling (the textwrap module).

Text is split into chunks (words, whitespace runs, and the pieces of hyphenated words)
by a scanner that reproduces the word-separation rules of CPython's TextWrapper, then the
chunks are packed greedily into lines.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The whitespace TextWrapper recognises (not str.isspace(): only these six characters).
_whitespace = "\t\n\x0b\x0c\r "


def _is_ws(ch):
    return ch in _whitespace


def _is_word(ch):
    # re's \w: alphanumerics and underscore.
    return ch.isalnum() or ch == "_"


def _is_letter(ch):
    # A word character that is not a decimal digit.
    return _is_word(ch) and not ch.isdecimal()


def _is_wordchar(ch):
    # Characters that may end a word before an em-dash.
    return _is_word(ch) or ch in "!\"'&.,?"


def _dashes_then_word(s, j):
    # True when s[j:] starts with two or more hyphens followed by a word character.
    k = j
    n = len(s)
    while k < n and s[k] == "-":
        k += 1
    return k - j >= 2 and k < n and _is_word(s[k])


def _split_on_hyphens(s):
    chunks = []
    n = len(s)
    i = 0
    while i < n:
        ch = s[i]
        if _is_ws(ch):
            j = i + 1
            while j < n and _is_ws(s[j]):
                j += 1
        elif ch == "-" and i > 0 and _is_wordchar(s[i - 1]) and _dashes_then_word(s, i):
            # An em-dash written as a run of hyphens between words.
            j = i
            while j < n and s[j] == "-":
                j += 1
        else:
            j = i + 1
            while True:
                if j < n and s[j] == "-" and _hyphen_breaks(s, j):
                    j += 1
                    break
                if j >= n or _is_ws(s[j]):
                    break
                if _is_wordchar(s[j - 1]) and _dashes_then_word(s, j):
                    break
                j += 1
        chunks.append(s[i:j])
        i = j
    return chunks


def _hyphen_breaks(s, j):
    # A hyphen at s[j] ends a chunk when it follows two letters, or letter-hyphen-letter,
    # and is followed by a letter, an optional hyphen, and a letter.
    n = len(s)
    before = (j >= 2 and _is_letter(s[j - 2]) and _is_letter(s[j - 1])) or (
        j >= 3 and _is_letter(s[j - 3]) and s[j - 2] == "-" and _is_letter(s[j - 1]))
    if not before:
        return False
    if not (j + 1 < n and _is_letter(s[j + 1])):
        return False
    if j + 2 < n and _is_letter(s[j + 2]):
        return True
    return j + 3 < n and s[j + 2] == "-" and _is_letter(s[j + 3])


def _split_on_whitespace(s):
    chunks = []
    n = len(s)
    i = 0
    while i < n:
        ws = _is_ws(s[i])
        j = i + 1
        while j < n and _is_ws(s[j]) == ws:
            j += 1
        chunks.append(s[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then an optional quote, at the chunk's end.
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Wraps and fills paragraphs; the options are attributes of the instance."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Chunks are consumed from the end of the reversed list.
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            last_allowed = self.max_lines is not None and len(lines) + 1 >= self.max_lines
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if not last_allowed or (rest_is_blank and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # The line limit is reached with text left over: end with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into lines of at most width characters (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and return it as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then truncate text to fit width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _leading_blank(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Remove the whitespace prefix common to all non-blank lines; lines holding only
    spaces and tabs become empty."""
    lines = text.split("\n")
    margin = None
    for index, line in enumerate(lines):
        prefix = _leading_blank(line)
        if len(prefix) == len(line):
            # Blank lines do not count, and lose their spaces and tabs.
            lines[index] = ""
            continue
        if margin is None:
            margin = prefix
        elif prefix.startswith(margin):
            pass
        elif margin.startswith(prefix):
            margin = prefix
        else:
            for i, (x, y) in enumerate(zip(margin, prefix)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (by default, the
    lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
