"""Dates (every element but the year) and ages over 89."""
from __future__ import annotations

import re

from . import wordlists as W
from .base import DIGIT_RE, Ctx, merge_windows
from .lexicon import (
    BIG_PLACES_1,
    MONTH_WORDS,
    ORDINAL_WORDS,
    census_given,
    census_surnames,
    holiday_words,
    is_medicine,
    safe_terms,
    zipf,
)

# ---------------------------------------------------------------------------
# Dates and ages
# ---------------------------------------------------------------------------
_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|"
        r"AUG|SEP|SEPT|OCT|NOV|DEC|january|february|april|june|july|august|september|october|"
        r"november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.(?=\s))?(?![A-Za-z])")
_YEAR = r"(?:(?:19|20)\d\d|'\d\d)(?!\d)"
_NOT_COUNT = (r"(?!\s*(?:-|–|to)?\s*\d*\s*(?:sessions?|times|weeks?|days?|months?|years?|hours?|hrs?|"
              r"minutes?|mins?|%|percent|people|clients?|patients?|kids|children|pounds|lbs|kg|miles|"
              r"members?)\b)")
_ORDW = r"(?i:" + ORDINAL_WORDS + r")"
# Need a month name in the text:
_MONTH_DATE_RES = [
    # March 14, March 14th, 2025, Mar. 3 '24
    re.compile(r"(?<![A-Za-z])" + _MON + r"\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
               r"(?:(?:,\s*|\s+)(?:of\s+)?" + _YEAR + r")?" + _NOT_COUNT),
    # 14 March 2025, 3rd of May
    re.compile(r"(?<![\d.,/])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON
               + r"(?:,?\s+" + _YEAR + r")?"),
    # 9-Jan-26, 14/Mar/2025, 3.Feb.24
    re.compile(r"(?<![\w./-])(?P<d>\d{1,2})([-/.])" + _MON + r"\2(?:\d{4}|\d{2})(?![\w/-])"),
    # March 2024, March of 2024
    re.compile(r"(?<![A-Za-z])" + _MON + r",?\s+(?:of\s+)?" + _YEAR),
    # the twelfth of March, March twelfth (round 52: not a holiday named so, without its year - "on the Fourth of
    # July", "the Twelfth of July", "Fifth of November")
    re.compile(r"\b(?!(?:Fourth\s+of\s+July|Twelfth\s+of\s+July|Fifth\s+of\s+November|Seventeenth\s+of\s+May)\b"
               r"(?!,?\s+\d))" + _ORDW + r"\s+of\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?"),
    re.compile(r"(?<![A-Za-z])" + _MON + r"\s+(?:the\s+)?" + _ORDW + r"\b(?!\s+(?:time|session|week|day|"
               r"visit|appointment|year|of\s+(?:many|several|her|his|their|the)))"),
]
_ORD_HINT = re.compile(r"\d(?:st|nd|rd|th)\b")
_ORD_DATE_RES = [
    # "sent home the 19th.", "our first slot was the 11th, so": a day of the month standing on its own
    re.compile(r"(?i:\bthe\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:but|when|so|at|"
               r"because|which|then|i|she|he|they|we)\b)"),
    re.compile(r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+the\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)\b"),
    re.compile(r"(?i:\bon\s+the\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
                         r"(?!\s+(?!(?:and|or|but|when|at|so|because|which|then|i|she|he|they|we)\b)(?:of\s+)?[a-z])"),
]
_NUMSEP_HINT = re.compile(r"\d[/.-]\d")
_DATE_NUM_RE = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})"
                          r"(?!\d|[./-]\d)")
_DATE_ISO_RE = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
                          r"(?!\d|[./-]\d)")
# "on 5/2", "died 11/3": a bare month/day needs a cue word in front of it.
_DATE_MD_RE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?![\d/]|\.\d|\s*(?:of|%)"
                         r"|\s*(?:mg|mcg|µg|ug|ml|mL|g|kg|lbs?|iu|IU|units?|mmol|meq|cm|mm|km|mi|miles|hrs?|hours|"
                         r"mins?|pts?|points|x|°)(?![A-Za-z]))")
_SCORE_WORDS = frozenset("""score scores scored scoring rated rate rating ratings items item points point out
of phq-9 phq gad-7 gad pcl-5 pcl bdi bai audit dast moca mmse ybocs y-bocs epds asrs cssrs
correct answered total subscale about around nearly almost only""".split())
_SCORE_AFTER_RE = re.compile(r"\s*(?:points?|pts|items?|correct|on\s+the\s+(?:[A-Z]{2,}|scale|test|measure|screen)|"
                             r"[A-Za-z]*%|percent)\b")
_PREV_WORDS_RE = re.compile(r"([A-Za-z.]+)\s*:?\s+$")
_MD_CUES = frozenset("""on since until till by from after before dated dob d.o.b. born admitted discharged
starting started through thru between and to session appt appointment died passed happened occurred
scheduled due birthday anniversary deadline date hearing court surgery accident incident assault
attempt overdose starts begins began ends ended funeral tangi wedding exam exams trial flight flies leaves returns""".split())

_YEARLY_AFTER_RE = re.compile(r"\s+(?:each|every)\s+year\b|\s+annually\b|\s+(?:each|every)\s+(?:anniversary|time\s+it\s+comes)")
_AGE = r"(?:9\d|1[0-2]\d)"
_AGE_HINT = re.compile(r"(?:9(?<!\d9)\d|1(?<!\d1)[0-2]\d)(?!\d)")  # (the look-behind after the first digit: faster)
# An age's tails after "now", a comma or "is": the feast or season it turns at, the record that counts it (round 46).
_AGE_AT_FEAST = r"\s+(?:at|this|last|since|come|by)\s+(?:the\s+)?(?:[A-Z][\w'’-]+|spring|summer|autumn|fall|winter)\b"
# (round 49: "according to" the record too - ", 91 according to the parish record"; matched on the whole text, the
# tail being longer than the window the other ages are looked for in)
_AGE_BY_RECORD = (r"\s+(?:by|according\s+to)\s+(?:the|her|his|their)\s+[\w'’ -]{0,30}?"
                  r"(?i:count|book|records?|papers|reckoning|card|passport|id|documents|certificate)\b")  # (round 53:
# "by her Seniors Card", capitalised)
# (round 49) With a hedge, between commas after a person: ", nearly 93,", ", just over 90 and ..." - not a score
# ("Scores were high, nearly 95, ...") nor a count ("after 90 sessions, nearly 92, ...").
_AGE_HEDGED_RE = re.compile(r"(?<=[^\W\d_],\s)(?:nearly|almost|just\s+(?:over|under)|well\s+over|past)\s+" + _AGE
                            + r"(?=\s*[,;)]|\s+(?:and|now|still|but|who)\b)")
_AGE_BY_RECORD_RE = re.compile(r"(?:(?<=\bnow\s)|(?<=,\s)|(?<=\bis\s))" + _AGE + _AGE_BY_RECORD)
_SCORE_BEFORE_RE = re.compile(r"(?i)\b(?:scores?|scored|scoring|rated|rating|points|items|results?|bp|pressure|weight|"
                              r"heart\s+rate|percent|percentile|centile)\b")
# (round 51) An age counted in the seasons or feasts a person has seen: "of 96 harvests", "a hundred and one Ramadans".
_AGE_SEASONS = r"\s+(?:harvests|ramadans|summers|winters|monsoons|christmases|springs|rainy\s+seasons)\b"
# (round 53) Feasts an age in words is reached on: "ninety on Christmas Eve", "a hundred on Diwali".
_FEAST_NAMES = (r"Christmas|Easter|Diwali|Deepavali|Eid|Ramadan|Hanukkah|Passover|Pesach|Nowruz|Matariki|Thanksgiving|"
                r"Anzac|Waitangi|Vesak|Dashain|Tihar|Holi|Onam|Pongal|Tet|Songkran|Chuseok|Seollal|Obon|Hogmanay|"
                r"Epiphany|Whitsun|Pentecost|Candlemas|Michaelmas|Lent|Navratri|Lohri|Vaisakhi|Timkat|Meskel")
