"""Importing and exporting complaints from the window: the import wizard and the export action."""
