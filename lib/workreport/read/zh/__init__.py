"""The Chinese reader: 政府工作报告 as written, into the same datasets as the English reader.

Its words are CSV files beside this module (one list per kind of word, as in read/en/); its code reads
the structure of a report (structure.py), when each figure is (when.py), every number (numbers.py) and the
claims among them (claims.py).
"""
