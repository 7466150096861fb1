<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About cardmaker</source>
        <translation>À propos de cardmaker</translation>
    </message>
    <message>
        <source>cardmaker %1</source>
        <translation>cardmaker %1</translation>
    </message>
    <message>
        <source>Makes the osteonecrosis-of-the-jaw patient reminder card for denosumab medicines as a print-ready PDF.

Patient details stay in this window and in the files you save. They are not stored in settings, and the program makes no network connections.</source>
        <translation>Crée la carte patient de rappel sur l’ostéonécrose de la mâchoire pour les médicaments à base de dénosumab, sous forme de PDF prêt à imprimer.

Les données du patient restent dans cette fenêtre et dans les fichiers que vous enregistrez. Elles ne sont pas conservées dans les paramètres, et le programme n’établit aucune connexion réseau.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>By the card language</source>
        <translation>Selon la langue de la carte</translation>
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation>Jour d’abord (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois d’abord (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Année d’abord (2026-12-31)</translation>
    </message>
    <message>
        <source>The list has no column for %1: choose it under “%2”.</source>
        <translation>La liste n’a pas de colonne pour %1 : choisissez-le sous « %2 ».</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Export par lots</translation>
    </message>
    <message>
        <source>Choose list...</source>
        <translation>Choisir la liste...</translation>
    </message>
    <message>
        <source>Patient list:</source>
        <translation>Liste de patients :</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Champ de la carte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Rows that will not make a card</source>
        <translation>Lignes qui ne donneront pas de carte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>Feuille de calcul :</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Ordre des dates :</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Un PDF par patient, dans un dossier</translation>
    </message>
    <message>
        <source>All cards on sheets, in one PDF</source>
        <translation>Toutes les cartes sur des planches, dans un seul PDF</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Recto verso, retourner sur le bord long</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Recto verso, retourner sur le bord court</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Recto seul</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Remplacer les fichiers existants</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Noms de fichier :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>Impression :</translation>
    </message>
    <message>
        <source>Start at position:</source>
        <translation>Commencer à la position :</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Liste de patients</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.xlsx)</source>
        <translation>Listes de patients (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Dossier des cartes</translation>
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation>Choisissez où enregistrer les cartes.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the cards in progress...</source>
        <translation>Annulation : les cartes en cours sont terminées...</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation>Lu en %1, séparateur %2.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>The encoding is uncertain: check the names below.</source>
        <translation>L’encodage est incertain : vérifiez les noms ci-dessous.</translation>
    </message>
    <message>
        <source>Worksheet '%1'.</source>
        <translation>Feuille « %1 ».</translation>
    </message>
    <message>
        <source>Choose the column with the patient's name.</source>
        <translation>Choisissez la colonne contenant le nom du patient.</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
    </message>
    <message>
        <source>%1 rows ready, %2 rejected, %3 blank rows skipped.</source>
        <translation>%1 lignes prêtes, %2 refusées, %3 lignes vides ignorées.</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3. Report: %4</source>
        <translation>Produites : %1, refusées : %2, ignorées : %3. Rapport : %4</translation>
    </message>
    <message>
        <source>Cancelled; only complete files were kept.</source>
        <translation>Annulé ; seuls les fichiers complets ont été conservés.</translation>
    </message>
    <message>
        <source>PDF/X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/X pour un imprimeur (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Patient &amp;list:</source>
        <translation>&amp;Liste des patients :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>&amp;Ordre des dates :</translation>
    </message>
    <message>
        <source>One PDF per &amp;patient, in a folder</source>
        <translation>Un PDF par &amp;patient, dans un dossier</translation>
    </message>
    <message>
        <source>All cards on &amp;sheets, in one PDF</source>
        <translation>Toutes les cartes sur des &amp;feuilles, dans un PDF</translation>
    </message>
    <message>
        <source>S&amp;ave to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>F&amp;ile names:</source>
        <translation>&amp;Noms de fichier :</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pa&amp;pier :</translation>
    </message>
    <message>
        <source>Printin&amp;g:</source>
        <translation>&amp;Impression :</translation>
    </message>
    <message>
        <source>Start at positio&amp;n:</source>
        <translation>Commencer à la positio&amp;n :</translation>
    </message>
    <message>
        <source>Replace e&amp;xisting files</source>
        <translation>Remplacer les fichiers e&amp;xistants</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Second nom de famille</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Card field for the column %1</source>
        <translation>Champ de la carte pour la colonne %1</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3, not done %4. Report: %5</source>
        <translation>Produites %1, refusées %2, ignorées %3, non faites %4. Rapport : %5</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>L&apos;export s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing in the discarded PDF counts as made.</source>
        <translation>Annulé ; rien dans le PDF abandonné ne compte comme produit.</translation>
    </message>
</context>
<context>
    <name>BlankCardsDialog</name>
    <message>
        <source>Blank cards</source>
        <translation>Cartes vierges</translation>
    </message>
    <message>
        <source>Cards to fill in by hand. The medicine, the card text and, if you wish, your clinic or pharmacy are printed; the patient's details are left as lines to write on.</source>
        <translation>Cartes à remplir à la main. Le médicament, le texte de la carte et, si vous le souhaitez, votre cabinet ou votre pharmacie sont imprimés ; les données du patient restent des lignes à compléter.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>Recto verso, retourner sur le bord long</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>Recto verso, retourner sur le bord court</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>Recto seul</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Médicament :</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>Lan&amp;gue de la carte :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>&amp;Clinique ou pharmacie :</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Exemplaires :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>Cô&amp;tés :</translation>
    </message>
    <message>
        <source>PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/&amp;X pour un imprimeur (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Sheets: about %1 (up to %2 cards a sheet).</source>
        <translation>Feuilles : environ %1 (jusqu’à %2 cartes par feuille).</translation>
    </message>
    <message>
        <source>Save blank cards as PDF</source>
        <translation>Enregistrer les cartes vierges en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation>Cartes non enregistrées</translation>
    </message>
    <message>
        <source>The cards could not be saved to %1: %2</source>
        <translation>Les cartes n’ont pas pu être enregistrées dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>CardReadiness</name>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <source>The preview appears when this is chosen: %1</source>
        <translation>L’aperçu apparaît lorsque ceci est choisi : %1</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Enregistrer la carte en PDF prêt à imprimer</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Imprimer la carte à sa taille réelle</translation>
    </message>
    <message>
        <source>Not available until this is fixed:
%1</source>
        <translation>Indisponible tant que ceci n’est pas corrigé :
%1</translation>
    </message>
    <message>
        <source>Ready: the card can be saved or printed.</source>
        <translation>Prêt : la carte peut être enregistrée ou imprimée.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problème à corriger avant l’enregistrement</numerusform>
            <numerusform>%n problèmes à corriger avant l’enregistrement</numerusform>
        </translation>
    </message>
    <message>
        <source>To save or print, fill in: %1</source>
        <translation>Pour enregistrer ou imprimer, remplissez : %1</translation>
    </message>
</context>
<context>
    <name>CardTextFlow</name>
    <message>
        <source>Choose the folder of approved card texts</source>
        <translation>Choisir le dossier des textes de carte approuvés</translation>
    </message>
    <message>
        <source>Card text not loaded</source>
        <translation>Texte de carte non chargé</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was changed. Problems by key:</source>
        <translation>%1 comporte des problèmes ; rien n’a été modifié. Problèmes par clé :</translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Both sides: the printer turns the sheet</source>
        <translation>Recto verso : l’imprimante retourne la feuille</translation>
    </message>
    <message>
        <source>Both sides: I turn the sheet by hand</source>
        <translation>Recto verso : je retourne la feuille à la main</translation>
    </message>
    <message>
        <source>One side: each page on its own sheet</source>
        <translation>Recto seul : chaque page sur sa propre feuille</translation>
    </message>
    <message>
        <source>Printed at true size, never fitted to the page. Printer offset from Settings: %1 mm across, %2 mm down.</source>
        <translation>Imprimée en taille réelle, jamais ajustée à la page. Décalage de l’imprimante (Paramètres) : %1 mm en largeur, %2 mm en hauteur.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante :</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies :</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>&amp;Faces :</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>This printer does not print both sides itself: the outside prints first, then the program shows how to put the sheet back for the inside.</source>
        <translation>Cette imprimante n’imprime pas seule en recto verso : l’extérieur s’imprime d’abord, puis le programme indique comment remettre la feuille pour l’intérieur.</translation>
    </message>
</context>
<context>
    <name>CupsPrintFlow</name>
    <message>
        <source>No printer</source>
        <translation>Aucune imprimante</translation>
    </message>
    <message>
        <source>No printer is set up. Add one in the system's printer settings.</source>
        <translation>Aucune imprimante n’est configurée. Ajoutez-en une dans les réglages d’impression du système.</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>ONJ patient reminder card</source>
        <translation>Carte patient ONM</translation>
    </message>
    <message>
        <source>Turn the sheet over</source>
        <translation>Retournez la feuille</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Imprimer la page d’étalonnage</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>page d’étalonnage cardmaker</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>La carte n’a pas pu être imprimée : %1</translation>
    </message>
    <message>
        <source>The printer “%1” is stopped, so the card would only wait in its queue. Start it in the system&apos;s printer settings, or choose another printer.</source>
        <translation>L’imprimante « %1 » est arrêtée : la carte resterait dans sa file d’attente. Redémarrez-la dans les réglages d’impression du système, ou choisissez une autre imprimante.</translation>
    </message>
    <message numerus="yes">
        <source>The outside of the card is printing (%n sheet(s)). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</source>
        <translation>
            <numerusform>L’extérieur de la carte s’imprime (%n feuille). Une fois sortie, remettez la feuille dans le bac, retournée sur son bord long comme la page d’un livre : les bords gauche et droit s’échangent, le haut reste en haut. Choisissez ensuite OK pour imprimer l’intérieur au verso.</numerusform>
            <numerusform>L’extérieur de la carte s’imprime (%n feuilles). Une fois sortie, remettez la feuille dans le bac, retournée sur son bord long comme la page d’un livre : les bords gauche et droit s’échangent, le haut reste en haut. Choisissez ensuite OK pour imprimer l’intérieur au verso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Calendar for: %1</source>
        <translation>Calendrier pour : %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Fichier de paramètres %1 : %2</translation>
    </message>
    <message>
        <source>Approved card text not loaded: %1</source>
        <translation>Texte de carte approuvé non chargé : %1</translation>
    </message>
    <message>
        <source>Interface translation not built: %1</source>
        <translation>Traduction de l’interface non compilée : %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Load approved &amp;text…</source>
        <translation>Charger le te&amp;xte approuvé…</translation>
    </message>
    <message>
        <source>Draft card text</source>
        <translation>Texte de carte provisoire</translation>
    </message>
    <message>
        <source>Draft card text – not yet reviewed. The %1 card text (version %2) has not been checked by a reviewer; have it checked before cards are given to patients. This note is shown only here, never on the card.</source>
        <translation>Texte de carte provisoire – pas encore relu. Le texte de carte « %1 » (version %2) n’a pas encore été vérifié par un relecteur ; faites-le vérifier avant de remettre des cartes aux patients. Cette mention n’apparaît qu’ici, jamais sur la carte.</translation>
    </message>
</context>
<context>
    <name>FormatPicker</name>
    <message>
        <source>Wallet card, three panels, larger text (ID-1)</source>
        <translation>Carte de portefeuille, trois volets, texte plus grand (ID-1)</translation>
    </message>
    <message>
        <source>Folded card, credit-card size (ID-1)</source>
        <translation>Carte pliée, format carte bancaire (ID-1)</translation>
    </message>
    <message>
        <source>Large print (A6)</source>
        <translation>Gros caractères (A6)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cardmaker – ONJ patient reminder card</source>
        <translation>cardmaker – carte patient ostéonécrose de la mâchoire (ONM)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Incomplete card: fields with problems are left blank in the preview. Save and Print become available when the problems are fixed.</source>
        <translation>Carte incomplète : les champs comportant des problèmes restent vides dans l’aperçu. Enregistrer et Imprimer seront disponibles une fois les problèmes corrigés.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>Carte enregistrée : %1</translation>
    </message>
    <message>
        <source>Card sent to the printer.</source>
        <translation>Carte envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Export par lots</translation>
    </message>
    <message>
        <source>Batch export is not available in this installation (%1).</source>
        <translation>L’export par lots n’est pas disponible dans cette installation (%1).</translation>
    </message>
    <message>
        <source>Using the card text shipped with the program.</source>
        <translation>Le texte de carte fourni avec le programme est utilisé.</translation>
    </message>
    <message>
        <source>Card text loaded from %1.</source>
        <translation>Texte de carte chargé depuis %1.</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Blank cards saved: %1</source>
        <translation>Cartes vierges enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>MedicinePicker</name>
    <message>
        <source>Type a name or a company</source>
        <translation>Saisissez un nom ou une entreprise</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Titulaire : %1</translation>
    </message>
    <message>
        <source>▼ Under additional monitoring</source>
        <translation>▼ Fait l’objet d’une surveillance supplémentaire</translation>
    </message>
    <message>
        <source>Positive opinion; EU decision not yet confirmed</source>
        <translation>Avis favorable ; décision de l’UE pas encore confirmée</translation>
    </message>
</context>
<context>
    <name>NextInjectionField</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>A&amp;utomatique</translation>
    </message>
    <message>
        <source>Use the first injection date + 6 months</source>
        <translation>Utiliser la date de la première injection + 6 mois</translation>
    </message>
    <message>
        <source>Reset the next injection to automatic</source>
        <translation>Remettre l’injection suivante en automatique</translation>
    </message>
    <message>
        <source>Leave empty to use the first injection + 6 months.</source>
        <translation>Laisser vide pour utiliser la première injection + 6 mois.</translation>
    </message>
    <message>
        <source>Changed by hand; automatic would be %1.</source>
        <translation>Modifiée à la main ; la date automatique serait le %1.</translation>
    </message>
    <message>
        <source>Automatic: %1 (first injection + 6 months).</source>
        <translation>Automatique : %1 (première injection + 6 mois).</translation>
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
        <translation>&amp;Nom du patient</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Première injection</translation>
    </message>
    <message>
        <source>F&amp;irst injection</source>
        <translation>&amp;Première injection</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Injection suivante</translation>
    </message>
    <message>
        <source>Ne&amp;xt injection</source>
        <translation>Injection &amp;suivante</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation>Pr&amp;escripteur</translation>
    </message>
    <message>
        <source>Prescriber's name</source>
        <translation>Nom du prescripteur</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one</source>
        <translation>&amp;Téléphone du prescripteur</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Téléphone du prescripteur</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy</source>
        <translation>&amp;Clinique ou pharmacie</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Clinique ou pharmacie</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Médicament</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <source>Card lan&amp;guage</source>
        <translation>Lan&amp;gue de la carte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ys</translation>
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
        <translation>Le code QR ouvre</translation>
    </message>
    <message>
        <source>&amp;QR code opens</source>
        <translation>Le code &amp;QR ouvre</translation>
    </message>
    <message>
        <source>%1 Under additional monitoring</source>
        <translation>%1 Fait l’objet d’une surveillance supplémentaire</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>Card text version %1 of %2 (%3)</source>
        <translation>Texte de carte version %1 du %2 (%3)</translation>
    </message>
    <message>
        <source>Side effects are reported to %1 (%2).</source>
        <translation>Les effets indésirables sont déclarés à : %1 (%2).</translation>
    </message>
    <message>
        <source>Card languages usual in %1: %2</source>
        <translation>Langues de carte usuelles – %1 : %2</translation>
    </message>
    <message>
        <source>Which medicine does the patient receive? Type its name or company.</source>
        <translation>Quel médicament le patient reçoit-il ? Tapez son nom ou son laboratoire.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Ajuster les pages à la fenêtre</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Afficher la carte à sa taille réelle</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>Aperçu de la carte</translation>
    </message>
    <message>
        <source>outside (back and cover)</source>
        <translation>extérieur (dos et couverture)</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>intérieur</translation>
    </message>
    <message>
        <source>front</source>
        <translation>recto</translation>
    </message>
    <message>
        <source>back</source>
        <translation>verso</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>Carte patient ostéonécrose de la mâchoire</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>Paper too small</source>
        <translation>Papier trop petit</translation>
    </message>
    <message>
        <source>The card does not fit on the chosen paper at its true size. Choose a larger paper size (A4 or Letter); cards are never shrunk to fit.</source>
        <translation>La carte ne tient pas sur le papier choisi à sa taille réelle. Choisissez un format de papier plus grand (A4 ou Letter) ; les cartes ne sont jamais réduites.</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>Page d’étalonnage cardmaker</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Imprimer la page d’étalonnage</translation>
    </message>
    <message>
        <source>Calibration page. The red outline is where the card is trimmed; it should be %1 mm from the left edge and %2 mm from the top edge of the sheet. Measure both with a ruler. If the outline is too far right or down, lower the offset in Settings by the difference; if it is too far left or up, raise it. Current offset: %3 mm across, %4 mm down. Grid lines are 1 mm apart.</source>
        <translation>Page d’étalonnage. Le cadre rouge indique où la carte est coupée ; il doit se trouver à %1 mm du bord gauche et à %2 mm du bord supérieur de la feuille. Mesurez les deux avec une règle. Si le cadre est trop à droite ou trop bas, diminuez le décalage dans les Paramètres de la différence ; s’il est trop à gauche ou trop haut, augmentez-le. Décalage actuel : %3 mm vers la droite, %4 mm vers le bas. Les lignes de la grille sont espacées de 1 mm.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>La carte n’a pas pu être imprimée : %1</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Téléphone du prescripteur</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Clinique ou pharmacie</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Première injection</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Injection suivante</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>couverture</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>données du patient</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>conseils</translation>
    </message>
    <message>
        <source>back</source>
        <translation>verso</translation>
    </message>
    <message>
        <source>front</source>
        <translation>recto</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Has no letters.</source>
        <translation>Ne contient aucune lettre.</translation>
    </message>
    <message>
        <source>Contains control characters: %1.</source>
        <translation>Contient des caractères de contrôle : %1.</translation>
    </message>
    <message>
        <source>The card font cannot print %1.</source>
        <translation>La police de la carte ne peut pas imprimer %1.</translation>
    </message>
    <message>
        <source>Too long: %1 characters; the card holds at most %2.</source>
        <translation>Trop long : %1 caractères ; la carte en contient au maximum %2.</translation>
    </message>
    <message>
        <source>Not a phone number (not allowed: %1).</source>
        <translation>Ce n’est pas un numéro de téléphone (non autorisé : %1).</translation>
    </message>
    <message>
        <source>Not a phone number: '+' is allowed only at the start.</source>
        <translation>Ce n’est pas un numéro de téléphone : « + » n’est autorisé qu’au début.</translation>
    </message>
    <message>
        <source>Not a phone number: it has %1 digits, expected %2 to %3.</source>
        <translation>Ce n’est pas un numéro de téléphone : %1 chiffres, %2 à %3 attendus.</translation>
    </message>
    <message>
        <source>%1 is not a plausible date.</source>
        <translation>%1 n’est pas une date plausible.</translation>
    </message>
    <message>
        <source>%1 is not after the first injection (%2).</source>
        <translation>%1 n’est pas postérieure à la première injection (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 months after the first injection (%3); injections are every 6 months.</source>
        <translation>%1 tombe plus de %2 mois après la première injection (%3) ; les injections ont lieu tous les 6 mois.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in %2. Choose the large-print format or load shorter approved text.</source>
        <translation>Le texte de la carte ne tient pas dans le panneau « %1 » (langue : %2). Choisissez le format gros caractères ou chargez un texte approuvé plus court.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Choisissez un élément de la liste.</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1 or pick it from the calendar.</source>
        <translation>Ce n’est pas une date. Saisissez-la comme %1 ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <translation>Le %1 %2 %3 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>Il n’y a pas de mois %1.</translation>
    </message>
    <message>
        <source>Two-digit year: write %1.</source>
        <translation>Année à deux chiffres : écrivez %1.</translation>
    </message>
    <message>
        <source>A week number, not a day: type the day, like %1.</source>
        <translation>Un numéro de semaine, pas un jour : saisissez le jour, par exemple %1.</translation>
    </message>
    <message>
        <source>No separators: type the date like %1.</source>
        <translation>Sans séparateurs : saisissez la date comme %1.</translation>
    </message>
    <message>
        <source>The year %1 is not possible.</source>
        <translation>L’année %1 n’est pas possible.</translation>
    </message>
    <message>
        <source>Too wide for the card: shorten it, for example with initials.</source>
        <translation>Trop large pour la carte : raccourcissez, par exemple avec des initiales.</translation>
    </message>
    <message>
        <source>Written by hand on a blank card; leave it empty.</source>
        <translation>S’écrit à la main sur une carte vierge ; laissez ce champ vide.</translation>
    </message>
</context>
<context>
    <name>QrTargetPicker</name>
    <message>
        <source>Medicine page at the EMA (EPAR)</source>
        <translation>Page du médicament sur le site de l’EMA (EPAR)</translation>
    </message>
    <message>
        <source>Product information (package leaflet)</source>
        <translation>Informations produit (notice)</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Save card as PDF</source>
        <translation>Enregistrer la carte en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Carte non enregistrée</translation>
    </message>
    <message>
        <source>The card could not be saved to %1: %2</source>
        <translation>La carte n’a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer ?</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Choose one from the list.</source>
        <translation>Choisissez un élément de la liste.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1”. Choose one from the list.</source>
        <translation>Aucun élément de la liste ne correspond à « %1 ». Choisissez un élément de la liste.</translation>
    </message>
    <message>
        <source>“%1” matches %2. Choose one from the list.</source>
        <translation>« %1 » correspond à : %2. Choisissez un élément de la liste.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Clinic defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>Pr&amp;inting</source>
        <translation>&amp;Impression</translation>
    </message>
    <message>
        <source>A new card starts with these values. The patient's details are never stored.</source>
        <translation>Une nouvelle carte commence avec ces valeurs. Les données du patient ne sont jamais enregistrées.</translation>
    </message>
    <message>
        <source>Default medicine</source>
        <translation>Médicament par défaut</translation>
    </message>
    <message>
        <source>Default card language</source>
        <translation>Langue de carte par défaut</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <source>Default format</source>
        <translation>Format par défaut</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>Le code QR ouvre</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>Pr&amp;escripteur :</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one:</source>
        <translation>&amp;Téléphone du prescripteur :</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>&amp;Clinique ou pharmacie :</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Médicament :</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>Lan&amp;gue de la carte :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;QR code opens:</source>
        <translation>Le code &amp;QR ouvre :</translation>
    </message>
    <message>
        <source>&amp;Take from the current card</source>
        <translation>&amp;Reprendre de la carte actuelle</translation>
    </message>
    <message>
        <source>Copy the clinic values of the card in the window (not the patient)</source>
        <translation>Copier les valeurs de l’établissement de la carte affichée (pas le patient)</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Dossier Documents</translation>
    </message>
    <message>
        <source>Save cards in</source>
        <translation>Enregistrer les cartes dans</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save cards in:</source>
        <translation>Enregistrer les cartes da&amp;ns :</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <source>File &amp;name pattern:</source>
        <translation>&amp;Modèle de nom de fichier :</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés : %1</translation>
    </message>
    <message>
        <source>Put the &amp;patient's name in file names</source>
        <translation>Mettre le nom du pa&amp;tient dans les noms de fichier</translation>
    </message>
    <message>
        <source>File names are seen in folders, backups and recent-file lists; leave this off unless your clinic's rules allow it.</source>
        <translation>Les noms de fichier sont visibles dans les dossiers, les sauvegardes et les listes de fichiers récents ; laissez cette option désactivée sauf si les règles de votre établissement l’autorisent.</translation>
    </message>
    <message>
        <source>If your printer places the card slightly off, shift everything it prints. Print a calibration page (File menu) and measure it. Positive values move the print right and down.</source>
        <translation>Si votre imprimante place la carte légèrement de travers, décalez tout ce qu’elle imprime. Imprimez une page d’étalonnage (menu Fichier) et mesurez-la. Les valeurs positives déplacent l’impression vers la droite et vers le bas.</translation>
    </message>
    <message>
        <source>Horizontal offset in millimetres</source>
        <translation>Décalage horizontal en millimètres</translation>
    </message>
    <message>
        <source>Vertical offset in millimetres</source>
        <translation>Décalage vertical en millimètres</translation>
    </message>
    <message>
        <source>&amp;Across (mm):</source>
        <translation>&amp;Horizontal (mm) :</translation>
    </message>
    <message>
        <source>&amp;Down (mm):</source>
        <translation>&amp;Vertical (mm) :</translation>
    </message>
    <message>
        <source>Choose the folder for saved cards</source>
        <translation>Choisir le dossier des cartes enregistrées</translation>
    </message>
    <message>
        <source>The braces { } in the pattern do not match.</source>
        <translation>Les accolades { } du modèle ne correspondent pas.</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>Espace réservé inconnu : %1</translation>
    </message>
    <message>
        <source>Mary Example</source>
        <translation>Marie Exemple</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <source>Save PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>Enregistrer en PDF/&amp;X pour un imprimeur (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>PDF/X-1a is the file a print shop asks for. Cards printed at the clinic do not need it.</source>
        <translation>Le PDF/X-1a est le fichier que demande un imprimeur. Les cartes imprimées au cabinet n’en ont pas besoin.</translation>
    </message>
    <message>
        <source>This placeholder format is not allowed: %1</source>
        <translation>Ce format d&apos;espace réservé n&apos;est pas autorisé : %1</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>This card was neither saved nor printed.</source>
        <translation>Cette carte n'a été ni enregistrée ni imprimée.</translation>
    </message>
    <message>
        <source>It cannot be saved until its problems are fixed.</source>
        <translation>Elle ne peut être enregistrée qu'une fois ses problèmes corrigés.</translation>
    </message>
    <message>
        <source>Keep this card?</source>
        <translation>Conserver cette carte ?</translation>
    </message>
    <message>
        <source>Do you want to save it before it is cleared?</source>
        <translation>Voulez-vous l'enregistrer avant qu'elle soit effacée ?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Nouvelle carte</translation>
    </message>
    <message>
        <source>Clear the patient's details for the next card</source>
        <translation>Vider les données du patient pour la carte suivante</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Enregistrer la carte en PDF prêt à imprimer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Imprimer la carte à sa taille réelle</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>Imprimer la page d’é&amp;talonnage…</translation>
    </message>
    <message>
        <source>Print a millimetre grid and the card outline to check the printer offset</source>
        <translation>Imprimer une grille millimétrée et le contour de la carte pour vérifier le décalage de l’imprimante</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>Export par &amp;lots…</translation>
    </message>
    <message>
        <source>Make cards for a list of patients</source>
        <translation>Créer des cartes pour une liste de patients</translation>
    </message>
    <message>
        <source>&amp;Load approved card text…</source>
        <translation>&amp;Charger un texte de carte approuvé…</translation>
    </message>
    <message>
        <source>Use a folder of nationally approved card texts</source>
        <translation>Utiliser un dossier de textes de carte approuvés au niveau national</translation>
    </message>
    <message>
        <source>&amp;Use the shipped card text</source>
        <translation>&amp;Utiliser le texte de carte fourni</translation>
    </message>
    <message>
        <source>Go back to the card texts that come with the program</source>
        <translation>Revenir aux textes de carte fournis avec le programme</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Clinic defaults, files and printer offsets</source>
        <translation>Valeurs par défaut, fichiers et décalage de l’imprimante</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Fermer le programme</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Show the preview larger</source>
        <translation>Agrandir l’aperçu</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Show the preview smaller</source>
        <translation>Réduire l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Ajuster les pages à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;True size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Afficher la carte à sa taille réelle</translation>
    </message>
    <message>
        <source>&amp;About cardmaker</source>
        <translation>À &amp;propos de cardmaker</translation>
    </message>
    <message>
        <source>Version and what the program does</source>
        <translation>Version et rôle du programme</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Blan&amp;k cards…</source>
        <translation>Cartes &amp;vierges…</translation>
    </message>
    <message>
        <source>Cards to fill in by hand, without patient details, on sheets</source>
        <translation>Cartes à remplir à la main, sans données du patient, sur des feuilles</translation>
    </message>
</context>
<context>
    <name>BatchDefaults</name>
    <message>
        <source>Card values for blank cells</source>
        <translation>Valeurs de la carte pour les cellules vides</translation>
    </message>
    <message>
        <source>A cell left blank in the list takes the value shown here; the report marks every such value. A value in the list always wins.</source>
        <translation>Une cellule vide de la liste prend la valeur affichée ici ; le rapport signale chaque valeur ainsi prise. Une valeur de la liste l&apos;emporte toujours.</translation>
    </message>
    <message>
        <source>(none: the list must name it)</source>
        <translation>(aucun : la liste doit l&apos;indiquer)</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Médicament :</translation>
    </message>
    <message>
        <source>Card lang&amp;uage:</source>
        <translation>Lang&amp;ue de la carte :</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Prescri&amp;ber:</source>
        <translation>Pres&amp;cripteur :</translation>
    </message>
    <message>
        <source>Prescriber&apos;s p&amp;hone:</source>
        <translation>&amp;Téléphone du prescripteur :</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy:</source>
        <translation>&amp;Clinique ou pharmacie :</translation>
    </message>
</context>
<context>
    <name>BatchProblems</name>
    <message>
        <source>Has %1 fields but the heading has %2 (a delimiter inside a value without quotes?).</source>
        <translation>A %1 champs mais l&apos;en-tête en a %2 (un séparateur dans une valeur sans guillemets ?).</translation>
    </message>
    <message>
        <source>This line cannot be read: %1.</source>
        <translation>Cette ligne ne peut pas être lue : %1.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; put the whole value in quotes or remove the quotes.</source>
        <translation>Du texte suit un guillemet fermant ; mettez toute la valeur entre guillemets ou retirez-les.</translation>
    </message>
    <message>
        <source>Holds bytes that are not text in the file&apos;s encoding (%1).</source>
        <translation>Contient des octets qui ne sont pas du texte dans l&apos;encodage du fichier (%1).</translation>
    </message>
    <message>
        <source>A formula without a saved value: open and save the file in Excel.</source>
        <translation>Une formule sans valeur enregistrée : ouvrez et enregistrez le fichier dans Excel.</translation>
    </message>
    <message>
        <source>The cell shows the error %1.</source>
        <translation>La cellule affiche l&apos;erreur %1.</translation>
    </message>
    <message>
        <source>Cells merged over several rows (%1): unmerge them and fill each row.</source>
        <translation>Cellules fusionnées sur plusieurs lignes (%1) : annulez la fusion et remplissez chaque ligne.</translation>
    </message>
    <message>
        <source>A value in column %1, which has no heading.</source>
        <translation>Une valeur dans la colonne %1, qui n&apos;a pas d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use %2.</source>
        <translation>Format inconnu « %1 » ; utilisez %2.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in language &apos;%2&apos;.</source>
        <translation>Le texte de la carte ne tient pas dans le panneau %1 en langue « %2 ».</translation>
    </message>
    <message>
        <source>The file exists; it was not replaced (tick Replace existing files).</source>
        <translation>Le fichier existe ; il n&apos;a pas été remplacé (cochez Remplacer les fichiers existants).</translation>
    </message>
    <message>
        <source>Blank, and no card value for blank cells is chosen above.</source>
        <translation>Vide, et aucune valeur de carte pour les cellules vides n&apos;est choisie ci-dessus.</translation>
    </message>
</context>
</TS>
