<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChangeViewer</name>
    <message>
        <source>What will change in the portal</source>
        <translation>Was sich im Portal ändert</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Geändert ({count})</translation>
    </message>
    <message>
        <source>New ({count})</source>
        <translation>Neu ({count})</translation>
    </message>
    <message>
        <source>{unchanged} ({count})</source>
        <translation>{unchanged} ({count})</translation>
    </message>
    <message>
        <source>Every record ({count})</source>
        <translation>Alle Datensätze ({count})</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Records and what happens to them</source>
        <translation>Datensätze und was mit ihnen geschieht</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the portal now</source>
        <translation>Jetzt im Portal</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>In Ihrer Datei</translation>
    </message>
    <message>
        <source>The selected record&apos;s changed fields</source>
        <translation>Die geänderten Felder des ausgewählten Datensatzes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Compared: {compared}.
Not compared (the portal&apos;s list of {what} does not show them): {not_compared}.</source>
        <translation>Verglichen: {compared}.
Nicht verglichen (die Liste der {what} im Portal zeigt sie nicht): {not_compared}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>No record to show here.</source>
        <translation>Hier ist kein Datensatz anzuzeigen.</translation>
    </message>
    <message>
        <source>Record {record} ({id}): {what}</source>
        <translation>Datensatz {record} ({id}): {what}</translation>
    </message>
    <message>
        <source>The portal holds no record {id} yet: the load creates it.</source>
        <translation>Das Portal enthält noch keinen Datensatz {id}: Der Ladevorgang legt ihn an.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(empty: left as it is)</source>
        <translation>(leer: bleibt unverändert)</translation>
    </message>
    <message>
        <source>No difference in the fields compared.</source>
        <translation>Kein Unterschied in den verglichenen Feldern.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change (in bold).</source>
        <translation>
            <numerusform>%n Feld ändert sich (fett).</numerusform>
            <numerusform>%n Felder ändern sich (fett).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared, so they may change too: {fields}.</source>
        <translation>Nicht verglichen, können sich also ebenfalls ändern: {fields}.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your portal</source>
        <translation>Mit Ihrem Portal verbinden</translation>
    </message>
    <message>
        <source>Choose a saved connection or add one with the client id and secret from Cornerstone&apos;s API Management page, then test it. The secret is kept in your computer&apos;s keyring, never in a file.</source>
        <translation>Wählen Sie eine gespeicherte Verbindung oder fügen Sie eine mit der Client-ID und dem Client-Geheimnis aus der Seite „API Management“ von Cornerstone hinzu, und testen Sie sie dann. Das Geheimnis wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <extracomment>Secrets typed this session, by profile name: kept in memory (never written) until the window closes, so a test or a reconnect does not ask for them again when the keyring is not used.</extracomment>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No saved profile yet: fill in the form and test it.</source>
        <translation>Noch kein gespeichertes Profil: Füllen Sie das Formular aus und testen Sie es.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>acme (from https://acme.csod.com)</source>
        <translation>acme (aus https://acme.csod.com)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>optional: https://acme-pil.csod.com overrides the two above</source>
        <translation>optional: https://acme-pil.csod.com ersetzt die beiden Angaben oben</translation>
    </message>
    <message>
        <source>from API Management</source>
        <translation>aus API Management</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>The secret of the API application, from Cornerstone&apos;s API Management page. Typed characters are hidden; it is kept in this computer&apos;s keyring if you tick Remember, never in the profile.</source>
        <translation>Das Geheimnis der API-Anwendung, von der Seite „API Management“ in Cornerstone. Eingegebene Zeichen werden verborgen; es wird im Schlüsselbund dieses Computers gespeichert, wenn Sie „Speichern“ ankreuzen, nie im Profil.</translation>
    </message>
    <message>
        <source>Remember the secret in this computer&apos;s keyring</source>
        <translation>Geheimnis im Schlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes requested with the token.</source>
        <translation>Durch Leerzeichen getrennte OAuth-Scopes, die mit dem Token angefordert werden.</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s proxy settings</source>
        <translation>leer: Proxy-Einstellungen dieses Computers</translation>
    </message>
    <message>
        <source>A proxy for this portal only, e.g. http://proxy.acme.local:8080 (ask IT). The local sandbox is never reached through a proxy.</source>
        <translation>Ein Proxy nur für dieses Portal, z. B. http://proxy.acme.local:8080 (fragen Sie die IT). Die lokale Sandbox wird nie über einen Proxy erreicht.</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>nur wenn der Proxy einen verlangt</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Portal name</source>
        <translation>Portalname</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Root URL</source>
        <translation>Stamm-URL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Verbindungsprüfungen</translation>
    </message>
    <message>
        <source>Press Test connection: each check appears here as it completes.</source>
        <translation>Klicken Sie auf „Verbindung testen“: Jede Prüfung erscheint hier, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Asking this computer&apos;s keyring…</source>
        <translation>Schlüsselbund des Systems wird abgefragt…</translation>
    </message>
    <message>
        <source>This computer has no keyring: the secret is asked each session.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Das Geheimnis wird in jeder Sitzung abgefragt.</translation>
    </message>
    <message>
        <source>saved in the keyring (type to replace)</source>
        <translation>im Schlüsselbund gespeichert (zum Ersetzen eingeben)</translation>
    </message>
    <message>
        <source>not needed for the local sandbox</source>
        <translation>für die lokale Sandbox nicht nötig</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; saved.</source>
        <translation>Profil „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; removed, with its saved secret.</source>
        <translation>Profil „{name}“ samt gespeichertem Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>Connection test stopped.</source>
        <translation>Verbindungstest abgebrochen.</translation>
    </message>
    <message>
        <source>a check did not pass.</source>
        <translation>eine Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection test failed: {message}</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Connected to {portal}. Next, choose what to load.</source>
        <translation>Verbindung hergestellt: {portal}. Wählen Sie als Nächstes, was geladen werden soll.</translation>
    </message>
    <message>
        <source>Other windows, commands or tools on this portal share its budget; nothing fails meanwhile.</source>
        <translation>Andere Fenster, Befehle oder Werkzeuge auf diesem Portal teilen sich sein Kontingent; in der Zwischenzeit schlägt nichts fehl.</translation>
    </message>
</context>
<context>
    <name>ConstantDialog</name>
    <message>
        <source>Add a constant</source>
        <translation>Konstante hinzufügen</translation>
    </message>
    <message>
        <source>Type or choose a field</source>
        <translation>Feld eingeben oder auswählen</translation>
    </message>
    <message>
        <source>The value every record gets</source>
        <translation>Der Wert, den jeder Datensatz erhält</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value for every record</source>
        <translation>Wert für jeden Datensatz</translation>
    </message>
    <message>
        <source>{field} already has the constant &apos;{value}&apos;: this value replaces it.</source>
        <translation>{field} hat bereits die Konstante „{value}“: Dieser Wert ersetzt sie.</translation>
    </message>
    <message>
        <source>{field} loads from your column &apos;{column}&apos;: the constant fills only the records where that column is empty.</source>
        <translation>{field} wird aus Ihrer Spalte „{column}“ geladen: Die Konstante füllt nur die Datensätze, in denen diese Spalte leer ist.</translation>
    </message>
</context>
<context>
    <name>CulturePanel</name>
    <message>
        <source>Use {culture} for dates and numbers</source>
        <translation>{culture} für Datums- und Zahlenangaben verwenden</translation>
    </message>
    <message>
        <source>Use {dates} for dates and {numbers} for numbers</source>
        <translation>{dates} für Datumsangaben und {numbers} für Zahlen verwenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>(settings to change, the words of the change for Undo) (setting, value confirmed, the words of the confirmation)</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>{date_setting} {dates} and {number_setting} {numbers}</source>
        <translation>{date_setting} {dates} und {number_setting} {numbers}</translation>
    </message>
    <message>
        <source>{settings} read them all:</source>
        <translation>Mit {settings} lassen sich alle lesen:</translation>
    </message>
    <message>
        <source>Sets {settings} for this import (the Load type step shows them) and checks the file again.</source>
        <translation>Setzt {settings} für diesen Import (der Schritt „Ladetyp“ zeigt sie an) und prüft die Datei erneut.</translation>
    </message>
    <message>
        <source>The dates and numbers of this file are not written the way the import reads them.</source>
        <translation>Datums- und Zahlenangaben dieser Datei sind nicht so geschrieben, wie der Import sie liest.</translation>
    </message>
    <message>
        <source>Yes, {order}: keep {setting} {value}</source>
        <translation>Ja, {order}: {setting} {value} beibehalten</translation>
    </message>
    <message>
        <source>Nothing in the file shows whether the day or the month comes first; your answer is kept for this file (another file, or another Date format, asks again).</source>
        <translation>Nichts in der Datei zeigt, ob der Tag oder der Monat zuerst steht; Ihre Antwort gilt für diese Datei (eine andere Datei oder ein anderes Datumsformat fragt erneut).</translation>
    </message>
    <message>
        <source>Please confirm once how the dates are to be read:</source>
        <translation>Bitte bestätigen Sie einmalig, wie die Datumsangaben zu lesen sind:</translation>
    </message>
    <message>
        <source>Sets {setting} to {value} for this import (the Load type step shows it) and checks the file again.</source>
        <translation>Setzt {setting} für diesen Import auf {value} (der Schritt „Ladetyp“ zeigt es an) und prüft die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What is wrong with the selected cell</source>
        <translation>Was an der ausgewählten Zelle falsch ist</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>Zeile {row}, {field}: {problem}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>&apos;{name}&apos; is a {kind} file; csod-desktop reads CSV, TSV, Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in one of those formats.</source>
        <extracomment>The file chooser&apos;s filter patterns (its words are translated where it opens, see ``DropZone.choose``).</extracomment>
        <translation>„{name}“ ist eine {kind}-Datei; csod-desktop liest CSV-, TSV-, Excel- (.xlsx) und JSON-Dateien (sowie .xlsm-, .xls- und OpenDocument-.ods-Arbeitsmappen). Exportieren Sie Ihre Daten in einem dieser Formate.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a file without an extension; csod-desktop reads CSV, TSV, Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in one of those formats.</source>
        <translation>„{name}“ ist eine Datei ohne Endung; csod-desktop liest CSV-, TSV-, Excel- (.xlsx) und JSON-Dateien (sowie .xlsm-, .xls- und OpenDocument-.ods-Arbeitsmappen). Exportieren Sie Ihre Daten in einem dieser Formate.</translation>
    </message>
    <message>
        <source>Drop a data file here, or press Enter to choose one</source>
        <translation>Datendatei hier ablegen oder Eingabetaste drücken, um eine auszuwählen</translation>
    </message>
    <message>
        <source>Opens a file chooser. CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) and JSON files are read; nothing is sent to the portal in this step.</source>
        <translation>Öffnet eine Dateiauswahl. CSV-, TSV-, Excel- (.xlsx, .xls), OpenDocument- (.ods) und JSON-Dateien werden gelesen; in diesem Schritt wird nichts an das Portal gesendet.</translation>
    </message>
    <message>
        <source>Drop your file here</source>
        <translation>Datei hier ablegen</translation>
    </message>
    <message>
        <source>or click to choose one · CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods), JSON</source>
        <translation>oder klicken, um eine auszuwählen · CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods), JSON</translation>
    </message>
    <message>
        <source>Current file: {name}</source>
        <translation>Aktuelle Datei: {name}</translation>
    </message>
    <message>
        <source>Drop one file at a time: each file becomes its own import.</source>
        <translation>Legen Sie jeweils nur eine Datei ab: Jede Datei wird ein eigener Import.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file that exists; choose the file again.</source>
        <translation>„{path}“ ist keine vorhandene Datei; wählen Sie die Datei erneut aus.</translation>
    </message>
    <message>
        <source>Data files ({patterns})</source>
        <translation>Datendateien ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>Datendatei auswählen</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message numerus="yes">
        <source>%n cell edit(s)</source>
        <translation>
            <numerusform>%n Zellenänderung</numerusform>
            <numerusform>%n Zellenänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exclusion(s)</source>
        <translation>
            <numerusform>%n Ausschluss</numerusform>
            <numerusform>%n Ausschlüsse</numerusform>
        </translation>
    </message>
    <message>
        <source>your changes to the mapping</source>
        <translation>Ihre Änderungen an der Zuordnung</translation>
    </message>
    <message>
        <source>your answer about the order of the dates</source>
        <translation>Ihre Antwort zur Reihenfolge der Datumsangaben</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the file to load</source>
        <translation>Datei zum Laden auswählen</translation>
    </message>
    <message>
        <source>Drop the export from your HR system here. The app detects its encoding and delimiter; change them if the preview looks wrong. Nothing is sent to the portal in this step.</source>
        <translation>Legen Sie hier den Export aus Ihrem HR-System ab. Die App erkennt Zeichenkodierung und Trennzeichen; ändern Sie sie, wenn die Vorschau falsch aussieht. In diesem Schritt wird nichts an das Portal gesendet.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The line (or Excel row) that holds the column names.</source>
        <translation>Die Zeile (oder Excel-Zeile), die die Spaltennamen enthält.</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Noch keine Datei.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>Reading {name} … {percent}%</source>
        <translation>{name} wird gelesen … {percent} %</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Diese Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Choose what to load first (step 2), then the file.</source>
        <translation>Wählen Sie zuerst, was geladen werden soll (Schritt 2), dann die Datei.</translation>
    </message>
    <message>
        <source>Choose what to load on the Load type step first, then drop the file again.</source>
        <translation>Wählen Sie zuerst im Schritt „Ladetyp“, was geladen werden soll, und legen Sie die Datei dann erneut ab.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (ausgeblendet)</translation>
    </message>
    <message>
        <source>1 thing in this file needs a look: it is written under the file&apos;s summary.</source>
        <translation>1 Punkt in dieser Datei erfordert Ihre Aufmerksamkeit: Er steht unter der Zusammenfassung der Datei.</translation>
    </message>
    <message>
        <source>{count} things in this file need a look: they are written under its summary.</source>
        <translation>{count} Punkte in dieser Datei erfordern Ihre Aufmerksamkeit: Sie stehen unter der Zusammenfassung.</translation>
    </message>
    <message>
        <source>{name} was read again, so its review starts over: {lost} made for the previous reading are gone.</source>
        <translation>{name} wurde neu eingelesen, daher beginnt die Prüfung von vorn: {lost} aus dem vorherigen Einlesen sind verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} Spalten</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>Tabellenblatt {sheet}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>Kodierung {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <source>{name}: {facts}</source>
        <translation>{name}: {facts}</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <extracomment>(field, find, replace with, whole cell, match case) The search changed: the page counts the matches again.</extracomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>In the column</source>
        <translation>In der Spalte</translation>
    </message>
    <message>
        <source>Whole cell</source>
        <translation>Ganze Zelle</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close find and replace (Esc)</source>
        <translation>Suchen und Ersetzen schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Suchen und Ersetzen schließen</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>{count} of {shown} cells</source>
        <translation>{count} von {shown} Zellen</translation>
    </message>
    <message>
        <source>no cell matches</source>
        <translation>keine passende Zelle</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <extracomment>What the table shows, in order: (the column&apos;s name in the frame, HistoryRow field or a derived key). The name is the English header; what the header shows is ``column_labels()`` (translated). Columns kept narrow so the counts, the report and the days left fit without scrolling. Counts: written the locale&apos;s way.</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Warn.</source>
        <translation>Warn.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Import id</source>
        <translation>Import-ID</translation>
    </message>
    <message>
        <source>{report}, {used}/{limit} used</source>
        <translation>{report}, {used}/{limit} genutzt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every job run from this computer, newest first. Cornerstone deletes results 30 days after an import was created: the days left are shown. Double-click an import to reopen its results.</source>
        <translation>Alle Aufträge, die von diesem Computer ausgeführt wurden, die neuesten zuerst. Cornerstone löscht die Ergebnisse 30 Tage nach dem Anlegen eines Imports: Die verbleibenden Tage werden angezeigt. Doppelklicken Sie auf einen Import, um seine Ergebnisse erneut zu öffnen.</translation>
    </message>
    <message>
        <source>Search labels, ids, types, files…</source>
        <extracomment>Reopen an import&apos;s results (its import id).</extracomment>
        <translation>Bezeichnungen, IDs, Typen, Dateien suchen…</translation>
    </message>
    <message>
        <source>Search the history of imports</source>
        <translation>Im Verlauf der Importe suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Reopen results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export DuckDB…</source>
        <translation>DuckDB exportieren…</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Frühere Importe</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in {jobs}</source>
        <translation>
            <numerusform>%n Import in {jobs}</numerusform>
            <numerusform>%n Importe in {jobs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>DuckDB database</source>
        <translation>DuckDB-Datenbank</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>History exported to {path}.</source>
        <translation>Verlauf nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>JobDialogs</name>
    <message>
        <source>this portal</source>
        <extracomment>What the journal says of a job the administrator forgot (stored in the journal: not display text).</extracomment>
        <translation>dieses Portal</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>Job {names} is still running.</source>
        <translation>Auftrag {names} läuft noch.</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs are still running: {names}.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch: {names}.</numerusform>
            <numerusform>%n Aufträge laufen noch: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>If you quit now, Cornerstone carries on with it; this app stops following it. The next time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports (or run &apos;csod-desktop resume&apos;). Nothing is sent twice.</source>
        <translation>Wenn Sie jetzt beenden, führt Cornerstone ihn weiter aus; diese App verfolgt ihn nicht mehr. Wenn Sie die App das nächste Mal öffnen und sich mit {portal} verbinden, setzt sie dort fort, wo sie aufgehört hat, und ruft die Berichte ab (oder führen Sie „csod-desktop resume“ aus). Nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>If you quit now, Cornerstone carries on with them; this app stops following them. The next time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports (or run &apos;csod-desktop resume&apos;). Nothing is sent twice.</source>
        <translation>Wenn Sie jetzt beenden, führt Cornerstone sie weiter aus; diese App verfolgt sie nicht mehr. Wenn Sie die App das nächste Mal öffnen und sich mit {portal} verbinden, setzt sie dort fort, wo sie aufgehört hat, und ruft die Berichte ab (oder führen Sie „csod-desktop resume“ aus). Nichts wird doppelt gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The data of %n import(s) is not sent yet: it is sent then.</source>
        <translation>
            <numerusform>Die Daten von %n Import sind noch nicht gesendet: Sie werden dann gesendet.</numerusform>
            <numerusform>Die Daten von %n Importen sind noch nicht gesendet: Sie werden dann gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload in progress stops; before sending it again, the app asks the portal what arrived.</source>
        <translation>Der laufende Upload wird abgebrochen; bevor er erneut gesendet wird, fragt die App das Portal, was angekommen ist.</translation>
    </message>
    <message>
        <source>Quit while a job is running?</source>
        <translation>Beenden, während ein Auftrag läuft?</translation>
    </message>
    <message>
        <source>Quit, carry on later</source>
        <translation>Beenden, später fortsetzen</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>App geöffnet lassen</translation>
    </message>
    <message>
        <source>The job stays on the portal: Cornerstone carries on with whatever it received. This app stops following it: it no longer asks for its status or fetches its reports, and it is no longer offered for resuming. It stays in the History as forgotten.</source>
        <translation>Der Auftrag bleibt im Portal: Cornerstone verarbeitet weiter, was es erhalten hat. Diese App verfolgt ihn nicht mehr: Sie fragt seinen Status nicht mehr ab, ruft seine Berichte nicht ab und bietet ihn nicht mehr zum Fortsetzen an. Er bleibt im Verlauf als vergessen.</translation>
    </message>
    <message>
        <source>1 of its {total} imports have data that was never sent (or not known to have arrived): it is not sent.</source>
        <translation>1 seiner {total} Importe hat Daten, die nie gesendet wurden (oder deren Ankunft nicht bekannt ist): Sie werden nicht gesendet.</translation>
    </message>
    <message>
        <source>{count} of its {total} imports have data that was never sent (or not known to have arrived): they are not sent.</source>
        <translation>{count} seiner {total} Importe haben Daten, die nie gesendet wurden (oder deren Ankunft nicht bekannt ist): Sie werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Forget job “{name}”?</source>
        <translation>Auftrag „{name}“ vergessen?</translation>
    </message>
    <message>
        <source>Forget this job?</source>
        <translation>Diesen Auftrag vergessen?</translation>
    </message>
    <message>
        <source>Forget the job</source>
        <translation>Auftrag vergessen</translation>
    </message>
    <message>
        <source>Keep following it</source>
        <translation>Weiter verfolgen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
    <message>
        <source>The job stays on the portal; this app stops following it (it asks first)</source>
        <translation>Der Auftrag bleibt im Portal; diese App verfolgt ihn nicht mehr (sie fragt vorher)</translation>
    </message>
    <message>
        <source>Not followed now. Resume carries on (nothing is sent twice); Forget stops following it (it stays on the portal).</source>
        <translation>Wird derzeit nicht verfolgt. „Fortsetzen“ macht weiter (nichts wird doppelt gesendet); „Vergessen“ beendet die Verfolgung (der Auftrag bleibt im Portal).</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System ({language})</source>
        <extracomment>The entry that follows the OS (its data is the empty string: nothing saved).</extracomment>
        <translation>System ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>Das Fenster verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The window will be in {language} from its next start.</source>
        <translation>Das Fenster ist ab dem nächsten Start auf {language}.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>LoadTypePage</name>
    <message>
        <source>Creates and updates employees: their identity, manager, organizational units and custom fields.</source>
        <translation>Legt Mitarbeiter an und aktualisiert sie: Identität, Vorgesetzte, Organisationseinheiten und benutzerdefinierte Felder.</translation>
    </message>
    <message>
        <source>Creates and updates divisions, the units that group employees by part of the business.</source>
        <translation>Legt Bereiche an und aktualisiert sie: die Einheiten, die Mitarbeiter nach Geschäftsbereich gruppieren.</translation>
    </message>
    <message>
        <source>Creates and updates positions, the jobs employees hold.</source>
        <translation>Legt Positionen an und aktualisiert sie: die Stellen, die Mitarbeiter innehaben.</translation>
    </message>
    <message>
        <source>Creates and updates locations: the offices and sites where employees work.</source>
        <translation>Legt Standorte an und aktualisiert sie: die Büros und Betriebsstätten, an denen Mitarbeiter arbeiten.</translation>
    </message>
    <message>
        <source>Creates and updates cost centers, the units costs are charged to.</source>
        <translation>Legt Kostenstellen an und aktualisiert sie: die Einheiten, denen Kosten belastet werden.</translation>
    </message>
    <message>
        <source>Creates and updates grades, the pay or job levels.</source>
        <translation>Legt Stufen an und aktualisiert sie: die Gehalts- oder Tätigkeitsstufen.</translation>
    </message>
    <message>
        <source>Creates and updates legal entities: the companies that employ your people.</source>
        <translation>Legt juristische Personen an und aktualisiert sie: die Gesellschaften, bei denen Ihre Mitarbeiter angestellt sind.</translation>
    </message>
    <message>
        <source>Creates and updates {title}, a custom unit type of your portal (type_id {type_id}).</source>
        <translation>Legt {title} an und aktualisiert sie: ein benutzerdefinierter OE-Typ Ihres Portals (type_id {type_id}).</translation>
    </message>
    <message>
        <source>Loads {title} records.</source>
        <translation>Lädt Datensätze vom Typ {title}.</translation>
    </message>
    <message>
        <source>What do you want to load?</source>
        <translation>Was möchten Sie laden?</translation>
    </message>
    <message>
        <source>These are the load types your portal offers to this API user. Pick one, check its settings, then continue: the app fetches the portal&apos;s schema for it.</source>
        <translation>Dies sind die Ladetypen, die Ihr Portal diesem API-Benutzer anbietet. Wählen Sie einen aus, prüfen Sie seine Einstellungen und fahren Sie fort: Die App ruft dafür das Schema des Portals ab.</translation>
    </message>
    <message>
        <source>Load types</source>
        <translation>Ladetypen</translation>
    </message>
    <message>
        <source>Reload from the portal</source>
        <translation>Neu vom Portal laden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Job settings</source>
        <translation>Auftragseinstellungen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Your API user lacks the permission for this type; ask your Cornerstone administrator.</source>
        <translation>Ihrem API-Benutzer fehlt die Berechtigung für diesen Typ; wenden Sie sich an Ihren Cornerstone-Administrator.</translation>
    </message>
    <message>
        <source>Continue with {title}</source>
        <translation>Weiter mit {title}</translation>
    </message>
    <message>
        <source>Your file and mapping are kept and checked again.</source>
        <translation>Ihre Datei und Zuordnung bleiben erhalten und werden erneut geprüft.</translation>
    </message>
    <message>
        <source>Next, choose your file.</source>
        <translation>Wählen Sie als Nächstes Ihre Datei.</translation>
    </message>
    <message>
        <source>{title} is another import, so it starts without a file: {file} and its mapping were for {before}. Next, choose the file.</source>
        <translation>{title} ist ein anderer Import und beginnt daher ohne Datei: {file} und seine Zuordnung gehörten zu {before}. Wählen Sie als Nächstes die Datei.</translation>
    </message>
    <message numerus="yes">
        <source>The portal&apos;s schema for {title} has %n field(s), {required} of them required.</source>
        <translation>
            <numerusform>Das Schema des Portals für {title} hat %n Feld, {required} davon erforderlich.</numerusform>
            <numerusform>Das Schema des Portals für {title} hat %n Felder, {required} davon erforderlich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSOD Desktop: bulk loads for Cornerstone</source>
        <extracomment>The steps panel on the left. Each step&apos;s page class, in step order (&quot;module:Class&quot;): imported when the page is first built. The window painted for the first time (nothing but the Connect step is built yet). The window is up: first paint done, the OS keyring found, ``StepPage.started()`` called. Every page is built (the idle-time build after the first paint ended). Ask before closing while a job is followed (tests that tear a window down turn it off).</extracomment>
        <translation>CSOD Desktop: Massenladen für Cornerstone</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Whether the window is up (``started``): pages built from then on are started when built. Builds one page per turn of the event loop after the first paint (stopped when the window closes).</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Vorheriger Schritt (Alt+Links)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Nächster Schritt (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Connect to {profile} to carry on with its unfinished job.</source>
        <translation>Verbinden Sie sich mit {profile}, um seinen unvollendeten Auftrag fortzusetzen.</translation>
    </message>
    <message>
        <source>Press Test connection: the job is resumed as soon as the connection works.</source>
        <translation>Klicken Sie auf „Verbindung testen“: Der Auftrag wird fortgesetzt, sobald die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{shortcut}: finish the steps before it</source>
        <translation>{shortcut}: zuerst die vorherigen Schritte abschließen</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Weiter: {step}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to
{profile}
{url}</source>
        <translation>Verbunden mit
{profile}
{url}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Edge Bulk API loader</source>
        <translation>Edge Bulk API-Ladeprogramm</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Each change you make here is said on this line, with what it does to the other columns; Ctrl+Z takes it back.</source>
        <translation>Jede Änderung, die Sie hier vornehmen, wird in dieser Zeile beschrieben, mit ihren Auswirkungen auf die anderen Spalten; Strg+Z macht sie rückgängig.</translation>
    </message>
    <message>
        <source>Match your columns to the portal&apos;s fields</source>
        <extracomment>The typed text names no field: nothing changed (the page says so).</extracomment>
        <translation>Ordnen Sie Ihre Spalten den Feldern des Portals zu</translation>
    </message>
    <message>
        <source>Each column of your file loads into one field of the portal. The app matched them by name and title; check the matches with low confidence, map what is missing, and continue.</source>
        <translation>Jede Spalte Ihrer Datei wird in ein Feld des Portals geladen. Die App hat sie nach Name und Titel zugeordnet; prüfen Sie die Zuordnungen mit geringer Sicherheit, ordnen Sie Fehlendes zu und fahren Sie fort.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Map values…</source>
        <translation>Werte zuordnen…</translation>
    </message>
    <message>
        <source>Translate the values of the selected column to the portal&apos;s allowed values</source>
        <translation>Die Werte der ausgewählten Spalte in die zulässigen Werte des Portals übersetzen</translation>
    </message>
    <message>
        <source>Add constant…</source>
        <translation>Konstante hinzufügen…</translation>
    </message>
    <message>
        <source>Remove constant</source>
        <translation>Konstante entfernen</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Vorlage speichern…</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>Vorlage laden…</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Konstanten</translation>
    </message>
    <message>
        <source>Constants (the same value on every record):</source>
        <translation>Konstanten (derselbe Wert in jedem Datensatz):</translation>
    </message>
    <message>
        <source>The saved mapping for this file layout could not be used: {error}</source>
        <translation>Die gespeicherte Zuordnung für dieses Dateilayout konnte nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>The mapping you saved for files with these columns was applied automatically. Check it, or load another template.</source>
        <translation>Die Zuordnung, die Sie für Dateien mit diesen Spalten gespeichert haben, wurde automatisch angewendet. Prüfen Sie sie oder laden Sie eine andere Vorlage.</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Rückgängig gemacht: {change}</translation>
    </message>
    <message>
        <source>There is no mapping change to undo.</source>
        <translation>Es gibt keine Zuordnungsänderung zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Done again: {change}</source>
        <translation>Wiederholt: {change}</translation>
    </message>
    <message>
        <source>There is no mapping change to redo.</source>
        <translation>Es gibt keine Zuordnungsänderung zum Wiederholen.</translation>
    </message>
    <message>
        <source>No field of the portal matches &apos;{text}&apos;: nothing was changed. Type part of a field&apos;s title or name and choose it in the list, or choose &apos;{not_loaded}&apos; to leave the column out.</source>
        <translation>Kein Feld des Portals passt zu „{text}“: Es wurde nichts geändert. Geben Sie einen Teil des Titels oder Namens eines Felds ein und wählen Sie es in der Liste aus, oder wählen Sie „{not_loaded}“, um die Spalte auszulassen.</translation>
    </message>
    <message>
        <source>Required and not mapped yet: {fields}</source>
        <translation>Erforderlich und noch nicht zugeordnet: {fields}</translation>
    </message>
    <message>
        <source>Every required field is mapped.</source>
        <translation>Alle erforderlichen Felder sind zugeordnet.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Template saved as {path}. Files with the same columns will use it automatically.</source>
        <translation>Vorlage gespeichert als {path}. Dateien mit denselben Spalten verwenden sie automatisch.</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Vorlage laden</translation>
    </message>
    <message>
        <source>Mapping templates (*.json)</source>
        <translation>Zuordnungsvorlagen (*.json)</translation>
    </message>
    <message>
        <source>This template is for {template}, not {load_type}.</source>
        <translation>Diese Vorlage ist für {template}, nicht für {load_type}.</translation>
    </message>
    <message>
        <source>Template {name} applied.</source>
        <translation>Vorlage {name} angewendet.</translation>
    </message>
    <message>
        <source>Template {name} applied. {change}</source>
        <translation>Vorlage {name} angewendet. {change}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <extracomment>How many columns the table has (its headers are :func:`headers`, in the window&apos;s language). The English of :func:`not_mapped` (the tests compare with it).</extracomment>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Loads into</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>— not loaded —</source>
        <translation>— nicht geladen —</translation>
    </message>
    <message>
        <source>{percent}% by name</source>
        <translation>{percent} % nach Name</translation>
    </message>
    <message>
        <source>{percent}% by title</source>
        <translation>{percent} % nach Titel</translation>
    </message>
    <message>
        <source>{percent}% by normalized</source>
        <translation>{percent} % nach Normalisierung</translation>
    </message>
    <message>
        <source>{percent}% by similarity</source>
        <translation>{percent} % nach Ähnlichkeit</translation>
    </message>
    <message>
        <source>{percent}% by {method}</source>
        <translation>{percent} % nach {method}</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside csod-desktop ({kind}).</source>
        <extracomment>A button beside the message: (its words, what it does), e.g. (&quot;Open folder&quot;, open it). The step whose page posted it (``ui.steps``); None for the window&apos;s own messages. A message was taken back: the step whose message it was, or None for the step on screen.</extracomment>
        <translation>In csod-desktop ist ein interner Fehler aufgetreten ({kind}).</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>{level}: {text} {hint}</source>
        <extracomment>Steps whose message is the window&apos;s own (it goes when the window leaves the step).</extracomment>
        <translation>{level}: {text} {hint}</translation>
    </message>
</context>
<context>
    <name>PortalCheck</name>
    <message>
        <source>Checks against your portal&apos;s data are off: you stopped reading the portal&apos;s employees and OUs.</source>
        <translation>Prüfungen gegen die Daten Ihres Portals sind aus: Sie haben das Lesen der Mitarbeiter und OEs des Portals abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees and OUs</source>
        <extracomment>Plan events after which what Review says against the portal is worked out again. The snapshot, its reading (progress, failure) or the review changed: views render again.</extracomment>
        <translation>Mitarbeiter und OEs des Portals werden gelesen</translation>
    </message>
    <message>
        <source>The portal&apos;s employees and OUs are still being read; the file is checked against them as soon as they arrive.</source>
        <translation>Die Mitarbeiter und OEs des Portals werden noch gelesen; die Datei wird gegen sie geprüft, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees are being read again (after a load, or because the last reading is old); press Run again in a moment, so the list you confirm is the portal&apos;s latest.</source>
        <translation>Die Mitarbeiter des Portals werden erneut gelesen (nach einem Ladevorgang oder weil das letzte Lesen zu alt ist); klicken Sie gleich noch einmal auf „Ausführen“, damit die Liste, die Sie bestätigen, die neueste des Portals ist.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees were read a while ago: they are being read again; press Run again in a moment, so the list you confirm is the portal&apos;s latest.</source>
        <translation>Die Mitarbeiter des Portals wurden vor einer Weile gelesen: Sie werden erneut gelesen; klicken Sie gleich noch einmal auf „Ausführen“, damit die Liste, die Sie bestätigen, die neueste des Portals ist.</translation>
    </message>
</context>
<context>
    <name>PortalPanel</name>
    <message>
        <source>The file is checked on its own, as before. {scope_hint}</source>
        <extracomment>How often the snapshot&apos;s age is written again while the panel shows.</extracomment>
        <translation>Die Datei wird wie bisher für sich allein geprüft. {scope_hint}</translation>
    </message>
    <message>
        <source>Your API user sees only part of the portal&apos;s employees, so a reference to someone outside its view is a warning, not an error.</source>
        <translation>Ihr API-Benutzer sieht nur einen Teil der Mitarbeiter des Portals, daher ist ein Verweis auf jemanden außerhalb seiner Sicht eine Warnung, kein Fehler.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n Mitarbeiter</numerusform>
            <numerusform>%n Mitarbeiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizational unit(s)</source>
        <translation>
            <numerusform>%n Organisationseinheit</numerusform>
            <numerusform>%n Organisationseinheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against your portal&apos;s data as read {age} (at {time}: {counts}).</source>
        <translation>Geprüft gegen die Daten Ihres Portals, {age} gelesen (um {time}: {counts}).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>The panel shows something new (the reading, its end, the comparison): Review says again if it is ready.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the portal&apos;s data: the file is then checked on its own</source>
        <translation>Lesen der Portaldaten abbrechen: Die Datei wird dann für sich allein geprüft</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the portal&apos;s employees and OUs again, then check the file again</source>
        <translation>Mitarbeiter und OEs des Portals erneut lesen und die Datei erneut prüfen</translation>
    </message>
    <message>
        <source>See what will change…</source>
        <translation>Änderungen ansehen…</translation>
    </message>
    <message>
        <source>See who…</source>
        <translation>Betroffene ansehen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Reading your portal&apos;s employees and OUs to check the file against them: {progress}.</source>
        <translation>Die Mitarbeiter und OEs Ihres Portals werden gelesen, um die Datei gegen sie zu prüfen: {progress}.</translation>
    </message>
    <message>
        <source>Reading it again: {progress}.</source>
        <translation>Erneutes Lesen: {progress}.</translation>
    </message>
    <message>
        <source>Reading it again did not work ({error}); the reading above is used.</source>
        <translation>Das erneute Lesen hat nicht funktioniert ({error}); die obige Lesung wird verwendet.</translation>
    </message>
    <message>
        <source>ReconcileUsers is on, and the employees it deactivates cannot be listed without the portal&apos;s employees: every active employee missing from this file will be deactivated.</source>
        <translation>ReconcileUsers ist aktiviert, und die Mitarbeiter, die es deaktiviert, können ohne die Mitarbeiter des Portals nicht aufgelistet werden: Jeder aktive Mitarbeiter, der in dieser Datei fehlt, wird deaktiviert.</translation>
    </message>
    <message>
        <source>{sentence} That is more than our {limit} limit: before anything is sent, the Run step asks you to confirm this number and to tick an explicit override.</source>
        <translation>{sentence} Das ist mehr als unser Limit von {limit}: Bevor etwas gesendet wird, verlangt der Schritt „Ausführen“, dass Sie diese Zahl bestätigen und eine ausdrückliche Übersteuerung ankreuzen.</translation>
    </message>
    <message>
        <source>{sentence} Before anything is sent, the Run step asks you to confirm this number.</source>
        <translation>{sentence} Bevor etwas gesendet wird, verlangt der Schritt „Ausführen“, dass Sie diese Zahl bestätigen.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>Employees this load deactivates</source>
        <translation>Mitarbeiter, die dieser Ladevorgang deaktiviert</translation>
    </message>
    <message>
        <source>Who ReconcileUsers deactivates</source>
        <translation>Wen ReconcileUsers deaktiviert</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>das Portal</translation>
    </message>
    <message>
        <source>Deactivate employees?</source>
        <translation>Mitarbeiter deaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n employee(s)?</source>
        <translation>
            <numerusform>%n Mitarbeiter deaktivieren?</numerusform>
            <numerusform>%n Mitarbeiter deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>PRODUCTION portal: {where}</source>
        <translation>PRODUKTIV-Portal: {where}</translation>
    </message>
    <message>
        <source>test portal: {where}</source>
        <translation>Testportal: {where}</translation>
    </message>
    <message>
        <source>This job deactivates every active employee of {portal} missing from “{label}”.</source>
        <translation>Dieser Auftrag deaktiviert jeden aktiven Mitarbeiter von {portal}, der in „{label}“ fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>This job deactivates %n employee(s) of {portal}.</source>
        <translation>
            <numerusform>Dieser Auftrag deaktiviert %n Mitarbeiter von {portal}.</numerusform>
            <numerusform>Dieser Auftrag deaktiviert %n Mitarbeiter von {portal}.</numerusform>
        </translation>
    </message>
    <message>
        <source>ReconcileUsers is on for “{label}”: every active employee of {portal} missing from the file is deactivated.</source>
        <translation>ReconcileUsers ist für „{label}“ aktiviert: Jeder aktive Mitarbeiter von {portal}, der in der Datei fehlt, wird deaktiviert.</translation>
    </message>
    <message>
        <source>So who that is cannot be listed.</source>
        <translation>Wer das ist, kann daher nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees could not be read, so who that is cannot be listed.</source>
        <translation>Die Mitarbeiter des Portals konnten nicht gelesen werden, daher kann nicht aufgelistet werden, wer das ist.</translation>
    </message>
    <message>
        <source>ReconcileUsers is on for “{label}”.</source>
        <translation>ReconcileUsers ist für „{label}“ aktiviert.</translation>
    </message>
    <message>
        <source>The API application&apos;s own account is not known yet (the portal names it in a job&apos;s owner_ref once a job ran): make sure it is not in the list.</source>
        <translation>Das eigene Konto der API-Anwendung ist noch nicht bekannt (das Portal nennt es im owner_ref eines Auftrags, sobald ein Auftrag gelaufen ist): Stellen Sie sicher, dass es nicht in der Liste steht.</translation>
    </message>
    <message>
        <source>Number of employees to deactivate</source>
        <translation>Anzahl der zu deaktivierenden Mitarbeiter</translation>
    </message>
    <message>
        <source>Portal name to confirm</source>
        <translation>Zu bestätigender Portalname</translation>
    </message>
    <message>
        <source>Type the number of employees this deactivates ({count})</source>
        <translation>Geben Sie die Anzahl der Mitarbeiter ein, die dies deaktiviert ({count})</translation>
    </message>
    <message>
        <source>Type the portal name “{portal}”</source>
        <translation>Geben Sie den Portalnamen „{portal}“ ein</translation>
    </message>
    <message>
        <source>{count} is {share} of the portal&apos;s {active} active employees, more than our {limit} limit: a file that misses that many people is more often a partial export than a real change. It is refused unless you override it.</source>
        <translation>{count} sind {share} der {active} aktiven Mitarbeiter des Portals, mehr als unser Limit von {limit}: Eine Datei, in der so viele Personen fehlen, ist häufiger ein unvollständiger Export als eine echte Änderung. Sie wird abgelehnt, sofern Sie das Limit nicht übersteuern.</translation>
    </message>
    <message numerus="yes">
        <source>Override the limit: I checked the list, and these %n employee(s) are to be deactivated</source>
        <translation>
            <numerusform>Limit übersteuern: Ich habe die Liste geprüft, und dieser %n Mitarbeiter soll deaktiviert werden</numerusform>
            <numerusform>Limit übersteuern: Ich habe die Liste geprüft, und diese %n Mitarbeiter sollen deaktiviert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate and run</source>
        <translation>Deaktivieren und ausführen</translation>
    </message>
    <message>
        <source>Deactivate {count} and run</source>
        <translation>{count} deaktivieren und ausführen</translation>
    </message>
    <message>
        <source>Nothing was sent: the deactivations were not confirmed.</source>
        <translation>Es wurde nichts gesendet: Die Deaktivierungen wurden nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Not loaded.</source>
        <extracomment>The first column&apos;s name: the key of the saved file&apos;s column too (the header shows it translated). One report cell may hold several messages (the sandbox joins them with &quot; | &quot;; a real portal may do the same). Joins a row&apos;s cells in its search text: a character nobody types, so a search never spans two cells.</extracomment>
        <translation>Nicht geladen.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Per row, the shown columns the portal&apos;s messages name: {column: &quot;error&quot; | &quot;warning&quot;}.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{value}
The portal&apos;s error: {message}</source>
        <translation>{value}
Fehler des Portals: {message}</translation>
    </message>
    <message>
        <source>{value}
The portal&apos;s warning: {message}</source>
        <translation>{value}
Warnung des Portals: {message}</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Zeile in Datei</translation>
    </message>
    <message>
        <source>The report&apos;s column “{name}”</source>
        <translation>Die Berichtsspalte „{name}“</translation>
    </message>
    <message>
        <source>The record number of this row in your original file (header excluded)</source>
        <translation>Die Datensatznummer dieser Zeile in Ihrer ursprünglichen Datei (ohne Kopfzeile)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Opening the report</source>
        <translation>Bericht wird geöffnet</translation>
    </message>
    <message>
        <source>The original file is no longer where it was loaded from: rows cannot be matched to it.</source>
        <translation>Die ursprüngliche Datei ist nicht mehr dort, von wo sie geladen wurde: Zeilen können ihr nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>No column mapping was recorded for this import: rows cannot be matched to the file.</source>
        <translation>Für diesen Import wurde keine Spaltenzuordnung aufgezeichnet: Zeilen können der Datei nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>None of the report&apos;s rows could be found in the original file.</source>
        <translation>Keine der Zeilen des Berichts wurde in der ursprünglichen Datei gefunden.</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Bericht wird gespeichert</translation>
    </message>
    <message>
        <source>Preparing the failed rows for review</source>
        <translation>Fehlgeschlagene Zeilen werden für die Prüfung vorbereitet</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The report of an import: the rows with errors and warnings, matched to the rows of your file. A report is downloaded once and kept on this computer; opening it again costs nothing.</source>
        <translation>Der Bericht eines Imports: die Zeilen mit Fehlern und Warnungen, den Zeilen Ihrer Datei zugeordnet. Ein Bericht wird einmal heruntergeladen und auf diesem Computer gespeichert; erneutes Öffnen kostet nichts.</translation>
    </message>
    <message>
        <source>Import whose results are shown</source>
        <extracomment>The failed rows are in the wizard&apos;s state, ready for the Review step.</extracomment>
        <translation>Import, dessen Ergebnisse angezeigt werden</translation>
    </message>
    <message>
        <source>Open an import from the jobs list or the history.</source>
        <translation>Öffnen Sie einen Import aus der Auftragsliste oder dem Verlauf.</translation>
    </message>
    <message>
        <source>Cornerstone allows {limit} downloads of a report; the cap keeps one in reserve. Opening the saved copy costs nothing.</source>
        <translation>Cornerstone erlaubt {limit} Downloads eines Berichts; die Obergrenze hält einen in Reserve. Das Öffnen der gespeicherten Kopie kostet nichts.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Rows of the report to show</source>
        <translation>Anzuzeigende Zeilen des Berichts</translation>
    </message>
    <message>
        <source>Search every cell…</source>
        <translation>Alle Zellen durchsuchen…</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Bericht durchsuchen</translation>
    </message>
    <message>
        <source>Download again…</source>
        <translation>Erneut herunterladen…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Als Excel speichern…</translation>
    </message>
    <message>
        <source>Open in spreadsheet</source>
        <translation>In Tabellenkalkulation öffnen</translation>
    </message>
    <message>
        <source>Fix and reload…</source>
        <translation>Korrigieren und neu laden…</translation>
    </message>
    <message>
        <source>Puts the failed rows, in your file&apos;s columns, back into Review as a new job</source>
        <translation>Bringt die fehlgeschlagenen Zeilen in den Spalten Ihrer Datei als neuen Auftrag zurück in die Prüfung</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Errors by message, with the number of records</source>
        <translation>Fehler nach Meldung, mit der Anzahl der Datensätze</translation>
    </message>
    <message>
        <source>The portal&apos;s report, one row per record</source>
        <translation>Der Bericht des Portals, eine Zeile pro Datensatz</translation>
    </message>
    <message>
        <source>Errors by message (click to filter)</source>
        <translation>Fehler nach Meldung (zum Filtern klicken)</translation>
    </message>
    <message>
        <source>{name}: all {count} records loaded without errors or warnings. No report download was spent.</source>
        <translation>{name}: Alle {count} Datensätze wurden ohne Fehler oder Warnungen geladen. Es wurde kein Bericht-Download verbraucht.</translation>
    </message>
    <message>
        <source>{name} is still running ({status}).</source>
        <translation>{name} läuft noch ({status}).</translation>
    </message>
    <message>
        <source>{position}. {type} · {file} (job of {started})</source>
        <translation>{position}. {type} · {file} (Auftrag vom {started})</translation>
    </message>
    <message>
        <source>{code}
Job: {job}
Import id: {id}</source>
        <translation>{code}
Auftrag: {job}
Import-ID: {id}</translation>
    </message>
    <message>
        <source>{name}: {errors} records with errors, {warnings} with warnings; the report is {state}.</source>
        <translation>{name}: {errors} Datensätze mit Fehlern, {warnings} mit Warnungen; der Bericht ist {state}.</translation>
    </message>
    <message>
        <source>saved copy</source>
        <translation>gespeicherte Kopie</translation>
    </message>
    <message>
        <source>downloaded just now</source>
        <translation>gerade heruntergeladen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, {warnings} with warnings ({origin}, file {file}).</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern, {warnings} mit Warnungen ({origin}, Datei {file}).</numerusform>
            <numerusform>%n Zeilen mit Fehlern, {warnings} mit Warnungen ({origin}, Datei {file}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, {warnings} with warnings ({origin}).</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern, {warnings} mit Warnungen ({origin}).</numerusform>
            <numerusform>%n Zeilen mit Fehlern, {warnings} mit Warnungen ({origin}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads the report again from Cornerstone (asks first)</source>
        <translation>Lädt den Bericht erneut von Cornerstone herunter (fragt vorher)</translation>
    </message>
    <message>
        <source>The download cap for this report is reached: only the saved copy can be shown</source>
        <translation>Die Download-Obergrenze für diesen Bericht ist erreicht: Nur die gespeicherte Kopie kann angezeigt werden</translation>
    </message>
    <message>
        <source>{shown} of {total} report rows shown, with the error chosen on the left (click it again for every error)</source>
        <translation>{shown} von {total} Berichtszeilen angezeigt, mit dem links gewählten Fehler (erneut klicken für alle Fehler)</translation>
    </message>
    <message>
        <source>{shown} of {total} report rows shown</source>
        <translation>{shown} von {total} Berichtszeilen angezeigt</translation>
    </message>
    <message>
        <source>This report cannot be downloaded again: {usage}.</source>
        <translation>Dieser Bericht kann nicht erneut heruntergeladen werden: {usage}.</translation>
    </message>
    <message>
        <source>Cornerstone allows five downloads of a report ever; the saved copy is still shown and can be saved.</source>
        <translation>Cornerstone erlaubt insgesamt nur fünf Downloads eines Berichts; die gespeicherte Kopie wird weiterhin angezeigt und kann gespeichert werden.</translation>
    </message>
    <message>
        <source>Connect to the portal first to download this report again.</source>
        <translation>Verbinden Sie sich zuerst mit dem Portal, um diesen Bericht erneut herunterzuladen.</translation>
    </message>
    <message>
        <source>Download the report again?</source>
        <translation>Bericht erneut herunterladen?</translation>
    </message>
    <message>
        <source>This spends one of the report&apos;s downloads ({usage}). The saved copy is the same report unless Cornerstone changed it. Download again?</source>
        <translation>Dies verbraucht einen der Downloads des Berichts ({usage}). Die gespeicherte Kopie ist derselbe Bericht, sofern Cornerstone ihn nicht geändert hat. Erneut herunterladen?</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Bericht gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>No file manager opened the folder; the report is at {path}.</source>
        <translation>Kein Dateimanager hat den Ordner geöffnet; der Bericht liegt unter {path}.</translation>
    </message>
    <message>
        <source>No spreadsheet application opened the report; it is saved at {path}.</source>
        <translation>Keine Tabellenkalkulation hat den Bericht geöffnet; er ist unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Connect to the portal this import was sent to, then try again.</source>
        <translation>Verbinden Sie sich mit dem Portal, an das dieser Import gesendet wurde, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No failed row of this report could be found in the original file.</source>
        <translation>Keine fehlgeschlagene Zeile dieses Berichts wurde in der ursprünglichen Datei gefunden.</translation>
    </message>
    <message>
        <source>The {count} failed rows are ready for review, each with the portal&apos;s reason: fix them, then run them as a new job.</source>
        <translation>Die {count} fehlgeschlagenen Zeilen sind zur Prüfung bereit, jeweils mit dem Grund des Portals: Korrigieren Sie sie und führen Sie sie dann als neuen Auftrag aus.</translation>
    </message>
    <message>
        <source>They were written to {path}.</source>
        <translation>Sie wurden nach {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <source>record {record}</source>
        <translation>Datensatz {record}</translation>
    </message>
    <message>
        <source>records {records} and {last}</source>
        <translation>Datensätzen {records} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>records {records} and %n more</source>
        <translation>
            <numerusform>Datensätzen {records} und %n weiteren</numerusform>
            <numerusform>Datensätzen {records} und %n weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Nach unten ausfüllen</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Ausgewählte Zellen leeren</translation>
    </message>
    <message>
        <source>Find and replace in a column…</source>
        <translation>In einer Spalte suchen und ersetzen…</translation>
    </message>
    <message>
        <source>Wait for the check to finish, then edit the grid.</source>
        <translation>Warten Sie, bis die Prüfung abgeschlossen ist, und bearbeiten Sie dann die Tabelle.</translation>
    </message>
    <message>
        <source>{gesture}: no cell changed.</source>
        <translation>{gesture}: Keine Zelle geändert.</translation>
    </message>
    <message numerus="yes">
        <source>{gesture}: %n cell(s) changed in {records} (Ctrl+Z takes it back). Press Check again to check them.</source>
        <translation>
            <numerusform>{gesture}: %n Zelle in {records} geändert (Strg+Z macht es rückgängig). Klicken Sie auf „Erneut prüfen“, um sie zu prüfen.</numerusform>
            <numerusform>{gesture}: %n Zellen in {records} geändert (Strg+Z macht es rückgängig). Klicken Sie auf „Erneut prüfen“, um sie zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}.</source>
        <translation>Rückgängig gemacht: {change}.</translation>
    </message>
    <message>
        <source>There is nothing to undo on this step.</source>
        <translation>In diesem Schritt gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Done again: {change}.</source>
        <translation>Wiederholt: {change}.</translation>
    </message>
    <message>
        <source>There is nothing to redo on this step.</source>
        <translation>In diesem Schritt gibt es nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Rückgängig: {change} (Strg+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Nichts rückgängig zu machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Y)</source>
        <translation>Wiederholen: {change} (Strg+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Y)</source>
        <translation>Nichts zu wiederholen (Strg+Y)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) copied: paste them in a spreadsheet, or here.</source>
        <translation>
            <numerusform>%n Zelle kopiert: Fügen Sie sie in eine Tabellenkalkulation oder hier ein.</numerusform>
            <numerusform>%n Zellen kopiert: Fügen Sie sie in eine Tabellenkalkulation oder hier ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the block did not fit below the last record shown</source>
        <translation>
            <numerusform>%n Zeile des Blocks passte nicht unter den letzten angezeigten Datensatz</numerusform>
            <numerusform>%n Zeilen des Blocks passten nicht unter den letzten angezeigten Datensatz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) did not fit right of the last field</source>
        <translation>
            <numerusform>%n Spalte passte nicht rechts neben das letzte Feld</numerusform>
            <numerusform>%n Spalten passten nicht rechts neben das letzte Feld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell on Exclude or Problems, which take no text</source>
        <translation>
            <numerusform>%n Zelle fiel auf „Ausschließen“ oder „Probleme“, die keinen Text aufnehmen</numerusform>
            <numerusform>%n Zellen fielen auf „Ausschließen“ oder „Probleme“, die keinen Text aufnehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s); {left}: those were not pasted.</source>
        <translation>
            <numerusform>%n Zelle eingefügt; {left}: Diese wurden nicht eingefügt.</numerusform>
            <numerusform>%n Zellen eingefügt; {left}: Diese wurden nicht eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the top-left cell where the block should start, then paste again.</source>
        <translation>Wählen Sie die Zelle oben links, an der der Block beginnen soll, und fügen Sie erneut ein.</translation>
    </message>
    <message numerus="yes">
        <source>Clearing of %n cell(s)</source>
        <translation>
            <numerusform>Leeren von %n Zelle</numerusform>
            <numerusform>Leeren von %n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Replace of &apos;{find}&apos; with &apos;{replace}&apos; in {field}</source>
        <translation>Ersetzen von „{find}“ durch „{replace}“ in {field}</translation>
    </message>
    <message>
        <source>Replace in {field}</source>
        <translation>Ersetzen in {field}</translation>
    </message>
    <message>
        <source>{setting} is now {value} (it was {before})</source>
        <translation>{setting} ist jetzt {value} (vorher {before})</translation>
    </message>
    <message>
        <source>{changes} for this import, on the Load type step too. The file is checked again with it.</source>
        <translation>{changes} für diesen Import, auch im Schritt „Ladetyp“. Die Datei wird damit erneut geprüft.</translation>
    </message>
    <message>
        <source>Confirmed: {setting} {value} reads this file&apos;s dates as written. The file is checked again with your answer; Ctrl+Z takes it back.</source>
        <translation>Bestätigt: {setting} {value} liest die Datumsangaben dieser Datei wie geschrieben. Die Datei wird mit Ihrer Antwort erneut geprüft; Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <source>Records with problems</source>
        <extracomment>Selected cells remembered across a re-check (a whole column of a big file is not walked cell by cell).</extracomment>
        <translation>Datensätze mit Problemen</translation>
    </message>
    <message>
        <source>One row per record, one column per field; highlighted cells have a problem, which the pane below the grid explains. The arrow keys move between cells, typing replaces a cell, Enter keeps the new value, Ctrl+Z takes it back.</source>
        <translation>Eine Zeile pro Datensatz, eine Spalte pro Feld; markierte Zellen haben ein Problem, das der Bereich unter der Tabelle erklärt. Mit den Pfeiltasten wechseln Sie zwischen Zellen, Eintippen ersetzt eine Zelle, die Eingabetaste übernimmt den neuen Wert, Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Paste of a {size} block</source>
        <translation>Einfügen eines {size}-Blocks</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Nach unten ausfüllen</translation>
    </message>
</context>
<context>
    <name>ReviewJobs</name>
    <message>
        <source>Mapping the columns</source>
        <extracomment>The Problems cell of an exported row is cut after this many characters (and says so): a record with dozens of problems made 1,500-character cells nobody reads in a spreadsheet (issue 14).</extracomment>
        <translation>Spalten werden zugeordnet</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s): see the Review step</source>
        <translation>
            <numerusform>… und %n weiteres Problem: siehe Schritt „Prüfung“</numerusform>
            <numerusform>… und %n weitere Probleme: siehe Schritt „Prüfung“</numerusform>
        </translation>
    </message>
    <message>
        <source>(cut: see the Review step)</source>
        <translation>(gekürzt: siehe Schritt „Prüfung“)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Record {record} of your file</source>
        <extracomment>The grid&apos;s two columns that are not fields of the record: the Exclude check box and the problems. What the grid shows: the records with problems (all, errors, warnings), every record, or a summary line.</extracomment>
        <translation>Datensatz {record} Ihrer Datei</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>excluded · {problems}</source>
        <translation>ausgeschlossen · {problems}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Changed by you.</source>
        <translation>Von Ihnen geändert.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Record {record} has no problem in this cell.</source>
        <translation>Datensatz {record} hat in dieser Zelle kein Problem.</translation>
    </message>
    <message>
        <source>Problem records only</source>
        <extracomment>Plan changes that the Review step checks again at once (when it shows; else when it is entered).</extracomment>
        <translation>Nur Datensätze mit Problemen</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>A summary line</source>
        <translation>Eine Zusammenfassungszeile</translation>
    </message>
    <message>
        <source>Select a highlighted cell to see what is wrong and how to fix it.</source>
        <translation>Wählen Sie eine markierte Zelle aus, um zu sehen, was falsch ist und wie Sie es beheben.</translation>
    </message>
    <message>
        <source>Review before loading</source>
        <extracomment>Below this height (of the step) the lead sentence under the title is hidden.</extracomment>
        <translation>Vor dem Laden prüfen</translation>
    </message>
    <message>
        <source>The app checks every record against the portal&apos;s rules. Fix a highlighted cell by typing in it (or paste from a spreadsheet), then check again, or exclude the record. Nothing is sent until you say so.</source>
        <translation>Die App prüft jeden Datensatz anhand der Regeln des Portals. Korrigieren Sie eine markierte Zelle, indem Sie hineinschreiben (oder aus einer Tabellenkalkulation einfügen), und prüfen Sie dann erneut, oder schließen Sie den Datensatz aus. Es wird nichts gesendet, bis Sie es veranlassen.</translation>
    </message>
    <message>
        <source>Checking … {percent}</source>
        <extracomment>The import&apos;s payload parts are written: ``services.loads.PreparedImport`` list, one per part.</extracomment>
        <translation>Prüfung … {percent}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Export rows…</source>
        <translation>Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Writes the records the grid shows (with their problems) to a CSV for Excel</source>
        <translation>Schreibt die in der Tabelle angezeigten Datensätze (mit ihren Problemen) in eine CSV-Datei für Excel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems by rule and column</source>
        <translation>Probleme nach Regel und Spalte</translation>
    </message>
    <message>
        <source>Problems by rule and column: click a line to see its records and cells</source>
        <translation>Probleme nach Regel und Spalte: Klicken Sie auf eine Zeile, um ihre Datensätze und Zellen zu sehen</translation>
    </message>
    <message>
        <source>Records to show</source>
        <translation>Anzuzeigende Datensätze</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Edit ▾</source>
        <translation>Bearbeiten ▾</translation>
    </message>
    <message>
        <source>Copy, paste, fill down, clear, find and replace</source>
        <translation>Kopieren, Einfügen, nach unten ausfüllen, Leeren, Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Leave the selected records out of the payload (Ctrl+Z takes it back)</source>
        <translation>Die ausgewählten Datensätze aus den zu sendenden Daten auslassen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Take the selected records back into the payload</source>
        <translation>Die ausgewählten Datensätze wieder in die zu sendenden Daten aufnehmen</translation>
    </message>
    <message>
        <source>Exclude all with errors</source>
        <translation>Alle mit Fehlern ausschließen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Add to the job and go to Run</source>
        <translation>Zum Auftrag hinzufügen und weiter</translation>
    </message>
    <message>
        <source>Writes the file to send and adds it to the next job on the Run step</source>
        <translation>Schreibt die zu sendende Datei und fügt sie im Schritt „Ausführen“ dem nächsten Auftrag hinzu</translation>
    </message>
    <message>
        <source>Checking {count} records …</source>
        <translation>{count} Datensätze werden geprüft …</translation>
    </message>
    <message>
        <source>Check stopped: press Check again to run it.</source>
        <translation>Prüfung abgebrochen: Klicken Sie auf „Erneut prüfen“, um sie auszuführen.</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was changed.</source>
        <translation>Die Prüfung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The check could not finish.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>About the whole file:
{problems}</source>
        <translation>Zur gesamten Datei:
{problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) excluded: they are left out of the payload. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n Datensatz ausgeschlossen: wird nicht gesendet. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Datensätze ausgeschlossen: werden nicht gesendet. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) taken back into the payload. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n Datensatz wieder aufgenommen: wird gesendet. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Datensätze wieder aufgenommen: werden gesendet. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPayload</name>
    <message>
        <source>Export the rows shown</source>
        <translation>Angezeigte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} rows written to {path} ({shown}).</source>
        <translation>{count} Zeilen nach {path} geschrieben ({shown}).</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) of problems were longer than {limit} characters and end in &quot;…&quot;: the whole text is on this step.</source>
        <translation>
            <numerusform>%n Problemliste war länger als {limit} Zeichen und endet auf „…“: Der vollständige Text steht in diesem Schritt.</numerusform>
            <numerusform>%n Problemlisten waren länger als {limit} Zeichen und enden auf „…“: Der vollständige Text steht in diesem Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in Excel, then drop the fixed file on the File step.</source>
        <translation>Korrigieren Sie sie in Excel und legen Sie die korrigierte Datei dann im Schritt „Datei“ ab.</translation>
    </message>
    <message>
        <source>{ready}, {excluded} excluded, {warnings}</source>
        <translation>{ready}, {excluded} ausgeschlossen, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ready</source>
        <translation>
            <numerusform>%n Datensatz bereit</numerusform>
            <numerusform>%n Datensätze bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You changed %n cell(s): press Check again.</source>
        <translation>
            <numerusform>Sie haben %n Zelle geändert: Klicken Sie auf „Erneut prüfen“.</numerusform>
            <numerusform>Sie haben %n Zellen geändert: Klicken Sie auf „Erneut prüfen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something changed on an earlier step: checking again.</source>
        <translation>In einem früheren Schritt hat sich etwas geändert: Es wird erneut geprüft.</translation>
    </message>
    <message>
        <source>The whole file has a problem (see above) that must be fixed first.</source>
        <translation>Die gesamte Datei hat ein Problem (siehe oben), das zuerst behoben werden muss.</translation>
    </message>
    <message>
        <source>1 record still has errors: fix it or exclude it.</source>
        <translation>1 Datensatz hat noch Fehler: Korrigieren Sie ihn oder schließen Sie ihn aus.</translation>
    </message>
    <message>
        <source>{count} records still have errors: fix them or exclude them.</source>
        <translation>{count} Datensätze haben noch Fehler: Korrigieren Sie sie oder schließen Sie sie aus.</translation>
    </message>
    <message>
        <source>{counts}. {then}</source>
        <translation>{counts}. {then}</translation>
    </message>
    <message>
        <source>it has not been checked yet. Wait for the check, or press Check again.</source>
        <translation>sie wurde noch nicht geprüft. Warten Sie auf die Prüfung oder klicken Sie auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>This file is not added to a job yet: {why}</source>
        <translation>Diese Datei ist noch keinem Auftrag hinzugefügt: {why}</translation>
    </message>
    <message>
        <source>The Run step runs files added from here; fix what is listed, then press Next again.</source>
        <translation>Der Schritt „Ausführen“ führt die von hier hinzugefügten Dateien aus; beheben Sie das Aufgeführte und klicken Sie dann erneut auf „Weiter“.</translation>
    </message>
    <message>
        <source>The file changed while its payload was written: check it again, then add it.</source>
        <translation>Die Datei hat sich geändert, während ihre Sendedaten geschrieben wurden: Prüfen Sie sie erneut und fügen Sie sie dann hinzu.</translation>
    </message>
    <message>
        <source>{count} parts in {folder}</source>
        <translation>{count} Teile in {folder}</translation>
    </message>
    <message>
        <source>Payload written: {where} ({count} records, {size} KB).</source>
        <translation>Sendedaten geschrieben: {where} ({count} Datensätze, {size} KB).</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>required</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>dependency</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>min_length</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>max_length</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Höchstlänge</translation>
    </message>
    <message>
        <source>enum</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Werteliste</translation>
    </message>
    <message>
        <source>date</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>number</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>duplicate</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>cross_unique</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Eindeutigkeit</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>invisible</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Unsichtbares Zeichen</translation>
    </message>
    <message>
        <source>unknown_column</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Unbekannte Spalte</translation>
    </message>
    <message>
        <source>columns</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Spaltenanzahl</translation>
    </message>
    <message>
        <source>records</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Datensatzanzahl</translation>
    </message>
    <message>
        <source>date_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>number_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Zahlenformat</translation>
    </message>
    <message>
        <source>confirm_date_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>Datumsformat bestätigen</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Organizational units are loaded before employees: Cornerstone resolves the imports of one job in order, so an employee can point to a division or location created by the same job.</source>
        <translation>Organisationseinheiten werden vor Mitarbeitern geladen: Cornerstone verarbeitet die Importe eines Auftrags der Reihe nach, sodass ein Mitarbeiter auf einen Bereich oder Standort verweisen kann, der im selben Auftrag angelegt wird.</translation>
    </message>
    <message>
        <source>Organizational units run before employees, so an employee can point to a unit made by this job.</source>
        <translation>Organisationseinheiten laufen vor Mitarbeitern, damit ein Mitarbeiter auf eine in diesem Auftrag angelegte Einheit verweisen kann.</translation>
    </message>
    <message>
        <source>1 record you excluded is not sent</source>
        <translation>1 von Ihnen ausgeschlossener Datensatz wird nicht gesendet</translation>
    </message>
    <message>
        <source>{count} records you excluded are not sent</source>
        <translation>{count} von Ihnen ausgeschlossene Datensätze werden nicht gesendet</translation>
    </message>
    <message>
        <source>1 record with errors is left out</source>
        <translation>1 Datensatz mit Fehlern wird ausgelassen</translation>
    </message>
    <message>
        <source>{count} records with errors are left out</source>
        <translation>{count} Datensätze mit Fehlern werden ausgelassen</translation>
    </message>
    <message>
        <source>1 record with warnings is sent with Review&apos;s warnings</source>
        <translation>1 Datensatz mit Warnungen wird mit den Warnungen der Prüfung gesendet</translation>
    </message>
    <message>
        <source>{count} records with warnings are sent with Review&apos;s warnings</source>
        <translation>{count} Datensätze mit Warnungen werden mit den Warnungen der Prüfung gesendet</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Run this job?</source>
        <translation>Diesen Auftrag ausführen?</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>das Portal</translation>
    </message>
    <message>
        <source>PRODUCTION portal: {portal}</source>
        <translation>PRODUKTIV-Portal: {portal}</translation>
    </message>
    <message>
        <source>test portal: {portal}</source>
        <translation>Testportal: {portal}</translation>
    </message>
    <message numerus="yes">
        <source>Job “{label}” with %n import(s), in this order:</source>
        <translation>
            <numerusform>Auftrag „{label}“ mit %n Import, in dieser Reihenfolge:</numerusform>
            <numerusform>Auftrag „{label}“ mit %n Importen, in dieser Reihenfolge:</numerusform>
        </translation>
    </message>
    <message>
        <source>{position}. {type}: {count} records from {file} (“{label}”)</source>
        <translation>{position}. {type}: {count} Datensätze aus {file} („{label}“)</translation>
    </message>
    <message>
        <source>{position}. {type}: records from {file} (“{label}”)</source>
        <translation>{position}. {type}: Datensätze aus {file} („{label}“)</translation>
    </message>
    <message>
        <source>ReconcileUsers is on: every employee missing from this file is deactivated.</source>
        <translation>ReconcileUsers ist aktiviert: Jeder Mitarbeiter, der in dieser Datei fehlt, wird deaktiviert.</translation>
    </message>
    <message>
        <source>Cornerstone will call {url} when every import is done.</source>
        <translation>Cornerstone ruft {url} auf, wenn alle Importe abgeschlossen sind.</translation>
    </message>
    <message>
        <source>The data is posted now; the status is then checked within the portal&apos;s limits.</source>
        <translation>Die Daten werden jetzt gesendet; der Status wird dann innerhalb der Limits des Portals abgefragt.</translation>
    </message>
    <message>
        <source>Run the job</source>
        <translation>Auftrag ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Put one or more checked files into one job (up to {count}), give it a label, confirm, and follow it live. Results are fetched automatically when an import has errors or warnings.</source>
        <translation>Fassen Sie eine oder mehrere geprüfte Dateien in einem Auftrag zusammen (bis zu {count}), geben Sie ihm eine Bezeichnung, bestätigen Sie und verfolgen Sie ihn live. Ergebnisse werden automatisch abgerufen, wenn ein Import Fehler oder Warnungen hat.</translation>
    </message>
    <message>
        <source>Files in the next job</source>
        <extracomment>The administrator wants to prepare another file for this job (the window goes to Load type). Prepared imports were added to the next job. The last question before a job with ReconcileUsers is sent (the window sets it: ui.reconcile_dialog).</extracomment>
        <translation>Dateien im nächsten Auftrag</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Load type</source>
        <translation>Ladetyp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Import label (editable)</source>
        <translation>Importbezeichnung (bearbeitbar)</translation>
    </message>
    <message>
        <source>No file in the next job yet: check one on the Review step, then press “Add to the job and go to Run”.</source>
        <translation>Noch keine Datei im nächsten Auftrag: Prüfen Sie eine im Schritt „Prüfung“ und klicken Sie dann auf „Zum Auftrag hinzufügen und weiter“.</translation>
    </message>
    <message>
        <source>Add another file…</source>
        <translation>Weitere Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Choose a load type and a file for another import of this job</source>
        <translation>Ladetyp und Datei für einen weiteren Import dieses Auftrags wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A label to find this job again</source>
        <translation>Eine Bezeichnung, um diesen Auftrag wiederzufinden</translation>
    </message>
    <message>
        <source>optional: https://… (Cornerstone posts once when the job is done)</source>
        <translation>optional: https://… (Cornerstone sendet einmal, wenn der Auftrag abgeschlossen ist)</translation>
    </message>
    <message>
        <source>Optional. An https address that Cornerstone calls once, when every import of the job is done.</source>
        <translation>Optional. Eine https-Adresse, die Cornerstone einmal aufruft, wenn alle Importe des Auftrags abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Job label</source>
        <translation>Auftragsbezeichnung</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Run the job…</source>
        <translation>Auftrag ausführen…</translation>
    </message>
    <message>
        <source>Shows the portal and what will be sent, and asks you to confirm before anything is posted.</source>
        <translation>Zeigt das Portal und was gesendet wird, und verlangt Ihre Bestätigung, bevor etwas übertragen wird.</translation>
    </message>
    <message>
        <source>All data sent</source>
        <translation>Alle Daten gesendet</translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation>Hochladen {percent} %</translation>
    </message>
    <message>
        <source>Imports of the next job</source>
        <translation>Importe des nächsten Auftrags</translation>
    </message>
    <message>
        <source>A job holds at most {most} imports; this file needs {needed} and the job has {kept} already.</source>
        <translation>Ein Auftrag enthält höchstens {most} Importe; diese Datei benötigt {needed}, und der Auftrag hat bereits {kept}.</translation>
    </message>
    <message>
        <source>Run this job first, then add the file to the next one.</source>
        <translation>Führen Sie zuerst diesen Auftrag aus und fügen Sie die Datei dann dem nächsten hinzu.</translation>
    </message>
    <message>
        <source>{file} ({type}) was already in the next job: this check replaces the earlier one.</source>
        <translation>{file} ({type}) war bereits im nächsten Auftrag: Diese Prüfung ersetzt die frühere.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <source>The imports were put in run order.</source>
        <translation>Die Importe wurden in Ausführungsreihenfolge gebracht.</translation>
    </message>
    <message>
        <source>Every record of the file is sent</source>
        <translation>Jeder Datensatz der Datei wird gesendet</translation>
    </message>
    <message>
        <source>Connect to a portal to run a job.</source>
        <translation>Verbinden Sie sich mit einem Portal, um einen Auftrag auszuführen.</translation>
    </message>
    <message>
        <source>Runs on {portal}  (PRODUCTION)</source>
        <translation>Läuft auf {portal}  (PRODUKTIV)</translation>
    </message>
    <message>
        <source>Runs on {portal}</source>
        <translation>Läuft auf {portal}</translation>
    </message>
    <message>
        <source>csod-desktop job</source>
        <translation>csod-desktop-Auftrag</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>How each row is matched to an employee already in the portal: by User ID or by GUID.</source>
        <translation>Wie jede Zeile einem bereits im Portal vorhandenen Mitarbeiter zugeordnet wird: über die User ID oder über die GUID.</translation>
    </message>
    <message>
        <source>Deactivates every employee in the portal who is not in this file. Only for a file that lists all your active employees.</source>
        <translation>Deaktiviert jeden Mitarbeiter im Portal, der nicht in dieser Datei steht. Nur für eine Datei, die alle Ihre aktiven Mitarbeiter enthält.</translation>
    </message>
    <message>
        <source>Allow employees to be placed in organizational units that are inactive in the portal. When off, those rows are not loaded.</source>
        <translation>Erlaubt, Mitarbeiter Organisationseinheiten zuzuordnen, die im Portal inaktiv sind. Wenn aus, werden diese Zeilen nicht geladen.</translation>
    </message>
    <message>
        <source>Allow managers, approvers and other relations to point at inactive employees. When off, those rows are not loaded.</source>
        <translation>Erlaubt, dass Vorgesetzte, Genehmiger und andere Beziehungen auf inaktive Mitarbeiter verweisen. Wenn aus, werden diese Zeilen nicht geladen.</translation>
    </message>
    <message>
        <source>Allow this unit to refer to inactive parent units and inactive owners.</source>
        <translation>Erlaubt, dass diese Einheit auf inaktive übergeordnete Einheiten und inaktive Verantwortliche verweist.</translation>
    </message>
    <message>
        <source>For employees already in the portal: an empty cell in a column you send takes the default your administrator configured (on) or leaves the field unchanged (off). New employees always get defaults.</source>
        <translation>Für Mitarbeiter, die bereits im Portal sind: Eine leere Zelle in einer gesendeten Spalte erhält den von Ihrem Administrator konfigurierten Standardwert (an) oder lässt das Feld unverändert (aus). Neue Mitarbeiter erhalten immer Standardwerte.</translation>
    </message>
    <message>
        <source>The language your data is written in, for fields Cornerstone translates.</source>
        <translation>Die Sprache, in der Ihre Daten geschrieben sind, für Felder, die Cornerstone übersetzt.</translation>
    </message>
    <message>
        <source>How dates are written in your file: en-US month first (7/1/2017), fr-FR day first (1/7/2017), en-GB year first (2017-07-01).</source>
        <translation>Wie Datumsangaben in Ihrer Datei geschrieben sind: en-US Monat zuerst (7/1/2017), fr-FR Tag zuerst (1/7/2017), en-GB Jahr zuerst (2017-07-01).</translation>
    </message>
    <message>
        <source>How numbers are written: en-US 1,234.56, fr-FR 1 234,56, es-ES 1.234,56.</source>
        <translation>Wie Zahlen geschrieben sind: en-US 1,234.56, fr-FR 1 234,56, es-ES 1.234,56.</translation>
    </message>
    <message>
        <source>Match employees by</source>
        <translation>Mitarbeiter zuordnen über</translation>
    </message>
    <message>
        <source>Deactivate missing employees</source>
        <translation>Fehlende Mitarbeiter deaktivieren</translation>
    </message>
    <message>
        <source>Allow inactive units</source>
        <translation>Inaktive Einheiten zulassen</translation>
    </message>
    <message>
        <source>Allow inactive related employees</source>
        <translation>Inaktive verknüpfte Mitarbeiter zulassen</translation>
    </message>
    <message>
        <source>Allow inactive units and owners</source>
        <translation>Inaktive Einheiten und Verantwortliche zulassen</translation>
    </message>
    <message>
        <source>Use defaults for empty cells</source>
        <translation>Standardwerte für leere Zellen</translation>
    </message>
    <message>
        <source>Data language</source>
        <translation>Datensprache</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Zahlenformat</translation>
    </message>
    <message>
        <source>User ID (0)</source>
        <translation>User ID (0)</translation>
    </message>
    <message>
        <source>GUID (1)</source>
        <translation>GUID (1)</translation>
    </message>
    <message>
        <source>en-US: month first</source>
        <translation>en-US: Monat zuerst</translation>
    </message>
    <message>
        <source>fr-FR: day first</source>
        <translation>fr-FR: Tag zuerst</translation>
    </message>
    <message>
        <source>en-GB: year first</source>
        <translation>en-GB: Jahr zuerst</translation>
    </message>
    <message>
        <source>Not sent: the portal decides</source>
        <extracomment>The cultures of the fallback form (a portal document that does not list the settings).</extracomment>
        <translation>Nicht gesendet: Das Portal entscheidet</translation>
    </message>
    <message>
        <source>Deactivate every employee missing from the file?</source>
        <translation>Jeden Mitarbeiter deaktivieren, der in der Datei fehlt?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;With this setting on, every employee in the portal &lt;i&gt;{portal}&lt;/i&gt; who is missing from the file you load is deactivated.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use it only when the file lists all your active employees. A partial file (one department, new hires) would deactivate everyone else.&lt;/p&gt;&lt;p&gt;Before the job is sent, the Run step lists every employee it would deactivate and asks you to confirm their number.&lt;/p&gt;&lt;p&gt;Type the portal name &lt;b&gt;{portal}&lt;/b&gt; to turn it on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mit dieser Einstellung wird jeder Mitarbeiter im Portal &lt;i&gt;{portal}&lt;/i&gt;, der in der geladenen Datei fehlt, deaktiviert.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Verwenden Sie sie nur, wenn die Datei alle Ihre aktiven Mitarbeiter enthält. Eine unvollständige Datei (eine Abteilung, Neueinstellungen) würde alle anderen deaktivieren.&lt;/p&gt;&lt;p&gt;Bevor der Auftrag gesendet wird, listet der Schritt „Ausführen“ jeden Mitarbeiter auf, den er deaktivieren würde, und verlangt, dass Sie deren Anzahl bestätigen.&lt;/p&gt;&lt;p&gt;Geben Sie den Portalnamen &lt;b&gt;{portal}&lt;/b&gt; ein, um sie zu aktivieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Portal name to confirm</source>
        <translation>Zu bestätigender Portalname</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>The administrator changed a setting (not emitted while the form is being built or filled). Replaced by tests to answer the confirmation without a modal loop.</extracomment>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Documented default: {value}.</source>
        <translation>Dokumentierter Standardwert: {value}.</translation>
    </message>
    <message>
        <source>No documented default: not sent unless you choose.</source>
        <translation>Kein dokumentierter Standardwert: Wird nur gesendet, wenn Sie wählen.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Jobs and their imports</source>
        <extracomment>The user asked to see an import&apos;s results (its import id). A job reached its end (journal ref): finished, failed or abandoned. The share of the newest job&apos;s data sent so far (0..1), for the Run step&apos;s upload bar. Resume was asked for a job of a portal the window is not connected to (the profile&apos;s name).</extracomment>
        <translation>Aufträge und ihre Importe</translation>
    </message>
    <message>
        <source>Each job with its imports and their live status. Select an import with the arrow keys, then press Open results to read its report.</source>
        <translation>Jeder Auftrag mit seinen Importen und deren Live-Status. Wählen Sie einen Import mit den Pfeiltasten aus und klicken Sie dann auf „Ergebnisse öffnen“, um seinen Bericht zu lesen.</translation>
    </message>
    <message>
        <source>No job followed now. Jobs you run appear here with their live status; earlier ones are in the History step.</source>
        <translation>Derzeit wird kein Auftrag verfolgt. Aufträge, die Sie ausführen, erscheinen hier mit ihrem Live-Status; frühere stehen im Schritt „Verlauf“.</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Stops asking for this job&apos;s status; the job keeps running in Cornerstone. Resume it from its row, or the next time the app connects to this portal.</source>
        <translation>Fragt den Status dieses Auftrags nicht mehr ab; der Auftrag läuft in Cornerstone weiter. Setzen Sie ihn über seine Zeile fort oder beim nächsten Verbinden der App mit diesem Portal.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Job {name} is {state}: it is left to it.</source>
        <translation>Auftrag {name} ist {state}: Die App verfolgt ihn nicht weiter.</translation>
    </message>
    <message>
        <source>Carrying on with job “{name}”, unfinished from an earlier session.</source>
        <translation>Auftrag „{name}“ aus einer früheren Sitzung wird fortgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Carrying on with %n jobs unfinished from an earlier session.</source>
        <translation>
            <numerusform>%n unvollendeter Auftrag aus einer früheren Sitzung wird fortgesetzt.</numerusform>
            <numerusform>%n unvollendete Aufträge aus einer früheren Sitzung werden fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is followed on the Run step; nothing is sent twice, and its report is fetched when it ends.</source>
        <translation>Er wird im Schritt „Ausführen“ verfolgt; nichts wird doppelt gesendet, und sein Bericht wird abgerufen, wenn er endet.</translation>
    </message>
    <message>
        <source>Unfinished from an earlier session</source>
        <translation>Unvollendet aus einer früheren Sitzung</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Stopped: Resume carries on (nothing is sent twice)</source>
        <translation>Angehalten: „Fortsetzen“ macht weiter (nichts wird doppelt gesendet)</translation>
    </message>
    <message>
        <source>Running in Cornerstone</source>
        <translation>Läuft in Cornerstone</translation>
    </message>
    <message>
        <source>Finished; fetching reports</source>
        <translation>Abgeschlossen; Berichte werden abgerufen</translation>
    </message>
    <message>
        <source>Job {state}</source>
        <translation>Auftrag {state}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>The report, matched to your file, is in the Results step.</source>
        <translation>Der Bericht, Ihrer Datei zugeordnet, steht im Schritt „Ergebnisse“.</translation>
    </message>
    <message>
        <source>Nothing failed, so no report download was needed.</source>
        <translation>Nichts ist fehlgeschlagen, daher war kein Bericht-Download nötig.</translation>
    </message>
    <message>
        <source>Follow the job again: send what the portal has not received (never twice), wait for it, fetch its reports</source>
        <translation>Den Auftrag wieder verfolgen: senden, was das Portal nicht erhalten hat (nie doppelt), auf ihn warten, seine Berichte abrufen</translation>
    </message>
    <message>
        <source>Connect to {portal} first: Resume opens the Connect step with it</source>
        <translation>Verbinden Sie sich zuerst mit {portal}: „Fortsetzen“ öffnet damit den Schritt „Verbinden“</translation>
    </message>
    <message>
        <source>Forgotten: it stays on the portal</source>
        <translation>Vergessen: Er bleibt im Portal</translation>
    </message>
    <message>
        <source>Job “{name}” forgotten.</source>
        <translation>Auftrag „{name}“ vergessen.</translation>
    </message>
    <message>
        <source>It stays on the portal; this app no longer follows it.</source>
        <translation>Er bleibt im Portal; diese App verfolgt ihn nicht mehr.</translation>
    </message>
    <message>
        <source>Job / import</source>
        <extracomment>Position of the bars&apos; column (item widgets there; the tree&apos;s other columns are text). The bar&apos;s colour once an import is done: all loaded, some records failed, the import failed. The bar&apos;s colour once an import is done: all loaded, some records failed, the import failed (app.qss, [tone]). Events whose line a wait for the next status check replaces (&quot;Running in Cornerstone&quot;): creating the job, sending its data, a status that is not the last. Decided by the event, never by its words.</extracomment>
        <translation>Auftrag / Import</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Warn.</source>
        <translation>Warn.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>wird angelegt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Job   —   {phase}</source>
        <translation>Auftrag   —   {phase}</translation>
    </message>
    <message>
        <source>next check in {seconds} s</source>
        <translation>nächste Abfrage in {seconds} s</translation>
    </message>
