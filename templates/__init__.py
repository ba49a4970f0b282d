"""The report layout (Jinja templates, CSS, fonts), installed with the code as sitrep.templates."""
