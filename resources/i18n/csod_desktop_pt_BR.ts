<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ChangeViewer</name>
    <message>
        <source>What will change in the portal</source>
        <translation>O que vai mudar no portal</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Alterados ({count})</translation>
    </message>
    <message>
        <source>New ({count})</source>
        <translation>Novos ({count})</translation>
    </message>
    <message>
        <source>{unchanged} ({count})</source>
        <translation>{unchanged} ({count})</translation>
    </message>
    <message>
        <source>Every record ({count})</source>
        <translation>Todos os registros ({count})</translation>
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
        <translation>O que acontece</translation>
    </message>
    <message>
        <source>Records and what happens to them</source>
        <translation>Registros e o que acontece com eles</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the portal now</source>
        <translation>No portal agora</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>No seu arquivo</translation>
    </message>
    <message>
        <source>The selected record&apos;s changed fields</source>
        <translation>Os campos alterados do registro selecionado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Compared: {compared}.
Not compared (the portal&apos;s list of {what} does not show them): {not_compared}.</source>
        <translation>Comparados: {compared}.
Não comparados (a lista de {what} do portal não os mostra): {not_compared}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>No record to show here.</source>
        <translation>Nenhum registro para mostrar aqui.</translation>
    </message>
    <message>
        <source>Record {record} ({id}): {what}</source>
        <translation>Registro {record} ({id}): {what}</translation>
    </message>
    <message>
        <source>The portal holds no record {id} yet: the load creates it.</source>
        <translation>O portal ainda não tem o registro {id}: a carga vai criá-lo.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>(empty: left as it is)</source>
        <translation>(vazio: mantido como está)</translation>
    </message>
    <message>
        <source>No difference in the fields compared.</source>
        <translation>Nenhuma diferença nos campos comparados.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change (in bold).</source>
        <translation>
            <numerusform>%n campo muda (em negrito).</numerusform>
            <numerusform>%n campos mudam (em negrito).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared, so they may change too: {fields}.</source>
        <translation>Não comparados, portanto também podem mudar: {fields}.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to your portal</source>
        <translation>Conectar-se ao seu portal</translation>
    </message>
    <message>
        <source>Choose a saved connection or add one with the client id and secret from Cornerstone&apos;s API Management page, then test it. The secret is kept in your computer&apos;s keyring, never in a file.</source>
        <translation>Escolha uma conexão salva ou adicione uma com o ID e o segredo do cliente da página API Management do Cornerstone e depois teste-a. O segredo fica no chaveiro do sistema deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <extracomment>Secrets typed this session, by profile name: kept in memory (never written) until the window closes, so a test or a reconnect does not ask for them again when the keyring is not used.</extracomment>
        <translation>Perfis salvos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>No saved profile yet: fill in the form and test it.</source>
        <translation>Nenhum perfil salvo ainda: preencha o formulário e teste-o.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>ex.: Acme produção</translation>
    </message>
    <message>
        <source>acme (from https://acme.csod.com)</source>
        <translation>acme (de https://acme.csod.com)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produção</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>piloto</translation>
    </message>
    <message>
        <source>optional: https://acme-pil.csod.com overrides the two above</source>
        <translation>opcional: https://acme-pil.csod.com substitui os dois acima</translation>
    </message>
    <message>
        <source>from API Management</source>
        <translation>da página API Management</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>The secret of the API application, from Cornerstone&apos;s API Management page. Typed characters are hidden; it is kept in this computer&apos;s keyring if you tick Remember, never in the profile.</source>
        <translation>O segredo do aplicativo da API, da página API Management do Cornerstone. Os caracteres digitados ficam ocultos; ele é guardado no chaveiro do sistema deste computador se você marcar Guardar o segredo, nunca no perfil.</translation>
    </message>
    <message>
        <source>Remember the secret in this computer&apos;s keyring</source>
        <translation>Guardar o segredo no chaveiro do sistema deste computador</translation>
    </message>
    <message>
        <source>Space-separated OAuth scopes requested with the token.</source>
        <translation>Escopos OAuth, separados por espaço, solicitados com o token.</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s proxy settings</source>
        <translation>vazio: configurações de proxy deste computador</translation>
    </message>
    <message>
        <source>A proxy for this portal only, e.g. http://proxy.acme.local:8080 (ask IT). The local sandbox is never reached through a proxy.</source>
        <translation>Um proxy só para este portal, ex.: http://proxy.acme.local:8080 (consulte a TI). O sandbox local nunca é acessado por um proxy.</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>só se o proxy pedir um</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Usuário do proxy</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Portal name</source>
        <translation>Nome do portal</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Root URL</source>
        <translation>URL raiz</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Verificações da conexão</translation>
    </message>
    <message>
        <source>Press Test connection: each check appears here as it completes.</source>
        <translation>Clique em Testar a conexão: cada verificação aparece aqui ao ser concluída.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Asking this computer&apos;s keyring…</source>
        <translation>Consultando o chaveiro do sistema deste computador…</translation>
    </message>
    <message>
        <source>This computer has no keyring: the secret is asked each session.</source>
        <translation>Este computador não tem chaveiro do sistema: o segredo é solicitado a cada sessão.</translation>
    </message>
    <message>
        <source>saved in the keyring (type to replace)</source>
        <translation>salvo no chaveiro do sistema (digite para substituir)</translation>
    </message>
    <message>
        <source>not needed for the local sandbox</source>
        <translation>não é necessário para o sandbox local</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; saved.</source>
        <translation>Perfil &apos;{name}&apos; salvo.</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; removed, with its saved secret.</source>
        <translation>Perfil &apos;{name}&apos; removido, com o segredo salvo.</translation>
    </message>
    <message>
        <source>Connection test stopped.</source>
        <translation>Teste de conexão interrompido.</translation>
    </message>
    <message>
        <source>a check did not pass.</source>
        <translation>uma verificação não passou.</translation>
    </message>
    <message>
        <source>The connection test failed: {message}</source>
        <translation>O teste de conexão falhou: {message}</translation>
    </message>
    <message>
        <source>Connected to {portal}. Next, choose what to load.</source>
        <translation>Conexão estabelecida: {portal}. Agora, escolha o que carregar.</translation>
    </message>
    <message>
        <source>Other windows, commands or tools on this portal share its budget; nothing fails meanwhile.</source>
        <translation>Outras janelas, comandos ou ferramentas neste portal compartilham o mesmo limite; nada falha enquanto isso.</translation>
    </message>
</context>
<context>
    <name>ConstantDialog</name>
    <message>
        <source>Add a constant</source>
        <translation>Adicionar uma constante</translation>
    </message>
    <message>
        <source>Type or choose a field</source>
        <translation>Digite ou escolha um campo</translation>
    </message>
    <message>
        <source>The value every record gets</source>
        <translation>O valor que todos os registros recebem</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Value for every record</source>
        <translation>Valor para todos os registros</translation>
    </message>
    <message>
        <source>{field} already has the constant &apos;{value}&apos;: this value replaces it.</source>
        <translation>{field} já tem a constante &apos;{value}&apos;: este valor a substitui.</translation>
    </message>
    <message>
        <source>{field} loads from your column &apos;{column}&apos;: the constant fills only the records where that column is empty.</source>
        <translation>{field} é carregado da sua coluna &apos;{column}&apos;: a constante preenche apenas os registros em que essa coluna está vazia.</translation>
    </message>
</context>
<context>
    <name>CulturePanel</name>
    <message>
        <source>Use {culture} for dates and numbers</source>
        <translation>Usar {culture} para datas e números</translation>
    </message>
    <message>
        <source>Use {dates} for dates and {numbers} for numbers</source>
        <translation>Usar {dates} para datas e {numbers} para números</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>(settings to change, the words of the change for Undo) (setting, value confirmed, the words of the confirmation)</extracomment>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>{date_setting} {dates} and {number_setting} {numbers}</source>
        <translation>{date_setting} {dates} e {number_setting} {numbers}</translation>
    </message>
    <message>
        <source>{settings} read them all:</source>
        <translation>{settings} leem todos:</translation>
    </message>
    <message>
        <source>Sets {settings} for this import (the Load type step shows them) and checks the file again.</source>
        <translation>Define {settings} para esta importação (a etapa Tipo de carga os mostra) e verifica o arquivo de novo.</translation>
    </message>
    <message>
        <source>The dates and numbers of this file are not written the way the import reads them.</source>
        <translation>As datas e os números deste arquivo não estão escritos da forma como a importação os lê.</translation>
    </message>
    <message>
        <source>Yes, {order}: keep {setting} {value}</source>
        <translation>Sim, {order}: manter {setting} {value}</translation>
    </message>
    <message>
        <source>Nothing in the file shows whether the day or the month comes first; your answer is kept for this file (another file, or another Date format, asks again).</source>
        <translation>Nada no arquivo indica se o dia ou o mês vem primeiro; sua resposta vale para este arquivo (outro arquivo, ou outro Formato de data, pergunta de novo).</translation>
    </message>
    <message>
        <source>Please confirm once how the dates are to be read:</source>
        <translation>Confirme uma vez como as datas devem ser lidas:</translation>
    </message>
    <message>
        <source>Sets {setting} to {value} for this import (the Load type step shows it) and checks the file again.</source>
        <translation>Define {setting} como {value} para esta importação (a etapa Tipo de carga mostra isso) e verifica o arquivo de novo.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What is wrong with the selected cell</source>
        <translation>O que está errado na célula selecionada</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>Linha {row}, {field}: {problem}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>&apos;{name}&apos; is a {kind} file; csod-desktop reads CSV, TSV, Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in one of those formats.</source>
        <extracomment>The file chooser&apos;s filter patterns (its words are translated where it opens, see ``DropZone.choose``).</extracomment>
        <translation>&apos;{name}&apos; é um arquivo {kind}; o csod-desktop lê arquivos CSV, TSV, Excel (.xlsx) e JSON (e pastas de trabalho .xlsm, .xls e OpenDocument .ods). Exporte seus dados em um desses formatos.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a file without an extension; csod-desktop reads CSV, TSV, Excel (.xlsx) and JSON files (and .xlsm, .xls and OpenDocument .ods workbooks). Export your data in one of those formats.</source>
        <translation>&apos;{name}&apos; é um arquivo sem extensão; o csod-desktop lê arquivos CSV, TSV, Excel (.xlsx) e JSON (e pastas de trabalho .xlsm, .xls e OpenDocument .ods). Exporte seus dados em um desses formatos.</translation>
    </message>
    <message>
        <source>Drop a data file here, or press Enter to choose one</source>
        <translation>Solte um arquivo de dados aqui ou pressione Enter para escolher um</translation>
    </message>
    <message>
        <source>Opens a file chooser. CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) and JSON files are read; nothing is sent to the portal in this step.</source>
        <translation>Abre um seletor de arquivos. São lidos arquivos CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods) e JSON; nada é enviado ao portal nesta etapa.</translation>
    </message>
    <message>
        <source>Drop your file here</source>
        <translation>Solte seu arquivo aqui</translation>
    </message>
    <message>
        <source>or click to choose one · CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods), JSON</source>
        <translation>ou clique para escolher um · CSV, TSV, Excel (.xlsx, .xls), OpenDocument (.ods), JSON</translation>
    </message>
    <message>
        <source>Current file: {name}</source>
        <translation>Arquivo atual: {name}</translation>
    </message>
    <message>
        <source>Drop one file at a time: each file becomes its own import.</source>
        <translation>Solte um arquivo por vez: cada arquivo vira uma importação própria.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file that exists; choose the file again.</source>
        <translation>&apos;{path}&apos; não é um arquivo existente; escolha o arquivo de novo.</translation>
    </message>
    <message>
        <source>Data files ({patterns})</source>
        <translation>Arquivos de dados ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos os arquivos ({patterns})</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>Escolher o arquivo de dados</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message numerus="yes">
        <source>%n cell edit(s)</source>
        <translation>
            <numerusform>%n edição de célula</numerusform>
            <numerusform>%n edições de células</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exclusion(s)</source>
        <translation>
            <numerusform>%n omissão de registro</numerusform>
            <numerusform>%n omissões de registros</numerusform>
        </translation>
    </message>
    <message>
        <source>your changes to the mapping</source>
        <translation>suas alterações no mapeamento</translation>
    </message>
    <message>
        <source>your answer about the order of the dates</source>
        <translation>sua resposta sobre a ordem das datas</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} e {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the file to load</source>
        <translation>Escolha o arquivo a carregar</translation>
    </message>
    <message>
        <source>Drop the export from your HR system here. The app detects its encoding and delimiter; change them if the preview looks wrong. Nothing is sent to the portal in this step.</source>
        <translation>Solte aqui a exportação do seu sistema de RH. O aplicativo detecta a codificação e o delimitador; altere-os se a visualização parecer errada. Nada é enviado ao portal nesta etapa.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>The line (or Excel row) that holds the column names.</source>
        <translation>A linha (ou linha do Excel) que contém os nomes das colunas.</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Ler de novo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Linha de cabeçalho</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Nenhum arquivo ainda.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Visualização do arquivo</translation>
    </message>
    <message>
        <source>Reading {name} …</source>
        <translation>Lendo {name} …</translation>
    </message>
    <message>
        <source>Reading {name} … {percent}%</source>
        <translation>Lendo {name} … {percent}%</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Leitura interrompida.</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Não foi possível ler este arquivo.</translation>
    </message>
    <message>
        <source>Choose what to load first (step 2), then the file.</source>
        <translation>Escolha primeiro o que carregar (etapa 2) e depois o arquivo.</translation>
    </message>
    <message>
        <source>Choose what to load on the Load type step first, then drop the file again.</source>
        <translation>Escolha primeiro o que carregar na etapa Tipo de carga e depois solte o arquivo de novo.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (oculta)</translation>
    </message>
    <message>
        <source>1 thing in this file needs a look: it is written under the file&apos;s summary.</source>
        <translation>1 item deste arquivo precisa de atenção: ele está descrito abaixo do resumo do arquivo.</translation>
    </message>
    <message>
        <source>{count} things in this file need a look: they are written under its summary.</source>
        <translation>{count} itens deste arquivo precisam de atenção: eles estão descritos abaixo do resumo.</translation>
    </message>
    <message>
        <source>{name} was read again, so its review starts over: {lost} made for the previous reading are gone.</source>
        <translation>{name} foi lido de novo, então a revisão recomeça: o que foi feito na leitura anterior ({lost}) se perdeu.</translation>
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
        <translation>{count} colunas</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>planilha {sheet}</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>codificação {encoding}</translation>
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
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Substituir por</translation>
    </message>
    <message>
        <source>In the column</source>
        <translation>Na coluna</translation>
    </message>
    <message>
        <source>Whole cell</source>
        <translation>Célula inteira</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Close find and replace (Esc)</source>
        <translation>Fechar localizar e substituir (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Fechar localizar e substituir</translation>
    </message>
    <message>
        <source>in</source>
        <translation>em</translation>
    </message>
    <message>
        <source>{count} of {shown} cells</source>
        <translation>{count} de {shown} células</translation>
    </message>
    <message>
        <source>no cell matches</source>
        <translation>nenhuma célula corresponde</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <extracomment>What the table shows, in order: (the column&apos;s name in the frame, HistoryRow field or a derived key). The name is the English header; what the header shows is ``column_labels()`` (translated). Columns kept narrow so the counts, the report and the days left fit without scrolling. Counts: written the locale&apos;s way.</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Carregados</translation>
    </message>
    <message>
        <source>Warn.</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>Estado da tarefa</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>ID da tarefa</translation>
    </message>
    <message>
        <source>Import id</source>
        <translation>ID da importação</translation>
    </message>
    <message>
        <source>{report}, {used}/{limit} used</source>
        <translation>{report}, {used}/{limit} usados</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Every job run from this computer, newest first. Cornerstone deletes results 30 days after an import was created: the days left are shown. Double-click an import to reopen its results.</source>
        <translation>Todas as tarefas executadas neste computador, das mais recentes para as mais antigas. O Cornerstone exclui os resultados 30 dias após a criação de uma importação: os dias restantes são mostrados. Clique duas vezes em uma importação para reabrir os resultados.</translation>
    </message>
    <message>
        <source>Search labels, ids, types, files…</source>
        <extracomment>Reopen an import&apos;s results (its import id).</extracomment>
        <translation>Pesquisar rótulos, IDs, tipos, arquivos…</translation>
    </message>
    <message>
        <source>Search the history of imports</source>
        <translation>Pesquisar no histórico de importações</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
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
        <translation>Importações anteriores</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) in {jobs}</source>
        <translation>
            <numerusform>%n importação em {jobs}</numerusform>
            <numerusform>%n importações em {jobs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n tarefa</numerusform>
            <numerusform>%n tarefas</numerusform>
        </translation>
    </message>
    <message>
        <source>DuckDB database</source>
        <translation>Banco de dados DuckDB</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Arquivo CSV</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar o histórico</translation>
    </message>
    <message>
        <source>History exported to {path}.</source>
        <translation>Histórico exportado para {path}.</translation>
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
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} e mais {count}</translation>
    </message>
    <message>
        <source>Job {names} is still running.</source>
        <translation>A tarefa {names} ainda está em execução.</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs are still running: {names}.</source>
        <translation>
            <numerusform>%n tarefa ainda está em execução: {names}.</numerusform>
            <numerusform>%n tarefas ainda estão em execução: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>If you quit now, Cornerstone carries on with it; this app stops following it. The next time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports (or run &apos;csod-desktop resume&apos;). Nothing is sent twice.</source>
        <translation>Se você sair agora, o Cornerstone continua com ela; este aplicativo deixa de acompanhá-la. Na próxima vez que você abrir o aplicativo e se conectar a {portal}, ele retoma de onde parou e busca os relatórios (ou execute &apos;csod-desktop resume&apos;). Nada é enviado duas vezes.</translation>
    </message>
    <message>
        <source>If you quit now, Cornerstone carries on with them; this app stops following them. The next time you open the app and connect to {portal}, it picks up where it stopped and fetches the reports (or run &apos;csod-desktop resume&apos;). Nothing is sent twice.</source>
        <translation>Se você sair agora, o Cornerstone continua com elas; este aplicativo deixa de acompanhá-las. Na próxima vez que você abrir o aplicativo e se conectar a {portal}, ele retoma de onde parou e busca os relatórios (ou execute &apos;csod-desktop resume&apos;). Nada é enviado duas vezes.</translation>
    </message>
    <message numerus="yes">
        <source>The data of %n import(s) is not sent yet: it is sent then.</source>
        <translation>
            <numerusform>Os dados de %n importação ainda não foram enviados: serão enviados nesse momento.</numerusform>
            <numerusform>Os dados de %n importações ainda não foram enviados: serão enviados nesse momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload in progress stops; before sending it again, the app asks the portal what arrived.</source>
        <translation>O envio em andamento é interrompido; antes de enviá-lo de novo, o aplicativo pergunta ao portal o que chegou.</translation>
    </message>
    <message>
        <source>Quit while a job is running?</source>
        <translation>Sair com uma tarefa em execução?</translation>
    </message>
    <message>
        <source>Quit, carry on later</source>
        <translation>Sair e continuar depois</translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Manter o aplicativo aberto</translation>
    </message>
    <message>
        <source>The job stays on the portal: Cornerstone carries on with whatever it received. This app stops following it: it no longer asks for its status or fetches its reports, and it is no longer offered for resuming. It stays in the History as forgotten.</source>
        <translation>A tarefa permanece no portal: o Cornerstone continua com o que recebeu. Este aplicativo deixa de acompanhá-la: não consulta mais o status nem busca os relatórios, e ela não é mais oferecida para retomada. Ela fica no Histórico como esquecida.</translation>
    </message>
    <message>
        <source>1 of its {total} imports have data that was never sent (or not known to have arrived): it is not sent.</source>
        <translation>1 das {total} importações tem dados que nunca foram enviados (ou sem confirmação de que chegaram): eles não são enviados.</translation>
    </message>
    <message>
        <source>{count} of its {total} imports have data that was never sent (or not known to have arrived): they are not sent.</source>
        <translation>{count} das {total} importações têm dados que nunca foram enviados (ou sem confirmação de que chegaram): eles não são enviados.</translation>
    </message>
    <message>
        <source>Forget job “{name}”?</source>
        <translation>Esquecer a tarefa “{name}”?</translation>
    </message>
    <message>
        <source>Forget this job?</source>
        <translation>Esquecer esta tarefa?</translation>
    </message>
    <message>
        <source>Forget the job</source>
        <translation>Esquecer a tarefa</translation>
    </message>
    <message>
        <source>Keep following it</source>
        <translation>Continuar acompanhando</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Esquecer…</translation>
    </message>
    <message>
        <source>The job stays on the portal; this app stops following it (it asks first)</source>
        <translation>A tarefa permanece no portal; este aplicativo deixa de acompanhá-la (ele pergunta antes)</translation>
    </message>
    <message>
        <source>Not followed now. Resume carries on (nothing is sent twice); Forget stops following it (it stays on the portal).</source>
        <translation>Não acompanhada agora. Retomar continua (nada é enviado duas vezes); Esquecer deixa de acompanhá-la (ela permanece no portal).</translation>
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
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>A janela usa o idioma escolhido a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>The window will be in {language} from its next start.</source>
        <translation>A janela estará em {language} a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
</context>
<context>
    <name>LoadTypePage</name>
    <message>
        <source>Creates and updates employees: their identity, manager, organizational units and custom fields.</source>
        <translation>Cria e atualiza funcionários: identidade, gestor, unidades organizacionais e campos personalizados.</translation>
    </message>
    <message>
        <source>Creates and updates divisions, the units that group employees by part of the business.</source>
        <translation>Cria e atualiza divisões, as unidades que agrupam os funcionários por área do negócio.</translation>
    </message>
    <message>
        <source>Creates and updates positions, the jobs employees hold.</source>
        <translation>Cria e atualiza cargos, as funções que os funcionários ocupam.</translation>
    </message>
    <message>
        <source>Creates and updates locations: the offices and sites where employees work.</source>
        <translation>Cria e atualiza locais: os escritórios e instalações onde os funcionários trabalham.</translation>
    </message>
    <message>
        <source>Creates and updates cost centers, the units costs are charged to.</source>
        <translation>Cria e atualiza centros de custo, as unidades às quais os custos são atribuídos.</translation>
    </message>
    <message>
        <source>Creates and updates grades, the pay or job levels.</source>
        <translation>Cria e atualiza níveis, os níveis salariais ou de cargo.</translation>
    </message>
    <message>
        <source>Creates and updates legal entities: the companies that employ your people.</source>
        <translation>Cria e atualiza entidades legais: as empresas que empregam seus funcionários.</translation>
    </message>
    <message>
        <source>Creates and updates {title}, a custom unit type of your portal (type_id {type_id}).</source>
        <translation>Cria e atualiza {title}, um tipo de unidade personalizado do seu portal (type_id {type_id}).</translation>
    </message>
    <message>
        <source>Loads {title} records.</source>
        <translation>Carrega registros de {title}.</translation>
    </message>
    <message>
        <source>What do you want to load?</source>
        <translation>O que você quer carregar?</translation>
    </message>
    <message>
        <source>These are the load types your portal offers to this API user. Pick one, check its settings, then continue: the app fetches the portal&apos;s schema for it.</source>
        <translation>Estes são os tipos de carga que seu portal oferece a este usuário da API. Escolha um, confira as configurações e continue: o aplicativo busca o esquema do portal para ele.</translation>
    </message>
    <message>
        <source>Load types</source>
        <translation>Tipos de carga</translation>
    </message>
    <message>
        <source>Reload from the portal</source>
        <translation>Recarregar do portal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Job settings</source>
        <translation>Configurações da tarefa</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Your API user lacks the permission for this type; ask your Cornerstone administrator.</source>
        <translation>Seu usuário da API não tem permissão para este tipo; consulte o administrador do Cornerstone.</translation>
    </message>
    <message>
        <source>Continue with {title}</source>
        <translation>Continuar com {title}</translation>
    </message>
    <message>
        <source>Your file and mapping are kept and checked again.</source>
        <translation>Seu arquivo e seu mapeamento são mantidos e verificados de novo.</translation>
    </message>
    <message>
        <source>Next, choose your file.</source>
        <translation>Agora, escolha seu arquivo.</translation>
    </message>
    <message>
        <source>{title} is another import, so it starts without a file: {file} and its mapping were for {before}. Next, choose the file.</source>
        <translation>{title} é outra importação, então começa sem arquivo: {file} e o mapeamento dele eram para {before}. Agora, escolha o arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>The portal&apos;s schema for {title} has %n field(s), {required} of them required.</source>
        <translation>
            <numerusform>O esquema do portal para {title} tem %n campo (obrigatórios: {required}).</numerusform>
            <numerusform>O esquema do portal para {title} tem %n campos, {required} deles obrigatórios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CSOD Desktop: bulk loads for Cornerstone</source>
        <extracomment>The steps panel on the left. Each step&apos;s page class, in step order (&quot;module:Class&quot;): imported when the page is first built. The window painted for the first time (nothing but the Connect step is built yet). The window is up: first paint done, the OS keyring found, ``StepPage.started()`` called. Every page is built (the idle-time build after the first paint ended). Ask before closing while a job is followed (tests that tear a window down turn it off).</extracomment>
        <translation>CSOD Desktop: cargas em massa para o Cornerstone</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Whether the window is up (``started``): pages built from then on are started when built. Builds one page per turn of the event loop after the first paint (stopped when the window closes).</extracomment>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Etapa anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Próxima etapa (Alt+Right)</translation>
    </message>
    <message>
        <source>Connect to {profile} to carry on with its unfinished job.</source>
        <translation>Conecte-se a {profile} para continuar a tarefa não concluída.</translation>
    </message>
    <message>
        <source>Press Test connection: the job is resumed as soon as the connection works.</source>
        <translation>Clique em Testar a conexão: a tarefa é retomada assim que a conexão funcionar.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>{shortcut}: finish the steps before it</source>
        <translation>{shortcut}: conclua as etapas anteriores</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Avançar: {step}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
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
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Edge Bulk API loader</source>
        <translation>Carga via Edge Bulk API</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Each change you make here is said on this line, with what it does to the other columns; Ctrl+Z takes it back.</source>
        <translation>Cada alteração que você faz aqui é descrita nesta linha, com o efeito nas outras colunas; Ctrl+Z a desfaz.</translation>
    </message>
    <message>
        <source>Match your columns to the portal&apos;s fields</source>
        <extracomment>The typed text names no field: nothing changed (the page says so).</extracomment>
        <translation>Mapeie suas colunas para os campos do portal</translation>
    </message>
    <message>
        <source>Each column of your file loads into one field of the portal. The app matched them by name and title; check the matches with low confidence, map what is missing, and continue.</source>
        <translation>Cada coluna do seu arquivo é carregada em um campo do portal. O aplicativo as associou por nome e título; confira as associações de baixa confiança, mapeie o que falta e continue.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapeamento de colunas</translation>
    </message>
    <message>
        <source>Map values…</source>
        <translation>Mapear valores…</translation>
    </message>
    <message>
        <source>Translate the values of the selected column to the portal&apos;s allowed values</source>
        <translation>Converter os valores da coluna selecionada para os valores permitidos pelo portal</translation>
    </message>
    <message>
        <source>Add constant…</source>
        <translation>Adicionar constante…</translation>
    </message>
    <message>
        <source>Remove constant</source>
        <translation>Remover constante</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Salvar modelo…</translation>
    </message>
    <message>
        <source>Load template…</source>
        <translation>Abrir modelo…</translation>
    </message>
    <message>
        <source>Constants</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Constants (the same value on every record):</source>
        <translation>Constantes (o mesmo valor em todos os registros):</translation>
    </message>
    <message>
        <source>The saved mapping for this file layout could not be used: {error}</source>
        <translation>Não foi possível usar o mapeamento salvo para este layout de arquivo: {error}</translation>
    </message>
    <message>
        <source>The mapping you saved for files with these columns was applied automatically. Check it, or load another template.</source>
        <translation>O mapeamento que você salvou para arquivos com estas colunas foi aplicado automaticamente. Confira-o ou abra outro modelo.</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Desfeito: {change}</translation>
    </message>
    <message>
        <source>There is no mapping change to undo.</source>
        <translation>Não há alteração de mapeamento para desfazer.</translation>
    </message>
    <message>
        <source>Done again: {change}</source>
        <translation>Refeito: {change}</translation>
    </message>
    <message>
        <source>There is no mapping change to redo.</source>
        <translation>Não há alteração de mapeamento para refazer.</translation>
    </message>
    <message>
        <source>No field of the portal matches &apos;{text}&apos;: nothing was changed. Type part of a field&apos;s title or name and choose it in the list, or choose &apos;{not_loaded}&apos; to leave the column out.</source>
        <translation>Nenhum campo do portal corresponde a &apos;{text}&apos;: nada foi alterado. Digite parte do título ou do nome de um campo e escolha-o na lista, ou escolha &apos;{not_loaded}&apos; para deixar a coluna de fora.</translation>
    </message>
    <message>
        <source>Required and not mapped yet: {fields}</source>
        <translation>Obrigatórios e ainda não mapeados: {fields}</translation>
    </message>
    <message>
        <source>Every required field is mapped.</source>
        <translation>Todos os campos obrigatórios estão mapeados.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nome do modelo:</translation>
    </message>
    <message>
        <source>Template saved as {path}. Files with the same columns will use it automatically.</source>
        <translation>Modelo salvo como {path}. Arquivos com as mesmas colunas vão usá-lo automaticamente.</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <source>Mapping templates (*.json)</source>
        <translation>Modelos de mapeamento (*.json)</translation>
    </message>
    <message>
        <source>This template is for {template}, not {load_type}.</source>
        <translation>Este modelo é para {template}, não para {load_type}.</translation>
    </message>
    <message>
        <source>Template {name} applied.</source>
        <translation>Modelo {name} aplicado.</translation>
    </message>
    <message>
        <source>Template {name} applied. {change}</source>
        <translation>Modelo {name} aplicado. {change}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in your file</source>
        <extracomment>How many columns the table has (its headers are :func:`headers`, in the window&apos;s language). The English of :func:`not_mapped` (the tests compare with it).</extracomment>
        <translation>Coluna do seu arquivo</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de exemplo</translation>
    </message>
    <message>
        <source>Loads into</source>
        <translation>Carregada em</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>— not loaded —</source>
        <translation>— não carregada —</translation>
    </message>
    <message>
        <source>{percent}% by name</source>
        <translation>{percent}% pelo nome</translation>
    </message>
    <message>
        <source>{percent}% by title</source>
        <translation>{percent}% pelo título</translation>
    </message>
    <message>
        <source>{percent}% by normalized</source>
        <translation>{percent}% pelo nome normalizado</translation>
    </message>
    <message>
        <source>{percent}% by similarity</source>
        <translation>{percent}% por semelhança</translation>
    </message>
    <message>
        <source>{percent}% by {method}</source>
        <translation>{percent}% por {method}</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>seu</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>info</source>
        <translation>informação</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>Something went wrong inside csod-desktop ({kind}).</source>
        <extracomment>A button beside the message: (its words, what it does), e.g. (&quot;Open folder&quot;, open it). The step whose page posted it (``ui.steps``); None for the window&apos;s own messages. A message was taken back: the step whose message it was, or None for the step on screen.</extracomment>
        <translation>Ocorreu um erro interno no csod-desktop ({kind}).</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fechar esta mensagem</translation>
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
        <translation>As verificações com os dados do seu portal estão desativadas: você interrompeu a leitura dos funcionários e das UOs do portal.</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees and OUs</source>
        <extracomment>Plan events after which what Review says against the portal is worked out again. The snapshot, its reading (progress, failure) or the review changed: views render again.</extracomment>
        <translation>Lendo os funcionários e as UOs do portal</translation>
    </message>
    <message>
        <source>The portal&apos;s employees and OUs are still being read; the file is checked against them as soon as they arrive.</source>
        <translation>Os funcionários e as UOs do portal ainda estão sendo lidos; o arquivo é verificado com eles assim que chegarem.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees are being read again (after a load, or because the last reading is old); press Run again in a moment, so the list you confirm is the portal&apos;s latest.</source>
        <translation>Os funcionários do portal estão sendo lidos de novo (após uma carga, ou porque a última leitura é antiga); clique de novo em Executar a tarefa daqui a pouco, para que a lista que você confirma seja a mais recente do portal.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees were read a while ago: they are being read again; press Run again in a moment, so the list you confirm is the portal&apos;s latest.</source>
        <translation>Os funcionários do portal foram lidos há algum tempo e estão sendo lidos de novo; clique de novo em Executar a tarefa daqui a pouco, para que a lista que você confirma seja a mais recente do portal.</translation>
    </message>
</context>
<context>
    <name>PortalPanel</name>
    <message>
        <source>The file is checked on its own, as before. {scope_hint}</source>
        <extracomment>How often the snapshot&apos;s age is written again while the panel shows.</extracomment>
        <translation>O arquivo é verificado isoladamente, como antes. {scope_hint}</translation>
    </message>
    <message>
        <source>Your API user sees only part of the portal&apos;s employees, so a reference to someone outside its view is a warning, not an error.</source>
        <translation>Seu usuário da API vê apenas parte dos funcionários do portal, então uma referência a alguém fora dessa visão é um aviso, não um erro.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n funcionário</numerusform>
            <numerusform>%n funcionários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizational unit(s)</source>
        <translation>
            <numerusform>%n unidade organizacional</numerusform>
            <numerusform>%n unidades organizacionais</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against your portal&apos;s data as read {age} (at {time}: {counts}).</source>
        <translation>Verificado com os dados do seu portal lidos {age} (às {time}: {counts}).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>The panel shows something new (the reading, its end, the comparison): Review says again if it is ready.</extracomment>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop reading the portal&apos;s data: the file is then checked on its own</source>
        <translation>Parar a leitura dos dados do portal: o arquivo passa a ser verificado isoladamente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Read the portal&apos;s employees and OUs again, then check the file again</source>
        <translation>Ler de novo os funcionários e as UOs do portal e verificar o arquivo de novo</translation>
    </message>
    <message>
        <source>See what will change…</source>
        <translation>Ver o que vai mudar…</translation>
    </message>
    <message>
        <source>See who…</source>
        <translation>Ver quem…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Reading your portal&apos;s employees and OUs to check the file against them: {progress}.</source>
        <translation>Lendo os funcionários e as UOs do seu portal para verificar o arquivo com eles: {progress}.</translation>
    </message>
    <message>
        <source>Reading it again: {progress}.</source>
        <translation>Lendo de novo: {progress}.</translation>
    </message>
    <message>
        <source>Reading it again did not work ({error}); the reading above is used.</source>
        <translation>A nova leitura não funcionou ({error}); a leitura acima é usada.</translation>
    </message>
    <message>
        <source>ReconcileUsers is on, and the employees it deactivates cannot be listed without the portal&apos;s employees: every active employee missing from this file will be deactivated.</source>
        <translation>ReconcileUsers está ativado, e os funcionários que ele desativa não podem ser listados sem os funcionários do portal: todo funcionário ativo que não estiver neste arquivo será desativado.</translation>
    </message>
    <message>
        <source>{sentence} That is more than our {limit} limit: before anything is sent, the Run step asks you to confirm this number and to tick an explicit override.</source>
        <translation>{sentence} Isso é mais que o nosso limite de {limit}: antes de qualquer envio, a etapa Execução pede que você confirme esse número e marque explicitamente a opção de ultrapassar o limite.</translation>
    </message>
    <message>
        <source>{sentence} Before anything is sent, the Run step asks you to confirm this number.</source>
        <translation>{sentence} Antes de qualquer envio, a etapa Execução pede que você confirme esse número.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
    <message>
        <source>Employees this load deactivates</source>
        <translation>Funcionários que esta carga desativa</translation>
    </message>
    <message>
        <source>Who ReconcileUsers deactivates</source>
        <translation>Quem o ReconcileUsers desativa</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>o portal</translation>
    </message>
    <message>
        <source>Deactivate employees?</source>
        <translation>Desativar funcionários?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n employee(s)?</source>
        <translation>
            <numerusform>Desativar %n funcionário?</numerusform>
            <numerusform>Desativar %n funcionários?</numerusform>
        </translation>
    </message>
    <message>
        <source>PRODUCTION portal: {where}</source>
        <translation>Portal de PRODUÇÃO: {where}</translation>
    </message>
    <message>
        <source>test portal: {where}</source>
        <translation>portal de teste: {where}</translation>
    </message>
    <message>
        <source>This job deactivates every active employee of {portal} missing from “{label}”.</source>
        <translation>Esta tarefa desativa todos os funcionários ativos de {portal} que não estão em “{label}”.</translation>
    </message>
    <message numerus="yes">
        <source>This job deactivates %n employee(s) of {portal}.</source>
        <translation>
            <numerusform>Esta tarefa desativa %n funcionário de {portal}.</numerusform>
            <numerusform>Esta tarefa desativa %n funcionários de {portal}.</numerusform>
        </translation>
    </message>
    <message>
        <source>ReconcileUsers is on for “{label}”: every active employee of {portal} missing from the file is deactivated.</source>
        <translation>ReconcileUsers está ativado para “{label}”: todo funcionário ativo de {portal} que não estiver no arquivo é desativado.</translation>
    </message>
    <message>
        <source>So who that is cannot be listed.</source>
        <translation>Por isso, não é possível listar quem são.</translation>
    </message>
    <message>
        <source>The portal&apos;s employees could not be read, so who that is cannot be listed.</source>
        <translation>Não foi possível ler os funcionários do portal, por isso não é possível listar quem são.</translation>
    </message>
    <message>
        <source>ReconcileUsers is on for “{label}”.</source>
        <translation>ReconcileUsers está ativado para “{label}”.</translation>
    </message>
    <message>
        <source>The API application&apos;s own account is not known yet (the portal names it in a job&apos;s owner_ref once a job ran): make sure it is not in the list.</source>
        <translation>A conta própria do aplicativo da API ainda não é conhecida (o portal a informa no owner_ref de uma tarefa depois que uma tarefa é executada): verifique se ela não está na lista.</translation>
    </message>
    <message>
        <source>Number of employees to deactivate</source>
        <translation>Número de funcionários a desativar</translation>
    </message>
    <message>
        <source>Portal name to confirm</source>
        <translation>Nome do portal para confirmar</translation>
    </message>
    <message>
        <source>Type the number of employees this deactivates ({count})</source>
        <translation>Digite o número de funcionários que isto desativa ({count})</translation>
    </message>
    <message>
        <source>Type the portal name “{portal}”</source>
        <translation>Digite o nome do portal “{portal}”</translation>
    </message>
    <message>
        <source>{count} is {share} of the portal&apos;s {active} active employees, more than our {limit} limit: a file that misses that many people is more often a partial export than a real change. It is refused unless you override it.</source>
        <translation>{count} corresponde a {share} dos {active} funcionários ativos do portal, mais que o nosso limite de {limit}: um arquivo em que faltam tantas pessoas costuma ser uma exportação parcial, e não uma mudança real. Ele é recusado, a menos que você ultrapasse o limite explicitamente.</translation>
    </message>
    <message numerus="yes">
        <source>Override the limit: I checked the list, and these %n employee(s) are to be deactivated</source>
        <translation>
            <numerusform>Ultrapassar o limite: conferi a lista, e este %n funcionário deve ser desativado</numerusform>
            <numerusform>Ultrapassar o limite: conferi a lista, e estes %n funcionários devem ser desativados</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate and run</source>
        <translation>Desativar e executar</translation>
    </message>
    <message>
        <source>Deactivate {count} and run</source>
        <translation>Desativar {count} e executar</translation>
    </message>
    <message>
        <source>Nothing was sent: the deactivations were not confirmed.</source>
        <translation>Nada foi enviado: as desativações não foram confirmadas.</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Not loaded.</source>
        <extracomment>The first column&apos;s name: the key of the saved file&apos;s column too (the header shows it translated). One report cell may hold several messages (the sandbox joins them with &quot; | &quot;; a real portal may do the same). Joins a row&apos;s cells in its search text: a character nobody types, so a search never spans two cells.</extracomment>
        <translation>Não carregado.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Per row, the shown columns the portal&apos;s messages name: {column: &quot;error&quot; | &quot;warning&quot;}.</extracomment>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>{value}
The portal&apos;s error: {message}</source>
        <translation>{value}
Erro do portal: {message}</translation>
    </message>
    <message>
        <source>{value}
The portal&apos;s warning: {message}</source>
        <translation>{value}
Aviso do portal: {message}</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Linha no arquivo</translation>
    </message>
    <message>
        <source>The report&apos;s column “{name}”</source>
        <translation>A coluna “{name}” do relatório</translation>
    </message>
    <message>
        <source>The record number of this row in your original file (header excluded)</source>
        <translation>O número do registro desta linha no seu arquivo original (sem o cabeçalho)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Carregado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Abrindo o relatório</translation>
    </message>
    <message>
        <source>The original file is no longer where it was loaded from: rows cannot be matched to it.</source>
        <translation>O arquivo original não está mais onde estava quando foi carregado: as linhas não podem ser associadas a ele.</translation>
    </message>
    <message>
        <source>No column mapping was recorded for this import: rows cannot be matched to the file.</source>
        <translation>Nenhum mapeamento de colunas foi registrado para esta importação: as linhas não podem ser associadas ao arquivo.</translation>
    </message>
    <message>
        <source>None of the report&apos;s rows could be found in the original file.</source>
        <translation>Nenhuma das linhas do relatório foi encontrada no arquivo original.</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Salvando o relatório</translation>
    </message>
    <message>
        <source>Preparing the failed rows for review</source>
        <translation>Preparando as linhas com falha para revisão</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The report of an import: the rows with errors and warnings, matched to the rows of your file. A report is downloaded once and kept on this computer; opening it again costs nothing.</source>
        <translation>O relatório de uma importação: as linhas com erros e avisos, associadas às linhas do seu arquivo. Um relatório é baixado uma vez e guardado neste computador; abri-lo de novo não custa nada.</translation>
    </message>
    <message>
        <source>Import whose results are shown</source>
        <extracomment>The failed rows are in the wizard&apos;s state, ready for the Review step.</extracomment>
        <translation>Importação cujos resultados são mostrados</translation>
    </message>
    <message>
        <source>Open an import from the jobs list or the history.</source>
        <translation>Abra uma importação da lista de tarefas ou do histórico.</translation>
    </message>
    <message>
        <source>Cornerstone allows {limit} downloads of a report; the cap keeps one in reserve. Opening the saved copy costs nothing.</source>
        <translation>O Cornerstone permite {limit} downloads de um relatório; o limite do aplicativo guarda um de reserva. Abrir a cópia salva não custa nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Rows of the report to show</source>
        <translation>Linhas do relatório a mostrar</translation>
    </message>
    <message>
        <source>Search every cell…</source>
        <translation>Pesquisar em todas as células…</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Pesquisar no relatório</translation>
    </message>
    <message>
        <source>Download again…</source>
        <translation>Baixar de novo…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Salvar como CSV…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Salvar como Excel…</translation>
    </message>
    <message>
        <source>Open in spreadsheet</source>
        <translation>Abrir em planilha</translation>
    </message>
    <message>
        <source>Fix and reload…</source>
        <translation>Corrigir e recarregar…</translation>
    </message>
    <message>
        <source>Puts the failed rows, in your file&apos;s columns, back into Review as a new job</source>
        <translation>Coloca as linhas com falha, nas colunas do seu arquivo, de volta na Revisão como uma nova tarefa</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Errors by message, with the number of records</source>
        <translation>Erros por mensagem, com o número de registros</translation>
    </message>
    <message>
        <source>The portal&apos;s report, one row per record</source>
        <translation>O relatório do portal, uma linha por registro</translation>
    </message>
    <message>
        <source>Errors by message (click to filter)</source>
        <translation>Erros por mensagem (clique para filtrar)</translation>
    </message>
    <message>
        <source>{name}: all {count} records loaded without errors or warnings. No report download was spent.</source>
        <translation>{name}: todos os {count} registros foram carregados sem erros nem avisos. Nenhum download de relatório foi gasto.</translation>
    </message>
    <message>
        <source>{name} is still running ({status}).</source>
        <translation>{name} ainda está em execução ({status}).</translation>
    </message>
    <message>
        <source>{position}. {type} · {file} (job of {started})</source>
        <translation>{position}. {type} · {file} (tarefa de {started})</translation>
    </message>
    <message>
        <source>{code}
Job: {job}
Import id: {id}</source>
        <translation>{code}
Tarefa: {job}
ID da importação: {id}</translation>
    </message>
    <message>
        <source>{name}: {errors} records with errors, {warnings} with warnings; the report is {state}.</source>
        <translation>{name}: {errors} registros com erros, {warnings} com avisos; relatório: {state}.</translation>
    </message>
    <message>
        <source>saved copy</source>
        <translation>cópia salva</translation>
    </message>
    <message>
        <source>downloaded just now</source>
        <translation>baixado agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, {warnings} with warnings ({origin}, file {file}).</source>
        <translation>
            <numerusform>%n linha com erros, {warnings} com avisos ({origin}, arquivo {file}).</numerusform>
            <numerusform>%n linhas com erros, {warnings} com avisos ({origin}, arquivo {file}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, {warnings} with warnings ({origin}).</source>
        <translation>
            <numerusform>%n linha com erros, {warnings} com avisos ({origin}).</numerusform>
            <numerusform>%n linhas com erros, {warnings} com avisos ({origin}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads the report again from Cornerstone (asks first)</source>
        <translation>Baixa o relatório de novo do Cornerstone (pergunta antes)</translation>
    </message>
    <message>
        <source>The download cap for this report is reached: only the saved copy can be shown</source>
        <translation>O limite de downloads deste relatório foi atingido: só a cópia salva pode ser mostrada</translation>
    </message>
    <message>
        <source>{shown} of {total} report rows shown, with the error chosen on the left (click it again for every error)</source>
        <translation>{shown} de {total} linhas do relatório mostradas, com o erro escolhido à esquerda (clique nele de novo para ver todos os erros)</translation>
    </message>
    <message>
        <source>{shown} of {total} report rows shown</source>
        <translation>{shown} de {total} linhas do relatório mostradas</translation>
    </message>
    <message>
        <source>This report cannot be downloaded again: {usage}.</source>
        <translation>Este relatório não pode ser baixado de novo: {usage}.</translation>
    </message>
    <message>
        <source>Cornerstone allows five downloads of a report ever; the saved copy is still shown and can be saved.</source>
        <translation>O Cornerstone permite só cinco downloads de um relatório, no total; a cópia salva continua sendo mostrada e pode ser salva.</translation>
    </message>
    <message>
        <source>Connect to the portal first to download this report again.</source>
        <translation>Conecte-se ao portal primeiro para baixar este relatório de novo.</translation>
    </message>
    <message>
        <source>Download the report again?</source>
        <translation>Baixar o relatório de novo?</translation>
    </message>
    <message>
        <source>This spends one of the report&apos;s downloads ({usage}). The saved copy is the same report unless Cornerstone changed it. Download again?</source>
        <translation>Isto gasta um dos downloads do relatório ({usage}). A cópia salva é o mesmo relatório, a menos que o Cornerstone o tenha alterado. Baixar de novo?</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Arquivo CSV</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Relatório salvo em {path}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>No file manager opened the folder; the report is at {path}.</source>
        <translation>Nenhum gerenciador de arquivos abriu a pasta; o relatório está em {path}.</translation>
    </message>
    <message>
        <source>No spreadsheet application opened the report; it is saved at {path}.</source>
        <translation>Nenhum aplicativo de planilhas abriu o relatório; ele está salvo em {path}.</translation>
    </message>
    <message>
        <source>Connect to the portal this import was sent to, then try again.</source>
        <translation>Conecte-se ao portal para o qual esta importação foi enviada e tente de novo.</translation>
    </message>
    <message>
        <source>No failed row of this report could be found in the original file.</source>
        <translation>Nenhuma linha com falha deste relatório foi encontrada no arquivo original.</translation>
    </message>
    <message>
        <source>The {count} failed rows are ready for review, each with the portal&apos;s reason: fix them, then run them as a new job.</source>
        <translation>As {count} linhas com falha estão prontas para revisão, cada uma com o motivo do portal: corrija-as e depois execute-as como uma nova tarefa.</translation>
    </message>
    <message>
        <source>They were written to {path}.</source>
        <translation>Elas foram gravadas em {path}.</translation>
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
        <translation>registros {records} e {last}</translation>
    </message>
    <message numerus="yes">
        <source>records {records} and %n more</source>
        <translation>
            <numerusform>registros {records} e mais %n</numerusform>
            <numerusform>registros {records} e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Preencher para baixo</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Limpar as células selecionadas</translation>
    </message>
    <message>
        <source>Find and replace in a column…</source>
        <translation>Localizar e substituir em uma coluna…</translation>
    </message>
    <message>
        <source>Wait for the check to finish, then edit the grid.</source>
        <translation>Aguarde o fim da verificação e depois edite a grade.</translation>
    </message>
    <message>
        <source>{gesture}: no cell changed.</source>
        <translation>{gesture}: nenhuma célula alterada.</translation>
    </message>
    <message numerus="yes">
        <source>{gesture}: %n cell(s) changed in {records} (Ctrl+Z takes it back). Press Check again to check them.</source>
        <translation>
            <numerusform>{gesture}: %n célula alterada em {records} (Ctrl+Z desfaz). Clique em Verificar de novo para verificá-la.</numerusform>
            <numerusform>{gesture}: %n células alteradas em {records} (Ctrl+Z desfaz). Clique em Verificar de novo para verificá-las.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: {change}.</source>
        <translation>Desfeito: {change}.</translation>
    </message>
    <message>
        <source>There is nothing to undo on this step.</source>
        <translation>Não há nada para desfazer nesta etapa.</translation>
    </message>
    <message>
        <source>Done again: {change}.</source>
        <translation>Refeito: {change}.</translation>
    </message>
    <message>
        <source>There is nothing to redo on this step.</source>
        <translation>Não há nada para refazer nesta etapa.</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Desfazer: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Nada para desfazer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Y)</source>
        <translation>Refazer: {change} (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Y)</source>
        <translation>Nada para refazer (Ctrl+Y)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) copied: paste them in a spreadsheet, or here.</source>
        <translation>
            <numerusform>%n célula copiada: cole-a em uma planilha ou aqui.</numerusform>
            <numerusform>%n células copiadas: cole-as em uma planilha ou aqui.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>A área de transferência não tem texto para colar.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the block did not fit below the last record shown</source>
        <translation>
            <numerusform>%n linha do bloco não coube abaixo do último registro mostrado</numerusform>
            <numerusform>%n linhas do bloco não couberam abaixo do último registro mostrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) did not fit right of the last field</source>
        <translation>
            <numerusform>%n coluna não coube à direita do último campo</numerusform>
            <numerusform>%n colunas não couberam à direita do último campo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell on Exclude or Problems, which take no text</source>
        <translation>
            <numerusform>%n célula caiu em Omitir ou Problemas, que não aceitam texto</numerusform>
            <numerusform>%n células caíram em Omitir ou Problemas, que não aceitam texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s); {left}: those were not pasted.</source>
        <translation>
            <numerusform>%n célula colada; {left}: essas não foram coladas.</numerusform>
            <numerusform>%n células coladas; {left}: essas não foram coladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the top-left cell where the block should start, then paste again.</source>
        <translation>Selecione a célula superior esquerda onde o bloco deve começar e cole de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Clearing of %n cell(s)</source>
        <translation>
            <numerusform>Limpeza de %n célula</numerusform>
            <numerusform>Limpeza de %n células</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Replace of &apos;{find}&apos; with &apos;{replace}&apos; in {field}</source>
        <translation>Substituição de &apos;{find}&apos; por &apos;{replace}&apos; em {field}</translation>
    </message>
    <message>
        <source>Replace in {field}</source>
        <translation>Substituição em {field}</translation>
    </message>
    <message>
        <source>{setting} is now {value} (it was {before})</source>
        <translation>{setting} agora é {value} (era {before})</translation>
    </message>
    <message>
        <source>{changes} for this import, on the Load type step too. The file is checked again with it.</source>
        <translation>{changes} para esta importação, também na etapa Tipo de carga. O arquivo é verificado de novo com essa configuração.</translation>
    </message>
    <message>
        <source>Confirmed: {setting} {value} reads this file&apos;s dates as written. The file is checked again with your answer; Ctrl+Z takes it back.</source>
        <translation>Confirmado: {setting} {value} lê as datas deste arquivo como estão escritas. O arquivo é verificado de novo com sua resposta; Ctrl+Z a desfaz.</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <source>Records with problems</source>
        <extracomment>Selected cells remembered across a re-check (a whole column of a big file is not walked cell by cell).</extracomment>
        <translation>Registros com problemas</translation>
    </message>
    <message>
        <source>One row per record, one column per field; highlighted cells have a problem, which the pane below the grid explains. The arrow keys move between cells, typing replaces a cell, Enter keeps the new value, Ctrl+Z takes it back.</source>
        <translation>Uma linha por registro, uma coluna por campo; as células destacadas têm um problema, explicado no painel abaixo da grade. As setas movem entre as células, digitar substitui o conteúdo de uma célula, Enter mantém o novo valor, Ctrl+Z o desfaz.</translation>
    </message>
    <message>
        <source>Paste of a {size} block</source>
        <translation>Colagem de um bloco {size}</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Preencher para baixo</translation>
    </message>
