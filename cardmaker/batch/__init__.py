"""Batch export: reading patient lists (CSV, XLSX), checking every row, writing every card."""
