"""Realistic patient names of every card language, and the encodings each is exported in."""

from __future__ import annotations

NAMES: dict[str, tuple[str, ...]] = {
    "bg": ("Иван Петров", "Мария Георгиева", "Стоян Димитров", "Йорданка Христова",
           "Цветелина Жекова", "Щерьо Чолаков", "Любомир Юруков", "Ангел Ъглов"),
    "cs": ("Žofie Dvořáková", "Jiří Novák", "Šárka Černá", "Tomáš Hůlka", "Věra Kočí",
           "Ďurica Ťoupalová", "Zdeněk Růžička", "Anežka Pěničková"),
    "da": ("Søren Kjær", "Åse Mølgaard", "Jørgen Bæk", "Mette Sørensen", "Ærø Holm",
           "Bjørn Ågård", "Lærke Østergaard", "Anders Jensen"),
    "de": ("Jürgen Müller", "Käthe Schäfer", "Günther Weiß", "Björn Köhler", "Ute Groß",
           "Jörg Lößl", "Hans Meier", "Änne Bäumer"),
    "el": ("Γιώργος Παπαδόπουλος", "Ελένη Νικολάου", "Άννα Οικονόμου", "Ιωάννης Σταύρου",
           "Όλγα Ψαρά", "Δημήτρης Χατζής", "Ευάγγελος Ζαφείρης", "Ήρα Ωραιοπούλου"),
    "en": ("Mary O'Brien", "Zoë Brontë", "John Smith", "Renée Hughes", "Chloë Adams",
           "Noël Carter", "Beyoncé Walker", "Peter Jones"),
    "es": ("José Muñoz", "María Ibáñez", "Íñigo Núñez", "Begoña Güell", "Ángel Peña",
           "Lucía Martínez", "Óscar Gómez", "Ramón Cañizares"),
    "et": ("Jüri Õunapuu", "Mari Tamm", "Tõnu Käärik", "Ülle Sõõrumaa", "Andres Šmidt",
           "Märt Põder", "Külli Jõgi", "Žanna Rätsep"),
    "fi": ("Väinö Mäkinen", "Jääskeläinen Pirkko", "Åke Lindström", "Sääski Päivi",
           "Tuomas Härkönen", "Jönsson Kyösti", "Aino Ylä-Mononen", "Mikko Nieminen"),
    "fr": ("François Lœuillet", "Éloïse Bœuf", "Hélène Gaëtan", "Jérôme Çelik", "Noël Maïté",
           "Zoé Lefèvre", "Cécile Dupré", "Aurélie Bérengère"),
    "ga": ("Seán Ó Briain", "Siobhán Ní Dhónaill", "Máire Ó Súilleabháin", "Pádraig Ó Sé",
           "Aoife Ní Bhriain", "Eoin Ó Conaill", "Niamh Ní Mhurchú", "Caoimhín Ó Dálaigh"),
    "hr": ("Đurđa Kovačević", "Željko Horvat", "Ivana Babić", "Šime Jurić", "Mateja Čović",
           "Ćiro Blažević", "Dražen Perić", "Nikolina Đaković"),
    "hu": ("Kovács Győző", "Szőke Tünde", "Nagy Ödön", "Tóth Ünige", "Horváth Erzsébet",
           "Kiss Gábor", "Pásztor Lőrinc", "Bűdi Enikő"),
    "is": ("Björk Guðmundsdóttir", "Þórður Jónsson", "Sigríður Þórarinsdóttir", "Ægir Ólafsson",
           "Guðrún Hávarðardóttir", "Ásdís Björnsdóttir", "Davíð Örnólfsson", "Hrafn Þór"),
    "it": ("Niccolò Rossi", "Lucrezia Bianchi", "Gianluca Cantù", "Nicolò Sciarrà",
           "Andrea Pirlò", "Salvatore Forlì", "Federica Mazzà", "Marco Zanè"),
    "lt": ("Jonas Kazlauskas", "Ona Žemaitytė", "Vytautas Šimkus", "Rūta Petrauskienė",
           "Gintarė Čepulė", "Dalė Jankūnaitė", "Ąžuolas Ėrikas", "Įveta Kęstutytė"),
    "lv": ("Jānis Bērziņš", "Līga Ozoliņa", "Kārlis Ķēniņš", "Ilze Kalniņa", "Ģirts Šteins",
           "Māra Žagare", "Ēriks Čakste", "Aļona Gūtmane"),
    "mt": ("Ġorġ Borġ", "Marija Camilleri", "Ċensu Żammit", "Pawlu Ħili", "Rita Ħabib",
           "Ġużeppi Vella", "Anġlu Micallef", "Żaren Cassar"),
    "nl": ("Anouk de Vries", "Daniëlle Jansen", "Noël van Dijk", "Chloë Bakker", "Inès Visser",
           "Gijs Smit", "Eloïse de Boer", "Zoë Mulder"),
    "no": ("Bjørn Ødegård", "Åse Kjærstad", "Ørjan Sæther", "Ingrid Bråten", "Kåre Løvås",
           "Sølvi Hætta", "Per Nilsen", "Mari Haugen"),
    "pl": ("Łukasz Żółć", "Małgorzata Wójcik", "Paweł Kowalczyk", "Józef Ślęzak",
           "Agnieszka Dąbrowska", "Grzegorz Źródło", "Bożena Świątek", "Jędrzej Kuś"),
    "pt": ("João Gonçalves", "Inês Magalhães", "Sebastião Araújo", "Conceição Guimarães",
           "Ângela Brandão", "António Simões", "Estêvão Lopes", "Luís Conceição"),
    "ro": ("Ștefan Țurcanu", "Ioana Mureșan", "Răzvan Dumitrașcu", "Andreea Stănescu",
           "Gheorghe Brâncuși", "Irina Țîțeică", "Mihai Ionescu", "Cătălina Vâlcea"),
    "sk": ("Ľudovít Štúr", "Ján Kováč", "Mária Ďuríková", "Ľubica Šťastná", "Róbert Kráľ",
           "Zuzana Čierna", "Ondrej Hrušovský", "Ľudmila Šoltésová"),
    "sl": ("Janez Novak", "Mojca Kržič", "Žiga Zupančič", "Špela Kovačič", "Matevž Černe",
           "Tjaša Petrič", "Nejc Horvat", "Anže Kopitar"),
    "sv": ("Åsa Öberg", "Björn Ångström", "Märta Lindqvist", "Göran Åkesson", "Ola Svensson",
           "Lisa Öhman", "Sören Bäckström", "Ylva Höglund"),
}  # fmt: skip

_UNICODE = ("utf-8", "utf-8-sig", "utf-16")
_WESTERN = (*_UNICODE, "cp1252", "iso-8859-1", "iso-8859-15")
_CENTRAL = (*_UNICODE, "cp1250", "iso-8859-2")
_BALTIC = (*_UNICODE, "cp1257", "iso-8859-13", "iso-8859-4")
EXPORTED_IN: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("da de en es fi fr ga is it nl no pt sv".split(), _WESTERN),
    **dict.fromkeys("cs hr hu pl sk sl".split(), _CENTRAL),
    "ro": (*_CENTRAL, "iso-8859-16"),
    "lt": _BALTIC,
    "lv": _BALTIC,
    "et": (*_BALTIC, "iso-8859-15"),
    "bg": (*_UNICODE, "cp1251", "iso-8859-5"),
    "el": (*_UNICODE, "cp1253", "iso-8859-7"),
    "mt": (*_UNICODE, "iso-8859-3"),
}

# Legacy Romanian: code pages without the comma-below letters carry the cedilla ones.
LEGACY_SPELLING = str.maketrans("ȘșȚț", "ŞşŢţ")