# (round 52) Years and a season more: "99 years and a winter", "ninety years and a summer"
_AGE_YEARS_AND_SEASON = r"\s+years?\s+and\s+(?:a|one)\s+(?:winter|summer|spring|autumn|fall|monsoon|harvest|season)\b"
_AGE_NUM_RES = [
    re.compile(r"(?<![\d.])" + _AGE + r"[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age|young)\b", re.I),
    # an age in an apposition, with its unit or a hedge: "Concetta Amato, 98 yrs, was ...", "97-y-o",
    # "95 going on 96", "92 in the spring"
    re.compile(r"(?:(?<=,\s)|(?<=\())" + _AGE + r"\s*(?:yrs?|years?)(?=\s*[,;.)])"
               r"|(?<![\d.$£€])" + _AGE + r"(?:-y-o\b|\s+going\s+on\s+" + _AGE + r"\b)", re.I),
    re.compile(r"(?:(?<=[A-Za-z\u00C0-\u024F]),\s|(?<=[A-Za-z\u00C0-\u024F]\s\())" + _AGE + r"\s+(?:in|this|next|come)\s+"
               r"(?:the\s+)?(?:spring|summer|autumn|fall|winter|year|month|january|february|march|april|may|june|july|august|"
               r"september|october|november|december)\b", re.I),
    # an age in an apposition with what the person is like: "Hyacinth Bygrave, 91 and sprightly, ..."
    re.compile(r"(?<=[A-Za-z\u00C0-\u024F]),\s" + _AGE + r"\s+and\s+(?!\d)(?!a\s+half)(?!a\s+quarter)[a-z]+(?:\s[a-z]+)?"
               r"(?=[,;)])", re.I),
    # rounded, whoever it is said of: "Anahit is 90-something", "Eleftheria is 90-ish" (not "BP was 90-something")
    re.compile(r"(?i)(?<!bp\s)(?<!pressure\s)(?<!score\s)(?<!rate\s)(?<!weight\s)\b(?:is|was|turned|turns|now)\s+"
               + _AGE + r"[\s-]?(?:something|ish)\b(?!\s*(?:%|percent|minutes?|mins?|hours?|kg|kilos?|lbs?|pounds?|"
               r"miles?|km|dollars|points?|over|/))"),
    re.compile(r"(?<![\d.])" + _AGE + r"[\s-]*(?:y/o|y\.o\.?|yo|yrs?\s*old)(?![A-Za-z])", re.I),
    # in Japanese, Chinese and Korean: "96歳", "95歲", "93岁", "91세", "90살"
    re.compile(r"(?<![\d.])" + _AGE + r"\s?(?:歳|歲|岁|세|살)"),
    re.compile(r"(?i:\b(?:aged?|age\s*[:=]|age\s+of|turned|turns|turning|is\s+now)\s+)" + _AGE
               + r"(?:[½¼¾]|\b)(?!\s*(?:%|percent|minutes|mins|days|sessions|times|pounds|lbs|dollars))"),
    re.compile(r"(?<![\d.])" + _AGE + r"(?:st|nd|rd|th)\s+(?:birthday|bday|b-day|b['’]day|bd)\b", re.I),
    re.compile(r"(?<![\d.])" + _AGE + _AGE_SEASONS, re.I),
    re.compile(r"(?<![\d.])" + _AGE + _AGE_YEARS_AND_SEASON, re.I),
    # "in her 96th year", "into his 101st year"
    re.compile(r"(?i:\b(?:in|into)\s+(?:his|her|their|my|your|our)\s+)" + _AGE + r"(?:st|nd|rd|th)\s+year\b", re.I),
    # "she's 94 and a half", "turns 91 and three-quarters"
    # (round 44) "94 and counting", "101 and a bit": an age said with how it goes on
    # (round 46) an age said with the feast or season it turns at, or the record that counts it, after "now" or a
    # comma: "now 94 at Divali", "now 90 this Wigilia", "93 last Candlemas", "now 96 since the spring", ", 92 by the band
    # office's count", ", 93 by the cofradía's book" (not "the group, 95 at last count")
    re.compile(r"(?:(?<=\bnow\s)|(?<=[^\W\d_],\s))" + _AGE + _AGE_AT_FEAST),
    # (round 47) the feast it turns at after "by", the months past it, the time until the next: "is 95 by Tết", ", 93
    # and eight months,", ", 98 in a fortnight"
    re.compile(r"(?:(?<=\bnow\s)|(?<=,\s)|(?<=\bis\s))" + _AGE + r"\s+(?:by\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|"
               r"March|April|May|June|July|August|September|October|November|December|Monday)[A-Z][\w'’-]+\b|"
               r"and\s+(?:one|two|three|"
               r"four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?\b|in\s+(?:a|one|two|three)\s+"
               r"(?:fortnight|weeks?|months?)\b)"),
    # (after a person or "so", not a count: "the waitlist is 92 and counting")
    re.compile(r"(?:(?<=\bso\s)|(?<=,\s)|(?<=he['’]s\s)|(?<=He['’]s\s))" + _AGE
               + r"\s+and\s+(?:counting|a\s+bit)\b", re.I),
    re.compile(r"(?<![\d.$£€])" + _AGE + r"\s+and\s+(?:a\s+)?(?:half|quarter|three[\s-]quarters)\b"
               r"(?!\s*(?:%|percent|minutes|mins|hours|hrs|days|weeks|months|kg|lbs|pounds|dollars|mg|sessions|cm|"
               r"inches|miles|km|points))", re.I),
]
# (round 34: "a full hundred years old", "a whole hundred and one")
# (round 52: and the old way, units first - "nine-and-ninety")
_AGE_WORD = (r"(?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
             r"(?:one|two|three|four|five|six|seven|eight|nine)[\s-]and[\s-]ninety|"
             r"(?:one|a)(?:\s+(?:full|whole|good|clear))?[\s-]hundred(?:[\s-](?:and[\s-])?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)")
# (round 35) ... between commas after a name, as an age in digits stands: ", a hundred and five, "
_AGE_WORD_APPOSITION_RE = re.compile(r"(?<=[^\W\d_]), (?P<a>" + _AGE_WORD + r")(?=,|\s+(?:and|now|still|widowed)\b)", re.I)
_AGE_WORD_RES = [
    re.compile(r"(?i)\b" + _AGE_WORD + r"[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age|young)\b"),
    # "ninety and a half", "a hundred and three-quarters": an age with its fraction
    re.compile(r"(?i)\b" + _AGE_WORD + r"\s+and\s+(?:a\s+)?(?:half|quarter|three[\s-]quarters)\b"
               r"(?!\s*(?:%|percent|minutes|mins|hours|hrs|days|weeks|months|kg|lbs|pounds|dollars|miles|km|points))"),
    re.compile(r"(?i:\b(?:aged?|turned|turns|turning)\s+)" + _AGE_WORD + r"\b"),
    re.compile(r"(?i)\b" + _AGE_WORD + r"\s+and\s+(?:counting|a\s+bit)\b"),  # (round 44) "one hundred and one and a bit"
    re.compile(r"(?i)\b" + _AGE_WORD + _AGE_SEASONS),
    re.compile(r"(?i)\b" + _AGE_WORD + _AGE_YEARS_AND_SEASON),
    # (round 49) in words with the feast it turns at or the record that counts it, as in digits: ", ninety this Hmong
    # New Year", ", a full hundred by her baptism card"
    re.compile(r"(?:(?<=\bnow\s)|(?<=[^\W\d_],\s)|(?<=\bis\s))(?i:" + _AGE_WORD + r")(?:" + _AGE_AT_FEAST + "|"
               + _AGE_BY_RECORD + r"|\s+on\s+(?:[A-Z][\w'’-]+\s+)?(?:Day|Eve|" + _FEAST_NAMES + r"))"),
    # (round 53) the feast an age in words counts, as an ordinal: "her nan's ninety-first Matariki", "his hundredth
    # Christmas" (not a street: "ninety-first Street")
    re.compile(r"(?i:\b(?:ninety[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|ninetieth|"
               r"hundredth|hundred[\s-]and[\s-](?:first|second|third|fourth|fifth))\s+)"
               r"(?!Street|Avenue|Road|Floor|Precinct|Division|Regiment|Congress)(?:[A-Z][\w'’-]+|(?i:summer|winter|"
               r"spring|autumn|harvest|monsoon|ramadan|christmas|birthday))\b"),
]
# An age in words in the languages of the practice networks: "noventa e três anos", "noventa y dos años",
# "novantatré anni", "quatre-vingt-douze ans", "dreiundneunzig Jahre", "negentig jaar", "cien años"
_NINETY_WORDS = r"noventa(?:\s+[ey]\s+[^\W\d_]+)?|novanta[^\W\d_]*|[^\W\d_]*neunzig"  # (and "quatre-vingt-...")
_AGE_FOREIGN_WORD_RE = re.compile(r"(?i)\b(?:" + _NINETY_WORDS + r"|quatre-vingt-(?:dix|onze|douze|treize|quatorze|"
                                   r"quinze|seize|dix-[^\W\d_]+)|[^\W\d_]*negentig|cien|cem|cent|centenaire|"
                                   r"(?:ein)?hundert[^\W\d_]*)\s+(?:años|anos|anni|ans|jahre|jaar)\b")
_AGE_FOREIGN_HINT = re.compile(r"(?i)a[nñ]os\b|anni\b|ans\b|jahre\b|jaar\b|noventa|novanta|neunzig")
_AGE_FOREIGN_WORDS = ("anos", "años", "anni", "ans", "jahre", "jaar", "noventa", "novanta", "neunzig")
# What a match of the two patterns above holds, lower-cased: one of these (the copula's, one of the last four).
_FOREIGN_NUMBER_WORDS = ("negentig", "cien", "cem", "cent", "hundert", "noventa", "novanta", "neunzig", "quatre-vingt")
_FOREIGN_NINETY_WORDS = ("noventa", "novanta", "neunzig", "quatre-vingt")
# ... or said in another language after a copula, without a unit: "his abuelo is noventa y seis", "tiene noventa";
# (round 52) or between commas after a person, as an age in digits stands: "Tía Ofelia, noventa y uno en diciembre"
_AGE_FOREIGN_COPULA_RE = re.compile(r"(?:(?i:\b(?:is|was|turns|turned|es|tiene|tem|tenía|ha|hat|est|a)\s+)|(?<=[^\W\d_],\s))"
                                    r"(?P<a>" + _NINETY_WORDS + r"|quatre-vingt-[^\W\d_]+(?:-[^\W\d_]+)?)\b")
