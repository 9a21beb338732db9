"""Round 43: kinds read from spent sets 48's and 49's misses and false alarms, each as its whole kind.
Found: a name whose given name reads as a small town's people ("Kulpan": Kulp plus "-an"; a bare "-an" now makes a
word for a people only after a city of 100,000 or a state or country); an Arabic surname with its particle in lower
case ("al-Khatib", "el-Sayed"); dates written the year first as Hungarian does ("2026. január 19.") or with spaced
full stops ("17. 4. 1966"); a patient's file in Europe's and Latin America's languages ("Akte", "kórlap",
"expediente"); a plate after "patente", "targa", "rendszám"; a postcode of seven digits (Chile) or with its country's
letters ("XK 41000") before the town; a trade licence's code ("licence as mountain guide GA-TN 0318"); a square or
street named first with its number ("Trg revolucije 6").
Not identifiers: English names of first-level regions ("Lombardy", "Calabria", "Finnmark"), and authors cited across
cultures ("Frantz Fanon", "Boris Cyrulnik", "Glenn Albrecht").

Every example here was written for these tests; none is taken from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.helpers.guard import assert_clean, assert_flagged


@pytest.mark.parametrize("text, found, category", [
    ("Kulpan Ormanbekov joined the group late and left before the check-out round.", "Kulpan Ormanbekov", "name"),
    ("Rayan al-Haddad draws the same boat every week and then tears it up.", "Rayan al-Haddad", "name"),
    ("Ghufran el-Masri builds the same sand castle every week and then flattens it.", "Ghufran el-Masri", "name"),
    ("Discharge summary for Lakatos Ernő, 2025. október 3., from the ward in Miskolc.", "2025. október 3.", "date"),
    ("Referral for Ivana, born 9. 11. 1971, after the flood took the house.", "9. 11. 1971", "date"),
    ("Kórház: Szabó Piroska, kórlap MSK-2211/25, sleeps badly since the fire.", "MSK-2211/25", "medical_record"),
    ("Fax from the Praxis: patient Jonas, Akte KL-PT 3318/702, wants a Thursday slot.", "KL-PT 3318/702",
     "medical_record"),
    ("The expediente HC-771042 came with the referral from the clinic.", "HC-771042", "medical_record"),
    ("His old truck, patente HJKL-27, is still parked at the mine gate.", "HJKL-27", "vehicle"),
    ("She now lives at Calle Los Aromos 1184, 8320000 Santiago Centro, with her aunt.", "8320000", "zip_code"),
    ("Referral address: Rr. Nënë Tereza 22, XK 10000 Prishtinë, second floor.", "XK 10000", "zip_code"),
    ("He holds a licence as ski instructor SK-VB 1147 and has not worked since the avalanche.", "SK-VB 1147",
     "licence"),
    ("Mother's address is Trg slobode 12, the flat above the bakery.", "Trg slobode 12", "street_address"),
    ("They moved to Bulevar oslobođenja 22 after the earthquake.", "Bulevar oslobođenja 22", "street_address"),
])
def test_round43_found(text, found, category):
    assert_flagged(text, found, category)


@pytest.mark.parametrize("text", [
    "Colleagues in Lombardy and Calabria say the waiting lists doubled after the pandemic.",
    "Any Sámi-speaking therapists in Finnmark? The family prefers to talk in their own language.",
    "I keep Frantz Fanon and Boris Cyrulnik on the reading list for the trainees this term.",
    "Solastalgia, a term from Glenn Albrecht, fits what the farmers describe after the drought.",
    "Two Kenyans and a Ugandan joined the group this month; all of them prefer evening sessions.",
    "In 2019. We started the group again after the summer break.",
])
def test_round43_not_identifiers(text):
    assert_clean(text)
