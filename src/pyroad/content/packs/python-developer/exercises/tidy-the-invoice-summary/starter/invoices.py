def summarize(l):
    r = {}
    for i in l:
        if i["amount"] < 0:
            raise ValueError("negative amount")
        else:
            if i["status"] in ("paid", "open", "overdue"):
                if i["customer"] not in r:
                    r[i["customer"]] = {"billed": 0, "paid": 0, "overdue": 0}
                r[i["customer"]]["billed"] = r[i["customer"]]["billed"] + i["amount"]
                if i["status"] == "paid":
                    r[i["customer"]]["paid"] = r[i["customer"]]["paid"] + i["amount"]
                else:
                    if i["status"] == "overdue":
                        r[i["customer"]]["overdue"] = r[i["customer"]]["overdue"] + 1
            else:
                raise ValueError("unknown status " + str(i["status"]))
    return r
