from _run_example import run

run("rlock_nesting")
