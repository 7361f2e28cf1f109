import os

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_tmp_binary_roundtrip")


def cleanup(d):
    if not os.path.isdir(d):
        return
    for n in os.listdir(d):
        p = os.path.join(d, n)
        if os.path.isdir(p):
            cleanup(p)
        else:
            os.remove(p)
    os.rmdir(d)


cleanup(TMP)
os.mkdir(TMP)
try:
    p = os.path.join(TMP, "data.bin")
    data = bytes(range(256)) * 3
    with open(p, "wb") as f:
        print(f.write(data))
        print(f.write(bytearray(b"tail")))
    with open(p, "rb") as f:
        back = f.read()
    print(len(back), back == data + b"tail", back[250:260])
    with open(p, "rb") as f:
        print(f.read(4), f.read(0), len(f.read(1000)), len(f.read()), f.read())
        b = bytearray(3)
        f.seek(10)
        print(f.readinto(b), b)
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readall()[-4:])
    print(os.stat(p).st_size)
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
