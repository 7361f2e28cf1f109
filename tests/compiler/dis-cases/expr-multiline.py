result = (
    obj
    .method_one(1)
    .method_two(
        2,
        3,
    )
    .attr
)
value = some_function(
    arg1,
    arg2=[
        1,
        2,
    ],
)
x = (a +
     b *
     c)
obj.attr = (
    1
)
del (obj
     .attr)
total = sum(
    i for i in range(10)
)
