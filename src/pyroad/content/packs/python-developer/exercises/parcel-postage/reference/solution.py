def postage(weight_grams, zone, express=False):
    """Return the price in cents of sending a parcel, or raise ValueError if it cannot be sent."""
    if weight_grams <= 0:
        raise ValueError("the weight must be positive")
    if weight_grams <= 500:
        price = 390
    elif weight_grams <= 2000:
        price = 650
    elif weight_grams <= 10000:
        price = 1190
    elif weight_grams <= 20000:
        price = 1890
    else:
        raise ValueError("parcels over 20 kg are not accepted")
    match zone:
        case "domestic":
            factor = 1
        case "europe":
            factor = 2
        case "world":
            factor = 3
        case _:
            raise ValueError(f"unknown zone: {zone!r}")
    price *= factor
    if express:
        if zone == "world":
            raise ValueError("express delivery is not available worldwide")
        price += 500
    return price
