"""The home page's timeline: events per month as an SVG bar chart drawn at build time.

Plain SVG needs no script and prints; each bar links to its month's archive page and
carries a <title> so the count is announced and shown on hover. The chart keeps a readable
size whatever the span: a long one scrolls sideways (the page shows its newest end first).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

BAR = 12  # narrowest width of one month, in pixels
WIDE = 400  # a short span is stretched to about this width, up to 40 pixels a month
HEIGHT = 120  # height of the tallest bar
AXIS = 18  # room for the year labels
YEAR_LABEL = 34  # a year label's width: one in the last months overhangs the bars


def month_span(months: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every month from the first to the last given one, so gaps show as gaps."""
    if not months:
        return []
    (year, month), last = min(months), max(months)
    span = []
    while (year, month) <= last:
        span.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return span


def timeline_svg(
    counts: dict[tuple[int, int], int],
    link: Callable[[int, int], str],
    label: Callable[[int, int, int], str],
    labelledby: str,
) -> str:
    """An SVG of `counts` per (year, month); `link` gives a bar's href, `label` its text.

    `labelledby` is the id of the caption that names the chart on the page.
    """
    span = month_span(list(counts))
    if not span:
        return ""
    tallest = max(counts.values())
    bar = max(BAR, min(40, WIDE // len(span)))
    width = bar * len(span)
    last_label = max(i for i, (_, month) in enumerate(span) if month == 1 or i == 0) * bar
    drawn = max(width, last_label + YEAR_LABEL)  # no wider than its labels need
    parts = [
        f'<svg class="timeline" width="{drawn}" height="{HEIGHT + AXIS}" '
        f'viewBox="0 0 {drawn} {HEIGHT + AXIS}" role="group" '
        f'aria-labelledby="{escape(labelledby)}" preserveAspectRatio="xMinYMax meet">',
        f'<line class="axis" x1="0" y1="{HEIGHT}" x2="{width}" y2="{HEIGHT}"/>',
    ]
    for i, (year, month) in enumerate(span):
        x = i * bar
        if month == 1 or i == 0:
            parts.append(
                f'<text class="year" x="{x + 1}" y="{HEIGHT + AXIS - 4}">{year}</text>'
            )
        count = counts.get((year, month), 0)
        if not count:
            continue
        height = max(3, round(HEIGHT * count / tallest))
        parts.append(
            f'<a href="{escape(link(year, month))}"><title>{escape(label(year, month, count))}'
            f'</title><rect class="bar" x="{x + 1}" y="{HEIGHT - height}" width="{bar - 2}" '
            f'height="{height}"/></a>'
        )
    parts.append("</svg>")
    return "".join(parts)
