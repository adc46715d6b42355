"""Size limits on text a person types or a file brings in.

They keep a stray 10 MB paste or a hostile file from bloating the database, bundles and
documents. Generous for real use: an FGD input is a sentence or a paragraph.
"""

import datetime as dt

NAME_MAX = 200  # names, titles, positions, OPD names
SHORT_MAX = 500  # captions, venue, indicator, funding source
TEXT_MAX = 10_000  # one input, a programme description, an action
LONG_TEXT_MAX = 50_000  # workshop conclusions
LIST_MAX = 100  # items in a list field (facilitators, supporting OPDs, linked inputs)
BLOB_MAX_BYTES = 60 * 1024 * 1024  # one attachment or signature image

EARLIEST_DATE = dt.date(2000, 1, 1)  # the Smart City movement started in 2017
LATEST_DATE = dt.date(2100, 12, 31)
EARLIEST_YEAR, LATEST_YEAR = EARLIEST_DATE.year, LATEST_DATE.year
