"""Geography smaller than a state: street addresses, ZIP and postal codes, towns, neighbourhoods,
counties, schools, clinics and employers."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from . import wordlists as W
from .base import CAPW, D5, PRIORITY, UP, Ctx, Tok, base_word, merge_windows, sentence_start_at
from .lexicon import (
    BIG_PLACES,
    CITIES,
    CITIES_1,
    CITY_NGRAMS,
    COUNTY_WORDS,
    FROM_SUBJECTS,
    GENERIC,
    GERMAN_STREET,
    KNOWN,
    LEADING_STOP,
    MEASURE_SHORT_NAMES,
    MONTH_WORDS,
    NAMED_STREET_WORDS,
    ORG_SUFFIX_WORDS,
    PLACE_ADVERBS,
    PLACE_EXCLUDE,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLACE_VERBS,
    PRONOUNS,
    STATE_NGRAMS,
    STATES_1,
    STREET_PREFIXES,
    STREET_WORDS,
    STREET_WORDS_LOWER,
    TOWN_WORDS,
    census_given,
    census_surnames,
    city_ngrams,
    english_morph,
    fold,
    followed_by_method,
    generic_words,
    geo_cities,
    is_medicine,
    is_region,
    measure_use,
    mixed_caps,
    small_place_ngrams,
    small_places,
    zipf,
)
from .memo import Memo
from .numbers_codes import CATALOGUE_NOUNS, is_cpt_code

# ---------------------------------------------------------------------------
# Addresses, ZIP codes
# ---------------------------------------------------------------------------
_SUFFIX = (r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Circle|Highway|Parkway|"
           r"Trail|Square|Crescent|Close|Row|Alley|Pike|Loop|Path|Mews|Grove|Gardens|Heights|Ridge|Yard|Wynd|Parade|"
           r"Crossing|Commons|Plaza|Expressway|Freeway|Turnpike|Causeway|Esplanade|Promenade|Cove|"
           r"St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Terr|Cir|Hwy|Pkwy|Pky|Trl|Sq|Cres|Aly|Expy|Fwy|Tpke)")
_UNIT = (r"(?:,?\s*(?:(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|Bldg|Building)\.?\s*#?\s*|#\s*)"
         r"[A-Za-z0-9-]+)?")
_STREET_NUM_RE = re.compile(
    r"(?<![\w/.-])\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+|(?:North|South|East|West)\s+)?"
    r"(?:(?:" + CAPW + r"|\d{1,3}(?:st|nd|rd|th))\s+){1,4}" + _SUFFIX + r"\b\.?" + _UNIT)
_STREET_LOWER_RE = re.compile(
    r"(?<![\w/.-])\d{1,6}\s+(?:[a-z][a-z'’-]*\s+){1,3}(?:street|avenue|ave|road|rd|boulevard|blvd|lane|ln|st|"
    r"highway|hwy)\b\.?" + _UNIT)
_STREET_PREFIX_RE = re.compile(
    r"\b(?:Rue|Calle|Avenida|Av\.|Via|Viale|Piazza|Rua|Praça|Chemin|Carrer|Paseo|Jalan|Ulica|ul\.|vul\.|Vul\.|os\.|"
    r"Vulytsia|vulytsia|Ulitsa|ulitsa|Prospekt|prosp\.|Strada|"
    r"Calzada|Odos|Odós|Leoforos)\s+(?:(?:de|del|de la|des|du|di|da|do|dos|das|la|le|les|los|las|el|della|dei)\s+)*"
    + CAPW + r"(?:\s+" + CAPW + r"){0,2}(?:\s+\d{1,5})?")
# (round 43) A square, street, road or avenue named first, as the languages of Central and South-East Europe write
# it, its other words in any case, and the house number that makes it an address: "Trg revolucije 6", "Ulica kralja
# Tomislava 14", "Bulevar oslobođenja 22", "Rruga e Kavajës 41", "Náměstí Míru 3".
_SLAVIC_STREET_WORDS = frozenset("trg ulica cesta bulevar bulevardi rruga utca náměstí námestie plac aleja".split())
# (round 56) A Hungarian street, its name first and its kind in lower case, then the number (and the floor and door):
# "Dembinszky utca 31. 2/7", "Váci út 12".
_HUNGARIAN_STREET_WORDS = frozenset("utca út útja körút tér sor köz fasor rakpart".split())
_HUNGARIAN_STREET_RE = re.compile(r"\b[A-ZÁÉÍÓÖŐÚÜŰ][\w'’.-]+(?:\s[A-ZÁÉÍÓÖŐÚÜŰ][\w'’.-]+)?\s(?:"
                                  + "|".join(sorted(_HUNGARIAN_STREET_WORDS, key=len, reverse=True))
                                  + r")\s\d{1,4}\.?(?:\s\d{1,2}/\d{1,2})?")
_SLAVIC_STREET_RE = re.compile(r"\b(?:Trg|Ulica|Cesta|Bulevar|Bulevardi|Rruga|Utca|Náměstí|Námestie|Plac|Aleja)"
                               r"(?:\s+(?!\d)[^\W_][\w'’.-]*){1,3}\s+\d{1,3}[a-zA-Z]?(?![\w./-]|,\d)")


# (round 30) The number first and the street's word in lower case, as French addresses are written: "8 rue des
# Tanneurs", "3 boulevard Voltaire" (Italian, Spanish and Portuguese ones put the number after the street).
_LOWER_PREFIX_WORDS = frozenset("rue boulevard bd allée allee impasse chemin quai".split())
_STREET_NUMBER_PREFIX_RE = re.compile(
    r"(?<![\d:.,/-])\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|boulevard|bd|allée|allee|impasse|chemin|quai)\s+"
    r"(?:(?:de|des|du|la|le|les|d'|de l')\s*)*" + CAPW + r"(?:\s+" + CAPW + r"){0,2}")
_STREET_GERMAN_RE = re.compile(rf"\b[{UP}][a-zäöüß]+(?:" + "|".join(GERMAN_STREET) + r")(?:\s+\d{1,4}[a-z]?)?\b")
# (round 53) ... or in two words, with a house number that may carry a staircase and a door, as Vienna writes them:
# "Leopoldauer Platz 12/4/9", "Kölner Straße 8".
_GERMAN_STREET_WORDS = frozenset("platz straße strasse gasse allee ring markt kai damm ufer steig zeile".split())
_GERMAN_TWO_WORD_STREET_RE = re.compile(rf"\b[{UP}][a-zäöüß]+\s(?:Platz|Straße|Strasse|Gasse|Allee|Ring|Markt|Kai|Damm|"
                                        r"Ufer|Steig|Zeile)\s\d{1,4}[a-z]?(?:/\d{1,3}){0,3}(?![\d/])")
_PO_BOX_RE = re.compile(r"(?i:\b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|postal\s+box|locked\s+bag|"
                        r"private\s+bag)\s*#?\s*\d+)")
_NAMED_STREET_RE = re.compile(r"\b((?:" + CAPW + r"\s+){1,3})(?:Street|Avenue|Road|Boulevard|Lane|Drive|"
                              r"Terrace|Parkway|Highway)\b")
_NOT_STREETS = frozenset("memory easy sesame abbey silk penny lovers lover's".split())

_STATE_ABBR = "|".join(sorted(W.US_STATE_ABBREVIATIONS))
_STATE_NAMES = "|".join(re.escape(s.title()) for s in sorted(W.US_STATES, key=len, reverse=True))
_STATE_WORDS = frozenset(w for s in W.US_STATES for w in s.split())
_ZIP_D5_RES = [
    re.compile(r"\b(?:" + _STATE_ABBR + r")\.?,?\s+(?P<z>\d{5}(?:-\d{4})?)(?![\d-])"),
    re.compile(r"\b(?:" + _STATE_NAMES + r"),?\s+(?P<z>\d{5}(?:-\d{4})?)(?![\d-])"),
    re.compile(r"(?<![\d-])(?P<z>\d{5}-\d{4})(?![\d-])"),
    re.compile(r"(?i:\b(?:in|near|around|from|to|area|neighbou?rhood)\s+(?:the\s+)?)(?P<z>\d{5})"
               r"(?=\s*(?:area|zip|neighbou?rhood|region)\b|\s*[,.;:!?)]|\s*$|"
               r"\s+(?:there|where|which|that|she|he|they|we|i|you|it|and|but|so|people|folks|families)\b)"),
    # the ZIP named after the number: "lists 54952 as his zip", "30318 is her zip code"
    re.compile(r"(?<![\d-])(?P<z>\d{5}(?:-\d{4})?)(?![\d-])(?=\s+(?:(?:as|is|was)\s+)?(?:(?:his|her|their|the|my|"
               r"our|your|its)\s+)?(?:home\s+)?(?:zip|zipcode|postal\s+code|postcode)\b)", re.I),
]
# "zip is just 30318", "zip: 30318"; a town then a ZIP: "Marietta 30062", "Brackenfield, 30062"
_ZIP_LOOSE_RE = re.compile(r"(?i:\b(?:zip|zipcode|postal\s+code|address|mailing)\b[^\d\n]{0,25}?)(?P<z>\d{5}(?:-\d{4})?)(?![\d-])")
_ZIP_AFTER_WORD_RE = re.compile(r"\b(?P<w>[A-Z][a-z]+),?\s(?P<z>\d{5}(?:-\d{4})?)(?![\d-]|\.\d|\s*(?:%|mg|kg|dollars|"
                                r"patients|clients|people|sessions))")
_NOT_ZIP_WORDS = frozenset("code codes cpt billed billing bill claim session procedure modifier page room unit suite "
                           "box number no id total score scored item invoice check amount was is".split()) \
    | CATALOGUE_NOUNS  # "Section 12345", "Item 10990": an entry of a catalogue (numbers_codes)
_ZIP_CUE_RE = re.compile(
    r"(?i:\b(?:zip|zipcode|zip\s+code|postal\s+code|postcode|post\s+code)(?:\s+(?:code|is|of|was))*\s*[:#]?\s*)"
    r"(?P<z>\d{5}(?:-\d{4})?|[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d)")
# A postcode named in the words of the practice networks, or a few words after its name, in the shapes used
# worldwide: "código postal C1425", "PLZ 10115", "pin code 560102", "CEP 01310-100", "kod pocztowy 00-950",
# "the postcode for the foster home is 7925", "〒150-0002".
_POSTCODE_NAME_WORDS = frozenset("""postcode post postal code zip zipcode plz postleitzahl pin pincode postnummer
pocztowy cep cp eircode tk psč npa""".split())  # (a cheap test on the text's words before the regex; round 52: the
# Greek "TK 546 24", the Czech and Slovak "PSČ 110 00", the Swiss "NPA 1003")
_POSTCODE_NAMED_RE = re.compile(
    r"(?i:(?:\b(?:zip(?:\s?code)?|postal\s+code|post\s?code|c[oó]digo\s+postal|code\s+postal|plz|postleitzahl|"
    r"pin\s?code|postnummer|kod\s+pocztowy|cep|c\.p\.|cp|eircode|tk|psč|npa)\b|〒)"
    r"(?:\s+(?!is\b|was\b)[a-z][a-z'’]*){0,5}?(?:\s+(?:is|was)\b)?\s*[:#]?\s*)"
    r"(?P<z>[A-Z]\d{4}(?:[A-Z]{3})?|\d{5}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,6})(?![\d.,/:-]?\d|[A-Za-z])")
_POSTCODE_HINT = re.compile(r"[A-Z]\d")
_POSTCODE_RES = [
    re.compile(r"\b(?P<z>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b"),  # UK
    re.compile(r"\b(?P<z>[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"),  # Canada
]

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
_ORG_SUFFIX = (r"(?:High\s+School|Middle\s+School|Elementary(?:\s+School)?|Primary(?:\s+School)?|"
               r"School(?!\s+of\s+(?:thought|psychology|medicine|social\s+work|nursing|education|law))|"
               r"Junior\s+High|Senior\s+High|Academy|University|College|Prep|Preparatory|Montessori|"
               r"Hospital|Medical\s+Cent(?:er|re)|Health\s+System|Clinic|Church|Mosque|Masjid|Synagogue|"
               r"Cathedral|Corp(?:oration)?\.?|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Co\.|Company|Group|Bank|"
               r"Credit\s+Union|Mall|Prison|Jail|Penitentiary|Correctional(?:\s+Facility)?|"
               r"Detention\s+Cent(?:er|re)|Shelter|Nursing\s+Home|Assisted\s+Living|Senior\s+Living|"
               r"Treatment\s+Cent(?:er|re)|Recovery\s+Cent(?:er|re)|Rehab|Institute|Foundation|Logistics|"
               r"Industries|Enterprises|Associates|Partners|Consulting|Dental|Pharmacy|Restaurant|Cafe|"
               r"Café|Diner|Bakery|Salon|Gym|Fitness|Hotel|Motel|Resort|Casino|Factory|Warehouse|"
               r"Supermarket|Farms?|Ranch|Barracks|Precinct|Firm|Agency|Daycare|Preschool|Kindergarten|"
               r"Laundromat|Launderette|Laundrette|Halting\s+Site|Boxing\s+Club|Cricket\s+Club|Rugby\s+Club|"
               r"Psychiatry|Psychiatric|Takeaway|Chippy|Bistro|Taqueria|Trattoria|Brasserie|"
               r"(?:Kebab|Curry|Pizza|Noodle|Chop|Steak|Pancake|Dumpling)\s+(?:House|Shop|Bar|Palace)|"
               r"Football\s+Club|Golf\s+Club|Bowls\s+Club|Social\s+Club|Youth\s+Club|Sports\s+Club|"
               r"Analytics|Technologies|Labs|"
               # neighbourhoods, estates and other place words no list knows (issue 12)
               r"Heights|Crossing|Valley|Hills?|Park|Village|Estates|Commons|Gardens|Harbou?r|Springs|Creek|"
               r"Ridge|Landing|Meadows?|Woods|Lakes?|Bluffs?|Glen|Hollow|Flats|Junction|Corners?|Acres|"
               r"Manor|Towers|Apartments|Terrace|Plaza|Square|Market|Marketplace|House|Vale|Settlement|"
               r"Trailer\s+Court|Mobile\s+Home\s+Court|Cross\s+Roads|"  # (round 56)
               r"High|Middle|Elementary|Junior\s+High|Co-?op|Cooperative|Brewing|Brewery|Roasters|Coffee|"
               r"Behavioral\s+Health|Behavioural\s+Health|Mental\s+Health|Counseling|Counselling|Wellness|"
               r"Health|Medical|Pediatrics|Paediatrics|Family\s+Medicine|Urgent\s+Care|Outpatient|Hospice|"
               r"Center|Centre|Library|Arena|Stadium|Lodge|Inn|Grill|Pub|Tavern|Kitchen|Pizza|Bar|"
               r"Foods|Grocery|Motors|Auto|Construction|Landscaping|Plumbing|Roofing|Manufacturing|"
               r"Distribution|Fulfillment|Depot|Store|Shop|Studios?|Ministries|Chapel|Temple|Fellowship|"
               r"Services|Solutions|Systems|Insurance|Realty|Charter|Learning\s+Center|YMCA|YWCA|"
               # neighbourhoods and estates of the network's other countries (round 7): "Lajpat Nagar",
               # "Choi Hung Estate", "Umoja Estate", "Soweto Extension", "Saket Enclave"
               r"Nagar|Colony|Mohalla|Vihar|Enclave|Bagh|Chowk|Puram|Estate|Township|Extension)")
_PUBLICATION_AFTER = re.compile(r"\s+(?:site|website|web\s?page|page|pages|protocol|app|study|studies|trial|paper|papers|guidelines|handout|"
                                r"handouts|podcast|factsheet|fact\s+sheet|course|webinar|guidance|advice|"
                                r"recommendations|leaflet|leaflets|report|reports|review|research)\b")
# No place of the development sets up to set 21 (8,384 texts) ends in these; the blind sets' clean texts named research
# bodies and charities with them.  (Sets 23, 25 and 26 placed clients "at" an institute: that still counts.)
def _a_town_so_named(words: list[str]) -> bool:
    name = fold(" ".join(words).lower())
    return name in geo_cities() or name in small_place_ngrams()


_NOT_A_SITE = ("Foundation", "Institute", "Agency", "Group", "Systems", "Alliance", "Commission")  # (round 37: the
# last five - "the European Medicines Agency", "the Valproate Safety Implementation Group"; not a town so named,
# "Crow Agency")
# (round 38) A centre that is a body by the word before it: "the European Roma Rights Centre", "the IFRC Psychosocial
# Centre", "a WHO Collaborating Centre" (not where a client is: "at the Roma Rights Centre" still is a site).
_BODY_CENTRE_RE = re.compile(r"\b(?:Rights|Research|Policy|Psychosocial|Documentation|Knowledge|Collaborating|Excellence|"
                             r"Studies|Evidence)\s+Cent(?:re|er)$")
_IN_TOWN_AFTER_RE = re.compile(r",?\s+(?:in|at|on|near|outside)\s+(?P<t>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
# A house or a vale is a site only when named for someone or somewhere (a word no English list holds, a name or a
# town): "Taylor House", "Ardnagreevagh House", "Brunswick Vale".
_NAMED_ONLY_SUFFIXES = ("House", "Vale")


def _named_word(word: str) -> bool:
    low = word.lower().strip("'’")
    return zipf(low) < 3.0 or low in KNOWN or low in census_surnames() or low in census_given() \
        or low in geo_cities() or _small_town(low)


_SITE_BEFORE_RE = re.compile(r"(?i:\b(?:at|in|inside|outside|near|attends|attending|admitted\s+to)\s+(?:the\s+)?)$")
_BODY_AFTER = re.compile(r"\s+(?:Alliance|Acts?|Association|Society|Coalition|Commission|Council|Collaborative|"
                         r"Foundation|Institute|Trust|Network|"
                         # (round 29) programmes and bodies: "the Rural Mental Health Project", "Initiative"
                         r"Project|Initiative|Committee|League|Programme|Campaign|Consortium|Partnership|Federation|"
                         r"Taskforce|Task\s+Force|"
                         r"Authority|Authorities|Board)\b")  # (round 38: "the First Nations Health Authority")
_JOURNAL_FIRST_WORDS = frozenset(("Lancet", "BMJ", "JAMA", "Journal"))
# Unions and differences of the word lists, made once here (each costs 40-70 microseconds to build, and the loops
# that ask them ran once per word).
_GENERIC_NOT_ORG = GENERIC - ORG_SUFFIX_WORDS
_STREET_LEAD_STOP = LEADING_STOP | W.COMMON_WORDS | W.NOT_NAMES
_COUNTY_COMMON = W.COMMON_WORDS - {"orange", "king"}
_LEAD_STOP_COMMON = LEADING_STOP | W.COMMON_WORDS
_AT_BEFORE = re.compile(r"(?i)\b(?:at|from|near|to|in|outside|visited|visit|our|my|her|his|their)\s+(?:the\s+)?$")
_LEGAL_SUFFIX = re.compile(r"(?:Corp(?:oration)?\.?|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Co\.)$")
# (speed: _CAPW1 is "\b" + CAPW with the word boundary tested after the capital, so the engine skips to capitals)
_CAPW1 = CAPW.replace("]", r"](?<!\w.)", 1)
# (round 34) A word of a site's name ends at a full stop before the next sentence: "... in Glasgow. The Dulwich
# Centre ...", "... Disorder. The Frontotemporal Dementia Support Group" - but "St. Enda's", "Sto. Niño" keep theirs.
_ORG_CAPW = rf"(?:(?:St|Mt|Ste|Sto|Sta|Dr|Ft|Pt)\.|[{UP}](?:[\w'’&\-]|\.(?!\s))*)"
_ORG_CAPW1 = _ORG_CAPW.replace("|[", r"|(?<![\w.])[", 1)
_ORG_RE = re.compile(r"(" + _ORG_CAPW1 + r"(?:\s+" + _ORG_CAPW + r"){0,4})\s+" + _ORG_SUFFIX + r"(?![\w])")
_COUNTY_RE = re.compile(r"(" + _CAPW1 + r"\s+(?:" + CAPW + r"\s+){0,2})(?:County|Parish|Township|Borough|Reservation|"
                        r"Rancheria|Pueblo)\b")


# A saint's name is a parish, school or hospital ("St. Casimir's", "St Brigid's National School"), unless it is a
# holiday or a plant ("St. Patrick's Day", "St John's wort") or part of a street ("Main St. Paul's" is rare).
_SAINT_RE = re.compile(r"(?<![\w.])(?:St\.?|Saint)\s+(" + CAPW + r")((?:\s+(?:" + CAPW + r"))*)")
_NOT_SAINT_PLACE = frozenset("day day's eve wort".split())
_LOWER_SAINT_RE = re.compile(r"\b(?:in|to|from|near|outside)\s+((?:st\.?|saint)\s+)([a-z][a-z'’-]{2,})\b")
# A named thing followed by a lower-case place word: "the Eastgate estate", "the Fonterra plant", "the Greyhound
# depot".  The capitalised words must not all be English or a denomination ("the Catholic church").
_NAMED_SITE_RE = re.compile(
    r"\b(?:the|a|an|at|from|near|in|on|our|their|his|her|my|your)\s+((?:" + CAPW + r"\s+(?:of\s+(?:the\s+)?)?){0,3}" + CAPW + r")\s+(estate|church|plant|depot|"
    r"mill|factory|warehouse|mall|campus|shelter|station|mosque|temple|synagogue|parish|congregation|store|"
    r"yard|farm|ranch|mine|camp|prison|jail|hostel|hotel|motel|gym|library|clinic|hospital|school|chapel|"
    r"dorms?|complex|trailer\s+park|encampment|refinery|cannery|distillery|site|branch|franchise|"
    r"elementary|primary|middle\s+school|high\s+school|academy|kindergarten|preschool|daycare|"
    # businesses and community buildings (round 6): "the Tallow Lane bakery", "the Dunmore mart"
    r"bakery|cafe|café|pub|diner|restaurant|takeaway|salon|convent|monastery|clubhouse|hall|shops|mart|"
    r"sawmill|marae|unit|op\s+shop|opshop|charity\s+shop|thrift\s+(?:store|shop)|jetty|wharf|pier|marina|"
    r"retirement\s+village)\b")
# The first word of each kind of site above: the pattern (18 us a text) is tried only on a text that has one, as a
# word or as the first part of a word with a hyphen or an apostrophe ("the Kilbride farm-house").
_SITE_FIRST_WORDS = frozenset("""estate church plant depot mill factory warehouse mall campus shelter station mosque
temple synagogue parish congregation store yard farm ranch mine camp prison jail hostel hotel motel gym library clinic
hospital school chapel dorm dorms complex trailer encampment refinery cannery distillery site branch franchise
elementary primary middle high academy kindergarten preschool daycare bakery cafe café pub diner restaurant takeaway
salon convent monastery clubhouse hall shops mart sawmill marae unit op opshop charity thrift jetty wharf pier marina
retirement""".split())


def _may_name_a_site(ctx: Ctx) -> bool:
    lows = ctx.lows
    return not lows.isdisjoint(_SITE_FIRST_WORDS) or any(
        re.split("[-'’]", w, maxsplit=1)[0] in _SITE_FIRST_WORDS for w in lows if "-" in w or "'" in w or "’" in w)


# A capitalised English word before one of these is the business's own name ("the Crumbs cafe", "the Mercy
# convent"): why else capitalise it?  ("the Corner store", "the Central station" stay generic.)
_NAMED_BUSINESS = frozenset("bakery cafe café pub diner restaurant takeaway salon convent monastery clubhouse".split())
# A numbered road in the country, with a preposition of where: "they're out on Route 9", "off Highway 12".
_ROUTE_RE = re.compile(r"(?i:\b(?:on|off|along|near|past|up|out|down)\s+(?:on\s+|off\s+)?)"
                       r"(?P<r>(?:Route|Rte\.?|Highway|Hwy\.?|State\s+Route|County\s+Road|Farm\s+Road|SR|CR|FM)\s*"
                       r"\d{1,4}[A-Z]?)\b")
_DENOMINATIONS = frozenset("""anglican episcopal presbyterian quaker unitarian adventist orthodox coptic wesleyan
baptist methodist lutheran catholic mormon pentecostal evangelical reformed free united korean chinese""".split())


_WEB_SITE_WORDS = frozenset(("site",))
_AT_SITE = [[w] for w in ("at", "from", "near", "to", "outside", "across", "visited", "visit")]  # a place again


def _find_named_sites(ctx: Ctx) -> None:
    text = ctx.text
    if "St" in text or "Saint" in text:
        for m in _SAINT_RE.finditer(text):
            name, rest = m.group(1), m.group(2).split()
            after = text[m.end():m.end() + 8].split()
            nxt = (rest[0] if rest else (after[0] if after else "")).lower().strip(".,;:!?)")
            if nxt in _NOT_SAINT_PLACE or base_word(name).lower() in GENERIC:
                continue
            before = text[:m.start()].rstrip()
            if before and (before[-1].isdigit() or (before.split()[-1][:1].isupper()
                                                   and not sentence_start_at(text, m.start()))):
                continue  # "12 St Kilda Rd", "Main St Paul's": a street
            end = m.end() if rest and not any(w.lower() in _GENERIC_NOT_ORG for w in rest) else m.end(1)
            ctx.add(m.start(), end, "place", 50)
    for m in _NAMED_SITE_RE.finditer(text) if _may_name_a_site(ctx) else ():
        if m.group(2) in _WEB_SITE_WORDS and text[m.start():m.start(1)].split()[0].lower() in ("the", "a", "an") \
                and all(w.isupper() for w in m.group(1).split()) \
                and text[max(0, m.start() - 12):m.start()].split()[-1:] not in _AT_SITE:
            continue  # an organisation's website, by its acronym: "the NAMI site has a good handout"
        words = [base_word(w).lower() for w in m.group(1).split() if w not in ("of", "the")]
        if all(w in GENERIC or w in _DENOMINATIONS or w in W.NOT_NAMES or w in W.EPONYMS for w in words):
            continue
        if len(words) < 2 and not any(zipf(w) < 3.5 and w not in GENERIC and w not in _DENOMINATIONS for w in words) \
                and not (m.group(2) in _NAMED_BUSINESS and words[0] not in _DENOMINATIONS
                         and not m.group(1).isupper()):
            continue  # one English word: "the Central station", "the Corner store"
        ctx.add(m.start(1), m.end(2), "place", 42)


_TOWN_AFTER_RE = re.compile(r",\s*(?:(?P<cap>" + _ORG_CAPW + r"(?:\s+" + _ORG_CAPW + r"){0,2})|(?P<low>[a-z][\w'’-]*))")


def _town_after(ctx: Ctx, pos: int) -> None:
    """The town after a street address: '1234 Elm Street, Springfield', '88 oak rd, millbrook'."""
    m = _TOWN_AFTER_RE.match(ctx.text, pos)
    if not m:
        return
    if m.group("cap"):
        words = m.group("cap").split()
        if not all(w.lower() in GENERIC or w.lower() in BIG_PLACES or w.isupper() for w in words):
            ctx.add(m.start("cap"), m.end("cap"), "place")
    else:
        w = m.group("low")
        if w not in GENERIC and (w in geo_cities() or zipf(w) < 3.5 or _small_town(w)):
            ctx.add(m.start("low"), m.end("low"), "place")


# (round 35) A camp's block and shelter, as refugee camps number them: "Block B-11, Shelter 304", "block C4 tent 12".
_CAMP_SHELTER_RE = re.compile(r"(?i:\b(?:block|blk)\.?\s+)[A-Z]?-?\d{1,4}[A-Z]?,?\s+(?i:shelter|tent|caravan|container|"
                              r"hut|plot)\s+(?:no\.?\s*)?\d{1,5}[A-Z]?\b")
_UNIT_WORDS = frozenset("apt apartment suite ste flat unit room rm bldg building lot kv kvartira".split())
# A house or a plot on a numbered road, as addresses are written in South Asia and much of Africa: "House 27, Road
# 9A", "H. No. 12, Sector 15", "Plot 22, Ikeja GRA"; (round 52) a building or a villa, as the Gulf numbers them:
# "Bldg 27, Street 418".
# (round 54: or a South African stand or erf - "Stand 1142, Tshakhuma", "Erf 2231, Kuyasa")
_HOUSE_ROAD_RE = re.compile(r"\b(?:House|Plot|(?:Stand|Erf)(?=\s*(?:No\.?\s*)?\d{3})|H\.\s?No\.?|Door\s+No\.?|Flat)\s*(?:No\.?\s*)?\d{1,5}[A-Z]?(?:/\d{1,4})?"
                            r"(?:,\s*(?:Road|Rd\.?|Street|St\.?|Lane|Sector|Block|Avenue|Ave\.?)\s*(?:No\.?\s*)?"
                            r"\d{1,4}[A-Z]?|,\s*(?=[A-Z][a-z]))")
_BUILDING_STREET_RE = re.compile(r"\b(?:Building|Bldg\.?|Villa)\s*(?:No\.?\s*)?\d{1,5}[A-Z]?,\s*(?:Street|St\.?|Road|Rd\.?|"
                                 r"Zone|Way)\s*\d{1,4}\b")
_UNIT_RE = re.compile(r"(?i:\b(?:apt\.?|apartment|suite|ste\.?|flat|kv\.|kvartira)\s*#?\s*)\d{1,5}[A-Za-z]?\b"
                      r"|(?i:\b(?:unit|room|rm\.?|bldg\.?|building|lot)\s*#?\s*)\d{3,5}[A-Za-z]?\b")


# A room is where somebody lives only in a place people stay in: "room 412 at the Sandpiper motel", "dorm room
# 3107", "she's staying in room 208".  Elsewhere it is a room of the author's workplace (a group room, an office).
_LODGING_RE = re.compile(r"(?i)\b(?:motel|hotel|hostel|inn|dorm|dormitory|residence|halls?|shelter|boarding|"
                         r"lodge|lives|living|live|staying|stays|stayed|sleeps|sleeping|rents?|renting|tenant|"
                         r"housing|unit|block|tower|apartments?|flat)\b")


def _lodging_room(text: str, start: int, end: int) -> bool:
    return _LODGING_RE.search(text, max(0, start - 60), min(len(text), end + 40)) is not None


# (round 54) A street address in Chinese, Japanese or Korean characters inside a text in Latin letters (where too few
# of its letters are in those scripts for the whole text to be reported unchecked): a road and its number with 号/號,
# and lane, alley, building, floor and room ("建设路128号3栋502", "中正路二段128巷5號3樓"); a Japanese town part and
# its block-house numbers ("本町3-12-8", "西新宿2丁目8番1号"); a Korean road name and number ("월드컵로12길 34").
_CJK_ADDRESS_RE = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:路|街|道|巷|里|村)(?:[一二三四五六七八九十\d]{1,3}段)?(?:\d{1,4}[巷弄])*\d{1,5}[号號]"
    r"(?:\d{1,3}[栋棟幢座])?(?:\d{1,3}(?:[楼樓层層F]|单元))?(?:\d{1,5}[室]?)?"
    r"|[\u4e00-\u9fff\u3040-\u30ff]{1,10}(?:\d{1,2}丁目\d{1,4}番地?(?:\d{1,4}号?)?|\d{1,2}丁目\d{1,4}[-−－]\d{1,4}"
    r"|\d{1,4}[-−－]\d{1,4}(?:[-−－]\d{1,4})?|\d{1,5}番地)"
    r"|[\uac00-\ud7a3]{1,10}(?:로|길)\s?\d{1,4}(?:[\uac00-\ud7a3]{0,2}길)?(?:\s\d{1,4}(?:-\d{1,4})?)?(?!\d)")


def _find_addresses(ctx: Ctx) -> None:
    text, low, toks = ctx.text, ctx.low, ctx.toks
    if ctx.has_digit and not text.isascii():
        for m in _CJK_ADDRESS_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    caps = ctx.caps
    lows = ctx.lows
    if ctx.has_digit and lows & _UNIT_WORDS:
        for m in _UNIT_RE.finditer(text):
            if m.group().lower().startswith(("room", "rm")) and not _lodging_room(text, m.start(), m.end()):
                continue  # a meeting or therapy room where the author works: "room 214 is booked Tuesdays"
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit:
        if caps & STREET_WORDS:
            for m in _STREET_NUM_RE.finditer(text):
                ctx.add(m.start(), m.end(), "street_address")
                _town_after(ctx, m.end())
        if lows & STREET_WORDS_LOWER:
            for m in _STREET_LOWER_RE.finditer(text):
                ctx.add(m.start(), m.end(), "street_address")
                _town_after(ctx, m.end())
    if ctx.has_digit and ("shelter" in lows or "tent" in lows or "caravan" in lows or "container" in lows
                          or "hut" in lows) and ("block" in lows or "blk" in lows):
        for m in _CAMP_SHELTER_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and ("house" in caps or "plot" in caps or "no" in caps or "flat" in caps or "door" in caps
                          or "stand" in caps or "erf" in caps):
        for m in _HOUSE_ROAD_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and ("building" in caps or "bldg" in caps or "villa" in caps):
        for m in _BUILDING_STREET_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if caps & STREET_PREFIXES or "ul." in low or "ulitsa" in low or "vulytsia" in low or "prospekt" in low \
            or "prosp." in low or "os. " in text:  # (round 35: a Polish estate, "os. Górali 9")
        for m in _STREET_PREFIX_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and not lows.isdisjoint(_HUNGARIAN_STREET_WORDS):
        for m in _HUNGARIAN_STREET_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and not caps.isdisjoint(_SLAVIC_STREET_WORDS):
        for m in _SLAVIC_STREET_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and not lows.isdisjoint(_LOWER_PREFIX_WORDS):
        for m in _STREET_NUMBER_PREFIX_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if any(len(w) > 6 and w.endswith(GERMAN_STREET) for w in caps):
        for m in _STREET_GERMAN_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and not caps.isdisjoint(_GERMAN_STREET_WORDS):
        for m in _GERMAN_TWO_WORD_STREET_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and ("box" in low or "bag" in low):
        for m in _PO_BOX_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
            _town_after(ctx, m.end())  # "PO Box 18, Cedar Hollow"
    if caps & NAMED_STREET_WORDS:
        for m in _NAMED_STREET_RE.finditer(text):
            words = m.group(1).split()
            while words and words[0].lower().strip(".,") in _STREET_LEAD_STOP:
                words.pop(0)
            if not words or words[0].lower() in _NOT_STREETS:
                continue
            ctx.add(m.start(1) + m.group(1).index(words[0]), m.end(), "street_address")
    if ctx.has5:
        state_abbr = any(t.acronym and t.word.rstrip(".") in W.US_STATE_ABBREVIATIONS for t in toks)
        state_name = not caps.isdisjoint(_STATE_WORDS)
        # Every pattern below ends in a 5-digit run: look only around those.
        for lo, hi in merge_windows([(m.start() - 60, m.end() + 45) for m in D5.finditer(text)], len(text)):
            for m in _ZIP_LOOSE_RE.finditer(text, lo, hi):
                ctx.add(m.start("z"), m.end("z"), "zip_code")
            for m in _ZIP_AFTER_WORD_RE.finditer(text, lo, hi):
                if m.group("w").lower() not in _NOT_ZIP_WORDS and not is_cpt_code(m.group("z")):
                    ctx.add(m.start("z"), m.end("z"), "zip_code")
            for n, rx in enumerate(_ZIP_D5_RES):
                if n == 0 and not state_abbr or n == 1 and not state_name:
                    continue
                for m in rx.finditer(text, lo, hi):
                    # a CPT code (90791, 90832...) is a ZIP only after a state (patterns 0 and 1) or "zip"
                    if n == 3 and is_cpt_code(m.group("z")):
                        continue
                    ctx.add(m.start("z"), m.end("z"), "zip_code")
    if "zip" in low or "postal" in low or "post code" in low or "postcode" in low:
        for m in _ZIP_CUE_RE.finditer(text):
            ctx.add(m.start("z"), m.end("z"), "zip_code")
    if ctx.has_digit and (not lows.isdisjoint(_POSTCODE_NAME_WORDS) or "〒" in text or "c.p." in low):
        for m in _POSTCODE_NAMED_RE.finditer(text):
            ctx.add(m.start("z"), m.end("z"), "zip_code", PRIORITY["account"] + 2)  # (named a postcode: not an account)
    if ctx.has_digit:
        hints = [(m.start() - 4, m.end() + 6) for m in _POSTCODE_HINT.finditer(text)]
        for lo, hi in merge_windows(hints, len(text)) if hints else ():
            for rx in _POSTCODE_RES:
                for m in rx.finditer(text, lo, hi):
                    ctx.add(m.start("z"), m.end("z"), "zip_code")



def _phrase_from(ctx: Ctx, i: int, limit: int = 4) -> int:
    """Index of the last token of a capitalised phrase starting at token i ('Oak Park',
    'St. Louis', 'Rio de Janeiro'); -1 when token i is not capitalised."""
    toks = ctx.toks
    if not toks[i].cap:
        return -1
    last = i
    k = i
    while k + 1 < len(toks) and k - i + 1 < limit and not toks[k].poss:
        gap = ctx.gap(k, k + 1)
        nxt = toks[k + 1]
        if gap in (" ", ". ") and (gap == " " or toks[k].low in ("st", "ft", "mt", "pt")) and nxt.cap \
                and not nxt.acronym:
            k += 1
            last = k
            continue
        if gap == " " and nxt.low in ("of", "de", "la", "del", "upon", "du", "des", "sur", "au") \
                and k + 2 < len(toks) and toks[k + 2].cap and ctx.gap(k + 1, k + 2) == " ":
            k += 2
            last = k
            continue
        break
    return last


def _place_span(ctx: Ctx, i: int) -> tuple[int, int] | None:
    """Validated place phrase starting at token i, after a place cue."""
    last = _phrase_from(ctx, i)
    if last < 0:
        return None
    toks = ctx.toks
    words = [toks[k].word for k in range(i, last + 1)]
    first = toks[i].low
    if toks[i].acronym and first in W.NOT_NAMES:
        return None
    if first in PLACE_EXCLUDE and (len(words) == 1 or generic_words(words[1:])):
        return None
    phrase = " ".join(w.lower() for w in words)
    if phrase in BIG_PLACES or phrase.replace(".", "") in BIG_PLACES:
        return None
    if generic_words(words) and phrase not in CITIES:
        return None
    if followed_by_method(ctx, last):
        return None
    if last > i and toks[last].low in W.LANGUAGES_WITH_VARIETIES:
        return None  # (round 44) a language's variety, not a place: "in Rioplatense Spanish", "in Kriolu Portuguese"
    return toks[i].start, toks[last].end


_WORK_ON_VERBS = frozenset("work worked working works".split())


def _place_cue_before(ctx: Ctx, i: int) -> bool:
    """'lives in X', 'moved to X', 'works at X', 'is from X', 'town of X', 'employer is X'."""
    toks = ctx.toks
    j = i - 1
    if j < 0 or ctx.gap(j, i) != " ":
        return False
    t = toks[j]
    if t.low in ("downtown", "uptown"):
        return True
    if t.low == "of" and j >= 1 and toks[j - 1].low in TOWN_WORDS and ctx.gap(j - 1, j) == " ":
        return True
    if t.low in ("is", "was") and j >= 1 and toks[j - 1].low in PLACE_NOUNS and ctx.gap(j - 1, j) == " ":
        return True
    if t.low in ("called", "named") and j >= 1 and (toks[j - 1].low in TOWN_WORDS or toks[j - 1].low
                                                   in PLACE_NOUNS) and ctx.gap(j - 1, j) == " ":
        return True
    prep = None
    if t.low in PLACE_PREPS:
        prep = t.low
        j -= 1
        if j >= 0 and toks[j].low == "outside" and prep == "of":
            j -= 1
    steps = 0
    while j >= 0 and toks[j].low in PLACE_ADVERBS and steps < 2 and ctx.gap(j, j + 1) == " ":
        j -= 1
        steps += 1
    if j < 0 or ctx.gap(j, j + 1) != " ":
        return False
    v = toks[j]
    if prep == "on" and v.low in _WORK_ON_VERBS and zipf(toks[i].low) >= 3.0 and toks[i].low not in CITIES_1 \
            and not (i + 1 < len(toks) and toks[i + 1].low in STREET_WORDS):
        return False  # (round 32) work on a subject, not on a street: "ACT work on Chronic Pain", "on Antarctic analogues"
    if v.low in PLACE_VERBS and not v.poss and not (v.cap and not ctx.sent(j)):
        return True  # (a capitalised verb mid-sentence is part of a title: "Reasons to Stay Alive")
    if prep == "from" and (v.low in FROM_SUBJECTS or (v.poss and v.low in PRONOUNS)):
        return True
    return False


# A school or church named in ordinary words is still one school or church: "Sacred Heart Catholic School", "Grace
# Fellowship Church" - two words or more besides what kind of school or church it is ("Catholic School", "the Public
# High School" stay generic).
_INSTITUTION_SUFFIXES = frozenset("school academy church parish cathedral chapel primary elementary fellowship "
                                  "tabernacle ministries".split())
_INSTITUTION_DESCRIPTORS = frozenset("""the a our catholic christian public private primary elementary middle high junior
senior secondary state charter community county city district national international day boarding grammar special
alternative independent new free methodist baptist lutheran presbyterian episcopal evangelical pentecostal
orthodox anglican reformed united first second third local""".split())


def _named_institution(m: re.Match[str], words: list[str]) -> bool:
    suffix = m.group(0)[m.end(1) - m.start(0):].split()[-1].lower()
    return suffix in _INSTITUTION_SUFFIXES and len([w for w in words if w.lower() not in _INSTITUTION_DESCRIPTORS]) >= 2


def _find_places(ctx: Ctx) -> None:
    text, toks = ctx.text, ctx.toks
    caps = ctx.caps
    if caps & ORG_SUFFIX_WORDS:
        for m in _ORG_RE.finditer(text):
            words = m.group(1).split()
            lead = 0
            at_start = sentence_start_at(text, m.start(1))
            while lead < len(words) and (words[lead].lower() in LEADING_STOP
                                         or (lead == 0 and at_start and words[lead].lower() in W.COMMON_WORDS)):
                lead += 1
            words = words[lead:]
            if not words or words[0] in _JOURNAL_FIRST_WORDS:
                continue  # (round 29) a journal: "The Lancet Planetary Health", "BMJ Mental Health"
            if not _LEGAL_SUFFIX.search(m.group(0)) and generic_words(words) and not _named_institution(m, words):
                continue
            if m.group(0).endswith(_NAMED_ONLY_SUFFIXES) and (not any(_named_word(w) for w in words) or re.search(
                    r"(?i)\ban?\s+$", text[max(0, m.start() - 4):m.start(1) + m.group(1).index(words[0])])):
                continue  # (round 28) "Taylor House", "Brunswick Vale" - not "Sound Relationship House", "a Dumpling House"
            if _BODY_AFTER.match(text, m.end()) or ((m.group(0).endswith(_NOT_A_SITE) or _BODY_CENTRE_RE.search(m.group(0)))
                                                    and not _SITE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
                                                    and not _a_town_so_named([*words, m.group(0).split()[-1]])):
                continue  # an organisation, a body or a law, not a site (round 22): "the Sexual Health Alliance",
                # "the Healthcare Services Act", "the Jed Foundation", "the Black Dog Institute" - but a client
                # studies, works or is treated at one (round 26): "a postdoc at Kasumigaoka Institute"
            if _PUBLICATION_AFTER.match(text, m.end()) and not _AT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # what an institution publishes: "the Mayo Clinic site has a page on ...", "the X study"
            ctx.add(m.start(1) + m.group(1).index(words[0]), m.end(), "place", 50)
            town = _IN_TOWN_AFTER_RE.match(text, m.end())
            if town and _town_by_itself(town.group("t")):
                ctx.add(town.start("t"), town.end("t"), "place", 50)  # where the site is: "... Fish Bar in Sunderland"
    if caps & COUNTY_WORDS:
        for m in _COUNTY_RE.finditer(text):
            words = m.group(1).split()
            while words and words[0].lower() in LEADING_STOP:
                words.pop(0)
            if words and not (len(words) == 1 and words[0].lower() in _COUNTY_COMMON):
                ctx.add(m.start(1) + m.group(1).index(words[0]), m.end(), "place", 50)
    n = len(toks)
    geo = geo_cities()
    # (a word neither capitalised nor in capitals passes the first test below and goes on: not visited)
    for i, t in [(i, t) for i, t in enumerate(toks) if t.cap or t.acronym]:
        if not t.cap or t.acronym:
            # State abbreviations are acronyms: "Columbus, OH" / "Portland ME 04101"
            if t.acronym and t.word in W.US_STATE_ABBREVIATIONS and i > 0:
                gap = ctx.gap(i - 1, i)
                zip_next = ctx.has5 and D5.match(text, t.end + 1) is not None
                if gap == ", " or (gap == " " and zip_next):
                    _place_before_state(ctx, i)
            # Canadian provinces before a postal code: "Truro NS B2N 3K5", "Brandon, MB R7A 5Y1"
            elif t.acronym and t.word in _CA_PROVINCES and i > 0 and ctx.gap(i - 1, i) in (" ", ", ") \
                    and _CA_POSTCODE_RE.match(text, t.end):
                _place_before_state(ctx, i)
            # (round 55) ... or between commas, as an address line writes it: "Newcomer in Duchess, AB, ..."
            elif t.acronym and t.word in _CA_PROVINCES and i > 0 and ctx.gap(i - 1, i) == ", " \
                    and text[t.end:t.end + 1] in (",", ";", ")", ""):
                _place_before_state(ctx, i)
            continue
        # multi-word city names
        matched = False
        two = t.low in _ngram_first_words() and i + 1 < n and fold(f"{t.low} {toks[i + 1].low}") in _ngram_prefixes()
        for size in ((4, 3, 2) if two else ()):
            if i + size <= n:
                span = toks[i:i + size]
                if not span[-1].cap:
                    continue
                if any(ctx.gap(i + k, i + k + 1) not in (" ", ". ") for k in range(size - 1)):
                    continue
                key = " ".join(s.low for s in span)
                if key in CITY_NGRAMS or (key in city_ngrams() and not all(
                        x.low in GENERIC or _personal(x.low) for x in span)) or _small_ngram(ctx, i, key, span):
                    if not followed_by_method(ctx, i + size - 1):
                        ctx.add(t.start, span[-1].end, "place")
                    matched = True
                    break
                if key in STATE_NGRAMS and i > 0 and ctx.gap(i - 1, i) == ", ":
                    _place_before_state(ctx, i)
        if matched:
            continue
        if t.low in STATES_1 and i > 0 and ctx.gap(i - 1, i) == ", ":
            _place_before_state(ctx, i)
        low = t.low
        if low in W.CUE_ONLY_PLACES or low in W.NOT_NAMES or low in GENERIC or low in W.EPONYMS or (
                t.poss and low + "'s" in GENERIC) or (low not in CITIES_1 and low not in geo and not (
                _small_town(low) and zipf(low) == 0.0)):
            pass
        elif mixed_caps(t.word) or _after_given_name(ctx, i):
            pass
        elif (low in CITIES_1 or (zipf(low) < 4.0 and not ctx.sent(i) and not _personal(low))) \
                and not followed_by_method(ctx, i):
            # a town only the small-places data knows yields to a name read there ("the Brightwaters"), unless a
            # preposition of where stands before it ("moved the kids to Akaroa")
            ctx.add(t.start, t.end, "place", 42 if low in CITIES_1 or low in geo or (
                i and toks[i - 1].low in _NGRAM_PREPS and ctx.gap(i - 1, i) == " ") else 38)
        elif low in geo and zipf(low) < 4.0 and _dwelling_after(ctx, i):
            ctx.add(t.start, t.end, "place", 42)  # "Harrowgate bedsit, no heating", "the Elmira trailer park"
        if i and toks[i - 1].low in _CUE_PREV and (_place_cue_before(ctx, i) or _weak_place_cue(ctx, i)):
            where = _place_span(ctx, i)
            if where:
                ctx.add(where[0], where[1], "place")
    # Towns typed in lower case after a place cue: "moved to dayton", "lives in wexcombe"; after a bare "in" or
    # "near", a town GeoNames lists that is no English word at all ("a widower in tonopah").
    for i in [i for i in range(1, n) if toks[i - 1].low in _CUE_PREV]:
        t = toks[i]
        if t.cap or toks[i - 1].low not in _CUE_PREV:
            continue
        if not _lower_town_word(t.low):
            # a big city typed in lower case ("outreach teams in vancouver"), with its quarter ("in east london")
            if t.low in W.WORLD_CITIES and ctx.gap(i - 1, i) == " " and toks[i - 1].low in _LOWER_CITY_PREPS:
                ctx.add(t.start, t.end, "place", 42)
            continue
        if _place_cue_before(ctx, i) or (toks[i - 1].low in _BARE_PREPS and ctx.gap(i - 1, i) == " " and not t.poss
                                         and ((t.low in geo and zipf(t.low) < 2.0) or (_small_town(t.low) and (
                                             toks[i - 1].low != "from" or zipf(t.low) < 1.5)))):
            ctx.add(t.start, t.end, "place", 42)
    # ... and a two-word town GeoNames lists (10,000 people or more) in lower case: "in las cruces", "since the
    # family left mount gambier" - not two common words ("in the gap", "in west end" stay words).
    for i in [i for i in range(1, n - 1) if toks[i - 1].low in _LOWER_TWO_WORD_TOWN_BEFORE]:
        t, u = toks[i], toks[i + 1]
        if t.cap or u.cap or t.poss or toks[i - 1].low not in _LOWER_TWO_WORD_TOWN_BEFORE or ctx.gap(i - 1, i) != " " \
                or ctx.gap(i, i + 1) != " ":
            continue
        if geo.get(t.low + " " + u.low, 0) >= 10_000 and min(zipf(t.low), zipf(u.low)) < 4.0:
            ctx.add(t.start, u.end, "place", 42)
    for i in [i for i in range(2, n) if toks[i - 1].low in _QUARTERS] if not ctx.lows.isdisjoint(_QUARTERS) else ():
        t = toks[i]
        if not t.cap and t.low in W.WORLD_CITIES and toks[i - 1].low in _QUARTERS and ctx.gap(i - 1, i) == " " \
                and toks[i - 2].low in _LOWER_CITY_PREPS and ctx.gap(i - 2, i - 1) == " ":
            ctx.add(toks[i - 1].start, t.end, "place", 42)
    # a town in lower case before the people or services of it: "bristol GP wants ...", "cork colleagues - ..."
    for i in [i for i in range(n - 1) if toks[i + 1].low in _LOCAL_NOUNS] if not ctx.lows.isdisjoint(_LOCAL_NOUNS) else ():
        t = toks[i]
        if not t.cap and toks[i + 1].low in _LOCAL_NOUNS and ctx.gap(i, i + 1) == " " and not t.poss \
                and (t.low in W.WORLD_CITIES or (t.low in geo and zipf(t.low) < 4.0 and t.low not in GENERIC)) \
                and (i == 0 or ctx.sent(i) or toks[i - 1].low in ("any", "fellow", "other", "the", "our", "my")):
            ctx.add(t.start, t.end, "place", 42)
    # A town in lower case set off by commas, as the last part of an address: "the Lisburn road, belfast, with",
    # "sector 21, gurugram, and" - a big city, or a town the data knows whose name is no English word at all.
    if ", " in text:
        for m in _COMMA_TOWN_RE.finditer(text):
            low = m.group(1)
            if (low in W.WORLD_CITIES and low not in GENERIC) or (_small_town(low) and zipf(low) == 0.0
                                                                  and not _personal(low)):
                ctx.add(m.start(1), m.end(1), "place", 42)
    # A saint's town typed in lower case after a place preposition: "grew up in st. albans".
    if "st" in ctx.lows or "saint" in ctx.lows:
        for m in _LOWER_SAINT_RE.finditer(text):
            if m.group(2) not in _NOT_SAINT_PLACE and m.group(2) not in GENERIC:
                ctx.add(m.start(1), m.end(2), "place", 42)


_BARE_PREPS = frozenset("in near outside around from".split())
_SMALL_TOWN: Memo[bool] = Memo(limit=200_000)  # (memo.py: past a check it keeps only public words)


def _small_town(low: str) -> bool:
    """A town, village or suburb of the network's countries (GeoNames cities500, lexicon.small_places) whose
    name is no common English word, no clinical or method word, no eponym: "ballymahon", "hokitika",
    "pittsworth", "whangārei".  Rare words only (Zipf < 3): a village called Bath or Reading needs more than
    its name.  Callers add what they need besides (not a given name or surname, not a sentence's first word);
    without a place cue, a capitalised word must be in no English word list at all ("Antlers", "Papaya",
    "Windfall" are villages too)."""
    r = _SMALL_TOWN.recall(low)
    if r is None:
        f = fold(low)
        r = (len(f) >= 4 and f in small_places() and low not in GENERIC and f not in GENERIC
             and low not in W.METHOD_WORDS and low not in W.EPONYMS and low not in W.CUE_ONLY_PLACES
             and low not in MEASURE_SHORT_NAMES and zipf(f) < 3.0 and not english_morph(f))
        _SMALL_TOWN.put(low, r)
    return r


# Prepositions of where before a town of common words: "at Tin Can Bay", "in North Shields", "near Cedar Key".
_NGRAM_PREPS = frozenset("in at near from to outside around".split())


def _small_ngram(ctx: Ctx, i: int, key: str, span: list[Tok]) -> bool:
    """A town of two or more words (GeoNames cities500): one with a word that is no English word or name
    ("Te Kuiti", "Port Hedland") anywhere; one made of English words or names ("Tin Can Bay", "Swift Current",
    "Cedar Key") only after a preposition of where."""
    if fold(key) not in small_place_ngrams():
        return False
    if not all(x.low in GENERIC or _personal(x.low) or zipf(x.low) >= 3.0 for x in span):
        # at a sentence's start only with a word that is in no English list at all: "Te Anau was flooded"
        return not ctx.sent(i) or (i > 0 and ctx.toks[i - 1].low in _NGRAM_PREPS) or any(
            zipf(x.low) == 0.0 and not _personal(x.low) and x.low not in GENERIC for x in span)
    return i > 0 and ctx.toks[i - 1].low in _NGRAM_PREPS and ctx.gap(i - 1, i) == " " and not any(
        x.acronym for x in span)


_LOWER_CITY_PREPS = frozenset("in near from to around outside".split())
_LOWER_TWO_WORD_TOWN_BEFORE = _LOWER_CITY_PREPS | frozenset("left leaving moved visiting".split())
_QUARTERS = frozenset("east west north south inner greater central downtown".split())
_LOCAL_NOUNS = frozenset("""gp gps colleagues colleague folks people peeps clinicians therapists counsellors counselors
psychologists psychs practitioners based area region team""".split())
# Kinds of place typed in lower case that are no town: "back from rehab", "went to juvie", "off to uni".
_LOWER_FACILITIES = frozenset("""rehab detox juvie uni kindy kinder daycare respite hospice inpatient outpatient
psych psychiatric residential foster""".split())
_LOWER_TOWN: Memo[bool] = Memo(limit=200_000)  # (memo.py: past a check it keeps only public words)


_LEARNED_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ology", "ity", "ism", "pathy", "phobia", "itis", "osis")


def _lower_town_word(low: str) -> bool:
    """A lower-case word that can be a town after a place cue: a listed town that is not common
    English, or a word that is not English at all."""
    r = _LOWER_TOWN.recall(low)
    if r is None:
        if len(low) < 3 or (len(low) == 3 and low not in geo_cities()) or low in GENERIC or low in W.CUE_ONLY_PLACES \
                or low in _LOWER_FACILITIES or ("-" in low and all(zipf(p) >= 3.0 for p in low.split("-"))) \
                or (low.endswith("ally") and len(low) > 7 and max(zipf(low[:-2]), zipf(low[:-4])) >= 2.5) \
                or (len(low) >= 8 and low.endswith(_LEARNED_NOUN_ENDINGS)):
            r = False  # (a compound of English words is no town: "works part-time", "lives full-time"; nor an
            # adverb of an English adjective: "work on it therapeutically"; nor a learned noun no word list holds
            # (round 48): "teaching psychoeducation through proverbs")
        else:
            r = ((low in geo_cities() and zipf(low) < 4.0) or _small_town(low)
                 or (zipf(low) < 2.5 and low not in W.METHOD_WORDS and not english_morph(low)))
        _LOWER_TOWN.put(low, r)
    return r


_COMMA_TOWN_RE = re.compile(r", ([a-z][a-z-]{2,})(?=\s*(?:,\s|[.;]|$))")  # (the town: group 1)


@functools.cache
def _ngram_prefixes() -> frozenset[str]:
    """The first two words of the multi-word town and state names (folded; accents rarely lead)."""
    return frozenset(" ".join(k.split()[:2]) for k in (city_ngrams() | CITY_NGRAMS | STATE_NGRAMS | small_place_ngrams()))


@functools.cache
def _ngram_first_words() -> frozenset[str]:
    """First words of the multi-word town and state names."""
    return frozenset(k.split()[0] for k in (city_ngrams() | CITY_NGRAMS | STATE_NGRAMS | small_place_ngrams()))


def _after_given_name(ctx: Ctx, i: int) -> bool:
    """Token i follows a capitalised given name: a surname ("Pat Ogden's work"), not a town."""
    if i == 0 or ctx.gaps[i - 1] != " ":
        return False
    p = ctx.toks[i - 1]
    return p.cap and not p.poss and not p.acronym and not ctx.toks[i].acronym and (
        p.low in W.GIVEN_NAMES or p.low in census_given()) and p.low not in _NOT_GIVEN_BEFORE_TOWN


# Capitalised words that are given names but also start town names ("Palm Springs", "Grand Forks").
_NOT_GIVEN_BEFORE_TOWN = frozenset("palm grand long lake mount san santa saint st fort port north south east west new "
                                   "old little big glen dale". split())


_DWELLINGS = frozenset("""house houses home flat flats apartment apartments bedsit studio caravan caravans trailer
trailers motel hostel shelter estate estates suburb suburbs neighbourhood neighborhood three-decker triple-decker
rowhouse townhouse duplex condo condos high-rise tower towers projects housing council camp encampment
share-house sharehouse boarding""".split())


def _dwelling_after(ctx: Ctx, i: int) -> bool:
    """A town followed (within two lower-case words) by a kind of home: 'Skelby caravan park'."""
    toks = ctx.toks
    for k in range(i + 1, min(i + 3, len(toks))):
        if ctx.gaps[k - 1] != " " or toks[k].cap:
            return False
        if toks[k].low in _DWELLINGS:
            return True
    return False


def _personal(low: str) -> bool:
    """A listed given name or surname: a town of that name needs a place cue ("lives in X")."""
    return low in KNOWN or low in census_given() or low in census_surnames()


_CA_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
_CA_POSTCODE_RE = re.compile(r",?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
_WEAK_PREPS = frozenset("in near outside around from".split())
# Any word that can stand right before a place cued by _place_cue_before or _weak_place_cue.
_CUE_PREV = (frozenset("downtown uptown of is was called named".split()) | PLACE_PREPS | PLACE_ADVERBS
             | PLACE_VERBS | _WEAK_PREPS)


def _weak_place_cue(ctx: Ctx, i: int) -> bool:
    """'in X', 'near X', 'from X' where X is a known town or a word that is not common English."""
    if i == 0 or ctx.toks[i - 1].low not in _WEAK_PREPS or ctx.gap(i - 1, i) != " ":
        return False
    if i >= 2 and ctx.toks[i - 2].cap and not ctx.sent(i - 2):
        return False  # inside a title: "Skills Training in Affective ..."
    t = ctx.toks[i]
    if t.acronym or t.low in GENERIC or t.low in PLACE_EXCLUDE or t.low in W.METHOD_WORDS or mixed_caps(t.word):
        return False
    if t.low in geo_cities() or _small_town(t.low):
        return True
    # A word that is not English after a weak cue - but not an author's name before his work
    # ("prompts from Pennebaker's writing paradigm") nor a form of an English word ("in resourcing").
    return zipf(t.low) < 3.5 and not (t.poss and i + 1 < len(ctx.toks) and ctx.gap(i, i + 1) == " "
                                      and not ctx.toks[i + 1].cap) \
        and not english_morph(t.low)


def _place_before_state(ctx: Ctx, k: int) -> None:
    """'Columbus, OH': the capitalised phrase that ends right before token k."""
    toks = ctx.toks
    j = k - 1
    if j < 0:
        return
    if not toks[j].cap:
        # typed in lower case: "(saco, MT)", "in cut bank, MT" - one or two words that are no English
        if ctx.gap(j, k) != ", ":
            return
        two = j >= 1 and not toks[j - 1].cap and ctx.gap(j - 1, j) == " " \
            and f"{toks[j - 1].low} {toks[j].low}" in city_ngrams()
        if two or _lower_town_word(toks[j].low):
            ctx.add(toks[j - 1 if two else j].start, toks[j].end, "place")
        return
    start = j
    while start - 1 >= 0 and toks[start - 1].cap and ctx.gap(start - 1, start) == " " and j - start < 2:
        start -= 1
    while start < j and base_word(toks[start].word) in _LEAD_STOP_COMMON:
        start += 1
    span = _place_span(ctx, start)
    if span:
        ctx.add(span[0], min(span[1], toks[j].end), "place")


# A venue named "X and Y" after a preposition of where: "drinks at the Rose and Crown", "works at the Bell &
# Anchor" (pubs and inns are named so).  Not a method, book or show after it ("the Push and Pull technique").
_AND_VENUE_RE = re.compile(r"\b(?:at|outside|near|from|behind|opposite)\s+the\s+(?P<v>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                           r"\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s+(?:technique|method|model|book|"
                           r"show|series|podcast|approach|exercise|worksheet|skill|game|app|workshop|training|"
                           r"conference|seminar|webinar|talk|course|study|paper|scale|protocol))")


def _capitalised_pair(text: str, joiner: str) -> bool:
    i = text.find(joiner)
    while i > 0:
        if text[i - 1].islower() and text[i + len(joiner):i + len(joiner) + 1].isupper():
            return True
        i = text.find(joiner, i + 1)
    return False


# A venue named in English words right after a verb of frequenting a place: "drinks at the Red Lion", "works the
# till at the Golden Fleece", "volunteers at the Salty Dog".  Capitals mid-sentence are what make it a name; an
# event after it ("at the Christmas party") or a weekday, month or acronym is no venue.
_FREQUENT_VENUE_RE = re.compile(
    r"(?i:\b(?:works?|worked|working|drinks?|drank|drinking|volunteers?|volunteered|volunteering|shops?|shopped|"
    r"eats|ate|eating|sleeps?|slept|sleeping|stays?|stayed|staying|meets?|met|hangs?\s+out|hung\s+out|gambles?|"
    r"gambling|plays?\s+pokies|busks?|bartends?|waitresses|waits\s+tables)\b(?:\s+(?:the\s+)?[a-z]+){0,2}\s+at\s+the\s+)"
    r"(?P<v>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b(?!\s+(?:party|parties|workshop|conference|meeting|training|group|"
    r"session|dinner|lunch|game|match|service|mass|event|festival|show|concert|office|desk|counter)\b)")


_FREQUENT_VERBS = frozenset("""work works worked working drink drinks drank drinking volunteer volunteers volunteered
volunteering shop shops shopped eats ate eating sleep sleeps slept sleeping stay stays stayed staying meet meets met
hang hangs hung gamble gambles gambling play plays busk busks bartend bartends waitresses waits""".split())


def _find_frequented_venues(ctx: Ctx) -> None:
    if ctx.lows.isdisjoint(_FREQUENT_VERBS):
        return
    text = ctx.text
    k = text.find(" at the ")
    while k >= 0:
        if text[k + 8:k + 9].isupper():
            for m in _FREQUENT_VENUE_RE.finditer(text, max(0, k - 40), min(len(text), k + 60)):
                words = m.group("v").split()
                if any(w.lower() in MONTH_WORDS or w.lower() in W.NOT_NAMES for w in words) or all(
                        w.lower() in GENERIC for w in words):
                    continue
                ctx.add(m.start("v"), m.end("v"), "place", 42)
        k = text.find(" at the ", k + 1)


# A business or site named before where it is: "outside the Dollar General in Ozark", "at the Spar on Main",
# "the ute outside the Kmart in Swan Hill" - "the <Capitalised words> in/on <Capitalised word>" after a preposition
# of where.  What the capitalised words are does not matter (a chain, a gym, a hall): the town after them is
# the place that makes them one.
# A word of a site's name: a dot only inside it or after "St", "Mt" - "the ICD-11. GamCare in Britain ..." ends a
# sentence (round 34), "the St. Brigid's Home in Cork" does not.
_SITE_WORD = r"(?:(?:St|Mt|Ste)\.|[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*)"
_SITE_IN_TOWN_RE = re.compile(
    r"(?i:\b(?:at|outside|from|near|behind|opposite|inside|to|by)\s+the\s+)"
    r"(?P<v>" + _SITE_WORD + r"(?:\s+" + _SITE_WORD + r"){0,2})\s+(?:in|on|at|off)\s+(?P<w>[A-Z][a-z]+)")
_SITE_PREPS = frozenset("at outside from near behind opposite inside to by".split())
_DAY_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
fri sat sun weekend christmas easter""".split()) | MONTH_WORDS
# An abbreviated street after a preposition of where, without a house number: "on Division St", "off 5th Ave".
_STREET_ABBR_RE = re.compile(r"(?i:\b(?:on|off|along|down|up|near|at|to)\s+)(?P<s>(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))"
                             r"\s+){1,2}(?:St|Rd|Ave|Blvd|Dr|Ln|Tce|Pde|Hwy|Cres)\b\.?)")


