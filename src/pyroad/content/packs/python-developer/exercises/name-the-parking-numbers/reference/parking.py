"""Parking fees for the multi-storey car park, in cents."""

MAX_MINUTES = 1440  # 24 hours; longer stays are handled by the office
GRACE_MINUTES = 15
FIRST_PERIOD_MINUTES = 60
STEP_MINUTES = 30
# vehicle: (price of the first hour, price per started half hour after it, maximum fee)
TARIFFS = {
    "car": (300, 150, 2000),
    "motorbike": (150, 50, 800),
    "van": (500, 250, 3000),
}


def started_steps(minutes):
    """Started half hours after the first hour (0 within the first hour)."""
    return max(0, (minutes - FIRST_PERIOD_MINUTES + STEP_MINUTES - 1) // STEP_MINUTES)


def parking_fee(minutes, vehicle, member=False):
    """Fee in cents; ValueError for an unknown vehicle or a stay outside 1 minute to 24 hours."""
    if vehicle not in TARIFFS:
        raise ValueError(f"unknown vehicle: {vehicle}")
    if not 0 < minutes <= MAX_MINUTES:
        raise ValueError("a stay lasts from 1 minute to 24 hours")
    if minutes <= GRACE_MINUTES:
        return 0
    first_hour, per_step, maximum = TARIFFS[vehicle]
    fee = per_step * started_steps(minutes)
    if not member:
        fee += first_hour
    return min(fee, maximum)
