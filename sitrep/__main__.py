from sitrep.cli import app

app(prog_name="sitrep")