# (round 55) Ninety to ninety-nine in the words of other languages, as an age is written when a client's own
# language is kept: "quatre-vingt-onze" (with no "ans"), "nonante-deux", "doksan iki", "sembilan puluh empat",
# "kyūjūroku", "jiǔshí'èr", "gau sap gau", "chín mươi ba", "tishim ve-arba", "nawad o yak", "tis'in", "chhiyaanve",
# "tisini na mbili", "siyamnapu't isa", "gusip sam", "devyanosto dva", "dziewięćdziesiąt", "nouăzeci și unu".  A
# number of the nineties so written in a consultation message is a person's age; not before a unit, a sum or a share.
_OTHER_NINETY = (
    r"quatre-vingt-(?:dix(?:-(?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize)|"
    r"nonante(?:-(?:et-un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|"
    r"doksan(?:\s(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz))?|"
    r"sembilan\spuluh(?:\s(?:satu|dua|tiga|empat|lima|enam|tujuh|lapan|delapan|sembilan))?|"
    r"ky(?:ū|uu?)j(?:ū|uu?)(?:[-\s]?(?:ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|ky(?:ū|uu?)|ku))?(?:[-\s]?sai)?|"
    r"ji[uǔ]\s?sh[ií](?:['’\s-]?(?:y[iī]|[eè]r|s[aā]n|s[iì]|w[uǔ]|li[uù]|q[iī]|b[aā]|ji[uǔ]))?|"
    r"gau\ssap(?:\s(?:yat|yi|saam|sei|ng|luk|chat|baat|gau))?|"
    r"chín\smươi(?:\s(?:mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|"
    r"tish['’]?im(?:\sve-?\s?(?:echad|achat|shtayim|shnayim|shalosh|arba|chamesh|hamesh|shesh|sheva|shmone|tesha))?|"
    r"(?:navad|nawad)(?:\s[uo]\s(?:yak|yek|du|do|se|chahar|chahār|panj|shash|shesh|haft|hasht|noh|nuh))?|"
    r"(?:(?:wahid|ithnan|thalatha|arba['’]?a|khamsa|sitta|sab['’]?a|thamaniya|tis['’]?a)\swa[-\s]?)?tis['’]?[iu]n|"
    r"nabbe|(?:ik|baa|tir|chaur|pach|chhiy|satt|atth|niny)a{1,2}nv?a?ve|"
    r"tisini(?:\sna\s(?:moja|mbili|tatu|nne|tano|sita|saba|nane|tisa))?|"
    r"siyamnapu(?:['’]t\s(?:isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam))?|"
    r"gusip(?:\s?(?:il|i|sam|sa|o|yuk|chil|pal|gu))?|"
    r"devyanosto(?:\s(?:odin|odna|dva|dve|tri|chetyre|pyat|shest|sem|vosem|devyat))?|"
    r"dziewięćdziesiąt(?:\s(?:jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć))?|"
    r"devades[aá]t(?:\s(?:jedna|dva|tři|čtyři|pět|šest|sedm|osm|devět))?|"
    r"nouăzeci(?:\sși\s(?:unu|una|doi|două|trei|patru|cinci|șase|șapte|opt|nouă))?|"
    r"ivagafulu|hivangofulu|iwa\stekau(?:\smā\s(?:tahi|rua|toru|whā|rima|ono|whitu|waru|iwa))?|sagaashan|casa['’]in|"
    # (round 56) the Nordic languages ("nittitre", "nitti-seks", "nittiotvå", "treoghalvfems"), South Slavic
    # ("devedeset dva", "devedesetdvogodišnji"), Ukrainian ("dev'yanosto chotyry"), Greek ("enenínta tría"), Samoan
    # ("iva sefulu ma le lua"), Catalan, Hungarian, the Baltic languages and Albanian; in Chinese or Japanese
    # characters with the word for years of age ("九十四歳", "九十二岁")
    r"nitti-?(?:en|et|to|tre|fire|fem|seks|sju|syv|åtte|ni)|nittio-?(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio)|"
    r"nittio?(?=\s+år\b)|"
    r"(?:en|to|tre|fire|fem|seks|syv|otte|ni)oghalvfems|halvfems|yhdeksänkymmentä[^\W\d_]*|níutíu|"
    r"devedeset[^\W\d_]*(?:\s(?:i\s)?(?:jedan|jedna|dva|dvije|tri|četiri|pet|šest|sedam|osam|devet))?|devetdeset[^\W\d_]*|"
    r"dev['’]?[yj]anosto(?:\s(?:odyn|odin|dva|dvi|try|tri|chotyry|chetyre|pyat['’]?|p['’]?yat['’]?|shist['’]?|"
    r"shest['’]?|sim|sem['’]?|visim|vosem['’]?|dev['’]?yat['’]?))?|"
    r"enen[ií]nta(?:\s(?:éna|ena|dýo|dio|tría|tria|téssera|tessera|pénte|pente|éxi|exi|eptá|epta|ochtó|ochto|enniá|ennia))?|"
    r"iva\s?sefulu(?:\s(?:ma\s)?(?:le\s)?(?:tasi|lua|tolu|fā|fa|lima|ono|fitu|valu|iva))?|"
    r"noranta(?:-(?:un|u|dos|tres|quatre|cinc|sis|set|vuit|nou))?|kilencven[^\W\d_]*|devyniasdešimt[^\W\d_]*|"
    r"deviņdesmit[^\W\d_]*|üheksakümmend[^\W\d_]*|nëntëdhjetë[^\W\d_]*|"
    r"九十[一二三四五六七八九]?(?:歳|才|岁|歲)|"
    # (round 57) Khmer ("kau-sep-bram-buon") and Dutch without "jaar" ("zesennegentig sinds Sinterklaas")
    r"kau[-\s]?sep(?:[-\s]?(?:muoy|pi|bei|buon|b?p?ram(?:[-\s]?(?:muoy|pi|bei|buon))?))?|"
    r"(?<!jaren\s)(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)ennegentig|negentig)")  # (not "de jaren negentig")
_OTHER_NINETY_RE = re.compile(
    r"(?<![\w'’-])(?:" + _OTHER_NINETY + r")(?![\w'’-])"  # (in lower case, as in running text: not "the Tisini cafe")
    r"(?!\s*(?i:%|percent|lira|tl|euro|€|ringgit|rupiah|rp|dong|đồng|rupees?|rs|yen|yuan|kg|km|dakika|minit|menit|phút|"
    r"minutes|pages|mg|ml|metres|meters)\b)")
# (speed) Where one of them may be: a word it starts with, or a part of a word it runs into (a token check and a few
# substring checks, ~3 us, instead of one check per word form, ~13 us).
_NORDIC_UNITS = ("en", "et", "ett", "to", "två", "tre", "fire", "fyra", "fem", "seks", "sex", "sju", "syv", "åtte", "åtta",
                 "ni", "nio")
