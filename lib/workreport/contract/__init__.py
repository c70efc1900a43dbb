"""The dataset contract: fields declared once, category names, errors and where data lives.

The lowest layer: it imports nothing else of the package, so every other layer can rely on it.
"""
