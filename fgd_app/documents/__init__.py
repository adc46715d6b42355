"""Documents made from a workshop: the minutes (notulen) and draft masterplan sections.

One report model (`model.py`: a list of plain blocks) is built once per document by
`minutes.py` / `masterplan.py`; `docx_render.py` and `pdf_render.py` only render it.
Nothing here imports Qt.
"""
