"""The generator of the built-in gazetteers (gazetteers/builtin/), run by
gazetteers/generate.py. See gazetteers/README.md ("Regenerating") for what each
module does.

Importing the package loads nothing: `gen.fold` and `gen.text` need only the
standard library; the source loaders under `gen.sources` need PyYAML."""
