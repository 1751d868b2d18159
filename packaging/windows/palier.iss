; Palier's Windows installer (Inno Setup 6). Not compiled by hand: packaging\build.py runs
;   iscc /DAppVersion=<version from pyproject.toml> /DSourceRoot=<checkout> packaging\windows\palier.iss
; after it has built dist\palier\ (the same PyInstaller folder as on Linux) and build\icons\palier.ico.
;
; Per-user: installs under %LOCALAPPDATA%\Programs\Palier, asks for no administrator rights.
; The wizard speaks French. The uninstaller removes the program's own files only: the residence's
; database, its backups and the logs live in %APPDATA%\Palier and are kept.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceRoot
  #define SourceRoot "..\.."
#endif

[Setup]
AppId={{5B0E7C1A-6F2D-4C7B-9A53-1D4E2B8F0C61}
AppName=Palier
AppVersion={#AppVersion}
AppVerName=Palier {#AppVersion}
AppPublisher=Palier
AppComments=Registre des réclamations et réunions avec le bailleur
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\Palier
DefaultGroupName=Palier
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourceRoot}\dist
OutputBaseFilename=palier-{#AppVersion}-setup
SetupIconFile={#SourceRoot}\build\icons\palier.ico
UninstallDisplayIcon={app}\palier.exe
UninstallDisplayName=Palier
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
french.DataKept=Palier a été désinstallé. Vos données (la base de la résidence, ses sauvegardes et le journal) sont conservées dans le dossier :%n%1%n%nSupprimez ce dossier vous-même si vous ne voulez plus les garder.
french.CommandLine=Palier en ligne de commande

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: palier.exe (the window), palier-cmd.exe (the commands, with a
; console) and _internal\ (Python, Qt and its plugins and translations, the fonts, the icon).
Source: "{#SourceRoot}\dist\palier\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Palier"; Filename: "{app}\palier.exe"; Comment: "Registre des réclamations et réunions avec le bailleur"
Name: "{group}\{cm:UninstallProgram,Palier}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Palier"; Filename: "{app}\palier.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\palier.exe"; Description: "{cm:LaunchProgram,Palier}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Nothing under %APPDATA%\Palier was installed by this program, so nothing there is removed. }
  if (CurUninstallStep = usPostUninstall) and DirExists(ExpandConstant('{userappdata}\Palier')) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{userappdata}\Palier')]), mbInformation, MB_OK);
end;
