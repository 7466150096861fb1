"""The desktop program (PySide6): the card form, live preview of the exact PDF, save, print."""
