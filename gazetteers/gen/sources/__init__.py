"""The raw source data (../shared/sources, see its README.md): one module per
source, each reading its own folder and parsing its own formats. `loader`
loads them all (`Sources`); only it imports the modules that need PyYAML
(rigour, countrynames), so the parsing helpers of the other modules can be
imported without it."""
