# Builds a HybridStudio Windows installer for one GPU family.
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build-windows.ps1 -Variant directml
#   powershell -ExecutionPolicy Bypass -File installers\windows\build-windows.ps1 -Variant cuda
#
# Needs: Python 3.11 (64-bit) on PATH as `py -3.11`, Inno Setup 6 (iscc.exe on PATH or in its default
# folder). Each variant gets its own virtual environment: the onnxruntime wheels (onnxruntime-gpu,
# onnxruntime-directml) install the same `onnxruntime` module and overwrite each other.
param([ValidateSet("cuda", "directml")][string]$Variant = "directml")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$venv = "build\venv-$Variant"
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3.11 -m venv $venv }
$py = "$venv\Scripts\python.exe"
& $py -m pip install --upgrade pip
& $py -m pip install . pyinstaller
& $py -m pip uninstall -y onnxruntime onnxruntime-gpu onnxruntime-directml
if ($Variant -eq "cuda") {
    # CUDA 12 runtime, cuBLAS, cuFFT, cuRAND and cuDNN 9 as pip wheels; build.spec bundles them
    & $py -m pip install "onnxruntime-gpu[cuda,cudnn]" nvidia-cublas-cu12
} else {
    & $py -m pip install onnxruntime-directml
}

$env:HYBRIDSTUDIO_VARIANT = $Variant
& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean build.spec
if ($LASTEXITCODE -ne 0) { throw "pyinstaller failed" }

# the bundle checks itself: recipe, process record, onnxruntime and its providers, the window
& dist\HybridStudio\hybridstudio-cli.exe --self-test --gui
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }

$version = (Select-String -Path hybridstudio\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "/DVariant=$Variant" installers\windows\hybridstudio.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Get-Item "dist\HybridStudio-$version-windows-$Variant-setup.exe" | Select-Object Name, Length
