<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChangeViewer</name>
    <message>
        <source>What will change in the portal</source>
        <translation>Ce qui va changer dans le portail</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Modifiés ({count})</translation>
    </message>
    <message>
        <source>New ({count})</source>
        <translation>Nouveaux ({count})</translation>
    </message>
    <message>
        <source>{unchanged} ({count})</source>
        <translation>{unchanged} ({count})</translation>
    </message>
    <message>
        <source>Every record ({count})</source>
        <translation>Tous les enregistrements ({count})</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Records and what happens to them</source>
        <translation>Les enregistrements et ce qui leur arrive</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the portal now</source>
        <translation>Dans le portail actuellement</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>Dans votre fichier</translation>
    </message>
    <message>
        <source>The selected record&apos;s changed fields</source>
        <translation>Les champs modifiés de l’enregistrement sélectionné</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Compared: {compared}.
Not compared (the portal&apos;s list of {what} does not show them): {not_compared}.</source>
        <translation>Comparés&#xa0;: {compared}.
Non comparés (la liste des {what} du portail ne les affiche pas)&#xa0;: {not_compared}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>No record to show here.</source>
        <translation>Aucun enregistrement à afficher ici.</translation>
    </message>
    <message>
        <source>Record {record} ({id}): {what}</source>
        <translation>Enregistrement {record} ({id})&#xa0;: {what}</translation>
    </message>
    <message>
        <source>The portal holds no record {id} yet: the load creates it.</source>
        <translation>Le portail ne contient pas encore d’enregistrement {id}&#xa0;: le chargement le crée.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(empty: left as it is)</source>
        <translation>(vide&#xa0;: laissé tel quel)</translation>
    </message>
    <message>
        <source>No difference in the fields compared.</source>
        <translation>Aucune différence dans les champs comparés.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change (in bold).</source>
        <translation>
            <numerusform>%n champ change (en gras).</numerusform>
            <numerusform>%n champs changent (en gras).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared, so they may change too: {fields}.</source>
        <translation>Non comparés, ils peuvent donc changer aussi&#xa0;: {fields}.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your portal</source>
        <translation>Se connecter à votre portail</translation>
    </message>
    <message>
        <source>Choose a saved connection or add one with the client id and secret from Cornerstone&apos;s API Management page, then test it. The secret is kept in your computer&apos;s keyring, never in a file.</source>
        <translation>Choisissez une connexion enregistrée ou ajoutez-en une avec l’ID client et le secret client de la page API Management de Cornerstone, puis testez-la. Le secret est conservé dans le trousseau de clés du système de votre ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <extracomment>Secrets typed this session, by profile name: kept in memory (never written) until the window closes, so a test or a reconnect does not ask for them again when the keyring is not used.</extracomment>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No saved profile yet: fill in the form and test it.</source>
        <translation>Aucun profil enregistré&#xa0;: remplissez le formulaire et testez-le.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>ex.&#xa0;: Acme production</translation>
    </message>
    <message>
        <source>acme (from https://acme.csod.com)</source>
        <translation>acme (pour https://acme.csod.com)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage (préproduction)</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>optional: https://acme-pil.csod.com overrides the two above</source>
        <translation>facultatif&#xa0;: https://acme-pil.csod.com remplace les deux champs ci-dessus</translation>
    </message>
    <message>
        <source>from API Management</source>
        <translation>depuis API Management</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The secret of the API application, from Cornerstone&apos;s API Management page. Typed characters are hidden; it is kept in this computer&apos;s keyring if you tick Remember, never in the profile.</source>
        <translation>Le secret de l’application API, issu de la page API Management de Cornerstone. Les caractères saisis sont masqués&#x202f;; il est conservé dans le trousseau de clés de cet ordinateur si vous cochez «&#xa0;Mémoriser le secret&#xa0;», jamais dans le profil.</translation>
    </message>
    <message>
        <source>Remember the secret in this computer&apos;s keyring</source>
        <translation>Mémoriser le secret dans le trousseau de clés de cet ordinateur</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes requested with the token.</source>
        <translation>Scopes OAuth, séparés par des espaces, demandés avec le jeton.</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s proxy settings</source>
        <translation>vide&#xa0;: paramètres proxy de cet ordinateur</translation>
    </message>
    <message>
        <source>A proxy for this portal only, e.g. http://proxy.acme.local:8080 (ask IT). The local sandbox is never reached through a proxy.</source>
        <translation>Un proxy pour ce portail uniquement, ex.&#xa0;: http://proxy.acme.local:8080 (demandez à votre service informatique). Le bac à sable local n’est jamais joint via un proxy.</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>uniquement si le proxy en demande un</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>conservé dans le trousseau de clés</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
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
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Portal name</source>
        <translation>Nom du portail</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Root URL</source>
        <translation>URL racine</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Contrôles de la connexion</translation>
    </message>
    <message>
        <source>Press Test connection: each check appears here as it completes.</source>
        <translation>Cliquez sur Tester la connexion&#xa0;: chaque contrôle s’affiche ici dès qu’il est terminé.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Asking this computer&apos;s keyring…</source>
        <translation>Interrogation du trousseau de clés de cet ordinateur…</translation>
    </message>
    <message>
        <source>This computer has no keyring: the secret is asked each session.</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés&#xa0;: le secret est demandé à chaque session.</translation>
    </message>
    <message>
        <source>saved in the keyring (type to replace)</source>
        <translation>enregistré dans le trousseau de clés (saisissez-en un autre pour le remplacer)</translation>
    </message>
    <message>
        <source>not needed for the local sandbox</source>
        <translation>inutile pour le bac à sable local</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; saved.</source>
        <translation>Profil «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; removed, with its saved secret.</source>
        <translation>Profil «&#xa0;{name}&#xa0;» supprimé, avec son secret enregistré.</translation>
    </message>
    <message>
        <source>Connection test stopped.</source>
        <translation>Test de connexion arrêté.</translation>
    </message>
    <message>
        <source>a check did not pass.</source>
        <translation>un contrôle a échoué.</translation>
    </message>
    <message>
        <source>The connection test failed: {message}</source>
        <translation>Le test de connexion a échoué&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Connected to {portal}. Next, choose what to load.</source>
        <translation>Connexion établie avec {portal}. Choisissez maintenant ce que vous voulez charger.</translation>
    </message>
    <message>
        <source>Other windows, commands or tools on this portal share its budget; nothing fails meanwhile.</source>
        <translation>Les autres fenêtres, commandes ou outils connectés à ce portail partagent sa limite de requêtes&#x202f;; rien n’échoue entre-temps.</translation>
    </message>
</context>
<context>
    <name>ConstantDialog</name>
    <message>
        <source>Add a constant</source>
        <translation>Ajouter une constante</translation>
    </message>
    <message>
        <source>Type or choose a field</source>
        <translation>Saisissez ou choisissez un champ</translation>
    </message>
    <message>
        <source>The value every record gets</source>
        <translation>La valeur attribuée à chaque enregistrement</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value for every record</source>
        <translation>Valeur pour chaque enregistrement</translation>
    </message>
    <message>
        <source>{field} already has the constant &apos;{value}&apos;: this value replaces it.</source>
        <translation>{field} a déjà la constante «&#xa0;{value}&#xa0;»&#xa0;: cette valeur la remplace.</translation>
    </message>
    <message>
        <source>{field} loads from your column &apos;{column}&apos;: the constant fills only the records where that column is empty.</source>
        <translation>{field} est chargé depuis votre colonne «&#xa0;{column}&#xa0;»&#xa0;: la constante ne remplit que les enregistrements où cette colonne est vide.</translation>
    </message>
</context>
<context>
    <name>CulturePanel</name>
    <message>
        <source>Use {culture} for dates and numbers</source>
        <translation>Utiliser {culture} pour les dates et les nombres</translation>
    </message>
    <message>
        <source>Use {dates} for dates and {numbers} for numbers</source>
        <translation>Utiliser {dates} pour les dates et {numbers} pour les nombres</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>(settings to change, the words of the change for Undo) (setting, value confirmed, the words of the confirmation)</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{date_setting} {dates} and {number_setting} {numbers}</source>
        <translation>{date_setting} {dates} et {number_setting} {numbers}</translation>
    </message>
    <message>
        <source>{settings} read them all:</source>
        <translation>{settings} permettent de tout lire&#xa0;:</translation>
    </message>
    <message>
        <source>Sets {settings} for this import (the Load type step shows them) and checks the file again.</source>
        <translation>Définit {settings} pour cet import (l’étape Type de chargement les affiche) et contrôle à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The dates and numbers of this file are not written the way the import reads them.</source>
        <translation>Les dates et les nombres de ce fichier ne sont pas écrits comme l’import les lit.</translation>
    </message>
    <message>
        <source>Yes, {order}: keep {setting} {value}</source>
        <translation>Oui, {order}&#xa0;: conserver {setting} {value}</translation>
    </message>
    <message>
        <source>Nothing in the file shows whether the day or the month comes first; your answer is kept for this file (another file, or another Date format, asks again).</source>
        <translation>Rien dans le fichier n’indique si le jour ou le mois vient en premier&#x202f;; votre réponse est conservée pour ce fichier (un autre fichier, ou un autre format de date, vous la redemandera).</translation>
    </message>
    <message>
        <source>Please confirm once how the dates are to be read:</source>
        <translation>Veuillez confirmer une fois comment lire les dates&#xa0;:</translation>
    </message>
    <message>
        <source>Sets {setting} to {value} for this import (the Load type step shows it) and checks the file again.</source>
        <translation>Définit {setting} sur {value} pour cet import (l’étape Type de chargement l’affiche) et contrôle à nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What is wrong with the selected cell</source>
        <translation>Problème dans la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>Ligne {row}, {field}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>&apos;{name}&apos; is a {kind} file; csod-desktop reads CSV, TSV, Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in one of those formats.</source>
        <extracomment>The file chooser&apos;s filter patterns (its words are translated where it opens, see ``DropZone.choose``).</extracomment>
        <translation>«&#xa0;{name}&#xa0;» est un fichier {kind}&#x202f;; csod-desktop lit les fichiers CSV, TSV, Excel (.xlsx) et JSON (ainsi que les classeurs .xlsm, .xls et OpenDocument .ods). Exportez vos données dans l’un de ces formats.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a file without an extension; csod-desktop reads CSV, TSV, Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in one of those formats.</source>
        <translation>«&#xa0;{name}&#xa0;» est un fichier sans extension&#x202f;; csod-desktop lit les fichiers CSV, TSV, Excel (.xlsx) et JSON (ainsi que les classeurs .xlsm, .xls et OpenDocument .ods). Exportez vos données dans l’un de ces formats.</translation>
    </message>
    <message>
        <source>Drop a data file here, or press Enter to choose one</source>
        <translation>Déposez un fichier de données ici, ou appuyez sur Entrée pour en choisir un</translation>
    </message>
    <message>
        <source>Opens a file chooser. CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) and JSON files are read; nothing is sent to the portal in this step.</source>
        <translation>Ouvre un sélecteur de fichiers. Les fichiers CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) et JSON sont lus&#x202f;; rien n’est envoyé au portail à cette étape.</translation>
    </message>
    <message>
        <source>Drop your file here</source>
        <translation>Déposez votre fichier ici</translation>
    </message>
    <message>
        <source>or click to choose one · CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods), JSON</source>
        <translation>ou cliquez pour en choisir un · CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods), JSON</translation>
    </message>
    <message>
        <source>Current file: {name}</source>
        <translation>Fichier actuel&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Drop one file at a time: each file becomes its own import.</source>
        <translation>Déposez un seul fichier à la fois&#xa0;: chaque fichier devient un import distinct.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file that exists; choose the file again.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un fichier existant&#x202f;; choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Data files ({patterns})</source>
        <translation>Fichiers de données ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>Choisir le fichier de données</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#x202f;; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message numerus="yes">
        <source>%n cell edit(s)</source>
        <translation>
            <numerusform>%n modification de cellule</numerusform>
            <numerusform>%n modifications de cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exclusion(s)</source>
        <translation>
            <numerusform>%n exclusion</numerusform>
            <numerusform>%n exclusions</numerusform>
        </translation>
    </message>
    <message>
        <source>your changes to the mapping</source>
        <translation>vos modifications des correspondances</translation>
    </message>
    <message>
        <source>your answer about the order of the dates</source>
        <translation>votre réponse sur l’ordre des dates</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the file to load</source>
        <translation>Choisir le fichier à charger</translation>
    </message>
    <message>
        <source>Drop the export from your HR system here. The app detects its encoding and delimiter; change them if the preview looks wrong. Nothing is sent to the portal in this step.</source>
        <translation>Déposez ici l’export de votre SIRH. L’application détecte son encodage et son séparateur&#x202f;; modifiez-les si l’aperçu semble incorrect. Rien n’est envoyé au portail à cette étape.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>The line (or Excel row) that holds the column names.</source>
        <translation>La ligne (ou la ligne Excel) qui contient les noms de colonnes.</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Aucun fichier pour l’instant.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Reading {name} … {percent}%</source>
        <translation>Lecture de {name}… {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Lecture arrêtée.</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Ce fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Choose what to load first (step 2), then the file.</source>
        <translation>Choisissez d’abord ce que vous voulez charger (étape 2), puis le fichier.</translation>
    </message>
    <message>
        <source>Choose what to load on the Load type step first, then drop the file again.</source>
        <translation>Choisissez d’abord ce que vous voulez charger à l’étape Type de chargement, puis déposez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (masquée)</translation>
    </message>
    <message>
        <source>1 thing in this file needs a look: it is written under the file&apos;s summary.</source>
        <translation>1 point de ce fichier demande votre attention&#xa0;: il est indiqué sous le résumé du fichier.</translation>
    </message>
    <message>
        <source>{count} things in this file need a look: they are written under its summary.</source>
        <translation>{count} points de ce fichier demandent votre attention&#xa0;: ils sont indiqués sous son résumé.</translation>
    </message>
    <message>
        <source>{name} was read again, so its review starts over: {lost} made for the previous reading are gone.</source>
        <translation>{name} a été relu, sa vérification recommence donc à zéro&#xa0;: ce qui avait été fait lors de la lecture précédente est perdu ({lost}).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} colonnes</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>feuille {sheet}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>encodage {encoding}</translation>
    </message>
    <message>
        <source>delimiter {delimiter}</source>
        <translation>séparateur {delimiter}</translation>
    </message>
    <message>
        <source>{name}: {facts}</source>
        <translation>{name}&#xa0;: {facts}</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <extracomment>(field, find, replace with, whole cell, match case) The search changed: the page counts the matches again.</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>In the column</source>
        <translation>Dans la colonne</translation>
    </message>
    <message>
        <source>Whole cell</source>
        <translation>Cellule entière</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close find and replace (Esc)</source>
        <translation>Fermer Rechercher et remplacer (Échap)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Fermer Rechercher et remplacer</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <source>{count} of {shown} cells</source>
        <translation>{count} cellule(s) sur {shown}</translation>
    </message>
    <message>
        <source>no cell matches</source>
        <translation>aucune cellule ne correspond</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <extracomment>What the table shows, in order: (the column&apos;s name in the frame, HistoryRow field or a derived key). The name is the English header; what the header shows is ``column_labels()`` (translated). Columns kept narrow so the counts, the report and the days left fit without scrolling. Counts: written the locale&apos;s way.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargés</translation>
    </message>
    <message>
        <source>Warn.</source>
        <translation>Avert.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>État de la tâche</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>ID de la tâche</translation>
    </message>
    <message>
        <source>Import id</source>
        <translation>ID de l’import</translation>
    </message>
    <message>
        <source>{report}, {used}/{limit} used</source>
        <translation>{report}, {used}/{limit} utilisés</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every job run from this computer, newest first. Cornerstone deletes results 30 days after an import was created: the days left are shown. Double-click an import to reopen its results.</source>
        <translation>Toutes les tâches lancées depuis cet ordinateur, les plus récentes en premier. Cornerstone supprime les résultats 30 jours après la création d’un import&#xa0;: les jours restants sont affichés. Double-cliquez sur un import pour rouvrir ses résultats.</translation>
    </message>
    <message>
        <source>Search labels, ids, types, files…</source>
        <extracomment>Reopen an import&apos;s results (its import id).</extracomment>
        <translation>Rechercher libellés, ID, types, fichiers…</translation>
    </message>
    <message>
        <source>Search the history of imports</source>
        <translation>Rechercher dans l’historique des imports</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Reopen results</source>
        <translation>Rouvrir les résultats</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export DuckDB…</source>
        <translation>Exporter en DuckDB…</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Imports passés</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in {jobs}</source>
        <translation>
            <numerusform>%n import dans {jobs}</numerusform>
            <numerusform>%n imports dans {jobs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>DuckDB database</source>
        <translation>Base de données DuckDB</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>History exported to {path}.</source>
        <translation>Historique exporté dans {path}.</translation>
    </message>
</context>
<context>
    <name>JobDialogs</name>
    <message>
        <source>this portal</source>
        <extracomment>What the journal says of a job the administrator forgot (stored in the journal: not display text).</extracomment>
        <translation>ce portail</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <source>Job {names} is still running.</source>
        <translation>La tâche {names} est toujours en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs are still running: {names}.</source>
        <translation>
            <numerusform>%n tâche est toujours en cours&#xa0;: {names}.</numerusform>
            <numerusform>%n tâches sont toujours en cours&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>If you quit now, Cornerstone carries on with it; this app stops following it. The next time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports (or run &apos;csod-desktop resume&apos;). Nothing is sent twice.</source>
        <translation>Si vous quittez maintenant, Cornerstone la poursuit&#x202f;; cette application cesse de la suivre. La prochaine fois que vous ouvrirez l’application et vous connecterez à {portal}, elle reprendra là où elle s’était arrêtée et récupérera les rapports (ou exécutez «&#xa0;csod-desktop resume&#xa0;»). Rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <source>If you quit now, Cornerstone carries on with them; this app stops following them. The next time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports (or run &apos;csod-desktop resume&apos;). Nothing is sent twice.</source>
        <translation>Si vous quittez maintenant, Cornerstone les poursuit&#x202f;; cette application cesse de les suivre. La prochaine fois que vous ouvrirez l’application et vous connecterez à {portal}, elle reprendra là où elle s’était arrêtée et récupérera les rapports (ou exécutez «&#xa0;csod-desktop resume&#xa0;»). Rien n’est envoyé deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>The data of %n import(s) is not sent yet: it is sent then.</source>
        <translation>
            <numerusform>Les données de %n import ne sont pas encore envoyées&#xa0;: elles le seront à ce moment-là.</numerusform>
            <numerusform>Les données de %n imports ne sont pas encore envoyées&#xa0;: elles le seront à ce moment-là.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload in progress stops; before sending it again, the app asks the portal what arrived.</source>
        <translation>L’envoi en cours s’arrête&#x202f;; avant de le renvoyer, l’application demande au portail ce qui est arrivé.</translation>
    </message>
    <message>
        <source>Quit while a job is running?</source>
        <translation>Quitter pendant qu’une tâche est en cours&#x202f;?</translation>
    </message>
    <message>
        <source>Quit, carry on later</source>
        <translation>Quitter, reprendre plus tard</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Garder l’application ouverte</translation>
    </message>
    <message>
        <source>The job stays on the portal: Cornerstone carries on with whatever it received. This app stops following it: it no longer asks for its status or fetches its reports, and it is no longer offered for resuming. It stays in the History as forgotten.</source>
        <translation>La tâche reste sur le portail&#xa0;: Cornerstone poursuit avec tout ce qu’il a reçu. Cette application cesse de la suivre&#xa0;: elle ne demande plus son statut, ne récupère plus ses rapports et ne la propose plus à la reprise. Elle reste dans l’historique comme oubliée.</translation>
    </message>
    <message>
        <source>1 of its {total} imports have data that was never sent (or not known to have arrived): it is not sent.</source>
        <translation>1 de ses {total} imports contient des données qui n’ont jamais été envoyées (ou dont l’arrivée n’est pas confirmée)&#xa0;: elles ne seront pas envoyées.</translation>
    </message>
    <message>
        <source>{count} of its {total} imports have data that was never sent (or not known to have arrived): they are not sent.</source>
        <translation>{count} de ses {total} imports contiennent des données qui n’ont jamais été envoyées (ou dont l’arrivée n’est pas confirmée)&#xa0;: elles ne seront pas envoyées.</translation>
    </message>
    <message>
        <source>Forget job “{name}”?</source>
        <translation>Oublier la tâche «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Forget this job?</source>
        <translation>Oublier cette tâche&#x202f;?</translation>
    </message>
    <message>
        <source>Forget the job</source>
        <translation>Oublier la tâche</translation>
    </message>
    <message>
        <source>Keep following it</source>
        <translation>Continuer à la suivre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <source>The job stays on the portal; this app stops following it (it asks first)</source>
        <translation>La tâche reste sur le portail&#x202f;; cette application cesse de la suivre (elle demande d’abord confirmation)</translation>
    </message>
    <message>
        <source>Not followed now. Resume carries on (nothing is sent twice); Forget stops following it (it stays on the portal).</source>
        <translation>Plus suivie pour l’instant. Reprendre la poursuit (rien n’est envoyé deux fois)&#x202f;; Oublier cesse de la suivre (elle reste sur le portail).</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System ({language})</source>
        <extracomment>The entry that follows the OS (its data is the empty string: nothing saved).</extracomment>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>La fenêtre utilisera la langue choisie au prochain démarrage.</translation>
    </message>
    <message>
        <source>The window will be in {language} from its next start.</source>
        <translation>La fenêtre sera en {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>LoadTypePage</name>
    <message>
        <source>Creates and updates employees: their identity, manager, organizational units and custom fields.</source>
        <translation>Crée et met à jour les collaborateurs&#xa0;: leur identité, leur responsable, leurs unités organisationnelles et leurs champs personnalisés.</translation>
    </message>
    <message>
        <source>Creates and updates divisions, the units that group employees by part of the business.</source>
        <translation>Crée et met à jour les divisions, les unités qui regroupent les collaborateurs par secteur d’activité.</translation>
    </message>
    <message>
        <source>Creates and updates positions, the jobs employees hold.</source>
        <translation>Crée et met à jour les postes, les emplois occupés par les collaborateurs.</translation>
    </message>
    <message>
        <source>Creates and updates locations: the offices and sites where employees work.</source>
        <translation>Crée et met à jour les sites&#xa0;: les bureaux et lieux où travaillent les collaborateurs.</translation>
    </message>
    <message>
        <source>Creates and updates cost centers, the units costs are charged to.</source>
        <translation>Crée et met à jour les centres de coûts, les unités auxquelles les coûts sont imputés.</translation>
    </message>
    <message>
        <source>Creates and updates grades, the pay or job levels.</source>
        <translation>Crée et met à jour les grades, les niveaux de rémunération ou d’emploi.</translation>
    </message>
    <message>
        <source>Creates and updates legal entities: the companies that employ your people.</source>
        <translation>Crée et met à jour les entités juridiques&#xa0;: les sociétés qui emploient vos collaborateurs.</translation>
    </message>
    <message>
        <source>Creates and updates {title}, a custom unit type of your portal (type_id {type_id}).</source>
        <translation>Crée et met à jour {title}, un type d’unité personnalisé de votre portail (type_id {type_id}).</translation>
    </message>
    <message>
        <source>Loads {title} records.</source>
        <translation>Charge les enregistrements {title}.</translation>
    </message>
    <message>
        <source>What do you want to load?</source>
        <translation>Que voulez-vous charger&#x202f;?</translation>
    </message>
    <message>
        <source>These are the load types your portal offers to this API user. Pick one, check its settings, then continue: the app fetches the portal&apos;s schema for it.</source>
        <translation>Voici les types de chargement que votre portail propose à cet utilisateur API. Choisissez-en un, vérifiez ses paramètres, puis continuez&#xa0;: l’application récupère le schéma du portail correspondant.</translation>
    </message>
    <message>
        <source>Load types</source>
        <translation>Types de chargement</translation>
    </message>
    <message>
        <source>Reload from the portal</source>
        <translation>Recharger depuis le portail</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Job settings</source>
        <translation>Paramètres de la tâche</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Your API user lacks the permission for this type; ask your Cornerstone administrator.</source>
        <translation>Votre utilisateur API n’a pas l’autorisation pour ce type&#x202f;; demandez-la à votre administrateur Cornerstone.</translation>
    </message>
    <message>
        <source>Continue with {title}</source>
        <translation>Continuer avec {title}</translation>
    </message>
    <message>
        <source>Your file and mapping are kept and checked again.</source>
        <translation>Votre fichier et vos correspondances sont conservés et contrôlés à nouveau.</translation>
    </message>
    <message>
        <source>Next, choose your file.</source>
        <translation>Choisissez maintenant votre fichier.</translation>
    </message>
    <message>
        <source>{title} is another import, so it starts without a file: {file} and its mapping were for {before}. Next, choose the file.</source>
        <translation>{title} est un autre import&#xa0;: il commence donc sans fichier ({file} et ses correspondances concernaient {before}). Choisissez maintenant le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>The portal&apos;s schema for {title} has %n field(s), {required} of them required.</source>
        <translation>
            <numerusform>Le schéma du portail pour {title} compte %n champ, dont {required} obligatoire(s).</numerusform>
            <numerusform>Le schéma du portail pour {title} compte %n champs, dont {required} obligatoires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSOD Desktop: bulk loads for Cornerstone</source>
        <extracomment>The steps panel on the left. Each step&apos;s page class, in step order (&quot;module:Class&quot;): imported when the page is first built. The window painted for the first time (nothing but the Connect step is built yet). The window is up: first paint done, the OS keyring found, ``StepPage.started()`` called. Every page is built (the idle-time build after the first paint ended). Ask before closing while a job is followed (tests that tear a window down turn it off).</extracomment>
        <translation>CSOD Desktop&#xa0;: chargements en masse pour Cornerstone</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Whether the window is up (``started``): pages built from then on are started when built. Builds one page per turn of the event loop after the first paint (stopped when the window closes).</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Étape suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Connect to {profile} to carry on with its unfinished job.</source>
        <translation>Connectez-vous à {profile} pour poursuivre sa tâche inachevée.</translation>
    </message>
    <message>
        <source>Press Test connection: the job is resumed as soon as the connection works.</source>
        <translation>Cliquez sur Tester la connexion&#xa0;: la tâche reprend dès que la connexion fonctionne.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>{shortcut}: finish the steps before it</source>
        <translation>{shortcut}&#xa0;: terminez d’abord les étapes précédentes</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Suivant&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connected to
{profile}
{url}</source>
        <translation>Connecté à
{profile}
{url}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Edge Bulk API loader</source>
        <translation>Chargeur Edge Bulk API</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Each change you make here is said on this line, with what it does to the other columns; Ctrl+Z takes it back.</source>
        <translation>Chaque modification que vous faites ici est décrite sur cette ligne, avec son effet sur les autres colonnes&#x202f;; Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Match your columns to the portal&apos;s fields</source>
        <extracomment>The typed text names no field: nothing changed (the page says so).</extracomment>
        <translation>Associez vos colonnes aux champs du portail</translation>
    </message>
    <message>
        <source>Each column of your file loads into one field of the portal. The app matched them by name and title; check the matches with low confidence, map what is missing, and continue.</source>
        <translation>Chaque colonne de votre fichier se charge dans un champ du portail. L’application les a associées par nom et par titre&#x202f;; vérifiez les correspondances à faible confiance, associez ce qui manque, puis continuez.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Map values…</source>
        <translation>Associer les valeurs…</translation>
    </message>
    <message>
        <source>Translate the values of the selected column to the portal&apos;s allowed values</source>
        <translation>Convertir les valeurs de la colonne sélectionnée en valeurs autorisées par le portail</translation>
    </message>
    <message>
        <source>Add constant…</source>
        <translation>Ajouter une constante…</translation>
    </message>
    <message>
        <source>Remove constant</source>
        <translation>Supprimer la constante</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>Charger un modèle…</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Constants (the same value on every record):</source>
        <translation>Constantes (la même valeur pour chaque enregistrement)&#xa0;:</translation>
    </message>
    <message>
        <source>The saved mapping for this file layout could not be used: {error}</source>
        <translation>Les correspondances enregistrées pour cette structure de fichier n’ont pas pu être utilisées&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The mapping you saved for files with these columns was applied automatically. Check it, or load another template.</source>
        <translation>Les correspondances que vous avez enregistrées pour les fichiers ayant ces colonnes ont été appliquées automatiquement. Vérifiez-les, ou chargez un autre modèle.</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Annulé&#xa0;: {change}</translation>
    </message>
    <message>
        <source>There is no mapping change to undo.</source>
        <translation>Aucune modification des correspondances à annuler.</translation>
    </message>
    <message>
        <source>Done again: {change}</source>
        <translation>Rétabli&#xa0;: {change}</translation>
    </message>
    <message>
        <source>There is no mapping change to redo.</source>
        <translation>Aucune modification des correspondances à rétablir.</translation>
    </message>
    <message>
        <source>No field of the portal matches &apos;{text}&apos;: nothing was changed. Type part of a field&apos;s title or name and choose it in the list, or choose &apos;{not_loaded}&apos; to leave the column out.</source>
        <translation>Aucun champ du portail ne correspond à «&#xa0;{text}&#xa0;»&#xa0;: rien n’a été modifié. Saisissez une partie du titre ou du nom d’un champ et choisissez-le dans la liste, ou choisissez «&#xa0;{not_loaded}&#xa0;» pour exclure la colonne.</translation>
    </message>
    <message>
        <source>Required and not mapped yet: {fields}</source>
        <translation>Obligatoires et pas encore associés&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Every required field is mapped.</source>
        <translation>Tous les champs obligatoires sont associés.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Template saved as {path}. Files with the same columns will use it automatically.</source>
        <translation>Modèle enregistré sous {path}. Les fichiers ayant les mêmes colonnes l’utiliseront automatiquement.</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Charger un modèle</translation>
    </message>
    <message>
        <source>Mapping templates (*.json)</source>
        <translation>Modèles de correspondance (*.json)</translation>
    </message>
    <message>
        <source>This template is for {template}, not {load_type}.</source>
        <translation>Ce modèle est prévu pour {template}, pas pour {load_type}.</translation>
    </message>
    <message>
        <source>Template {name} applied.</source>
        <translation>Modèle {name} appliqué.</translation>
    </message>
    <message>
        <source>Template {name} applied. {change}</source>
        <translation>Modèle {name} appliqué. {change}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <extracomment>How many columns the table has (its headers are :func:`headers`, in the window&apos;s language). The English of :func:`not_mapped` (the tests compare with it).</extracomment>
        <translation>Colonne de votre fichier</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Loads into</source>
        <translation>Chargée dans</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>— not loaded —</source>
        <translation>— non chargée —</translation>
    </message>
    <message>
        <source>{percent}% by name</source>
        <translation>{percent}&#xa0;% par nom</translation>
    </message>
    <message>
        <source>{percent}% by title</source>
        <translation>{percent}&#xa0;% par titre</translation>
    </message>
    <message>
        <source>{percent}% by normalized</source>
        <translation>{percent}&#xa0;% par nom normalisé</translation>
    </message>
    <message>
        <source>{percent}% by similarity</source>
        <translation>{percent}&#xa0;% par similarité</translation>
    </message>
    <message>
        <source>{percent}% by {method}</source>
        <translation>{percent}&#xa0;% par {method}</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Something went wrong inside csod-desktop ({kind}).</source>
        <extracomment>A button beside the message: (its words, what it does), e.g. (&quot;Open folder&quot;, open it). The step whose page posted it (``ui.steps``); None for the window&apos;s own messages. A message was taken back: the step whose message it was, or None for the step on screen.</extracomment>
        <translation>Une erreur interne s’est produite dans csod-desktop ({kind}).</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>{level}: {text} {hint}</source>
        <extracomment>Steps whose message is the window&apos;s own (it goes when the window leaves the step).</extracomment>
        <translation>{level}&#xa0;: {text} {hint}</translation>
    </message>
</context>
<context>
    <name>PortalCheck</name>
    <message>
        <source>Checks against your portal&apos;s data are off: you stopped reading the portal&apos;s employees and OUs.</source>
        <translation>Les contrôles par rapport aux données de votre portail sont désactivés&#xa0;: vous avez arrêté la lecture des collaborateurs et des UO du portail.</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees and OUs</source>
        <extracomment>Plan events after which what Review says against the portal is worked out again. The snapshot, its reading (progress, failure) or the review changed: views render again.</extracomment>
        <translation>Lecture des collaborateurs et des UO du portail</translation>
    </message>
    <message>
        <source>The portal&apos;s employees and OUs are still being read; the file is checked against them as soon as they arrive.</source>
        <translation>Les collaborateurs et les UO du portail sont encore en cours de lecture&#x202f;; le fichier sera contrôlé par rapport à eux dès leur arrivée.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees are being read again (after a load, or because the last reading is old); press Run again in a moment, so the list you confirm is the portal&apos;s latest.</source>
        <translation>Les collaborateurs du portail sont en cours de relecture (après un chargement, ou parce que la dernière lecture est ancienne)&#x202f;; cliquez à nouveau sur Exécuter dans un instant, afin que la liste que vous confirmez soit la plus récente du portail.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees were read a while ago: they are being read again; press Run again in a moment, so the list you confirm is the portal&apos;s latest.</source>
        <translation>Les collaborateurs du portail ont été lus il y a un moment&#xa0;: ils sont en cours de relecture&#x202f;; cliquez à nouveau sur Exécuter dans un instant, afin que la liste que vous confirmez soit la plus récente du portail.</translation>
    </message>
</context>
<context>
    <name>PortalPanel</name>
    <message>
        <source>The file is checked on its own, as before. {scope_hint}</source>
        <extracomment>How often the snapshot&apos;s age is written again while the panel shows.</extracomment>
        <translation>Le fichier est contrôlé seul, comme auparavant. {scope_hint}</translation>
    </message>
    <message>
        <source>Your API user sees only part of the portal&apos;s employees, so a reference to someone outside its view is a warning, not an error.</source>
        <translation>Votre utilisateur API ne voit qu’une partie des collaborateurs du portail&#xa0;: une référence à une personne hors de son périmètre est donc un avertissement, pas une erreur.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n collaborateur</numerusform>
            <numerusform>%n collaborateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizational unit(s)</source>
        <translation>
            <numerusform>%n unité organisationnelle</numerusform>
            <numerusform>%n unités organisationnelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against your portal&apos;s data as read {age} (at {time}: {counts}).</source>
        <translation>Contrôlé par rapport aux données de votre portail lues {age} (à {time}&#xa0;: {counts}).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>The panel shows something new (the reading, its end, the comparison): Review says again if it is ready.</extracomment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading the portal&apos;s data: the file is then checked on its own</source>
        <translation>Arrêter la lecture des données du portail&#xa0;: le fichier est alors contrôlé seul</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the portal&apos;s employees and OUs again, then check the file again</source>
        <translation>Relire les collaborateurs et les UO du portail, puis contrôler à nouveau le fichier</translation>
    </message>
    <message>
        <source>See what will change…</source>
        <translation>Voir ce qui va changer…</translation>
    </message>
    <message>
        <source>See who…</source>
        <translation>Voir qui…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reading your portal&apos;s employees and OUs to check the file against them: {progress}.</source>
        <translation>Lecture des collaborateurs et des UO de votre portail pour contrôler le fichier&#xa0;: {progress}.</translation>
    </message>
    <message>
        <source>Reading it again: {progress}.</source>
        <translation>Nouvelle lecture&#xa0;: {progress}.</translation>
    </message>
    <message>
        <source>Reading it again did not work ({error}); the reading above is used.</source>
        <translation>La nouvelle lecture a échoué ({error})&#x202f;; la lecture ci-dessus est utilisée.</translation>
    </message>
    <message>
        <source>ReconcileUsers is on, and the employees it deactivates cannot be listed without the portal&apos;s employees: every active employee missing from this file will be deactivated.</source>
        <translation>ReconcileUsers est activé, et les collaborateurs qu’il désactive ne peuvent pas être listés sans les collaborateurs du portail&#xa0;: tout collaborateur actif absent de ce fichier sera désactivé.</translation>
    </message>
    <message>
        <source>{sentence} That is more than our {limit} limit: before anything is sent, the Run step asks you to confirm this number and to tick an explicit override.</source>
        <translation>{sentence} C’est plus que notre limite de {limit}&#xa0;: avant tout envoi, l’étape Exécution vous demande de confirmer ce nombre et de cocher une dérogation explicite.</translation>
    </message>
    <message>
        <source>{sentence} Before anything is sent, the Run step asks you to confirm this number.</source>
        <translation>{sentence} Avant tout envoi, l’étape Exécution vous demande de confirmer ce nombre.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <source>Employees this load deactivates</source>
        <translation>Collaborateurs désactivés par ce chargement</translation>
    </message>
    <message>
        <source>Who ReconcileUsers deactivates</source>
        <translation>Qui ReconcileUsers désactive</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>le portail</translation>
    </message>
    <message>
        <source>Deactivate employees?</source>
        <translation>Désactiver des collaborateurs&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n employee(s)?</source>
        <translation>
            <numerusform>Désactiver %n collaborateur&#x202f;?</numerusform>
            <numerusform>Désactiver %n collaborateurs&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>PRODUCTION portal: {where}</source>
        <translation>Portail de PRODUCTION&#xa0;: {where}</translation>
    </message>
    <message>
        <source>test portal: {where}</source>
        <translation>Portail de test&#xa0;: {where}</translation>
    </message>
    <message>
        <source>This job deactivates every active employee of {portal} missing from “{label}”.</source>
        <translation>Cette tâche désactive tous les collaborateurs actifs de {portal} absents de «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>This job deactivates %n employee(s) of {portal}.</source>
        <translation>
            <numerusform>Cette tâche désactive %n collaborateur de {portal}.</numerusform>
            <numerusform>Cette tâche désactive %n collaborateurs de {portal}.</numerusform>
        </translation>
    </message>
    <message>
        <source>ReconcileUsers is on for “{label}”: every active employee of {portal} missing from the file is deactivated.</source>
        <translation>ReconcileUsers est activé pour «&#xa0;{label}&#xa0;»&#xa0;: tout collaborateur actif de {portal} absent du fichier est désactivé.</translation>
    </message>
    <message>
        <source>So who that is cannot be listed.</source>
        <translation>Il est donc impossible de lister les personnes concernées.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees could not be read, so who that is cannot be listed.</source>
        <translation>Les collaborateurs du portail n’ont pas pu être lus&#xa0;: il est donc impossible de lister les personnes concernées.</translation>
    </message>
    <message>
        <source>ReconcileUsers is on for “{label}”.</source>
        <translation>ReconcileUsers est activé pour «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <source>The API application&apos;s own account is not known yet (the portal names it in a job&apos;s owner_ref once a job ran): make sure it is not in the list.</source>
        <translation>Le compte propre de l’application API n’est pas encore connu (le portail l’indique dans le owner_ref d’une tâche une fois qu’une tâche a été exécutée)&#xa0;: assurez-vous qu’il ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Number of employees to deactivate</source>
        <translation>Nombre de collaborateurs à désactiver</translation>
    </message>
    <message>
        <source>Portal name to confirm</source>
        <translation>Nom du portail à confirmer</translation>
    </message>
    <message>
        <source>Type the number of employees this deactivates ({count})</source>
        <translation>Saisissez le nombre de collaborateurs que cela désactive ({count})</translation>
    </message>
    <message>
        <source>Type the portal name “{portal}”</source>
        <translation>Saisissez le nom du portail «&#xa0;{portal}&#xa0;»</translation>
    </message>
    <message>
        <source>{count} is {share} of the portal&apos;s {active} active employees, more than our {limit} limit: a file that misses that many people is more often a partial export than a real change. It is refused unless you override it.</source>
        <translation>{count} représente {share} des {active} collaborateurs actifs du portail, plus que notre limite de {limit}&#xa0;: un fichier où manquent autant de personnes est plus souvent un export partiel qu’un vrai changement. Il est refusé, sauf si vous passez outre.</translation>
    </message>
    <message numerus="yes">
        <source>Override the limit: I checked the list, and these %n employee(s) are to be deactivated</source>
        <translation>
            <numerusform>Passer outre la limite&#xa0;: j’ai vérifié la liste, et %n collaborateur doit être désactivé</numerusform>
            <numerusform>Passer outre la limite&#xa0;: j’ai vérifié la liste, et ces %n collaborateurs doivent être désactivés</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate and run</source>
        <translation>Désactiver et exécuter</translation>
    </message>
    <message>
        <source>Deactivate {count} and run</source>
        <translation>Désactiver {count} et exécuter</translation>
    </message>
    <message>
        <source>Nothing was sent: the deactivations were not confirmed.</source>
        <translation>Rien n’a été envoyé&#xa0;: les désactivations n’ont pas été confirmées.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Not loaded.</source>
        <extracomment>The first column&apos;s name: the key of the saved file&apos;s column too (the header shows it translated). One report cell may hold several messages (the sandbox joins them with &quot; | &quot;; a real portal may do the same). Joins a row&apos;s cells in its search text: a character nobody types, so a search never spans two cells.</extracomment>
        <translation>Non chargé.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Per row, the shown columns the portal&apos;s messages name: {column: &quot;error&quot; | &quot;warning&quot;}.</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{value}
The portal&apos;s error: {message}</source>
        <translation>{value}
Erreur du portail&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{value}
The portal&apos;s warning: {message}</source>
        <translation>{value}
Avertissement du portail&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <source>The report&apos;s column “{name}”</source>
        <translation>La colonne « {name} » du rapport</translation>
    </message>
    <message>
        <source>The record number of this row in your original file (header excluded)</source>
        <translation>Le numéro d’enregistrement de cette ligne dans votre fichier d’origine (en-tête exclu)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Opening the report</source>
        <translation>Ouverture du rapport</translation>
    </message>
    <message>
        <source>The original file is no longer where it was loaded from: rows cannot be matched to it.</source>
        <translation>Le fichier d’origine n’est plus à l’emplacement d’où il a été chargé&#xa0;: les lignes ne peuvent pas y être rapprochées.</translation>
    </message>
    <message>
        <source>No column mapping was recorded for this import: rows cannot be matched to the file.</source>
        <translation>Aucune correspondance de colonnes n’a été enregistrée pour cet import&#xa0;: les lignes ne peuvent pas être rapprochées du fichier.</translation>
    </message>
    <message>
        <source>None of the report&apos;s rows could be found in the original file.</source>
        <translation>Aucune ligne du rapport n’a été trouvée dans le fichier d’origine.</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Enregistrement du rapport</translation>
    </message>
    <message>
        <source>Preparing the failed rows for review</source>
        <translation>Préparation des lignes en échec pour la vérification</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The report of an import: the rows with errors and warnings, matched to the rows of your file. A report is downloaded once and kept on this computer; opening it again costs nothing.</source>
        <translation>Le rapport d’un import&#xa0;: les lignes en erreur et avec avertissements, rapprochées des lignes de votre fichier. Un rapport est téléchargé une seule fois et conservé sur cet ordinateur&#x202f;; le rouvrir ne coûte rien.</translation>
    </message>
    <message>
        <source>Import whose results are shown</source>
        <extracomment>The failed rows are in the wizard&apos;s state, ready for the Review step.</extracomment>
        <translation>Import dont les résultats sont affichés</translation>
    </message>
    <message>
        <source>Open an import from the jobs list or the history.</source>
        <translation>Ouvrez un import depuis la liste des tâches ou l’historique.</translation>
    </message>
    <message>
        <source>Cornerstone allows {limit} downloads of a report; the cap keeps one in reserve. Opening the saved copy costs nothing.</source>
        <translation>Cornerstone autorise {limit} téléchargements d’un rapport&#x202f;; le plafond en garde un en réserve. Ouvrir la copie enregistrée ne coûte rien.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Rows of the report to show</source>
        <translation>Lignes du rapport à afficher</translation>
    </message>
    <message>
        <source>Search every cell…</source>
        <translation>Rechercher dans toutes les cellules…</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Rechercher dans le rapport</translation>
    </message>
    <message>
        <source>Download again…</source>
        <translation>Télécharger à nouveau…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Enregistrer en Excel…</translation>
    </message>
    <message>
        <source>Open in spreadsheet</source>
        <translation>Ouvrir dans le tableur</translation>
    </message>
    <message>
        <source>Fix and reload…</source>
        <translation>Corriger et recharger…</translation>
    </message>
    <message>
        <source>Puts the failed rows, in your file&apos;s columns, back into Review as a new job</source>
        <translation>Renvoie les lignes en échec, avec les colonnes de votre fichier, à l’étape Vérification sous forme de nouvelle tâche</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Errors by message, with the number of records</source>
        <translation>Erreurs par message, avec le nombre d’enregistrements</translation>
    </message>
    <message>
        <source>The portal&apos;s report, one row per record</source>
        <translation>Le rapport du portail, une ligne par enregistrement</translation>
    </message>
    <message>
        <source>Errors by message (click to filter)</source>
        <translation>Erreurs par message (cliquez pour filtrer)</translation>
    </message>
    <message>
        <source>{name}: all {count} records loaded without errors or warnings. No report download was spent.</source>
        <translation>{name}&#xa0;: les {count} enregistrements ont été chargés sans erreur ni avertissement. Aucun téléchargement de rapport n’a été consommé.</translation>
    </message>
    <message>
        <source>{name} is still running ({status}).</source>
        <translation>{name} est toujours en cours ({status}).</translation>
    </message>
    <message>
        <source>{position}. {type} · {file} (job of {started})</source>
        <translation>{position}. {type} · {file} (tâche du {started})</translation>
    </message>
    <message>
        <source>{code}
Job: {job}
Import id: {id}</source>
        <translation>{code}
Tâche&#xa0;: {job}
ID de l’import&#xa0;: {id}</translation>
    </message>
    <message>
        <source>{name}: {errors} records with errors, {warnings} with warnings; the report is {state}.</source>
        <translation>{name}&#xa0;: {errors} enregistrement(s) en erreur, {warnings} avec avertissements&#x202f;; rapport&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>saved copy</source>
        <translation>copie enregistrée</translation>
    </message>
    <message>
        <source>downloaded just now</source>
        <translation>téléchargé à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, {warnings} with warnings ({origin}, file {file}).</source>
        <translation>
            <numerusform>%n ligne en erreur, {warnings} avec avertissements ({origin}, fichier {file}).</numerusform>
            <numerusform>%n lignes en erreur, {warnings} avec avertissements ({origin}, fichier {file}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, {warnings} with warnings ({origin}).</source>
        <translation>
            <numerusform>%n ligne en erreur, {warnings} avec avertissements ({origin}).</numerusform>
            <numerusform>%n lignes en erreur, {warnings} avec avertissements ({origin}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads the report again from Cornerstone (asks first)</source>
        <translation>Télécharge à nouveau le rapport depuis Cornerstone (demande d’abord confirmation)</translation>
    </message>
    <message>
        <source>The download cap for this report is reached: only the saved copy can be shown</source>
        <translation>Le plafond de téléchargements de ce rapport est atteint&#xa0;: seule la copie enregistrée peut être affichée</translation>
    </message>
    <message>
        <source>{shown} of {total} report rows shown, with the error chosen on the left (click it again for every error)</source>
        <translation>Lignes du rapport affichées&#xa0;: {shown} sur {total}, avec l’erreur choisie à gauche (cliquez à nouveau dessus pour voir toutes les erreurs)</translation>
    </message>
    <message>
        <source>{shown} of {total} report rows shown</source>
        <translation>Lignes du rapport affichées&#xa0;: {shown} sur {total}</translation>
    </message>
    <message>
        <source>This report cannot be downloaded again: {usage}.</source>
        <translation>Ce rapport ne peut plus être téléchargé&#xa0;: {usage}.</translation>
    </message>
    <message>
        <source>Cornerstone allows five downloads of a report ever; the saved copy is still shown and can be saved.</source>
        <translation>Cornerstone n’autorise que cinq téléchargements d’un rapport au total&#x202f;; la copie enregistrée reste affichée et peut être enregistrée.</translation>
    </message>
    <message>
        <source>Connect to the portal first to download this report again.</source>
        <translation>Connectez-vous d’abord au portail pour télécharger à nouveau ce rapport.</translation>
    </message>
    <message>
        <source>Download the report again?</source>
        <translation>Télécharger à nouveau le rapport&#x202f;?</translation>
    </message>
    <message>
        <source>This spends one of the report&apos;s downloads ({usage}). The saved copy is the same report unless Cornerstone changed it. Download again?</source>
        <translation>Cela consomme l’un des téléchargements du rapport ({usage}). La copie enregistrée est le même rapport, sauf si Cornerstone l’a modifié. Télécharger à nouveau&#x202f;?</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Rapport enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>No file manager opened the folder; the report is at {path}.</source>
        <translation>Aucun gestionnaire de fichiers n’a ouvert le dossier&#x202f;; le rapport se trouve dans {path}.</translation>
    </message>
    <message>
        <source>No spreadsheet application opened the report; it is saved at {path}.</source>
        <translation>Aucun tableur n’a ouvert le rapport&#x202f;; il est enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Connect to the portal this import was sent to, then try again.</source>
        <translation>Connectez-vous au portail auquel cet import a été envoyé, puis réessayez.</translation>
    </message>
    <message>
        <source>No failed row of this report could be found in the original file.</source>
        <translation>Aucune ligne en échec de ce rapport n’a été trouvée dans le fichier d’origine.</translation>
    </message>
    <message>
        <source>The {count} failed rows are ready for review, each with the portal&apos;s reason: fix them, then run them as a new job.</source>
        <translation>Les {count} lignes en échec sont prêtes pour la vérification, chacune avec le motif donné par le portail&#xa0;: corrigez-les, puis exécutez-les dans une nouvelle tâche.</translation>
    </message>
    <message>
        <source>They were written to {path}.</source>
        <translation>Elles ont été écrites dans {path}.</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <source>record {record}</source>
        <translation>l’enregistrement {record}</translation>
    </message>
    <message>
        <source>records {records} and {last}</source>
        <translation>les enregistrements {records} et {last}</translation>
    </message>
    <message numerus="yes">
        <source>records {records} and %n more</source>
        <translation>
            <numerusform>les enregistrements {records} et %n autre</numerusform>
            <numerusform>les enregistrements {records} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Recopier vers le bas</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Effacer les cellules sélectionnées</translation>
    </message>
    <message>
        <source>Find and replace in a column…</source>
        <translation>Rechercher et remplacer dans une colonne…</translation>
    </message>
    <message>
        <source>Wait for the check to finish, then edit the grid.</source>
        <translation>Attendez la fin du contrôle, puis modifiez la grille.</translation>
    </message>
    <message>
        <source>{gesture}: no cell changed.</source>
        <translation>{gesture}&#xa0;: aucune cellule modifiée.</translation>
    </message>
    <message numerus="yes">
        <source>{gesture}: %n cell(s) changed in {records} (Ctrl+Z takes it back). Press Check again to check them.</source>
        <translation>
            <numerusform>{gesture}&#xa0;: %n cellule modifiée dans {records} (Ctrl+Z l’annule). Cliquez sur Contrôler à nouveau pour la contrôler.</numerusform>
            <numerusform>{gesture}&#xa0;: %n cellules modifiées dans {records} (Ctrl+Z l’annule). Cliquez sur Contrôler à nouveau pour les contrôler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}.</source>
        <translation>Annulé&#xa0;: {change}.</translation>
    </message>
    <message>
        <source>There is nothing to undo on this step.</source>
        <translation>Il n’y a rien à annuler à cette étape.</translation>
    </message>
    <message>
        <source>Done again: {change}.</source>
        <translation>Rétabli&#xa0;: {change}.</translation>
    </message>
    <message>
        <source>There is nothing to redo on this step.</source>
        <translation>Il n’y a rien à rétablir à cette étape.</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Rien à annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Y)</source>
        <translation>Rétablir&#xa0;: {change} (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Y)</source>
        <translation>Rien à rétablir (Ctrl+Y)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) copied: paste them in a spreadsheet, or here.</source>
        <translation>
            <numerusform>%n cellule copiée&#xa0;: collez-la dans un tableur, ou ici.</numerusform>
            <numerusform>%n cellules copiées&#xa0;: collez-les dans un tableur, ou ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Le presse-papiers ne contient aucun texte à coller.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the block did not fit below the last record shown</source>
        <translation>
            <numerusform>%n ligne du bloc ne tenait pas sous le dernier enregistrement affiché</numerusform>
            <numerusform>%n lignes du bloc ne tenaient pas sous le dernier enregistrement affiché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) did not fit right of the last field</source>
        <translation>
            <numerusform>%n colonne ne tenait pas à droite du dernier champ</numerusform>
            <numerusform>%n colonnes ne tenaient pas à droite du dernier champ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell on Exclude or Problems, which take no text</source>
        <translation>
            <numerusform>%n cellule tombait sur Exclure ou Problèmes, qui n’acceptent pas de texte</numerusform>
            <numerusform>%n cellules tombaient sur Exclure ou Problèmes, qui n’acceptent pas de texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s); {left}: those were not pasted.</source>
        <translation>
            <numerusform>%n cellule collée&#x202f;; {left}&#xa0;: celles-là n’ont pas été collées.</numerusform>
            <numerusform>%n cellules collées&#x202f;; {left}&#xa0;: celles-là n’ont pas été collées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the top-left cell where the block should start, then paste again.</source>
        <translation>Sélectionnez la cellule en haut à gauche où le bloc doit commencer, puis collez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Clearing of %n cell(s)</source>
        <translation>
            <numerusform>Effacement de %n cellule</numerusform>
            <numerusform>Effacement de %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Replace of &apos;{find}&apos; with &apos;{replace}&apos; in {field}</source>
        <translation>Remplacement de «&#xa0;{find}&#xa0;» par «&#xa0;{replace}&#xa0;» dans {field}</translation>
    </message>
    <message>
        <source>Replace in {field}</source>
        <translation>Remplacer dans {field}</translation>
    </message>
    <message>
        <source>{setting} is now {value} (it was {before})</source>
        <translation>{setting} vaut maintenant {value} (auparavant {before})</translation>
    </message>
    <message>
        <source>{changes} for this import, on the Load type step too. The file is checked again with it.</source>
        <translation>{changes} pour cet import, également à l’étape Type de chargement. Le fichier est contrôlé à nouveau avec ce paramètre.</translation>
    </message>
    <message>
        <source>Confirmed: {setting} {value} reads this file&apos;s dates as written. The file is checked again with your answer; Ctrl+Z takes it back.</source>
        <translation>Confirmé&#xa0;: {setting} {value} lit les dates de ce fichier telles qu’elles sont écrites. Le fichier est contrôlé à nouveau avec votre réponse&#x202f;; Ctrl+Z l’annule.</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <source>Records with problems</source>
        <extracomment>Selected cells remembered across a re-check (a whole column of a big file is not walked cell by cell).</extracomment>
        <translation>Enregistrements avec problèmes</translation>
    </message>
    <message>
        <source>One row per record, one column per field; highlighted cells have a problem, which the pane below the grid explains. The arrow keys move between cells, typing replaces a cell, Enter keeps the new value, Ctrl+Z takes it back.</source>
        <translation>Une ligne par enregistrement, une colonne par champ&#x202f;; les cellules en surbrillance présentent un problème, expliqué dans le volet sous la grille. Les touches fléchées permettent de passer d’une cellule à l’autre, la saisie remplace le contenu d’une cellule, Entrée conserve la nouvelle valeur, Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Paste of a {size} block</source>
        <translation>Collage d’un bloc {size}</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Recopier vers le bas</translation>
    </message>
</context>
<context>
    <name>ReviewJobs</name>
    <message>
        <source>Mapping the columns</source>
        <extracomment>The Problems cell of an exported row is cut after this many characters (and says so): a record with dozens of problems made 1,500-character cells nobody reads in a spreadsheet (issue 14).</extracomment>
        <translation>Association des colonnes</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Contrôle</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s): see the Review step</source>
        <translation>
            <numerusform>… et %n autre problème&#xa0;: voir l’étape Vérification</numerusform>
            <numerusform>… et %n autres problèmes&#xa0;: voir l’étape Vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>(cut: see the Review step)</source>
        <translation>(tronqué&#xa0;: voir l’étape Vérification)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Record {record} of your file</source>
        <extracomment>The grid&apos;s two columns that are not fields of the record: the Exclude check box and the problems. What the grid shows: the records with problems (all, errors, warnings), every record, or a summary line.</extracomment>
        <translation>Enregistrement {record} de votre fichier</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>excluded · {problems}</source>
        <translation>exclu · {problems}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Changed by you.</source>
        <translation>Modifié par vous.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Avertissement&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Record {record} has no problem in this cell.</source>
        <translation>L’enregistrement {record} n’a aucun problème dans cette cellule.</translation>
    </message>
    <message>
        <source>Problem records only</source>
        <extracomment>Plan changes that the Review step checks again at once (when it shows; else when it is entered).</extracomment>
        <translation>Enregistrements avec problèmes</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Avertissements uniquement</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>A summary line</source>
        <translation>Une ligne de synthèse</translation>
    </message>
    <message>
        <source>Select a highlighted cell to see what is wrong and how to fix it.</source>
        <translation>Sélectionnez une cellule en surbrillance pour voir le problème et comment le corriger.</translation>
    </message>
    <message>
        <source>Review before loading</source>
        <extracomment>Below this height (of the step) the lead sentence under the title is hidden.</extracomment>
        <translation>Vérifier avant de charger</translation>
    </message>
    <message>
        <source>The app checks every record against the portal&apos;s rules. Fix a highlighted cell by typing in it (or paste from a spreadsheet), then check again, or exclude the record. Nothing is sent until you say so.</source>
        <translation>L’application contrôle chaque enregistrement selon les règles du portail. Corrigez une cellule en surbrillance en y tapant une valeur (ou en collant depuis un tableur), puis contrôlez à nouveau, ou excluez l’enregistrement. Rien n’est envoyé sans votre accord.</translation>
    </message>
    <message>
        <source>Checking … {percent}</source>
        <extracomment>The import&apos;s payload parts are written: ``services.loads.PreparedImport`` list, one per part.</extracomment>
        <translation>Contrôle… {percent}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Contrôler à nouveau</translation>
    </message>
    <message>
        <source>Export rows…</source>
        <translation>Exporter les lignes…</translation>
    </message>
    <message>
        <source>Writes the records the grid shows (with their problems) to a CSV for Excel</source>
        <translation>Écrit les enregistrements affichés dans la grille (avec leurs problèmes) dans un fichier CSV pour Excel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems by rule and column</source>
        <translation>Problèmes par règle et par colonne</translation>
    </message>
    <message>
        <source>Problems by rule and column: click a line to see its records and cells</source>
        <translation>Problèmes par règle et par colonne&#xa0;: cliquez sur une ligne pour voir ses enregistrements et ses cellules</translation>
    </message>
    <message>
        <source>Records to show</source>
        <translation>Enregistrements à afficher</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Edit ▾</source>
        <translation>Modifier ▾</translation>
    </message>
    <message>
        <source>Copy, paste, fill down, clear, find and replace</source>
        <translation>Copier, coller, recopier vers le bas, effacer, rechercher et remplacer</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Leave the selected records out of the payload (Ctrl+Z takes it back)</source>
        <translation>Exclure les enregistrements sélectionnés des données envoyées (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Take the selected records back into the payload</source>
        <translation>Réintégrer les enregistrements sélectionnés dans les données envoyées</translation>
    </message>
    <message>
        <source>Exclude all with errors</source>
        <translation>Exclure tous ceux en erreur</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Add to the job and go to Run</source>
        <translation>Ajouter à la tâche et passer à Exécution</translation>
    </message>
    <message>
        <source>Writes the file to send and adds it to the next job on the Run step</source>
        <translation>Écrit le fichier à envoyer et l’ajoute à la prochaine tâche de l’étape Exécution</translation>
    </message>
    <message>
        <source>Checking {count} records …</source>
        <translation>Contrôle de {count} enregistrements…</translation>
    </message>
    <message>
        <source>Check stopped: press Check again to run it.</source>
        <translation>Contrôle arrêté&#xa0;: cliquez sur Contrôler à nouveau pour le relancer.</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was changed.</source>
        <translation>Le contrôle a été arrêté&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The check could not finish.</source>
        <translation>Le contrôle n’a pas pu aboutir.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Contrôlé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>About the whole file:
{problems}</source>
        <translation>Concernant l’ensemble du fichier&#xa0;:
{problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) excluded: they are left out of the payload. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n enregistrement exclu des données envoyées. Ctrl+Z l’annule.</numerusform>
            <numerusform>%n enregistrements exclus des données envoyées. Ctrl+Z l’annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) taken back into the payload. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n enregistrement réintégré aux données envoyées. Ctrl+Z l’annule.</numerusform>
            <numerusform>%n enregistrements réintégrés aux données envoyées. Ctrl+Z l’annule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPayload</name>
    <message>
        <source>Export the rows shown</source>
        <translation>Exporter les lignes affichées</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} rows written to {path} ({shown}).</source>
        <translation>{count} ligne(s) écrite(s) dans {path} ({shown}).</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) of problems were longer than {limit} characters and end in &quot;…&quot;: the whole text is on this step.</source>
        <translation>
            <numerusform>%n liste de problèmes dépassait {limit} caractères et se termine par «&#xa0;…&#xa0;»&#xa0;: le texte complet se trouve à cette étape.</numerusform>
            <numerusform>%n listes de problèmes dépassaient {limit} caractères et se terminent par «&#xa0;…&#xa0;»&#xa0;: le texte complet se trouve à cette étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in Excel, then drop the fixed file on the File step.</source>
        <translation>Corrigez-les dans Excel, puis déposez le fichier corrigé à l’étape Fichier.</translation>
    </message>
    <message>
        <source>{ready}, {excluded} excluded, {warnings}</source>
        <translation>{ready}, {excluded} exclus, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ready</source>
        <translation>
            <numerusform>%n enregistrement prêt</numerusform>
            <numerusform>%n enregistrements prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You changed %n cell(s): press Check again.</source>
        <translation>
            <numerusform>Vous avez modifié %n cellule&#xa0;: cliquez sur Contrôler à nouveau.</numerusform>
            <numerusform>Vous avez modifié %n cellules&#xa0;: cliquez sur Contrôler à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something changed on an earlier step: checking again.</source>
        <translation>Une modification a eu lieu à une étape précédente&#xa0;: nouveau contrôle.</translation>
    </message>
    <message>
        <source>The whole file has a problem (see above) that must be fixed first.</source>
        <translation>L’ensemble du fichier présente un problème (voir ci-dessus) qui doit d’abord être corrigé.</translation>
    </message>
    <message>
        <source>1 record still has errors: fix it or exclude it.</source>
        <translation>1 enregistrement contient encore des erreurs&#xa0;: corrigez-le ou excluez-le.</translation>
    </message>
    <message>
        <source>{count} records still have errors: fix them or exclude them.</source>
        <translation>{count} enregistrements contiennent encore des erreurs&#xa0;: corrigez-les ou excluez-les.</translation>
    </message>
    <message>
        <source>{counts}. {then}</source>
        <translation>{counts}. {then}</translation>
    </message>
    <message>
        <source>it has not been checked yet. Wait for the check, or press Check again.</source>
        <translation>il n’a pas encore été contrôlé. Attendez la fin du contrôle, ou cliquez sur Contrôler à nouveau.</translation>
    </message>
    <message>
        <source>This file is not added to a job yet: {why}</source>
        <translation>Ce fichier n’est pas encore ajouté à une tâche&#xa0;: {why}</translation>
    </message>
    <message>
        <source>The Run step runs files added from here; fix what is listed, then press Next again.</source>
        <translation>L’étape Exécution exécute les fichiers ajoutés ici&#x202f;; corrigez ce qui est indiqué, puis cliquez à nouveau sur Suivant.</translation>
    </message>
    <message>
        <source>The file changed while its payload was written: check it again, then add it.</source>
        <translation>Le fichier a changé pendant l’écriture des données à envoyer&#xa0;: contrôlez-le à nouveau, puis ajoutez-le.</translation>
    </message>
    <message>
        <source>{count} parts in {folder}</source>
        <translation>{count} parties dans {folder}</translation>
    </message>
    <message>
        <source>Payload written: {where} ({count} records, {size} KB).</source>
        <translation>Données à envoyer écrites&#xa0;: {where} ({count} enregistrements, {size} Ko).</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>required</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>dependency</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>dépendance</translation>
    </message>
    <message>
        <source>min_length</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>longueur min.</translation>
    </message>
    <message>
        <source>max_length</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>longueur max.</translation>
    </message>
    <message>
        <source>enum</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>valeur autorisée</translation>
    </message>
    <message>
        <source>date</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>date</translation>
    </message>
    <message>
        <source>number</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>booléen</translation>
    </message>
    <message>
        <source>duplicate</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>doublon</translation>
    </message>
    <message>
        <source>cross_unique</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>unicité croisée</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>référence</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>inactif</translation>
    </message>
    <message>
        <source>invisible</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>caractère invisible</translation>
    </message>
    <message>
        <source>unknown_column</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>colonne inconnue</translation>
    </message>
    <message>
        <source>columns</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>records</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>enregistrements</translation>
    </message>
    <message>
        <source>date_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>format de date</translation>
    </message>
    <message>
        <source>number_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>format des nombres</translation>
    </message>
    <message>
        <source>confirm_date_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>ordre des dates</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Organizational units are loaded before employees: Cornerstone resolves the imports of one job in order, so an employee can point to a division or location created by the same job.</source>
        <translation>Les unités organisationnelles sont chargées avant les collaborateurs&#xa0;: Cornerstone traite les imports d’une tâche dans l’ordre, si bien qu’un collaborateur peut faire référence à une division ou à un site créé par la même tâche.</translation>
    </message>
    <message>
        <source>Organizational units run before employees, so an employee can point to a unit made by this job.</source>
        <translation>Les unités organisationnelles passent avant les collaborateurs&#xa0;: un collaborateur peut ainsi faire référence à une unité créée par cette tâche.</translation>
    </message>
    <message>
        <source>1 record you excluded is not sent</source>
        <translation>1 enregistrement que vous avez exclu n’est pas envoyé</translation>
    </message>
    <message>
        <source>{count} records you excluded are not sent</source>
        <translation>{count} enregistrements que vous avez exclus ne sont pas envoyés</translation>
    </message>
    <message>
        <source>1 record with errors is left out</source>
        <translation>1 enregistrement en erreur est laissé de côté</translation>
    </message>
    <message>
        <source>{count} records with errors are left out</source>
        <translation>{count} enregistrements en erreur sont laissés de côté</translation>
    </message>
    <message>
        <source>1 record with warnings is sent with Review&apos;s warnings</source>
        <translation>1 enregistrement avec avertissements est envoyé avec les avertissements de la vérification</translation>
    </message>
    <message>
        <source>{count} records with warnings are sent with Review&apos;s warnings</source>
        <translation>{count} enregistrements avec avertissements sont envoyés avec les avertissements de la vérification</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Run this job?</source>
        <translation>Exécuter cette tâche&#x202f;?</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>le portail</translation>
    </message>
    <message>
        <source>PRODUCTION portal: {portal}</source>
        <translation>Portail de PRODUCTION&#xa0;: {portal}</translation>
    </message>
    <message>
        <source>test portal: {portal}</source>
        <translation>Portail de test&#xa0;: {portal}</translation>
    </message>
    <message numerus="yes">
        <source>Job “{label}” with %n import(s), in this order:</source>
        <translation>
            <numerusform>Tâche «&#xa0;{label}&#xa0;» avec %n import, dans cet ordre&#xa0;:</numerusform>
            <numerusform>Tâche «&#xa0;{label}&#xa0;» avec %n imports, dans cet ordre&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>{position}. {type}: {count} records from {file} (“{label}”)</source>
        <translation>{position}. {type}&#xa0;: {count} enregistrements de {file} («&#xa0;{label}&#xa0;»)</translation>
    </message>
    <message>
        <source>{position}. {type}: records from {file} (“{label}”)</source>
        <translation>{position}. {type}&#xa0;: enregistrements de {file} («&#xa0;{label}&#xa0;»)</translation>
    </message>
    <message>
        <source>ReconcileUsers is on: every employee missing from this file is deactivated.</source>
        <translation>ReconcileUsers est activé&#xa0;: tout collaborateur absent de ce fichier est désactivé.</translation>
    </message>
    <message>
        <source>Cornerstone will call {url} when every import is done.</source>
        <translation>Cornerstone appellera {url} lorsque tous les imports seront terminés.</translation>
    </message>
    <message>
        <source>The data is posted now; the status is then checked within the portal&apos;s limits.</source>
        <translation>Les données sont envoyées maintenant&#x202f;; le statut est ensuite vérifié dans le respect des limites du portail.</translation>
    </message>
    <message>
        <source>Run the job</source>
        <translation>Exécuter la tâche</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Put one or more checked files into one job (up to {count}), give it a label, confirm, and follow it live. Results are fetched automatically when an import has errors or warnings.</source>
        <translation>Regroupez un ou plusieurs fichiers contrôlés dans une tâche (jusqu’à {count}), donnez-lui un libellé, confirmez et suivez-la en direct. Les résultats sont récupérés automatiquement lorsqu’un import comporte des erreurs ou des avertissements.</translation>
    </message>
    <message>
        <source>Files in the next job</source>
        <extracomment>The administrator wants to prepare another file for this job (the window goes to Load type). Prepared imports were added to the next job. The last question before a job with ReconcileUsers is sent (the window sets it: ui.reconcile_dialog).</extracomment>
        <translation>Fichiers de la prochaine tâche</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Load type</source>
        <translation>Type de chargement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Import label (editable)</source>
        <translation>Libellé de l’import (modifiable)</translation>
    </message>
    <message>
        <source>No file in the next job yet: check one on the Review step, then press “Add to the job and go to Run”.</source>
        <translation>Aucun fichier dans la prochaine tâche pour l’instant&#xa0;: contrôlez-en un à l’étape Vérification, puis cliquez sur «&#xa0;Ajouter à la tâche et passer à Exécution&#xa0;».</translation>
    </message>
    <message>
        <source>Add another file…</source>
        <translation>Ajouter un autre fichier…</translation>
    </message>
    <message>
        <source>Choose a load type and a file for another import of this job</source>
        <translation>Choisir un type de chargement et un fichier pour un autre import de cette tâche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A label to find this job again</source>
        <translation>Un libellé pour retrouver cette tâche</translation>
    </message>
    <message>
        <source>optional: https://… (Cornerstone posts once when the job is done)</source>
        <translation>facultatif&#xa0;: https://… (Cornerstone envoie un appel lorsque la tâche est terminée)</translation>
    </message>
    <message>
        <source>Optional. An https address that Cornerstone calls once, when every import of the job is done.</source>
        <translation>Facultatif. Une adresse https que Cornerstone appelle une fois, lorsque tous les imports de la tâche sont terminés.</translation>
    </message>
    <message>
        <source>Job label</source>
        <translation>Libellé de la tâche</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Run the job…</source>
        <translation>Exécuter la tâche…</translation>
    </message>
    <message>
        <source>Shows the portal and what will be sent, and asks you to confirm before anything is posted.</source>
        <translation>Affiche le portail et ce qui sera envoyé, et vous demande de confirmer avant tout envoi.</translation>
    </message>
    <message>
        <source>All data sent</source>
        <translation>Toutes les données envoyées</translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation>Envoi {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Imports of the next job</source>
        <translation>Imports de la prochaine tâche</translation>
    </message>
    <message>
        <source>A job holds at most {most} imports; this file needs {needed} and the job has {kept} already.</source>
        <translation>Une tâche contient au plus {most} imports&#x202f;; ce fichier en nécessite {needed} et la tâche en a déjà {kept}.</translation>
    </message>
    <message>
        <source>Run this job first, then add the file to the next one.</source>
        <translation>Exécutez d’abord cette tâche, puis ajoutez le fichier à la suivante.</translation>
    </message>
    <message>
        <source>{file} ({type}) was already in the next job: this check replaces the earlier one.</source>
        <translation>{file} ({type}) figurait déjà dans la prochaine tâche&#xa0;: ce contrôle remplace le précédent.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <source>The imports were put in run order.</source>
        <translation>Les imports ont été placés dans l’ordre d’exécution.</translation>
    </message>
    <message>
        <source>Every record of the file is sent</source>
        <translation>Tous les enregistrements du fichier sont envoyés</translation>
    </message>
    <message>
        <source>Connect to a portal to run a job.</source>
        <translation>Connectez-vous à un portail pour exécuter une tâche.</translation>
    </message>
    <message>
        <source>Runs on {portal}  (PRODUCTION)</source>
        <translation>S’exécute sur {portal}  (PRODUCTION)</translation>
    </message>
    <message>
        <source>Runs on {portal}</source>
        <translation>S’exécute sur {portal}</translation>
    </message>
    <message>
        <source>csod-desktop job</source>
        <translation>tâche csod-desktop</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>How each row is matched to an employee already in the portal: by User ID or by GUID.</source>
        <translation>Comment chaque ligne est rapprochée d’un collaborateur déjà présent dans le portail&#xa0;: par User ID ou par GUID.</translation>
    </message>
    <message>
        <source>Deactivates every employee in the portal who is not in this file. Only for a file that lists all your active employees.</source>
        <translation>Désactive tous les collaborateurs du portail absents de ce fichier. Uniquement pour un fichier qui liste tous vos collaborateurs actifs.</translation>
    </message>
    <message>
        <source>Allow employees to be placed in organizational units that are inactive in the portal. When off, those rows are not loaded.</source>
        <translation>Autoriser le rattachement de collaborateurs à des unités organisationnelles inactives dans le portail. Si désactivé, ces lignes ne sont pas chargées.</translation>
    </message>
    <message>
        <source>Allow managers, approvers and other relations to point at inactive employees. When off, those rows are not loaded.</source>
        <translation>Autoriser les responsables, approbateurs et autres relations à désigner des collaborateurs inactifs. Si désactivé, ces lignes ne sont pas chargées.</translation>
    </message>
    <message>
        <source>Allow this unit to refer to inactive parent units and inactive owners.</source>
        <translation>Autoriser cette unité à faire référence à des unités parentes inactives et à des propriétaires inactifs.</translation>
    </message>
    <message>
        <source>For employees already in the portal: an empty cell in a column you send takes the default your administrator configured (on) or leaves the field unchanged (off). New employees always get defaults.</source>
        <translation>Pour les collaborateurs déjà présents dans le portail&#xa0;: une cellule vide dans une colonne envoyée prend la valeur par défaut configurée par votre administrateur (activé) ou laisse le champ inchangé (désactivé). Les nouveaux collaborateurs reçoivent toujours les valeurs par défaut.</translation>
    </message>
    <message>
        <source>The language your data is written in, for fields Cornerstone translates.</source>
        <translation>La langue dans laquelle vos données sont écrites, pour les champs que Cornerstone traduit.</translation>
    </message>
    <message>
        <source>How dates are written in your file: en-US month first (7/1/2017), fr-FR day first (1/7/2017), en-GB year first (2017-07-01).</source>
        <translation>Comment les dates sont écrites dans votre fichier&#xa0;: en-US mois en premier (7/1/2017), fr-FR jour en premier (1/7/2017), en-GB année en premier (2017-07-01).</translation>
    </message>
    <message>
        <source>How numbers are written: en-US 1,234.56, fr-FR 1 234,56, es-ES 1.234,56.</source>
        <translation>Comment les nombres sont écrits&#xa0;: en-US 1,234.56, fr-FR 1 234,56, es-ES 1.234,56.</translation>
    </message>
    <message>
        <source>Match employees by</source>
        <translation>Rapprocher les collaborateurs par</translation>
    </message>
    <message>
        <source>Deactivate missing employees</source>
        <translation>Désactiver les collaborateurs absents</translation>
    </message>
    <message>
        <source>Allow inactive units</source>
        <translation>Autoriser les unités inactives</translation>
    </message>
    <message>
        <source>Allow inactive related employees</source>
        <translation>Autoriser les collaborateurs liés inactifs</translation>
    </message>
    <message>
        <source>Allow inactive units and owners</source>
        <translation>Autoriser unités et propriétaires inactifs</translation>
    </message>
    <message>
        <source>Use defaults for empty cells</source>
        <translation>Valeurs par défaut pour les cellules vides</translation>
    </message>
    <message>
        <source>Data language</source>
        <translation>Langue des données</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Format des nombres</translation>
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
        <translation>en-US&#xa0;: mois en premier</translation>
    </message>
    <message>
        <source>fr-FR: day first</source>
        <translation>fr-FR&#xa0;: jour en premier</translation>
    </message>
    <message>
        <source>en-GB: year first</source>
        <translation>en-GB&#xa0;: année en premier</translation>
    </message>
    <message>
        <source>Not sent: the portal decides</source>
        <extracomment>The cultures of the fallback form (a portal document that does not list the settings).</extracomment>
        <translation>Non envoyé&#xa0;: le portail décide</translation>
    </message>
    <message>
        <source>Deactivate every employee missing from the file?</source>
        <translation>Désactiver tous les collaborateurs absents du fichier&#x202f;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;With this setting on, every employee in the portal &lt;i&gt;{portal}&lt;/i&gt; who is missing from the file you load is deactivated.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use it only when the file lists all your active employees. A partial file (one department, new hires) would deactivate everyone else.&lt;/p&gt;&lt;p&gt;Before the job is sent, the Run step lists every employee it would deactivate and asks you to confirm their number.&lt;/p&gt;&lt;p&gt;Type the portal name &lt;b&gt;{portal}&lt;/b&gt; to turn it on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Avec ce paramètre activé, tout collaborateur du portail &lt;i&gt;{portal}&lt;/i&gt; absent du fichier que vous chargez est désactivé.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ne l’utilisez que si le fichier liste tous vos collaborateurs actifs. Un fichier partiel (un service, les nouvelles recrues) désactiverait tous les autres.&lt;/p&gt;&lt;p&gt;Avant l’envoi de la tâche, l’étape Exécution liste chaque collaborateur qu’elle désactiverait et vous demande de confirmer leur nombre.&lt;/p&gt;&lt;p&gt;Saisissez le nom du portail &lt;b&gt;{portal}&lt;/b&gt; pour l’activer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Portal name to confirm</source>
        <translation>Nom du portail à confirmer</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>The administrator changed a setting (not emitted while the form is being built or filled). Replaced by tests to answer the confirmation without a modal loop.</extracomment>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Documented default: {value}.</source>
        <translation>Valeur par défaut documentée&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>No documented default: not sent unless you choose.</source>
        <translation>Aucune valeur par défaut documentée&#xa0;: non envoyé, sauf si vous choisissez.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Jobs and their imports</source>
        <extracomment>The user asked to see an import&apos;s results (its import id). A job reached its end (journal ref): finished, failed or abandoned. The share of the newest job&apos;s data sent so far (0..1), for the Run step&apos;s upload bar. Resume was asked for a job of a portal the window is not connected to (the profile&apos;s name).</extracomment>
        <translation>Tâches et leurs imports</translation>
    </message>
    <message>
        <source>Each job with its imports and their live status. Select an import with the arrow keys, then press Open results to read its report.</source>
        <translation>Chaque tâche avec ses imports et leur statut en direct. Sélectionnez un import avec les touches fléchées, puis cliquez sur Ouvrir les résultats pour lire son rapport.</translation>
    </message>
    <message>
        <source>No job followed now. Jobs you run appear here with their live status; earlier ones are in the History step.</source>
        <translation>Aucune tâche suivie actuellement. Les tâches que vous exécutez apparaissent ici avec leur statut en direct&#x202f;; les précédentes se trouvent à l’étape Historique.</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Ouvrir les résultats</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Arrêter le suivi</translation>
    </message>
    <message>
        <source>Stops asking for this job&apos;s status; the job keeps running in Cornerstone. Resume it from its row, or the next time the app connects to this portal.</source>
        <translation>Cesse de demander le statut de cette tâche&#x202f;; la tâche continue de s’exécuter dans Cornerstone. Reprenez-la depuis sa ligne, ou à la prochaine connexion de l’application à ce portail.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Job {name} is {state}: it is left to it.</source>
        <translation>La tâche {name} est {state}&#xa0;: elle est laissée à ce processus.</translation>
    </message>
    <message>
        <source>Carrying on with job “{name}”, unfinished from an earlier session.</source>
        <translation>Reprise de la tâche «&#xa0;{name}&#xa0;», inachevée lors d’une session précédente.</translation>
    </message>
    <message numerus="yes">
        <source>Carrying on with %n jobs unfinished from an earlier session.</source>
        <translation>
            <numerusform>Reprise de %n tâche inachevée lors d’une session précédente.</numerusform>
            <numerusform>Reprise de %n tâches inachevées lors d’une session précédente.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is followed on the Run step; nothing is sent twice, and its report is fetched when it ends.</source>
        <translation>Elle est suivie à l’étape Exécution&#x202f;; rien n’est envoyé deux fois, et son rapport est récupéré à la fin.</translation>
    </message>
    <message>
        <source>Unfinished from an earlier session</source>
        <translation>Inachevée lors d’une session précédente</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Stopped: Resume carries on (nothing is sent twice)</source>
        <translation>Arrêté&#xa0;: Reprendre poursuit (rien n’est envoyé deux fois)</translation>
    </message>
    <message>
        <source>Running in Cornerstone</source>
        <translation>En cours dans Cornerstone</translation>
    </message>
    <message>
        <source>Finished; fetching reports</source>
        <translation>Terminée&#x202f;; récupération des rapports</translation>
    </message>
    <message>
        <source>Job {state}</source>
        <translation>Tâche {state}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>The report, matched to your file, is in the Results step.</source>
        <translation>Le rapport, rapproché de votre fichier, se trouve à l’étape Résultats.</translation>
    </message>
    <message>
        <source>Nothing failed, so no report download was needed.</source>
        <translation>Aucun échec&#xa0;: aucun téléchargement de rapport n’a été nécessaire.</translation>
    </message>
    <message>
        <source>Follow the job again: send what the portal has not received (never twice), wait for it, fetch its reports</source>
        <translation>Suivre à nouveau la tâche&#xa0;: envoyer ce que le portail n’a pas reçu (jamais deux fois), attendre sa fin, récupérer ses rapports</translation>
    </message>
    <message>
        <source>Connect to {portal} first: Resume opens the Connect step with it</source>
        <translation>Connectez-vous d’abord à {portal}&#xa0;: Reprendre ouvre l’étape Connexion avec ce portail</translation>
    </message>
    <message>
        <source>Forgotten: it stays on the portal</source>
        <translation>Oubliée&#xa0;: elle reste sur le portail</translation>
    </message>
    <message>
        <source>Job “{name}” forgotten.</source>
        <translation>Tâche «&#xa0;{name}&#xa0;» oubliée.</translation>
    </message>
    <message>
        <source>It stays on the portal; this app no longer follows it.</source>
        <translation>Elle reste sur le portail&#x202f;; cette application ne la suit plus.</translation>
    </message>
    <message>
        <source>Job / import</source>
        <extracomment>Position of the bars&apos; column (item widgets there; the tree&apos;s other columns are text). The bar&apos;s colour once an import is done: all loaded, some records failed, the import failed. The bar&apos;s colour once an import is done: all loaded, some records failed, the import failed (app.qss, [tone]). Events whose line a wait for the next status check replaces (&quot;Running in Cornerstone&quot;): creating the job, sending its data, a status that is not the last. Decided by the event, never by its words.</extracomment>
        <translation>Tâche / import</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enreg.</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargés</translation>
    </message>
    <message>
        <source>Warn.</source>
        <translation>Avert.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>en création</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Job   —   {phase}</source>
        <translation>Tâche   —   {phase}</translation>
    </message>
    <message>
        <source>next check in {seconds} s</source>
        <translation>prochaine vérification dans {seconds} s</translation>
    </message>
</context>
<context>
    <name>ValueMapDialog</name>
    <message>
        <source>Map the values of &apos;{column}&apos;</source>
        <translation>Associer les valeurs de «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; loads into &lt;b&gt;{field}&lt;/b&gt;, which accepts only the values listed by your portal. Choose what each value in your file becomes.</source>
        <translation>«&#xa0;{column}&#xa0;» se charge dans &lt;b&gt;{field}&lt;/b&gt;, qui n’accepte que les valeurs listées par votre portail. Choisissez ce que devient chaque valeur de votre fichier.</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>Dans votre fichier</translation>
    </message>
    <message>
        <source>Loads as</source>
        <translation>Chargée comme</translation>
    </message>
    <message>
        <source>(keep as written)</source>
        <translation>(conserver telle quelle)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong inside csod-desktop while working on &apos;{job}&apos; ({kind}).</source>
        <extracomment>Progress signals are coalesced to at most one per interval: a reader calling back for every chunk of a million-row file must not flood the GUI thread&apos;s event queue.</extracomment>
        <translation>Une erreur interne s’est produite dans csod-desktop pendant le traitement de «&#xa0;{job}&#xa0;» ({kind}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file from the logs folder to support.</source>
        <translation>Réessayez&#x202f;; si le problème se reproduit, envoyez au support le fichier journal du dossier des journaux.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside csod-desktop ({kind}).</source>
        <translation>Une erreur interne s’est produite dans csod-desktop ({kind}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file from the logs folder to support.</source>
        <translation>Réessayez&#x202f;; si le problème se reproduit, envoyez au support le fichier journal du dossier des journaux.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged</source>
        <extracomment>Per record found in the portal: ``row``, then each compared field&apos;s value in the file (its name) and in the portal (``_old_&lt;name&gt;``), for the per-record view.</extracomment>
        <translation>{new} nouveaux, {changed} modifiés, {unchanged} inchangés</translation>
    </message>
    <message>
        <source>(not compared: {names})</source>
        <translation>(non comparés&#xa0;: {names})</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>collaborateurs</translation>
    </message>
    <message>
        <source>organizational units</source>
        <translation>unités organisationnelles</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n record(s) to send:</source>
        <translation>
            <numerusform>Sur&#xa0;%n enregistrement à envoyer&#xa0;:</numerusform>
            <numerusform>Sur les&#xa0;%n enregistrements à envoyer&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new, {found} already in the portal. None of the file&apos;s fields is in the portal&apos;s list of employees, so what will change in the {found} is not known.</source>
        <translation>{new} nouveaux, {found} déjà dans le portail. Aucun champ du fichier ne figure dans la liste des collaborateurs du portail&#xa0;: on ne sait donc pas ce qui changera pour ces {found}.</translation>
    </message>
    <message>
        <source>{new} new, {found} already in the portal. None of the file&apos;s fields is in the portal&apos;s list of organizational units, so what will change in the {found} is not known.</source>
        <translation>{new} nouveaux, {found} déjà dans le portail. Aucun champ du fichier ne figure dans la liste des unités organisationnelles du portail&#xa0;: on ne sait donc pas ce qui changera pour ces {found}.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged.</source>
        <translation>{new} nouveaux, {changed} modifiés, {unchanged} inchangés.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged in the fields the portal lets us compare. Not compared: {names} (the portal&apos;s list of employees does not show them), so a record counted unchanged may still change there.</source>
        <translation>{new} nouveaux, {changed} modifiés, {unchanged} inchangés dans les champs que le portail permet de comparer. Non comparés&#xa0;: {names} (la liste des collaborateurs du portail ne les affiche pas)&#x202f;; un enregistrement compté comme inchangé peut donc tout de même changer dans ces champs.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged in the fields the portal lets us compare. Not compared: {names} (the portal&apos;s list of organizational units does not show them), so a record counted unchanged may still change there.</source>
        <translation>{new} nouveaux, {changed} modifiés, {unchanged} inchangés dans les champs que le portail permet de comparer. Non comparés&#xa0;: {names} (la liste des unités organisationnelles du portail ne les affiche pas)&#x202f;; un enregistrement compté comme inchangé peut donc tout de même changer dans ces champs.</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>Address resolves</source>
        <extracomment>The checks&apos; keys, in order. Their titles are :func:`check_titles` (in the window&apos;s language).</extracomment>
        <translation>Résolution de l’adresse</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Token granted</source>
        <translation>Jeton accordé</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Scopes accordés</translation>
    </message>
    <message>
        <source>Load types readable</source>
        <translation>Types de chargement lisibles</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Portal data (Employee and OU APIs)</source>
        <translation>API Employee et OU</translation>
    </message>
    <message>
        <source>Not checked: an earlier check failed.</source>
        <translation>Non contrôlé&#xa0;: un contrôle précédent a échoué.</translation>
    </message>
    <message>
        <source>Not checked: no token.</source>
        <translation>Non contrôlé&#xa0;: aucun jeton.</translation>
    </message>
    <message>
        <source>{host} is looked up by the proxy {proxy} ({source}).</source>
        <translation>{host} est résolu par le proxy {proxy} ({source}).</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} est résolu en {addresses}.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Plain http, allowed for the local sandbox on this computer only: {route}.</source>
        <translation>http simple, réservé au bac à sable local de cet ordinateur&#xa0;: {route}.</translation>
    </message>
    <message>
        <source>Plain http, allowed for an address on this computer only: {route}.</source>
        <translation>http simple, réservé à une adresse de cet ordinateur&#xa0;: {route}.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to {host}:{port} ({reason}): {route}.</source>
        <translation>Le proxy a refusé de se connecter à {host}:{port} ({reason})&#xa0;: {route}.</translation>
    </message>
    <message>
        <source>Check the proxy address, user name and password in the profile&apos;s Advanced section.</source>
        <translation>Vérifiez l’adresse, le nom d’utilisateur et le mot de passe du proxy dans la section Avancé du profil.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate could not be verified against {store} ({reason}).</source>
        <translation>Le certificat du portail n’a pas pu être vérifié avec {store} ({reason}).</translation>
    </message>
    <message>
        <source>{problem} ({route}).</source>
        <translation>{problem} ({route}).</translation>
    </message>
    <message>
        <source>No secure connection to {host}:{port} ({reason}): {route}.</source>
        <translation>Aucune connexion sécurisée avec {host}:{port} ({reason})&#xa0;: {route}.</translation>
    </message>
    <message>
        <source>Check the address and that a firewall or proxy lets this computer reach it.</source>
        <translation>Vérifiez l’adresse, et qu’aucun pare-feu ou proxy n’empêche cet ordinateur de l’atteindre.</translation>
    </message>
    <message>
        <source>Secure connection established ({version}), certificate verified: {route}.</source>
        <translation>Connexion sécurisée établie ({version}), certificat vérifié&#xa0;: {route}.</translation>
    </message>
    <message>
        <source>Secure connection established, certificate verified: {route}.</source>
        <translation>Connexion sécurisée établie, certificat vérifié&#xa0;: {route}.</translation>
    </message>
    <message>
        <source>The host name {host} could not be looked up: no name server answered.</source>
        <translation>Le nom d’hôte {host} n’a pas pu être résolu&#xa0;: aucun serveur de noms n’a répondu.</translation>
    </message>
    <message>
        <source>Check that this computer is online (and connected to the VPN if your company needs one).</source>
        <translation>Vérifiez que cet ordinateur est connecté à Internet (et au VPN si votre entreprise en exige un).</translation>
    </message>
    <message>
        <source>Check the portal name and environment, and that this computer is online.</source>
        <translation>Vérifiez le nom du portail et l’environnement, et que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <source>Check the Root URL, and that this computer is online.</source>
        <translation>Vérifiez l’URL racine, et que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found.</source>
        <translation>Le nom d’hôte {host} est introuvable.</translation>
    </message>
    <message>
        <source>Nothing is listening at {where}: the local sandbox is not running.</source>
        <translation>Rien n’écoute à l’adresse {where}&#xa0;: le bac à sable local n’est pas démarré.</translation>
    </message>
    <message>
        <source>Start it again with &apos;csod-desktop demo&apos; (or &apos;csod-desktop sandbox&apos;).</source>
        <translation>Redémarrez-le avec «&#xa0;csod-desktop demo&#xa0;» (ou «&#xa0;csod-desktop sandbox&#xa0;»).</translation>
    </message>
    <message>
        <source>Nothing is listening at {where}.</source>
        <translation>Rien n’écoute à l’adresse {where}.</translation>
    </message>
    <message>
        <source>Check the portal name and environment; a firewall or proxy may also be refusing the connection.</source>
        <translation>Vérifiez le nom du portail et l’environnement&#x202f;; un pare-feu ou un proxy peut aussi refuser la connexion.</translation>
    </message>
    <message>
        <source>Check the address and port in the Root URL, and that the portal (or the program serving it) is running.</source>
        <translation>Vérifiez l’adresse et le port de l’URL racine, et que le portail (ou le programme qui le sert) est démarré.</translation>
    </message>
    <message>
        <source>Check the address, and that a firewall or proxy lets this computer reach it.</source>
        <translation>Vérifiez l’adresse, et qu’aucun pare-feu ou proxy n’empêche cet ordinateur de l’atteindre.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>{where} answered, but not with a secure connection (TLS).</source>
        <translation>{where} a répondu, mais pas avec une connexion sécurisée (TLS).</translation>
    </message>
    <message>
        <source>Check that the address is the portal&apos;s (https), and that a proxy is not in the way.</source>
        <translation>Vérifiez que l’adresse est bien celle du portail (https), et qu’aucun proxy ne s’interpose.</translation>
    </message>
    <message>
        <source>No connection to {where} ({reason}).</source>
        <translation>Aucune connexion à {where} ({reason}).</translation>
    </message>
    <message>
        <source>The portal accepted the client id and secret.</source>
        <extracomment>getaddrinfo errors that mean &quot;no name server answered&quot; rather than &quot;no such name&quot;.</extracomment>
        <translation>Le portail a accepté l’ID client et le secret client.</translation>
    </message>
    <message>
        <source>Check the client id and secret in API Management.</source>
        <translation>Vérifiez l’ID client et le secret client dans API Management.</translation>
    </message>
    <message>
        <source>The portal does not list granted scopes; the next checks use them.</source>
        <translation>Le portail ne liste pas les scopes accordés&#x202f;; les contrôles suivants les utilisent.</translation>
    </message>
    <message>
        <source>The token lacks {count} scope(s): {scopes}.</source>
        <translation>Il manque {count} scope(s) au jeton&#xa0;: {scopes}.</translation>
    </message>
    <message>
        <source>Add them to the API application in Cornerstone&apos;s API Management, then test again.</source>
        <translation>Ajoutez-les à l’application API dans API Management de Cornerstone, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>All {count} scopes were granted.</source>
        <translation>Les {count} scopes ont tous été accordés.</translation>
    </message>
    <message>
        <source>The portal offers {count} load types ({custom} custom OU types).</source>
        <translation>Le portail propose {count} types de chargement ({custom} types d’UO personnalisés).</translation>
    </message>
    <message>
        <source>The portal&apos;s specification lists no load types.</source>
        <translation>La spécification du portail ne liste aucun type de chargement.</translation>
    </message>
    <message>
        <source>The API user holds {count} Bulk API permissions.</source>
        <translation>L’utilisateur API dispose de {count} autorisation(s) Bulk API.</translation>
    </message>
    <message>
        <source>The API user holds no Bulk API permission.</source>
        <translation>L’utilisateur API ne dispose d’aucune autorisation Bulk API.</translation>
    </message>
    <message>
        <source>Give the API user the &apos;Bulk API&apos; permissions in Cornerstone&apos;s security roles.</source>
        <translation>Attribuez à l’utilisateur API les autorisations «&#xa0;Bulk API&#xa0;» dans les rôles de sécurité de Cornerstone.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off for now: {error}</source>
        <translation>Les contrôles par rapport aux données de votre portail sont désactivés pour l’instant&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>culture</name>
    <message>
        <source>Use {culture} for dates</source>
        <translation>Utiliser {culture} pour les dates</translation>
    </message>
    <message>
        <source>Use {culture} for numbers</source>
        <translation>Utiliser {culture} pour les nombres</translation>
    </message>
    <message>
        <source>This value is not valid for {title}.</source>
        <translation>Cette valeur n’est pas valide pour {title}.</translation>
    </message>
    <message>
        <source>Date format {culture} reads {examples}.</source>
        <translation>Le format de date {culture} lit les dates avec {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): its year has two digits, and the portal reads only four-digit years.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date que {title} peut accepter dans le format de date {culture} ({order})&#xa0;: son année a deux chiffres, et le portail ne lit que les années à quatre chiffres.</translation>
    </message>
    <message>
        <source>Write the year of {title} with four digits.</source>
        <translation>Écrivez l’année de {title} avec quatre chiffres.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it mixes two separators ({first} and {second}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date que {title} peut accepter dans le format de date {culture} ({order})&#xa0;: elle mélange deux séparateurs ({first} et {second}).</translation>
    </message>
    <message>
        <source>Write {title} with one separator used twice.</source>
        <translation>Écrivez {title} avec un seul séparateur, utilisé deux fois.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the day first.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date que {title} peut accepter dans le format de date {culture} ({order})&#xa0;: elle a le jour en premier.</translation>
    </message>
    <message>
        <source>Correct this date, or, if the dates of the file have the day first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Corrigez cette date ou, si les dates du fichier ont le jour en premier, définissez {setting} sur {culture} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the month first.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date que {title} peut accepter dans le format de date {culture} ({order})&#xa0;: elle a le mois en premier.</translation>
    </message>
    <message>
        <source>Correct this date, or, if the dates of the file have the month first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Corrigez cette date ou, si les dates du fichier ont le mois en premier, définissez {setting} sur {culture} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the year last.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date que {title} peut accepter dans le format de date {culture} ({order})&#xa0;: elle a l’année en dernier.</translation>
    </message>
    <message>
        <source>Write this date with the year first, or set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}) ({first} if the day comes first, {second} if the month does).</source>
        <translation>Écrivez cette date avec l’année en premier, ou définissez {setting} sur {first} ou {second} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag} ou {second_flag}) ({first} si le jour vient en premier, {second} si c’est le mois).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date que {title} peut accepter dans le format de date {culture} ({order}).</translation>
    </message>
    <message>
        <source>Write {title} {examples} (Date format {culture}).</source>
        <translation>Écrivez {title} avec {examples} (format de date {culture}).</translation>
    </message>
    <message>
        <source>Number format {culture} reads {examples}.</source>
        <translation>Le format des nombres {culture} lit les nombres avec {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number in the {culture} number format.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre dans le format des nombres {culture}.</translation>
    </message>
    <message>
        <source>Correct this value.</source>
        <translation>Corrigez cette valeur.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number in the {culture} number format; {other} reads it as {reading}.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre dans le format des nombres {culture}&#x202f;; {other} le lit comme {reading}.</translation>
    </message>
    <message>
        <source>If the file writes numbers as {other} does ({examples}), set {setting} to {culture} on the Load type step (on the command line: {flag}); else correct this value.</source>
        <translation>Si le fichier écrit les nombres comme {other} ({examples}), définissez {setting} sur {culture} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag})&#x202f;; sinon, corrigez cette valeur.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; {title} takes whole numbers only.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre entier&#x202f;; {title} n’accepte que des nombres entiers.</translation>
    </message>
    <message>
        <source>Write {title} as a whole number.</source>
        <translation>Écrivez {title} sous forme de nombre entier.</translation>
    </message>
    <message>
        <source>Date format</source>
        <extracomment>What the window&apos;s Load type step calls the two settings (and the words of every hint here), read in the window&apos;s language of the moment: setting -&gt; :func:`setting_title`. File-level rules: the values contradict the setting (errors), or never prove it (a warning to confirm). The setting each confirmation is asked about (the answer is that setting&apos;s current value).</extracomment>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Format des nombres</translation>
    </message>
    <message>
        <source>Set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Définissez {setting} sur {culture} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag}).</translation>
    </message>
    <message>
        <source>Set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}).</source>
        <translation>Définissez {setting} sur {first} ou {second} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag} ou {second_flag}).</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valeur de {title}, {example}, a le jour en premier, mais le format de date est {culture} ({order}), qui ne lit que les dates avec l’année en premier&#xa0;: ces enregistrements ne peuvent pas être chargés.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont le jour en premier, mais le format de date est {culture} ({order}), qui ne lit que les dates avec l’année en premier&#xa0;: ces enregistrements ne peuvent pas être chargés.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valeur de {title}, {example}, a le mois en premier, mais le format de date est {culture} ({order}), qui ne lit que les dates avec l’année en premier&#xa0;: ces enregistrements ne peuvent pas être chargés.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont le mois en premier, mais le format de date est {culture} ({order}), qui ne lit que les dates avec l’année en premier&#xa0;: ces enregistrements ne peuvent pas être chargés.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valeur de {title}, {example}, a le jour en premier, mais le format de date est {culture} ({order})&#xa0;: {example} est illisible, et {value} serait chargé comme le {loaded} au lieu du {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont le jour en premier, mais le format de date est {culture} ({order})&#xa0;: {example} est illisible, et {value} serait chargé comme le {loaded} au lieu du {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valeur de {title}, {example}, a le mois en premier, mais le format de date est {culture} ({order})&#xa0;: {example} est illisible, et {value} serait chargé comme le {loaded} au lieu du {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont le mois en premier, mais le format de date est {culture} ({order})&#xa0;: {example} est illisible, et {value} serait chargé comme le {loaded} au lieu du {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}): it cannot be read.</source>
        <translation>1 valeur de {title}, {example}, a le jour en premier, mais le format de date est {culture} ({order})&#xa0;: elle est illisible.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}): they cannot be read.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont le jour en premier, mais le format de date est {culture} ({order})&#xa0;: elles sont illisibles.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}): it cannot be read.</source>
        <translation>1 valeur de {title}, {example}, a le mois en premier, mais le format de date est {culture} ({order})&#xa0;: elle est illisible.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}): they cannot be read.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont le mois en premier, mais le format de date est {culture} ({order})&#xa0;: elles sont illisibles.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but {other} has the month first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>1 valeur de {title}, {example}, a le jour en premier, mais {other} a le mois en premier (comme {other_example}), et un même format de date lit toutes les dates du fichier&#xa0;: aucun paramètre ne lit les deux.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but {other} has the month first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont le jour en premier, mais {other} a le mois en premier (comme {other_example}), et un même format de date lit toutes les dates du fichier&#xa0;: aucun paramètre ne lit les deux.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but {other} has the day first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>1 valeur de {title}, {example}, a le mois en premier, mais {other} a le jour en premier (comme {other_example}), et un même format de date lit toutes les dates du fichier&#xa0;: aucun paramètre ne lit les deux.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but {other} has the day first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont le mois en premier, mais {other} a le jour en premier (comme {other_example}), et un même format de date lit toutes les dates du fichier&#xa0;: aucun paramètre ne lit les deux.</translation>
    </message>
    <message>
        <source>Write the dates of {title} and {other} in one order (bulk-api-data-format.txt: all the date fields follow the same format), then choose the Date format that reads it.</source>
        <translation>Écrivez les dates de {title} et de {other} dans un même ordre (bulk-api-data-format.txt&#xa0;: tous les champs de date suivent le même format), puis choisissez le format de date qui le lit.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the day first (such as {by_example}), and one Date format reads every date of the file: under {culture}, en-GB reads only dates with the year first: those records cannot be loaded.</source>
        <translation>Aucune date de {title} n’indique à elle seule si le jour ou le mois vient en premier, mais {by} a le jour en premier (comme {by_example}), et un même format de date lit toutes les dates du fichier&#xa0;: avec {culture}, en-GB ne lit que les dates avec l’année en premier&#xa0;: ces enregistrements ne peuvent pas être chargés.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the month first (such as {by_example}), and one Date format reads every date of the file: under {culture}, en-GB reads only dates with the year first: those records cannot be loaded.</source>
        <translation>Aucune date de {title} n’indique à elle seule si le jour ou le mois vient en premier, mais {by} a le mois en premier (comme {by_example}), et un même format de date lit toutes les dates du fichier&#xa0;: avec {culture}, en-GB ne lit que les dates avec l’année en premier&#xa0;: ces enregistrements ne peuvent pas être chargés.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the day first (such as {by_example}), and one Date format reads every date of the file: under {culture}, {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>Aucune date de {title} n’indique à elle seule si le jour ou le mois vient en premier, mais {by} a le jour en premier (comme {by_example}), et un même format de date lit toutes les dates du fichier&#xa0;: avec {culture}, {value} serait chargé comme le {loaded} au lieu du {meant}.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the month first (such as {by_example}), and one Date format reads every date of the file: under {culture}, {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>Aucune date de {title} n’indique à elle seule si le jour ou le mois vient en premier, mais {by} a le mois en premier (comme {by_example}), et un même format de date lit toutes les dates du fichier&#xa0;: avec {culture}, {value} serait chargé comme le {loaded} au lieu du {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the year last, but the Date format is en-GB (year first), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valeur de {title}, {example}, a l’année en dernier, mais le format de date est en-GB (année en premier), qui ne lit que les dates avec l’année en premier&#xa0;: ces enregistrements ne peuvent pas être chargés.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the year last, but the Date format is en-GB (year first), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valeurs de {title}, comme {example}, ont l’année en dernier, mais le format de date est en-GB (année en premier), qui ne lit que les dates avec l’année en premier&#xa0;: ces enregistrements ne peuvent pas être chargés.</translation>
    </message>
    <message>
        <source>Set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}): {first} if the day comes first ({example} = {day_first}), {second} if the month does ({example} = {month_first}).</source>
        <translation>Définissez {setting} sur {first} ou {second} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag} ou {second_flag})&#xa0;: {first} si le jour vient en premier ({example} = {day_first}), {second} si c’est le mois ({example} = {month_first}).</translation>
    </message>
    <message>
        <source>{value} will be loaded as {date}</source>
        <translation>{value} sera chargé comme le {date}</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them month first: {value} will be loaded as {date}.</source>
        <translation>Aucune date de {title} n’indique si le jour ou le mois vient en premier (aucun jour ne dépasse 12), donc le format de date {culture} les lit avec le mois en premier&#xa0;: {value} sera chargé comme le {date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them day first: {value} will be loaded as {date}.</source>
        <translation>Aucune date de {title} n’indique si le jour ou le mois vient en premier (aucun jour ne dépasse 12), donc le format de date {culture} les lit avec le jour en premier&#xa0;: {value} sera chargé comme le {date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them month first: {value} will be loaded as {date}, and {second} as {second_date}.</source>
        <translation>Aucune date de {title} n’indique si le jour ou le mois vient en premier (aucun jour ne dépasse 12), donc le format de date {culture} les lit avec le mois en premier&#xa0;: {value} sera chargé comme le {date}, et {second} comme le {second_date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them day first: {value} will be loaded as {date}, and {second} as {second_date}.</source>
        <translation>Aucune date de {title} n’indique si le jour ou le mois vient en premier (aucun jour ne dépasse 12), donc le format de date {culture} les lit avec le jour en premier&#xa0;: {value} sera chargé comme le {date}, et {second} comme le {second_date}.</translation>
    </message>
    <message>
        <source>Confirm that the dates have the month first, or, if the day comes first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Confirmez que les dates ont le mois en premier ou, si le jour vient en premier, définissez {setting} sur {culture} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag}).</translation>
    </message>
    <message>
        <source>Confirm that the dates have the day first, or, if the month comes first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Confirmez que les dates ont le jour en premier ou, si le mois vient en premier, définissez {setting} sur {culture} à l’étape Type de chargement (en ligne de commande&#xa0;: {flag}).</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but the Number format is {culture} ({examples}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valeur de {title}, {example}, comporte {marks}, mais le format des nombres est {culture} ({examples})&#xa0;: {example} est illisible, et {value} serait chargé comme {loaded} au lieu de {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but the Number format is {culture} ({examples}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valeurs de {title}, comme {example}, comportent {marks}, mais le format des nombres est {culture} ({examples})&#xa0;: {example} est illisible, et {value} serait chargé comme {loaded} au lieu de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but the Number format is {culture} ({examples}): it cannot be read.</source>
        <translation>1 valeur de {title}, {example}, comporte {marks}, mais le format des nombres est {culture} ({examples})&#xa0;: elle est illisible.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but the Number format is {culture} ({examples}): they cannot be read.</source>
        <translation>{count} valeurs de {title}, comme {example}, comportent {marks}, mais le format des nombres est {culture} ({examples})&#xa0;: elles sont illisibles.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but {other} has numbers such as {other_example}, and one Number format reads every number of the file: no setting reads both.</source>
        <translation>1 valeur de {title}, {example}, comporte {marks}, mais {other} contient des nombres comme {other_example}, et un même format des nombres lit tous les nombres du fichier&#xa0;: aucun paramètre ne lit les deux.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but {other} has numbers such as {other_example}, and one Number format reads every number of the file: no setting reads both.</source>
        <translation>{count} valeurs de {title}, comme {example}, comportent {marks}, mais {other} contient des nombres comme {other_example}, et un même format des nombres lit tous les nombres du fichier&#xa0;: aucun paramètre ne lit les deux.</translation>
    </message>
    <message>
        <source>Write the numbers of {title} and {other} in one way (bulk-api-data-format.txt, number_culture), then choose the Number format that reads it.</source>
        <translation>Écrivez les nombres de {title} et de {other} de la même manière (bulk-api-data-format.txt, number_culture), puis choisissez le format des nombres qui les lit.</translation>
    </message>
    <message>
        <source>month first</source>
        <extracomment>What a date column&apos;s values prove, all together (``DateProfile.order``). The culture that reads each proven order (bulk-api-data-format.txt, datetime_culture).</extracomment>
        <translation>mois en premier</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>jour en premier</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>année en premier</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>culture -&gt; :func:`order_label` (&quot;en-US&quot; -&gt; &quot;month first&quot;), for the window&apos;s sentences.</extracomment>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>for decimals in {culture}</source>
        <extracomment>The cultures that read each kind of date (``rules.parse_date``). The marks each number culture writes (bulk-api-data-format.txt, number_culture): (decimal, grouping).</extracomment>
        <translation>pour les décimales en {culture}</translation>
    </message>
    <message>
        <source>between thousands in {culture}</source>
        <translation>entre les milliers en {culture}</translation>
    </message>
    <message>
        <source>spaces between thousands</source>
        <translation>des espaces entre les milliers</translation>
    </message>
    <message>
        <source>a dot for decimals</source>
        <translation>un point pour les décimales</translation>
    </message>
    <message>
        <source>dots between thousands</source>
        <translation>des points entre les milliers</translation>
    </message>
    <message>
        <source>a dot ({roles})</source>
        <translation>un point ({roles})</translation>
    </message>
    <message>
        <source>a comma for decimals</source>
        <translation>une virgule pour les décimales</translation>
    </message>
    <message>
        <source>commas between thousands</source>
        <translation>des virgules entre les milliers</translation>
    </message>
    <message>
        <source>a comma ({roles})</source>
        <translation>une virgule ({roles})</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>aucun séparateur</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>month first, e.g. 7/1/2017, 07-01-2017 or 7.1.2017 for 1 July 2017</source>
        <extracomment>The cultures bulk-api-data-format.txt lists for datetime_culture and number_culture.</extracomment>
        <translation>le mois en premier, p. ex. 7/1/2017, 07-01-2017 ou 7.1.2017 pour le 1er juillet 2017</translation>
    </message>
    <message>
        <source>day first, e.g. 1/7/2017, 01-07-2017 or 1.7.2017 for 1 July 2017</source>
        <translation>le jour en premier, p. ex. 1/7/2017, 01-07-2017 ou 1.7.2017 pour le 1er juillet 2017</translation>
    </message>
    <message>
        <source>year first with 4 digits, e.g. 2017/7/1, 2017-07-01 or 2017.7.1 for 1 July 2017</source>
        <translation>l’année en premier sur 4 chiffres, p. ex. 2017/7/1, 2017-07-01 ou 2017.7.1 pour le 1er juillet 2017</translation>
    </message>
    <message>
        <source>a dot for decimals, e.g. 1,234.56 or 1234.56</source>
        <extracomment>The form the app writes a date in for each culture (Excel date cells, core.mapping): the zero-padded forms :func:`date_examples` lists, which parse_date reads back in that culture.</extracomment>
        <translation>un point pour les décimales, p. ex. 1,234.56 ou 1234.56</translation>
    </message>
    <message>
        <source>a comma for decimals and spaces between thousands, e.g. 1 234,56 or 1234,56</source>
        <translation>une virgule pour les décimales et des espaces entre les milliers, p. ex. 1 234,56 ou 1234,56</translation>
    </message>
    <message>
        <source>a comma for decimals and dots between thousands, e.g. 1.234,56 or 1234,56</source>
        <translation>une virgule pour les décimales et des points entre les milliers, p. ex. 1.234,56 ou 1234,56</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The portal&apos;s sign-in answer could not be understood (no access token in it).</source>
        <extracomment>Sign-ins one request may cause: a token that expires during a long back-off is renewed again, never forever.</extracomment>
        <translation>La réponse d’authentification du portail est incompréhensible (elle ne contient aucun jeton d’accès).</translation>
    </message>
    <message>
        <source>Check that the portal address points to a Cornerstone portal.</source>
        <translation>Vérifiez que l’adresse du portail désigne bien un portail Cornerstone.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>l’authentification</translation>
    </message>
    <message>
        <source>reading the API specification</source>
        <extracomment>bulk-api-quick-start.txt Step 7 names the variants /report/errors and /report/warnings (the throttling pages say /errors and /warnings: bulk-api-facts.md &quot;[doc, conflicting]&quot;). The ``httpx.Client`` every call goes through (the connection test reaches the portal with it).</extracomment>
        <translation>la lecture de la spécification de l’API</translation>
    </message>
    <message>
        <source>reading permissions</source>
        <translation>la lecture des autorisations</translation>
    </message>
    <message>
        <source>A custom OU schema needs the custom OU&apos;s type id.</source>
        <translation>Un schéma d’UO personnalisée nécessite le type id de l’UO personnalisée.</translation>
    </message>
    <message>
        <source>Pick the custom OU type from the list the portal offers.</source>
        <translation>Choisissez le type d’UO personnalisée dans la liste proposée par le portail.</translation>
    </message>
    <message>
        <source>reading the {load_type} schema</source>
        <translation>la lecture du schéma {load_type}</translation>
    </message>
    <message>
        <source>A job needs at least one import.</source>
        <translation>Une tâche nécessite au moins un import.</translation>
    </message>
    <message>
        <source>A job can hold at most {most} imports; this one has {count}.</source>
        <translation>Une tâche peut contenir au plus {most} imports&#x202f;; celle-ci en a {count}.</translation>
    </message>
    <message>
        <source>Split the files into several jobs.</source>
        <translation>Répartissez les fichiers dans plusieurs tâches.</translation>
    </message>
    <message>
        <source>Use an HTTPS address, or leave the callback empty and let the app check the status.</source>
        <translation>Utilisez une adresse HTTPS, ou laissez l’URL de rappel vide et laissez l’application vérifier le statut.</translation>
    </message>
    <message>
        <source>A custom OU import needs the custom OU&apos;s type id.</source>
        <translation>Un import d’UO personnalisée nécessite le type id de l’UO personnalisée.</translation>
    </message>
    <message>
        <source>creating the job</source>
        <translation>la création de la tâche</translation>
    </message>
    <message>
        <source>The portal&apos;s answer to the new job could not be understood (job or import ids missing).</source>
        <translation>La réponse du portail à la nouvelle tâche est incompréhensible (ID de tâche ou d’import manquants).</translation>
    </message>
    <message>
        <source>checking the job status</source>
        <translation>la vérification du statut de la tâche</translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation>la récupération de la liste des tâches</translation>
    </message>
    <message>
        <source>Unknown report variant {variant!r}: use full, errors or warnings.</source>
        <translation>Variante de rapport inconnue {variant!r}&#xa0;: utilisez full, errors ou warnings.</translation>
    </message>
    <message>
        <source>downloading the report</source>
        <translation>le téléchargement du rapport</translation>
    </message>
    <message>
        <source>sending the data</source>
        <translation>l’envoi des données</translation>
    </message>
    <message>
        <source>The data was sent but the portal&apos;s answer was lost, and its job status could not be read to confirm it arrived. Nothing was sent twice.</source>
        <translation>Les données ont été envoyées, mais la réponse du portail a été perdue, et le statut de sa tâche n’a pas pu être lu pour confirmer leur arrivée. Rien n’a été envoyé deux fois.</translation>
    </message>
    <message>
        <source>Check the job&apos;s status later (the app resumes it); send the file again only if the import shows no records.</source>
        <translation>Vérifiez le statut de la tâche plus tard (l’application la reprend)&#x202f;; ne renvoyez le fichier que si l’import n’affiche aucun enregistrement.</translation>
    </message>
    <message>
        <source>The data was sent but the portal&apos;s answer was lost, and the job status does not list this import. Nothing was sent twice.</source>
        <translation>Les données ont été envoyées, mais la réponse du portail a été perdue, et le statut de la tâche ne liste pas cet import. Rien n’a été envoyé deux fois.</translation>
    </message>
    <message>
        <source>Check the job in Cornerstone&apos;s Bulk API History page.</source>
        <translation>Vérifiez la tâche dans la page Bulk API History de Cornerstone.</translation>
    </message>
    <message>
        <source>{error}; the portal may or may not have created the job.</source>
        <translation>{error}&#x202f;; le portail a peut-être créé la tâche, ou peut-être pas.</translation>
    </message>
    <message>
        <source>No data was sent. Running the load again is safe; an empty job left behind uses no capacity.</source>
        <translation>Aucune donnée n’a été envoyée. Relancer le chargement est sans risque&#x202f;; une tâche vide laissée sur le portail n’occupe aucune capacité.</translation>
    </message>
    <message>
        <source>Not a portal API path: {path!r}.</source>
        <translation>Ce n’est pas un chemin de l’API du portail&#xa0;: {path!r}.</translation>
    </message>
    <message>
        <source>reading from the portal</source>
        <translation>la lecture depuis le portail</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be understood (it was not JSON).</source>
        <translation>La réponse du portail est incompréhensible (ce n’était pas du JSON).</translation>
    </message>
    <message>
        <source>Check the client id and secret in Cornerstone (Admin &gt; Tools &gt; Edge &gt; API Management) and in this connection profile.</source>
        <translation>Vérifiez l’ID client et le secret client dans Cornerstone (Admin &gt; Outils &gt; Edge &gt; API Management) et dans ce profil de connexion.</translation>
    </message>
    <message>
        <source>In API Management, check that the application has the Bulk API scopes, and that its service account has the &apos;Access Edge Bulk API&apos; permission and the permission for this load type.</source>
        <translation>Dans API Management, vérifiez que l’application dispose des scopes Bulk API, et que son compte de service a l’autorisation «&#xa0;Access Edge Bulk API&#xa0;» ainsi que l’autorisation pour ce type de chargement.</translation>
    </message>
    <message>
        <source>The portal said: {message}.</source>
        <translation>Le portail a répondu&#xa0;: {message}.</translation>
    </message>
    <message>
        <source>The portal rejected the client id or secret (HTTP {status} when signing in).</source>
        <translation>Le portail a refusé l’ID client ou le secret client (HTTP {status} lors de l’authentification).</translation>
    </message>
    <message>
        <source>signing in to the portal</source>
        <translation>la connexion au portail</translation>
    </message>
    <message>
        <source>The portal refused the request while {what} (HTTP 400).{said}</source>
        <translation>Le portail a refusé la requête pendant {what} (HTTP 400).{said}</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP 400).{said}</source>
        <translation>Le portail a refusé la requête (HTTP 400).{said}</translation>
    </message>
    <message>
        <source>Check the load settings (and that a callback URL starts with https://).</source>
        <translation>Vérifiez les paramètres du chargement (et qu’une URL de rappel commence par https://).</translation>
    </message>
    <message>
        <source>The portal refused access while {what} even with a fresh sign-in (HTTP {status}): a scope or permission is missing.{said}</source>
        <translation>Le portail a refusé l’accès pendant {what}, même après une nouvelle authentification (HTTP {status})&#xa0;: il manque un scope ou une autorisation.{said}</translation>
    </message>
    <message>
        <source>The portal refused access even with a fresh sign-in (HTTP {status}): a scope or permission is missing.{said}</source>
        <translation>Le portail a refusé l’accès, même après une nouvelle authentification (HTTP {status})&#xa0;: il manque un scope ou une autorisation.{said}</translation>
    </message>
    <message>
        <source>The portal does not know what was asked for while {what} (HTTP 404).{said}</source>
        <translation>Le portail ne connaît pas ce qui a été demandé pendant {what} (HTTP 404).{said}</translation>
    </message>
    <message>
        <source>The portal does not know what was asked for (HTTP 404).{said}</source>
        <translation>Le portail ne connaît pas ce qui a été demandé (HTTP 404).{said}</translation>
    </message>
    <message>
        <source>Check the portal address; the job or import may belong to another portal or environment.</source>
        <translation>Vérifiez l’adresse du portail&#x202f;; la tâche ou l’import appartient peut-être à un autre portail ou environnement.</translation>
    </message>
    <message>
        <source>This report is no longer available: Cornerstone keeps results for 30 days.{said}</source>
        <translation>Ce rapport n’est plus disponible&#xa0;: Cornerstone conserve les résultats 30 jours.{said}</translation>
    </message>
    <message>
        <source>The portal refused the report download (HTTP 410): a report can be downloaded only five times and none are left.{said}</source>
        <translation>Le portail a refusé le téléchargement du rapport (HTTP 410)&#xa0;: un rapport ne peut être téléchargé que cinq fois et il n’en reste aucun.{said}</translation>
    </message>
    <message>
        <source>Use the copy saved by this app, if there is one.</source>
        <translation>Utilisez la copie enregistrée par cette application, s’il en existe une.</translation>
    </message>
    <message>
        <source>The portal is at capacity while {what} (HTTP 429): too many jobs are queued or too many imports of this type are running.{said}</source>
        <translation>Le portail est saturé pendant {what} (HTTP 429)&#xa0;: trop de tâches sont en file d’attente ou trop d’imports de ce type sont en cours.{said}</translation>
    </message>
    <message>
        <source>The portal is at capacity (HTTP 429): too many jobs are queued or too many imports of this type are running.{said}</source>
        <translation>Le portail est saturé (HTTP 429)&#xa0;: trop de tâches sont en file d’attente ou trop d’imports de ce type sont en cours.{said}</translation>
    </message>
    <message>
        <source>Wait for running loads (including ones started in Cornerstone&apos;s own screens) to finish, then try again.</source>
        <translation>Attendez la fin des chargements en cours (y compris ceux lancés depuis les écrans de Cornerstone), puis réessayez.</translation>
    </message>
    <message>
        <source>The portal kept answering &apos;too many requests&apos; while {what} (HTTP 429) after several waits.</source>
        <translation>Le portail a continué de répondre «&#xa0;trop de requêtes&#xa0;» pendant {what} (HTTP 429) après plusieurs attentes.</translation>
    </message>
    <message>
        <source>The portal kept answering &apos;too many requests&apos; (HTTP 429) after several waits.</source>
        <translation>Le portail a continué de répondre «&#xa0;trop de requêtes&#xa0;» (HTTP 429) après plusieurs attentes.</translation>
    </message>
    <message>
        <source>Another program may be using the same API application; try again in a few minutes.</source>
        <translation>Un autre programme utilise peut-être la même application API&#x202f;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The portal had a problem on its side while {what} (HTTP {status}) and kept failing after several tries.{said}</source>
        <translation>Le portail a rencontré un problème de son côté pendant {what} (HTTP {status}) et a continué d’échouer après plusieurs tentatives.{said}</translation>
    </message>
    <message>
        <source>The portal had a problem on its side (HTTP {status}) and kept failing after several tries.{said}</source>
        <translation>Le portail a rencontré un problème de son côté (HTTP {status}) et a continué d’échouer après plusieurs tentatives.{said}</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error while {what} (HTTP {status}).{said}</source>
        <translation>Le portail a répondu par une erreur inattendue pendant {what} (HTTP {status}).{said}</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error (HTTP {status}).{said}</source>
        <translation>Le portail a répondu par une erreur inattendue (HTTP {status}).{said}</translation>
    </message>
    <message>
        <source>The portal{where} did not answer the connection in time while {what}.</source>
        <translation>Le portail{where} n’a pas répondu à temps à la connexion pendant {what}.</translation>
    </message>
    <message>
        <source>The portal{where} did not answer the connection in time.</source>
        <translation>Le portail{where} n’a pas répondu à temps à la connexion.</translation>
    </message>
    <message>
        <source>Check the network connection and the portal address.</source>
        <translation>Vérifiez la connexion réseau et l’adresse du portail.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to the portal{where} while {what}.</source>
        <translation>Le proxy a refusé de se connecter au portail{where} pendant {what}.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to the portal{where}.</source>
        <translation>Le proxy a refusé de se connecter au portail{where}.</translation>
    </message>
    <message>
        <source>Check the proxy address, user name and password in the profile&apos;s Advanced section, or ask IT which proxy to use.</source>
        <translation>Vérifiez l’adresse, le nom d’utilisateur et le mot de passe du proxy dans la section Avancé du profil, ou demandez à votre service informatique quel proxy utiliser.</translation>
    </message>
    <message>
        <source>The secure connection to the portal{where} could not be verified while {what}.</source>
        <translation>La connexion sécurisée au portail{where} n’a pas pu être vérifiée pendant {what}.</translation>
    </message>
    <message>
        <source>The secure connection to the portal{where} could not be verified.</source>
        <translation>La connexion sécurisée au portail{where} n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The portal{where} could not be reached while {what}.</source>
        <translation>Le portail{where} n’a pas pu être joint pendant {what}.</translation>
    </message>
    <message>
        <source>The portal{where} could not be reached.</source>
        <translation>Le portail{where} n’a pas pu être joint.</translation>
    </message>
    <message>
        <source>Check the network connection and the portal address (and the proxy settings, if any).</source>
        <translation>Vérifiez la connexion réseau et l’adresse du portail (ainsi que les paramètres du proxy, le cas échéant).</translation>
    </message>
    <message>
        <source>The portal{where} did not answer in time while {what}.</source>
        <translation>Le portail{where} n’a pas répondu à temps pendant {what}.</translation>
    </message>
    <message>
        <source>The portal{where} did not answer in time.</source>
        <translation>Le portail{where} n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The portal address is not usable while {what}: {reason}.</source>
        <translation>L’adresse du portail est inutilisable pendant {what}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The portal address is not usable: {reason}.</source>
        <translation>L’adresse du portail est inutilisable&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Check the portal address.</source>
        <translation>Vérifiez l’adresse du portail.</translation>
    </message>
    <message>
        <source>The connection to the portal{where} was interrupted while {what}.</source>
        <translation>La connexion au portail{where} a été interrompue pendant {what}.</translation>
    </message>
    <message>
        <source>The connection to the portal{where} was interrupted.</source>
        <translation>La connexion au portail{where} a été interrompue.</translation>
    </message>
    <message>
        <source>A company proxy may be inspecting TLS: it shows its own certificate instead of the portal&apos;s. Ask IT to install the company&apos;s root certificate in this computer&apos;s certificate store (the one the web browser uses), or to exempt *.csod.com from TLS inspection.</source>
        <translation>Un proxy d’entreprise inspecte peut-être le trafic TLS&#xa0;: il présente son propre certificat au lieu de celui du portail. Demandez à votre service informatique d’installer le certificat racine de l’entreprise dans le magasin de certificats de cet ordinateur (celui qu’utilise le navigateur web), ou d’exempter *.csod.com de l’inspection TLS.</translation>
    </message>
    <message>
        <source>Plain http is only used for this computer, not {host}.</source>
        <translation>Le http simple n’est utilisé que pour cet ordinateur, pas pour {host}.</translation>
    </message>
    <message>
        <source>Stopped reading the portal&apos;s data at your request.</source>
        <translation>Lecture des données du portail arrêtée à votre demande.</translation>
    </message>
    <message>
        <source>The payload file {path} cannot be read ({reason}).</source>
        <translation>Le fichier de données à envoyer {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>Prepare the payload again.</source>
        <translation>Préparez à nouveau les données à envoyer.</translation>
    </message>
    <message>
        <source>The payload is {size:.1f} MB: Cornerstone requires payloads over 20 MB to be gzip-compressed.</source>
        <translation>Les données à envoyer font {size:.1f} Mo&#xa0;: Cornerstone exige que les fichiers de plus de 20 Mo soient compressés en gzip.</translation>
    </message>
    <message>
        <source>Prepare the payload again; the app compresses large payloads itself.</source>
        <translation>Préparez à nouveau les données à envoyer&#x202f;; l’application compresse elle-même les fichiers volumineux.</translation>
    </message>
    <message>
        <source>The environment {environment!r} is not known.</source>
        <translation>L’environnement {environment!r} est inconnu.</translation>
    </message>
    <message>
        <source>Choose production, stage or pilot, or give the portal&apos;s root URL instead.</source>
        <translation>Choisissez production, stage ou pilot, ou indiquez plutôt l’URL racine du portail.</translation>
    </message>
    <message>
        <source>The portal name {portal!r} is not valid.</source>
        <translation>Le nom de portail {portal!r} n’est pas valide.</translation>
    </message>
    <message>
        <source>Use the first part of your portal address: &apos;acme&apos; for https://acme.csod.com.</source>
        <translation>Utilisez la première partie de l’adresse de votre portail&#xa0;: «&#xa0;acme&#xa0;» pour https://acme.csod.com.</translation>
    </message>
    <message>
        <source>No portal root URL was given.</source>
        <translation>Aucune URL racine de portail n’a été indiquée.</translation>
    </message>
    <message>
        <source>Example: https://acme.csod.com</source>
        <translation>Exemple&#xa0;: https://acme.csod.com</translation>
    </message>
    <message>
        <source>The portal address {url!r} is not a web address.</source>
        <translation>L’adresse de portail {url!r} n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The portal address {url!r} uses http://, which would send the client secret unencrypted.</source>
        <translation>L’adresse de portail {url!r} utilise http://, ce qui enverrait le secret client sans chiffrement.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for the local sandbox on this computer).</source>
        <translation>Utilisez https:// (le http simple n’est autorisé que pour le bac à sable local sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name or password.</source>
        <translation>L’adresse du portail ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Give the client id and secret in their own fields.</source>
        <translation>Indiquez l’ID client et le secret client dans leurs propres champs.</translation>
    </message>
    <message>
        <source>No portal was given.</source>
        <translation>Aucun portail n’a été indiqué.</translation>
    </message>
    <message>
        <source>Give the portal name (and environment) or its root URL.</source>
        <translation>Indiquez le nom du portail (et l’environnement) ou son URL racine.</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <extracomment>A short next step, shown under the message where there is room (&quot;Check the secret in ...&quot;).</extracomment>
        <translation>Arrêté à votre demande.</translation>
    </message>
    <message>
        <source>Could not create a payload folder in {payloads_root}.</source>
        <translation>Impossible de créer un dossier de données à envoyer dans {payloads_root}.</translation>
    </message>
    <message>
        <source>Could not write {name} in the cache ({reason}): {parent}.</source>
        <translation>Impossible d’écrire {name} dans le cache ({reason})&#xa0;: {parent}.</translation>
    </message>
    <message>
        <source>Could not copy {name} into the cache ({reason}).</source>
        <translation>Impossible de copier {name} dans le cache ({reason}).</translation>
    </message>
    <message>
        <source>Job {label} is {driver}; it is left to that process, so nothing is sent twice.</source>
        <extracomment>How often a held claim&apos;s heartbeat is renewed, and how old a heartbeat may get before a driver that cannot be checked otherwise counts as gone.</extracomment>
        <translation>La tâche {label} est {driver}&#x202f;; elle est laissée à ce processus, afin que rien ne soit envoyé deux fois.</translation>
    </message>
    <message>
        <source>Wait for that run to finish. If it has stopped responding, close it; this job can then be resumed here.</source>
        <translation>Attendez la fin de cette exécution. Si elle ne répond plus, fermez-la&#x202f;; cette tâche pourra alors être reprise ici.</translation>
    </message>
    <message>
        <source>It is now {driver}.</source>
        <translation>Elle est maintenant {driver}.</translation>
    </message>
    <message>
        <source>This run no longer drives job {label}; its data was not sent from here.{taker}</source>
        <translation>Cette exécution ne pilote plus la tâche {label}&#x202f;; ses données n’ont pas été envoyées d’ici.{taker}</translation>
    </message>
    <message>
        <source>Another csod-desktop took the job over (this one had stopped responding): it finishes the job.</source>
        <translation>Un autre csod-desktop a repris la tâche (celui-ci ne répondait plus)&#xa0;: c’est lui qui la termine.</translation>
    </message>
    <message>
        <source>The job journal could not be opened ({error}): {path}.</source>
        <translation>Le journal des tâches n’a pas pu être ouvert ({error})&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Another copy of csod-desktop may be holding it, or the file is damaged.</source>
        <translation>Une autre copie de csod-desktop le bloque peut-être, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The job journal was written by a newer csod-desktop (schema {version}, this one reads up to {supported}).</source>
        <translation>Le journal des tâches a été écrit par une version plus récente de csod-desktop (schéma {version}, celle-ci lit jusqu’à {supported}).</translation>
    </message>
    <message>
        <source>Update csod-desktop, or point CSOD_DESKTOP_HOME at another folder.</source>
        <translation>Mettez à jour csod-desktop, ou faites pointer CSOD_DESKTOP_HOME vers un autre dossier.</translation>
    </message>
    <message>
        <source>The job journal could not be prepared ({error}): {path}.</source>
        <translation>Le journal des tâches n’a pas pu être préparé ({error})&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>The file may be damaged: move it aside and start again (history would be lost).</source>
        <translation>Le fichier est peut-être endommagé&#xa0;: mettez-le de côté et recommencez (l’historique serait perdu).</translation>
    </message>
    <message>
        <source>The job journal is closed.</source>
        <translation>Le journal des tâches est fermé.</translation>
    </message>
    <message>
        <source>The job journal is busy or read-only ({error}).</source>
        <translation>Le journal des tâches est occupé ou en lecture seule ({error}).</translation>
    </message>
    <message>
        <source>Close other copies of csod-desktop and try again.</source>
        <translation>Fermez les autres copies de csod-desktop et réessayez.</translation>
    </message>
    <message>
        <source>The job journal could not be read or written ({error}): {path}.</source>
        <translation>Le journal des tâches n’a pas pu être lu ou écrit ({error})&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that no other program locks the file; nothing was lost.</source>
        <translation>Vérifiez que le disque n’est pas plein et qu’aucun autre programme ne verrouille le fichier&#x202f;; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>The portal returned {count} import ids for a job of {imports} imports.</source>
        <translation>Le portail a renvoyé {count} ID d’import pour une tâche de {imports} imports.</translation>
    </message>
    <message>
        <source>The journal has no import #{import_ref}.</source>
        <translation>Le journal ne contient pas d’import n° {import_ref}.</translation>
    </message>
    <message>
        <source>The journal has no job #{job_ref}.</source>
        <translation>Le journal ne contient pas de tâche n° {job_ref}.</translation>
    </message>
    <message>
        <source>The report download cap must be a whole number from 1 to {limit} (Cornerstone allows {limit} downloads per import); got {cap!r}.</source>
        <translation>Le plafond de téléchargements de rapport doit être un nombre entier de 1 à {limit} (Cornerstone autorise {limit} téléchargements par import)&#x202f;; reçu&#xa0;: {cap!r}.</translation>
    </message>
    <message>
        <source>The report of import {import_id} was not downloaded: {used} of {limit} downloads used; the cap is {cap}.</source>
        <translation>Le rapport de l’import {import_id} n’a pas été téléchargé&#xa0;: {used} téléchargements utilisés sur {limit}&#x202f;; le plafond est de {cap}.</translation>
    </message>
    <message>
        <source>Cornerstone allows five downloads per import. Use the saved copy, or raise the cap in the settings (at most 5) if you really need another download.</source>
        <translation>Cornerstone autorise cinq téléchargements par import. Utilisez la copie enregistrée, ou relevez le plafond dans les paramètres (5 au maximum) si vous avez vraiment besoin d’un autre téléchargement.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <extracomment>Portal environments (bulk-api-facts.md, &quot;Hosts and paths&quot;). The name of the profile a command builds from ``--base-url`` or ``--portal`` (never saved). The sandbox&apos;s public demo credentials (team/INTERFACES.md, &quot;Shared constants&quot;); printed by ``csod-desktop sandbox``, so they are not a secret and need no keyring. An explicit proxy for this portal (``http://proxy.acme.local:8080``); None: this computer&apos;s settings. The proxy&apos;s user name, when it asks for one; the password lives in the keyring (``store.secrets``).</extracomment>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>Profile {name!r} has no portal address.</source>
        <translation>Le profil {name!r} n’a pas d’adresse de portail.</translation>
    </message>
    <message>
        <source>Profile {name!r} has no client id.</source>
        <translation>Le profil {name!r} n’a pas d’ID client.</translation>
    </message>
    <message>
        <source>Copy it from API Management.</source>
        <translation>Copiez-le depuis API Management.</translation>
    </message>
    <message>
        <source>Unknown portal environment {environment!r}: use production, stage or pilot.</source>
        <translation>Environnement de portail inconnu {environment!r}&#xa0;: utilisez production, stage ou pilot.</translation>
    </message>
    <message>
        <source>A saved profile is missing its {field!r} field.</source>
        <translation>Il manque le champ {field!r} à un profil enregistré.</translation>
    </message>
    <message>
        <source>The proxy {url!r} is not a proxy address.</source>
        <translation>Le proxy {url!r} n’est pas une adresse de proxy.</translation>
    </message>
    <message>
        <source>Example: http://proxy.acme.local:8080 (ask IT for it; leave it empty to use this computer&apos;s settings).</source>
        <translation>Exemple&#xa0;: http://proxy.acme.local:8080 (demandez-la à votre service informatique&#x202f;; laissez vide pour utiliser les paramètres de cet ordinateur).</translation>
    </message>
    <message>
        <source>The proxy address must not contain a user name or password.</source>
        <translation>L’adresse du proxy ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name in its own field; the password is kept in the keyring.</source>
        <translation>Indiquez le nom d’utilisateur du proxy dans son propre champ&#x202f;; le mot de passe est conservé dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>The saved profiles could not be read ({reason}): {path}.</source>
        <translation>Les profils enregistrés n’ont pas pu être lus ({reason})&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>The saved profiles file is damaged (line {lineno}): {path}.</source>
        <translation>Le fichier des profils enregistrés est endommagé (ligne {lineno})&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Fix or delete the file, then add the profiles again.</source>
        <translation>Corrigez ou supprimez le fichier, puis ajoutez à nouveau les profils.</translation>
    </message>
    <message>
        <source>The saved profiles file has an unexpected shape: {path}.</source>
        <translation>Le fichier des profils enregistrés a une structure inattendue&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>There is no saved profile called {name!r} (saved profiles: {known}).</source>
        <translation>Aucun profil enregistré ne s’appelle {name!r} (profils enregistrés&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>Create it in the app&apos;s Connect step, or check the spelling.</source>
        <translation>Créez-le à l’étape Connexion de l’application, ou vérifiez l’orthographe.</translation>
    </message>
    <message>
        <source>A profile called {name!r} already exists.</source>
        <translation>Un profil nommé {name!r} existe déjà.</translation>
    </message>
    <message>
        <source>Could not save {name} ({reason}): {parent}.</source>
        <translation>Impossible d’enregistrer {name} ({reason})&#xa0;: {parent}.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>Le secret client est vide.</translation>
    </message>
    <message>
        <source>Copy it again from API Management.</source>
        <translation>Copiez-le à nouveau depuis API Management.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keyring could not be read (it may be locked).</source>
        <extracomment>Where it came from: &quot;keyring&quot;, &quot;environment&quot;, &quot;entered&quot;, &quot;file&quot; or &quot;sandbox&quot;.</extracomment>
        <translation>Le trousseau de clés du système n’a pas pu être lu (il est peut-être verrouillé).</translation>
    </message>
    <message>
        <source>Unlock it, or enter the secret for this session.</source>
        <translation>Déverrouillez-le, ou saisissez le secret pour cette session.</translation>
    </message>
    <message>
        <source>The client secret could not be saved in the operating system&apos;s keyring.</source>
        <translation>Le secret client n’a pas pu être enregistré dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>A proxy password needs the proxy&apos;s user name.</source>
        <translation>Un mot de passe de proxy nécessite le nom d’utilisateur du proxy.</translation>
    </message>
    <message>
        <source>Fill in the proxy user field.</source>
        <translation>Renseignez le champ Utilisateur du proxy.</translation>
    </message>
    <message>
        <source>Without a keyring the proxy password cannot be kept.</source>
        <translation>Sans trousseau de clés, le mot de passe du proxy ne peut pas être conservé.</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the operating system&apos;s keyring.</source>
        <translation>Le mot de passe du proxy n’a pas pu être enregistré dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>No client secret is saved for the profile {name!r}.</source>
        <translation>Aucun secret client n’est enregistré pour le profil {name!r}.</translation>
    </message>
    <message>
        <source>Enter it (tick &apos;remember&apos; to keep it in the keyring) or set CSOD_CLIENT_SECRET.</source>
        <translation>Saisissez-le (cochez «&#xa0;Mémoriser&#xa0;» pour le conserver dans le trousseau de clés) ou définissez CSOD_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be opened ({error}): {path}.</source>
        <translation>La limite de requêtes partagée n’a pas pu être ouverte ({error})&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Check that the app&apos;s data folder is writable; another copy of csod-desktop may hold it.</source>
        <translation>Vérifiez que le dossier de données de l’application est accessible en écriture&#x202f;; une autre copie de csod-desktop le bloque peut-être.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be read ({error}): {path}.</source>
        <translation>La limite de requêtes partagée n’a pas pu être lue ({error})&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, close other copies of csod-desktop.</source>
        <translation>Réessayez&#x202f;; si l’échec persiste, fermez les autres copies de csod-desktop.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be written ({error}): {path}.</source>
        <translation>La limite de requêtes partagée n’a pas pu être écrite ({error})&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Check the free space of the disk that holds the app&apos;s data folder.</source>
        <translation>Vérifiez l’espace libre du disque qui contient le dossier de données de l’application.</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message numerus="yes">
        <source>Creating the job (%n import(s))</source>
        <translation>
            <numerusform>Création de la tâche (%n import)</numerusform>
            <numerusform>Création de la tâche (%n imports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {job_id} created</source>
        <translation>Tâche {job_id} créée</translation>
    </message>
    <message>
        <source>Sending the data of import {position} of {count}</source>
        <translation>Envoi des données de l’import {position} sur {count}</translation>
    </message>
    <message>
        <source>Data of import {position} of {count} received by the portal (confirmed by the job status; not sent twice)</source>
        <translation>Données de l’import {position} sur {count} reçues par le portail (confirmé par le statut de la tâche&#x202f;; pas d’envoi en double)</translation>
    </message>
    <message>
        <source>Data of import {position} of {count} received by the portal</source>
        <translation>Données de l’import {position} sur {count} reçues par le portail</translation>
    </message>
    <message>
        <source>Next status check at {time}</source>
        <translation>Prochaine vérification du statut à {time}</translation>
    </message>
    <message>
        <source>{status} {loaded}/{total} loaded, {failed} failed</source>
        <translation>{status} {loaded}/{total} chargés, {failed} en échec</translation>
    </message>
    <message>
        <source>{status} {loaded}/{total} loaded</source>
        <translation>{status} {loaded}/{total} chargés</translation>
    </message>
    <message>
        <source>Job {job_id}: {statuses}</source>
        <translation>Tâche {job_id}&#xa0;: {statuses}</translation>
    </message>
    <message>
        <source>Status check failed ({problem}); trying again later</source>
        <translation>Échec de la vérification du statut ({problem})&#x202f;; nouvelle tentative plus tard</translation>
    </message>
    <message>
        <source>Report of import {import_id} from the saved copy ({usage})</source>
        <translation>Rapport de l’import {import_id} depuis la copie enregistrée ({usage})</translation>
    </message>
    <message>
        <source>Report of import {import_id} downloaded ({usage})</source>
        <translation>Rapport de l’import {import_id} téléchargé ({usage})</translation>
    </message>
    <message>
        <source>Import {import_id}: {reason}</source>
        <translation>Import {import_id}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The report of import {import_id} is not ready yet on the portal; asking again at {time}</source>
        <translation>Le rapport de l’import {import_id} n’est pas encore prêt sur le portail&#x202f;; nouvelle demande à {time}</translation>
    </message>
    <message>
        <source>Job {job_id}: skipped, {driver}</source>
        <translation>Tâche {job_id}&#xa0;: ignorée, {driver}</translation>
    </message>
    <message>
        <source>Job {job_id}: finished</source>
        <translation>Tâche {job_id}&#xa0;: terminée</translation>
    </message>
    <message>
        <source>Job {job_id}: failed</source>
        <translation>Tâche {job_id}&#xa0;: en échec</translation>
    </message>
    <message>
        <source>Job {job_id}: abandoned</source>
        <translation>Tâche {job_id}&#xa0;: abandonnée</translation>
    </message>
    <message>
        <source>Job {job_id}: {state}</source>
        <translation>Tâche {job_id}&#xa0;: {state}</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>The callback address must start with https:// (Cornerstone refuses plain http).</source>
        <extracomment>A portal environment queues at most 50 jobs (bulk-api-facts.md, &quot;Capacity and data limits&quot;). At most 5 imports of one load type run at once, 15 for custom OUs (same section). One payload: at most 300 columns and 1,000,000 records; records past 1,000,000 are dropped silently by the portal, so the client splits instead (bulk-api-facts.md, &quot;Capacity and data limits&quot;). Payloads over 20 MB must be gzip-compressed and sent with Content-Encoding: gzip (same section; employee-ou-api-facts.md §4 &quot;Data-limit wording&quot;: before or after compression is [unknown]). Reports and payloads are kept 30 days from the import&apos;s creation (bulk-api-facts.md, same section). A report can be downloaded 5 times; the 6th call answers 410 (same section). Tokens last ``expires_in`` seconds, 3600 by default (bulk-api-facts.md, &quot;Hosts and paths&quot;). Bucket names. SHARED is the one five-per-minute bucket of schemas, specification, job creation and job status; REPORTS the report and its errors and warnings variants together (bulk-api-facts.md, &quot;Endpoints, scopes and throttles&quot;). Two more rows of the Employee/OU throttling table (employee-ou-api-facts.md, §1 &quot;Throttles&quot; and §2 &quot;Endpoints&quot;): EMPLOYEE is the three 150-per-minute rows (``GET /employees/*``, ``POST /employees``, ``PATCH /employees/*``) counted together (whether they share a budget is [unknown]; one budget can only be slower, never refused), OU_SPECIFICATIONS is ``GET /organizations/v1/specifications``. The list endpoints the client reads (EMPLOYEES, OUS, OU_TYPES) are below, with their paths. The read endpoints of the portal&apos;s own data (employee-ou-api-facts.md §1 &quot;Paths and methods&quot;, §2 &quot;Endpoints&quot;): the employee list, the OU list and the OU types. Throttle buckets of those endpoints: &quot;GET - Bulk&quot; employees 75/min, 4,500/h, 108,000/day (§1 &quot;Throttles&quot;); ``/ous`` and ``/types`` 300/min, 18,000/h, 432,000/day each (§2 &quot;Endpoints&quot;). Limits are counted per URI (§3, the Security Module TIP, *inference* for this API), so ``/ous`` and ``/types`` are two buckets. Every Employee API v2 GET needs the scope ``employee:read`` (§1 &quot;Scopes and permissions&quot;). The OU API&apos;s scope is unpublished (§2 &quot;Scopes and permissions&quot; [unknown]). Our choice, written in the sandbox README (&quot;Choices where the reference is silent&quot;): the same ``employee:read``, since &quot;one scope can open more than one API endpoint&quot; (§1) and the OU API is part of the same Employee/OU API product. Default page sizes: 50 records on Employee endpoints, 100 on OU endpoints (§1 &quot;Paging&quot;). A ``nextPageToken`` lives 5 minutes from the response that carried it (§1 &quot;Paging&quot;). OUR policy, not Cornerstone&apos;s: a ReconcileUsers load that would deactivate more than this share of the portal&apos;s active employees needs an explicit override (the window&apos;s tick box, the CLI&apos;s ``--max-deactivations``). Cornerstone itself deactivates whatever is missing, without a limit. The portal&apos;s throttle counters, sent with its answers (employee-ou-api-facts.md §3, from Cornerstone&apos;s getting-started throttling page): the limit per hour of the call&apos;s URI, and what is left of it in the current hour. &quot;Throttling limits are also tracked at the minute level, as the hourly limit / 60.&quot; The window the two headers count in, in seconds.</extracomment>
        <translation>L’adresse de rappel doit commencer par https:// (Cornerstone refuse le http simple).</translation>
    </message>
    <message>
        <source>The callback address is not a complete web address (https://host/path).</source>
        <translation>L’adresse de rappel n’est pas une adresse web complète (https://hôte/chemin).</translation>
    </message>
</context>
<context>
    <name>governor</name>
    <message>
        <source>waiting {seconds} s for the portal&apos;s rate limit</source>
        <extracomment>Waits shorter than this are not announced (a status line that flickers helps nobody). The documented buckets of ``csod_desktop.facts`` as sliding windows. /permissions has no published limit: the governor keeps it modest and apart, so it never eats into the shared bucket status polling needs.</extracomment>
        <translation>attente de {seconds} s pour la limite de requêtes du portail</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>purgé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non nécessaire</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
    </message>
    <message>
        <source>This installation of csod-desktop cannot write DuckDB files: its duckdb library is missing.</source>
        <extracomment>The job fields of a history row: the DuckDB ``jobs`` table has these, one row per job. The DuckDB ``imports`` table: one row per import, joined to ``jobs`` on ``job_ref`` (``job_id`` kept too, as the Bulk API&apos;s imports carry their job&apos;s id).</extracomment>
        <translation>Cette installation de csod-desktop ne peut pas écrire de fichiers DuckDB&#xa0;: sa bibliothèque duckdb est absente.</translation>
    </message>
    <message>
        <source>Export the history as CSV instead, or reinstall csod-desktop to get the DuckDB export back.</source>
        <translation>Exportez plutôt l’historique en CSV, ou réinstallez csod-desktop pour retrouver l’export DuckDB.</translation>
    </message>
    <message>
        <source>already being run by this csod-desktop (pid {pid})</source>
        <translation>déjà en cours d’exécution par ce csod-desktop (pid {pid})</translation>
    </message>
    <message>
        <source>being run by another csod-desktop (pid {pid})</source>
        <translation>en cours d’exécution par un autre csod-desktop (pid {pid})</translation>
    </message>
    <message>
        <source>being run by another csod-desktop (pid {pid} on {host})</source>
        <translation>en cours d’exécution par un autre csod-desktop (pid {pid} sur {host})</translation>
    </message>
</context>
<context>
    <name>loads</name>
    <message>
        <source>The payload file {payload} is missing.</source>
        <translation>Le fichier de données à envoyer {payload} est introuvable.</translation>
    </message>
    <message>
        <source>Prepare the load again.</source>
        <translation>Préparez à nouveau le chargement.</translation>
    </message>
    <message>
        <source>The data of import {import_id} is no longer on this computer, so it cannot be sent.</source>
        <translation>Les données de l’import {import_id} ne sont plus sur cet ordinateur&#xa0;: elles ne peuvent donc pas être envoyées.</translation>
    </message>
    <message>
        <source>Load the file again as a new job.</source>
        <translation>Chargez à nouveau le fichier dans une nouvelle tâche.</translation>
    </message>
    <message>
        <source>This run no longer drives job #{job_ref}: another csod-desktop took it over.</source>
        <translation>Cette exécution ne pilote plus la tâche n° {job_ref}&#xa0;: un autre csod-desktop l’a reprise.</translation>
    </message>
    <message>
        <source>That process finishes the job; nothing was sent twice.</source>
        <translation>Ce processus termine la tâche&#x202f;; rien n’a été envoyé deux fois.</translation>
    </message>
    <message>
        <source>The job stays in the journal: reopen the app or run &apos;csod-desktop resume&apos; to finish it.</source>
        <translation>La tâche reste dans le journal&#xa0;: rouvrez l’application ou exécutez «&#xa0;csod-desktop resume&#xa0;» pour la terminer.</translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <source>The file has no column named {columns}.</source>
        <translation>Le fichier ne contient aucune colonne nommée {columns}.</translation>
    </message>
    <message>
        <source>Map those properties to columns of this file, or unmap them.</source>
        <translation>Associez ces propriétés à des colonnes de ce fichier, ou retirez leur association.</translation>
    </message>
    <message>
        <source>This is not a csod-desktop mapping template (no &quot;columns&quot;).</source>
        <translation>Ce n’est pas un modèle de correspondance csod-desktop (pas de «&#xa0;columns&#xa0;»).</translation>
    </message>
    <message>
        <source>The mapping template is damaged ({problem}).</source>
        <translation>Le modèle de correspondance est endommagé ({problem}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; now loads into {field} (it loaded into {before}).</source>
        <translation>«&#xa0;{column}&#xa0;» se charge désormais dans {field} (elle se chargeait dans {before}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; now loads into {field}.</source>
        <translation>«&#xa0;{column}&#xa0;» se charge désormais dans {field}.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; no longer loads into {field}: a field takes one column, and &apos;{taker}&apos; has it now.</source>
        <translation>«&#xa0;{column}&#xa0;» ne se charge plus dans {field}&#xa0;: un champ ne prend qu’une colonne, et «&#xa0;{taker}&#xa0;» l’occupe désormais.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is no longer loaded (it loaded into {field}).</source>
        <translation>«&#xa0;{column}&#xa0;» n’est plus chargée (elle se chargeait dans {field}).</translation>
    </message>
    <message>
        <source>The values of {field} now translate {count} value(s) of your file.</source>
        <translation>Les valeurs de {field} convertissent désormais {count} valeur(s) de votre fichier.</translation>
    </message>
    <message>
        <source>The values of {field} are no longer translated.</source>
        <translation>Les valeurs de {field} ne sont plus converties.</translation>
    </message>
    <message>
        <source>{field} is &apos;{value}&apos; on every record where the file gives no value.</source>
        <translation>{field} vaut «&#xa0;{value}&#xa0;» pour chaque enregistrement où le fichier ne donne aucune valeur.</translation>
    </message>
    <message>
        <source>The constant &apos;{before}&apos; of {field} is removed.</source>
        <translation>La constante «&#xa0;{before}&#xa0;» de {field} est supprimée.</translation>
    </message>
    <message>
        <source>The constant of {field} is &apos;{value}&apos; now: it replaces &apos;{before}&apos;.</source>
        <translation>La constante de {field} est désormais «&#xa0;{value}&#xa0;»&#xa0;: elle remplace «&#xa0;{before}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>the operating system&apos;s certificate store and the certificates in {file}</source>
        <translation>le magasin de certificats du système d’exploitation et les certificats de {file}</translation>
    </message>
    <message>
        <source>the operating system&apos;s certificate store</source>
        <translation>le magasin de certificats du système d’exploitation</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle (the operating system&apos;s store could not be used) and the certificates in {file}</source>
        <translation>le bundle de certificats de certifi (le magasin du système d’exploitation n’a pas pu être utilisé) et les certificats de {file}</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle (the operating system&apos;s store could not be used)</source>
        <translation>le bundle de certificats de certifi (le magasin du système d’exploitation n’a pas pu être utilisé)</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle and the certificates in {file}</source>
        <translation>le bundle de certificats de certifi et les certificats de {file}</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle</source>
        <translation>le bundle de certificats de certifi</translation>
    </message>
    <message>
        <source>this computer: a loopback address never goes through a proxy</source>
        <extracomment>Who decided a route (:attr:`Route.reason`).</extracomment>
        <translation>cet ordinateur&#xa0;: une adresse de bouclage ne passe jamais par un proxy</translation>
    </message>
    <message>
        <source>from this profile</source>
        <translation>défini dans ce profil</translation>
    </message>
    <message>
        <source>no proxy set</source>
        <translation>aucun proxy défini</translation>
    </message>
    <message>
        <source>no proxy set on this computer</source>
        <translation>aucun proxy défini sur cet ordinateur</translation>
    </message>
    <message>
        <source>this address is in the computer&apos;s no-proxy list</source>
        <translation>cette adresse figure dans la liste des exclusions de proxy de l’ordinateur</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>défini par {variable}</translation>
    </message>
    <message>
        <source>from this computer&apos;s proxy settings</source>
        <translation>défini dans les paramètres proxy de cet ordinateur</translation>
    </message>
    <message>
        <source>direct connection (this computer: a loopback address never goes through a proxy)</source>
        <translation>connexion directe (cet ordinateur&#xa0;: une adresse de bouclage ne passe jamais par un proxy)</translation>
    </message>
    <message>
        <source>direct connection (no proxy set)</source>
        <translation>connexion directe (aucun proxy défini)</translation>
    </message>
    <message>
        <source>direct connection (this address is in the computer&apos;s no-proxy list)</source>
        <translation>connexion directe (cette adresse figure dans la liste des exclusions de proxy de l’ordinateur)</translation>
    </message>
    <message>
        <source>direct connection (no proxy set on this computer)</source>
        <translation>connexion directe (aucun proxy défini sur cet ordinateur)</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from this profile)</source>
        <translation>via le proxy {proxy} (défini dans ce profil)</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from {variable})</source>
        <translation>via le proxy {proxy} (défini par {variable})</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from this computer&apos;s proxy settings)</source>
        <translation>via le proxy {proxy} (défini dans les paramètres proxy de cet ordinateur)</translation>
    </message>
    <message>
        <source>{route}; certificates checked against {store}</source>
        <translation>{route}&#x202f;; certificats vérifiés avec {store}</translation>
    </message>
</context>
<context>
    <name>payload</name>
    <message>
        <source>The file has {records} records to send but one import accepts at most {limit}; the portal would drop the rest without saying so.</source>
        <extracomment>ISA-L level 1: several times faster than zlib level 6 for a few percent of size (payload text). Records per write: small enough that no full copy of the frame is ever made, big enough for polars&apos; parallel writer.</extracomment>
        <translation>Le fichier compte {records} enregistrements à envoyer, mais un import en accepte au plus {limit}&#x202f;; le portail ignorerait le reste sans avertissement.</translation>
    </message>
    <message>
        <source>Split the load into several imports of the same job, or send fewer records.</source>
        <translation>Répartissez le chargement dans plusieurs imports de la même tâche, ou envoyez moins d’enregistrements.</translation>
    </message>
    <message>
        <source>No column is mapped, so there is nothing to send.</source>
        <translation>Aucune colonne n’est associée&#xa0;: il n’y a donc rien à envoyer.</translation>
    </message>
    <message>
        <source>Map at least the required properties.</source>
        <translation>Associez au moins les propriétés obligatoires.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Map the file&apos;s columns first.</source>
        <translation>Associez d’abord les colonnes du fichier.</translation>
    </message>
    <message>
        <source>Go to the Map step.</source>
        <translation>Passez à l’étape Association.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>invalid and excluded</source>
        <translation>non valide et exclu</translation>
    </message>
    <message>
        <source>in another import (one holds {count} records)</source>
        <translation>dans un autre import (un import contient au plus {count} enregistrements)</translation>
    </message>
    <message>
        <source>ReconcileUsers is on, so the portal deactivates every employee missing from the payload, and {count} record(s) of this file would be missing from it: {records}. Nothing was sent.</source>
        <translation>ReconcileUsers est activé&#xa0;: le portail désactive donc tout collaborateur absent des données envoyées, et {count} enregistrement(s) de ce fichier en seraient absents&#xa0;: {records}. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Fix those records so that every record is sent (an excluded or invalid record is a deactivated person), or turn ReconcileUsers off.</source>
        <translation>Corrigez ces enregistrements pour que tous soient envoyés (un enregistrement exclu ou invalide correspond à une personne désactivée), ou désactivez ReconcileUsers.</translation>
    </message>
    <message>
        <source>The file cannot be sent as it is: {message}</source>
        <translation>Le fichier ne peut pas être envoyé en l’état&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Mapping changed.</source>
        <extracomment>Share of a check&apos;s progress taken by mapping; validation takes the rest. Questions answered on Review, as (setting, value): (&quot;datetime_culture&quot;, &quot;en-US&quot;) says the dates no value proves the order of are month first. Part of what is checked; a new file or another value of the setting forgets it. What the administrator changed, to undo and redo (``services.plan_history``). Fix and reload: the portal&apos;s reason for each record of the file (1-based), shown by Review.</extracomment>
        <translation>Correspondances modifiées.</translation>
    </message>
    <message>
        <source>Choose the file to load first.</source>
        <translation>Choisissez d’abord le fichier à charger.</translation>
    </message>
    <message>
        <source>Go to the File step.</source>
        <translation>Passez à l’étape Fichier.</translation>
    </message>
    <message>
        <source>The portal&apos;s schema for this load type is not read yet.</source>
        <translation>Le schéma du portail pour ce type de chargement n’est pas encore lu.</translation>
    </message>
    <message>
        <source>Go to the Load type step.</source>
        <translation>Passez à l’étape Type de chargement.</translation>
    </message>
    <message>
        <source>The file was changed since it was checked.</source>
        <translation>Le fichier a été modifié depuis son contrôle.</translation>
    </message>
    <message>
        <source>Check it again on the Review step.</source>
        <translation>Contrôlez-le à nouveau à l’étape Vérification.</translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n cell(s)</source>
        <extracomment>A cell without an edit (its value is the file&apos;s), or a setting not given, in before/after states.</extracomment>
        <translation>
            <numerusform>Modification de&#xa0;%n cellule</numerusform>
            <numerusform>Modification de&#xa0;%n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclusion of record {record}</source>
        <translation>Exclusion de l’enregistrement {record}</translation>
    </message>
    <message>
        <source>Inclusion of record {record}</source>
        <translation>Réintégration de l’enregistrement {record}</translation>
    </message>
    <message numerus="yes">
        <source>Exclusion of %n records</source>
        <translation>
            <numerusform>Exclusion de&#xa0;%n enregistrement</numerusform>
            <numerusform>Exclusion de&#xa0;%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inclusion of %n records</source>
        <translation>
            <numerusform>Réintégration de&#xa0;%n enregistrement</numerusform>
            <numerusform>Réintégration de&#xa0;%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>record {row} ({identity}): {reason}</source>
        <extracomment>The questions the administrator answered, as (setting, value): &quot;these dates are month first&quot;.</extracomment>
        <translation>enregistrement {row} ({identity})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>record {row}: {reason}</source>
        <translation>enregistrement {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <source>Cornerstone refused this record last time: {reason}</source>
        <extracomment>The rule of a warning that carries the portal&apos;s reason for refusing a record (fix and reload).</extracomment>
        <translation>Cornerstone a refusé cet enregistrement la dernière fois&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Fix what it names, then check again; the portal checks the record again when it is sent.</source>
        <translation>Corrigez ce qui est indiqué, puis contrôlez à nouveau&#x202f;; le portail contrôle de nouveau l’enregistrement lors de son envoi.</translation>
    </message>
</context>
<context>
    <name>portal data</name>
    <message>
        <source>In Cornerstone&apos;s API Management, add the Employee API v2 scope employee:read to this API application, and give its user &apos;Employee API - View&apos;; the Employee/OU API is enabled through Edge Marketplace.</source>
        <extracomment>Page sizes tried in turn: the maximum ``pageSize`` is unpublished (§1 &quot;Paging&quot; [unknown]); a 400 on the first page means &quot;too many&quot;, and None finally leaves the portal&apos;s default (50 / 100). Where the page token may go back (§1 &quot;Paging&quot;: &quot;How the token is sent back for page 2&quot; [unknown]). How every &quot;off&quot; sentence below begins in English (the window&apos;s tests look for it; the sentences are translated whole, each with these words in its own language).</extracomment>
        <translation>Dans API Management de Cornerstone, ajoutez le scope employee:read de l’API Employee v2 à cette application API, et attribuez à son utilisateur l’autorisation «&#xa0;Employee API - View&#xa0;»&#x202f;; l’API Employee/OU s’active via Edge Marketplace.</translation>
    </message>
    <message>
        <source>reading the portal&apos;s employees</source>
        <extracomment>The Bulk API client&apos;s layers (retry of reads, the shared throttle budget, one log line per call): these reads take their slots in their own buckets (``api.governor.bucket_for``).</extracomment>
        <translation>la lecture des collaborateurs du portail</translation>
    </message>
    <message>
        <source>reading the portal&apos;s OU types</source>
        <translation>la lecture des types d’UO du portail</translation>
    </message>
    <message>
        <source>reading the portal&apos;s OUs</source>
        <translation>la lecture des UO du portail</translation>
    </message>
    <message>
        <source>The portal&apos;s pages could not be followed while {what}: every way of sending the page token back was ignored.</source>
        <translation>Les pages du portail n’ont pas pu être parcourues pendant {what}&#xa0;: toutes les manières de renvoyer le jeton de page ont été ignorées.</translation>
    </message>
    <message>
        <source>Report this to csod-desktop&apos;s maintainers with the portal&apos;s API version.</source>
        <translation>Signalez-le aux mainteneurs de csod-desktop en indiquant la version de l’API du portail.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the portal refused a token with the scope {scopes} (HTTP {status}), so the API application does not have it.</source>
        <translation>Les contrôles par rapport aux données de votre portail sont désactivés&#xa0;: le portail a refusé un jeton avec le scope {scopes} (HTTP {status}), l’application API ne l’a donc pas.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer while {what} was not JSON.</source>
        <translation>La réponse du portail pendant {what} n’était pas du JSON.</translation>
    </message>
    <message>
        <source>reading one employee</source>
        <translation>la lecture d’un collaborateur</translation>
    </message>
    <message>
        <source>The Employee API and the OU API answer ({count} OU types); Review checks your files against the portal&apos;s employees and OUs.</source>
        <translation>L’API Employee et l’API OU répondent ({count} types d’UO)&#x202f;; la vérification contrôle vos fichiers par rapport aux collaborateurs et aux UO du portail.</translation>
    </message>
    <message>
        <source>The Employee API and the OU API answer ({count} OU types); Review checks your files against the portal&apos;s employees and OUs (no employee visible yet).</source>
        <translation>L’API Employee et l’API OU répondent ({count} types d’UO)&#x202f;; la vérification contrôle vos fichiers par rapport aux collaborateurs et aux UO du portail (aucun collaborateur visible pour l’instant).</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the Employee/OU API is not enabled on this portal (HTTP 404 while {what}).</source>
        <translation>Les contrôles par rapport aux données de votre portail sont désactivés&#xa0;: l’API Employee/OU n’est pas activée sur ce portail (HTTP 404 pendant {what}).</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the API application may not read the portal&apos;s employees or OUs (HTTP {status} while {what}); it needs the employee:read scope and the &apos;Employee API - View&apos; permission.</source>
        <translation>Les contrôles par rapport aux données de votre portail sont désactivés&#xa0;: l’application API n’a peut-être pas le droit de lire les collaborateurs ou les UO du portail (HTTP {status} pendant {what})&#x202f;; il lui faut le scope employee:read et l’autorisation «&#xa0;Employee API - View&#xa0;».</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: reading the portal&apos;s employees and OUs failed ({error}).</source>
        <extracomment>OUR policy: a snapshot younger than this is reused without asking the portal (the administrator sees its age and can refresh it; a load refreshes it afterwards). How far back ``GET /jobs`` is asked for a job&apos;s ``owner_ref`` (the application&apos;s service account).</extracomment>
        <translation>Les contrôles par rapport aux données de votre portail sont désactivés&#xa0;: la lecture des collaborateurs et des UO du portail a échoué ({error}).</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees: {done} of {total}</source>
        <translation>Lecture des collaborateurs du portail&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees: {done}</source>
        <translation>Lecture des collaborateurs du portail&#xa0;: {done}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s organizational units: {done} of {total}</source>
        <translation>Lecture des unités organisationnelles du portail&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s organizational units: {done}</source>
        <translation>Lecture des unités organisationnelles du portail&#xa0;: {done}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s OU types: {done} of {total}</source>
        <translation>Lecture des types d’UO du portail&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s OU types: {done}</source>
        <translation>Lecture des types d’UO du portail&#xa0;: {done}</translation>
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
        <translation>Les contrôles par rapport aux données de votre portail sont désactivés&#xa0;: les collaborateurs et les UO du portail n’ont pas été lus.</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>the local sandbox ({url})</source>
        <translation>le bac à sable local ({url})</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Failed</source>
        <extracomment>Portal statuses meaning the import waits its turn (bulk-api-quick-start.txt Step 6 shows &quot;Created&quot; and &quot;Completed&quot;; the rest are tolerated spellings: bulk-api-facts.md, &quot;Shapes nobody has published&quot;).</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>The portal could not load this import: {reason}</source>
        <translation>Le portail n’a pas pu charger cet import&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{loaded} loaded, {errors} with errors (of %n records)</source>
        <translation>
            <numerusform>{loaded} chargé, {errors} en erreur (sur&#xa0;%n enregistrement)</numerusform>
            <numerusform>{loaded} chargés, {errors} en erreur (sur&#xa0;%n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} loaded, {errors} with errors (of the records)</source>
        <translation>{loaded} chargés, {errors} en erreur (sur l’ensemble des enregistrements)</translation>
    </message>
    <message numerus="yes">
        <source>{loaded} loaded (of %n records)</source>
        <translation>
            <numerusform>{loaded} chargé (sur&#xa0;%n enregistrement)</numerusform>
            <numerusform>{loaded} chargés (sur&#xa0;%n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} loaded (of the records)</source>
        <translation>{loaded} chargés (sur l’ensemble des enregistrements)</translation>
    </message>
    <message>
        <source>{loaded} of {total} loaded</source>
        <translation>{loaded} sur {total} chargés</translation>
    </message>
    <message>
        <source>{loaded} loaded</source>
        <translation>{loaded} chargés</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n records wait for the imports before them</source>
        <translation>
            <numerusform>%n enregistrement attend les imports qui le précèdent</numerusform>
            <numerusform>%n enregistrements attendent les imports qui les précèdent</numerusform>
        </translation>
    </message>
    <message>
        <source>The records wait for the imports before them</source>
        <translation>Les enregistrements attendent les imports qui les précèdent</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n records</source>
        <translation>
            <numerusform>Envoi de&#xa0;%n enregistrement</numerusform>
            <numerusform>Envoi de&#xa0;%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the records</source>
        <translation>Envoi des enregistrements</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sending {percent}%</source>
        <translation>Envoi {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Interrompu pendant l’envoi</translation>
    </message>
    <message>
        <source>The app stopped during the upload: the portal is asked what arrived before anything is sent again</source>
        <translation>L’application s’est arrêtée pendant l’envoi&#xa0;: le portail est interrogé sur ce qui est arrivé avant tout nouvel envoi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <source>The upload failed; resuming checks with the portal and sends it again if it did not arrive</source>
        <translation>L’envoi a échoué&#x202f;; la reprise vérifie auprès du portail et renvoie les données si elles ne sont pas arrivées</translation>
    </message>
    <message numerus="yes">
        <source>The portal received %n records; its status comes with the next check</source>
        <translation>
            <numerusform>Le portail a reçu&#xa0;%n enregistrement&#x202f;; le statut de l’import arrivera avec la prochaine vérification</numerusform>
            <numerusform>Le portail a reçu&#xa0;%n enregistrements&#x202f;; le statut de l’import arrivera avec la prochaine vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal received the records; its status comes with the next check</source>
        <translation>Le portail a reçu les enregistrements&#x202f;; le statut de l’import arrivera avec la prochaine vérification</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message numerus="yes">
        <source>%n records wait in Cornerstone&apos;s queue</source>
        <translation>
            <numerusform>%n enregistrement attend dans la file d’attente de Cornerstone</numerusform>
            <numerusform>%n enregistrements attendent dans la file d’attente de Cornerstone</numerusform>
        </translation>
    </message>
    <message>
        <source>The records wait in Cornerstone&apos;s queue</source>
        <translation>Les enregistrements attendent dans la file d’attente de Cornerstone</translation>
    </message>
    <message>
        <source>In the portal&apos;s queue</source>
        <translation>Dans la file d’attente du portail</translation>
    </message>
    <message>
        <source>{status} {done} of {total}</source>
        <translation>{status} {done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>The portal has done {done} of %n records</source>
        <translation>
            <numerusform>Le portail a traité {done} sur&#xa0;%n enregistrement</numerusform>
            <numerusform>Le portail a traité {done} enregistrements sur&#xa0;%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal works on %n records; it gives no count until it is done</source>
        <translation>
            <numerusform>Le portail traite&#xa0;%n enregistrement&#x202f;; il ne donne aucun décompte avant la fin</numerusform>
            <numerusform>Le portail traite&#xa0;%n enregistrements&#x202f;; il ne donne aucun décompte avant la fin</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal works on the records; it gives no count until it is done</source>
        <translation>Le portail traite les enregistrements&#x202f;; il ne donne aucun décompte avant la fin</translation>
    </message>
    <message>
        <source>Not followed now</source>
        <translation>Plus suivi pour l’instant</translation>
    </message>
    <message>
        <source>{state} (last known; Resume follows it again)</source>
        <translation>{state} (dernier état connu&#x202f;; Reprendre le suit à nouveau)</translation>
    </message>
    <message>
        <source>{position}. {title} · {file}</source>
        <translation>{position}. {title} · {file}</translation>
    </message>
    <message>
        <source>{code} from {file}</source>
        <translation>{code} depuis {file}</translation>
    </message>
    <message>
        <source>{position}. {title} · a file</source>
        <translation>{position}. {title} · un fichier</translation>
    </message>
    <message>
        <source>{code} from a file</source>
        <translation>{code} depuis un fichier</translation>
    </message>
    <message>
        <source>Import id: {import_id}</source>
        <translation>ID de l’import&#xa0;: {import_id}</translation>
    </message>
    <message>
        <source>Import id: not created yet</source>
        <translation>ID de l’import&#xa0;: pas encore créé</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Lancée le {time}</translation>
    </message>
    <message>
        <source>Job id: {job_id}</source>
        <translation>ID de la tâche&#xa0;: {job_id}</translation>
    </message>
    <message>
        <source>Job id: not created yet</source>
        <translation>ID de la tâche&#xa0;: pas encore créé</translation>
    </message>
    <message>
        <source>Portal: {portal}</source>
        <translation>Portail&#xa0;: {portal}</translation>
    </message>
    <message>
        <source>Job {time}</source>
        <translation>Tâche {time}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>{file} · {title} + {more} more · {time}</source>
        <translation>{file} · {title} + {more} autres · {time}</translation>
    </message>
    <message>
        <source>{file} · {title} · {time}</source>
        <translation>{file} · {title} · {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded, {failed} with errors.</source>
        <translation>
            <numerusform>%n enregistrement chargé, {failed} en erreur.</numerusform>
            <numerusform>%n enregistrements chargés, {failed} en erreur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded.</source>
        <translation>
            <numerusform>%n enregistrement chargé.</numerusform>
            <numerusform>%n enregistrements chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {job} finished</source>
        <translation>Tâche {job} terminée</translation>
    </message>
    <message>
        <source>Job {job} failed</source>
        <translation>Tâche {job} en échec</translation>
    </message>
    <message>
        <source>Job {job} abandoned</source>
        <translation>Tâche {job} abandonnée</translation>
    </message>
    <message>
        <source>Job {job} {state}</source>
        <translation>Tâche {job} {state}</translation>
    </message>
</context>
<context>
    <name>reading</name>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Vérifiez le nom du fichier.</translation>
    </message>
    <message>
        <source>{file} has an unsupported type ({suffix}).</source>
        <translation>{file} est d’un type non pris en charge ({suffix}).</translation>
    </message>
    <message>
        <source>{file} has an unsupported type (no extension).</source>
        <translation>{file} est d’un type non pris en charge (pas d’extension).</translation>
    </message>
    <message>
        <source>Use a .csv, .tsv, .txt, .xlsx, .xlsm, .xls, .ods or .json file.</source>
        <translation>Utilisez un fichier .csv, .tsv, .txt, .xlsx, .xlsm, .xls, .ods ou .json.</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook saved with a {suffix} extension.</source>
        <translation>{file} est un classeur Excel enregistré avec l’extension {suffix}.</translation>
    </message>
    <message>
        <source>Rename it to .xlsx, or export the sheet as CSV.</source>
        <translation>Renommez-le en .xlsx, ou exportez la feuille en CSV.</translation>
    </message>
    <message>
        <source>{file} has nothing on or after line {line}.</source>
        <translation>{file} ne contient rien à partir de la ligne {line}.</translation>
    </message>
    <message>
        <source>{file} holds no data (only blank lines).</source>
        <translation>{file} ne contient aucune donnée (uniquement des lignes vides).</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>an old-style Excel (.xls) or other Office binary file</source>
        <translation>un fichier Excel ancien format (.xls) ou un autre fichier binaire Office</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé en gzip</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>une archive zip</translation>
    </message>
    <message>
        <source>{file} is {what}, not a text file with one record per line.</source>
        <translation>{file} est {what}, pas un fichier texte avec un enregistrement par ligne.</translation>
    </message>
    <message>
        <source>Export the data as CSV (UTF-8), Excel .xlsx or JSON and open that file.</source>
        <translation>Exportez les données en CSV (UTF-8), Excel .xlsx ou JSON, puis ouvrez ce fichier.</translation>
    </message>
    <message>
        <source>{file} contains binary data (NUL bytes), so it is not a CSV or text file.</source>
        <translation>{file} contient des données binaires (octets NUL)&#xa0;: ce n’est donc pas un fichier CSV ou texte.</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid in that encoding.</source>
        <translation>{file} ne peut pas être lu en {encoding}&#xa0;: l’octet {byte} à la ligne {line} n’est pas valide dans cet encodage.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s real encoding, or save it again as CSV UTF-8.</source>
        <translation>Choisissez l’encodage réel du fichier, ou enregistrez-le à nouveau au format CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>Check that the export finished.</source>
        <translation>Vérifiez que l’export est terminé.</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this app knows.</source>
        <translation>«&#xa0;{encoding}&#xa0;» n’est pas un encodage connu de cette application.</translation>
    </message>
    <message>
        <source>Choose one from the list, for example utf-8 or cp1252.</source>
        <translation>Choisissez-en un dans la liste, par exemple utf-8 ou cp1252.</translation>
    </message>
    <message>
        <source>Open the file in the program that made it and export it again as CSV UTF-8 (in Excel: Save As, &quot;CSV UTF-8 (Comma delimited)&quot;). In the window you can also choose the file&apos;s real encoding in the File step.</source>
        <translation>Ouvrez le fichier dans le programme qui l’a créé et exportez-le à nouveau au format CSV UTF-8 (dans Excel&#xa0;: Enregistrer sous, «&#xa0;CSV UTF-8 (délimité par des virgules)&#xa0;»). Dans la fenêtre, vous pouvez aussi choisir l’encodage réel du fichier à l’étape Fichier.</translation>
    </message>
    <message>
        <source>{file} mixes two encodings, so some names would be garbled: it starts with the UTF-8 byte order mark, but byte {byte} of line {line} ({code}) is not UTF-8.</source>
        <translation>{file} mélange deux encodages, si bien que certains noms seraient altérés&#xa0;: il commence par l’indicateur d’ordre des octets (BOM) UTF-8, mais l’octet {byte} de la ligne {line} ({code}) n’est pas de l’UTF-8.</translation>
    </message>
    <message>
        <source>{file} mixes two encodings, so some names would be garbled: it holds the UTF-8 character &quot;{char}&quot; on line {u_line} (byte {u_byte}), but byte {byte} of line {line} ({code}) is not UTF-8.</source>
        <translation>{file} mélange deux encodages, si bien que certains noms seraient altérés&#xa0;: il contient le caractère UTF-8 «&#xa0;{char}&#xa0;» à la ligne {u_line} (octet {u_byte}), mais l’octet {byte} de la ligne {line} ({code}) n’est pas de l’UTF-8.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252: byte {byte} of line {line} ({code}) is not a character in either.</source>
        <translation>{file} n’est ni en UTF-8 ni en Windows-1252&#xa0;: l’octet {byte} de la ligne {line} ({code}) n’est un caractère valide dans aucun des deux.</translation>
    </message>
    <message>
        <source>Some characters in {file} look garbled (like &quot;Ã©&quot; instead of &quot;é&quot;): the file was probably converted between encodings once too often. Check names with accents before loading.</source>
        <translation>Certains caractères de {file} semblent altérés (comme «&#xa0;Ã©&#xa0;» au lieu de «&#xa0;é&#xa0;»)&#xa0;: le fichier a probablement été converti d’un encodage à l’autre une fois de trop. Vérifiez les noms accentués avant de charger.</translation>
    </message>
    <message>
        <source>{file} contains replacement characters (&quot;�&quot;): some characters were lost before the file reached us.</source>
        <translation>{file} contient des caractères de remplacement («&#xa0;�&#xa0;»)&#xa0;: certains caractères ont été perdus avant que le fichier ne nous parvienne.</translation>
    </message>
    <message>
        <source>The lines of {file} end in a carriage return alone (old Mac style); they were read as ordinary lines.</source>
        <translation>Les lignes de {file} se terminent par un simple retour chariot (ancien format Mac)&#x202f;; elles ont été lues comme des lignes ordinaires.</translation>
    </message>
    <message>
        <source>A JSON file must be an array of records: [{&quot;column&quot;: &quot;value&quot;}, ...].</source>
        <translation>Un fichier JSON doit être un tableau d’enregistrements&#xa0;: [{&quot;column&quot;: &quot;value&quot;}, ...].</translation>
    </message>
    <message>
        <source>values are nested inside each other too deeply (about a thousand levels)</source>
        <translation>valeurs sont imbriquées trop profondément les unes dans les autres (environ un millier de niveaux)</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: byte {byte} at character {column} of line {line} is not valid in that encoding.</source>
        <translation>{file} ne peut pas être lu en {encoding}&#xa0;: l’octet {byte} au caractère {column} de la ligne {line} n’est pas valide dans cet encodage.</translation>
    </message>
    <message>
        <source>Export the file again as JSON in UTF-8: JSON files are UTF-8 (or UTF-16 with a byte order mark).</source>
        <translation>Exportez à nouveau le fichier en JSON UTF-8&#xa0;: les fichiers JSON sont en UTF-8 (ou en UTF-16 avec indicateur d’ordre des octets).</translation>
    </message>
    <message>
        <source>{file} cannot be read: its {problem} (line {line}), so it is not a list of records.</source>
        <translation>{file} ne peut pas être lu&#xa0;: ses {problem} (ligne {line})&#x202f;; ce n’est donc pas une liste d’enregistrements.</translation>
    </message>
    <message>
        <source>{file} cannot be read: its {problem}, so it is not a list of records.</source>
        <translation>{file} ne peut pas être lu&#xa0;: ses {problem}&#x202f;; ce n’est donc pas une liste d’enregistrements.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {problem} on line {line}.</source>
        <translation>{file} n’est pas un fichier JSON valide&#xa0;: {problem} à la ligne {line}.</translation>
    </message>
    <message>
        <source>{file} holds no records.</source>
        <translation>{file} ne contient aucun enregistrement.</translation>
    </message>
    <message>
        <source>In {file}, line {line} is not a record of named values (it is a {kind}).</source>
        <translation>Dans {file}, la ligne {line} n’est pas un enregistrement de valeurs nommées (elle est de type {kind}).</translation>
    </message>
    <message>
        <source>In {file}, record {record} is not a record of named values (it is a {kind}).</source>
        <translation>Dans {file}, l’enregistrement {record} n’est pas un enregistrement de valeurs nommées (il est de type {kind}).</translation>
    </message>
    <message>
        <source>In {file}, record {record} has a value with an empty name.</source>
        <translation>Dans {file}, l’enregistrement {record} a une valeur dont le nom est vide.</translation>
    </message>
    <message>
        <source>In {file}, line {line} holds an object as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>Dans {file}, la ligne {line} contient un objet comme valeur de «&#xa0;{name}&#xa0;» ({snippet}), et non un seul texte, nombre ou true/false.</translation>
    </message>
    <message>
        <source>In {file}, record {record} holds an object as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>Dans {file}, l’enregistrement {record} contient un objet comme valeur de «&#xa0;{name}&#xa0;» ({snippet}), et non un seul texte, nombre ou true/false.</translation>
    </message>
    <message>
        <source>In {file}, line {line} holds a list as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>Dans {file}, la ligne {line} contient une liste comme valeur de «&#xa0;{name}&#xa0;» ({snippet}), et non un seul texte, nombre ou true/false.</translation>
    </message>
    <message>
        <source>In {file}, record {record} holds a list as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>Dans {file}, l’enregistrement {record} contient une liste comme valeur de «&#xa0;{name}&#xa0;» ({snippet}), et non un seul texte, nombre ou true/false.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; (1 record)</source>
        <translation>«&#xa0;{name}&#xa0;» (1 enregistrement)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; ({count} records)</source>
        <translation>«&#xa0;{name}&#xa0;» ({count} enregistrements)</translation>
    </message>
    <message>
        <source>The portal takes one value per field, so this file was not read. Nested values are in: {names}.</source>
        <translation>Le portail n’accepte qu’une valeur par champ&#xa0;: ce fichier n’a donc pas été lu. Des valeurs imbriquées se trouvent dans&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>The portal takes one value per field, so this file was not read. Nested values are in: {names} and {more} more columns.</source>
        <translation>Le portail n’accepte qu’une valeur par champ&#xa0;: ce fichier n’a donc pas été lu. Des valeurs imbriquées se trouvent dans&#xa0;: {names} et {more} autres colonnes.</translation>
    </message>
    <message>
        <source>Export the records flat (one column per value, for example one column per language), or leave those fields out of the export.</source>
        <translation>Exportez les enregistrements à plat (une colonne par valeur, par exemple une colonne par langue), ou excluez ces champs de l’export.</translation>
    </message>
    <message>
        <source>The header line of {file} (line {line}) cannot be read: {problem}</source>
        <translation>La ligne d’en-tête de {file} (ligne {line}) ne peut pas être lue&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a value that starts with a quote must end with one.</source>
        <translation>Vérifiez les guillemets de cette ligne&#xa0;: une valeur qui commence par un guillemet doit se terminer par un guillemet.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is empty: it must hold the column names.</source>
        <translation>La ligne {line} de {file} est vide&#xa0;: elle doit contenir les noms de colonnes.</translation>
    </message>
    <message>
        <source>Delete the blank lines above the header, or choose the header row.</source>
        <translation>Supprimez les lignes vides au-dessus de l’en-tête, ou choisissez la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Column {index} of {file} has no name in the header (line {line}).</source>
        <translation>La colonne {index} de {file} n’a pas de nom dans l’en-tête (ligne {line}).</translation>
    </message>
    <message>
        <source>Give every column a name, or delete the empty column.</source>
        <translation>Donnez un nom à chaque colonne, ou supprimez la colonne vide.</translation>
    </message>
    <message>
        <source>The column name &quot;{name}&quot; appears twice in the header of {file} (columns {first} and {index}, line {line}).</source>
        <translation>Le nom de colonne «&#xa0;{name}&#xa0;» apparaît deux fois dans l’en-tête de {file} (colonnes {first} et {index}, ligne {line}).</translation>
    </message>
    <message>
        <source>Rename one of the two columns so each name is unique.</source>
        <translation>Renommez l’une des deux colonnes pour que chaque nom soit unique.</translation>
    </message>
    <message>
        <source>it opens a quoted value that is never closed: everything after it would be one value.</source>
        <translation>elle ouvre une valeur entre guillemets qui n’est jamais fermée&#xa0;: tout ce qui suit formerait une seule valeur.</translation>
    </message>
    <message>
        <source>it holds a carriage return alone (an old Mac line end) outside quotes while other lines end the usual way: save the file again as CSV, which writes one kind of line end.</source>
        <translation>elle contient un retour chariot seul (ancienne fin de ligne Mac) hors guillemets alors que les autres lignes se terminent normalement&#xa0;: enregistrez à nouveau le fichier en CSV, qui n’écrit qu’un seul type de fin de ligne.</translation>
    </message>
    <message>
        <source>it holds a value longer than {limit} characters, longer than any field the portal takes.</source>
        <translation>elle contient une valeur de plus de {limit} caractères, plus longue que tout champ accepté par le portail.</translation>
    </message>
    <message>
        <source>a quote is misplaced (a quote must open and close the whole value).</source>
        <translation>un guillemet est mal placé (un guillemet doit ouvrir et fermer la valeur entière).</translation>
    </message>
    <message>
        <source>Line {line} of {file} has {got} fields but the header has {want}: a value probably contains an unquoted delimiter.</source>
        <translation>La ligne {line} de {file} compte {got} champs alors que l’en-tête en compte {want}&#xa0;: une valeur contient probablement un séparateur sans guillemets.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has {got} fields but the header has {want}: values are missing.</source>
        <translation>La ligne {line} de {file} compte {got} champs alors que l’en-tête en compte {want}&#xa0;: des valeurs manquent.</translation>
    </message>
    <message>
        <source>Put values that contain the delimiter in double quotes, or fix the line in the source system.</source>
        <translation>Mettez entre guillemets doubles les valeurs qui contiennent le séparateur, ou corrigez la ligne dans le système source.</translation>
    </message>
    <message>
        <source>Line {line} of {file} cannot be read: {problem}</source>
        <translation>La ligne {line} de {file} ne peut pas être lue&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has no header on row {row}: it is empty there.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» de {file} n’a pas d’en-tête à la ligne {row}&#xa0;: elle y est vide.</translation>
    </message>
    <message>
        <source>Choose the row that holds the column names.</source>
        <translation>Choisissez la ligne qui contient les noms de colonnes.</translation>
    </message>
    <message>
        <source>{file} is a web page or XML file saved with a {suffix} extension, not a workbook.</source>
        <translation>{file} est une page web ou un fichier XML enregistré avec l’extension {suffix}, et non un classeur.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx (or export the data as CSV UTF-8), then drop that file.</source>
        <translation>Ouvrez-le dans Excel et enregistrez-le au format .xlsx (ou exportez les données en CSV UTF-8), puis déposez ce fichier.</translation>
    </message>
    <message>
        <source>{file} holds plain text (probably CSV or tab-separated values) under a {suffix} extension.</source>
        <translation>{file} contient du texte brut (probablement du CSV ou des valeurs séparées par des tabulations) sous une extension {suffix}.</translation>
    </message>
    <message>
        <source>Rename it to .csv (or .txt for tab-separated values) and drop it again.</source>
        <translation>Renommez-le en .csv (ou en .txt pour des valeurs séparées par des tabulations) et déposez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} is protected with a password (the workbook is encrypted), so it cannot be read.</source>
        <translation>{file} est protégé par un mot de passe (le classeur est chiffré)&#xa0;: il ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>Open it in Excel with its password, then save a copy without one (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the password) and drop that copy here.</source>
        <translation>Ouvrez-le dans Excel avec son mot de passe, puis enregistrez-en une copie sans mot de passe (Fichier &gt; Informations &gt; Protéger le classeur &gt; Chiffrer avec mot de passe, effacez le mot de passe) et déposez cette copie ici.</translation>
    </message>
    <message>
        <source>Cell {cell} (column &quot;{column}&quot;) of sheet &quot;{sheet}&quot; holds a number of more than {digits} digits. Excel keeps only {digits} digits of a number, so it had already changed this value (to {rounded}) when the workbook was saved: the id that was typed is lost.</source>
        <translation>La cellule {cell} (colonne «&#xa0;{column}&#xa0;») de la feuille «&#xa0;{sheet}&#xa0;» contient un nombre de plus de {digits} chiffres. Excel ne conserve que {digits} chiffres d’un nombre&#xa0;: il avait donc déjà modifié cette valeur (en {rounded}) lors de l’enregistrement du classeur, et l’identifiant saisi est perdu.</translation>
    </message>
    <message>
        <source>In Excel, format the column as Text (Format Cells &gt; Text) before typing or pasting the ids, or export them from the source system as CSV, so every digit is kept.</source>
        <translation>Dans Excel, mettez la colonne au format Texte (Format de cellule &gt; Texte) avant de saisir ou de coller les identifiants, ou exportez-les depuis le système source au format CSV, afin que tous les chiffres soient conservés.</translation>
    </message>
    <message>
        <source>{file} looks like an old-style Excel workbook (.xls) but is damaged or incomplete{why}.</source>
        <translation>{file} semble être un ancien classeur Excel (.xls), mais il est endommagé ou incomplet{why}.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx (or export the sheet as CSV UTF-8), then drop that file.</source>
        <translation>Ouvrez-le dans Excel et enregistrez-le au format .xlsx (ou exportez la feuille en CSV UTF-8), puis déposez ce fichier.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook{why}.</source>
        <translation>{file} n’est pas un classeur Excel lisible{why}.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it again as .xlsx, or export the sheet as CSV.</source>
        <translation>Ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx, ou exportez la feuille en CSV.</translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot; (sheets: {sheets}).</source>
        <translation>{file} ne contient aucune feuille nommée «&#xa0;{sheet}&#xa0;» (feuilles&#xa0;: {sheets}).</translation>
    </message>
    <message>
        <source>Choose one of the sheets listed.</source>
        <translation>Choisissez l’une des feuilles listées.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; is hidden in {file}; it was read because you chose it.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» est masquée dans {file}&#x202f;; elle a été lue parce que vous l’avez choisie.</translation>
    </message>
    <message>
        <source>Every sheet of {file} is hidden ({sheets}).</source>
        <translation>Toutes les feuilles de {file} sont masquées ({sheets}).</translation>
    </message>
    <message>
        <source>Choose the sheet to read, or unhide it in Excel (Home &gt; Format &gt; Hide &amp; Unhide).</source>
        <translation>Choisissez la feuille à lire, ou affichez-la dans Excel (Accueil &gt; Format &gt; Masquer et afficher).</translation>
    </message>
    <message>
        <source>{file}: the hidden sheet {listed} before &quot;{chosen}&quot; was not read; &quot;{chosen}&quot; is the first visible sheet. Choose another sheet if that is not the one to load.</source>
        <translation>{file}&#xa0;: la feuille masquée {listed} avant «&#xa0;{chosen}&#xa0;» n’a pas été lue&#x202f;; «&#xa0;{chosen}&#xa0;» est la première feuille visible. Choisissez une autre feuille si ce n’est pas celle à charger.</translation>
    </message>
    <message>
        <source>{file}: the hidden sheets {listed} before &quot;{chosen}&quot; were not read; &quot;{chosen}&quot; is the first visible sheet. Choose another sheet if that is not the one to load.</source>
        <translation>{file}&#xa0;: les feuilles masquées {listed} avant «&#xa0;{chosen}&#xa0;» n’ont pas été lues&#x202f;; «&#xa0;{chosen}&#xa0;» est la première feuille visible. Choisissez une autre feuille si ce n’est pas celle à charger.</translation>
    </message>
    <message>
        <source>The number formats of {file} cannot be read ({error}).</source>
        <translation>Les formats de nombre de {file} ne peuvent pas être lus ({error}).</translation>
    </message>
    <message>
        <source>Open the workbook in Excel and save it again, or export the sheet as CSV UTF-8.</source>
        <translation>Ouvrez le classeur dans Excel et enregistrez-le à nouveau, ou exportez la feuille en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Merged cells {cells}: Excel shows one value across each merge, so every record the merge covers was given that value. Unmerge the cells in Excel if that is not what you meant.</source>
        <translation>Cellules fusionnées {cells}&#xa0;: Excel affiche une seule valeur sur chaque fusion, si bien que chaque enregistrement couvert par la fusion a reçu cette valeur. Annulez la fusion des cellules dans Excel si ce n’est pas ce que vous vouliez.</translation>
    </message>
    <message>
        <source>Merged cells {cells} and {more} more: Excel shows one value across each merge, so every record the merge covers was given that value. Unmerge the cells in Excel if that is not what you meant.</source>
        <translation>Cellules fusionnées {cells} et {more} autres&#xa0;: Excel affiche une seule valeur sur chaque fusion, si bien que chaque enregistrement couvert par la fusion a reçu cette valeur. Annulez la fusion des cellules dans Excel si ce n’est pas ce que vous vouliez.</translation>
    </message>
    <message>
        <source>Formula cells show an error: {cells}. They are read as that error text; fix the formulas in Excel and save again, or those records will not be what you meant.</source>
        <translation>Des cellules de formule affichent une erreur&#xa0;: {cells}. Elles sont lues comme ce texte d’erreur&#x202f;; corrigez les formules dans Excel et enregistrez à nouveau, sinon ces enregistrements ne seront pas ce que vous vouliez.</translation>
    </message>
    <message>
        <source>Formula cells show an error: {cells} and {more} more. They are read as that error text; fix the formulas in Excel and save again, or those records will not be what you meant.</source>
        <translation>Des cellules de formule affichent une erreur&#xa0;: {cells} et {more} autres. Elles sont lues comme ce texte d’erreur&#x202f;; corrigez les formules dans Excel et enregistrez à nouveau, sinon ces enregistrements ne seront pas ce que vous vouliez.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has {count} formula cell(s) saved without their result, such as {examples}. The workbook was written by a program that does not calculate formulas, so those cells would be read as empty.</source>
        <translation>La feuille «&#xa0;{sheet}&#xa0;» de {file} contient {count} cellule(s) de formule enregistrée(s) sans leur résultat, comme {examples}. Le classeur a été écrit par un programme qui ne calcule pas les formules&#xa0;: ces cellules seraient donc lues comme vides.</translation>
    </message>
    <message>
        <source>Open the workbook in Excel (or LibreOffice), let it calculate, save it, and drop it here again.</source>
        <translation>Ouvrez le classeur dans Excel (ou LibreOffice), laissez-le calculer, enregistrez-le, puis déposez-le à nouveau ici.</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>the API application&apos;s own account</source>
        <extracomment>The columns of the list of employees a ReconcileUsers load deactivates (window and ``--report-dir``).</extracomment>
        <translation>le compte propre de l’application API</translation>
    </message>
    <message>
        <source>a system account</source>
        <translation>un compte système</translation>
    </message>
    <message>
        <source>ReconcileUsers would deactivate {count} of the portal&apos;s {active} active employees ({share}).</source>
        <translation>ReconcileUsers désactiverait {count} des {active} collaborateurs actifs du portail ({share}).</translation>
    </message>
    <message>
        <source>{user_id} (the API application’s own account)</source>
        <translation>{user_id} (le compte propre de l’application API)</translation>
    </message>
    <message>
        <source>{user_id} (a system account)</source>
        <translation>{user_id} (un compte système)</translation>
    </message>
    <message>
        <source>Among them: {names}.</source>
        <translation>Parmi eux&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Your API user sees only part of the portal&apos;s employees, so the load may deactivate more people than listed here.</source>
        <translation>Votre utilisateur API ne voit qu’une partie des collaborateurs du portail&#xa0;: le chargement peut donc désactiver plus de personnes que celles listées ici.</translation>
    </message>
</context>
<context>
    <name>report fetch</name>
    <message>
        <source>No errors or warnings: no report download spent.</source>
        <extracomment>Report states no later attempt can change (the portal answered 410).</extracomment>
        <translation>Aucune erreur ni aucun avertissement&#xa0;: aucun téléchargement de rapport consommé.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet after {minutes} minutes of asking (it still answered 404); it was not saved and is fetched later.</source>
        <translation>Le portail n’a toujours pas mis le rapport à disposition après {minutes} minutes de demandes (il répondait toujours 404)&#x202f;; il n’a pas été enregistré et sera récupéré plus tard.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet after {seconds} s of asking (it still answered 404); it was not saved and is fetched later.</source>
        <translation>Le portail n’a toujours pas mis le rapport à disposition après {seconds} s de demandes (il répondait toujours 404)&#x202f;; il n’a pas été enregistré et sera récupéré plus tard.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet (it still answered 404); it was not saved and is fetched later.</source>
        <translation>Le portail n’a pas encore mis le rapport à disposition (il répondait toujours 404)&#x202f;; il n’a pas été enregistré et sera récupéré plus tard.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Unknown report view {name!r}: use full, errors or warnings.</source>
        <extracomment>Flag values meaning &quot;this record was loaded&quot; (bulk-api-facts.md, &quot;Shapes nobody has published&quot;: parse tolerantly, any case).</extracomment>
        <translation>Vue de rapport inconnue {name!r}&#xa0;: utilisez full, errors ou warnings.</translation>
    </message>
    <message>
        <source>not saved: the portal did not have it ready yet (it still answered 404)</source>
        <extracomment>What became of a report that was not saved, one sentence per state (the CLI, the JSON and the window).</extracomment>
        <translation>non enregistré&#xa0;: le portail ne l’avait pas encore prêt (il répondait toujours 404)</translation>
    </message>
    <message>
        <source>not saved: the download failed</source>
        <translation>non enregistré&#xa0;: le téléchargement a échoué</translation>
    </message>
    <message>
        <source>not saved: this app&apos;s download cap for it is reached</source>
        <translation>non enregistré&#xa0;: le plafond de téléchargements de cette application est atteint pour ce rapport</translation>
    </message>
    <message>
        <source>not saved: the portal answered 410, its five downloads are spent</source>
        <translation>non enregistré&#xa0;: le portail a répondu 410, ses cinq téléchargements sont épuisés</translation>
    </message>
    <message>
        <source>not saved: Cornerstone no longer keeps it (30 days)</source>
        <translation>non enregistré&#xa0;: Cornerstone ne le conserve plus (30 jours)</translation>
    </message>
    <message>
        <source>Cornerstone has not made this report available yet (it answers 404 for a while after an import completes). Open these results again in a few minutes: it is downloaded then, and a 404 spends no download.</source>
        <extracomment>The same truth for the window&apos;s Results step, with what the administrator can do there.</extracomment>
        <translation>Cornerstone n’a pas encore mis ce rapport à disposition (il répond 404 pendant un moment après la fin d’un import). Rouvrez ces résultats dans quelques minutes&#xa0;: il sera alors téléchargé, et une réponse 404 ne consomme aucun téléchargement.</translation>
    </message>
    <message>
        <source>The report could not be downloaded. Open these results again when the portal answers: it is downloaded then.</source>
        <translation>Le rapport n’a pas pu être téléchargé. Rouvrez ces résultats lorsque le portail répondra&#xa0;: il sera alors téléchargé.</translation>
    </message>
    <message>
        <source>This app&apos;s download cap for the report is reached. Raise the cap in Settings (at most 5) to download it.</source>
        <translation>Le plafond de téléchargements de cette application pour ce rapport est atteint. Relevez le plafond dans les Paramètres (5 au maximum) pour le télécharger.</translation>
    </message>
    <message>
        <source>Cornerstone will not serve this report again: its five downloads are spent. The import&apos;s counts stay in the History step.</source>
        <translation>Cornerstone ne fournira plus ce rapport&#xa0;: ses cinq téléchargements sont épuisés. Les décomptes de l’import restent visibles à l’étape Historique.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (results are kept 30 days). The import&apos;s counts stay in the History step.</source>
        <translation>Cornerstone ne conserve plus ce rapport (les résultats sont conservés 30 jours). Les décomptes de l’import restent visibles à l’étape Historique.</translation>
    </message>
    <message>
        <source>Unknown report view {variant!r}: use full, errors or warnings.</source>
        <translation>Vue de rapport inconnue {variant!r}&#xa0;: utilisez full, errors ou warnings.</translation>
    </message>
    <message>
        <source>This report is not saved on this computer and there is no portal connection to download it.</source>
        <translation>Ce rapport n’est pas enregistré sur cet ordinateur et aucune connexion au portail ne permet de le télécharger.</translation>
    </message>
    <message>
        <source>Connect to the portal the import was sent to, then open the report again.</source>
        <translation>Connectez-vous au portail auquel l’import a été envoyé, puis rouvrez le rapport.</translation>
    </message>
    <message>
        <source>The portal has not made the report of import {import_id} available yet (HTTP 404, which Cornerstone answers for a while after an import completes).</source>
        <translation>Le portail n’a pas encore mis à disposition le rapport de l’import {import_id} (HTTP 404, réponse de Cornerstone pendant un moment après la fin d’un import).</translation>
    </message>
    <message>
        <source>No download was spent. Try again in a few minutes; the app remembers the report is not saved.</source>
        <translation>Aucun téléchargement n’a été consommé. Réessayez dans quelques minutes&#x202f;; l’application se souvient que le rapport n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (30 days). Showing the copy saved on this computer earlier.</source>
        <translation>Cornerstone ne conserve plus ce rapport (30 jours). Affichage de la copie enregistrée précédemment sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The portal has no download of this report left (HTTP 410). Showing the copy saved on this computer earlier.</source>
        <translation>Le portail n’a plus aucun téléchargement disponible pour ce rapport (HTTP 410). Affichage de la copie enregistrée précédemment sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (30 days). Showing the copy saved on this computer on {when}.</source>
        <translation>Cornerstone ne conserve plus ce rapport (30 jours). Affichage de la copie enregistrée sur cet ordinateur le {when}.</translation>
    </message>
    <message>
        <source>The portal has no download of this report left (HTTP 410). Showing the copy saved on this computer on {when}.</source>
        <translation>Le portail n’a plus aucun téléchargement disponible pour ce rapport (HTTP 410). Affichage de la copie enregistrée sur cet ordinateur le {when}.</translation>
    </message>
    <message>
        <source>{used} of {limit} used, cap {cap}</source>
        <extracomment>A sentence shown above the report when something needs saying (expired, quota spent on the portal).</extracomment>
        <translation>{used} sur {limit} utilisés, plafond {cap}</translation>
    </message>
</context>
<context>
    <name>resume</name>
    <message>
        <source>finished; its report is not saved yet</source>
        <translation>terminée&#x202f;; son rapport n’est pas encore enregistré</translation>
    </message>
    <message>
        <source>unfinished; it can be resumed</source>
        <translation>inachevée&#x202f;; elle peut être reprise</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(non créée)</translation>
    </message>
</context>
<context>
    <name>schemas</name>
    <message>
        <source>ou.customou needs the custom OU&apos;s type_id instead of the type name.</source>
        <translation>ou.customou nécessite le type_id de l’UO personnalisée et non le nom du type.</translation>
    </message>
    <message>
        <source>This portal&apos;s custom OU type_ids: {value}.</source>
        <translation>type_id des UO personnalisées de ce portail&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>This portal offers no load type {text!r}.</source>
        <translation>Ce portail ne propose aucun type de chargement {text!r}.</translation>
    </message>
    <message>
        <source>Types offered: {value} (&apos;csod-desktop types&apos; lists them).</source>
        <translation>Types proposés&#xa0;: {value} («&#xa0;csod-desktop types&#xa0;» les liste).</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Awaiting data</source>
        <translation>En attente de données</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En exécution</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>Terminé avec erreurs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Load type</source>
        <translation>Type de chargement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>The template {file} cannot be opened: {problem}.</source>
        <extracomment>A template maps at most 300 columns: a few kilobytes. A bigger file is the wrong one, refused after this much.</extracomment>
        <translation>Le modèle {file} ne peut pas être ouvert&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The template {file} is larger than {size} MB, so it is not a mapping template (one is a few kilobytes).</source>
        <translation>Le modèle {file} dépasse {size} Mo&#xa0;: ce n’est donc pas un modèle de correspondance (un modèle ne pèse que quelques kilo-octets).</translation>
    </message>
    <message>
        <source>Give the .json file the app saved for this load type.</source>
        <translation>Indiquez le fichier .json que l’application a enregistré pour ce type de chargement.</translation>
    </message>
    <message>
        <source>The template {file} is not valid JSON.</source>
        <translation>Le modèle {file} n’est pas un fichier JSON valide.</translation>
    </message>
    <message>
        <source>The template {file} is not a mapping template.</source>
        <translation>Le modèle {file} n’est pas un modèle de correspondance.</translation>
    </message>
</context>
<context>
    <name>type_names</name>
    <message>
        <source>Employee</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Cost Center</source>
        <translation>Centre de coûts</translation>
    </message>
    <message>
        <source>Legal Entity</source>
        <translation>Entité juridique</translation>
    </message>
    <message>
        <source>Custom OU {type_id}</source>
        <translation>UO personnalisée {type_id}</translation>
    </message>
    <message>
        <source>Custom OU</source>
        <translation>UO personnalisée</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>… ({length} characters)</source>
        <extracomment>Column order of every problems DataFrame (``ValidationResult.problems``). A value echoed in a message or a ``--json`` document is cut after this many characters: a 120 MB cell must be named, not copied whole into every message about it (issue 19, item 9).</extracomment>
        <translation>… ({length} caractères)</translation>
    </message>
    <message>
        <source>a {name} ({code}) at character {position}</source>
        <extracomment>The day part alone (no groups), for the vectorized split of ``culture_inference``. The same set as a regular-expression class, for polars&apos; vectorized ``str.contains``.</extracomment>
        <translation>un caractère {name} ({code}) en position {position}</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} et {count} autres</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} enregistrements</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>Use one of the values allowed for {title}: {listed}. Separate several values with semicolons (;).</source>
        <translation>Utilisez l’une des valeurs autorisées pour {title}&#xa0;: {listed}. Séparez plusieurs valeurs par des points-virgules (;).</translation>
    </message>
    <message>
        <source>Use one of the values allowed for {title}: {listed}.</source>
        <translation>Utilisez l’une des valeurs autorisées pour {title}&#xa0;: {listed}.</translation>
    </message>
    <message>
        <source>The file has {count} columns to load; the portal accepts at most {limit} in one import.</source>
        <translation>Le fichier compte {count} colonnes à charger&#x202f;; le portail en accepte au plus {limit} par import.</translation>
    </message>
    <message>
        <source>Leave out the columns you do not need, or load the rest in a second import of the same job.</source>
        <translation>Laissez de côté les colonnes inutiles, ou chargez le reste dans un second import de la même tâche.</translation>
    </message>
    <message>
        <source>The file has {count} records; one import holds at most {limit} and the portal silently drops the records past that limit.</source>
        <translation>Le fichier compte {count} enregistrements&#x202f;; un import en contient au plus {limit} et le portail ignore sans avertissement les enregistrements au-delà de cette limite.</translation>
    </message>
    <message>
        <source>Send the records as several imports of the same job, or split the file.</source>
        <translation>Envoyez les enregistrements dans plusieurs imports de la même tâche, ou divisez le fichier.</translation>
    </message>
    <message>
        <source>{column} is not a field of this load type, so the portal cannot load it.</source>
        <translation>{column} n’est pas un champ de ce type de chargement&#xa0;: le portail ne peut donc pas le charger.</translation>
    </message>
    <message>
        <source>Map this column to one of the load type&apos;s fields, or leave it out.</source>
        <translation>Associez cette colonne à l’un des champs du type de chargement, ou laissez-la de côté.</translation>
    </message>
    <message>
        <source>{title} is required, but no column of the file is mapped to it, so no record can load.</source>
        <translation>{title} est obligatoire, mais aucune colonne du fichier n’y est associée&#xa0;: aucun enregistrement ne peut donc être chargé.</translation>
    </message>
    <message>
        <source>Map a column to {title}, or give it a constant value in the mapping.</source>
        <translation>Associez une colonne à {title}, ou donnez-lui une valeur constante dans les correspondances.</translation>
    </message>
    <message>
        <source>{title} is required and is empty in this record.</source>
        <translation>{title} est obligatoire et vide dans cet enregistrement.</translation>
    </message>
    <message>
        <source>Fill in {title} for this record.</source>
        <translation>Renseignez {title} pour cet enregistrement.</translation>
    </message>
    <message>
        <source>{title} is required because {other} is filled in.</source>
        <translation>{title} est obligatoire, car {other} est renseigné.</translation>
    </message>
    <message>
        <source>{title} is required because {other} is filled in. No column is mapped to {title}.</source>
        <translation>{title} est obligatoire, car {other} est renseigné. Aucune colonne n’est associée à {title}.</translation>
    </message>
    <message>
        <source>Fill in {title} as well, or leave {other} empty.</source>
        <translation>Renseignez aussi {title}, ou laissez {other} vide.</translation>
    </message>
    <message>
        <source>{title} is {length} characters long; the portal accepts at most {limit}.</source>
        <translation>{title} compte {length} caractères&#x202f;; le portail en accepte au plus {limit}.</translation>
    </message>
    <message>
        <source>Shorten {title} to {limit} characters (spaces at both ends do not count).</source>
        <translation>Raccourcissez {title} à {limit} caractères (les espaces aux deux extrémités ne comptent pas).</translation>
    </message>
    <message>
        <source>{title} is {length} characters long; it must have at least {limit}.</source>
        <translation>{title} compte {length} caractères&#x202f;; il en faut au moins {limit}.</translation>
    </message>
    <message>
        <source>Complete {title} to at least {limit} characters.</source>
        <translation>Complétez {title} pour atteindre au moins {limit} caractères.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; already appears in record {first}; the portal loads the first record and rejects this one.</source>
        <translation>{title} «&#xa0;{value}&#xa0;» figure déjà dans l’enregistrement {first}&#x202f;; le portail charge le premier enregistrement et refuse celui-ci.</translation>
    </message>
    <message>
        <source>Remove the repeated record, or merge it into the first one.</source>
        <translation>Supprimez l’enregistrement en double, ou fusionnez-le avec le premier.</translation>
    </message>
    <message>
        <source>Write {title} as true or false.</source>
        <translation>Écrivez {title} sous la forme true ou false.</translation>
    </message>
    <message>
        <source>{values} is not among the values allowed for {title}.</source>
        <translation>{values} ne fait pas partie des valeurs autorisées pour {title}.</translation>
    </message>
    <message>
        <source>{values} are not among the values allowed for {title}.</source>
        <translation>{values} ne font pas partie des valeurs autorisées pour {title}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the values allowed for {title}.</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie des valeurs autorisées pour {title}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est ni true ni false.</translation>
    </message>
    <message>
        <source>This value is not valid for {title}.</source>
        <translation>Cette valeur n’est pas valide pour {title}.</translation>
    </message>
    <message>
        <source>Give each employee a Username that is nobody&apos;s User ID (or leave it empty: the User ID is then used), and a User ID that is nobody else&apos;s Username.</source>
        <translation>Donnez à chaque collaborateur un Username qui n’est le User ID de personne (ou laissez-le vide&#xa0;: le User ID est alors utilisé), et un User ID qui n’est le Username de personne d’autre.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is also the User ID of another record of this file (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» est aussi le User ID d’un autre enregistrement de ce fichier (Edge Import&#xa0;: les User ID et les Username sont uniques entre eux).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is already used by an earlier record of this file: Usernames are unique (Data Load Wizard).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» est déjà utilisé par un enregistrement précédent de ce fichier&#xa0;: les Username sont uniques (Data Load Wizard).</translation>
    </message>
    <message>
        <source>Give this employee another Username, or remove the repeated record.</source>
        <translation>Donnez un autre Username à ce collaborateur, ou supprimez l’enregistrement en double.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; already belongs to the portal&apos;s employee {owner}: Usernames are unique in the portal.</source>
        <translation>{title} «&#xa0;{value}&#xa0;» appartient déjà au collaborateur {owner} du portail&#xa0;: les Username sont uniques dans le portail.</translation>
    </message>
    <message>
        <source>Give this employee another Username, or update that employee instead.</source>
        <translation>Donnez un autre Username à ce collaborateur, ou mettez plutôt à jour ce collaborateur-là.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is the User ID of another employee in the portal (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» est le User ID d’un autre collaborateur du portail (Edge Import&#xa0;: les User ID et les Username sont uniques entre eux).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is the Username of the portal&apos;s employee {owner} (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» est le Username du collaborateur {owner} du portail (Edge Import&#xa0;: les User ID et les Username sont uniques entre eux).</translation>
    </message>
    <message>
        <source>No employee has the GUID &apos;{value}&apos;, and the record has no User ID to create one.</source>
        <translation>Aucun collaborateur n’a le GUID «&#xa0;{value}&#xa0;», et l’enregistrement n’a pas de User ID pour en créer un.</translation>
    </message>
    <message>
        <source>With GUIDs as the identifier (LoadPrimaryKey 1) only existing employees are updated: copy the GUID from Cornerstone, or give the User ID.</source>
        <translation>Avec les GUID comme identifiant (LoadPrimaryKey 1), seuls les collaborateurs existants sont mis à jour&#xa0;: copiez le GUID depuis Cornerstone, ou indiquez le User ID.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}: the portal would take it as a different ID that looks the same.</source>
        <translation>{title} «&#xa0;{value}&#xa0;» contient {what}&#xa0;: le portail le considérerait comme un ID différent qui a la même apparence.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}: the portal would take it as a different reference that looks the same.</source>
        <translation>{title} «&#xa0;{value}&#xa0;» contient {what}&#xa0;: le portail le considérerait comme une référence différente qui a la même apparence.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}, which is loaded as it is although it does not show.</source>
        <translation>{title} «&#xa0;{value}&#xa0;» contient {what}, qui est chargé tel quel bien qu’il ne soit pas visible.</translation>
    </message>
    <message>
        <source>Retype {title} without the invisible character (or remove it with the spreadsheet&apos;s SUBSTITUTE or CLEAN function), then check the file again.</source>
        <translation>Saisissez à nouveau {title} sans le caractère invisible (ou supprimez-le avec la fonction SUBSTITUE ou EPURAGE du tableur), puis contrôlez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Check {title}: remove the invisible character unless it is meant to be there.</source>
        <translation>Vérifiez {title}&#xa0;: supprimez le caractère invisible, sauf s’il est voulu.</translation>
    </message>
    <message>
        <source>{title} holds an invisible character.</source>
        <translation>{title} contient un caractère invisible.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file nor among the users your API user can see in the portal, so it must exist in a part of the portal outside that view (used by {records}).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» ne figure ni dans ce fichier ni parmi les utilisateurs que votre utilisateur API peut voir dans le portail&#xa0;: il doit donc exister dans une partie du portail hors de ce périmètre (utilisé par {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file nor among the organizational units your API user can see in the portal, so it must exist in a part of the portal outside that view (used by {records}).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» ne figure ni dans ce fichier ni parmi les unités organisationnelles que votre utilisateur API peut voir dans le portail&#xa0;: elle doit donc exister dans une partie du portail hors de ce périmètre (utilisé par {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file, so this user must already exist in the portal (used by {records}).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» ne figure pas dans ce fichier&#xa0;: cet utilisateur doit donc déjà exister dans le portail (utilisé par {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file, so this organizational unit must already exist in the portal (used by {records}).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» ne figure pas dans ce fichier&#xa0;: cette unité organisationnelle doit donc déjà exister dans le portail (utilisé par {records}).</translation>
    </message>
    <message>
        <source>Check that this user exists in Cornerstone, or load it in an import of the same job.</source>
        <translation>Vérifiez que cet utilisateur existe dans Cornerstone, ou chargez-le dans un import de la même tâche.</translation>
    </message>
    <message>
        <source>Check that this organizational unit exists in Cornerstone, or load it in an import of the same job.</source>
        <translation>Vérifiez que cette unité organisationnelle existe dans Cornerstone, ou chargez-la dans un import de la même tâche.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not exist in the portal; the record is loaded without this relation.</source>
        <translation>{title} «&#xa0;{value}&#xa0;» n’existe pas dans le portail&#x202f;; l’enregistrement est chargé sans cette relation.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not match any user in the portal, in this file or in the other imports of this job.</source>
        <translation>{title} «&#xa0;{value}&#xa0;» ne correspond à aucun utilisateur du portail, de ce fichier ou des autres imports de cette tâche.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not match any organizational unit in the portal, in this file or in the other imports of this job.</source>
        <translation>{title} «&#xa0;{value}&#xa0;» ne correspond à aucune unité organisationnelle du portail, de ce fichier ou des autres imports de cette tâche.</translation>
    </message>
    <message>
        <source>Use the user&apos;s ID as it is in Cornerstone, or load the user in the same job.</source>
        <translation>Utilisez l’ID de l’utilisateur tel qu’il figure dans Cornerstone, ou chargez l’utilisateur dans la même tâche.</translation>
    </message>
    <message>
        <source>Use the organizational unit&apos;s ID as it is in Cornerstone, or load the organizational unit in the same job.</source>
        <translation>Utilisez l’ID de l’unité organisationnelle tel qu’il figure dans Cornerstone, ou chargez l’unité organisationnelle dans la même tâche.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is an inactive user, and this job does not allow inactive users ({setting} is false).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» est un utilisateur inactif, et cette tâche n’autorise pas les utilisateurs inactifs ({setting} vaut false).</translation>
    </message>
    <message>
        <source>Reactivate the user, choose an active one, or create the job with {setting} true.</source>
        <translation>Réactivez l’utilisateur, choisissez-en un actif, ou créez la tâche avec {setting} à true.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is an inactive organizational unit, and this job does not allow inactive organizational units ({setting} is false).</source>
        <translation>{title} «&#xa0;{value}&#xa0;» est une unité organisationnelle inactive, et cette tâche n’autorise pas les unités organisationnelles inactives ({setting} vaut false).</translation>
    </message>
    <message>
        <source>Reactivate the organizational unit, choose an active one, or create the job with {setting} true.</source>
        <translation>Réactivez l’unité organisationnelle, choisissez-en une active, ou créez la tâche avec {setting} à true.</translation>
    </message>
</context>
</TS>
