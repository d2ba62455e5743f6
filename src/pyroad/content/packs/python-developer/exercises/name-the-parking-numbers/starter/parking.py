def parking_fee(m, v, member=False):
    if v != "car" and v != "motorbike" and v != "van":
        raise ValueError("unknown vehicle: " + v)
    if m <= 0 or m > 1440:
        raise ValueError("a stay lasts from 1 minute to 24 hours")
    if m > 15:
        if v == "car":
            f = 0 if member else 300
            if m > 60:
                f = f + (m - 60 + 29) // 30 * 150
            if f > 2000:
                f = 2000
        elif v == "motorbike":
            f = 0 if member else 150
            if m > 60:
                f = f + (m - 60 + 29) // 30 * 50
            if f > 800:
                f = 800
        else:
            f = 0 if member else 500
            if m > 60:
                f = f + (m - 60 + 29) // 30 * 250
            if f > 3000:
                f = 3000
        return f
    return 0
