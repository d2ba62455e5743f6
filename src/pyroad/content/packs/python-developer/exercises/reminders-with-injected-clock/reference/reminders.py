from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class _Reminder:
    id: int
    email: str
    what: str
    due: datetime


class ReminderService:
    def __init__(self, clock, send):
        self._clock = clock
        self._send = send
        self._pending = {}
        self._next_id = 1

    def add(self, email, what, due):
        if "@" not in email:
            raise ValueError(f"not an e-mail address: {email!r}")
        reminder = _Reminder(self._next_id, email, what, due)
        self._pending[reminder.id] = reminder
        self._next_id += 1
        return reminder.id

    def _ordered(self):
        return sorted(self._pending.values(), key=lambda r: (r.due, r.id))

    def pending(self):
        return [(r.id, r.email, r.what) for r in self._ordered()]

    def cancel(self, reminder_id):
        del self._pending[reminder_id]

    def snooze(self, reminder_id, minutes):
        if minutes < 1:
            raise ValueError("snooze for at least a minute")
        self._pending[reminder_id].due = self._clock() + timedelta(minutes=minutes)

    def send_due(self):
        now = self._clock()
        sent = 0
        for reminder in self._ordered():
            if reminder.due > now:
                break
            body = f"{reminder.what} was due at {reminder.due:%Y-%m-%d %H:%M}."
            try:
                self._send(reminder.email, f"Reminder: {reminder.what}", body)
            except Exception:
                continue
            del self._pending[reminder.id]
            sent += 1
        return sent
