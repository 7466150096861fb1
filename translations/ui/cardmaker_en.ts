<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About cardmaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cardmaker %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes the osteonecrosis-of-the-jaw patient reminder card for denosumab medicines as a print-ready PDF.

Patient details stay in this window and in the files you save. They are not stored in settings, and the program makes no network connections.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>By the card language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list has no column for %1: choose it under “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose list...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient list:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows that will not make a card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worksheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date order:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cards on sheets, in one PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace existing files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start at position:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: finishing the cards in progress...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encoding is uncertain: check the names below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worksheet '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column with the patient's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows ready, %2 rejected, %3 blank rows skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3. Report: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; only complete files were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF/X for a print shop (CMYK, FOGRA39)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient &amp;list:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One PDF per &amp;patient, in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cards on &amp;sheets, in one PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ave to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ile names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printin&amp;g:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start at positio&amp;n:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace e&amp;xisting files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card field for the column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3, not done %4. Report: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; nothing in the discarded PDF counts as made.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BlankCardsDialog</name>
    <message>
        <source>Blank cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards to fill in by hand. The medicine, the card text and, if you wish, your clinic or pharmacy are printed; the patient's details are left as lines to write on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheets: about %1 (up to %2 cards a sheet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save blank cards as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cards could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardReadiness</name>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview appears when this is chosen: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available until this is fixed:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready: the card can be saved or printed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problem to fix before saving</numerusform>
            <numerusform>%n problems to fix before saving</numerusform>
        </translation>
    </message>
    <message>
        <source>To save or print, fill in: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardTextFlow</name>
    <message>
        <source>Choose the folder of approved card texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card text not loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has problems; nothing was changed. Problems by key:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Both sides: the printer turns the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sides: I turn the sheet by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One side: each page on its own sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed at true size, never fitted to the page. Printer offset from Settings: %1 mm across, %2 mm down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This printer does not print both sides itself: the outside prints first, then the program shows how to put the sheet back for the inside.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CupsPrintFlow</name>
    <message>
        <source>No printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer is set up. Add one in the system's printer settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ONJ patient reminder card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn the sheet over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print calibration page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer “%1” is stopped, so the card would only wait in its queue. Start it in the system&apos;s printer settings, or choose another printer.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The outside of the card is printing (%n sheet(s)). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</source>
        <translation>
            <numerusform>The outside of the card is printing (%n sheet). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</numerusform>
            <numerusform>The outside of the card is printing (%n sheets). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date from a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Settings file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved card text not loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface translation not built: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Load approved &amp;text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft card text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft card text – not yet reviewed. The %1 card text (version %2) has not been checked by a reviewer; have it checked before cards are given to patients. This note is shown only here, never on the card.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormatPicker</name>
    <message>
        <source>Wallet card, three panels, larger text (ID-1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folded card, credit-card size (ID-1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large print (A6)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cardmaker – ONJ patient reminder card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incomplete card: fields with problems are left blank in the preview. Save and Print become available when the problems are fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batch export is not available in this installation (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Using the card text shipped with the program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card text loaded from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank cards saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MedicinePicker</name>
    <message>
        <source>Type a name or a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▼ Under additional monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Positive opinion; EU decision not yet confirmed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NextInjectionField</name>
    <message>
        <source>&amp;Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the first injection date + 6 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the next injection to automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty to use the first injection + 6 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by hand; automatic would be %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic: %1 (first injection + 6 months).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First injection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;irst injection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next injection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt injection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriber's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriber's ph&amp;one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clinic or pharmacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card lan&amp;guage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QR code opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;QR code opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Under additional monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card text version %1 of %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side effects are reported to %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card languages usual in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which medicine does the patient receive? Type its name or company.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside (back and cover)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>ONJ patient reminder card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper too small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card does not fit on the chosen paper at its true size. Choose a larger paper size (A4 or Letter); cards are never shrunk to fit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print calibration page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calibration page. The red outline is where the card is trimmed; it should be %1 mm from the left edge and %2 mm from the top edge of the sheet. Measure both with a ruler. If the outline is too far right or down, lower the offset in Settings by the difference; if it is too far left or up, raise it. Current offset: %3 mm across, %4 mm down. Grid lines are 1 mm apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First injection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next injection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patient details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has no letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains control characters: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card font cannot print %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long: %1 characters; the card holds at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a phone number (not allowed: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a phone number: '+' is allowed only at the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a phone number: it has %1 digits, expected %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a plausible date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not after the first injection (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is more than %2 months after the first injection (%3); injections are every 6 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card text does not fit the %1 panel in %2. Choose the large-print format or load shorter approved text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a date. Type it like %1 or pick it from the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two-digit year: write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A week number, not a day: type the day, like %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No separators: type the date like %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year %1 is not possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too wide for the card: shorten it, for example with initials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written by hand on a blank card; leave it empty.</source>
    </message>
</context>
<context>
    <name>QrTargetPicker</name>
    <message>
        <source>Medicine page at the EMA (EPAR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product information (package leaflet)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Save card as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Choose one from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in the list matches “%1”. Choose one from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” matches %2. Choose one from the list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clinic defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pr&amp;inting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new card starts with these values. The patient's details are never stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default medicine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default card language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QR code opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriber's ph&amp;one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;QR code opens:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Take from the current card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the clinic values of the card in the window (not the patient)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save cards in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save cards in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File &amp;name pattern:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the &amp;patient's name in file names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File names are seen in folders, backups and recent-file lists; leave this off unless your clinic's rules allow it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If your printer places the card slightly off, shift everything it prints. Print a calibration page (File menu) and measure it. Positive values move the print right and down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Horizontal offset in millimetres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vertical offset in millimetres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Across (mm):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Down (mm):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the folder for saved cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The braces { } in the pattern do not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mary Example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF/X-1a is the file a print shop asks for. Cards printed at the clinic do not need it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This placeholder format is not allowed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>This card was neither saved nor printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It cannot be saved until its problems are fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this card?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do you want to save it before it is cleared?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the patient's details for the next card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a millimetre grid and the card outline to check the printer offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make cards for a list of patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Load approved card text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a folder of nationally approved card texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use the shipped card text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the card texts that come with the program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic defaults, files and printer offsets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the preview larger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the preview smaller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;True size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About cardmaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version and what the program does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blan&amp;k cards…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards to fill in by hand, without patient details, on sheets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchDefaults</name>
    <message>
        <source>Card values for blank cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cell left blank in the list takes the value shown here; the report marks every such value. A value in the list always wins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none: the list must name it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card lang&amp;uage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescri&amp;ber:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriber&apos;s p&amp;hone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clinic or pharmacy:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchProblems</name>
    <message>
        <source>Has %1 fields but the heading has %2 (a delimiter inside a value without quotes?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This line cannot be read: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text follows a closing quote; put the whole value in quotes or remove the quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds bytes that are not text in the file&apos;s encoding (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A formula without a saved value: open and save the file in Excel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cell shows the error %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cells merged over several rows (%1): unmerge them and fill each row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value in column %1, which has no heading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card text does not fit the %1 panel in language &apos;%2&apos;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file exists; it was not replaced (tick Replace existing files).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank, and no card value for blank cells is chosen above.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
