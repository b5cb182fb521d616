<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChangeViewer</name>
    <message>
        <source>What will change in the portal</source>
        <translation>Qué cambiará en el portal</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Modificados ({count})</translation>
    </message>
    <message>
        <source>New ({count})</source>
        <translation>Nuevos ({count})</translation>
    </message>
    <message>
        <source>{unchanged} ({count})</source>
        <translation>{unchanged} ({count})</translation>
    </message>
    <message>
        <source>Every record ({count})</source>
        <translation>Todos los registros ({count})</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Records and what happens to them</source>
        <translation>Registros y qué ocurre con ellos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the portal now</source>
        <translation>En el portal ahora</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>En su archivo</translation>
    </message>
    <message>
        <source>The selected record&apos;s changed fields</source>
        <translation>Campos modificados del registro seleccionado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Compared: {compared}.
Not compared (the portal&apos;s list of {what} does not show them): {not_compared}.</source>
        <translation>Comparados: {compared}.
No comparados (la lista de {what} del portal no los muestra): {not_compared}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>No record to show here.</source>
        <translation>No hay ningún registro que mostrar aquí.</translation>
    </message>
    <message>
        <source>Record {record} ({id}): {what}</source>
        <translation>Registro {record} ({id}): {what}</translation>
    </message>
    <message>
        <source>The portal holds no record {id} yet: the load creates it.</source>
        <translation>El portal aún no tiene ningún registro {id}: la carga lo crea.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(empty: left as it is)</source>
        <translation>(vacío: se deja como está)</translation>
    </message>
    <message>
        <source>No difference in the fields compared.</source>
        <translation>Ninguna diferencia en los campos comparados.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change (in bold).</source>
        <translation>
            <numerusform>%n campo cambia (en negrita).</numerusform>
            <numerusform>%n campos cambian (en negrita).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared, so they may change too: {fields}.</source>
        <translation>No comparados, por lo que también pueden cambiar: {fields}.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your portal</source>
        <translation>Conectarse al portal</translation>
    </message>
    <message>
        <source>Choose a saved connection or add one with the client id and secret from Cornerstone&apos;s API Management page, then test it. The secret is kept in your computer&apos;s keyring, never in a file.</source>
        <translation>Elija una conexión guardada o agregue una con el ID de cliente y el secreto de cliente de la página API Management de Cornerstone y, a continuación, pruébela. El secreto se guarda en el llavero del sistema de su equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <extracomment>Secrets typed this session, by profile name: kept in memory (never written) until the window closes, so a test or a reconnect does not ask for them again when the keyring is not used.</extracomment>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No saved profile yet: fill in the form and test it.</source>
        <translation>Aún no hay ningún perfil guardado: complete el formulario y pruébelo.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ej., Acme producción</translation>
    </message>
    <message>
        <source>acme (from https://acme.csod.com)</source>
        <translation>acme (de https://acme.csod.com)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>preproducción (stage)</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>piloto</translation>
    </message>
    <message>
        <source>optional: https://acme-pil.csod.com overrides the two above</source>
        <translation>opcional: https://acme-pil.csod.com reemplaza los dos anteriores</translation>
    </message>
    <message>
        <source>from API Management</source>
        <translation>de API Management</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>The secret of the API application, from Cornerstone&apos;s API Management page. Typed characters are hidden; it is kept in this computer&apos;s keyring if you tick Remember, never in the profile.</source>
        <translation>El secreto de la aplicación de la API, de la página API Management de Cornerstone. Los caracteres escritos se ocultan; si marca Recordar, se guarda en el llavero del sistema de este equipo, nunca en el perfil.</translation>
    </message>
    <message>
        <source>Remember the secret in this computer&apos;s keyring</source>
        <translation>Recordar el secreto en el llavero del sistema de este equipo</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes requested with the token.</source>
        <translation>Ámbitos OAuth, separados por espacios, que se solicitan con el token.</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s proxy settings</source>
        <translation>vacío: configuración de proxy de este equipo</translation>
    </message>
    <message>
        <source>A proxy for this portal only, e.g. http://proxy.acme.local:8080 (ask IT). The local sandbox is never reached through a proxy.</source>
        <translation>Un proxy solo para este portal, p. ej., http://proxy.acme.local:8080 (consulte a TI). El entorno de pruebas local nunca se usa a través de un proxy.</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>solo si el proxy lo solicita</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Portal name</source>
        <translation>Nombre del portal</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Root URL</source>
        <translation>URL raíz</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Comprobaciones de la conexión</translation>
    </message>
    <message>
        <source>Press Test connection: each check appears here as it completes.</source>
        <translation>Pulse Probar la conexión: cada comprobación aparece aquí al terminar.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Asking this computer&apos;s keyring…</source>
        <translation>Consultando el llavero del sistema de este equipo…</translation>
    </message>
    <message>
        <source>This computer has no keyring: the secret is asked each session.</source>
        <translation>Este equipo no tiene llavero del sistema: el secreto se solicita en cada sesión.</translation>
    </message>
    <message>
        <source>saved in the keyring (type to replace)</source>
        <translation>guardado en el llavero del sistema (escriba para reemplazarlo)</translation>
    </message>
    <message>
        <source>not needed for the local sandbox</source>
        <translation>no es necesario para el entorno de pruebas local</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; saved.</source>
        <translation>Perfil «{name}» guardado.</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; removed, with its saved secret.</source>
        <translation>Perfil «{name}» eliminado, junto con su secreto guardado.</translation>
    </message>
    <message>
        <source>Connection test stopped.</source>
        <translation>Prueba de conexión detenida.</translation>
    </message>
    <message>
        <source>a check did not pass.</source>
        <translation>una comprobación no se superó.</translation>
    </message>
    <message>
        <source>The connection test failed: {message}</source>
        <translation>La prueba de conexión falló: {message}</translation>
    </message>
    <message>
        <source>Connected to {portal}. Next, choose what to load.</source>
        <translation>Conexión establecida: {portal}. A continuación, elija qué cargar.</translation>
    </message>
    <message>
        <source>Other windows, commands or tools on this portal share its budget; nothing fails meanwhile.</source>
        <translation>Otras ventanas, comandos o herramientas de este portal comparten su cuota de solicitudes; mientras tanto, no falla nada.</translation>
    </message>
</context>
<context>
    <name>ConstantDialog</name>
    <message>
        <source>Add a constant</source>
        <translation>Agregar una constante</translation>
    </message>
    <message>
        <source>Type or choose a field</source>
        <translation>Escriba o elija un campo</translation>
    </message>
    <message>
        <source>The value every record gets</source>
        <translation>El valor que recibe cada registro</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value for every record</source>
        <translation>Valor para todos los registros</translation>
    </message>
    <message>
        <source>{field} already has the constant &apos;{value}&apos;: this value replaces it.</source>
        <translation>{field} ya tiene la constante «{value}»: este valor la reemplaza.</translation>
    </message>
    <message>
        <source>{field} loads from your column &apos;{column}&apos;: the constant fills only the records where that column is empty.</source>
        <translation>{field} se carga desde su columna «{column}»: la constante solo completa los registros en los que esa columna está vacía.</translation>
    </message>
</context>
<context>
    <name>CulturePanel</name>
    <message>
        <source>Use {culture} for dates and numbers</source>
        <translation>Usar {culture} para fechas y números</translation>
    </message>
    <message>
        <source>Use {dates} for dates and {numbers} for numbers</source>
        <translation>Usar {dates} para las fechas y {numbers} para los números</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>(settings to change, the words of the change for Undo) (setting, value confirmed, the words of the confirmation)</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>{date_setting} {dates} and {number_setting} {numbers}</source>
        <translation>{date_setting} {dates} y {number_setting} {numbers}</translation>
    </message>
    <message>
        <source>{settings} read them all:</source>
        <translation>{settings} los leen todos:</translation>
    </message>
    <message>
        <source>Sets {settings} for this import (the Load type step shows them) and checks the file again.</source>
        <translation>Establece {settings} para esta importación (el paso Tipo de carga las muestra) y vuelve a comprobar el archivo.</translation>
    </message>
    <message>
        <source>The dates and numbers of this file are not written the way the import reads them.</source>
        <translation>Las fechas y los números de este archivo no están escritos como los lee la importación.</translation>
    </message>
    <message>
        <source>Yes, {order}: keep {setting} {value}</source>
        <translation>Sí, {order}: mantener {setting} {value}</translation>
    </message>
    <message>
        <source>Nothing in the file shows whether the day or the month comes first; your answer is kept for this file (another file, or another Date format, asks again).</source>
        <translation>Nada en el archivo indica si va primero el día o el mes; su respuesta se conserva para este archivo (otro archivo, u otro formato de fecha, vuelve a preguntarlo).</translation>
    </message>
    <message>
        <source>Please confirm once how the dates are to be read:</source>
        <translation>Confirme una vez cómo deben leerse las fechas:</translation>
    </message>
    <message>
        <source>Sets {setting} to {value} for this import (the Load type step shows it) and checks the file again.</source>
        <translation>Establece {setting} en {value} para esta importación (el paso Tipo de carga lo muestra) y vuelve a comprobar el archivo.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What is wrong with the selected cell</source>
        <translation>Qué está mal en la celda seleccionada</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>Fila {row}, {field}: {problem}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>&apos;{name}&apos; is a {kind} file; csod-desktop reads CSV, TSV, Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in one of those formats.</source>
        <extracomment>The file chooser&apos;s filter patterns (its words are translated where it opens, see ``DropZone.choose``).</extracomment>
        <translation>«{name}» es un archivo {kind}; csod-desktop lee archivos CSV, TSV, Excel (.xlsx) y JSON (y libros .xlsm, .xls y OpenDocument .ods). Exporte sus datos en uno de esos formatos.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a file without an extension; csod-desktop reads CSV, TSV, Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in one of those formats.</source>
        <translation>«{name}» es un archivo sin extensión; csod-desktop lee archivos CSV, TSV, Excel (.xlsx) y JSON (y libros .xlsm, .xls y OpenDocument .ods). Exporte sus datos en uno de esos formatos.</translation>
    </message>
    <message>
        <source>Drop a data file here, or press Enter to choose one</source>
        <translation>Suelte aquí un archivo de datos o pulse Entrar para elegir uno</translation>
    </message>
    <message>
        <source>Opens a file chooser. CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) and JSON files are read; nothing is sent to the portal in this step.</source>
        <translation>Abre un selector de archivos. Se leen archivos CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) y JSON; en este paso no se envía nada al portal.</translation>
    </message>
    <message>
        <source>Drop your file here</source>
        <translation>Suelte aquí su archivo</translation>
    </message>
    <message>
        <source>or click to choose one · CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods), JSON</source>
        <translation>o haga clic para elegir uno · CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods), JSON</translation>
    </message>
    <message>
        <source>Current file: {name}</source>
        <translation>Archivo actual: {name}</translation>
    </message>
    <message>
        <source>Drop one file at a time: each file becomes its own import.</source>
        <translation>Suelte un solo archivo a la vez: cada archivo se convierte en su propia importación.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file that exists; choose the file again.</source>
        <translation>«{path}» no es un archivo existente; vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <source>Data files ({patterns})</source>
        <translation>Archivos de datos ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>Elegir el archivo de datos</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message numerus="yes">
        <source>%n cell edit(s)</source>
        <translation>
            <numerusform>%n edición de celda</numerusform>
            <numerusform>%n ediciones de celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exclusion(s)</source>
        <translation>
            <numerusform>%n exclusión</numerusform>
            <numerusform>%n exclusiones</numerusform>
        </translation>
    </message>
    <message>
        <source>your changes to the mapping</source>
        <translation>sus cambios en la asignación</translation>
    </message>
    <message>
        <source>your answer about the order of the dates</source>
        <translation>su respuesta sobre el orden de las fechas</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the file to load</source>
        <translation>Elegir el archivo que cargar</translation>
    </message>
    <message>
        <source>Drop the export from your HR system here. The app detects its encoding and delimiter; change them if the preview looks wrong. Nothing is sent to the portal in this step.</source>
        <translation>Suelte aquí la exportación de su sistema de RR. HH. La aplicación detecta su codificación y su delimitador; cámbielos si la vista previa no se ve bien. En este paso no se envía nada al portal.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>The line (or Excel row) that holds the column names.</source>
        <translation>La línea (o fila de Excel) que contiene los nombres de las columnas.</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Aún no hay archivo.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>Leyendo {name} …</translation>
    </message>
    <message>
        <source>Reading {name} … {percent}%</source>
        <translation>Leyendo {name} … {percent} %</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Lectura detenida.</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>No se pudo leer este archivo.</translation>
    </message>
    <message>
        <source>Choose what to load first (step 2), then the file.</source>
        <translation>Elija primero qué cargar (paso 2) y después el archivo.</translation>
    </message>
    <message>
        <source>Choose what to load on the Load type step first, then drop the file again.</source>
        <translation>Elija primero qué cargar en el paso Tipo de carga y vuelva a soltar el archivo.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (oculta)</translation>
    </message>
    <message>
        <source>1 thing in this file needs a look: it is written under the file&apos;s summary.</source>
        <translation>Hay 1 aspecto de este archivo que revisar: se indica debajo del resumen del archivo.</translation>
    </message>
    <message>
        <source>{count} things in this file need a look: they are written under its summary.</source>
        <translation>Hay {count} aspectos de este archivo que revisar: se indican debajo de su resumen.</translation>
    </message>
    <message>
        <source>{name} was read again, so its review starts over: {lost} made for the previous reading are gone.</source>
        <translation>{name} se volvió a leer, por lo que su revisión empieza de nuevo: se perdieron {lost} de la lectura anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} columnas</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>codificación {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>delimitador {delimiter}</translation>
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
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>In the column</source>
        <translation>En la columna</translation>
    </message>
    <message>
        <source>Whole cell</source>
        <translation>Celda completa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Coincidir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Close find and replace (Esc)</source>
        <translation>Cerrar buscar y reemplazar (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Cerrar buscar y reemplazar</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>{count} of {shown} cells</source>
        <translation>{count} de {shown} celdas</translation>
    </message>
    <message>
        <source>no cell matches</source>
        <translation>ninguna celda coincide</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <extracomment>What the table shows, in order: (the column&apos;s name in the frame, HistoryRow field or a derived key). The name is the English header; what the header shows is ``column_labels()`` (translated). Columns kept narrow so the counts, the report and the days left fit without scrolling. Counts: written the locale&apos;s way.</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Cargados</translation>
    </message>
    <message>
        <source>Warn.</source>
        <translation>Adv.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días rest.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>Estado del trabajo</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>ID del trabajo</translation>
    </message>
    <message>
        <source>Import id</source>
        <translation>ID de importación</translation>
    </message>
    <message>
        <source>{report}, {used}/{limit} used</source>
        <translation>{report}, {used}/{limit} descargas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every job run from this computer, newest first. Cornerstone deletes results 30 days after an import was created: the days left are shown. Double-click an import to reopen its results.</source>
        <translation>Todos los trabajos ejecutados desde este equipo, del más reciente al más antiguo. Cornerstone elimina los resultados 30 días después de crear una importación: se muestran los días restantes. Haga doble clic en una importación para volver a abrir sus resultados.</translation>
    </message>
    <message>
        <source>Search labels, ids, types, files…</source>
        <extracomment>Reopen an import&apos;s results (its import id).</extracomment>
        <translation>Buscar etiquetas, ID, tipos, archivos…</translation>
    </message>
    <message>
        <source>Search the history of imports</source>
        <translation>Buscar en el historial de importaciones</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Reopen results</source>
        <translation>Reabrir resultados</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export DuckDB…</source>
        <translation>Exportar DuckDB…</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in {jobs}</source>
        <translation>
            <numerusform>%n importación en {jobs}</numerusform>
            <numerusform>%n importaciones en {jobs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>DuckDB database</source>
        <translation>Base de datos DuckDB</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>History exported to {path}.</source>
        <translation>Historial exportado a {path}.</translation>
    </message>
</context>
<context>
    <name>JobDialogs</name>
    <message>
        <source>this portal</source>
        <extracomment>What the journal says of a job the administrator forgot (stored in the journal: not display text).</extracomment>
        <translation>este portal</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>Job {names} is still running.</source>
        <translation>El trabajo {names} sigue en ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs are still running: {names}.</source>
        <translation>
            <numerusform>%n trabajo sigue en ejecución: {names}.</numerusform>
            <numerusform>%n trabajos siguen en ejecución: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>If you quit now, Cornerstone carries on with it; this app stops following it. The next time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports (or run &apos;csod-desktop resume&apos;). Nothing is sent twice.</source>
        <translation>Si sale ahora, Cornerstone continúa con él; esta aplicación deja de seguirlo. La próxima vez que abra la aplicación y se conecte a {portal}, retomará el trabajo donde se detuvo y obtendrá los informes (o ejecute «csod-desktop resume»). Nada se envía dos veces.</translation>
    </message>
    <message>
        <source>If you quit now, Cornerstone carries on with them; this app stops following them. The next time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports (or run &apos;csod-desktop resume&apos;). Nothing is sent twice.</source>
        <translation>Si sale ahora, Cornerstone continúa con ellos; esta aplicación deja de seguirlos. La próxima vez que abra la aplicación y se conecte a {portal}, retomará los trabajos donde se detuvieron y obtendrá los informes (o ejecute «csod-desktop resume»). Nada se envía dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>The data of %n import(s) is not sent yet: it is sent then.</source>
        <translation>
            <numerusform>Los datos de %n importación aún no se han enviado: se enviarán entonces.</numerusform>
            <numerusform>Los datos de %n importaciones aún no se han enviado: se enviarán entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload in progress stops; before sending it again, the app asks the portal what arrived.</source>
        <translation>La carga de datos en curso se detiene; antes de volver a enviarlos, la aplicación pregunta al portal qué llegó.</translation>
    </message>
    <message>
        <source>Quit while a job is running?</source>
        <translation>¿Salir mientras se ejecuta un trabajo?</translation>
    </message>
    <message>
        <source>Quit, carry on later</source>
        <translation>Salir y continuar más tarde</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Mantener la aplicación abierta</translation>
    </message>
    <message>
        <source>The job stays on the portal: Cornerstone carries on with whatever it received. This app stops following it: it no longer asks for its status or fetches its reports, and it is no longer offered for resuming. It stays in the History as forgotten.</source>
        <translation>El trabajo permanece en el portal: Cornerstone continúa con todo lo que recibió. Esta aplicación deja de seguirlo: ya no consulta su estado ni obtiene sus informes, y ya no se ofrece para reanudarlo. Queda en el Historial como olvidado.</translation>
    </message>
    <message>
        <source>1 of its {total} imports have data that was never sent (or not known to have arrived): it is not sent.</source>
        <translation>1 de sus {total} importaciones tiene datos que nunca se enviaron (o de los que no se sabe si llegaron): no se envían.</translation>
    </message>
    <message>
        <source>{count} of its {total} imports have data that was never sent (or not known to have arrived): they are not sent.</source>
        <translation>{count} de sus {total} importaciones tienen datos que nunca se enviaron (o de los que no se sabe si llegaron): no se envían.</translation>
    </message>
    <message>
        <source>Forget job “{name}”?</source>
        <translation>¿Olvidar el trabajo «{name}»?</translation>
    </message>
    <message>
        <source>Forget this job?</source>
        <translation>¿Olvidar este trabajo?</translation>
    </message>
    <message>
        <source>Forget the job</source>
        <translation>Olvidar el trabajo</translation>
    </message>
    <message>
        <source>Keep following it</source>
        <translation>Seguir supervisándolo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Olvidar…</translation>
    </message>
    <message>
        <source>The job stays on the portal; this app stops following it (it asks first)</source>
        <translation>El trabajo permanece en el portal; esta aplicación deja de seguirlo (antes lo pregunta)</translation>
    </message>
    <message>
        <source>Not followed now. Resume carries on (nothing is sent twice); Forget stops following it (it stays on the portal).</source>
        <translation>No se está siguiendo ahora. Reanudar continúa (nada se envía dos veces); Olvidar deja de seguirlo (permanece en el portal).</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System ({language})</source>
        <extracomment>The entry that follows the OS (its data is the empty string: nothing saved).</extracomment>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>La ventana usará el idioma elegido a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The window will be in {language} from its next start.</source>
        <translation>La ventana estará en {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>LoadTypePage</name>
    <message>
        <source>Creates and updates employees: their identity, manager, organizational units and custom fields.</source>
        <translation>Crea y actualiza empleados: su identidad, su responsable, sus unidades organizativas y sus campos personalizados.</translation>
    </message>
    <message>
        <source>Creates and updates divisions, the units that group employees by part of the business.</source>
        <translation>Crea y actualiza divisiones, las unidades que agrupan a los empleados por área del negocio.</translation>
    </message>
    <message>
        <source>Creates and updates positions, the jobs employees hold.</source>
        <translation>Crea y actualiza puestos, los cargos que ocupan los empleados.</translation>
    </message>
    <message>
        <source>Creates and updates locations: the offices and sites where employees work.</source>
        <translation>Crea y actualiza ubicaciones: las oficinas y sedes donde trabajan los empleados.</translation>
    </message>
    <message>
        <source>Creates and updates cost centers, the units costs are charged to.</source>
        <translation>Crea y actualiza centros de costos, las unidades a las que se imputan los costos.</translation>
    </message>
    <message>
        <source>Creates and updates grades, the pay or job levels.</source>
        <translation>Crea y actualiza grados, los niveles salariales o profesionales.</translation>
    </message>
    <message>
        <source>Creates and updates legal entities: the companies that employ your people.</source>
        <translation>Crea y actualiza entidades jurídicas: las empresas que emplean a su personal.</translation>
    </message>
    <message>
        <source>Creates and updates {title}, a custom unit type of your portal (type_id {type_id}).</source>
        <translation>Crea y actualiza {title}, un tipo de unidad personalizado de su portal (type_id {type_id}).</translation>
    </message>
    <message>
        <source>Loads {title} records.</source>
        <translation>Carga registros de {title}.</translation>
    </message>
    <message>
        <source>What do you want to load?</source>
        <translation>¿Qué desea cargar?</translation>
    </message>
    <message>
        <source>These are the load types your portal offers to this API user. Pick one, check its settings, then continue: the app fetches the portal&apos;s schema for it.</source>
        <translation>Estos son los tipos de carga que su portal ofrece a este usuario de la API. Elija uno, revise su configuración y continúe: la aplicación obtiene el esquema del portal para ese tipo.</translation>
    </message>
    <message>
        <source>Load types</source>
        <translation>Tipos de carga</translation>
    </message>
    <message>
        <source>Reload from the portal</source>
        <translation>Volver a cargar desde el portal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Job settings</source>
        <translation>Configuración del trabajo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Your API user lacks the permission for this type; ask your Cornerstone administrator.</source>
        <translation>Su usuario de la API no tiene permiso para este tipo; consulte a su administrador de Cornerstone.</translation>
    </message>
    <message>
        <source>Continue with {title}</source>
        <translation>Continuar con {title}</translation>
    </message>
    <message>
        <source>Your file and mapping are kept and checked again.</source>
        <translation>Su archivo y su asignación se conservan y se vuelven a comprobar.</translation>
    </message>
    <message>
        <source>Next, choose your file.</source>
        <translation>A continuación, elija su archivo.</translation>
    </message>
    <message>
        <source>{title} is another import, so it starts without a file: {file} and its mapping were for {before}. Next, choose the file.</source>
        <translation>{title} es otra importación, así que empieza sin archivo: {file} y su asignación eran para {before}. A continuación, elija el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The portal&apos;s schema for {title} has %n field(s), {required} of them required.</source>
        <translation>
            <numerusform>El esquema del portal para {title} tiene %n campo, {required} de ellos obligatorios.</numerusform>
            <numerusform>El esquema del portal para {title} tiene %n campos, {required} de ellos obligatorios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSOD Desktop: bulk loads for Cornerstone</source>
        <extracomment>The steps panel on the left. Each step&apos;s page class, in step order (&quot;module:Class&quot;): imported when the page is first built. The window painted for the first time (nothing but the Connect step is built yet). The window is up: first paint done, the OS keyring found, ``StepPage.started()`` called. Every page is built (the idle-time build after the first paint ended). Ask before closing while a job is followed (tests that tear a window down turn it off).</extracomment>
        <translation>CSOD Desktop: cargas masivas para Cornerstone</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Whether the window is up (``started``): pages built from then on are started when built. Builds one page per turn of the event loop after the first paint (stopped when the window closes).</extracomment>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Connect to {profile} to carry on with its unfinished job.</source>
        <translation>Conéctese a {profile} para continuar con su trabajo sin terminar.</translation>
    </message>
    <message>
        <source>Press Test connection: the job is resumed as soon as the connection works.</source>
        <translation>Pulse Probar la conexión: el trabajo se reanuda en cuanto la conexión funcione.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>{shortcut}: finish the steps before it</source>
        <translation>{shortcut}: termine antes los pasos anteriores</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Siguiente: {step}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connected to
{profile}
{url}</source>
        <translation>Conectado a
{profile}
{url}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Edge Bulk API loader</source>
        <translation>Cargador de Edge Bulk API</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Each change you make here is said on this line, with what it does to the other columns; Ctrl+Z takes it back.</source>
        <translation>Cada cambio que haga aquí se describe en esta línea, junto con lo que provoca en las demás columnas; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Match your columns to the portal&apos;s fields</source>
        <extracomment>The typed text names no field: nothing changed (the page says so).</extracomment>
        <translation>Asigne sus columnas a los campos del portal</translation>
    </message>
    <message>
        <source>Each column of your file loads into one field of the portal. The app matched them by name and title; check the matches with low confidence, map what is missing, and continue.</source>
        <translation>Cada columna de su archivo se carga en un campo del portal. La aplicación las asignó por nombre y título; revise las asignaciones de confianza baja, asigne lo que falte y continúe.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>Map values…</source>
        <translation>Asignar valores…</translation>
    </message>
    <message>
        <source>Translate the values of the selected column to the portal&apos;s allowed values</source>
        <translation>Traducir los valores de la columna seleccionada a los valores permitidos por el portal</translation>
    </message>
    <message>
        <source>Add constant…</source>
        <translation>Agregar constante…</translation>
    </message>
    <message>
        <source>Remove constant</source>
        <translation>Quitar constante</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Guardar plantilla…</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>Cargar plantilla…</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Constants (the same value on every record):</source>
        <translation>Constantes (el mismo valor en todos los registros):</translation>
    </message>
    <message>
        <source>The saved mapping for this file layout could not be used: {error}</source>
        <translation>No se pudo usar la asignación guardada para este diseño de archivo: {error}</translation>
    </message>
    <message>
        <source>The mapping you saved for files with these columns was applied automatically. Check it, or load another template.</source>
        <translation>Se aplicó automáticamente la asignación que guardó para los archivos con estas columnas. Revísela o cargue otra plantilla.</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Deshecho: {change}</translation>
    </message>
    <message>
        <source>There is no mapping change to undo.</source>
        <translation>No hay ningún cambio de asignación que deshacer.</translation>
    </message>
    <message>
        <source>Done again: {change}</source>
        <translation>Rehecho: {change}</translation>
    </message>
    <message>
        <source>There is no mapping change to redo.</source>
        <translation>No hay ningún cambio de asignación que rehacer.</translation>
    </message>
    <message>
        <source>No field of the portal matches &apos;{text}&apos;: nothing was changed. Type part of a field&apos;s title or name and choose it in the list, or choose &apos;{not_loaded}&apos; to leave the column out.</source>
        <translation>Ningún campo del portal coincide con «{text}»: no se cambió nada. Escriba parte del título o del nombre de un campo y elíjalo en la lista, o elija «{not_loaded}» para dejar fuera la columna.</translation>
    </message>
    <message>
        <source>Required and not mapped yet: {fields}</source>
        <translation>Obligatorios y aún sin asignar: {fields}</translation>
    </message>
    <message>
        <source>Every required field is mapped.</source>
        <translation>Todos los campos obligatorios están asignados.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Template saved as {path}. Files with the same columns will use it automatically.</source>
        <translation>Plantilla guardada como {path}. Los archivos con las mismas columnas la usarán automáticamente.</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Cargar plantilla</translation>
    </message>
    <message>
        <source>Mapping templates (*.json)</source>
        <translation>Plantillas de asignación (*.json)</translation>
    </message>
    <message>
        <source>This template is for {template}, not {load_type}.</source>
        <translation>Esta plantilla es para {template}, no para {load_type}.</translation>
    </message>
    <message>
        <source>Template {name} applied.</source>
        <translation>Plantilla {name} aplicada.</translation>
    </message>
    <message>
        <source>Template {name} applied. {change}</source>
        <translation>Plantilla {name} aplicada. {change}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <extracomment>How many columns the table has (its headers are :func:`headers`, in the window&apos;s language). The English of :func:`not_mapped` (the tests compare with it).</extracomment>
        <translation>Columna de su archivo</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Loads into</source>
        <translation>Se carga en</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>— not loaded —</source>
        <translation>— no se carga —</translation>
    </message>
    <message>
        <source>{percent}% by name</source>
        <translation>{percent} % por nombre</translation>
    </message>
    <message>
        <source>{percent}% by title</source>
        <translation>{percent} % por título</translation>
    </message>
    <message>
        <source>{percent}% by normalized</source>
        <translation>{percent} % por nombre normalizado</translation>
    </message>
    <message>
        <source>{percent}% by similarity</source>
        <translation>{percent} % por similitud</translation>
    </message>
    <message>
        <source>{percent}% by {method}</source>
        <translation>{percent} % por {method}</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suya</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Something went wrong inside csod-desktop ({kind}).</source>
        <extracomment>A button beside the message: (its words, what it does), e.g. (&quot;Open folder&quot;, open it). The step whose page posted it (``ui.steps``); None for the window&apos;s own messages. A message was taken back: the step whose message it was, or None for the step on screen.</extracomment>
        <translation>Se produjo un error interno en csod-desktop ({kind}).</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
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
        <translation>Las comprobaciones con los datos de su portal están desactivadas: detuvo la lectura de los empleados y las UO del portal.</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees and OUs</source>
        <extracomment>Plan events after which what Review says against the portal is worked out again. The snapshot, its reading (progress, failure) or the review changed: views render again.</extracomment>
        <translation>Leyendo los empleados y las UO del portal</translation>
    </message>
    <message>
        <source>The portal&apos;s employees and OUs are still being read; the file is checked against them as soon as they arrive.</source>
        <translation>Todavía se están leyendo los empleados y las UO del portal; el archivo se comprueba con ellos en cuanto lleguen.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees are being read again (after a load, or because the last reading is old); press Run again in a moment, so the list you confirm is the portal&apos;s latest.</source>
        <translation>Se están volviendo a leer los empleados del portal (después de una carga o porque la última lectura es antigua); vuelva a ejecutar el trabajo en un momento, para que la lista que confirme sea la más reciente del portal.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees were read a while ago: they are being read again; press Run again in a moment, so the list you confirm is the portal&apos;s latest.</source>
        <translation>Los empleados del portal se leyeron hace un tiempo: se están volviendo a leer; vuelva a ejecutar el trabajo en un momento, para que la lista que confirme sea la más reciente del portal.</translation>
    </message>
</context>
<context>
    <name>PortalPanel</name>
    <message>
        <source>The file is checked on its own, as before. {scope_hint}</source>
        <extracomment>How often the snapshot&apos;s age is written again while the panel shows.</extracomment>
        <translation>El archivo se comprueba por sí solo, como antes. {scope_hint}</translation>
    </message>
    <message>
        <source>Your API user sees only part of the portal&apos;s employees, so a reference to someone outside its view is a warning, not an error.</source>
        <translation>Su usuario de la API solo ve una parte de los empleados del portal, por lo que una referencia a alguien fuera de su alcance es una advertencia, no un error.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n empleado</numerusform>
            <numerusform>%n empleados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizational unit(s)</source>
        <translation>
            <numerusform>%n unidad organizativa</numerusform>
            <numerusform>%n unidades organizativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against your portal&apos;s data as read {age} (at {time}: {counts}).</source>
        <translation>Comprobado con los datos de su portal leídos {age} (a las {time}: {counts}).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>The panel shows something new (the reading, its end, the comparison): Review says again if it is ready.</extracomment>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reading the portal&apos;s data: the file is then checked on its own</source>
        <translation>Detener la lectura de los datos del portal: el archivo se comprueba entonces por sí solo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the portal&apos;s employees and OUs again, then check the file again</source>
        <translation>Volver a leer los empleados y las UO del portal y, después, volver a comprobar el archivo</translation>
    </message>
    <message>
        <source>See what will change…</source>
        <translation>Ver qué cambiará…</translation>
    </message>
    <message>
        <source>See who…</source>
        <translation>Ver quiénes…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Reading your portal&apos;s employees and OUs to check the file against them: {progress}.</source>
        <translation>Leyendo los empleados y las UO de su portal para comprobar el archivo con ellos: {progress}.</translation>
    </message>
    <message>
        <source>Reading it again: {progress}.</source>
        <translation>Volviendo a leerlos: {progress}.</translation>
    </message>
    <message>
        <source>Reading it again did not work ({error}); the reading above is used.</source>
        <translation>La nueva lectura no funcionó ({error}); se usa la lectura anterior.</translation>
    </message>
    <message>
        <source>ReconcileUsers is on, and the employees it deactivates cannot be listed without the portal&apos;s employees: every active employee missing from this file will be deactivated.</source>
        <translation>ReconcileUsers está activado y los empleados que desactiva no se pueden enumerar sin los empleados del portal: se desactivará a todos los empleados activos que falten en este archivo.</translation>
    </message>
    <message>
        <source>{sentence} That is more than our {limit} limit: before anything is sent, the Run step asks you to confirm this number and to tick an explicit override.</source>
        <translation>{sentence} Eso supera nuestro límite de {limit}: antes de enviar nada, el paso Ejecución le pide que confirme este número y que marque una anulación explícita.</translation>
    </message>
    <message>
        <source>{sentence} Before anything is sent, the Run step asks you to confirm this number.</source>
        <translation>{sentence} Antes de enviar nada, el paso Ejecución le pide que confirme este número.</translation>
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
        <translation>Empleados que esta carga desactiva</translation>
    </message>
    <message>
        <source>Who ReconcileUsers deactivates</source>
        <translation>A quién desactiva ReconcileUsers</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>el portal</translation>
    </message>
    <message>
        <source>Deactivate employees?</source>
        <translation>¿Desactivar empleados?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n employee(s)?</source>
        <translation>
            <numerusform>¿Desactivar %n empleado?</numerusform>
            <numerusform>¿Desactivar %n empleados?</numerusform>
        </translation>
    </message>
    <message>
        <source>PRODUCTION portal: {where}</source>
        <translation>Portal de PRODUCCIÓN: {where}</translation>
    </message>
    <message>
        <source>test portal: {where}</source>
        <translation>Portal de prueba: {where}</translation>
    </message>
    <message>
        <source>This job deactivates every active employee of {portal} missing from “{label}”.</source>
        <translation>Este trabajo desactiva a todos los empleados activos de {portal} que no figuran en «{label}».</translation>
    </message>
    <message numerus="yes">
        <source>This job deactivates %n employee(s) of {portal}.</source>
        <translation>
            <numerusform>Este trabajo desactiva a %n empleado de {portal}.</numerusform>
            <numerusform>Este trabajo desactiva a %n empleados de {portal}.</numerusform>
        </translation>
    </message>
    <message>
        <source>ReconcileUsers is on for “{label}”: every active employee of {portal} missing from the file is deactivated.</source>
        <translation>ReconcileUsers está activado para «{label}»: se desactiva a todos los empleados activos de {portal} que no figuran en el archivo.</translation>
    </message>
    <message>
        <source>So who that is cannot be listed.</source>
        <translation>Por lo tanto, no se puede enumerar a quiénes afecta.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees could not be read, so who that is cannot be listed.</source>
        <translation>No se pudieron leer los empleados del portal, por lo que no se puede enumerar a quiénes afecta.</translation>
    </message>
    <message>
        <source>ReconcileUsers is on for “{label}”.</source>
        <translation>ReconcileUsers está activado para «{label}».</translation>
    </message>
    <message>
        <source>The API application&apos;s own account is not known yet (the portal names it in a job&apos;s owner_ref once a job ran): make sure it is not in the list.</source>
        <translation>Aún no se conoce la cuenta propia de la aplicación de la API (el portal la indica en el owner_ref de un trabajo una vez que se ha ejecutado alguno): asegúrese de que no esté en la lista.</translation>
    </message>
    <message>
        <source>Number of employees to deactivate</source>
        <translation>Número de empleados que se desactivarán</translation>
    </message>
    <message>
        <source>Portal name to confirm</source>
        <translation>Nombre del portal para confirmar</translation>
    </message>
    <message>
        <source>Type the number of employees this deactivates ({count})</source>
        <translation>Escriba el número de empleados que se desactivarán ({count})</translation>
    </message>
    <message>
        <source>Type the portal name “{portal}”</source>
        <translation>Escriba el nombre del portal «{portal}»</translation>
    </message>
    <message>
        <source>{count} is {share} of the portal&apos;s {active} active employees, more than our {limit} limit: a file that misses that many people is more often a partial export than a real change. It is refused unless you override it.</source>
        <translation>{count} es el {share} de los {active} empleados activos del portal, más que nuestro límite de {limit}: un archivo al que le falta tanta gente suele ser una exportación parcial, no un cambio real. Se rechaza a menos que usted anule el límite.</translation>
    </message>
    <message numerus="yes">
        <source>Override the limit: I checked the list, and these %n employee(s) are to be deactivated</source>
        <translation>
            <numerusform>Anular el límite: revisé la lista y se debe desactivar a este %n empleado</numerusform>
            <numerusform>Anular el límite: revisé la lista y se debe desactivar a estos %n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate and run</source>
        <translation>Desactivar y ejecutar</translation>
    </message>
    <message>
        <source>Deactivate {count} and run</source>
        <translation>Desactivar {count} y ejecutar</translation>
    </message>
    <message>
        <source>Nothing was sent: the deactivations were not confirmed.</source>
        <translation>No se envió nada: las desactivaciones no se confirmaron.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Not loaded.</source>
        <extracomment>The first column&apos;s name: the key of the saved file&apos;s column too (the header shows it translated). One report cell may hold several messages (the sandbox joins them with &quot; | &quot;; a real portal may do the same). Joins a row&apos;s cells in its search text: a character nobody types, so a search never spans two cells.</extracomment>
        <translation>No cargado.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Per row, the shown columns the portal&apos;s messages name: {column: &quot;error&quot; | &quot;warning&quot;}.</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{value}
The portal&apos;s error: {message}</source>
        <translation>{value}
Error del portal: {message}</translation>
    </message>
    <message>
        <source>{value}
The portal&apos;s warning: {message}</source>
        <translation>{value}
Advertencia del portal: {message}</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Fila del archivo</translation>
    </message>
    <message>
        <source>The report&apos;s column “{name}”</source>
        <translation>La columna «{name}» del informe</translation>
    </message>
    <message>
        <source>The record number of this row in your original file (header excluded)</source>
        <translation>El número de registro de esta fila en su archivo original (sin contar el encabezado)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Opening the report</source>
        <translation>Abriendo el informe</translation>
    </message>
    <message>
        <source>The original file is no longer where it was loaded from: rows cannot be matched to it.</source>
        <translation>El archivo original ya no está donde estaba cuando se cargó: las filas no se pueden relacionar con él.</translation>
    </message>
    <message>
        <source>No column mapping was recorded for this import: rows cannot be matched to the file.</source>
        <translation>No se registró ninguna asignación de columnas para esta importación: las filas no se pueden relacionar con el archivo.</translation>
    </message>
    <message>
        <source>None of the report&apos;s rows could be found in the original file.</source>
        <translation>No se encontró ninguna de las filas del informe en el archivo original.</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Guardando el informe</translation>
    </message>
    <message>
        <source>Preparing the failed rows for review</source>
        <translation>Preparando las filas con errores para revisarlas</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The report of an import: the rows with errors and warnings, matched to the rows of your file. A report is downloaded once and kept on this computer; opening it again costs nothing.</source>
        <translation>El informe de una importación: las filas con errores y advertencias, relacionadas con las filas de su archivo. Un informe se descarga una vez y se guarda en este equipo; volver a abrirlo no cuesta nada.</translation>
    </message>
    <message>
        <source>Import whose results are shown</source>
        <extracomment>The failed rows are in the wizard&apos;s state, ready for the Review step.</extracomment>
        <translation>Importación cuyos resultados se muestran</translation>
    </message>
    <message>
        <source>Open an import from the jobs list or the history.</source>
        <translation>Abra una importación desde la lista de trabajos o el historial.</translation>
    </message>
    <message>
        <source>Cornerstone allows {limit} downloads of a report; the cap keeps one in reserve. Opening the saved copy costs nothing.</source>
        <translation>Cornerstone permite {limit} descargas de un informe; el tope reserva una. Abrir la copia guardada no cuesta nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Rows of the report to show</source>
        <translation>Filas del informe que mostrar</translation>
    </message>
    <message>
        <source>Search every cell…</source>
        <translation>Buscar en todas las celdas…</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Buscar en el informe</translation>
    </message>
    <message>
        <source>Download again…</source>
        <translation>Volver a descargar…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Guardar como Excel…</translation>
    </message>
    <message>
        <source>Open in spreadsheet</source>
        <translation>Abrir en hoja de cálculo</translation>
    </message>
    <message>
        <source>Fix and reload…</source>
        <translation>Corregir y volver a cargar…</translation>
    </message>
    <message>
        <source>Puts the failed rows, in your file&apos;s columns, back into Review as a new job</source>
        <translation>Devuelve las filas con errores, con las columnas de su archivo, a Revisión como un trabajo nuevo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Errors by message, with the number of records</source>
        <translation>Errores por mensaje, con el número de registros</translation>
    </message>
    <message>
        <source>The portal&apos;s report, one row per record</source>
        <translation>El informe del portal, una fila por registro</translation>
    </message>
    <message>
        <source>Errors by message (click to filter)</source>
        <translation>Errores por mensaje (haga clic para filtrar)</translation>
    </message>
    <message>
        <source>{name}: all {count} records loaded without errors or warnings. No report download was spent.</source>
        <translation>{name}: los {count} registros se cargaron sin errores ni advertencias. No se gastó ninguna descarga del informe.</translation>
    </message>
    <message>
        <source>{name} is still running ({status}).</source>
        <translation>{name} sigue en ejecución ({status}).</translation>
    </message>
    <message>
        <source>{position}. {type} · {file} (job of {started})</source>
        <translation>{position}. {type} · {file} (trabajo del {started})</translation>
    </message>
    <message>
        <source>{code}
Job: {job}
Import id: {id}</source>
        <translation>{code}
Trabajo: {job}
ID de importación: {id}</translation>
    </message>
    <message>
        <source>{name}: {errors} records with errors, {warnings} with warnings; the report is {state}.</source>
        <translation>{name}: {errors} registros con errores, {warnings} con advertencias; informe: {state}.</translation>
    </message>
    <message>
        <source>saved copy</source>
        <translation>copia guardada</translation>
    </message>
    <message>
        <source>downloaded just now</source>
        <translation>descargado ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, {warnings} with warnings ({origin}, file {file}).</source>
        <translation>
            <numerusform>%n fila con errores, {warnings} con advertencias ({origin}, archivo {file}).</numerusform>
            <numerusform>%n filas con errores, {warnings} con advertencias ({origin}, archivo {file}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, {warnings} with warnings ({origin}).</source>
        <translation>
            <numerusform>%n fila con errores, {warnings} con advertencias ({origin}).</numerusform>
            <numerusform>%n filas con errores, {warnings} con advertencias ({origin}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads the report again from Cornerstone (asks first)</source>
        <translation>Vuelve a descargar el informe desde Cornerstone (antes lo pregunta)</translation>
    </message>
    <message>
        <source>The download cap for this report is reached: only the saved copy can be shown</source>
        <translation>Se alcanzó el tope de descargas de este informe: solo se puede mostrar la copia guardada</translation>
    </message>
    <message>
        <source>{shown} of {total} report rows shown, with the error chosen on the left (click it again for every error)</source>
        <translation>Filas del informe mostradas: {shown} de {total}, con el error elegido a la izquierda (haga clic de nuevo en él para ver todos los errores)</translation>
    </message>
    <message>
        <source>{shown} of {total} report rows shown</source>
        <translation>Filas del informe mostradas: {shown} de {total}</translation>
    </message>
    <message>
        <source>This report cannot be downloaded again: {usage}.</source>
        <translation>Este informe no se puede volver a descargar: {usage}.</translation>
    </message>
    <message>
        <source>Cornerstone allows five downloads of a report ever; the saved copy is still shown and can be saved.</source>
        <translation>Cornerstone permite cinco descargas de un informe en total; la copia guardada se sigue mostrando y se puede guardar.</translation>
    </message>
    <message>
        <source>Connect to the portal first to download this report again.</source>
        <translation>Conéctese primero al portal para volver a descargar este informe.</translation>
    </message>
    <message>
        <source>Download the report again?</source>
        <translation>¿Volver a descargar el informe?</translation>
    </message>
    <message>
        <source>This spends one of the report&apos;s downloads ({usage}). The saved copy is the same report unless Cornerstone changed it. Download again?</source>
        <translation>Esto gasta una de las descargas del informe ({usage}). La copia guardada es el mismo informe, salvo que Cornerstone lo haya cambiado. ¿Descargarlo de nuevo?</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>No file manager opened the folder; the report is at {path}.</source>
        <translation>Ningún administrador de archivos abrió la carpeta; el informe está en {path}.</translation>
    </message>
    <message>
        <source>No spreadsheet application opened the report; it is saved at {path}.</source>
        <translation>Ninguna aplicación de hoja de cálculo abrió el informe; está guardado en {path}.</translation>
    </message>
    <message>
        <source>Connect to the portal this import was sent to, then try again.</source>
        <translation>Conéctese al portal al que se envió esta importación y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No failed row of this report could be found in the original file.</source>
        <translation>No se encontró en el archivo original ninguna fila con errores de este informe.</translation>
    </message>
    <message>
        <source>The {count} failed rows are ready for review, each with the portal&apos;s reason: fix them, then run them as a new job.</source>
        <translation>Las {count} filas con errores están listas para revisarlas, cada una con el motivo del portal: corríjalas y ejecútelas como un trabajo nuevo.</translation>
    </message>
    <message>
        <source>They were written to {path}.</source>
        <translation>Se escribieron en {path}.</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <source>record {record}</source>
        <translation>registro {record}</translation>
    </message>
    <message>
        <source>records {records} and {last}</source>
        <translation>registros {records} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>records {records} and %n more</source>
        <translation>
            <numerusform>registros {records} y %n más</numerusform>
            <numerusform>registros {records} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Borrar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Find and replace in a column…</source>
        <translation>Buscar y reemplazar en una columna…</translation>
    </message>
    <message>
        <source>Wait for the check to finish, then edit the grid.</source>
        <translation>Espere a que termine la comprobación y luego edite la cuadrícula.</translation>
    </message>
    <message>
        <source>{gesture}: no cell changed.</source>
        <translation>{gesture}: no cambió ninguna celda.</translation>
    </message>
    <message numerus="yes">
        <source>{gesture}: %n cell(s) changed in {records} (Ctrl+Z takes it back). Press Check again to check them.</source>
        <translation>
            <numerusform>{gesture}: %n celda cambiada en {records} (Ctrl+Z lo deshace). Pulse Volver a comprobar para comprobarla.</numerusform>
            <numerusform>{gesture}: %n celdas cambiadas en {records} (Ctrl+Z lo deshace). Pulse Volver a comprobar para comprobarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}.</source>
        <translation>Deshecho: {change}.</translation>
    </message>
    <message>
        <source>There is nothing to undo on this step.</source>
        <translation>No hay nada que deshacer en este paso.</translation>
    </message>
    <message>
        <source>Done again: {change}.</source>
        <translation>Rehecho: {change}.</translation>
    </message>
    <message>
        <source>There is nothing to redo on this step.</source>
        <translation>No hay nada que rehacer en este paso.</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Deshacer: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Nada que deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Y)</source>
        <translation>Rehacer: {change} (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Y)</source>
        <translation>Nada que rehacer (Ctrl+Y)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) copied: paste them in a spreadsheet, or here.</source>
        <translation>
            <numerusform>%n celda copiada: péguela en una hoja de cálculo o aquí.</numerusform>
            <numerusform>%n celdas copiadas: péguelas en una hoja de cálculo o aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>El portapapeles no contiene texto para pegar.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the block did not fit below the last record shown</source>
        <translation>
            <numerusform>%n fila del bloque no cabía debajo del último registro mostrado</numerusform>
            <numerusform>%n filas del bloque no cabían debajo del último registro mostrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) did not fit right of the last field</source>
        <translation>
            <numerusform>%n columna no cabía a la derecha del último campo</numerusform>
            <numerusform>%n columnas no cabían a la derecha del último campo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell on Exclude or Problems, which take no text</source>
        <translation>
            <numerusform>%n celda cayó en Excluir o Problemas, que no admiten texto</numerusform>
            <numerusform>%n celdas cayeron en Excluir o Problemas, que no admiten texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s); {left}: those were not pasted.</source>
        <translation>
            <numerusform>Se pegó %n celda; {left}: esas no se pegaron.</numerusform>
            <numerusform>Se pegaron %n celdas; {left}: esas no se pegaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the top-left cell where the block should start, then paste again.</source>
        <translation>Seleccione la celda superior izquierda donde debe empezar el bloque y vuelva a pegar.</translation>
    </message>
    <message numerus="yes">
        <source>Clearing of %n cell(s)</source>
        <translation>
            <numerusform>Borrado de %n celda</numerusform>
            <numerusform>Borrado de %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Replace of &apos;{find}&apos; with &apos;{replace}&apos; in {field}</source>
        <translation>Reemplazo de «{find}» por «{replace}» en {field}</translation>
    </message>
    <message>
        <source>Replace in {field}</source>
        <translation>Reemplazar en {field}</translation>
    </message>
    <message>
        <source>{setting} is now {value} (it was {before})</source>
        <translation>{setting} ahora es {value} (antes era {before})</translation>
    </message>
    <message>
        <source>{changes} for this import, on the Load type step too. The file is checked again with it.</source>
        <translation>{changes} para esta importación, también en el paso Tipo de carga. El archivo se vuelve a comprobar con ese valor.</translation>
    </message>
    <message>
        <source>Confirmed: {setting} {value} reads this file&apos;s dates as written. The file is checked again with your answer; Ctrl+Z takes it back.</source>
        <translation>Confirmado: {setting} {value} lee las fechas de este archivo tal como están escritas. El archivo se vuelve a comprobar con su respuesta; Ctrl+Z lo deshace.</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <source>Records with problems</source>
        <extracomment>Selected cells remembered across a re-check (a whole column of a big file is not walked cell by cell).</extracomment>
        <translation>Registros con problemas</translation>
    </message>
    <message>
        <source>One row per record, one column per field; highlighted cells have a problem, which the pane below the grid explains. The arrow keys move between cells, typing replaces a cell, Enter keeps the new value, Ctrl+Z takes it back.</source>
        <translation>Una fila por registro y una columna por campo; las celdas resaltadas tienen un problema, que se explica en el panel situado debajo de la cuadrícula. Las teclas de flecha permiten moverse entre celdas, al escribir se reemplaza el contenido de la celda, Entrar conserva el nuevo valor y Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Paste of a {size} block</source>
        <translation>Pegado de un bloque de {size}</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
</context>
<context>
    <name>ReviewJobs</name>
    <message>
        <source>Mapping the columns</source>
        <extracomment>The Problems cell of an exported row is cut after this many characters (and says so): a record with dozens of problems made 1,500-character cells nobody reads in a spreadsheet (issue 14).</extracomment>
        <translation>Asignando las columnas</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s): see the Review step</source>
        <translation>
            <numerusform>… y %n problema más: consulte el paso Revisión</numerusform>
            <numerusform>… y %n problemas más: consulte el paso Revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>(cut: see the Review step)</source>
        <translation>(recortado: consulte el paso Revisión)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Record {record} of your file</source>
        <extracomment>The grid&apos;s two columns that are not fields of the record: the Exclude check box and the problems. What the grid shows: the records with problems (all, errors, warnings), every record, or a summary line.</extracomment>
        <translation>Registro {record} de su archivo</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>excluded · {problems}</source>
        <translation>excluido · {problems}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Changed by you.</source>
        <translation>Modificado por usted.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Advertencia: {message}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Record {record} has no problem in this cell.</source>
        <translation>El registro {record} no tiene ningún problema en esta celda.</translation>
    </message>
    <message>
        <source>Problem records only</source>
        <extracomment>Plan changes that the Review step checks again at once (when it shows; else when it is entered).</extracomment>
        <translation>Solo registros con problemas</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Solo advertencias</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>A summary line</source>
        <translation>Una línea de resumen</translation>
    </message>
    <message>
        <source>Select a highlighted cell to see what is wrong and how to fix it.</source>
        <translation>Seleccione una celda resaltada para ver qué está mal y cómo corregirlo.</translation>
    </message>
    <message>
        <source>Review before loading</source>
        <extracomment>Below this height (of the step) the lead sentence under the title is hidden.</extracomment>
        <translation>Revisar antes de cargar</translation>
    </message>
    <message>
        <source>The app checks every record against the portal&apos;s rules. Fix a highlighted cell by typing in it (or paste from a spreadsheet), then check again, or exclude the record. Nothing is sent until you say so.</source>
        <translation>La aplicación comprueba cada registro con las reglas del portal. Corrija una celda resaltada escribiendo en ella (o pegando desde una hoja de cálculo) y vuelva a comprobar, o excluya el registro. No se envía nada hasta que usted lo indique.</translation>
    </message>
    <message>
        <source>Checking … {percent}</source>
        <extracomment>The import&apos;s payload parts are written: ``services.loads.PreparedImport`` list, one per part.</extracomment>
        <translation>Comprobando … {percent}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Export rows…</source>
        <translation>Exportar filas…</translation>
    </message>
    <message>
        <source>Writes the records the grid shows (with their problems) to a CSV for Excel</source>
        <translation>Escribe los registros que muestra la cuadrícula (con sus problemas) en un CSV para Excel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems by rule and column</source>
        <translation>Problemas por regla y columna</translation>
    </message>
    <message>
        <source>Problems by rule and column: click a line to see its records and cells</source>
        <translation>Problemas por regla y columna: haga clic en una línea para ver sus registros y celdas</translation>
    </message>
    <message>
        <source>Records to show</source>
        <translation>Registros que mostrar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Edit ▾</source>
        <translation>Editar ▾</translation>
    </message>
    <message>
        <source>Copy, paste, fill down, clear, find and replace</source>
        <translation>Copiar, pegar, rellenar hacia abajo, borrar, buscar y reemplazar</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Leave the selected records out of the payload (Ctrl+Z takes it back)</source>
        <translation>Dejar los registros seleccionados fuera del envío (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Take the selected records back into the payload</source>
        <translation>Volver a incluir los registros seleccionados en el envío</translation>
    </message>
    <message>
        <source>Exclude all with errors</source>
        <translation>Excluir todos los que tienen errores</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Add to the job and go to Run</source>
        <translation>Agregar al trabajo e ir a Ejecución</translation>
    </message>
    <message>
        <source>Writes the file to send and adds it to the next job on the Run step</source>
        <translation>Escribe el archivo que se enviará y lo agrega al próximo trabajo del paso Ejecución</translation>
    </message>
    <message>
        <source>Checking {count} records …</source>
        <translation>Comprobando {count} registros …</translation>
    </message>
    <message>
        <source>Check stopped: press Check again to run it.</source>
        <translation>Comprobación detenida: pulse Volver a comprobar para ejecutarla.</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was changed.</source>
        <translation>La comprobación se detuvo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The check could not finish.</source>
        <translation>La comprobación no pudo terminar.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>About the whole file:
{problems}</source>
        <translation>Sobre el archivo completo:
{problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) excluded: they are left out of the payload. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n registro excluido: queda fuera del envío. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n registros excluidos: quedan fuera del envío. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) taken back into the payload. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n registro vuelto a incluir en el envío. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n registros vueltos a incluir en el envío. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPayload</name>
    <message>
        <source>Export the rows shown</source>
        <translation>Exportar las filas mostradas</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} rows written to {path} ({shown}).</source>
        <translation>{count} filas escritas en {path} ({shown}).</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) of problems were longer than {limit} characters and end in &quot;…&quot;: the whole text is on this step.</source>
        <translation>
            <numerusform>%n lista de problemas superaba los {limit} caracteres y termina en «…»: el texto completo está en este paso.</numerusform>
            <numerusform>%n listas de problemas superaban los {limit} caracteres y terminan en «…»: el texto completo está en este paso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in Excel, then drop the fixed file on the File step.</source>
        <translation>Corríjalos en Excel y suelte el archivo corregido en el paso Archivo.</translation>
    </message>
    <message>
        <source>{ready}, {excluded} excluded, {warnings}</source>
        <translation>{ready}, {excluded} excluidos, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ready</source>
        <translation>
            <numerusform>%n registro listo</numerusform>
            <numerusform>%n registros listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You changed %n cell(s): press Check again.</source>
        <translation>
            <numerusform>Cambió %n celda: pulse Volver a comprobar.</numerusform>
            <numerusform>Cambió %n celdas: pulse Volver a comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something changed on an earlier step: checking again.</source>
        <translation>Algo cambió en un paso anterior: se vuelve a comprobar.</translation>
    </message>
    <message>
        <source>The whole file has a problem (see above) that must be fixed first.</source>
        <translation>El archivo completo tiene un problema (ver arriba) que se debe corregir primero.</translation>
    </message>
    <message>
        <source>1 record still has errors: fix it or exclude it.</source>
        <translation>1 registro todavía tiene errores: corríjalo o exclúyalo.</translation>
    </message>
    <message>
        <source>{count} records still have errors: fix them or exclude them.</source>
        <translation>{count} registros todavía tienen errores: corríjalos o exclúyalos.</translation>
    </message>
    <message>
        <source>{counts}. {then}</source>
        <translation>{counts}. {then}</translation>
    </message>
    <message>
        <source>it has not been checked yet. Wait for the check, or press Check again.</source>
        <translation>aún no se ha comprobado. Espere a la comprobación o pulse Volver a comprobar.</translation>
    </message>
    <message>
        <source>This file is not added to a job yet: {why}</source>
        <translation>Este archivo aún no se agregó a un trabajo: {why}</translation>
    </message>
    <message>
        <source>The Run step runs files added from here; fix what is listed, then press Next again.</source>
        <translation>El paso Ejecución ejecuta los archivos agregados desde aquí; corrija lo indicado y vuelva a pulsar Siguiente.</translation>
    </message>
    <message>
        <source>The file changed while its payload was written: check it again, then add it.</source>
        <translation>El archivo cambió mientras se escribían los datos que se enviarán: vuelva a comprobarlo y, después, agréguelo.</translation>
    </message>
    <message>
        <source>{count} parts in {folder}</source>
        <translation>{count} partes en {folder}</translation>
    </message>
    <message>
        <source>Payload written: {where} ({count} records, {size} KB).</source>
        <translation>Datos para enviar escritos: {where} ({count} registros, {size} KB).</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>required</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>dependency</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>dependencia</translation>
    </message>
    <message>
        <source>min_length</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>longitud mín.</translation>
    </message>
    <message>
        <source>max_length</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>longitud máx.</translation>
    </message>
    <message>
        <source>enum</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>valor permitido</translation>
    </message>
    <message>
        <source>date</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>fecha</translation>
    </message>
    <message>
        <source>number</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>booleano</translation>
    </message>
    <message>
        <source>duplicate</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>cross_unique</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>unicidad cruzada</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>referencia</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>invisible</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>carácter invisible</translation>
    </message>
    <message>
        <source>unknown_column</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>columna desconocida</translation>
    </message>
    <message>
        <source>columns</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>columnas</translation>
    </message>
    <message>
        <source>records</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>registros</translation>
    </message>
    <message>
        <source>date_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>formato de fecha</translation>
    </message>
    <message>
        <source>number_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>formato de número</translation>
    </message>
    <message>
        <source>confirm_date_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>orden de fecha</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Organizational units are loaded before employees: Cornerstone resolves the imports of one job in order, so an employee can point to a division or location created by the same job.</source>
        <translation>Las unidades organizativas se cargan antes que los empleados: Cornerstone resuelve las importaciones de un trabajo en orden, así que un empleado puede hacer referencia a una división o ubicación creada por el mismo trabajo.</translation>
    </message>
    <message>
        <source>Organizational units run before employees, so an employee can point to a unit made by this job.</source>
        <translation>Las unidades organizativas se ejecutan antes que los empleados, así que un empleado puede hacer referencia a una unidad creada por este trabajo.</translation>
    </message>
    <message>
        <source>1 record you excluded is not sent</source>
        <translation>1 registro que usted excluyó no se envía</translation>
    </message>
    <message>
        <source>{count} records you excluded are not sent</source>
        <translation>{count} registros que usted excluyó no se envían</translation>
    </message>
    <message>
        <source>1 record with errors is left out</source>
        <translation>1 registro con errores queda fuera</translation>
    </message>
    <message>
        <source>{count} records with errors are left out</source>
        <translation>{count} registros con errores quedan fuera</translation>
    </message>
    <message>
        <source>1 record with warnings is sent with Review&apos;s warnings</source>
        <translation>1 registro con advertencias se envía con las advertencias de Revisión</translation>
    </message>
    <message>
        <source>{count} records with warnings are sent with Review&apos;s warnings</source>
        <translation>{count} registros con advertencias se envían con las advertencias de Revisión</translation>
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
        <translation>¿Ejecutar este trabajo?</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>el portal</translation>
    </message>
    <message>
        <source>PRODUCTION portal: {portal}</source>
        <translation>Portal de PRODUCCIÓN: {portal}</translation>
    </message>
    <message>
        <source>test portal: {portal}</source>
        <translation>Portal de prueba: {portal}</translation>
    </message>
    <message numerus="yes">
        <source>Job “{label}” with %n import(s), in this order:</source>
        <translation>
            <numerusform>Trabajo «{label}» con %n importación, en este orden:</numerusform>
            <numerusform>Trabajo «{label}» con %n importaciones, en este orden:</numerusform>
        </translation>
    </message>
    <message>
        <source>{position}. {type}: {count} records from {file} (“{label}”)</source>
        <translation>{position}. {type}: {count} registros de {file} («{label}»)</translation>
    </message>
    <message>
        <source>{position}. {type}: records from {file} (“{label}”)</source>
        <translation>{position}. {type}: registros de {file} («{label}»)</translation>
    </message>
    <message>
        <source>ReconcileUsers is on: every employee missing from this file is deactivated.</source>
        <translation>ReconcileUsers está activado: se desactiva a todos los empleados que no figuran en este archivo.</translation>
    </message>
    <message>
        <source>Cornerstone will call {url} when every import is done.</source>
        <translation>Cornerstone llamará a {url} cuando terminen todas las importaciones.</translation>
    </message>
    <message>
        <source>The data is posted now; the status is then checked within the portal&apos;s limits.</source>
        <translation>Los datos se envían ahora; después, el estado se consulta dentro de los límites del portal.</translation>
    </message>
    <message>
        <source>Run the job</source>
        <translation>Ejecutar el trabajo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Put one or more checked files into one job (up to {count}), give it a label, confirm, and follow it live. Results are fetched automatically when an import has errors or warnings.</source>
        <translation>Reúna uno o varios archivos comprobados en un trabajo (hasta {count}), asígnele una etiqueta, confírmelo y siga su avance en directo. Los resultados se obtienen automáticamente cuando una importación tiene errores o advertencias.</translation>
    </message>
    <message>
        <source>Files in the next job</source>
        <extracomment>The administrator wants to prepare another file for this job (the window goes to Load type). Prepared imports were added to the next job. The last question before a job with ReconcileUsers is sent (the window sets it: ui.reconcile_dialog).</extracomment>
        <translation>Archivos del próximo trabajo</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Load type</source>
        <translation>Tipo de carga</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Import label (editable)</source>
        <translation>Etiqueta de la importación (editable)</translation>
    </message>
    <message>
        <source>No file in the next job yet: check one on the Review step, then press “Add to the job and go to Run”.</source>
        <translation>Aún no hay ningún archivo en el próximo trabajo: compruebe uno en el paso Revisión y pulse «Agregar al trabajo e ir a Ejecución».</translation>
    </message>
    <message>
        <source>Add another file…</source>
        <translation>Agregar otro archivo…</translation>
    </message>
    <message>
        <source>Choose a load type and a file for another import of this job</source>
        <translation>Elija un tipo de carga y un archivo para otra importación de este trabajo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>A label to find this job again</source>
        <translation>Una etiqueta para volver a encontrar este trabajo</translation>
    </message>
    <message>
        <source>optional: https://… (Cornerstone posts once when the job is done)</source>
        <translation>opcional: https://… (Cornerstone envía una notificación cuando termina el trabajo)</translation>
    </message>
    <message>
        <source>Optional. An https address that Cornerstone calls once, when every import of the job is done.</source>
        <translation>Opcional. Una dirección https a la que Cornerstone llama una vez, cuando terminan todas las importaciones del trabajo.</translation>
    </message>
    <message>
        <source>Job label</source>
        <translation>Etiqueta del trabajo</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>Run the job…</source>
        <translation>Ejecutar el trabajo…</translation>
    </message>
    <message>
        <source>Shows the portal and what will be sent, and asks you to confirm before anything is posted.</source>
        <translation>Muestra el portal y lo que se va a enviar, y le pide confirmación antes de enviar nada.</translation>
    </message>
    <message>
        <source>All data sent</source>
        <translation>Todos los datos enviados</translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation>Enviando {percent} %</translation>
    </message>
    <message>
        <source>Imports of the next job</source>
        <translation>Importaciones del próximo trabajo</translation>
    </message>
    <message>
        <source>A job holds at most {most} imports; this file needs {needed} and the job has {kept} already.</source>
        <translation>Un trabajo admite como máximo {most} importaciones; este archivo necesita {needed} y el trabajo ya tiene {kept}.</translation>
    </message>
    <message>
        <source>Run this job first, then add the file to the next one.</source>
        <translation>Ejecute primero este trabajo y, después, agregue el archivo al siguiente.</translation>
    </message>
    <message>
        <source>{file} ({type}) was already in the next job: this check replaces the earlier one.</source>
        <translation>{file} ({type}) ya estaba en el próximo trabajo: esta comprobación reemplaza la anterior.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>The imports were put in run order.</source>
        <translation>Las importaciones se ordenaron en el orden de ejecución.</translation>
    </message>
    <message>
        <source>Every record of the file is sent</source>
        <translation>Se envían todos los registros del archivo</translation>
    </message>
    <message>
        <source>Connect to a portal to run a job.</source>
        <translation>Conéctese a un portal para ejecutar un trabajo.</translation>
    </message>
    <message>
        <source>Runs on {portal}  (PRODUCTION)</source>
        <translation>Se ejecuta en {portal}  (PRODUCCIÓN)</translation>
    </message>
    <message>
        <source>Runs on {portal}</source>
        <translation>Se ejecuta en {portal}</translation>
    </message>
    <message>
        <source>csod-desktop job</source>
        <translation>trabajo de csod-desktop</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>How each row is matched to an employee already in the portal: by User ID or by GUID.</source>
        <translation>Cómo se relaciona cada fila con un empleado que ya existe en el portal: por User ID o por GUID.</translation>
    </message>
    <message>
        <source>Deactivates every employee in the portal who is not in this file. Only for a file that lists all your active employees.</source>
        <translation>Desactiva a todos los empleados del portal que no figuran en este archivo. Solo para un archivo que incluya a todos sus empleados activos.</translation>
    </message>
    <message>
        <source>Allow employees to be placed in organizational units that are inactive in the portal. When off, those rows are not loaded.</source>
        <translation>Permite asignar empleados a unidades organizativas que están inactivas en el portal. Si está desactivado, esas filas no se cargan.</translation>
    </message>
    <message>
        <source>Allow managers, approvers and other relations to point at inactive employees. When off, those rows are not loaded.</source>
        <translation>Permite que los responsables, aprobadores y otras relaciones hagan referencia a empleados inactivos. Si está desactivado, esas filas no se cargan.</translation>
    </message>
    <message>
        <source>Allow this unit to refer to inactive parent units and inactive owners.</source>
        <translation>Permite que esta unidad haga referencia a unidades principales inactivas y a propietarios inactivos.</translation>
    </message>
    <message>
        <source>For employees already in the portal: an empty cell in a column you send takes the default your administrator configured (on) or leaves the field unchanged (off). New employees always get defaults.</source>
        <translation>Para los empleados que ya existen en el portal: una celda vacía en una columna que envía toma el valor predeterminado que configuró su administrador (activado) o deja el campo sin cambios (desactivado). Los empleados nuevos siempre reciben los valores predeterminados.</translation>
    </message>
    <message>
        <source>The language your data is written in, for fields Cornerstone translates.</source>
        <translation>El idioma en que están escritos sus datos, para los campos que Cornerstone traduce.</translation>
    </message>
    <message>
        <source>How dates are written in your file: en-US month first (7/1/2017), fr-FR day first (1/7/2017), en-GB year first (2017-07-01).</source>
        <translation>Cómo están escritas las fechas en su archivo: en-US primero el mes (7/1/2017), fr-FR primero el día (1/7/2017), en-GB primero el año (2017-07-01).</translation>
    </message>
    <message>
        <source>How numbers are written: en-US 1,234.56, fr-FR 1 234,56, es-ES 1.234,56.</source>
        <translation>Cómo están escritos los números: en-US 1,234.56, fr-FR 1 234,56, es-ES 1.234,56.</translation>
    </message>
    <message>
        <source>Match employees by</source>
        <translation>Identificar empleados por</translation>
    </message>
    <message>
        <source>Deactivate missing employees</source>
        <translation>Desactivar empleados ausentes</translation>
    </message>
    <message>
        <source>Allow inactive units</source>
        <translation>Permitir unidades inactivas</translation>
    </message>
    <message>
        <source>Allow inactive related employees</source>
        <translation>Permitir empleados relacionados inactivos</translation>
    </message>
    <message>
        <source>Allow inactive units and owners</source>
        <translation>Permitir unidades y propietarios inactivos</translation>
    </message>
    <message>
        <source>Use defaults for empty cells</source>
        <translation>Valores predeterminados en celdas vacías</translation>
    </message>
    <message>
        <source>Data language</source>
        <translation>Idioma de los datos</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Formato de número</translation>
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
        <translation>en-US: primero el mes</translation>
    </message>
    <message>
        <source>fr-FR: day first</source>
        <translation>fr-FR: primero el día</translation>
    </message>
    <message>
        <source>en-GB: year first</source>
        <translation>en-GB: primero el año</translation>
    </message>
    <message>
        <source>Not sent: the portal decides</source>
        <extracomment>The cultures of the fallback form (a portal document that does not list the settings).</extracomment>
        <translation>No se envía: decide el portal</translation>
    </message>
    <message>
        <source>Deactivate every employee missing from the file?</source>
        <translation>¿Desactivar a todos los empleados que no figuran en el archivo?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;With this setting on, every employee in the portal &lt;i&gt;{portal}&lt;/i&gt; who is missing from the file you load is deactivated.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use it only when the file lists all your active employees. A partial file (one department, new hires) would deactivate everyone else.&lt;/p&gt;&lt;p&gt;Before the job is sent, the Run step lists every employee it would deactivate and asks you to confirm their number.&lt;/p&gt;&lt;p&gt;Type the portal name &lt;b&gt;{portal}&lt;/b&gt; to turn it on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Con esta configuración activada, se desactiva a todos los empleados del portal &lt;i&gt;{portal}&lt;/i&gt; que no figuren en el archivo que cargue.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Úsela solo cuando el archivo incluya a todos sus empleados activos. Un archivo parcial (un departamento, las nuevas contrataciones) desactivaría a todos los demás.&lt;/p&gt;&lt;p&gt;Antes de enviar el trabajo, el paso Ejecución enumera a todos los empleados que desactivaría y le pide que confirme su número.&lt;/p&gt;&lt;p&gt;Escriba el nombre del portal &lt;b&gt;{portal}&lt;/b&gt; para activarla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Portal name to confirm</source>
        <translation>Nombre del portal para confirmar</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>The administrator changed a setting (not emitted while the form is being built or filled). Replaced by tests to answer the confirmation without a modal loop.</extracomment>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Documented default: {value}.</source>
        <translation>Valor predeterminado documentado: {value}.</translation>
    </message>
    <message>
        <source>No documented default: not sent unless you choose.</source>
        <translation>Sin valor predeterminado documentado: no se envía salvo que usted lo elija.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Jobs and their imports</source>
        <extracomment>The user asked to see an import&apos;s results (its import id). A job reached its end (journal ref): finished, failed or abandoned. The share of the newest job&apos;s data sent so far (0..1), for the Run step&apos;s upload bar. Resume was asked for a job of a portal the window is not connected to (the profile&apos;s name).</extracomment>
        <translation>Trabajos y sus importaciones</translation>
    </message>
    <message>
        <source>Each job with its imports and their live status. Select an import with the arrow keys, then press Open results to read its report.</source>
        <translation>Cada trabajo con sus importaciones y su estado en directo. Seleccione una importación con las teclas de flecha y pulse Abrir resultados para leer su informe.</translation>
    </message>
    <message>
        <source>No job followed now. Jobs you run appear here with their live status; earlier ones are in the History step.</source>
        <translation>No se está siguiendo ningún trabajo. Los trabajos que ejecute aparecen aquí con su estado en directo; los anteriores están en el paso Historial.</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Abrir resultados</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <source>Stops asking for this job&apos;s status; the job keeps running in Cornerstone. Resume it from its row, or the next time the app connects to this portal.</source>
        <translation>Deja de consultar el estado de este trabajo; el trabajo sigue ejecutándose en Cornerstone. Reanúdelo desde su fila o la próxima vez que la aplicación se conecte a este portal.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Job {name} is {state}: it is left to it.</source>
        <translation>Trabajo {name}: {state}; se deja como está.</translation>
    </message>
    <message>
        <source>Carrying on with job “{name}”, unfinished from an earlier session.</source>
        <translation>Se continúa con el trabajo «{name}», sin terminar en una sesión anterior.</translation>
    </message>
    <message numerus="yes">
        <source>Carrying on with %n jobs unfinished from an earlier session.</source>
        <translation>
            <numerusform>Se continúa con %n trabajo sin terminar de una sesión anterior.</numerusform>
            <numerusform>Se continúa con %n trabajos sin terminar de una sesión anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is followed on the Run step; nothing is sent twice, and its report is fetched when it ends.</source>
        <translation>Se sigue en el paso Ejecución; nada se envía dos veces y su informe se obtiene cuando termine.</translation>
    </message>
    <message>
        <source>Unfinished from an earlier session</source>
        <translation>Sin terminar de una sesión anterior</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reanudando</translation>
    </message>
    <message>
        <source>Stopped: Resume carries on (nothing is sent twice)</source>
        <translation>Detenido: Reanudar continúa (nada se envía dos veces)</translation>
    </message>
    <message>
        <source>Running in Cornerstone</source>
        <translation>En ejecución en Cornerstone</translation>
    </message>
    <message>
        <source>Finished; fetching reports</source>
        <translation>Finalizado; obteniendo los informes</translation>
    </message>
    <message>
        <source>Job {state}</source>
        <translation>Trabajo {state}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>The report, matched to your file, is in the Results step.</source>
        <translation>El informe, relacionado con su archivo, está en el paso Resultados.</translation>
    </message>
    <message>
        <source>Nothing failed, so no report download was needed.</source>
        <translation>No falló nada, así que no fue necesario descargar ningún informe.</translation>
    </message>
    <message>
        <source>Follow the job again: send what the portal has not received (never twice), wait for it, fetch its reports</source>
        <translation>Volver a seguir el trabajo: enviar lo que el portal no recibió (nunca dos veces), esperarlo y obtener sus informes</translation>
    </message>
    <message>
        <source>Connect to {portal} first: Resume opens the Connect step with it</source>
        <translation>Conéctese primero a {portal}: Reanudar abre el paso Conexión con ese portal</translation>
    </message>
    <message>
        <source>Forgotten: it stays on the portal</source>
        <translation>Olvidado: permanece en el portal</translation>
    </message>
    <message>
        <source>Job “{name}” forgotten.</source>
        <translation>Trabajo «{name}» olvidado.</translation>
    </message>
    <message>
        <source>It stays on the portal; this app no longer follows it.</source>
        <translation>Permanece en el portal; esta aplicación ya no lo sigue.</translation>
    </message>
    <message>
        <source>Job / import</source>
        <extracomment>Position of the bars&apos; column (item widgets there; the tree&apos;s other columns are text). The bar&apos;s colour once an import is done: all loaded, some records failed, the import failed. The bar&apos;s colour once an import is done: all loaded, some records failed, the import failed (app.qss, [tone]). Events whose line a wait for the next status check replaces (&quot;Running in Cornerstone&quot;): creating the job, sending its data, a status that is not the last. Decided by the event, never by its words.</extracomment>
        <translation>Trabajo / importación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Cargados</translation>
    </message>
    <message>
        <source>Warn.</source>
        <translation>Adv.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>en creación</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Job   —   {phase}</source>
        <translation>Trabajo   —   {phase}</translation>
    </message>
    <message>
        <source>next check in {seconds} s</source>
        <translation>próxima consulta en {seconds} s</translation>
    </message>
