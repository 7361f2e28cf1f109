import textwrap
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
for kwargs in [{"width": 20}, {"width": 20, "fix_sentence_endings": True}, {"width": 12, "drop_whitespace": False}, {"width": 25, "initial_indent": ">>", "subsequent_indent": ".."}, {"width": 30, "max_lines": 2}]:
    print(kwargs, textwrap.wrap(text, **kwargs))
print(textwrap.wrap("  leading and   inner   spaces  ", 10), textwrap.wrap("a\tb\tc", 6, tabsize=4))
