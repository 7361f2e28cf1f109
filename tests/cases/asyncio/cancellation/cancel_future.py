# Future.cancel: state, callbacks, and the errors of a cancelled future.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("callback: cancelled =", fut.cancelled()))
    print(f.cancel("why"), f.cancel(), f.done(), f.cancelled())
    for m in (f.result, f.exception):
        try:
            m()
        except asyncio.CancelledError as e:
            print(m.__name__, "raised CancelledError", e.args)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", str(e).split(":")[0])
    await asyncio.sleep(0)

asyncio.run(main())
