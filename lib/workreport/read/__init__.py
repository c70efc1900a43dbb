"""Reading a report: text -> document (parts, sections, sentences) -> mentions (every number) -> claims.

Everything here depends only on the contract and the catalogue; the analysis sits above it.
"""

LANGUAGES = ("en",)   # languages this layer reads; a batch skips reports in others with one line
