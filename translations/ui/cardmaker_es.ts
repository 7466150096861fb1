<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About cardmaker</source>
        <translation>Acerca de cardmaker</translation>
    </message>
    <message>
        <source>cardmaker %1</source>
        <translation>cardmaker %1</translation>
    </message>
    <message>
        <source>Makes the osteonecrosis-of-the-jaw patient reminder card for denosumab medicines as a print-ready PDF.

Patient details stay in this window and in the files you save. They are not stored in settings, and the program makes no network connections.</source>
        <translation>Crea la tarjeta recordatorio para el paciente sobre la osteonecrosis de la mandíbula de los medicamentos con denosumab, como PDF listo para imprimir.

Los datos del paciente permanecen en esta ventana y en los archivos que guarde. No se almacenan en la configuración y el programa no establece conexiones de red.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>By the card language</source>
        <translation>Según el idioma de la tarjeta</translation>
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation>Día primero (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mes primero (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Año primero (2026-12-31)</translation>
    </message>
    <message>
        <source>The list has no column for %1: choose it under “%2”.</source>
        <translation>La lista no tiene columna para %1: elíjalo en «%2».</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Exportación por lotes</translation>
    </message>
    <message>
        <source>Choose list...</source>
        <translation>Elegir lista...</translation>
    </message>
    <message>
        <source>Patient list:</source>
        <translation>Lista de pacientes:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Card field</source>
        <translation>Campo de la tarjeta</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Primeras filas</translation>
    </message>
    <message>
        <source>Rows that will not make a card</source>
        <translation>Filas que no generarán tarjeta</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>Hoja de cálculo:</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Orden de fecha:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>One PDF per patient, in a folder</source>
        <translation>Un PDF por paciente, en una carpeta</translation>
    </message>
    <message>
        <source>All cards on sheets, in one PDF</source>
        <translation>Todas las tarjetas en hojas, en un PDF</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>A doble cara, girar por el borde largo</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>A doble cara, girar por el borde corto</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>A una cara</translation>
    </message>
    <message>
        <source>Replace existing files</source>
        <translation>Sustituir los archivos existentes</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Nombres de archivo:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>Impresión:</translation>
    </message>
    <message>
        <source>Start at position:</source>
        <translation>Empezar en la posición:</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Lista de pacientes</translation>
    </message>
    <message>
        <source>Patient lists (*.csv *.txt *.xlsx)</source>
        <translation>Listas de pacientes (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Carpeta para las tarjetas</translation>
    </message>
    <message>
        <source>Choose where to save the cards.</source>
        <translation>Elija dónde guardar las tarjetas.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the cards in progress...</source>
        <translation>Cancelando: terminando las tarjetas en curso...</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2.</source>
        <translation>Leído como %1, delimitador %2.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>The encoding is uncertain: check the names below.</source>
        <translation>La codificación es dudosa: revise los nombres de abajo.</translation>
    </message>
    <message>
        <source>Worksheet '%1'.</source>
        <translation>Hoja «%1».</translation>
    </message>
    <message>
        <source>Choose the column with the patient's name.</source>
        <translation>Elija la columna con el nombre del paciente.</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>%1 rows ready, %2 rejected, %3 blank rows skipped.</source>
        <translation>%1 filas listas, %2 rechazadas, %3 filas vacías omitidas.</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3. Report: %4</source>
        <translation>Generadas: %1, rechazadas: %2, omitidas: %3. Informe: %4</translation>
    </message>
    <message>
        <source>Cancelled; only complete files were kept.</source>
        <translation>Cancelado; solo se conservaron los archivos completos.</translation>
    </message>
    <message>
        <source>PDF/X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/X para una imprenta (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Patient &amp;list:</source>
        <translation>&amp;Lista de pacientes:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>&amp;Orden de fecha:</translation>
    </message>
    <message>
        <source>One PDF per &amp;patient, in a folder</source>
        <translation>Un PDF por &amp;paciente, en una carpeta</translation>
    </message>
    <message>
        <source>All cards on &amp;sheets, in one PDF</source>
        <translation>Todas las tarjetas en &amp;hojas, en un PDF</translation>
    </message>
    <message>
        <source>S&amp;ave to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>F&amp;ile names:</source>
        <translation>&amp;Nombres de archivo:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pa&amp;pel:</translation>
    </message>
    <message>
        <source>Printin&amp;g:</source>
        <translation>&amp;Impresión:</translation>
    </message>
    <message>
        <source>Start at positio&amp;n:</source>
        <translation>Empezar en la posició&amp;n:</translation>
    </message>
    <message>
        <source>Replace e&amp;xisting files</source>
        <translation>Reemplazar los archivos e&amp;xistentes</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Card field for the column %1</source>
        <translation>Campo de la tarjeta para la columna %1</translation>
    </message>
    <message>
        <source>Produced %1, rejected %2, skipped %3, not done %4. Report: %5</source>
        <translation>Creadas %1, rechazadas %2, omitidas %3, no hechas %4. Informe: %5</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>La exportación se detuvo: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>El informe no se escribió: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing in the discarded PDF counts as made.</source>
        <translation>Cancelado; nada del PDF descartado cuenta como creado.</translation>
    </message>
</context>
<context>
    <name>BlankCardsDialog</name>
    <message>
        <source>Blank cards</source>
        <translation>Tarjetas en blanco</translation>
    </message>
    <message>
        <source>Cards to fill in by hand. The medicine, the card text and, if you wish, your clinic or pharmacy are printed; the patient's details are left as lines to write on.</source>
        <translation>Tarjetas para rellenar a mano. Se imprimen el medicamento, el texto de la tarjeta y, si lo desea, su centro o farmacia; los datos del paciente quedan como líneas para escribir.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Idioma de la tarjeta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Both sides, turn on the long edge</source>
        <translation>A doble cara, girar por el borde largo</translation>
    </message>
    <message>
        <source>Both sides, turn on the short edge</source>
        <translation>A doble cara, girar por el borde corto</translation>
    </message>
    <message>
        <source>One side</source>
        <translation>A una cara</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>I&amp;dioma de la tarjeta:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>C&amp;entro o farmacia:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copias:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>Ca&amp;ras:</translation>
    </message>
    <message>
        <source>PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>PDF/&amp;X para una imprenta (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>Sheets: about %1 (up to %2 cards a sheet).</source>
        <translation>Hojas: unas %1 (hasta %2 tarjetas por hoja).</translation>
    </message>
    <message>
        <source>Save blank cards as PDF</source>
        <translation>Guardar las tarjetas en blanco como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation>Tarjetas no guardadas</translation>
    </message>
    <message>
        <source>The cards could not be saved to %1: %2</source>
        <translation>No se pudieron guardar las tarjetas en %1: %2</translation>
    </message>
</context>
<context>
    <name>CardReadiness</name>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>The preview appears when this is chosen: %1</source>
        <translation>La vista previa aparece cuando se elija: %1</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Guardar la tarjeta como PDF listo para imprimir</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Imprimir la tarjeta a su tamaño real</translation>
    </message>
    <message>
        <source>Not available until this is fixed:
%1</source>
        <translation>No disponible hasta que se corrija esto:
%1</translation>
    </message>
    <message>
        <source>Ready: the card can be saved or printed.</source>
        <translation>Listo: la tarjeta se puede guardar o imprimir.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problema por corregir antes de guardar</numerusform>
            <numerusform>%n problemas por corregir antes de guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>To save or print, fill in: %1</source>
        <translation>Para guardar o imprimir, complete: %1</translation>
    </message>
</context>
<context>
    <name>CardTextFlow</name>
    <message>
        <source>Choose the folder of approved card texts</source>
        <translation>Elegir la carpeta de textos de tarjeta aprobados</translation>
    </message>
    <message>
        <source>Card text not loaded</source>
        <translation>Texto de la tarjeta no cargado</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was changed. Problems by key:</source>
        <translation>%1 tiene problemas; no se ha cambiado nada. Problemas por clave:</translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Both sides: the printer turns the sheet</source>
        <translation>A doble cara: la impresora da la vuelta a la hoja</translation>
    </message>
    <message>
        <source>Both sides: I turn the sheet by hand</source>
        <translation>A doble cara: doy la vuelta a la hoja a mano</translation>
    </message>
    <message>
        <source>One side: each page on its own sheet</source>
        <translation>Una cara: cada página en su propia hoja</translation>
    </message>
    <message>
        <source>Printed at true size, never fitted to the page. Printer offset from Settings: %1 mm across, %2 mm down.</source>
        <translation>Se imprime a tamaño real, nunca ajustada a la página. Desplazamiento de la impresora (Ajustes): %1 mm en horizontal, %2 mm en vertical.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Impresora:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copias:</translation>
    </message>
    <message>
        <source>&amp;Sides:</source>
        <translation>Ca&amp;ras:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>This printer does not print both sides itself: the outside prints first, then the program shows how to put the sheet back for the inside.</source>
        <translation>Esta impresora no imprime a doble cara por sí sola: primero se imprime el exterior y después el programa indica cómo volver a colocar la hoja para el interior.</translation>
    </message>
</context>
<context>
    <name>CupsPrintFlow</name>
    <message>
        <source>No printer</source>
        <translation>Ninguna impresora</translation>
    </message>
    <message>
        <source>No printer is set up. Add one in the system's printer settings.</source>
        <translation>No hay ninguna impresora configurada. Añada una en la configuración de impresoras del sistema.</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Imprimir tarjeta</translation>
    </message>
    <message>
        <source>ONJ patient reminder card</source>
        <translation>Tarjeta para el paciente ONM</translation>
    </message>
    <message>
        <source>Turn the sheet over</source>
        <translation>Dé la vuelta a la hoja</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Imprimir página de calibración</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>página de calibración de cardmaker</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>No se ha podido imprimir la tarjeta: %1</translation>
    </message>
    <message>
        <source>The printer “%1” is stopped, so the card would only wait in its queue. Start it in the system&apos;s printer settings, or choose another printer.</source>
        <translation>La impresora «%1» está detenida, así que la tarjeta solo esperaría en su cola. Iníciela en la configuración de impresoras del sistema o elija otra impresora.</translation>
    </message>
    <message numerus="yes">
        <source>The outside of the card is printing (%n sheet(s)). When it has come out, put the sheet back into the paper tray turned over on its long edge, like the page of a book, so that the left and right edges swap and the top stays at the top. Then choose OK to print the inside on the back.</source>
        <translation>
            <numerusform>Se está imprimiendo el exterior de la tarjeta (%n hoja). Cuando haya salido, vuelva a colocar la hoja en la bandeja, girada sobre su borde largo como la página de un libro: los bordes izquierdo y derecho se intercambian y la parte de arriba sigue arriba. Después elija Aceptar para imprimir el interior en el reverso.</numerusform>
            <numerusform>Se está imprimiendo el exterior de la tarjeta (%n hojas). Cuando haya salido, vuelva a colocar la hoja en la bandeja, girada sobre su borde largo como la página de un libro: los bordes izquierdo y derecho se intercambian y la parte de arriba sigue arriba. Después elija Aceptar para imprimir el interior en el reverso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Calendar for: %1</source>
        <translation>Calendario para: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Archivo de configuración %1: %2</translation>
    </message>
    <message>
        <source>Approved card text not loaded: %1</source>
        <translation>Texto de tarjeta aprobado no cargado: %1</translation>
    </message>
    <message>
        <source>Interface translation not built: %1</source>
        <translation>Traducción de la interfaz no compilada: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Load approved &amp;text…</source>
        <translation>Cargar te&amp;xto aprobado…</translation>
    </message>
    <message>
        <source>Draft card text</source>
        <translation>Texto de la tarjeta en borrador</translation>
    </message>
    <message>
        <source>Draft card text – not yet reviewed. The %1 card text (version %2) has not been checked by a reviewer; have it checked before cards are given to patients. This note is shown only here, never on the card.</source>
        <translation>Texto de la tarjeta en borrador – aún no revisado. El texto de la tarjeta «%1» (versión %2) todavía no lo ha comprobado un revisor; hágalo revisar antes de entregar tarjetas a los pacientes. Este aviso solo aparece aquí, nunca en la tarjeta.</translation>
    </message>
</context>
<context>
    <name>FormatPicker</name>
    <message>
        <source>Wallet card, three panels, larger text (ID-1)</source>
        <translation>Tarjeta de cartera, tres paneles, texto más grande (ID-1)</translation>
    </message>
    <message>
        <source>Folded card, credit-card size (ID-1)</source>
        <translation>Tarjeta plegada, tamaño tarjeta de crédito (ID-1)</translation>
    </message>
    <message>
        <source>Large print (A6)</source>
        <translation>Letra grande (A6)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cardmaker – ONJ patient reminder card</source>
        <translation>cardmaker – tarjeta para el paciente sobre osteonecrosis de la mandíbula (ONM)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Incomplete card: fields with problems are left blank in the preview. Save and Print become available when the problems are fixed.</source>
        <translation>Tarjeta incompleta: los campos con problemas quedan en blanco en la vista previa. Guardar e Imprimir estarán disponibles cuando se corrijan los problemas.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Tarjeta nueva</translation>
    </message>
    <message>
        <source>Card saved: %1</source>
        <translation>Tarjeta guardada: %1</translation>
    </message>
    <message>
        <source>Card sent to the printer.</source>
        <translation>Tarjeta enviada a la impresora.</translation>
    </message>
    <message>
        <source>Batch export</source>
        <translation>Exportación por lotes</translation>
    </message>
    <message>
        <source>Batch export is not available in this installation (%1).</source>
        <translation>La exportación por lotes no está disponible en esta instalación (%1).</translation>
    </message>
    <message>
        <source>Using the card text shipped with the program.</source>
        <translation>Se usa el texto de la tarjeta incluido con el programa.</translation>
    </message>
    <message>
        <source>Card text loaded from %1.</source>
        <translation>Texto de la tarjeta cargado desde %1.</translation>
    </message>
    <message>
        <source>Settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <source>Blank cards saved: %1</source>
        <translation>Tarjetas en blanco guardadas: %1</translation>
    </message>
</context>
<context>
    <name>MedicinePicker</name>
    <message>
        <source>Type a name or a company</source>
        <translation>Escriba un nombre o una empresa</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Titular: %1</translation>
    </message>
    <message>
        <source>▼ Under additional monitoring</source>
        <translation>▼ Sujeto a seguimiento adicional</translation>
    </message>
    <message>
        <source>Positive opinion; EU decision not yet confirmed</source>
        <translation>Dictamen positivo; decisión de la UE aún no confirmada</translation>
    </message>
</context>
<context>
    <name>NextInjectionField</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>Aut&amp;omático</translation>
    </message>
    <message>
        <source>Use the first injection date + 6 months</source>
        <translation>Usar la fecha de la primera inyección + 6 meses</translation>
    </message>
    <message>
        <source>Reset the next injection to automatic</source>
        <translation>Volver a calcular automáticamente la siguiente inyección</translation>
    </message>
    <message>
        <source>Leave empty to use the first injection + 6 months.</source>
        <translation>Déjelo vacío para usar la primera inyección + 6 meses.</translation>
    </message>
    <message>
        <source>Changed by hand; automatic would be %1.</source>
        <translation>Cambiada a mano; la automática sería el %1.</translation>
    </message>
    <message>
        <source>Automatic: %1 (first injection + 6 months).</source>
        <translation>Automática: %1 (primera inyección + 6 meses).</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient &amp;name</source>
        <translation>&amp;Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Primera inyección</translation>
    </message>
    <message>
        <source>F&amp;irst injection</source>
        <translation>&amp;Primera inyección</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Siguiente inyección</translation>
    </message>
    <message>
        <source>Ne&amp;xt injection</source>
        <translation>Si&amp;guiente inyección</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation>Pres&amp;criptor</translation>
    </message>
    <message>
        <source>Prescriber's name</source>
        <translation>Nombre del prescriptor</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one</source>
        <translation>&amp;Teléfono del prescriptor</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Teléfono del prescriptor</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy</source>
        <translation>C&amp;entro o farmacia</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Centro o farmacia</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Idioma de la tarjeta</translation>
    </message>
    <message>
        <source>Card lan&amp;guage</source>
        <translation>I&amp;dioma de la tarjeta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>El código QR abre</translation>
    </message>
    <message>
        <source>&amp;QR code opens</source>
        <translation>El código &amp;QR abre</translation>
    </message>
    <message>
        <source>%1 Under additional monitoring</source>
        <translation>%1 Sujeto a seguimiento adicional</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>Card text version %1 of %2 (%3)</source>
        <translation>Texto de la tarjeta versión %1 del %2 (%3)</translation>
    </message>
    <message>
        <source>Side effects are reported to %1 (%2).</source>
        <translation>Los efectos adversos se comunican a %1 (%2).</translation>
    </message>
    <message>
        <source>Card languages usual in %1: %2</source>
        <translation>Idiomas de tarjeta habituales en %1: %2</translation>
    </message>
    <message>
        <source>Which medicine does the patient receive? Type its name or company.</source>
        <translation>¿Qué medicamento recibe el paciente? Escriba su nombre o su laboratorio.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Ajustar las páginas a la ventana</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Mostrar la tarjeta a su tamaño real</translation>
    </message>
    <message>
        <source>Card preview</source>
        <translation>Vista previa de la tarjeta</translation>
    </message>
    <message>
        <source>outside (back and cover)</source>
        <translation>exterior (dorso y portada)</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>interior</translation>
    </message>
    <message>
        <source>front</source>
        <translation>anverso</translation>
    </message>
    <message>
        <source>back</source>
        <translation>reverso</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
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
        <translation>Tarjeta para el paciente sobre osteonecrosis de la mandíbula</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Imprimir tarjeta</translation>
    </message>
    <message>
        <source>Paper too small</source>
        <translation>Papel demasiado pequeño</translation>
    </message>
    <message>
        <source>The card does not fit on the chosen paper at its true size. Choose a larger paper size (A4 or Letter); cards are never shrunk to fit.</source>
        <translation>La tarjeta no cabe a su tamaño real en el papel elegido. Elija un tamaño de papel mayor (A4 o Carta); las tarjetas nunca se reducen para que quepan.</translation>
    </message>
    <message>
        <source>cardmaker calibration page</source>
        <translation>Página de calibración de cardmaker</translation>
    </message>
    <message>
        <source>Print calibration page</source>
        <translation>Imprimir página de calibración</translation>
    </message>
    <message>
        <source>Calibration page. The red outline is where the card is trimmed; it should be %1 mm from the left edge and %2 mm from the top edge of the sheet. Measure both with a ruler. If the outline is too far right or down, lower the offset in Settings by the difference; if it is too far left or up, raise it. Current offset: %3 mm across, %4 mm down. Grid lines are 1 mm apart.</source>
        <translation>Página de calibración. El contorno rojo indica dónde se corta la tarjeta; debe quedar a %1 mm del borde izquierdo y a %2 mm del borde superior de la hoja. Mida ambas distancias con una regla. Si el contorno queda demasiado a la derecha o abajo, reduzca el desplazamiento en la Configuración en la diferencia; si queda demasiado a la izquierda o arriba, auméntelo. Desplazamiento actual: %3 mm a la derecha, %4 mm hacia abajo. Las líneas de la cuadrícula están separadas 1 mm.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>The card could not be printed: %1</source>
        <translation>No se pudo imprimir la tarjeta: %1</translation>
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
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Prescriber's phone</source>
        <translation>Teléfono del prescriptor</translation>
    </message>
    <message>
        <source>Clinic or pharmacy</source>
        <translation>Centro o farmacia</translation>
    </message>
    <message>
        <source>First injection</source>
        <translation>Primera inyección</translation>
    </message>
    <message>
        <source>Next injection</source>
        <translation>Siguiente inyección</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Card language</source>
        <translation>Idioma de la tarjeta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>portada</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>datos del paciente</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>consejos</translation>
    </message>
    <message>
        <source>back</source>
        <translation>reverso</translation>
    </message>
    <message>
        <source>front</source>
        <translation>anverso</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Has no letters.</source>
        <translation>No contiene letras.</translation>
    </message>
    <message>
        <source>Contains control characters: %1.</source>
        <translation>Contiene caracteres de control: %1.</translation>
    </message>
    <message>
        <source>The card font cannot print %1.</source>
        <translation>La fuente de la tarjeta no puede imprimir %1.</translation>
    </message>
    <message>
        <source>Too long: %1 characters; the card holds at most %2.</source>
        <translation>Demasiado largo: %1 caracteres; la tarjeta admite como máximo %2.</translation>
    </message>
    <message>
        <source>Not a phone number (not allowed: %1).</source>
        <translation>No es un número de teléfono (no se permite: %1).</translation>
    </message>
    <message>
        <source>Not a phone number: '+' is allowed only at the start.</source>
        <translation>No es un número de teléfono: «+» solo se permite al principio.</translation>
    </message>
    <message>
        <source>Not a phone number: it has %1 digits, expected %2 to %3.</source>
        <translation>No es un número de teléfono: tiene %1 dígitos, se esperaban de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is not a plausible date.</source>
        <translation>%1 no es una fecha plausible.</translation>
    </message>
    <message>
        <source>%1 is not after the first injection (%2).</source>
        <translation>%1 no es posterior a la primera inyección (%2).</translation>
    </message>
    <message>
        <source>%1 is more than %2 months after the first injection (%3); injections are every 6 months.</source>
        <translation>%1 es más de %2 meses después de la primera inyección (%3); las inyecciones son cada 6 meses.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in %2. Choose the large-print format or load shorter approved text.</source>
        <translation>El texto de la tarjeta no cabe en el panel «%1» (idioma: %2). Elija el formato de letra grande o cargue un texto aprobado más corto.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Elija uno de la lista.</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1 or pick it from the calendar.</source>
        <translation>No es una fecha. Escríbala como %1 o elíjala en el calendario.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <translation>El %1 de %2 de %3 no existe.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>No existe el mes %1.</translation>
    </message>
    <message>
        <source>Two-digit year: write %1.</source>
        <translation>Año de dos cifras: escriba %1.</translation>
    </message>
    <message>
        <source>A week number, not a day: type the day, like %1.</source>
        <translation>Un número de semana, no un día: escriba el día, por ejemplo %1.</translation>
    </message>
    <message>
        <source>No separators: type the date like %1.</source>
        <translation>Sin separadores: escriba la fecha como %1.</translation>
    </message>
    <message>
        <source>The year %1 is not possible.</source>
        <translation>El año %1 no es posible.</translation>
    </message>
    <message>
        <source>Too wide for the card: shorten it, for example with initials.</source>
        <translation>Demasiado ancho para la tarjeta: acórtelo, por ejemplo con iniciales.</translation>
    </message>
    <message>
        <source>Written by hand on a blank card; leave it empty.</source>
        <translation>Se escribe a mano en una tarjeta en blanco; deje este campo vacío.</translation>
    </message>
</context>
<context>
    <name>QrTargetPicker</name>
    <message>
        <source>Medicine page at the EMA (EPAR)</source>
        <translation>Página del medicamento en la EMA (EPAR)</translation>
    </message>
    <message>
        <source>Product information (package leaflet)</source>
        <translation>Información del producto (prospecto)</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>Save card as PDF</source>
        <translation>Guardar tarjeta como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Tarjeta no guardada</translation>
    </message>
    <message>
        <source>The card could not be saved to %1: %2</source>
        <translation>No se pudo guardar la tarjeta en %1: %2</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>¿Sustituir el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 ya existe. ¿Desea sustituirlo?</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Choose one from the list.</source>
        <translation>Elija uno de la lista.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1”. Choose one from the list.</source>
        <translation>Nada de la lista coincide con «%1». Elija uno de la lista.</translation>
    </message>
    <message>
        <source>“%1” matches %2. Choose one from the list.</source>
        <translation>«%1» coincide con: %2. Elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Clinic defaults</source>
        <translation>&amp;Valores del centro</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Archivos</translation>
    </message>
    <message>
        <source>Pr&amp;inting</source>
        <translation>&amp;Impresión</translation>
    </message>
    <message>
        <source>A new card starts with these values. The patient's details are never stored.</source>
        <translation>Una tarjeta nueva empieza con estos valores. Los datos del paciente nunca se guardan.</translation>
    </message>
    <message>
        <source>Default medicine</source>
        <translation>Medicamento predeterminado</translation>
    </message>
    <message>
        <source>Default card language</source>
        <translation>Idioma de tarjeta predeterminado</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <source>Default format</source>
        <translation>Formato predeterminado</translation>
    </message>
    <message>
        <source>QR code opens</source>
        <translation>El código QR abre</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>Pres&amp;criptor:</translation>
    </message>
    <message>
        <source>Prescriber's ph&amp;one:</source>
        <translation>&amp;Teléfono del prescriptor:</translation>
    </message>
    <message>
        <source>Clinic or p&amp;harmacy:</source>
        <translation>C&amp;entro o farmacia:</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>Card lan&amp;guage:</source>
        <translation>I&amp;dioma de la tarjeta:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;QR code opens:</source>
        <translation>El código &amp;QR abre:</translation>
    </message>
    <message>
        <source>&amp;Take from the current card</source>
        <translation>T&amp;omar de la tarjeta actual</translation>
    </message>
    <message>
        <source>Copy the clinic values of the card in the window (not the patient)</source>
        <translation>Copiar los valores del centro de la tarjeta de la ventana (no el paciente)</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Carpeta Documentos</translation>
    </message>
    <message>
        <source>Save cards in</source>
        <translation>Guardar las tarjetas en</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save cards in:</source>
        <translation>&amp;Guardar las tarjetas en:</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Patrón de nombre de archivo</translation>
    </message>
    <message>
        <source>File &amp;name pattern:</source>
        <translation>Patrón de &amp;nombre de archivo:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>Put the &amp;patient's name in file names</source>
        <translation>Incluir el nombre del &amp;paciente en los nombres de archivo</translation>
    </message>
    <message>
        <source>File names are seen in folders, backups and recent-file lists; leave this off unless your clinic's rules allow it.</source>
        <translation>Los nombres de archivo se ven en carpetas, copias de seguridad y listas de archivos recientes; deje esta opción desactivada salvo que las normas de su centro lo permitan.</translation>
    </message>
    <message>
        <source>If your printer places the card slightly off, shift everything it prints. Print a calibration page (File menu) and measure it. Positive values move the print right and down.</source>
        <translation>Si su impresora coloca la tarjeta algo desplazada, desplace todo lo que imprime. Imprima una página de calibración (menú Archivo) y mídala. Los valores positivos mueven la impresión hacia la derecha y hacia abajo.</translation>
    </message>
    <message>
        <source>Horizontal offset in millimetres</source>
        <translation>Desplazamiento horizontal en milímetros</translation>
    </message>
    <message>
        <source>Vertical offset in millimetres</source>
        <translation>Desplazamiento vertical en milímetros</translation>
    </message>
    <message>
        <source>&amp;Across (mm):</source>
        <translation>&amp;Horizontal (mm):</translation>
    </message>
    <message>
        <source>&amp;Down (mm):</source>
        <translation>V&amp;ertical (mm):</translation>
    </message>
    <message>
        <source>Choose the folder for saved cards</source>
        <translation>Elegir la carpeta para las tarjetas guardadas</translation>
    </message>
    <message>
        <source>The braces { } in the pattern do not match.</source>
        <translation>Las llaves { } del patrón no coinciden.</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>Marcador desconocido: %1</translation>
    </message>
    <message>
        <source>Mary Example</source>
        <translation>María Ejemplo</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>Save PDF/&amp;X for a print shop (CMYK, FOGRA39)</source>
        <translation>Guardar en PDF/&amp;X para una imprenta (CMYK, FOGRA39)</translation>
    </message>
    <message>
        <source>PDF/X-1a is the file a print shop asks for. Cards printed at the clinic do not need it.</source>
        <translation>PDF/X-1a es el archivo que pide una imprenta. Las tarjetas impresas en el centro no lo necesitan.</translation>
    </message>
    <message>
        <source>This placeholder format is not allowed: %1</source>
        <translation>Este formato de marcador no está permitido: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <source>This card was neither saved nor printed.</source>
        <translation>Esta tarjeta no se ha guardado ni impreso.</translation>
    </message>
    <message>
        <source>It cannot be saved until its problems are fixed.</source>
        <translation>No se puede guardar hasta que se corrijan sus problemas.</translation>
    </message>
    <message>
        <source>Keep this card?</source>
        <translation>¿Conservar esta tarjeta?</translation>
    </message>
    <message>
        <source>Do you want to save it before it is cleared?</source>
        <translation>¿Desea guardarla antes de que se borre?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Tarjeta nueva</translation>
    </message>
    <message>
        <source>Clear the patient's details for the next card</source>
        <translation>Borrar los datos del paciente para la siguiente tarjeta</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the card as a print-ready PDF</source>
        <translation>Guardar la tarjeta como PDF listo para imprimir</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the card at its true size</source>
        <translation>Imprimir la tarjeta a su tamaño real</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>Imprimir página de &amp;calibración…</translation>
    </message>
    <message>
        <source>Print a millimetre grid and the card outline to check the printer offset</source>
        <translation>Imprimir una cuadrícula milimetrada y el contorno de la tarjeta para comprobar el desplazamiento de la impresora</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>Exportación por &amp;lotes…</translation>
    </message>
    <message>
        <source>Make cards for a list of patients</source>
        <translation>Crear tarjetas para una lista de pacientes</translation>
    </message>
    <message>
        <source>&amp;Load approved card text…</source>
        <translation>Cargar texto de tarjeta a&amp;probado…</translation>
    </message>
    <message>
        <source>Use a folder of nationally approved card texts</source>
        <translation>Usar una carpeta de textos de tarjeta aprobados a nivel nacional</translation>
    </message>
    <message>
        <source>&amp;Use the shipped card text</source>
        <translation>&amp;Usar el texto de tarjeta incluido</translation>
    </message>
    <message>
        <source>Go back to the card texts that come with the program</source>
        <translation>Volver a los textos de tarjeta que vienen con el programa</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Clinic defaults, files and printer offsets</source>
        <translation>Valores del centro, archivos y desplazamiento de la impresora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Cerrar el programa</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Show the preview larger</source>
        <translation>Mostrar la vista previa más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Show the preview smaller</source>
        <translation>Mostrar la vista previa más pequeña</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>Fit the pages to the window</source>
        <translation>Ajustar las páginas a la ventana</translation>
    </message>
    <message>
        <source>&amp;True size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Show the card at its true size</source>
        <translation>Mostrar la tarjeta a su tamaño real</translation>
    </message>
    <message>
        <source>&amp;About cardmaker</source>
        <translation>&amp;Acerca de cardmaker</translation>
    </message>
    <message>
        <source>Version and what the program does</source>
        <translation>Versión y función del programa</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Blan&amp;k cards…</source>
        <translation>Tarjetas en &amp;blanco…</translation>
    </message>
    <message>
        <source>Cards to fill in by hand, without patient details, on sheets</source>
        <translation>Tarjetas para rellenar a mano, sin datos del paciente, en hojas</translation>
    </message>
</context>
<context>
    <name>BatchDefaults</name>
    <message>
        <source>Card values for blank cells</source>
        <translation>Valores de la tarjeta para celdas vacías</translation>
    </message>
    <message>
        <source>A cell left blank in the list takes the value shown here; the report marks every such value. A value in the list always wins.</source>
        <translation>Una celda vacía de la lista toma el valor mostrado aquí; el informe marca cada uno de esos valores. Un valor de la lista siempre prevalece.</translation>
    </message>
    <message>
        <source>(none: the list must name it)</source>
        <translation>(ninguno: la lista debe indicarlo)</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>Card lang&amp;uage:</source>
        <translation>Id&amp;ioma de la tarjeta:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Prescri&amp;ber:</source>
        <translation>Pres&amp;criptor:</translation>
    </message>
    <message>
        <source>Prescriber&apos;s p&amp;hone:</source>
        <translation>&amp;Teléfono del prescriptor:</translation>
    </message>
    <message>
        <source>&amp;Clinic or pharmacy:</source>
        <translation>&amp;Clínica o farmacia:</translation>
    </message>
</context>
<context>
    <name>BatchProblems</name>
    <message>
        <source>Has %1 fields but the heading has %2 (a delimiter inside a value without quotes?).</source>
        <translation>Tiene %1 campos pero el encabezado tiene %2 (¿un delimitador dentro de un valor sin comillas?).</translation>
    </message>
    <message>
        <source>This line cannot be read: %1.</source>
        <translation>Esta línea no se puede leer: %1.</translation>
    </message>
    <message>
        <source>Text follows a closing quote; put the whole value in quotes or remove the quotes.</source>
        <translation>Hay texto tras unas comillas de cierre; ponga todo el valor entre comillas o quítelas.</translation>
    </message>
    <message>
        <source>Holds bytes that are not text in the file&apos;s encoding (%1).</source>
        <translation>Contiene bytes que no son texto en la codificación del archivo (%1).</translation>
    </message>
    <message>
        <source>A formula without a saved value: open and save the file in Excel.</source>
        <translation>Una fórmula sin valor guardado: abra y guarde el archivo en Excel.</translation>
    </message>
    <message>
        <source>The cell shows the error %1.</source>
        <translation>La celda muestra el error %1.</translation>
    </message>
    <message>
        <source>Cells merged over several rows (%1): unmerge them and fill each row.</source>
        <translation>Celdas combinadas en varias filas (%1): sepárelas y rellene cada fila.</translation>
    </message>
    <message>
        <source>A value in column %1, which has no heading.</source>
        <translation>Un valor en la columna %1, que no tiene encabezado.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use %2.</source>
        <translation>Formato desconocido &apos;%1&apos;; use %2.</translation>
    </message>
    <message>
        <source>The card text does not fit the %1 panel in language &apos;%2&apos;.</source>
        <translation>El texto de la tarjeta no cabe en el panel %1 en el idioma &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The file exists; it was not replaced (tick Replace existing files).</source>
        <translation>El archivo existe; no se reemplazó (marque Reemplazar los archivos existentes).</translation>
    </message>
    <message>
        <source>Blank, and no card value for blank cells is chosen above.</source>
        <translation>Vacía, y no se ha elegido arriba ningún valor de tarjeta para celdas vacías.</translation>
    </message>
</context>
</TS>
