"""Render a merged `Sitrep`: HTML for the PDF, the PDF itself, the email brief and its message.

Renderers only lay out and format what `merge` decided; every template lives in
`templates/` and every figure goes through the one number filter of `environment`.
"""
