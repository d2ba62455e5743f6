from pyroad.grading.checks import probe


def parcel(module, cls, *args):
    """Build a parcel of class ``cls``; observe its kind, price and label, or the error."""
    try:
        made = getattr(module, cls)(*args)
    except Exception as exc:  # the kind of error is what is observed
        return {"error": type(exc).__name__}
    return [made.kind, made.price(), made.label(), type(made).__name__]


def family(module):
    names = ["Parcel", "ExpressParcel", "InsuredParcel", "InsuredExpressParcel"]
    classes = [getattr(module, name) for name in names]
    return {
        "mro": [c.__name__ for c in module.InsuredExpressParcel.__mro__],
        "subclass of Parcel": [issubclass(c, module.Parcel) for c in classes],
        "limits": [c.MAX_KG for c in classes],
        "value kept": module.InsuredExpressParcel(1, 1234).value,
        "weight kept": module.InsuredParcel(3.5, 0).weight_kg,
    }


def follows_the_base(module):
    """Change the standard formula in a subclass of Parcel: the other kinds must follow it."""
    seen = []
    for name in ["ExpressParcel", "InsuredParcel", "InsuredExpressParcel"]:
        cls = getattr(module, name)
        args = (2,) if name == "ExpressParcel" else (2, 5000)
        cheap = type("Cheap", (cls,), {"MAX_KG": 2})
        seen.append([cls(*args).price(), cheap(*args).price()])
        try:
            cheap(2.5, *args[1:])
        except ValueError:
            seen.append("refused")
    return seen


CHECKS = [
    probe("the statement's standard label", parcel, "Parcel", 2.5, reveal=True),
    probe("the statement's express price", parcel, "ExpressParcel", 2.5, reveal=True),
    probe("the statement's insured label", parcel, "InsuredParcel", 2.5, 20000, reveal=True),
    probe("the statement's insured express", parcel, "InsuredExpressParcel", 2.5, 1000,
          reveal=True),
    probe("express too heavy", parcel, "ExpressParcel", 12),
    probe("express weight limit", parcel, "ExpressParcel", 10),
    probe("express just over the limit", parcel, "ExpressParcel", 10.01),
    probe("express of nothing", parcel, "ExpressParcel", 0),
    probe("insured under the minimum fee", parcel, "InsuredParcel", 1, 4999),
    probe("insured at the minimum fee", parcel, "InsuredParcel", 1, 5000),
    probe("insured fee rounds down", parcel, "InsuredParcel", 30, 123456),
    probe("insured for nothing", parcel, "InsuredParcel", 0.2, 0),
    probe("insured with a negative value", parcel, "InsuredParcel", 1, -1),
    probe("insured and too heavy", parcel, "InsuredParcel", 31, 100),
    probe("insured express too heavy", parcel, "InsuredExpressParcel", 11, 100),
    probe("insured express at the limit", parcel, "InsuredExpressParcel", 10, 99999),
    probe("the family of classes", family),
    probe("the subclasses build on the base", follows_the_base),
]


def generate(rng):
    kinds = ["ExpressParcel", "InsuredParcel", "InsuredExpressParcel"]
    cases = []
    for n in range(1, 3):
        cls = rng.choice(kinds)
        args = [round(rng.uniform(0.1, 12), 2)]
        if cls != "ExpressParcel":
            args.append(rng.randint(0, 40000))
        cases.append(probe(f"random parcel #{n}", parcel, cls, *args))
    return cases