</context>
<context>
    <name>ValueMapDialog</name>
    <message>
        <source>Map the values of &apos;{column}&apos;</source>
        <translation>Asignar los valores de «{column}»</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; loads into &lt;b&gt;{field}&lt;/b&gt;, which accepts only the values listed by your portal. Choose what each value in your file becomes.</source>
        <translation>«{column}» se carga en &lt;b&gt;{field}&lt;/b&gt;, que solo acepta los valores que indica su portal. Elija en qué se convierte cada valor de su archivo.</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>En su archivo</translation>
    </message>
    <message>
        <source>Loads as</source>
        <translation>Se carga como</translation>
    </message>
    <message>
        <source>(keep as written)</source>
        <translation>(mantener como está escrito)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong inside csod-desktop while working on &apos;{job}&apos; ({kind}).</source>
        <extracomment>Progress signals are coalesced to at most one per interval: a reader calling back for every chunk of a million-row file must not flood the GUI thread&apos;s event queue.</extracomment>
        <translation>Se produjo un error interno en csod-desktop al trabajar en «{job}» ({kind}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file from the logs folder to support.</source>
        <translation>Vuelva a intentarlo; si vuelve a ocurrir, envíe a soporte el archivo de registro de la carpeta de registros.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside csod-desktop ({kind}).</source>
        <translation>Se produjo un error interno en csod-desktop ({kind}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file from the logs folder to support.</source>
        <translation>Vuelva a intentarlo; si vuelve a ocurrir, envíe a soporte el archivo de registro de la carpeta de registros.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged</source>
        <extracomment>Per record found in the portal: ``row``, then each compared field&apos;s value in the file (its name) and in the portal (``_old_&lt;name&gt;``), for the per-record view.</extracomment>
        <translation>Nuevos: {new}, modificados: {changed}, sin cambios: {unchanged}</translation>
    </message>
    <message>
        <source>(not compared: {names})</source>
        <translation>(sin comparar: {names})</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>empleados</translation>
    </message>
    <message>
        <source>organizational units</source>
        <translation>unidades organizativas</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n record(s) to send:</source>
        <translation>
            <numerusform>Registros que se van a enviar: %n.</numerusform>
            <numerusform>Registros que se van a enviar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new, {found} already in the portal. None of the file&apos;s fields is in the portal&apos;s list of employees, so what will change in the {found} is not known.</source>
        <translation>Nuevos: {new}; ya en el portal: {found}. Ninguno de los campos del archivo figura en la lista de empleados del portal, así que no se sabe qué cambiará en los {found} que ya existen.</translation>
    </message>
    <message>
        <source>{new} new, {found} already in the portal. None of the file&apos;s fields is in the portal&apos;s list of organizational units, so what will change in the {found} is not known.</source>
        <translation>Nuevos: {new}; ya en el portal: {found}. Ninguno de los campos del archivo figura en la lista de unidades organizativas del portal, así que no se sabe qué cambiará en las {found} que ya existen.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged.</source>
        <translation>Nuevos: {new}, modificados: {changed}, sin cambios: {unchanged}.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged in the fields the portal lets us compare. Not compared: {names} (the portal&apos;s list of employees does not show them), so a record counted unchanged may still change there.</source>
        <translation>Nuevos: {new}, modificados: {changed}, sin cambios: {unchanged}, en los campos que el portal permite comparar. Sin comparar: {names} (la lista de empleados del portal no los muestra), así que un registro contado como sin cambios aún puede cambiar en esos campos.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged in the fields the portal lets us compare. Not compared: {names} (the portal&apos;s list of organizational units does not show them), so a record counted unchanged may still change there.</source>
        <translation>Nuevos: {new}, modificados: {changed}, sin cambios: {unchanged}, en los campos que el portal permite comparar. Sin comparar: {names} (la lista de unidades organizativas del portal no los muestra), así que un registro contado como sin cambios aún puede cambiar en esos campos.</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>Address resolves</source>
        <extracomment>The checks&apos; keys, in order. Their titles are :func:`check_titles` (in the window&apos;s language).</extracomment>
        <translation>La dirección se resuelve</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Conexión segura (TLS)</translation>
    </message>
    <message>
        <source>Token granted</source>
        <translation>Token concedido</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Ámbitos concedidos</translation>
    </message>
    <message>
        <source>Load types readable</source>
        <translation>Tipos de carga legibles</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Portal data (Employee and OU APIs)</source>
        <translation>Datos del portal (API de empleados y de UO)</translation>
    </message>
    <message>
        <source>Not checked: an earlier check failed.</source>
        <translation>No comprobado: falló una comprobación anterior.</translation>
    </message>
    <message>
        <source>Not checked: no token.</source>
        <translation>No comprobado: no hay token.</translation>
    </message>
    <message>
        <source>{host} is looked up by the proxy {proxy} ({source}).</source>
        <translation>El proxy {proxy} resuelve {host} ({source}).</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} se resuelve en {addresses}.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Plain http, allowed for the local sandbox on this computer only: {route}.</source>
        <translation>HTTP sin cifrar, permitido solo para el entorno de pruebas local de este equipo: {route}.</translation>
    </message>
    <message>
        <source>Plain http, allowed for an address on this computer only: {route}.</source>
        <translation>HTTP sin cifrar, permitido solo para una dirección de este equipo: {route}.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to {host}:{port} ({reason}): {route}.</source>
        <translation>El proxy rechazó la conexión con {host}:{port} ({reason}): {route}.</translation>
    </message>
    <message>
        <source>Check the proxy address, user name and password in the profile&apos;s Advanced section.</source>
        <translation>Revise la dirección, el usuario y la contraseña del proxy en la sección Avanzado del perfil.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate could not be verified against {store} ({reason}).</source>
        <translation>No se pudo verificar el certificado del portal con {store} ({reason}).</translation>
    </message>
    <message>
        <source>{problem} ({route}).</source>
        <translation>{problem} ({route}).</translation>
    </message>
    <message>
        <source>No secure connection to {host}:{port} ({reason}): {route}.</source>
        <translation>No hay conexión segura con {host}:{port} ({reason}): {route}.</translation>
    </message>
    <message>
        <source>Check the address and that a firewall or proxy lets this computer reach it.</source>
        <translation>Revise la dirección y que un firewall o proxy permita a este equipo acceder a ella.</translation>
    </message>
    <message>
        <source>Secure connection established ({version}), certificate verified: {route}.</source>
        <translation>Conexión segura establecida ({version}), certificado verificado: {route}.</translation>
    </message>
    <message>
        <source>Secure connection established, certificate verified: {route}.</source>
        <translation>Conexión segura establecida, certificado verificado: {route}.</translation>
    </message>
    <message>
        <source>The host name {host} could not be looked up: no name server answered.</source>
        <translation>No se pudo resolver el nombre de host {host}: ningún servidor de nombres respondió.</translation>
    </message>
    <message>
        <source>Check that this computer is online (and connected to the VPN if your company needs one).</source>
        <translation>Compruebe que este equipo esté conectado a internet (y a la VPN, si su empresa la requiere).</translation>
    </message>
    <message>
        <source>Check the portal name and environment, and that this computer is online.</source>
        <translation>Revise el nombre del portal y el entorno, y que este equipo esté conectado a internet.</translation>
    </message>
    <message>
        <source>Check the Root URL, and that this computer is online.</source>
        <translation>Revise la URL raíz y que este equipo esté conectado a internet.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found.</source>
        <translation>No se encontró el nombre de host {host}.</translation>
    </message>
    <message>
        <source>Nothing is listening at {where}: the local sandbox is not running.</source>
        <translation>Nada escucha en {where}: el entorno de pruebas local no se está ejecutando.</translation>
    </message>
    <message>
        <source>Start it again with &apos;csod-desktop demo&apos; (or &apos;csod-desktop sandbox&apos;).</source>
        <translation>Vuelva a iniciarlo con «csod-desktop demo» (o «csod-desktop sandbox»).</translation>
    </message>
    <message>
        <source>Nothing is listening at {where}.</source>
        <translation>Nada escucha en {where}.</translation>
    </message>
    <message>
        <source>Check the portal name and environment; a firewall or proxy may also be refusing the connection.</source>
        <translation>Revise el nombre del portal y el entorno; también puede que un firewall o proxy esté rechazando la conexión.</translation>
    </message>
    <message>
        <source>Check the address and port in the Root URL, and that the portal (or the program serving it) is running.</source>
        <translation>Revise la dirección y el puerto de la URL raíz, y que el portal (o el programa que lo sirve) se esté ejecutando.</translation>
    </message>
    <message>
        <source>Check the address, and that a firewall or proxy lets this computer reach it.</source>
        <translation>Revise la dirección y que un firewall o proxy permita a este equipo acceder a ella.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} no respondió a tiempo.</translation>
    </message>
    <message>
        <source>{where} answered, but not with a secure connection (TLS).</source>
        <translation>{where} respondió, pero no con una conexión segura (TLS).</translation>
    </message>
    <message>
        <source>Check that the address is the portal&apos;s (https), and that a proxy is not in the way.</source>
        <translation>Compruebe que la dirección sea la del portal (https) y que no haya un proxy en medio.</translation>
    </message>
    <message>
        <source>No connection to {where} ({reason}).</source>
        <translation>No hay conexión con {where} ({reason}).</translation>
    </message>
    <message>
        <source>The portal accepted the client id and secret.</source>
        <extracomment>getaddrinfo errors that mean &quot;no name server answered&quot; rather than &quot;no such name&quot;.</extracomment>
        <translation>El portal aceptó el ID de cliente y el secreto de cliente.</translation>
    </message>
    <message>
        <source>Check the client id and secret in API Management.</source>
        <translation>Revise el ID de cliente y el secreto de cliente en API Management.</translation>
    </message>
    <message>
        <source>The portal does not list granted scopes; the next checks use them.</source>
        <translation>El portal no indica los ámbitos concedidos; las siguientes comprobaciones los usan.</translation>
    </message>
    <message>
        <source>The token lacks {count} scope(s): {scopes}.</source>
        <translation>Faltan ámbitos en el token ({count}): {scopes}.</translation>
    </message>
    <message>
        <source>Add them to the API application in Cornerstone&apos;s API Management, then test again.</source>
        <translation>Agréguelos a la aplicación de la API en API Management de Cornerstone y vuelva a probar.</translation>
    </message>
    <message>
        <source>All {count} scopes were granted.</source>
        <translation>Se concedieron los {count} ámbitos.</translation>
    </message>
    <message>
        <source>The portal offers {count} load types ({custom} custom OU types).</source>
        <translation>El portal ofrece {count} tipos de carga ({custom} tipos de UO personalizados).</translation>
    </message>
    <message>
        <source>The portal&apos;s specification lists no load types.</source>
        <translation>La especificación del portal no indica ningún tipo de carga.</translation>
    </message>
    <message>
        <source>The API user holds {count} Bulk API permissions.</source>
        <translation>El usuario de la API tiene {count} permisos de Bulk API.</translation>
    </message>
    <message>
        <source>The API user holds no Bulk API permission.</source>
        <translation>El usuario de la API no tiene ningún permiso de Bulk API.</translation>
    </message>
    <message>
        <source>Give the API user the &apos;Bulk API&apos; permissions in Cornerstone&apos;s security roles.</source>
        <translation>Asigne al usuario de la API los permisos «Bulk API» en los roles de seguridad de Cornerstone.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off for now: {error}</source>
        <translation>Las comprobaciones con los datos de su portal están desactivadas por ahora: {error}</translation>
    </message>