# Words that open a place's name in the network's other countries (round 7): Philippine barangays and puroks,
# Malaysian housing estates and villages ("Taman Melawati", "Kampung Baru", "Bandar Utama"), a Singapore block
# ("Blk 418"), a sector of an Indian planned city ("sector 21, gurugram").
_PLACE_PREFIX_RE = re.compile(r"\b(?:Barangay|Brgy\.?|Bgy\.?|Purok|Sitio|Taman|Kampung|Kg\.|Bandar|Lorong|Jln\.?|Soi|"
                              r"Moo|Mukim|"
                              # clinics and schools named in their own language: "Klinik Hohenegg", "Colegio San Luis"
                              r"Klinik|Klinikum|Clínica|Clinica|Colegio|Escuela|Liceo|Lycée|Lycee|Collège|École|Ecole|"
                              r"Gymnasium|Scoil|Gaelscoil|Kura|Kindergarten|Kita|Hôpital|Hopital|Ospedale|Policlinico|"
                              r"Krankenhaus|Sanatorio|Centro\s+de\s+Sa(?:lud|úde)|Posto\s+de\s+Saúde|"
                              # (round 27) a university named for its town: "University of Waikato"
                              r"University\s+of(?:\s+the)?|"
                              # (a hospital named the Spanish or Portuguese way; not "Hospital Anxiety and ...")
                              r"Hospital\s+(?:de|del|da|das|do|dos|La|El|Los|Las)|"
                              r"Hospital(?=\s+(?:San|Santa|São|Universitario|Universitário|General|Regional|Italiano|"
                              r"Alemán|Británico|Central|Militar|Infantil|Materno|Nacional|Clínico|Clinico|"
                              r"Psiquiátrico|Psiquiatrico)\b))"
                              r"\s+(?:\d{1,3}[A-Z]?\b|" + CAPW + r"(?:\s+" + CAPW + r"){0,2})")
