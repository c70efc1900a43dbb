"""Reading a report: text -> document (parts, sections, sentences) -> mentions (every number) -> claims.

Everything here depends only on the contract and the catalogue; the analysis sits above it.
"""
