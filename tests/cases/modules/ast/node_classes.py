# The node classes: hierarchy, _fields, _attributes, class defaults and docs.
import ast

for name in ["AST", "mod", "Module", "stmt", "FunctionDef", "expr", "Name", "Constant",
             "expr_context", "Load", "operator", "Add", "arguments", "arg", "keyword",
             "comprehension", "excepthandler", "ExceptHandler", "pattern", "MatchAs",
             "type_ignore", "TypeIgnore", "withitem", "alias", "match_case"]:
    cls = getattr(ast, name)
    print(name, [b.__name__ for b in cls.__mro__], cls._fields, cls._attributes, cls.__module__)
print(ast.expr.__doc__)
print(ast.Load.__doc__, ast.expr_context.__doc__, ast.arguments.__doc__, ast.Dict.__doc__)
print(ast.Constant.kind, ast.Return.value, ast.expr.end_lineno, ast.arg.type_comment)
print(ast.Name.__match_args__, ast.Module.__match_args__)
print(hasattr(ast.Name, "id"), hasattr(ast.Name, "lineno"))