_PLACE_PREFIX_WORDS = frozenset("""barangay brgy bgy purok sitio taman kampung kg bandar lorong jln soi moo mukim klinik
klinikum clínica clinica colegio escuela liceo lycée lycee collège école ecole gymnasium scoil gaelscoil kura kita
hospital hôpital hopital ospedale policlinico krankenhaus sanatorio centro posto university""".split())
_BLOCK_RE = re.compile(r"(?<![\w-])(?:Blk|BLK|blk|Block)\s*\d{1,4}[A-Za-z]?\b(?=\s*(?:,\s*)?[A-Z#])")
_SECTOR_RE = re.compile(r"\b[Ss]ector[ -]\d{1,3}[A-Z]?\b(?=,?\s+(?P<w>[A-Za-z]+))")


def _find_prefixed_places(ctx: Ctx) -> None:
    text = ctx.text
    if not ctx.lows.isdisjoint(_PLACE_PREFIX_WORDS):
        for m in _PLACE_PREFIX_RE.finditer(text):
            words = m.group(0).split()[1:]
            if all(w.lower() in GENERIC for w in words if not w[0].isdigit()) and not words[0][0].isdigit():
                continue
            if words[0] == "of" and " ".join(w.strip(".,;:") for w in words[1:] if w != "the").lower() in BIG_PLACES:
                continue  # a state's or a country's university ("University of Texas") places no one
            first_word = len(m.group(0).split()[0])  # (a sentence ends inside: "the Klinik Hohenegg. His ...")
            cut = m.group(0).find(". ", first_word)  # ("Brgy. San Isidro" keeps its own dot)
            ctx.add(m.start(), m.end() if cut < 0 else m.start() + cut, "place")
    if ctx.has_digit and ("blk" in ctx.lows or "block" in ctx.lows):
        for m in _BLOCK_RE.finditer(text):
            ctx.add(m.start(), m.end(), "street_address")
    if ctx.has_digit and "sector" in ctx.lows:
        for m in _SECTOR_RE.finditer(text):
            w = m.group("w").lower()
            if w not in GENERIC and zipf(w) < 3.0 and (w in geo_cities() or w in W.WORLD_CITIES or (
                    _small_town(w) and not _personal(w))):
                ctx.add(m.start(), m.end(), "place")


