"""Turning expenses into text."""
