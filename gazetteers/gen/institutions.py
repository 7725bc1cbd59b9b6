"""National institutions of every state: central banks, news agencies, ministries of foreign affairs and defence, legislatures and armed forces."""


def national_institutions(orgs, state_ents, src, filt):
    return orgs
