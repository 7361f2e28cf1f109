def compute():
    result_value = 10
    return reslt_value * 2


compute()
