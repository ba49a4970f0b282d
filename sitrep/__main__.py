from sitrep.cli import program

program()
