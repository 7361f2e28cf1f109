# Regular-expression scanning over a generated server log: tokenise each line with a verbose
# pattern of named groups, pull out addresses, dates and e-mail-like strings, rewrite numbers
# with a callback, and split on punctuation. Measures the re module (compile cache, finditer,
# match objects, sub with a function). Size: log lines.
import re
import sys
import time

PATHS = ["/index.html", "/api/v2/items", "/login", "/static/app.js", "/search?q=glass", "/img/logo.png"]
AGENTS = ["Mozilla/5.0 (X11; Linux)", "curl/8.4.0", "Python-urllib/3.11", "Wget/1.21"]
USERS = ["ada", "grace", "linus", "guido", "barbara", "ken"]
METHODS = ["GET", "POST", "PUT", "DELETE"]

LINE = re.compile(
    r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+
    \[(?P<day>\d{2})/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<clock>\d{2}:\d{2}:\d{2})\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\sHTTP/(?P<version>1\.[01]|2)"\s+
    (?P<status>\d{3})\s(?P<bytes>\d+|-)\s+
    "(?P<agent>[^"]*)"
    (?:\s+user=(?P<user>\w+@[\w.]+))?
    """,
    re.VERBOSE,
)
NUMBER = re.compile(r"\d+")
EMAIL = re.compile(r"\b([a-z]+)@([a-z]+(?:\.[a-z]+)+)\b")
SPLITTER = re.compile(r"[/?=.\s]+")


def make_log(count):
    state = 12345
    lines = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ip = f"{10 + state % 200}.{state >> 8 & 255}.{state >> 16 & 255}.{i % 256}"
        day = 1 + i % 28
        month = ["Jan", "Feb", "Mar", "Apr"][i % 4]
        clock = f"{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}"
        method = METHODS[state % 4]
        path = PATHS[state // 7 % len(PATHS)]
        status = [200, 200, 200, 304, 404, 500][state // 11 % 6]
        size = "-" if status == 304 else str(state % 50000)
        agent = AGENTS[state // 13 % len(AGENTS)]
        line = f'{ip} [{day:02d}/{month}/2024:{clock}] "{method} {path} HTTP/1.1" {status} {size} "{agent}"'
        if i % 3 == 0:
            line += f" user={USERS[i // 3 % len(USERS)]}@example.org"
        if i % 97 == 0:
            line = "garbage " + line  # a line the pattern must reject
        lines.append(line)
    return lines


def scan(lines):
    statuses = {}
    bytes_total = 0
    rejected = 0
    users = {}
    pieces = 0
    digits = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            rejected += 1
            continue
        status = m.group("status")
        statuses[status] = statuses.get(status, 0) + 1
        if m["bytes"] != "-":
            bytes_total += int(m["bytes"])
        for found in EMAIL.finditer(line):
            users[found.group(1)] = users.get(found.group(1), 0) + 1
        masked = NUMBER.sub(lambda n: "#" * len(n.group()), m.group("ip"))
        digits += masked.count("#")
        pieces += len(SPLITTER.split(m.group("path")))
        if re.search(r"(?i)mozilla|wget", m.group("agent")):
            pieces += 1
    return statuses, bytes_total, rejected, users, pieces, digits


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    start = time.perf_counter()
    lines = make_log(count)
    statuses, bytes_total, rejected, users, pieces, digits = scan(lines)
    elapsed = time.perf_counter() - start
    status_text = ",".join(f"{k}:{v}" for k, v in sorted(statuses.items()))
    user_text = ",".join(f"{k}:{v}" for k, v in sorted(users.items()))
    print(
        f"checksum: statuses={status_text} bytes={bytes_total} rejected={rejected}"
        f" users={user_text} pieces={pieces} digits={digits}"
    )
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