</context>
<context>
    <name>culture</name>
    <message>
        <source>Use {culture} for dates</source>
        <translation>Usar {culture} para las fechas</translation>
    </message>
    <message>
        <source>Use {culture} for numbers</source>
        <translation>Usar {culture} para los números</translation>
    </message>
    <message>
        <source>This value is not valid for {title}.</source>
        <translation>Este valor no es válido para {title}.</translation>
    </message>
    <message>
        <source>Date format {culture} reads {examples}.</source>
        <translation>El formato de fecha {culture} lee las fechas {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): its year has two digits, and the portal reads only four-digit years.</source>
        <translation>«{value}» no es una fecha válida para {title} en el formato de fecha {culture} ({order}): su año tiene dos dígitos y el portal solo lee años de cuatro dígitos.</translation>
    </message>
    <message>
        <source>Write the year of {title} with four digits.</source>
        <translation>Escriba el año de {title} con cuatro dígitos.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it mixes two separators ({first} and {second}).</source>
        <translation>«{value}» no es una fecha válida para {title} en el formato de fecha {culture} ({order}): mezcla dos separadores ({first} y {second}).</translation>
    </message>
    <message>
        <source>Write {title} with one separator used twice.</source>
        <translation>Escriba {title} con un único separador, usado dos veces.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the day first.</source>
        <translation>«{value}» no es una fecha válida para {title} en el formato de fecha {culture} ({order}): tiene primero el día.</translation>
    </message>
    <message>
        <source>Correct this date, or, if the dates of the file have the day first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Corrija esta fecha o, si las fechas del archivo tienen primero el día, establezca {setting} en {culture} en el paso Tipo de carga (en la línea de comandos: {flag}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the month first.</source>
        <translation>«{value}» no es una fecha válida para {title} en el formato de fecha {culture} ({order}): tiene primero el mes.</translation>
    </message>
    <message>
        <source>Correct this date, or, if the dates of the file have the month first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Corrija esta fecha o, si las fechas del archivo tienen primero el mes, establezca {setting} en {culture} en el paso Tipo de carga (en la línea de comandos: {flag}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the year last.</source>
        <translation>«{value}» no es una fecha válida para {title} en el formato de fecha {culture} ({order}): tiene el año al final.</translation>
    </message>
    <message>
        <source>Write this date with the year first, or set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}) ({first} if the day comes first, {second} if the month does).</source>
        <translation>Escriba esta fecha con el año primero o establezca {setting} en {first} o {second} en el paso Tipo de carga (en la línea de comandos: {flag} o {second_flag}) ({first} si va primero el día, {second} si va primero el mes).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}).</source>
        <translation>«{value}» no es una fecha válida para {title} en el formato de fecha {culture} ({order}).</translation>
    </message>
    <message>
        <source>Write {title} {examples} (Date format {culture}).</source>
        <translation>Escriba {title} {examples} (formato de fecha {culture}).</translation>
    </message>
    <message>
        <source>Number format {culture} reads {examples}.</source>
        <translation>El formato de número {culture} lee los números {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number in the {culture} number format.</source>
        <translation>«{value}» no es un número en el formato de número {culture}.</translation>
    </message>
    <message>
        <source>Correct this value.</source>
        <translation>Corrija este valor.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number in the {culture} number format; {other} reads it as {reading}.</source>
        <translation>«{value}» no es un número en el formato de número {culture}; {other} lo lee como {reading}.</translation>
    </message>
    <message>
        <source>If the file writes numbers as {other} does ({examples}), set {setting} to {culture} on the Load type step (on the command line: {flag}); else correct this value.</source>
        <translation>Si el archivo escribe los números como {other} ({examples}), establezca {setting} en {culture} en el paso Tipo de carga (en la línea de comandos: {flag}); si no, corrija este valor.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; {title} takes whole numbers only.</source>
        <translation>«{value}» no es un número entero; {title} solo admite números enteros.</translation>
    </message>
    <message>
        <source>Write {title} as a whole number.</source>
        <translation>Escriba {title} como número entero.</translation>
    </message>
    <message>
        <source>Date format</source>
        <extracomment>What the window&apos;s Load type step calls the two settings (and the words of every hint here), read in the window&apos;s language of the moment: setting -&gt; :func:`setting_title`. File-level rules: the values contradict the setting (errors), or never prove it (a warning to confirm). The setting each confirmation is asked about (the answer is that setting&apos;s current value).</extracomment>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Formato de número</translation>
    </message>
    <message>
        <source>Set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Establezca {setting} en {culture} en el paso Tipo de carga (en la línea de comandos: {flag}).</translation>
    </message>
    <message>
        <source>Set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}).</source>
        <translation>Establezca {setting} en {first} o {second} en el paso Tipo de carga (en la línea de comandos: {flag} o {second_flag}).</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valor de {title}, {example}, tiene primero el día, pero el formato de fecha es {culture} ({order}), que solo lee fechas con el año primero: esos registros no se pueden cargar.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valores de {title}, como {example}, tienen primero el día, pero el formato de fecha es {culture} ({order}), que solo lee fechas con el año primero: esos registros no se pueden cargar.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valor de {title}, {example}, tiene primero el mes, pero el formato de fecha es {culture} ({order}), que solo lee fechas con el año primero: esos registros no se pueden cargar.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valores de {title}, como {example}, tienen primero el mes, pero el formato de fecha es {culture} ({order}), que solo lee fechas con el año primero: esos registros no se pueden cargar.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valor de {title}, {example}, tiene primero el día, pero el formato de fecha es {culture} ({order}): {example} no se puede leer y {value} se cargaría como {loaded} en lugar de {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valores de {title}, como {example}, tienen primero el día, pero el formato de fecha es {culture} ({order}): {example} no se puede leer y {value} se cargaría como {loaded} en lugar de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valor de {title}, {example}, tiene primero el mes, pero el formato de fecha es {culture} ({order}): {example} no se puede leer y {value} se cargaría como {loaded} en lugar de {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valores de {title}, como {example}, tienen primero el mes, pero el formato de fecha es {culture} ({order}): {example} no se puede leer y {value} se cargaría como {loaded} en lugar de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}): it cannot be read.</source>
        <translation>1 valor de {title}, {example}, tiene primero el día, pero el formato de fecha es {culture} ({order}): no se puede leer.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}): they cannot be read.</source>
        <translation>{count} valores de {title}, como {example}, tienen primero el día, pero el formato de fecha es {culture} ({order}): no se pueden leer.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}): it cannot be read.</source>
        <translation>1 valor de {title}, {example}, tiene primero el mes, pero el formato de fecha es {culture} ({order}): no se puede leer.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}): they cannot be read.</source>
        <translation>{count} valores de {title}, como {example}, tienen primero el mes, pero el formato de fecha es {culture} ({order}): no se pueden leer.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but {other} has the month first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>1 valor de {title}, {example}, tiene primero el día, pero {other} tiene primero el mes (como {other_example}) y un único formato de fecha lee todas las fechas del archivo: ninguna configuración lee ambos.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but {other} has the month first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>{count} valores de {title}, como {example}, tienen primero el día, pero {other} tiene primero el mes (como {other_example}) y un único formato de fecha lee todas las fechas del archivo: ninguna configuración lee ambos.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but {other} has the day first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>1 valor de {title}, {example}, tiene primero el mes, pero {other} tiene primero el día (como {other_example}) y un único formato de fecha lee todas las fechas del archivo: ninguna configuración lee ambos.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but {other} has the day first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>{count} valores de {title}, como {example}, tienen primero el mes, pero {other} tiene primero el día (como {other_example}) y un único formato de fecha lee todas las fechas del archivo: ninguna configuración lee ambos.</translation>
    </message>
    <message>
        <source>Write the dates of {title} and {other} in one order (bulk-api-data-format.txt: all the date fields follow the same format), then choose the Date format that reads it.</source>
        <translation>Escriba las fechas de {title} y de {other} en un mismo orden (bulk-api-data-format.txt: todos los campos de fecha siguen el mismo formato) y, después, elija el formato de fecha que lo lea.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the day first (such as {by_example}), and one Date format reads every date of the file: under {culture}, en-GB reads only dates with the year first: those records cannot be loaded.</source>
        <translation>Ninguna fecha de {title} indica por sí sola si va primero el día o el mes, pero {by} tiene primero el día (como {by_example}) y un único formato de fecha lee todas las fechas del archivo: con {culture}, en-GB solo lee fechas con el año primero: esos registros no se pueden cargar.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the month first (such as {by_example}), and one Date format reads every date of the file: under {culture}, en-GB reads only dates with the year first: those records cannot be loaded.</source>
        <translation>Ninguna fecha de {title} indica por sí sola si va primero el día o el mes, pero {by} tiene primero el mes (como {by_example}) y un único formato de fecha lee todas las fechas del archivo: con {culture}, en-GB solo lee fechas con el año primero: esos registros no se pueden cargar.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the day first (such as {by_example}), and one Date format reads every date of the file: under {culture}, {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>Ninguna fecha de {title} indica por sí sola si va primero el día o el mes, pero {by} tiene primero el día (como {by_example}) y un único formato de fecha lee todas las fechas del archivo: con {culture}, {value} se cargaría como {loaded} en lugar de {meant}.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the month first (such as {by_example}), and one Date format reads every date of the file: under {culture}, {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>Ninguna fecha de {title} indica por sí sola si va primero el día o el mes, pero {by} tiene primero el mes (como {by_example}) y un único formato de fecha lee todas las fechas del archivo: con {culture}, {value} se cargaría como {loaded} en lugar de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the year last, but the Date format is en-GB (year first), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valor de {title}, {example}, tiene el año al final, pero el formato de fecha es en-GB (año primero), que solo lee fechas con el año primero: esos registros no se pueden cargar.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the year last, but the Date format is en-GB (year first), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valores de {title}, como {example}, tienen el año al final, pero el formato de fecha es en-GB (año primero), que solo lee fechas con el año primero: esos registros no se pueden cargar.</translation>
    </message>
    <message>
        <source>Set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}): {first} if the day comes first ({example} = {day_first}), {second} if the month does ({example} = {month_first}).</source>
        <translation>Establezca {setting} en {first} o {second} en el paso Tipo de carga (en la línea de comandos: {flag} o {second_flag}): {first} si va primero el día ({example} = {day_first}), {second} si va primero el mes ({example} = {month_first}).</translation>
    </message>
    <message>
        <source>{value} will be loaded as {date}</source>
        <translation>{value} se cargará como {date}</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them month first: {value} will be loaded as {date}.</source>
        <translation>Ninguna fecha de {title} indica si va primero el día o el mes (todos los días son 12 o menos), así que el formato de fecha {culture} las lee con el mes primero: {value} se cargará como {date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them day first: {value} will be loaded as {date}.</source>
        <translation>Ninguna fecha de {title} indica si va primero el día o el mes (todos los días son 12 o menos), así que el formato de fecha {culture} las lee con el día primero: {value} se cargará como {date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them month first: {value} will be loaded as {date}, and {second} as {second_date}.</source>
        <translation>Ninguna fecha de {title} indica si va primero el día o el mes (todos los días son 12 o menos), así que el formato de fecha {culture} las lee con el mes primero: {value} se cargará como {date} y {second}, como {second_date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them day first: {value} will be loaded as {date}, and {second} as {second_date}.</source>
        <translation>Ninguna fecha de {title} indica si va primero el día o el mes (todos los días son 12 o menos), así que el formato de fecha {culture} las lee con el día primero: {value} se cargará como {date} y {second}, como {second_date}.</translation>
    </message>
    <message>
        <source>Confirm that the dates have the month first, or, if the day comes first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Confirme que las fechas tienen primero el mes o, si va primero el día, establezca {setting} en {culture} en el paso Tipo de carga (en la línea de comandos: {flag}).</translation>
    </message>
    <message>
        <source>Confirm that the dates have the day first, or, if the month comes first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Confirme que las fechas tienen primero el día o, si va primero el mes, establezca {setting} en {culture} en el paso Tipo de carga (en la línea de comandos: {flag}).</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but the Number format is {culture} ({examples}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valor de {title}, {example}, tiene {marks}, pero el formato de número es {culture} ({examples}): {example} no se puede leer y {value} se cargaría como {loaded} en lugar de {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but the Number format is {culture} ({examples}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valores de {title}, como {example}, tienen {marks}, pero el formato de número es {culture} ({examples}): {example} no se puede leer y {value} se cargaría como {loaded} en lugar de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but the Number format is {culture} ({examples}): it cannot be read.</source>
        <translation>1 valor de {title}, {example}, tiene {marks}, pero el formato de número es {culture} ({examples}): no se puede leer.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but the Number format is {culture} ({examples}): they cannot be read.</source>
        <translation>{count} valores de {title}, como {example}, tienen {marks}, pero el formato de número es {culture} ({examples}): no se pueden leer.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but {other} has numbers such as {other_example}, and one Number format reads every number of the file: no setting reads both.</source>
        <translation>1 valor de {title}, {example}, tiene {marks}, pero {other} tiene números como {other_example} y un único formato de número lee todos los números del archivo: ninguna configuración lee ambos.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but {other} has numbers such as {other_example}, and one Number format reads every number of the file: no setting reads both.</source>
        <translation>{count} valores de {title}, como {example}, tienen {marks}, pero {other} tiene números como {other_example} y un único formato de número lee todos los números del archivo: ninguna configuración lee ambos.</translation>
    </message>
    <message>
        <source>Write the numbers of {title} and {other} in one way (bulk-api-data-format.txt, number_culture), then choose the Number format that reads it.</source>
        <translation>Escriba los números de {title} y de {other} de una misma manera (bulk-api-data-format.txt, number_culture) y, después, elija el formato de número que los lea.</translation>
    </message>
    <message>
        <source>month first</source>
        <extracomment>What a date column&apos;s values prove, all together (``DateProfile.order``). The culture that reads each proven order (bulk-api-data-format.txt, datetime_culture).</extracomment>
        <translation>primero el mes</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>primero el día</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>primero el año</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>culture -&gt; :func:`order_label` (&quot;en-US&quot; -&gt; &quot;month first&quot;), for the window&apos;s sentences.</extracomment>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>for decimals in {culture}</source>
        <extracomment>The cultures that read each kind of date (``rules.parse_date``). The marks each number culture writes (bulk-api-data-format.txt, number_culture): (decimal, grouping).</extracomment>
        <translation>para los decimales en {culture}</translation>
    </message>
    <message>
        <source>between thousands in {culture}</source>
        <translation>entre los miles en {culture}</translation>
    </message>
    <message>
        <source>spaces between thousands</source>
        <translation>espacios entre los miles</translation>
    </message>
    <message>
        <source>a dot for decimals</source>
        <translation>un punto para los decimales</translation>
    </message>
    <message>
        <source>dots between thousands</source>
        <translation>puntos entre los miles</translation>
    </message>
    <message>
        <source>a dot ({roles})</source>
        <translation>un punto ({roles})</translation>
    </message>
    <message>
        <source>a comma for decimals</source>
        <translation>una coma para los decimales</translation>
    </message>
    <message>
        <source>commas between thousands</source>
        <translation>comas entre los miles</translation>
    </message>
    <message>
        <source>a comma ({roles})</source>
        <translation>una coma ({roles})</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>cero separadores</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>month first, e.g. 7/1/2017, 07-01-2017 or 7.1.2017 for 1 July 2017</source>
        <extracomment>The cultures bulk-api-data-format.txt lists for datetime_culture and number_culture.</extracomment>
        <translation>con el mes primero, p. ej., 7/1/2017, 07-01-2017 o 7.1.2017 para el 1 de julio de 2017</translation>
    </message>
    <message>
        <source>day first, e.g. 1/7/2017, 01-07-2017 or 1.7.2017 for 1 July 2017</source>
        <translation>con el día primero, p. ej., 1/7/2017, 01-07-2017 o 1.7.2017 para el 1 de julio de 2017</translation>
    </message>
    <message>
        <source>year first with 4 digits, e.g. 2017/7/1, 2017-07-01 or 2017.7.1 for 1 July 2017</source>
        <translation>con el año primero y de 4 dígitos, p. ej., 2017/7/1, 2017-07-01 o 2017.7.1 para el 1 de julio de 2017</translation>
    </message>
    <message>
        <source>a dot for decimals, e.g. 1,234.56 or 1234.56</source>
        <extracomment>The form the app writes a date in for each culture (Excel date cells, core.mapping): the zero-padded forms :func:`date_examples` lists, which parse_date reads back in that culture.</extracomment>
        <translation>con un punto para los decimales, p. ej., 1,234.56 o 1234.56</translation>
    </message>
    <message>
        <source>a comma for decimals and spaces between thousands, e.g. 1 234,56 or 1234,56</source>
        <translation>con una coma para los decimales y espacios entre los miles, p. ej., 1 234,56 o 1234,56</translation>
    </message>
    <message>
        <source>a comma for decimals and dots between thousands, e.g. 1.234,56 or 1234,56</source>
        <translation>con una coma para los decimales y puntos entre los miles, p. ej., 1.234,56 o 1234,56</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The portal&apos;s sign-in answer could not be understood (no access token in it).</source>
        <extracomment>Sign-ins one request may cause: a token that expires during a long back-off is renewed again, never forever.</extracomment>
        <translation>No se pudo interpretar la respuesta de inicio de sesión del portal (no contiene ningún token de acceso).</translation>
    </message>
    <message>
        <source>Check that the portal address points to a Cornerstone portal.</source>
        <translation>Compruebe que la dirección del portal corresponda a un portal de Cornerstone.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>iniciar sesión</translation>
    </message>
    <message>
        <source>reading the API specification</source>
        <extracomment>bulk-api-quick-start.txt Step 7 names the variants /report/errors and /report/warnings (the throttling pages say /errors and /warnings: bulk-api-facts.md &quot;[doc, conflicting]&quot;). The ``httpx.Client`` every call goes through (the connection test reaches the portal with it).</extracomment>
        <translation>leer la especificación de la API</translation>
    </message>
    <message>
        <source>reading permissions</source>
        <translation>leer los permisos</translation>
    </message>
    <message>
        <source>A custom OU schema needs the custom OU&apos;s type id.</source>
        <translation>Un esquema de UO personalizada necesita el ID de tipo de la UO personalizada.</translation>
    </message>
    <message>
        <source>Pick the custom OU type from the list the portal offers.</source>
        <translation>Elija el tipo de UO personalizada en la lista que ofrece el portal.</translation>
    </message>
    <message>
        <source>reading the {load_type} schema</source>
        <translation>leer el esquema de {load_type}</translation>
    </message>
    <message>
        <source>A job needs at least one import.</source>
        <translation>Un trabajo necesita al menos una importación.</translation>
    </message>
    <message>
        <source>A job can hold at most {most} imports; this one has {count}.</source>
        <translation>Un trabajo admite como máximo {most} importaciones; este tiene {count}.</translation>
    </message>
    <message>
        <source>Split the files into several jobs.</source>
        <translation>Divida los archivos en varios trabajos.</translation>
    </message>
    <message>
        <source>Use an HTTPS address, or leave the callback empty and let the app check the status.</source>
        <translation>Use una dirección HTTPS o deje vacía la devolución de llamada para que la aplicación consulte el estado.</translation>
    </message>
    <message>
        <source>A custom OU import needs the custom OU&apos;s type id.</source>
        <translation>Una importación de UO personalizada necesita el ID de tipo de la UO personalizada.</translation>
    </message>
    <message>
        <source>creating the job</source>
        <translation>crear el trabajo</translation>
    </message>
    <message>
        <source>The portal&apos;s answer to the new job could not be understood (job or import ids missing).</source>
        <translation>No se pudo interpretar la respuesta del portal al nuevo trabajo (faltan los ID del trabajo o de las importaciones).</translation>
    </message>
    <message>
        <source>checking the job status</source>
        <translation>consultar el estado del trabajo</translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation>enumerar los trabajos</translation>
    </message>
    <message>
        <source>Unknown report variant {variant!r}: use full, errors or warnings.</source>
        <translation>Variante de informe desconocida {variant!r}: use full, errors o warnings.</translation>
    </message>
    <message>
        <source>downloading the report</source>
        <translation>descargar el informe</translation>
    </message>
    <message>
        <source>sending the data</source>
        <translation>enviar los datos</translation>
    </message>
    <message>
        <source>The data was sent but the portal&apos;s answer was lost, and its job status could not be read to confirm it arrived. Nothing was sent twice.</source>
        <translation>Los datos se enviaron, pero la respuesta del portal se perdió y no se pudo leer el estado del trabajo para confirmar que llegaron. Nada se envió dos veces.</translation>
    </message>
    <message>
        <source>Check the job&apos;s status later (the app resumes it); send the file again only if the import shows no records.</source>
        <translation>Consulte el estado del trabajo más tarde (la aplicación lo reanuda); vuelva a enviar el archivo solo si la importación no muestra ningún registro.</translation>
    </message>
    <message>
        <source>The data was sent but the portal&apos;s answer was lost, and the job status does not list this import. Nothing was sent twice.</source>
        <translation>Los datos se enviaron, pero la respuesta del portal se perdió y el estado del trabajo no incluye esta importación. Nada se envió dos veces.</translation>
    </message>
    <message>
        <source>Check the job in Cornerstone&apos;s Bulk API History page.</source>
        <translation>Revise el trabajo en la página Bulk API History de Cornerstone.</translation>
    </message>
    <message>
        <source>{error}; the portal may or may not have created the job.</source>
        <translation>{error}; puede que el portal haya creado el trabajo o no.</translation>
    </message>
    <message>
        <source>No data was sent. Running the load again is safe; an empty job left behind uses no capacity.</source>
        <translation>No se envió ningún dato. Volver a ejecutar la carga es seguro; un trabajo vacío que quede no consume capacidad.</translation>
    </message>
    <message>
        <source>Not a portal API path: {path!r}.</source>
        <translation>No es una ruta de la API del portal: {path!r}.</translation>
    </message>
    <message>
        <source>reading from the portal</source>
        <translation>leer del portal</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be understood (it was not JSON).</source>
        <translation>No se pudo interpretar la respuesta del portal (no era JSON).</translation>
    </message>
    <message>
        <source>Check the client id and secret in Cornerstone (Admin &gt; Tools &gt; Edge &gt; API Management) and in this connection profile.</source>
        <translation>Revise el ID de cliente y el secreto de cliente en Cornerstone (Admin &gt; Tools &gt; Edge &gt; API Management) y en este perfil de conexión.</translation>
    </message>
    <message>
        <source>In API Management, check that the application has the Bulk API scopes, and that its service account has the &apos;Access Edge Bulk API&apos; permission and the permission for this load type.</source>
        <translation>En API Management, compruebe que la aplicación tenga los ámbitos de Bulk API y que su cuenta de servicio tenga el permiso «Access Edge Bulk API» y el permiso para este tipo de carga.</translation>
    </message>
    <message>
        <source>The portal said: {message}.</source>
        <translation>El portal respondió: {message}.</translation>
    </message>
    <message>
        <source>The portal rejected the client id or secret (HTTP {status} when signing in).</source>
        <translation>El portal rechazó el ID de cliente o el secreto de cliente (HTTP {status} al iniciar sesión).</translation>
    </message>
    <message>
        <source>signing in to the portal</source>
        <translation>iniciar sesión en el portal</translation>
    </message>
    <message>
        <source>The portal refused the request while {what} (HTTP 400).{said}</source>
        <translation>El portal rechazó la solicitud al {what} (HTTP 400).{said}</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP 400).{said}</source>
        <translation>El portal rechazó la solicitud (HTTP 400).{said}</translation>
    </message>
    <message>
        <source>Check the load settings (and that a callback URL starts with https://).</source>
        <translation>Revise la configuración de la carga (y que la URL de devolución de llamada empiece por https://).</translation>
    </message>
    <message>
        <source>The portal refused access while {what} even with a fresh sign-in (HTTP {status}): a scope or permission is missing.{said}</source>
        <translation>El portal denegó el acceso al {what}, incluso tras volver a iniciar sesión (HTTP {status}): falta un ámbito o un permiso.{said}</translation>
    </message>
    <message>
        <source>The portal refused access even with a fresh sign-in (HTTP {status}): a scope or permission is missing.{said}</source>
        <translation>El portal denegó el acceso, incluso tras volver a iniciar sesión (HTTP {status}): falta un ámbito o un permiso.{said}</translation>
    </message>
    <message>
        <source>The portal does not know what was asked for while {what} (HTTP 404).{said}</source>
        <translation>El portal no reconoce lo solicitado al {what} (HTTP 404).{said}</translation>
    </message>
    <message>
        <source>The portal does not know what was asked for (HTTP 404).{said}</source>
        <translation>El portal no reconoce lo solicitado (HTTP 404).{said}</translation>
    </message>
    <message>
        <source>Check the portal address; the job or import may belong to another portal or environment.</source>
        <translation>Revise la dirección del portal; puede que el trabajo o la importación pertenezcan a otro portal o entorno.</translation>
    </message>
    <message>
        <source>This report is no longer available: Cornerstone keeps results for 30 days.{said}</source>
        <translation>Este informe ya no está disponible: Cornerstone conserva los resultados durante 30 días.{said}</translation>
    </message>
    <message>
        <source>The portal refused the report download (HTTP 410): a report can be downloaded only five times and none are left.{said}</source>
        <translation>El portal rechazó la descarga del informe (HTTP 410): un informe solo se puede descargar cinco veces y no queda ninguna.{said}</translation>
    </message>
    <message>
        <source>Use the copy saved by this app, if there is one.</source>
        <translation>Use la copia guardada por esta aplicación, si existe.</translation>
    </message>
    <message>
        <source>The portal is at capacity while {what} (HTTP 429): too many jobs are queued or too many imports of this type are running.{said}</source>
        <translation>El portal está al límite de su capacidad al {what} (HTTP 429): hay demasiados trabajos en cola o demasiadas importaciones de este tipo en ejecución.{said}</translation>
    </message>
    <message>
        <source>The portal is at capacity (HTTP 429): too many jobs are queued or too many imports of this type are running.{said}</source>
        <translation>El portal está al límite de su capacidad (HTTP 429): hay demasiados trabajos en cola o demasiadas importaciones de este tipo en ejecución.{said}</translation>
    </message>
    <message>
        <source>Wait for running loads (including ones started in Cornerstone&apos;s own screens) to finish, then try again.</source>
        <translation>Espere a que terminen las cargas en ejecución (incluidas las iniciadas desde las pantallas de Cornerstone) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The portal kept answering &apos;too many requests&apos; while {what} (HTTP 429) after several waits.</source>
        <translation>El portal siguió respondiendo «demasiadas solicitudes» al {what} (HTTP 429) tras varias esperas.</translation>
    </message>
    <message>
        <source>The portal kept answering &apos;too many requests&apos; (HTTP 429) after several waits.</source>
        <translation>El portal siguió respondiendo «demasiadas solicitudes» (HTTP 429) tras varias esperas.</translation>
    </message>
    <message>
        <source>Another program may be using the same API application; try again in a few minutes.</source>
        <translation>Puede que otro programa esté usando la misma aplicación de la API; vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The portal had a problem on its side while {what} (HTTP {status}) and kept failing after several tries.{said}</source>
        <translation>El portal tuvo un problema de su lado al {what} (HTTP {status}) y siguió fallando tras varios intentos.{said}</translation>
    </message>
    <message>
        <source>The portal had a problem on its side (HTTP {status}) and kept failing after several tries.{said}</source>
        <translation>El portal tuvo un problema de su lado (HTTP {status}) y siguió fallando tras varios intentos.{said}</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error while {what} (HTTP {status}).{said}</source>
        <translation>El portal respondió con un error inesperado al {what} (HTTP {status}).{said}</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error (HTTP {status}).{said}</source>
        <translation>El portal respondió con un error inesperado (HTTP {status}).{said}</translation>
    </message>
    <message>
        <source>The portal{where} did not answer the connection in time while {what}.</source>
        <translation>El portal{where} no respondió a tiempo a la conexión al {what}.</translation>
    </message>
    <message>
        <source>The portal{where} did not answer the connection in time.</source>
        <translation>El portal{where} no respondió a tiempo a la conexión.</translation>
    </message>
    <message>
        <source>Check the network connection and the portal address.</source>
        <translation>Revise la conexión de red y la dirección del portal.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to the portal{where} while {what}.</source>
        <translation>El proxy rechazó la conexión con el portal{where} al {what}.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to the portal{where}.</source>
        <translation>El proxy rechazó la conexión con el portal{where}.</translation>
    </message>
    <message>
        <source>Check the proxy address, user name and password in the profile&apos;s Advanced section, or ask IT which proxy to use.</source>
        <translation>Revise la dirección, el usuario y la contraseña del proxy en la sección Avanzado del perfil, o pregunte a TI qué proxy usar.</translation>
    </message>
    <message>
        <source>The secure connection to the portal{where} could not be verified while {what}.</source>
        <translation>No se pudo verificar la conexión segura con el portal{where} al {what}.</translation>
    </message>
    <message>
        <source>The secure connection to the portal{where} could not be verified.</source>
        <translation>No se pudo verificar la conexión segura con el portal{where}.</translation>
    </message>
    <message>
        <source>The portal{where} could not be reached while {what}.</source>
        <translation>No se pudo acceder al portal{where} al {what}.</translation>
    </message>
    <message>
        <source>The portal{where} could not be reached.</source>
        <translation>No se pudo acceder al portal{where}.</translation>
    </message>
    <message>
        <source>Check the network connection and the portal address (and the proxy settings, if any).</source>
        <translation>Revise la conexión de red y la dirección del portal (y la configuración del proxy, si la hay).</translation>
    </message>
    <message>
        <source>The portal{where} did not answer in time while {what}.</source>
        <translation>El portal{where} no respondió a tiempo al {what}.</translation>
    </message>
    <message>
        <source>The portal{where} did not answer in time.</source>
        <translation>El portal{where} no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The portal address is not usable while {what}: {reason}.</source>
        <translation>La dirección del portal no se puede usar al {what}: {reason}.</translation>
    </message>
    <message>
        <source>The portal address is not usable: {reason}.</source>
        <translation>La dirección del portal no se puede usar: {reason}.</translation>
    </message>
    <message>
        <source>Check the portal address.</source>
        <translation>Revise la dirección del portal.</translation>
    </message>
    <message>
        <source>The connection to the portal{where} was interrupted while {what}.</source>
        <translation>La conexión con el portal{where} se interrumpió al {what}.</translation>
    </message>
    <message>
        <source>The connection to the portal{where} was interrupted.</source>
        <translation>La conexión con el portal{where} se interrumpió.</translation>
    </message>
    <message>
        <source>A company proxy may be inspecting TLS: it shows its own certificate instead of the portal&apos;s. Ask IT to install the company&apos;s root certificate in this computer&apos;s certificate store (the one the web browser uses), or to exempt *.csod.com from TLS inspection.</source>
        <translation>Puede que un proxy de la empresa esté inspeccionando el tráfico TLS: muestra su propio certificado en lugar del del portal. Pida a TI que instale el certificado raíz de la empresa en el almacén de certificados de este equipo (el que usa el navegador web) o que excluya *.csod.com de la inspección TLS.</translation>
    </message>
    <message>
        <source>Plain http is only used for this computer, not {host}.</source>
        <translation>HTTP sin cifrar solo se usa para este equipo, no para {host}.</translation>
    </message>
    <message>
        <source>Stopped reading the portal&apos;s data at your request.</source>
        <translation>Se detuvo la lectura de los datos del portal a petición suya.</translation>
    </message>
    <message>
        <source>The payload file {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de datos para enviar {path} ({reason}).</translation>
    </message>
    <message>
        <source>Prepare the payload again.</source>
        <translation>Vuelva a preparar los datos para enviar.</translation>
    </message>
    <message>
        <source>The payload is {size:.1f} MB: Cornerstone requires payloads over 20 MB to be gzip-compressed.</source>
        <translation>Los datos para enviar ocupan {size:.1f} MB: Cornerstone exige comprimir con gzip los envíos de más de 20 MB.</translation>
    </message>
    <message>
        <source>Prepare the payload again; the app compresses large payloads itself.</source>
        <translation>Vuelva a preparar los datos para enviar; la aplicación comprime por sí misma los envíos grandes.</translation>
    </message>
    <message>
        <source>The environment {environment!r} is not known.</source>
        <translation>El entorno {environment!r} no se reconoce.</translation>
    </message>
    <message>
        <source>Choose production, stage or pilot, or give the portal&apos;s root URL instead.</source>
        <translation>Elija production, stage o pilot, o indique en su lugar la URL raíz del portal.</translation>
    </message>
    <message>
        <source>The portal name {portal!r} is not valid.</source>
        <translation>El nombre de portal {portal!r} no es válido.</translation>
    </message>
    <message>
        <source>Use the first part of your portal address: &apos;acme&apos; for https://acme.csod.com.</source>
        <translation>Use la primera parte de la dirección de su portal: «acme» para https://acme.csod.com.</translation>
    </message>
    <message>
        <source>No portal root URL was given.</source>
        <translation>No se indicó ninguna URL raíz del portal.</translation>
    </message>
    <message>
        <source>Example: https://acme.csod.com</source>
        <translation>Ejemplo: https://acme.csod.com</translation>
    </message>
    <message>
        <source>The portal address {url!r} is not a web address.</source>
        <translation>La dirección del portal {url!r} no es una dirección web.</translation>
    </message>
    <message>
        <source>The portal address {url!r} uses http://, which would send the client secret unencrypted.</source>
        <translation>La dirección del portal {url!r} usa http://, lo que enviaría el secreto de cliente sin cifrar.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for the local sandbox on this computer).</source>
        <translation>Use https:// (HTTP sin cifrar solo se permite para el entorno de pruebas local de este equipo).</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name or password.</source>
        <translation>La dirección del portal no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Give the client id and secret in their own fields.</source>
        <translation>Indique el ID de cliente y el secreto de cliente en sus propios campos.</translation>
    </message>
    <message>
        <source>No portal was given.</source>
        <translation>No se indicó ningún portal.</translation>
    </message>
    <message>
        <source>Give the portal name (and environment) or its root URL.</source>
        <translation>Indique el nombre del portal (y el entorno) o su URL raíz.</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <extracomment>A short next step, shown under the message where there is room (&quot;Check the secret in ...&quot;).</extracomment>
        <translation>Detenido a petición suya.</translation>
    </message>
    <message>
        <source>Could not create a payload folder in {payloads_root}.</source>
        <translation>No se pudo crear una carpeta de datos para enviar en {payloads_root}.</translation>
    </message>
    <message>
        <source>Could not write {name} in the cache ({reason}): {parent}.</source>
        <translation>No se pudo escribir {name} en la caché ({reason}): {parent}.</translation>
    </message>
    <message>
        <source>Could not copy {name} into the cache ({reason}).</source>
        <translation>No se pudo copiar {name} en la caché ({reason}).</translation>
    </message>
    <message>
        <source>Job {label} is {driver}; it is left to that process, so nothing is sent twice.</source>
        <extracomment>How often a held claim&apos;s heartbeat is renewed, and how old a heartbeat may get before a driver that cannot be checked otherwise counts as gone.</extracomment>
        <translation>Trabajo {label}: {driver}; se deja en manos de ese proceso, para que nada se envíe dos veces.</translation>
    </message>
    <message>
        <source>Wait for that run to finish. If it has stopped responding, close it; this job can then be resumed here.</source>
        <translation>Espere a que termine esa ejecución. Si ha dejado de responder, ciérrela; después, este trabajo se podrá reanudar aquí.</translation>
    </message>
    <message>
        <source>It is now {driver}.</source>
        <translation>Ahora {driver}.</translation>
    </message>
    <message>
        <source>This run no longer drives job {label}; its data was not sent from here.{taker}</source>
        <translation>Esta ejecución ya no controla el trabajo {label}; sus datos no se enviaron desde aquí.{taker}</translation>
    </message>
    <message>
        <source>Another csod-desktop took the job over (this one had stopped responding): it finishes the job.</source>
        <translation>Otro csod-desktop se hizo cargo del trabajo (este había dejado de responder): él termina el trabajo.</translation>
    </message>
    <message>
        <source>The job journal could not be opened ({error}): {path}.</source>
        <translation>No se pudo abrir el registro de trabajos ({error}): {path}.</translation>
    </message>
    <message>
        <source>Another copy of csod-desktop may be holding it, or the file is damaged.</source>
        <translation>Puede que otra copia de csod-desktop lo esté usando o que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>The job journal was written by a newer csod-desktop (schema {version}, this one reads up to {supported}).</source>
        <translation>El registro de trabajos lo escribió un csod-desktop más reciente (esquema {version}; este lee hasta el {supported}).</translation>
    </message>
    <message>
        <source>Update csod-desktop, or point CSOD_DESKTOP_HOME at another folder.</source>
        <translation>Actualice csod-desktop o haga que CSOD_DESKTOP_HOME apunte a otra carpeta.</translation>
    </message>
    <message>
        <source>The job journal could not be prepared ({error}): {path}.</source>
        <translation>No se pudo preparar el registro de trabajos ({error}): {path}.</translation>
    </message>
    <message>
        <source>The file may be damaged: move it aside and start again (history would be lost).</source>
        <translation>Puede que el archivo esté dañado: muévalo a otro lugar y empiece de nuevo (se perdería el historial).</translation>
    </message>
    <message>
        <source>The job journal is closed.</source>
        <translation>El registro de trabajos está cerrado.</translation>
    </message>
    <message>
        <source>The job journal is busy or read-only ({error}).</source>
        <translation>El registro de trabajos está ocupado o es de solo lectura ({error}).</translation>
    </message>
    <message>
        <source>Close other copies of csod-desktop and try again.</source>
        <translation>Cierre las demás copias de csod-desktop y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The job journal could not be read or written ({error}): {path}.</source>
        <translation>No se pudo leer ni escribir el registro de trabajos ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that no other program locks the file; nothing was lost.</source>
        <translation>Compruebe que el disco no esté lleno y que ningún otro programa bloquee el archivo; no se perdió nada.</translation>
    </message>
    <message>
        <source>The portal returned {count} import ids for a job of {imports} imports.</source>
        <translation>El portal devolvió {count} ID de importación para un trabajo de {imports} importaciones.</translation>
    </message>
    <message>
        <source>The journal has no import #{import_ref}.</source>
        <translation>El registro de trabajos no tiene la importación n.º {import_ref}.</translation>
    </message>
    <message>
        <source>The journal has no job #{job_ref}.</source>
        <translation>El registro de trabajos no tiene el trabajo n.º {job_ref}.</translation>
    </message>
    <message>
        <source>The report download cap must be a whole number from 1 to {limit} (Cornerstone allows {limit} downloads per import); got {cap!r}.</source>
        <translation>El tope de descargas de informes debe ser un número entero de 1 a {limit} (Cornerstone permite {limit} descargas por importación); se recibió {cap!r}.</translation>
    </message>
    <message>
        <source>The report of import {import_id} was not downloaded: {used} of {limit} downloads used; the cap is {cap}.</source>
        <translation>El informe de la importación {import_id} no se descargó: se usaron {used} de {limit} descargas; el tope es {cap}.</translation>
    </message>
    <message>
        <source>Cornerstone allows five downloads per import. Use the saved copy, or raise the cap in the settings (at most 5) if you really need another download.</source>
        <translation>Cornerstone permite cinco descargas por importación. Use la copia guardada o aumente el tope en la configuración (como máximo 5) si realmente necesita otra descarga.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <extracomment>Portal environments (bulk-api-facts.md, &quot;Hosts and paths&quot;). The name of the profile a command builds from ``--base-url`` or ``--portal`` (never saved). The sandbox&apos;s public demo credentials (team/INTERFACES.md, &quot;Shared constants&quot;); printed by ``csod-desktop sandbox``, so they are not a secret and need no keyring. An explicit proxy for this portal (``http://proxy.acme.local:8080``); None: this computer&apos;s settings. The proxy&apos;s user name, when it asks for one; the password lives in the keyring (``store.secrets``).</extracomment>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>Profile {name!r} has no portal address.</source>
        <translation>El perfil {name!r} no tiene dirección de portal.</translation>
    </message>
    <message>
        <source>Profile {name!r} has no client id.</source>
        <translation>El perfil {name!r} no tiene ID de cliente.</translation>
    </message>
    <message>
        <source>Copy it from API Management.</source>
        <translation>Cópielo desde API Management.</translation>
    </message>
    <message>
        <source>Unknown portal environment {environment!r}: use production, stage or pilot.</source>
        <translation>Entorno de portal desconocido {environment!r}: use production, stage o pilot.</translation>
    </message>
    <message>
        <source>A saved profile is missing its {field!r} field.</source>
        <translation>A un perfil guardado le falta el campo {field!r}.</translation>
    </message>
    <message>
        <source>The proxy {url!r} is not a proxy address.</source>
        <translation>{url!r} no es una dirección de proxy.</translation>
    </message>
    <message>
        <source>Example: http://proxy.acme.local:8080 (ask IT for it; leave it empty to use this computer&apos;s settings).</source>
        <translation>Ejemplo: http://proxy.acme.local:8080 (pídasela a TI; déjela vacía para usar la configuración de este equipo).</translation>
    </message>
    <message>
        <source>The proxy address must not contain a user name or password.</source>
        <translation>La dirección del proxy no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name in its own field; the password is kept in the keyring.</source>
        <translation>Indique el nombre de usuario del proxy en su propio campo; la contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The saved profiles could not be read ({reason}): {path}.</source>
        <translation>No se pudieron leer los perfiles guardados ({reason}): {path}.</translation>
    </message>
    <message>
        <source>The saved profiles file is damaged (line {lineno}): {path}.</source>
        <translation>El archivo de perfiles guardados está dañado (línea {lineno}): {path}.</translation>
    </message>
    <message>
        <source>Fix or delete the file, then add the profiles again.</source>
        <translation>Corrija o elimine el archivo y vuelva a agregar los perfiles.</translation>
    </message>
    <message>
        <source>The saved profiles file has an unexpected shape: {path}.</source>
        <translation>El archivo de perfiles guardados tiene una estructura inesperada: {path}.</translation>
    </message>
    <message>
        <source>There is no saved profile called {name!r} (saved profiles: {known}).</source>
        <translation>No hay ningún perfil guardado llamado {name!r} (perfiles guardados: {known}).</translation>
    </message>
    <message>
        <source>Create it in the app&apos;s Connect step, or check the spelling.</source>
        <translation>Créelo en el paso Conexión de la aplicación o revise cómo está escrito.</translation>
    </message>
    <message>
        <source>A profile called {name!r} already exists.</source>
        <translation>Ya existe un perfil llamado {name!r}.</translation>
    </message>
    <message>
        <source>Could not save {name} ({reason}): {parent}.</source>
        <translation>No se pudo guardar {name} ({reason}): {parent}.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>El secreto de cliente está vacío.</translation>
    </message>
    <message>
        <source>Copy it again from API Management.</source>
        <translation>Vuelva a copiarlo desde API Management.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keyring could not be read (it may be locked).</source>
        <extracomment>Where it came from: &quot;keyring&quot;, &quot;environment&quot;, &quot;entered&quot;, &quot;file&quot; or &quot;sandbox&quot;.</extracomment>
        <translation>No se pudo leer el llavero del sistema operativo (puede estar bloqueado).</translation>
    </message>
    <message>
        <source>Unlock it, or enter the secret for this session.</source>
        <translation>Desbloquéelo o introduzca el secreto para esta sesión.</translation>
    </message>
    <message>
        <source>The client secret could not be saved in the operating system&apos;s keyring.</source>
        <translation>No se pudo guardar el secreto de cliente en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>A proxy password needs the proxy&apos;s user name.</source>
        <translation>Una contraseña de proxy necesita el nombre de usuario del proxy.</translation>
    </message>
    <message>
        <source>Fill in the proxy user field.</source>
        <translation>Complete el campo de usuario del proxy.</translation>
    </message>
    <message>
        <source>Without a keyring the proxy password cannot be kept.</source>
        <translation>Sin llavero del sistema, la contraseña del proxy no se puede guardar.</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the operating system&apos;s keyring.</source>
        <translation>No se pudo guardar la contraseña del proxy en el llavero del sistema operativo.</translation>
    </message>
    <message>
        <source>No client secret is saved for the profile {name!r}.</source>
        <translation>No hay ningún secreto de cliente guardado para el perfil {name!r}.</translation>
    </message>
    <message>
        <source>Enter it (tick &apos;remember&apos; to keep it in the keyring) or set CSOD_CLIENT_SECRET.</source>
        <translation>Introdúzcalo (marque «recordar» para guardarlo en el llavero del sistema) o establezca CSOD_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be opened ({error}): {path}.</source>
        <translation>No se pudo abrir la cuota compartida de solicitudes ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check that the app&apos;s data folder is writable; another copy of csod-desktop may hold it.</source>
        <translation>Compruebe que se pueda escribir en la carpeta de datos de la aplicación; puede que otra copia de csod-desktop la esté usando.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be read ({error}): {path}.</source>
        <translation>No se pudo leer la cuota compartida de solicitudes ({error}): {path}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, close other copies of csod-desktop.</source>
        <translation>Vuelva a intentarlo; si sigue fallando, cierre las demás copias de csod-desktop.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be written ({error}): {path}.</source>
        <translation>No se pudo escribir la cuota compartida de solicitudes ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check the free space of the disk that holds the app&apos;s data folder.</source>
        <translation>Revise el espacio libre del disco que contiene la carpeta de datos de la aplicación.</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message numerus="yes">
        <source>Creating the job (%n import(s))</source>
        <translation>
            <numerusform>Creando el trabajo (%n importación)</numerusform>
            <numerusform>Creando el trabajo (%n importaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {job_id} created</source>
        <translation>Trabajo {job_id} creado</translation>
    </message>
    <message>
        <source>Sending the data of import {position} of {count}</source>
        <translation>Enviando los datos de la importación {position} de {count}</translation>
    </message>
    <message>
        <source>Data of import {position} of {count} received by the portal (confirmed by the job status; not sent twice)</source>
        <translation>El portal recibió los datos de la importación {position} de {count} (confirmado por el estado del trabajo; no se envían dos veces)</translation>
    </message>
    <message>
        <source>Data of import {position} of {count} received by the portal</source>
        <translation>El portal recibió los datos de la importación {position} de {count}</translation>
    </message>
    <message>
        <source>Next status check at {time}</source>
        <translation>Próxima consulta del estado a las {time}</translation>
    </message>
    <message>
        <source>{status} {loaded}/{total} loaded, {failed} failed</source>
        <translation>{status}, cargados: {loaded}/{total}, con error: {failed}</translation>
    </message>
    <message>
        <source>{status} {loaded}/{total} loaded</source>
        <translation>{status}, cargados: {loaded}/{total}</translation>
    </message>
    <message>
        <source>Job {job_id}: {statuses}</source>
        <translation>Trabajo {job_id}: {statuses}</translation>
    </message>
    <message>
        <source>Status check failed ({problem}); trying again later</source>
        <translation>Falló la consulta del estado ({problem}); se volverá a intentar más tarde</translation>
    </message>
    <message>
        <source>Report of import {import_id} from the saved copy ({usage})</source>
        <translation>Informe de la importación {import_id} desde la copia guardada ({usage})</translation>
    </message>
    <message>
        <source>Report of import {import_id} downloaded ({usage})</source>
        <translation>Informe de la importación {import_id} descargado ({usage})</translation>
    </message>
    <message>
        <source>Import {import_id}: {reason}</source>
        <translation>Importación {import_id}: {reason}</translation>
    </message>
    <message>
        <source>The report of import {import_id} is not ready yet on the portal; asking again at {time}</source>
        <translation>El informe de la importación {import_id} aún no está listo en el portal; se volverá a pedir a las {time}</translation>
    </message>
    <message>
        <source>Job {job_id}: skipped, {driver}</source>
        <translation>Trabajo {job_id}: omitido, {driver}</translation>
    </message>
    <message>
        <source>Job {job_id}: finished</source>
        <translation>Trabajo {job_id}: finalizado</translation>
    </message>
    <message>
        <source>Job {job_id}: failed</source>
        <translation>Trabajo {job_id}: con error</translation>
    </message>
    <message>
        <source>Job {job_id}: abandoned</source>
        <translation>Trabajo {job_id}: abandonado</translation>
    </message>
    <message>
        <source>Job {job_id}: {state}</source>
        <translation>Trabajo {job_id}: {state}</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>The callback address must start with https:// (Cornerstone refuses plain http).</source>
        <extracomment>A portal environment queues at most 50 jobs (bulk-api-facts.md, &quot;Capacity and data limits&quot;). At most 5 imports of one load type run at once, 15 for custom OUs (same section). One payload: at most 300 columns and 1,000,000 records; records past 1,000,000 are dropped silently by the portal, so the client splits instead (bulk-api-facts.md, &quot;Capacity and data limits&quot;). Payloads over 20 MB must be gzip-compressed and sent with Content-Encoding: gzip (same section; employee-ou-api-facts.md §4 &quot;Data-limit wording&quot;: before or after compression is [unknown]). Reports and payloads are kept 30 days from the import&apos;s creation (bulk-api-facts.md, same section). A report can be downloaded 5 times; the 6th call answers 410 (same section). Tokens last ``expires_in`` seconds, 3600 by default (bulk-api-facts.md, &quot;Hosts and paths&quot;). Bucket names. SHARED is the one five-per-minute bucket of schemas, specification, job creation and job status; REPORTS the report and its errors and warnings variants together (bulk-api-facts.md, &quot;Endpoints, scopes and throttles&quot;). Two more rows of the Employee/OU throttling table (employee-ou-api-facts.md, §1 &quot;Throttles&quot; and §2 &quot;Endpoints&quot;): EMPLOYEE is the three 150-per-minute rows (``GET /employees/*``, ``POST /employees``, ``PATCH /employees/*``) counted together (whether they share a budget is [unknown]; one budget can only be slower, never refused), OU_SPECIFICATIONS is ``GET /organizations/v1/specifications``. The list endpoints the client reads (EMPLOYEES, OUS, OU_TYPES) are below, with their paths. The read endpoints of the portal&apos;s own data (employee-ou-api-facts.md §1 &quot;Paths and methods&quot;, §2 &quot;Endpoints&quot;): the employee list, the OU list and the OU types. Throttle buckets of those endpoints: &quot;GET - Bulk&quot; employees 75/min, 4,500/h, 108,000/day (§1 &quot;Throttles&quot;); ``/ous`` and ``/types`` 300/min, 18,000/h, 432,000/day each (§2 &quot;Endpoints&quot;). Limits are counted per URI (§3, the Security Module TIP, *inference* for this API), so ``/ous`` and ``/types`` are two buckets. Every Employee API v2 GET needs the scope ``employee:read`` (§1 &quot;Scopes and permissions&quot;). The OU API&apos;s scope is unpublished (§2 &quot;Scopes and permissions&quot; [unknown]). Our choice, written in the sandbox README (&quot;Choices where the reference is silent&quot;): the same ``employee:read``, since &quot;one scope can open more than one API endpoint&quot; (§1) and the OU API is part of the same Employee/OU API product. Default page sizes: 50 records on Employee endpoints, 100 on OU endpoints (§1 &quot;Paging&quot;). A ``nextPageToken`` lives 5 minutes from the response that carried it (§1 &quot;Paging&quot;). OUR policy, not Cornerstone&apos;s: a ReconcileUsers load that would deactivate more than this share of the portal&apos;s active employees needs an explicit override (the window&apos;s tick box, the CLI&apos;s ``--max-deactivations``). Cornerstone itself deactivates whatever is missing, without a limit. The portal&apos;s throttle counters, sent with its answers (employee-ou-api-facts.md §3, from Cornerstone&apos;s getting-started throttling page): the limit per hour of the call&apos;s URI, and what is left of it in the current hour. &quot;Throttling limits are also tracked at the minute level, as the hourly limit / 60.&quot; The window the two headers count in, in seconds.</extracomment>
        <translation>La URL de devolución de llamada debe empezar por https:// (Cornerstone rechaza http sin cifrar).</translation>
    </message>
    <message>
        <source>The callback address is not a complete web address (https://host/path).</source>
        <translation>La URL de devolución de llamada no es una dirección web completa (https://host/ruta).</translation>
    </message>
</context>
<context>
    <name>governor</name>
    <message>
        <source>waiting {seconds} s for the portal&apos;s rate limit</source>
        <extracomment>Waits shorter than this are not announced (a status line that flickers helps nobody). The documented buckets of ``csod_desktop.facts`` as sliding windows. /permissions has no published limit: the governor keeps it modest and apart, so it never eats into the shared bucket status polling needs.</extracomment>
        <translation>esperando {seconds} s por el límite de solicitudes del portal</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no necesario</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>no descargado</translation>
    </message>
    <message>
        <source>This installation of csod-desktop cannot write DuckDB files: its duckdb library is missing.</source>
        <extracomment>The job fields of a history row: the DuckDB ``jobs`` table has these, one row per job. The DuckDB ``imports`` table: one row per import, joined to ``jobs`` on ``job_ref`` (``job_id`` kept too, as the Bulk API&apos;s imports carry their job&apos;s id).</extracomment>
        <translation>Esta instalación de csod-desktop no puede escribir archivos DuckDB: falta su biblioteca duckdb.</translation>
    </message>
    <message>
        <source>Export the history as CSV instead, or reinstall csod-desktop to get the DuckDB export back.</source>
        <translation>Exporte el historial como CSV o reinstale csod-desktop para recuperar la exportación a DuckDB.</translation>
    </message>
    <message>
        <source>already being run by this csod-desktop (pid {pid})</source>
        <translation>ya lo ejecuta este csod-desktop (pid {pid})</translation>
    </message>
    <message>
        <source>being run by another csod-desktop (pid {pid})</source>
        <translation>lo ejecuta otro csod-desktop (pid {pid})</translation>
    </message>
    <message>
        <source>being run by another csod-desktop (pid {pid} on {host})</source>
        <translation>lo ejecuta otro csod-desktop (pid {pid} en {host})</translation>
    </message>
</context>
<context>
    <name>loads</name>
    <message>
        <source>The payload file {payload} is missing.</source>
        <translation>Falta el archivo de datos para enviar {payload}.</translation>
    </message>
    <message>
        <source>Prepare the load again.</source>
        <translation>Vuelva a preparar la carga.</translation>
    </message>
    <message>
        <source>The data of import {import_id} is no longer on this computer, so it cannot be sent.</source>
        <translation>Los datos de la importación {import_id} ya no están en este equipo, así que no se pueden enviar.</translation>
    </message>
    <message>
        <source>Load the file again as a new job.</source>
        <translation>Vuelva a cargar el archivo como un trabajo nuevo.</translation>
    </message>
    <message>
        <source>This run no longer drives job #{job_ref}: another csod-desktop took it over.</source>
        <translation>Esta ejecución ya no controla el trabajo n.º {job_ref}: otro csod-desktop se hizo cargo de él.</translation>
    </message>
    <message>
        <source>That process finishes the job; nothing was sent twice.</source>
        <translation>Ese proceso termina el trabajo; nada se envió dos veces.</translation>
    </message>
    <message>
        <source>The job stays in the journal: reopen the app or run &apos;csod-desktop resume&apos; to finish it.</source>
        <translation>El trabajo permanece en el registro de trabajos: vuelva a abrir la aplicación o ejecute «csod-desktop resume» para terminarlo.</translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <source>The file has no column named {columns}.</source>
        <translation>El archivo no tiene ninguna columna llamada {columns}.</translation>
    </message>
    <message>
        <source>Map those properties to columns of this file, or unmap them.</source>
        <translation>Asigne esas propiedades a columnas de este archivo o quite su asignación.</translation>
    </message>
    <message>
        <source>This is not a csod-desktop mapping template (no &quot;columns&quot;).</source>
        <translation>Esta no es una plantilla de asignación de csod-desktop (no tiene «columns»).</translation>
    </message>
    <message>
        <source>The mapping template is damaged ({problem}).</source>
        <translation>La plantilla de asignación está dañada ({problem}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; now loads into {field} (it loaded into {before}).</source>
        <translation>«{column}» se carga ahora en {field} (antes se cargaba en {before}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; now loads into {field}.</source>
        <translation>«{column}» se carga ahora en {field}.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; no longer loads into {field}: a field takes one column, and &apos;{taker}&apos; has it now.</source>
        <translation>«{column}» ya no se carga en {field}: un campo admite una sola columna, y ahora la tiene «{taker}».</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is no longer loaded (it loaded into {field}).</source>
        <translation>«{column}» ya no se carga (se cargaba en {field}).</translation>
    </message>
    <message>
        <source>The values of {field} now translate {count} value(s) of your file.</source>
        <translation>Valores de su archivo que ahora se traducen para {field}: {count}.</translation>
    </message>
    <message>
        <source>The values of {field} are no longer translated.</source>
        <translation>Los valores de {field} ya no se traducen.</translation>
    </message>
    <message>
        <source>{field} is &apos;{value}&apos; on every record where the file gives no value.</source>
        <translation>{field} toma el valor «{value}» en todos los registros en los que el archivo no indica ningún valor.</translation>
    </message>
    <message>
        <source>The constant &apos;{before}&apos; of {field} is removed.</source>
        <translation>Se quitó la constante «{before}» de {field}.</translation>
    </message>
    <message>
        <source>The constant of {field} is &apos;{value}&apos; now: it replaces &apos;{before}&apos;.</source>
        <translation>La constante de {field} es ahora «{value}»: reemplaza a «{before}».</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>the operating system&apos;s certificate store and the certificates in {file}</source>
        <translation>el almacén de certificados del sistema operativo y los certificados de {file}</translation>
    </message>
    <message>
        <source>the operating system&apos;s certificate store</source>
        <translation>el almacén de certificados del sistema operativo</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle (the operating system&apos;s store could not be used) and the certificates in {file}</source>
        <translation>el paquete de certificados de certifi (no se pudo usar el almacén del sistema operativo) y los certificados de {file}</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle (the operating system&apos;s store could not be used)</source>
        <translation>el paquete de certificados de certifi (no se pudo usar el almacén del sistema operativo)</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle and the certificates in {file}</source>
        <translation>el paquete de certificados de certifi y los certificados de {file}</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle</source>
        <translation>el paquete de certificados de certifi</translation>
    </message>
    <message>
        <source>this computer: a loopback address never goes through a proxy</source>
        <extracomment>Who decided a route (:attr:`Route.reason`).</extracomment>
        <translation>este equipo: una dirección de loopback nunca pasa por un proxy</translation>
    </message>
    <message>
        <source>from this profile</source>
        <translation>de este perfil</translation>
    </message>
    <message>
        <source>no proxy set</source>
        <translation>ningún proxy configurado</translation>
    </message>
    <message>
        <source>no proxy set on this computer</source>
        <translation>ningún proxy configurado en este equipo</translation>
    </message>
    <message>
        <source>this address is in the computer&apos;s no-proxy list</source>
        <translation>esta dirección figura en la lista de exclusiones de proxy del equipo</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>de {variable}</translation>
    </message>
    <message>
        <source>from this computer&apos;s proxy settings</source>
        <translation>de la configuración de proxy de este equipo</translation>
    </message>
    <message>
        <source>direct connection (this computer: a loopback address never goes through a proxy)</source>
        <translation>conexión directa (este equipo: una dirección de loopback nunca pasa por un proxy)</translation>
    </message>
    <message>
        <source>direct connection (no proxy set)</source>
        <translation>conexión directa (ningún proxy configurado)</translation>
    </message>
    <message>
        <source>direct connection (this address is in the computer&apos;s no-proxy list)</source>
        <translation>conexión directa (esta dirección figura en la lista de exclusiones de proxy del equipo)</translation>
    </message>
    <message>
        <source>direct connection (no proxy set on this computer)</source>
        <translation>conexión directa (ningún proxy configurado en este equipo)</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from this profile)</source>
        <translation>a través del proxy {proxy} (de este perfil)</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from {variable})</source>
        <translation>a través del proxy {proxy} (de {variable})</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from this computer&apos;s proxy settings)</source>
        <translation>a través del proxy {proxy} (de la configuración de proxy de este equipo)</translation>
    </message>
    <message>
        <source>{route}; certificates checked against {store}</source>
        <translation>{route}; certificados verificados con {store}</translation>
    </message>
</context>
<context>
    <name>payload</name>
    <message>
        <source>The file has {records} records to send but one import accepts at most {limit}; the portal would drop the rest without saying so.</source>
        <extracomment>ISA-L level 1: several times faster than zlib level 6 for a few percent of size (payload text). Records per write: small enough that no full copy of the frame is ever made, big enough for polars&apos; parallel writer.</extracomment>
        <translation>El archivo tiene {records} registros para enviar, pero una importación admite como máximo {limit}; el portal descartaría el resto sin avisar.</translation>
    </message>
    <message>
        <source>Split the load into several imports of the same job, or send fewer records.</source>
        <translation>Divida la carga en varias importaciones del mismo trabajo o envíe menos registros.</translation>
    </message>
    <message>
        <source>No column is mapped, so there is nothing to send.</source>
        <translation>No hay ninguna columna asignada, así que no hay nada que enviar.</translation>
    </message>
    <message>
        <source>Map at least the required properties.</source>
        <translation>Asigne al menos las propiedades obligatorias.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Map the file&apos;s columns first.</source>
        <translation>Asigne primero las columnas del archivo.</translation>
    </message>
    <message>
        <source>Go to the Map step.</source>
        <translation>Vaya al paso Asignación.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>invalid and excluded</source>
        <translation>no válido y excluido</translation>
    </message>
    <message>
        <source>in another import (one holds {count} records)</source>
        <translation>en otra importación (una admite {count} registros)</translation>
    </message>
    <message>
        <source>ReconcileUsers is on, so the portal deactivates every employee missing from the payload, and {count} record(s) of this file would be missing from it: {records}. Nothing was sent.</source>
        <translation>ReconcileUsers está activado, por lo que el portal desactiva a todos los empleados que falten en el envío, y faltarían en él registros de este archivo ({count}): {records}. No se envió nada.</translation>
    </message>
    <message>
        <source>Fix those records so that every record is sent (an excluded or invalid record is a deactivated person), or turn ReconcileUsers off.</source>
        <translation>Corrija esos registros para que se envíen todos (un registro excluido o no válido es una persona desactivada) o desactive ReconcileUsers.</translation>
    </message>
    <message>
        <source>The file cannot be sent as it is: {message}</source>
        <translation>El archivo no se puede enviar tal como está: {message}</translation>
    </message>
    <message>
        <source>Mapping changed.</source>
        <extracomment>Share of a check&apos;s progress taken by mapping; validation takes the rest. Questions answered on Review, as (setting, value): (&quot;datetime_culture&quot;, &quot;en-US&quot;) says the dates no value proves the order of are month first. Part of what is checked; a new file or another value of the setting forgets it. What the administrator changed, to undo and redo (``services.plan_history``). Fix and reload: the portal&apos;s reason for each record of the file (1-based), shown by Review.</extracomment>
        <translation>Asignación cambiada.</translation>
    </message>
    <message>
        <source>Choose the file to load first.</source>
        <translation>Elija primero el archivo que cargar.</translation>
    </message>
    <message>
        <source>Go to the File step.</source>
        <translation>Vaya al paso Archivo.</translation>
    </message>
    <message>
        <source>The portal&apos;s schema for this load type is not read yet.</source>
        <translation>El esquema del portal para este tipo de carga aún no se ha leído.</translation>
    </message>
    <message>
        <source>Go to the Load type step.</source>
        <translation>Vaya al paso Tipo de carga.</translation>
    </message>
    <message>
        <source>The file was changed since it was checked.</source>
        <translation>El archivo cambió desde que se comprobó.</translation>
    </message>
    <message>
        <source>Check it again on the Review step.</source>
        <translation>Vuelva a comprobarlo en el paso Revisión.</translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n cell(s)</source>
        <extracomment>A cell without an edit (its value is the file&apos;s), or a setting not given, in before/after states.</extracomment>
        <translation>
            <numerusform>Edición de %n celda</numerusform>
            <numerusform>Edición de %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclusion of record {record}</source>
        <translation>Exclusión del registro {record}</translation>
    </message>
    <message>
        <source>Inclusion of record {record}</source>
        <translation>Inclusión del registro {record}</translation>
    </message>
    <message numerus="yes">
        <source>Exclusion of %n records</source>
        <translation>
            <numerusform>Exclusión de %n registro</numerusform>
            <numerusform>Exclusión de %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inclusion of %n records</source>
        <translation>
            <numerusform>Inclusión de %n registro</numerusform>
            <numerusform>Inclusión de %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>record {row} ({identity}): {reason}</source>
        <extracomment>The questions the administrator answered, as (setting, value): &quot;these dates are month first&quot;.</extracomment>
        <translation>registro {row} ({identity}): {reason}</translation>
    </message>
    <message>
        <source>record {row}: {reason}</source>
        <translation>registro {row}: {reason}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Cornerstone refused this record last time: {reason}</source>
        <extracomment>The rule of a warning that carries the portal&apos;s reason for refusing a record (fix and reload).</extracomment>
        <translation>Cornerstone rechazó este registro la última vez: {reason}</translation>
    </message>
    <message>
        <source>Fix what it names, then check again; the portal checks the record again when it is sent.</source>
        <translation>Corrija lo que se indica y vuelva a comprobarlo; el portal vuelve a comprobar el registro cuando se envía.</translation>
    </message>
</context>
<context>
    <name>portal data</name>
    <message>
        <source>In Cornerstone&apos;s API Management, add the Employee API v2 scope employee:read to this API application, and give its user &apos;Employee API - View&apos;; the Employee/OU API is enabled through Edge Marketplace.</source>
        <extracomment>Page sizes tried in turn: the maximum ``pageSize`` is unpublished (§1 &quot;Paging&quot; [unknown]); a 400 on the first page means &quot;too many&quot;, and None finally leaves the portal&apos;s default (50 / 100). Where the page token may go back (§1 &quot;Paging&quot;: &quot;How the token is sent back for page 2&quot; [unknown]). How every &quot;off&quot; sentence below begins in English (the window&apos;s tests look for it; the sentences are translated whole, each with these words in its own language).</extracomment>
        <translation>En API Management de Cornerstone, agregue el ámbito employee:read de Employee API v2 a esta aplicación de la API y asigne a su usuario el permiso «Employee API - View»; la Employee/OU API se habilita a través de Edge Marketplace.</translation>
    </message>
    <message>
        <source>reading the portal&apos;s employees</source>
        <extracomment>The Bulk API client&apos;s layers (retry of reads, the shared throttle budget, one log line per call): these reads take their slots in their own buckets (``api.governor.bucket_for``).</extracomment>
        <translation>leer los empleados del portal</translation>
    </message>
    <message>
        <source>reading the portal&apos;s OU types</source>
        <translation>leer los tipos de UO del portal</translation>
    </message>
    <message>
        <source>reading the portal&apos;s OUs</source>
        <translation>leer las UO del portal</translation>
    </message>
    <message>
        <source>The portal&apos;s pages could not be followed while {what}: every way of sending the page token back was ignored.</source>
        <translation>No se pudieron recorrer las páginas del portal al {what}: se ignoraron todas las formas de devolver el token de página.</translation>
    </message>
    <message>
        <source>Report this to csod-desktop&apos;s maintainers with the portal&apos;s API version.</source>
        <translation>Informe de esto a los responsables de csod-desktop, indicando la versión de la API del portal.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the portal refused a token with the scope {scopes} (HTTP {status}), so the API application does not have it.</source>
        <translation>Las comprobaciones con los datos de su portal están desactivadas: el portal rechazó un token con el ámbito {scopes} (HTTP {status}), por lo que la aplicación de la API no lo tiene.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer while {what} was not JSON.</source>
        <translation>La respuesta del portal al {what} no era JSON.</translation>
    </message>
    <message>
        <source>reading one employee</source>
        <translation>leer un empleado</translation>
    </message>
    <message>
        <source>The Employee API and the OU API answer ({count} OU types); Review checks your files against the portal&apos;s employees and OUs.</source>
        <translation>La Employee API y la OU API responden ({count} tipos de UO); Revisión comprueba sus archivos con los empleados y las UO del portal.</translation>
    </message>
    <message>
        <source>The Employee API and the OU API answer ({count} OU types); Review checks your files against the portal&apos;s employees and OUs (no employee visible yet).</source>
        <translation>La Employee API y la OU API responden ({count} tipos de UO); Revisión comprueba sus archivos con los empleados y las UO del portal (aún no hay ningún empleado visible).</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the Employee/OU API is not enabled on this portal (HTTP 404 while {what}).</source>
        <translation>Las comprobaciones con los datos de su portal están desactivadas: la Employee/OU API no está habilitada en este portal (HTTP 404 al {what}).</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the API application may not read the portal&apos;s employees or OUs (HTTP {status} while {what}); it needs the employee:read scope and the &apos;Employee API - View&apos; permission.</source>
        <translation>Las comprobaciones con los datos de su portal están desactivadas: puede que la aplicación de la API no tenga permiso para leer los empleados o las UO del portal (HTTP {status} al {what}); necesita el ámbito employee:read y el permiso «Employee API - View».</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: reading the portal&apos;s employees and OUs failed ({error}).</source>
        <extracomment>OUR policy: a snapshot younger than this is reused without asking the portal (the administrator sees its age and can refresh it; a load refreshes it afterwards). How far back ``GET /jobs`` is asked for a job&apos;s ``owner_ref`` (the application&apos;s service account).</extracomment>
        <translation>Las comprobaciones con los datos de su portal están desactivadas: falló la lectura de los empleados y las UO del portal ({error}).</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees: {done} of {total}</source>
        <translation>Leyendo los empleados del portal: {done} de {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees: {done}</source>
        <translation>Leyendo los empleados del portal: {done}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s organizational units: {done} of {total}</source>
        <translation>Leyendo las unidades organizativas del portal: {done} de {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s organizational units: {done}</source>
        <translation>Leyendo las unidades organizativas del portal: {done}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s OU types: {done} of {total}</source>
        <translation>Leyendo los tipos de UO del portal: {done} de {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s OU types: {done}</source>
        <translation>Leyendo los tipos de UO del portal: {done}</translation>
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
        <translation>Las comprobaciones con los datos de su portal están desactivadas: no se leyeron los empleados ni las UO del portal.</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>the local sandbox ({url})</source>
        <translation>el entorno de pruebas local ({url})</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Failed</source>
        <extracomment>Portal statuses meaning the import waits its turn (bulk-api-quick-start.txt Step 6 shows &quot;Created&quot; and &quot;Completed&quot;; the rest are tolerated spellings: bulk-api-facts.md, &quot;Shapes nobody has published&quot;).</extracomment>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importación con error</translation>
    </message>
    <message>
        <source>The portal could not load this import: {reason}</source>
        <translation>El portal no pudo cargar esta importación: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{loaded} loaded, {errors} with errors (of %n records)</source>
        <translation>
            <numerusform>Cargados: {loaded}; con errores: {errors} (de %n registro)</numerusform>
            <numerusform>Cargados: {loaded}; con errores: {errors} (de %n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} loaded, {errors} with errors (of the records)</source>
        <translation>Cargados: {loaded}; con errores: {errors} (del total de registros)</translation>
    </message>
    <message numerus="yes">
        <source>{loaded} loaded (of %n records)</source>
        <translation>
            <numerusform>Cargados: {loaded} (de %n registro)</numerusform>
            <numerusform>Cargados: {loaded} (de %n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} loaded (of the records)</source>
        <translation>Cargados: {loaded} (del total de registros)</translation>
    </message>
    <message>
        <source>{loaded} of {total} loaded</source>
        <translation>Cargados: {loaded} de {total}</translation>
    </message>
    <message>
        <source>{loaded} loaded</source>
        <translation>Cargados: {loaded}</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message numerus="yes">
        <source>%n records wait for the imports before them</source>
        <translation>
            <numerusform>%n registro espera a las importaciones anteriores</numerusform>
            <numerusform>%n registros esperan a las importaciones anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>The records wait for the imports before them</source>
        <translation>Los registros esperan a las importaciones anteriores</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En espera de envío</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n records</source>
        <translation>
            <numerusform>Enviando %n registro</numerusform>
            <numerusform>Enviando %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the records</source>
        <translation>Enviando los registros</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sending {percent}%</source>
        <translation>Enviando {percent} %</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Interrumpido durante el envío</translation>
    </message>
    <message>
        <source>The app stopped during the upload: the portal is asked what arrived before anything is sent again</source>
        <translation>La aplicación se detuvo durante el envío: se pregunta al portal qué llegó antes de volver a enviar nada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Error en el envío</translation>
    </message>
    <message>
        <source>The upload failed; resuming checks with the portal and sends it again if it did not arrive</source>
        <translation>El envío falló; al reanudar se consulta al portal y se vuelve a enviar si no llegó</translation>
    </message>
    <message numerus="yes">
        <source>The portal received %n records; its status comes with the next check</source>
        <translation>
            <numerusform>El portal recibió %n registro; su estado llegará con la próxima consulta</numerusform>
            <numerusform>El portal recibió %n registros; su estado llegará con la próxima consulta</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal received the records; its status comes with the next check</source>
        <translation>El portal recibió los registros; su estado llegará con la próxima consulta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message numerus="yes">
        <source>%n records wait in Cornerstone&apos;s queue</source>
        <translation>
            <numerusform>%n registro espera en la cola de Cornerstone</numerusform>
            <numerusform>%n registros esperan en la cola de Cornerstone</numerusform>
        </translation>
    </message>
    <message>
        <source>The records wait in Cornerstone&apos;s queue</source>
        <translation>Los registros esperan en la cola de Cornerstone</translation>
    </message>
    <message>
        <source>In the portal&apos;s queue</source>
        <translation>En la cola del portal</translation>
    </message>
    <message>
        <source>{status} {done} of {total}</source>
        <translation>{status} {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>The portal has done {done} of %n records</source>
        <translation>
            <numerusform>El portal ha procesado {done} de %n registro</numerusform>
            <numerusform>El portal ha procesado {done} de %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal works on %n records; it gives no count until it is done</source>
        <translation>
            <numerusform>El portal está procesando %n registro; no da ningún recuento hasta que termina</numerusform>
            <numerusform>El portal está procesando %n registros; no da ningún recuento hasta que termina</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal works on the records; it gives no count until it is done</source>
        <translation>El portal está procesando los registros; no da ningún recuento hasta que termina</translation>
    </message>
    <message>
        <source>Not followed now</source>
        <translation>Sin seguimiento ahora</translation>
    </message>
    <message>
        <source>{state} (last known; Resume follows it again)</source>
        <translation>{state} (último estado conocido; Reanudar vuelve a seguirlo)</translation>
    </message>
    <message>
        <source>{position}. {title} · {file}</source>
        <translation>{position}. {title} · {file}</translation>
    </message>
    <message>
        <source>{code} from {file}</source>
        <translation>{code} de {file}</translation>
    </message>
    <message>
        <source>{position}. {title} · a file</source>
        <translation>{position}. {title} · un archivo</translation>
    </message>
    <message>
        <source>{code} from a file</source>
        <translation>{code} de un archivo</translation>
    </message>
    <message>
        <source>Import id: {import_id}</source>
        <translation>ID de importación: {import_id}</translation>
    </message>
    <message>
        <source>Import id: not created yet</source>
        <translation>ID de importación: aún no creado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Iniciado el {time}</translation>
    </message>
    <message>
        <source>Job id: {job_id}</source>
        <translation>ID del trabajo: {job_id}</translation>
    </message>
    <message>
        <source>Job id: not created yet</source>
        <translation>ID del trabajo: aún no creado</translation>
    </message>
    <message>
        <source>Portal: {portal}</source>
        <translation>Portal: {portal}</translation>
    </message>
    <message>
        <source>Job {time}</source>
        <translation>Trabajo {time}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>{file} · {title} + {more} more · {time}</source>
        <translation>{file} · {title} + {more} más · {time}</translation>
    </message>
    <message>
        <source>{file} · {title} · {time}</source>
        <translation>{file} · {title} · {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded, {failed} with errors.</source>
        <translation>
            <numerusform>%n registro cargado, {failed} con errores.</numerusform>
            <numerusform>%n registros cargados, {failed} con errores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded.</source>
        <translation>
            <numerusform>%n registro cargado.</numerusform>
            <numerusform>%n registros cargados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {job} finished</source>
        <translation>El trabajo «{job}» finalizó</translation>
    </message>
    <message>
        <source>Job {job} failed</source>
        <translation>El trabajo «{job}» falló</translation>
    </message>
    <message>
        <source>Job {job} abandoned</source>
        <translation>El trabajo «{job}» se abandonó</translation>
    </message>
    <message>
        <source>Job {job} {state}</source>
        <translation>Trabajo «{job}»: {state}</translation>
    </message>
</context>
<context>
    <name>reading</name>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Revise el nombre del archivo.</translation>
    </message>
    <message>
        <source>{file} has an unsupported type ({suffix}).</source>
        <translation>{file} tiene un tipo no compatible ({suffix}).</translation>
    </message>
    <message>
        <source>{file} has an unsupported type (no extension).</source>
        <translation>{file} tiene un tipo no compatible (sin extensión).</translation>
    </message>
    <message>
        <source>Use a .csv, .tsv, .txt, .xlsx, .xlsm, .xls, .ods or .json file.</source>
        <translation>Use un archivo .csv, .tsv, .txt, .xlsx, .xlsm, .xls, .ods o .json.</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook saved with a {suffix} extension.</source>
        <translation>{file} es un libro de Excel guardado con la extensión {suffix}.</translation>
    </message>
    <message>
        <source>Rename it to .xlsx, or export the sheet as CSV.</source>
        <translation>Cámbiele la extensión a .xlsx o exporte la hoja como CSV.</translation>
    </message>
    <message>
        <source>{file} has nothing on or after line {line}.</source>
        <translation>{file} no tiene nada en la línea {line} ni después.</translation>
    </message>
    <message>
        <source>{file} holds no data (only blank lines).</source>
        <translation>{file} no contiene datos (solo líneas en blanco).</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>an old-style Excel (.xls) or other Office binary file</source>
        <translation>un archivo de Excel antiguo (.xls) u otro archivo binario de Office</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un archivo comprimido con gzip</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>un archivo zip</translation>
    </message>
    <message>
        <source>{file} is {what}, not a text file with one record per line.</source>
        <translation>{file} es {what}, no un archivo de texto con un registro por línea.</translation>
    </message>
    <message>
        <source>Export the data as CSV (UTF-8), Excel .xlsx or JSON and open that file.</source>
        <translation>Exporte los datos como CSV (UTF-8), Excel .xlsx o JSON y abra ese archivo.</translation>
    </message>
    <message>
        <source>{file} contains binary data (NUL bytes), so it is not a CSV or text file.</source>
        <translation>{file} contiene datos binarios (bytes NUL), por lo que no es un archivo CSV ni de texto.</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid in that encoding.</source>
        <translation>{file} no se puede leer como {encoding}: el byte {byte} de la línea {line} no es válido en esa codificación.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s real encoding, or save it again as CSV UTF-8.</source>
        <translation>Elija la codificación real del archivo o vuelva a guardarlo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <source>Check that the export finished.</source>
        <translation>Compruebe que la exportación haya terminado.</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this app knows.</source>
        <translation>«{encoding}» no es una codificación que esta aplicación conozca.</translation>
    </message>
    <message>
        <source>Choose one from the list, for example utf-8 or cp1252.</source>
        <translation>Elija una de la lista, por ejemplo utf-8 o cp1252.</translation>
    </message>
    <message>
        <source>Open the file in the program that made it and export it again as CSV UTF-8 (in Excel: Save As, &quot;CSV UTF-8 (Comma delimited)&quot;). In the window you can also choose the file&apos;s real encoding in the File step.</source>
        <translation>Abra el archivo en el programa que lo creó y vuelva a exportarlo como CSV UTF-8 (en Excel: Guardar como, «CSV UTF-8 (delimitado por comas)»). En la ventana también puede elegir la codificación real del archivo en el paso Archivo.</translation>
    </message>
    <message>
        <source>{file} mixes two encodings, so some names would be garbled: it starts with the UTF-8 byte order mark, but byte {byte} of line {line} ({code}) is not UTF-8.</source>
        <translation>{file} mezcla dos codificaciones, así que algunos nombres quedarían ilegibles: empieza con la marca de orden de bytes de UTF-8, pero el byte {byte} de la línea {line} ({code}) no es UTF-8.</translation>
    </message>
    <message>
        <source>{file} mixes two encodings, so some names would be garbled: it holds the UTF-8 character &quot;{char}&quot; on line {u_line} (byte {u_byte}), but byte {byte} of line {line} ({code}) is not UTF-8.</source>
        <translation>{file} mezcla dos codificaciones, así que algunos nombres quedarían ilegibles: contiene el carácter UTF-8 «{char}» en la línea {u_line} (byte {u_byte}), pero el byte {byte} de la línea {line} ({code}) no es UTF-8.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252: byte {byte} of line {line} ({code}) is not a character in either.</source>
        <translation>{file} no es ni UTF-8 ni Windows-1252: el byte {byte} de la línea {line} ({code}) no es un carácter en ninguna de las dos.</translation>
    </message>
    <message>
        <source>Some characters in {file} look garbled (like &quot;Ã©&quot; instead of &quot;é&quot;): the file was probably converted between encodings once too often. Check names with accents before loading.</source>
        <translation>Algunos caracteres de {file} parecen ilegibles (como «Ã©» en lugar de «é»): probablemente el archivo se convirtió entre codificaciones una vez de más. Revise los nombres con acentos antes de cargar.</translation>
    </message>
    <message>
        <source>{file} contains replacement characters (&quot;�&quot;): some characters were lost before the file reached us.</source>
        <translation>{file} contiene caracteres de reemplazo («�»): algunos caracteres se perdieron antes de que el archivo llegara a la aplicación.</translation>
    </message>
    <message>
        <source>The lines of {file} end in a carriage return alone (old Mac style); they were read as ordinary lines.</source>
        <translation>Las líneas de {file} terminan solo con un retorno de carro (estilo Mac antiguo); se leyeron como líneas normales.</translation>
    </message>
    <message>
        <source>A JSON file must be an array of records: [{&quot;column&quot;: &quot;value&quot;}, ...].</source>
        <translation>Un archivo JSON debe ser una matriz de registros: [{&quot;column&quot;: &quot;value&quot;}, ...].</translation>
    </message>
    <message>
        <source>values are nested inside each other too deeply (about a thousand levels)</source>
        <translation>valores están anidados unos dentro de otros con demasiada profundidad (unos mil niveles)</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: byte {byte} at character {column} of line {line} is not valid in that encoding.</source>
        <translation>{file} no se puede leer como {encoding}: el byte {byte} en el carácter {column} de la línea {line} no es válido en esa codificación.</translation>
    </message>
    <message>
        <source>Export the file again as JSON in UTF-8: JSON files are UTF-8 (or UTF-16 with a byte order mark).</source>
        <translation>Vuelva a exportar el archivo como JSON en UTF-8: los archivos JSON están en UTF-8 (o en UTF-16 con marca de orden de bytes).</translation>
    </message>
    <message>
        <source>{file} cannot be read: its {problem} (line {line}), so it is not a list of records.</source>
        <translation>No se puede leer {file}: sus {problem} (línea {line}), por lo que no es una lista de registros.</translation>
    </message>
    <message>
        <source>{file} cannot be read: its {problem}, so it is not a list of records.</source>
        <translation>No se puede leer {file}: sus {problem}, por lo que no es una lista de registros.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {problem} on line {line}.</source>
        <translation>{file} no es un JSON válido: {problem} en la línea {line}.</translation>
    </message>
    <message>
        <source>{file} holds no records.</source>
        <translation>{file} no contiene registros.</translation>
    </message>
    <message>
        <source>In {file}, line {line} is not a record of named values (it is a {kind}).</source>
        <translation>En {file}, la línea {line} no es un registro de valores con nombre (es de tipo {kind}).</translation>
    </message>
    <message>
        <source>In {file}, record {record} is not a record of named values (it is a {kind}).</source>
        <translation>En {file}, el registro {record} no es un registro de valores con nombre (es de tipo {kind}).</translation>
    </message>
    <message>
        <source>In {file}, record {record} has a value with an empty name.</source>
        <translation>En {file}, el registro {record} tiene un valor con un nombre vacío.</translation>
    </message>
    <message>
        <source>In {file}, line {line} holds an object as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>En {file}, la línea {line} contiene un objeto como valor de «{name}» ({snippet}), no un único texto, número o true/false.</translation>
    </message>
    <message>
        <source>In {file}, record {record} holds an object as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>En {file}, el registro {record} contiene un objeto como valor de «{name}» ({snippet}), no un único texto, número o true/false.</translation>
    </message>
    <message>
        <source>In {file}, line {line} holds a list as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>En {file}, la línea {line} contiene una lista como valor de «{name}» ({snippet}), no un único texto, número o true/false.</translation>
    </message>
    <message>
        <source>In {file}, record {record} holds a list as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>En {file}, el registro {record} contiene una lista como valor de «{name}» ({snippet}), no un único texto, número o true/false.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; (1 record)</source>
        <translation>«{name}» (1 registro)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; ({count} records)</source>
        <translation>«{name}» ({count} registros)</translation>
    </message>
    <message>
        <source>The portal takes one value per field, so this file was not read. Nested values are in: {names}.</source>
        <translation>El portal admite un solo valor por campo, así que este archivo no se leyó. Hay valores anidados en: {names}.</translation>
    </message>
    <message>
        <source>The portal takes one value per field, so this file was not read. Nested values are in: {names} and {more} more columns.</source>
        <translation>El portal admite un solo valor por campo, así que este archivo no se leyó. Hay valores anidados en: {names} y {more} columnas más.</translation>
    </message>
    <message>
        <source>Export the records flat (one column per value, for example one column per language), or leave those fields out of the export.</source>
        <translation>Exporte los registros planos (una columna por valor, por ejemplo una columna por idioma) o deje esos campos fuera de la exportación.</translation>
    </message>
    <message>
        <source>The header line of {file} (line {line}) cannot be read: {problem}</source>
        <translation>No se puede leer la línea de encabezado de {file} (línea {line}): {problem}</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a value that starts with a quote must end with one.</source>
        <translation>Revise las comillas de esa línea: un valor que empieza con comillas debe terminar con comillas.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is empty: it must hold the column names.</source>
        <translation>La línea {line} de {file} está vacía: debe contener los nombres de las columnas.</translation>
    </message>
    <message>
        <source>Delete the blank lines above the header, or choose the header row.</source>
        <translation>Elimine las líneas en blanco encima del encabezado o elija la fila de encabezado.</translation>
    </message>
    <message>
        <source>Column {index} of {file} has no name in the header (line {line}).</source>
        <translation>La columna {index} de {file} no tiene nombre en el encabezado (línea {line}).</translation>
    </message>
    <message>
        <source>Give every column a name, or delete the empty column.</source>
        <translation>Asigne un nombre a cada columna o elimine la columna vacía.</translation>
    </message>
    <message>
        <source>The column name &quot;{name}&quot; appears twice in the header of {file} (columns {first} and {index}, line {line}).</source>
        <translation>El nombre de columna «{name}» aparece dos veces en el encabezado de {file} (columnas {first} y {index}, línea {line}).</translation>
    </message>
    <message>
        <source>Rename one of the two columns so each name is unique.</source>
        <translation>Cambie el nombre de una de las dos columnas para que cada nombre sea único.</translation>
    </message>
    <message>
        <source>it opens a quoted value that is never closed: everything after it would be one value.</source>
        <translation>abre un valor entre comillas que nunca se cierra: todo lo que sigue sería un único valor.</translation>
    </message>
    <message>
        <source>it holds a carriage return alone (an old Mac line end) outside quotes while other lines end the usual way: save the file again as CSV, which writes one kind of line end.</source>
        <translation>contiene un retorno de carro suelto (un final de línea antiguo de Mac) fuera de las comillas, mientras que las demás líneas terminan de la forma habitual: vuelva a guardar el archivo como CSV, que escribe un solo tipo de final de línea.</translation>
    </message>
    <message>
        <source>it holds a value longer than {limit} characters, longer than any field the portal takes.</source>
        <translation>contiene un valor de más de {limit} caracteres, más largo que cualquier campo que admite el portal.</translation>
    </message>
    <message>
        <source>a quote is misplaced (a quote must open and close the whole value).</source>
        <translation>hay unas comillas mal colocadas (las comillas deben abrir y cerrar el valor completo).</translation>
    </message>
    <message>
        <source>Line {line} of {file} has {got} fields but the header has {want}: a value probably contains an unquoted delimiter.</source>
        <translation>La línea {line} de {file} tiene {got} campos, pero el encabezado tiene {want}: probablemente un valor contiene un delimitador sin comillas.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has {got} fields but the header has {want}: values are missing.</source>
        <translation>La línea {line} de {file} tiene {got} campos, pero el encabezado tiene {want}: faltan valores.</translation>
    </message>
    <message>
        <source>Put values that contain the delimiter in double quotes, or fix the line in the source system.</source>
        <translation>Ponga entre comillas dobles los valores que contienen el delimitador o corrija la línea en el sistema de origen.</translation>
    </message>
    <message>
        <source>Line {line} of {file} cannot be read: {problem}</source>
        <translation>No se puede leer la línea {line} de {file}: {problem}</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has no header on row {row}: it is empty there.</source>
        <translation>La hoja «{sheet}» de {file} no tiene encabezado en la fila {row}: está vacía en esa fila.</translation>
    </message>
    <message>
        <source>Choose the row that holds the column names.</source>
        <translation>Elija la fila que contiene los nombres de las columnas.</translation>
    </message>
    <message>
        <source>{file} is a web page or XML file saved with a {suffix} extension, not a workbook.</source>
        <translation>{file} es una página web o un archivo XML guardado con la extensión {suffix}, no un libro de Excel.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx (or export the data as CSV UTF-8), then drop that file.</source>
        <translation>Ábralo en Excel y guárdelo como .xlsx (o exporte los datos como CSV UTF-8) y, después, suelte ese archivo.</translation>
    </message>
    <message>
        <source>{file} holds plain text (probably CSV or tab-separated values) under a {suffix} extension.</source>
        <translation>{file} contiene texto sin formato (probablemente CSV o valores separados por tabulaciones) con la extensión {suffix}.</translation>
    </message>
    <message>
        <source>Rename it to .csv (or .txt for tab-separated values) and drop it again.</source>
        <translation>Cámbiele la extensión a .csv (o a .txt si son valores separados por tabulaciones) y vuelva a soltarlo.</translation>
    </message>
    <message>
        <source>{file} is protected with a password (the workbook is encrypted), so it cannot be read.</source>
        <translation>{file} está protegido con contraseña (el libro está cifrado), así que no se puede leer.</translation>
    </message>
    <message>
        <source>Open it in Excel with its password, then save a copy without one (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the password) and drop that copy here.</source>
        <translation>Ábralo en Excel con su contraseña, guarde una copia sin contraseña (Archivo &gt; Información &gt; Proteger libro &gt; Cifrar con contraseña, borre la contraseña) y suelte aquí esa copia.</translation>
    </message>
    <message>
        <source>Cell {cell} (column &quot;{column}&quot;) of sheet &quot;{sheet}&quot; holds a number of more than {digits} digits. Excel keeps only {digits} digits of a number, so it had already changed this value (to {rounded}) when the workbook was saved: the id that was typed is lost.</source>
        <translation>La celda {cell} (columna «{column}») de la hoja «{sheet}» contiene un número de más de {digits} dígitos. Excel solo conserva {digits} dígitos de un número, así que ya había cambiado este valor (a {rounded}) al guardar el libro: el ID que se escribió se ha perdido.</translation>
    </message>
    <message>
        <source>In Excel, format the column as Text (Format Cells &gt; Text) before typing or pasting the ids, or export them from the source system as CSV, so every digit is kept.</source>
        <translation>En Excel, aplique el formato Texto a la columna (Formato de celdas &gt; Texto) antes de escribir o pegar los ID, o expórtelos desde el sistema de origen como CSV, para que se conserven todos los dígitos.</translation>
    </message>
    <message>
        <source>{file} looks like an old-style Excel workbook (.xls) but is damaged or incomplete{why}.</source>
        <translation>{file} parece un libro de Excel antiguo (.xls), pero está dañado o incompleto{why}.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx (or export the sheet as CSV UTF-8), then drop that file.</source>
        <translation>Ábralo en Excel y guárdelo como .xlsx (o exporte la hoja como CSV UTF-8) y, después, suelte ese archivo.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook{why}.</source>
        <translation>{file} no es un libro de Excel legible{why}.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it again as .xlsx, or export the sheet as CSV.</source>
        <translation>Ábralo en Excel y vuelva a guardarlo como .xlsx, o exporte la hoja como CSV.</translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot; (sheets: {sheets}).</source>
        <translation>{file} no tiene ninguna hoja llamada «{sheet}» (hojas: {sheets}).</translation>
    </message>
    <message>
        <source>Choose one of the sheets listed.</source>
        <translation>Elija una de las hojas indicadas.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; is hidden in {file}; it was read because you chose it.</source>
        <translation>La hoja «{sheet}» está oculta en {file}; se leyó porque usted la eligió.</translation>
    </message>
    <message>
        <source>Every sheet of {file} is hidden ({sheets}).</source>
        <translation>Todas las hojas de {file} están ocultas ({sheets}).</translation>
    </message>
    <message>
        <source>Choose the sheet to read, or unhide it in Excel (Home &gt; Format &gt; Hide &amp; Unhide).</source>
        <translation>Elija la hoja que leer o muéstrela en Excel (Inicio &gt; Formato &gt; Ocultar y mostrar).</translation>
    </message>
    <message>
        <source>{file}: the hidden sheet {listed} before &quot;{chosen}&quot; was not read; &quot;{chosen}&quot; is the first visible sheet. Choose another sheet if that is not the one to load.</source>
        <translation>{file}: no se leyó la hoja oculta {listed}, situada antes de «{chosen}»; «{chosen}» es la primera hoja visible. Elija otra hoja si esa no es la que se debe cargar.</translation>
    </message>
    <message>
        <source>{file}: the hidden sheets {listed} before &quot;{chosen}&quot; were not read; &quot;{chosen}&quot; is the first visible sheet. Choose another sheet if that is not the one to load.</source>
        <translation>{file}: no se leyeron las hojas ocultas {listed}, situadas antes de «{chosen}»; «{chosen}» es la primera hoja visible. Elija otra hoja si esa no es la que se debe cargar.</translation>
    </message>
    <message>
        <source>The number formats of {file} cannot be read ({error}).</source>
        <translation>No se pueden leer los formatos de número de {file} ({error}).</translation>
    </message>
    <message>
        <source>Open the workbook in Excel and save it again, or export the sheet as CSV UTF-8.</source>
        <translation>Abra el libro en Excel y vuelva a guardarlo, o exporte la hoja como CSV UTF-8.</translation>
    </message>
    <message>
        <source>Merged cells {cells}: Excel shows one value across each merge, so every record the merge covers was given that value. Unmerge the cells in Excel if that is not what you meant.</source>
        <translation>Celdas combinadas {cells}: Excel muestra un único valor en cada combinación, así que todos los registros que abarca la combinación recibieron ese valor. Separe las celdas en Excel si no es lo que pretendía.</translation>
    </message>
    <message>
        <source>Merged cells {cells} and {more} more: Excel shows one value across each merge, so every record the merge covers was given that value. Unmerge the cells in Excel if that is not what you meant.</source>
        <translation>Celdas combinadas {cells} y {more} más: Excel muestra un único valor en cada combinación, así que todos los registros que abarca la combinación recibieron ese valor. Separe las celdas en Excel si no es lo que pretendía.</translation>
    </message>
    <message>
        <source>Formula cells show an error: {cells}. They are read as that error text; fix the formulas in Excel and save again, or those records will not be what you meant.</source>
        <translation>Hay celdas con fórmula que muestran un error: {cells}. Se leen como ese texto de error; corrija las fórmulas en Excel y vuelva a guardar, o esos registros no serán lo que pretendía.</translation>
    </message>
    <message>
        <source>Formula cells show an error: {cells} and {more} more. They are read as that error text; fix the formulas in Excel and save again, or those records will not be what you meant.</source>
        <translation>Hay celdas con fórmula que muestran un error: {cells} y {more} más. Se leen como ese texto de error; corrija las fórmulas en Excel y vuelva a guardar, o esos registros no serán lo que pretendía.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has {count} formula cell(s) saved without their result, such as {examples}. The workbook was written by a program that does not calculate formulas, so those cells would be read as empty.</source>
        <translation>La hoja «{sheet}» de {file} tiene celdas con fórmula guardadas sin su resultado ({count}), como {examples}. El libro lo escribió un programa que no calcula fórmulas, así que esas celdas se leerían vacías.</translation>
    </message>
    <message>
        <source>Open the workbook in Excel (or LibreOffice), let it calculate, save it, and drop it here again.</source>
        <translation>Abra el libro en Excel (o LibreOffice), deje que calcule, guárdelo y vuelva a soltarlo aquí.</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>the API application&apos;s own account</source>
        <extracomment>The columns of the list of employees a ReconcileUsers load deactivates (window and ``--report-dir``).</extracomment>
        <translation>la propia cuenta de la aplicación de la API</translation>
    </message>
    <message>
        <source>a system account</source>
        <translation>una cuenta del sistema</translation>
    </message>
    <message>
        <source>ReconcileUsers would deactivate {count} of the portal&apos;s {active} active employees ({share}).</source>
        <translation>ReconcileUsers desactivaría a {count} de los {active} empleados activos del portal ({share}).</translation>
    </message>
    <message>
        <source>{user_id} (the API application’s own account)</source>
        <translation>{user_id} (la propia cuenta de la aplicación de la API)</translation>
    </message>
    <message>
        <source>{user_id} (a system account)</source>
        <translation>{user_id} (una cuenta del sistema)</translation>
    </message>
    <message>
        <source>Among them: {names}.</source>
        <translation>Entre ellos: {names}.</translation>
    </message>
    <message>
        <source>Your API user sees only part of the portal&apos;s employees, so the load may deactivate more people than listed here.</source>
        <translation>Su usuario de la API solo ve una parte de los empleados del portal, así que la carga puede desactivar a más personas de las que se indican aquí.</translation>
    </message>
</context>
<context>
    <name>report fetch</name>
    <message>
        <source>No errors or warnings: no report download spent.</source>
        <extracomment>Report states no later attempt can change (the portal answered 410).</extracomment>
        <translation>Sin errores ni advertencias: no se gastó ninguna descarga del informe.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet after {minutes} minutes of asking (it still answered 404); it was not saved and is fetched later.</source>
        <translation>El portal aún no ha puesto a disposición el informe tras {minutes} minutos de consultas (seguía respondiendo 404); no se guardó y se obtendrá más tarde.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet after {seconds} s of asking (it still answered 404); it was not saved and is fetched later.</source>
        <translation>El portal aún no ha puesto a disposición el informe tras {seconds} s de consultas (seguía respondiendo 404); no se guardó y se obtendrá más tarde.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet (it still answered 404); it was not saved and is fetched later.</source>
        <translation>El portal aún no ha puesto a disposición el informe (seguía respondiendo 404); no se guardó y se obtendrá más tarde.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Unknown report view {name!r}: use full, errors or warnings.</source>
        <extracomment>Flag values meaning &quot;this record was loaded&quot; (bulk-api-facts.md, &quot;Shapes nobody has published&quot;: parse tolerantly, any case).</extracomment>
        <translation>Vista de informe desconocida {name!r}: use full, errors o warnings.</translation>
    </message>
    <message>
        <source>not saved: the portal did not have it ready yet (it still answered 404)</source>
        <extracomment>What became of a report that was not saved, one sentence per state (the CLI, the JSON and the window).</extracomment>
        <translation>no guardado: el portal aún no lo tenía listo (seguía respondiendo 404)</translation>
    </message>
    <message>
        <source>not saved: the download failed</source>
        <translation>no guardado: la descarga falló</translation>
    </message>
    <message>
        <source>not saved: this app&apos;s download cap for it is reached</source>
        <translation>no guardado: se alcanzó el tope de descargas de esta aplicación para este informe</translation>
    </message>
    <message>
        <source>not saved: the portal answered 410, its five downloads are spent</source>
        <translation>no guardado: el portal respondió 410, sus cinco descargas están agotadas</translation>
    </message>
    <message>
        <source>not saved: Cornerstone no longer keeps it (30 days)</source>
        <translation>no guardado: Cornerstone ya no lo conserva (30 días)</translation>
    </message>
    <message>
        <source>Cornerstone has not made this report available yet (it answers 404 for a while after an import completes). Open these results again in a few minutes: it is downloaded then, and a 404 spends no download.</source>
        <extracomment>The same truth for the window&apos;s Results step, with what the administrator can do there.</extracomment>
        <translation>Cornerstone aún no ha puesto a disposición este informe (responde 404 durante un tiempo después de que termina una importación). Vuelva a abrir estos resultados dentro de unos minutos: se descargará entonces, y un 404 no gasta ninguna descarga.</translation>
    </message>
    <message>
        <source>The report could not be downloaded. Open these results again when the portal answers: it is downloaded then.</source>
        <translation>No se pudo descargar el informe. Vuelva a abrir estos resultados cuando el portal responda: se descargará entonces.</translation>
    </message>
    <message>
        <source>This app&apos;s download cap for the report is reached. Raise the cap in Settings (at most 5) to download it.</source>
        <translation>Se alcanzó el tope de descargas de esta aplicación para el informe. Aumente el tope en Configuración (como máximo 5) para descargarlo.</translation>
    </message>
    <message>
        <source>Cornerstone will not serve this report again: its five downloads are spent. The import&apos;s counts stay in the History step.</source>
        <translation>Cornerstone no volverá a entregar este informe: sus cinco descargas están agotadas. Los recuentos de la importación se conservan en el paso Historial.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (results are kept 30 days). The import&apos;s counts stay in the History step.</source>
        <translation>Cornerstone ya no conserva este informe (los resultados se conservan 30 días). Los recuentos de la importación se conservan en el paso Historial.</translation>
    </message>
    <message>
        <source>Unknown report view {variant!r}: use full, errors or warnings.</source>
        <translation>Vista de informe desconocida {variant!r}: use full, errors o warnings.</translation>
    </message>
    <message>
        <source>This report is not saved on this computer and there is no portal connection to download it.</source>
        <translation>Este informe no está guardado en este equipo y no hay conexión con el portal para descargarlo.</translation>
    </message>
    <message>
        <source>Connect to the portal the import was sent to, then open the report again.</source>
        <translation>Conéctese al portal al que se envió la importación y vuelva a abrir el informe.</translation>
    </message>
    <message>
        <source>The portal has not made the report of import {import_id} available yet (HTTP 404, which Cornerstone answers for a while after an import completes).</source>
        <translation>El portal aún no ha puesto a disposición el informe de la importación {import_id} (HTTP 404, que Cornerstone responde durante un tiempo después de que termina una importación).</translation>
    </message>
    <message>
        <source>No download was spent. Try again in a few minutes; the app remembers the report is not saved.</source>
        <translation>No se gastó ninguna descarga. Vuelva a intentarlo en unos minutos; la aplicación recuerda que el informe no está guardado.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (30 days). Showing the copy saved on this computer earlier.</source>
        <translation>Cornerstone ya no conserva este informe (30 días). Se muestra la copia guardada antes en este equipo.</translation>
    </message>
    <message>
        <source>The portal has no download of this report left (HTTP 410). Showing the copy saved on this computer earlier.</source>
        <translation>Al portal no le queda ninguna descarga de este informe (HTTP 410). Se muestra la copia guardada antes en este equipo.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (30 days). Showing the copy saved on this computer on {when}.</source>
        <translation>Cornerstone ya no conserva este informe (30 días). Se muestra la copia guardada en este equipo el {when}.</translation>
    </message>
    <message>
        <source>The portal has no download of this report left (HTTP 410). Showing the copy saved on this computer on {when}.</source>
        <translation>Al portal no le queda ninguna descarga de este informe (HTTP 410). Se muestra la copia guardada en este equipo el {when}.</translation>
    </message>
    <message>
        <source>{used} of {limit} used, cap {cap}</source>
        <extracomment>A sentence shown above the report when something needs saying (expired, quota spent on the portal).</extracomment>
        <translation>{used} de {limit} usadas, tope {cap}</translation>
    </message>
</context>
<context>
    <name>resume</name>
    <message>
        <source>finished; its report is not saved yet</source>
        <translation>finalizado; su informe aún no está guardado</translation>
    </message>
    <message>
        <source>unfinished; it can be resumed</source>
        <translation>sin terminar; se puede reanudar</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(no creado)</translation>
    </message>
</context>
<context>
    <name>schemas</name>
    <message>
        <source>ou.customou needs the custom OU&apos;s type_id instead of the type name.</source>
        <translation>ou.customou necesita el type_id de la UO personalizada en lugar del nombre del tipo.</translation>
    </message>
    <message>
        <source>This portal&apos;s custom OU type_ids: {value}.</source>
        <translation>type_id de UO personalizadas de este portal: {value}.</translation>
    </message>
    <message>
        <source>This portal offers no load type {text!r}.</source>
        <translation>Este portal no ofrece ningún tipo de carga {text!r}.</translation>
    </message>
    <message>
        <source>Types offered: {value} (&apos;csod-desktop types&apos; lists them).</source>
        <translation>Tipos ofrecidos: {value} («csod-desktop types» los enumera).</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Awaiting data</source>
        <translation>En espera de datos</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>Completado con errores</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Load type</source>
        <translation>Tipo de carga</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>The template {file} cannot be opened: {problem}.</source>
        <extracomment>A template maps at most 300 columns: a few kilobytes. A bigger file is the wrong one, refused after this much.</extracomment>
        <translation>No se puede abrir la plantilla {file}: {problem}.</translation>
    </message>
    <message>
        <source>The template {file} is larger than {size} MB, so it is not a mapping template (one is a few kilobytes).</source>
        <translation>La plantilla {file} ocupa más de {size} MB, así que no es una plantilla de asignación (una ocupa unos pocos kilobytes).</translation>
    </message>
    <message>
        <source>Give the .json file the app saved for this load type.</source>
        <translation>Indique el archivo .json que la aplicación guardó para este tipo de carga.</translation>
    </message>
    <message>
        <source>The template {file} is not valid JSON.</source>
        <translation>La plantilla {file} no es un JSON válido.</translation>
    </message>
    <message>
        <source>The template {file} is not a mapping template.</source>
        <translation>La plantilla {file} no es una plantilla de asignación.</translation>
    </message>
</context>
<context>
    <name>type_names</name>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Cost Center</source>
        <translation>Centro de costos</translation>
    </message>
    <message>
        <source>Legal Entity</source>
        <translation>Entidad jurídica</translation>
    </message>
    <message>
        <source>Custom OU {type_id}</source>
        <translation>UO personalizada {type_id}</translation>
    </message>
    <message>
        <source>Custom OU</source>
        <translation>UO personalizada</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>… ({length} characters)</source>
        <extracomment>Column order of every problems DataFrame (``ValidationResult.problems``). A value echoed in a message or a ``--json`` document is cut after this many characters: a 120 MB cell must be named, not copied whole into every message about it (issue 19, item 9).</extracomment>
        <translation>… ({length} caracteres)</translation>
    </message>
    <message>
        <source>a {name} ({code}) at character {position}</source>
        <extracomment>The day part alone (no groups), for the vectorized split of ``culture_inference``. The same set as a regular-expression class, for polars&apos; vectorized ``str.contains``.</extracomment>
        <translation>el carácter {name} ({code}) en la posición {position}</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} y {count} más</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} registros</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>Use one of the values allowed for {title}: {listed}. Separate several values with semicolons (;).</source>
        <translation>Use uno de los valores permitidos para {title}: {listed}. Separe varios valores con punto y coma (;).</translation>
    </message>
    <message>
        <source>Use one of the values allowed for {title}: {listed}.</source>
        <translation>Use uno de los valores permitidos para {title}: {listed}.</translation>
    </message>
    <message>
        <source>The file has {count} columns to load; the portal accepts at most {limit} in one import.</source>
        <translation>El archivo tiene {count} columnas que cargar; el portal admite como máximo {limit} en una importación.</translation>
    </message>
    <message>
        <source>Leave out the columns you do not need, or load the rest in a second import of the same job.</source>
        <translation>Deje fuera las columnas que no necesite o cargue el resto en una segunda importación del mismo trabajo.</translation>
    </message>
    <message>
        <source>The file has {count} records; one import holds at most {limit} and the portal silently drops the records past that limit.</source>
        <translation>El archivo tiene {count} registros; una importación admite como máximo {limit} y el portal descarta sin avisar los registros que superan ese límite.</translation>
    </message>
    <message>
        <source>Send the records as several imports of the same job, or split the file.</source>
        <translation>Envíe los registros en varias importaciones del mismo trabajo o divida el archivo.</translation>
    </message>
    <message>
        <source>{column} is not a field of this load type, so the portal cannot load it.</source>
        <translation>{column} no es un campo de este tipo de carga, por lo que el portal no puede cargarlo.</translation>
    </message>
    <message>
        <source>Map this column to one of the load type&apos;s fields, or leave it out.</source>
        <translation>Asigne esta columna a uno de los campos del tipo de carga o déjela fuera.</translation>
    </message>
    <message>
        <source>{title} is required, but no column of the file is mapped to it, so no record can load.</source>
        <translation>{title} es obligatorio, pero ninguna columna del archivo está asignada a este campo, por lo que no se puede cargar ningún registro.</translation>
    </message>
    <message>
        <source>Map a column to {title}, or give it a constant value in the mapping.</source>
        <translation>Asigne una columna a {title} o dele un valor constante en la asignación.</translation>
    </message>
    <message>
        <source>{title} is required and is empty in this record.</source>
        <translation>{title} es obligatorio y está vacío en este registro.</translation>
    </message>
    <message>
        <source>Fill in {title} for this record.</source>
        <translation>Complete {title} en este registro.</translation>
    </message>
    <message>
        <source>{title} is required because {other} is filled in.</source>
        <translation>{title} es obligatorio porque {other} tiene un valor.</translation>
    </message>
    <message>
        <source>{title} is required because {other} is filled in. No column is mapped to {title}.</source>
        <translation>{title} es obligatorio porque {other} tiene un valor. No hay ninguna columna asignada a {title}.</translation>
    </message>
    <message>
        <source>Fill in {title} as well, or leave {other} empty.</source>
        <translation>Complete también {title} o deje {other} vacío.</translation>
    </message>
    <message>
        <source>{title} is {length} characters long; the portal accepts at most {limit}.</source>
        <translation>{title} tiene {length} caracteres; el portal admite como máximo {limit}.</translation>
    </message>
    <message>
        <source>Shorten {title} to {limit} characters (spaces at both ends do not count).</source>
        <translation>Acorte {title} a {limit} caracteres (los espacios de ambos extremos no cuentan).</translation>
    </message>
    <message>
        <source>{title} is {length} characters long; it must have at least {limit}.</source>
        <translation>{title} tiene {length} caracteres; debe tener al menos {limit}.</translation>
    </message>
    <message>
        <source>Complete {title} to at least {limit} characters.</source>
        <translation>Complete {title} hasta tener al menos {limit} caracteres.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; already appears in record {first}; the portal loads the first record and rejects this one.</source>
        <translation>{title} «{value}» ya aparece en el registro {first}; el portal carga el primer registro y rechaza este.</translation>
    </message>
    <message>
        <source>Remove the repeated record, or merge it into the first one.</source>
        <translation>Elimine el registro repetido o combínelo con el primero.</translation>
    </message>
    <message>
        <source>Write {title} as true or false.</source>
        <translation>Escriba {title} como true o false.</translation>
    </message>
    <message>
        <source>{values} is not among the values allowed for {title}.</source>
        <translation>{values} no está entre los valores permitidos para {title}.</translation>
    </message>
    <message>
        <source>{values} are not among the values allowed for {title}.</source>
        <translation>{values} no están entre los valores permitidos para {title}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the values allowed for {title}.</source>
        <translation>«{value}» no es uno de los valores permitidos para {title}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false.</source>
        <translation>«{value}» no es true ni false.</translation>
    </message>
    <message>
        <source>This value is not valid for {title}.</source>
        <translation>Este valor no es válido para {title}.</translation>
    </message>
    <message>
        <source>Give each employee a Username that is nobody&apos;s User ID (or leave it empty: the User ID is then used), and a User ID that is nobody else&apos;s Username.</source>
        <translation>Asigne a cada empleado un Username que no sea el User ID de nadie (o déjelo vacío: entonces se usa el User ID) y un User ID que no sea el Username de ningún otro.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is also the User ID of another record of this file (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} «{value}» también es el User ID de otro registro de este archivo (Edge Import: los User ID y los Username son únicos entre sí).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is already used by an earlier record of this file: Usernames are unique (Data Load Wizard).</source>
        <translation>{title} «{value}» ya lo usa un registro anterior de este archivo: los Username son únicos (Data Load Wizard).</translation>
    </message>
    <message>
        <source>Give this employee another Username, or remove the repeated record.</source>
        <translation>Asigne otro Username a este empleado o elimine el registro repetido.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; already belongs to the portal&apos;s employee {owner}: Usernames are unique in the portal.</source>
        <translation>{title} «{value}» ya pertenece al empleado {owner} del portal: los Username son únicos en el portal.</translation>
    </message>
    <message>
        <source>Give this employee another Username, or update that employee instead.</source>
        <translation>Asigne otro Username a este empleado o, en su lugar, actualice ese empleado.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is the User ID of another employee in the portal (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} «{value}» es el User ID de otro empleado del portal (Edge Import: los User ID y los Username son únicos entre sí).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is the Username of the portal&apos;s employee {owner} (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} «{value}» es el Username del empleado {owner} del portal (Edge Import: los User ID y los Username son únicos entre sí).</translation>
    </message>
    <message>
        <source>No employee has the GUID &apos;{value}&apos;, and the record has no User ID to create one.</source>
        <translation>Ningún empleado tiene el GUID «{value}» y el registro no tiene User ID para crear uno.</translation>
    </message>
    <message>
        <source>With GUIDs as the identifier (LoadPrimaryKey 1) only existing employees are updated: copy the GUID from Cornerstone, or give the User ID.</source>
        <translation>Con los GUID como identificador (LoadPrimaryKey 1) solo se actualizan empleados existentes: copie el GUID desde Cornerstone o indique el User ID.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}: the portal would take it as a different ID that looks the same.</source>
        <translation>{title} «{value}» contiene {what}: el portal lo tomaría como un ID distinto que se ve igual.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}: the portal would take it as a different reference that looks the same.</source>
        <translation>{title} «{value}» contiene {what}: el portal lo tomaría como una referencia distinta que se ve igual.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}, which is loaded as it is although it does not show.</source>
        <translation>{title} «{value}» contiene {what}, que se carga tal cual aunque no se vea.</translation>
    </message>
    <message>
        <source>Retype {title} without the invisible character (or remove it with the spreadsheet&apos;s SUBSTITUTE or CLEAN function), then check the file again.</source>
        <translation>Vuelva a escribir {title} sin el carácter invisible (o elimínelo con la función SUSTITUIR o LIMPIAR de la hoja de cálculo) y vuelva a comprobar el archivo.</translation>
    </message>
    <message>
        <source>Check {title}: remove the invisible character unless it is meant to be there.</source>
        <translation>Revise {title}: elimine el carácter invisible, salvo que deba estar ahí.</translation>
    </message>
    <message>
        <source>{title} holds an invisible character.</source>
        <translation>{title} contiene un carácter invisible.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file nor among the users your API user can see in the portal, so it must exist in a part of the portal outside that view (used by {records}).</source>
        <translation>{title} «{value}» no está en este archivo ni entre los usuarios que su usuario de la API puede ver en el portal, por lo que debe existir en una parte del portal fuera de ese alcance (lo usan {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file nor among the organizational units your API user can see in the portal, so it must exist in a part of the portal outside that view (used by {records}).</source>
        <translation>{title} «{value}» no está en este archivo ni entre las unidades organizativas que su usuario de la API puede ver en el portal, por lo que debe existir en una parte del portal fuera de ese alcance (la usan {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file, so this user must already exist in the portal (used by {records}).</source>
        <translation>{title} «{value}» no está en este archivo, por lo que este usuario ya debe existir en el portal (lo usan {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file, so this organizational unit must already exist in the portal (used by {records}).</source>
        <translation>{title} «{value}» no está en este archivo, por lo que esta unidad organizativa ya debe existir en el portal (la usan {records}).</translation>
    </message>
    <message>
        <source>Check that this user exists in Cornerstone, or load it in an import of the same job.</source>
        <translation>Compruebe que este usuario exista en Cornerstone o cárguelo en una importación del mismo trabajo.</translation>
    </message>
    <message>
        <source>Check that this organizational unit exists in Cornerstone, or load it in an import of the same job.</source>
        <translation>Compruebe que esta unidad organizativa exista en Cornerstone o cárguela en una importación del mismo trabajo.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not exist in the portal; the record is loaded without this relation.</source>
        <translation>{title} «{value}» no existe en el portal; el registro se carga sin esta relación.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not match any user in the portal, in this file or in the other imports of this job.</source>
        <translation>{title} «{value}» no coincide con ningún usuario del portal, de este archivo ni de las demás importaciones de este trabajo.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not match any organizational unit in the portal, in this file or in the other imports of this job.</source>
        <translation>{title} «{value}» no coincide con ninguna unidad organizativa del portal, de este archivo ni de las demás importaciones de este trabajo.</translation>
    </message>
    <message>
        <source>Use the user&apos;s ID as it is in Cornerstone, or load the user in the same job.</source>
        <translation>Use el ID del usuario tal como está en Cornerstone o cargue el usuario en el mismo trabajo.</translation>
    </message>
    <message>
        <source>Use the organizational unit&apos;s ID as it is in Cornerstone, or load the organizational unit in the same job.</source>
        <translation>Use el ID de la unidad organizativa tal como está en Cornerstone o cargue la unidad organizativa en el mismo trabajo.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is an inactive user, and this job does not allow inactive users ({setting} is false).</source>
        <translation>{title} «{value}» es un usuario inactivo y este trabajo no permite usuarios inactivos ({setting} es false).</translation>
    </message>
    <message>
        <source>Reactivate the user, choose an active one, or create the job with {setting} true.</source>
        <translation>Reactive el usuario, elija uno activo o cree el trabajo con {setting} en true.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is an inactive organizational unit, and this job does not allow inactive organizational units ({setting} is false).</source>
        <translation>{title} «{value}» es una unidad organizativa inactiva y este trabajo no permite unidades organizativas inactivas ({setting} es false).</translation>
    </message>
    <message>
        <source>Reactivate the organizational unit, choose an active one, or create the job with {setting} true.</source>
        <translation>Reactive la unidad organizativa, elija una activa o cree el trabajo con {setting} en true.</translation>
    </message>
</context>
</TS>