def _find_sites_in_towns(ctx: Ctx) -> None:
    text = ctx.text
    n = len(text)
    starts = []
    for the in (" the ", " The "):
        k = text.find(the)
        while k >= 0:
            if text[k + 5:k + 6].isupper() and text[max(0, k - 9):k].rsplit(None, 1)[-1:] \
                    and text[max(0, k - 9):k].rsplit(None, 1)[-1].lower() in _SITE_PREPS:
                starts.append((k - 9, k + 70))
            k = text.find(the, k + 1)
    for lo, hi in merge_windows(starts, n) if starts else ():
        for m in _SITE_IN_TOWN_RE.finditer(text, lo, hi):
            if m.end() == hi and hi < n and text[hi].isalpha():
                continue  # the town's name runs past the window
            words = m.group("v").split()
            if m.group("w").lower() in _DAY_WORDS or any(w.lower() in _DAY_WORDS for w in words):
                continue
            if all(w.isalpha() and w.isupper() and (len(w) <= 3 or w.lower() in W.NOT_NAMES) for w in words):
                continue  # a service or role by its acronym: "at the ED in ...", "from the GP in ..."
            ctx.add(m.start("v"), m.end("v"), "place", 42)
    if not ctx.caps.isdisjoint(_STREET_ABBRS):
        ends = [(t.start - 40, t.end + 1) for t in ctx.toks if t.word in _STREET_ABBR_WORDS]
        for m in (m for lo, hi in merge_windows(ends, n) for m in _STREET_ABBR_RE.finditer(text, lo, hi)):
            first = m.group("s").split()[0].lower()
            if first in _DAY_WORDS or first in GENERIC and len(m.group("s").split()) == 2 and first in W.COMMON_WORDS:
                continue
            ctx.add(m.start("s"), m.end("s"), "street_address")


