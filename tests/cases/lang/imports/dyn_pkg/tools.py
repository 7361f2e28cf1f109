def tool():
    return "tool from " + __name__
