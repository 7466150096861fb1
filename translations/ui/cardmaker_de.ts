<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About cardmaker</source>
        <translation>Über cardmaker</translation>
    </message>
    <message>
        <source>cardmaker %1</source>
        <translation>cardmaker %1</translation>
    </message>
    <message>
        <source>Makes the osteonecrosis-of-the-jaw patient reminder card for denosumab medicines as a print-ready PDF.

Patient details stay in this window and in the files you save. They are not stored in settings, and the program makes no network connections.</source>
        <translation>Erstellt die Patientenerinnerungskarte zu Kieferosteonekrosen für Denosumab-Arzneimittel als druckfertiges PDF.

Patientendaten bleiben in diesem Fenster und in den Dateien, die Sie speichern. Sie werden nicht in den Einstellungen abgelegt, und das Programm baut keine Netzwerkverbindungen auf.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>By the card language</source>
        <translation>Nach der Kartensprache</translation>
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation>Tag zuerst (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Jahr zuerst (2026-12-31)</translation>
    </message>
    <message>
        <source>The list has no column for %1: choose it under “%2”.</source>
        <translation>Die Liste hat keine Spalte für %1: wählen Sie es unter „%2“.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Stapelexport</translation>
    </message>
    <message>
        <source>Choose list...</source>
        <translation>Liste wählen...</translation>
    </message>
    <message>
        <source>Patient list:</source>
        <translation>Patientenliste:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Kartenfeld</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>Rows that will not make a card</source>
        <translation>Zeilen, aus denen keine Karte entsteht</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>Arbeitsblatt:</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Datumsreihenfolge:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Ein PDF pro Patient, in einem Ordner</translation>
    </message>
    <message>
        <source>All cards on sheets, in one PDF</source>
        <translation>Alle Karten auf Bögen, in einem PDF</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Beidseitig, über die lange Kante wenden</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Beidseitig, über die kurze Kante wenden</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Einseitig</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Dateinamen:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>Druck:</translation>
    </message>
    <message>
        <source>Start at position:</source>
        <translation>Beginnen an Position:</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.xlsx)</source>
        <translation>Patientenlisten (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Ordner für die Karten</translation>
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation>Wählen Sie, wo die Karten gespeichert werden.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the cards in progress...</source>
        <translation>Wird abgebrochen: Karten in Arbeit werden fertiggestellt...</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation>Gelesen als %1, Trennzeichen %2.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>The encoding is uncertain: check the names below.</source>
        <translation>Die Zeichenkodierung ist unsicher: Prüfen Sie die Namen unten.</translation>
    </message>
    <message>
        <source>Worksheet '%1'.</source>
        <translation>Arbeitsblatt „%1“.</translation>
    </message>
    <message>
        <source>Choose the column with the patient's name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen des Patienten.</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>%1 rows ready, %2 rejected, %3 blank rows skipped.</source>
        <translation>%1 Zeilen bereit, %2 abgelehnt, %3 leere Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3. Report: %4</source>
        <translation>Erstellt: %1, abgelehnt: %2, übersprungen: %3. Bericht: %4</translation>
    </message>
    <message>
        <source>Cancelled; only complete files were kept.</source>
        <translation>Abgebrochen; nur vollständige Dateien wurden behalten.</translation>
    </message>
    <message>
        <source>PDF/X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/X für eine Druckerei (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Patient &amp;list:</source>
        <translation>Patienten&amp;liste:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Arbeitsblatt:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>Datums&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>One PDF per &amp;patient, in a folder</source>
        <translation>Ein PDF je &amp;Patient, in einem Ordner</translation>
    </message>
    <message>
        <source>All cards on &amp;sheets, in one PDF</source>
        <translation>Alle Karten auf &amp;Bögen, in einem PDF</translation>
    </message>
    <message>
        <source>S&amp;ave to:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>F&amp;ile names:</source>
        <translation>&amp;Dateinamen:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pa&amp;pier:</translation>
    </message>
    <message>
        <source>Printin&amp;g:</source>
        <translation>Dr&amp;ucken:</translation>
    </message>
    <message>
        <source>Start at positio&amp;n:</source>
        <translation>Beginnen an Positio&amp;n:</translation>
    </message>
    <message>
        <source>Replace e&amp;xisting files</source>
        <translation>&amp;Vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Zweiter Nachname</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Card field for the column %1</source>
        <translation>Kartenfeld für die Spalte %1</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3, not done %4. Report: %5</source>
        <translation>Erstellt %1, abgelehnt %2, übersprungen %3, nicht erledigt %4. Bericht: %5</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Der Export wurde angehalten: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing in the discarded PDF counts as made.</source>
        <translation>Abgebrochen; nichts im verworfenen PDF gilt als erstellt.</translation>
    </message>
</context>
<context>
    <name>BlankCardsDialog</name>
    <message>
        <source>Blank cards</source>
        <translation>Blanko-Karten</translation>
    </message>
    <message>
        <source>Cards to fill in by hand. The medicine, the card text and, if you wish, your clinic or pharmacy are printed; the patient's details are left as lines to write on.</source>
        <translation>Karten zum Ausfüllen von Hand. Gedruckt werden das Arzneimittel, der Kartentext und auf Wunsch Ihre Praxis oder Apotheke; die Angaben zum Patienten bleiben als Linien zum Beschriften frei.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Kartensprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Beidseitig, über die lange Kante wenden</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Beidseitig, über die kurze Kante wenden</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Einseitig</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>Arznei&amp;mittel:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>&amp;Kartensprache:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>Klinik oder A&amp;potheke:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Exemplare:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pap&amp;ier:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>Sei&amp;ten:</translation>
    </message>
    <message>
        <source>PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/&amp;X für eine Druckerei (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Sheets: about %1 (up to %2 cards a sheet).</source>
        <translation>Bogen: etwa %1 (bis zu %2 Karten je Bogen).</translation>
    </message>
    <message>
        <source>Save blank cards as PDF</source>
        <translation>Blanko-Karten als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation>Karten nicht gespeichert</translation>
    </message>
    <message>
        <source>The cards could not be saved to %1: %2</source>
        <translation>Die Karten konnten nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>CardReadiness</name>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>The preview appears when this is chosen: %1</source>
        <translation>Die Vorschau erscheint, sobald dies gewählt ist: %1</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Karte als druckfertiges PDF speichern</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Karte in Originalgröße drucken</translation>
    </message>
    <message>
        <source>Not available until this is fixed:
%1</source>
        <translation>Nicht verfügbar, bis dies behoben ist:
%1</translation>
    </message>
    <message>
        <source>Ready: the card can be saved or printed.</source>
        <translation>Bereit: Die Karte kann gespeichert oder gedruckt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n Problem vor dem Speichern zu beheben</numerusform>
            <numerusform>%n Probleme vor dem Speichern zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>To save or print, fill in: %1</source>
        <translation>Zum Speichern oder Drucken noch ausfüllen: %1</translation>
    </message>
</context>
<context>
    <name>CardTextFlow</name>
    <message>
        <source>Choose the folder of approved card texts</source>
        <translation>Ordner mit freigegebenen Kartentexten wählen</translation>
    </message>
    <message>
        <source>Card text not loaded</source>
        <translation>Kartentext nicht geladen</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was changed. Problems by key:</source>
        <translation>%1 enthält Fehler; nichts wurde geändert. Fehler nach Schlüssel:</translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Both sides: the printer turns the sheet</source>
        <translation>Beidseitig: der Drucker wendet das Blatt</translation>
    </message>
    <message>
        <source>Both sides: I turn the sheet by hand</source>
        <translation>Beidseitig: ich wende das Blatt von Hand</translation>
    </message>
    <message>
        <source>One side: each page on its own sheet</source>
        <translation>Einseitig: jede Seite auf ein eigenes Blatt</translation>
    </message>
    <message>
        <source>Printed at true size, never fitted to the page. Printer offset from Settings: %1 mm across, %2 mm down.</source>
        <translation>Gedruckt in Originalgröße, nie an die Seite angepasst. Druckerversatz aus den Einstellungen: %1 mm waagrecht, %2 mm senkrecht.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Drucker:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Kopien:</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>This printer does not print both sides itself: the outside prints first, then the program shows how to put the sheet back for the inside.</source>
        <translation>Dieser Drucker druckt nicht selbst beidseitig: zuerst wird die Außenseite gedruckt, dann zeigt das Programm, wie Sie das Blatt für die Innenseite wieder einlegen.</translation>
    </message>
</context>
<context>
    <name>CupsPrintFlow</name>
    <message>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <source>No printer is set up. Add one in the system's printer settings.</source>
        <translation>Es ist kein Drucker eingerichtet. Fügen Sie einen in den Druckereinstellungen des Systems hinzu.</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <source>ONJ patient reminder card</source>
        <translation>Patientenkarte Kieferosteonekrose</translation>
    </message>
    <message>
        <source>Turn the sheet over</source>
        <translation>Blatt wenden</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Kalibrierseite drucken</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>cardmaker-Kalibrierseite</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>Die Karte konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>The printer “%1” is stopped, so the card would only wait in its queue. Start it in the system&apos;s printer settings, or choose another printer.</source>
        <translation>Der Drucker „%1“ ist angehalten; die Karte würde nur in seiner Warteschlange warten. Starten Sie ihn in den Druckereinstellungen des Systems, oder wählen Sie einen anderen Drucker.</translation>
    </message>
    <message numerus="yes">
        <source>The outside of the card is printing (%n sheet(s)). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</source>
        <translation>
            <numerusform>Die Außenseite der Karte wird gedruckt (%n Blatt). Wenn es ausgegeben ist, legen Sie das Blatt wieder in das Papierfach, über die lange Kante gewendet wie die Seite eines Buches: linker und rechter Rand tauschen, oben bleibt oben. Wählen Sie dann OK, um die Innenseite auf die Rückseite zu drucken.</numerusform>
            <numerusform>Die Außenseite der Karte wird gedruckt (%n Blätter). Wenn es ausgegeben ist, legen Sie das Blatt wieder in das Papierfach, über die lange Kante gewendet wie die Seite eines Buches: linker und rechter Rand tauschen, oben bleibt oben. Wählen Sie dann OK, um die Innenseite auf die Rückseite zu drucken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date from a calendar</source>
        <translation>Datum aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Calendar for: %1</source>
        <translation>Kalender für: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Einstellungsdatei %1: %2</translation>
    </message>
    <message>
        <source>Approved card text not loaded: %1</source>
        <translation>Freigegebener Kartentext nicht geladen: %1</translation>
    </message>
    <message>
        <source>Interface translation not built: %1</source>
        <translation>Übersetzung der Oberfläche nicht erstellt: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Load approved &amp;text…</source>
        <translation>Freigegebenen Te&amp;xt laden…</translation>
    </message>
    <message>
        <source>Draft card text</source>
        <translation>Kartentext im Entwurf</translation>
    </message>
    <message>
        <source>Draft card text – not yet reviewed. The %1 card text (version %2) has not been checked by a reviewer; have it checked before cards are given to patients. This note is shown only here, never on the card.</source>
        <translation>Kartentext im Entwurf – noch nicht geprüft. Der Kartentext „%1“ (Version %2) wurde noch von niemandem geprüft; lassen Sie ihn prüfen, bevor Karten an Patienten gehen. Dieser Hinweis erscheint nur hier, nie auf der Karte.</translation>
    </message>
</context>
<context>
    <name>FormatPicker</name>
    <message>
        <source>Wallet card, three panels, larger text (ID-1)</source>
        <translation>Brieftaschenkarte, dreiteilig, größere Schrift (ID-1)</translation>
    </message>
    <message>
        <source>Folded card, credit-card size (ID-1)</source>
        <translation>Faltkarte im Scheckkartenformat (ID-1)</translation>
    </message>
    <message>
        <source>Large print (A6)</source>
        <translation>Großdruck (A6)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cardmaker – ONJ patient reminder card</source>
        <translation>cardmaker – Patientenkarte Kieferosteonekrose (ONJ)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Incomplete card: fields with problems are left blank in the preview. Save and Print become available when the problems are fixed.</source>
        <translation>Unvollständige Karte: Felder mit Problemen bleiben in der Vorschau leer. Speichern und Drucken sind möglich, sobald die Probleme behoben sind.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>Karte gespeichert: %1</translation>
    </message>
    <message>
        <source>Card sent to the printer.</source>
        <translation>Karte an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Stapelexport</translation>
    </message>
    <message>
        <source>Batch export is not available in this installation (%1).</source>
        <translation>Der Stapelexport ist in dieser Installation nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Using the card text shipped with the program.</source>
        <translation>Der mit dem Programm gelieferte Kartentext wird verwendet.</translation>
    </message>
    <message>
        <source>Card text loaded from %1.</source>
        <translation>Kartentext aus %1 geladen.</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Blank cards saved: %1</source>
        <translation>Blanko-Karten gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>MedicinePicker</name>
    <message>
        <source>Type a name or a company</source>
        <translation>Name oder Firma eingeben</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Zulassungsinhaber: %1</translation>
    </message>
    <message>
        <source>▼ Under additional monitoring</source>
        <translation>▼ Unterliegt einer zusätzlichen Überwachung</translation>
    </message>
    <message>
        <source>Positive opinion; EU decision not yet confirmed</source>
        <translation>Positive Stellungnahme; EU-Entscheidung noch nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>NextInjectionField</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>A&amp;utomatisch</translation>
    </message>
    <message>
        <source>Use the first injection date + 6 months</source>
        <translation>Datum der ersten Injektion + 6 Monate verwenden</translation>
    </message>
    <message>
        <source>Reset the next injection to automatic</source>
        <translation>Nächste Injektion wieder automatisch berechnen</translation>
    </message>
    <message>
        <source>Leave empty to use the first injection + 6 months.</source>
        <translation>Leer lassen für erste Injektion + 6 Monate.</translation>
    </message>
    <message>
        <source>Changed by hand; automatic would be %1.</source>
        <translation>Von Hand geändert; automatisch wäre es der %1.</translation>
    </message>
    <message>
        <source>Automatic: %1 (first injection + 6 months).</source>
        <translation>Automatisch: %1 (erste Injektion + 6 Monate).</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient &amp;name</source>
        <translation>&amp;Name des Patienten</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Erste Injektion</translation>
    </message>
    <message>
        <source>F&amp;irst injection</source>
        <translation>&amp;Erste Injektion</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Nächste Injektion</translation>
    </message>
    <message>
        <source>Ne&amp;xt injection</source>
        <translation>Nä&amp;chste Injektion</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation>Verordnet &amp;von</translation>
    </message>
    <message>
        <source>Prescriber's name</source>
        <translation>Name der verordnenden Person</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Telefon der verordnenden Person</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy</source>
        <translation>Klinik oder A&amp;potheke</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Klinik oder Apotheke</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>Arznei&amp;mittel</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Kartensprache</translation>
    </message>
    <message>
        <source>Card lan&amp;guage</source>
        <translation>&amp;Kartensprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>QR-Code öffnet</translation>
    </message>
    <message>
        <source>&amp;QR code opens</source>
        <translation>&amp;QR-Code öffnet</translation>
    </message>
    <message>
        <source>%1 Under additional monitoring</source>
        <translation>%1 Unterliegt einer zusätzlichen Überwachung</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Card text version %1 of %2 (%3)</source>
        <translation>Kartentext Version %1 vom %2 (%3)</translation>
    </message>
    <message>
        <source>Side effects are reported to %1 (%2).</source>
        <translation>Nebenwirkungen werden gemeldet an: %1 (%2).</translation>
    </message>
    <message>
        <source>Card languages usual in %1: %2</source>
        <translation>Übliche Kartensprachen in %1: %2</translation>
    </message>
    <message>
        <source>Which medicine does the patient receive? Type its name or company.</source>
        <translation>Welches Arzneimittel erhält der Patient? Tippen Sie Namen oder Firma ein.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Seiten an das Fenster anpassen</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Karte in Originalgröße zeigen</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>Kartenvorschau</translation>
    </message>
    <message>
        <source>outside (back and cover)</source>
        <translation>außen (Rückseite und Titelseite)</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>innen</translation>
    </message>
    <message>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
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
        <translation>Patientenkarte Kieferosteonekrose</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <source>Paper too small</source>
        <translation>Papier zu klein</translation>
    </message>
    <message>
        <source>The card does not fit on the chosen paper at its true size. Choose a larger paper size (A4 or Letter); cards are never shrunk to fit.</source>
        <translation>Die Karte passt in Originalgröße nicht auf das gewählte Papier. Wählen Sie ein größeres Papierformat (A4 oder Letter); Karten werden nie verkleinert.</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>cardmaker-Kalibrierseite</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Kalibrierseite drucken</translation>
    </message>
    <message>
        <source>Calibration page. The red outline is where the card is trimmed; it should be %1 mm from the left edge and %2 mm from the top edge of the sheet. Measure both with a ruler. If the outline is too far right or down, lower the offset in Settings by the difference; if it is too far left or up, raise it. Current offset: %3 mm across, %4 mm down. Grid lines are 1 mm apart.</source>
        <translation>Kalibrierseite. Der rote Rahmen zeigt, wo die Karte geschnitten wird; er sollte %1 mm vom linken und %2 mm vom oberen Blattrand entfernt sein. Messen Sie beides mit einem Lineal. Liegt der Rahmen zu weit rechts oder unten, verringern Sie den Versatz in den Einstellungen um die Differenz; liegt er zu weit links oder oben, erhöhen Sie ihn. Aktueller Versatz: %3 mm nach rechts, %4 mm nach unten. Die Gitterlinien liegen 1 mm auseinander.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>Die Karte konnte nicht gedruckt werden: %1</translation>
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
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Klinik oder Apotheke</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Erste Injektion</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Nächste Injektion</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Kartensprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>Patientenangaben</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtangabe.</translation>
    </message>
    <message>
        <source>Has no letters.</source>
        <translation>Enthält keine Buchstaben.</translation>
    </message>
    <message>
        <source>Contains control characters: %1.</source>
        <translation>Enthält Steuerzeichen: %1.</translation>
    </message>
    <message>
        <source>The card font cannot print %1.</source>
        <translation>Die Kartenschrift kann %1 nicht drucken.</translation>
    </message>
    <message>
        <source>Too long: %1 characters; the card holds at most %2.</source>
        <translation>Zu lang: %1 Zeichen; auf die Karte passen höchstens %2.</translation>
    </message>
    <message>
        <source>Not a phone number (not allowed: %1).</source>
        <translation>Keine Telefonnummer (nicht erlaubt: %1).</translation>
    </message>
    <message>
        <source>Not a phone number: '+' is allowed only at the start.</source>
        <translation>Keine Telefonnummer: „+“ ist nur am Anfang erlaubt.</translation>
    </message>
    <message>
        <source>Not a phone number: it has %1 digits, expected %2 to %3.</source>
        <translation>Keine Telefonnummer: %1 Ziffern, erwartet werden %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 is not a plausible date.</source>
        <translation>%1 ist kein plausibles Datum.</translation>
    </message>
    <message>
        <source>%1 is not after the first injection (%2).</source>
        <translation>%1 liegt nicht nach der ersten Injektion (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 months after the first injection (%3); injections are every 6 months.</source>
        <translation>%1 liegt mehr als %2 Monate nach der ersten Injektion (%3); die Injektionen erfolgen alle 6 Monate.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in %2. Choose the large-print format or load shorter approved text.</source>
        <translation>Der Kartentext passt nicht auf die Fläche „%1“ (Sprache: %2). Wählen Sie das Großdruckformat oder laden Sie kürzeren freigegebenen Text.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1 or pick it from the calendar.</source>
        <translation>Kein Datum. Geben Sie es wie %1 ein oder wählen Sie es im Kalender.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <translation>Den %1. %2 %3 gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>Einen Monat %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Two-digit year: write %1.</source>
        <translation>Zweistellige Jahreszahl: schreiben Sie %1.</translation>
    </message>
    <message>
        <source>A week number, not a day: type the day, like %1.</source>
        <translation>Eine Kalenderwoche, kein Tag: schreiben Sie den Tag, etwa %1.</translation>
    </message>
    <message>
        <source>No separators: type the date like %1.</source>
        <translation>Ohne Trennzeichen: schreiben Sie das Datum etwa als %1.</translation>
    </message>
    <message>
        <source>The year %1 is not possible.</source>
        <translation>Das Jahr %1 ist nicht möglich.</translation>
    </message>
    <message>
        <source>Too wide for the card: shorten it, for example with initials.</source>
        <translation>Zu breit für die Karte: kürzen Sie, zum Beispiel mit Initialen.</translation>
    </message>
    <message>
        <source>Written by hand on a blank card; leave it empty.</source>
        <translation>Wird auf einer Blanko-Karte von Hand eingetragen; lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>QrTargetPicker</name>
    <message>
        <source>Medicine page at the EMA (EPAR)</source>
        <translation>Arzneimittelseite der EMA (EPAR)</translation>
    </message>
    <message>
        <source>Product information (package leaflet)</source>
        <translation>Produktinformation (Packungsbeilage)</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Save card as PDF</source>
        <translation>Karte als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Karte nicht gespeichert</translation>
    </message>
    <message>
        <source>The card could not be saved to %1: %2</source>
        <translation>Die Karte konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Choose one from the list.</source>
        <translation>Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1”. Choose one from the list.</source>
        <translation>Kein Eintrag der Liste passt zu „%1“. Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>“%1” matches %2. Choose one from the list.</source>
        <translation>„%1“ passt zu: %2. Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Clinic defaults</source>
        <translation>V&amp;orgaben der Praxis</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>Pr&amp;inting</source>
        <translation>D&amp;rucken</translation>
    </message>
    <message>
        <source>A new card starts with these values. The patient's details are never stored.</source>
        <translation>Eine neue Karte beginnt mit diesen Werten. Die Angaben zum Patienten werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Default medicine</source>
        <translation>Vorgegebenes Arzneimittel</translation>
    </message>
    <message>
        <source>Default card language</source>
        <translation>Vorgegebene Kartensprache</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Vorgegebenes Land</translation>
    </message>
    <message>
        <source>Default format</source>
        <translation>Vorgegebenes Format</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>QR-Code öffnet</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>Verordnet &amp;von:</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>Klinik oder A&amp;potheke:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>Arznei&amp;mittel:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>&amp;Kartensprache:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;QR code opens:</source>
        <translation>&amp;QR-Code öffnet:</translation>
    </message>
    <message>
        <source>&amp;Take from the current card</source>
        <translation>Aus der aktuellen Karte &amp;übernehmen</translation>
    </message>
    <message>
        <source>Copy the clinic values of the card in the window (not the patient)</source>
        <translation>Die Praxisangaben der Karte im Fenster übernehmen (nicht den Patienten)</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Ordner „Dokumente“</translation>
    </message>
    <message>
        <source>Save cards in</source>
        <translation>Karten speichern in</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save cards in:</source>
        <translation>Karten &amp;speichern in:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Muster für Dateinamen</translation>
    </message>
    <message>
        <source>File &amp;name pattern:</source>
        <translation>Muster für Datei&amp;namen:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>Put the &amp;patient's name in file names</source>
        <translation>Namen des &amp;Patienten in Dateinamen aufnehmen</translation>
    </message>
    <message>
        <source>File names are seen in folders, backups and recent-file lists; leave this off unless your clinic's rules allow it.</source>
        <translation>Dateinamen sind in Ordnern, Sicherungen und Listen zuletzt verwendeter Dateien sichtbar; lassen Sie dies aus, sofern die Regeln Ihrer Einrichtung es nicht erlauben.</translation>
    </message>
    <message>
        <source>If your printer places the card slightly off, shift everything it prints. Print a calibration page (File menu) and measure it. Positive values move the print right and down.</source>
        <translation>Wenn Ihr Drucker die Karte leicht versetzt druckt, verschieben Sie alles, was er druckt. Drucken Sie eine Kalibrierseite (Menü Datei) und messen Sie nach. Positive Werte verschieben den Druck nach rechts und nach unten.</translation>
    </message>
    <message>
        <source>Horizontal offset in millimetres</source>
        <translation>Horizontaler Versatz in Millimetern</translation>
    </message>
    <message>
        <source>Vertical offset in millimetres</source>
        <translation>Vertikaler Versatz in Millimetern</translation>
    </message>
    <message>
        <source>&amp;Across (mm):</source>
        <translation>&amp;Waagerecht (mm):</translation>
    </message>
    <message>
        <source>&amp;Down (mm):</source>
        <translation>&amp;Senkrecht (mm):</translation>
    </message>
    <message>
        <source>Choose the folder for saved cards</source>
        <translation>Ordner für gespeicherte Karten wählen</translation>
    </message>
    <message>
        <source>The braces { } in the pattern do not match.</source>
        <translation>Die geschweiften Klammern { } im Muster passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>Unbekannter Platzhalter: %1</translation>
    </message>
    <message>
        <source>Mary Example</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Save PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/&amp;X für eine Druckerei speichern (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>PDF/X-1a is the file a print shop asks for. Cards printed at the clinic do not need it.</source>
        <translation>PDF/X-1a ist die Datei, die eine Druckerei verlangt. Für Karten, die in der Praxis gedruckt werden, ist es nicht nötig.</translation>
    </message>
    <message>
        <source>This placeholder format is not allowed: %1</source>
        <translation>Dieses Platzhalterformat ist nicht erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>This card was neither saved nor printed.</source>
        <translation>Diese Karte wurde weder gespeichert noch gedruckt.</translation>
    </message>
    <message>
        <source>It cannot be saved until its problems are fixed.</source>
        <translation>Sie kann erst gespeichert werden, wenn ihre Probleme behoben sind.</translation>
    </message>
    <message>
        <source>Keep this card?</source>
        <translation>Diese Karte behalten?</translation>
    </message>
    <message>
        <source>Do you want to save it before it is cleared?</source>
        <translation>Möchten Sie sie speichern, bevor sie geleert wird?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <source>Clear the patient's details for the next card</source>
        <translation>Patientenangaben für die nächste Karte leeren</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Karte als druckfertiges PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Karte in Originalgröße drucken</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>&amp;Kalibrierseite drucken…</translation>
    </message>
    <message>
        <source>Print a millimetre grid and the card outline to check the printer offset</source>
        <translation>Ein Millimetergitter und den Kartenumriss drucken, um den Druckerversatz zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>S&amp;tapelexport…</translation>
    </message>
    <message>
        <source>Make cards for a list of patients</source>
        <translation>Karten für eine Patientenliste erstellen</translation>
    </message>
    <message>
        <source>&amp;Load approved card text…</source>
        <translation>Freigegebenen Kartentext &amp;laden…</translation>
    </message>
    <message>
        <source>Use a folder of nationally approved card texts</source>
        <translation>Einen Ordner mit national freigegebenen Kartentexten verwenden</translation>
    </message>
    <message>
        <source>&amp;Use the shipped card text</source>
        <translation>Mitgelieferten Kartentext &amp;verwenden</translation>
    </message>
    <message>
        <source>Go back to the card texts that come with the program</source>
        <translation>Zu den Kartentexten zurückkehren, die mit dem Programm geliefert werden</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Clinic defaults, files and printer offsets</source>
        <translation>Praxisvorgaben, Dateien und Druckerversatz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Programm schließen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Show the preview larger</source>
        <translation>Vorschau größer zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>V&amp;erkleinern</translation>
    </message>
    <message>
        <source>Show the preview smaller</source>
        <translation>Vorschau kleiner zeigen</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;An Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Seiten an das Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;True size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Karte in Originalgröße zeigen</translation>
    </message>
    <message>
        <source>&amp;About cardmaker</source>
        <translation>&amp;Über cardmaker</translation>
    </message>
    <message>
        <source>Version and what the program does</source>
        <translation>Version und Zweck des Programms</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Blan&amp;k cards…</source>
        <translation>Bl&amp;anko-Karten…</translation>
    </message>
    <message>
        <source>Cards to fill in by hand, without patient details, on sheets</source>
        <translation>Karten zum Ausfüllen von Hand, ohne Patientendaten, auf Bögen</translation>
    </message>
</context>
<context>
    <name>BatchDefaults</name>
    <message>
        <source>Card values for blank cells</source>
        <translation>Kartenwerte für leere Zellen</translation>
    </message>
    <message>
        <source>A cell left blank in the list takes the value shown here; the report marks every such value. A value in the list always wins.</source>
        <translation>Eine leere Zelle der Liste erhält den hier gezeigten Wert; der Bericht kennzeichnet jeden solchen Wert. Ein Wert in der Liste hat immer Vorrang.</translation>
    </message>
    <message>
        <source>(none: the list must name it)</source>
        <translation>(keiner: die Liste muss ihn nennen)</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Arzneimittel:</translation>
    </message>
    <message>
        <source>Card lang&amp;uage:</source>
        <translation>Karten&amp;sprache:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Prescri&amp;ber:</source>
        <translation>&amp;Verordnende(r):</translation>
    </message>
    <message>
        <source>Prescriber&apos;s p&amp;hone:</source>
        <translation>&amp;Telefon der verordnenden Person:</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy:</source>
        <translation>&amp;Klinik oder Apotheke:</translation>
    </message>
</context>
<context>
    <name>BatchProblems</name>
    <message>
        <source>Has %1 fields but the heading has %2 (a delimiter inside a value without quotes?).</source>
        <translation>Hat %1 Felder, die Überschrift aber %2 (ein Trennzeichen in einem Wert ohne Anführungszeichen?).</translation>
    </message>
    <message>
        <source>This line cannot be read: %1.</source>
        <translation>Diese Zeile kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; put the whole value in quotes or remove the quotes.</source>
        <translation>Nach einem schließenden Anführungszeichen folgt Text; setzen Sie den ganzen Wert in Anführungszeichen oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Holds bytes that are not text in the file&apos;s encoding (%1).</source>
        <translation>Enthält Bytes, die in der Kodierung der Datei kein Text sind (%1).</translation>
    </message>
    <message>
        <source>A formula without a saved value: open and save the file in Excel.</source>
        <translation>Eine Formel ohne gespeicherten Wert: Öffnen und speichern Sie die Datei in Excel.</translation>
    </message>
    <message>
        <source>The cell shows the error %1.</source>
        <translation>Die Zelle zeigt den Fehler %1.</translation>
    </message>
    <message>
        <source>Cells merged over several rows (%1): unmerge them and fill each row.</source>
        <translation>Über mehrere Zeilen verbundene Zellen (%1): Heben Sie die Verbindung auf und füllen Sie jede Zeile.</translation>
    </message>
    <message>
        <source>A value in column %1, which has no heading.</source>
        <translation>Ein Wert in Spalte %1, die keine Überschrift hat.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use %2.</source>
        <translation>Unbekanntes Format &apos;%1&apos;; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in language &apos;%2&apos;.</source>
        <translation>Der Kartentext passt nicht auf das Feld %1 in der Sprache &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The file exists; it was not replaced (tick Replace existing files).</source>
        <translation>Die Datei existiert; sie wurde nicht ersetzt (wählen Sie Vorhandene Dateien ersetzen).</translation>
    </message>
    <message>
        <source>Blank, and no card value for blank cells is chosen above.</source>
        <translation>Leer, und oben ist kein Kartenwert für leere Zellen gewählt.</translation>
    </message>
</context>
</TS>
