"""The expense records and the rules about them (no files, no text formatting)."""
