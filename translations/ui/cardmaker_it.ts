<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About cardmaker</source>
        <translation>Informazioni su cardmaker</translation>
    </message>
    <message>
        <source>cardmaker %1</source>
        <translation>cardmaker %1</translation>
    </message>
    <message>
        <source>Makes the osteonecrosis-of-the-jaw patient reminder card for denosumab medicines as a print-ready PDF.

Patient details stay in this window and in the files you save. They are not stored in settings, and the program makes no network connections.</source>
        <translation>Crea la scheda promemoria per il paziente sull’osteonecrosi della mandibola per i medicinali a base di denosumab, come PDF pronto per la stampa.

I dati del paziente restano in questa finestra e nei file che salvi. Non vengono memorizzati nelle impostazioni e il programma non effettua connessioni di rete.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>By the card language</source>
        <translation>Secondo la lingua della scheda</translation>
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation>Prima il giorno (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Prima il mese (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Prima l’anno (2026-12-31)</translation>
    </message>
    <message>
        <source>The list has no column for %1: choose it under “%2”.</source>
        <translation>L’elenco non ha una colonna per %1: sceglietelo in «%2».</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Esportazione in serie</translation>
    </message>
    <message>
        <source>Choose list...</source>
        <translation>Scegli elenco...</translation>
    </message>
    <message>
        <source>Patient list:</source>
        <translation>Elenco pazienti:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Campo della scheda</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Prime righe</translation>
    </message>
    <message>
        <source>Rows that will not make a card</source>
        <translation>Righe che non produrranno una scheda</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annulla esportazione</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Rilevato</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codifica:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitatore:</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>Foglio di lavoro:</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Ordine della data:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Un PDF per paziente, in una cartella</translation>
    </message>
    <message>
        <source>All cards on sheets, in one PDF</source>
        <translation>Tutte le schede su fogli, in un unico PDF</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Sfoglia...</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Fronte-retro, capovolgi sul lato lungo</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Fronte-retro, capovolgi sul lato corto</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Solo fronte</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Sostituisci i file esistenti</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Salva in:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Nomi dei file:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>Stampa:</translation>
    </message>
    <message>
        <source>Start at position:</source>
        <translation>Inizia dalla posizione:</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Elenco pazienti</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.xlsx)</source>
        <translation>Elenchi pazienti (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Schede</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Cartella per le schede</translation>
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation>Scegli dove salvare le schede.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the cards in progress...</source>
        <translation>Annullamento: completamento delle schede in corso...</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation>Letto come %1, delimitatore %2.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Rilevato: %1</translation>
    </message>
    <message>
        <source>The encoding is uncertain: check the names below.</source>
        <translation>La codifica è incerta: controlla i nomi qui sotto.</translation>
    </message>
    <message>
        <source>Worksheet '%1'.</source>
        <translation>Foglio «%1».</translation>
    </message>
    <message>
        <source>Choose the column with the patient's name.</source>
        <translation>Scegli la colonna con il nome del paziente.</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non usata)</translation>
    </message>
    <message>
        <source>%1 rows ready, %2 rejected, %3 blank rows skipped.</source>
        <translation>%1 righe pronte, %2 rifiutate, %3 righe vuote saltate.</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3. Report: %4</source>
        <translation>Prodotte: %1, rifiutate: %2, saltate: %3. Rapporto: %4</translation>
    </message>
    <message>
        <source>Cancelled; only complete files were kept.</source>
        <translation>Annullato; sono stati conservati solo i file completi.</translation>
    </message>
    <message>
        <source>PDF/X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/X per una tipografia (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Patient &amp;list:</source>
        <translation>E&amp;lenco pazienti:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitatore:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Foglio:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>&amp;Ordine della data:</translation>
    </message>
    <message>
        <source>One PDF per &amp;patient, in a folder</source>
        <translation>Un PDF per &amp;paziente, in una cartella</translation>
    </message>
    <message>
        <source>All cards on &amp;sheets, in one PDF</source>
        <translation>Tutte le schede su &amp;fogli, in un PDF</translation>
    </message>
    <message>
        <source>S&amp;ave to:</source>
        <translation>&amp;Salva in:</translation>
    </message>
    <message>
        <source>F&amp;ile names:</source>
        <translation>&amp;Nomi dei file:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Ca&amp;rta:</translation>
    </message>
    <message>
        <source>Printin&amp;g:</source>
        <translation>Sta&amp;mpa:</translation>
    </message>
    <message>
        <source>Start at positio&amp;n:</source>
        <translation>Inizia dalla posizio&amp;ne:</translation>
    </message>
    <message>
        <source>Replace e&amp;xisting files</source>
        <translation>Sostituisci i file e&amp;sistenti</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>E&amp;sporta</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Secondo nome</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Secondo cognome</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Card field for the column %1</source>
        <translation>Campo della scheda per la colonna %1</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3, not done %4. Report: %5</source>
        <translation>Prodotte %1, rifiutate %2, saltate %3, non fatte %4. Rapporto: %5</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>L&apos;esportazione si è fermata: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Il rapporto non è stato scritto: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing in the discarded PDF counts as made.</source>
        <translation>Annullato; nulla nel PDF scartato conta come prodotto.</translation>
    </message>
</context>
<context>
    <name>BlankCardsDialog</name>
    <message>
        <source>Blank cards</source>
        <translation>Schede in bianco</translation>
    </message>
    <message>
        <source>Cards to fill in by hand. The medicine, the card text and, if you wish, your clinic or pharmacy are printed; the patient's details are left as lines to write on.</source>
        <translation>Schede da compilare a mano. Vengono stampati il medicinale, il testo della scheda e, se lo desidera, la struttura o la farmacia; i dati del paziente restano righe da compilare.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicinale</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Lingua della scheda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Fronte-retro, capovolgi sul lato lungo</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Fronte-retro, capovolgi sul lato corto</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Solo fronte</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicinale:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>Lin&amp;gua della scheda:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ese:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>Strutt&amp;ura o farmacia:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copie:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>C&amp;arta:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>&amp;Lati:</translation>
    </message>
    <message>
        <source>PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/&amp;X per una tipografia (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Sheets: about %1 (up to %2 cards a sheet).</source>
        <translation>Fogli: circa %1 (fino a %2 schede per foglio).</translation>
    </message>
    <message>
        <source>Save blank cards as PDF</source>
        <translation>Salva le schede in bianco come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation>Schede non salvate</translation>
    </message>
    <message>
        <source>The cards could not be saved to %1: %2</source>
        <translation>Non è stato possibile salvare le schede in %1: %2</translation>
    </message>
</context>
<context>
    <name>CardReadiness</name>
    <message>
        <source>No preview: %1</source>
        <translation>Nessuna anteprima: %1</translation>
    </message>
    <message>
        <source>The preview appears when this is chosen: %1</source>
        <translation>L’anteprima compare quando si sceglie: %1</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Salva la scheda come PDF pronto per la stampa</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Stampa la scheda nelle dimensioni reali</translation>
    </message>
    <message>
        <source>Not available until this is fixed:
%1</source>
        <translation>Non disponibile finché questo non è risolto:
%1</translation>
    </message>
    <message>
        <source>Ready: the card can be saved or printed.</source>
        <translation>Pronto: la scheda può essere salvata o stampata.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problema da risolvere prima di salvare</numerusform>
            <numerusform>%n problemi da risolvere prima di salvare</numerusform>
        </translation>
    </message>
    <message>
        <source>To save or print, fill in: %1</source>
        <translation>Per salvare o stampare, compilare: %1</translation>
    </message>
</context>
<context>
    <name>CardTextFlow</name>
    <message>
        <source>Choose the folder of approved card texts</source>
        <translation>Scegli la cartella dei testi della scheda approvati</translation>
    </message>
    <message>
        <source>Card text not loaded</source>
        <translation>Testo della scheda non caricato</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was changed. Problems by key:</source>
        <translation>%1 contiene problemi; non è stato modificato nulla. Problemi per chiave:</translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Both sides: the printer turns the sheet</source>
        <translation>Fronte-retro: la stampante gira il foglio</translation>
    </message>
    <message>
        <source>Both sides: I turn the sheet by hand</source>
        <translation>Fronte-retro: giro il foglio a mano</translation>
    </message>
    <message>
        <source>One side: each page on its own sheet</source>
        <translation>Solo fronte: ogni pagina su un foglio</translation>
    </message>
    <message>
        <source>Printed at true size, never fitted to the page. Printer offset from Settings: %1 mm across, %2 mm down.</source>
        <translation>Stampata a grandezza reale, mai adattata alla pagina. Scostamento della stampante (Impostazioni): %1 mm in orizzontale, %2 mm in verticale.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Stampante:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>C&amp;opie:</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Lati:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>This printer does not print both sides itself: the outside prints first, then the program shows how to put the sheet back for the inside.</source>
        <translation>Questa stampante non stampa da sola fronte-retro: prima si stampa l’esterno, poi il programma mostra come reinserire il foglio per l’interno.</translation>
    </message>
</context>
<context>
    <name>CupsPrintFlow</name>
    <message>
        <source>No printer</source>
        <translation>Nessuna stampante</translation>
    </message>
    <message>
        <source>No printer is set up. Add one in the system's printer settings.</source>
        <translation>Nessuna stampante configurata. Aggiungerne una nelle impostazioni stampanti del sistema.</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Stampa tessera</translation>
    </message>
    <message>
        <source>ONJ patient reminder card</source>
        <translation>Tessera promemoria ONJ per il paziente</translation>
    </message>
    <message>
        <source>Turn the sheet over</source>
        <translation>Girare il foglio</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Stampa pagina di calibrazione</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>pagina di calibrazione di cardmaker</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Stampa non riuscita</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>Impossibile stampare la tessera: %1</translation>
    </message>
    <message>
        <source>The printer “%1” is stopped, so the card would only wait in its queue. Start it in the system&apos;s printer settings, or choose another printer.</source>
        <translation>La stampante «%1» è ferma, quindi la scheda resterebbe solo in coda. Avviatela nelle impostazioni di stampa del sistema o scegliete un’altra stampante.</translation>
    </message>
    <message numerus="yes">
        <source>The outside of the card is printing (%n sheet(s)). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</source>
        <translation>
            <numerusform>Si sta stampando l’esterno della tessera (%n foglio). Quando è uscito, rimettere il foglio nel cassetto girato sul lato lungo come la pagina di un libro: i bordi sinistro e destro si scambiano, l’alto resta in alto. Poi scegliere OK per stampare l’interno sul retro.</numerusform>
            <numerusform>Si sta stampando l’esterno della tessera (%n fogli). Quando è uscito, rimettere il foglio nel cassetto girato sul lato lungo come la pagina di un libro: i bordi sinistro e destro si scambiano, l’alto resta in alto. Poi scegliere OK per stampare l’interno sul retro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date from a calendar</source>
        <translation>Scegli la data da un calendario</translation>
    </message>
    <message>
        <source>Calendar for: %1</source>
        <translation>Calendario per: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Settings file %1: %2</source>
        <translation>File delle impostazioni %1: %2</translation>
    </message>
    <message>
        <source>Approved card text not loaded: %1</source>
        <translation>Testo della scheda approvato non caricato: %1</translation>
    </message>
    <message>
        <source>Interface translation not built: %1</source>
        <translation>Traduzione dell’interfaccia non compilata: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Load approved &amp;text…</source>
        <translation>&amp;Carica testo approvato…</translation>
    </message>
    <message>
        <source>Draft card text</source>
        <translation>Testo della scheda in bozza</translation>
    </message>
    <message>
        <source>Draft card text – not yet reviewed. The %1 card text (version %2) has not been checked by a reviewer; have it checked before cards are given to patients. This note is shown only here, never on the card.</source>
        <translation>Testo della scheda in bozza – non ancora revisionato. Il testo della scheda «%1» (versione %2) non è ancora stato controllato da un revisore; fallo controllare prima di consegnare le schede ai pazienti. Questa nota appare solo qui, mai sulla scheda.</translation>
    </message>
</context>
<context>
    <name>FormatPicker</name>
    <message>
        <source>Wallet card, three panels, larger text (ID-1)</source>
        <translation>Tessera da portafoglio, tre ante, testo più grande (ID-1)</translation>
    </message>
    <message>
        <source>Folded card, credit-card size (ID-1)</source>
        <translation>Scheda pieghevole, formato carta di credito (ID-1)</translation>
    </message>
    <message>
        <source>Large print (A6)</source>
        <translation>Caratteri grandi (A6)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cardmaker – ONJ patient reminder card</source>
        <translation>cardmaker – scheda per il paziente sull’osteonecrosi della mandibola (ONJ)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Incomplete card: fields with problems are left blank in the preview. Save and Print become available when the problems are fixed.</source>
        <translation>Scheda incompleta: i campi con problemi restano vuoti nell’anteprima. Salva e Stampa saranno disponibili quando i problemi saranno risolti.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nuova scheda</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>Scheda salvata: %1</translation>
    </message>
    <message>
        <source>Card sent to the printer.</source>
        <translation>Scheda inviata alla stampante.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Esportazione in serie</translation>
    </message>
    <message>
        <source>Batch export is not available in this installation (%1).</source>
        <translation>L’esportazione in serie non è disponibile in questa installazione (%1).</translation>
    </message>
    <message>
        <source>Using the card text shipped with the program.</source>
        <translation>Si usa il testo della scheda fornito con il programma.</translation>
    </message>
    <message>
        <source>Card text loaded from %1.</source>
        <translation>Testo della scheda caricato da %1.</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Impossibile salvare le impostazioni: %1</translation>
    </message>
    <message>
        <source>Blank cards saved: %1</source>
        <translation>Schede in bianco salvate: %1</translation>
    </message>
</context>
<context>
    <name>MedicinePicker</name>
    <message>
        <source>Type a name or a company</source>
        <translation>Digita un nome o un’azienda</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Titolare: %1</translation>
    </message>
    <message>
        <source>▼ Under additional monitoring</source>
        <translation>▼ Sottoposto a monitoraggio addizionale</translation>
    </message>
    <message>
        <source>Positive opinion; EU decision not yet confirmed</source>
        <translation>Parere positivo; decisione UE non ancora confermata</translation>
    </message>
</context>
<context>
    <name>NextInjectionField</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>Automat&amp;ico</translation>
    </message>
    <message>
        <source>Use the first injection date + 6 months</source>
        <translation>Usa la data della prima iniezione + 6 mesi</translation>
    </message>
    <message>
        <source>Reset the next injection to automatic</source>
        <translation>Riporta la prossima iniezione al calcolo automatico</translation>
    </message>
    <message>
        <source>Leave empty to use the first injection + 6 months.</source>
        <translation>Lascia vuoto per usare la prima iniezione + 6 mesi.</translation>
    </message>
    <message>
        <source>Changed by hand; automatic would be %1.</source>
        <translation>Modificata a mano; quella automatica sarebbe il %1.</translation>
    </message>
    <message>
        <source>Automatic: %1 (first injection + 6 months).</source>
        <translation>Automatica: %1 (prima iniezione + 6 mesi).</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Patient &amp;name</source>
        <translation>&amp;Nome del paziente</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nome del paziente</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Prima iniezione</translation>
    </message>
    <message>
        <source>F&amp;irst injection</source>
        <translation>&amp;Prima iniezione</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Prossima iniezione</translation>
    </message>
    <message>
        <source>Ne&amp;xt injection</source>
        <translation>Prossima inie&amp;zione</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescrittore</translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation>P&amp;rescrittore</translation>
    </message>
    <message>
        <source>Prescriber's name</source>
        <translation>Nome del prescrittore</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one</source>
        <translation>&amp;Telefono del prescrittore</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Telefono del prescrittore</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy</source>
        <translation>Strutt&amp;ura o farmacia</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Struttura o farmacia</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicinale</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Medicinale</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Lingua della scheda</translation>
    </message>
    <message>
        <source>Card lan&amp;guage</source>
        <translation>Lin&amp;gua della scheda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ese</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>Il codice QR apre</translation>
    </message>
    <message>
        <source>&amp;QR code opens</source>
        <translation>Il codice &amp;QR apre</translation>
    </message>
    <message>
        <source>%1 Under additional monitoring</source>
        <translation>%1 Sottoposto a monitoraggio addizionale</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisionato</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approvato</translation>
    </message>
    <message>
        <source>Card text version %1 of %2 (%3)</source>
        <translation>Testo della scheda versione %1 del %2 (%3)</translation>
    </message>
    <message>
        <source>Side effects are reported to %1 (%2).</source>
        <translation>Gli effetti indesiderati si segnalano a %1 (%2).</translation>
    </message>
    <message>
        <source>Card languages usual in %1: %2</source>
        <translation>Lingue della scheda usuali – %1: %2</translation>
    </message>
    <message>
        <source>Which medicine does the patient receive? Type its name or company.</source>
        <translation>Quale medicinale riceve il paziente? Digitare il nome o l'azienda.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Adatta le pagine alla finestra</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Mostra la scheda nelle dimensioni reali</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>Anteprima della scheda</translation>
    </message>
    <message>
        <source>outside (back and cover)</source>
        <translation>esterno (retro e copertina)</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>interno</translation>
    </message>
    <message>
        <source>front</source>
        <translation>fronte</translation>
    </message>
    <message>
        <source>back</source>
        <translation>retro</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
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
        <translation>Scheda per il paziente sull’osteonecrosi della mandibola</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Stampa scheda</translation>
    </message>
    <message>
        <source>Paper too small</source>
        <translation>Carta troppo piccola</translation>
    </message>
    <message>
        <source>The card does not fit on the chosen paper at its true size. Choose a larger paper size (A4 or Letter); cards are never shrunk to fit.</source>
        <translation>La scheda nelle dimensioni reali non entra nella carta scelta. Scegli un formato di carta più grande (A4 o Letter); le schede non vengono mai ridotte.</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>Pagina di calibrazione di cardmaker</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Stampa pagina di calibrazione</translation>
    </message>
    <message>
        <source>Calibration page. The red outline is where the card is trimmed; it should be %1 mm from the left edge and %2 mm from the top edge of the sheet. Measure both with a ruler. If the outline is too far right or down, lower the offset in Settings by the difference; if it is too far left or up, raise it. Current offset: %3 mm across, %4 mm down. Grid lines are 1 mm apart.</source>
        <translation>Pagina di calibrazione. Il contorno rosso indica dove la scheda viene rifilata; dovrebbe trovarsi a %1 mm dal bordo sinistro e a %2 mm dal bordo superiore del foglio. Misura entrambe le distanze con un righello. Se il contorno è troppo a destra o troppo in basso, riduci lo spostamento nelle Impostazioni della differenza; se è troppo a sinistra o troppo in alto, aumentalo. Spostamento attuale: %3 mm a destra, %4 mm in basso. Le linee della griglia distano 1 mm.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Stampa non riuscita</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>Impossibile stampare la scheda: %1</translation>
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
        <translation>Nome del paziente</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescrittore</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Telefono del prescrittore</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Struttura o farmacia</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Prima iniezione</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Prossima iniezione</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicinale</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Lingua della scheda</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>copertina</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>dati del paziente</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>consigli</translation>
    </message>
    <message>
        <source>back</source>
        <translation>retro</translation>
    </message>
    <message>
        <source>front</source>
        <translation>fronte</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
    <message>
        <source>Has no letters.</source>
        <translation>Non contiene lettere.</translation>
    </message>
    <message>
        <source>Contains control characters: %1.</source>
        <translation>Contiene caratteri di controllo: %1.</translation>
    </message>
    <message>
        <source>The card font cannot print %1.</source>
        <translation>Il carattere della scheda non può stampare %1.</translation>
    </message>
    <message>
        <source>Too long: %1 characters; the card holds at most %2.</source>
        <translation>Troppo lungo: %1 caratteri; la scheda ne contiene al massimo %2.</translation>
    </message>
    <message>
        <source>Not a phone number (not allowed: %1).</source>
        <translation>Non è un numero di telefono (non consentito: %1).</translation>
    </message>
    <message>
        <source>Not a phone number: '+' is allowed only at the start.</source>
        <translation>Non è un numero di telefono: «+» è consentito solo all’inizio.</translation>
    </message>
    <message>
        <source>Not a phone number: it has %1 digits, expected %2 to %3.</source>
        <translation>Non è un numero di telefono: ha %1 cifre, previste da %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is not a plausible date.</source>
        <translation>%1 non è una data plausibile.</translation>
    </message>
    <message>
        <source>%1 is not after the first injection (%2).</source>
        <translation>%1 non è successiva alla prima iniezione (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 months after the first injection (%3); injections are every 6 months.</source>
        <translation>%1 è più di %2 mesi dopo la prima iniezione (%3); le iniezioni sono ogni 6 mesi.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in %2. Choose the large-print format or load shorter approved text.</source>
        <translation>Il testo della scheda non entra nel riquadro «%1» (lingua: %2). Scegli il formato a caratteri grandi o carica un testo approvato più breve.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Scegliere una voce dall'elenco.</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1 or pick it from the calendar.</source>
        <translation>Non è una data. Digitala come %1 o sceglila dal calendario.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <translation>Il %1 %2 %3 non esiste.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>Non esiste il mese %1.</translation>
    </message>
    <message>
        <source>Two-digit year: write %1.</source>
        <translation>Anno a due cifre: scrivere %1.</translation>
    </message>
    <message>
        <source>A week number, not a day: type the day, like %1.</source>
        <translation>Un numero di settimana, non un giorno: scriva il giorno, ad esempio %1.</translation>
    </message>
    <message>
        <source>No separators: type the date like %1.</source>
        <translation>Senza separatori: scriva la data come %1.</translation>
    </message>
    <message>
        <source>The year %1 is not possible.</source>
        <translation>L’anno %1 non è possibile.</translation>
    </message>
    <message>
        <source>Too wide for the card: shorten it, for example with initials.</source>
        <translation>Troppo largo per la tessera: accorciarlo, per esempio con le iniziali.</translation>
    </message>
    <message>
        <source>Written by hand on a blank card; leave it empty.</source>
        <translation>Si scrive a mano su una scheda in bianco; lasci vuoto questo campo.</translation>
    </message>
</context>
<context>
    <name>QrTargetPicker</name>
    <message>
        <source>Medicine page at the EMA (EPAR)</source>
        <translation>Pagina del medicinale sul sito dell’EMA (EPAR)</translation>
    </message>
    <message>
        <source>Product information (package leaflet)</source>
        <translation>Informazioni sul prodotto (foglio illustrativo)</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Save card as PDF</source>
        <translation>Salva scheda come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Scheda non salvata</translation>
    </message>
    <message>
        <source>The card could not be saved to %1: %2</source>
        <translation>Impossibile salvare la scheda in %1: %2</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Sostituire il file?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 esiste già. Vuoi sostituirlo?</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Choose one from the list.</source>
        <translation>Scegliere una voce dall'elenco.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1”. Choose one from the list.</source>
        <translation>Nessuna voce dell'elenco corrisponde a «%1». Scegliere una voce dall'elenco.</translation>
    </message>
    <message>
        <source>“%1” matches %2. Choose one from the list.</source>
        <translation>«%1» corrisponde a: %2. Scegliere una voce dall'elenco.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Clinic defaults</source>
        <translation>&amp;Valori della struttura</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Pr&amp;inting</source>
        <translation>Stam&amp;pa</translation>
    </message>
    <message>
        <source>A new card starts with these values. The patient's details are never stored.</source>
        <translation>Una nuova scheda parte da questi valori. I dati del paziente non vengono mai memorizzati.</translation>
    </message>
    <message>
        <source>Default medicine</source>
        <translation>Medicinale predefinito</translation>
    </message>
    <message>
        <source>Default card language</source>
        <translation>Lingua della scheda predefinita</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Paese predefinito</translation>
    </message>
    <message>
        <source>Default format</source>
        <translation>Formato predefinito</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>Il codice QR apre</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>P&amp;rescrittore:</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one:</source>
        <translation>&amp;Telefono del prescrittore:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>Strutt&amp;ura o farmacia:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicinale:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>Lin&amp;gua della scheda:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ese:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;QR code opens:</source>
        <translation>Il codice &amp;QR apre:</translation>
    </message>
    <message>
        <source>&amp;Take from the current card</source>
        <translation>Prendi dalla scheda &amp;corrente</translation>
    </message>
    <message>
        <source>Copy the clinic values of the card in the window (not the patient)</source>
        <translation>Copia i valori della struttura dalla scheda nella finestra (non il paziente)</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Cartella Documenti</translation>
    </message>
    <message>
        <source>Save cards in</source>
        <translation>Salva le schede in</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>&amp;Save cards in:</source>
        <translation>Salva le &amp;schede in:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Modello del nome file</translation>
    </message>
    <message>
        <source>File &amp;name pattern:</source>
        <translation>&amp;Modello del nome file:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Segnaposto: %1</translation>
    </message>
    <message>
        <source>Put the &amp;patient's name in file names</source>
        <translation>Includi il &amp;nome del paziente nei nomi dei file</translation>
    </message>
    <message>
        <source>File names are seen in folders, backups and recent-file lists; leave this off unless your clinic's rules allow it.</source>
        <translation>I nomi dei file sono visibili nelle cartelle, nei backup e negli elenchi dei file recenti; lascia disattivata questa opzione, a meno che le regole della tua struttura lo consentano.</translation>
    </message>
    <message>
        <source>If your printer places the card slightly off, shift everything it prints. Print a calibration page (File menu) and measure it. Positive values move the print right and down.</source>
        <translation>Se la stampante colloca la scheda leggermente spostata, sposta tutto ciò che stampa. Stampa una pagina di calibrazione (menu File) e misurala. I valori positivi spostano la stampa verso destra e verso il basso.</translation>
    </message>
    <message>
        <source>Horizontal offset in millimetres</source>
        <translation>Spostamento orizzontale in millimetri</translation>
    </message>
    <message>
        <source>Vertical offset in millimetres</source>
        <translation>Spostamento verticale in millimetri</translation>
    </message>
    <message>
        <source>&amp;Across (mm):</source>
        <translation>&amp;Orizzontale (mm):</translation>
    </message>
    <message>
        <source>&amp;Down (mm):</source>
        <translation>V&amp;erticale (mm):</translation>
    </message>
    <message>
        <source>Choose the folder for saved cards</source>
        <translation>Scegli la cartella per le schede salvate</translation>
    </message>
    <message>
        <source>The braces { } in the pattern do not match.</source>
        <translation>Le parentesi graffe { } nel modello non corrispondono.</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>Segnaposto sconosciuto: %1</translation>
    </message>
    <message>
        <source>Mary Example</source>
        <translation>Maria Esempio</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Esempio: %1</translation>
    </message>
    <message>
        <source>Save PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>Salva in PDF/&amp;X per una tipografia (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>PDF/X-1a is the file a print shop asks for. Cards printed at the clinic do not need it.</source>
        <translation>Il PDF/X-1a è il file che chiede una tipografia. Le schede stampate nella struttura non ne hanno bisogno.</translation>
    </message>
    <message>
        <source>This placeholder format is not allowed: %1</source>
        <translation>Questo formato del segnaposto non è consentito: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>This card was neither saved nor printed.</source>
        <translation>Questa tessera non è stata né salvata né stampata.</translation>
    </message>
    <message>
        <source>It cannot be saved until its problems are fixed.</source>
        <translation>Non può essere salvata finché i suoi problemi non sono risolti.</translation>
    </message>
    <message>
        <source>Keep this card?</source>
        <translation>Conservare questa tessera?</translation>
    </message>
    <message>
        <source>Do you want to save it before it is cleared?</source>
        <translation>Salvarla prima che venga cancellata?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Nuova scheda</translation>
    </message>
    <message>
        <source>Clear the patient's details for the next card</source>
        <translation>Cancella i dati del paziente per la scheda successiva</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salva PDF…</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Salva la scheda come PDF pronto per la stampa</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Stampa la scheda nelle dimensioni reali</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>Stampa pagina di &amp;calibrazione…</translation>
    </message>
    <message>
        <source>Print a millimetre grid and the card outline to check the printer offset</source>
        <translation>Stampa una griglia millimetrata e il contorno della scheda per verificare lo spostamento della stampante</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>Esporta&amp;zione in serie…</translation>
    </message>
    <message>
        <source>Make cards for a list of patients</source>
        <translation>Crea schede per un elenco di pazienti</translation>
    </message>
    <message>
        <source>&amp;Load approved card text…</source>
        <translation>Carica testo della scheda &amp;approvato…</translation>
    </message>
    <message>
        <source>Use a folder of nationally approved card texts</source>
        <translation>Usa una cartella di testi della scheda approvati a livello nazionale</translation>
    </message>
    <message>
        <source>&amp;Use the shipped card text</source>
        <translation>&amp;Usa il testo della scheda fornito</translation>
    </message>
    <message>
        <source>Go back to the card texts that come with the program</source>
        <translation>Torna ai testi della scheda forniti con il programma</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Clinic defaults, files and printer offsets</source>
        <translation>Valori della struttura, file e spostamento della stampante</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Chiudi il programma</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Show the preview larger</source>
        <translation>Mostra l’anteprima più grande</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>Show the preview smaller</source>
        <translation>Mostra l’anteprima più piccola</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Adatta alla finestra</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Adatta le pagine alla finestra</translation>
    </message>
    <message>
        <source>&amp;True size</source>
        <translation>&amp;Dimensioni reali</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Mostra la scheda nelle dimensioni reali</translation>
    </message>
    <message>
        <source>&amp;About cardmaker</source>
        <translation>&amp;Informazioni su cardmaker</translation>
    </message>
    <message>
        <source>Version and what the program does</source>
        <translation>Versione e scopo del programma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Lingua di &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Blan&amp;k cards…</source>
        <translation>Schede in &amp;bianco…</translation>
    </message>
    <message>
        <source>Cards to fill in by hand, without patient details, on sheets</source>
        <translation>Schede da compilare a mano, senza dati del paziente, su fogli</translation>
    </message>
</context>
<context>
    <name>BatchDefaults</name>
    <message>
        <source>Card values for blank cells</source>
        <translation>Valori della scheda per le celle vuote</translation>
    </message>
    <message>
        <source>A cell left blank in the list takes the value shown here; the report marks every such value. A value in the list always wins.</source>
        <translation>Una cella vuota dell&apos;elenco prende il valore mostrato qui; il rapporto segnala ogni valore così preso. Un valore dell&apos;elenco prevale sempre.</translation>
    </message>
    <message>
        <source>(none: the list must name it)</source>
        <translation>(nessuno: l&apos;elenco deve indicarlo)</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicinale:</translation>
    </message>
    <message>
        <source>Card lang&amp;uage:</source>
        <translation>Lin&amp;gua della scheda:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Pae&amp;se:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Prescri&amp;ber:</source>
        <translation>Pres&amp;crittore:</translation>
    </message>
    <message>
        <source>Prescriber&apos;s p&amp;hone:</source>
        <translation>&amp;Telefono del prescrittore:</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy:</source>
        <translation>&amp;Clinica o farmacia:</translation>
    </message>
</context>
<context>
    <name>BatchProblems</name>
    <message>
        <source>Has %1 fields but the heading has %2 (a delimiter inside a value without quotes?).</source>
        <translation>Ha %1 campi ma l&apos;intestazione ne ha %2 (un delimitatore in un valore senza virgolette?).</translation>
    </message>
    <message>
        <source>This line cannot be read: %1.</source>
        <translation>Questa riga non può essere letta: %1.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; put the whole value in quotes or remove the quotes.</source>
        <translation>C&apos;è testo dopo le virgolette di chiusura; metta tutto il valore tra virgolette o le tolga.</translation>
    </message>
    <message>
        <source>Holds bytes that are not text in the file&apos;s encoding (%1).</source>
        <translation>Contiene byte che non sono testo nella codifica del file (%1).</translation>
    </message>
    <message>
        <source>A formula without a saved value: open and save the file in Excel.</source>
        <translation>Una formula senza valore salvato: apra e salvi il file in Excel.</translation>
    </message>
    <message>
        <source>The cell shows the error %1.</source>
        <translation>La cella mostra l&apos;errore %1.</translation>
    </message>
    <message>
        <source>Cells merged over several rows (%1): unmerge them and fill each row.</source>
        <translation>Celle unite su più righe (%1): le separi e compili ogni riga.</translation>
    </message>
    <message>
        <source>A value in column %1, which has no heading.</source>
        <translation>Un valore nella colonna %1, che non ha intestazione.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use %2.</source>
        <translation>Formato sconosciuto &apos;%1&apos;; usi %2.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in language &apos;%2&apos;.</source>
        <translation>Il testo della scheda non entra nel pannello %1 nella lingua &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The file exists; it was not replaced (tick Replace existing files).</source>
        <translation>Il file esiste; non è stato sostituito (spunti Sostituisci i file esistenti).</translation>
    </message>
    <message>
        <source>Blank, and no card value for blank cells is chosen above.</source>
        <translation>Vuota, e sopra non è scelto alcun valore della scheda per le celle vuote.</translation>
    </message>
</context>
</TS>
