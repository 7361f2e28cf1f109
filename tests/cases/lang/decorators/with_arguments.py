def repeat(times, sep=" "):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return sep.join(fn(*args, **kwargs) for _ in range(times))

        wrapper.times = times
        return wrapper

    return decorator


@repeat(3)
def word():
    return "hi"


@repeat(times=2, sep="|")
def echo(text):
    return text


print(word(), word.times)
print(echo("ab"))
print(repeat(1)(lambda: "direct")())
