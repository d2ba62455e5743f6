"""Word frequencies: split text into words and count the most common ones."""
