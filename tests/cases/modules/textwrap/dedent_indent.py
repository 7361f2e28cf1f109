import textwrap
s = """
    def f():
        return 1
    # comment
"""
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n\tb")), repr(textwrap.dedent("   x\n   \n   y")), repr(textwrap.dedent("\ta\n\t\tb")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+", predicate=lambda line: True))
