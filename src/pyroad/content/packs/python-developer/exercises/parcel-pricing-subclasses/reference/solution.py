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


class ExpressParcel(Parcel):
    kind = "express"
    MAX_KG = 10

    def price(self):
        return super().price() * 2


class InsuredParcel(Parcel):
    kind = "insured"

    def __init__(self, weight_kg, value):
        super().__init__(weight_kg)
        if value < 0:
            raise ValueError("the declared value cannot be negative")
        self.value = value

    def price(self):
        return super().price() + max(100, self.value * 2 // 100)

    def label(self):
        return f"{super().label()}, insured for {_money(self.value)}"


class InsuredExpressParcel(InsuredParcel, ExpressParcel):
    kind = "insured express"
