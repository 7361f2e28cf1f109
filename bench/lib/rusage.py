# Resource probe for machines without GNU time: runs the command given after the output file
# name, waits for it with os.wait4 and writes the kernel's figures for that one child to the
# file as GNU time's -f "%M %U %S" would: peak RSS (kilobytes on Linux), user and system CPU
# seconds. Exits with the command's exit status.
import os
import sys


def main():
    out, command = sys.argv[1], sys.argv[2:]
    pid = os.posix_spawnp(command[0], command, os.environ)
    _, status, usage = os.wait4(pid, 0)
    with open(out, "w") as f:
        f.write(f"{usage.ru_maxrss} {usage.ru_utime:.2f} {usage.ru_stime:.2f}\n")
    code = os.waitstatus_to_exitcode(status)
    sys.exit(128 - code if code < 0 else code)


main()
