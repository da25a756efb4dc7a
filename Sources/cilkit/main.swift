print("cilkit")
