from _run_example import run

run("event")
