"""Qt only: the main window, views, item models, dialogs, widgets and workers."""