_STREET_ABBRS = frozenset("st rd ave blvd dr ln tce pde hwy cres".split())
_STREET_ABBR_WORDS = frozenset("St Rd Ave Blvd Dr Ln Tce Pde Hwy Cres".split())


def _find_and_venues(ctx: Ctx) -> None:
    text = ctx.text
    if _capitalised_pair(text, " and ") or _capitalised_pair(text, " & "):
        for m in _AND_VENUE_RE.finditer(ctx.text):
            v = m.group("v")  # (round 52: not a body, "the Children and War Foundation")
            if any(_people_or_big_place(part) for part in re.split(r"\s+(?:and|&)\s+", v)):
                continue  # (round 57) peoples or countries: "the Scottish and Welsh clients", "the Caribbean and Brazil"
            if not v.endswith(_NOT_A_SITE) and not _BODY_AFTER.match(text, m.start("v") + v.rindex(" ")):
                ctx.add(m.start("v"), m.end("v"), "place", 42)


def _people_or_big_place(part: str) -> bool:
    low = part.lower()
    return low in W.PEOPLES or low in BIG_PLACES or "the " + low in BIG_PLACES or is_region(part)


def _find_routes(ctx: Ctx) -> None:
    if ctx.has_digit and (not ctx.caps.isdisjoint(_ROUTE_WORDS) or "sr" in ctx.lows or "cr" in ctx.lows):
        for m in _ROUTE_RE.finditer(ctx.text):
            ctx.add(m.start("r"), m.end("r"), "place")


_ROUTE_WORDS = frozenset("route rte highway hwy state county farm fm".split())


def _drop_measures(ctx: Ctx, first: int) -> None:
    """A place name that is a measure's short name, used as one ("Edinburgh 19 at 6 weeks")."""
    text = ctx.text
    ctx.items[first:] = [it for it in ctx.items[first:] if it[2] != "place"
                         or text[it[0]:it[1]].lower() not in MEASURE_SHORT_NAMES or not measure_use(text, it[1])]


# Places listed together: a town right after a place already found, joined by a comma, "and", "or" or "&" - "covers
# Burnsville and Apple Valley", "clients from Eagan, Apple Valley and Rosemount" (a town whose name is also English
# needs a cue; standing in a list of places is one).
_LISTED_AFTER_RE = re.compile(r"(?:,\s(?:and\s|or\s)?|\s(?:and|or|&)\s)(?P<p>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})")


def _is_town(phrase: str) -> bool:
    low = fold(phrase.lower())
    if low in BIG_PLACES or low in census_given():
        return False  # (a given name is left to the name rules: "moved to Bend and Grace visits")
    return low in geo_cities() or low in CITIES or (" " in low and (low in small_place_ngrams() or low in CITY_NGRAMS)) \
        or (" " not in low and low in small_places())


def _find_listed_places(ctx: Ctx, first: int) -> None:
    text = ctx.text
    todo = [it[1] for it in ctx.items[first:] if it[2] == "place"]
    seen = set(todo)
    while todo:
        end = todo.pop()
        m = _LISTED_AFTER_RE.match(text, end)
        if m is None:
            continue
        words = m.group("p").split()
        for k in range(len(words), 0, -1):  # the longest town name first: "Apple Valley", not "Apple"
            phrase = " ".join(words[:k])
            if _is_town(phrase):
                stop = m.start("p") + len(phrase)
                ctx.add(m.start("p"), stop, "place")
                if stop not in seen:
                    seen.add(stop)
                    todo.append(stop)
                break


# A town named on its own, as a fragment of a note ("... sleep issues. Barbacena. Any ideas?"), before "campus"
# ("Pullman campus") or as where someone was born ("Kyiv-born client"): round 23, from spent set 22's misses.
_FRAGMENT_RE = re.compile(r"(?:^|(?<=[.!?;])[ \t]+|\n\s*)(?P<p>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
                          r"(?:[ \t]+campus)?[ \t]*(?=[.!?;]|$|:\s|\s[-–—]\s)")  # (or heading a note: "Kinshasa - ...")
# A university called by its state or town and "State", where someone studies or plays (round 24): "a linebacker at
# Chadron State", "at Iowa State" (not "the State of Iowa", "Ohio State law").
_STATE_SCHOOL_RE = re.compile(r"(?i:\b(?:at|attends|attending|attended|for|from|to|transferred\s+to)\s+)"
                              r"(?P<p>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\sState)(?!\s+(?:[A-Z]|law|laws|line|lines|"
                              r"board|licen[cs]e|legislature|guidelines?|requirements?|rules?|funding|medicaid))\b")
_CAMPUS_OR_BORN_RE = re.compile(r"(?<![\w'’-])(?P<p>[A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?)(?:\s+campus\b|-born\b)")
_CITY_SUFFIX_RE = re.compile(r"\s+city$")


def _town_by_itself(phrase: str) -> bool:
    """The phrase is a town even without a cue: a city of GeoNames (5,000+) or of the lists that is no common English
    word, or a small town of the network's countries that is no word and no one's name; not a state or a country."""
    low = " ".join(phrase.lower().replace("’", "'").split())
    low = _CITY_SUFFIX_RE.sub("", low) or low  # "Iloilo City"
    if low in BIG_PLACES or low in GENERIC or low in MONTH_WORDS or low in PLACE_EXCLUDE:
        return False
    if low in CITIES or geo_cities().get(low, 0) >= 5_000:
        return all(zipf(w) < 4.0 for w in low.split())
    if " " in low:
        return low in small_place_ngrams()
    return _small_town(low) and not _personal(low)


def _fragments(text: str) -> Iterator[re.Match[str]]:
    """_FRAGMENT_RE.finditer(text), tried only where a fragment can start (speed: the start of the text, after
    [.!?;], at a line break - not at every character; same matches, since finditer's matches cannot overlap)."""
    after = 0
    starts = [0]
    starts += [p.start() if p.group() == "\n" else p.end() for p in _FRAGMENT_STARTS_RE.finditer(text)]
    for pos in starts:
        if pos < after:
            continue
        m = _FRAGMENT_RE.match(text, pos)
        if m is not None:
            after = m.end()
            yield m


_FRAGMENT_STARTS_RE = re.compile(r"[.!?;\n]")


# (round 44) A listed town opening the text before what the note is about: a heading of a few lower-case words and a
# colon ("Vénissieux referral: ...", "Gorkha follow-up: ..."), a comma ("Saipan, after the typhoon: ..."), or the
# person it is about ("Manaus riverboat worker ...", "Klaipėda port crane operator, ...").
_PEOPLE_BY_TRADE = (r"(?:workers?|operators?|drivers?|farmers?|fisherm[ae]n|miners?|nurses?|teachers?|traders?|vendors?|"
                    r"widows?|survivors?|clients?|referrals?|cases?|evacuees?|residents?|cutters?|labou?rers?|"
                    r"guards?|cleaners?|carers?)")  # (not "families", "elders", "refugees": "Osage families" are a people)
_TOWN_OPENING_RE = re.compile(r"\s*(?P<p>[A-Z][^\W\d_][\w'’-]*(?:[ \t]+[A-Z][^\W\d_][\w'’-]*)?)"
                              r"(?:(?:[ \t]+[a-z][\w-]*){1,2}:\s|,\s|(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+"
                              + _PEOPLE_BY_TRADE + r"\b"
                              # (round 45) or the year or the storm it is about: "Petrópolis 2022:", "Acapulco after
                              # Otis:"
                              r"|[ \t]+(?:19|20)\d\d\s*[:,–—-]|[ \t]+after[ \t]+[A-Z][^\W\d_]+\s*[:,–—-])")


# (round 46) A word in no list opening the note with the year of what happened there, or the people it left: "Galtür
# 1999, ...", "Armero 1985: ...", "Utøya survivor, ...", "Dunblane parent, ...".
# (weigh.py's evident() reads the same words after a place as what the text says of it.)
EVENT_YEAR_OR_SURVIVORS_AFTER = r"[ \t]+(?:(?:1[89]|20)\d\d\s*[:,–—-]|(?:survivors?|parents?|widows?|widowers?)[ \t]*[,:])"
_RARE_OPENING_RE = re.compile(r"\s*(?P<p>[A-Z][^\W\d_][\w'’-]*(?:[ -][A-Z][^\W\d_][\w'’-]*)?)"
                              + EVENT_YEAR_OR_SURVIVORS_AFTER)


def _find_towns_alone(ctx: Ctx) -> None:
    text = ctx.text
    for m in _fragments(text):
        if _town_by_itself(m.group("p")):
            ctx.add(m.start("p"), m.end("p"), "place")
    rare = _RARE_OPENING_RE.match(text)
    if rare is not None and rare.group("p").lower() not in BIG_PLACES and not is_region(rare.group("p")) and all(
            zipf(w) < 3.0 and w not in census_surnames() and _event_place_word(w)
            for w in re.split(r"[ -]", rare.group("p").lower())):
        ctx.add(rare.start("p"), rare.end("p"), "place")
    town = _TOWN_OPENING_RE.match(text)
    if town is not None and _town_by_itself(town.group("p")) and (
            all(zipf(w) < 3.0 for w in town.group("p").lower().split())
            or geo_cities().get(fold(town.group("p").lower()), 0) >= 100_000):
        # (no English word either, unless a city: "Carpenter, plumber, electrician - ...", but "Manaus riverboat ...")
        ctx.add(town.start("p"), town.end("p"), "place")
    if "State" in text:
        for m in _STATE_SCHOOL_RE.finditer(text):
            where = m.group("p")[:-6].lower()
            if where in W.US_STATES or _town_by_itself(where):
                ctx.add(m.start("p"), m.end("p"), "place")
    if "campus" in ctx.lows or "-born" in text:
        for m in _CAMPUS_OR_BORN_RE.finditer(text):
            if _town_by_itself(m.group("p")):
                ctx.add(m.start("p"), m.end("p"), "place")