</context>
<context>
    <name>ReviewJobs</name>
    <message>
        <source>Mapping the columns</source>
        <extracomment>The Problems cell of an exported row is cut after this many characters (and says so): a record with dozens of problems made 1,500-character cells nobody reads in a spreadsheet (issue 14).</extracomment>
        <translation>Mapeando as colunas</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s): see the Review step</source>
        <translation>
            <numerusform>… e mais %n problema: veja a etapa Revisão</numerusform>
            <numerusform>… e mais %n problemas: veja a etapa Revisão</numerusform>
        </translation>
    </message>
    <message>
        <source>(cut: see the Review step)</source>
        <translation>(cortado: veja a etapa Revisão)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Record {record} of your file</source>
        <extracomment>The grid&apos;s two columns that are not fields of the record: the Exclude check box and the problems. What the grid shows: the records with problems (all, errors, warnings), every record, or a summary line.</extracomment>
        <translation>Registro {record} do seu arquivo</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Omitir</translation>
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
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>excluded · {problems}</source>
        <translation>omitido · {problems}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>Changed by you.</source>
        <translation>Alterado por você.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erro: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Aviso: {message}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Record {record} has no problem in this cell.</source>
        <translation>O registro {record} não tem problema nesta célula.</translation>
    </message>
    <message>
        <source>Problem records only</source>
        <extracomment>Plan changes that the Review step checks again at once (when it shows; else when it is entered).</extracomment>
        <translation>Só registros com problemas</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Só erros</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Só avisos</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <source>A summary line</source>
        <translation>Uma linha de resumo</translation>
    </message>
    <message>
        <source>Select a highlighted cell to see what is wrong and how to fix it.</source>
        <translation>Selecione uma célula destacada para ver o que está errado e como corrigir.</translation>
    </message>
    <message>
        <source>Review before loading</source>
        <extracomment>Below this height (of the step) the lead sentence under the title is hidden.</extracomment>
        <translation>Revisar antes de carregar</translation>
    </message>
    <message>
        <source>The app checks every record against the portal&apos;s rules. Fix a highlighted cell by typing in it (or paste from a spreadsheet), then check again, or exclude the record. Nothing is sent until you say so.</source>
        <translation>O aplicativo verifica cada registro com as regras do portal. Corrija uma célula destacada digitando nela (ou colando de uma planilha) e verifique de novo, ou omita o registro. Nada é enviado até você decidir.</translation>
    </message>
    <message>
        <source>Checking … {percent}</source>
        <extracomment>The import&apos;s payload parts are written: ``services.loads.PreparedImport`` list, one per part.</extracomment>
        <translation>Verificando … {percent}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Export rows…</source>
        <translation>Exportar linhas…</translation>
    </message>
    <message>
        <source>Writes the records the grid shows (with their problems) to a CSV for Excel</source>
        <translation>Grava os registros que a grade mostra (com seus problemas) em um CSV para o Excel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems by rule and column</source>
        <translation>Problemas por regra e coluna</translation>
    </message>
    <message>
        <source>Problems by rule and column: click a line to see its records and cells</source>
        <translation>Problemas por regra e coluna: clique em uma linha para ver os registros e as células</translation>
    </message>
    <message>
        <source>Records to show</source>
        <translation>Registros a mostrar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Edit ▾</source>
        <translation>Editar ▾</translation>
    </message>
    <message>
        <source>Copy, paste, fill down, clear, find and replace</source>
        <translation>Copiar, colar, preencher para baixo, limpar, localizar e substituir</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Leave the selected records out of the payload (Ctrl+Z takes it back)</source>
        <translation>Deixar os registros selecionados fora do envio (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Take the selected records back into the payload</source>
        <translation>Trazer os registros selecionados de volta ao envio</translation>
    </message>
    <message>
        <source>Exclude all with errors</source>
        <translation>Omitir todos com erros</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Add to the job and go to Run</source>
        <translation>Adicionar à tarefa e ir à Execução</translation>
    </message>
    <message>
        <source>Writes the file to send and adds it to the next job on the Run step</source>
        <translation>Grava o arquivo a enviar e o adiciona à próxima tarefa na etapa Execução</translation>
    </message>
    <message>
        <source>Checking {count} records …</source>
        <translation>Verificando {count} registros …</translation>
    </message>
    <message>
        <source>Check stopped: press Check again to run it.</source>
        <translation>Verificação interrompida: clique em Verificar de novo para executá-la.</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was changed.</source>
        <translation>A verificação foi interrompida; nada foi alterado.</translation>
    </message>
    <message>
        <source>The check could not finish.</source>
        <translation>Não foi possível concluir a verificação.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>About the whole file:
{problems}</source>
        <translation>Sobre o arquivo inteiro:
{problems}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) excluded: they are left out of the payload. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n registro omitido: fica fora do envio. Ctrl+Z desfaz.</numerusform>
            <numerusform>%n registros omitidos: ficam fora do envio. Ctrl+Z desfaz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) taken back into the payload. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>%n registro trazido de volta ao envio. Ctrl+Z desfaz.</numerusform>
            <numerusform>%n registros trazidos de volta ao envio. Ctrl+Z desfaz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPayload</name>
    <message>
        <source>Export the rows shown</source>
        <translation>Exportar as linhas mostradas</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} rows written to {path} ({shown}).</source>
        <translation>{count} linhas gravadas em {path} ({shown}).</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) of problems were longer than {limit} characters and end in &quot;…&quot;: the whole text is on this step.</source>
        <translation>
            <numerusform>%n lista de problemas tinha mais de {limit} caracteres e termina em &quot;…&quot;: o texto completo está nesta etapa.</numerusform>
            <numerusform>%n listas de problemas tinham mais de {limit} caracteres e terminam em &quot;…&quot;: o texto completo está nesta etapa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in Excel, then drop the fixed file on the File step.</source>
        <translation>Corrija-as no Excel e depois solte o arquivo corrigido na etapa Arquivo.</translation>
    </message>
    <message>
        <source>{ready}, {excluded} excluded, {warnings}</source>
        <translation>{ready}, {excluded} omitidos, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ready</source>
        <translation>
            <numerusform>%n registro pronto</numerusform>
            <numerusform>%n registros prontos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You changed %n cell(s): press Check again.</source>
        <translation>
            <numerusform>Você alterou %n célula: clique em Verificar de novo.</numerusform>
            <numerusform>Você alterou %n células: clique em Verificar de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something changed on an earlier step: checking again.</source>
        <translation>Algo mudou em uma etapa anterior: verificando de novo.</translation>
    </message>
    <message>
        <source>The whole file has a problem (see above) that must be fixed first.</source>
        <translation>O arquivo inteiro tem um problema (veja acima) que precisa ser corrigido primeiro.</translation>
    </message>
    <message>
        <source>1 record still has errors: fix it or exclude it.</source>
        <translation>1 registro ainda tem erros: corrija-o ou omita-o.</translation>
    </message>
    <message>
        <source>{count} records still have errors: fix them or exclude them.</source>
        <translation>{count} registros ainda têm erros: corrija-os ou omita-os.</translation>
    </message>
    <message>
        <source>{counts}. {then}</source>
        <translation>{counts}. {then}</translation>
    </message>
    <message>
        <source>it has not been checked yet. Wait for the check, or press Check again.</source>
        <translation>ele ainda não foi verificado. Aguarde a verificação ou clique em Verificar de novo.</translation>
    </message>
    <message>
        <source>This file is not added to a job yet: {why}</source>
        <translation>Este arquivo ainda não foi adicionado a uma tarefa: {why}</translation>
    </message>
    <message>
        <source>The Run step runs files added from here; fix what is listed, then press Next again.</source>
        <translation>A etapa Execução executa os arquivos adicionados aqui; corrija o que está listado e clique em Avançar de novo.</translation>
    </message>
    <message>
        <source>The file changed while its payload was written: check it again, then add it.</source>
        <translation>O arquivo mudou enquanto os dados a enviar eram gravados: verifique-o de novo e depois adicione-o.</translation>
    </message>
    <message>
        <source>{count} parts in {folder}</source>
        <translation>{count} partes em {folder}</translation>
    </message>
    <message>
        <source>Payload written: {where} ({count} records, {size} KB).</source>
        <translation>Dados a enviar gravados: {where} ({count} registros, {size} KB).</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>required</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>dependency</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>dependência</translation>
    </message>
    <message>
        <source>min_length</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>comprimento mínimo</translation>
    </message>
    <message>
        <source>max_length</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>comprimento máximo</translation>
    </message>
    <message>
        <source>enum</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>lista de valores</translation>
    </message>
    <message>
        <source>date</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>data</translation>
    </message>
    <message>
        <source>number</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>verdadeiro/falso</translation>
    </message>
    <message>
        <source>duplicate</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>cross_unique</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>unicidade cruzada</translation>
    </message>
    <message>
        <source>reference</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>referência</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>inativo</translation>
    </message>
    <message>
        <source>invisible</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>caractere invisível</translation>
    </message>
    <message>
        <source>unknown_column</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>coluna desconhecida</translation>
    </message>
    <message>
        <source>columns</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>colunas</translation>
    </message>
    <message>
        <source>records</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>registros</translation>
    </message>
    <message>
        <source>date_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>formato de data</translation>
    </message>
    <message>
        <source>number_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>formato de número</translation>
    </message>
    <message>
        <source>confirm_date_format</source>
        <comment>a validation rule&apos;s name in the Review summary</comment>
        <translation>confirmar formato de data</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Organizational units are loaded before employees: Cornerstone resolves the imports of one job in order, so an employee can point to a division or location created by the same job.</source>
        <translation>As unidades organizacionais são carregadas antes dos funcionários: o Cornerstone processa as importações de uma tarefa em ordem, então um funcionário pode apontar para uma divisão ou um local criado pela mesma tarefa.</translation>
    </message>
    <message>
        <source>Organizational units run before employees, so an employee can point to a unit made by this job.</source>
        <translation>As unidades organizacionais são executadas antes dos funcionários, então um funcionário pode apontar para uma unidade criada por esta tarefa.</translation>
    </message>
    <message>
        <source>1 record you excluded is not sent</source>
        <translation>1 registro que você omitiu não é enviado</translation>
    </message>
    <message>
        <source>{count} records you excluded are not sent</source>
        <translation>{count} registros que você omitiu não são enviados</translation>
    </message>
    <message>
        <source>1 record with errors is left out</source>
        <translation>1 registro com erros fica de fora</translation>
    </message>
    <message>
        <source>{count} records with errors are left out</source>
        <translation>{count} registros com erros ficam de fora</translation>
    </message>
    <message>
        <source>1 record with warnings is sent with Review&apos;s warnings</source>
        <translation>1 registro com avisos é enviado com os avisos da Revisão</translation>
    </message>
    <message>
        <source>{count} records with warnings are sent with Review&apos;s warnings</source>
        <translation>{count} registros com avisos são enviados com os avisos da Revisão</translation>
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
        <translation>Executar esta tarefa?</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>o portal</translation>
    </message>
    <message>
        <source>PRODUCTION portal: {portal}</source>
        <translation>Portal de PRODUÇÃO: {portal}</translation>
    </message>
    <message>
        <source>test portal: {portal}</source>
        <translation>portal de teste: {portal}</translation>
    </message>
    <message numerus="yes">
        <source>Job “{label}” with %n import(s), in this order:</source>
        <translation>
            <numerusform>Tarefa “{label}” com %n importação, nesta ordem:</numerusform>
            <numerusform>Tarefa “{label}” com %n importações, nesta ordem:</numerusform>
        </translation>
    </message>
    <message>
        <source>{position}. {type}: {count} records from {file} (“{label}”)</source>
        <translation>{position}. {type}: {count} registros de {file} (“{label}”)</translation>
    </message>
    <message>
        <source>{position}. {type}: records from {file} (“{label}”)</source>
        <translation>{position}. {type}: registros de {file} (“{label}”)</translation>
    </message>
    <message>
        <source>ReconcileUsers is on: every employee missing from this file is deactivated.</source>
        <translation>ReconcileUsers está ativado: todo funcionário que não estiver neste arquivo é desativado.</translation>
    </message>
    <message>
        <source>Cornerstone will call {url} when every import is done.</source>
        <translation>O Cornerstone vai chamar {url} quando todas as importações terminarem.</translation>
    </message>
    <message>
        <source>The data is posted now; the status is then checked within the portal&apos;s limits.</source>
        <translation>Os dados são enviados agora; depois, o status é verificado dentro dos limites do portal.</translation>
    </message>
    <message>
        <source>Run the job</source>
        <translation>Executar a tarefa</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Put one or more checked files into one job (up to {count}), give it a label, confirm, and follow it live. Results are fetched automatically when an import has errors or warnings.</source>
        <translation>Coloque um ou mais arquivos verificados em uma tarefa (até {count}), dê um rótulo a ela, confirme e acompanhe ao vivo. Os resultados são buscados automaticamente quando uma importação tem erros ou avisos.</translation>
    </message>
    <message>
        <source>Files in the next job</source>
        <extracomment>The administrator wants to prepare another file for this job (the window goes to Load type). Prepared imports were added to the next job. The last question before a job with ReconcileUsers is sent (the window sets it: ui.reconcile_dialog).</extracomment>
        <translation>Arquivos da próxima tarefa</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Load type</source>
        <translation>Tipo de carga</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Import label (editable)</source>
        <translation>Rótulo da importação (editável)</translation>
    </message>
    <message>
        <source>No file in the next job yet: check one on the Review step, then press “Add to the job and go to Run”.</source>
        <translation>Nenhum arquivo na próxima tarefa ainda: verifique um na etapa Revisão e depois clique em “Adicionar à tarefa e ir à Execução”.</translation>
    </message>
    <message>
        <source>Add another file…</source>
        <translation>Adicionar outro arquivo…</translation>
    </message>
    <message>
        <source>Choose a load type and a file for another import of this job</source>
        <translation>Escolher um tipo de carga e um arquivo para outra importação desta tarefa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>A label to find this job again</source>
        <translation>Um rótulo para encontrar esta tarefa depois</translation>
    </message>
    <message>
        <source>optional: https://… (Cornerstone posts once when the job is done)</source>
        <translation>opcional: https://… (o Cornerstone envia uma notificação quando a tarefa termina)</translation>
    </message>
    <message>
        <source>Optional. An https address that Cornerstone calls once, when every import of the job is done.</source>
        <translation>Opcional. Um endereço https que o Cornerstone chama uma vez, quando todas as importações da tarefa terminarem.</translation>
    </message>
    <message>
        <source>Job label</source>
        <translation>Rótulo da tarefa</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Run the job…</source>
        <translation>Executar a tarefa…</translation>
    </message>
    <message>
        <source>Shows the portal and what will be sent, and asks you to confirm before anything is posted.</source>
        <translation>Mostra o portal e o que será enviado e pede sua confirmação antes de qualquer envio.</translation>
    </message>
    <message>
        <source>All data sent</source>
        <translation>Todos os dados enviados</translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation>Enviando {percent}%</translation>
    </message>
    <message>
        <source>Imports of the next job</source>
        <translation>Importações da próxima tarefa</translation>
    </message>
    <message>
        <source>A job holds at most {most} imports; this file needs {needed} and the job has {kept} already.</source>
        <translation>Uma tarefa comporta no máximo {most} importações; este arquivo precisa de {needed} e a tarefa já tem {kept}.</translation>
    </message>
    <message>
        <source>Run this job first, then add the file to the next one.</source>
        <translation>Execute esta tarefa primeiro e depois adicione o arquivo à próxima.</translation>
    </message>
    <message>
        <source>{file} ({type}) was already in the next job: this check replaces the earlier one.</source>
        <translation>{file} ({type}) já estava na próxima tarefa: esta verificação substitui a anterior.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este arquivo</translation>
    </message>
    <message>
        <source>The imports were put in run order.</source>
        <translation>As importações foram colocadas na ordem de execução.</translation>
    </message>
    <message>
        <source>Every record of the file is sent</source>
        <translation>Todos os registros do arquivo são enviados</translation>
    </message>
    <message>
        <source>Connect to a portal to run a job.</source>
        <translation>Conecte-se a um portal para executar uma tarefa.</translation>
    </message>
    <message>
        <source>Runs on {portal}  (PRODUCTION)</source>
        <translation>Executa em {portal}  (PRODUÇÃO)</translation>
    </message>
    <message>
        <source>Runs on {portal}</source>
        <translation>Executa em {portal}</translation>
    </message>
    <message>
        <source>csod-desktop job</source>
        <translation>tarefa do csod-desktop</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>How each row is matched to an employee already in the portal: by User ID or by GUID.</source>
        <translation>Como cada linha é associada a um funcionário que já está no portal: pelo User ID ou pelo GUID.</translation>
    </message>
    <message>
        <source>Deactivates every employee in the portal who is not in this file. Only for a file that lists all your active employees.</source>
        <translation>Desativa todo funcionário do portal que não estiver neste arquivo. Somente para um arquivo que lista todos os seus funcionários ativos.</translation>
    </message>
    <message>
        <source>Allow employees to be placed in organizational units that are inactive in the portal. When off, those rows are not loaded.</source>
        <translation>Permitir que funcionários sejam colocados em unidades organizacionais inativas no portal. Quando desativado, essas linhas não são carregadas.</translation>
    </message>
    <message>
        <source>Allow managers, approvers and other relations to point at inactive employees. When off, those rows are not loaded.</source>
        <translation>Permitir que gestores, aprovadores e outras relações apontem para funcionários inativos. Quando desativado, essas linhas não são carregadas.</translation>
    </message>
    <message>
        <source>Allow this unit to refer to inactive parent units and inactive owners.</source>
        <translation>Permitir que esta unidade faça referência a unidades superiores inativas e a responsáveis inativos.</translation>
    </message>
    <message>
        <source>For employees already in the portal: an empty cell in a column you send takes the default your administrator configured (on) or leaves the field unchanged (off). New employees always get defaults.</source>
        <translation>Para funcionários que já estão no portal: uma célula vazia em uma coluna que você envia recebe o padrão configurado pelo seu administrador (ativado) ou deixa o campo inalterado (desativado). Funcionários novos sempre recebem os padrões.</translation>
    </message>
    <message>
        <source>The language your data is written in, for fields Cornerstone translates.</source>
        <translation>O idioma em que seus dados estão escritos, para os campos que o Cornerstone traduz.</translation>
    </message>
    <message>
        <source>How dates are written in your file: en-US month first (7/1/2017), fr-FR day first (1/7/2017), en-GB year first (2017-07-01).</source>
        <translation>Como as datas estão escritas no seu arquivo: en-US mês primeiro (7/1/2017), fr-FR dia primeiro (1/7/2017), en-GB ano primeiro (2017-07-01).</translation>
    </message>
    <message>
        <source>How numbers are written: en-US 1,234.56, fr-FR 1 234,56, es-ES 1.234,56.</source>
        <translation>Como os números estão escritos: en-US 1,234.56, fr-FR 1 234,56, es-ES 1.234,56.</translation>
    </message>
    <message>
        <source>Match employees by</source>
        <translation>Associar funcionários por</translation>
    </message>
    <message>
        <source>Deactivate missing employees</source>
        <translation>Desativar funcionários ausentes</translation>
    </message>
    <message>
        <source>Allow inactive units</source>
        <translation>Permitir unidades inativas</translation>
    </message>
    <message>
        <source>Allow inactive related employees</source>
        <translation>Permitir funcionários relacionados inativos</translation>
    </message>
    <message>
        <source>Allow inactive units and owners</source>
        <translation>Permitir unidades e responsáveis inativos</translation>
    </message>
    <message>
        <source>Use defaults for empty cells</source>
        <translation>Usar padrões para células vazias</translation>
    </message>
    <message>
        <source>Data language</source>
        <translation>Idioma dos dados</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de data</translation>
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
        <translation>en-US: mês primeiro</translation>
    </message>
    <message>
        <source>fr-FR: day first</source>
        <translation>fr-FR: dia primeiro</translation>
    </message>
    <message>
        <source>en-GB: year first</source>
        <translation>en-GB: ano primeiro</translation>
    </message>
    <message>
        <source>Not sent: the portal decides</source>
        <extracomment>The cultures of the fallback form (a portal document that does not list the settings).</extracomment>
        <translation>Não enviado: o portal decide</translation>
    </message>
    <message>
        <source>Deactivate every employee missing from the file?</source>
        <translation>Desativar todo funcionário ausente do arquivo?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;With this setting on, every employee in the portal &lt;i&gt;{portal}&lt;/i&gt; who is missing from the file you load is deactivated.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use it only when the file lists all your active employees. A partial file (one department, new hires) would deactivate everyone else.&lt;/p&gt;&lt;p&gt;Before the job is sent, the Run step lists every employee it would deactivate and asks you to confirm their number.&lt;/p&gt;&lt;p&gt;Type the portal name &lt;b&gt;{portal}&lt;/b&gt; to turn it on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Com esta configuração ativada, todo funcionário do portal &lt;i&gt;{portal}&lt;/i&gt; que não estiver no arquivo carregado é desativado.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use-a somente quando o arquivo listar todos os seus funcionários ativos. Um arquivo parcial (um departamento, novas contratações) desativaria todos os demais.&lt;/p&gt;&lt;p&gt;Antes de a tarefa ser enviada, a etapa Execução lista todos os funcionários que ela desativaria e pede que você confirme o número deles.&lt;/p&gt;&lt;p&gt;Digite o nome do portal &lt;b&gt;{portal}&lt;/b&gt; para ativá-la.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Portal name to confirm</source>
        <translation>Nome do portal para confirmar</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>The administrator changed a setting (not emitted while the form is being built or filled). Replaced by tests to answer the confirmation without a modal loop.</extracomment>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Documented default: {value}.</source>
        <translation>Padrão documentado: {value}.</translation>
    </message>
    <message>
        <source>No documented default: not sent unless you choose.</source>
        <translation>Sem padrão documentado: não é enviado, a menos que você escolha.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Jobs and their imports</source>
        <extracomment>The user asked to see an import&apos;s results (its import id). A job reached its end (journal ref): finished, failed or abandoned. The share of the newest job&apos;s data sent so far (0..1), for the Run step&apos;s upload bar. Resume was asked for a job of a portal the window is not connected to (the profile&apos;s name).</extracomment>
        <translation>Tarefas e suas importações</translation>
    </message>
    <message>
        <source>Each job with its imports and their live status. Select an import with the arrow keys, then press Open results to read its report.</source>
        <translation>Cada tarefa com suas importações e o status ao vivo delas. Selecione uma importação com as setas e clique em Abrir resultados para ler o relatório.</translation>
    </message>
    <message>
        <source>No job followed now. Jobs you run appear here with their live status; earlier ones are in the History step.</source>
        <translation>Nenhuma tarefa acompanhada agora. As tarefas que você executar aparecem aqui com o status ao vivo; as anteriores estão na etapa Histórico.</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Abrir resultados</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Parar de acompanhar</translation>
    </message>
    <message>
        <source>Stops asking for this job&apos;s status; the job keeps running in Cornerstone. Resume it from its row, or the next time the app connects to this portal.</source>
        <translation>Deixa de consultar o status desta tarefa; a tarefa continua em execução no Cornerstone. Retome-a na linha dela ou na próxima vez que o aplicativo se conectar a este portal.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Job {name} is {state}: it is left to it.</source>
        <translation>A tarefa {name} está {state}: este aplicativo não interfere nela.</translation>
    </message>
    <message>
        <source>Carrying on with job “{name}”, unfinished from an earlier session.</source>
        <translation>Continuando a tarefa “{name}”, não concluída em uma sessão anterior.</translation>
    </message>
    <message numerus="yes">
        <source>Carrying on with %n jobs unfinished from an earlier session.</source>
        <translation>
            <numerusform>Continuando %n tarefa não concluída em uma sessão anterior.</numerusform>
            <numerusform>Continuando %n tarefas não concluídas em uma sessão anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is followed on the Run step; nothing is sent twice, and its report is fetched when it ends.</source>
        <translation>Ela é acompanhada na etapa Execução; nada é enviado duas vezes, e o relatório é buscado quando ela terminar.</translation>
    </message>
    <message>
        <source>Unfinished from an earlier session</source>
        <translation>Não concluída em uma sessão anterior</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Retomando</translation>
    </message>
    <message>
        <source>Stopped: Resume carries on (nothing is sent twice)</source>
        <translation>Parada: Retomar continua (nada é enviado duas vezes)</translation>
    </message>
    <message>
        <source>Running in Cornerstone</source>
        <translation>Em execução no Cornerstone</translation>
    </message>
    <message>
        <source>Finished; fetching reports</source>
        <translation>Concluída; buscando os relatórios</translation>
    </message>
    <message>
        <source>Job {state}</source>
        <translation>Tarefa {state}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>The report, matched to your file, is in the Results step.</source>
        <translation>O relatório, associado ao seu arquivo, está na etapa Resultados.</translation>
    </message>
    <message>
        <source>Nothing failed, so no report download was needed.</source>
        <translation>Nada falhou, então não foi preciso baixar nenhum relatório.</translation>
    </message>
    <message>
        <source>Follow the job again: send what the portal has not received (never twice), wait for it, fetch its reports</source>
        <translation>Acompanhar a tarefa de novo: enviar o que o portal não recebeu (nunca duas vezes), aguardar e buscar os relatórios</translation>
    </message>
    <message>
        <source>Connect to {portal} first: Resume opens the Connect step with it</source>
        <translation>Conecte-se a {portal} primeiro: Retomar abre a etapa Conexão com ele</translation>
    </message>
    <message>
        <source>Forgotten: it stays on the portal</source>
        <translation>Esquecida: permanece no portal</translation>
    </message>
    <message>
        <source>Job “{name}” forgotten.</source>
        <translation>Tarefa “{name}” esquecida.</translation>
    </message>
    <message>
        <source>It stays on the portal; this app no longer follows it.</source>
        <translation>Ela permanece no portal; este aplicativo não a acompanha mais.</translation>
    </message>
    <message>
        <source>Job / import</source>
        <extracomment>Position of the bars&apos; column (item widgets there; the tree&apos;s other columns are text). The bar&apos;s colour once an import is done: all loaded, some records failed, the import failed. The bar&apos;s colour once an import is done: all loaded, some records failed, the import failed (app.qss, [tone]). Events whose line a wait for the next status check replaces (&quot;Running in Cornerstone&quot;): creating the job, sending its data, a status that is not the last. Decided by the event, never by its words.</extracomment>
        <translation>Tarefa / importação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Carregados</translation>
    </message>
    <message>
        <source>Warn.</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>em criação</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criada</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Job   —   {phase}</source>
        <translation>Tarefa   —   {phase}</translation>
    </message>
    <message>
        <source>next check in {seconds} s</source>
        <translation>próxima verificação em {seconds} s</translation>
    </message>
