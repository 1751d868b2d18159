"""The privacy screens: the Privacy page and the gentle warning under free-text fields."""
