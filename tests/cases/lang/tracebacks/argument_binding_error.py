def connect(host, port, *, timeout=10):
    return f"{host}:{port}"


print(connect("localhost", 80))
print(connect("localhost", port=80, timeout=5, retries=3))
