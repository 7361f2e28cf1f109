# Cancelling a task delivers CancelledError at its await point; the task cleans up and re-raises.
import asyncio

async def worker(name, log):
    log.append(f"{name} started")
    try:
        while True:
            await asyncio.sleep(1)
            log.append(f"{name} tick")
    except asyncio.CancelledError:
        log.append(f"{name} cleaning up")
        await asyncio.sleep(0)
        log.append(f"{name} cleaned up")
        raise
    finally:
        log.append(f"{name} finally")

async def main():
    log = []
    task = asyncio.create_task(worker("w", log))
    await asyncio.sleep(2.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("main saw CancelledError")
    print("\n".join(log))
    print(task.cancelled(), task.done())

asyncio.run(main())