</context>
<context>
    <name>ValueMapDialog</name>
    <message>
        <source>Map the values of &apos;{column}&apos;</source>
        <translation>Mapear os valores de &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; loads into &lt;b&gt;{field}&lt;/b&gt;, which accepts only the values listed by your portal. Choose what each value in your file becomes.</source>
        <translation>&apos;{column}&apos; é carregada em &lt;b&gt;{field}&lt;/b&gt;, que aceita apenas os valores listados pelo seu portal. Escolha em que cada valor do seu arquivo se transforma.</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>No seu arquivo</translation>
    </message>
    <message>
        <source>Loads as</source>
        <translation>Carregado como</translation>
    </message>
    <message>
        <source>(keep as written)</source>
        <translation>(manter como está escrito)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong inside csod-desktop while working on &apos;{job}&apos; ({kind}).</source>
        <extracomment>Progress signals are coalesced to at most one per interval: a reader calling back for every chunk of a million-row file must not flood the GUI thread&apos;s event queue.</extracomment>
        <translation>Ocorreu um erro interno no csod-desktop ao trabalhar em &apos;{job}&apos; ({kind}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file from the logs folder to support.</source>
        <translation>Tente de novo; se acontecer outra vez, envie o arquivo de log da pasta de logs ao suporte.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside csod-desktop ({kind}).</source>
        <translation>Ocorreu um erro interno no csod-desktop ({kind}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file from the logs folder to support.</source>
        <translation>Tente de novo; se acontecer outra vez, envie o arquivo de log da pasta de logs ao suporte.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged</source>
        <extracomment>Per record found in the portal: ``row``, then each compared field&apos;s value in the file (its name) and in the portal (``_old_&lt;name&gt;``), for the per-record view.</extracomment>
        <translation>{new} novos, {changed} alterados, {unchanged} inalterados</translation>
    </message>
    <message>
        <source>(not compared: {names})</source>
        <translation>(não comparados: {names})</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>funcionários</translation>
    </message>
    <message>
        <source>organizational units</source>
        <translation>unidades organizacionais</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n record(s) to send:</source>
        <translation>
            <numerusform>Dos %n registro a enviar:</numerusform>
            <numerusform>Dos %n registros a enviar:</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new, {found} already in the portal. None of the file&apos;s fields is in the portal&apos;s list of employees, so what will change in the {found} is not known.</source>
        <translation>{new} novos, {found} já no portal. Nenhum dos campos do arquivo está na lista de funcionários do portal, então não se sabe o que vai mudar nos {found}.</translation>
    </message>
    <message>
        <source>{new} new, {found} already in the portal. None of the file&apos;s fields is in the portal&apos;s list of organizational units, so what will change in the {found} is not known.</source>
        <translation>{new} novos, {found} já no portal. Nenhum dos campos do arquivo está na lista de unidades organizacionais do portal, então não se sabe o que vai mudar nos {found}.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged.</source>
        <translation>{new} novos, {changed} alterados, {unchanged} inalterados.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged in the fields the portal lets us compare. Not compared: {names} (the portal&apos;s list of employees does not show them), so a record counted unchanged may still change there.</source>
        <translation>{new} novos, {changed} alterados, {unchanged} inalterados nos campos que o portal permite comparar. Não comparados: {names} (a lista de funcionários do portal não os mostra), então um registro contado como inalterado ainda pode mudar nesses campos.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged in the fields the portal lets us compare. Not compared: {names} (the portal&apos;s list of organizational units does not show them), so a record counted unchanged may still change there.</source>
        <translation>{new} novos, {changed} alterados, {unchanged} inalterados nos campos que o portal permite comparar. Não comparados: {names} (a lista de unidades organizacionais do portal não os mostra), então um registro contado como inalterado ainda pode mudar nesses campos.</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>Address resolves</source>
        <extracomment>The checks&apos; keys, in order. Their titles are :func:`check_titles` (in the window&apos;s language).</extracomment>
        <translation>Resolução do endereço</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Conexão segura (TLS)</translation>
    </message>
    <message>
        <source>Token granted</source>
        <translation>Token concedido</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Escopos concedidos</translation>
    </message>
    <message>
        <source>Load types readable</source>
        <translation>Tipos de carga legíveis</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <source>Portal data (Employee and OU APIs)</source>
        <translation>Dados do portal (APIs Employee e OU)</translation>
    </message>
    <message>
        <source>Not checked: an earlier check failed.</source>
        <translation>Não verificado: uma verificação anterior falhou.</translation>
    </message>
    <message>
        <source>Not checked: no token.</source>
        <translation>Não verificado: sem token.</translation>
    </message>
    <message>
        <source>{host} is looked up by the proxy {proxy} ({source}).</source>
        <translation>{host} é consultado pelo proxy {proxy} ({source}).</translation>
    </message>
    <message>
        <source>{host} resolves to {addresses}.</source>
        <translation>{host} é resolvido para {addresses}.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Plain http, allowed for the local sandbox on this computer only: {route}.</source>
        <translation>http simples, permitido apenas para o sandbox local neste computador: {route}.</translation>
    </message>
    <message>
        <source>Plain http, allowed for an address on this computer only: {route}.</source>
        <translation>http simples, permitido apenas para um endereço neste computador: {route}.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to {host}:{port} ({reason}): {route}.</source>
        <translation>O proxy recusou a conexão com {host}:{port} ({reason}): {route}.</translation>
    </message>
    <message>
        <source>Check the proxy address, user name and password in the profile&apos;s Advanced section.</source>
        <translation>Verifique o endereço, o nome de usuário e a senha do proxy na seção Avançado do perfil.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate could not be verified against {store} ({reason}).</source>
        <translation>Não foi possível verificar o certificado do portal com {store} ({reason}).</translation>
    </message>
    <message>
        <source>{problem} ({route}).</source>
        <translation>{problem} ({route}).</translation>
    </message>
    <message>
        <source>No secure connection to {host}:{port} ({reason}): {route}.</source>
        <translation>Sem conexão segura com {host}:{port} ({reason}): {route}.</translation>
    </message>
    <message>
        <source>Check the address and that a firewall or proxy lets this computer reach it.</source>
        <translation>Verifique o endereço e se um firewall ou proxy permite que este computador o acesse.</translation>
    </message>
    <message>
        <source>Secure connection established ({version}), certificate verified: {route}.</source>
        <translation>Conexão segura estabelecida ({version}), certificado verificado: {route}.</translation>
    </message>
    <message>
        <source>Secure connection established, certificate verified: {route}.</source>
        <translation>Conexão segura estabelecida, certificado verificado: {route}.</translation>
    </message>
    <message>
        <source>The host name {host} could not be looked up: no name server answered.</source>
        <translation>Não foi possível consultar o nome de host {host}: nenhum servidor de nomes respondeu.</translation>
    </message>
    <message>
        <source>Check that this computer is online (and connected to the VPN if your company needs one).</source>
        <translation>Verifique se este computador está on-line (e conectado à VPN, se a sua empresa exigir).</translation>
    </message>
    <message>
        <source>Check the portal name and environment, and that this computer is online.</source>
        <translation>Verifique o nome do portal e o ambiente, e se este computador está on-line.</translation>
    </message>
    <message>
        <source>Check the Root URL, and that this computer is online.</source>
        <translation>Verifique a URL raiz e se este computador está on-line.</translation>
    </message>
    <message>
        <source>The host name {host} could not be found.</source>
        <translation>O nome de host {host} não foi encontrado.</translation>
    </message>
    <message>
        <source>Nothing is listening at {where}: the local sandbox is not running.</source>
        <translation>Nada está escutando em {where}: o sandbox local não está em execução.</translation>
    </message>
    <message>
        <source>Start it again with &apos;csod-desktop demo&apos; (or &apos;csod-desktop sandbox&apos;).</source>
        <translation>Inicie-o de novo com &apos;csod-desktop demo&apos; (ou &apos;csod-desktop sandbox&apos;).</translation>
    </message>
    <message>
        <source>Nothing is listening at {where}.</source>
        <translation>Nada está escutando em {where}.</translation>
    </message>
    <message>
        <source>Check the portal name and environment; a firewall or proxy may also be refusing the connection.</source>
        <translation>Verifique o nome do portal e o ambiente; um firewall ou proxy também pode estar recusando a conexão.</translation>
    </message>
    <message>
        <source>Check the address and port in the Root URL, and that the portal (or the program serving it) is running.</source>
        <translation>Verifique o endereço e a porta na URL raiz, e se o portal (ou o programa que o disponibiliza) está em execução.</translation>
    </message>
    <message>
        <source>Check the address, and that a firewall or proxy lets this computer reach it.</source>
        <translation>Verifique o endereço e se um firewall ou proxy permite que este computador o acesse.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} não respondeu a tempo.</translation>
    </message>
    <message>
        <source>{where} answered, but not with a secure connection (TLS).</source>
        <translation>{where} respondeu, mas não com uma conexão segura (TLS).</translation>
    </message>
    <message>
        <source>Check that the address is the portal&apos;s (https), and that a proxy is not in the way.</source>
        <translation>Verifique se o endereço é o do portal (https) e se nenhum proxy está no caminho.</translation>
    </message>
    <message>
        <source>No connection to {where} ({reason}).</source>
        <translation>Sem conexão com {where} ({reason}).</translation>
    </message>
    <message>
        <source>The portal accepted the client id and secret.</source>
        <extracomment>getaddrinfo errors that mean &quot;no name server answered&quot; rather than &quot;no such name&quot;.</extracomment>
        <translation>O portal aceitou o ID e o segredo do cliente.</translation>
    </message>
    <message>
        <source>Check the client id and secret in API Management.</source>
        <translation>Verifique o ID e o segredo do cliente em API Management.</translation>
    </message>
    <message>
        <source>The portal does not list granted scopes; the next checks use them.</source>
        <translation>O portal não lista os escopos concedidos; as próximas verificações os testam.</translation>
    </message>
    <message>
        <source>The token lacks {count} scope(s): {scopes}.</source>
        <translation>O token não tem {count} escopo(s): {scopes}.</translation>
    </message>
    <message>
        <source>Add them to the API application in Cornerstone&apos;s API Management, then test again.</source>
        <translation>Adicione-os ao aplicativo da API em API Management do Cornerstone e teste de novo.</translation>
    </message>
    <message>
        <source>All {count} scopes were granted.</source>
        <translation>Todos os {count} escopos foram concedidos.</translation>
    </message>
    <message>
        <source>The portal offers {count} load types ({custom} custom OU types).</source>
        <translation>O portal oferece {count} tipos de carga ({custom} tipos de UO personalizados).</translation>
    </message>
    <message>
        <source>The portal&apos;s specification lists no load types.</source>
        <translation>A especificação do portal não lista nenhum tipo de carga.</translation>
    </message>
    <message>
        <source>The API user holds {count} Bulk API permissions.</source>
        <translation>O usuário da API tem {count} permissões da Bulk API.</translation>
    </message>
    <message>
        <source>The API user holds no Bulk API permission.</source>
        <translation>O usuário da API não tem nenhuma permissão da Bulk API.</translation>
    </message>
    <message>
        <source>Give the API user the &apos;Bulk API&apos; permissions in Cornerstone&apos;s security roles.</source>
        <translation>Dê ao usuário da API as permissões &apos;Bulk API&apos; nas funções de segurança do Cornerstone.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off for now: {error}</source>
        <translation>As verificações com os dados do seu portal estão desativadas por enquanto: {error}</translation>
    </message>
</context>
<context>
    <name>culture</name>
    <message>
        <source>Use {culture} for dates</source>
        <translation>Usar {culture} para datas</translation>
    </message>
    <message>
        <source>Use {culture} for numbers</source>
        <translation>Usar {culture} para números</translation>
    </message>
    <message>
        <source>This value is not valid for {title}.</source>
        <translation>Este valor não é válido para {title}.</translation>
    </message>
    <message>
        <source>Date format {culture} reads {examples}.</source>
        <translation>O Formato de data {culture} lê {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): its year has two digits, and the portal reads only four-digit years.</source>
        <translation>&apos;{value}&apos; não é uma data que {title} aceite no formato de data {culture} ({order}): o ano tem dois dígitos, e o portal só lê anos com quatro dígitos.</translation>
    </message>
    <message>
        <source>Write the year of {title} with four digits.</source>
        <translation>Escreva o ano de {title} com quatro dígitos.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it mixes two separators ({first} and {second}).</source>
        <translation>&apos;{value}&apos; não é uma data que {title} aceite no formato de data {culture} ({order}): ela mistura dois separadores ({first} e {second}).</translation>
    </message>
    <message>
        <source>Write {title} with one separator used twice.</source>
        <translation>Escreva {title} com um único separador, usado duas vezes.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the day first.</source>
        <translation>&apos;{value}&apos; não é uma data que {title} aceite no formato de data {culture} ({order}): o dia vem primeiro.</translation>
    </message>
    <message>
        <source>Correct this date, or, if the dates of the file have the day first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Corrija esta data ou, se as datas do arquivo têm o dia primeiro, defina {setting} como {culture} na etapa Tipo de carga (na linha de comando: {flag}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the month first.</source>
        <translation>&apos;{value}&apos; não é uma data que {title} aceite no formato de data {culture} ({order}): o mês vem primeiro.</translation>
    </message>
    <message>
        <source>Correct this date, or, if the dates of the file have the month first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Corrija esta data ou, se as datas do arquivo têm o mês primeiro, defina {setting} como {culture} na etapa Tipo de carga (na linha de comando: {flag}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}): it has the year last.</source>
        <translation>&apos;{value}&apos; não é uma data que {title} aceite no formato de data {culture} ({order}): o ano vem por último.</translation>
    </message>
    <message>
        <source>Write this date with the year first, or set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}) ({first} if the day comes first, {second} if the month does).</source>
        <translation>Escreva esta data com o ano primeiro ou defina {setting} como {first} ou {second} na etapa Tipo de carga (na linha de comando: {flag} ou {second_flag}) ({first} se o dia vier primeiro, {second} se for o mês).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date {title} can take in the {culture} date format ({order}).</source>
        <translation>&apos;{value}&apos; não é uma data que {title} aceite no formato de data {culture} ({order}).</translation>
    </message>
    <message>
        <source>Write {title} {examples} (Date format {culture}).</source>
        <translation>Escreva {title} {examples} (Formato de data {culture}).</translation>
    </message>
    <message>
        <source>Number format {culture} reads {examples}.</source>
        <translation>O Formato de número {culture} lê {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number in the {culture} number format.</source>
        <translation>&apos;{value}&apos; não é um número no formato de número {culture}.</translation>
    </message>
    <message>
        <source>Correct this value.</source>
        <translation>Corrija este valor.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number in the {culture} number format; {other} reads it as {reading}.</source>
        <translation>&apos;{value}&apos; não é um número no formato de número {culture}; {other} o lê como {reading}.</translation>
    </message>
    <message>
        <source>If the file writes numbers as {other} does ({examples}), set {setting} to {culture} on the Load type step (on the command line: {flag}); else correct this value.</source>
        <translation>Se o arquivo escreve os números como {other} ({examples}), defina {setting} como {culture} na etapa Tipo de carga (na linha de comando: {flag}); caso contrário, corrija este valor.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; {title} takes whole numbers only.</source>
        <translation>&apos;{value}&apos; não é um número inteiro; {title} aceita apenas números inteiros.</translation>
    </message>
    <message>
        <source>Write {title} as a whole number.</source>
        <translation>Escreva {title} como um número inteiro.</translation>
    </message>
    <message>
        <source>Date format</source>
        <extracomment>What the window&apos;s Load type step calls the two settings (and the words of every hint here), read in the window&apos;s language of the moment: setting -&gt; :func:`setting_title`. File-level rules: the values contradict the setting (errors), or never prove it (a warning to confirm). The setting each confirmation is asked about (the answer is that setting&apos;s current value).</extracomment>
        <translation>Formato de data</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Formato de número</translation>
    </message>
    <message>
        <source>Set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Defina {setting} como {culture} na etapa Tipo de carga (na linha de comando: {flag}).</translation>
    </message>
    <message>
        <source>Set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}).</source>
        <translation>Defina {setting} como {first} ou {second} na etapa Tipo de carga (na linha de comando: {flag} ou {second_flag}).</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valor de {title}, {example}, tem o dia primeiro, mas o Formato de data é {culture} ({order}), que só lê datas com o ano primeiro: esses registros não podem ser carregados.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valores de {title}, como {example}, têm o dia primeiro, mas o Formato de data é {culture} ({order}), que só lê datas com o ano primeiro: esses registros não podem ser carregados.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valor de {title}, {example}, tem o mês primeiro, mas o Formato de data é {culture} ({order}), que só lê datas com o ano primeiro: esses registros não podem ser carregados.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valores de {title}, como {example}, têm o mês primeiro, mas o Formato de data é {culture} ({order}), que só lê datas com o ano primeiro: esses registros não podem ser carregados.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valor de {title}, {example}, tem o dia primeiro, mas o Formato de data é {culture} ({order}): {example} não pode ser lido, e {value} seria carregado como {loaded} em vez de {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valores de {title}, como {example}, têm o dia primeiro, mas o Formato de data é {culture} ({order}): {example} não pode ser lido, e {value} seria carregado como {loaded} em vez de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valor de {title}, {example}, tem o mês primeiro, mas o Formato de data é {culture} ({order}): {example} não pode ser lido, e {value} seria carregado como {loaded} em vez de {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valores de {title}, como {example}, têm o mês primeiro, mas o Formato de data é {culture} ({order}): {example} não pode ser lido, e {value} seria carregado como {loaded} em vez de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but the Date format is {culture} ({order}): it cannot be read.</source>
        <translation>1 valor de {title}, {example}, tem o dia primeiro, mas o Formato de data é {culture} ({order}): ele não pode ser lido.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but the Date format is {culture} ({order}): they cannot be read.</source>
        <translation>{count} valores de {title}, como {example}, têm o dia primeiro, mas o Formato de data é {culture} ({order}): eles não podem ser lidos.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but the Date format is {culture} ({order}): it cannot be read.</source>
        <translation>1 valor de {title}, {example}, tem o mês primeiro, mas o Formato de data é {culture} ({order}): ele não pode ser lido.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but the Date format is {culture} ({order}): they cannot be read.</source>
        <translation>{count} valores de {title}, como {example}, têm o mês primeiro, mas o Formato de data é {culture} ({order}): eles não podem ser lidos.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the day first, but {other} has the month first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>1 valor de {title}, {example}, tem o dia primeiro, mas {other} tem o mês primeiro (como {other_example}), e um único Formato de data lê todas as datas do arquivo: nenhuma configuração lê os dois.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the day first, but {other} has the month first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>{count} valores de {title}, como {example}, têm o dia primeiro, mas {other} tem o mês primeiro (como {other_example}), e um único Formato de data lê todas as datas do arquivo: nenhuma configuração lê os dois.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the month first, but {other} has the day first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>1 valor de {title}, {example}, tem o mês primeiro, mas {other} tem o dia primeiro (como {other_example}), e um único Formato de data lê todas as datas do arquivo: nenhuma configuração lê os dois.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the month first, but {other} has the day first (such as {other_example}), and one Date format reads every date of the file: no setting reads both.</source>
        <translation>{count} valores de {title}, como {example}, têm o mês primeiro, mas {other} tem o dia primeiro (como {other_example}), e um único Formato de data lê todas as datas do arquivo: nenhuma configuração lê os dois.</translation>
    </message>
    <message>
        <source>Write the dates of {title} and {other} in one order (bulk-api-data-format.txt: all the date fields follow the same format), then choose the Date format that reads it.</source>
        <translation>Escreva as datas de {title} e de {other} em uma única ordem (bulk-api-data-format.txt: todos os campos de data seguem o mesmo formato) e depois escolha o Formato de data que a lê.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the day first (such as {by_example}), and one Date format reads every date of the file: under {culture}, en-GB reads only dates with the year first: those records cannot be loaded.</source>
        <translation>Nenhuma data de {title} mostra por si só se o dia ou o mês vem primeiro, mas {by} tem o dia primeiro (como {by_example}), e um único Formato de data lê todas as datas do arquivo: com {culture}, en-GB só lê datas com o ano primeiro: esses registros não podem ser carregados.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the month first (such as {by_example}), and one Date format reads every date of the file: under {culture}, en-GB reads only dates with the year first: those records cannot be loaded.</source>
        <translation>Nenhuma data de {title} mostra por si só se o dia ou o mês vem primeiro, mas {by} tem o mês primeiro (como {by_example}), e um único Formato de data lê todas as datas do arquivo: com {culture}, en-GB só lê datas com o ano primeiro: esses registros não podem ser carregados.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the day first (such as {by_example}), and one Date format reads every date of the file: under {culture}, {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>Nenhuma data de {title} mostra por si só se o dia ou o mês vem primeiro, mas {by} tem o dia primeiro (como {by_example}), e um único Formato de data lê todas as datas do arquivo: com {culture}, {value} seria carregado como {loaded} em vez de {meant}.</translation>
    </message>
    <message>
        <source>No date of {title} shows by itself whether the day or the month comes first, but {by} has the month first (such as {by_example}), and one Date format reads every date of the file: under {culture}, {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>Nenhuma data de {title} mostra por si só se o dia ou o mês vem primeiro, mas {by} tem o mês primeiro (como {by_example}), e um único Formato de data lê todas as datas do arquivo: com {culture}, {value} seria carregado como {loaded} em vez de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has the year last, but the Date format is en-GB (year first), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>1 valor de {title}, {example}, tem o ano por último, mas o Formato de data é en-GB (ano primeiro), que só lê datas com o ano primeiro: esses registros não podem ser carregados.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have the year last, but the Date format is en-GB (year first), which reads only dates with the year first: those records cannot be loaded.</source>
        <translation>{count} valores de {title}, como {example}, têm o ano por último, mas o Formato de data é en-GB (ano primeiro), que só lê datas com o ano primeiro: esses registros não podem ser carregados.</translation>
    </message>
    <message>
        <source>Set {setting} to {first} or {second} on the Load type step (on the command line: {flag} or {second_flag}): {first} if the day comes first ({example} = {day_first}), {second} if the month does ({example} = {month_first}).</source>
        <translation>Defina {setting} como {first} ou {second} na etapa Tipo de carga (na linha de comando: {flag} ou {second_flag}): {first} se o dia vier primeiro ({example} = {day_first}), {second} se for o mês ({example} = {month_first}).</translation>
    </message>
    <message>
        <source>{value} will be loaded as {date}</source>
        <translation>{value} será carregado como {date}</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them month first: {value} will be loaded as {date}.</source>
        <translation>Nenhuma data de {title} mostra se o dia ou o mês vem primeiro (todos os dias são 12 ou menos), então o Formato de data {culture} as lê com o mês primeiro: {value} será carregado como {date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them day first: {value} will be loaded as {date}.</source>
        <translation>Nenhuma data de {title} mostra se o dia ou o mês vem primeiro (todos os dias são 12 ou menos), então o Formato de data {culture} as lê com o dia primeiro: {value} será carregado como {date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them month first: {value} will be loaded as {date}, and {second} as {second_date}.</source>
        <translation>Nenhuma data de {title} mostra se o dia ou o mês vem primeiro (todos os dias são 12 ou menos), então o Formato de data {culture} as lê com o mês primeiro: {value} será carregado como {date}, e {second} como {second_date}.</translation>
    </message>
    <message>
        <source>No date of {title} shows whether the day or the month comes first (every day is 12 or less), so the Date format {culture} reads them day first: {value} will be loaded as {date}, and {second} as {second_date}.</source>
        <translation>Nenhuma data de {title} mostra se o dia ou o mês vem primeiro (todos os dias são 12 ou menos), então o Formato de data {culture} as lê com o dia primeiro: {value} será carregado como {date}, e {second} como {second_date}.</translation>
    </message>
    <message>
        <source>Confirm that the dates have the month first, or, if the day comes first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Confirme que as datas têm o mês primeiro ou, se o dia vier primeiro, defina {setting} como {culture} na etapa Tipo de carga (na linha de comando: {flag}).</translation>
    </message>
    <message>
        <source>Confirm that the dates have the day first, or, if the month comes first, set {setting} to {culture} on the Load type step (on the command line: {flag}).</source>
        <translation>Confirme que as datas têm o dia primeiro ou, se o mês vier primeiro, defina {setting} como {culture} na etapa Tipo de carga (na linha de comando: {flag}).</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but the Number format is {culture} ({examples}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>1 valor de {title}, {example}, tem {marks}, mas o Formato de número é {culture} ({examples}): {example} não pode ser lido, e {value} seria carregado como {loaded} em vez de {meant}.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but the Number format is {culture} ({examples}): {example} cannot be read, and {value} would be loaded as {loaded} instead of {meant}.</source>
        <translation>{count} valores de {title}, como {example}, têm {marks}, mas o Formato de número é {culture} ({examples}): {example} não pode ser lido, e {value} seria carregado como {loaded} em vez de {meant}.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but the Number format is {culture} ({examples}): it cannot be read.</source>
        <translation>1 valor de {title}, {example}, tem {marks}, mas o Formato de número é {culture} ({examples}): ele não pode ser lido.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but the Number format is {culture} ({examples}): they cannot be read.</source>
        <translation>{count} valores de {title}, como {example}, têm {marks}, mas o Formato de número é {culture} ({examples}): eles não podem ser lidos.</translation>
    </message>
    <message>
        <source>1 value of {title}, {example}, has {marks}, but {other} has numbers such as {other_example}, and one Number format reads every number of the file: no setting reads both.</source>
        <translation>1 valor de {title}, {example}, tem {marks}, mas {other} tem números como {other_example}, e um único Formato de número lê todos os números do arquivo: nenhuma configuração lê os dois.</translation>
    </message>
    <message>
        <source>{count} values of {title}, such as {example}, have {marks}, but {other} has numbers such as {other_example}, and one Number format reads every number of the file: no setting reads both.</source>
        <translation>{count} valores de {title}, como {example}, têm {marks}, mas {other} tem números como {other_example}, e um único Formato de número lê todos os números do arquivo: nenhuma configuração lê os dois.</translation>
    </message>
    <message>
        <source>Write the numbers of {title} and {other} in one way (bulk-api-data-format.txt, number_culture), then choose the Number format that reads it.</source>
        <translation>Escreva os números de {title} e de {other} de uma única forma (bulk-api-data-format.txt, number_culture) e depois escolha o Formato de número que a lê.</translation>
    </message>
    <message>
        <source>month first</source>
        <extracomment>What a date column&apos;s values prove, all together (``DateProfile.order``). The culture that reads each proven order (bulk-api-data-format.txt, datetime_culture).</extracomment>
        <translation>mês primeiro</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>dia primeiro</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>ano primeiro</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>culture -&gt; :func:`order_label` (&quot;en-US&quot; -&gt; &quot;month first&quot;), for the window&apos;s sentences.</extracomment>
        <translation>janeiro</translation>
    </message>
    <message>
        <source>February</source>
        <translation>fevereiro</translation>
    </message>
    <message>
        <source>March</source>
        <translation>março</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junho</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julho</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>setembro</translation>
    </message>
    <message>
        <source>October</source>
        <translation>outubro</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembro</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dezembro</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>for decimals in {culture}</source>
        <extracomment>The cultures that read each kind of date (``rules.parse_date``). The marks each number culture writes (bulk-api-data-format.txt, number_culture): (decimal, grouping).</extracomment>
        <translation>para decimais em {culture}</translation>
    </message>
    <message>
        <source>between thousands in {culture}</source>
        <translation>entre milhares em {culture}</translation>
    </message>
    <message>
        <source>spaces between thousands</source>
        <translation>espaços entre milhares</translation>
    </message>
    <message>
        <source>a dot for decimals</source>
        <translation>um ponto para decimais</translation>
    </message>
    <message>
        <source>dots between thousands</source>
        <translation>pontos entre milhares</translation>
    </message>
    <message>
        <source>a dot ({roles})</source>
        <translation>um ponto ({roles})</translation>
    </message>
    <message>
        <source>a comma for decimals</source>
        <translation>uma vírgula para decimais</translation>
    </message>
    <message>
        <source>commas between thousands</source>
        <translation>vírgulas entre milhares</translation>
    </message>
    <message>
        <source>a comma ({roles})</source>
        <translation>uma vírgula ({roles})</translation>
    </message>
    <message>
        <source>no mark</source>
        <translation>nenhum separador</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>month first, e.g. 7/1/2017, 07-01-2017 or 7.1.2017 for 1 July 2017</source>
        <extracomment>The cultures bulk-api-data-format.txt lists for datetime_culture and number_culture.</extracomment>
        <translation>mês primeiro, ex.: 7/1/2017, 07-01-2017 ou 7.1.2017 para 1º de julho de 2017</translation>
    </message>
    <message>
        <source>day first, e.g. 1/7/2017, 01-07-2017 or 1.7.2017 for 1 July 2017</source>
        <translation>dia primeiro, ex.: 1/7/2017, 01-07-2017 ou 1.7.2017 para 1º de julho de 2017</translation>
    </message>
    <message>
        <source>year first with 4 digits, e.g. 2017/7/1, 2017-07-01 or 2017.7.1 for 1 July 2017</source>
        <translation>ano primeiro com 4 dígitos, ex.: 2017/7/1, 2017-07-01 ou 2017.7.1 para 1º de julho de 2017</translation>
    </message>
    <message>
        <source>a dot for decimals, e.g. 1,234.56 or 1234.56</source>
        <extracomment>The form the app writes a date in for each culture (Excel date cells, core.mapping): the zero-padded forms :func:`date_examples` lists, which parse_date reads back in that culture.</extracomment>
        <translation>um ponto para decimais, ex.: 1,234.56 ou 1234.56</translation>
    </message>
    <message>
        <source>a comma for decimals and spaces between thousands, e.g. 1 234,56 or 1234,56</source>
        <translation>uma vírgula para decimais e espaços entre milhares, ex.: 1 234,56 ou 1234,56</translation>
    </message>
    <message>
        <source>a comma for decimals and dots between thousands, e.g. 1.234,56 or 1234,56</source>
        <translation>uma vírgula para decimais e pontos entre milhares, ex.: 1.234,56 ou 1234,56</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The portal&apos;s sign-in answer could not be understood (no access token in it).</source>
        <extracomment>Sign-ins one request may cause: a token that expires during a long back-off is renewed again, never forever.</extracomment>
        <translation>Não foi possível entender a resposta de login do portal (não há token de acesso nela).</translation>
    </message>
    <message>
        <source>Check that the portal address points to a Cornerstone portal.</source>
        <translation>Verifique se o endereço do portal aponta para um portal Cornerstone.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>fazer login</translation>
    </message>
    <message>
        <source>reading the API specification</source>
        <extracomment>bulk-api-quick-start.txt Step 7 names the variants /report/errors and /report/warnings (the throttling pages say /errors and /warnings: bulk-api-facts.md &quot;[doc, conflicting]&quot;). The ``httpx.Client`` every call goes through (the connection test reaches the portal with it).</extracomment>
        <translation>ler a especificação da API</translation>
    </message>
    <message>
        <source>reading permissions</source>
        <translation>ler as permissões</translation>
    </message>
    <message>
        <source>A custom OU schema needs the custom OU&apos;s type id.</source>
        <translation>Um esquema de UO personalizada precisa do type id da UO personalizada.</translation>
    </message>
    <message>
        <source>Pick the custom OU type from the list the portal offers.</source>
        <translation>Escolha o tipo de UO personalizada na lista que o portal oferece.</translation>
    </message>
    <message>
        <source>reading the {load_type} schema</source>
        <translation>ler o esquema de {load_type}</translation>
    </message>
    <message>
        <source>A job needs at least one import.</source>
        <translation>Uma tarefa precisa de pelo menos uma importação.</translation>
    </message>
    <message>
        <source>A job can hold at most {most} imports; this one has {count}.</source>
        <translation>Uma tarefa comporta no máximo {most} importações; esta tem {count}.</translation>
    </message>
    <message>
        <source>Split the files into several jobs.</source>
        <translation>Divida os arquivos em várias tarefas.</translation>
    </message>
    <message>
        <source>Use an HTTPS address, or leave the callback empty and let the app check the status.</source>
        <translation>Use um endereço HTTPS ou deixe o callback vazio e deixe o aplicativo verificar o status.</translation>
    </message>
    <message>
        <source>A custom OU import needs the custom OU&apos;s type id.</source>
        <translation>Uma importação de UO personalizada precisa do type id da UO personalizada.</translation>
    </message>
    <message>
        <source>creating the job</source>
        <translation>criar a tarefa</translation>
    </message>
    <message>
        <source>The portal&apos;s answer to the new job could not be understood (job or import ids missing).</source>
        <translation>Não foi possível entender a resposta do portal à nova tarefa (faltam IDs de tarefa ou de importação).</translation>
    </message>
    <message>
        <source>checking the job status</source>
        <translation>verificar o status da tarefa</translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation>listar as tarefas</translation>
    </message>
    <message>
        <source>Unknown report variant {variant!r}: use full, errors or warnings.</source>
        <translation>Variante de relatório desconhecida {variant!r}: use full, errors ou warnings.</translation>
    </message>
    <message>
        <source>downloading the report</source>
        <translation>baixar o relatório</translation>
    </message>
    <message>
        <source>sending the data</source>
        <translation>enviar os dados</translation>
    </message>
    <message>
        <source>The data was sent but the portal&apos;s answer was lost, and its job status could not be read to confirm it arrived. Nothing was sent twice.</source>
        <translation>Os dados foram enviados, mas a resposta do portal se perdeu, e não foi possível ler o status da tarefa para confirmar que chegaram. Nada foi enviado duas vezes.</translation>
    </message>
    <message>
        <source>Check the job&apos;s status later (the app resumes it); send the file again only if the import shows no records.</source>
        <translation>Verifique o status da tarefa mais tarde (o aplicativo a retoma); envie o arquivo de novo somente se a importação não mostrar nenhum registro.</translation>
    </message>
    <message>
        <source>The data was sent but the portal&apos;s answer was lost, and the job status does not list this import. Nothing was sent twice.</source>
        <translation>Os dados foram enviados, mas a resposta do portal se perdeu, e o status da tarefa não lista esta importação. Nada foi enviado duas vezes.</translation>
    </message>
    <message>
        <source>Check the job in Cornerstone&apos;s Bulk API History page.</source>
        <translation>Verifique a tarefa na página Bulk API History do Cornerstone.</translation>
    </message>
    <message>
        <source>{error}; the portal may or may not have created the job.</source>
        <translation>{error}; o portal pode ou não ter criado a tarefa.</translation>
    </message>
    <message>
        <source>No data was sent. Running the load again is safe; an empty job left behind uses no capacity.</source>
        <translation>Nenhum dado foi enviado. Executar a carga de novo é seguro; uma tarefa vazia deixada para trás não consome capacidade.</translation>
    </message>
    <message>
        <source>Not a portal API path: {path!r}.</source>
        <translation>Não é um caminho da API do portal: {path!r}.</translation>
    </message>
    <message>
        <source>reading from the portal</source>
        <translation>ler do portal</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be understood (it was not JSON).</source>
        <translation>Não foi possível entender a resposta do portal (não era JSON).</translation>
    </message>
    <message>
        <source>Check the client id and secret in Cornerstone (Admin &gt; Tools &gt; Edge &gt; API Management) and in this connection profile.</source>
        <translation>Verifique o ID e o segredo do cliente no Cornerstone (Admin &gt; Tools &gt; Edge &gt; API Management) e neste perfil de conexão.</translation>
    </message>
    <message>
        <source>In API Management, check that the application has the Bulk API scopes, and that its service account has the &apos;Access Edge Bulk API&apos; permission and the permission for this load type.</source>
        <translation>Em API Management, verifique se o aplicativo tem os escopos da Bulk API e se a conta de serviço dele tem a permissão &apos;Access Edge Bulk API&apos; e a permissão para este tipo de carga.</translation>
    </message>
    <message>
        <source>The portal said: {message}.</source>
        <translation>O portal respondeu: {message}.</translation>
    </message>
    <message>
        <source>The portal rejected the client id or secret (HTTP {status} when signing in).</source>
        <translation>O portal recusou o ID ou o segredo do cliente (HTTP {status} ao fazer login).</translation>
    </message>
    <message>
        <source>signing in to the portal</source>
        <translation>fazer login no portal</translation>
    </message>
    <message>
        <source>The portal refused the request while {what} (HTTP 400).{said}</source>
        <translation>O portal recusou a solicitação ao {what} (HTTP 400).{said}</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP 400).{said}</source>
        <translation>O portal recusou a solicitação (HTTP 400).{said}</translation>
    </message>
    <message>
        <source>Check the load settings (and that a callback URL starts with https://).</source>
        <translation>Verifique as configurações da carga (e se a URL de callback começa com https://).</translation>
    </message>
    <message>
        <source>The portal refused access while {what} even with a fresh sign-in (HTTP {status}): a scope or permission is missing.{said}</source>
        <translation>O portal recusou o acesso ao {what} mesmo com um novo login (HTTP {status}): falta um escopo ou uma permissão.{said}</translation>
    </message>
    <message>
        <source>The portal refused access even with a fresh sign-in (HTTP {status}): a scope or permission is missing.{said}</source>
        <translation>O portal recusou o acesso mesmo com um novo login (HTTP {status}): falta um escopo ou uma permissão.{said}</translation>
    </message>
    <message>
        <source>The portal does not know what was asked for while {what} (HTTP 404).{said}</source>
        <translation>O portal não conhece o que foi solicitado ao {what} (HTTP 404).{said}</translation>
    </message>
    <message>
        <source>The portal does not know what was asked for (HTTP 404).{said}</source>
        <translation>O portal não conhece o que foi solicitado (HTTP 404).{said}</translation>
    </message>
    <message>
        <source>Check the portal address; the job or import may belong to another portal or environment.</source>
        <translation>Verifique o endereço do portal; a tarefa ou a importação pode pertencer a outro portal ou ambiente.</translation>
    </message>
    <message>
        <source>This report is no longer available: Cornerstone keeps results for 30 days.{said}</source>
        <translation>Este relatório não está mais disponível: o Cornerstone guarda os resultados por 30 dias.{said}</translation>
    </message>
    <message>
        <source>The portal refused the report download (HTTP 410): a report can be downloaded only five times and none are left.{said}</source>
        <translation>O portal recusou o download do relatório (HTTP 410): um relatório só pode ser baixado cinco vezes, e não resta nenhum download.{said}</translation>
    </message>
    <message>
        <source>Use the copy saved by this app, if there is one.</source>
        <translation>Use a cópia salva por este aplicativo, se houver uma.</translation>
    </message>
    <message>
        <source>The portal is at capacity while {what} (HTTP 429): too many jobs are queued or too many imports of this type are running.{said}</source>
        <translation>O portal está com a capacidade esgotada ao {what} (HTTP 429): há tarefas demais na fila ou importações demais deste tipo em execução.{said}</translation>
    </message>
    <message>
        <source>The portal is at capacity (HTTP 429): too many jobs are queued or too many imports of this type are running.{said}</source>
        <translation>O portal está com a capacidade esgotada (HTTP 429): há tarefas demais na fila ou importações demais deste tipo em execução.{said}</translation>
    </message>
    <message>
        <source>Wait for running loads (including ones started in Cornerstone&apos;s own screens) to finish, then try again.</source>
        <translation>Aguarde as cargas em execução terminarem (inclusive as iniciadas nas próprias telas do Cornerstone) e tente de novo.</translation>
    </message>
    <message>
        <source>The portal kept answering &apos;too many requests&apos; while {what} (HTTP 429) after several waits.</source>
        <translation>O portal continuou respondendo &apos;solicitações demais&apos; ao {what} (HTTP 429) após várias esperas.</translation>
    </message>
    <message>
        <source>The portal kept answering &apos;too many requests&apos; (HTTP 429) after several waits.</source>
        <translation>O portal continuou respondendo &apos;solicitações demais&apos; (HTTP 429) após várias esperas.</translation>
    </message>
    <message>
        <source>Another program may be using the same API application; try again in a few minutes.</source>
        <translation>Outro programa pode estar usando o mesmo aplicativo da API; tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>The portal had a problem on its side while {what} (HTTP {status}) and kept failing after several tries.{said}</source>
        <translation>O portal teve um problema do lado dele ao {what} (HTTP {status}) e continuou falhando após várias tentativas.{said}</translation>
    </message>
    <message>
        <source>The portal had a problem on its side (HTTP {status}) and kept failing after several tries.{said}</source>
        <translation>O portal teve um problema do lado dele (HTTP {status}) e continuou falhando após várias tentativas.{said}</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error while {what} (HTTP {status}).{said}</source>
        <translation>O portal respondeu com um erro inesperado ao {what} (HTTP {status}).{said}</translation>
    </message>
    <message>
        <source>The portal answered with an unexpected error (HTTP {status}).{said}</source>
        <translation>O portal respondeu com um erro inesperado (HTTP {status}).{said}</translation>
    </message>
    <message>
        <source>The portal{where} did not answer the connection in time while {what}.</source>
        <translation>O portal{where} não respondeu à conexão a tempo ao {what}.</translation>
    </message>
    <message>
        <source>The portal{where} did not answer the connection in time.</source>
        <translation>O portal{where} não respondeu à conexão a tempo.</translation>
    </message>
    <message>
        <source>Check the network connection and the portal address.</source>
        <translation>Verifique a conexão de rede e o endereço do portal.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to the portal{where} while {what}.</source>
        <translation>O proxy recusou a conexão com o portal{where} ao {what}.</translation>
    </message>
    <message>
        <source>The proxy refused to connect to the portal{where}.</source>
        <translation>O proxy recusou a conexão com o portal{where}.</translation>
    </message>
    <message>
        <source>Check the proxy address, user name and password in the profile&apos;s Advanced section, or ask IT which proxy to use.</source>
        <translation>Verifique o endereço, o nome de usuário e a senha do proxy na seção Avançado do perfil, ou pergunte à TI qual proxy usar.</translation>
    </message>
    <message>
        <source>The secure connection to the portal{where} could not be verified while {what}.</source>
        <translation>Não foi possível verificar a conexão segura com o portal{where} ao {what}.</translation>
    </message>
    <message>
        <source>The secure connection to the portal{where} could not be verified.</source>
        <translation>Não foi possível verificar a conexão segura com o portal{where}.</translation>
    </message>
    <message>
        <source>The portal{where} could not be reached while {what}.</source>
        <translation>Não foi possível acessar o portal{where} ao {what}.</translation>
    </message>
    <message>
        <source>The portal{where} could not be reached.</source>
        <translation>Não foi possível acessar o portal{where}.</translation>
    </message>
    <message>
        <source>Check the network connection and the portal address (and the proxy settings, if any).</source>
        <translation>Verifique a conexão de rede e o endereço do portal (e as configurações de proxy, se houver).</translation>
    </message>
    <message>
        <source>The portal{where} did not answer in time while {what}.</source>
        <translation>O portal{where} não respondeu a tempo ao {what}.</translation>
    </message>
    <message>
        <source>The portal{where} did not answer in time.</source>
        <translation>O portal{where} não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>The portal address is not usable while {what}: {reason}.</source>
        <translation>O endereço do portal não pode ser usado ao {what}: {reason}.</translation>
    </message>
    <message>
        <source>The portal address is not usable: {reason}.</source>
        <translation>O endereço do portal não pode ser usado: {reason}.</translation>
    </message>
    <message>
        <source>Check the portal address.</source>
        <translation>Verifique o endereço do portal.</translation>
    </message>
    <message>
        <source>The connection to the portal{where} was interrupted while {what}.</source>
        <translation>A conexão com o portal{where} foi interrompida ao {what}.</translation>
    </message>
    <message>
        <source>The connection to the portal{where} was interrupted.</source>
        <translation>A conexão com o portal{where} foi interrompida.</translation>
    </message>
    <message>
        <source>A company proxy may be inspecting TLS: it shows its own certificate instead of the portal&apos;s. Ask IT to install the company&apos;s root certificate in this computer&apos;s certificate store (the one the web browser uses), or to exempt *.csod.com from TLS inspection.</source>
        <translation>Um proxy da empresa pode estar inspecionando o TLS: ele mostra o próprio certificado em vez do certificado do portal. Peça à TI para instalar o certificado raiz da empresa no repositório de certificados deste computador (o que o navegador usa) ou para isentar *.csod.com da inspeção de TLS.</translation>
    </message>
    <message>
        <source>Plain http is only used for this computer, not {host}.</source>
        <translation>http simples só é usado para este computador, não para {host}.</translation>
    </message>
    <message>
        <source>Stopped reading the portal&apos;s data at your request.</source>
        <translation>A leitura dos dados do portal foi interrompida a seu pedido.</translation>
    </message>
    <message>
        <source>The payload file {path} cannot be read ({reason}).</source>
        <translation>O arquivo de dados a enviar {path} não pode ser lido ({reason}).</translation>
    </message>
    <message>
        <source>Prepare the payload again.</source>
        <translation>Prepare os dados a enviar de novo.</translation>
    </message>
    <message>
        <source>The payload is {size:.1f} MB: Cornerstone requires payloads over 20 MB to be gzip-compressed.</source>
        <translation>Os dados a enviar têm {size:.1f} MB: o Cornerstone exige que envios acima de 20 MB sejam compactados com gzip.</translation>
    </message>
    <message>
        <source>Prepare the payload again; the app compresses large payloads itself.</source>
        <translation>Prepare os dados a enviar de novo; o aplicativo compacta sozinho os envios grandes.</translation>
    </message>
    <message>
        <source>The environment {environment!r} is not known.</source>
        <translation>O ambiente {environment!r} não é conhecido.</translation>
    </message>
    <message>
        <source>Choose production, stage or pilot, or give the portal&apos;s root URL instead.</source>
        <translation>Escolha production, stage ou pilot, ou informe a URL raiz do portal.</translation>
    </message>
    <message>
        <source>The portal name {portal!r} is not valid.</source>
        <translation>O nome de portal {portal!r} não é válido.</translation>
    </message>
    <message>
        <source>Use the first part of your portal address: &apos;acme&apos; for https://acme.csod.com.</source>
        <translation>Use a primeira parte do endereço do seu portal: &apos;acme&apos; para https://acme.csod.com.</translation>
    </message>
    <message>
        <source>No portal root URL was given.</source>
        <translation>Nenhuma URL raiz do portal foi informada.</translation>
    </message>
    <message>
        <source>Example: https://acme.csod.com</source>
        <translation>Exemplo: https://acme.csod.com</translation>
    </message>
    <message>
        <source>The portal address {url!r} is not a web address.</source>
        <translation>O endereço de portal {url!r} não é um endereço da web.</translation>
    </message>
    <message>
        <source>The portal address {url!r} uses http://, which would send the client secret unencrypted.</source>
        <translation>O endereço de portal {url!r} usa http://, que enviaria o segredo do cliente sem criptografia.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for the local sandbox on this computer).</source>
        <translation>Use https:// (http simples só é permitido para o sandbox local neste computador).</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name or password.</source>
        <translation>O endereço do portal não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>Give the client id and secret in their own fields.</source>
        <translation>Informe o ID e o segredo do cliente nos campos próprios.</translation>
    </message>
    <message>
        <source>No portal was given.</source>
        <translation>Nenhum portal foi informado.</translation>
    </message>
    <message>
        <source>Give the portal name (and environment) or its root URL.</source>
        <translation>Informe o nome do portal (e o ambiente) ou a URL raiz dele.</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <extracomment>A short next step, shown under the message where there is room (&quot;Check the secret in ...&quot;).</extracomment>
        <translation>Interrompido a seu pedido.</translation>
    </message>
    <message>
        <source>Could not create a payload folder in {payloads_root}.</source>
        <translation>Não foi possível criar uma pasta de dados a enviar em {payloads_root}.</translation>
    </message>
    <message>
        <source>Could not write {name} in the cache ({reason}): {parent}.</source>
        <translation>Não foi possível gravar {name} no cache ({reason}): {parent}.</translation>
    </message>
    <message>
        <source>Could not copy {name} into the cache ({reason}).</source>
        <translation>Não foi possível copiar {name} para o cache ({reason}).</translation>
    </message>
    <message>
        <source>Job {label} is {driver}; it is left to that process, so nothing is sent twice.</source>
        <extracomment>How often a held claim&apos;s heartbeat is renewed, and how old a heartbeat may get before a driver that cannot be checked otherwise counts as gone.</extracomment>
        <translation>A tarefa {label} está {driver}; ela fica a cargo desse processo, para que nada seja enviado duas vezes.</translation>
    </message>
    <message>
        <source>Wait for that run to finish. If it has stopped responding, close it; this job can then be resumed here.</source>
        <translation>Aguarde essa execução terminar. Se ela parou de responder, feche-a; esta tarefa poderá então ser retomada aqui.</translation>
    </message>
    <message>
        <source>It is now {driver}.</source>
        <translation>Agora ela está {driver}.</translation>
    </message>
    <message>
        <source>This run no longer drives job {label}; its data was not sent from here.{taker}</source>
        <translation>Esta execução não conduz mais a tarefa {label}; os dados dela não foram enviados daqui.{taker}</translation>
    </message>
    <message>
        <source>Another csod-desktop took the job over (this one had stopped responding): it finishes the job.</source>
        <translation>Outro csod-desktop assumiu a tarefa (este tinha parado de responder): ele termina a tarefa.</translation>
    </message>
    <message>
        <source>The job journal could not be opened ({error}): {path}.</source>
        <translation>Não foi possível abrir o diário de tarefas ({error}): {path}.</translation>
    </message>
    <message>
        <source>Another copy of csod-desktop may be holding it, or the file is damaged.</source>
        <translation>Outra cópia do csod-desktop pode estar usando o arquivo, ou ele está danificado.</translation>
    </message>
    <message>
        <source>The job journal was written by a newer csod-desktop (schema {version}, this one reads up to {supported}).</source>
        <translation>O diário de tarefas foi gravado por um csod-desktop mais novo (esquema {version}; este lê até {supported}).</translation>
    </message>
    <message>
        <source>Update csod-desktop, or point CSOD_DESKTOP_HOME at another folder.</source>
        <translation>Atualize o csod-desktop ou aponte CSOD_DESKTOP_HOME para outra pasta.</translation>
    </message>
    <message>
        <source>The job journal could not be prepared ({error}): {path}.</source>
        <translation>Não foi possível preparar o diário de tarefas ({error}): {path}.</translation>
    </message>
    <message>
        <source>The file may be damaged: move it aside and start again (history would be lost).</source>
        <translation>O arquivo pode estar danificado: mova-o para outro lugar e comece de novo (o histórico seria perdido).</translation>
    </message>
    <message>
        <source>The job journal is closed.</source>
        <translation>O diário de tarefas está fechado.</translation>
    </message>
    <message>
        <source>The job journal is busy or read-only ({error}).</source>
        <translation>O diário de tarefas está ocupado ou é somente leitura ({error}).</translation>
    </message>
    <message>
        <source>Close other copies of csod-desktop and try again.</source>
        <translation>Feche as outras cópias do csod-desktop e tente de novo.</translation>
    </message>
    <message>
        <source>The job journal could not be read or written ({error}): {path}.</source>
        <translation>Não foi possível ler ou gravar o diário de tarefas ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that no other program locks the file; nothing was lost.</source>
        <translation>Verifique se o disco não está cheio e se nenhum outro programa bloqueia o arquivo; nada foi perdido.</translation>
    </message>
    <message>
        <source>The portal returned {count} import ids for a job of {imports} imports.</source>
        <translation>O portal retornou {count} IDs de importação para uma tarefa de {imports} importações.</translation>
    </message>
    <message>
        <source>The journal has no import #{import_ref}.</source>
        <translation>O diário não tem a importação #{import_ref}.</translation>
    </message>
    <message>
        <source>The journal has no job #{job_ref}.</source>
        <translation>O diário não tem a tarefa #{job_ref}.</translation>
    </message>
    <message>
        <source>The report download cap must be a whole number from 1 to {limit} (Cornerstone allows {limit} downloads per import); got {cap!r}.</source>
        <translation>O limite de downloads de relatório deve ser um número inteiro de 1 a {limit} (o Cornerstone permite {limit} downloads por importação); recebido: {cap!r}.</translation>
    </message>
    <message>
        <source>The report of import {import_id} was not downloaded: {used} of {limit} downloads used; the cap is {cap}.</source>
        <translation>O relatório da importação {import_id} não foi baixado: {used} de {limit} downloads usados; o limite configurado é {cap}.</translation>
    </message>
    <message>
        <source>Cornerstone allows five downloads per import. Use the saved copy, or raise the cap in the settings (at most 5) if you really need another download.</source>
        <translation>O Cornerstone permite cinco downloads por importação. Use a cópia salva ou aumente o limite nas configurações (no máximo 5) se você realmente precisar de outro download.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <extracomment>Portal environments (bulk-api-facts.md, &quot;Hosts and paths&quot;). The name of the profile a command builds from ``--base-url`` or ``--portal`` (never saved). The sandbox&apos;s public demo credentials (team/INTERFACES.md, &quot;Shared constants&quot;); printed by ``csod-desktop sandbox``, so they are not a secret and need no keyring. An explicit proxy for this portal (``http://proxy.acme.local:8080``); None: this computer&apos;s settings. The proxy&apos;s user name, when it asks for one; the password lives in the keyring (``store.secrets``).</extracomment>
        <translation>Um perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>Profile {name!r} has no portal address.</source>
        <translation>O perfil {name!r} não tem endereço de portal.</translation>
    </message>
    <message>
        <source>Profile {name!r} has no client id.</source>
        <translation>O perfil {name!r} não tem ID do cliente.</translation>
    </message>
    <message>
        <source>Copy it from API Management.</source>
        <translation>Copie-o da página API Management.</translation>
    </message>
    <message>
        <source>Unknown portal environment {environment!r}: use production, stage or pilot.</source>
        <translation>Ambiente de portal desconhecido {environment!r}: use production, stage ou pilot.</translation>
    </message>
    <message>
        <source>A saved profile is missing its {field!r} field.</source>
        <translation>Falta o campo {field!r} em um perfil salvo.</translation>
    </message>
    <message>
        <source>The proxy {url!r} is not a proxy address.</source>
        <translation>O proxy {url!r} não é um endereço de proxy.</translation>
    </message>
    <message>
        <source>Example: http://proxy.acme.local:8080 (ask IT for it; leave it empty to use this computer&apos;s settings).</source>
        <translation>Exemplo: http://proxy.acme.local:8080 (peça à TI; deixe vazio para usar as configurações deste computador).</translation>
    </message>
    <message>
        <source>The proxy address must not contain a user name or password.</source>
        <translation>O endereço do proxy não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name in its own field; the password is kept in the keyring.</source>
        <translation>Informe o nome de usuário do proxy no campo próprio; a senha fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The saved profiles could not be read ({reason}): {path}.</source>
        <translation>Não foi possível ler os perfis salvos ({reason}): {path}.</translation>
    </message>
    <message>
        <source>The saved profiles file is damaged (line {lineno}): {path}.</source>
        <translation>O arquivo de perfis salvos está danificado (linha {lineno}): {path}.</translation>
    </message>
    <message>
        <source>Fix or delete the file, then add the profiles again.</source>
        <translation>Corrija ou exclua o arquivo e depois adicione os perfis de novo.</translation>
    </message>
    <message>
        <source>The saved profiles file has an unexpected shape: {path}.</source>
        <translation>O arquivo de perfis salvos tem uma estrutura inesperada: {path}.</translation>
    </message>
    <message>
        <source>There is no saved profile called {name!r} (saved profiles: {known}).</source>
        <translation>Não há perfil salvo chamado {name!r} (perfis salvos: {known}).</translation>
    </message>
    <message>
        <source>Create it in the app&apos;s Connect step, or check the spelling.</source>
        <translation>Crie-o na etapa Conexão do aplicativo ou verifique a grafia.</translation>
    </message>
    <message>
        <source>A profile called {name!r} already exists.</source>
        <translation>Já existe um perfil chamado {name!r}.</translation>
    </message>
    <message>
        <source>Could not save {name} ({reason}): {parent}.</source>
        <translation>Não foi possível salvar {name} ({reason}): {parent}.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>O segredo do cliente está vazio.</translation>
    </message>
    <message>
        <source>Copy it again from API Management.</source>
        <translation>Copie-o de novo da página API Management.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keyring could not be read (it may be locked).</source>
        <extracomment>Where it came from: &quot;keyring&quot;, &quot;environment&quot;, &quot;entered&quot;, &quot;file&quot; or &quot;sandbox&quot;.</extracomment>
        <translation>Não foi possível ler o chaveiro do sistema operacional (ele pode estar bloqueado).</translation>
    </message>
    <message>
        <source>Unlock it, or enter the secret for this session.</source>
        <translation>Desbloqueie-o ou digite o segredo para esta sessão.</translation>
    </message>
    <message>
        <source>The client secret could not be saved in the operating system&apos;s keyring.</source>
        <translation>Não foi possível salvar o segredo do cliente no chaveiro do sistema operacional.</translation>
    </message>
    <message>
        <source>A proxy password needs the proxy&apos;s user name.</source>
        <translation>Uma senha de proxy exige o nome de usuário do proxy.</translation>
    </message>
    <message>
        <source>Fill in the proxy user field.</source>
        <translation>Preencha o campo de usuário do proxy.</translation>
    </message>
    <message>
        <source>Without a keyring the proxy password cannot be kept.</source>
        <translation>Sem chaveiro do sistema, a senha do proxy não pode ser guardada.</translation>
    </message>
    <message>
        <source>The proxy password could not be saved in the operating system&apos;s keyring.</source>
        <translation>Não foi possível salvar a senha do proxy no chaveiro do sistema operacional.</translation>
    </message>
    <message>
        <source>No client secret is saved for the profile {name!r}.</source>
        <translation>Nenhum segredo do cliente está salvo para o perfil {name!r}.</translation>
    </message>
    <message>
        <source>Enter it (tick &apos;remember&apos; to keep it in the keyring) or set CSOD_CLIENT_SECRET.</source>
        <translation>Digite-o (marque &apos;guardar&apos; para mantê-lo no chaveiro do sistema) ou defina CSOD_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be opened ({error}): {path}.</source>
        <translation>Não foi possível abrir o controle compartilhado do limite de solicitações ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check that the app&apos;s data folder is writable; another copy of csod-desktop may hold it.</source>
        <translation>Verifique se a pasta de dados do aplicativo permite gravação; outra cópia do csod-desktop pode estar usando-a.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be read ({error}): {path}.</source>
        <translation>Não foi possível ler o controle compartilhado do limite de solicitações ({error}): {path}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, close other copies of csod-desktop.</source>
        <translation>Tente de novo; se continuar falhando, feche as outras cópias do csod-desktop.</translation>
    </message>
    <message>
        <source>The shared throttle budget could not be written ({error}): {path}.</source>
        <translation>Não foi possível gravar o controle compartilhado do limite de solicitações ({error}): {path}.</translation>
    </message>
    <message>
        <source>Check the free space of the disk that holds the app&apos;s data folder.</source>
        <translation>Verifique o espaço livre no disco que contém a pasta de dados do aplicativo.</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message numerus="yes">
        <source>Creating the job (%n import(s))</source>
        <translation>
            <numerusform>Criando a tarefa (%n importação)</numerusform>
            <numerusform>Criando a tarefa (%n importações)</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {job_id} created</source>
        <translation>Tarefa {job_id} criada</translation>
    </message>
    <message>
        <source>Sending the data of import {position} of {count}</source>
        <translation>Enviando os dados da importação {position} de {count}</translation>
    </message>
    <message>
        <source>Data of import {position} of {count} received by the portal (confirmed by the job status; not sent twice)</source>
        <translation>Dados da importação {position} de {count} recebidos pelo portal (confirmado pelo status da tarefa; não enviados duas vezes)</translation>
    </message>
    <message>
        <source>Data of import {position} of {count} received by the portal</source>
        <translation>Dados da importação {position} de {count} recebidos pelo portal</translation>
    </message>
    <message>
        <source>Next status check at {time}</source>
        <translation>Próxima verificação de status às {time}</translation>
    </message>
    <message>
        <source>{status} {loaded}/{total} loaded, {failed} failed</source>
        <translation>{status} {loaded}/{total} carregados, {failed} com falha</translation>
    </message>
    <message>
        <source>{status} {loaded}/{total} loaded</source>
        <translation>{status} {loaded}/{total} carregados</translation>
    </message>
    <message>
        <source>Job {job_id}: {statuses}</source>
        <translation>Tarefa {job_id}: {statuses}</translation>
    </message>
    <message>
        <source>Status check failed ({problem}); trying again later</source>
        <translation>A verificação de status falhou ({problem}); nova tentativa mais tarde</translation>
    </message>
    <message>
        <source>Report of import {import_id} from the saved copy ({usage})</source>
        <translation>Relatório da importação {import_id} da cópia salva ({usage})</translation>
    </message>
    <message>
        <source>Report of import {import_id} downloaded ({usage})</source>
        <translation>Relatório da importação {import_id} baixado ({usage})</translation>
    </message>
    <message>
        <source>Import {import_id}: {reason}</source>
        <translation>Importação {import_id}: {reason}</translation>
    </message>
    <message>
        <source>The report of import {import_id} is not ready yet on the portal; asking again at {time}</source>
        <translation>O relatório da importação {import_id} ainda não está pronto no portal; nova consulta às {time}</translation>
    </message>
    <message>
        <source>Job {job_id}: skipped, {driver}</source>
        <translation>Tarefa {job_id}: ignorada, {driver}</translation>
    </message>
    <message>
        <source>Job {job_id}: finished</source>
        <translation>Tarefa {job_id}: concluída</translation>
    </message>
    <message>
        <source>Job {job_id}: failed</source>
        <translation>Tarefa {job_id}: com falha</translation>
    </message>
    <message>
        <source>Job {job_id}: abandoned</source>
        <translation>Tarefa {job_id}: abandonada</translation>
    </message>
    <message>
        <source>Job {job_id}: {state}</source>
        <translation>Tarefa {job_id}: {state}</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>The callback address must start with https:// (Cornerstone refuses plain http).</source>
        <extracomment>A portal environment queues at most 50 jobs (bulk-api-facts.md, &quot;Capacity and data limits&quot;). At most 5 imports of one load type run at once, 15 for custom OUs (same section). One payload: at most 300 columns and 1,000,000 records; records past 1,000,000 are dropped silently by the portal, so the client splits instead (bulk-api-facts.md, &quot;Capacity and data limits&quot;). Payloads over 20 MB must be gzip-compressed and sent with Content-Encoding: gzip (same section; employee-ou-api-facts.md §4 &quot;Data-limit wording&quot;: before or after compression is [unknown]). Reports and payloads are kept 30 days from the import&apos;s creation (bulk-api-facts.md, same section). A report can be downloaded 5 times; the 6th call answers 410 (same section). Tokens last ``expires_in`` seconds, 3600 by default (bulk-api-facts.md, &quot;Hosts and paths&quot;). Bucket names. SHARED is the one five-per-minute bucket of schemas, specification, job creation and job status; REPORTS the report and its errors and warnings variants together (bulk-api-facts.md, &quot;Endpoints, scopes and throttles&quot;). Two more rows of the Employee/OU throttling table (employee-ou-api-facts.md, §1 &quot;Throttles&quot; and §2 &quot;Endpoints&quot;): EMPLOYEE is the three 150-per-minute rows (``GET /employees/*``, ``POST /employees``, ``PATCH /employees/*``) counted together (whether they share a budget is [unknown]; one budget can only be slower, never refused), OU_SPECIFICATIONS is ``GET /organizations/v1/specifications``. The list endpoints the client reads (EMPLOYEES, OUS, OU_TYPES) are below, with their paths. The read endpoints of the portal&apos;s own data (employee-ou-api-facts.md §1 &quot;Paths and methods&quot;, §2 &quot;Endpoints&quot;): the employee list, the OU list and the OU types. Throttle buckets of those endpoints: &quot;GET - Bulk&quot; employees 75/min, 4,500/h, 108,000/day (§1 &quot;Throttles&quot;); ``/ous`` and ``/types`` 300/min, 18,000/h, 432,000/day each (§2 &quot;Endpoints&quot;). Limits are counted per URI (§3, the Security Module TIP, *inference* for this API), so ``/ous`` and ``/types`` are two buckets. Every Employee API v2 GET needs the scope ``employee:read`` (§1 &quot;Scopes and permissions&quot;). The OU API&apos;s scope is unpublished (§2 &quot;Scopes and permissions&quot; [unknown]). Our choice, written in the sandbox README (&quot;Choices where the reference is silent&quot;): the same ``employee:read``, since &quot;one scope can open more than one API endpoint&quot; (§1) and the OU API is part of the same Employee/OU API product. Default page sizes: 50 records on Employee endpoints, 100 on OU endpoints (§1 &quot;Paging&quot;). A ``nextPageToken`` lives 5 minutes from the response that carried it (§1 &quot;Paging&quot;). OUR policy, not Cornerstone&apos;s: a ReconcileUsers load that would deactivate more than this share of the portal&apos;s active employees needs an explicit override (the window&apos;s tick box, the CLI&apos;s ``--max-deactivations``). Cornerstone itself deactivates whatever is missing, without a limit. The portal&apos;s throttle counters, sent with its answers (employee-ou-api-facts.md §3, from Cornerstone&apos;s getting-started throttling page): the limit per hour of the call&apos;s URI, and what is left of it in the current hour. &quot;Throttling limits are also tracked at the minute level, as the hourly limit / 60.&quot; The window the two headers count in, in seconds.</extracomment>
        <translation>O endereço de callback deve começar com https:// (o Cornerstone recusa http simples).</translation>
    </message>
    <message>
        <source>The callback address is not a complete web address (https://host/path).</source>
        <translation>O endereço de callback não é um endereço da web completo (https://host/caminho).</translation>
    </message>
</context>
<context>
    <name>governor</name>
    <message>
        <source>waiting {seconds} s for the portal&apos;s rate limit</source>
        <extracomment>Waits shorter than this are not announced (a status line that flickers helps nobody). The documented buckets of ``csod_desktop.facts`` as sliding windows. /permissions has no published limit: the governor keeps it modest and apart, so it never eats into the shared bucket status polling needs.</extracomment>
        <translation>aguardando {seconds} s pelo limite de solicitações do portal</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>saved</source>
        <translation>salvo</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>não necessário</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>não baixado</translation>
    </message>
    <message>
        <source>This installation of csod-desktop cannot write DuckDB files: its duckdb library is missing.</source>
        <extracomment>The job fields of a history row: the DuckDB ``jobs`` table has these, one row per job. The DuckDB ``imports`` table: one row per import, joined to ``jobs`` on ``job_ref`` (``job_id`` kept too, as the Bulk API&apos;s imports carry their job&apos;s id).</extracomment>
        <translation>Esta instalação do csod-desktop não consegue gravar arquivos DuckDB: falta a biblioteca duckdb.</translation>
    </message>
    <message>
        <source>Export the history as CSV instead, or reinstall csod-desktop to get the DuckDB export back.</source>
        <translation>Exporte o histórico como CSV ou reinstale o csod-desktop para ter a exportação DuckDB de volta.</translation>
    </message>
    <message>
        <source>already being run by this csod-desktop (pid {pid})</source>
        <translation>já sendo executada por este csod-desktop (pid {pid})</translation>
    </message>
    <message>
        <source>being run by another csod-desktop (pid {pid})</source>
        <translation>sendo executada por outro csod-desktop (pid {pid})</translation>
    </message>
    <message>
        <source>being run by another csod-desktop (pid {pid} on {host})</source>
        <translation>sendo executada por outro csod-desktop (pid {pid} em {host})</translation>
    </message>
</context>
<context>
    <name>loads</name>
    <message>
        <source>The payload file {payload} is missing.</source>
        <translation>O arquivo de dados a enviar {payload} não existe.</translation>
    </message>
    <message>
        <source>Prepare the load again.</source>
        <translation>Prepare a carga de novo.</translation>
    </message>
    <message>
        <source>The data of import {import_id} is no longer on this computer, so it cannot be sent.</source>
        <translation>Os dados da importação {import_id} não estão mais neste computador, por isso não podem ser enviados.</translation>
    </message>
    <message>
        <source>Load the file again as a new job.</source>
        <translation>Carregue o arquivo de novo como uma nova tarefa.</translation>
    </message>
    <message>
        <source>This run no longer drives job #{job_ref}: another csod-desktop took it over.</source>
        <translation>Esta execução não conduz mais a tarefa #{job_ref}: outro csod-desktop a assumiu.</translation>
    </message>
    <message>
        <source>That process finishes the job; nothing was sent twice.</source>
        <translation>Esse processo termina a tarefa; nada foi enviado duas vezes.</translation>
    </message>
    <message>
        <source>The job stays in the journal: reopen the app or run &apos;csod-desktop resume&apos; to finish it.</source>
        <translation>A tarefa permanece no diário: reabra o aplicativo ou execute &apos;csod-desktop resume&apos; para concluí-la.</translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <source>The file has no column named {columns}.</source>
        <translation>O arquivo não tem nenhuma coluna chamada {columns}.</translation>
    </message>
    <message>
        <source>Map those properties to columns of this file, or unmap them.</source>
        <translation>Mapeie essas propriedades para colunas deste arquivo ou desfaça o mapeamento delas.</translation>
    </message>
    <message>
        <source>This is not a csod-desktop mapping template (no &quot;columns&quot;).</source>
        <translation>Este não é um modelo de mapeamento do csod-desktop (não há &quot;columns&quot;).</translation>
    </message>
    <message>
        <source>The mapping template is damaged ({problem}).</source>
        <translation>O modelo de mapeamento está danificado ({problem}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; now loads into {field} (it loaded into {before}).</source>
        <translation>&apos;{column}&apos; agora é carregada em {field} (era carregada em {before}).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; now loads into {field}.</source>
        <translation>&apos;{column}&apos; agora é carregada em {field}.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; no longer loads into {field}: a field takes one column, and &apos;{taker}&apos; has it now.</source>
        <translation>&apos;{column}&apos; não é mais carregada em {field}: um campo recebe uma única coluna, e agora é &apos;{taker}&apos; que o ocupa.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is no longer loaded (it loaded into {field}).</source>
        <translation>&apos;{column}&apos; não é mais carregada (era carregada em {field}).</translation>
    </message>
    <message>
        <source>The values of {field} now translate {count} value(s) of your file.</source>
        <translation>Os valores de {field} agora convertem {count} valor(es) do seu arquivo.</translation>
    </message>
    <message>
        <source>The values of {field} are no longer translated.</source>
        <translation>Os valores de {field} não são mais convertidos.</translation>
    </message>
    <message>
        <source>{field} is &apos;{value}&apos; on every record where the file gives no value.</source>
        <translation>{field} é &apos;{value}&apos; em todos os registros em que o arquivo não traz valor.</translation>
    </message>
    <message>
        <source>The constant &apos;{before}&apos; of {field} is removed.</source>
        <translation>A constante &apos;{before}&apos; de {field} foi removida.</translation>
    </message>
    <message>
        <source>The constant of {field} is &apos;{value}&apos; now: it replaces &apos;{before}&apos;.</source>
        <translation>A constante de {field} agora é &apos;{value}&apos;: ela substitui &apos;{before}&apos;.</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>the operating system&apos;s certificate store and the certificates in {file}</source>
        <translation>o repositório de certificados do sistema operacional e os certificados em {file}</translation>
    </message>
    <message>
        <source>the operating system&apos;s certificate store</source>
        <translation>o repositório de certificados do sistema operacional</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle (the operating system&apos;s store could not be used) and the certificates in {file}</source>
        <translation>o pacote de certificados do certifi (o repositório do sistema operacional não pôde ser usado) e os certificados em {file}</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle (the operating system&apos;s store could not be used)</source>
        <translation>o pacote de certificados do certifi (o repositório do sistema operacional não pôde ser usado)</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle and the certificates in {file}</source>
        <translation>o pacote de certificados do certifi e os certificados em {file}</translation>
    </message>
    <message>
        <source>certifi&apos;s certificate bundle</source>
        <translation>o pacote de certificados do certifi</translation>
    </message>
    <message>
        <source>this computer: a loopback address never goes through a proxy</source>
        <extracomment>Who decided a route (:attr:`Route.reason`).</extracomment>
        <translation>este computador: um endereço de loopback nunca passa por um proxy</translation>
    </message>
    <message>
        <source>from this profile</source>
        <translation>deste perfil</translation>
    </message>
    <message>
        <source>no proxy set</source>
        <translation>nenhum proxy definido</translation>
    </message>
    <message>
        <source>no proxy set on this computer</source>
        <translation>nenhum proxy definido neste computador</translation>
    </message>
    <message>
        <source>this address is in the computer&apos;s no-proxy list</source>
        <translation>este endereço está na lista de exceções de proxy do computador</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>de {variable}</translation>
    </message>
    <message>
        <source>from this computer&apos;s proxy settings</source>
        <translation>das configurações de proxy deste computador</translation>
    </message>
    <message>
        <source>direct connection (this computer: a loopback address never goes through a proxy)</source>
        <translation>conexão direta (este computador: um endereço de loopback nunca passa por um proxy)</translation>
    </message>
    <message>
        <source>direct connection (no proxy set)</source>
        <translation>conexão direta (nenhum proxy definido)</translation>
    </message>
    <message>
        <source>direct connection (this address is in the computer&apos;s no-proxy list)</source>
        <translation>conexão direta (este endereço está na lista de exceções de proxy do computador)</translation>
    </message>
    <message>
        <source>direct connection (no proxy set on this computer)</source>
        <translation>conexão direta (nenhum proxy definido neste computador)</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from this profile)</source>
        <translation>pelo proxy {proxy} (deste perfil)</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from {variable})</source>
        <translation>pelo proxy {proxy} (de {variable})</translation>
    </message>
    <message>
        <source>through the proxy {proxy} (from this computer&apos;s proxy settings)</source>
        <translation>pelo proxy {proxy} (das configurações de proxy deste computador)</translation>
    </message>
    <message>
        <source>{route}; certificates checked against {store}</source>
        <translation>{route}; certificados verificados com {store}</translation>
    </message>
</context>
<context>
    <name>payload</name>
    <message>
        <source>The file has {records} records to send but one import accepts at most {limit}; the portal would drop the rest without saying so.</source>
        <extracomment>ISA-L level 1: several times faster than zlib level 6 for a few percent of size (payload text). Records per write: small enough that no full copy of the frame is ever made, big enough for polars&apos; parallel writer.</extracomment>
        <translation>O arquivo tem {records} registros a enviar, mas uma importação aceita no máximo {limit}; o portal descartaria o restante sem avisar.</translation>
    </message>
    <message>
        <source>Split the load into several imports of the same job, or send fewer records.</source>
        <translation>Divida a carga em várias importações da mesma tarefa ou envie menos registros.</translation>
    </message>
    <message>
        <source>No column is mapped, so there is nothing to send.</source>
        <translation>Nenhuma coluna está mapeada, então não há nada para enviar.</translation>
    </message>
    <message>
        <source>Map at least the required properties.</source>
        <translation>Mapeie pelo menos as propriedades obrigatórias.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Map the file&apos;s columns first.</source>
        <translation>Mapeie primeiro as colunas do arquivo.</translation>
    </message>
    <message>
        <source>Go to the Map step.</source>
        <translation>Vá para a etapa Mapeamento.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>invalid and excluded</source>
        <translation>inválido e omitido</translation>
    </message>
    <message>
        <source>in another import (one holds {count} records)</source>
        <translation>em outra importação (cada uma comporta {count} registros)</translation>
    </message>
    <message>
        <source>ReconcileUsers is on, so the portal deactivates every employee missing from the payload, and {count} record(s) of this file would be missing from it: {records}. Nothing was sent.</source>
        <translation>ReconcileUsers está ativado, então o portal desativa todo funcionário ausente dos dados enviados, e {count} registro(s) deste arquivo ficariam de fora deles: {records}. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Fix those records so that every record is sent (an excluded or invalid record is a deactivated person), or turn ReconcileUsers off.</source>
        <translation>Corrija esses registros para que todos sejam enviados (um registro omitido ou inválido é uma pessoa desativada) ou desative ReconcileUsers.</translation>
    </message>
    <message>
        <source>The file cannot be sent as it is: {message}</source>
        <translation>O arquivo não pode ser enviado como está: {message}</translation>
    </message>
    <message>
        <source>Mapping changed.</source>
        <extracomment>Share of a check&apos;s progress taken by mapping; validation takes the rest. Questions answered on Review, as (setting, value): (&quot;datetime_culture&quot;, &quot;en-US&quot;) says the dates no value proves the order of are month first. Part of what is checked; a new file or another value of the setting forgets it. What the administrator changed, to undo and redo (``services.plan_history``). Fix and reload: the portal&apos;s reason for each record of the file (1-based), shown by Review.</extracomment>
        <translation>Mapeamento alterado.</translation>
    </message>
    <message>
        <source>Choose the file to load first.</source>
        <translation>Escolha primeiro o arquivo a carregar.</translation>
    </message>
    <message>
        <source>Go to the File step.</source>
        <translation>Vá para a etapa Arquivo.</translation>
    </message>
    <message>
        <source>The portal&apos;s schema for this load type is not read yet.</source>
        <translation>O esquema do portal para este tipo de carga ainda não foi lido.</translation>
    </message>
    <message>
        <source>Go to the Load type step.</source>
        <translation>Vá para a etapa Tipo de carga.</translation>
    </message>
    <message>
        <source>The file was changed since it was checked.</source>
        <translation>O arquivo foi alterado depois de verificado.</translation>
    </message>
    <message>
        <source>Check it again on the Review step.</source>
        <translation>Verifique-o de novo na etapa Revisão.</translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n cell(s)</source>
        <extracomment>A cell without an edit (its value is the file&apos;s), or a setting not given, in before/after states.</extracomment>
        <translation>
            <numerusform>Edição de %n célula</numerusform>
            <numerusform>Edição de %n células</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclusion of record {record}</source>
        <translation>Omissão do registro {record}</translation>
    </message>
    <message>
        <source>Inclusion of record {record}</source>
        <translation>Inclusão do registro {record}</translation>
    </message>
    <message numerus="yes">
        <source>Exclusion of %n records</source>
        <translation>
            <numerusform>Omissão de %n registro</numerusform>
            <numerusform>Omissão de %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inclusion of %n records</source>
        <translation>
            <numerusform>Inclusão de %n registro</numerusform>
            <numerusform>Inclusão de %n registros</numerusform>
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
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>Cornerstone refused this record last time: {reason}</source>
        <extracomment>The rule of a warning that carries the portal&apos;s reason for refusing a record (fix and reload).</extracomment>
        <translation>O Cornerstone recusou este registro da última vez: {reason}</translation>
    </message>
    <message>
        <source>Fix what it names, then check again; the portal checks the record again when it is sent.</source>
        <translation>Corrija o que é apontado e verifique de novo; o portal verifica o registro de novo quando ele é enviado.</translation>
    </message>
</context>
<context>
    <name>portal data</name>
    <message>
        <source>In Cornerstone&apos;s API Management, add the Employee API v2 scope employee:read to this API application, and give its user &apos;Employee API - View&apos;; the Employee/OU API is enabled through Edge Marketplace.</source>
        <extracomment>Page sizes tried in turn: the maximum ``pageSize`` is unpublished (§1 &quot;Paging&quot; [unknown]); a 400 on the first page means &quot;too many&quot;, and None finally leaves the portal&apos;s default (50 / 100). Where the page token may go back (§1 &quot;Paging&quot;: &quot;How the token is sent back for page 2&quot; [unknown]). How every &quot;off&quot; sentence below begins in English (the window&apos;s tests look for it; the sentences are translated whole, each with these words in its own language).</extracomment>
        <translation>No API Management do Cornerstone, adicione o escopo employee:read da Employee API v2 a este aplicativo da API e dê ao usuário dele a permissão &apos;Employee API - View&apos;; a Employee/OU API é habilitada pelo Edge Marketplace.</translation>
    </message>
    <message>
        <source>reading the portal&apos;s employees</source>
        <extracomment>The Bulk API client&apos;s layers (retry of reads, the shared throttle budget, one log line per call): these reads take their slots in their own buckets (``api.governor.bucket_for``).</extracomment>
        <translation>ler os funcionários do portal</translation>
    </message>
    <message>
        <source>reading the portal&apos;s OU types</source>
        <translation>ler os tipos de UO do portal</translation>
    </message>
    <message>
        <source>reading the portal&apos;s OUs</source>
        <translation>ler as UOs do portal</translation>
    </message>
    <message>
        <source>The portal&apos;s pages could not be followed while {what}: every way of sending the page token back was ignored.</source>
        <translation>Não foi possível seguir as páginas do portal ao {what}: todas as formas de devolver o token de página foram ignoradas.</translation>
    </message>
    <message>
        <source>Report this to csod-desktop&apos;s maintainers with the portal&apos;s API version.</source>
        <translation>Informe isto aos mantenedores do csod-desktop, com a versão da API do portal.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the portal refused a token with the scope {scopes} (HTTP {status}), so the API application does not have it.</source>
        <translation>As verificações com os dados do seu portal estão desativadas: o portal recusou um token com o escopo {scopes} (HTTP {status}), portanto o aplicativo da API não o tem.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer while {what} was not JSON.</source>
        <translation>A resposta do portal ao {what} não era JSON.</translation>
    </message>
    <message>
        <source>reading one employee</source>
        <translation>ler um funcionário</translation>
    </message>
    <message>
        <source>The Employee API and the OU API answer ({count} OU types); Review checks your files against the portal&apos;s employees and OUs.</source>
        <translation>A Employee API e a OU API respondem ({count} tipos de UO); a Revisão verifica seus arquivos com os funcionários e as UOs do portal.</translation>
    </message>
    <message>
        <source>The Employee API and the OU API answer ({count} OU types); Review checks your files against the portal&apos;s employees and OUs (no employee visible yet).</source>
        <translation>A Employee API e a OU API respondem ({count} tipos de UO); a Revisão verifica seus arquivos com os funcionários e as UOs do portal (nenhum funcionário visível ainda).</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the Employee/OU API is not enabled on this portal (HTTP 404 while {what}).</source>
        <translation>As verificações com os dados do seu portal estão desativadas: a Employee/OU API não está habilitada neste portal (HTTP 404 ao {what}).</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: the API application may not read the portal&apos;s employees or OUs (HTTP {status} while {what}); it needs the employee:read scope and the &apos;Employee API - View&apos; permission.</source>
        <translation>As verificações com os dados do seu portal estão desativadas: o aplicativo da API pode não ter permissão para ler os funcionários ou as UOs do portal (HTTP {status} ao {what}); ele precisa do escopo employee:read e da permissão &apos;Employee API - View&apos;.</translation>
    </message>
    <message>
        <source>Checks against your portal&apos;s data are off: reading the portal&apos;s employees and OUs failed ({error}).</source>
        <extracomment>OUR policy: a snapshot younger than this is reused without asking the portal (the administrator sees its age and can refresh it; a load refreshes it afterwards). How far back ``GET /jobs`` is asked for a job&apos;s ``owner_ref`` (the application&apos;s service account).</extracomment>
        <translation>As verificações com os dados do seu portal estão desativadas: a leitura dos funcionários e das UOs do portal falhou ({error}).</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees: {done} of {total}</source>
        <translation>Lendo os funcionários do portal: {done} de {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s employees: {done}</source>
        <translation>Lendo os funcionários do portal: {done}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s organizational units: {done} of {total}</source>
        <translation>Lendo as unidades organizacionais do portal: {done} de {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s organizational units: {done}</source>
        <translation>Lendo as unidades organizacionais do portal: {done}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s OU types: {done} of {total}</source>
        <translation>Lendo os tipos de UO do portal: {done} de {total}</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s OU types: {done}</source>
        <translation>Lendo os tipos de UO do portal: {done}</translation>
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
        <translation>As verificações com os dados do seu portal estão desativadas: os funcionários e as UOs do portal não foram lidos.</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>the local sandbox ({url})</source>
        <translation>o sandbox local ({url})</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Failed</source>
        <extracomment>Portal statuses meaning the import waits its turn (bulk-api-quick-start.txt Step 6 shows &quot;Created&quot; and &quot;Completed&quot;; the rest are tolerated spellings: bulk-api-facts.md, &quot;Shapes nobody has published&quot;).</extracomment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importação com falha</translation>
    </message>
    <message>
        <source>The portal could not load this import: {reason}</source>
        <translation>O portal não conseguiu carregar esta importação: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{loaded} loaded, {errors} with errors (of %n records)</source>
        <translation>
            <numerusform>{loaded} carregados, {errors} com erros (de %n registro)</numerusform>
            <numerusform>{loaded} carregados, {errors} com erros (de %n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} loaded, {errors} with errors (of the records)</source>
        <translation>{loaded} carregados, {errors} com erros (dos registros)</translation>
    </message>
    <message numerus="yes">
        <source>{loaded} loaded (of %n records)</source>
        <translation>
            <numerusform>{loaded} carregados (de %n registro)</numerusform>
            <numerusform>{loaded} carregados (de %n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} loaded (of the records)</source>
        <translation>{loaded} carregados (dos registros)</translation>
    </message>
    <message>
        <source>{loaded} of {total} loaded</source>
        <translation>{loaded} de {total} carregados</translation>
    </message>
    <message>
        <source>{loaded} loaded</source>
        <translation>{loaded} carregados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message numerus="yes">
        <source>%n records wait for the imports before them</source>
        <translation>
            <numerusform>%n registro aguarda as importações anteriores</numerusform>
            <numerusform>%n registros aguardam as importações anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>The records wait for the imports before them</source>
        <translation>Os registros aguardam as importações anteriores</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ainda não enviada</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
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
        <translation>Enviando os registros</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sending {percent}%</source>
        <translation>Enviando {percent}%</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>Interrompida durante o envio</translation>
    </message>
    <message>
        <source>The app stopped during the upload: the portal is asked what arrived before anything is sent again</source>
        <translation>O aplicativo parou durante o envio: o portal é consultado sobre o que chegou antes de qualquer novo envio</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Falha no envio</translation>
    </message>
    <message>
        <source>The upload failed; resuming checks with the portal and sends it again if it did not arrive</source>
        <translation>O envio falhou; a retomada verifica com o portal e envia de novo se os dados não tiverem chegado</translation>
    </message>
    <message numerus="yes">
        <source>The portal received %n records; its status comes with the next check</source>
        <translation>
            <numerusform>O portal recebeu %n registro; o status vem com a próxima verificação</numerusform>
            <numerusform>O portal recebeu %n registros; o status vem com a próxima verificação</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal received the records; its status comes with the next check</source>
        <translation>O portal recebeu os registros; o status vem com a próxima verificação</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message numerus="yes">
        <source>%n records wait in Cornerstone&apos;s queue</source>
        <translation>
            <numerusform>%n registro aguarda na fila do Cornerstone</numerusform>
            <numerusform>%n registros aguardam na fila do Cornerstone</numerusform>
        </translation>
    </message>
    <message>
        <source>The records wait in Cornerstone&apos;s queue</source>
        <translation>Os registros aguardam na fila do Cornerstone</translation>
    </message>
    <message>
        <source>In the portal&apos;s queue</source>
        <translation>Na fila do portal</translation>
    </message>
    <message>
        <source>{status} {done} of {total}</source>
        <translation>{status} {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>The portal has done {done} of %n records</source>
        <translation>
            <numerusform>O portal processou {done} de %n registro</numerusform>
            <numerusform>O portal processou {done} de %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal works on %n records; it gives no count until it is done</source>
        <translation>
            <numerusform>O portal está processando %n registro; ele não informa contagem até terminar</numerusform>
            <numerusform>O portal está processando %n registros; ele não informa contagem até terminar</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal works on the records; it gives no count until it is done</source>
        <translation>O portal está processando os registros; ele não informa contagem até terminar</translation>
    </message>
    <message>
        <source>Not followed now</source>
        <translation>Não acompanhada agora</translation>
    </message>
    <message>
        <source>{state} (last known; Resume follows it again)</source>
        <translation>{state} (último estado conhecido; Retomar volta a acompanhá-la)</translation>
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
        <translation>{position}. {title} · um arquivo</translation>
    </message>
    <message>
        <source>{code} from a file</source>
        <translation>{code} de um arquivo</translation>
    </message>
    <message>
        <source>Import id: {import_id}</source>
        <translation>ID da importação: {import_id}</translation>
    </message>
    <message>
        <source>Import id: not created yet</source>
        <translation>ID da importação: ainda não criado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Iniciada em {time}</translation>
    </message>
    <message>
        <source>Job id: {job_id}</source>
        <translation>ID da tarefa: {job_id}</translation>
    </message>
    <message>
        <source>Job id: not created yet</source>
        <translation>ID da tarefa: ainda não criado</translation>
    </message>
    <message>
        <source>Portal: {portal}</source>
        <translation>Portal: {portal}</translation>
    </message>
    <message>
        <source>Job {time}</source>
        <translation>Tarefa {time}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>{file} · {title} + {more} more · {time}</source>
        <translation>{file} · {title} + mais {more} · {time}</translation>
    </message>
    <message>
        <source>{file} · {title} · {time}</source>
        <translation>{file} · {title} · {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded, {failed} with errors.</source>
        <translation>
            <numerusform>%n registro carregado, {failed} com erros.</numerusform>
            <numerusform>%n registros carregados, {failed} com erros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded.</source>
        <translation>
            <numerusform>%n registro carregado.</numerusform>
            <numerusform>%n registros carregados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job {job} finished</source>
        <translation>Tarefa {job} concluída</translation>
    </message>
    <message>
        <source>Job {job} failed</source>
        <translation>Tarefa {job} com falha</translation>
    </message>
    <message>
        <source>Job {job} abandoned</source>
        <translation>Tarefa {job} abandonada</translation>
    </message>
    <message>
        <source>Job {job} {state}</source>
        <translation>Tarefa {job} {state}</translation>
    </message>
</context>
<context>
    <name>reading</name>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} não existe ou não é um arquivo.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Verifique o nome do arquivo.</translation>
    </message>
    <message>
        <source>{file} has an unsupported type ({suffix}).</source>
        <translation>{file} tem um tipo não suportado ({suffix}).</translation>
    </message>
    <message>
        <source>{file} has an unsupported type (no extension).</source>
        <translation>{file} tem um tipo não suportado (sem extensão).</translation>
    </message>
    <message>
        <source>Use a .csv, .tsv, .txt, .xlsx, .xlsm, .xls, .ods or .json file.</source>
        <translation>Use um arquivo .csv, .tsv, .txt, .xlsx, .xlsm, .xls, .ods ou .json.</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook saved with a {suffix} extension.</source>
        <translation>{file} é uma pasta de trabalho do Excel salva com a extensão {suffix}.</translation>
    </message>
    <message>
        <source>Rename it to .xlsx, or export the sheet as CSV.</source>
        <translation>Renomeie-o para .xlsx ou exporte a planilha como CSV.</translation>
    </message>
    <message>
        <source>{file} has nothing on or after line {line}.</source>
        <translation>{file} não tem nada na linha {line} nem depois dela.</translation>
    </message>
    <message>
        <source>{file} holds no data (only blank lines).</source>
        <translation>{file} não contém dados (só linhas em branco).</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>uma imagem PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>uma imagem JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>uma imagem GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>um documento PDF</translation>
    </message>
    <message>
        <source>an old-style Excel (.xls) or other Office binary file</source>
        <translation>um arquivo do Excel antigo (.xls) ou outro arquivo binário do Office</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>um arquivo compactado com gzip</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>um arquivo zip</translation>
    </message>
    <message>
        <source>{file} is {what}, not a text file with one record per line.</source>
        <translation>{file} é {what}, não um arquivo de texto com um registro por linha.</translation>
    </message>
    <message>
        <source>Export the data as CSV (UTF-8), Excel .xlsx or JSON and open that file.</source>
        <translation>Exporte os dados como CSV (UTF-8), Excel .xlsx ou JSON e abra esse arquivo.</translation>
    </message>
    <message>
        <source>{file} contains binary data (NUL bytes), so it is not a CSV or text file.</source>
        <translation>{file} contém dados binários (bytes NUL), portanto não é um arquivo CSV nem de texto.</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid in that encoding.</source>
        <translation>{file} não pode ser lido como {encoding}: o byte {byte} na linha {line} não é válido nessa codificação.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s real encoding, or save it again as CSV UTF-8.</source>
        <translation>Escolha a codificação real do arquivo ou salve-o de novo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vazio.</translation>
    </message>
    <message>
        <source>Check that the export finished.</source>
        <translation>Verifique se a exportação terminou.</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this app knows.</source>
        <translation>&quot;{encoding}&quot; não é uma codificação que este aplicativo conhece.</translation>
    </message>
    <message>
        <source>Choose one from the list, for example utf-8 or cp1252.</source>
        <translation>Escolha uma da lista, por exemplo utf-8 ou cp1252.</translation>
    </message>
    <message>
        <source>Open the file in the program that made it and export it again as CSV UTF-8 (in Excel: Save As, &quot;CSV UTF-8 (Comma delimited)&quot;). In the window you can also choose the file&apos;s real encoding in the File step.</source>
        <translation>Abra o arquivo no programa que o criou e exporte-o de novo como CSV UTF-8 (no Excel: Salvar como, &quot;CSV UTF-8 (delimitado por vírgulas)&quot;). Na janela, você também pode escolher a codificação real do arquivo na etapa Arquivo.</translation>
    </message>
    <message>
        <source>{file} mixes two encodings, so some names would be garbled: it starts with the UTF-8 byte order mark, but byte {byte} of line {line} ({code}) is not UTF-8.</source>
        <translation>{file} mistura duas codificações, então alguns nomes ficariam corrompidos: ele começa com a marca de ordem de bytes UTF-8, mas o byte {byte} da linha {line} ({code}) não é UTF-8.</translation>
    </message>
    <message>
        <source>{file} mixes two encodings, so some names would be garbled: it holds the UTF-8 character &quot;{char}&quot; on line {u_line} (byte {u_byte}), but byte {byte} of line {line} ({code}) is not UTF-8.</source>
        <translation>{file} mistura duas codificações, então alguns nomes ficariam corrompidos: ele contém o caractere UTF-8 &quot;{char}&quot; na linha {u_line} (byte {u_byte}), mas o byte {byte} da linha {line} ({code}) não é UTF-8.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252: byte {byte} of line {line} ({code}) is not a character in either.</source>
        <translation>{file} não é UTF-8 nem Windows-1252: o byte {byte} da linha {line} ({code}) não é um caractere em nenhuma das duas.</translation>
    </message>
    <message>
        <source>Some characters in {file} look garbled (like &quot;Ã©&quot; instead of &quot;é&quot;): the file was probably converted between encodings once too often. Check names with accents before loading.</source>
        <translation>Alguns caracteres de {file} parecem corrompidos (como &quot;Ã©&quot; em vez de &quot;é&quot;): o arquivo provavelmente foi convertido entre codificações uma vez a mais. Confira os nomes com acentos antes de carregar.</translation>
    </message>
    <message>
        <source>{file} contains replacement characters (&quot;�&quot;): some characters were lost before the file reached us.</source>
        <translation>{file} contém caracteres de substituição (&quot;�&quot;): alguns caracteres se perderam antes de o arquivo chegar até nós.</translation>
    </message>
    <message>
        <source>The lines of {file} end in a carriage return alone (old Mac style); they were read as ordinary lines.</source>
        <translation>As linhas de {file} terminam só com um retorno de carro (estilo do Mac antigo); elas foram lidas como linhas comuns.</translation>
    </message>
    <message>
        <source>A JSON file must be an array of records: [{&quot;column&quot;: &quot;value&quot;}, ...].</source>
        <translation>Um arquivo JSON deve ser uma matriz de registros: [{&quot;column&quot;: &quot;value&quot;}, ...].</translation>
    </message>
    <message>
        <source>values are nested inside each other too deeply (about a thousand levels)</source>
        <translation>os valores estão aninhados uns nos outros em profundidade excessiva (cerca de mil níveis)</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: byte {byte} at character {column} of line {line} is not valid in that encoding.</source>
        <translation>{file} não pode ser lido como {encoding}: o byte {byte} no caractere {column} da linha {line} não é válido nessa codificação.</translation>
    </message>
    <message>
        <source>Export the file again as JSON in UTF-8: JSON files are UTF-8 (or UTF-16 with a byte order mark).</source>
        <translation>Exporte o arquivo de novo como JSON em UTF-8: arquivos JSON são UTF-8 (ou UTF-16 com marca de ordem de bytes).</translation>
    </message>
    <message>
        <source>{file} cannot be read: its {problem} (line {line}), so it is not a list of records.</source>
        <translation>{file} não pode ser lido: {problem} (linha {line}), então não é uma lista de registros.</translation>
    </message>
    <message>
        <source>{file} cannot be read: its {problem}, so it is not a list of records.</source>
        <translation>{file} não pode ser lido: {problem}, então não é uma lista de registros.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {problem} on line {line}.</source>
        <translation>{file} não é um JSON válido: {problem} na linha {line}.</translation>
    </message>
    <message>
        <source>{file} holds no records.</source>
        <translation>{file} não contém registros.</translation>
    </message>
    <message>
        <source>In {file}, line {line} is not a record of named values (it is a {kind}).</source>
        <translation>Em {file}, a linha {line} não é um registro de valores nomeados (é um {kind}).</translation>
    </message>
    <message>
        <source>In {file}, record {record} is not a record of named values (it is a {kind}).</source>
        <translation>Em {file}, o registro {record} não é um registro de valores nomeados (é um {kind}).</translation>
    </message>
    <message>
        <source>In {file}, record {record} has a value with an empty name.</source>
        <translation>Em {file}, o registro {record} tem um valor com nome vazio.</translation>
    </message>
    <message>
        <source>In {file}, line {line} holds an object as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>Em {file}, a linha {line} contém um objeto como valor de &quot;{name}&quot; ({snippet}), e não um único texto, número ou true/false.</translation>
    </message>
    <message>
        <source>In {file}, record {record} holds an object as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>Em {file}, o registro {record} contém um objeto como valor de &quot;{name}&quot; ({snippet}), e não um único texto, número ou true/false.</translation>
    </message>
    <message>
        <source>In {file}, line {line} holds a list as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>Em {file}, a linha {line} contém uma lista como valor de &quot;{name}&quot; ({snippet}), e não um único texto, número ou true/false.</translation>
    </message>
    <message>
        <source>In {file}, record {record} holds a list as the value of &quot;{name}&quot; ({snippet}), not one text, number or true/false.</source>
        <translation>Em {file}, o registro {record} contém uma lista como valor de &quot;{name}&quot; ({snippet}), e não um único texto, número ou true/false.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; (1 record)</source>
        <translation>&quot;{name}&quot; (1 registro)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; ({count} records)</source>
        <translation>&quot;{name}&quot; ({count} registros)</translation>
    </message>
    <message>
        <source>The portal takes one value per field, so this file was not read. Nested values are in: {names}.</source>
        <translation>O portal aceita um valor por campo, então este arquivo não foi lido. Há valores aninhados em: {names}.</translation>
    </message>
    <message>
        <source>The portal takes one value per field, so this file was not read. Nested values are in: {names} and {more} more columns.</source>
        <translation>O portal aceita um valor por campo, então este arquivo não foi lido. Há valores aninhados em: {names} e em mais {more} colunas.</translation>
    </message>
    <message>
        <source>Export the records flat (one column per value, for example one column per language), or leave those fields out of the export.</source>
        <translation>Exporte os registros de forma plana (uma coluna por valor, por exemplo uma coluna por idioma) ou deixe esses campos fora da exportação.</translation>
    </message>
    <message>
        <source>The header line of {file} (line {line}) cannot be read: {problem}</source>
        <translation>A linha de cabeçalho de {file} (linha {line}) não pode ser lida: {problem}</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a value that starts with a quote must end with one.</source>
        <translation>Verifique as aspas nessa linha: um valor que começa com aspas deve terminar com aspas.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is empty: it must hold the column names.</source>
        <translation>A linha {line} de {file} está vazia: ela deve conter os nomes das colunas.</translation>
    </message>
    <message>
        <source>Delete the blank lines above the header, or choose the header row.</source>
        <translation>Exclua as linhas em branco acima do cabeçalho ou escolha a linha de cabeçalho.</translation>
    </message>
    <message>
        <source>Column {index} of {file} has no name in the header (line {line}).</source>
        <translation>A coluna {index} de {file} não tem nome no cabeçalho (linha {line}).</translation>
    </message>
    <message>
        <source>Give every column a name, or delete the empty column.</source>
        <translation>Dê um nome a cada coluna ou exclua a coluna vazia.</translation>
    </message>
    <message>
        <source>The column name &quot;{name}&quot; appears twice in the header of {file} (columns {first} and {index}, line {line}).</source>
        <translation>O nome de coluna &quot;{name}&quot; aparece duas vezes no cabeçalho de {file} (colunas {first} e {index}, linha {line}).</translation>
    </message>
    <message>
        <source>Rename one of the two columns so each name is unique.</source>
        <translation>Renomeie uma das duas colunas para que cada nome seja único.</translation>
    </message>
    <message>
        <source>it opens a quoted value that is never closed: everything after it would be one value.</source>
        <translation>ela abre um valor entre aspas que nunca é fechado: tudo o que vem depois seria um único valor.</translation>
    </message>
    <message>
        <source>it holds a carriage return alone (an old Mac line end) outside quotes while other lines end the usual way: save the file again as CSV, which writes one kind of line end.</source>
        <translation>ela contém um retorno de carro isolado (um fim de linha do Mac antigo) fora de aspas, enquanto as outras linhas terminam da forma usual: salve o arquivo de novo como CSV, que grava um único tipo de fim de linha.</translation>
    </message>
    <message>
        <source>it holds a value longer than {limit} characters, longer than any field the portal takes.</source>
        <translation>ela contém um valor com mais de {limit} caracteres, mais longo que qualquer campo aceito pelo portal.</translation>
    </message>
    <message>
        <source>a quote is misplaced (a quote must open and close the whole value).</source>
        <translation>há aspas fora do lugar (as aspas devem abrir e fechar o valor inteiro).</translation>
    </message>
    <message>
        <source>Line {line} of {file} has {got} fields but the header has {want}: a value probably contains an unquoted delimiter.</source>
        <translation>A linha {line} de {file} tem {got} campos, mas o cabeçalho tem {want}: provavelmente um valor contém um delimitador sem aspas.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has {got} fields but the header has {want}: values are missing.</source>
        <translation>A linha {line} de {file} tem {got} campos, mas o cabeçalho tem {want}: faltam valores.</translation>
    </message>
    <message>
        <source>Put values that contain the delimiter in double quotes, or fix the line in the source system.</source>
        <translation>Coloque entre aspas duplas os valores que contêm o delimitador ou corrija a linha no sistema de origem.</translation>
    </message>
    <message>
        <source>Line {line} of {file} cannot be read: {problem}</source>
        <translation>A linha {line} de {file} não pode ser lida: {problem}</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has no header on row {row}: it is empty there.</source>
        <translation>A planilha &quot;{sheet}&quot; de {file} não tem cabeçalho na linha {row}: ela está vazia ali.</translation>
    </message>
    <message>
        <source>Choose the row that holds the column names.</source>
        <translation>Escolha a linha que contém os nomes das colunas.</translation>
    </message>
    <message>
        <source>{file} is a web page or XML file saved with a {suffix} extension, not a workbook.</source>
        <translation>{file} é uma página da web ou um arquivo XML salvo com a extensão {suffix}, e não uma pasta de trabalho.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx (or export the data as CSV UTF-8), then drop that file.</source>
        <translation>Abra-o no Excel e salve-o como .xlsx (ou exporte os dados como CSV UTF-8) e depois solte esse arquivo.</translation>
    </message>
    <message>
        <source>{file} holds plain text (probably CSV or tab-separated values) under a {suffix} extension.</source>
        <translation>{file} contém texto simples (provavelmente CSV ou valores separados por tabulação) com a extensão {suffix}.</translation>
    </message>
    <message>
        <source>Rename it to .csv (or .txt for tab-separated values) and drop it again.</source>
        <translation>Renomeie-o para .csv (ou .txt para valores separados por tabulação) e solte-o de novo.</translation>
    </message>
    <message>
        <source>{file} is protected with a password (the workbook is encrypted), so it cannot be read.</source>
        <translation>{file} está protegido por senha (a pasta de trabalho está criptografada), então não pode ser lido.</translation>
    </message>
    <message>
        <source>Open it in Excel with its password, then save a copy without one (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the password) and drop that copy here.</source>
        <translation>Abra-o no Excel com a senha, salve uma cópia sem senha (Arquivo &gt; Informações &gt; Proteger Pasta de Trabalho &gt; Criptografar com Senha, apague a senha) e solte essa cópia aqui.</translation>
    </message>
    <message>
        <source>Cell {cell} (column &quot;{column}&quot;) of sheet &quot;{sheet}&quot; holds a number of more than {digits} digits. Excel keeps only {digits} digits of a number, so it had already changed this value (to {rounded}) when the workbook was saved: the id that was typed is lost.</source>
        <translation>A célula {cell} (coluna &quot;{column}&quot;) da planilha &quot;{sheet}&quot; contém um número com mais de {digits} dígitos. O Excel mantém só {digits} dígitos de um número, então ele já tinha alterado este valor (para {rounded}) quando a pasta de trabalho foi salva: o ID digitado se perdeu.</translation>
    </message>
    <message>
        <source>In Excel, format the column as Text (Format Cells &gt; Text) before typing or pasting the ids, or export them from the source system as CSV, so every digit is kept.</source>
        <translation>No Excel, formate a coluna como Texto (Formatar Células &gt; Texto) antes de digitar ou colar os IDs, ou exporte-os do sistema de origem como CSV, para que todos os dígitos sejam mantidos.</translation>
    </message>
    <message>
        <source>{file} looks like an old-style Excel workbook (.xls) but is damaged or incomplete{why}.</source>
        <translation>{file} parece uma pasta de trabalho do Excel antigo (.xls), mas está danificada ou incompleta{why}.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it as .xlsx (or export the sheet as CSV UTF-8), then drop that file.</source>
        <translation>Abra-o no Excel e salve-o como .xlsx (ou exporte a planilha como CSV UTF-8) e depois solte esse arquivo.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook{why}.</source>
        <translation>{file} não é uma pasta de trabalho do Excel legível{why}.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it again as .xlsx, or export the sheet as CSV.</source>
        <translation>Abra-o no Excel e salve-o de novo como .xlsx ou exporte a planilha como CSV.</translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot; (sheets: {sheets}).</source>
        <translation>{file} não tem nenhuma planilha chamada &quot;{sheet}&quot; (planilhas: {sheets}).</translation>
    </message>
    <message>
        <source>Choose one of the sheets listed.</source>
        <translation>Escolha uma das planilhas listadas.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; is hidden in {file}; it was read because you chose it.</source>
        <translation>A planilha &quot;{sheet}&quot; está oculta em {file}; ela foi lida porque você a escolheu.</translation>
    </message>
    <message>
        <source>Every sheet of {file} is hidden ({sheets}).</source>
        <translation>Todas as planilhas de {file} estão ocultas ({sheets}).</translation>
    </message>
    <message>
        <source>Choose the sheet to read, or unhide it in Excel (Home &gt; Format &gt; Hide &amp; Unhide).</source>
        <translation>Escolha a planilha a ler ou reexiba-a no Excel (Página Inicial &gt; Formatar &gt; Ocultar e Reexibir).</translation>
    </message>
    <message>
        <source>{file}: the hidden sheet {listed} before &quot;{chosen}&quot; was not read; &quot;{chosen}&quot; is the first visible sheet. Choose another sheet if that is not the one to load.</source>
        <translation>{file}: a planilha oculta {listed} antes de &quot;{chosen}&quot; não foi lida; &quot;{chosen}&quot; é a primeira planilha visível. Escolha outra planilha se essa não for a que deve ser carregada.</translation>
    </message>
    <message>
        <source>{file}: the hidden sheets {listed} before &quot;{chosen}&quot; were not read; &quot;{chosen}&quot; is the first visible sheet. Choose another sheet if that is not the one to load.</source>
        <translation>{file}: as planilhas ocultas {listed} antes de &quot;{chosen}&quot; não foram lidas; &quot;{chosen}&quot; é a primeira planilha visível. Escolha outra planilha se essa não for a que deve ser carregada.</translation>
    </message>
    <message>
        <source>The number formats of {file} cannot be read ({error}).</source>
        <translation>Não foi possível ler os formatos de número de {file} ({error}).</translation>
    </message>
    <message>
        <source>Open the workbook in Excel and save it again, or export the sheet as CSV UTF-8.</source>
        <translation>Abra a pasta de trabalho no Excel e salve-a de novo ou exporte a planilha como CSV UTF-8.</translation>
    </message>
    <message>
        <source>Merged cells {cells}: Excel shows one value across each merge, so every record the merge covers was given that value. Unmerge the cells in Excel if that is not what you meant.</source>
        <translation>Células mescladas {cells}: o Excel mostra um único valor em cada mesclagem, então todos os registros cobertos pela mesclagem receberam esse valor. Desfaça a mesclagem no Excel se não era isso que você queria.</translation>
    </message>
    <message>
        <source>Merged cells {cells} and {more} more: Excel shows one value across each merge, so every record the merge covers was given that value. Unmerge the cells in Excel if that is not what you meant.</source>
        <translation>Células mescladas {cells} e mais {more}: o Excel mostra um único valor em cada mesclagem, então todos os registros cobertos pela mesclagem receberam esse valor. Desfaça a mesclagem no Excel se não era isso que você queria.</translation>
    </message>
    <message>
        <source>Formula cells show an error: {cells}. They are read as that error text; fix the formulas in Excel and save again, or those records will not be what you meant.</source>
        <translation>Células com fórmula mostram um erro: {cells}. Elas são lidas como o texto desse erro; corrija as fórmulas no Excel e salve de novo, ou esses registros não serão o que você queria.</translation>
    </message>
    <message>
        <source>Formula cells show an error: {cells} and {more} more. They are read as that error text; fix the formulas in Excel and save again, or those records will not be what you meant.</source>
        <translation>Células com fórmula mostram um erro: {cells} e mais {more}. Elas são lidas como o texto desse erro; corrija as fórmulas no Excel e salve de novo, ou esses registros não serão o que você queria.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has {count} formula cell(s) saved without their result, such as {examples}. The workbook was written by a program that does not calculate formulas, so those cells would be read as empty.</source>
        <translation>A planilha &quot;{sheet}&quot; de {file} tem {count} célula(s) com fórmula salva(s) sem o resultado, como {examples}. A pasta de trabalho foi gravada por um programa que não calcula fórmulas, então essas células seriam lidas como vazias.</translation>
    </message>
    <message>
        <source>Open the workbook in Excel (or LibreOffice), let it calculate, save it, and drop it here again.</source>
        <translation>Abra a pasta de trabalho no Excel (ou no LibreOffice), deixe-o calcular, salve-a e solte-a aqui de novo.</translation>
    </message>
</context>
<context>
    <name>reconcile</name>
    <message>
        <source>the API application&apos;s own account</source>
        <extracomment>The columns of the list of employees a ReconcileUsers load deactivates (window and ``--report-dir``).</extracomment>
        <translation>a conta própria do aplicativo da API</translation>
    </message>
    <message>
        <source>a system account</source>
        <translation>uma conta do sistema</translation>
    </message>
    <message>
        <source>ReconcileUsers would deactivate {count} of the portal&apos;s {active} active employees ({share}).</source>
        <translation>O ReconcileUsers desativaria {count} dos {active} funcionários ativos do portal ({share}).</translation>
    </message>
    <message>
        <source>{user_id} (the API application’s own account)</source>
        <translation>{user_id} (a conta própria do aplicativo da API)</translation>
    </message>
    <message>
        <source>{user_id} (a system account)</source>
        <translation>{user_id} (uma conta do sistema)</translation>
    </message>
    <message>
        <source>Among them: {names}.</source>
        <translation>Entre eles: {names}.</translation>
    </message>
    <message>
        <source>Your API user sees only part of the portal&apos;s employees, so the load may deactivate more people than listed here.</source>
        <translation>Seu usuário da API vê apenas parte dos funcionários do portal, então a carga pode desativar mais pessoas do que as listadas aqui.</translation>
    </message>
</context>
<context>
    <name>report fetch</name>
    <message>
        <source>No errors or warnings: no report download spent.</source>
        <extracomment>Report states no later attempt can change (the portal answered 410).</extracomment>
        <translation>Sem erros nem avisos: nenhum download de relatório gasto.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet after {minutes} minutes of asking (it still answered 404); it was not saved and is fetched later.</source>
        <translation>O portal ainda não disponibilizou o relatório após {minutes} minutos de consultas (ainda respondeu 404); ele não foi salvo e será buscado mais tarde.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet after {seconds} s of asking (it still answered 404); it was not saved and is fetched later.</source>
        <translation>O portal ainda não disponibilizou o relatório após {seconds} s de consultas (ainda respondeu 404); ele não foi salvo e será buscado mais tarde.</translation>
    </message>
    <message>
        <source>The portal has not made the report available yet (it still answered 404); it was not saved and is fetched later.</source>
        <translation>O portal ainda não disponibilizou o relatório (ainda respondeu 404); ele não foi salvo e será buscado mais tarde.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Unknown report view {name!r}: use full, errors or warnings.</source>
        <extracomment>Flag values meaning &quot;this record was loaded&quot; (bulk-api-facts.md, &quot;Shapes nobody has published&quot;: parse tolerantly, any case).</extracomment>
        <translation>Visualização de relatório desconhecida {name!r}: use full, errors ou warnings.</translation>
    </message>
    <message>
        <source>not saved: the portal did not have it ready yet (it still answered 404)</source>
        <extracomment>What became of a report that was not saved, one sentence per state (the CLI, the JSON and the window).</extracomment>
        <translation>não salvo: o portal ainda não o tinha pronto (ainda respondeu 404)</translation>
    </message>
    <message>
        <source>not saved: the download failed</source>
        <translation>não salvo: o download falhou</translation>
    </message>
    <message>
        <source>not saved: this app&apos;s download cap for it is reached</source>
        <translation>não salvo: o limite de downloads deste aplicativo para ele foi atingido</translation>
    </message>
    <message>
        <source>not saved: the portal answered 410, its five downloads are spent</source>
        <translation>não salvo: o portal respondeu 410, os cinco downloads foram gastos</translation>
    </message>
    <message>
        <source>not saved: Cornerstone no longer keeps it (30 days)</source>
        <translation>não salvo: o Cornerstone não o guarda mais (30 dias)</translation>
    </message>
    <message>
        <source>Cornerstone has not made this report available yet (it answers 404 for a while after an import completes). Open these results again in a few minutes: it is downloaded then, and a 404 spends no download.</source>
        <extracomment>The same truth for the window&apos;s Results step, with what the administrator can do there.</extracomment>
        <translation>O Cornerstone ainda não disponibilizou este relatório (ele responde 404 por algum tempo depois que uma importação é concluída). Abra estes resultados de novo em alguns minutos: ele será baixado então, e um 404 não gasta nenhum download.</translation>
    </message>
    <message>
        <source>The report could not be downloaded. Open these results again when the portal answers: it is downloaded then.</source>
        <translation>Não foi possível baixar o relatório. Abra estes resultados de novo quando o portal responder: ele será baixado então.</translation>
    </message>
    <message>
        <source>This app&apos;s download cap for the report is reached. Raise the cap in Settings (at most 5) to download it.</source>
        <translation>O limite de downloads deste aplicativo para o relatório foi atingido. Aumente o limite nas Configurações (no máximo 5) para baixá-lo.</translation>
    </message>
    <message>
        <source>Cornerstone will not serve this report again: its five downloads are spent. The import&apos;s counts stay in the History step.</source>
        <translation>O Cornerstone não fornecerá este relatório de novo: os cinco downloads foram gastos. As contagens da importação continuam na etapa Histórico.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (results are kept 30 days). The import&apos;s counts stay in the History step.</source>
        <translation>O Cornerstone não guarda mais este relatório (os resultados são guardados por 30 dias). As contagens da importação continuam na etapa Histórico.</translation>
    </message>
    <message>
        <source>Unknown report view {variant!r}: use full, errors or warnings.</source>
        <translation>Visualização de relatório desconhecida {variant!r}: use full, errors ou warnings.</translation>
    </message>
    <message>
        <source>This report is not saved on this computer and there is no portal connection to download it.</source>
        <translation>Este relatório não está salvo neste computador e não há conexão com o portal para baixá-lo.</translation>
    </message>
    <message>
        <source>Connect to the portal the import was sent to, then open the report again.</source>
        <translation>Conecte-se ao portal para o qual a importação foi enviada e abra o relatório de novo.</translation>
    </message>
    <message>
        <source>The portal has not made the report of import {import_id} available yet (HTTP 404, which Cornerstone answers for a while after an import completes).</source>
        <translation>O portal ainda não disponibilizou o relatório da importação {import_id} (HTTP 404, que o Cornerstone responde por algum tempo depois que uma importação é concluída).</translation>
    </message>
    <message>
        <source>No download was spent. Try again in a few minutes; the app remembers the report is not saved.</source>
        <translation>Nenhum download foi gasto. Tente de novo em alguns minutos; o aplicativo lembra que o relatório não está salvo.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (30 days). Showing the copy saved on this computer earlier.</source>
        <translation>O Cornerstone não guarda mais este relatório (30 dias). Mostrando a cópia salva anteriormente neste computador.</translation>
    </message>
    <message>
        <source>The portal has no download of this report left (HTTP 410). Showing the copy saved on this computer earlier.</source>
        <translation>O portal não tem mais downloads deste relatório (HTTP 410). Mostrando a cópia salva anteriormente neste computador.</translation>
    </message>
    <message>
        <source>Cornerstone no longer keeps this report (30 days). Showing the copy saved on this computer on {when}.</source>
        <translation>O Cornerstone não guarda mais este relatório (30 dias). Mostrando a cópia salva neste computador em {when}.</translation>
    </message>
    <message>
        <source>The portal has no download of this report left (HTTP 410). Showing the copy saved on this computer on {when}.</source>
        <translation>O portal não tem mais downloads deste relatório (HTTP 410). Mostrando a cópia salva neste computador em {when}.</translation>
    </message>
    <message>
        <source>{used} of {limit} used, cap {cap}</source>
        <extracomment>A sentence shown above the report when something needs saying (expired, quota spent on the portal).</extracomment>
        <translation>{used} de {limit} usados, limite {cap}</translation>
    </message>
</context>
<context>
    <name>resume</name>
    <message>
        <source>finished; its report is not saved yet</source>
        <translation>concluída; o relatório ainda não foi salvo</translation>
    </message>
    <message>
        <source>unfinished; it can be resumed</source>
        <translation>não concluída; pode ser retomada</translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation>(não criado)</translation>
    </message>
</context>
<context>
    <name>schemas</name>
    <message>
        <source>ou.customou needs the custom OU&apos;s type_id instead of the type name.</source>
        <translation>ou.customou precisa do type_id da UO personalizada em vez do nome do tipo.</translation>
    </message>
    <message>
        <source>This portal&apos;s custom OU type_ids: {value}.</source>
        <translation>type_ids de UO personalizada deste portal: {value}.</translation>
    </message>
    <message>
        <source>This portal offers no load type {text!r}.</source>
        <translation>Este portal não oferece o tipo de carga {text!r}.</translation>
    </message>
    <message>
        <source>Types offered: {value} (&apos;csod-desktop types&apos; lists them).</source>
        <translation>Tipos oferecidos: {value} (&apos;csod-desktop types&apos; os lista).</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>Awaiting data</source>
        <translation>Aguardando dados</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>Concluída com erros</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abortada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusada</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Connect</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Load type</source>
        <translation>Tipo de carga</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>The template {file} cannot be opened: {problem}.</source>
        <extracomment>A template maps at most 300 columns: a few kilobytes. A bigger file is the wrong one, refused after this much.</extracomment>
        <translation>O modelo {file} não pode ser aberto: {problem}.</translation>
    </message>
    <message>
        <source>The template {file} is larger than {size} MB, so it is not a mapping template (one is a few kilobytes).</source>
        <translation>O modelo {file} tem mais de {size} MB, então não é um modelo de mapeamento (um modelo tem poucos kilobytes).</translation>
    </message>
    <message>
        <source>Give the .json file the app saved for this load type.</source>
        <translation>Use o arquivo .json que o aplicativo salvou para este tipo de carga.</translation>
    </message>
    <message>
        <source>The template {file} is not valid JSON.</source>
        <translation>O modelo {file} não é um JSON válido.</translation>
    </message>
    <message>
        <source>The template {file} is not a mapping template.</source>
        <translation>O modelo {file} não é um modelo de mapeamento.</translation>
    </message>
</context>
<context>
    <name>type_names</name>
    <message>
        <source>Employee</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Divisão</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Cost Center</source>
        <translation>Centro de custo</translation>
    </message>
    <message>
        <source>Legal Entity</source>
        <translation>Entidade legal</translation>
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
        <translation>um caractere {name} ({code}) na posição {position}</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} e mais {count}</translation>
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
        <translation>Use um dos valores permitidos para {title}: {listed}. Separe vários valores com ponto e vírgula (;).</translation>
    </message>
    <message>
        <source>Use one of the values allowed for {title}: {listed}.</source>
        <translation>Use um dos valores permitidos para {title}: {listed}.</translation>
    </message>
    <message>
        <source>The file has {count} columns to load; the portal accepts at most {limit} in one import.</source>
        <translation>O arquivo tem {count} colunas a carregar; o portal aceita no máximo {limit} em uma importação.</translation>
    </message>
    <message>
        <source>Leave out the columns you do not need, or load the rest in a second import of the same job.</source>
        <translation>Deixe de fora as colunas de que você não precisa ou carregue o restante em uma segunda importação da mesma tarefa.</translation>
    </message>
    <message>
        <source>The file has {count} records; one import holds at most {limit} and the portal silently drops the records past that limit.</source>
        <translation>O arquivo tem {count} registros; uma importação comporta no máximo {limit}, e o portal descarta sem aviso os registros além desse limite.</translation>
    </message>
    <message>
        <source>Send the records as several imports of the same job, or split the file.</source>
        <translation>Envie os registros como várias importações da mesma tarefa ou divida o arquivo.</translation>
    </message>
    <message>
        <source>{column} is not a field of this load type, so the portal cannot load it.</source>
        <translation>{column} não é um campo deste tipo de carga, portanto o portal não pode carregá-la.</translation>
    </message>
    <message>
        <source>Map this column to one of the load type&apos;s fields, or leave it out.</source>
        <translation>Mapeie esta coluna para um dos campos do tipo de carga ou deixe-a de fora.</translation>
    </message>
    <message>
        <source>{title} is required, but no column of the file is mapped to it, so no record can load.</source>
        <translation>{title} é obrigatório, mas nenhuma coluna do arquivo está mapeada para ele, portanto nenhum registro pode ser carregado.</translation>
    </message>
    <message>
        <source>Map a column to {title}, or give it a constant value in the mapping.</source>
        <translation>Mapeie uma coluna para {title} ou dê a ele um valor constante no mapeamento.</translation>
    </message>
    <message>
        <source>{title} is required and is empty in this record.</source>
        <translation>{title} é obrigatório e está vazio neste registro.</translation>
    </message>
    <message>
        <source>Fill in {title} for this record.</source>
        <translation>Preencha {title} neste registro.</translation>
    </message>
    <message>
        <source>{title} is required because {other} is filled in.</source>
        <translation>{title} é obrigatório porque {other} está preenchido.</translation>
    </message>
    <message>
        <source>{title} is required because {other} is filled in. No column is mapped to {title}.</source>
        <translation>{title} é obrigatório porque {other} está preenchido. Nenhuma coluna está mapeada para {title}.</translation>
    </message>
    <message>
        <source>Fill in {title} as well, or leave {other} empty.</source>
        <translation>Preencha também {title} ou deixe {other} vazio.</translation>
    </message>
    <message>
        <source>{title} is {length} characters long; the portal accepts at most {limit}.</source>
        <translation>{title} tem {length} caracteres; o portal aceita no máximo {limit}.</translation>
    </message>
    <message>
        <source>Shorten {title} to {limit} characters (spaces at both ends do not count).</source>
        <translation>Reduza {title} para {limit} caracteres (espaços nas duas pontas não contam).</translation>
    </message>
    <message>
        <source>{title} is {length} characters long; it must have at least {limit}.</source>
        <translation>{title} tem {length} caracteres; precisa ter pelo menos {limit}.</translation>
    </message>
    <message>
        <source>Complete {title} to at least {limit} characters.</source>
        <translation>Complete {title} até ter pelo menos {limit} caracteres.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; already appears in record {first}; the portal loads the first record and rejects this one.</source>
        <translation>{title} &apos;{value}&apos; já aparece no registro {first}; o portal carrega o primeiro registro e recusa este.</translation>
    </message>
    <message>
        <source>Remove the repeated record, or merge it into the first one.</source>
        <translation>Remova o registro repetido ou combine-o com o primeiro.</translation>
    </message>
    <message>
        <source>Write {title} as true or false.</source>
        <translation>Escreva {title} como true ou false.</translation>
    </message>
    <message>
        <source>{values} is not among the values allowed for {title}.</source>
        <translation>{values} não está entre os valores permitidos para {title}.</translation>
    </message>
    <message>
        <source>{values} are not among the values allowed for {title}.</source>
        <translation>{values} não estão entre os valores permitidos para {title}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the values allowed for {title}.</source>
        <translation>&apos;{value}&apos; não é um dos valores permitidos para {title}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false.</source>
        <translation>&apos;{value}&apos; não é true nem false.</translation>
    </message>
    <message>
        <source>This value is not valid for {title}.</source>
        <translation>Este valor não é válido para {title}.</translation>
    </message>
    <message>
        <source>Give each employee a Username that is nobody&apos;s User ID (or leave it empty: the User ID is then used), and a User ID that is nobody else&apos;s Username.</source>
        <translation>Dê a cada funcionário um Username que não seja o User ID de ninguém (ou deixe-o vazio: o User ID é usado), e um User ID que não seja o Username de mais ninguém.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is also the User ID of another record of this file (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} &apos;{value}&apos; também é o User ID de outro registro deste arquivo (Edge Import: User IDs e Usernames são únicos entre si).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is already used by an earlier record of this file: Usernames are unique (Data Load Wizard).</source>
        <translation>{title} &apos;{value}&apos; já é usado por um registro anterior deste arquivo: Usernames são únicos (Data Load Wizard).</translation>
    </message>
    <message>
        <source>Give this employee another Username, or remove the repeated record.</source>
        <translation>Dê outro Username a este funcionário ou remova o registro repetido.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; already belongs to the portal&apos;s employee {owner}: Usernames are unique in the portal.</source>
        <translation>{title} &apos;{value}&apos; já pertence ao funcionário {owner} do portal: Usernames são únicos no portal.</translation>
    </message>
    <message>
        <source>Give this employee another Username, or update that employee instead.</source>
        <translation>Dê outro Username a este funcionário ou atualize aquele funcionário.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is the User ID of another employee in the portal (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} &apos;{value}&apos; é o User ID de outro funcionário do portal (Edge Import: User IDs e Usernames são únicos entre si).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is the Username of the portal&apos;s employee {owner} (Edge Import: User IDs and Usernames are cross-unique).</source>
        <translation>{title} &apos;{value}&apos; é o Username do funcionário {owner} do portal (Edge Import: User IDs e Usernames são únicos entre si).</translation>
    </message>
    <message>
        <source>No employee has the GUID &apos;{value}&apos;, and the record has no User ID to create one.</source>
        <translation>Nenhum funcionário tem o GUID &apos;{value}&apos;, e o registro não tem User ID para criar um.</translation>
    </message>
    <message>
        <source>With GUIDs as the identifier (LoadPrimaryKey 1) only existing employees are updated: copy the GUID from Cornerstone, or give the User ID.</source>
        <translation>Com GUIDs como identificador (LoadPrimaryKey 1), só funcionários existentes são atualizados: copie o GUID do Cornerstone ou informe o User ID.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}: the portal would take it as a different ID that looks the same.</source>
        <translation>{title} &apos;{value}&apos; contém {what}: o portal o consideraria um ID diferente, embora pareça igual.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}: the portal would take it as a different reference that looks the same.</source>
        <translation>{title} &apos;{value}&apos; contém {what}: o portal o consideraria uma referência diferente, embora pareça igual.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; holds {what}, which is loaded as it is although it does not show.</source>
        <translation>{title} &apos;{value}&apos; contém {what}, que é carregado como está, embora não apareça.</translation>
    </message>
    <message>
        <source>Retype {title} without the invisible character (or remove it with the spreadsheet&apos;s SUBSTITUTE or CLEAN function), then check the file again.</source>
        <translation>Digite {title} de novo sem o caractere invisível (ou remova-o com a função SUBSTITUIR ou TIRAR da planilha) e verifique o arquivo de novo.</translation>
    </message>
    <message>
        <source>Check {title}: remove the invisible character unless it is meant to be there.</source>
        <translation>Verifique {title}: remova o caractere invisível, a menos que ele deva estar ali.</translation>
    </message>
    <message>
        <source>{title} holds an invisible character.</source>
        <translation>{title} contém um caractere invisível.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file nor among the users your API user can see in the portal, so it must exist in a part of the portal outside that view (used by {records}).</source>
        <translation>{title} &apos;{value}&apos; não está neste arquivo nem entre os usuários que seu usuário da API pode ver no portal, então deve existir em uma parte do portal fora dessa visão (usado por {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file nor among the organizational units your API user can see in the portal, so it must exist in a part of the portal outside that view (used by {records}).</source>
        <translation>{title} &apos;{value}&apos; não está neste arquivo nem entre as unidades organizacionais que seu usuário da API pode ver no portal, então deve existir em uma parte do portal fora dessa visão (usado por {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file, so this user must already exist in the portal (used by {records}).</source>
        <translation>{title} &apos;{value}&apos; não está neste arquivo, então esse usuário já deve existir no portal (usado por {records}).</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is not in this file, so this organizational unit must already exist in the portal (used by {records}).</source>
        <translation>{title} &apos;{value}&apos; não está neste arquivo, então essa unidade organizacional já deve existir no portal (usado por {records}).</translation>
    </message>
    <message>
        <source>Check that this user exists in Cornerstone, or load it in an import of the same job.</source>
        <translation>Verifique se esse usuário existe no Cornerstone ou carregue-o em uma importação da mesma tarefa.</translation>
    </message>
    <message>
        <source>Check that this organizational unit exists in Cornerstone, or load it in an import of the same job.</source>
        <translation>Verifique se essa unidade organizacional existe no Cornerstone ou carregue-a em uma importação da mesma tarefa.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not exist in the portal; the record is loaded without this relation.</source>
        <translation>{title} &apos;{value}&apos; não existe no portal; o registro é carregado sem essa relação.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not match any user in the portal, in this file or in the other imports of this job.</source>
        <translation>{title} &apos;{value}&apos; não corresponde a nenhum usuário do portal, deste arquivo ou das outras importações desta tarefa.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; does not match any organizational unit in the portal, in this file or in the other imports of this job.</source>
        <translation>{title} &apos;{value}&apos; não corresponde a nenhuma unidade organizacional do portal, deste arquivo ou das outras importações desta tarefa.</translation>
    </message>
    <message>
        <source>Use the user&apos;s ID as it is in Cornerstone, or load the user in the same job.</source>
        <translation>Use o ID do usuário como está no Cornerstone ou carregue o usuário na mesma tarefa.</translation>
    </message>
    <message>
        <source>Use the organizational unit&apos;s ID as it is in Cornerstone, or load the organizational unit in the same job.</source>
        <translation>Use o ID da unidade organizacional como está no Cornerstone ou carregue a unidade organizacional na mesma tarefa.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is an inactive user, and this job does not allow inactive users ({setting} is false).</source>
        <translation>{title} &apos;{value}&apos; é um usuário inativo, e esta tarefa não permite usuários inativos ({setting} é false).</translation>
    </message>
    <message>
        <source>Reactivate the user, choose an active one, or create the job with {setting} true.</source>
        <translation>Reative o usuário, escolha um ativo ou crie a tarefa com {setting} true.</translation>
    </message>
    <message>
        <source>{title} &apos;{value}&apos; is an inactive organizational unit, and this job does not allow inactive organizational units ({setting} is false).</source>
        <translation>{title} &apos;{value}&apos; é uma unidade organizacional inativa, e esta tarefa não permite unidades organizacionais inativas ({setting} é false).</translation>
    </message>
    <message>
        <source>Reactivate the organizational unit, choose an active one, or create the job with {setting} true.</source>
        <translation>Reative a unidade organizacional, escolha uma ativa ou crie a tarefa com {setting} true.</translation>
    </message>
</context>
</TS>
