; HybridStudio installer for Windows (Inno Setup 6): per-user, no administrator rights needed.
;
; Built by installers\windows\build-windows.ps1, which first makes dist\HybridStudio with PyInstaller
; for one GPU family, then calls:
;   iscc /DAppVersion=0.1.0 /DVariant=directml installers\windows\hybridstudio.iss
;   iscc /DAppVersion=0.1.0 /DVariant=cuda     installers\windows\hybridstudio.iss
; Variant "cuda": onnxruntime-gpu with NVIDIA's CUDA and cuDNN libraries inside (NVIDIA cards).
; Variant "directml": onnxruntime-directml (any DirectX 12 GPU: AMD, Intel, NVIDIA; small).
; Both install into the same folder under the same AppId, so installing one replaces the other.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Variant
  #define Variant "directml"
#endif
#if Variant == "cuda"
  #define VariantName "NVIDIA CUDA"
#else
  #define VariantName "DirectML"
#endif
#define Root "..\.."

[Setup]
AppId={{E44A07FD-E137-486B-AD34-B9A42A8500DD}
AppName=HybridStudio
AppVersion={#AppVersion}
AppVerName=HybridStudio {#AppVersion} ({#VariantName})
AppPublisher=HybridStudio contributors
AppComments=Local AI + craft image making for art schools and print workshops
; per-user install: %LOCALAPPDATA%\Programs\HybridStudio, HKCU registry, no UAC prompt
PrivilegesRequired=lowest
DefaultDirName={autopf}\HybridStudio
DefaultGroupName=HybridStudio
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
ChangesAssociations=yes
SetupIconFile={#Root}\installers\icons\hybridstudio.ico
UninstallDisplayIcon={app}\HybridStudio.exe
UninstallDisplayName=HybridStudio ({#VariantName})
OutputDir={#Root}\dist
OutputBaseFilename=HybridStudio-{#AppVersion}-windows-{#Variant}-setup
Compression=lzma2
SolidCompression=yes
; the CUDA variant carries NVIDIA's libraries (gigabytes): should iscc refuse a setup this large,
; add DiskSpanning=yes (setup.exe plus .bin files, distributed together)
LicenseFile={#Root}\installers\windows\licence.txt
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.AssocToml=Offer HybridStudio in "Open with" for .toml recipe files
fr.AssocToml=Proposer HybridStudio dans « Ouvrir avec » pour les recettes .toml
en.SelfTest=HybridStudio self-test
fr.SelfTest=Autotest de HybridStudio
en.RecipeType=HybridStudio recipe
fr.RecipeType=Recette HybridStudio

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assoctoml"; Description: "{cm:AssocToml}"

[InstallDelete]
; a previous install (possibly of the other GPU variant) leaves no stale libraries behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\HybridStudio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\installers\icons\recipe.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\HybridStudio"; Filename: "{app}\HybridStudio.exe"
; opens a console that stays open, showing the self-test report (which GPU path runs)
Name: "{group}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k """"{app}\hybridstudio-cli.exe"" --self-test --gui"""; IconFilename: "{app}\HybridStudio.exe"
Name: "{group}\{cm:UninstallProgram,HybridStudio}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\HybridStudio"; Filename: "{app}\HybridStudio.exe"; Tasks: desktopicon

[Registry]
; .hsrecipe belongs to HybridStudio (HKA = the current user's HKCU\Software\Classes here)
Root: HKA; Subkey: "Software\Classes\.hsrecipe"; ValueType: string; ValueName: ""; ValueData: "HybridStudio.Recipe"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hsrecipe"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-hybridstudio-recipe"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hsrecipe\OpenWithProgids"; ValueType: string; ValueName: "HybridStudio.Recipe"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HybridStudio.Recipe"; ValueType: string; ValueName: ""; ValueData: "{cm:RecipeType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HybridStudio.Recipe\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\recipe.ico,0"
Root: HKA; Subkey: "Software\Classes\HybridStudio.Recipe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\HybridStudio.exe"" ""%1"""
; .toml: only offered in "Open with" (other programs use TOML too); the user may pick "Always"
Root: HKA; Subkey: "Software\Classes\.toml\OpenWithProgids"; ValueType: string; ValueName: "HybridStudio.Recipe"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoctoml
; the "Open with" dialog lists HybridStudio for these types
Root: HKA; Subkey: "Software\Classes\Applications\HybridStudio.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "HybridStudio"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\HybridStudio.exe\SupportedTypes"; ValueType: string; ValueName: ".hsrecipe"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\HybridStudio.exe\SupportedTypes"; ValueType: string; ValueName: ".toml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\HybridStudio.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\HybridStudio.exe"" ""%1"""

[Run]
Filename: "{app}\HybridStudio.exe"; Description: "{cm:LaunchProgram,HybridStudio}"; Flags: nowait postinstall skipifsilent

; Settings, downloaded models and autosaves live in the user's folders (%LOCALAPPDATA%\HybridStudio,
; %APPDATA%\HybridStudio, the Hugging Face cache) and are kept on uninstall, as are the outputs.
