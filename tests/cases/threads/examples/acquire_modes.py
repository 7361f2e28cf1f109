from _run_example import run

run("acquire_modes")