def find(ctx: Ctx) -> None:
    first = len(ctx.items)
    _find_towns_alone(ctx)
    _find_routes(ctx)
    _find_and_venues(ctx)
    _find_frequented_venues(ctx)
    _find_sites_in_towns(ctx)
    _find_prefixed_places(ctx)
    _find_addresses(ctx)
    if ctx.has_digit:
        _find_grid_and_numbered_streets(ctx)
    _find_places(ctx)
    _find_named_sites(ctx)
    if not ctx.lows.isdisjoint(MEASURE_SHORT_NAMES):
        _drop_measures(ctx, first)
    _find_suburbs_of_cities(ctx)
    _find_local_services_and_sites(ctx)
    _find_codes_after_towns(ctx, first)
    _find_codes_before_towns(ctx)
    _find_local_features(ctx)
    _find_wards_streets_and_districts(ctx)
    _find_listed_places(ctx, first)
    if " City" in ctx.text:
        _find_named_cities(ctx)
    if not ctx.lows.isdisjoint(_EVENT_WORDS):
        _find_places_of_events(ctx)
    if not ctx.lows.isdisjoint(_PLACE_NOUNS_AFTER):
        _find_places_before_place_nouns(ctx)
    if ctx.has_digit and not ctx.caps.isdisjoint(_NUMBERED_PART_WORDS):
        _find_numbered_parts(ctx)
    if "'s " in ctx.text or "’s " in ctx.text:
        _find_districts_of_towns(ctx)
    if ctx.has_digit:
        _find_codes_after_addresses(ctx)


# (round 56) A postcode that ends an address, after its number and a flat's, with no town after it: "Vivallavägen 9
# lgh 1104, 702 21;", "Tøyengata 41 H0203, 0578.", "Dembinszky utca 31. 2/7, 1071." (not a year: "12 Main Street,
# 2019.").
_CODE_AFTER_ADDRESS_RE = re.compile(r"(?:\s(?:lgh|lägenhet|leil\.?|bolig|H\d{4}|\d{1,3}/\d{1,3})(?:\s?\d{1,5})?"
                                    r"|\.\s\d{1,3}/\d{1,3})?,\s(?P<z>\d{3}\s\d{2}|\d{4,5})(?=\s*(?:[.;)\n]|$))")


def _find_codes_after_addresses(ctx: Ctx) -> None:
    for _start, end, _category, _priority in [it for it in ctx.items if it[2] == "street_address"]:
        m = _CODE_AFTER_ADDRESS_RE.match(ctx.text, end)
        if m and not (len(m.group("z")) == 4 and 1900 <= int(m.group("z")) <= 2035):
            ctx.add(m.start("z"), m.end("z"), "zip_code")


# (round 48) A listed town's possessive, then one of its districts, which no list holds: "Spanish Town's Tawes Pen",
# "Belgrade's Vračar Gornji" (the district's first word in no English word list; not "Chicago's Cook County"; a town
# that is also a surname only when it is a city of 100,000).
_TOWN_DISTRICT_RE = re.compile(r"(?<![\w'’-])(?P<t>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)['’]s "
                               r"(?P<d>[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+)?)(?![\w'’-])")


def _district_of_town(m: re.Match[str]) -> bool:
    town = fold(m.group("t").lower())
    words = [w.lower() for w in re.split(r"[ -]", m.group("d"))]
    people = geo_cities().get(town, 0)
    return not (people < 1000 or (people < 100_000 and town in census_surnames()) or m.group("t").isupper()
                or re.match(r"[A-Z]{2}", m.group("d")) or zipf(words[0]) >= 3.0 or words[0] in W.METHOD_WORDS
                or any(w in GENERIC or w in W.NOT_NAMES for w in words))
    # (not an author's work, "Taylor's Deprescribing Guidelines", nor a body's, "NICE's CBTp")


# (round 49) ... or a numbered one: "Lyon's 4th arrondissement", "Villa El Salvador's sector 3"; and a place's
# possessive before a part of it said as its side or end, whatever its words: "North Preston's Upper Governor side",
# "Birżebbuġa's Pretty Bay side" (not a given name's: "Maria's Upper Room end").
_TOWN_NUMBERED_PART_RE = re.compile(r"(?<![\w'’-])(?P<t>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})['’]s "
                                    r"(?:\d{1,2}(?:st|nd|rd|th|e|er|ème)\s+(?:arrondissement|district|ward|sector|precinct)|"
                                    r"(?:sector|district|ward|zone|section|phase)\s+\d{1,3}[A-Z]?)\b")
_SIDE_WORDS = ("side", "end", "road", "lane", "dike", "stage", "corner", "stretch", "strip", "landing", "crescent")
_SIDE_WORDS_SPACED = tuple(" " + w for w in _SIDE_WORDS)  # (the cheap test before the pattern)
_PLACE_SIDE_RE = re.compile(r"(?<![\w'’-])(?P<t>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})['’]s "
                            r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2} (?:" + "|".join(_SIDE_WORDS)
                            + r")\b")  # (round 52: the road and after it - "Kettle Point's Lakeshore road")
# (round 52) ... and all in lower case, as rushed chat writes it: a listed town's possessive before a part of it named
# by a word for one ("stornoway's goathill crescent", "catarroja's port road", "shuwaikh's industrial end") or by a
# word in no English list ("aberdeen's torry").
_LOWER_POSSESSIVE_RE = re.compile(r"['’]s (?=[a-zà-ÿ])")
_LOWER_TOWN_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<t>[a-zà-ÿ][^\W\d_A-Z]*(?:[ -][a-zà-ÿ][^\W\d_A-Z]*){0,2})$")
_FROM_WORDS = ("from", "in", "at", "near")
_LOWER_PART_RE = re.compile(r"(?:[a-zà-ÿ][^\W\d_A-Z]* ){0,2}(?:side|end|road|rd|street|st|lane|crescent|landing|section|"
                            r"quarter|corner|corridor|estate|market|heights|dike|block|stage|row|flats|ward|colony|camp|"
                            r"wharf|junction|village|barrio|district|township)\b|(?P<w>[a-zà-ÿ][^\W\d_A-Z]*)\b")


_NO_TOWN_OWNERS = W.COMMON_WORDS | W.RELATION_WORDS  # (the last word of no town: "client", "mum", "today")


def _lower_town(owner: str) -> bool:
    low = fold(owner)
    if low in GENERIC or (" " not in low and low in census_given()):
        return False
    return max(geo_cities().get(low, 0), geo_cities().get(owner, 0)) >= 1000 or (" " not in low and low in small_places() and zipf(low) < 3.0) or (
        " " in low and (low in city_ngrams() or low in small_place_ngrams()))


def _find_lower_districts_of_towns(ctx: Ctx) -> None:
    text = ctx.text
    for m in _LOWER_POSSESSIVE_RE.finditer(text):
        if not text[m.start() - 1:m.start()].islower() \
                or text[text.rfind(" ", 0, m.start()) + 1:m.start()] in _NO_TOWN_OWNERS:
            continue  # (speed: "the client's mum", "today's session")
        before = _LOWER_TOWN_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if before is None:
            continue
        words = re.split(r"([ -])", before.group("t"))
        prep = max((k for k in range(0, len(words), 2) if words[k] in _FROM_WORDS), default=-2)
        words = words[prep + 2:]
        owner = None  # (the longest listed town that ends before the possessive: "east palestine", not "palestine")
        for k in range(0, len(words), 2):
            if _lower_town("".join(words[k:])):
                owner = "".join(words[k:])
                break
        part = _LOWER_PART_RE.match(text, m.end())
        if part is None or not words:
            continue
        w = part.group("w")
        if owner is None and prep >= 0 and w is None and all(
                zipf(x) < 3.0 and x not in census_given() and x not in census_surnames() for x in words[::2]):
            owner = "".join(words)  # (a town in no list, where someone comes from: "from muçum's ferry landing")
        if owner is None:
            continue
        if w is not None and (zipf(w) >= 3.0 or w in GENERIC or w in census_given()):
            continue
        ctx.add(m.start() - len(owner), part.end(), "place")


def _find_districts_of_towns(ctx: Ctx) -> None:
    for m in _TOWN_DISTRICT_RE.finditer(ctx.text):
        if _district_of_town(m):
            ctx.add(m.start(), m.end(), "place")
    if ctx.has_digit:
        for m in _TOWN_NUMBERED_PART_RE.finditer(ctx.text):
            if geo_cities().get(fold(m.group("t").lower()), 0) >= 1000:
                ctx.add(m.start(), m.end(), "place")
    _find_lower_districts_of_towns(ctx)
    if ("'s " in ctx.text or "’s " in ctx.text) and any(w in ctx.text for w in _SIDE_WORDS_SPACED):
        for m in _PLACE_SIDE_RE.finditer(ctx.text):
            owner = m.group("t").lower()
            if not (" " not in owner and (owner in census_given() or owner in GENERIC or zipf(owner) >= 4.0)):
                ctx.add(m.start(), m.end(), "place", 50)  # (round 56: as a site it holds, "Oneida Settlement's Bread
                # road" - not "Oneida Settlement" alone)


def town_and_district(text: str, start: int, end: int) -> bool:
    """text[start:end] is a listed town's possessive and one of its districts (what _find_districts_of_towns finds)."""
    m = _TOWN_DISTRICT_RE.fullmatch(text, start, end)
    return m is not None and _district_of_town(m)


# (round 44) A name in no English list before a lower-case word for a kind of place, or after such a word as a label:
# "on Betio islet", "Laciana valley miner's son", "out of Vuokatin kylä", "on the Taroko trail", "Village: Nadoria".
_PLACE_NOUNS_AFTER = frozenset("""village valley islet island wharf trail hamlet township settlement kylä colony
estate compound creek quarry junction crossing ridge thana upazila suburb town hometown barangay towers slopes blocks
flats terraces bazaar quarter stage barrio bairro colonia favela aldea poblado""".split())  # (round 49: "the Croix-Rousse slopes", "the Ballarò market quarter";
# round 53: a matatu or bus stage, "at Kangemi stage")
_BEFORE_PLACE_NOUN_RE = re.compile(r"(?<![\w'’-])(?P<p>[A-Z][^\W\d_][\w'’-]*(?:[ -][A-Z][^\W\d_][\w'’-]*)?) (?:village|valley|islet|"
                                   r"island|wharf|trail|hamlet|township|settlement|kylä|colony|estate|compound|creek|"
                                   r"quarry|junction|crossing|ridge|thana|upazila|towers|slopes|blocks|flats|terraces|bazaar|stage|"
                                   r"barrio|bairro|colonia|favela|aldea|poblado|"  # (round 56: "the Otxarkoaga barrio")
                                   r"(?:market\s+)?quarter)\b")
_PLACE_LABEL_RE = re.compile(r"(?i:\b(?:village|town|hometown|home\s+town|suburb|barangay|settlement|township)\s*:\s*)"
                             r"(?P<p>[A-Z][^\W\d_][\w'’-]*(?:[ -][A-Z][^\W\d_][\w'’-]*){0,2})")


# (round 53) A camp's or a settlement's numbered part after a word of where: "from Mae La Section B7", "in Kutupalong
# Camp 4", "at Dadaab Zone C3".
_NUMBERED_PART_WORDS = frozenset("section zone block sector phase camp".split())
# (round 55: or parts within parts, "Mae La Zone C Section 12"; or after a comma, "..., Shipyard Camp 4, ...")
_NUMBERED_PART_RE = re.compile(r"(?:\b(?:from|in|at|to|of)\s+|,\s)(?P<p>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2}"
                               r"(?:\s(?:Section|Zone|Block|Sector|Phase)\s[A-Z](?=\s(?:Section|Zone|Block|Sector|Phase)\b))?"
                               r"\s(?:Section|Zone|Block|Sector|Phase|Camp)\s(?:[A-Z]-?\d{1,3}[A-Z]?|\d{1,3}[A-Z]?))\b")


def _find_numbered_parts(ctx: Ctx) -> None:
    for m in _NUMBERED_PART_RE.finditer(ctx.text):
        first = m.group("p").split()[0].lower()
        if first not in GENERIC and zipf(first) < 4.0:  # (not "Table Section 4")
            ctx.add(m.start("p"), m.end("p"), "place")


# (round 55) ... or in English words, two of them, when where someone is from or lives says it is a place they live
# in: "from Red Shirt village", "the Pigeon Peas settlement" (not "the Olympic village": one word).
_DWELLING_NOUNS = frozenset("village settlement hamlet township compound colony".split())
_WHERE_BEFORE_RE = re.compile(r"(?:\b(?:from|in|at|near|outside|the)\s)$")


def _find_places_before_place_nouns(ctx: Ctx) -> None:
    for rx in (_BEFORE_PLACE_NOUN_RE, _PLACE_LABEL_RE):
        for m in rx.finditer(ctx.text):
            phrase = m.group("p")
            words = [w.lower() for w in re.split(r"[ -]", phrase)]
            if all(zipf(w) < 3.0 and w not in GENERIC and w not in MONTH_WORDS and not is_medicine(w)
                   and w not in W.EPONYMS for w in words) \
                    and phrase.lower() not in BIG_PLACES and not is_region(phrase):
                ctx.add(m.start("p"), m.end("p"), "place")
            elif rx is _BEFORE_PLACE_NOUN_RE and len(words) == 2 and " " in phrase \
                    and ctx.text[m.end("p") + 1:m.end()].lower() in _DWELLING_NOUNS \
                    and _WHERE_BEFORE_RE.search(ctx.text, max(0, m.start() - 8), m.start()) \
                    and not any(w in MONTH_WORDS or is_medicine(w) or w in W.EPONYMS for w in words) \
                    and phrase.lower() not in BIG_PLACES and not is_region(phrase):
                ctx.add(m.start("p"), m.end("p"), "place")


# (round 44) A place named by what happened there, in a word no English or name list has: "lost her home in the
# Mundakkai landslide", "the Kasokoso fire", "Jajarkot quake: ...", "the Kanjuruhan stadium crush". (Not a country,
# a state or a region - "the Kerala floods" - nor a listed given name or surname: "the Katrina floods" named a storm.)
EVENT_NOUNS = (r"(?:land|mud)slides?|fires?|floods?|flooding|(?:earth)?quakes?|tsunami|eruption|explosion|blast|"
                r"bombings?|shootings?|massacre|siege|crash|derailment|collapse|stampede|crush|riots?|disaster|"
                r"tailings\s+dam|dam\s+(?:burst|collapse)|ground\s+sinking|sinkholes?|subsidence|"
                r"bomb|avalanche|attacks?|(?:quick-clay\s+)?slide")  # (round 46: a bomb, an avalanche, an attack)
_EVENT_WORDS = frozenset("""landslide landslides mudslide mudslides fire fires flood floods flooding quake quakes
earthquake earthquakes tsunami eruption explosion blast bombing bombings shooting shootings massacre siege crash
derailment collapse stampede crush riot riots disaster tailings dam sinking sinkhole sinkholes subsidence bomb
avalanche attack attacks slide""".split())
# (round 46: up to two lower-case words between the place and what happened: "the Volendam café fire", "the Angrois
# curve train crash", "Omagh town centre bomb")
_EVENT_PLACE_RE = re.compile(r"(?:\b[Tt]he\s+|^|(?<=[.!?:;,]\s))(?P<p>[A-Z][^\W\d_][\w'’-]*(?:[ -][A-Z][^\W\d_][\w'’-]*)?)"
                             r"\s+(?:[a-zà-öø-ÿ][a-zà-öø-ÿ-]+\s+){0,2}"
                             r"(?:" + EVENT_NOUNS + r")\b")


def _event_place_word(w: str) -> bool:
    return w not in census_given() and w not in KNOWN and w not in GENERIC and not is_medicine(w) \
        and w not in MONTH_WORDS and w not in W.EPONYMS


def _find_places_of_events(ctx: Ctx) -> None:
    geo = geo_cities()
    for m in _EVENT_PLACE_RE.finditer(ctx.text):
        phrase = m.group("p")
        words = [w.lower() for w in re.split(r"[ -]", phrase)]
        if phrase.lower() in BIG_PLACES or is_region(phrase) or not all(map(_event_place_word, words)) \
                or phrase.endswith(("'s", "’s", "'", "’")):
            continue  # (an eponym's possessive names a condition: "Ménière's vertigo attacks")
        # a word in no English list and no surname, or a city of 100,000 whose name is no common word: "the
        # Rochester floods", "Gothenburg disco fire" (round 46)
        if all(zipf(w) < 3.0 and w not in census_surnames() for w in words) or (
                geo.get(fold(phrase.lower()), 0) >= 100_000 and all(zipf(w) < 4.0 for w in words)):
            ctx.add(m.start("p"), m.end("p"), "place")


# (round 38) A town called "<Name> City" wherever it stands, in a list too: "Homi Danchi block 2, Toyota City,",
# "Port Loyola Lake I, Belize City, ..." - not "Inner City", "Sin City", "Emerald City".
_NAMED_CITY_RE = re.compile(r"\b(?P<p>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?) City\b")
_NOT_CITY_FIRST = frozenset("inner sin emerald capital big global smart the a my our your their his her this that "
                            "every any no".split())


