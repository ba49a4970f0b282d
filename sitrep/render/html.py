"""The report's HTML (for the PDF) and the email brief (HTML with inlined CSS, and plain text)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import css_inline

from sitrep import __version__
from sitrep.context import format_date
from sitrep.models import Indicator, Sitrep
from sitrep.models.report import AreaShape, Logo
from sitrep.render import TEMPLATES_DIR
from sitrep.render.charts import trend_chart
from sitrep.render.environment import environment, next_date, web_address
from sitrep.render.map import area_map

TREND_TITLE = "People displaced, cumulative as reported"
MAP_TITLE = "People displaced by area, as of {date}"


def render_report_html(
    sitrep: Sitrep,
    *,
    logo: Logo | None = None,
    boundaries: Sequence[AreaShape] = (),
    boundaries_source: str | None = None,
) -> str:
    """The HTML that `pdf.render_pdf` lays out; styles come from `templates/css/report.css`.

    The logo and the boundaries are the situation folder's, checked by `sitrep.load.assets`;
    the map is drawn when there are boundaries and `[map] enabled` is not false.
    """
    drawn = (
        area_map(
            boundaries,
            sitrep.displacement,
            title=MAP_TITLE.format(date=format_date(sitrep.date)),
            boundaries_source=boundaries_source,
            max_height=200,
        )
        if sitrep.situation.map.enabled
        else None
    )
    return environment.get_template("report.html").render(
        sitrep=sitrep,
        chart=trend_chart(sitrep.displacement_trend, title=TREND_TITLE),
        area_map=drawn,
        logo=logo,
        next_date=next_date(sitrep),
        indicators=Indicator,
        version=__version__,
    )


@cache
def _inliner() -> css_inline.CSSInliner:
    """One inliner with the brief's CSS parsed once; it never fetches a stylesheet."""
    css = (TEMPLATES_DIR / "css" / "brief.css").read_text(encoding="utf-8")
    return css_inline.CSSInliner(
        load_remote_stylesheets=False,
        keep_style_tags=False,
        keep_link_tags=False,
        extra_css=css,
        apply_width_attributes=True,
    )


def render_brief(sitrep: Sitrep, *, attached: bool = True) -> tuple[str, str]:
    """The email brief as (HTML with every style inline, plain-text alternative);
    `attached` says whether the PDF travels with it or is too large to."""
    context = {
        "sitrep": sitrep,
        "attached": attached,
        "pdf_url": web_address(sitrep.situation.email.pdf_url),
        "next_date": next_date(sitrep),
    }
    html = environment.get_template("brief.html").render(context)
    text = environment.get_template("brief.txt").render(context)
    # css-inline drops the template's final newline; a text file (and a MIME part) ends in one.
    return _inliner().inline(html).rstrip("\n") + "\n", text
