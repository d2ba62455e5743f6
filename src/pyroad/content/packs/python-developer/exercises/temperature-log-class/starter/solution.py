class TemperatureLog:
    """Hourly temperature readings of one station, in time order."""

    ABSOLUTE_ZERO = -273.15

    def __init__(self, station):
        raise NotImplementedError("write me")

    @classmethod
    def from_text(cls, station, text):
        """Build a log from lines such as "6 12.5"; skip blank lines and # comments."""
        raise NotImplementedError("write me")

    @staticmethod
    def to_fahrenheit(celsius):
        """Convert a temperature from Celsius to Fahrenheit."""
        raise NotImplementedError("write me")

    def record(self, hour, celsius):
        """Add a reading; refuse readings out of time order or below absolute zero."""
        raise NotImplementedError("write me")

    def highest(self):
        """The (hour, celsius) reading with the highest temperature (the earliest on a tie)."""
        raise NotImplementedError("write me")

    def lowest(self):
        """The (hour, celsius) reading with the lowest temperature (the earliest on a tie)."""
        raise NotImplementedError("write me")

    def average(self, start=None, end=None):
        """The mean temperature of readings with start <= hour < end, or None."""
        raise NotImplementedError("write me")

    def longest_streak_above(self, threshold):
        """The most consecutive readings strictly above ``threshold``."""
        raise NotImplementedError("write me")