_OTHER_NINETY_TOKENS = frozenset("""doksan sembilan gau chín tishim tish'im tish’im navad nawad tis'in tis’in tis'un
tis’un tisin tisun nabbe tisini gusip devyanosto dev'yanosto dev’yanosto devjanosto ivagafulu hivangofulu iwa sagaashan
casa'in casa’in níutíu eneninta enenínta iva sefulu ivasefulu jiu jiǔ devadesát devadesat dziewięćdziesiąt nouăzeci
siyamnapu siyamnapu't siyamnapu’t noranta halvfems halvfemsindstyve nonante nitti nittio""".split()) | frozenset(
    head + a + tail for head in ("ik", "baa", "tir", "chaur", "pach", "chhiy", "satt", "atth", "niny")
    for a in ("a", "aa") for tail in ("nve", "nave", "ve")) | frozenset(
    f"{head}{sep}{unit}" for head in ("nitti", "nittio") for sep in ("", "-") for unit in _NORDIC_UNITS) | frozenset(
    f"{unit}oghalvfems" for unit in ("en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")) | frozenset(
    "quatre-vingt-" + unit for unit in ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
                                        "dix-huit", "dix-neuf")) | frozenset(
    "nonante-" + unit for unit in ("et-un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")) | frozenset(
    "noranta-" + unit for unit in ("un", "u", "dos", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou")) | frozenset(
    head + unit for head in ("kyuju", "kyuuju", "kyujuu", "kyuujuu") for unit in (
        "", "ichi", "ni", "san", "yon", "shi", "go", "roku", "nana", "shichi", "hachi", "kyu", "kyuu", "ku")) | frozenset(
    "gusip" + unit for unit in ("il", "i", "sam", "sa", "o", "yuk", "chil", "pal", "gu"))
# (the words a number of them runs into: "devedesetdvogodišnji", "kilencvenkét", "jiushi'er")
_OTHER_NINETY_PARTS = ("devedeset", "devetdeset", "kilencven", "jiush", "kau", "negentig")
_OTHER_NINETY_PARTS_NOT_ASCII = ("kyūj", "jiǔsh", "yhdeksänkymmentä", "üheksakümmend", "nëntëdhjetë", "deviņdesmit",
                                 "devyniasdešimt", "九十")


def _maybe_other_ninety(ctx: Ctx) -> bool:
    if not ctx.lows.isdisjoint(_OTHER_NINETY_TOKENS):
        return True
    low = ctx.low
    return any(part in low for part in _OTHER_NINETY_PARTS) or (
        not ctx.text.isascii() and any(part in low for part in _OTHER_NINETY_PARTS_NOT_ASCII))
_AGE_DECADE_RE = re.compile(r"(?i:\bin\s+(?:his|her|their|my|the)\s+(?:early\s+|mid\s+|mid-|late\s+)?)"
                            r"(?:90s|90's|nineties|100s)")
_AGE_NOUN_RE = re.compile(r"(?i)\b(?:nonagenarian|centenarian|supercentenarian)s?\b")
# (round 37) A date of the Solar Hijri calendar, year first, as Iran and Afghanistan write it: "1405/03/14".
_SOLAR_HIJRI_RE = re.compile(r"(?<![\d/.-])1[34]\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])")
# (round 37) An age in words with its months: "a hundred years and six months".
_AGE_WORD_MONTHS_RE = re.compile(r"(?i)\b" + _AGE_WORD + r"\s+years?,?\s+(?:and\s+)?(?:\w+|\d{1,2})\s+months?(?:\s+old)?\b")
# (round 35) A centenarian in the languages of the practice networks: "centenaria da aprile", "centenaire",
# "hundertjährige", "honderdjarige", "stulatka".
_AGE_NOUN_FOREIGN_RE = re.compile(r"(?i)\b(?:centenari[ao]s?|centenári[ao]s?|centenaire|hundertjährige[rn]?|"
                                  r"honderdjarige|stulat(?:ek|ka))\b")
# (round 35) Years and months ("92 years and 8 months old"), a fraction written as one character ("Mr Ackroyd,
# 96¾, ..."), an age in words between commas ("Hajjah Siti Aminah, a hundred and five, Kampung ...").
_AGE_MONTHS_RE = re.compile(r"(?<![\d.])" + _AGE + r"\s+(?:years?|yrs?),?\s+(?:and\s+)?\d{1,2}\s+months?(?:\s+old)?\b",
                            re.I)  # (round 38: "and" left out - "90 years 2 months by her church record")
_AGE_FRACTION_RE = re.compile(r"(?<![\d.,])" + _AGE + r"[½¼¾](?!\s*(?:%|percent|kg|lbs?|pounds|miles|km|cm|in|inches|"
                              r"hours|hrs|minutes|mins|mg|dollars))")


# A decimal such as "18.9" or "1.5" is a measurement unless a strong date cue comes right before it.
_DECIMAL_DATE_CUES = frozenset("on dated dob d.o.b. born admitted discharged died".split())
_NOT_AGE_UNITS = (r"(?!\s*(?:%|percent|minutes?|mins?|hours?|hrs?|seconds?|secs?|miles?|km|kg|kilos?|lbs?|pounds?|"
                  r"days?|weeks?|months?|sessions?|times|dollars|cents|points?|degrees|mg|mcg|ml|°|/|\.\d|-\d))")
# An age in an apposition after a name, whatever follows it: "Hattie Ravenel, 93 this year, ...", "Eulalia
# Ferrández (95 in October)", "Eulis Pennington in Pippa Passes - 97 and still splitting his own kindling -"; not
# after a medicine ("Seroquel, 100 at night") or a country ("000 in Australia, 111 in NZ") and not before what is
# counted or measured.
_AGE_APPOSITION_RE = re.compile(
    r"(?P<w>[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]*[a-z\u00DF-\u024F])(?:,\s|\s\(|\s[-–—]\s)(?P<a>" + _AGE + r")"
    r"(?=\s+[a-z]|\s*[)–—-])" + _NOT_AGE_UNITS
    + r"(?!\s+(?:of|out|in\s+(?:a|the|each|every)|per|people|persons|clients|patients|pts|families|students|members|"
    r"staff|beds|pages|items|questions|cases|referrals|visits|cents|euros|rand|pesos|bucks|calories|cal|kcal|mmhg|"
    r"bpm|ms|seconds|steps|reps|words|copies|units|mile|km|ft|feet|metres|meters|cm|mm|kilometres|kilometers|inches|"
    r"yards|acres|hectares|percentile|at\s+night|in\s+the\s+(?:morning|evening)|nightly|daily|bd|bid|tds|tid|qd|"
    r"qhs|prn|nocte|mane|on\s+the\s+(?:[a-z]+\s+)?(?:scale|test|measure|screen|index))\b)")
# ... or said roughly, which reads as an age only there (round 24): "Leopoldo Archuleta, just shy of 98, wants ...",
# "Olga Ivanova, nearly 92, lives alone".
_AGE_ROUGH_APPOSITION_RE = re.compile(
    r"(?P<w>[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]*[a-z\u00DF-\u024F])(?:,\s|\s\(|\s[-–—]\s)"
    r"(?i:nearly|almost|just\s+(?:shy\s+of|under|over|turned)|pushing|close\s+to|about|around|roughly|approx\.?|"
    r"approximately|well\s+over|over)\s+(?P<a>" + _AGE + r")(?![\d.,/:]\d|[\w%°-])"
    r"(?=\s*[,)–—-]|\s+(?:and|but|who|lives|living|years?|yrs?|y/?o|yo)\b)")
# ... or of someone by who they are (round 26): "her husband is 92 and no longer knows her", "his gran was 96 when
# ...", "the resident turns 100 next week" - not a count or a score ("her score is 95", "the ward is 92% full").
_AGE_OF_RELATION_RE = re.compile(
    r"(?i:\b(?:husband|wife|partner|mother|father|mum|mom|dad|mam|gran|granny|grandma|grandmother|grandpa|grandfather|"
    r"nan|nana|nanna|grandad|granddad|aunt|auntie|aunty|uncle|widow|widower|resident|neighbou?r|client|patient|pt|"
    r"father-in-law|mother-in-law|great-grandmother|great-grandfather|he|she)\s+(?:is|was|turned|turns|will\s+be|"
    r"has\s+turned)\s+(?:now\s+|nearly\s+|almost\s+|just\s+)?)(?P<a>" + _AGE + r")(?![\d.,/:]\d|[\w%°-])"
    + _NOT_AGE_UNITS + r"(?!\s+(?:of|out|on\s+the|in\s+(?:a|the)|per|percent|percentile|points?|mmhg|bpm|mg|mcg|ml|kg|"
    r"lbs?|cm|mm|units?|seconds|steps|words|at\s+(?:rest|baseline|intake|admission|discharge))\b)")
# An age said of someone by name: "Lolo Ising is 99 and ...", "Mrs Dlamini was 94 when ..." - after a given name,
# a surname or a word in no vocabulary, not after a measure or a medicine ("Score is 95", "Ferritin was 110").
_NAMED_IS_AGE_RE = re.compile(
    r"(?P<w>[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+)\s(?:is|was|turned|turns|will\s+be)\s"
    r"(?:now\s|nearly\s|almost\s|around\s|about\s|roughly\s|approximately\s|over\s)?"  # (round 29: hedged)
    r"(?P<a>" + _AGE + r")(?![\d.,/:]\d|[\w%°-])" + _NOT_AGE_UNITS
    + r"(?!\s+(?:of|out|on\s+the|in\s+(?:a|the|each|every)|per|percent|percentile|points?|mmhg|bpm|mg|mcg|ml|kg|lbs?|"
    r"cm|mm|units?|seconds|steps|words|at\s+(?:rest|baseline|intake|admission|discharge))\b)")


def _someone_named(word: str) -> bool:
    low = word.lower()
    if low in safe_terms() or low in BIG_PLACES_1 or low in MONTH_WORDS or is_medicine(low):
        return False
    return low in W.GIVEN_NAMES or low in census_given() or low in census_surnames() or zipf(low) < 2.0


_PERSON_BEFORE_AGE = (r"client|patient|man|woman|widow|widower|mother|father|mom|mum|dad|grandmother|grandfather|"
                      r"grandma|grandpa|gran|granny|nana|aunt|uncle|husband|wife|partner|veteran|resident|"
                      r"gentleman|lady|neighbou?r|sister|brother|friend|grandparent|parent|elder|survivor")
_AGE_BARE_RES = [
    # "a client, 97, ...", "her grandmother (93)", "Mr. Ames, 95,"
    re.compile(r"(?i:\b(?:" + _PERSON_BEFORE_AGE + r")s?)\s*(?:,\s*|\(\s*)(?:aged?\s+)?(?P<a>" + _AGE + r")"
               r"(?=\s*[,)])" + _NOT_AGE_UNITS),
    re.compile(r"(?<=[A-Za-z][a-z])(?<!\d[,\s][a-z])(?:,\s*|\s*\(\s*)(?P<a>" + _AGE + r")(?=\s*\)|,\s*[a-z])"),
    # "she's 93", "he is 94", "I'm 91", "who was 96 when"
    re.compile(r"(?i:\b(?:she|he|they|i|who|client|pt|patient|cl|mom|mum|dad|mother|father|nan|gran|grandma|grandpa|"
               r"grandmother|grandfather|grandad|granddad|granny|nana|nanna|nonna|nonno)(?:'s|’s|'m|’m|\s+is|\s+was|\s+am|"
               r"\s+are|\s+were|\s+turns|\s+turned|\s+just\s+turned|\s+will\s+be|\s+is\s+now)\s+"
               # hedged or rounded: "she is nearly 95", "grandad is 90-something", "he's 90 odd"
               r"(?:(?:nearly|almost|about|around|roughly|over|past|pushing|at\s+least|well\s+over|going\s+on)\s+)?)"
               r"(?P<a>" + _AGE + r")(?:[\s-]?(?:something|ish|odd)\b|\+|\s?plus\b)?(?![\w-])" + _NOT_AGE_UNITS),
    # in another language, or with a fraction or a feast: "91 años", "92-and-a-bit", "ninety-one come Easter"
    re.compile(r"(?i)(?<![\d.$£€])(?P<a>" + _AGE + r")\s*(?:años|anos|ans|jahre|jahren|anni|jaar|lat|tahun|éves|"
               r"yaşında|yaşındadır|år|vuotta|vuotias|ετών|let|roků|godina|ani)\b"),
    re.compile(r"(?i)(?<![\d.$£€])(?P<a>" + _AGE + r")-and-a-(?:bit|half|quarter)\b"),
    # "the 90-ish neighbour", "a 90-something widower"
    re.compile(r"(?i)(?<![\d.$£€])(?P<a>" + _AGE + r")[\s-]?(?:something|ish|odd)[\s-]+(?:year[\s-]old\s+)?"
               r"(?=(?:" + _PERSON_BEFORE_AGE + r"|grandad|granddad|granny|nana|nanna|gran)s?\b)"),
    # "At 94, she still drives"
    re.compile(r"(?i:\bat\s+)(?P<a>" + _AGE + r")(?=,)"),
    # an age on a birthday: "(91 on her last birthday)", "93 on his next birthday"
    re.compile(r"(?<![\d.$£€])(?P<a>" + _AGE + r")\s+(?:on|at)\s+(?:his|her|their|my|your)\s+(?:last|next|latest)\s+"
               r"birthday\b", re.I),
    # "is 99 na" (Tagalog: "already"), "95 yrs on"
    re.compile(r"(?i:\bis\s+)(?P<a>" + _AGE + r")\s+na\b"),
    re.compile(r"(?<![\d.$£€])(?P<a>" + _AGE + r")\s*(?:yrs?|years)\s+on\b", re.I),
    # an age someone reaches at a time to come: "is 91 come Easter", "she'll be 93 come the spring"
    re.compile(r"(?<![\d.$£€])(?P<a>" + _AGE + r")\s+come\s+(?:[A-Z]|(?:the|her|his|their|next)\s|(?:harvest|spring|summer|"
               r"autumn|fall|winter)\b)"),
    # "is 101 this spring", "turns 93 next month"
    re.compile(r"(?i:\b(?:is|turns|will\s+be|['’]ll\s+be)\s+)(?P<a>" + _AGE + r")\s+(?:this|next)\s+(?:spring|summer|autumn|"
               r"fall|winter|year|month|week)\b"),
]
# (round 52: or the old way, units first, which only an age is still said in - "nine-and-ninety")
_AGE_WORD_BARE_RE = re.compile(r"(?i)\b(?:ninety[\s-](?:one|two|three|four|five|six|seven|eight|nine)|"
                               r"(?:one|two|three|four|five|six|seven|eight|nine)-and-ninety)\b"
                               r"(?!\s*(?:%|percent|minutes?|mins?|hours?|seconds?|miles?|pounds?|dollars|days?|"
                               r"weeks?|times|people|sessions?|degrees|points?)\b)")
# "ninety come March", "a hundred come the spring": the age someone reaches at a time to come
_AGE_WORD_COME_RE = re.compile(r"(?i:\b(?:ninety|a\s+hundred|one\s+hundred))(?=\s+come\s+(?-i:[A-Z])|\s+come\s+"
                               r"(?:the|her|his|their|next)\s)")
_AGE_WORD_PRON_RE = re.compile(r"(?i:\b(?:she|he|they|i|who)(?:'s|’s|'m|\s+is|\s+was|\s+turned|\s+turns)\s+)"
                               r"(?:ninety|a\s+hundred|one\s+hundred)\b(?!\s*(?:%|percent|minutes?|pounds?|"
                               r"miles?|dollars|days?|times)\b)")
# Round 3: an age said with a verb of reaching ("nonna just hit 101", "her grandfather reached 97 last
# spring"), with a copula in words ("his grandma is a hundred and four"), or an ordinal birthday in words.
# "hit"/"reach" also take scores, vitals and counts, so the subject must be a person (not a pronoun) and
# what follows the number must end the clause, not name a thing counted ("hit 100 sessions").
_KIN = (_PERSON_BEFORE_AGE + r"|grandad|granddad|grampa|gramps|grandpop|granny|nan|nanna|nonna|nonno|abuela|abuelo|"
        r"abuelita|abuelito|oma|opa|bubbe|bubby|zayde|zaidy|babcia|dziadek|baba|lola|lolo|tutu|ouma|oupa|"
        r"bibi|jaddah|nani|nana|dadi|dada|halmoni|obaachan|ojiisan|great-grand\w+|relative|auntie|aunty|"
        r"godmother|godfather|stepmother|stepfather|stepmom|stepdad|in-law|mother-in-law|father-in-law")
_AGE_ANY = r"(?:9\d|1[01]\d|" + _AGE_WORD + r")"
_CLAUSE_END = (r"(?=\s*(?:$|[.!?,;:)\-–—]|(?:years?|yrs?|y/?o)\b|(?:and|but|so|last|this|next|yesterday|today|"
               r"tomorrow|when|before|after|while|then|recently|soon|lol|apparently|already|now|with|without|"
               r"which|&|on\s+(?:\w+day|her|his|their|the\s+\d)|in\s+(?:" + "|".join(sorted(MONTH_WORDS)) + r"))\b))")
_AGE_REACH_RE = re.compile(r"(?i:\b(?:" + _KIN + r")s?(?:['’]s)?\s+(?:(?:just|finally|recently|already|officially|"
                           r"has|had|have|will|gonna|is|was|about\s+to|going\s+to|almost|nearly|soon)\s+){0,3}"
                           r"(?:hit|hits|hitting|reached|reaches|reaching|reach|made\s+it\s+to|makes\s+it\s+to|"
                           r"celebrated|celebrates|celebrating|turned|turns|turning|turn)\s+)(?P<a>" + _AGE_ANY + r")"
                           + _CLAUSE_END)
_AGE_WORD_COPULA_RE = re.compile(r"(?i:\b(?:" + _KIN + r"|she|he|they|who)s?(?:['’]s|\s+is|\s+was|\s+will\s+be|"
                                 r"\s+is\s+now|\s+are|\s+were)\s+(?:now\s+|almost\s+|nearly\s+|already\s+)?)"
                                 r"(?P<a>" + _AGE_WORD + r")(?![\w-])" + _CLAUSE_END)
_AGE_ORD_WORD_RE = re.compile(r"(?i)\b(?:ninety[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                              r"ninetieth|(?:one\s+|a\s+)?hundredth|(?:one|a)?\s*hundred\s+and\s+(?:first|second|third|"
                              r"fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:birthday|bday|b-day)\b")
# "in his ninety-fifth year", "in her hundredth year": an age as the year of life
_AGE_ORD_YEAR_RE = re.compile(r"(?i)\bin\s+(?:his|her|their|my|your|our)\s+(?:ninety[\s-](?:first|second|third|fourth|"
                              r"fifth|sixth|seventh|eighth|ninth)|ninetieth|hundredth|(?:one\s+|a\s+)?hundred\s+and\s+"
                              r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+year\b")
_AGE_REACH_HINT = re.compile(r" (?:9\d|1[01]\d|an? h|one h|ninety|[AO]ne? [Hh]|Ninety)")
_AGE_WORD_HINT = re.compile(r"hundred|ninet")
_AGE_REACH_VERB = re.compile(r"(?:hit|hits|hitting|reach|reached|reaches|reaching|turn|turned|turns|turning|"
                             r"celebrated|celebrates|celebrating|to)$")
_ORD_CUE_RE = re.compile(r"(?i:\b(?:by|for|since|until|till|before|after|from|through|thru|around|of|starting|"
                         r"due|until)\s+the\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
                         r"(?!\s+(?!(?:and|or|but|when|at|so|because|which|then|i|she|he|they|we)\b)(?:of\s+)?[a-z])")

# Round 4 ------------------------------------------------------------------
_WEEKDAY_ABBR = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
_NOUN_AFTER_ORD = r"(?!\s+(?!(?:and|or|but|when|at|so|because|which|then|i|she|he|they|we)\b)(?:of\s+)?[a-z])"
_ORD_DATE_RES_4 = [
    # "died the 14th of last month", "the 3rd of next month": a day of a named (relative) month
    re.compile(r"(?i:\bthe\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:last|this|next|that)\s+month\b", re.I),
    # "on sun the 28th", "sat. the 3rd", "Tues 9th": a weekday abbreviation, then a day of the month
    re.compile(r"(?i:\b(?:" + _WEEKDAY_ABBR + r"\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:the\s+)?)"
               r"(?P<d>\d{1,2})(?:st|nd|rd|th)\b" + _NOUN_AFTER_ORD),
]
# An age over 89 said with years but without "old": "cl is 91yrs", "she's 95 yrs young", "aged 93 years".
_NOT_AGE_YEARS = (r"(?!\s*(?:ago|later|earlier|since|before|after|of|from|in|on|at|into|sober|clean|married|"
                  r"together|apart|back|prior|running|straight|now|long|worth|old)\b)")
_AGE_YRS_RES = [
    re.compile(r"(?i:(?:\b(?:is|was|am|are|were|aged?|now|turns?|turned|turning|be)|['’]s|['’]m)\s+)"
               r"(?P<a>" + _AGE + r")\s*(?:years?|yrs?|y)\b" + _NOT_AGE_YEARS),
    # "91yrs" written as one word (not a duration: "for 90yrs", "over 100yrs")
    re.compile(r"(?i:(?<!\bfor )(?<!\bover )(?<!\bin )(?<!\bpast )(?<!\blast )(?<!\bnext )(?<!\bafter )"
               r"(?<!\bthan )(?<!\babout )(?<![\d.]))(?P<a>" + _AGE + r")(?:yrs?|years?|y)\b" + _NOT_AGE_YEARS),
    re.compile(r"(?i)(?<![\d.])(?P<a>" + _AGE + r")\s*(?:years?|yrs?)\s+young\b"),
]
# A pronoun that "hit"/"reached" 90+ needs the clause to go on with a time, not a thing measured:
# "she hit 90 on sun the 28th", "he reached 100 last week"; not "hit 90 on the test", "hit 100 sessions".
_TIME_AFTER = (r"(?=\s+(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _WEEKDAY_ABBR + r"\b|the\s+\d|\d|"
               r"(?:" + "|".join(sorted(MONTH_WORDS)) + r")\b)|(?:last|this|next)\s+(?:week|month|year|spring|summer|"
               r"fall|autumn|winter|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|yesterday\b|today\b|"
               r"in\s+(?:" + "|".join(sorted(MONTH_WORDS)) + r")\b))")
_AGE_REACH_PRON_RE = re.compile(r"(?i:\b(?:she|he|they|i)\s+(?:(?:just|finally|recently|already|officially|has|had|"
                                r"have|will|gonna|is|was|about\s+to|going\s+to|almost|nearly|soon)\s+){0,3}"
                                r"(?:hit|hits|reached|reaches|reach|made\s+it\s+to|makes\s+it\s+to|celebrated|"
                                r"celebrates)\s+)(?P<a>" + _AGE_ANY + r")\b" + _TIME_AFTER)
# A possessive and an ordinal 90th-119th used as a noun (the birthday): "her 100th is in june",
# "grandpa's 95th was a blast"; not "100th percentile", "her 90th session".
# what a pronoun "hit" when the clause names a measure: "he hit 100 last week on his step count"
_MEASURE_AFTER = re.compile(r"(?i)\b(?:test|exam|quiz|score|scale|bench|press|squat|deadlift|steps?|count|rate|bpm|"
                            r"weight|lbs|pounds|kg|mph|speed|sessions?|days|glucose|sugar|fever|temp|temperature|"
                            r"percent|points|level|reading|meter|laps|reps|miles|km|followers|likes|views|leaderboard|rank|"
                            r"ranking|game|app|sat|sats|o2|spo2|bp|heat|degrees)\b|%")
_AGE_ORD_NOUN_RE = re.compile(r"(?i:\b(?:her|his|their|my|your|our|[a-z]+['’]s)\s+)(?P<a>(?:9\d|1[01]\d)(?:st|nd|rd|th))"
                              r"(?=\s+(?:is|was|will\s+be|party|parties|bash|celebration|celebrations|do|dinner|lunch|"
                              r"gathering|coming\s+up|comes\s+up|next\s+(?:week|month|year)|in\s+(?:"
                              + "|".join(sorted(MONTH_WORDS)) + r"))\b|\s*[!]|['’]s\b)")
_AGE_ORD_HINT = re.compile(r"(?<!\d)(?:9\d|1[01]\d)(?:st|nd|rd|th)\b", re.I)
# Scores, not dates: "7/10", "3/5", "60/100" in a rating context.
_SCORE_DENOMS = (5, 7, 10, 100)
_SCORE_CONTEXT_RE = re.compile(r"(?i)\b(?:rated?|rating|ratings|rates|scale|out\s+of|suds?|voc|pain|scored?|"
                               r"scores|intensity|distress|anxiety|mood|urge|craving|confidence|sleep|energy|"
                               r"severity|level)\b")
_STRONG_DATE_CUES = frozenset("on since until till by dated dob d.o.b. born admitted discharged died passed".split())


_QUOTED_MESSAGE = re.compile(r"\b(?:text|texted|texts|wrote|writes|messaged|emailed|replied|said|says|sent)\s*:?\s*"
                             r"['\"‘“]$")
# "booked for 5/3", "the first session was 2/11": a day named as the date of an event.
_DATE_NOUN_BEFORE = re.compile(r"\b(?:session|appt|appointment|meeting|visit|intake|review|hearing|court|surgery|"
                               r"booked|scheduled|moved|rescheduled|set|planned|date|deadline|due|interpreter|"
                               r"conference|assessment|eval|evaluation|discharge|admission)\b[^.!?\n]{0,25}$")
# "a man of ninety", "a woman of 94": a person of an age.
_AGE_PERSON_OF_RE = re.compile(r"(?i:\b(?:man|woman|lady|gentleman|gent|person|widow|widower|veteran|fellow|soul|"
                               r"client|patient|grandmother|grandfather)\s+of\s+)(?P<a>(?:9\d|1[01]\d)(?!\d)|ninety"
                               r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred)\b")


# Subscale scores written like a short date: "DASS 28/21/30 -> 14/10/16": a neighbour of the same shape that
# cannot be a date says the numbers are scores.
_TRIPLE_RE = re.compile(r"(?<![\d./-])(\d{1,2})/(\d{1,2})/(\d{1,2})(?![\d/])")


def _subscale_scores(text: str, m: re.Match[str]) -> bool:
    if len(m.group("y")) != 2 or m.group("s") != "/":
        return False
    for o in _TRIPLE_RE.finditer(text, max(0, m.start() - 30), min(len(text), m.end() + 30)):
        if o.start() != m.start() and not _valid_md(int(o.group(1)), int(o.group(2))):
            return True
    return False


_AGE_PERSON_OF_WORDS = frozenset("""man woman lady gentleman gent person widow widower veteran fellow soul client patient
grandmother grandfather""".split())


def _valid_md(a: int, b: int) -> bool:
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


_NON_PERSON_BEFORE = re.compile(r"\b(?:it|that|this|there|which|what|lease|house|building|tree|church|company|"
                                r"business|farm|marriage|tradition)(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+be|\s+now)?\s+$")


_OTHER_SCORE_RES = {d: re.compile(r"(?<![\d/.])\d{1,3}/" + str(d) + r"(?![\d/])") for d in _SCORE_DENOMS}


def _score_context(text: str, start: int, end: int, denom: int) -> bool:
    """A rating word near "x/10", or another "y/10" close by: a score, not a day of a month."""
    lo, hi = max(0, start - 60), min(len(text), end + 60)
    if _SCORE_CONTEXT_RE.search(text, lo, hi):
        return True
    other = _OTHER_SCORE_RES[denom]
    return any(m.start() != start for m in other.finditer(text, max(0, start - 100), min(len(text), end + 100)))


def _beside_a_score_of_the_same_total(text: str, start: int, end: int, total: int) -> bool:
    """Another "x/total" close by that no calendar reads as a date (x above 12, at most the total)."""
    near = re.compile(r"(?<![\d/.])(\d{1,3})/" + str(total) + r"(?![\d/])")
    return any(m.start() != start and 12 < int(m.group(1)) <= total
               for m in near.finditer(text, max(0, start - 100), min(len(text), end + 100)))


def _same_sentence(text: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    for a, b in others:
        lo, hi = (b, span[0]) if b <= span[0] else (span[1], a)
        if hi - lo <= 120 and not re.search(r"[.!?](?:\s|$)|\n", text[lo:hi]):
            return True
    return False


# The ordinal-date patterns that read "the" right before the day ("the 19th", "on the 3rd", "by the 14th"): none can
# match unless the lower-cased text holds "the", white space and a digit (a fast literal search; each pattern is a
# case-insensitive scan of the whole text, 10-50 us).
_ORD_AFTER_THE = (*_ORD_DATE_RES, _ORD_CUE_RE, _ORD_DATE_RES_4[0])
_THE_DIGIT_RE = re.compile(r"the\s+\d")


# A day the public keeps, named in two capitalised words or more, then its date (round 29): "World Suicide Prevention
# Day is September 10th", "International Nurses Day falls on 12 May" - not "Her Adoption Day is March 3rd", nor one
# word ("Gotcha Day is ..."), which may be a family's own.
_OBSERVANCE_IS_RE = re.compile(r"(?<![\w'’-])(?!(?:Her|His|Their|My|Our|Your|The|A|An)\s)[A-Z][\w'’-]*"
                               r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)+\s+(?:Day|Week|Month)\s+"
                               r"(?:is|falls\s+on|is\s+on|is\s+always|is\s+always\s+on|was|was\s+on)\s+(?:the\s+)?$")
_YEAR_IN_RE = re.compile(r"\d{4}|['’]\d\d\b")
# (round 50) ... or a holiday's, named in the words before it: "The Orthodox Christmas on January 7 is when ...",
# "Christmas Eve in Ethiopia is January 6" - not a client's day that falls on one ("born on Christmas, December 25").
_DAY_VERB_BEFORE_RE = re.compile(r"\s(?:is|on|falls\s+on|is\s+on|was\s+on)\s+(?:the\s+)?$")
_WORD_RE = re.compile(r"[\w'’-]+")
_PERSONAL_DAY_RE = re.compile(r"(?i)\b(?:born|birth|birthday|died|death|passed|admitted|discharged|arrested|dob|funeral|"
                              r"wedding|married|buried|overdosed?|attempt)\b")


def _holiday_on(text: str, start: int) -> bool:
    """A holiday's name, capitalised, among the four words before "is" or "on" and the date at ``start``."""
    m = _DAY_VERB_BEFORE_RE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    words = _WORD_RE.findall(text, max(0, m.start() - 40), m.start())[-4:]
    return any(w[:1].isupper() and w.lower() in holiday_words() for w in words) \
        and not _PERSONAL_DAY_RE.search(text, max(0, start - 80), start)


# (round 48) A month and a year of a public event - the whole country's, not a client's: a date directly related to
# no individual (45 CFR 164.514(b)(2)(i)(C)). Before the event's name ("after the February 2023 quakes"); after
# what a government, a law or a guideline did then ("the HCPC standards changed in September 2023", "our ICO
# guidance dates from January 2023", "the government fell in August 2024"); after public events that came in waves
# ("the Omicron waves in January and July 2022"); in parentheses after a named storm ("Cyclone Yasa in Fiji
# (December 2020)"). Not a client's order, plan, ruling or fire: "her care plan was updated in March 2024".
_MONTH_YEAR_RE = _MONTH_DATE_RES[3]
_PUBLIC_EVENTS = (r"quakes|earthquakes?|floods|elections?|lockdowns?|protests|riots|bushfires|wildfires|waves?|coup|"
                  r"invasion|uprising|terror\s+attacks|bombings|tsunami|cyclone|hurricane|typhoon|referendum|ceasefire|"
                  r"general\s+strike|budget")
_PUBLIC_EVENT_AFTER_RE = re.compile(r"\s+(?:" + _PUBLIC_EVENTS + r")\b", re.I)
_PUBLIC_DOING_BEFORE_RE = re.compile(r"(?i:\b(?:government|guidance|guidelines?|standards|laws?|act|legislation|"
                                     r"regulations|framework|edition|ministry|parliament)\s+(?:\w+\s+)?(?:changed|fell|"
                                     r"collapsed|passed|took\s+effect|came\s+into\s+(?:force|effect)|"
                                     r"(?:was|were)\s+(?:published|updated|released|issued|introduced|revised|"
                                     r"passed|changed))\s+(?:in|from|since)\s+|dat(?:es?|ing)\s+from\s+)$")
_PUBLIC_WAVES_BEFORE_RE = re.compile(r"(?i:\b(?:" + _PUBLIC_EVENTS + r")\s+(?:of|in)\s+(?-i:[A-Z][a-z]+\s+(?:and|&)\s+)?)$")
_NAMED_STORM_BEFORE_RE = re.compile(r"\b(?:Cyclone|Hurricane|Typhoon|Storm)\s+[A-Z][a-z]+[^()\n]{0,30}\(\s*$")


def _public_event_month(text: str, start: int, end: int) -> bool:
    """A month and a year that the words around them show is a public event's (see above)."""
    if _PUBLIC_EVENT_AFTER_RE.match(text, end):
        return text[max(0, start - 4):start].lower() == "the " or text[max(0, start - 1):start] == "("
    return (_PUBLIC_DOING_BEFORE_RE.search(text, max(0, start - 64), start) is not None
            or _PUBLIC_WAVES_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            or _NAMED_STORM_BEFORE_RE.search(text, max(0, start - 48), start) is not None)


# (round 56) ... and, once every detector has run (surroundings.drop_phrases asks), what an institution did then: "the
# FDA rejected Lykos in August 2024", "the Act came into force in April 2023", "CMS lets LMFTs bill Medicare from
# January 2024" - in a sentence that names no person and holds no identifier but names and places ("since her father
# died in March 2024" stays).
_INSTITUTION_RE = re.compile(r"\b[A-Z]{2,6}s?\b|\b(?:Act|law|rule|rules|regulation|regulations|guideline|guidelines|"
                             r"policy|effective|into\s+force|approved|rejected|published|released|launched|announced|"
                             r"enacted|ruled|ruling|court|government|ministry|parliament|Parliament|congress|Congress|"
                             r"agency)\b")
_PERSON_OR_LIFE_RE = re.compile(r"(?i)\b(?:she|he|her|his|him|they|their|client|clients|patient|mother|father|mum|mom|dad|"
                                r"son|daughter|husband|wife|partner|brother|sister|family|born|died|killed|lost|since|"
                                r"admitted|discharged|arrested|moved|left|arrived|fled|session|sessions|seen|started|"
                                r"stopped)\b")
_SENTENCE_END_RE = re.compile(r"[.?!](?:\s|$)")


def public_act_month(text: str, item: tuple[int, int, str, int], items: list[tuple[int, int, str, int]]) -> bool:
    """A month and a year found as a date that date an institution's act (see above), among all the candidates."""
    if not _MONTH_YEAR_RE.fullmatch(text, item[0], item[1]):
        return False
    start = max(text.rfind(". ", 0, item[0]), text.rfind("? ", 0, item[0]), text.rfind("! ", 0, item[0]), -1) + 1
    end_m = _SENTENCE_END_RE.search(text, item[1])
    end = end_m.start() if end_m else len(text)
    return _INSTITUTION_RE.search(text, start, item[0]) is not None \
        and _PERSON_OR_LIFE_RE.search(text, start, end) is None \
        and not any(other[2] not in ("date", "name", "place") and start <= other[0] < end for other in items)


_HYPHENED_MONTH_RE = re.compile(r"-(?:" + "|".join(map(re.escape, sorted(MONTH_WORDS, key=len, reverse=True)))
                                + r")(?![^\W\d_])")


def _find_dates(ctx: Ctx) -> None:
    text, low = ctx.text, ctx.low
    # (round 51: also a month after a hyphen, which the words keep together - "mid-September 2024", "early-May"; the
    # pattern finds, in C, whether any word may end so, so a text without one pays no loop over its words)
    windows = merge_windows([(t.start - 30, t.end + 30) for t in ctx.toks
                             if t.low in MONTH_WORDS or ("-" in t.low and t.low.rsplit("-", 1)[1] in MONTH_WORDS)],
                            len(text)) if not ctx.lows.isdisjoint(MONTH_WORDS) or _HYPHENED_MONTH_RE.search(low) else ()
    for lo, hi in windows:  # only look around month names
        for rx in _MONTH_DATE_RES:
            for m in rx.finditer(text, lo, hi):
                d = m.groupdict().get("d")
                if d is not None and not 1 <= int(d) <= 31:
                    continue
                if not _YEAR_IN_RE.search(m.group(0)) and (_OBSERVANCE_IS_RE.search(text, max(0, m.start() - 80),
                                                                                   m.start())
                                                           or _holiday_on(text, m.start())):
                    continue  # (round 29) a public day's date: "World Mental Health Day is October 10th"
                if rx is _MONTH_YEAR_RE and _public_event_month(text, m.start(), m.end()):
                    continue
                ctx.add(m.start(), m.end(), "date")
    if ctx.has_digit:
        if _ORD_HINT.search(text):
            the_day = _THE_DIGIT_RE.search(low) is not None
            for rx in (*_ORD_DATE_RES, _ORD_CUE_RE, *_ORD_DATE_RES_4):
                if not the_day and rx in _ORD_AFTER_THE:
                    continue
                for m in rx.finditer(text):
                    if 1 <= int(m.group("d")) <= 31:
                        ctx.add(m.start(), m.end(), "date")
            if _AGE_ORD_HINT.search(text):
                for m in _AGE_ORD_NOUN_RE.finditer(text):
                    ctx.add(m.start("a"), m.end("a"), "age_over_89")
        full_dates: list[tuple[int, int]] = []  # full numeric dates, for a short m/d in the same sentence
        for lo, hi in merge_windows([(m.start() - 30, m.end() + 12) for m in _NUMSEP_HINT.finditer(text)],
                                     len(text)):
            for m in _DATE_NUM_RE.finditer(text, lo, hi):
                if _valid_md(int(m.group("a")), int(m.group("b"))) and not _subscale_scores(text, m):
                    ctx.add(m.start(), m.end(), "date")
                    full_dates.append(m.span())
            for m in _DATE_ISO_RE.finditer(text, lo, hi):
                if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
                    ctx.add(m.start(), m.end(), "date")
                    full_dates.append(m.span())
            for m in _DATE_MD_RE.finditer(text, lo, hi):
                if not _valid_md(int(m.group("a")), int(m.group("b"))):
                    continue
                prev = _PREV_WORDS_RE.search(text, max(0, m.start() - 25), m.start())
                word = prev.group(1).lower() if prev else ""
                a, b = int(m.group("a")), int(m.group("b"))
                if m.group("sep") == "/" and b in _SCORE_DENOMS and a <= b and word not in _STRONG_DATE_CUES \
                        and _score_context(text, m.start(), m.end(), b):
                    continue  # "rated it 7/10 before and 3/10 after": a score
                if m.group("sep") == "/" and a <= b and word not in _STRONG_DATE_CUES \
                        and _beside_a_score_of_the_same_total(text, m.start(), m.end(), b):
                    continue  # "14/21 on stress and 6/21 on depression": "14/21" is no date, so neither is "6/21"
                if m.group("sep") == "/" and _valid_md(a, b) and _YEARLY_AFTER_RE.match(text, m.end()):
                    ctx.add(m.start(), m.end(), "date")  # a day that comes back: "around 21/09 each year"
                    continue
                if m.group("sep") == "/" and full_dates and _same_sentence(text, m.span(), full_dates):
                    ctx.add(m.start(), m.end(), "date")  # "born 1/17/1979, not 1/7"
                    continue
                if m.group("sep") == "/" and word not in _SCORE_WORDS and not _SCORE_AFTER_RE.match(text, m.end()) \
                        and ((1 <= a <= 12 and 13 <= b <= 31) or (13 <= a <= 31 and 1 <= b <= 12
                                                                   and _QUOTED_MESSAGE.search(low, max(0, m.start() - 20),
                                                                                              m.start()))):
                    # "wrote 4/17 on the whiteboard": a month and a day no score or fraction reads as; day first
                    # ("19/3") only at the start of a quoted message ("texted '19/3 ok?'"): a tally reads so too
                    ctx.add(m.start(), m.end(), "date")
                    continue
                if not prev:
                    continue
                as_of = word == "of" and low[max(0, prev.start() - 4):prev.start()].rstrip().endswith("as")
                if m.group("sep") == "." and word not in _DECIMAL_DATE_CUES:
                    continue
                if word in _MD_CUES or as_of or (word in ("for", "was", "is") and _DATE_NOUN_BEFORE.search(
                        low, max(0, prev.start() - 40), prev.start())):
                    ctx.add(m.start(), m.end(), "date")
        for lo, hi in merge_windows([(m.start() - 25, m.end() + 28) for m in _AGE_HINT.finditer(text)],
                                     len(text)):
            for rx in _AGE_NUM_RES:
                for m in rx.finditer(text, lo, hi):
                    ctx.add(m.start(), m.end(), "age_over_89")
            for m in _AGE_BY_RECORD_RE.finditer(text, lo, min(len(text), hi + 40)):
                ctx.add(m.start(), m.end(), "age_over_89")
            for m in _AGE_HEDGED_RE.finditer(text, lo, hi):
                if not _SCORE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) \
                        and not DIGIT_RE.search(text, max(0, m.start() - 30), m.start()):  # ("after 90 sessions, nearly 92")
                    ctx.add(m.start(), m.end(), "age_over_89")
            for rx in _AGE_BARE_RES:
                for m in rx.finditer(text, lo, hi):
                    ctx.add(m.start("a"), m.end("a"), "age_over_89")
            for m in _NAMED_IS_AGE_RE.finditer(text, max(0, lo - 20), hi):
                if _someone_named(m.group("w")):
                    ctx.add(m.start("a"), m.end("a"), "age_over_89")
            for m in _AGE_OF_RELATION_RE.finditer(text, max(0, lo - 40), hi):
                ctx.add(m.start("a"), m.end("a"), "age_over_89")
            for m in _AGE_ROUGH_APPOSITION_RE.finditer(text, max(0, lo - 40), hi):
                if m.group("w").lower() not in safe_terms() and m.group("w").lower() not in BIG_PLACES_1:
                    ctx.add(m.start("a"), m.end("a"), "age_over_89")
            for m in _AGE_APPOSITION_RE.finditer(text, max(0, lo - 20), hi):
                if m.group("w").lower() not in safe_terms() and m.group("w").lower() not in BIG_PLACES_1:
                    ctx.add(m.start("a"), m.end("a"), "age_over_89")
            if "y" in low:
                for rx in _AGE_YRS_RES:
                    for m in rx.finditer(text, lo, hi):
                        if not _NON_PERSON_BEFORE.search(low, max(0, m.start() - 12), m.start("a")):
                            ctx.add(m.start("a"), m.end(), "age_over_89")
        if "90s" in low or "90's" in low or "100s" in low:
            for m in _AGE_DECADE_RE.finditer(text):
                ctx.add(m.start(), m.end(), "age_over_89")
    # (speed: the hint's words are looked for as plain text first; its search over a whole text costs ~30 us)
    if any(w in low for w in _AGE_FOREIGN_WORDS) and _AGE_FOREIGN_HINT.search(low):
        # (speed: each pattern runs only where a number word it needs occurs - "ans" alone is in "plans")
        for m in _AGE_FOREIGN_WORD_RE.finditer(text) if any(w in low for w in _FOREIGN_NUMBER_WORDS) else ():
            ctx.add(m.start(), m.end(), "age_over_89")
        for m in _AGE_FOREIGN_COPULA_RE.finditer(text) if any(w in low for w in _FOREIGN_NINETY_WORDS) else ():
            ctx.add(m.start("a"), m.end("a"), "age_over_89")
    if _maybe_other_ninety(ctx):
        for m in _OTHER_NINETY_RE.finditer(text):
            ctx.add(m.start(), m.end(), "age_over_89")
    if "ninety" in low or "hundred" in low or "ninetieth" in low:  # (round 53: "ninetieth" too)
        for rx in (*_AGE_WORD_RES, _AGE_WORD_BARE_RE, _AGE_WORD_PRON_RE, _AGE_WORD_COME_RE):
            for m in rx.finditer(text):
                ctx.add(m.start(), m.end(), "age_over_89")
    if "nineties" in low:  # ("nineties" does not contain "ninety")
        for m in _AGE_DECADE_RE.finditer(text):
            ctx.add(m.start(), m.end(), "age_over_89")
    # (the subject is at most a few words before the verb: scan only around the verb + number)
    for lo, hi in merge_windows([(m.start() - 70, m.end() + 40) for m in _AGE_REACH_HINT.finditer(text)
                                 if _AGE_REACH_VERB.search(low, max(0, m.start() - 14), m.start())], len(text)):
        for m in _AGE_REACH_RE.finditer(text, lo, hi):
            ctx.add(m.start("a"), m.end("a"), "age_over_89")
        for m in _AGE_REACH_PRON_RE.finditer(text, lo, hi):
            if not _MEASURE_AFTER.search(text, m.end(), min(len(text), m.end() + 60)):
                ctx.add(m.start("a"), m.end("a"), "age_over_89")
    if "hundred" in low or "ninet" in low:
        for lo, hi in merge_windows([(m.start() - 45, m.end() + 60) for m in _AGE_WORD_HINT.finditer(low)], len(text)):
            for m in _AGE_WORD_COPULA_RE.finditer(text, lo, hi):
                ctx.add(m.start("a"), m.end("a"), "age_over_89")
            for m in _AGE_ORD_WORD_RE.finditer(text, lo, hi):
                ctx.add(m.start(), m.end(), "age_over_89")
            for m in _AGE_ORD_YEAR_RE.finditer(text, lo, hi):
                ctx.add(m.start(), m.end(), "age_over_89")
    if not ctx.lows.isdisjoint(_AGE_PERSON_OF_WORDS) and " of " in low \
            and (_AGE_HINT.search(text) or "ninet" in low or "hundred" in low):
        for m in _AGE_PERSON_OF_RE.finditer(text):
            if not re.match(r"\s*(?:%|percent|minutes|mins|hours|kg|lbs|pounds|years?\s+(?:ago|of))", text[m.end():]):
                ctx.add(m.start("a"), m.end("a"), "age_over_89")
    if "narian" in low:  # (nonagenarian, centenarian)
        for m in _AGE_NOUN_RE.finditer(text):
            ctx.add(m.start(), m.end(), "age_over_89")
    if "centen" in low or "jährig" in low or "jarige" in low or "stulat" in low:
        for m in _AGE_NOUN_FOREIGN_RE.finditer(text):
            ctx.add(m.start(), m.end(), "age_over_89")
    if ctx.has_digit and "month" in low:
        for m in _AGE_MONTHS_RE.finditer(text):
            ctx.add(m.start(), m.end(), "age_over_89")
    if "month" in low and ("hundred" in low or "ninety" in low):
        for m in _AGE_WORD_MONTHS_RE.finditer(text):
            ctx.add(m.start(), m.end(), "age_over_89")
    if ctx.has_digit and ("½" in text or "¼" in text or "¾" in text):
        for m in _AGE_FRACTION_RE.finditer(text):
            ctx.add(m.start(), m.end(), "age_over_89")
    if ("hundred" in low or "ninety" in low) and ", " in text:
        for m in _AGE_WORD_APPOSITION_RE.finditer(text):
            ctx.add(m.start("a"), m.end("a"), "age_over_89")


# A holiday on a fixed day, with its year, is a full date: "on Boxing Day 2023", "New Year's Eve 2022".
_HOLIDAY_YEAR_RE = re.compile(r"(?i)\b(?:christmas(?:\s+(?:day|eve))?|xmas(?:\s+(?:day|eve))?|boxing\s+day|"
                              r"new\s+year['’]?s(?:\s+(?:day|eve))?|valentine['’]?s\s+day|hall?owe['’]?en|"
                              r"independence\s+day|(?:the\s+)?fourth\s+of\s+july|july\s+4th|bonfire\s+night|"
                              r"guy\s+fawkes(?:\s+night)?|anzac\s+day|canada\s+day|australia\s+day|waitangi\s+day|"
                              r"st\.?\s+patrick['’]?s\s+day|juneteenth|hogmanay|remembrance\s+day|veterans\s+day|"
                              # round 22: holidays of one day, wherever they fall ("last use was Thanksgiving 2025")
                              r"thanksgiving(?:\s+day)?|easter(?:\s+(?:sunday|monday|day))?|good\s+friday|"
                              r"mother['’]?s\s+day|father['’]?s\s+day|memorial\s+day|labou?r\s+day|mlk\s+day|"
                              r"martin\s+luther\s+king(?:\s+jr\.?)?\s+day|presidents['’]?\s+day|"
                              r"super\s+bowl\s+sunday|yom\s+kippur|rosh\s+hashan(?:ah|a)|eid(?:\s+al[-\s](?:fitr|adha))?|"
                              r"diwali|deepavali|divali|holi|lunar\s+new\s+year|chinese\s+new\s+year|tet|vesak|"
                              r"nowruz|norooz|orthodox\s+easter|mardi\s+gras|carnival|carnaval)"
                              r",?\s+(?:of\s+|in\s+)?(?:19|20)\d\d\b")


# A date written in Spanish, Portuguese, French, Italian, German or Dutch: "3 de abril de 1988", "17 janvier 1979",
# "12. März 1990", "5 maggio 2001".
_FOREIGN_MONTHS = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
                   r"diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|"
                   r"février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
                   r"decembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|"
                   r"februar|märz|maerz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|"
                   # (round 46) Swedish, Danish and Norwegian; Polish, Czech and Finnish as a date writes them:
                   # "4 augusti 1971", "15 września 2024", "3 května 2019", "5 toukokuuta 2020"
                   r"augusti|maj|marts|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
                   r"października|listopada|grudnia|ledna|února|března|dubna|května|června|července|srpna|září|"
                   r"října|listopadu|prosince|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|"
                   r"heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|"
                   # (round 55) Romanian, Croatian and Turkish, and Indonesian and Malay where no English word shares
                   # the month: "9 noiembrie 2024", "14. listopada 2023", "3 ekim 1950", "17 agustus 2024", "2 ogos"
                   r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
                   r"siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca|"
                   r"ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
                   r"maret|agustus|desember|julai|ogos|disember)")
# (round 57) A date with a Thai month, in the Buddhist Era or the Common Era: "14 เมษายน 2530", "3 มีนาคม 2024".
_THAI_DATE_RE = re.compile(r"(?<!\d)\d{1,2}\s?(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|"
                           r"ตุลาคม|พฤศจิกายน|ธันวาคม)(?:\s?(?:25\d\d|(?:19|20)\d\d))?(?!\d)")
# (speed: "\d(?<!\w\d)\d?" is "\b\d{1,2}" starting with its digit, so the engine skips to the digits)
_FOREIGN_DATE_RE = re.compile(r"(?i)\d(?<!\w\d)\d?(?:\.|º|er)?\s+(?:de\s+)?" + _FOREIGN_MONTHS
                              + r"(?:\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?\b")


# (round 35) A month in another language and a year, without a day: "left him in mai 2025", "seit März 2019" - a
# month English shares, capitalised ("Mars 2020"), only after a word that introduces a time.
# (speed: found from the year back - a text has few years, and the months' alternation is long)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FOREIGN_MONTH_BEFORE_YEAR_RE = re.compile(r"(?i:\b(?P<pre>in|since|seit|im|en|em|depuis|desde|dal|od|from|until)\s+)?"
                                           r"(?<![\w.])(?P<m>" + _FOREIGN_MONTHS + r")\s+(?:de\s+|del\s+)?$", re.I)


