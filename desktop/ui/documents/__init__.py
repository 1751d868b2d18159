"""The Reports page: choose a document, preview it, print it or save it as PDF."""
