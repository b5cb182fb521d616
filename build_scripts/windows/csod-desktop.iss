; Inno Setup 6 script: a per-user Setup.exe for csod-desktop (no administrator rights, no UAC prompt).
;
; Build (on Windows, after `python build_scripts\build.py` has produced dist\csod-desktop\):
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 build_scripts\windows\csod-desktop.iss
; Output: dist\installer\csod-desktop-0.1.0-setup.exe
;
; Each directive below was checked against the Inno Setup help (https://jrsoftware.org/ishelp/):
; PrivilegesRequired=lowest runs Setup in non-administrative install mode, so {autopf} resolves to
; {userpf} (%LOCALAPPDATA%\Programs) and {autoprograms} to the user's Start menu; ChangesAssociations=no
; because the app registers no file types; Uninstallable=yes adds the entry to "Apps & features".
; Code signing: set SignTool (see the [Setup] SignTool directive docs) to sign both Setup.exe and the
; uninstaller with your certificate, e.g. ISCC /S"signtool=signtool.exe sign /fd SHA256 /tr http://timestamp... $f".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CSOD Desktop"
#define AppExeName "CSOD Desktop.exe"
#define SourceDir "..\..\dist\csod-desktop"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to the same installation.
AppId={{6E0C2B3E-8F0B-4C8E-9B7B-2E8B4B1B9C51}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=csod-desktop
DefaultDirName={autopf}\CSOD Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=no
Uninstallable=yes
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=csod-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\csod-desktop.ico
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; x64compatible needs Inno Setup 6.3 or newer (topic_archidentifiers): x64 Windows and Arm64 Windows 11.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle: both executables and their shared _internal folder.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autoprograms}\{#AppName} (try the sandbox)"; Filename: "{app}\csod-desktop.exe"; Parameters: "demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The user's profiles, journal and cached reports live in %APPDATA% and
; %LOCALAPPDATA% and are deliberately kept: they hold the history of loads an administrator may need.
Type: filesandordirs; Name: "{app}\_internal"
