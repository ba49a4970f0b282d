"""The report's HTML (for the PDF) and the email brief (HTML with inlined CSS, and plain text)."""

from __future__ import annotations

from functools import cache

import css_inline

from sitrep import __version__
from sitrep.models import Indicator, Sitrep
from sitrep.render.charts import trend_chart
from sitrep.render.environment import TEMPLATES_DIR, environment, web_address

TREND_TITLE = "People displaced, cumulative as reported"


def render_report_html(sitrep: Sitrep) -> str:
    """The HTML that `pdf.render_pdf` lays out; styles come from `templates/css/report.css`."""
    return environment.get_template("report.html").render(
        sitrep=sitrep,
        chart=trend_chart(sitrep.displacement_trend, title=TREND_TITLE),
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


def render_brief(sitrep: Sitrep) -> tuple[str, str]:
    """The email brief as (HTML with every style inline, plain-text alternative)."""
    context = {"sitrep": sitrep, "pdf_url": web_address(sitrep.situation.email.pdf_url)}
    html = environment.get_template("brief.html").render(context)
    text = environment.get_template("brief.txt").render(context)
    # css-inline drops the template's final newline; a text file (and a MIME part) ends in one.
    return _inliner().inline(html).rstrip("\n") + "\n", text