# A day with a full stop, a month in any language and a year: "2. prosince 2026", "14. lipca 1990", "3. Juni 2019".
# (the month: a listed one, or a lower-case word that is not common English - not "Step 2. Review 2019 data")
_DOTTED_DAY_DATE_RE = re.compile(r"(?:[12]\d|3[01]|[1-9])\.\s?(?P<m>[^\W\d_]{3,12})\.?\s+(?:19|20)\d\d(?!\d)")


# (Round 43) The year first, with a full stop, as Hungarian writes a date: "2026. január 19.", "2024. március 7.",
# "1966. 04. 17." (the month: a Hungarian one, or a lower-case word that is not common English); and a day and a
# month with full stops and spaces, as Croatian, Czech, Slovak and Slovene write one: "17. 4. 1966".
_HUNGARIAN_MONTHS = (r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|"
                     r"december|jan|febr|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec)")
_YEAR_FIRST_DATE_RE = re.compile(r"(?<![\d.])(?:19|20)\d\d\.\s?(?:(?P<m>[^\W\d_]{3,12})\.?|(?:1[0-2]|0?[1-9])\.)"
                                 r"\s?(?:[12]\d|3[01]|0?[1-9])(?:\.|(?![\d.]))")
_SPACED_DOTTED_DATE_RE = re.compile(r"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.\s(?:1[0-2]|0?[1-9])\.\s(?:19|20)\d\d(?!\d)")


