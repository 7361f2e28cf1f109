pass
1
"string"
x = 1
x
-x
