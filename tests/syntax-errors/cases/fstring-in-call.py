print(f'value: {x!}')
