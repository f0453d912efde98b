"""The registry's vocabulary, in one place: the raw snapshot columns, the action kinds, and the
names the UN Treaty Collection gives those kinds in its status tables.

The importer keeps every dated action the registry records, under one of ``ACTIONS``; the
validate stage accepts all of them; the SQL models decide which kinds a report counts
(``signatories.sql``: ``signature``; ``entry_into_force.sql``: the four instruments of
article 65(1)). Imported without pandas or polars, so that the importer starts fast.
"""

from __future__ import annotations

REGISTRY_COLUMNS = ("participant", "action", "action_date", "place", "date_basis")

# Forms of consent to be bound by a treaty, as the registry records them.
CONSENT_ACTIONS = ("ratification", "acceptance", "approval", "accession", "succession",
                   "definitive_signature", "formal_confirmation", "consent_to_be_bound",
                   "simplified_procedure")
ACTIONS = ("signature", "succession_to_signature", *CONSENT_ACTIONS, "provisional_application",
           "application", "notification", "extension")

# The registry's names (lower case, without the suffix in brackets) -> action. A heading part
# may qualify the name ("Provisional application under article 23(n)", "Acceptance of the
# Protocol"); the longest name that starts the part wins ("Succession to signature" before
# "Succession").
REGISTRY_NAMES = {
    "signature": "signature",
    "definitive signature": "definitive_signature",
    "succession to signature": "succession_to_signature",
    "ratification": "ratification",
    "acceptance": "acceptance",
    "definitive acceptance": "acceptance",
    "approval": "approval",
    "accession": "accession",
    "succession": "succession",
    "notification of succession": "succession",
    "formal confirmation": "formal_confirmation",
    "consent to be bound": "consent_to_be_bound",
    # Part XI Agreement to the Law of the Sea Convention, art. 5: consent by not objecting.
    "simplified procedure": "simplified_procedure",
    "provisional application": "provisional_application",
    "declaration of provisional application": "provisional_application",
    "application": "application",
    "notification": "notification",
    # An accession extended later to further parts of a treaty (Revised General Act, 1949).
    "extension": "extension",
}
# Words that may open a qualifier after a registry name.
QUALIFIER_WORDS = ("of", "under", "in", "to", "by", "for", "pursuant", "with", "as")

# How a row's date is known: read from the registry; read from the registry where it stands in
# square brackets (the registry's mark for an action since superseded, withdrawn or made by a
# predecessor; see the document's notes); inferred by this project (README, data sources).
DATE_BASES = ("registry", "registry_bracketed", "inferred")
