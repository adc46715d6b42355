"""Bar charts as PNG bytes, for the DOCX writer.

Word has no chart python-docx can write without a spreadsheet part, and an embedded
picture looks the same in Word, LibreOffice and a PDF made from either. So the chart is
drawn with Pillow at print resolution, in Liberation Sans (Arial's metrics, the body
font), at the size it will be placed: text in the picture then matches the text around it.
The PDF writer draws its charts natively and shares nothing with this module.

The title is not drawn: the renderer sets it as a real paragraph above the picture, so it
can be found, read aloud and copied like any other text.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from fgd_app.documents.fonts import font_path
from fgd_app.documents.model import BarChart

BAR_COLOUR = (47, 85, 151)  # a sober dark blue: the one colour a government report allows itself
TEXT_COLOUR = (0, 0, 0)
AXIS_COLOUR = (90, 90, 90)
MAX_LABEL_LINES = 3


@lru_cache(maxsize=16)
def _font(style: str, size_px: int) -> ImageFont.FreeTypeFont:
    """Fonts are loaded once per size: opening a TTF costs more than drawing a chart."""
    return ImageFont.truetype(str(font_path(style)), size_px)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap; a word longer than the line is cut, the last line ends in '…' if text is left."""
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if font.getlength(trial) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        line = word
        while font.getlength(line) > width and len(line) > 1:  # a single word wider than the column
            cut = len(line)
            while cut > 1 and font.getlength(line[:cut]) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and font.getlength(last + "…") > width:
            last = last[:-1]
        lines = lines[: max_lines - 1] + [last.rstrip() + "…"]
    return lines or [""]


def bar_chart_png(chart: BarChart, width_mm: float, *, font_pt: float = 9.0, dpi: int = 200) -> bytes:
    """The chart's bars as a PNG `width_mm` wide at `dpi`; its height follows the number of bars.

    Place the picture at exactly `width_mm` so `font_pt` is the printed size of its text.
    """
    px_per_mm = dpi / 25.4
    width = max(200, round(width_mm * px_per_mm))
    size = max(8, round(font_pt * dpi / 72))
    font = _font("regular", size)
    bold = _font("bold", size)
    line_h = round(size * 1.2)
    pad = round(2 * px_per_mm)
    gap = round(2.5 * px_per_mm)  # between the label column and the bars, and after a bar

    values = [max(0, int(v)) for v in chart.values[: len(chart.labels)]]
    labels = list(chart.labels[: len(values)])
    top = max(values, default=0)
    value_w = max((bold.getlength(str(v)) for v in values), default=0) + gap

    label_w = min(max((font.getlength(label) for label in labels), default=0), width * 0.4)
    label_w = max(label_w, width * 0.12)
    wrapped = [_wrap(label, font, label_w, MAX_LABEL_LINES) for label in labels]

    bar_h = round(line_h * 1.1)
    row_gap = round(line_h * 0.5)
    rows_h = [max(bar_h, len(lines) * line_h) for lines in wrapped]
    axis_x = pad + round(label_w) + gap
    bar_space = max(1.0, width - axis_x - value_w - pad)
    footer_h = line_h + pad if chart.value_label else 0
    height = pad + sum(rows_h) + row_gap * len(rows_h) + footer_h + pad
    height = max(height, 2 * line_h + 2 * pad)

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    y = pad + row_gap // 2
    for lines, value, row_h in zip(wrapped, values, rows_h):
        text_top = y + (row_h - len(lines) * line_h) / 2
        for i, line in enumerate(lines):
            x = axis_x - gap - font.getlength(line)
            draw.text((x, text_top + i * line_h), line, font=font, fill=TEXT_COLOUR)
        bar_top = y + (row_h - bar_h) / 2
        length = bar_space * value / top if top else 0
        if length >= 1:
            draw.rectangle((axis_x, bar_top, axis_x + length, bar_top + bar_h), fill=BAR_COLOUR)
        number_y = bar_top + (bar_h - line_h) / 2 + size * 0.05
        draw.text((axis_x + length + gap / 2, number_y), str(value), font=bold, fill=TEXT_COLOUR)
        y += row_h + row_gap
    axis_bottom = max(y - row_gap // 2, pad + line_h)
    draw.line((axis_x, pad, axis_x, axis_bottom), fill=AXIS_COLOUR, width=max(1, round(0.25 * px_per_mm)))
    if chart.value_label:
        text_w = font.getlength(chart.value_label)
        x = axis_x + (bar_space - text_w) / 2
        draw.text((max(axis_x, x), axis_bottom + pad // 2), chart.value_label, font=font, fill=AXIS_COLOUR)

    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))  # the dpi lets Word pick the right default size
    return out.getvalue()
