from _run_example import run

run("reference_cycle")
