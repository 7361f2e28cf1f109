import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello world, this is a long sentence", width=20), textwrap.shorten("a b", 10), textwrap.shorten("  many   spaces  here ", 12, placeholder="~"))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("supercalifragilistic", 8, break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g", 5), textwrap.wrap("a-b-c-d-e-f-g", 5, break_on_hyphens=False), textwrap.wrap("", 5), textwrap.wrap("tab\there", 20, expand_tabs=True))
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder=" [...]")
print(w.wrap(text))
