<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About cardmaker</source>
        <translation>Over cardmaker</translation>
    </message>
    <message>
        <source>cardmaker %1</source>
        <translation>cardmaker %1</translation>
    </message>
    <message>
        <source>Makes the osteonecrosis-of-the-jaw patient reminder card for denosumab medicines as a print-ready PDF.

Patient details stay in this window and in the files you save. They are not stored in settings, and the program makes no network connections.</source>
        <translation>Maakt de herinneringskaart voor patiënten over osteonecrose van de kaak voor geneesmiddelen met denosumab, als drukklare pdf.

Patiëntgegevens blijven in dit venster en in de bestanden die u opslaat. Ze worden niet in de instellingen bewaard en het programma maakt geen netwerkverbindingen.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>By the card language</source>
        <translation>Volgens de kaarttaal</translation>
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation>Dag eerst (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Maand eerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Jaar eerst (2026-12-31)</translation>
    </message>
    <message>
        <source>The list has no column for %1: choose it under “%2”.</source>
        <translation>De lijst heeft geen kolom voor %1: kies het onder ‘%2’.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Batch-export</translation>
    </message>
    <message>
        <source>Choose list...</source>
        <translation>Lijst kiezen...</translation>
    </message>
    <message>
        <source>Patient list:</source>
        <translation>Patiëntenlijst:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Kaartveld</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Eerste rijen</translation>
    </message>
    <message>
        <source>Rows that will not make a card</source>
        <translation>Rijen die geen kaart opleveren</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Gedetecteerd</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codering:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Datumvolgorde:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Eén pdf per patiënt, in een map</translation>
    </message>
    <message>
        <source>All cards on sheets, in one PDF</source>
        <translation>Alle kaarten op vellen, in één pdf</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Dubbelzijdig, omslaan langs de lange kant</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Dubbelzijdig, omslaan langs de korte kant</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Enkelzijdig</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Bestaande bestanden vervangen</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Opslaan in:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Bestandsnamen:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>Afdrukken:</translation>
    </message>
    <message>
        <source>Start at position:</source>
        <translation>Beginnen op positie:</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Patiëntenlijst</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.xlsx)</source>
        <translation>Patiëntenlijsten (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Map voor de kaarten</translation>
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation>Kies waar de kaarten worden opgeslagen.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the cards in progress...</source>
        <translation>Annuleren: de kaarten in bewerking worden afgemaakt...</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation>Gelezen als %1, scheidingsteken %2.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Gedetecteerd: %1</translation>
    </message>
    <message>
        <source>The encoding is uncertain: check the names below.</source>
        <translation>De codering is onzeker: controleer de namen hieronder.</translation>
    </message>
    <message>
        <source>Worksheet '%1'.</source>
        <translation>Werkblad ‘%1’.</translation>
    </message>
    <message>
        <source>Choose the column with the patient's name.</source>
        <translation>Kies de kolom met de naam van de patiënt.</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(niet gebruikt)</translation>
    </message>
    <message>
        <source>%1 rows ready, %2 rejected, %3 blank rows skipped.</source>
        <translation>%1 rijen klaar, %2 geweigerd, %3 lege rijen overgeslagen.</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3. Report: %4</source>
        <translation>Gemaakt: %1, geweigerd: %2, overgeslagen: %3. Verslag: %4</translation>
    </message>
    <message>
        <source>Cancelled; only complete files were kept.</source>
        <translation>Geannuleerd; alleen volledige bestanden zijn bewaard.</translation>
    </message>
    <message>
        <source>PDF/X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/X voor een drukkerij (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Patient &amp;list:</source>
        <translation>Patiënten&amp;lijst:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>&amp;Datumvolgorde:</translation>
    </message>
    <message>
        <source>One PDF per &amp;patient, in a folder</source>
        <translation>Eén PDF per &amp;patiënt, in een map</translation>
    </message>
    <message>
        <source>All cards on &amp;sheets, in one PDF</source>
        <translation>Alle kaarten op &amp;vellen, in één PDF</translation>
    </message>
    <message>
        <source>S&amp;ave to:</source>
        <translation>Op&amp;slaan in:</translation>
    </message>
    <message>
        <source>F&amp;ile names:</source>
        <translation>&amp;Bestandsnamen:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pa&amp;pier:</translation>
    </message>
    <message>
        <source>Printin&amp;g:</source>
        <translation>Af&amp;drukken:</translation>
    </message>
    <message>
        <source>Start at positio&amp;n:</source>
        <translation>Beginnen op positi&amp;e:</translation>
    </message>
    <message>
        <source>Replace e&amp;xisting files</source>
        <translation>Bestaande bestanden &amp;vervangen</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Contro&amp;leren</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>verticale streep</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tussenvoegsel of tweede naam</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Tweede achternaam</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Card field for the column %1</source>
        <translation>Kaartveld voor de kolom %1</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3, not done %4. Report: %5</source>
        <translation>Gemaakt %1, geweigerd %2, overgeslagen %3, niet gedaan %4. Rapport: %5</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>De export is gestopt: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Het rapport is niet geschreven: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing in the discarded PDF counts as made.</source>
        <translation>Geannuleerd; niets in de weggegooide PDF telt als gemaakt.</translation>
    </message>
</context>
<context>
    <name>BlankCardsDialog</name>
    <message>
        <source>Blank cards</source>
        <translation>Blanco kaarten</translation>
    </message>
    <message>
        <source>Cards to fill in by hand. The medicine, the card text and, if you wish, your clinic or pharmacy are printed; the patient's details are left as lines to write on.</source>
        <translation>Kaarten om met de hand in te vullen. Het geneesmiddel, de kaarttekst en desgewenst uw kliniek of apotheek worden gedrukt; de gegevens van de patiënt blijven lijnen om op te schrijven.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Geneesmiddel</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Kaarttaal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Dubbelzijdig, omslaan langs de lange kant</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Dubbelzijdig, omslaan langs de korte kant</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Enkelzijdig</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Geneesmiddel:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>Kaarttaa&amp;l:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmaat:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>&amp;Kliniek of apotheek:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Exemplaren:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>&amp;Zijden:</translation>
    </message>
    <message>
        <source>PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/&amp;X voor een drukkerij (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Sheets: about %1 (up to %2 cards a sheet).</source>
        <translation>Vellen: ongeveer %1 (tot %2 kaarten per vel).</translation>
    </message>
    <message>
        <source>Save blank cards as PDF</source>
        <translation>Blanco kaarten als pdf opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation>Kaarten niet opgeslagen</translation>
    </message>
    <message>
        <source>The cards could not be saved to %1: %2</source>
        <translation>De kaarten konden niet worden opgeslagen in %1: %2</translation>
    </message>
</context>
<context>
    <name>CardReadiness</name>
    <message>
        <source>No preview: %1</source>
        <translation>Geen voorbeeld: %1</translation>
    </message>
    <message>
        <source>The preview appears when this is chosen: %1</source>
        <translation>Het voorbeeld verschijnt zodra dit is gekozen: %1</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>De kaart opslaan als drukklare pdf</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>De kaart op ware grootte afdrukken</translation>
    </message>
    <message>
        <source>Not available until this is fixed:
%1</source>
        <translation>Niet beschikbaar tot dit is opgelost:
%1</translation>
    </message>
    <message>
        <source>Ready: the card can be saved or printed.</source>
        <translation>Gereed: de kaart kan worden opgeslagen of afgedrukt.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n probleem op te lossen voor het opslaan</numerusform>
            <numerusform>%n problemen op te lossen voor het opslaan</numerusform>
        </translation>
    </message>
    <message>
        <source>To save or print, fill in: %1</source>
        <translation>Vul in om op te slaan of af te drukken: %1</translation>
    </message>
</context>
<context>
    <name>CardTextFlow</name>
    <message>
        <source>Choose the folder of approved card texts</source>
        <translation>Kies de map met goedgekeurde kaartteksten</translation>
    </message>
    <message>
        <source>Card text not loaded</source>
        <translation>Kaarttekst niet geladen</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was changed. Problems by key:</source>
        <translation>%1 bevat problemen; er is niets gewijzigd. Problemen per sleutel:</translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Both sides: the printer turns the sheet</source>
        <translation>Dubbelzijdig: de printer keert het vel</translation>
    </message>
    <message>
        <source>Both sides: I turn the sheet by hand</source>
        <translation>Dubbelzijdig: ik keer het vel met de hand</translation>
    </message>
    <message>
        <source>One side: each page on its own sheet</source>
        <translation>Enkelzijdig: elke pagina op een eigen vel</translation>
    </message>
    <message>
        <source>Printed at true size, never fitted to the page. Printer offset from Settings: %1 mm across, %2 mm down.</source>
        <translation>Afgedrukt op ware grootte, nooit passend gemaakt. Printerverschuiving uit Instellingen: %1 mm horizontaal, %2 mm verticaal.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Kopieën:</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Zijden:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>This printer does not print both sides itself: the outside prints first, then the program shows how to put the sheet back for the inside.</source>
        <translation>Deze printer drukt zelf niet dubbelzijdig af: eerst wordt de buitenkant afgedrukt, daarna laat het programma zien hoe u het vel terugplaatst voor de binnenkant.</translation>
    </message>
</context>
<context>
    <name>CupsPrintFlow</name>
    <message>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <source>No printer is set up. Add one in the system's printer settings.</source>
        <translation>Er is geen printer ingesteld. Voeg er een toe in de printerinstellingen van het systeem.</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Kaart afdrukken</translation>
    </message>
    <message>
        <source>ONJ patient reminder card</source>
        <translation>Patiëntenherinneringskaart ONJ</translation>
    </message>
    <message>
        <source>Turn the sheet over</source>
        <translation>Keer het vel om</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Kalibratiepagina afdrukken</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>cardmaker-kalibratiepagina</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>De kaart kon niet worden afgedrukt: %1</translation>
    </message>
    <message>
        <source>The printer “%1” is stopped, so the card would only wait in its queue. Start it in the system&apos;s printer settings, or choose another printer.</source>
        <translation>De printer ‘%1’ is gestopt, dus de kaart zou alleen in de wachtrij blijven staan. Start hem in de printerinstellingen van het systeem, of kies een andere printer.</translation>
    </message>
    <message numerus="yes">
        <source>The outside of the card is printing (%n sheet(s)). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</source>
        <translation>
            <numerusform>De buitenkant van de kaart wordt afgedrukt (%n vel). Leg het vel als het eruit is terug in de papierlade, omgekeerd over de lange kant zoals de bladzijde van een boek: linker- en rechterrand wisselen, boven blijft boven. Kies dan OK om de binnenkant op de achterkant af te drukken.</numerusform>
            <numerusform>De buitenkant van de kaart wordt afgedrukt (%n vellen). Leg het vel als het eruit is terug in de papierlade, omgekeerd over de lange kant zoals de bladzijde van een boek: linker- en rechterrand wisselen, boven blijft boven. Kies dan OK om de binnenkant op de achterkant af te drukken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date from a calendar</source>
        <translation>Datum kiezen in een kalender</translation>
    </message>
    <message>
        <source>Calendar for: %1</source>
        <translation>Kalender voor: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Instellingenbestand %1: %2</translation>
    </message>
    <message>
        <source>Approved card text not loaded: %1</source>
        <translation>Goedgekeurde kaarttekst niet geladen: %1</translation>
    </message>
    <message>
        <source>Interface translation not built: %1</source>
        <translation>Vertaling van de interface niet gebouwd: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Load approved &amp;text…</source>
        <translation>Goedgekeurde tek&amp;st laden…</translation>
    </message>
    <message>
        <source>Draft card text</source>
        <translation>Conceptkaarttekst</translation>
    </message>
    <message>
        <source>Draft card text – not yet reviewed. The %1 card text (version %2) has not been checked by a reviewer; have it checked before cards are given to patients. This note is shown only here, never on the card.</source>
        <translation>Conceptkaarttekst – nog niet gecontroleerd. De kaarttekst ‘%1’ (versie %2) is nog door niemand nagekeken; laat hem controleren voordat kaarten aan patiënten worden gegeven. Deze melding staat alleen hier, nooit op de kaart.</translation>
    </message>
</context>
<context>
    <name>FormatPicker</name>
    <message>
        <source>Wallet card, three panels, larger text (ID-1)</source>
        <translation>Portemonneekaart, drie panelen, grotere tekst (ID-1)</translation>
    </message>
    <message>
        <source>Folded card, credit-card size (ID-1)</source>
        <translation>Gevouwen kaart, creditcardformaat (ID-1)</translation>
    </message>
    <message>
        <source>Large print (A6)</source>
        <translation>Grote letters (A6)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cardmaker – ONJ patient reminder card</source>
        <translation>cardmaker – patiëntenkaart osteonecrose van de kaak (ONJ)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Incomplete card: fields with problems are left blank in the preview. Save and Print become available when the problems are fixed.</source>
        <translation>Onvolledige kaart: velden met problemen blijven leeg in het voorbeeld. Opslaan en Afdrukken zijn beschikbaar zodra de problemen zijn opgelost.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nieuwe kaart</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>Kaart opgeslagen: %1</translation>
    </message>
    <message>
        <source>Card sent to the printer.</source>
        <translation>Kaart naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Batch-export</translation>
    </message>
    <message>
        <source>Batch export is not available in this installation (%1).</source>
        <translation>Batch-export is in deze installatie niet beschikbaar (%1).</translation>
    </message>
    <message>
        <source>Using the card text shipped with the program.</source>
        <translation>De kaarttekst die bij het programma hoort, wordt gebruikt.</translation>
    </message>
    <message>
        <source>Card text loaded from %1.</source>
        <translation>Kaarttekst geladen uit %1.</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>De instellingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Blank cards saved: %1</source>
        <translation>Blanco kaarten opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>MedicinePicker</name>
    <message>
        <source>Type a name or a company</source>
        <translation>Typ een naam of een bedrijf</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Houder: %1</translation>
    </message>
    <message>
        <source>▼ Under additional monitoring</source>
        <translation>▼ Onder aanvullende monitoring</translation>
    </message>
    <message>
        <source>Positive opinion; EU decision not yet confirmed</source>
        <translation>Positief advies; EU-besluit nog niet bevestigd</translation>
    </message>
</context>
<context>
    <name>NextInjectionField</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>Use the first injection date + 6 months</source>
        <translation>De datum van de eerste injectie + 6 maanden gebruiken</translation>
    </message>
    <message>
        <source>Reset the next injection to automatic</source>
        <translation>De volgende injectie weer automatisch berekenen</translation>
    </message>
    <message>
        <source>Leave empty to use the first injection + 6 months.</source>
        <translation>Leeg laten voor eerste injectie + 6 maanden.</translation>
    </message>
    <message>
        <source>Changed by hand; automatic would be %1.</source>
        <translation>Met de hand gewijzigd; automatisch zou het %1 zijn.</translation>
    </message>
    <message>
        <source>Automatic: %1 (first injection + 6 months).</source>
        <translation>Automatisch: %1 (eerste injectie + 6 maanden).</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Patient &amp;name</source>
        <translation>Naam &amp;patiënt</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Naam patiënt</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Eerste injectie</translation>
    </message>
    <message>
        <source>F&amp;irst injection</source>
        <translation>&amp;Eerste injectie</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Volgende injectie</translation>
    </message>
    <message>
        <source>Ne&amp;xt injection</source>
        <translation>&amp;Volgende injectie</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Voorschrijver</translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation>V&amp;oorschrijver</translation>
    </message>
    <message>
        <source>Prescriber's name</source>
        <translation>Naam voorschrijver</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one</source>
        <translation>Tele&amp;foon voorschrijver</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Telefoon voorschrijver</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy</source>
        <translation>&amp;Kliniek of apotheek</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Kliniek of apotheek</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Geneesmiddel</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Geneesmiddel</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Kaarttaal</translation>
    </message>
    <message>
        <source>Card lan&amp;guage</source>
        <translation>Kaarttaa&amp;l</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>Fo&amp;rmaat</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>QR-code opent</translation>
    </message>
    <message>
        <source>&amp;QR code opens</source>
        <translation>&amp;QR-code opent</translation>
    </message>
    <message>
        <source>%1 Under additional monitoring</source>
        <translation>%1 Onder aanvullende monitoring</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>Card text version %1 of %2 (%3)</source>
        <translation>Kaarttekst versie %1 van %2 (%3)</translation>
    </message>
    <message>
        <source>Side effects are reported to %1 (%2).</source>
        <translation>Bijwerkingen worden gemeld bij %1 (%2).</translation>
    </message>
    <message>
        <source>Card languages usual in %1: %2</source>
        <translation>Gebruikelijke kaarttalen in %1: %2</translation>
    </message>
    <message>
        <source>Which medicine does the patient receive? Type its name or company.</source>
        <translation>Welk geneesmiddel krijgt de patiënt? Typ de naam of het bedrijf.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>De pagina’s passend in het venster maken</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>De kaart op ware grootte tonen</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>Kaartvoorbeeld</translation>
    </message>
    <message>
        <source>outside (back and cover)</source>
        <translation>buitenkant (achterkant en voorblad)</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>binnenkant</translation>
    </message>
    <message>
        <source>front</source>
        <translation>voorkant</translation>
    </message>
    <message>
        <source>back</source>
        <translation>achterkant</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>ONJ patient reminder card</source>
        <translation>Patiëntenkaart osteonecrose van de kaak</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Kaart afdrukken</translation>
    </message>
    <message>
        <source>Paper too small</source>
        <translation>Papier te klein</translation>
    </message>
    <message>
        <source>The card does not fit on the chosen paper at its true size. Choose a larger paper size (A4 or Letter); cards are never shrunk to fit.</source>
        <translation>De kaart past op ware grootte niet op het gekozen papier. Kies een groter papierformaat (A4 of Letter); kaarten worden nooit verkleind.</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>cardmaker-kalibratiepagina</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Kalibratiepagina afdrukken</translation>
    </message>
    <message>
        <source>Calibration page. The red outline is where the card is trimmed; it should be %1 mm from the left edge and %2 mm from the top edge of the sheet. Measure both with a ruler. If the outline is too far right or down, lower the offset in Settings by the difference; if it is too far left or up, raise it. Current offset: %3 mm across, %4 mm down. Grid lines are 1 mm apart.</source>
        <translation>Kalibratiepagina. De rode omlijning geeft aan waar de kaart wordt bijgesneden; die hoort %1 mm van de linkerrand en %2 mm van de bovenrand van het vel te liggen. Meet beide met een liniaal. Ligt de omlijning te ver naar rechts of naar onder, verlaag dan de verschuiving in de Instellingen met het verschil; ligt ze te ver naar links of naar boven, verhoog ze dan. Huidige verschuiving: %3 mm naar rechts, %4 mm naar onder. De rasterlijnen liggen 1 mm uit elkaar.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>De kaart kon niet worden afgedrukt: %1</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Naam patiënt</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Voorschrijver</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Telefoon voorschrijver</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Kliniek of apotheek</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Eerste injectie</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Volgende injectie</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Geneesmiddel</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Kaarttaal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>voorblad</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>patiëntgegevens</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>adviezen</translation>
    </message>
    <message>
        <source>back</source>
        <translation>achterkant</translation>
    </message>
    <message>
        <source>front</source>
        <translation>voorkant</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <source>Has no letters.</source>
        <translation>Bevat geen letters.</translation>
    </message>
    <message>
        <source>Contains control characters: %1.</source>
        <translation>Bevat stuurtekens: %1.</translation>
    </message>
    <message>
        <source>The card font cannot print %1.</source>
        <translation>Het lettertype van de kaart kan %1 niet afdrukken.</translation>
    </message>
    <message>
        <source>Too long: %1 characters; the card holds at most %2.</source>
        <translation>Te lang: %1 tekens; de kaart bevat er hoogstens %2.</translation>
    </message>
    <message>
        <source>Not a phone number (not allowed: %1).</source>
        <translation>Geen telefoonnummer (niet toegestaan: %1).</translation>
    </message>
    <message>
        <source>Not a phone number: '+' is allowed only at the start.</source>
        <translation>Geen telefoonnummer: ‘+’ mag alleen aan het begin staan.</translation>
    </message>
    <message>
        <source>Not a phone number: it has %1 digits, expected %2 to %3.</source>
        <translation>Geen telefoonnummer: het heeft %1 cijfers, verwacht %2 tot %3.</translation>
    </message>
    <message>
        <source>%1 is not a plausible date.</source>
        <translation>%1 is geen aannemelijke datum.</translation>
    </message>
    <message>
        <source>%1 is not after the first injection (%2).</source>
        <translation>%1 ligt niet na de eerste injectie (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 months after the first injection (%3); injections are every 6 months.</source>
        <translation>%1 ligt meer dan %2 maanden na de eerste injectie (%3); de injecties zijn om de 6 maanden.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in %2. Choose the large-print format or load shorter approved text.</source>
        <translation>De kaarttekst past niet op het vlak ‘%1’ (taal: %2). Kies het formaat met grote letters of laad een kortere goedgekeurde tekst.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1 or pick it from the calendar.</source>
        <translation>Geen datum. Typ hem als %1 of kies hem in de kalender.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <translation>%1 %2 %3 bestaat niet.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>Er is geen maand %1.</translation>
    </message>
    <message>
        <source>Two-digit year: write %1.</source>
        <translation>Jaartal met twee cijfers: schrijf %1.</translation>
    </message>
    <message>
        <source>A week number, not a day: type the day, like %1.</source>
        <translation>Een weeknummer, geen dag: typ de dag, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>No separators: type the date like %1.</source>
        <translation>Zonder scheidingstekens: typ de datum als %1.</translation>
    </message>
    <message>
        <source>The year %1 is not possible.</source>
        <translation>Het jaar %1 is niet mogelijk.</translation>
    </message>
    <message>
        <source>Too wide for the card: shorten it, for example with initials.</source>
        <translation>Te breed voor de kaart: kort het in, bijvoorbeeld met initialen.</translation>
    </message>
    <message>
        <source>Written by hand on a blank card; leave it empty.</source>
        <translation>Wordt op een blanco kaart met de hand ingevuld; laat dit veld leeg.</translation>
    </message>
</context>
<context>
    <name>QrTargetPicker</name>
    <message>
        <source>Medicine page at the EMA (EPAR)</source>
        <translation>Geneesmiddelpagina bij het EMA (EPAR)</translation>
    </message>
    <message>
        <source>Product information (package leaflet)</source>
        <translation>Productinformatie (bijsluiter)</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Save card as PDF</source>
        <translation>Kaart opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Kaart niet opgeslagen</translation>
    </message>
    <message>
        <source>The card could not be saved to %1: %2</source>
        <translation>De kaart kon niet worden opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 bestaat al. Wilt u het vervangen?</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Choose one from the list.</source>
        <translation>Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1”. Choose one from the list.</source>
        <translation>Niets in de lijst komt overeen met ‘%1’. Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>“%1” matches %2. Choose one from the list.</source>
        <translation>‘%1’ komt overeen met: %2. Kies er een uit de lijst.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Clinic defaults</source>
        <translation>&amp;Standaardwaarden</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Bestanden</translation>
    </message>
    <message>
        <source>Pr&amp;inting</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>A new card starts with these values. The patient's details are never stored.</source>
        <translation>Een nieuwe kaart begint met deze waarden. Patiëntgegevens worden nooit opgeslagen.</translation>
    </message>
    <message>
        <source>Default medicine</source>
        <translation>Standaardgeneesmiddel</translation>
    </message>
    <message>
        <source>Default card language</source>
        <translation>Standaardkaarttaal</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standaardland</translation>
    </message>
    <message>
        <source>Default format</source>
        <translation>Standaardformaat</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>QR-code opent</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>V&amp;oorschrijver:</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one:</source>
        <translation>Tele&amp;foon voorschrijver:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>&amp;Kliniek of apotheek:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Geneesmiddel:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>Kaarttaa&amp;l:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmaat:</translation>
    </message>
    <message>
        <source>&amp;QR code opens:</source>
        <translation>&amp;QR-code opent:</translation>
    </message>
    <message>
        <source>&amp;Take from the current card</source>
        <translation>Overnemen van de h&amp;uidige kaart</translation>
    </message>
    <message>
        <source>Copy the clinic values of the card in the window (not the patient)</source>
        <translation>De kliniekgegevens van de kaart in het venster overnemen (niet de patiënt)</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Map Documenten</translation>
    </message>
    <message>
        <source>Save cards in</source>
        <translation>Kaarten opslaan in</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>&amp;Save cards in:</source>
        <translation>Kaarten &amp;opslaan in:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Patroon voor bestandsnamen</translation>
    </message>
    <message>
        <source>File &amp;name pattern:</source>
        <translation>Pa&amp;troon voor bestandsnamen:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Plaatsaanduidingen: %1</translation>
    </message>
    <message>
        <source>Put the &amp;patient's name in file names</source>
        <translation>De &amp;naam van de patiënt in bestandsnamen opnemen</translation>
    </message>
    <message>
        <source>File names are seen in folders, backups and recent-file lists; leave this off unless your clinic's rules allow it.</source>
        <translation>Bestandsnamen zijn zichtbaar in mappen, back-ups en lijsten met recente bestanden; laat dit uit, tenzij de regels van uw instelling het toestaan.</translation>
    </message>
    <message>
        <source>If your printer places the card slightly off, shift everything it prints. Print a calibration page (File menu) and measure it. Positive values move the print right and down.</source>
        <translation>Als uw printer de kaart iets verschoven afdrukt, verschuif dan alles wat hij afdrukt. Druk een kalibratiepagina af (menu Bestand) en meet die op. Positieve waarden verschuiven de afdruk naar rechts en naar onder.</translation>
    </message>
    <message>
        <source>Horizontal offset in millimetres</source>
        <translation>Horizontale verschuiving in millimeters</translation>
    </message>
    <message>
        <source>Vertical offset in millimetres</source>
        <translation>Verticale verschuiving in millimeters</translation>
    </message>
    <message>
        <source>&amp;Across (mm):</source>
        <translation>&amp;Horizontaal (mm):</translation>
    </message>
    <message>
        <source>&amp;Down (mm):</source>
        <translation>&amp;Verticaal (mm):</translation>
    </message>
    <message>
        <source>Choose the folder for saved cards</source>
        <translation>Kies de map voor opgeslagen kaarten</translation>
    </message>
    <message>
        <source>The braces { } in the pattern do not match.</source>
        <translation>De accolades { } in het patroon kloppen niet.</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>Onbekende plaatsaanduiding: %1</translation>
    </message>
    <message>
        <source>Mary Example</source>
        <translation>Maria Voorbeeld</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <source>Save PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>Opslaan als PDF/&amp;X voor een drukkerij (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>PDF/X-1a is the file a print shop asks for. Cards printed at the clinic do not need it.</source>
        <translation>PDF/X-1a is het bestand dat een drukkerij vraagt. Kaarten die in de kliniek worden afgedrukt, hebben het niet nodig.</translation>
    </message>
    <message>
        <source>This placeholder format is not allowed: %1</source>
        <translation>Deze opmaak van de plaatshouder is niet toegestaan: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>This card was neither saved nor printed.</source>
        <translation>Deze kaart is niet opgeslagen en niet afgedrukt.</translation>
    </message>
    <message>
        <source>It cannot be saved until its problems are fixed.</source>
        <translation>Ze kan pas worden opgeslagen als de problemen zijn opgelost.</translation>
    </message>
    <message>
        <source>Keep this card?</source>
        <translation>Deze kaart bewaren?</translation>
    </message>
    <message>
        <source>Do you want to save it before it is cleared?</source>
        <translation>Wilt u haar opslaan voordat ze wordt gewist?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Nieuwe kaart</translation>
    </message>
    <message>
        <source>Clear the patient's details for the next card</source>
        <translation>De patiëntgegevens wissen voor de volgende kaart</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Pdf &amp;opslaan…</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>De kaart opslaan als drukklare pdf</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>De kaart op ware grootte afdrukken</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>&amp;Kalibratiepagina afdrukken…</translation>
    </message>
    <message>
        <source>Print a millimetre grid and the card outline to check the printer offset</source>
        <translation>Een millimeterraster en de omtrek van de kaart afdrukken om de printerverschuiving te controleren</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>&amp;Batch-export…</translation>
    </message>
    <message>
        <source>Make cards for a list of patients</source>
        <translation>Kaarten maken voor een lijst met patiënten</translation>
    </message>
    <message>
        <source>&amp;Load approved card text…</source>
        <translation>Goedgekeurde kaarttekst &amp;laden…</translation>
    </message>
    <message>
        <source>Use a folder of nationally approved card texts</source>
        <translation>Een map met nationaal goedgekeurde kaartteksten gebruiken</translation>
    </message>
    <message>
        <source>&amp;Use the shipped card text</source>
        <translation>Meegeleverde kaarttekst &amp;gebruiken</translation>
    </message>
    <message>
        <source>Go back to the card texts that come with the program</source>
        <translation>Teruggaan naar de kaartteksten die bij het programma horen</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Clinic defaults, files and printer offsets</source>
        <translation>Standaardwaarden, bestanden en printerverschuiving</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Het programma sluiten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Show the preview larger</source>
        <translation>Het voorbeeld groter tonen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Show the preview smaller</source>
        <translation>Het voorbeeld kleiner tonen</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>De pagina’s passend in het venster maken</translation>
    </message>
    <message>
        <source>&amp;True size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>De kaart op ware grootte tonen</translation>
    </message>
    <message>
        <source>&amp;About cardmaker</source>
        <translation>&amp;Over cardmaker</translation>
    </message>
    <message>
        <source>Version and what the program does</source>
        <translation>Versie en doel van het programma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Blan&amp;k cards…</source>
        <translation>Blanco kaa&amp;rten…</translation>
    </message>
    <message>
        <source>Cards to fill in by hand, without patient details, on sheets</source>
        <translation>Kaarten om met de hand in te vullen, zonder patiëntgegevens, op vellen</translation>
    </message>
</context>
<context>
    <name>BatchDefaults</name>
    <message>
        <source>Card values for blank cells</source>
        <translation>Kaartwaarden voor lege cellen</translation>
    </message>
    <message>
        <source>A cell left blank in the list takes the value shown here; the report marks every such value. A value in the list always wins.</source>
        <translation>Een lege cel in de lijst krijgt de waarde die hier staat; het rapport markeert elke zulke waarde. Een waarde in de lijst gaat altijd voor.</translation>
    </message>
    <message>
        <source>(none: the list must name it)</source>
        <translation>(geen: de lijst moet het noemen)</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Geneesmiddel:</translation>
    </message>
    <message>
        <source>Card lang&amp;uage:</source>
        <translation>Kaart&amp;taal:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Prescri&amp;ber:</source>
        <translation>&amp;Voorschrijver:</translation>
    </message>
    <message>
        <source>Prescriber&apos;s p&amp;hone:</source>
        <translation>&amp;Telefoon voorschrijver:</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy:</source>
        <translation>&amp;Kliniek of apotheek:</translation>
    </message>
</context>
<context>
    <name>BatchProblems</name>
    <message>
        <source>Has %1 fields but the heading has %2 (a delimiter inside a value without quotes?).</source>
        <translation>Heeft %1 velden maar de kop heeft er %2 (een scheidingsteken in een waarde zonder aanhalingstekens?).</translation>
    </message>
    <message>
        <source>This line cannot be read: %1.</source>
        <translation>Deze regel kan niet worden gelezen: %1.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; put the whole value in quotes or remove the quotes.</source>
        <translation>Er volgt tekst na een sluitend aanhalingsteken; zet de hele waarde tussen aanhalingstekens of verwijder ze.</translation>
    </message>
    <message>
        <source>Holds bytes that are not text in the file&apos;s encoding (%1).</source>
        <translation>Bevat bytes die geen tekst zijn in de codering van het bestand (%1).</translation>
    </message>
    <message>
        <source>A formula without a saved value: open and save the file in Excel.</source>
        <translation>Een formule zonder opgeslagen waarde: open en bewaar het bestand in Excel.</translation>
    </message>
    <message>
        <source>The cell shows the error %1.</source>
        <translation>De cel toont de fout %1.</translation>
    </message>
    <message>
        <source>Cells merged over several rows (%1): unmerge them and fill each row.</source>
        <translation>Cellen samengevoegd over meerdere rijen (%1): hef dit op en vul elke rij.</translation>
    </message>
    <message>
        <source>A value in column %1, which has no heading.</source>
        <translation>Een waarde in kolom %1, die geen kop heeft.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use %2.</source>
        <translation>Onbekend formaat &apos;%1&apos;; gebruik %2.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in language &apos;%2&apos;.</source>
        <translation>De kaarttekst past niet in het paneel %1 in de taal &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The file exists; it was not replaced (tick Replace existing files).</source>
        <translation>Het bestand bestaat; het is niet vervangen (vink Bestaande bestanden vervangen aan).</translation>
    </message>
    <message>
        <source>Blank, and no card value for blank cells is chosen above.</source>
        <translation>Leeg, en hierboven is geen kaartwaarde voor lege cellen gekozen.</translation>
    </message>
</context>
</TS>
