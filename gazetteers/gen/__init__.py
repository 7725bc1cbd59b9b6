"""The generator of the built-in gazetteers (gazetteers/builtin/), run by
gazetteers/generate.py. See gazetteers/README.md ("Regenerating") for what each
module does, and tables/README.md for the hand tables it reads.

Importing the package loads nothing. Only `gen.sources.loader` (and the
rigour and countrynames modules it imports) needs PyYAML; the rest, and the
unit tests in gazetteers/tests/, need only the standard library."""
