import guard_pkg.module_with_guard as mod

print("main module __name__:", __name__)
print("imported module __name__:", mod.__name__)
print(mod.run_count)


def main():
    print("main() called because __name__ == '__main__'")


if __name__ == "__main__":
    main()
