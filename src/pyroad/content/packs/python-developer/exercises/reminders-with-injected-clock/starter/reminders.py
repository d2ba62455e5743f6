"""E-mail reminders: add them, and send the ones that are due."""
import smtplib
from datetime import datetime
from email.message import EmailMessage


class Reminders:
    """Reminders that know too much: they read the clock and talk to the mail server."""

    def __init__(self):
        self.items = []

    def add(self, email, what, due):
        """Store a reminder for ``email`` due at the datetime ``due``."""
        self.items.append([email, what, due])

    def send_due(self):
        """Send every reminder that is due now."""
        now = datetime.now()
        server = smtplib.SMTP("mail.example.com")
        for item in list(self.items):
            email, what, due = item
            if due <= now:
                message = EmailMessage()
                message["To"] = email
                message["Subject"] = f"Reminder: {what}"
                message.set_content(f"{what} was due at {due:%Y-%m-%d %H:%M}.")
                server.send_message(message)
                self.items.remove(item)
        server.quit()
