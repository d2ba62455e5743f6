import math


def _money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


class Parcel:
    kind = "standard"
    MAX_KG = 30

    def __init__(self, weight_kg):
        if not 0 < weight_kg <= self.MAX_KG:
            raise ValueError(f"a parcel weighs more than 0 and at most {self.MAX_KG} kg")
        self.weight_kg = weight_kg

    def price(self):
        return 400 + 150 * math.ceil(self.weight_kg)

    def label(self):
        return f"{self.kind}: {self.weight_kg} kg, {_money(self.price())}"


# Add ExpressParcel, InsuredParcel and InsuredExpressParcel below.