# Month names that English shares, capitalised ("3 Mars bars", "5 Mai Tais"): a date without a year only in lower
# case or with a cue; and a month after "de" spelled like a feast ("5 de Mayo").
_SHARED_MONTH_WORD_RE = re.compile(r"\b(?:Mars|MARS|Mai|MAI|Mei|MEI|Mayo|MAYO|Juni|Juli)\b")
_FOREIGN_DATE_CUE_RE = re.compile(r"(?i)\b(?:born|dob|d\.o\.b\.?|on|since|until|date|dated|fecha|né|née|nacid[oa]|"
                                  r"geboren|nato|nata|admitted|discharged|died)\b[\s:]*$")


# A date written the Korean, Chinese or Japanese way, in an English message (round 23): "2025년 10월 7일",
# "2024年3月15日", "10월 7일"; the Hangul or Han characters are the units, so the rest of the text stays readable.
_CJK_DATE_RE = re.compile(r"(?:(?:19|20)\d\d\s*[년年]\s*)?(?:1[0-2]|0?[1-9])\s*[월月]\s*(?:[12]\d|3[01]|0?[1-9])\s*[일日]"
                          r"|(?:19|20)\d\d\s*[년年]\s*(?:1[0-2]|0?[1-9])\s*[월月]")


def find(ctx: Ctx) -> None:
    if ctx.has_digit and "/" in ctx.text:
        for m in _SOLAR_HIJRI_RE.finditer(ctx.text):
            ctx.add(m.start(), m.end(), "date")
    if ctx.has_digit and ("월" in ctx.text or "月" in ctx.text):
        for m in _CJK_DATE_RE.finditer(ctx.text):
            ctx.add(m.start(), m.end(), "date")
    if ctx.has_digit and ("\u0e22" in ctx.text or "\u0e21" in ctx.text):  # (ย or ม: in every Thai month's name)
        for m in _THAI_DATE_RE.finditer(ctx.text):
            ctx.add(m.start(), m.end(), "date")
    _find_dates(ctx)
    if ctx.has_digit:
        for m in _FOREIGN_DATE_RE.finditer(ctx.text):
            if re.search(r"(?:19|20)\d\d$", m.group(0)) or _FOREIGN_DATE_CUE_RE.search(
                    ctx.text, max(0, m.start() - 24), m.start()):
                ctx.add(m.start(), m.end(), "date")  # with a year or a date's cue: "born 3 de abril de 1988"
            elif not _YEARLY_AFTER_RE.match(ctx.text, m.end()) and not _SHARED_MONTH_WORD_RE.search(m.group(0)):
                # a day and a month without a year, as in English ("since 6 March"): "el 9 de febrero", "le 6 mars",
                # "around 15 de agosto" - not a feast kept each year, not a capitalised word English shares
                ctx.add(m.start(), m.end(), "date")
        for y in _YEAR_RE.finditer(ctx.text) if "19" in ctx.text or "20" in ctx.text else ():
            before = _FOREIGN_MONTH_BEFORE_YEAR_RE.search(ctx.text, max(0, y.start() - 30), y.start())
            if before is None:
                continue
            month = before.group("m")
            if before.group("pre") or not (month[:1].isupper() and _SHARED_MONTH_WORD_RE.fullmatch(month)):
                ctx.add(before.start("m"), y.end(), "date")
        if "." in ctx.text and ("19" in ctx.text or "20" in ctx.text):
            for m in _DOTTED_DAY_DATE_RE.finditer(ctx.text):
                month = m.group("m")
                if m.start() and ctx.text[m.start() - 1] in "0123456789.":
                    continue  # (part of a longer number: "1.2. Review 2019", "12.5 mg")
                if re.fullmatch(_FOREIGN_MONTHS, month, re.I) or (month.islower() and zipf(month) < 3.5):
                    ctx.add(m.start(), m.end(), "date")
            for m in _YEAR_FIRST_DATE_RE.finditer(ctx.text):
                month = m.group("m")
                if month is None or re.fullmatch(_HUNGARIAN_MONTHS, month, re.I) or (
                        month.islower() and zipf(month) < 3.5):
                    ctx.add(m.start(), m.end(), "date")
            for m in _SPACED_DOTTED_DATE_RE.finditer(ctx.text):
                ctx.add(m.start(), m.end(), "date")
    low = ctx.low
    if ("19" in low or "20" in low) and any(w in low for w in (
            "christmas", "xmas", "boxing", "new year", "valentine", "hallow", "halloween", "independence", "fourth",
            "july 4", "bonfire", "fawkes", "anzac", "canada day", "australia day", "waitangi", "patrick",
            "juneteenth", "hogmanay", "remembrance", "veterans", "thanksgiving", "easter", "good friday", "mother",
            "father", "memorial", "labor", "labour", "mlk", "king", "presidents", "super bowl", "yom kippur",
            "rosh hash", "eid", "diwali", "deepavali", "divali", "holi", "lunar", "chinese new", "tet", "vesak",
            "nowruz", "norooz", "mardi", "carnival", "carnaval")):
        for m in _HOLIDAY_YEAR_RE.finditer(ctx.text):
            # the day itself ("on Boxing Day 2023", "Christmas Eve 2019"), not the season ("Christmas 2020 was hard")
            if not re.match(r"(?i)(?:christmas|xmas)\s*,?\s+(?:of\s+|in\s+)?\d", m.group(0)) \
                    or re.search(r"(?i)\b(?:on|since|at|until|till|before|after)\s+(?:the\s+)?$",
                                 ctx.text[max(0, m.start() - 10):m.start()]):
                ctx.add(m.start(), m.end(), "date")