</context>
<context>
    <name>ValueMapDialog</name>
    <message>
        <source>Map the values of &apos;{column}&apos;</source>
        <translation>Werte von „{column}“ zuordnen</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; loads into &lt;b&gt;{field}&lt;/b&gt;, which accepts only the values listed by your portal. Choose what each value in your file becomes.</source>
        <translation>„{column}“ wird in &lt;b&gt;{field}&lt;/b&gt; geladen, das nur die von Ihrem Portal aufgeführten Werte akzeptiert. Wählen Sie, was aus jedem Wert Ihrer Datei wird.</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>In Ihrer Datei</translation>
    </message>
    <message>
        <source>Loads as</source>
        <translation>Geladen als</translation>
    </message>
    <message>
        <source>(keep as written)</source>
        <translation>(wie geschrieben beibehalten)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong inside csod-desktop while working on &apos;{job}&apos; ({kind}).</source>
        <extracomment>Progress signals are coalesced to at most one per interval: a reader calling back for every chunk of a million-row file must not flood the GUI thread&apos;s event queue.</extracomment>
        <translation>In csod-desktop ist bei der Arbeit an „{job}“ ein interner Fehler aufgetreten ({kind}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file from the logs folder to support.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder auftritt, senden Sie die Protokolldatei aus dem Ordner „logs“ an den Support.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside csod-desktop ({kind}).</source>
        <translation>In csod-desktop ist ein interner Fehler aufgetreten ({kind}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file from the logs folder to support.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder auftritt, senden Sie die Protokolldatei aus dem Ordner „logs“ an den Support.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged</source>
        <extracomment>Per record found in the portal: ``row``, then each compared field&apos;s value in the file (its name) and in the portal (``_old_&lt;name&gt;``), for the per-record view.</extracomment>
        <translation>{new} neu, {changed} geändert, {unchanged} unverändert</translation>
    </message>
    <message>
        <source>(not compared: {names})</source>
        <translation>(nicht verglichen: {names})</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>organizational units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n record(s) to send:</source>
        <translation>
            <numerusform>%n Datensatz wird gesendet, davon:</numerusform>
            <numerusform>%n Datensätze werden gesendet, davon:</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new, {found} already in the portal. None of the file&apos;s fields is in the portal&apos;s list of employees, so what will change in the {found} is not known.</source>
        <translation>{new} neu, {found} bereits im Portal. Keines der Felder der Datei steht in der Mitarbeiterliste des Portals, daher ist nicht bekannt, was sich bei diesen {found} ändert.</translation>
    </message>
    <message>
        <source>{new} new, {found} already in the portal. None of the file&apos;s fields is in the portal&apos;s list of organizational units, so what will change in the {found} is not known.</source>
        <translation>{new} neu, {found} bereits im Portal. Keines der Felder der Datei steht in der Liste der Organisationseinheiten des Portals, daher ist nicht bekannt, was sich bei diesen {found} ändert.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged.</source>
        <translation>{new} neu, {changed} geändert, {unchanged} unverändert.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged in the fields the portal lets us compare. Not compared: {names} (the portal&apos;s list of employees does not show them), so a record counted unchanged may still change there.</source>
        <translation>{new} neu, {changed} geändert, {unchanged} unverändert in den Feldern, die das Portal vergleichen lässt. Nicht verglichen: {names} (die Mitarbeiterliste des Portals zeigt sie nicht), daher kann sich ein als unverändert gezählter Datensatz dort dennoch ändern.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged in the fields the portal lets us compare. Not compared: {names} (the portal&apos;s list of organizational units does not show them), so a record counted unchanged may still change there.</source>
        <translation>{new} neu, {changed} geändert, {unchanged} unverändert in den Feldern, die das Portal vergleichen lässt. Nicht verglichen: {names} (die Liste der Organisationseinheiten des Portals zeigt sie nicht), daher kann sich ein als unverändert gezählter Datensatz dort dennoch ändern.</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>Address resolves</source>
        <extracomment>The checks&apos; keys, in order. Their titles are :func:`check_titles` (in the window&apos;s language).</extracomment>
        <translation>Adressauflösung</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Token granted</source>
        <translation>Token erteilt</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Scopes erteilt</translation>
    </message>
    <message>
        <source>Load types readable</source>
        <translation>Ladetypen lesbar</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Portal data (Employee and OU APIs)</source>
        <translation>Portaldaten (Employee/OU-API)</translation>
    </message>
    <message>
        <source>Not checked: an earlier check failed.</source>
        <translation>Nicht geprüft: Eine frühere Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not checked: no token.</source>
        <translation>Nicht geprüft: kein Token.</translation>
    </message>
    <message>
        <source>{host} is looked up by the proxy {proxy} ({source}).</source>
        <translation>{host} wird vom Proxy {proxy} aufgelöst ({source}).</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} wird zu {addresses} aufgelöst.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Plain http, allowed for the local sandbox on this computer only: {route}.</source>
        <translation>Unverschlüsseltes http, nur für die lokale Sandbox auf diesem Computer erlaubt: {route}.</translation>
    </message>
    <message>
        <source>Plain http, allowed for an address on this computer only: {route}.</source>
        <translation>Unverschlüsseltes http, nur für eine Adresse auf diesem Computer erlaubt: {route}.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to {host}:{port} ({reason}): {route}.</source>
        <translation>Der Proxy hat die Verbindung zu {host}:{port} abgelehnt ({reason}): {route}.</translation>
    </message>
    <message>
        <source>Check the proxy address, user name and password in the profile&apos;s Advanced section.</source>
        <translation>Prüfen Sie Proxy-Adresse, Benutzername und Passwort im Bereich „Erweitert“ des Profils.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate could not be verified against {store} ({reason}).</source>
        <translation>Das Zertifikat des Portals konnte nicht mit {store} überprüft werden ({reason}).</translation>
    </message>
    <message>
        <source>{problem} ({route}).</source>
        <translation>{problem} ({route}).</translation>
    </message>
    <message>
        <source>No secure connection to {host}:{port} ({reason}): {route}.</source>
        <translation>Keine sichere Verbindung zu {host}:{port} ({reason}): {route}.</translation>
    </message>
    <message>
        <source>Check the address and that a firewall or proxy lets this computer reach it.</source>
        <translation>Prüfen Sie die Adresse und ob eine Firewall oder ein Proxy diesem Computer den Zugriff erlaubt.</translation>
    </message>
    <message>
        <source>Secure connection established ({version}), certificate verified: {route}.</source>
        <translation>Sichere Verbindung hergestellt ({version}), Zertifikat überprüft: {route}.</translation>
    </message>
    <message>
        <source>Secure connection established, certificate verified: {route}.</source>
        <translation>Sichere Verbindung hergestellt, Zertifikat überprüft: {route}.</translation>
    </message>
    <message>
        <source>The host name {host} could not be looked up: no name server answered.</source>
        <translation>Der Hostname {host} konnte nicht aufgelöst werden: Kein Nameserver hat geantwortet.</translation>
    </message>
    <message>
        <source>Check that this computer is online (and connected to the VPN if your company needs one).</source>
        <translation>Prüfen Sie, ob dieser Computer online ist (und mit dem VPN verbunden, falls Ihr Unternehmen eines verlangt).</translation>
    </message>
    <message>
        <source>Check the portal name and environment, and that this computer is online.</source>
        <translation>Prüfen Sie Portalname und Umgebung und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>Check the Root URL, and that this computer is online.</source>
        <translation>Prüfen Sie die Stamm-URL und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found.</source>
        <translation>Der Hostname {host} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Nothing is listening at {where}: the local sandbox is not running.</source>
        <translation>Unter {where} lauscht nichts: Die lokale Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Start it again with &apos;csod-desktop demo&apos; (or &apos;csod-desktop sandbox&apos;).</source>
        <translation>Starten Sie sie erneut mit „csod-desktop demo“ (oder „csod-desktop sandbox“).</translation>
    </message>
    <message>
        <source>Nothing is listening at {where}.</source>
        <translation>Unter {where} lauscht nichts.</translation>
    </message>
    <message>
        <source>Check the portal name and environment; a firewall or proxy may also be refusing the connection.</source>
        <translation>Prüfen Sie Portalname und Umgebung; auch eine Firewall oder ein Proxy kann die Verbindung ablehnen.</translation>
    </message>
    <message>
        <source>Check the address and port in the Root URL, and that the portal (or the program serving it) is running.</source>
        <translation>Prüfen Sie Adresse und Port in der Stamm-URL und ob das Portal (oder das Programm, das es bereitstellt) läuft.</translation>
    </message>
    <message>
        <source>Check the address, and that a firewall or proxy lets this computer reach it.</source>
        <translation>Prüfen Sie die Adresse und ob eine Firewall oder ein Proxy diesem Computer den Zugriff erlaubt.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>{where} answered, but not with a secure connection (TLS).</source>
        <translation>{where} hat geantwortet, aber nicht über eine sichere Verbindung (TLS).</translation>
    </message>
    <message>
        <source>Check that the address is the portal&apos;s (https), and that a proxy is not in the way.</source>
        <translation>Prüfen Sie, ob die Adresse die des Portals ist (https) und kein Proxy im Weg ist.</translation>
    </message>
    <message>
        <source>No connection to {where} ({reason}).</source>
        <translation>Keine Verbindung zu {where} ({reason}).</translation>
    </message>
    <message>
        <source>The portal accepted the client id and secret.</source>
        <extracomment>getaddrinfo errors that mean &quot;no name server answered&quot; rather than &quot;no such name&quot;.</extracomment>
        <translation>Das Portal hat Client-ID und Client-Geheimnis akzeptiert.</translation>
    </message>
    <message>
        <source>Check the client id and secret in API Management.</source>
        <translation>Prüfen Sie Client-ID und Client-Geheimnis in API Management.</translation>
    </message>
    <message>
        <source>The portal does not list granted scopes; the next checks use them.</source>
        <translation>Das Portal listet keine erteilten Scopes auf; die nächsten Prüfungen verwenden sie.</translation>
    </message>
    <message>
        <source>The token lacks {count} scope(s): {scopes}.</source>
        <translation>Dem Token fehlen Scopes ({count}): {scopes}.</translation>
    </message>
    <message>
        <source>Add them to the API application in Cornerstone&apos;s API Management, then test again.</source>
        <translation>Fügen Sie sie der API-Anwendung in API Management von Cornerstone hinzu und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>All {count} scopes were granted.</source>
        <translation>Alle {count} Scopes wurden erteilt.</translation>
    </message>
    <message>
        <source>The portal offers {count} load types ({custom} custom OU types).</source>
        <translation>Das Portal bietet {count} Ladetypen an ({custom} benutzerdefinierte OE-Typen).</translation>
    </message>
    <message>
        <source>The portal&apos;s specification lists no load types.</source>
        <translation>Die Spezifikation des Portals listet keine Ladetypen auf.</translation>
    </message>
    <message>
        <source>The API user holds {count} Bulk API permissions.</source>
        <translation>Der API-Benutzer hat {count} Bulk-API-Berechtigungen.</translation>
    </message>
    <message>
        <source>The API user holds no Bulk API permission.</source>
        <translation>Der API-Benutzer hat keine Bulk-API-Berechtigung.</translation>
    </message>
    <message>
        <source>Give the API user the &apos;Bulk API&apos; permissions in Cornerstone&apos;s security roles.</source>
        <translation>Erteilen Sie dem API-Benutzer die „Bulk API“-Berechtigungen in den Sicherheitsrollen von Cornerstone.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off for now: {error}</source>
        <translation>Prüfungen gegen die Daten Ihres Portals sind vorerst aus: {error}</translation>
    </message>
</context>
<context>
    <name>culture</name>
    <message>
        <source>Use {culture} for dates</source>
        <translation>{culture} für Datumsangaben verwenden</translation>
    </message>
    <message>
        <source>Use {culture} for numbers</source>
        <translation>{culture} für Zahlen verwenden</translation>
    </message>
    <message>
        <source>This value is not valid for {title}.</source>
        <translation>Dieser Wert ist für {title} nicht gültig.</translation>
    </message>
    <message>
        <source>Date format {culture} reads {examples}.</source>
        <translation>Das Datumsformat {culture} liest: {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): its year has two digits, and the portal reads only four-digit years.</source>
        <translation>„{value}“ ist kein Datum, das {title} im Datumsformat {culture} ({order}) annehmen kann: Die Jahreszahl ist zweistellig, und das Portal liest nur vierstellige Jahreszahlen.</translation>
    </message>
    <message>
        <source>Write the year of {title} with four digits.</source>
        <translation>Schreiben Sie die Jahreszahl von {title} vierstellig.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it mixes two separators ({first} and {second}).</source>
        <translation>„{value}“ ist kein Datum, das {title} im Datumsformat {culture} ({order}) annehmen kann: Es mischt zwei Trennzeichen ({first} und {second}).</translation>
    </message>
    <message>
        <source>Write {title} with one separator used twice.</source>
        <translation>Verwenden Sie in {title} zweimal dasselbe Trennzeichen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the day first.</source>
        <translation>„{value}“ ist kein Datum, das {title} im Datumsformat {culture} ({order}) annehmen kann: Der Tag steht zuerst.</translation>
    </message>
    <message>
        <source>Correct this date, or, if the dates of the file have the day first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Korrigieren Sie dieses Datum, oder setzen Sie, falls in den Datumsangaben der Datei der Tag zuerst steht, {setting} im Schritt „Ladetyp“ auf {culture} (in der Befehlszeile: {flag}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the month first.</source>
        <translation>„{value}“ ist kein Datum, das {title} im Datumsformat {culture} ({order}) annehmen kann: Der Monat steht zuerst.</translation>
    </message>
    <message>
        <source>Correct this date, or, if the dates of the file have the month first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Korrigieren Sie dieses Datum, oder setzen Sie, falls in den Datumsangaben der Datei der Monat zuerst steht, {setting} im Schritt „Ladetyp“ auf {culture} (in der Befehlszeile: {flag}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the year last.</source>
        <translation>„{value}“ ist kein Datum, das {title} im Datumsformat {culture} ({order}) annehmen kann: Das Jahr steht am Ende.</translation>
    </message>
    <message>
        <source>Write this date with the year first, or set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}) ({first} if the day comes first, {second} if the month does).</source>
        <translation>Schreiben Sie dieses Datum mit dem Jahr zuerst, oder setzen Sie {setting} im Schritt „Ladetyp“ auf {first} oder {second} (in der Befehlszeile: {flag} oder {second_flag}) ({first}, wenn der Tag zuerst steht, {second}, wenn der Monat zuerst steht).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}).</source>
        <translation>„{value}“ ist kein Datum, das {title} im Datumsformat {culture} ({order}) annehmen kann.</translation>
    </message>
    <message>
        <source>Write {title} {examples} (Date format {culture}).</source>
        <translation>Schreiben Sie {title} so: {examples} (Datumsformat {culture}).</translation>
    </message>
    <message>
        <source>Number format {culture} reads {examples}.</source>
        <translation>Das Zahlenformat {culture} liest: {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number in the {culture} number format.</source>
        <translation>„{value}“ ist keine Zahl im Zahlenformat {culture}.</translation>
    </message>
    <message>
        <source>Correct this value.</source>
        <translation>Korrigieren Sie diesen Wert.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number in the {culture} number format; {other} reads it as {reading}.</source>
        <translation>„{value}“ ist keine Zahl im Zahlenformat {culture}; {other} liest den Wert als {reading}.</translation>
    </message>
    <message>
        <source>If the file writes numbers as {other} does ({examples}), set {setting} to {culture} on the Load type step (on the command line: {flag}); else correct this value.</source>
        <translation>Wenn die Datei Zahlen wie {other} schreibt ({examples}), setzen Sie {setting} im Schritt „Ladetyp“ auf {culture} (in der Befehlszeile: {flag}); andernfalls korrigieren Sie diesen Wert.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; {title} takes whole numbers only.</source>
        <translation>„{value}“ ist keine ganze Zahl; {title} nimmt nur ganze Zahlen an.</translation>
    </message>
    <message>
        <source>Write {title} as a whole number.</source>
        <translation>Schreiben Sie {title} als ganze Zahl.</translation>
    </message>
    <message>
        <source>Date format</source>
        <extracomment>What the window&apos;s Load type step calls the two settings (and the words of every hint here), read in the window&apos;s language of the moment: setting -&gt; :func:`setting_title`. File-level rules: the values contradict the setting (errors), or never prove it (a warning to confirm). The setting each confirmation is asked about (the answer is that setting&apos;s current value).</extracomment>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Zahlenformat</translation>
    </message>
    <message>
        <source>Set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Setzen Sie {setting} im Schritt „Ladetyp“ auf {culture} (in der Befehlszeile: {flag}).</translation>
    </message>
    <message>
        <source>Set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}).</source>
        <translation>Setzen Sie {setting} im Schritt „Ladetyp“ auf {first} oder {second} (in der Befehlszeile: {flag} oder {second_flag}).</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 Wert von {title}, {example}, hat den Tag zuerst, aber das Datumsformat ist {culture} ({order}) und liest nur Datumsangaben mit dem Jahr zuerst: Diese Datensätze können nicht geladen werden.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben den Tag zuerst, aber das Datumsformat ist {culture} ({order}) und liest nur Datumsangaben mit dem Jahr zuerst: Diese Datensätze können nicht geladen werden.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 Wert von {title}, {example}, hat den Monat zuerst, aber das Datumsformat ist {culture} ({order}) und liest nur Datumsangaben mit dem Jahr zuerst: Diese Datensätze können nicht geladen werden.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben den Monat zuerst, aber das Datumsformat ist {culture} ({order}) und liest nur Datumsangaben mit dem Jahr zuerst: Diese Datensätze können nicht geladen werden.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 Wert von {title}, {example}, hat den Tag zuerst, aber das Datumsformat ist {culture} ({order}): {example} kann nicht gelesen werden, und {value} würde als {loaded} statt als {meant} geladen.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben den Tag zuerst, aber das Datumsformat ist {culture} ({order}): {example} kann nicht gelesen werden, und {value} würde als {loaded} statt als {meant} geladen.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 Wert von {title}, {example}, hat den Monat zuerst, aber das Datumsformat ist {culture} ({order}): {example} kann nicht gelesen werden, und {value} würde als {loaded} statt als {meant} geladen.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben den Monat zuerst, aber das Datumsformat ist {culture} ({order}): {example} kann nicht gelesen werden, und {value} würde als {loaded} statt als {meant} geladen.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}): it cannot be read.</source>
        <translation>1 Wert von {title}, {example}, hat den Tag zuerst, aber das Datumsformat ist {culture} ({order}): Er kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}): they cannot be read.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben den Tag zuerst, aber das Datumsformat ist {culture} ({order}): Sie können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}): it cannot be read.</source>
        <translation>1 Wert von {title}, {example}, hat den Monat zuerst, aber das Datumsformat ist {culture} ({order}): Er kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}): they cannot be read.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben den Monat zuerst, aber das Datumsformat ist {culture} ({order}): Sie können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but {other} has the month first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>1 Wert von {title}, {example}, hat den Tag zuerst, aber {other} hat den Monat zuerst (z. B. {other_example}), und ein einziges Datumsformat liest alle Datumsangaben der Datei: Keine Einstellung liest beides.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but {other} has the month first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben den Tag zuerst, aber {other} hat den Monat zuerst (z. B. {other_example}), und ein einziges Datumsformat liest alle Datumsangaben der Datei: Keine Einstellung liest beides.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but {other} has the day first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>1 Wert von {title}, {example}, hat den Monat zuerst, aber {other} hat den Tag zuerst (z. B. {other_example}), und ein einziges Datumsformat liest alle Datumsangaben der Datei: Keine Einstellung liest beides.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but {other} has the day first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben den Monat zuerst, aber {other} hat den Tag zuerst (z. B. {other_example}), und ein einziges Datumsformat liest alle Datumsangaben der Datei: Keine Einstellung liest beides.</translation>
    </message>
    <message>
        <source>Write the dates of {title} and {other} in one order (bulk-api-data-format.txt: all the date fields follow the same format), then choose the Date format that reads it.</source>
        <translation>Schreiben Sie die Datumsangaben von {title} und {other} in einer einheitlichen Reihenfolge (bulk-api-data-format.txt: Alle Datumsfelder folgen demselben Format), und wählen Sie dann das Datumsformat, das sie liest.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the day first (such as {by_example}), and one Date format reads every date of the file: under {culture}, en-GB reads only dates with the year first: those records cannot be loaded.</source>
        <translation>Kein Datum von {title} zeigt für sich, ob der Tag oder der Monat zuerst steht, aber {by} hat den Tag zuerst (z. B. {by_example}), und ein einziges Datumsformat liest alle Datumsangaben der Datei: Unter {culture} liest en-GB nur Datumsangaben mit dem Jahr zuerst: Diese Datensätze können nicht geladen werden.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the month first (such as {by_example}), and one Date format reads every date of the file: under {culture}, en-GB reads only dates with the year first: those records cannot be loaded.</source>
        <translation>Kein Datum von {title} zeigt für sich, ob der Tag oder der Monat zuerst steht, aber {by} hat den Monat zuerst (z. B. {by_example}), und ein einziges Datumsformat liest alle Datumsangaben der Datei: Unter {culture} liest en-GB nur Datumsangaben mit dem Jahr zuerst: Diese Datensätze können nicht geladen werden.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the day first (such as {by_example}), and one Date format reads every date of the file: under {culture}, {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>Kein Datum von {title} zeigt für sich, ob der Tag oder der Monat zuerst steht, aber {by} hat den Tag zuerst (z. B. {by_example}), und ein einziges Datumsformat liest alle Datumsangaben der Datei: Unter {culture} würde {value} als {loaded} statt als {meant} geladen.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the month first (such as {by_example}), and one Date format reads every date of the file: under {culture}, {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>Kein Datum von {title} zeigt für sich, ob der Tag oder der Monat zuerst steht, aber {by} hat den Monat zuerst (z. B. {by_example}), und ein einziges Datumsformat liest alle Datumsangaben der Datei: Unter {culture} würde {value} als {loaded} statt als {meant} geladen.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the year last, but the Date format is en-GB (year first), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 Wert von {title}, {example}, hat das Jahr am Ende, aber das Datumsformat ist en-GB (Jahr zuerst) und liest nur Datumsangaben mit dem Jahr zuerst: Diese Datensätze können nicht geladen werden.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the year last, but the Date format is en-GB (year first), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} Werte von {title}, z. B. {example}, haben das Jahr am Ende, aber das Datumsformat ist en-GB (Jahr zuerst) und liest nur Datumsangaben mit dem Jahr zuerst: Diese Datensätze können nicht geladen werden.</translation>
    </message>
    <message>
        <source>Set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}): {first} if the day comes first ({example} = {day_first}), {second} if the month does ({example} = {month_first}).</source>
        <translation>Setzen Sie {setting} im Schritt „Ladetyp“ auf {first} oder {second} (in der Befehlszeile: {flag} oder {second_flag}): {first}, wenn der Tag zuerst steht ({example} = {day_first}), {second}, wenn der Monat zuerst steht ({example} = {month_first}).</translation>
    </message>
    <message>
        <source>{value} will be loaded as {date}</source>
        <translation>{value} wird als {date} geladen</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them month first: {value} will be loaded as {date}.</source>
        <translation>Kein Datum von {title} zeigt, ob der Tag oder der Monat zuerst steht (jeder Tag ist 12 oder kleiner), daher liest das Datumsformat {culture} sie mit dem Monat zuerst: {value} wird als {date} geladen.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them day first: {value} will be loaded as {date}.</source>
        <translation>Kein Datum von {title} zeigt, ob der Tag oder der Monat zuerst steht (jeder Tag ist 12 oder kleiner), daher liest das Datumsformat {culture} sie mit dem Tag zuerst: {value} wird als {date} geladen.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them month first: {value} will be loaded as {date}, and {second} as {second_date}.</source>
        <translation>Kein Datum von {title} zeigt, ob der Tag oder der Monat zuerst steht (jeder Tag ist 12 oder kleiner), daher liest das Datumsformat {culture} sie mit dem Monat zuerst: {value} wird als {date} geladen und {second} als {second_date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them day first: {value} will be loaded as {date}, and {second} as {second_date}.</source>
        <translation>Kein Datum von {title} zeigt, ob der Tag oder der Monat zuerst steht (jeder Tag ist 12 oder kleiner), daher liest das Datumsformat {culture} sie mit dem Tag zuerst: {value} wird als {date} geladen und {second} als {second_date}.</translation>
    </message>
    <message>
        <source>Confirm that the dates have the month first, or, if the day comes first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Bestätigen Sie, dass in den Datumsangaben der Monat zuerst steht, oder setzen Sie, falls der Tag zuerst steht, {setting} im Schritt „Ladetyp“ auf {culture} (in der Befehlszeile: {flag}).</translation>
    </message>
    <message>
        <source>Confirm that the dates have the day first, or, if the month comes first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Bestätigen Sie, dass in den Datumsangaben der Tag zuerst steht, oder setzen Sie, falls der Monat zuerst steht, {setting} im Schritt „Ladetyp“ auf {culture} (in der Befehlszeile: {flag}).</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but the Number format is {culture} ({examples}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 Wert von {title}, {example}, verwendet {marks}, aber das Zahlenformat ist {culture} ({examples}): {example} kann nicht gelesen werden, und {value} würde als {loaded} statt als {meant} geladen.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but the Number format is {culture} ({examples}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} Werte von {title}, z. B. {example}, verwenden {marks}, aber das Zahlenformat ist {culture} ({examples}): {example} kann nicht gelesen werden, und {value} würde als {loaded} statt als {meant} geladen.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but the Number format is {culture} ({examples}): it cannot be read.</source>
        <translation>1 Wert von {title}, {example}, verwendet {marks}, aber das Zahlenformat ist {culture} ({examples}): Er kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but the Number format is {culture} ({examples}): they cannot be read.</source>
        <translation>{count} Werte von {title}, z. B. {example}, verwenden {marks}, aber das Zahlenformat ist {culture} ({examples}): Sie können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but {other} has numbers such as {other_example}, and one Number format reads every number of the file: no setting reads both.</source>
        <translation>1 Wert von {title}, {example}, verwendet {marks}, aber {other} enthält Zahlen wie {other_example}, und ein einziges Zahlenformat liest alle Zahlen der Datei: Keine Einstellung liest beides.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but {other} has numbers such as {other_example}, and one Number format reads every number of the file: no setting reads both.</source>
        <translation>{count} Werte von {title}, z. B. {example}, verwenden {marks}, aber {other} enthält Zahlen wie {other_example}, und ein einziges Zahlenformat liest alle Zahlen der Datei: Keine Einstellung liest beides.</translation>
    </message>
    <message>
        <source>Write the numbers of {title} and {other} in one way (bulk-api-data-format.txt, number_culture), then choose the Number format that reads it.</source>
        <translation>Schreiben Sie die Zahlen von {title} und {other} einheitlich (bulk-api-data-format.txt, number_culture), und wählen Sie dann das Zahlenformat, das sie liest.</translation>
    </message>
    <message>
        <source>month first</source>
        <extracomment>What a date column&apos;s values prove, all together (``DateProfile.order``). The culture that reads each proven order (bulk-api-data-format.txt, datetime_culture).</extracomment>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>Jahr zuerst</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>culture -&gt; :func:`order_label` (&quot;en-US&quot; -&gt; &quot;month first&quot;), for the window&apos;s sentences.</extracomment>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>for decimals in {culture}</source>
        <extracomment>The cultures that read each kind of date (``rules.parse_date``). The marks each number culture writes (bulk-api-data-format.txt, number_culture): (decimal, grouping).</extracomment>
        <translation>als Dezimaltrennzeichen in {culture}</translation>
    </message>
    <message>
        <source>between thousands in {culture}</source>
        <translation>als Tausendertrennzeichen in {culture}</translation>
    </message>
    <message>
        <source>spaces between thousands</source>
        <translation>Leerzeichen als Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>a dot for decimals</source>
        <translation>einen Punkt als Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>dots between thousands</source>
        <translation>Punkte als Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>a dot ({roles})</source>
        <translation>einen Punkt ({roles})</translation>
    </message>
    <message>
        <source>a comma for decimals</source>
        <translation>ein Komma als Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>commas between thousands</source>
        <translation>Kommas als Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>a comma ({roles})</source>
        <translation>ein Komma ({roles})</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>kein Trennzeichen</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>month first, e.g. 7/1/2017, 07-01-2017 or 7.1.2017 for 1 July 2017</source>
        <extracomment>The cultures bulk-api-data-format.txt lists for datetime_culture and number_culture.</extracomment>
        <translation>Monat zuerst, z. B. 7/1/2017, 07-01-2017 oder 7.1.2017 für den 1. Juli 2017</translation>
    </message>
    <message>
        <source>day first, e.g. 1/7/2017, 01-07-2017 or 1.7.2017 for 1 July 2017</source>
        <translation>Tag zuerst, z. B. 1/7/2017, 01-07-2017 oder 1.7.2017 für den 1. Juli 2017</translation>
    </message>
    <message>
        <source>year first with 4 digits, e.g. 2017/7/1, 2017-07-01 or 2017.7.1 for 1 July 2017</source>
        <translation>Jahr zuerst mit 4 Stellen, z. B. 2017/7/1, 2017-07-01 oder 2017.7.1 für den 1. Juli 2017</translation>
    </message>
    <message>
        <source>a dot for decimals, e.g. 1,234.56 or 1234.56</source>
        <extracomment>The form the app writes a date in for each culture (Excel date cells, core.mapping): the zero-padded forms :func:`date_examples` lists, which parse_date reads back in that culture.</extracomment>
        <translation>Punkt als Dezimaltrennzeichen, z. B. 1,234.56 oder 1234.56</translation>
    </message>
    <message>
        <source>a comma for decimals and spaces between thousands, e.g. 1 234,56 or 1234,56</source>
        <translation>Komma als Dezimaltrennzeichen und Leerzeichen als Tausendertrennzeichen, z. B. 1 234,56 oder 1234,56</translation>
    </message>
    <message>
        <source>a comma for decimals and dots between thousands, e.g. 1.234,56 or 1234,56</source>
        <translation>Komma als Dezimaltrennzeichen und Punkte als Tausendertrennzeichen, z. B. 1.234,56 oder 1234,56</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The portal&apos;s sign-in answer could not be understood (no access token in it).</source>
        <extracomment>Sign-ins one request may cause: a token that expires during a long back-off is renewed again, never forever.</extracomment>
        <translation>Die Anmeldeantwort des Portals war nicht verständlich (kein Zugriffstoken darin).</translation>
    </message>
    <message>
        <source>Check that the portal address points to a Cornerstone portal.</source>
        <translation>Prüfen Sie, ob die Portaladresse auf ein Cornerstone-Portal verweist.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>der Anmeldung</translation>
    </message>
    <message>
        <source>reading the API specification</source>
        <extracomment>bulk-api-quick-start.txt Step 7 names the variants /report/errors and /report/warnings (the throttling pages say /errors and /warnings: bulk-api-facts.md &quot;[doc, conflicting]&quot;). The ``httpx.Client`` every call goes through (the connection test reaches the portal with it).</extracomment>
        <translation>dem Lesen der API-Spezifikation</translation>
    </message>
    <message>
        <source>reading permissions</source>
        <translation>dem Lesen der Berechtigungen</translation>
    </message>
    <message>
        <source>A custom OU schema needs the custom OU&apos;s type id.</source>
        <translation>Ein benutzerdefiniertes OE-Schema benötigt die Typ-ID der benutzerdefinierten OE.</translation>
    </message>
    <message>
        <source>Pick the custom OU type from the list the portal offers.</source>
        <translation>Wählen Sie den benutzerdefinierten OE-Typ aus der Liste, die das Portal anbietet.</translation>
    </message>
    <message>
        <source>reading the {load_type} schema</source>
        <translation>dem Lesen des Schemas {load_type}</translation>
    </message>
    <message>
        <source>A job needs at least one import.</source>
        <translation>Ein Auftrag benötigt mindestens einen Import.</translation>
    </message>
    <message>
        <source>A job can hold at most {most} imports; this one has {count}.</source>
        <translation>Ein Auftrag kann höchstens {most} Importe enthalten; dieser hat {count}.</translation>
    </message>
    <message>
        <source>Split the files into several jobs.</source>
        <translation>Teilen Sie die Dateien auf mehrere Aufträge auf.</translation>
    </message>
    <message>
        <source>Use an HTTPS address, or leave the callback empty and let the app check the status.</source>
        <translation>Verwenden Sie eine HTTPS-Adresse, oder lassen Sie den Callback leer und lassen Sie die App den Status abfragen.</translation>
    </message>
    <message>
        <source>A custom OU import needs the custom OU&apos;s type id.</source>
        <translation>Ein Import einer benutzerdefinierten OE benötigt die Typ-ID der benutzerdefinierten OE.</translation>
    </message>
    <message>
        <source>creating the job</source>
        <translation>dem Anlegen des Auftrags</translation>
    </message>
    <message>
        <source>The portal&apos;s answer to the new job could not be understood (job or import ids missing).</source>
        <translation>Die Antwort des Portals auf den neuen Auftrag war nicht verständlich (Auftrags- oder Import-IDs fehlen).</translation>
    </message>
    <message>
        <source>checking the job status</source>
        <translation>der Abfrage des Auftragsstatus</translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation>dem Auflisten der Aufträge</translation>
    </message>
    <message>
        <source>Unknown report variant {variant!r}: use full, errors or warnings.</source>
        <translation>Unbekannte Berichtsvariante {variant!r}: Verwenden Sie full, errors oder warnings.</translation>
    </message>
    <message>
        <source>downloading the report</source>
        <translation>dem Herunterladen des Berichts</translation>
    </message>
    <message>
        <source>sending the data</source>
        <translation>dem Senden der Daten</translation>
    </message>
    <message>
        <source>The data was sent but the portal&apos;s answer was lost, and its job status could not be read to confirm it arrived. Nothing was sent twice.</source>
        <translation>Die Daten wurden gesendet, aber die Antwort des Portals ging verloren, und der Auftragsstatus konnte nicht gelesen werden, um ihre Ankunft zu bestätigen. Nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>Check the job&apos;s status later (the app resumes it); send the file again only if the import shows no records.</source>
        <translation>Prüfen Sie den Status des Auftrags später (die App setzt ihn fort); senden Sie die Datei nur dann erneut, wenn der Import keine Datensätze zeigt.</translation>
    </message>
    <message>
        <source>The data was sent but the portal&apos;s answer was lost, and the job status does not list this import. Nothing was sent twice.</source>
        <translation>Die Daten wurden gesendet, aber die Antwort des Portals ging verloren, und der Auftragsstatus führt diesen Import nicht auf. Nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>Check the job in Cornerstone&apos;s Bulk API History page.</source>
        <translation>Prüfen Sie den Auftrag auf der Seite „Bulk API History“ in Cornerstone.</translation>
    </message>
    <message>
        <source>{error}; the portal may or may not have created the job.</source>
        <translation>{error}; das Portal hat den Auftrag möglicherweise angelegt, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>No data was sent. Running the load again is safe; an empty job left behind uses no capacity.</source>
        <translation>Es wurden keine Daten gesendet. Der Ladevorgang kann gefahrlos erneut ausgeführt werden; ein zurückgebliebener leerer Auftrag belegt keine Kapazität.</translation>
    </message>
    <message>
        <source>Not a portal API path: {path!r}.</source>
        <translation>Kein API-Pfad des Portals: {path!r}.</translation>
    </message>
    <message>
        <source>reading from the portal</source>
        <translation>dem Lesen aus dem Portal</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be understood (it was not JSON).</source>
        <translation>Die Antwort des Portals war nicht verständlich (kein JSON).</translation>
    </message>
    <message>
        <source>Check the client id and secret in Cornerstone (Admin &gt; Tools &gt; Edge &gt; API Management) and in this connection profile.</source>
        <translation>Prüfen Sie Client-ID und Client-Geheimnis in Cornerstone (Admin &gt; Tools &gt; Edge &gt; API Management) und in diesem Verbindungsprofil.</translation>
    </message>
    <message>
        <source>In API Management, check that the application has the Bulk API scopes, and that its service account has the &apos;Access Edge Bulk API&apos; permission and the permission for this load type.</source>
        <translation>Prüfen Sie in API Management, ob die Anwendung die Bulk-API-Scopes hat und ob ihr Dienstkonto die Berechtigung „Access Edge Bulk API“ sowie die Berechtigung für diesen Ladetyp besitzt.</translation>
    </message>
    <message>
        <source>The portal said: {message}.</source>
        <translation>Das Portal meldete: {message}.</translation>
    </message>
    <message>
        <source>The portal rejected the client id or secret (HTTP {status} when signing in).</source>
        <translation>Das Portal hat die Client-ID oder das Client-Geheimnis abgelehnt (HTTP {status} bei der Anmeldung).</translation>
    </message>
    <message>
        <source>signing in to the portal</source>
        <translation>der Anmeldung am Portal</translation>
    </message>
    <message>
        <source>The portal refused the request while {what} (HTTP 400).{said}</source>
        <translation>Das Portal hat die Anfrage bei {what} abgelehnt (HTTP 400).{said}</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP 400).{said}</source>
        <translation>Das Portal hat die Anfrage abgelehnt (HTTP 400).{said}</translation>
    </message>
    <message>
        <source>Check the load settings (and that a callback URL starts with https://).</source>
        <translation>Prüfen Sie die Ladeeinstellungen (und ob eine Callback-URL mit https:// beginnt).</translation>
    </message>
    <message>
        <source>The portal refused access while {what} even with a fresh sign-in (HTTP {status}): a scope or permission is missing.{said}</source>
        <translation>Das Portal hat den Zugriff bei {what} auch nach einer neuen Anmeldung verweigert (HTTP {status}): Ein Scope oder eine Berechtigung fehlt.{said}</translation>
    </message>
    <message>
        <source>The portal refused access even with a fresh sign-in (HTTP {status}): a scope or permission is missing.{said}</source>
        <translation>Das Portal hat den Zugriff auch nach einer neuen Anmeldung verweigert (HTTP {status}): Ein Scope oder eine Berechtigung fehlt.{said}</translation>
    </message>
    <message>
        <source>The portal does not know what was asked for while {what} (HTTP 404).{said}</source>
        <translation>Das Portal kennt das bei {what} Angefragte nicht (HTTP 404).{said}</translation>
    </message>
    <message>
        <source>The portal does not know what was asked for (HTTP 404).{said}</source>
        <translation>Das Portal kennt das Angefragte nicht (HTTP 404).{said}</translation>
    </message>
    <message>
        <source>Check the portal address; the job or import may belong to another portal or environment.</source>
        <translation>Prüfen Sie die Portaladresse; der Auftrag oder Import gehört möglicherweise zu einem anderen Portal oder einer anderen Umgebung.</translation>
    </message>
    <message>
        <source>This report is no longer available: Cornerstone keeps results for 30 days.{said}</source>
        <translation>Dieser Bericht ist nicht mehr verfügbar: Cornerstone bewahrt Ergebnisse 30 Tage lang auf.{said}</translation>
    </message>
    <message>
        <source>The portal refused the report download (HTTP 410): a report can be downloaded only five times and none are left.{said}</source>
        <translation>Das Portal hat den Bericht-Download abgelehnt (HTTP 410): Ein Bericht kann nur fünfmal heruntergeladen werden, und es sind keine Downloads mehr übrig.{said}</translation>
    </message>
    <message>
        <source>Use the copy saved by this app, if there is one.</source>
        <translation>Verwenden Sie die von dieser App gespeicherte Kopie, falls vorhanden.</translation>
    </message>
    <message>
        <source>The portal is at capacity while {what} (HTTP 429): too many jobs are queued or too many imports of this type are running.{said}</source>
        <translation>Das Portal ist bei {what} ausgelastet (HTTP 429): Zu viele Aufträge stehen in der Warteschlange oder zu viele Importe dieses Typs laufen.{said}</translation>
    </message>
    <message>
        <source>The portal is at capacity (HTTP 429): too many jobs are queued or too many imports of this type are running.{said}</source>
        <translation>Das Portal ist ausgelastet (HTTP 429): Zu viele Aufträge stehen in der Warteschlange oder zu viele Importe dieses Typs laufen.{said}</translation>
    </message>
    <message>
        <source>Wait for running loads (including ones started in Cornerstone&apos;s own screens) to finish, then try again.</source>
        <translation>Warten Sie, bis laufende Ladevorgänge (auch die in Cornerstone selbst gestarteten) abgeschlossen sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The portal kept answering &apos;too many requests&apos; while {what} (HTTP 429) after several waits.</source>
        <translation>Das Portal antwortete bei {what} auch nach mehreren Wartezeiten weiter mit „too many requests“ (HTTP 429).</translation>
    </message>
    <message>
        <source>The portal kept answering &apos;too many requests&apos; (HTTP 429) after several waits.</source>
        <translation>Das Portal antwortete auch nach mehreren Wartezeiten weiter mit „too many requests“ (HTTP 429).</translation>
    </message>
    <message>
        <source>Another program may be using the same API application; try again in a few minutes.</source>
        <translation>Möglicherweise verwendet ein anderes Programm dieselbe API-Anwendung; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The portal had a problem on its side while {what} (HTTP {status}) and kept failing after several tries.{said}</source>
        <translation>Das Portal hatte bei {what} ein Problem auf seiner Seite (HTTP {status}) und schlug auch nach mehreren Versuchen fehl.{said}</translation>
    </message>
    <message>
        <source>The portal had a problem on its side (HTTP {status}) and kept failing after several tries.{said}</source>
        <translation>Das Portal hatte ein Problem auf seiner Seite (HTTP {status}) und schlug auch nach mehreren Versuchen fehl.{said}</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error while {what} (HTTP {status}).{said}</source>
        <translation>Das Portal antwortete bei {what} mit einem unerwarteten Fehler (HTTP {status}).{said}</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error (HTTP {status}).{said}</source>
        <translation>Das Portal antwortete mit einem unerwarteten Fehler (HTTP {status}).{said}</translation>
    </message>
    <message>
        <source>The portal{where} did not answer the connection in time while {what}.</source>
        <translation>Das Portal{where} hat bei {what} nicht rechtzeitig auf den Verbindungsaufbau geantwortet.</translation>
    </message>
    <message>
        <source>The portal{where} did not answer the connection in time.</source>
        <translation>Das Portal{where} hat nicht rechtzeitig auf den Verbindungsaufbau geantwortet.</translation>
    </message>
    <message>
        <source>Check the network connection and the portal address.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Portaladresse.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to the portal{where} while {what}.</source>
        <translation>Der Proxy hat bei {what} die Verbindung zum Portal{where} abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to the portal{where}.</source>
        <translation>Der Proxy hat die Verbindung zum Portal{where} abgelehnt.</translation>
    </message>
    <message>
        <source>Check the proxy address, user name and password in the profile&apos;s Advanced section, or ask IT which proxy to use.</source>
        <translation>Prüfen Sie Proxy-Adresse, Benutzername und Passwort im Bereich „Erweitert“ des Profils, oder fragen Sie die IT, welcher Proxy zu verwenden ist.</translation>
    </message>
    <message>
        <source>The secure connection to the portal{where} could not be verified while {what}.</source>
        <translation>Die sichere Verbindung zum Portal{where} konnte bei {what} nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The secure connection to the portal{where} could not be verified.</source>
        <translation>Die sichere Verbindung zum Portal{where} konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The portal{where} could not be reached while {what}.</source>
        <translation>Das Portal{where} war bei {what} nicht erreichbar.</translation>
    </message>
    <message>
        <source>The portal{where} could not be reached.</source>
        <translation>Das Portal{where} war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the network connection and the portal address (and the proxy settings, if any).</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Portaladresse (und gegebenenfalls die Proxy-Einstellungen).</translation>
    </message>
    <message>
        <source>The portal{where} did not answer in time while {what}.</source>
        <translation>Das Portal{where} hat bei {what} nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The portal{where} did not answer in time.</source>
        <translation>Das Portal{where} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The portal address is not usable while {what}: {reason}.</source>
        <translation>Die Portaladresse ist bei {what} nicht verwendbar: {reason}.</translation>
    </message>
    <message>
        <source>The portal address is not usable: {reason}.</source>
        <translation>Die Portaladresse ist nicht verwendbar: {reason}.</translation>
    </message>
    <message>
        <source>Check the portal address.</source>
        <translation>Prüfen Sie die Portaladresse.</translation>
    </message>
    <message>
        <source>The connection to the portal{where} was interrupted while {what}.</source>
        <translation>Die Verbindung zum Portal{where} wurde bei {what} unterbrochen.</translation>
    </message>
    <message>
        <source>The connection to the portal{where} was interrupted.</source>
        <translation>Die Verbindung zum Portal{where} wurde unterbrochen.</translation>
    </message>
    <message>
        <source>A company proxy may be inspecting TLS: it shows its own certificate instead of the portal&apos;s. Ask IT to install the company&apos;s root certificate in this computer&apos;s certificate store (the one the web browser uses), or to exempt *.csod.com from TLS inspection.</source>
        <translation>Möglicherweise prüft ein Firmen-Proxy TLS: Er zeigt sein eigenes Zertifikat statt dem des Portals. Bitten Sie die IT, das Stammzertifikat des Unternehmens im Zertifikatspeicher dieses Computers zu installieren (den der Webbrowser verwendet) oder *.csod.com von der TLS-Prüfung auszunehmen.</translation>
    </message>
    <message>
        <source>Plain http is only used for this computer, not {host}.</source>
        <translation>Unverschlüsseltes http wird nur für diesen Computer verwendet, nicht für {host}.</translation>
    </message>
    <message>
        <source>Stopped reading the portal&apos;s data at your request.</source>
        <translation>Lesen der Portaldaten auf Ihren Wunsch abgebrochen.</translation>
    </message>
    <message>
        <source>The payload file {path} cannot be read ({reason}).</source>
        <translation>Die Sendedatei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Prepare the payload again.</source>
        <translation>Bereiten Sie die Sendedaten erneut vor.</translation>
    </message>
    <message>
        <source>The payload is {size:.1f} MB: Cornerstone requires payloads over 20 MB to be gzip-compressed.</source>
        <translation>Die Sendedaten sind {size:.1f} MB groß: Cornerstone verlangt, dass Sendedaten über 20 MB mit gzip komprimiert sind.</translation>
    </message>
    <message>
        <source>Prepare the payload again; the app compresses large payloads itself.</source>
        <translation>Bereiten Sie die Sendedaten erneut vor; die App komprimiert große Sendedaten selbst.</translation>
    </message>
    <message>
        <source>The environment {environment!r} is not known.</source>
        <translation>Die Umgebung {environment!r} ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Choose production, stage or pilot, or give the portal&apos;s root URL instead.</source>
        <translation>Wählen Sie production, stage oder pilot, oder geben Sie stattdessen die Stamm-URL des Portals an.</translation>
    </message>
    <message>
        <source>The portal name {portal!r} is not valid.</source>
        <translation>Der Portalname {portal!r} ist nicht gültig.</translation>
    </message>
    <message>
        <source>Use the first part of your portal address: &apos;acme&apos; for https://acme.csod.com.</source>
        <translation>Verwenden Sie den ersten Teil Ihrer Portaladresse: „acme“ für https://acme.csod.com.</translation>
    </message>
    <message>
        <source>No portal root URL was given.</source>
        <translation>Es wurde keine Stamm-URL des Portals angegeben.</translation>
    </message>
    <message>
        <source>Example: https://acme.csod.com</source>
        <translation>Beispiel: https://acme.csod.com</translation>
    </message>
    <message>
        <source>The portal address {url!r} is not a web address.</source>
        <translation>Die Portaladresse {url!r} ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The portal address {url!r} uses http://, which would send the client secret unencrypted.</source>
        <translation>Die Portaladresse {url!r} verwendet http://, wodurch das Client-Geheimnis unverschlüsselt gesendet würde.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for the local sandbox on this computer).</source>
        <translation>Verwenden Sie https:// (unverschlüsseltes http ist nur für die lokale Sandbox auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name or password.</source>
        <translation>Die Portaladresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Give the client id and secret in their own fields.</source>
        <translation>Geben Sie Client-ID und Client-Geheimnis in ihren eigenen Feldern an.</translation>
    </message>
    <message>
        <source>No portal was given.</source>
        <translation>Es wurde kein Portal angegeben.</translation>
    </message>
    <message>
        <source>Give the portal name (and environment) or its root URL.</source>
        <translation>Geben Sie den Portalnamen (und die Umgebung) oder seine Stamm-URL an.</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <extracomment>A short next step, shown under the message where there is room (&quot;Check the secret in ...&quot;).</extracomment>
        <translation>Auf Ihren Wunsch abgebrochen.</translation>
    </message>
    <message>
        <source>Could not create a payload folder in {payloads_root}.</source>
        <translation>Im Ordner {payloads_root} konnte kein Ordner für Sendedaten angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write {name} in the cache ({reason}): {parent}.</source>
        <translation>{name} konnte nicht in den Cache geschrieben werden ({reason}): {parent}.</translation>
    </message>
    <message>
        <source>Could not copy {name} into the cache ({reason}).</source>
        <translation>{name} konnte nicht in den Cache kopiert werden ({reason}).</translation>
    </message>
    <message>
        <source>Job {label} is {driver}; it is left to that process, so nothing is sent twice.</source>
        <extracomment>How often a held claim&apos;s heartbeat is renewed, and how old a heartbeat may get before a driver that cannot be checked otherwise counts as gone.</extracomment>
        <translation>Auftrag {label} ist {driver}; er wird diesem Prozess überlassen, damit nichts doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>Wait for that run to finish. If it has stopped responding, close it; this job can then be resumed here.</source>
        <translation>Warten Sie, bis dieser Lauf abgeschlossen ist. Wenn er nicht mehr reagiert, schließen Sie ihn; dieser Auftrag kann dann hier fortgesetzt werden.</translation>
    </message>
    <message>
        <source>It is now {driver}.</source>
        <translation>Er ist jetzt {driver}.</translation>
    </message>
    <message>
        <source>This run no longer drives job {label}; its data was not sent from here.{taker}</source>
        <translation>Dieser Lauf steuert den Auftrag {label} nicht mehr; seine Daten wurden nicht von hier gesendet.{taker}</translation>
    </message>
    <message>
        <source>Another csod-desktop took the job over (this one had stopped responding): it finishes the job.</source>
        <translation>Ein anderes csod-desktop hat den Auftrag übernommen (dieses reagierte nicht mehr): Es schließt den Auftrag ab.</translation>
    </message>
    <message>
        <source>The job journal could not be opened ({error}): {path}.</source>
        <translation>Das Auftragsjournal konnte nicht geöffnet werden ({error}): {path}.</translation>
    </message>
    <message>
        <source>Another copy of csod-desktop may be holding it, or the file is damaged.</source>
        <translation>Möglicherweise hält eine andere Instanz von csod-desktop es geöffnet, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The job journal was written by a newer csod-desktop (schema {version}, this one reads up to {supported}).</source>
        <translation>Das Auftragsjournal wurde von einer neueren csod-desktop-Version geschrieben (Schema {version}, diese liest bis {supported}).</translation>
    </message>
    <message>
        <source>Update csod-desktop, or point CSOD_DESKTOP_HOME at another folder.</source>
        <translation>Aktualisieren Sie csod-desktop, oder lassen Sie CSOD_DESKTOP_HOME auf einen anderen Ordner zeigen.</translation>
    </message>
    <message>
        <source>The job journal could not be prepared ({error}): {path}.</source>
        <translation>Das Auftragsjournal konnte nicht vorbereitet werden ({error}): {path}.</translation>
    </message>
    <message>
        <source>The file may be damaged: move it aside and start again (history would be lost).</source>
        <translation>Die Datei ist möglicherweise beschädigt: Verschieben Sie sie und beginnen Sie neu (der Verlauf ginge verloren).</translation>
    </message>
    <message>
        <source>The job journal is closed.</source>
        <translation>Das Auftragsjournal ist geschlossen.</translation>
    </message>
    <message>
        <source>The job journal is busy or read-only ({error}).</source>
        <translation>Das Auftragsjournal ist belegt oder schreibgeschützt ({error}).</translation>
    </message>
    <message>
        <source>Close other copies of csod-desktop and try again.</source>
        <translation>Schließen Sie andere Instanzen von csod-desktop und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The job journal could not be read or written ({error}): {path}.</source>
        <translation>Das Auftragsjournal konnte nicht gelesen oder geschrieben werden ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that no other program locks the file; nothing was lost.</source>
        <translation>Prüfen Sie, ob der Datenträger voll ist oder ein anderes Programm die Datei sperrt; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The portal returned {count} import ids for a job of {imports} imports.</source>
        <translation>Das Portal hat {count} Import-IDs für einen Auftrag mit {imports} Importen zurückgegeben.</translation>
    </message>
    <message>
        <source>The journal has no import #{import_ref}.</source>
        <translation>Das Journal enthält keinen Import Nr. {import_ref}.</translation>
    </message>
    <message>
        <source>The journal has no job #{job_ref}.</source>
        <translation>Das Journal enthält keinen Auftrag Nr. {job_ref}.</translation>
    </message>
    <message>
        <source>The report download cap must be a whole number from 1 to {limit} (Cornerstone allows {limit} downloads per import); got {cap!r}.</source>
        <translation>Die Obergrenze für Bericht-Downloads muss eine ganze Zahl von 1 bis {limit} sein (Cornerstone erlaubt {limit} Downloads pro Import); erhalten: {cap!r}.</translation>
    </message>
    <message>
        <source>The report of import {import_id} was not downloaded: {used} of {limit} downloads used; the cap is {cap}.</source>
        <translation>Der Bericht von Import {import_id} wurde nicht heruntergeladen: {used} von {limit} Downloads verbraucht; die Obergrenze ist {cap}.</translation>
    </message>
    <message>
        <source>Cornerstone allows five downloads per import. Use the saved copy, or raise the cap in the settings (at most 5) if you really need another download.</source>
        <translation>Cornerstone erlaubt fünf Downloads pro Import. Verwenden Sie die gespeicherte Kopie, oder erhöhen Sie die Obergrenze in den Einstellungen (höchstens 5), wenn Sie wirklich einen weiteren Download brauchen.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <extracomment>Portal environments (bulk-api-facts.md, &quot;Hosts and paths&quot;). The name of the profile a command builds from ``--base-url`` or ``--portal`` (never saved). The sandbox&apos;s public demo credentials (team/INTERFACES.md, &quot;Shared constants&quot;); printed by ``csod-desktop sandbox``, so they are not a secret and need no keyring. An explicit proxy for this portal (``http://proxy.acme.local:8080``); None: this computer&apos;s settings. The proxy&apos;s user name, when it asks for one; the password lives in the keyring (``store.secrets``).</extracomment>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Profile {name!r} has no portal address.</source>
        <translation>Profil {name!r} hat keine Portaladresse.</translation>
    </message>
    <message>
        <source>Profile {name!r} has no client id.</source>
        <translation>Profil {name!r} hat keine Client-ID.</translation>
    </message>
    <message>
        <source>Copy it from API Management.</source>
        <translation>Kopieren Sie sie aus API Management.</translation>
    </message>
    <message>
        <source>Unknown portal environment {environment!r}: use production, stage or pilot.</source>
        <translation>Unbekannte Portalumgebung {environment!r}: Verwenden Sie production, stage oder pilot.</translation>
    </message>
    <message>
        <source>A saved profile is missing its {field!r} field.</source>
        <translation>Einem gespeicherten Profil fehlt das Feld {field!r}.</translation>
    </message>
    <message>
        <source>The proxy {url!r} is not a proxy address.</source>
        <translation>Der Proxy {url!r} ist keine Proxy-Adresse.</translation>
    </message>
    <message>
        <source>Example: http://proxy.acme.local:8080 (ask IT for it; leave it empty to use this computer&apos;s settings).</source>
        <translation>Beispiel: http://proxy.acme.local:8080 (fragen Sie die IT danach; leer lassen, um die Einstellungen dieses Computers zu verwenden).</translation>
    </message>
    <message>
        <source>The proxy address must not contain a user name or password.</source>
        <translation>Die Proxy-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name in its own field; the password is kept in the keyring.</source>
        <translation>Geben Sie den Benutzernamen des Proxys in dessen eigenem Feld an; das Passwort wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The saved profiles could not be read ({reason}): {path}.</source>
        <translation>Die gespeicherten Profile konnten nicht gelesen werden ({reason}): {path}.</translation>
    </message>
    <message>
        <source>The saved profiles file is damaged (line {lineno}): {path}.</source>
        <translation>Die Datei der gespeicherten Profile ist beschädigt (Zeile {lineno}): {path}.</translation>
    </message>
    <message>
        <source>Fix or delete the file, then add the profiles again.</source>
        <translation>Korrigieren oder löschen Sie die Datei und fügen Sie die Profile dann erneut hinzu.</translation>
    </message>
    <message>
        <source>The saved profiles file has an unexpected shape: {path}.</source>
        <translation>Die Datei der gespeicherten Profile hat einen unerwarteten Aufbau: {path}.</translation>
    </message>
    <message>
        <source>There is no saved profile called {name!r} (saved profiles: {known}).</source>
        <translation>Es gibt kein gespeichertes Profil namens {name!r} (gespeicherte Profile: {known}).</translation>
    </message>
    <message>
        <source>Create it in the app&apos;s Connect step, or check the spelling.</source>
        <translation>Legen Sie es im Schritt „Verbinden“ der App an, oder prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>A profile called {name!r} already exists.</source>
        <translation>Ein Profil namens {name!r} existiert bereits.</translation>
    </message>
    <message>
        <source>Could not save {name} ({reason}): {parent}.</source>
        <translation>{name} konnte nicht gespeichert werden ({reason}): {parent}.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>Das Client-Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>Copy it again from API Management.</source>
        <translation>Kopieren Sie es erneut aus API Management.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keyring could not be read (it may be locked).</source>
        <extracomment>Where it came from: &quot;keyring&quot;, &quot;environment&quot;, &quot;entered&quot;, &quot;file&quot; or &quot;sandbox&quot;.</extracomment>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden (er ist möglicherweise gesperrt).</translation>
    </message>
    <message>
        <source>Unlock it, or enter the secret for this session.</source>
        <translation>Entsperren Sie ihn, oder geben Sie das Geheimnis für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>The client secret could not be saved in the operating system&apos;s keyring.</source>
        <translation>Das Client-Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden.</translation>
    </message>
    <message>
        <source>A proxy password needs the proxy&apos;s user name.</source>
        <translation>Ein Proxy-Passwort erfordert den Benutzernamen des Proxys.</translation>
    </message>
    <message>
        <source>Fill in the proxy user field.</source>
        <translation>Füllen Sie das Feld „Proxy-Benutzer“ aus.</translation>
    </message>
    <message>
        <source>Without a keyring the proxy password cannot be kept.</source>
        <translation>Ohne Schlüsselbund kann das Proxy-Passwort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the operating system&apos;s keyring.</source>
        <translation>Das Proxy-Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden.</translation>
    </message>
    <message>
        <source>No client secret is saved for the profile {name!r}.</source>
        <translation>Für das Profil {name!r} ist kein Client-Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Enter it (tick &apos;remember&apos; to keep it in the keyring) or set CSOD_CLIENT_SECRET.</source>
        <translation>Geben Sie es ein (kreuzen Sie „speichern“ an, um es im Schlüsselbund zu behalten) oder setzen Sie CSOD_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be opened ({error}): {path}.</source>
        <translation>Das gemeinsame Anfragekontingent konnte nicht geöffnet werden ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check that the app&apos;s data folder is writable; another copy of csod-desktop may hold it.</source>
        <translation>Prüfen Sie, ob der Datenordner der App beschreibbar ist; möglicherweise hält eine andere Instanz von csod-desktop ihn belegt.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be read ({error}): {path}.</source>
        <translation>Das gemeinsame Anfragekontingent konnte nicht gelesen werden ({error}): {path}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, close other copies of csod-desktop.</source>
        <translation>Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, schließen Sie andere Instanzen von csod-desktop.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be written ({error}): {path}.</source>
        <translation>Das gemeinsame Anfragekontingent konnte nicht geschrieben werden ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check the free space of the disk that holds the app&apos;s data folder.</source>
        <translation>Prüfen Sie den freien Speicherplatz des Datenträgers mit dem Datenordner der App.</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message numerus="yes">
        <source>Creating the job (%n import(s))</source>
        <translation>
            <numerusform>Auftrag wird angelegt (%n Import)</numerusform>
            <numerusform>Auftrag wird angelegt (%n Importe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {job_id} created</source>
        <translation>Auftrag {job_id} angelegt</translation>
    </message>
    <message>
        <source>Sending the data of import {position} of {count}</source>
        <translation>Daten von Import {position} von {count} werden gesendet</translation>
    </message>
    <message>
        <source>Data of import {position} of {count} received by the portal (confirmed by the job status; not sent twice)</source>
        <translation>Daten von Import {position} von {count} vom Portal empfangen (durch den Auftragsstatus bestätigt; nicht doppelt gesendet)</translation>
    </message>
    <message>
        <source>Data of import {position} of {count} received by the portal</source>
        <translation>Daten von Import {position} von {count} vom Portal empfangen</translation>
    </message>
    <message>
        <source>Next status check at {time}</source>
        <translation>Nächste Statusabfrage um {time}</translation>
    </message>
    <message>
        <source>{status} {loaded}/{total} loaded, {failed} failed</source>
        <translation>{status} {loaded}/{total} geladen, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{status} {loaded}/{total} loaded</source>
        <translation>{status} {loaded}/{total} geladen</translation>
    </message>
    <message>
        <source>Job {job_id}: {statuses}</source>
        <translation>Auftrag {job_id}: {statuses}</translation>
    </message>
    <message>
        <source>Status check failed ({problem}); trying again later</source>
        <translation>Statusabfrage fehlgeschlagen ({problem}); neuer Versuch später</translation>
    </message>
    <message>
        <source>Report of import {import_id} from the saved copy ({usage})</source>
        <translation>Bericht von Import {import_id} aus der gespeicherten Kopie ({usage})</translation>
    </message>
    <message>
        <source>Report of import {import_id} downloaded ({usage})</source>
        <translation>Bericht von Import {import_id} heruntergeladen ({usage})</translation>
    </message>
    <message>
        <source>Import {import_id}: {reason}</source>
        <translation>Import {import_id}: {reason}</translation>
    </message>
    <message>
        <source>The report of import {import_id} is not ready yet on the portal; asking again at {time}</source>
        <translation>Der Bericht von Import {import_id} ist im Portal noch nicht bereit; erneute Anfrage um {time}</translation>
    </message>
    <message>
        <source>Job {job_id}: skipped, {driver}</source>
        <translation>Auftrag {job_id}: übersprungen, {driver}</translation>
    </message>
    <message>
        <source>Job {job_id}: finished</source>
        <translation>Auftrag {job_id}: abgeschlossen</translation>
    </message>
    <message>
        <source>Job {job_id}: failed</source>
        <translation>Auftrag {job_id}: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Job {job_id}: abandoned</source>
        <translation>Auftrag {job_id}: aufgegeben</translation>
    </message>
    <message>
        <source>Job {job_id}: {state}</source>
        <translation>Auftrag {job_id}: {state}</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>The callback address must start with https:// (Cornerstone refuses plain http).</source>
        <extracomment>A portal environment queues at most 50 jobs (bulk-api-facts.md, &quot;Capacity and data limits&quot;). At most 5 imports of one load type run at once, 15 for custom OUs (same section). One payload: at most 300 columns and 1,000,000 records; records past 1,000,000 are dropped silently by the portal, so the client splits instead (bulk-api-facts.md, &quot;Capacity and data limits&quot;). Payloads over 20 MB must be gzip-compressed and sent with Content-Encoding: gzip (same section; employee-ou-api-facts.md §4 &quot;Data-limit wording&quot;: before or after compression is [unknown]). Reports and payloads are kept 30 days from the import&apos;s creation (bulk-api-facts.md, same section). A report can be downloaded 5 times; the 6th call answers 410 (same section). Tokens last ``expires_in`` seconds, 3600 by default (bulk-api-facts.md, &quot;Hosts and paths&quot;). Bucket names. SHARED is the one five-per-minute bucket of schemas, specification, job creation and job status; REPORTS the report and its errors and warnings variants together (bulk-api-facts.md, &quot;Endpoints, scopes and throttles&quot;). Two more rows of the Employee/OU throttling table (employee-ou-api-facts.md, §1 &quot;Throttles&quot; and §2 &quot;Endpoints&quot;): EMPLOYEE is the three 150-per-minute rows (``GET /employees/*``, ``POST /employees``, ``PATCH /employees/*``) counted together (whether they share a budget is [unknown]; one budget can only be slower, never refused), OU_SPECIFICATIONS is ``GET /organizations/v1/specifications``. The list endpoints the client reads (EMPLOYEES, OUS, OU_TYPES) are below, with their paths. The read endpoints of the portal&apos;s own data (employee-ou-api-facts.md §1 &quot;Paths and methods&quot;, §2 &quot;Endpoints&quot;): the employee list, the OU list and the OU types. Throttle buckets of those endpoints: &quot;GET - Bulk&quot; employees 75/min, 4,500/h, 108,000/day (§1 &quot;Throttles&quot;); ``/ous`` and ``/types`` 300/min, 18,000/h, 432,000/day each (§2 &quot;Endpoints&quot;). Limits are counted per URI (§3, the Security Module TIP, *inference* for this API), so ``/ous`` and ``/types`` are two buckets. Every Employee API v2 GET needs the scope ``employee:read`` (§1 &quot;Scopes and permissions&quot;). The OU API&apos;s scope is unpublished (§2 &quot;Scopes and permissions&quot; [unknown]). Our choice, written in the sandbox README (&quot;Choices where the reference is silent&quot;): the same ``employee:read``, since &quot;one scope can open more than one API endpoint&quot; (§1) and the OU API is part of the same Employee/OU API product. Default page sizes: 50 records on Employee endpoints, 100 on OU endpoints (§1 &quot;Paging&quot;). A ``nextPageToken`` lives 5 minutes from the response that carried it (§1 &quot;Paging&quot;). OUR policy, not Cornerstone&apos;s: a ReconcileUsers load that would deactivate more than this share of the portal&apos;s active employees needs an explicit override (the window&apos;s tick box, the CLI&apos;s ``--max-deactivations``). Cornerstone itself deactivates whatever is missing, without a limit. The portal&apos;s throttle counters, sent with its answers (employee-ou-api-facts.md §3, from Cornerstone&apos;s getting-started throttling page): the limit per hour of the call&apos;s URI, and what is left of it in the current hour. &quot;Throttling limits are also tracked at the minute level, as the hourly limit / 60.&quot; The window the two headers count in, in seconds.</extracomment>
        <translation>Die Callback-Adresse muss mit https:// beginnen (Cornerstone lehnt unverschlüsseltes http ab).</translation>
    </message>
    <message>
        <source>The callback address is not a complete web address (https://host/path).</source>
        <translation>Die Callback-Adresse ist keine vollständige Webadresse (https://host/path).</translation>
    </message>
</context>
<context>
    <name>governor</name>
    <message>
        <source>waiting {seconds} s for the portal&apos;s rate limit</source>
        <extracomment>Waits shorter than this are not announced (a status line that flickers helps nobody). The documented buckets of ``csod_desktop.facts`` as sliding windows. /permissions has no published limit: the governor keeps it modest and apart, so it never eats into the shared bucket status polling needs.</extracomment>
        <translation>wartet {seconds} s wegen des Anfragelimits</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
    <message>
        <source>This installation of csod-desktop cannot write DuckDB files: its duckdb library is missing.</source>
        <extracomment>The job fields of a history row: the DuckDB ``jobs`` table has these, one row per job. The DuckDB ``imports`` table: one row per import, joined to ``jobs`` on ``job_ref`` (``job_id`` kept too, as the Bulk API&apos;s imports carry their job&apos;s id).</extracomment>
        <translation>Diese Installation von csod-desktop kann keine DuckDB-Dateien schreiben: Ihre duckdb-Bibliothek fehlt.</translation>
    </message>
    <message>
        <source>Export the history as CSV instead, or reinstall csod-desktop to get the DuckDB export back.</source>
        <translation>Exportieren Sie den Verlauf stattdessen als CSV, oder installieren Sie csod-desktop neu, um den DuckDB-Export zurückzuerhalten.</translation>
    </message>
    <message>
        <source>already being run by this csod-desktop (pid {pid})</source>
        <translation>bereits in Ausführung durch dieses csod-desktop (PID {pid})</translation>
    </message>
    <message>
        <source>being run by another csod-desktop (pid {pid})</source>
        <translation>in Ausführung durch ein anderes csod-desktop (PID {pid})</translation>
    </message>
    <message>
        <source>being run by another csod-desktop (pid {pid} on {host})</source>
        <translation>in Ausführung durch ein anderes csod-desktop (PID {pid} auf {host})</translation>
    </message>
</context>
<context>
    <name>loads</name>
    <message>
        <source>The payload file {payload} is missing.</source>
        <translation>Die Sendedatei {payload} fehlt.</translation>
    </message>
    <message>
        <source>Prepare the load again.</source>
        <translation>Bereiten Sie den Ladevorgang erneut vor.</translation>
    </message>
    <message>
        <source>The data of import {import_id} is no longer on this computer, so it cannot be sent.</source>
        <translation>Die Daten von Import {import_id} sind nicht mehr auf diesem Computer und können daher nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Load the file again as a new job.</source>
        <translation>Laden Sie die Datei erneut als neuen Auftrag.</translation>
    </message>
    <message>
        <source>This run no longer drives job #{job_ref}: another csod-desktop took it over.</source>
        <translation>Dieser Lauf steuert den Auftrag Nr. {job_ref} nicht mehr: Ein anderes csod-desktop hat ihn übernommen.</translation>
    </message>
    <message>
        <source>That process finishes the job; nothing was sent twice.</source>
        <translation>Dieser Prozess schließt den Auftrag ab; nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>The job stays in the journal: reopen the app or run &apos;csod-desktop resume&apos; to finish it.</source>
        <translation>Der Auftrag bleibt im Journal: Öffnen Sie die App erneut oder führen Sie „csod-desktop resume“ aus, um ihn abzuschließen.</translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <source>The file has no column named {columns}.</source>
        <translation>Die Datei hat keine Spalte namens {columns}.</translation>
    </message>
    <message>
        <source>Map those properties to columns of this file, or unmap them.</source>
        <translation>Ordnen Sie diese Eigenschaften Spalten dieser Datei zu, oder heben Sie ihre Zuordnung auf.</translation>
    </message>
    <message>
        <source>This is not a csod-desktop mapping template (no &quot;columns&quot;).</source>
        <translation>Dies ist keine Zuordnungsvorlage von csod-desktop (kein Eintrag &quot;columns&quot;).</translation>
    </message>
    <message>
        <source>The mapping template is damaged ({problem}).</source>
        <translation>Die Zuordnungsvorlage ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; now loads into {field} (it loaded into {before}).</source>
        <translation>„{column}“ wird jetzt in {field} geladen (vorher in {before}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; now loads into {field}.</source>
        <translation>„{column}“ wird jetzt in {field} geladen.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; no longer loads into {field}: a field takes one column, and &apos;{taker}&apos; has it now.</source>
        <translation>„{column}“ wird nicht mehr in {field} geladen: Ein Feld nimmt nur eine Spalte auf, und „{taker}“ hat es jetzt.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is no longer loaded (it loaded into {field}).</source>
        <translation>„{column}“ wird nicht mehr geladen (vorher in {field}).</translation>
    </message>
    <message>
        <source>The values of {field} now translate {count} value(s) of your file.</source>
        <translation>Für {field} werden jetzt {count} Wert(e) Ihrer Datei übersetzt.</translation>
    </message>
    <message>
        <source>The values of {field} are no longer translated.</source>
        <translation>Die Werte von {field} werden nicht mehr übersetzt.</translation>
    </message>
    <message>
        <source>{field} is &apos;{value}&apos; on every record where the file gives no value.</source>
        <translation>{field} ist „{value}“ in jedem Datensatz, für den die Datei keinen Wert angibt.</translation>
    </message>
    <message>
        <source>The constant &apos;{before}&apos; of {field} is removed.</source>
        <translation>Die Konstante „{before}“ von {field} ist entfernt.</translation>
    </message>
    <message>
        <source>The constant of {field} is &apos;{value}&apos; now: it replaces &apos;{before}&apos;.</source>
        <translation>Die Konstante von {field} ist jetzt „{value}“: Sie ersetzt „{before}“.</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>the operating system&apos;s certificate store and the certificates in {file}</source>
        <translation>dem Zertifikatsspeicher des Betriebssystems und den Zertifikaten in {file}</translation>
    </message>
    <message>
        <source>the operating system&apos;s certificate store</source>
        <translation>dem Zertifikatsspeicher des Betriebssystems</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle (the operating system&apos;s store could not be used) and the certificates in {file}</source>
        <translation>dem Zertifikatspaket von certifi (der Speicher des Betriebssystems konnte nicht verwendet werden) und den Zertifikaten in {file}</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle (the operating system&apos;s store could not be used)</source>
        <translation>dem Zertifikatspaket von certifi (der Speicher des Betriebssystems konnte nicht verwendet werden)</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle and the certificates in {file}</source>
        <translation>dem Zertifikatspaket von certifi und den Zertifikaten in {file}</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle</source>
        <translation>dem Zertifikatspaket von certifi</translation>
    </message>
    <message>
        <source>this computer: a loopback address never goes through a proxy</source>
        <extracomment>Who decided a route (:attr:`Route.reason`).</extracomment>
        <translation>dieser Computer: Eine Loopback-Adresse geht nie über einen Proxy</translation>
    </message>
    <message>
        <source>from this profile</source>
        <translation>aus diesem Profil</translation>
    </message>
    <message>
        <source>no proxy set</source>
        <translation>kein Proxy festgelegt</translation>
    </message>
    <message>
        <source>no proxy set on this computer</source>
        <translation>auf diesem Computer ist kein Proxy festgelegt</translation>
    </message>
    <message>
        <source>this address is in the computer&apos;s no-proxy list</source>
        <translation>diese Adresse steht in der Proxy-Ausnahmeliste des Computers</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>aus {variable}</translation>
    </message>
    <message>
        <source>from this computer&apos;s proxy settings</source>
        <translation>aus den Proxy-Einstellungen dieses Computers</translation>
    </message>
    <message>
        <source>direct connection (this computer: a loopback address never goes through a proxy)</source>
        <translation>direkte Verbindung (dieser Computer: Eine Loopback-Adresse geht nie über einen Proxy)</translation>
    </message>
    <message>
        <source>direct connection (no proxy set)</source>
        <translation>direkte Verbindung (kein Proxy festgelegt)</translation>
    </message>
    <message>
        <source>direct connection (this address is in the computer&apos;s no-proxy list)</source>
        <translation>direkte Verbindung (diese Adresse steht in der Proxy-Ausnahmeliste des Computers)</translation>
    </message>
    <message>
        <source>direct connection (no proxy set on this computer)</source>
        <translation>direkte Verbindung (auf diesem Computer ist kein Proxy festgelegt)</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from this profile)</source>
        <translation>über den Proxy {proxy} (aus diesem Profil)</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from {variable})</source>
        <translation>über den Proxy {proxy} (aus {variable})</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from this computer&apos;s proxy settings)</source>
        <translation>über den Proxy {proxy} (aus den Proxy-Einstellungen dieses Computers)</translation>
    </message>
    <message>
        <source>{route}; certificates checked against {store}</source>
        <translation>{route}; Zertifikate geprüft mit {store}</translation>
    </message>
</context>
<context>
    <name>payload</name>
    <message>
        <source>The file has {records} records to send but one import accepts at most {limit}; the portal would drop the rest without saying so.</source>
        <extracomment>ISA-L level 1: several times faster than zlib level 6 for a few percent of size (payload text). Records per write: small enough that no full copy of the frame is ever made, big enough for polars&apos; parallel writer.</extracomment>
        <translation>Die Datei hat {records} zu sendende Datensätze, aber ein Import nimmt höchstens {limit} an; das Portal würde den Rest ohne Hinweis verwerfen.</translation>
    </message>
    <message>
        <source>Split the load into several imports of the same job, or send fewer records.</source>
        <translation>Teilen Sie den Ladevorgang auf mehrere Importe desselben Auftrags auf, oder senden Sie weniger Datensätze.</translation>
    </message>
    <message>
        <source>No column is mapped, so there is nothing to send.</source>
        <translation>Keine Spalte ist zugeordnet, daher gibt es nichts zu senden.</translation>
    </message>
    <message>
        <source>Map at least the required properties.</source>
        <translation>Ordnen Sie mindestens die erforderlichen Eigenschaften zu.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Map the file&apos;s columns first.</source>
        <translation>Ordnen Sie zuerst die Spalten der Datei zu.</translation>
    </message>
    <message>
        <source>Go to the Map step.</source>
        <translation>Wechseln Sie zum Schritt „Zuordnung“.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>invalid and excluded</source>
        <translation>ungültig und ausgeschlossen</translation>
    </message>
    <message>
        <source>in another import (one holds {count} records)</source>
        <translation>in einem anderen Import (einer enthält {count} Datensätze)</translation>
    </message>
    <message>
        <source>ReconcileUsers is on, so the portal deactivates every employee missing from the payload, and {count} record(s) of this file would be missing from it: {records}. Nothing was sent.</source>
        <translation>ReconcileUsers ist aktiviert, daher deaktiviert das Portal jeden Mitarbeiter, der in den Sendedaten fehlt, und Datensätze dieser Datei würden darin fehlen ({count}): {records}. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Fix those records so that every record is sent (an excluded or invalid record is a deactivated person), or turn ReconcileUsers off.</source>
        <translation>Korrigieren Sie diese Datensätze, sodass jeder Datensatz gesendet wird (ein ausgeschlossener oder ungültiger Datensatz ist eine deaktivierte Person), oder deaktivieren Sie ReconcileUsers.</translation>
    </message>
    <message>
        <source>The file cannot be sent as it is: {message}</source>
        <translation>Die Datei kann so nicht gesendet werden: {message}</translation>
    </message>
    <message>
        <source>Mapping changed.</source>
        <extracomment>Share of a check&apos;s progress taken by mapping; validation takes the rest. Questions answered on Review, as (setting, value): (&quot;datetime_culture&quot;, &quot;en-US&quot;) says the dates no value proves the order of are month first. Part of what is checked; a new file or another value of the setting forgets it. What the administrator changed, to undo and redo (``services.plan_history``). Fix and reload: the portal&apos;s reason for each record of the file (1-based), shown by Review.</extracomment>
        <translation>Zuordnung geändert.</translation>
    </message>
    <message>
        <source>Choose the file to load first.</source>
        <translation>Wählen Sie zuerst die zu ladende Datei.</translation>
    </message>
    <message>
        <source>Go to the File step.</source>
        <translation>Wechseln Sie zum Schritt „Datei“.</translation>
    </message>
    <message>
        <source>The portal&apos;s schema for this load type is not read yet.</source>
        <translation>Das Schema des Portals für diesen Ladetyp ist noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Go to the Load type step.</source>
        <translation>Wechseln Sie zum Schritt „Ladetyp“.</translation>
    </message>
    <message>
        <source>The file was changed since it was checked.</source>
        <translation>Die Datei wurde seit ihrer Prüfung geändert.</translation>
    </message>
    <message>
        <source>Check it again on the Review step.</source>
        <translation>Prüfen Sie sie im Schritt „Prüfung“ erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n cell(s)</source>
        <extracomment>A cell without an edit (its value is the file&apos;s), or a setting not given, in before/after states.</extracomment>
        <translation>
            <numerusform>Bearbeitung von %n Zelle</numerusform>
            <numerusform>Bearbeitung von %n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclusion of record {record}</source>
        <translation>Ausschluss von Datensatz {record}</translation>
    </message>
    <message>
        <source>Inclusion of record {record}</source>
        <translation>Wiederaufnahme von Datensatz {record}</translation>
    </message>
    <message numerus="yes">
        <source>Exclusion of %n records</source>
        <translation>
            <numerusform>Ausschluss von %n Datensatz</numerusform>
            <numerusform>Ausschluss von %n Datensätzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inclusion of %n records</source>
        <translation>
            <numerusform>Wiederaufnahme von %n Datensatz</numerusform>
            <numerusform>Wiederaufnahme von %n Datensätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>record {row} ({identity}): {reason}</source>
        <extracomment>The questions the administrator answered, as (setting, value): &quot;these dates are month first&quot;.</extracomment>
        <translation>Datensatz {row} ({identity}): {reason}</translation>
    </message>
    <message>
        <source>record {row}: {reason}</source>
        <translation>Datensatz {row}: {reason}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>Cornerstone refused this record last time: {reason}</source>
        <extracomment>The rule of a warning that carries the portal&apos;s reason for refusing a record (fix and reload).</extracomment>
        <translation>Cornerstone hat diesen Datensatz beim letzten Mal abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Fix what it names, then check again; the portal checks the record again when it is sent.</source>
        <translation>Beheben Sie das Genannte, und prüfen Sie dann erneut; das Portal prüft den Datensatz beim Senden noch einmal.</translation>
    </message>
</context>
<context>
    <name>portal data</name>
    <message>
        <source>In Cornerstone&apos;s API Management, add the Employee API v2 scope employee:read to this API application, and give its user &apos;Employee API - View&apos;; the Employee/OU API is enabled through Edge Marketplace.</source>
        <extracomment>Page sizes tried in turn: the maximum ``pageSize`` is unpublished (§1 &quot;Paging&quot; [unknown]); a 400 on the first page means &quot;too many&quot;, and None finally leaves the portal&apos;s default (50 / 100). Where the page token may go back (§1 &quot;Paging&quot;: &quot;How the token is sent back for page 2&quot; [unknown]). How every &quot;off&quot; sentence below begins in English (the window&apos;s tests look for it; the sentences are translated whole, each with these words in its own language).</extracomment>
        <translation>Fügen Sie in API Management von Cornerstone dieser API-Anwendung den Scope employee:read der Employee API v2 hinzu, und erteilen Sie ihrem Benutzer „Employee API - View“; die Employee/OU-API wird über Edge Marketplace aktiviert.</translation>
    </message>
    <message>
        <source>reading the portal&apos;s employees</source>
        <extracomment>The Bulk API client&apos;s layers (retry of reads, the shared throttle budget, one log line per call): these reads take their slots in their own buckets (``api.governor.bucket_for``).</extracomment>
        <translation>dem Lesen der Mitarbeiter des Portals</translation>
    </message>
    <message>
        <source>reading the portal&apos;s OU types</source>
        <translation>dem Lesen der OE-Typen des Portals</translation>
    </message>
    <message>
        <source>reading the portal&apos;s OUs</source>
        <translation>dem Lesen der OEs des Portals</translation>
    </message>
    <message>
        <source>The portal&apos;s pages could not be followed while {what}: every way of sending the page token back was ignored.</source>
        <translation>Den Seiten des Portals konnte bei {what} nicht gefolgt werden: Jede Art, das Seiten-Token zurückzusenden, wurde ignoriert.</translation>
    </message>
    <message>
        <source>Report this to csod-desktop&apos;s maintainers with the portal&apos;s API version.</source>
        <translation>Melden Sie dies den Entwicklern von csod-desktop mit der API-Version des Portals.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the portal refused a token with the scope {scopes} (HTTP {status}), so the API application does not have it.</source>
        <translation>Prüfungen gegen die Daten Ihres Portals sind aus: Das Portal hat ein Token mit dem Scope {scopes} abgelehnt (HTTP {status}), die API-Anwendung hat ihn also nicht.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer while {what} was not JSON.</source>
        <translation>Die Antwort des Portals bei {what} war kein JSON.</translation>
    </message>
    <message>
        <source>reading one employee</source>
        <translation>dem Lesen eines Mitarbeiters</translation>
    </message>
    <message>
        <source>The Employee API and the OU API answer ({count} OU types); Review checks your files against the portal&apos;s employees and OUs.</source>
        <translation>Die Employee API und die OU API antworten ({count} OE-Typen); die Prüfung vergleicht Ihre Dateien mit den Mitarbeitern und OEs des Portals.</translation>
    </message>
    <message>
        <source>The Employee API and the OU API answer ({count} OU types); Review checks your files against the portal&apos;s employees and OUs (no employee visible yet).</source>
        <translation>Die Employee API und die OU API antworten ({count} OE-Typen); die Prüfung vergleicht Ihre Dateien mit den Mitarbeitern und OEs des Portals (noch kein Mitarbeiter sichtbar).</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the Employee/OU API is not enabled on this portal (HTTP 404 while {what}).</source>
        <translation>Prüfungen gegen die Daten Ihres Portals sind aus: Die Employee/OU-API ist auf diesem Portal nicht aktiviert (HTTP 404 bei {what}).</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the API application may not read the portal&apos;s employees or OUs (HTTP {status} while {what}); it needs the employee:read scope and the &apos;Employee API - View&apos; permission.</source>
        <translation>Prüfungen gegen die Daten Ihres Portals sind aus: Die API-Anwendung darf die Mitarbeiter oder OEs des Portals möglicherweise nicht lesen (HTTP {status} bei {what}); sie benötigt den Scope employee:read und die Berechtigung „Employee API - View“.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: reading the portal&apos;s employees and OUs failed ({error}).</source>
        <extracomment>OUR policy: a snapshot younger than this is reused without asking the portal (the administrator sees its age and can refresh it; a load refreshes it afterwards). How far back ``GET /jobs`` is asked for a job&apos;s ``owner_ref`` (the application&apos;s service account).</extracomment>
        <translation>Prüfungen gegen die Daten Ihres Portals sind aus: Das Lesen der Mitarbeiter und OEs des Portals ist fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees: {done} of {total}</source>
        <translation>Mitarbeiter des Portals werden gelesen: {done} von {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees: {done}</source>
        <translation>Mitarbeiter des Portals werden gelesen: {done}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s organizational units: {done} of {total}</source>
        <translation>Organisationseinheiten des Portals werden gelesen: {done} von {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s organizational units: {done}</source>
        <translation>Organisationseinheiten des Portals werden gelesen: {done}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s OU types: {done} of {total}</source>
        <translation>OE-Typen des Portals werden gelesen: {done} von {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s OU types: {done}</source>
        <translation>OE-Typen des Portals werden gelesen: {done}</translation>
    </message>
    <message>
        <source>{progress} ({detail})</source>
        <translation>{progress} ({detail})</translation>
    </message>
</context>
<context>
    <name>portal_review</name>
    <message>
        <source>Checks against your portal&apos;s data are off: the portal&apos;s employees and OUs were not read.</source>
        <translation>Prüfungen gegen die Daten Ihres Portals sind aus: Die Mitarbeiter und OEs des Portals wurden nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>the local sandbox ({url})</source>
        <translation>die lokale Sandbox ({url})</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Failed</source>
        <extracomment>Portal statuses meaning the import waits its turn (bulk-api-quick-start.txt Step 6 shows &quot;Created&quot; and &quot;Completed&quot;; the rest are tolerated spellings: bulk-api-facts.md, &quot;Shapes nobody has published&quot;).</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The portal could not load this import: {reason}</source>
        <translation>Das Portal konnte diesen Import nicht laden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{loaded} loaded, {errors} with errors (of %n records)</source>
        <translation>
            <numerusform>{loaded} geladen, {errors} mit Fehlern (von %n Datensatz)</numerusform>
            <numerusform>{loaded} geladen, {errors} mit Fehlern (von %n Datensätzen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} loaded, {errors} with errors (of the records)</source>
        <translation>{loaded} geladen, {errors} mit Fehlern (von den Datensätzen)</translation>
    </message>
    <message numerus="yes">
        <source>{loaded} loaded (of %n records)</source>
        <translation>
            <numerusform>{loaded} geladen (von %n Datensatz)</numerusform>
            <numerusform>{loaded} geladen (von %n Datensätzen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} loaded (of the records)</source>
        <translation>{loaded} geladen (von den Datensätzen)</translation>
    </message>
    <message>
        <source>{loaded} of {total} loaded</source>
        <translation>{loaded} von {total} geladen</translation>
    </message>
    <message>
        <source>{loaded} loaded</source>
        <translation>{loaded} geladen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n records wait for the imports before them</source>
        <translation>
            <numerusform>%n Datensatz wartet auf die vorherigen Importe</numerusform>
            <numerusform>%n Datensätze warten auf die vorherigen Importe</numerusform>
        </translation>
    </message>
    <message>
        <source>The records wait for the imports before them</source>
        <translation>Die Datensätze warten auf die vorherigen Importe</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n records</source>
        <translation>
            <numerusform>%n Datensatz wird gesendet</numerusform>
            <numerusform>%n Datensätze werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the records</source>
        <translation>Die Datensätze werden gesendet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sending {percent}%</source>
        <translation>Senden {percent} %</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Beim Senden unterbrochen</translation>
    </message>
    <message>
        <source>The app stopped during the upload: the portal is asked what arrived before anything is sent again</source>
        <translation>Die App wurde während des Uploads beendet: Bevor etwas erneut gesendet wird, wird das Portal gefragt, was angekommen ist</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Upload fehlgeschlagen</translation>
    </message>
    <message>
        <source>The upload failed; resuming checks with the portal and sends it again if it did not arrive</source>
        <translation>Der Upload ist fehlgeschlagen; beim Fortsetzen wird beim Portal nachgefragt und erneut gesendet, falls die Daten nicht angekommen sind</translation>
    </message>
    <message numerus="yes">
        <source>The portal received %n records; its status comes with the next check</source>
        <translation>
            <numerusform>Das Portal hat %n Datensatz empfangen; der Status folgt mit der nächsten Abfrage</numerusform>
            <numerusform>Das Portal hat %n Datensätze empfangen; der Status folgt mit der nächsten Abfrage</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal received the records; its status comes with the next check</source>
        <translation>Das Portal hat die Datensätze empfangen; der Status folgt mit der nächsten Abfrage</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%n records wait in Cornerstone&apos;s queue</source>
        <translation>
            <numerusform>%n Datensatz wartet in der Warteschlange von Cornerstone</numerusform>
            <numerusform>%n Datensätze warten in der Warteschlange von Cornerstone</numerusform>
        </translation>
    </message>
    <message>
        <source>The records wait in Cornerstone&apos;s queue</source>
        <translation>Die Datensätze warten in der Warteschlange von Cornerstone</translation>
    </message>
    <message>
        <source>In the portal&apos;s queue</source>
        <translation>In der Warteschlange des Portals</translation>
    </message>
    <message>
        <source>{status} {done} of {total}</source>
        <translation>{status} {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>The portal has done {done} of %n records</source>
        <translation>
            <numerusform>Das Portal hat {done} von %n Datensatz verarbeitet</numerusform>
            <numerusform>Das Portal hat {done} von %n Datensätzen verarbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal works on %n records; it gives no count until it is done</source>
        <translation>
            <numerusform>Das Portal verarbeitet %n Datensatz; eine Anzahl nennt es erst am Ende</numerusform>
            <numerusform>Das Portal verarbeitet %n Datensätze; eine Anzahl nennt es erst am Ende</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal works on the records; it gives no count until it is done</source>
        <translation>Das Portal verarbeitet die Datensätze; eine Anzahl nennt es erst am Ende</translation>
    </message>
    <message>
        <source>Not followed now</source>
        <translation>Derzeit nicht verfolgt</translation>
    </message>
    <message>
        <source>{state} (last known; Resume follows it again)</source>
        <translation>{state} (zuletzt bekannt; „Fortsetzen“ verfolgt ihn wieder)</translation>
    </message>
    <message>
        <source>{position}. {title} · {file}</source>
        <translation>{position}. {title} · {file}</translation>
    </message>
    <message>
        <source>{code} from {file}</source>
        <translation>{code} aus {file}</translation>
    </message>
    <message>
        <source>{position}. {title} · a file</source>
        <translation>{position}. {title} · eine Datei</translation>
    </message>
    <message>
        <source>{code} from a file</source>
        <translation>{code} aus einer Datei</translation>
    </message>
    <message>
        <source>Import id: {import_id}</source>
        <translation>Import-ID: {import_id}</translation>
    </message>
    <message>
        <source>Import id: not created yet</source>
        <translation>Import-ID: noch nicht angelegt</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Gestartet: {time}</translation>
    </message>
    <message>
        <source>Job id: {job_id}</source>
        <translation>Auftrags-ID: {job_id}</translation>
    </message>
    <message>
        <source>Job id: not created yet</source>
        <translation>Auftrags-ID: noch nicht angelegt</translation>
    </message>
    <message>
        <source>Portal: {portal}</source>
        <translation>Portal: {portal}</translation>
    </message>
    <message>
        <source>Job {time}</source>
        <translation>Auftrag {time}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>{file} · {title} + {more} more · {time}</source>
        <translation>{file} · {title} + {more} weitere · {time}</translation>
    </message>
    <message>
        <source>{file} · {title} · {time}</source>
        <translation>{file} · {title} · {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded, {failed} with errors.</source>
        <translation>
            <numerusform>%n Datensatz geladen, {failed} mit Fehlern.</numerusform>
            <numerusform>%n Datensätze geladen, {failed} mit Fehlern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded.</source>
        <translation>
            <numerusform>%n Datensatz geladen.</numerusform>
            <numerusform>%n Datensätze geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {job} finished</source>
        <translation>Auftrag „{job}“ abgeschlossen</translation>
    </message>
    <message>
        <source>Job {job} failed</source>
        <translation>Auftrag „{job}“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Job {job} abandoned</source>
        <translation>Auftrag „{job}“ aufgegeben</translation>
    </message>
    <message>
        <source>Job {job} {state}</source>
        <translation>Auftrag „{job}“ {state}</translation>
    </message>
</context>
<context>
    <name>reading</name>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Prüfen Sie den Dateinamen.</translation>
    </message>
    <message>
        <source>{file} has an unsupported type ({suffix}).</source>
        <translation>{file} hat einen nicht unterstützten Typ ({suffix}).</translation>
    </message>
    <message>
        <source>{file} has an unsupported type (no extension).</source>
        <translation>{file} hat einen nicht unterstützten Typ (keine Endung).</translation>
    </message>
    <message>
        <source>Use a .csv, .tsv, .txt, .xlsx, .xlsm, .xls, .ods or .json file.</source>
        <translation>Verwenden Sie eine .csv-, .tsv-, .txt-, .xlsx-, .xlsm-, .xls-, .ods- oder .json-Datei.</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook saved with a {suffix} extension.</source>
        <translation>{file} ist eine Excel-Arbeitsmappe, die mit der Endung {suffix} gespeichert wurde.</translation>
    </message>
    <message>
        <source>Rename it to .xlsx, or export the sheet as CSV.</source>
        <translation>Benennen Sie sie in .xlsx um, oder exportieren Sie das Tabellenblatt als CSV.</translation>
    </message>
    <message>
        <source>{file} has nothing on or after line {line}.</source>
        <translation>{file} enthält ab Zeile {line} nichts.</translation>
    </message>
    <message>
        <source>{file} holds no data (only blank lines).</source>
        <translation>{file} enthält keine Daten (nur Leerzeilen).</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>an old-style Excel (.xls) or other Office binary file</source>
        <translation>eine Excel-Datei im alten Format (.xls) oder eine andere binäre Office-Datei</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>{file} is {what}, not a text file with one record per line.</source>
        <translation>{file} ist {what}, keine Textdatei mit einem Datensatz pro Zeile.</translation>
    </message>
    <message>
        <source>Export the data as CSV (UTF-8), Excel .xlsx or JSON and open that file.</source>
        <translation>Exportieren Sie die Daten als CSV (UTF-8), Excel .xlsx oder JSON und öffnen Sie diese Datei.</translation>
    </message>
    <message>
        <source>{file} contains binary data (NUL bytes), so it is not a CSV or text file.</source>
        <translation>{file} enthält Binärdaten (NUL-Bytes) und ist daher keine CSV- oder Textdatei.</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid in that encoding.</source>
        <translation>{file} kann nicht als {encoding} gelesen werden: Byte {byte} in Zeile {line} ist in dieser Kodierung ungültig.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s real encoding, or save it again as CSV UTF-8.</source>
        <translation>Wählen Sie die tatsächliche Kodierung der Datei, oder speichern Sie sie erneut als CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ist leer.</translation>
    </message>
    <message>
        <source>Check that the export finished.</source>
        <translation>Prüfen Sie, ob der Export abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this app knows.</source>
        <translation>„{encoding}“ ist keine Kodierung, die diese App kennt.</translation>
    </message>
    <message>
        <source>Choose one from the list, for example utf-8 or cp1252.</source>
        <translation>Wählen Sie eine aus der Liste, zum Beispiel utf-8 oder cp1252.</translation>
    </message>
    <message>
        <source>Open the file in the program that made it and export it again as CSV UTF-8 (in Excel: Save As, &quot;CSV UTF-8 (Comma delimited)&quot;). In the window you can also choose the file&apos;s real encoding in the File step.</source>
        <translation>Öffnen Sie die Datei in dem Programm, das sie erstellt hat, und exportieren Sie sie erneut als CSV UTF-8 (in Excel: „Speichern unter“, „CSV UTF-8 (durch Trennzeichen getrennt)“). Im Fenster können Sie auch im Schritt „Datei“ die tatsächliche Kodierung der Datei wählen.</translation>
    </message>
    <message>
        <source>{file} mixes two encodings, so some names would be garbled: it starts with the UTF-8 byte order mark, but byte {byte} of line {line} ({code}) is not UTF-8.</source>
        <translation>{file} mischt zwei Kodierungen, sodass manche Namen verstümmelt würden: Die Datei beginnt mit der UTF-8-Byte-Order-Mark, aber Byte {byte} in Zeile {line} ({code}) ist kein UTF-8.</translation>
    </message>
    <message>
        <source>{file} mixes two encodings, so some names would be garbled: it holds the UTF-8 character &quot;{char}&quot; on line {u_line} (byte {u_byte}), but byte {byte} of line {line} ({code}) is not UTF-8.</source>
        <translation>{file} mischt zwei Kodierungen, sodass manche Namen verstümmelt würden: Die Datei enthält das UTF-8-Zeichen „{char}“ in Zeile {u_line} (Byte {u_byte}), aber Byte {byte} in Zeile {line} ({code}) ist kein UTF-8.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252: byte {byte} of line {line} ({code}) is not a character in either.</source>
        <translation>{file} ist weder UTF-8 noch Windows-1252: Byte {byte} in Zeile {line} ({code}) ist in keiner der beiden Kodierungen ein Zeichen.</translation>
    </message>
    <message>
        <source>Some characters in {file} look garbled (like &quot;Ã©&quot; instead of &quot;é&quot;): the file was probably converted between encodings once too often. Check names with accents before loading.</source>
        <translation>Einige Zeichen in {file} sehen verstümmelt aus (etwa „Ã©“ statt „é“): Die Datei wurde wahrscheinlich einmal zu oft zwischen Kodierungen umgewandelt. Prüfen Sie Namen mit Umlauten und Akzenten vor dem Laden.</translation>
    </message>
    <message>
        <source>{file} contains replacement characters (&quot;�&quot;): some characters were lost before the file reached us.</source>
        <translation>{file} enthält Ersatzzeichen („�“): Einige Zeichen gingen verloren, bevor die Datei diese App erreichte.</translation>
    </message>
    <message>
        <source>The lines of {file} end in a carriage return alone (old Mac style); they were read as ordinary lines.</source>
        <translation>Die Zeilen von {file} enden mit einem einzelnen Wagenrücklauf (alter Mac-Stil); sie wurden als normale Zeilen gelesen.</translation>
    </message>
    <message>
        <source>A JSON file must be an array of records: [{&quot;column&quot;: &quot;value&quot;}, ...].</source>
        <translation>Eine JSON-Datei muss ein Array von Datensätzen sein: [{&quot;column&quot;: &quot;value&quot;}, ...].</translation>
    </message>
    <message>
        <source>values are nested inside each other too deeply (about a thousand levels)</source>
        <translation>die Werte zu tief ineinander verschachtelt sind (etwa tausend Ebenen)</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: byte {byte} at character {column} of line {line} is not valid in that encoding.</source>
        <translation>{file} kann nicht als {encoding} gelesen werden: Byte {byte} bei Zeichen {column} in Zeile {line} ist in dieser Kodierung ungültig.</translation>
    </message>
    <message>
        <source>Export the file again as JSON in UTF-8: JSON files are UTF-8 (or UTF-16 with a byte order mark).</source>
        <translation>Exportieren Sie die Datei erneut als JSON in UTF-8: JSON-Dateien sind UTF-8 (oder UTF-16 mit Byte-Order-Mark).</translation>
    </message>
    <message>
        <source>{file} cannot be read: its {problem} (line {line}), so it is not a list of records.</source>
        <translation>{file} kann nicht gelesen werden, da {problem} (Zeile {line}); die Datei ist daher keine Liste von Datensätzen.</translation>
    </message>
    <message>
        <source>{file} cannot be read: its {problem}, so it is not a list of records.</source>
        <translation>{file} kann nicht gelesen werden, da {problem}; die Datei ist daher keine Liste von Datensätzen.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {problem} on line {line}.</source>
        <translation>{file} ist kein gültiges JSON: {problem} in Zeile {line}.</translation>
    </message>
    <message>
        <source>{file} holds no records.</source>
        <translation>{file} enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>In {file}, line {line} is not a record of named values (it is a {kind}).</source>
        <translation>In {file} ist Zeile {line} kein Datensatz aus benannten Werten (sie ist vom Typ {kind}).</translation>
    </message>
    <message>
        <source>In {file}, record {record} is not a record of named values (it is a {kind}).</source>
        <translation>In {file} ist Datensatz {record} kein Datensatz aus benannten Werten (er ist vom Typ {kind}).</translation>
    </message>
    <message>
        <source>In {file}, record {record} has a value with an empty name.</source>
        <translation>In {file} hat Datensatz {record} einen Wert mit leerem Namen.</translation>
    </message>
    <message>
        <source>In {file}, line {line} holds an object as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>In {file} enthält Zeile {line} ein Objekt als Wert von „{name}“ ({snippet}) statt eines einzelnen Textes, einer Zahl oder true/false.</translation>
    </message>
    <message>
        <source>In {file}, record {record} holds an object as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>In {file} enthält Datensatz {record} ein Objekt als Wert von „{name}“ ({snippet}) statt eines einzelnen Textes, einer Zahl oder true/false.</translation>
    </message>
    <message>
        <source>In {file}, line {line} holds a list as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>In {file} enthält Zeile {line} eine Liste als Wert von „{name}“ ({snippet}) statt eines einzelnen Textes, einer Zahl oder true/false.</translation>
    </message>
    <message>
        <source>In {file}, record {record} holds a list as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>In {file} enthält Datensatz {record} eine Liste als Wert von „{name}“ ({snippet}) statt eines einzelnen Textes, einer Zahl oder true/false.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; (1 record)</source>
        <translation>„{name}“ (1 Datensatz)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; ({count} records)</source>
        <translation>„{name}“ ({count} Datensätze)</translation>
    </message>
    <message>
        <source>The portal takes one value per field, so this file was not read. Nested values are in: {names}.</source>
        <translation>Das Portal nimmt einen Wert pro Feld an, daher wurde diese Datei nicht gelesen. Verschachtelte Werte stehen in: {names}.</translation>
    </message>
    <message>
        <source>The portal takes one value per field, so this file was not read. Nested values are in: {names} and {more} more columns.</source>
        <translation>Das Portal nimmt einen Wert pro Feld an, daher wurde diese Datei nicht gelesen. Verschachtelte Werte stehen in: {names} und {more} weiteren Spalten.</translation>
    </message>
    <message>
        <source>Export the records flat (one column per value, for example one column per language), or leave those fields out of the export.</source>
        <translation>Exportieren Sie die Datensätze flach (eine Spalte pro Wert, zum Beispiel eine Spalte pro Sprache), oder lassen Sie diese Felder beim Export weg.</translation>
    </message>
    <message>
        <source>The header line of {file} (line {line}) cannot be read: {problem}</source>
        <translation>Die Kopfzeile von {file} (Zeile {line}) kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a value that starts with a quote must end with one.</source>
        <translation>Prüfen Sie die Anführungszeichen in dieser Zeile: Ein Wert, der mit einem Anführungszeichen beginnt, muss mit einem enden.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is empty: it must hold the column names.</source>
        <translation>Zeile {line} von {file} ist leer: Sie muss die Spaltennamen enthalten.</translation>
    </message>
    <message>
        <source>Delete the blank lines above the header, or choose the header row.</source>
        <translation>Löschen Sie die Leerzeilen über der Kopfzeile, oder wählen Sie die Kopfzeile aus.</translation>
    </message>
    <message>
        <source>Column {index} of {file} has no name in the header (line {line}).</source>
        <translation>Spalte {index} von {file} hat in der Kopfzeile keinen Namen (Zeile {line}).</translation>
    </message>
    <message>
        <source>Give every column a name, or delete the empty column.</source>
        <translation>Geben Sie jeder Spalte einen Namen, oder löschen Sie die leere Spalte.</translation>
    </message>
    <message>
        <source>The column name &quot;{name}&quot; appears twice in the header of {file} (columns {first} and {index}, line {line}).</source>
        <translation>Der Spaltenname „{name}“ kommt in der Kopfzeile von {file} zweimal vor (Spalten {first} und {index}, Zeile {line}).</translation>
    </message>
    <message>
        <source>Rename one of the two columns so each name is unique.</source>
        <translation>Benennen Sie eine der beiden Spalten um, damit jeder Name eindeutig ist.</translation>
    </message>
    <message>
        <source>it opens a quoted value that is never closed: everything after it would be one value.</source>
        <translation>Sie öffnet einen Wert in Anführungszeichen, der nie geschlossen wird: Alles danach wäre ein einziger Wert.</translation>
    </message>
    <message>
        <source>it holds a carriage return alone (an old Mac line end) outside quotes while other lines end the usual way: save the file again as CSV, which writes one kind of line end.</source>
        <translation>Sie enthält außerhalb von Anführungszeichen einen einzelnen Wagenrücklauf (ein altes Mac-Zeilenende), während andere Zeilen auf die übliche Weise enden: Speichern Sie die Datei erneut als CSV, das nur eine Art von Zeilenende schreibt.</translation>
    </message>
    <message>
        <source>it holds a value longer than {limit} characters, longer than any field the portal takes.</source>
        <translation>Sie enthält einen Wert mit mehr als {limit} Zeichen, länger als jedes Feld, das das Portal annimmt.</translation>
    </message>
    <message>
        <source>a quote is misplaced (a quote must open and close the whole value).</source>
        <translation>Ein Anführungszeichen steht an der falschen Stelle (ein Anführungszeichen muss den ganzen Wert öffnen und schließen).</translation>
    </message>
    <message>
        <source>Line {line} of {file} has {got} fields but the header has {want}: a value probably contains an unquoted delimiter.</source>
        <translation>Zeile {line} von {file} hat {got} Felder, die Kopfzeile aber {want}: Ein Wert enthält wahrscheinlich ein Trennzeichen ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has {got} fields but the header has {want}: values are missing.</source>
        <translation>Zeile {line} von {file} hat {got} Felder, die Kopfzeile aber {want}: Es fehlen Werte.</translation>
    </message>
    <message>
        <source>Put values that contain the delimiter in double quotes, or fix the line in the source system.</source>
        <translation>Setzen Sie Werte, die das Trennzeichen enthalten, in doppelte Anführungszeichen, oder korrigieren Sie die Zeile im Quellsystem.</translation>
    </message>
    <message>
        <source>Line {line} of {file} cannot be read: {problem}</source>
        <translation>Zeile {line} von {file} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has no header on row {row}: it is empty there.</source>
        <translation>Das Tabellenblatt „{sheet}“ von {file} hat in Zeile {row} keine Kopfzeile: Die Zeile ist leer.</translation>
    </message>
    <message>
        <source>Choose the row that holds the column names.</source>
        <translation>Wählen Sie die Zeile, die die Spaltennamen enthält.</translation>
    </message>
    <message>
        <source>{file} is a web page or XML file saved with a {suffix} extension, not a workbook.</source>
        <translation>{file} ist eine Webseite oder XML-Datei, die mit der Endung {suffix} gespeichert wurde, keine Arbeitsmappe.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx (or export the data as CSV UTF-8), then drop that file.</source>
        <translation>Öffnen Sie sie in Excel und speichern Sie sie als .xlsx (oder exportieren Sie die Daten als CSV UTF-8), und legen Sie dann diese Datei ab.</translation>
    </message>
    <message>
        <source>{file} holds plain text (probably CSV or tab-separated values) under a {suffix} extension.</source>
        <translation>{file} enthält reinen Text (wahrscheinlich CSV oder durch Tabulatoren getrennte Werte) unter der Endung {suffix}.</translation>
    </message>
    <message>
        <source>Rename it to .csv (or .txt for tab-separated values) and drop it again.</source>
        <translation>Benennen Sie sie in .csv um (oder .txt für durch Tabulatoren getrennte Werte), und legen Sie sie erneut ab.</translation>
    </message>
    <message>
        <source>{file} is protected with a password (the workbook is encrypted), so it cannot be read.</source>
        <translation>{file} ist mit einem Kennwort geschützt (die Arbeitsmappe ist verschlüsselt) und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Open it in Excel with its password, then save a copy without one (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the password) and drop that copy here.</source>
        <translation>Öffnen Sie sie in Excel mit ihrem Kennwort, speichern Sie eine Kopie ohne Kennwort (Datei &gt; Informationen &gt; Arbeitsmappe schützen &gt; Mit Kennwort verschlüsseln, Kennwort löschen), und legen Sie diese Kopie hier ab.</translation>
    </message>
    <message>
        <source>Cell {cell} (column &quot;{column}&quot;) of sheet &quot;{sheet}&quot; holds a number of more than {digits} digits. Excel keeps only {digits} digits of a number, so it had already changed this value (to {rounded}) when the workbook was saved: the id that was typed is lost.</source>
        <translation>Zelle {cell} (Spalte „{column}“) von Tabellenblatt „{sheet}“ enthält eine Zahl mit mehr als {digits} Stellen. Excel behält nur {digits} Stellen einer Zahl, daher hatte es diesen Wert beim Speichern der Arbeitsmappe bereits geändert (in {rounded}): Die eingegebene ID ist verloren.</translation>
    </message>
    <message>
        <source>In Excel, format the column as Text (Format Cells &gt; Text) before typing or pasting the ids, or export them from the source system as CSV, so every digit is kept.</source>
        <translation>Formatieren Sie die Spalte in Excel als Text (Zellen formatieren &gt; Text), bevor Sie die IDs eingeben oder einfügen, oder exportieren Sie sie aus dem Quellsystem als CSV, damit jede Stelle erhalten bleibt.</translation>
    </message>
    <message>
        <source>{file} looks like an old-style Excel workbook (.xls) but is damaged or incomplete{why}.</source>
        <translation>{file} sieht wie eine Excel-Arbeitsmappe im alten Format (.xls) aus, ist aber beschädigt oder unvollständig{why}.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx (or export the sheet as CSV UTF-8), then drop that file.</source>
        <translation>Öffnen Sie sie in Excel und speichern Sie sie als .xlsx (oder exportieren Sie das Tabellenblatt als CSV UTF-8), und legen Sie dann diese Datei ab.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook{why}.</source>
        <translation>{file} ist keine lesbare Excel-Arbeitsmappe{why}.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it again as .xlsx, or export the sheet as CSV.</source>
        <translation>Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx, oder exportieren Sie das Tabellenblatt als CSV.</translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot; (sheets: {sheets}).</source>
        <translation>{file} hat kein Tabellenblatt namens „{sheet}“ (Tabellenblätter: {sheets}).</translation>
    </message>
    <message>
        <source>Choose one of the sheets listed.</source>
        <translation>Wählen Sie eines der aufgeführten Tabellenblätter.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; is hidden in {file}; it was read because you chose it.</source>
        <translation>Das Tabellenblatt „{sheet}“ ist in {file} ausgeblendet; es wurde gelesen, weil Sie es gewählt haben.</translation>
    </message>
    <message>
        <source>Every sheet of {file} is hidden ({sheets}).</source>
        <translation>Alle Tabellenblätter von {file} sind ausgeblendet ({sheets}).</translation>
    </message>
    <message>
        <source>Choose the sheet to read, or unhide it in Excel (Home &gt; Format &gt; Hide &amp; Unhide).</source>
        <translation>Wählen Sie das zu lesende Tabellenblatt, oder blenden Sie es in Excel wieder ein (Start &gt; Format &gt; Ausblenden &amp; Einblenden).</translation>
    </message>
    <message>
        <source>{file}: the hidden sheet {listed} before &quot;{chosen}&quot; was not read; &quot;{chosen}&quot; is the first visible sheet. Choose another sheet if that is not the one to load.</source>
        <translation>{file}: Das ausgeblendete Tabellenblatt {listed} vor „{chosen}“ wurde nicht gelesen; „{chosen}“ ist das erste sichtbare Tabellenblatt. Wählen Sie ein anderes Tabellenblatt, falls dies nicht das zu ladende ist.</translation>
    </message>
    <message>
        <source>{file}: the hidden sheets {listed} before &quot;{chosen}&quot; were not read; &quot;{chosen}&quot; is the first visible sheet. Choose another sheet if that is not the one to load.</source>
        <translation>{file}: Die ausgeblendeten Tabellenblätter {listed} vor „{chosen}“ wurden nicht gelesen; „{chosen}“ ist das erste sichtbare Tabellenblatt. Wählen Sie ein anderes Tabellenblatt, falls dies nicht das zu ladende ist.</translation>
    </message>
    <message>
        <source>The number formats of {file} cannot be read ({error}).</source>
        <translation>Die Zahlenformate von {file} können nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>Open the workbook in Excel and save it again, or export the sheet as CSV UTF-8.</source>
        <translation>Öffnen Sie die Arbeitsmappe in Excel und speichern Sie sie erneut, oder exportieren Sie das Tabellenblatt als CSV UTF-8.</translation>
    </message>
    <message>
        <source>Merged cells {cells}: Excel shows one value across each merge, so every record the merge covers was given that value. Unmerge the cells in Excel if that is not what you meant.</source>
        <translation>Verbundene Zellen {cells}: Excel zeigt über jeden Zellverbund einen einzigen Wert, daher hat jeder Datensatz, den der Verbund umfasst, diesen Wert erhalten. Heben Sie den Zellverbund in Excel auf, falls Sie das nicht beabsichtigt haben.</translation>
    </message>
    <message>
        <source>Merged cells {cells} and {more} more: Excel shows one value across each merge, so every record the merge covers was given that value. Unmerge the cells in Excel if that is not what you meant.</source>
        <translation>Verbundene Zellen {cells} und {more} weitere: Excel zeigt über jeden Zellverbund einen einzigen Wert, daher hat jeder Datensatz, den der Verbund umfasst, diesen Wert erhalten. Heben Sie den Zellverbund in Excel auf, falls Sie das nicht beabsichtigt haben.</translation>
    </message>
    <message>
        <source>Formula cells show an error: {cells}. They are read as that error text; fix the formulas in Excel and save again, or those records will not be what you meant.</source>
        <translation>Formelzellen zeigen einen Fehler: {cells}. Sie werden als dieser Fehlertext gelesen; korrigieren Sie die Formeln in Excel und speichern Sie erneut, sonst enthalten diese Datensätze nicht das, was Sie beabsichtigt haben.</translation>
    </message>
    <message>
        <source>Formula cells show an error: {cells} and {more} more. They are read as that error text; fix the formulas in Excel and save again, or those records will not be what you meant.</source>
        <translation>Formelzellen zeigen einen Fehler: {cells} und {more} weitere. Sie werden als dieser Fehlertext gelesen; korrigieren Sie die Formeln in Excel und speichern Sie erneut, sonst enthalten diese Datensätze nicht das, was Sie beabsichtigt haben.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has {count} formula cell(s) saved without their result, such as {examples}. The workbook was written by a program that does not calculate formulas, so those cells would be read as empty.</source>
        <translation>Das Tabellenblatt „{sheet}“ von {file} hat {count} Formelzelle(n), die ohne ihr Ergebnis gespeichert wurden, z. B. {examples}. Die Arbeitsmappe wurde von einem Programm geschrieben, das keine Formeln berechnet, daher würden diese Zellen als leer gelesen.</translation>
    </message>
    <message>
        <source>Open the workbook in Excel (or LibreOffice), let it calculate, save it, and drop it here again.</source>
        <translation>Öffnen Sie die Arbeitsmappe in Excel (oder LibreOffice), lassen Sie sie berechnen, speichern Sie sie, und legen Sie sie hier erneut ab.</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>the API application&apos;s own account</source>
        <extracomment>The columns of the list of employees a ReconcileUsers load deactivates (window and ``--report-dir``).</extracomment>
        <translation>das eigene Konto der API-Anwendung</translation>
    </message>
    <message>
        <source>a system account</source>
        <translation>ein Systemkonto</translation>
    </message>
    <message>
        <source>ReconcileUsers would deactivate {count} of the portal&apos;s {active} active employees ({share}).</source>
        <translation>ReconcileUsers würde {count} der {active} aktiven Mitarbeiter des Portals deaktivieren ({share}).</translation>
    </message>
    <message>
        <source>{user_id} (the API application’s own account)</source>
        <translation>{user_id} (das eigene Konto der API-Anwendung)</translation>
    </message>
    <message>
        <source>{user_id} (a system account)</source>
        <translation>{user_id} (ein Systemkonto)</translation>
    </message>
    <message>
        <source>Among them: {names}.</source>
        <translation>Darunter: {names}.</translation>
    </message>
    <message>
        <source>Your API user sees only part of the portal&apos;s employees, so the load may deactivate more people than listed here.</source>
        <translation>Ihr API-Benutzer sieht nur einen Teil der Mitarbeiter des Portals, daher kann der Ladevorgang mehr Personen deaktivieren, als hier aufgeführt sind.</translation>
    </message>
</context>
<context>
    <name>report fetch</name>
    <message>
        <source>No errors or warnings: no report download spent.</source>
        <extracomment>Report states no later attempt can change (the portal answered 410).</extracomment>
        <translation>Keine Fehler oder Warnungen: kein Bericht-Download verbraucht.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet after {minutes} minutes of asking (it still answered 404); it was not saved and is fetched later.</source>
        <translation>Das Portal hat den Bericht nach {minutes} Minuten Nachfragen noch nicht bereitgestellt (es antwortete weiterhin mit 404); er wurde nicht gespeichert und wird später abgerufen.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet after {seconds} s of asking (it still answered 404); it was not saved and is fetched later.</source>
        <translation>Das Portal hat den Bericht nach {seconds} s Nachfragen noch nicht bereitgestellt (es antwortete weiterhin mit 404); er wurde nicht gespeichert und wird später abgerufen.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet (it still answered 404); it was not saved and is fetched later.</source>
        <translation>Das Portal hat den Bericht noch nicht bereitgestellt (es antwortete weiterhin mit 404); er wurde nicht gespeichert und wird später abgerufen.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Unknown report view {name!r}: use full, errors or warnings.</source>
        <extracomment>Flag values meaning &quot;this record was loaded&quot; (bulk-api-facts.md, &quot;Shapes nobody has published&quot;: parse tolerantly, any case).</extracomment>
        <translation>Unbekannte Berichtsansicht {name!r}: Verwenden Sie full, errors oder warnings.</translation>
    </message>
    <message>
        <source>not saved: the portal did not have it ready yet (it still answered 404)</source>
        <extracomment>What became of a report that was not saved, one sentence per state (the CLI, the JSON and the window).</extracomment>
        <translation>nicht gespeichert: Das Portal hatte ihn noch nicht bereit (es antwortete weiterhin mit 404)</translation>
    </message>
    <message>
        <source>not saved: the download failed</source>
        <translation>nicht gespeichert: Der Download ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>not saved: this app&apos;s download cap for it is reached</source>
        <translation>nicht gespeichert: Die Download-Obergrenze dieser App für ihn ist erreicht</translation>
    </message>
    <message>
        <source>not saved: the portal answered 410, its five downloads are spent</source>
        <translation>nicht gespeichert: Das Portal antwortete mit 410, seine fünf Downloads sind verbraucht</translation>
    </message>
    <message>
        <source>not saved: Cornerstone no longer keeps it (30 days)</source>
        <translation>nicht gespeichert: Cornerstone bewahrt ihn nicht mehr auf (30 Tage)</translation>
    </message>
    <message>
        <source>Cornerstone has not made this report available yet (it answers 404 for a while after an import completes). Open these results again in a few minutes: it is downloaded then, and a 404 spends no download.</source>
        <extracomment>The same truth for the window&apos;s Results step, with what the administrator can do there.</extracomment>
        <translation>Cornerstone hat diesen Bericht noch nicht bereitgestellt (nach Abschluss eines Imports antwortet es eine Weile mit 404). Öffnen Sie diese Ergebnisse in einigen Minuten erneut: Der Bericht wird dann heruntergeladen, und ein 404 verbraucht keinen Download.</translation>
    </message>
    <message>
        <source>The report could not be downloaded. Open these results again when the portal answers: it is downloaded then.</source>
        <translation>Der Bericht konnte nicht heruntergeladen werden. Öffnen Sie diese Ergebnisse erneut, wenn das Portal antwortet: Der Bericht wird dann heruntergeladen.</translation>
    </message>
    <message>
        <source>This app&apos;s download cap for the report is reached. Raise the cap in Settings (at most 5) to download it.</source>
        <translation>Die Download-Obergrenze dieser App für den Bericht ist erreicht. Erhöhen Sie die Obergrenze in den Einstellungen (höchstens 5), um ihn herunterzuladen.</translation>
    </message>
    <message>
        <source>Cornerstone will not serve this report again: its five downloads are spent. The import&apos;s counts stay in the History step.</source>
        <translation>Cornerstone stellt diesen Bericht nicht mehr bereit: Seine fünf Downloads sind verbraucht. Die Zahlen des Imports bleiben im Schritt „Verlauf“ erhalten.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (results are kept 30 days). The import&apos;s counts stay in the History step.</source>
        <translation>Cornerstone bewahrt diesen Bericht nicht mehr auf (Ergebnisse werden 30 Tage aufbewahrt). Die Zahlen des Imports bleiben im Schritt „Verlauf“ erhalten.</translation>
    </message>
    <message>
        <source>Unknown report view {variant!r}: use full, errors or warnings.</source>
        <translation>Unbekannte Berichtsansicht {variant!r}: Verwenden Sie full, errors oder warnings.</translation>
    </message>
    <message>
        <source>This report is not saved on this computer and there is no portal connection to download it.</source>
        <translation>Dieser Bericht ist nicht auf diesem Computer gespeichert, und es besteht keine Verbindung zum Portal, um ihn herunterzuladen.</translation>
    </message>
    <message>
        <source>Connect to the portal the import was sent to, then open the report again.</source>
        <translation>Verbinden Sie sich mit dem Portal, an das der Import gesendet wurde, und öffnen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <source>The portal has not made the report of import {import_id} available yet (HTTP 404, which Cornerstone answers for a while after an import completes).</source>
        <translation>Das Portal hat den Bericht von Import {import_id} noch nicht bereitgestellt (HTTP 404, was Cornerstone noch eine Weile nach Abschluss eines Imports antwortet).</translation>
    </message>
    <message>
        <source>No download was spent. Try again in a few minutes; the app remembers the report is not saved.</source>
        <translation>Es wurde kein Download verbraucht. Versuchen Sie es in einigen Minuten erneut; die App merkt sich, dass der Bericht nicht gespeichert ist.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (30 days). Showing the copy saved on this computer earlier.</source>
        <translation>Cornerstone bewahrt diesen Bericht nicht mehr auf (30 Tage). Angezeigt wird die zuvor auf diesem Computer gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>The portal has no download of this report left (HTTP 410). Showing the copy saved on this computer earlier.</source>
        <translation>Das Portal hat keinen Download dieses Berichts mehr übrig (HTTP 410). Angezeigt wird die zuvor auf diesem Computer gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (30 days). Showing the copy saved on this computer on {when}.</source>
        <translation>Cornerstone bewahrt diesen Bericht nicht mehr auf (30 Tage). Angezeigt wird die am {when} auf diesem Computer gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>The portal has no download of this report left (HTTP 410). Showing the copy saved on this computer on {when}.</source>
        <translation>Das Portal hat keinen Download dieses Berichts mehr übrig (HTTP 410). Angezeigt wird die am {when} auf diesem Computer gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>{used} of {limit} used, cap {cap}</source>
        <extracomment>A sentence shown above the report when something needs saying (expired, quota spent on the portal).</extracomment>
        <translation>{used} von {limit} genutzt, Obergrenze {cap}</translation>
    </message>
</context>
<context>
    <name>resume</name>
    <message>
        <source>finished; its report is not saved yet</source>
        <translation>abgeschlossen; sein Bericht ist noch nicht gespeichert</translation>
    </message>
    <message>
        <source>unfinished; it can be resumed</source>
        <translation>unvollendet; er kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(nicht angelegt)</translation>
    </message>
</context>
<context>
    <name>schemas</name>
    <message>
        <source>ou.customou needs the custom OU&apos;s type_id instead of the type name.</source>
        <translation>ou.customou benötigt die type_id der benutzerdefinierten OE statt des Typnamens.</translation>
    </message>
    <message>
        <source>This portal&apos;s custom OU type_ids: {value}.</source>
        <translation>Die type_ids der benutzerdefinierten OEs dieses Portals: {value}.</translation>
    </message>
    <message>
        <source>This portal offers no load type {text!r}.</source>
        <translation>Dieses Portal bietet keinen Ladetyp {text!r} an.</translation>
    </message>
    <message>
        <source>Types offered: {value} (&apos;csod-desktop types&apos; lists them).</source>
        <translation>Angebotene Typen: {value} („csod-desktop types“ listet sie auf).</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Awaiting data</source>
        <translation>Wartet auf Daten</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Verarbeitung</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>Abgeschlossen mit Fehlern</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Load type</source>
        <translation>Ladetyp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>The template {file} cannot be opened: {problem}.</source>
        <extracomment>A template maps at most 300 columns: a few kilobytes. A bigger file is the wrong one, refused after this much.</extracomment>
        <translation>Die Vorlage {file} kann nicht geöffnet werden: {problem}.</translation>
    </message>
    <message>
        <source>The template {file} is larger than {size} MB, so it is not a mapping template (one is a few kilobytes).</source>
        <translation>Die Vorlage {file} ist größer als {size} MB und daher keine Zuordnungsvorlage (eine solche ist wenige Kilobyte groß).</translation>
    </message>
    <message>
        <source>Give the .json file the app saved for this load type.</source>
        <translation>Geben Sie die .json-Datei an, die die App für diesen Ladetyp gespeichert hat.</translation>
    </message>
    <message>
        <source>The template {file} is not valid JSON.</source>
        <translation>Die Vorlage {file} ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The template {file} is not a mapping template.</source>
        <translation>Die Vorlage {file} ist keine Zuordnungsvorlage.</translation>
    </message>
</context>
<context>
    <name>type_names</name>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Cost Center</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Legal Entity</source>
        <translation>Juristische Person</translation>
    </message>
    <message>
        <source>Custom OU {type_id}</source>
        <translation>Benutzerdefinierte OE {type_id}</translation>
    </message>
    <message>
        <source>Custom OU</source>
        <translation>Benutzerdefinierte OE</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>… ({length} characters)</source>
        <extracomment>Column order of every problems DataFrame (``ValidationResult.problems``). A value echoed in a message or a ``--json`` document is cut after this many characters: a 120 MB cell must be named, not copied whole into every message about it (issue 19, item 9).</extracomment>
        <translation>… ({length} Zeichen)</translation>
    </message>
    <message>
        <source>a {name} ({code}) at character {position}</source>
        <extracomment>The day part alone (no groups), for the vectorized split of ``culture_inference``. The same set as a regular-expression class, for polars&apos; vectorized ``str.contains``.</extracomment>
        <translation>das Zeichen {name} ({code}) an Position {position}</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} und {count} weitere</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} Datensätzen</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <source>Use one of the values allowed for {title}: {listed}. Separate several values with semicolons (;).</source>
        <translation>Verwenden Sie einen der für {title} zulässigen Werte: {listed}. Trennen Sie mehrere Werte durch Semikolons (;).</translation>
    </message>
    <message>
        <source>Use one of the values allowed for {title}: {listed}.</source>
        <translation>Verwenden Sie einen der für {title} zulässigen Werte: {listed}.</translation>
    </message>
    <message>
        <source>The file has {count} columns to load; the portal accepts at most {limit} in one import.</source>
        <translation>Die Datei hat {count} zu ladende Spalten; das Portal akzeptiert höchstens {limit} in einem Import.</translation>
    </message>
    <message>
        <source>Leave out the columns you do not need, or load the rest in a second import of the same job.</source>
        <translation>Lassen Sie die nicht benötigten Spalten weg, oder laden Sie den Rest in einem zweiten Import desselben Auftrags.</translation>
    </message>
    <message>
        <source>The file has {count} records; one import holds at most {limit} and the portal silently drops the records past that limit.</source>
        <translation>Die Datei hat {count} Datensätze; ein Import enthält höchstens {limit}, und das Portal verwirft die Datensätze über diesem Limit stillschweigend.</translation>
    </message>
    <message>
        <source>Send the records as several imports of the same job, or split the file.</source>
        <translation>Senden Sie die Datensätze als mehrere Importe desselben Auftrags, oder teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>{column} is not a field of this load type, so the portal cannot load it.</source>
        <translation>{column} ist kein Feld dieses Ladetyps, daher kann das Portal es nicht laden.</translation>
    </message>
    <message>
        <source>Map this column to one of the load type&apos;s fields, or leave it out.</source>
        <translation>Ordnen Sie diese Spalte einem der Felder des Ladetyps zu, oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>{title} is required, but no column of the file is mapped to it, so no record can load.</source>
        <translation>{title} ist erforderlich, aber keine Spalte der Datei ist diesem Feld zugeordnet, daher kann kein Datensatz geladen werden.</translation>
    </message>
    <message>
        <source>Map a column to {title}, or give it a constant value in the mapping.</source>
        <translation>Ordnen Sie {title} eine Spalte zu, oder geben Sie in der Zuordnung einen konstanten Wert dafür an.</translation>
    </message>
    <message>
        <source>{title} is required and is empty in this record.</source>
        <translation>{title} ist erforderlich und in diesem Datensatz leer.</translation>
    </message>
    <message>
        <source>Fill in {title} for this record.</source>
        <translation>Füllen Sie {title} für diesen Datensatz aus.</translation>
    </message>
    <message>
        <source>{title} is required because {other} is filled in.</source>
        <translation>{title} ist erforderlich, weil {other} ausgefüllt ist.</translation>
    </message>
    <message>
        <source>{title} is required because {other} is filled in. No column is mapped to {title}.</source>
        <translation>{title} ist erforderlich, weil {other} ausgefüllt ist. {title} ist keine Spalte zugeordnet.</translation>
    </message>
    <message>
        <source>Fill in {title} as well, or leave {other} empty.</source>
        <translation>Füllen Sie auch {title} aus, oder lassen Sie {other} leer.</translation>
    </message>
    <message>
        <source>{title} is {length} characters long; the portal accepts at most {limit}.</source>
        <translation>{title} ist {length} Zeichen lang; das Portal akzeptiert höchstens {limit}.</translation>
    </message>
    <message>
        <source>Shorten {title} to {limit} characters (spaces at both ends do not count).</source>
        <translation>Kürzen Sie {title} auf {limit} Zeichen (Leerzeichen an beiden Enden zählen nicht).</translation>
    </message>
    <message>
        <source>{title} is {length} characters long; it must have at least {limit}.</source>
        <translation>{title} ist {length} Zeichen lang; es muss mindestens {limit} haben.</translation>
    </message>
    <message>
        <source>Complete {title} to at least {limit} characters.</source>
        <translation>Ergänzen Sie {title} auf mindestens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; already appears in record {first}; the portal loads the first record and rejects this one.</source>
        <translation>{title} „{value}“ kommt bereits in Datensatz {first} vor; das Portal lädt den ersten Datensatz und lehnt diesen ab.</translation>
    </message>
    <message>
        <source>Remove the repeated record, or merge it into the first one.</source>
        <translation>Entfernen Sie den wiederholten Datensatz, oder führen Sie ihn mit dem ersten zusammen.</translation>
    </message>
    <message>
        <source>Write {title} as true or false.</source>
        <translation>Schreiben Sie {title} als true oder false.</translation>
    </message>
    <message>
        <source>{values} is not among the values allowed for {title}.</source>
        <translation>{values} gehört nicht zu den für {title} zulässigen Werten.</translation>
    </message>
    <message>
        <source>{values} are not among the values allowed for {title}.</source>
        <translation>{values} gehören nicht zu den für {title} zulässigen Werten.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the values allowed for {title}.</source>
        <translation>„{value}“ ist keiner der für {title} zulässigen Werte.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false.</source>
        <translation>„{value}“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>This value is not valid for {title}.</source>
        <translation>Dieser Wert ist für {title} nicht gültig.</translation>
    </message>
    <message>
        <source>Give each employee a Username that is nobody&apos;s User ID (or leave it empty: the User ID is then used), and a User ID that is nobody else&apos;s Username.</source>
        <translation>Geben Sie jedem Mitarbeiter einen Username, der niemandes User ID ist (oder lassen Sie ihn leer: Dann wird die User ID verwendet), und eine User ID, die nicht der Username eines anderen ist.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is also the User ID of another record of this file (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} „{value}“ ist auch die User ID eines anderen Datensatzes dieser Datei (Edge Import: User IDs und Usernames sind übergreifend eindeutig).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is already used by an earlier record of this file: Usernames are unique (Data Load Wizard).</source>
        <translation>{title} „{value}“ wird bereits von einem früheren Datensatz dieser Datei verwendet: Usernames sind eindeutig (Data Load Wizard).</translation>
    </message>
    <message>
        <source>Give this employee another Username, or remove the repeated record.</source>
        <translation>Geben Sie diesem Mitarbeiter einen anderen Username, oder entfernen Sie den wiederholten Datensatz.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; already belongs to the portal&apos;s employee {owner}: Usernames are unique in the portal.</source>
        <translation>{title} „{value}“ gehört bereits dem Mitarbeiter {owner} des Portals: Usernames sind im Portal eindeutig.</translation>
    </message>
    <message>
        <source>Give this employee another Username, or update that employee instead.</source>
        <translation>Geben Sie diesem Mitarbeiter einen anderen Username, oder aktualisieren Sie stattdessen jenen Mitarbeiter.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is the User ID of another employee in the portal (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} „{value}“ ist die User ID eines anderen Mitarbeiters im Portal (Edge Import: User IDs und Usernames sind übergreifend eindeutig).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is the Username of the portal&apos;s employee {owner} (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} „{value}“ ist der Username des Mitarbeiters {owner} im Portal (Edge Import: User IDs und Usernames sind übergreifend eindeutig).</translation>
    </message>
    <message>
        <source>No employee has the GUID &apos;{value}&apos;, and the record has no User ID to create one.</source>
        <translation>Kein Mitarbeiter hat die GUID „{value}“, und der Datensatz hat keine User ID, um einen anzulegen.</translation>
    </message>
    <message>
        <source>With GUIDs as the identifier (LoadPrimaryKey 1) only existing employees are updated: copy the GUID from Cornerstone, or give the User ID.</source>
        <translation>Mit GUIDs als Kennung (LoadPrimaryKey 1) werden nur vorhandene Mitarbeiter aktualisiert: Kopieren Sie die GUID aus Cornerstone, oder geben Sie die User ID an.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}: the portal would take it as a different ID that looks the same.</source>
        <translation>{title} „{value}“ enthält {what}: Das Portal würde es als eine andere ID ansehen, die gleich aussieht.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}: the portal would take it as a different reference that looks the same.</source>
        <translation>{title} „{value}“ enthält {what}: Das Portal würde es als einen anderen Verweis ansehen, der gleich aussieht.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}, which is loaded as it is although it does not show.</source>
        <translation>{title} „{value}“ enthält {what}, das unverändert geladen wird, obwohl es nicht sichtbar ist.</translation>
    </message>
    <message>
        <source>Retype {title} without the invisible character (or remove it with the spreadsheet&apos;s SUBSTITUTE or CLEAN function), then check the file again.</source>
        <translation>Geben Sie {title} ohne das unsichtbare Zeichen neu ein (oder entfernen Sie es mit der Funktion WECHSELN oder SÄUBERN der Tabellenkalkulation), und prüfen Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Check {title}: remove the invisible character unless it is meant to be there.</source>
        <translation>Prüfen Sie {title}: Entfernen Sie das unsichtbare Zeichen, sofern es nicht beabsichtigt ist.</translation>
    </message>
    <message>
        <source>{title} holds an invisible character.</source>
        <translation>{title} enthält ein unsichtbares Zeichen.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file nor among the users your API user can see in the portal, so it must exist in a part of the portal outside that view (used by {records}).</source>
        <translation>{title} „{value}“ ist weder in dieser Datei noch unter den Benutzern, die Ihr API-Benutzer im Portal sehen kann, und muss daher in einem Teil des Portals außerhalb dieser Sicht existieren (verwendet von {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file nor among the organizational units your API user can see in the portal, so it must exist in a part of the portal outside that view (used by {records}).</source>
        <translation>{title} „{value}“ ist weder in dieser Datei noch unter den Organisationseinheiten, die Ihr API-Benutzer im Portal sehen kann, und muss daher in einem Teil des Portals außerhalb dieser Sicht existieren (verwendet von {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file, so this user must already exist in the portal (used by {records}).</source>
        <translation>{title} „{value}“ ist nicht in dieser Datei, daher muss dieser Benutzer bereits im Portal existieren (verwendet von {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file, so this organizational unit must already exist in the portal (used by {records}).</source>
        <translation>{title} „{value}“ ist nicht in dieser Datei, daher muss diese Organisationseinheit bereits im Portal existieren (verwendet von {records}).</translation>
    </message>
    <message>
        <source>Check that this user exists in Cornerstone, or load it in an import of the same job.</source>
        <translation>Prüfen Sie, ob dieser Benutzer in Cornerstone existiert, oder laden Sie ihn in einem Import desselben Auftrags.</translation>
    </message>
    <message>
        <source>Check that this organizational unit exists in Cornerstone, or load it in an import of the same job.</source>
        <translation>Prüfen Sie, ob diese Organisationseinheit in Cornerstone existiert, oder laden Sie sie in einem Import desselben Auftrags.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not exist in the portal; the record is loaded without this relation.</source>
        <translation>{title} „{value}“ existiert im Portal nicht; der Datensatz wird ohne diese Beziehung geladen.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not match any user in the portal, in this file or in the other imports of this job.</source>
        <translation>{title} „{value}“ passt zu keinem Benutzer im Portal, in dieser Datei oder in den anderen Importen dieses Auftrags.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not match any organizational unit in the portal, in this file or in the other imports of this job.</source>
        <translation>{title} „{value}“ passt zu keiner Organisationseinheit im Portal, in dieser Datei oder in den anderen Importen dieses Auftrags.</translation>
    </message>
    <message>
        <source>Use the user&apos;s ID as it is in Cornerstone, or load the user in the same job.</source>
        <translation>Verwenden Sie die ID des Benutzers, wie sie in Cornerstone steht, oder laden Sie den Benutzer im selben Auftrag.</translation>
    </message>
    <message>
        <source>Use the organizational unit&apos;s ID as it is in Cornerstone, or load the organizational unit in the same job.</source>
        <translation>Verwenden Sie die ID der Organisationseinheit, wie sie in Cornerstone steht, oder laden Sie die Organisationseinheit im selben Auftrag.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is an inactive user, and this job does not allow inactive users ({setting} is false).</source>
        <translation>{title} „{value}“ ist ein inaktiver Benutzer, und dieser Auftrag lässt keine inaktiven Benutzer zu ({setting} ist false).</translation>
    </message>
    <message>
        <source>Reactivate the user, choose an active one, or create the job with {setting} true.</source>
        <translation>Reaktivieren Sie den Benutzer, wählen Sie einen aktiven, oder legen Sie den Auftrag mit {setting} true an.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is an inactive organizational unit, and this job does not allow inactive organizational units ({setting} is false).</source>
        <translation>{title} „{value}“ ist eine inaktive Organisationseinheit, und dieser Auftrag lässt keine inaktiven Organisationseinheiten zu ({setting} ist false).</translation>
    </message>
    <message>
        <source>Reactivate the organizational unit, choose an active one, or create the job with {setting} true.</source>
        <translation>Reaktivieren Sie die Organisationseinheit, wählen Sie eine aktive, oder legen Sie den Auftrag mit {setting} true an.</translation>
    </message>
</context>
</TS>
