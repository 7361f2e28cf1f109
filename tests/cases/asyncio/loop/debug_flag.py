# get_debug / set_debug, and asyncio.run(debug=True).
import asyncio

async def main():
    return asyncio.get_running_loop().get_debug()

print(asyncio.run(main()))
print(asyncio.run(main(), debug=True))
loop = asyncio.new_event_loop()
loop.set_debug(True)
print(loop.get_debug())
loop.close()
