import builtins

builtins.__dict__.setdefault("_pyglass_case_loads", 0)
builtins._pyglass_case_loads += 1
loads = builtins._pyglass_case_loads
print("cache_pkg.counter executed, load number", loads)
