from datetime import datetime

from reminders import ReminderService


def make(now, outbox):
    return ReminderService(lambda: now, lambda to, subject, body: outbox.append((to, subject)))


def test_sends_only_what_is_due():
    outbox = []
    service = make(datetime(2024, 5, 1, 9, 0), outbox)
    assert service.add("ada@example.com", "Stand-up", datetime(2024, 5, 1, 9, 0)) == 1
    assert service.add("bo@example.com", "Lunch", datetime(2024, 5, 1, 12, 30)) == 2
    assert service.send_due() == 1
    assert outbox == [("ada@example.com", "Reminder: Stand-up")]
    assert service.pending() == [(2, "bo@example.com", "Lunch")]


def test_a_sent_reminder_is_not_sent_again():
    outbox = []
    service = make(datetime(2024, 5, 1, 9, 0), outbox)
    service.add("ada@example.com", "Stand-up", datetime(2024, 5, 1, 8, 0))
    service.send_due()
    assert service.send_due() == 0
    assert len(outbox) == 1
