"""Turning a card request into print-ready PDF bytes with reportlab. No Qt."""
