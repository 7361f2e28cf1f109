from _run_example import run

run("thread_pool")
