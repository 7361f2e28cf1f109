values = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "epsilon": 5, "zeta": 6, "eta": 7}; result = values["alpha"] + values["beta"] + values["theta"] + values["gamma"]
