def postage(weight_grams, zone, express=False):
    """Return the price in cents of sending a parcel, or raise ValueError if it cannot be sent."""
    raise NotImplementedError("write me")
