<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About cardmaker</source>
        <translation>O programie cardmaker</translation>
    </message>
    <message>
        <source>cardmaker %1</source>
        <translation>cardmaker %1</translation>
    </message>
    <message>
        <source>Makes the osteonecrosis-of-the-jaw patient reminder card for denosumab medicines as a print-ready PDF.

Patient details stay in this window and in the files you save. They are not stored in settings, and the program makes no network connections.</source>
        <translation>Tworzy kartę przypominającą dla pacjenta dotyczącą martwicy kości szczęki dla leków zawierających denosumab, jako plik PDF gotowy do druku.

Dane pacjenta pozostają w tym oknie i w zapisanych plikach. Nie są przechowywane w ustawieniach, a program nie nawiązuje żadnych połączeń sieciowych.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>By the card language</source>
        <translation>Według języka karty</translation>
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation>Najpierw dzień (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Najpierw miesiąc (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Najpierw rok (2026-12-31)</translation>
    </message>
    <message>
        <source>The list has no column for %1: choose it under “%2”.</source>
        <translation>Lista nie ma kolumny dla pola %1: wybierz je w sekcji „%2”.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Eksport zbiorczy</translation>
    </message>
    <message>
        <source>Choose list...</source>
        <translation>Wybierz listę...</translation>
    </message>
    <message>
        <source>Patient list:</source>
        <translation>Lista pacjentów:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Pole karty</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Pierwsze wiersze</translation>
    </message>
    <message>
        <source>Rows that will not make a card</source>
        <translation>Wiersze, z których nie powstanie karta</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Anuluj eksport</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Odczyt</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Wykryte</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>Arkusz:</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Kolejność w dacie:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Jeden PDF na pacjenta, w folderze</translation>
    </message>
    <message>
        <source>All cards on sheets, in one PDF</source>
        <translation>Wszystkie karty na arkuszach, w jednym PDF</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Przeglądaj...</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Dwustronnie, obracanie wzdłuż dłuższej krawędzi</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Dwustronnie, obracanie wzdłuż krótszej krawędzi</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Jednostronnie</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Zastępuj istniejące pliki</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Zapisz w:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Nazwy plików:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>Drukowanie:</translation>
    </message>
    <message>
        <source>Start at position:</source>
        <translation>Zacznij od pozycji:</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Lista pacjentów</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.xlsx)</source>
        <translation>Listy pacjentów (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Folder na karty</translation>
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation>Wybierz, gdzie zapisać karty.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the cards in progress...</source>
        <translation>Anulowanie: kończenie kart w toku...</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation>Odczytano jako %1, separator %2.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Wykryte: %1</translation>
    </message>
    <message>
        <source>The encoding is uncertain: check the names below.</source>
        <translation>Kodowanie jest niepewne: sprawdź nazwiska poniżej.</translation>
    </message>
    <message>
        <source>Worksheet '%1'.</source>
        <translation>Arkusz „%1”.</translation>
    </message>
    <message>
        <source>Choose the column with the patient's name.</source>
        <translation>Wybierz kolumnę z imieniem i nazwiskiem pacjenta.</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nieużywana)</translation>
    </message>
    <message>
        <source>%1 rows ready, %2 rejected, %3 blank rows skipped.</source>
        <translation>Gotowe wiersze: %1, odrzucone: %2, pominięte puste wiersze: %3.</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3. Report: %4</source>
        <translation>Utworzono: %1, odrzucono: %2, pominięto: %3. Raport: %4</translation>
    </message>
    <message>
        <source>Cancelled; only complete files were kept.</source>
        <translation>Anulowano; zachowano tylko kompletne pliki.</translation>
    </message>
    <message>
        <source>PDF/X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/X dla drukarni (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Patient &amp;list:</source>
        <translation>&amp;Lista pacjentów:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>K&amp;olejność daty:</translation>
    </message>
    <message>
        <source>One PDF per &amp;patient, in a folder</source>
        <translation>Jeden PDF na &amp;pacjenta, w folderze</translation>
    </message>
    <message>
        <source>All cards on &amp;sheets, in one PDF</source>
        <translation>Wszystkie karty na &amp;arkuszach, w jednym PDF</translation>
    </message>
    <message>
        <source>S&amp;ave to:</source>
        <translation>&amp;Zapisz w:</translation>
    </message>
    <message>
        <source>F&amp;ile names:</source>
        <translation>&amp;Nazwy plików:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pa&amp;pier:</translation>
    </message>
    <message>
        <source>Printin&amp;g:</source>
        <translation>Dr&amp;ukowanie:</translation>
    </message>
    <message>
        <source>Start at positio&amp;n:</source>
        <translation>Zacznij od pozycji &amp;nr:</translation>
    </message>
    <message>
        <source>Replace e&amp;xisting files</source>
        <translation>Zastąp &amp;istniejące pliki</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>E&amp;ksportuj</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>pionowa kreska</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Drugie nazwisko</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Card field for the column %1</source>
        <translation>Pole karty dla kolumny %1</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3, not done %4. Report: %5</source>
        <translation>Utworzono %1, odrzucono %2, pominięto %3, niewykonane %4. Raport: %5</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Eksport zatrzymał się: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Raport nie został zapisany: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing in the discarded PDF counts as made.</source>
        <translation>Anulowano; nic w odrzuconym PDF nie liczy się jako utworzone.</translation>
    </message>
</context>
<context>
    <name>BlankCardsDialog</name>
    <message>
        <source>Blank cards</source>
        <translation>Puste karty</translation>
    </message>
    <message>
        <source>Cards to fill in by hand. The medicine, the card text and, if you wish, your clinic or pharmacy are printed; the patient's details are left as lines to write on.</source>
        <translation>Karty do wypełnienia ręcznie. Drukowane są lek, tekst karty i, jeśli chcesz, placówka lub apteka; dane pacjenta pozostają pustymi liniami do wpisania.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Język karty</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Dwustronnie, obracanie wzdłuż dłuższej krawędzi</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Dwustronnie, obracanie wzdłuż krótszej krawędzi</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Jednostronnie</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>L&amp;ek:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>Język kart&amp;y:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>K&amp;raj:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>Placówka lub &amp;apteka:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Liczba kopii:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>&amp;Strony:</translation>
    </message>
    <message>
        <source>PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/&amp;X dla drukarni (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Sheets: about %1 (up to %2 cards a sheet).</source>
        <translation>Arkusze: około %1 (do %2 kart na arkuszu).</translation>
    </message>
    <message>
        <source>Save blank cards as PDF</source>
        <translation>Zapisz puste karty jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation>Karty nie zostały zapisane</translation>
    </message>
    <message>
        <source>The cards could not be saved to %1: %2</source>
        <translation>Nie udało się zapisać kart w %1: %2</translation>
    </message>
</context>
<context>
    <name>CardReadiness</name>
    <message>
        <source>No preview: %1</source>
        <translation>Brak podglądu: %1</translation>
    </message>
    <message>
        <source>The preview appears when this is chosen: %1</source>
        <translation>Podgląd pojawi się po wybraniu: %1</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Zapisz kartę jako PDF gotowy do druku</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Drukuj kartę w rzeczywistym rozmiarze</translation>
    </message>
    <message>
        <source>Not available until this is fixed:
%1</source>
        <translation>Niedostępne, dopóki nie zostanie to poprawione:
%1</translation>
    </message>
    <message>
        <source>Ready: the card can be saved or printed.</source>
        <translation>Gotowe: kartę można zapisać lub wydrukować.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problem do usunięcia przed zapisaniem</numerusform>
            <numerusform>%n problemy do usunięcia przed zapisaniem</numerusform>
            <numerusform>%n problemów do usunięcia przed zapisaniem</numerusform>
        </translation>
    </message>
    <message>
        <source>To save or print, fill in: %1</source>
        <translation>Aby zapisać lub wydrukować, wypełnij: %1</translation>
    </message>
</context>
<context>
    <name>CardTextFlow</name>
    <message>
        <source>Choose the folder of approved card texts</source>
        <translation>Wybierz folder z zatwierdzonymi tekstami kart</translation>
    </message>
    <message>
        <source>Card text not loaded</source>
        <translation>Nie wczytano tekstu karty</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was changed. Problems by key:</source>
        <translation>%1 zawiera błędy; niczego nie zmieniono. Błędy według klucza:</translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Both sides: the printer turns the sheet</source>
        <translation>Dwustronnie: drukarka odwraca arkusz</translation>
    </message>
    <message>
        <source>Both sides: I turn the sheet by hand</source>
        <translation>Dwustronnie: odwracam arkusz ręcznie</translation>
    </message>
    <message>
        <source>One side: each page on its own sheet</source>
        <translation>Jednostronnie: każda strona na osobnym arkuszu</translation>
    </message>
    <message>
        <source>Printed at true size, never fitted to the page. Printer offset from Settings: %1 mm across, %2 mm down.</source>
        <translation>Drukowana w rzeczywistym rozmiarze, nigdy nie dopasowywana do strony. Przesunięcie drukarki z Ustawień: %1 mm w poziomie, %2 mm w pionie.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Drukarka:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Kopie:</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Strony:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>This printer does not print both sides itself: the outside prints first, then the program shows how to put the sheet back for the inside.</source>
        <translation>Ta drukarka sama nie drukuje dwustronnie: najpierw drukuje się strona zewnętrzna, potem program pokazuje, jak włożyć arkusz ponownie na stronę wewnętrzną.</translation>
    </message>
</context>
<context>
    <name>CupsPrintFlow</name>
    <message>
        <source>No printer</source>
        <translation>Brak drukarki</translation>
    </message>
    <message>
        <source>No printer is set up. Add one in the system's printer settings.</source>
        <translation>Nie skonfigurowano żadnej drukarki. Dodaj ją w ustawieniach drukarek systemu.</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Drukuj kartę</translation>
    </message>
    <message>
        <source>ONJ patient reminder card</source>
        <translation>Karta przypominająca dla pacjenta (ONJ)</translation>
    </message>
    <message>
        <source>Turn the sheet over</source>
        <translation>Odwróć arkusz</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Drukuj stronę kalibracyjną</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>strona kalibracyjna cardmaker</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drukowanie nie powiodło się</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>Nie udało się wydrukować karty: %1</translation>
    </message>
    <message>
        <source>The printer “%1” is stopped, so the card would only wait in its queue. Start it in the system&apos;s printer settings, or choose another printer.</source>
        <translation>Drukarka „%1” jest zatrzymana, więc karta tylko czekałaby w kolejce. Uruchom ją w ustawieniach drukarek systemu albo wybierz inną drukarkę.</translation>
    </message>
    <message numerus="yes">
        <source>The outside of the card is printing (%n sheet(s)). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</source>
        <translation>
            <numerusform>Drukuje się strona zewnętrzna karty (%n arkusz). Gdy wyjdzie, włóż arkusz z powrotem do podajnika, odwrócony wzdłuż dłuższej krawędzi jak strona książki: lewa i prawa krawędź zamieniają się, góra zostaje na górze. Następnie wybierz OK, aby wydrukować stronę wewnętrzną na odwrocie.</numerusform>
            <numerusform>Drukuje się strona zewnętrzna karty (%n arkusze). Gdy wyjdzie, włóż arkusz z powrotem do podajnika, odwrócony wzdłuż dłuższej krawędzi jak strona książki: lewa i prawa krawędź zamieniają się, góra zostaje na górze. Następnie wybierz OK, aby wydrukować stronę wewnętrzną na odwrocie.</numerusform>
            <numerusform>Drukuje się strona zewnętrzna karty (%n arkuszy). Gdy wyjdzie, włóż arkusz z powrotem do podajnika, odwrócony wzdłuż dłuższej krawędzi jak strona książki: lewa i prawa krawędź zamieniają się, góra zostaje na górze. Następnie wybierz OK, aby wydrukować stronę wewnętrzną na odwrocie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date from a calendar</source>
        <translation>Wybierz datę z kalendarza</translation>
    </message>
    <message>
        <source>Calendar for: %1</source>
        <translation>Kalendarz dla: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Plik ustawień %1: %2</translation>
    </message>
    <message>
        <source>Approved card text not loaded: %1</source>
        <translation>Nie wczytano zatwierdzonego tekstu karty: %1</translation>
    </message>
    <message>
        <source>Interface translation not built: %1</source>
        <translation>Nie zbudowano tłumaczenia interfejsu: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Load approved &amp;text…</source>
        <translation>Wczytaj zatwierdzo&amp;ny tekst…</translation>
    </message>
    <message>
        <source>Draft card text</source>
        <translation>Wstępny tekst karty</translation>
    </message>
    <message>
        <source>Draft card text – not yet reviewed. The %1 card text (version %2) has not been checked by a reviewer; have it checked before cards are given to patients. This note is shown only here, never on the card.</source>
        <translation>Wstępny tekst karty – jeszcze niesprawdzony. Tekst karty „%1” (wersja %2) nie został jeszcze sprawdzony przez recenzenta; zleć jego sprawdzenie, zanim karty trafią do pacjentów. Ta uwaga jest widoczna tylko tutaj, nigdy na karcie.</translation>
    </message>
</context>
<context>
    <name>FormatPicker</name>
    <message>
        <source>Wallet card, three panels, larger text (ID-1)</source>
        <translation>Karta do portfela, trzy panele, większy tekst (ID-1)</translation>
    </message>
    <message>
        <source>Folded card, credit-card size (ID-1)</source>
        <translation>Karta składana, rozmiar karty płatniczej (ID-1)</translation>
    </message>
    <message>
        <source>Large print (A6)</source>
        <translation>Duży druk (A6)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cardmaker – ONJ patient reminder card</source>
        <translation>cardmaker – karta pacjenta dotycząca martwicy kości szczęki (ONJ)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Incomplete card: fields with problems are left blank in the preview. Save and Print become available when the problems are fixed.</source>
        <translation>Niekompletna karta: pola z problemami pozostają puste w podglądzie. Zapisywanie i drukowanie będą dostępne po usunięciu problemów.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nowa karta</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>Zapisano kartę: %1</translation>
    </message>
    <message>
        <source>Card sent to the printer.</source>
        <translation>Wysłano kartę do drukarki.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Eksport zbiorczy</translation>
    </message>
    <message>
        <source>Batch export is not available in this installation (%1).</source>
        <translation>Eksport zbiorczy nie jest dostępny w tej instalacji (%1).</translation>
    </message>
    <message>
        <source>Using the card text shipped with the program.</source>
        <translation>Używany jest tekst karty dostarczony z programem.</translation>
    </message>
    <message>
        <source>Card text loaded from %1.</source>
        <translation>Wczytano tekst karty z %1.</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Nie udało się zapisać ustawień: %1</translation>
    </message>
    <message>
        <source>Blank cards saved: %1</source>
        <translation>Zapisano puste karty: %1</translation>
    </message>
</context>
<context>
    <name>MedicinePicker</name>
    <message>
        <source>Type a name or a company</source>
        <translation>Wpisz nazwę leku lub firmy</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Podmiot odpowiedzialny: %1</translation>
    </message>
    <message>
        <source>▼ Under additional monitoring</source>
        <translation>▼ Podlega dodatkowemu monitorowaniu</translation>
    </message>
    <message>
        <source>Positive opinion; EU decision not yet confirmed</source>
        <translation>Pozytywna opinia; decyzja UE jeszcze niepotwierdzona</translation>
    </message>
</context>
<context>
    <name>NextInjectionField</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>Auto&amp;matycznie</translation>
    </message>
    <message>
        <source>Use the first injection date + 6 months</source>
        <translation>Użyj daty pierwszego wstrzyknięcia + 6 miesięcy</translation>
    </message>
    <message>
        <source>Reset the next injection to automatic</source>
        <translation>Przywróć automatyczne wyliczanie następnego wstrzyknięcia</translation>
    </message>
    <message>
        <source>Leave empty to use the first injection + 6 months.</source>
        <translation>Pozostaw puste, aby użyć pierwszego wstrzyknięcia + 6 miesięcy.</translation>
    </message>
    <message>
        <source>Changed by hand; automatic would be %1.</source>
        <translation>Zmienione ręcznie; automatycznie byłoby to %1.</translation>
    </message>
    <message>
        <source>Automatic: %1 (first injection + 6 months).</source>
        <translation>Automatycznie: %1 (pierwsze wstrzyknięcie + 6 miesięcy).</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Patient &amp;name</source>
        <translation>&amp;Imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Pierwsze wstrzyknięcie</translation>
    </message>
    <message>
        <source>F&amp;irst injection</source>
        <translation>Pierws&amp;ze wstrzyknięcie</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Następne wstrzyknięcie</translation>
    </message>
    <message>
        <source>Ne&amp;xt injection</source>
        <translation>Następne wstrzy&amp;knięcie</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Lekarz przepisujący</translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation>&amp;Lekarz przepisujący</translation>
    </message>
    <message>
        <source>Prescriber's name</source>
        <translation>Imię i nazwisko lekarza przepisującego</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one</source>
        <translation>&amp;Telefon lekarza</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Telefon lekarza przepisującego</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy</source>
        <translation>Placówka lub &amp;apteka</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Placówka lub apteka</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>L&amp;ek</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Język karty</translation>
    </message>
    <message>
        <source>Card lan&amp;guage</source>
        <translation>Język kart&amp;y</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>K&amp;raj</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>Kod QR otwiera</translation>
    </message>
    <message>
        <source>&amp;QR code opens</source>
        <translation>Kod &amp;QR otwiera</translation>
    </message>
    <message>
        <source>%1 Under additional monitoring</source>
        <translation>%1 Podlega dodatkowemu monitorowaniu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>wstępny</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>sprawdzony</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>zatwierdzony</translation>
    </message>
    <message>
        <source>Card text version %1 of %2 (%3)</source>
        <translation>Tekst karty w wersji %1 z %2 (%3)</translation>
    </message>
    <message>
        <source>Side effects are reported to %1 (%2).</source>
        <translation>Działania niepożądane zgłasza się do: %1 (%2).</translation>
    </message>
    <message>
        <source>Card languages usual in %1: %2</source>
        <translation>Języki kart zwykle używane – %1: %2</translation>
    </message>
    <message>
        <source>Which medicine does the patient receive? Type its name or company.</source>
        <translation>Jaki lek otrzymuje pacjent? Wpisz nazwę lub firmę.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Dopasuj strony do okna</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Pokaż kartę w rzeczywistym rozmiarze</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>Podgląd karty</translation>
    </message>
    <message>
        <source>outside (back and cover)</source>
        <translation>strona zewnętrzna (tył i okładka)</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>strona wewnętrzna</translation>
    </message>
    <message>
        <source>front</source>
        <translation>przód</translation>
    </message>
    <message>
        <source>back</source>
        <translation>tył</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>ONJ patient reminder card</source>
        <translation>Karta pacjenta dotycząca martwicy kości szczęki</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Drukuj kartę</translation>
    </message>
    <message>
        <source>Paper too small</source>
        <translation>Za mały papier</translation>
    </message>
    <message>
        <source>The card does not fit on the chosen paper at its true size. Choose a larger paper size (A4 or Letter); cards are never shrunk to fit.</source>
        <translation>Karta w rzeczywistym rozmiarze nie mieści się na wybranym papierze. Wybierz większy format papieru (A4 lub Letter); karty nigdy nie są zmniejszane.</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>Strona kalibracyjna cardmaker</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Drukuj stronę kalibracyjną</translation>
    </message>
    <message>
        <source>Calibration page. The red outline is where the card is trimmed; it should be %1 mm from the left edge and %2 mm from the top edge of the sheet. Measure both with a ruler. If the outline is too far right or down, lower the offset in Settings by the difference; if it is too far left or up, raise it. Current offset: %3 mm across, %4 mm down. Grid lines are 1 mm apart.</source>
        <translation>Strona kalibracyjna. Czerwony obrys pokazuje, gdzie karta zostanie przycięta; powinien znajdować się %1 mm od lewej i %2 mm od górnej krawędzi arkusza. Zmierz obie odległości linijką. Jeśli obrys jest za bardzo w prawo lub w dół, zmniejsz przesunięcie w Ustawieniach o różnicę; jeśli za bardzo w lewo lub w górę, zwiększ je. Obecne przesunięcie: %3 mm w prawo, %4 mm w dół. Linie siatki są co 1 mm.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drukowanie nie powiodło się</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>Nie udało się wydrukować karty: %1</translation>
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
        <translation>Imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Lekarz przepisujący</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Telefon lekarza</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Placówka lub apteka</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Pierwsze wstrzyknięcie</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Następne wstrzyknięcie</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Język karty</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>okładka</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>dane pacjenta</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>zalecenia</translation>
    </message>
    <message>
        <source>back</source>
        <translation>tył</translation>
    </message>
    <message>
        <source>front</source>
        <translation>przód</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wymagane.</translation>
    </message>
    <message>
        <source>Has no letters.</source>
        <translation>Nie zawiera liter.</translation>
    </message>
    <message>
        <source>Contains control characters: %1.</source>
        <translation>Zawiera znaki sterujące: %1.</translation>
    </message>
    <message>
        <source>The card font cannot print %1.</source>
        <translation>Czcionka karty nie może wydrukować %1.</translation>
    </message>
    <message>
        <source>Too long: %1 characters; the card holds at most %2.</source>
        <translation>Za długie: %1 znaków; karta mieści najwyżej %2.</translation>
    </message>
    <message>
        <source>Not a phone number (not allowed: %1).</source>
        <translation>To nie jest numer telefonu (niedozwolone: %1).</translation>
    </message>
    <message>
        <source>Not a phone number: '+' is allowed only at the start.</source>
        <translation>To nie jest numer telefonu: „+” jest dozwolony tylko na początku.</translation>
    </message>
    <message>
        <source>Not a phone number: it has %1 digits, expected %2 to %3.</source>
        <translation>To nie jest numer telefonu: liczba cyfr %1, oczekiwano od %2 do %3.</translation>
    </message>
    <message>
        <source>%1 is not a plausible date.</source>
        <translation>%1 nie jest wiarygodną datą.</translation>
    </message>
    <message>
        <source>%1 is not after the first injection (%2).</source>
        <translation>%1 nie jest po pierwszym wstrzyknięciu (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 months after the first injection (%3); injections are every 6 months.</source>
        <translation>%1 to ponad %2 miesięcy po pierwszym wstrzyknięciu (%3); wstrzyknięcia podaje się co 6 miesięcy.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in %2. Choose the large-print format or load shorter approved text.</source>
        <translation>Tekst karty nie mieści się w panelu „%1” (język: %2). Wybierz format z dużym drukiem albo wczytaj krótszy zatwierdzony tekst.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Wybierz pozycję z listy.</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1 or pick it from the calendar.</source>
        <translation>To nie jest data. Wpisz ją jak %1 albo wybierz z kalendarza.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <translation>%1 %2 %3 nie istnieje.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>Nie ma miesiąca %1.</translation>
    </message>
    <message>
        <source>Two-digit year: write %1.</source>
        <translation>Rok dwucyfrowy: wpisz %1.</translation>
    </message>
    <message>
        <source>A week number, not a day: type the day, like %1.</source>
        <translation>Numer tygodnia, nie dzień: wpisz dzień, np. %1.</translation>
    </message>
    <message>
        <source>No separators: type the date like %1.</source>
        <translation>Bez separatorów: wpisz datę np. jako %1.</translation>
    </message>
    <message>
        <source>The year %1 is not possible.</source>
        <translation>Rok %1 jest niemożliwy.</translation>
    </message>
    <message>
        <source>Too wide for the card: shorten it, for example with initials.</source>
        <translation>Za szerokie na kartę: skróć, na przykład do inicjałów.</translation>
    </message>
    <message>
        <source>Written by hand on a blank card; leave it empty.</source>
        <translation>Wpisuje się ręcznie na pustej karcie; pozostaw to pole puste.</translation>
    </message>
</context>
<context>
    <name>QrTargetPicker</name>
    <message>
        <source>Medicine page at the EMA (EPAR)</source>
        <translation>Strona leku w EMA (EPAR)</translation>
    </message>
    <message>
        <source>Product information (package leaflet)</source>
        <translation>Informacje o produkcie (ulotka)</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Save card as PDF</source>
        <translation>Zapisz kartę jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Nie zapisano karty</translation>
    </message>
    <message>
        <source>The card could not be saved to %1: %2</source>
        <translation>Nie udało się zapisać karty w %1: %2</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Zastąpić plik?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 już istnieje. Czy chcesz go zastąpić?</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Choose one from the list.</source>
        <translation>Wybierz pozycję z listy.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1”. Choose one from the list.</source>
        <translation>Nic na liście nie pasuje do „%1”. Wybierz pozycję z listy.</translation>
    </message>
    <message>
        <source>“%1” matches %2. Choose one from the list.</source>
        <translation>„%1” pasuje do: %2. Wybierz pozycję z listy.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Clinic defaults</source>
        <translation>&amp;Wartości domyślne</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Pliki</translation>
    </message>
    <message>
        <source>Pr&amp;inting</source>
        <translation>&amp;Drukowanie</translation>
    </message>
    <message>
        <source>A new card starts with these values. The patient's details are never stored.</source>
        <translation>Nowa karta zaczyna się od tych wartości. Dane pacjenta nigdy nie są zapisywane.</translation>
    </message>
    <message>
        <source>Default medicine</source>
        <translation>Domyślny lek</translation>
    </message>
    <message>
        <source>Default card language</source>
        <translation>Domyślny język karty</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Domyślny kraj</translation>
    </message>
    <message>
        <source>Default format</source>
        <translation>Domyślny format</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>Kod QR otwiera</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Lekarz przepisujący:</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one:</source>
        <translation>&amp;Telefon lekarza:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>Placówka lub &amp;apteka:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>L&amp;ek:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>Język kart&amp;y:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>K&amp;raj:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;QR code opens:</source>
        <translation>Kod &amp;QR otwiera:</translation>
    </message>
    <message>
        <source>&amp;Take from the current card</source>
        <translation>Przejmij z &amp;bieżącej karty</translation>
    </message>
    <message>
        <source>Copy the clinic values of the card in the window (not the patient)</source>
        <translation>Skopiuj wartości placówki z karty w oknie (bez danych pacjenta)</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Folder Dokumenty</translation>
    </message>
    <message>
        <source>Save cards in</source>
        <translation>Zapisuj karty w</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pr&amp;zeglądaj…</translation>
    </message>
    <message>
        <source>&amp;Save cards in:</source>
        <translation>Zapi&amp;suj karty w:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Wzorzec nazwy pliku</translation>
    </message>
    <message>
        <source>File &amp;name pattern:</source>
        <translation>Wzorzec &amp;nazwy pliku:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Symbole zastępcze: %1</translation>
    </message>
    <message>
        <source>Put the &amp;patient's name in file names</source>
        <translation>Umieszczaj &amp;imię i nazwisko pacjenta w nazwach plików</translation>
    </message>
    <message>
        <source>File names are seen in folders, backups and recent-file lists; leave this off unless your clinic's rules allow it.</source>
        <translation>Nazwy plików widać w folderach, kopiach zapasowych i listach ostatnio używanych plików; pozostaw to wyłączone, chyba że zasady Twojej placówki na to pozwalają.</translation>
    </message>
    <message>
        <source>If your printer places the card slightly off, shift everything it prints. Print a calibration page (File menu) and measure it. Positive values move the print right and down.</source>
        <translation>Jeśli drukarka umieszcza kartę nieco przesuniętą, przesuń wszystko, co drukuje. Wydrukuj stronę kalibracyjną (menu Plik) i ją zmierz. Wartości dodatnie przesuwają wydruk w prawo i w dół.</translation>
    </message>
    <message>
        <source>Horizontal offset in millimetres</source>
        <translation>Przesunięcie poziome w milimetrach</translation>
    </message>
    <message>
        <source>Vertical offset in millimetres</source>
        <translation>Przesunięcie pionowe w milimetrach</translation>
    </message>
    <message>
        <source>&amp;Across (mm):</source>
        <translation>W po&amp;ziomie (mm):</translation>
    </message>
    <message>
        <source>&amp;Down (mm):</source>
        <translation>W p&amp;ionie (mm):</translation>
    </message>
    <message>
        <source>Choose the folder for saved cards</source>
        <translation>Wybierz folder na zapisane karty</translation>
    </message>
    <message>
        <source>The braces { } in the pattern do not match.</source>
        <translation>Nawiasy klamrowe { } we wzorcu nie pasują do siebie.</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>Nieznany symbol zastępczy: %1</translation>
    </message>
    <message>
        <source>Mary Example</source>
        <translation>Anna Przykładowa</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Przykład: %1</translation>
    </message>
    <message>
        <source>Save PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>Zapisuj jako PDF/&amp;X dla drukarni (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>PDF/X-1a is the file a print shop asks for. Cards printed at the clinic do not need it.</source>
        <translation>PDF/X-1a to plik, którego wymaga drukarnia. Karty drukowane w placówce go nie potrzebują.</translation>
    </message>
    <message>
        <source>This placeholder format is not allowed: %1</source>
        <translation>Ten format symbolu zastępczego jest niedozwolony: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>This card was neither saved nor printed.</source>
        <translation>Ta karta nie została ani zapisana, ani wydrukowana.</translation>
    </message>
    <message>
        <source>It cannot be saved until its problems are fixed.</source>
        <translation>Nie można jej zapisać, dopóki problemy nie zostaną poprawione.</translation>
    </message>
    <message>
        <source>Keep this card?</source>
        <translation>Zachować tę kartę?</translation>
    </message>
    <message>
        <source>Do you want to save it before it is cleared?</source>
        <translation>Czy zapisać ją przed wyczyszczeniem?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Nowa karta</translation>
    </message>
    <message>
        <source>Clear the patient's details for the next card</source>
        <translation>Wyczyść dane pacjenta dla następnej karty</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Zapisz PDF…</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Zapisz kartę jako PDF gotowy do druku</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Drukuj kartę w rzeczywistym rozmiarze</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>Drukuj stronę &amp;kalibracyjną…</translation>
    </message>
    <message>
        <source>Print a millimetre grid and the card outline to check the printer offset</source>
        <translation>Wydrukuj siatkę milimetrową i obrys karty, aby sprawdzić przesunięcie drukarki</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>&amp;Eksport zbiorczy…</translation>
    </message>
    <message>
        <source>Make cards for a list of patients</source>
        <translation>Utwórz karty dla listy pacjentów</translation>
    </message>
    <message>
        <source>&amp;Load approved card text…</source>
        <translation>&amp;Wczytaj zatwierdzony tekst karty…</translation>
    </message>
    <message>
        <source>Use a folder of nationally approved card texts</source>
        <translation>Użyj folderu z tekstami kart zatwierdzonymi na poziomie krajowym</translation>
    </message>
    <message>
        <source>&amp;Use the shipped card text</source>
        <translation>&amp;Użyj tekstu karty dostarczonego z programem</translation>
    </message>
    <message>
        <source>Go back to the card texts that come with the program</source>
        <translation>Wróć do tekstów kart dostarczonych z programem</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Us&amp;tawienia…</translation>
    </message>
    <message>
        <source>Clinic defaults, files and printer offsets</source>
        <translation>Wartości domyślne, pliki i przesunięcie drukarki</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Zamknij program</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Powiększ</translation>
    </message>
    <message>
        <source>Show the preview larger</source>
        <translation>Pokaż podgląd w większym rozmiarze</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>P&amp;omniejsz</translation>
    </message>
    <message>
        <source>Show the preview smaller</source>
        <translation>Pokaż podgląd w mniejszym rozmiarze</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Dopasuj do okna</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Dopasuj strony do okna</translation>
    </message>
    <message>
        <source>&amp;True size</source>
        <translation>&amp;Rzeczywisty rozmiar</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Pokaż kartę w rzeczywistym rozmiarze</translation>
    </message>
    <message>
        <source>&amp;About cardmaker</source>
        <translation>&amp;O programie cardmaker</translation>
    </message>
    <message>
        <source>Version and what the program does</source>
        <translation>Wersja i przeznaczenie programu</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Język systemu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Blan&amp;k cards…</source>
        <translation>&amp;Puste karty…</translation>
    </message>
    <message>
        <source>Cards to fill in by hand, without patient details, on sheets</source>
        <translation>Karty do wypełnienia ręcznie, bez danych pacjenta, na arkuszach</translation>
    </message>
</context>
<context>
    <name>BatchDefaults</name>
    <message>
        <source>Card values for blank cells</source>
        <translation>Wartości karty dla pustych komórek</translation>
    </message>
    <message>
        <source>A cell left blank in the list takes the value shown here; the report marks every such value. A value in the list always wins.</source>
        <translation>Pusta komórka listy przyjmuje pokazaną tu wartość; raport oznacza każdą taką wartość. Wartość z listy zawsze ma pierwszeństwo.</translation>
    </message>
    <message>
        <source>(none: the list must name it)</source>
        <translation>(brak: lista musi to podać)</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Lek:</translation>
    </message>
    <message>
        <source>Card lang&amp;uage:</source>
        <translation>Język &amp;karty:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Kra&amp;j:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Prescri&amp;ber:</source>
        <translation>Lekarz &amp;przepisujący:</translation>
    </message>
    <message>
        <source>Prescriber&apos;s p&amp;hone:</source>
        <translation>&amp;Telefon lekarza:</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy:</source>
        <translation>Klinika lub &amp;apteka:</translation>
    </message>
</context>
<context>
    <name>BatchProblems</name>
    <message>
        <source>Has %1 fields but the heading has %2 (a delimiter inside a value without quotes?).</source>
        <translation>Ma %1 pól, a nagłówek ma %2 (separator w wartości bez cudzysłowu?).</translation>
    </message>
    <message>
        <source>This line cannot be read: %1.</source>
        <translation>Tego wiersza nie można odczytać: %1.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; put the whole value in quotes or remove the quotes.</source>
        <translation>Po cudzysłowie zamykającym jest tekst; ujmij całą wartość w cudzysłów lub usuń cudzysłowy.</translation>
    </message>
    <message>
        <source>Holds bytes that are not text in the file&apos;s encoding (%1).</source>
        <translation>Zawiera bajty, które nie są tekstem w kodowaniu pliku (%1).</translation>
    </message>
    <message>
        <source>A formula without a saved value: open and save the file in Excel.</source>
        <translation>Formuła bez zapisanej wartości: otwórz i zapisz plik w Excelu.</translation>
    </message>
    <message>
        <source>The cell shows the error %1.</source>
        <translation>Komórka pokazuje błąd %1.</translation>
    </message>
    <message>
        <source>Cells merged over several rows (%1): unmerge them and fill each row.</source>
        <translation>Komórki scalone w kilku wierszach (%1): rozdziel je i wypełnij każdy wiersz.</translation>
    </message>
    <message>
        <source>A value in column %1, which has no heading.</source>
        <translation>Wartość w kolumnie %1, która nie ma nagłówka.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use %2.</source>
        <translation>Nieznany format &apos;%1&apos;; użyj %2.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in language &apos;%2&apos;.</source>
        <translation>Tekst karty nie mieści się w panelu %1 w języku &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The file exists; it was not replaced (tick Replace existing files).</source>
        <translation>Plik istnieje; nie został zastąpiony (zaznacz Zastąp istniejące pliki).</translation>
    </message>
    <message>
        <source>Blank, and no card value for blank cells is chosen above.</source>
        <translation>Pusta, a powyżej nie wybrano wartości karty dla pustych komórek.</translation>
    </message>
</context>
</TS>
