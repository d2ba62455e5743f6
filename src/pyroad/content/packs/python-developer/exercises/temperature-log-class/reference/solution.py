class TemperatureLog:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, station):
        self.station = station
        self._readings = []

    @classmethod
    def from_text(cls, station, text):
        log = cls(station)
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                hour, celsius = line.split()
                log.record(int(hour), float(celsius))
        return log

    @staticmethod
    def to_fahrenheit(celsius):
        return celsius * 9 / 5 + 32

    def record(self, hour, celsius):
        if hour < 0:
            raise ValueError("hours start at 0")
        if self._readings and hour <= self._readings[-1][0]:
            raise ValueError("readings must come in time order")
        if celsius < self.ABSOLUTE_ZERO:
            raise ValueError("below absolute zero")
        self._readings.append((hour, celsius))

    def __len__(self):
        return len(self._readings)

    def __iter__(self):
        return iter(self._readings)

    def __eq__(self, other):
        if not isinstance(other, TemperatureLog):
            return NotImplemented
        return (self.station, self._readings) == (other.station, other._readings)

    @property
    def latest(self):
        return self._readings[-1] if self._readings else None

    def highest(self):
        return max(self._readings, key=lambda reading: reading[1])

    def lowest(self):
        return min(self._readings, key=lambda reading: reading[1])

    def average(self, start=None, end=None):
        temps = [
            celsius
            for hour, celsius in self._readings
            if (start is None or hour >= start) and (end is None or hour < end)
        ]
        return sum(temps) / len(temps) if temps else None

    def longest_streak_above(self, threshold):
        best = current = 0
        for _, celsius in self._readings:
            current = current + 1 if celsius > threshold else 0
            best = max(best, current)
        return best
