run_count = 0
if __name__ == "__main__":
    run_count = 100
else:
    run_count = 1
    print("module imported, not run as main")