def _find_named_cities(ctx: Ctx) -> None:
    for m in _NAMED_CITY_RE.finditer(ctx.text):
        if m.group("p").split()[0].split("-")[0].lower() not in _NOT_CITY_FIRST:
            ctx.add(m.start(), m.end(), "place")


# (round 41) A street address on a grid, as Utah and Idaho write it ("417 E 400 N"), and a street with its number
# after "nr." as Romania writes it ("Str. Cantonului nr. 3", "Strada Avram Iancu nr. 12A").
_GRID_ADDRESS_RE = re.compile(r"(?<![\w.])\d{1,5} [NSEW]\.? \d{1,5} [NSEW]\b(?!\.?\d)")
_GRID_HINT_RE = re.compile(r"\d [NSEW]\.? \d")
_NR_STREET_RE = re.compile(r"\b(?:Str\.|Strada|Bd\.|Bulevardul|Calea|Aleea|Șos\.|Soseaua|Șoseaua)\s+"
                           r"[A-ZĂÂÎȘȚŞŢ][\w'’-]+(?:\s+[A-ZĂÂÎȘȚŞŢ][\w'’-]+){0,2}\s+nr\.\s?\d{1,4}[A-Z]?\b")


# (round 42) An address written as numbered parts, as many cities and camps write one: "No. 14E, Street 598",
# "house 22, street 19", "Rue 317, Porte 42", "Sector C, Row 14, Tent 9" - two parts or more, one with a number.
_PART = r"(?:(?i:house|street|rue|porte|no\.|way|road|sector|row|tent|block|bloc|zone|plot|lane|alley|soi)\s?\d{1,4}[A-Z]?" \
        r"|(?i:sector|block|bloc|zone|row)\s[A-Z])\b"
_NUMBERED_PARTS_RE = re.compile(r"(?<![\w.])" + _PART + r"(?:,\s" + _PART + r")+")


_PART_WORDS = frozenset("house street rue porte no way road sector row tent block bloc zone plot lane alley soi".split())


def _find_grid_and_numbered_streets(ctx: Ctx) -> None:
    text = ctx.text
    rxs = [rx for rx, wanted in ((_GRID_ADDRESS_RE, _GRID_HINT_RE.search(text)), (_NR_STREET_RE, "nr." in text))
           if wanted]
    if ", " in text and len(ctx.lows & _PART_WORDS) >= 2:  # (speed: two parts' words, or no address of parts)
        rxs.append(_NUMBERED_PARTS_RE)
    for rx in rxs:
        for m in rx.finditer(text):
            if rx is not _NUMBERED_PARTS_RE or any(c.isdigit() for c in m.group()):
                ctx.add(m.start(), m.end(), "street_address")


# A postcode before its town, as much of Europe writes an address: "Kongens gate 55, 7012 Trondheim",
# "Korte Nieuwstraat 18, 2000 Antwerpen".
# (Round 43: also Chile's seven digits, "Pasaje Las Dalias 2207, 2520000 Quilpué", and a country's letters before the
# digits, "Rr. Adem Jashari 14, XK 41000 Skenderaj".)
_CODE_BEFORE_TOWN_RE = re.compile(r"(?<=,\s)(?P<z>\d{4,5}|\d{3}\s\d{2}|\d{7}|[A-Z]{1,2}[ -]\d{4,5})\s+(?P<t>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]+)?"
                                  r"(?:-[A-Z][^\W\d_]+)?)\b")  # (round 30: "Lyon-Saint-Just"; round 39: "Övertorneå")


# (round 31) In an address written as a list after its street, a postcode standing alone between commas, or a Dutch
# one (four digits, two capitals): "17 Mzimhlophe Lane, Orlando West Ext 2, 1804, ...", "Kastanjelaan 41-B, Wijk bij
# Ooststede, 3971 KT."; numbered blocks of a Gulf address: "Villa 27, Street 14, Al Barsha South 3".
_LISTED_CODE_RE = re.compile(r"(?<=,\s)(?P<z>\d{4}(?:\s?[A-Z]{2}(?![A-Za-z]))?)(?=\s*(?:[,.;]|$))")
_NOT_DUTCH_LETTERS = frozenset("AD BC CE AM PM MG ML KG UK US GB EU SA SD SS".split())
_GULF_ADDRESS_RE = re.compile(r"\bVilla\s+\d{1,4}[A-Z]?(?:,\s+(?:Street|St|Road|Rd)\s+\d{1,4}[A-Z]?\b)?")


# The house number before the postcode's comma, or the floor and side after it as Denmark and Germany write them
# (round 34): "Kongens gate 55, 7012 ...", "Nørrevænget 14, 2. th., 8471 ...", "st. tv., ", "3. sal, ", "2. OG, ".
_FLOOR_AND_SIDE = r"(?:\b\d{1,2}\.|\bst\.?)\s?(?i:th|tv|mf|sal|og|eg|etage|etasje|etg|stock)\.?"  # (round 39: Norway's)
_AFTER_NUMBER_RE = re.compile(r"(?:\d[A-Za-z]?|" + _FLOOR_AND_SIDE + r"),\s$")
_FLOOR_BEFORE_RE = re.compile(_FLOOR_AND_SIDE + r",\s$")
_COUNTRY_POSTCODE_RE = re.compile(r"(?<=[^\W\d_]), (?P<z>(?:FO|DK|CH|DE|D|F|AT|A|BE|B|LU|L|NL|SE|S|NO|N|FI|IS|GL|"
                                  r"PL|CZ|SK|SI|LT|LV|EE|I|P|E)[ -]\d{3,5}|(?:HM|CR|DV|FL|GE|HS|MA|PG|SB|SN|WK) \d{2})"
                                  r"(?![\w.,-]?\d)(?!\s*(?:mg|ml|kg|bpm|%))")  # (round 37: Bermuda's "HM 08")
# (round 38) A postcode of three and two digits (Czechia, Slovakia, Greece, Sweden) or Malta's three letters and four
# digits closing an address after the town: "Brno-Královo Pole, 612 00;", "Nea Smyrni Kato, 171 21;", "Ħal Far Open
# Centre annex, BBG 3000;".
_CLOSING_CODE_RE = re.compile(r"(?<=[^\W\d_], )(?P<z>\d{3} \d{2}|[A-Z]{3} ?\d{4})(?=\s*(?:[,.;]|$))")
# An Australian state and its postcode closing an address, after the town or the side of it: "Doveton edge VIC 3175.",
# "Warwick Farm end NSW 2171." (not "the NSW 2024 guidelines": the postcode ends the address).
_STATE_CODE_RE = re.compile(r"(?<=[a-z] )(?P<s>NSW|VIC|QLD|TAS|ACT|SA|WA|NT) (?P<z>\d{4})(?=\s*(?:[,.;)]|$))")
_AU_POSTCODES = {"NSW": ((1000, 2599), (2619, 2899), (2921, 2999)), "ACT": ((200, 299), (2600, 2618), (2900, 2920)),
                 "VIC": ((3000, 3999), (8000, 8999)), "QLD": ((4000, 4999), (9000, 9999)), "SA": ((5000, 5999),),
                 "WA": ((6000, 6999),), "TAS": ((7000, 7999),), "NT": ((800, 999),)}
_BEFORE_A_YEAR = frozenset("of in since from by until during after before around circa".split())
_TOWN_THEN_CODE_RE = re.compile(r"(?<=\d, )(?P<t>[A-ZÀ-ÖØ-Þ][^\W\d_]{3,}) (?P<z>\d{3} \d{2})(?=\s*(?:[,.;]|$))")
_MALTA_CODE_RE = re.compile(r"(?<=[^\W\d_] )[A-Z]{3} \d{4}(?=\s*(?:[,.;)]|[-–—]\s|$))")  # (round 52: or a dash)
_PC_OR_SIDE_CODE_RE = re.compile(r"(?:(?<=, PC )|(?<=\bside )|(?<=\bend )|(?<=\bedge ))(?P<z>\d{3,4})(?=\s*(?:[,.;]|$))")
_MALTESE_RE = re.compile(r"\b(?:Triq|Ħal|Ħaż|Pjazza|Sqaq)\b|[ĦħĠġĊċ]")
_AU_STATES = frozenset("NSW VIC QLD TAS ACT SA WA NT".split())  # ("Bangalow Creek, NSW 2479": the state, then the postcode)
_CODE_TOWN_AFTER_STREET_RE = re.compile(r" (?:\d{1,4}[A-Za-z]?\s+)?(?P<z>\d{4})\s+(?P<t>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\b")


def _address_before(ctx: Ctx, at: int, reach: int = 90) -> bool:
    return any(it[2] == "street_address" and at - reach <= it[1] <= at for it in ctx.items)


# (round 53) A Dutch postcode, four digits and two capitals, before its town: "8765 LR Tsjerkwert-Súd" (not a year
# and an era, a dose or a country: "4000 BC", "1200 MG", "2016 US").
_DUTCH_POSTCODE_RE = re.compile(r"[1-9]\d{3} (?!BC|AD|CE|AM|PM|MG|ML|KG|HR|US|UK|EU|NZ|UN|ER|GP|TV)[A-Z]{2}(?= [A-Z][^\W\d_])")


def _find_codes_before_towns(ctx: Ctx) -> None:
    # (round 32) the postcode and town right after the street, no comma between: "Solbergveien 14B 0683 Nordre
    # Grefsen", as Norway and Denmark write an address on one line
    for it in [it for it in ctx.items if it[2] == "street_address"] if ctx.has_digit else ():
        m = _CODE_TOWN_AFTER_STREET_RE.match(ctx.text, it[1])
        town = fold(m.group("t").lower()) if m else ""
        if m and (geo_cities().get(town, 0) >= 1000 or zipf(town) == 0):
            ctx.add(m.start("z"), m.end("z"), "zip_code")
            ctx.add(m.start("t"), m.end("t"), "place", 42)
    if ctx.has_digit:
        for m in _DUTCH_POSTCODE_RE.finditer(ctx.text):
            if not (m.start() and (ctx.text[m.start() - 1].isalnum() or ctx.text[m.start() - 1] in ".,/-_")):
                ctx.add(m.start(), m.end(), "zip_code")
    if ctx.has_digit and _MALTESE_RE.search(ctx.text):
        for m in _MALTA_CODE_RE.finditer(ctx.text):  # (round 42) "Triq il-Kbira 46, Żebbuġ ZBG 1304."
            ctx.add(m.start(), m.end(), "zip_code")
    if ctx.has_digit and ("PC " in ctx.text or " side " in ctx.text or " end " in ctx.text):
        for m in _PC_OR_SIDE_CODE_RE.finditer(ctx.text):  # (round 42) "..., PC 133.", "Orlando West's Phefeni side 1805."
            if ctx.text.endswith("PC ", 0, m.start()) or _address_before(ctx, m.start(), 120):
                ctx.add(m.start("z"), m.end("z"), "zip_code")
    if ctx.has_digit and any(state in ctx.text for state in _AU_STATES):
        for m in _STATE_CODE_RE.finditer(ctx.text):  # (round 41) "Thursday Island's Tamwoy side QLD 4875."
            code, word_before = int(m.group("z")), ctx.text[max(0, m.start() - 12):m.start()].split()[-1:]
            if any(lo <= code <= hi for lo, hi in _AU_POSTCODES[m.group("s")]) and not (
                    word_before and word_before[0].lower() in _BEFORE_A_YEAR):
                ctx.add(m.start("z"), m.end("z"), "zip_code")  # (not "Hx of SA 2015,": no such postcode, and a year)
    if ", " not in ctx.text:
        return
    if ctx.has_digit and "Villa" in ctx.text:
        for m in _GULF_ADDRESS_RE.finditer(ctx.text):
            ctx.add(m.start(), m.end(), "street_address")
    street = ctx.has_digit and any(it[2] == "street_address" for it in ctx.items)
    floor = ctx.has_digit and ". " in ctx.text
    for m in _LISTED_CODE_RE.finditer(ctx.text) if street or floor else ():
        z = m.group("z")
        if (street and (len(z) == 4 or z[-2:] not in _NOT_DUTCH_LETTERS) and _address_before(ctx, m.start())) \
                or (floor and len(z) == 4 and _FLOOR_BEFORE_RE.search(ctx.text, max(0, m.start() - 12), m.start())):
            # (round 36: or after a floor and side, the street not read - "Skovvænget 14, 2. tv., 8660, Skanderborg")
            ctx.add(m.start("z"), m.end("z"), "zip_code")
    if ctx.has_digit:
        # (round 36) a postcode with its country's letters after the town: "Sandavágur, FO 360", "Brig, CH-3900"
        for m in _COUNTRY_POSTCODE_RE.finditer(ctx.text):
            word_before = ctx.text[max(0, m.start() - 30):m.start()].rsplit(None, 1)[-1:]
            if word_before and word_before[0][:1].isupper() and len(word_before[0]) >= 4 and word_before[0].isalpha():
                ctx.add(m.start("z"), m.end("z"), "zip_code")  # (a town's name before it; not "38.4 C, HR 112")
        for m in _TOWN_THEN_CODE_RE.finditer(ctx.text):  # (round 40) "Odos Kalokairinou 41, Heraklion 712 02,"
            if zipf(m.group("t").lower()) < 3.0 and not is_medicine(m.group("t").lower()):
                ctx.add(m.start("z"), m.end("z"), "zip_code")
        for m in _CLOSING_CODE_RE.finditer(ctx.text):
            word_before = ctx.text[max(0, m.start() - 30):m.start() - 2].rsplit(None, 1)[-1:]
            if m.group("z")[0].isdigit():
                if word_before and word_before[0][:1].isupper() and len(word_before[0]) >= 4 and not ctx.text[
                        m.end():m.end() + 12].lstrip(" ,;.").startswith(("mg", "ml", "kg")):
                    ctx.add(m.start("z"), m.end("z"), "zip_code")
            elif m.group("z")[:3] not in _AU_STATES and (_MALTESE_RE.search(ctx.text) or any(
                    it[2] in ("place", "street_address") and m.start() - 32 <= it[1] <= m.start() for it in ctx.items)):
                ctx.add(m.start("z"), m.end("z"), "zip_code")  # (round 39: or in an address written in Maltese)
    geo = geo_cities()
    for m in _CODE_BEFORE_TOWN_RE.finditer(ctx.text):
        town = fold(m.group("t").lower())
        after_number = _AFTER_NUMBER_RE.search(ctx.text[max(0, m.start() - 16):m.start()]) is not None or any(
            it[2] == "street_address" and it[1] == m.start() - 2 for it in ctx.items)  # ("8 rue des Tanneurs, 69005 ...")
        if not after_number:
            continue  # (the house number before the comma: "Kongens gate 55, 7012 Trondheim"; not "In March, 2019 Paris")
        if geo.get(town, 0) >= 1000 or town in W.WORLD_CITIES or town in CITIES or zipf(town) == 0:
            ctx.add(m.start("z"), m.end("z"), "zip_code")
            ctx.add(m.start("t"), m.end("t"), "place", 42)


# A word in no English word list before the local service or site it names: "the Wanganui mental health team",
# "(the Killinarden team)", "the Ōmaio bridge", "the Vesturbæjarlaug pool"; a street named without a number ("on Park
# St", "the 116th st side"); a house, lodge or hall named before its town ("Heatherlea House, Milngavie").
# (speed: "[Tt](?<!\w.)(?i:he" is "(?i:\bthe" starting with a character class, so the engine skips ahead)
_LOCAL_SITE_RE = re.compile(r"[Tt](?<!\w.)(?i:he\s+)(?P<p>[A-ZĀĒĪŌŪ][\w'’-]+(?:\s+[A-ZĀĒĪŌŪ][\w'’-]+)?)\s+(?:(?:mental\s+health|"
                            r"community|crisis|outreach|cmht|camhs|social\s+work|housing|youth|school)\s+)?"
                            r"(?:team|service|services|unit|ward|pool|bridge|exit|interchange|roundabout|overpass|"
                            r"underpass|footbridge|skatepark|skate\s+park|rink|library|station|depot|wharf|jetty|pier|"
                            r"marae|mosque|temple|gurdwara|mandir|barangay|estate|housing\s+estate|halting\s+site|"
                            r"area|district|neighbourhood|neighborhood|"
                            # (round 50) "the Bonamoussadi health post", "the Zogbo health centre"
                            r"health\s+(?:post|centre|center|clinic|station|hut)|dispensary|maternity)\b")
