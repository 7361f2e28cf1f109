source = "def g():\n    return 1 / 0\n\ng()\n"
code = compile(source, "virtual_module.py", "exec")
exec(code)
