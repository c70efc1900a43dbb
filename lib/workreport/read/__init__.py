"""Reading a report: text -> document (parts, sections, sentences) -> mentions (every number) -> claims.

Everything here depends only on the contract and the catalogue; the analysis sits above it.
"""

LANGUAGES = ("en", "zh")   # languages this layer reads (read/en/ and read/zh/); a batch skips reports in others with one line
