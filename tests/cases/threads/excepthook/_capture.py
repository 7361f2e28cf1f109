# Helper for the cases of this folder: runs code with sys.stderr captured, then prints what was
# written with the frames of library files left out (their paths differ between interpreters),
# keeping the frames of this folder and every other line.
import io
import sys

HERE = __file__.rsplit("/", 1)[0] + "/"


def filtered(text):
    out = []
    skipping = False
    depth = ""
    for line in text.splitlines():
        at = line.find('File "')
        if at >= 0 and line[:at].strip(" |") == "":
            depth = line[:at] + "  "
            skipping = not line[at:].startswith('File "' + HERE)
            if skipping:
                out.append(line[:at] + "[library frame]")
                continue
        elif skipping and line.startswith(depth):
            continue
        else:
            skipping = False
        out.append(line.replace(HERE, "<here>/"))
    return "\n".join(out)


def run_captured(fn, *args):
    saved = sys.stderr
    sys.stderr = buffer = io.StringIO()
    try:
        fn(*args)
    finally:
        sys.stderr = saved
    print(filtered(buffer.getvalue()))
