"""Column headings a patient list may use, in English and the main EU languages.

Headings are compared after ``header_key``: accents and case removed, and everything but
letters and digits dropped ("Nom du patient" -> "nomdupatient", "Téléphone" -> "telephone").
Add a heading by adding it to its field's list.
"""

from __future__ import annotations

import unicodedata

from cardmaker.core.fields import FIELD_ORDER

# Canonical columns: the card's fields, the per-row choices, and two helpers for lists
# that split the name.
FIELDS: tuple[str, ...] = (
    *FIELD_ORDER,
    "medicine",
    "lang",
    "country",
    "format",
    "given_name",
    "family_name",
)
IGNORE = "ignore"

HEADER_VARIANTS: dict[str, tuple[str, ...]] = {
    "patient_name": (
        "patient_name", "patient name", "patient", "name", "full name", "patient full name",
        "nom", "nom du patient", "nom de la patiente", "patient(e)", "nom complet",
        "nom et prénom", "patientenname", "name des patienten", "patientin", "vollständiger name",
        "nombre", "nombre del paciente", "nombre y apellidos", "paciente", "nombre completo",
        "nome", "nome del paziente", "nome e cognome", "paziente", "nome completo",
        "nome do doente", "nome do paciente", "doente", "naam", "naam patiënt", "patiëntnaam",
        "naam patient", "patiënt", "imię i nazwisko", "pacjent", "jméno pacienta", "pacient",
        "jméno a příjmení", "meno pacienta", "beteg neve", "páciens neve", "név", "beteg",
        "nume pacient", "numele pacientului", "nume și prenume", "patientnavn", "patientens namn",
        "namn", "navn", "potilaan nimi", "potilas", "nimi", "όνομα ασθενούς", "ασθενής",
        "ονοματεπώνυμο", "име на пациента", "пациент", "име", "ime i prezime", "ime pacijenta",
        "ime in priimek", "pacients", "vārds uzvārds", "pacientas", "vardas pavardė", "patsient",
        "ainm", "ainm an othair",
    ),
    "given_name": (
        "first name", "given name", "forename", "prénom", "vorname", "nombre de pila",
        "primo nome", "primeiro nome", "voornaam", "imię", "jméno", "meno", "keresztnév",
        "utónév", "prenume", "fornavn", "förnamn", "etunimi", "μικρό όνομα", "όνομα",
        "собствено име", "ime", "vārds", "vardas", "eesnimi",
    ),
    "family_name": (
        "last name", "surname", "family name", "nom de famille", "nachname", "familienname",
        "apellido", "apellidos", "cognome", "apelido", "sobrenome", "achternaam", "nazwisko",
        "příjmení", "priezvisko", "vezetéknév", "családi név", "nume de familie", "efternavn",
        "etternavn", "efternamn", "sukunimi", "επώνυμο", "фамилия", "prezime", "priimek",
        "uzvārds", "pavardė", "perekonnanimi", "sloinne",
    ),
    "prescriber": (
        "prescriber", "doctor", "physician", "prescribing doctor", "prescribing physician",
        "consultant", "gp", "médecin", "médecin prescripteur", "prescripteur", "arzt", "ärztin",
        "verordnender arzt", "verordner", "behandelnder arzt", "médico", "médico prescriptor",
        "prescriptor", "medico", "medico prescrittore", "prescrittore", "medico curante",
        "arts", "voorschrijver", "behandelend arts", "lekarz", "lekarz prowadzący", "lékař",
        "předepisující lékař", "lekár", "orvos", "kezelőorvos", "medic", "medic prescriptor",
        "læge", "lege", "läkare", "förskrivare", "lääkäri", "γιατρός", "θεράπων ιατρός",
        "ιατρός", "лекар", "лекуващ лекар", "liječnik", "zdravnik", "ārsts", "gydytojas", "arst",
        "dochtúir",
    ),
    "prescriber_phone": (
        "prescriber_phone", "prescriber phone", "phone", "telephone", "tel", "phone number",
        "telephone number", "doctor phone", "contact number", "téléphone", "tél",
        "téléphone du médecin", "telefon", "telefonnummer", "telefon arzt", "teléfono",
        "telefono", "telefone", "telefoon", "telefoonnummer", "numer telefonu", "telefonní číslo",
        "telefónne číslo", "telefonszám", "număr de telefon", "puhelin", "puhelinnumero",
        "τηλέφωνο", "телефон", "telefonski broj", "tālrunis", "telefonas", "telefoni",
        "guthán",
    ),
    "clinic": (
        "clinic", "clinic or pharmacy", "practice", "pharmacy", "hospital", "surgery",
        "clinique", "cabinet", "pharmacie", "hôpital", "établissement", "praxis", "klinik",
        "apotheke", "krankenhaus", "einrichtung", "clínica", "consulta", "farmacia",
        "centro", "clinica", "ambulatorio", "ospedale", "struttura", "farmácia", "kliniek",
        "praktijk", "apotheek", "ziekenhuis", "klinika", "przychodnia", "apteka", "szpital",
        "ordinace", "lékárna", "nemocnice", "ambulancia", "lekáreň", "rendelő",
        "gyógyszertár", "kórház", "clinică", "farmacie", "spital", "apotek", "sygehus",
        "sjukhus", "klinikka", "apteekki", "κλινική", "φαρμακείο", "νοσοκομείο", "клиника",
        "аптека", "болница", "ljekarna", "lekarna", "klīnika", "vaistinė", "kliinik",
    ),
    "first_injection": (
        "first_injection", "first injection", "first dose", "injection date",
        "date of injection", "date of first injection", "date", "injection", "start date",
        "première injection", "date d'injection", "date de la première injection",
        "erste injektion", "injektionsdatum", "datum der ersten injektion", "datum",
        "primera inyección", "fecha de inyección", "fecha", "prima iniezione",
        "data dell'iniezione", "data", "data da primeira injeção", "primeira injeção",
        "data da injeção", "eerste injectie", "injectiedatum", "pierwsze wstrzyknięcie",
        "data wstrzyknięcia", "první injekce", "datum injekce", "prvá injekcia",
        "első injekció", "az injekció dátuma", "prima injecție", "første injektion",
        "første injeksjon", "första injektionen", "ensimmäinen pistos", "pistospäivä",
        "πρώτη ένεση", "ημερομηνία ένεσης", "първа инжекция", "дата", "prva injekcija",
        "pirmā injekcija", "pirmoji injekcija", "esimene süst",
    ),
    "next_injection": (
        "next_injection", "next injection", "next dose", "next appointment", "due date",
        "next due", "prochaine injection", "date de la prochaine injection",
        "nächste injektion", "nächster termin", "próxima inyección", "prossima iniezione",
        "próxima injeção", "volgende injectie", "następne wstrzyknięcie", "další injekce",
        "ďalšia injekcia", "következő injekció", "următoarea injecție", "næste injektion",
        "neste injeksjon", "nästa injektion", "seuraava pistos", "επόμενη ένεση",
        "следваща инжекция", "sljedeća injekcija", "naslednja injekcija",
        "nākamā injekcija", "kita injekcija", "järgmine süst",
    ),
    "medicine": (
        "medicine", "medication", "drug", "product", "brand", "médicament", "produit",
        "arzneimittel", "medikament", "präparat", "medicamento", "farmaco", "medicinale",
        "geneesmiddel", "lek", "léčivo", "liek", "gyógyszer", "medicament", "lægemiddel",
        "legemiddel", "läkemedel", "lääke", "φάρμακο", "лекарство", "lijek", "zdravilo",
        "zāles", "vaistas", "ravim",
    ),
    "lang": (
        "lang", "language", "card language", "langue", "sprache", "idioma", "lingua", "língua",
        "taal", "język", "jazyk", "nyelv", "limba", "sprog", "språk", "kieli", "γλώσσα", "език",
        "jezik", "valoda", "kalba", "keel", "teanga",
    ),
    "country": (
        "country", "pays", "land", "staat", "país", "paese", "nazione", "kraj", "země",
        "krajina", "ország", "țară", "tara", "maa", "χώρα", "държава", "država", "valsts",
        "šalis", "riik", "tír",
    ),
    "format": (
        "format", "card format", "card size", "size", "formato", "formaat", "formát",
        "formátum", "μορφή", "формат",
    ),
}  # fmt: skip


def header_key(text: str) -> str:
    """A heading without accents, case, spaces or punctuation, for comparison."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


KNOWN_HEADERS: dict[str, str] = {
    header_key(variant): field
    for field, variants in HEADER_VARIANTS.items()
    for variant in variants
}


# Columns whose values never reach the card's printed text.
NOT_PRINTED_FIELDS = frozenset({"lang", "country", "format", "medicine", IGNORE})


def field_of_heading(heading: str) -> str | None:
    """The field a heading names, if it is a known one."""
    return KNOWN_HEADERS.get(header_key(heading))


def printed_heading(heading: str) -> bool:
    """False for a column known not to be printed (lang, country, ...); unknown ones count."""
    return field_of_heading(heading) not in NOT_PRINTED_FIELDS