_NUMBERLESS_STREET_RE = re.compile(r"(?i:\b(?:on|off|along|down|up|near|by|corner\s+of)\s+)(?P<p>(?:[A-Z][a-z]+\s+){1,2}"
                                   r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Pl|Place|Tce|"
                                   r"Terrace|Cres|Crescent|Hwy|Highway|Pkwy|Parkway|Way)\b\.?)"
                                   r"|(?P<o>\b\d{1,3}(?:st|nd|rd|th)\s+(?:st|street|ave|avenue|rd|road)\b)", re.I)
# (speed: the look-behind is tested after the first character, so the engine skips to candidates; same matches)
_NAMED_HOUSE_RE = re.compile(r"(?P<p>[A-Z](?<![\w'’].)[\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?(?:House|Lodge|Hall|Court|Cottage|Grange))"
                             r",\s+[A-Z][a-z]")


def _find_local_services_and_sites(ctx: Ctx) -> None:
    text = ctx.text
    for m in _LOCAL_SITE_RE.finditer(text):
        words = m.group("p").split()
        if all(base_word(w) in GENERIC or base_word(w) in BIG_PLACES or zipf(w.lower()) >= 3.0 or (
                w.isupper() and len(w) > 1) for w in words):  # (an acronym is a service: "the GIDS service")
            continue  # "the Community team", "the Red bridge": words, not a name
        ctx.add(m.start("p"), m.end("p"), "place", 42)
    if not ctx.lows.isdisjoint(_STREET_WORDS):
        for m in _NUMBERLESS_STREET_RE.finditer(text):
            if m.group("o"):
                ctx.add(m.start("o"), m.end("o"), "place", 42)
            elif m.group("p").split()[0].lower() not in _NOT_A_STREET_NAME:
                ctx.add(m.start("p"), m.end("p"), "place", 42)
    if not ctx.caps.isdisjoint(_HOUSE_WORDS):
        for m in _NAMED_HOUSE_RE.finditer(text):
            if not generic_words(m.group("p").split()[:-1]):
                ctx.add(m.start("p"), m.end("p"), "place", 42)


_STREET_WORDS = frozenset("st street ave avenue rd road blvd boulevard ln lane dr drive pl place tce terrace cres "
                          "crescent hwy highway pkwy parkway way".split())
_NOT_A_STREET_NAME = frozenset("the a an this that my her his their our wall easy high".split())
_HOUSE_WORDS = frozenset("house lodge hall court cottage grange".split())


def _find_suburbs_of_cities(ctx: Ctx) -> None:
    """A capitalised word in no English word list before ", <city>": the suburb of an address ("Otara, Auckland",
    "Tembisa, Johannesburg")."""
    toks, geo = ctx.toks, geo_cities()
    for i in range(len(toks) - 1):
        t, city = toks[i], toks[i + 1]
        if not t.cap or t.poss or t.acronym or not city.cap or ctx.gap(i, i + 1) != ", " or len(t.low) < 4:
            continue
        if (city.low in W.WORLD_CITIES or geo.get(city.low, 0) >= 100_000) and zipf(t.low) < 3.0 \
                and t.low not in GENERIC and t.low not in W.NOT_NAMES and t.low not in BIG_PLACES:
            ctx.add(t.start, t.end, "place", 42)


# A four-digit postcode right after a town (South Africa, Australia, New Zealand, much of Europe): "Khayelitsha
# 7784", "Ōtara, Auckland 2023".  A number that could be a year counts only with an address or "postcode" near it.
_CODE_AFTER_TOWN_RE = re.compile(r",?\s\(?(\d{4})(?![\d:/%°-]|[.,]\d|\s*(?:%|percent|mg|kg|km|people|residents|members|"
                                 r"times|steps|calories|dollars|rand|pounds))")
_ADDRESS_WORDS_RE = re.compile(r"(?i)\b(?:address|addresses|postcode|post\s+code|postal|lives\s+at|living\s+at|"
                               r"street|st|road|rd|avenue|ave|drive|dr|close|crescent|lane|flat|unit|apt|po\s+box)\b")


def _find_codes_after_towns(ctx: Ctx, first: int) -> None:
    text = ctx.text
    for start, end, category, _priority in ctx.items[first:]:
        if category != "place":
            continue
        m = _CODE_AFTER_TOWN_RE.match(text, end)
        if not m:
            continue
        number = int(m.group(1))
        if 1900 <= number <= 2035 and not _ADDRESS_WORDS_RE.search(text, max(0, start - 80), start):
            continue  # "the Auckland 2023 conference", "left Dunedin 2019": most likely a year
        ctx.add(m.start(1), m.end(1), "zip_code")


# Round 14: local features named by what they are, whatever their name.
# A creek, a flat, a gully typed in lower case after a word of going or being there: "lives out past oxley creek",
# "drives into wattle flat for bread" (the name is no common English word: not "in deep water").
_LOWER_FEATURE_RE = re.compile(r"\b(?:in|into|past|near|at|from|outside|around|to|out|by)\s+(?P<p>[a-z][a-z'’-]{2,}"
                               r"\s(?:creek|flat|flats|springs|gully|crossing|junction|falls|ridge|hollow|bay|bridge|"
                               r"heights|vale|gap|station|siding|point|downs|plains))\b")
# A reserve or a reservation by its name: "lives on the Wasauksing reserve", "Pine Ridge Reservation", "the rez".
_RESERVE_RE = re.compile(r"\b(?P<p>(?:[A-Z][\w'’-]+\s){1,3})(?:[Rr]eserve|[Rr]eservation|[Rr]ancheria|[Pp]ueblo|"
                         r"First\s+Nation)\b")
# A quarter of a town by its direction and a feature: "her address in the South Valley", "grew up on the North Shore".
_QUARTER_RE = re.compile(r"\b(?:in|on|from|near|at|to|around)\s+the\s+(?P<p>(?:North|South|East|West|Upper|Lower|Old|"
                         r"Inner)\s+(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|"
                         r"rd|th))\s+)?(?:Valley|Side|End|Shore|Hills|Heights|Bank|Flats|Ward|Village|Quarter))\b")
# A named area or district: "Manunda area", "the Kilbirnie district" (the name in no English word list).
_AREA_RE = re.compile(r"\b(?P<p>(?:[A-Z][\w'’-]+\s){1,2})(?:area|district|suburb|estate|township)\b")
# A car park named for the shop or site it serves: "sleeps in his car in the Bargain Barn car park".
_CAR_PARK_RE = re.compile(r"\bthe\s+(?P<p>(?:[A-Z][\w'’&-]*\s){1,3})(?:car\s?park|parking\s+lot|parking\s+garage)\b")


# Round 15.  A hospital ward by its number: "admitted to Ward 7B".
_WARD_RE = re.compile(r"\bWard\s+\d{1,2}[A-Z]?\b")
# A street in the languages of the North, with its number: "Mannerheimintie 55 B 22", "Storgatan 55", "Thorvald
# Meyers gate 55" (the number is needed: an English word can end so).
_NORDIC_STREET_WORDS = ("tie", "katu", "kuja", "polku", "gata", "gatan", "vägen", "väg", "vei", "veien", "veg", "gate",
                        "gaten", "gränd", "stræde", "vegur")
_NORDIC_STREET_RE = re.compile(r"\b[A-ZÅÄÖØÆ][a-zåäöøæü]+(?:" + "|".join(_NORDIC_STREET_WORDS) + r")\s\d{1,4}"
                               r"(?:\s?[A-Z](?:\s\d{1,3})?)?\b")
_NORDIC_STREET_ENDS = tuple(end + " " for end in _NORDIC_STREET_WORDS)  # (a cheap test before the regex)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
_CA_POSTCODE = r"[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"
# The street words after which a district or a postcode follows ("Road", "Rd", "Ave" ...).
_SHORT_STREET_WORDS = ("Road", "Street", "Lane", "Avenue", "Drive", "Close", "Way", "Crescent", "Grove", "Place",
                       "Terrace", "Rd", "St", "Ave")
_SHORT_STREET = "(?:" + "|".join(_SHORT_STREET_WORDS) + ")"
_STREET_AND_ABBREVIATIONS = frozenset(w.lower() for w in _SHORT_STREET_WORDS)
# The district between a street and its postcode ("41 Cranmore Road Small Heath B11 5QX"), and the town after a
# postcode ("HS2 0DJ - Leurbost").
_DISTRICT_BEFORE_POSTCODE_RE = re.compile(r"\b" + _SHORT_STREET + r"\.?,?\s+(?P<t>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),?\s+"
                                          r"(?=" + _UK_POSTCODE + ")")
_TOWN_AFTER_POSTCODE_RE = re.compile(r"\b(?:" + _UK_POSTCODE + "|" + _CA_POSTCODE + r")\s*[-–,]\s*"
                                     r"(?P<t>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")
# A site by its initials and what it is: "KEM Hospital", "SNDT College"; a fire company or a precinct: "at Engine 55".
_INITIALS_INSTITUTION_RE = re.compile(r"\b[A-Z]{2,6}\s+(?:Hospital|Clinic|College|University|School|Institute|"
                                      r"Medical\s+Cent(?:re|er))\b")
_NUMBERED_STATION_RE = re.compile(r"\b(?:at|from|to)\s+(?P<p>(?:Engine|Ladder|Precinct|Station|Company)\s+\d{1,3})\b")
# A house named before its town: "Bethany House in Tempe", "Harbour Lodge in Whitby".
_HOUSE_IN_TOWN_RE = re.compile(r"\b(?P<p>(?:[A-Z][a-z]+\s){1,2}(?:House|Lodge|Manor|Court|Cottage|Gardens))\s+in\s+[A-Z]")
# A postcode given as one: "gave 1811 as their postcode".
_CODE_GIVEN_AS_RE = re.compile(r"\b(?P<z>\d{4,5})\s+as\s+(?:their|his|her|the|my|our)\s+(?:postcode|post\s+code|zip|"
                               r"zip\s+code|postal\s+code)\b")


_STATION_WORDS = frozenset("engine ladder precinct station company".split())
_POSTCODE_WORDS = frozenset("postcode post zip postal".split())
# (the two postcodes above as one pattern with one leading character class, which is fast to find)
_UK_OR_CA_POSTCODE_RE = re.compile(r"[A-Z](?:[A-Z]?\d[A-Z\d]?\s?\d[A-Z]{2}|\d[A-Z]\s?\d[A-Z]\d)\b")
# A site by its initials, then its town: "studying at UFMA in São Luís", "final year at COEP, Shivajinagar" (the
# initials first - a capital letters' run is quick to find - then the word before them).
_INITIALS_THEN_TOWN_RE = re.compile(r"[A-Z]{3,6}\b(?=\s+in\s+[A-Z]|,\s+[A-Z][a-z])")
_INSTITUTION_WORDS = frozenset("hospital clinic college university school institute medical".split())
_HOUSE_WORDS = frozenset("house lodge manor court cottage gardens".split())
DETERMINERS_AND_PRONOUNS = frozenset("the a an this that our my her his their your its white".split())
# A place in a person's parenthesis, after their age: "Imraan Davids (27, Valhalla Park)".
_PLACE_AFTER_AGE_RE = re.compile(r"\(\d{1,2},\s(?P<t>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\)")
# A hospital, school or church named for Mary: "Our Lady of the Lake", "Our Lady of Lourdes".
_OUR_LADY_RE = re.compile(r"\bOur\s+Lady\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}")
# A postcode of four digits after a street and a comma: "18 Gonville Avenue, 4501".
_CODE_AFTER_STREET_RE = re.compile(r"\b" + _SHORT_STREET + r"\.?,\s(?P<z>\d{4})(?![\d.,:/-]\d|\d)")


def _find_wards_streets_and_districts(ctx: Ctx) -> None:
    text = ctx.text
    if "(" in text and ctx.has_digit:
        for m in _PLACE_AFTER_AGE_RE.finditer(text):
            words = m.group("t").lower().split()
            if not all(w in GENERIC or w in W.PEOPLES for w in words) and not any(w in W.PEOPLES for w in words):
                ctx.add(m.start("t"), m.end("t"), "place")
    for m in _INITIALS_THEN_TOWN_RE.finditer(text) if " at " in text or " from " in text or " to " in text else ():
        if text.endswith((" at ", " from ", " to "), 0, m.start()) and m.group(0).lower() not in GENERIC:
            ctx.add(m.start(), m.end(), "place")
    if "Lady" in text:
        for m in _OUR_LADY_RE.finditer(text):
            ctx.add(m.start(), m.end(), "place")
    if not ctx.lows.isdisjoint(_INSTITUTION_WORDS):
        for m in _INITIALS_INSTITUTION_RE.finditer(text):
            ctx.add(m.start(), m.end(), "place")
    if ctx.has_digit and not ctx.lows.isdisjoint(_STATION_WORDS):
        for m in _NUMBERED_STATION_RE.finditer(text):
            ctx.add(m.start("p"), m.end("p"), "place")
    if ctx.has_digit and not ctx.lows.isdisjoint(_POSTCODE_WORDS):
        for m in _CODE_GIVEN_AS_RE.finditer(text):
            ctx.add(m.start("z"), m.end("z"), "zip_code")
    if " in " in text and not ctx.lows.isdisjoint(_HOUSE_WORDS):
        for m in _HOUSE_IN_TOWN_RE.finditer(text):
            if m.group("p").split()[0].lower() not in DETERMINERS_AND_PRONOUNS:
                ctx.add(m.start("p"), m.end("p"), "place")
    if ctx.has_digit and not ctx.lows.isdisjoint(_STREET_AND_ABBREVIATIONS):
        for m in _CODE_AFTER_STREET_RE.finditer(text):
            ctx.add(m.start("z"), m.end("z"), "zip_code")
    if "Ward" in text:
        for m in _WARD_RE.finditer(text):
            ctx.add(m.start(), m.end(), "place")
    if ctx.has_digit:
        if any(suffix in ctx.low for suffix in _NORDIC_STREET_ENDS):
            for m in _NORDIC_STREET_RE.finditer(text):
                ctx.add(m.start(), m.end(), "street_address")
        if _POSTCODE_HINT.search(text) and _UK_OR_CA_POSTCODE_RE.search(text):
            for rx in (_DISTRICT_BEFORE_POSTCODE_RE, _TOWN_AFTER_POSTCODE_RE):
                for m in rx.finditer(text):
                    if any(zipf(w.lower()) < 4.5 for w in m.group("t").split()) and m.group("t").lower() not in GENERIC:
                        ctx.add(m.start("t"), m.end("t"), "place")


def _find_local_features(ctx: Ctx) -> None:
    text, low = ctx.text, ctx.low
    if not ctx.lows.isdisjoint(_FEATURE_WORDS):
        for m in _LOWER_FEATURE_RE.finditer(text):
            name = m.group("p").split()[:-1]
            if all(w not in GENERIC and zipf(w) < 3.0 for w in name[:1]) and not any(w in PRONOUNS for w in name):
                ctx.add(m.start("p"), m.end("p"), "place")
    if "reserv" in low or "rancheria" in low or "pueblo" in low or "first nation" in low:
        for m in _RESERVE_RE.finditer(text):
            words = m.group("p").split()
            if any(zipf(w.lower()) < 3.0 and w.lower() not in GENERIC for w in words):
                ctx.add(m.start("p"), m.end("p") - 1, "place")
    if not ctx.lows.isdisjoint(_QUARTER_WORDS):
        for m in _QUARTER_RE.finditer(text):
            ctx.add(m.start("p"), m.end("p"), "place")
    if not ctx.lows.isdisjoint(_AREA_WORDS):
        for m in _AREA_RE.finditer(text):
            words = m.group("p").split()
            lows = [w.lower() for w in words]
            if all(w not in GENERIC and w not in BIG_PLACES and zipf(w) < 3.0
                   and not all(zipf(part) >= 3.0 for part in w.split("-")) for w in lows) \
                    and " ".join(lows) not in BIG_PLACES:
                ctx.add(m.start("p"), m.end("p") - 1, "place")
    if not ctx.lows.isdisjoint(_PARK_WORDS):
        for m in _CAR_PARK_RE.finditer(text):
            ctx.add(m.start("p"), m.end("p") - 1, "place")


_AREA_WORDS = frozenset("area district suburb estate township".split())
_PARK_WORDS = frozenset("park carpark parking".split())
_QUARTER_WORDS = frozenset("north south east west upper lower old inner".split())
_FEATURE_WORDS = frozenset("""creek flat flats springs gully crossing junction falls ridge hollow bay bridge heights
vale gap station siding point downs plains""".split())
