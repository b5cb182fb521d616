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
; Code signing is off unless asked for: ISCC's /S defines a sign tool and the [Setup] SignTool directive must
; name it, so the script names one only when /DSignToolName is given (a SignTool naming an undefined tool is
; a compile error). With a certificate:
;     ISCC /DAppVersion=0.1.0 /DSignToolName=csodsign "/Scsodsign=signtool.exe sign /fd SHA256 /tr <timestamp url> /td SHA256 /f <pfx> /p <password> $f" build_scripts\windows\csod-desktop.iss
; Inno Setup then signs Setup.exe and the uninstaller (SignedUninstaller defaults to yes with a SignTool).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CSOD Desktop"
; The windowed executable (build_scripts/csod_desktop.spec, WINDOWED_EXECUTABLE in cli/selftest_cmd.py).
#define AppExeName "CSOD Desktop.exe"
; The PyInstaller bundle. Relative paths in this script are relative to the script's own folder (the [Setup]
; SourceDir default), so the build works from any working directory. Not named SourceDir: that is a
; [Setup] directive, and the define would read as if it set it.
#define BundleDir "..\..\dist\csod-desktop"

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
; Qt 6 runs on Windows 10 1809 (build 17763) or newer: refuse older builds in Setup instead of at start.
MinVersion=10.0.17763
#ifdef SignToolName
SignTool={#SignToolName}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle: both executables and their shared _internal folder.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

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
