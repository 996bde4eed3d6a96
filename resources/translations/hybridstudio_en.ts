<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Choices</name>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="221" />
      <source>AM halftone dots</source>
      <extracomment>Names of choices whose recipe id is not a word a person reads ("am", "dpmpp_2m"), translated in the "Choices" context where the "steps" catalogue has no name for the id; ids not listed are shown in English with hyphens as spaces and a capital ("fluorescent-pink" → "Fluorescent pink").</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="222" />
      <source>FM stochastic screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="223" />
      <source>Index (square pixels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="224" />
      <source>Error diffusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="225" />
      <source>Blue-noise dither</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="226" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="227" />
      <source>Black and white</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="228" />
      <source>Spot colours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="229" />
      <location filename="../../hybridstudio/ui/param_labels.py" line="272" />
      <source>From the ink library</source>
      <extracomment>Choice ids whose meaning depends on the parameter: (parameter name, id) → name.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="230" />
      <source>CMYK process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="231" />
      <source>Simulated process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="232" />
      <source>Risograph</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="233" />
      <source>Screenprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="234" />
      <source>Digital print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="235" />
      <source>AI model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="236" />
      <source>Lanczos (no AI)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="237" />
      <source>Clear film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="238" />
      <source>Dense film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="239" />
      <source>The negative's own size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="240" />
      <source>DDIM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="241" />
      <source>Euler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="242" />
      <source>Euler ancestral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="243" />
      <source>DPM++ 2M</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="244" />
      <source>LCM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="245" />
      <source>Tri-X 400</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="246" />
      <source>T-Max 100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="247" />
      <source>T-Max 400</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="248" />
      <source>Portra 400</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="249" />
      <source>Ektar 100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="250" />
      <source>Gold 200</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="251" />
      <source>Velvia 50</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="252" />
      <source>Provia 100F</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="253" />
      <source>Vision3 500T</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="254" />
      <source>Double-X 5222</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="255" />
      <source>Van Dyke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="256" />
      <source>Platinum/palladium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="257" />
      <source>Colour negative film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="258" />
      <source>Slide film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="259" />
      <source>Super 16</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="260" />
      <source>Super 35</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="261" />
      <source>35 mm (135)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="262" />
      <source>Half frame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="263" />
      <source>Lith print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="264" />
      <source>Salt print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="265" />
      <source>Automatic press</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="266" />
      <source>Manual press</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeviceProbe</name>
    <message>
      <location filename="../../hybridstudio/runtime/providers.py" line="120" />
      <source>The NVIDIA GPU (CUDA) cannot be used, so AI steps run on the processor: install or update the NVIDIA driver and CUDA %1 with cuDNN %2 (needed by this onnxruntime-gpu %3), or install the plain onnxruntime package.</source>
      <extracomment>``translator(context, text)``: the app passes Qt's translator, the CLI none (it reads the .ts itself). The user-facing device names, in the order tried by "auto".</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/runtime/providers.py" line="124" />
      <source>The Windows GPU (DirectML) cannot be used, so AI steps run on the processor: update the graphics driver (DirectX 12 is needed) and Windows 10 1903 or newer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/runtime/providers.py" line="127" />
      <source>The Apple GPU (CoreML) cannot be used, so AI steps run on the processor: CoreML needs macOS 12 or newer; update macOS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/runtime/probe.py" line="89" />
      <source>AI steps cannot run: %1</source>
      <extracomment>The shipped graph the probe runs (made by models/tiny/make_tiny_models.py).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/runtime/probe.py" line="92" />
      <source>AI steps run on %1 (%2), checked with a test model.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeviceStatus</name>
    <message>
      <location filename="../../hybridstudio/ui/device.py" line="25" />
      <source>checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/device.py" line="26" />
      <source>HybridStudio is running a tiny test model to find out which device AI steps will use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/device.py" line="29" />
      <source>No AI runtime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/device.py" line="30" />
      <source>AI steps cannot run (%1). Craft steps still work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/device.py" line="35" />
      <source>%1 (fallback)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/device.py" line="38" />
      <source>AI steps run on the processor: everything works, only slower than on a graphics card (checked with a test model).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/device.py" line="41" />
      <source>AI steps run on %1 (checked with a test model).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DownloadFailures</name>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="14" />
      <source>This computer is not connected to the internet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="15" />
      <source>Connect to a network and press Download again, or import the model from a USB key with “Import ONNX file…”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="19" />
      <source>The model server (Hugging Face) could not be reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="21" />
      <source>Try again in a few minutes; at school, ask whether a proxy is needed. The part already downloaded is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="25" />
      <source>The disk is full.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="26" />
      <source>Free some space (or remove models you no longer use) and press Download again: it goes on where it stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="30" />
      <source>This model's licence must be accepted on its Hugging Face page before it can be downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="32" />
      <source>Open the model's page (link under Licence), accept the licence with your account, then press Download again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="36" />
      <source>The model is no longer where the catalogue says.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="37" />
      <source>Update HybridStudio, or import the model from a file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="41" />
      <source>The downloaded file was damaged and was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="42" />
      <source>Press Download again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="45" />
      <source>The download failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/failures.py" line="46" />
      <source>Press Download again; if it keeps failing, show the details to whoever looks after the computers.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Explain</name>
    <message>
      <location filename="../../hybridstudio/ui/explain.py" line="16" />
      <source>How it works</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/explain.py" line="17" />
      <source>The craft way, without AI</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="51" />
      <location filename="../../hybridstudio/ui/export_dialog.py" line="201" />
      <source>Export</source>
      <extracomment>Resolutions written by cameras, phones and screens when the picture has no real print size. The print resolution offered instead.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="74" />
      <source>The image, at full resolution, in the format chosen in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="76" />
      <source>Riso masters and screen separations: one greyscale TIFF per ink at its print resolution, in print order, with separations.json.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="80" />
      <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="82" />
      <source>The result of the recipe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="88" />
      <source>Every file carries its process record (what was AI, what was craft, models, prompts, seeds, energy), embedded where the format allows and as a .hybridstudio.json file beside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="96" />
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="108" />
      <source>PNG (lossless, 8 or 16 bit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="109" />
      <source>TIFF (lossless, 8 or 16 bit, for print)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="110" />
      <source>JPEG (small, 8 bit, lossy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="111" />
      <source>WebP (small, 8 bit, lossy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="117" />
      <source>Like the source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="118" />
      <source>8 bit per channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="119" />
      <source>16 bit per channel (smooth gradients, larger)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="124" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="125" />
      <source>Bit depth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="143" />
      <source>This picture has no real print resolution (%1): cameras and screens write 72 or 96 dpi. Choose the size it should print at.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="145" />
      <source>%1 dpi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="146" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="152" />
      <source>%1 dpi: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="155" />
      <source>Print resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="164" />
      <source>Also make films: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="194" />
      <source>Show the folder when done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="251" />
      <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs. The greyscale separations are not written: untick the films to get them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="259" />
      <source>It will write, in the folder above:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="261" />
      <source>and a .hybridstudio.json process record beside each file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/export_dialog.py" line="284" />
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GeneratePanel</name>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="208" />
      <source>“%1” is not on this computer yet (%2 to download).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="253" />
      <source>No image generator is installed yet. Open an image instead, or add a diffusion model in Tools › Models.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="260" />
      <source>Describe the picture you want. It is made on this computer, and the process record will say it was generated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="264" />
      <source>Prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="265" />
      <source>Download it now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="266" />
      <source>Import a model from a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="267" />
      <source>e.g. a linocut of a heron in the reeds, bold shapes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="268" />
      <source>Negative prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="269" />
      <source>what you do not want: blurry, text, watermark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="270" />
      <source>New seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="271" />
      <source>A new random seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="272" />
      <source>Generate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="273" />
      <source>Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="274" />
      <source>How it works, step by step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="277" />
      <source>Each frame is the picture after one denoising step. The model starts from pure noise; at every step it predicts the noise that hides the image, and the scheduler decides how much of it to remove. Early steps settle the composition, late steps the details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="310" />
      <source>Step %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="326" />
      <source>Seed used: %1 (type it in Seed to make this picture again)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/generate_panel.py" line="329" />
      <source>Final</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Jobs</name>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="43" />
      <source>Not enough memory for this job. Try the low-memory mode in Settings, a smaller image, or closing other programs.</source>
      <extracomment>Progress and pictures reach the GUI at most this often (seconds), so a chatty step cannot flood the event loop.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="49" />
      <source>A file is missing: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="53" />
      <source>HybridStudio may not write there: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="57" />
      <source>The system refused a file operation: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="165" />
      <source>Starting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="170" />
      <location filename="../../hybridstudio/ui/jobs.py" line="174" />
      <location filename="../../hybridstudio/ui/jobs.py" line="276" />
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="239" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="286" />
      <source>Done.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JobsModel</name>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="120" />
      <source>Job</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="121" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="122" />
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="123" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="124" />
      <source>Energy and carbon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="152" />
      <source>≈ estimated from compute time and the power figures in Settings</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JobsPanel</name>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="32" />
      <source>Waiting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="33" />
      <source>Running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="34" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="35" />
      <source>Failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="36" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="232" />
      <source>Cancel job</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="233" />
      <source>Stop the selected job; nothing half-written is left behind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="234" />
      <source>Show files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="235" />
      <source>Clear history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="236" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="237" />
      <source>The technical details of a failure, for whoever fixes it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="239" />
      <source>Select a job to see what it made, its warnings and what it cost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="276" />
      <source>Files written:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="278" />
      <source>Warnings:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="280" />
      <source>Device:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="283" />
      <source>Cost: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="285" />
      <source>(energy estimated from compute time: the hardware gave no meter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs_panel.py" line="287" />
      <source>Technical details:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="386" />
      <source>&amp;File</source>
      <extracomment>The recipe a first launch opens on the sample, when shipped: colourful, craft only, offline.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="387" />
      <source>Open &amp;recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="388" />
      <source>Shipped &amp;recipes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="389" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="390" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="391" />
      <location filename="../../hybridstudio/ui/main_window.py" line="422" />
      <source>&amp;Run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="392" />
      <source>&amp;Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="393" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="394" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="396" />
      <source>&amp;Open image…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="396" />
      <source>Open a photo, a scan or a drawing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="398" />
      <source>Open se&amp;parations folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="399" />
      <source>Open separations (one greyscale TIFF per ink) to make films</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="401" />
      <source>Open re&amp;cipe…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="401" />
      <source>Open a recipe file (.toml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="402" />
      <source>&amp;New recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="402" />
      <source>Start an empty recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="403" />
      <source>&amp;Save recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="403" />
      <source>Save the recipe as a plain file to share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="404" />
      <source>Save recipe &amp;as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="406" />
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="408" />
      <source>Write the result at full resolution: images, separations, films, with the process record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="411" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="412" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="413" />
      <source>Zoom &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="414" />
      <source>Zoom &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="415" />
      <source>&amp;Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="415" />
      <source>Fit the image in the window (Ctrl+0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="416" />
      <source>100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="416" />
      <source>One image pixel per screen pixel (Ctrl+1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="418" />
      <source>Before / after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="419" />
      <source>Compare the original and the result with a split you can drag (Ctrl+B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="421" />
      <source>F&amp;ull screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="422" />
      <source>Run the recipe at full resolution (Ctrl+R)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="423" />
      <source>&amp;Cancel jobs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="423" />
      <source>Stop every running job</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="424" />
      <source>&amp;Live preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="425" />
      <source>&amp;Models…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="425" />
      <source>The AI models: download, import, check, remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="426" />
      <source>&amp;About HybridStudio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="427" />
      <source>&amp;Explain this step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="433" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="434" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="436" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="437" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="438" />
      <source>Recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="439" />
      <source>Generate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="440" />
      <source>Jobs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="441" />
      <source>Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="444" />
      <source>Drop an image or a recipe here, or use File › Open image…

Or write a prompt in the Generate panel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="448" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="448" />
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="741" />
      <source>Untitled recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="479" />
      <source>generated image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="492" />
      <source>(fallback)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="493" />
      <source>%1 ran on %2 (%3).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="499" />
      <source>%1, in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="500" />
      <source>“%1” runs its AI steps on this device.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="502" />
      <source>Device: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="551" />
      <source>Open a separations folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="566" />
      <source>Could not open the separations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="572" />
      <source>Open image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="574" />
      <source>Images (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="587" />
      <source>Reading %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="592" />
      <source>Could not open the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="612" />
      <source>Open %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="634" />
      <source>Open recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="634" />
      <location filename="../../hybridstudio/ui/main_window.py" line="657" />
      <source>Recipes (*.toml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="643" />
      <source>Could not open the recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="657" />
      <source>Save recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="665" />
      <source>Could not save the recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="667" />
      <source>Recipe saved: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="697" />
      <source>Clear the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="795" />
      <source>Preview: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="800" />
      <source>AI preview on a small copy: AI steps take a few seconds on the processor…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="801" />
      <source>Preview…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="802" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="817" />
      <source>The recipe is empty: add a step first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="826" />
      <source>The recipe cannot run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="829" />
      <source>Open an image first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="860" />
      <source>Finished: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="862" />
      <source>Exported %1 files. %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="867" />
      <source>The job failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="869" />
      <source>Export “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="869" />
      <source>Run “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="899" />
      <source>Generation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="921" />
      <source>Generation failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="924" />
      <source>Generate “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="997" />
      <source>Show %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1037" />
      <source>%1 × %2 %3 at %4 dpi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1042" />
      <source>preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1126" />
      <source>About HybridStudio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1128" />
      <source>&lt;h3&gt;HybridStudio %1&lt;/h3&gt;&lt;p&gt;Local AI and craft image making for art schools and print workshops. Everything runs on this computer; every output says what was AI and what was craft, and what it cost in energy.&lt;/p&gt;&lt;p&gt;Free software (GPL 3 or later).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1162" />
      <source>Autosave failed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1167" />
      <source>Restore your work?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1169" />
      <source>HybridStudio did not close normally last time. Restore the recipe and image you were working on?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1206" />
      <source>Your last session was restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1222" />
      <source>Save the recipe?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/main_window.py" line="1223" />
      <source>The recipe “%1” has changes that are not saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ModelsDialog</name>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="350" />
      <source>Models</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ModelsPanel</name>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="117" />
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="118" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="119" />
      <location filename="../../hybridstudio/ui/models_panel.py" line="125" />
      <source>Download</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="120" />
      <source>On disk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="121" />
      <source>Licence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="122" />
      <source>Memory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="126" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="127" />
      <source>Verify</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="128" />
      <source>Re-compute every file's sha256 and compare with the catalogue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="129" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="130" />
      <source>Import ONNX file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="131" />
      <source>Import model folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="134" />
      <source>Device: %1. %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="159" />
      <source>commercial use allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="160" />
      <source>no commercial use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="161" />
      <source>commercial use unclear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="179" />
      <source>Models take %1 on disk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="184" />
      <source>RAM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="184" />
      <source>graphics memory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="228" />
      <source>Trained on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="229" />
      <source>Known biases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="231" />
      <source>Memory needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="232" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="233" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="234" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="236" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="291" />
      <source>Download %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="293" />
      <source>Downloaded and verified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="308" />
      <source>Verify %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="310" />
      <source>Every file matches its sha256.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="321" />
      <source>Remove %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="323" />
      <source>Removed: %1 freed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="328" />
      <source>Import a diffusion model folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="331" />
      <source>Import an ONNX model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="331" />
      <source>ONNX models (*.onnx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="340" />
      <source>Import %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/models_panel.py" line="342" />
      <source>Imported as “%1”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ParamForm</name>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="70" />
      <source>Range: %1 to %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="76" />
      <source>Choices: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="83" />
      <source>automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="93" />
      <source>Default: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="94" />
      <source>Name in recipes: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="138" />
      <source>Choose a colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="181" />
      <source>This step has no settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="205" />
      <location filename="../../hybridstudio/ui/param_form.py" line="222" />
      <source>Auto</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="259" />
      <location filename="../../hybridstudio/ui/param_form.py" line="266" />
      <source>Choose a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="288" />
      <source>numbers separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_form.py" line="290" />
      <source>names separated by commas</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlainErrors</name>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="61" />
      <source>This file is not a picture HybridStudio can read. Open a PNG, JPEG, TIFF or WebP file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/jobs.py" line="64" />
      <source>Something went wrong inside HybridStudio. Try again; if it happens again, open Details and show them to whoever looks after the computers.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProblemBox</name>
    <message>
      <location filename="../../hybridstudio/ui/problem.py" line="46" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecipeDocument</name>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="102" />
      <source>Add step “%1”</source>
      <extracomment>Edits of one field closer together than this become a single undo step. the shipped French name and description, shown while the English ones are unchanged</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="114" />
      <source>Remove step “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="121" />
      <source>Move step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="136" />
      <source>Change “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="144" />
      <source>Turn on “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="146" />
      <source>Turn off “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="155" />
      <source>Rename step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="162" />
      <source>Change the recipe's details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/document.py" line="171" />
      <source>Untitled recipe</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecipeInputs</name>
    <message>
      <location filename="../../hybridstudio/core/recipe.py" line="39" />
      <source>an image</source>
      <extracomment>``name_fr``/``description_fr``: the recipe's name and description in French (shipped recipes) What each payload kind is called when telling a person what a recipe needs.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/recipe.py" line="40" />
      <source>a separations folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/recipe.py" line="41" />
      <source>films</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/recipe.py" line="42" />
      <source>a digital negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/recipe.py" line="196" />
      <source>This recipe makes films from separations: add a separation step, or open a separations folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/recipe.py" line="200" />
      <source>This recipe works on separations: add a separation step, or open a separations folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/recipe.py" line="203" />
      <source>This recipe works on %1: open one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/recipe.py" line="206" />
      <source>This recipe works on %1, but what is open is %2: open %1 instead.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecipePanel</name>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="196" />
      <source>Open a separations folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="197" />
      <source>Add step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="198" />
      <source>Add a step at the end of the recipe (or after the selected one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="199" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="200" />
      <source>Remove the selected step (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="201" />
      <source>Move the step earlier (Alt+Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="202" />
      <source>Move the step later (Alt+Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="203" />
      <source>Details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="204" />
      <source>Name and description of the recipe, as others will see them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="205" />
      <source>Double-click a step to give it your own name; drag to reorder; untick to skip it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="207" />
      <source>Live preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="210" />
      <source>Re-run the changed steps on a reduced image after every change. Steps whose settings did not change come from the cache.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="214" />
      <source>Run at full resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="215" />
      <source>Run the whole recipe on the full-size image (Ctrl+R)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="273" />
      <source>Rename step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="273" />
      <source>Name of this step:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="283" />
      <source>Recipe details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="288" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="289" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="362" />
      <source>Add “%1” first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/recipe_panel.py" line="378" />
      <source>Add a step to start a recipe.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="33" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="39" />
      <source>Automatic (best available)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="43" />
      <source>Processor only (CPU)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="49" />
      <source>Where AI steps run. If the device cannot be used, HybridStudio says so in the status bar and runs on the processor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="55" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="58" />
      <source>Normal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="59" />
      <source>Low (8 GB laptops: one model part in memory at a time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="64" />
      <source>No limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="73" />
      <source>Memory kept for intermediate results, so that changing a late step never re-runs an early, expensive one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="78" />
      <source>Hugging Face cache (HF_HOME)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="85" />
      <source>Autosaves, job history and imported models live here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="91" />
      <source>Millimetres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="92" />
      <source>Inches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="96" />
      <source>Same as the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="112" />
      <source>Carbon intensity of your electricity (France: about 60).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="114" />
      <source>Computing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="116" />
      <source>Device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="117" />
      <source>Processor threads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="118" />
      <source>Memory mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="119" />
      <source>GPU memory limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="120" />
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="122" />
      <source>Cache size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="123" />
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="150" />
      <source>Models folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="124" />
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="125" />
      <source>Image format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="126" />
      <source>Interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="128" />
      <source>Units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="129" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="130" />
      <source>Energy estimates (when the hardware has no meter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="132" />
      <source>Power per processor core</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="133" />
      <source>Graphics card power</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="134" />
      <source>Grid carbon intensity</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Sizes</name>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="19" />
      <source>%1 MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="34" />
      <source>16-bit TIFF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="36" />
      <source>PDF at exact size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="47" />
      <source>Negative %1 × %2 %3 at %4 dpi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="50" />
      <source>%1 ≈ %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="76" />
      <source>at most %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="79" />
      <source>about %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="91" />
      <location filename="../../hybridstudio/ui/sizes.py" line="111" />
      <source>every film, one page each</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="95" />
      <source>the films' report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="104" />
      <source>a check picture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="107" />
      <source>the separation report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/sizes.py" line="108" />
      <source>the list of inks</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Texts</name>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="12" />
      <source>AI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="13" />
      <source>Colour and separations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="14" />
      <source>Print and films</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="15" />
      <source>Analog looks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="16" />
      <source>Digital negatives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="17" />
      <source>Adjust</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="24" />
      <source>AI · generates the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="26" />
      <source>AI · modifies the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/texts.py" line="27" />
      <source>Craft · no AI</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Views</name>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="45" />
      <source>Predicted print on the substrate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="48" />
      <source>Separation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="34" />
      <location filename="../../hybridstudio/ui/views.py" line="51" />
      <source>Film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="39" />
      <source>Predicted print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="40" />
      <source>The negative (as printed on film)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="41" />
      <source>Negative and predicted print side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="55" />
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="56" />
      <source>Red channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="57" />
      <source>Green channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="58" />
      <source>Blue channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/views.py" line="59" />
      <source>Lightness</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>steps</name>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="26" />
      <source>Print size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="27" />
      <source>Set the printed width and the resolution; the image is resampled so that it prints at exactly that size.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="30" />
      <source>Printed width (0 keeps the current pixel width and only sets the resolution)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="32" />
      <source>Resolution of the output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="35" />
      <source>The number of pixels across is the printed width in inches times the resolution. Enlargements use Lanczos interpolation, reductions average the pixels (area).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="38" />
      <source>In the darkroom the enlarger's column height sets the print size; in a print shop the size is set on the camera or the photocopier in percent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="69" />
      <source>Greyscale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="70" />
      <source>Convert to grey by the eye's luminance, or as black and white film sees through a coloured filter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="73" />
      <source>Lens filter, as on a camera loaded with black and white film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="77" />
      <source>The channels are mixed in linear light with weights (Rec. 709 luminance, or a filter's transmission), then encoded back to sRGB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="80" />
      <source>Photograph on panchromatic black and white film; a red filter darkens blue skies, a green one lightens foliage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="98" />
      <source>Levels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="99" />
      <source>Set the black point, the white point and the mid-tones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="101" />
      <source>Input level that becomes black</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="103" />
      <source>Input level that becomes white</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="105" />
      <source>Mid-tones: above 1 lightens, below 1 darkens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="108" />
      <source>Each value is stretched between the black and white points, then raised to the power 1/gamma.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/basic.py" line="110" />
      <source>In the darkroom: exposure sets the highlights, paper grade (contrast) sets the distance between black and white.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="12" />
      <source>11x14in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="13" />
      <source>135</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="14" />
      <source>4x5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="15" />
      <source>5x7in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="16" />
      <source>645</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="17" />
      <source>6x6</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="18" />
      <source>6x7</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="19" />
      <source>8x10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="20" />
      <source>8x10in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="21" />
      <source>A3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="22" />
      <source>A3+</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="23" />
      <source>A4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="24" />
      <source>A5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="25" />
      <source>Alpha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="26" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="27" />
      <source>Angles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="28" />
      <source>Black</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="29" />
      <source>Border</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="30" />
      <source>Calibration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="31" />
      <source>Choke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="32" />
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="33" />
      <source>Context</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="34" />
      <source>Coverage limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="35" />
      <source>Curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="36" />
      <source>DPI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="37" />
      <source>Dither</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="38" />
      <source>Dmax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="39" />
      <source>Dot gain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="40" />
      <source>Dust per cm2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="41" />
      <source>Edges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="44" />
      <source>Filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="42" />
      <source>Exposure EV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="43" />
      <source>FM dot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="45" />
      <source>Focal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="46" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="47" />
      <source>Gain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="48" />
      <source>Gamma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="49" />
      <source>Guidance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="50" />
      <source>Hairs per cm2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="51" />
      <source>Height</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="52" />
      <source>Highlight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="53" />
      <source>ICC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="54" />
      <source>Index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="55" />
      <source>Inks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="56" />
      <source>LPI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="57" />
      <source>Label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="58" />
      <source>Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="59" />
      <source>Light angle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="60" />
      <source>Look</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="61" />
      <source>Marks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="62" />
      <source>Max dot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="63" />
      <source>Mesh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="64" />
      <source>Mesh angle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="65" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="66" />
      <source>Min dot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="67" />
      <source>Mirror</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="68" />
      <source>Misregistration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="69" />
      <source>Model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="70" />
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="71" />
      <source>Opacity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="72" />
      <source>Orientation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="73" />
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="74" />
      <source>Path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="75" />
      <source>Pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="76" />
      <source>Percent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="77" />
      <source>Pick</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="78" />
      <source>Polarity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="79" />
      <source>Print width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="81" />
      <source>Prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="82" />
      <source>Scheduler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="83" />
      <source>Scratches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="84" />
      <source>Screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="85" />
      <source>Seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="86" />
      <source>Shape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="87" />
      <source>Shoulder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="88" />
      <source>Show label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="89" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="90" />
      <source>Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="91" />
      <source>Stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="93" />
      <source>Strip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="94" />
      <source>Substrate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="95" />
      <source>Texture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="96" />
      <source>Threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="97" />
      <source>Tile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="98" />
      <source>Toe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="99" />
      <source>Trap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="100" />
      <source>White</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="101" />
      <source>Width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="102" />
      <source>am</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="103" />
      <source>aqua</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="104" />
      <source>auto</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="105" />
      <source>automatic-press</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="106" />
      <source>black</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="107" />
      <source>blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="108" />
      <source>blue-noise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="109" />
      <source>bright-red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="110" />
      <source>brown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="111" />
      <source>burgundy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="112" />
      <source>clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="113" />
      <source>cmyk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="114" />
      <source>colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="115" />
      <source>colour-negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="116" />
      <source>cyanotype</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="117" />
      <source>dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="118" />
      <source>ddim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="119" />
      <source>dense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="120" />
      <source>diamond</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="121" />
      <source>diffusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="122" />
      <source>digital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="123" />
      <source>dots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="124" />
      <source>double-x-5222</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="125" />
      <source>dpmpp_2m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="126" />
      <source>ektar-100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="127" />
      <source>elliptical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="128" />
      <source>euclidean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="129" />
      <source>euler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="130" />
      <source>euler_a</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="131" />
      <source>federal-blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="132" />
      <source>fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="133" />
      <source>fluorescent-orange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="134" />
      <source>fluorescent-pink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="135" />
      <source>fm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="136" />
      <source>gold-200</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="137" />
      <source>grain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="138" />
      <source>green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="139" />
      <source>half-frame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="140" />
      <source>hard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="141" />
      <source>heavy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="142" />
      <source>hunter-green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="143" />
      <source>index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="144" />
      <source>lanczos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="145" />
      <source>landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="146" />
      <source>lcm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="147" />
      <source>legal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="148" />
      <source>letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="149" />
      <source>light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="150" />
      <source>line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="151" />
      <source>lith</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="152" />
      <source>manual-press</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="153" />
      <source>maximum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="154" />
      <source>medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="155" />
      <source>medium-blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="156" />
      <source>mint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="157" />
      <source>model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="158" />
      <source>mono</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="159" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="160" />
      <source>opaque</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="161" />
      <source>orange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="162" />
      <source>platinum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="163" />
      <source>platinum-palladium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="164" />
      <source>portra-400</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="165" />
      <source>portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="166" />
      <source>provia-100f</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="167" />
      <source>purple</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="168" />
      <source>red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="169" />
      <source>riso</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="170" />
      <source>round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="171" />
      <source>salt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="172" />
      <source>screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="173" />
      <source>simulated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="174" />
      <source>slide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="175" />
      <source>smooth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="176" />
      <source>spot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="177" />
      <source>square</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="178" />
      <source>stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="179" />
      <source>sunflower</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="180" />
      <source>super16</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="181" />
      <source>super35</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="182" />
      <source>t-max-100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="183" />
      <source>t-max-400</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="184" />
      <source>tabloid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="185" />
      <source>teal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="186" />
      <source>transparent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="187" />
      <source>tri-x-400</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="188" />
      <source>van-dyke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="189" />
      <source>velvia-50</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="190" />
      <source>vision3-500t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="191" />
      <source>white</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="192" />
      <source>yellow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="28" />
      <source>Film format the image stands for: its long side spans the frame's long side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="49" />
      <source>Print size of the long side when the image has no dpi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="75" />
      <source>Film grain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="76" />
      <source>Grain of a real film stock, sized on the film so it looks the same at any pixel count.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="81" />
      <source>Film stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="87" />
      <source>Film format (stock: the stock's own)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="94" />
      <source>Mono grain, one grain per dye layer, or the stock's kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="101" />
      <source>Strength (1 = the stock's RMS granularity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="109" />
      <source>Grain size factor (physical)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="44" />
      <source>Random seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="115" />
      <source>The Boolean model of Newson et al. (2017): silver grains or dye clouds are discs scattered at random on a virtual film frame measured in micrometres, denser where the image is brighter. From the model's exact variance and correlation at each grey level, noise with the same statistics is drawn for every pixel; the grain size is solved so that a 48 µm microdensitometer reads the stock's RMS granularity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="123" />
      <source>Shoot and print real film: a fast film (Tri-X at 400–1600), push development, a grainy developer (Rodinal) and a large enlargement give coarse grain; print on a hard grade of paper to make it crisp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="158" />
      <source>Halation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="159" />
      <source>Red-orange glow around highlights, as on film without an anti-halation layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="167" />
      <source>Spread of the glow on the film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="176" />
      <source>Share of highlight light scattered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="184" />
      <source>Linear light level where highlights start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="190" />
      <source>In linear light, the bright part of each channel is spread by a sum of Gaussians sized in micrometres on the film and added back around the highlight, mostly in red, less in green, none in blue; the same light is taken from the highlight, so the total is preserved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="196" />
      <source>Shoot CineStill 800T or motion-picture film with its rem-jet backing removed, with bright lights in the frame; light bounces off the back of the base and glows red.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="211" />
      <source>Bloom / diffusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="212" />
      <source>Soft glow of a diffusion filter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="218" />
      <source>Spread on the film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="227" />
      <source>Share of the light diffused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="233" />
      <source>A fraction of the image, in linear light, is replaced by a blurred copy: light spreads from bright areas into their surroundings, and nothing is added or lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="238" />
      <source>Put a diffusion filter (Pro-Mist, Softar), a stocking or a breath of vapour on the lens, or diffuse the enlarger's light during part of the print exposure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="251" />
      <source>Vignetting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="252" />
      <source>Darker corners of a real lens (cos⁴ law).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="258" />
      <source>Focal length of the lens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="267" />
      <source>Strength (1 = the physical falloff)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="273" />
      <source>Light reaching the film at an angle θ from the axis falls as cos⁴θ; θ comes from the focal length and the position on the frame. Applied in linear light.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="278" />
      <source>Use a wide-angle lens wide open, or a lens hood too long for it; in the darkroom, burn in the corners of the print.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="292" />
      <source>Characteristic curve (H&amp;D)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="293" />
      <source>Film tone curve with toe and shoulder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="299" />
      <source>Contrast: slope of density against log exposure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="307" />
      <source>Width of the toe (shadow roll-off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="315" />
      <source>Width of the shoulder (highlight roll-off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="323" />
      <source>Maximum density (depth of the blacks)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="331" />
      <location filename="../../hybridstudio/steps/analog.py" line="372" />
      <source>Exposure change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="337" />
      <source>Each linear value is an exposure; the curve gives a density with a straight part of slope gamma between a soft toe and shoulder; the picture is the light the positive reflects, 10 to the minus density, with 18 % grey kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="343" />
      <source>Choose film, developer and paper grade: longer development raises gamma; a softer paper grade or a compensating developer stretches the toe and shoulder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="358" />
      <source>Colour negative / slide look</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="359" />
      <source>Tone and colour of a printed colour negative or of a slide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="365" />
      <source>Kind of film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="381" />
      <location filename="../../hybridstudio/steps/analog.py" line="566" />
      <source>Mix with the original</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="386" />
      <source>One H&amp;D curve per colour layer, with slightly different contrasts and speeds (the cross-over that makes negative prints warm in the highlights and cool in the shadows), then a saturation change; slides have a steep curve and deep blacks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="392" />
      <source>Shoot colour negative film and print it on RA-4 paper, or shoot slide film (E-6) and project it; cross-processing slide film in C-41 exaggerates the look.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="405" />
      <source>Chromatic aberration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="406" />
      <source>Colour fringes towards the corners, as with a simple lens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="412" />
      <source>Red/blue magnification difference, in % of the radius</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="418" />
      <source>Red is magnified and blue shrunk about the centre by a fraction of a percent, so edges near the corners get red and blue fringes. Put it before grain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="423" />
      <source>Use an old or single-element lens (a Holga, a Lensbaby, a reversed magnifier) wide open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="434" />
      <source>Light leak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="435" />
      <source>Warm fogging from one edge of the frame.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="92" />
      <location filename="../../hybridstudio/steps/analog.py" line="437" />
      <location filename="../../hybridstudio/steps/analog.py" line="525" />
      <source>Strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="438" />
      <source>Colour of the leak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="441" />
      <source>A few soft, seeded blobs of light enter from one edge and are added as exposure in linear light; the film's red-sensitive layer, nearest the back, catches most.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="446" />
      <source>Open the camera back for an instant, use a toy camera with a worn seal, or let light in while loading the film.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="464" />
      <source>Dust and scratches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="465" />
      <source>Dust specks, hairs and scratches of a handled film.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="471" />
      <source>Dust specks per cm² of film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="479" />
      <source>Hairs per cm² of film</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="484" />
      <source>Number of scratches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="490" />
      <source>white: dirt on a scanned negative; dark: on a print or slide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="496" />
      <source>Seeded specks, curved hairs and lengthwise scratches are drawn anti-aliased at their size on the film (micrometres), so a preview shows the same defects smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="501" />
      <source>Skip the blower brush and the anti-static cloth; drag the film through a gritty cassette; print or scan without cleaning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="522" />
      <source>Paper texture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="523" />
      <source>Tooth and fibres of a fine-art paper under raking light.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="530" />
      <source>Direction of the light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="538" />
      <source>A seeded height map with a paper's tooth (0.3 mm), fibres (1–3 mm streaks) and cockle (1–2 cm), sized on the print, shades the image as light grazing the sheet would.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="543" />
      <source>Print on cold-pressed watercolour or hand-made paper and light it from the side; photograph or scan it at an angle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="558" />
      <source>Colour LUT (.cube)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="559" />
      <source>Apply a 1-D or 3-D .cube look-up table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="561" />
      <source>The .cube file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="571" />
      <source>The file is checked line by line and read by colour-science; a 3-D table is applied with tetrahedral interpolation inside its DOMAIN_MIN/MAX, a 1-D table per channel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="576" />
      <source>A LUT stores a colour grade; in the darkroom the same role is played by the choice of film, paper, the colour filtration of the enlarger and toners.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="604" />
      <source>Alternative process look</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="605" />
      <source>Cyanotype, Van Dyke brown, platinum/palladium, salt or lith print.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/param_labels.py" line="80" />
      <location filename="../../hybridstudio/steps/analog.py" line="613" />
      <source>Process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="620" />
      <source>Printing exposure change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="629" />
      <source>Paper texture in the density</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="636" />
      <source>The image's luminance drives the process's own tone curve in density (toe, gamma, shoulder, maximum density); the colour follows Beer–Lambert from the paper white to the process's deepest colour, and the paper's fibres modulate the density.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="642" />
      <source>Make a digital negative, coat paper with the sensitiser (for cyanotype: ferric ammonium citrate and potassium ferricyanide), contact-print it in the sun or under UV, then wash (and for silver processes, fix).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="665" />
      <source>Risograph look</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="666" />
      <source>Spot inks with stencil texture and misregistration, multiplied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="674" />
      <source>Inks, in print order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="681" />
      <source>Typical drum misregistration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="690" />
      <source>Ink starvation and mottle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="699" />
      <source>Halftone dots, stochastic grain (Grain Touch) or none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="706" />
      <source>Screen ruling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="713" />
      <source>The image is split into the chosen inks by least squares in the multiply model; each layer gets stencil dot gain, ink mottle and speckle, a seeded offset and rotation, and the layers multiply on the paper like transparent inks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="719" />
      <source>Separate the image by hand into one grey master per ink, print each master on a risograph with its drum, and feed the paper again for each colour.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="41" />
      <source>Films</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="42" />
      <source>Turn each separation into a 1-bit film positive at the output resolution: halftone dots (AM, with dot shape, ruling and angle), stochastic (FM), index or error diffusion; registration marks and a label on every film; one G4 TIFF per film and one PDF at exact physical size.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="48" />
      <source>Screening: am = halftone dots, fm = stochastic blue noise, index = square pixels, diffusion = error diffusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="51" />
      <source>Film resolution (the printer's or imagesetter's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="53" />
      <source>Halftone ruling (lines per inch); the mesh should count 4–5 threads per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="55" />
      <source>Screen angle per film in print order (one value: the same for all; empty: chosen from the ink lightness)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="58" />
      <source>Dot shape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="60" />
      <source>FM dot size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="62" />
      <source>Index screening: square pixels per inch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="64" />
      <source>Dot-gain compensation preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="66" />
      <source>Your own compensation curve, 'in:out' percentages, e.g. '0:0, 50:35, 100:100' (replaces the preset)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="69" />
      <source>Smallest dot the press holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="71" />
      <source>Largest dot before it fills in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="73" />
      <source>Screen mesh count: threads per inch, or per centimetre written as "90/cm" in recipes (0: not a screen print / unknown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="76" />
      <source>Angle of the mesh weave on the frame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="78" />
      <source>Film page: A4, A3, A3+, A2, letter, tabloid, or a custom WxH in mm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="80" />
      <source>Page orientation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="82" />
      <source>Mirror the films (wrong-reading)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="84" />
      <source>Negative films (clear ink, black background)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="87" />
      <source>Each separation goes through the dot-gain compensation curve and the printable-dot clamp, is resampled to the film resolution band by band, and compared with a threshold tile: for halftone dots, the pixels of each rotated cell ranked by the dot shape, on the device grid (the ruling and angle really achieved are reported); for FM, a blue-noise order. The 1-bit bands are packed and written as CCITT Group 4 TIFFs, then embedded unchanged in a PDF whose pages are the films' physical size.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="94" />
      <source>A process camera shot the artwork through a contact halftone screen onto lith film, one exposure per colour, turning the screen for each; registration marks were taped on and the film was labelled by hand. Today a RIP does the same on inkjet film.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="21" />
      <source>By hand, a digital negative is calibrated in three passes (Anderson &amp; Reeder, Ware, Easy Digital Negatives). First find the standard printing time: the shortest exposure that gives the process's deepest black through clear film. Then set the ink limit (or the negative colour's density) so that the densest patch just prints paper white. Last, print a step wedge — 21 steps (Stouffer-like, as in QuadToneRIP's LINEARIZE) or 101 patches of 1 % (ChartThrob) — through a linear negative, scan it, divide by the paper white, read each patch, and build a correction curve: ChartThrob solves 14 evenly spaced targets by inverse interpolation and writes a Photoshop Curves layer; EDN builds a lookup table from the scan and merges a second correction print with the first; QTR users type the L* readings into a LINEARIZE line. Mark Nelson's Precision Digital Negatives adds a colour-palette test to pick the negative colour that blocks UV best for the process. The negative is inverted, curved, coloured, flipped horizontally for emulsion-to-emulsion contact and printed with colour management off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="44" />
      <source>The printing process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="46" />
      <source>Calibration file (.negcal.json); empty: the process's starting curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="48" />
      <source>Negative colour; empty: the calibration's or the process's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="57" />
      <source>Digital negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="58" />
      <source>A calibrated, coloured, mirrored inkjet negative for contact printing in cyanotype, Van Dyke, salt or platinum/palladium, at exact physical size (16-bit TIFF and PDF).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="66" />
      <source>Printer resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="68" />
      <source>Printed image width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="70" />
      <source>Printed image height (when no width is given)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="72" />
      <source>Border around the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="74" />
      <source>Border: clear film (prints black, shows the brush marks) or dense (prints white)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="77" />
      <source>Mirror for emulsion-to-emulsion contact (print side of the film on the paper)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="79" />
      <source>Crop marks at the image corners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="80" />
      <source>An 11-step control wedge under the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="81" />
      <source>Label under the image; empty: process, curve, colour, size, date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="83" />
      <source>Print the label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="84" />
      <source>Also write a PDF at the exact size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="86" />
      <source>PDF page size (fit: the negative's own size)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="89" />
      <source>Each pixel's lightness (CIE L*) is the print tone wanted. The calibration curve — fitted from a scanned step-wedge print by isotonic regression and a monotone spline — turns it into an ink amount through a 65536-entry table (16 bit in, 16 bit out, no banding in steep highlights). Light tones get dense ink, so the image is inverted. The ink is laid in the negative colour (a UV-blocking colour for the process), the sheet is mirrored, and the image is resampled strip by strip at the printer's resolution so even 2880 dpi negatives stream to disk. The TIFF carries its resolution, so the image prints at exactly the size asked; the PDF page has the exact size too. No AI is involved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="152" />
      <source>Expected alternative-process print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="153" />
      <source>Previews the tones and colour a calibrated negative should give in cyanotype, Van Dyke, salt or platinum/palladium: the calibration's simulation, not an artistic look.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="160" />
      <source>The image's L* goes through the calibration curve to an ink amount, as in the negative. With a calibration, the measured response of the process gives the print tone; without one, a characteristic (toe/shoulder) curve of the process does. The tone is then coloured between the paper white and the process's maximum black (Prussian blue, brown, neutral-warm black) by scaling the colourant's density.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="20" />
      <source>AI upscale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="21" />
      <source>Enlarge the image 2 or 4 times with a super-resolution neural network that invents plausible fine detail. The printed size stays the same; the resolution (dpi) is multiplied by the scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="26" />
      <source>Model id from `hybridstudio models list`, or the path of an .onnx file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="28" />
      <source>Tile size in input pixels (0 = chosen from the free memory)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="30" />
      <source>Pixels of surrounding image each tile sees and then drops, so that tiles join without seams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="33" />
      <source>How transparency is enlarged: by the model (crisp edges) or by Lanczos interpolation (faster)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="38" />
      <source>A convolutional network (ESRGAN family) trained on pairs of photos and their reduced copies predicts each new pixel from its neighbourhood. The picture is cut into tiles that overlap by a margin; only the centre of each result is kept, so the tiles join exactly as if the whole picture had been processed at once. The detail it adds is a statistical guess learnt from its training photos, not information recovered from the original.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="45" />
      <source>Enlarge optically: an enlarger or a process camera projects the original larger onto film or paper; for line art, redraw or trace at the larger size; in the print shop a coarser halftone screen or a deliberate grain hides the missing detail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="18" />
      <source>What the picture shows, in words (English works best with these models)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="20" />
      <source>A catalogue model id (see `hybridstudio models list`) or a model folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="22" />
      <source>What to steer away from (models that use guidance only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="24" />
      <source>Starting noise: the same seed and settings give the same image (empty: a new seed, written in the process record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="27" />
      <source>Denoising steps (empty: the model's own, e.g. 4 for LCM, 1 for Turbo)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="30" />
      <source>How strongly the prompt steers (empty: the model's own; 0–1 turns it off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="33" />
      <source>How noise is removed step by step ('model': the one the model came with)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="36" />
      <source>Width in pixels, a multiple of 8 (empty: the model's size)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="39" />
      <source>Height in pixels, a multiple of 8 (empty: same as the width)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="44" />
      <source>A diffusion model learnt to remove noise from millions of captioned pictures. It starts from a small grid of pure noise (one cell per 8×8 pixels), and at each step a network (the unet) guesses which part of it is noise, given your words as numbers from a text encoder; the scheduler removes that part. After the last step a decoder turns the grid into pixels. The seed fixes the starting noise, so the same seed and settings give the same picture.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="76" />
      <source>Generate from a prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="77" />
      <source>Make a picture from a text prompt with a diffusion model running on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="84" />
      <source>Without AI the picture starts from a drawing: a thumbnail sketch, a collage of found images, or a photograph, worked up by hand on a light table before it is separated for printing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="111" />
      <source>Rework an image from a prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="112" />
      <source>Start from your scan or drawing and let a diffusion model rework it towards a text prompt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="115" />
      <source>How much of the start image is replaced: 0.2 keeps the drawing and changes the surface, 0.9 keeps little more than the layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="122" />
      <source>The start image is encoded into the model's grid of latents, noise is added according to the strength, and only the last part of the denoising is run, guided by the prompt: a low strength keeps your lines and composition, a high one keeps only the layout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/generate.py" line="126" />
      <source>Without AI: trace the drawing on a light table and rework it by hand, or transfer it to a lino block or a screen and let the print process change its surface.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="38" />
      <source>Colour separations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="39" />
      <source>Split the image into one greyscale plate per ink — for screens or riso drums — and predict the print: spot colours, the best inks from your stock, index, CMYK or simulated process on dark garments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="44" />
      <source>How the inks are found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="46" />
      <source>Number of inks (0 = automatic: spot finds it, stock takes 3, index 6, simulated 4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="48" />
      <source>Ink library: riso, screenprint, a library of your own, or a .toml file (empty = riso for stock, screenprint otherwise)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="50" />
      <source>Paper or garment: paper-white, kraft, garment-black, … or a colour '#rrggbb' (empty = paper-white, garment-black for simulated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="56" />
      <source>Opacity of automatic spot inks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="58" />
      <source>Spot colours: smooth (halftone-ready tints) or hard (solid areas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="60" />
      <source>Index: error diffusion or blue-noise dither</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="62" />
      <source>CMYK black generation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="64" />
      <source>CMYK: your own CMYK output ICC profile (empty = one generated for the process inks)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="66" />
      <source>Printing process (sets the dot gain and riso rules)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="68" />
      <source>Tone value increase at 50 % (empty = the library's or the process's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="53" />
      <source>Inks you choose yourself (names from the library or '#rrggbb'), instead of automatic ones; for stock, inks that must be among the chosen ones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="70" />
      <source>Output resolution (0 = 600 for riso, 200 for index, else the image's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="72" />
      <source>Printed width (0 = from the image's resolution)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="74" />
      <source>Underbase choke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="75" />
      <source>Trap: spread lighter inks under darker ones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="77" />
      <source>Simulated process: highlight white on top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="79" />
      <source>Preview drums shifted by up to this much (0 = off; riso ±0.5 mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="81" />
      <source>Flag areas with more total ink than this (empty = 85 % for riso, off otherwise)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="84" />
      <source>A print model predicts the result: transparent inks multiply over the paper (every overlap of dots weighted as in the Neugebauer–Demichel equations, with dot gain), opaque inks cover what is under them in print order. For each colour of the image the coverages of the inks that bring the predicted print closest to it (CIEDE2000 in CIELAB) are solved. 'Stock' tries sets of inks from your library on a sample of the image and keeps the set with the smallest error. Index maps every pixel to one ink with dithering; CMYK goes through an ICC profile with LittleCMS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/separate.py" line="92" />
      <source>By hand, separations are drawn on film: one sheet of drafting film per colour, painted with opaque ink or cut in rubylith, registered with pins and crosses. Photographic separations were shot through red, green and blue filters onto lith film. Tints come from hand-applied screen tones (Letratone) or a halftone contact screen in the process camera.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>steps</name>
    <message>
      <source>Ink tolerance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Solver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>least-squares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>perceptual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spot and stock coverages: perceptual (smallest CIEDE2000, total ink kept within the coverage limit, fewest ink within the tolerance) or least-squares (the earlier solve, the limit only flagged)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Perceptual solve: how much colour accuracy (ΔE2000) may be given up to lay less ink</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>steps</name>
    <message>
      <source>Halftone dots (AM)</source>
      <translation>Halftone dots (AM)</translation>
    </message>
    <message>
      <source>Stochastic (FM, blue noise)</source>
      <translation>Stochastic (FM, blue noise)</translation>
    </message>
    <message>
      <source>Index (square pixels)</source>
      <translation>Index (square pixels)</translation>
    </message>
    <message>
      <source>Error diffusion</source>
      <translation>Error diffusion</translation>
    </message>
    <message>
      <source>Screening</source>
      <translation>Screening</translation>
    </message>
    <message>
      <source>Film resolution</source>
      <translation>Film resolution</translation>
    </message>
    <message>
      <source>Ruling</source>
      <translation>Ruling</translation>
    </message>
    <message>
      <source>Index resolution</source>
      <translation>Index resolution</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Elliptical (chain)</source>
      <translation>Elliptical (chain)</translation>
    </message>
    <message>
      <source>Euclidean (square at 50 %)</source>
      <translation>Euclidean (square at 50 %)</translation>
    </message>
    <message>
      <source>Square</source>
      <translation>Square</translation>
    </message>
    <message>
      <source>Diamond</source>
      <translation>Diamond</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Line</translation>
    </message>
  </context>
  <context>
    <name>Inks</name>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="15" />
      <source>Apricot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="16" />
      <source>Aqua</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="17" />
      <source>Atelier sérigraphie — encres mesurées (exemple)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="18" />
      <source>Bisque</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="19" />
      <source>Black</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="20" />
      <source>Black paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="21" />
      <source>Blanc couvrant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="22" />
      <source>Bleu outremer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="23" />
      <source>Blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="24" />
      <source>Brick</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="25" />
      <source>Bright Gold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="26" />
      <source>Bright Olive Green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="27" />
      <source>Bright Red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="28" />
      <source>Bright white coated paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="29" />
      <source>Brown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="30" />
      <source>Bubble Gum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="31" />
      <source>Burgundy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="32" />
      <source>Charcoal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="33" />
      <source>Clear Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="34" />
      <source>Copper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="35" />
      <source>Coral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="36" />
      <source>Cornflower</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="37" />
      <source>Cranberry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="38" />
      <source>Cream / natural paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="39" />
      <source>Crimson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="40" />
      <source>Dark Mauve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="41" />
      <source>Emerald</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="42" />
      <source>Federal Blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="43" />
      <source>Flat Gold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="44" />
      <source>Flatallic Gold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="45" />
      <source>Fluorescent Green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="46" />
      <source>Fluorescent Orange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="47" />
      <source>Fluorescent Pink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="48" />
      <source>Fluorescent Red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="49" />
      <source>Fluorescent Yellow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="50" />
      <source>Forest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="51" />
      <source>Forest Green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="52" />
      <source>Garment: black</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="53" />
      <source>Garment: charcoal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="54" />
      <source>Garment: forest green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="55" />
      <source>Garment: heather grey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="56" />
      <source>Garment: natural (unbleached)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="57" />
      <source>Garment: navy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="58" />
      <source>Garment: red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="59" />
      <source>Garment: royal blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="60" />
      <source>Garment: sand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="61" />
      <source>Garment: white cotton</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="62" />
      <source>Generic screen-printing inks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="63" />
      <source>Golden Yellow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="64" />
      <source>Granite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="65" />
      <source>Grape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="66" />
      <source>Grass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="67" />
      <source>Gray</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="68" />
      <source>Green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="69" />
      <source>Grey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="70" />
      <source>Grey board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="71" />
      <source>Highlight White</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="72" />
      <source>Hot Pink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="73" />
      <source>Hunter Green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="74" />
      <source>ISO 12647-2 PT1 solid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="75" />
      <source>Indigo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="76" />
      <source>Ivy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="77" />
      <source>Kelly Green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="78" />
      <source>Kraft (brown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="79" />
      <source>Lagoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="80" />
      <source>Lake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="81" />
      <source>Lemon Yellow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="82" />
      <source>Light Gray</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="83" />
      <source>Light Lime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="84" />
      <source>Light Mauve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="85" />
      <source>Light Pink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="86" />
      <source>Light Teal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="87" />
      <source>Lime Green</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="88" />
      <source>Mahogany</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="89" />
      <source>Marine Red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="90" />
      <source>Maroon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="91" />
      <source>Measured with an i1Pro 3, M1, D50/2°, solid patches on Munken Print White 150 g.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="93" />
      <source>Medium Blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="94" />
      <source>Melon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="95" />
      <source>Metallic Gold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="96" />
      <source>Metallic Silver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="97" />
      <source>Midnight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="98" />
      <source>Mint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="99" />
      <source>Mist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="100" />
      <source>Moss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="101" />
      <source>Navy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="102" />
      <source>Newsprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="103" />
      <source>Orange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="104" />
      <source>Orchid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="105" />
      <source>Paper white (uncoated office/offset)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="106" />
      <source>Paprika</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="107" />
      <source>Pine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="108" />
      <source>Plum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="109" />
      <source>Process Black</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="110" />
      <source>Process CMYK (transparent), white, black and common spot colours (opaque, estimates).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="112" />
      <source>Process Cyan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="113" />
      <source>Process Magenta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="114" />
      <source>Process Yellow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="115" />
      <source>Pumpkin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="116" />
      <source>Purple</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="117" />
      <source>RISO risograph inks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="118" />
      <source>RISO's standard and custom drum colours, sRGB screen values (not measured).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="120" />
      <source>Raisin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="121" />
      <source>Raspberry Red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="122" />
      <source>Red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="123" />
      <source>Rouge primaire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="124" />
      <source>Royal Blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="125" />
      <source>Scarlet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="126" />
      <source>Sea Blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="127" />
      <source>Sea Foam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="128" />
      <source>Sky Blue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="129" />
      <source>Slate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="130" />
      <source>Smoky Teal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="131" />
      <source>Spruce</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="132" />
      <source>Steel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="133" />
      <source>Substrates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="134" />
      <source>Sunflower</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="135" />
      <source>Tan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="136" />
      <source>Teal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="137" />
      <source>Tomato</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="138" />
      <source>Turquoise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="139" />
      <source>Violet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="140" />
      <source>Warm Red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="141" />
      <source>White</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="142" />
      <source>Wine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="143" />
      <source>Yellow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="144" />
      <source>brightest top white, printed last</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="145" />
      <source>clear varnish-like medium: no colour, never chosen by the stock search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="147" />
      <source>fluorescent/metallic: brighter than any sRGB value; the preview underestimates it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="149" />
      <source>metallic: sheen not modelled; colour is an estimate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="150" />
      <source>opaque underbase / flash white</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="151" />
      <source>opaque white for underbase on dark paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="152" />
      <source>same ink as Burgundy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="153" />
      <source>same ink as Marine Red</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="154" />
      <source>semi-opaque in practice; for dark or coloured paper</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InputErrors</name>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="126" />
      <source>no such file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="128" />
      <source>is a folder, not an image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="130" />
      <source>is not a regular file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="132" />
      <source>the file is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="140" />
      <source>not a readable image: open a PNG, JPEG, TIFF or WebP file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="143" />
      <source>not a readable image ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="148" />
      <source>{format} images are not supported; use PNG, JPEG, TIFF or WebP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="153" />
      <source>an animated image: export the frame you want as a PNG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="162" />
      <source>the embedded ICC colour profile is corrupt; re-save the image with a valid profile (or none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="197" />
      <source>the file is corrupt or truncated ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="255" />
      <source>the TIFF is corrupt or unsupported ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/io/images.py" line="267" />
      <source>the PNG is corrupt or truncated</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeshUnitSetting</name>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="98" />
      <source>As the language (French: threads/cm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="100" />
      <source>Threads per inch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="101" />
      <source>Threads per centimetre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="105" />
      <source>How screen mesh counts are shown and typed, in recipes and in the screening advice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/settings_dialog.py" line="145" />
      <source>Mesh counts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ModelNotes</name>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="155" />
      <source>A human licence check is needed before any commercial use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="156" />
      <source>File name and size from the repository listing; the hub's LFS sha256 is checked on download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="159" />
      <source>File name follows the repository's ONNX/ folder naming (fp32/fp16, opset 14–17); check the listing if the download reports it missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="162" />
      <source>Licence of the ONNX copy not checked against its source (madebyollin/taesd, MIT).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="164" />
      <source>Licence tag on the ONNX repo is sai-nc-community; stabilityai/sd-turbo now points to the Stability AI Community License. A human licence check is needed before any commercial use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="167" />
      <source>ONNX export merged into the main branch (repository PR #11); the folder also holds PyTorch weights, which HybridStudio does not download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="170" />
      <source>ONNX files on the main branch (repository PR #15) beside the PyTorch weights, which HybridStudio does not download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="173" />
      <source>Runs on the CUDA provider only (model card): not on CPU or DirectML.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/ui/data_texts.py" line="175" />
      <source>The export has a fixed 128×128 input: HybridStudio tiles at exactly that size.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ParamErrors</name>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="49" />
      <source>a value is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="53" />
      <source>expected true or false, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="62" />
      <source>expected a whole number, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="72" />
      <source>expected a number, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="77" />
      <source>expected a number, got NaN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="83" />
      <source>expected text, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="90" />
      <source>{value} is not one of {choices}{hint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="97" />
      <source>expected a colour like '#1a2b3c', got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="105" />
      <source>expected a list of numbers, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="114" />
      <source>expected a list of names, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="128" />
      <source>{value}{unit} is below the minimum {limit}{unit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/params.py" line="132" />
      <source>{value}{unit} is above the maximum {limit}{unit}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <location filename="../../hybridstudio/film/writer.py" line="49" />
      <source>film {order}/{n}: {ink}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/film/writer.py" line="61" />
      <source>writing the PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/film/writer.py" line="75" />
      <source>films written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/server/client.py" line="247" />
      <source>waiting on the school server ({position} before)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/server/client.py" line="251" />
      <source>running on {device}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/negative/export.py" line="92" />
      <source>writing the negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/negative/export.py" line="119" />
      <source>negative written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/diffusion/job.py" line="143" />
      <source>checking the model files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/diffusion/pipeline.py" line="406" />
      <source>reading the prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/diffusion/pipeline.py" line="482" />
      <source>step {k} of {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/diffusion/pipeline.py" line="500" />
      <source>decoding the latents into pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/diffusion/pipeline.py" line="528" />
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/upscale/engine.py" line="125" />
      <source>colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/upscale/engine.py" line="137" />
      <source>alpha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/upscale/tiling.py" line="155" />
      <source>{label}: tile {k}/{n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/hub.py" line="59" />
      <source>{file}: verifying sha256 {done:.1f} MB / {total:.1f} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/hub.py" line="62" />
      <source>{file}: verifying sha256 {done:.1f} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/hub.py" line="66" />
      <source>{file}: {done:.1f} MB / {total:.1f} MB at {rate:.1f} MB/s, {eta:.0f} s left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/hub.py" line="70" />
      <source>{file}: {done:.1f} MB / {total:.1f} MB at {rate:.1f} MB/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/models/hub.py" line="72" />
      <source>{file}: {done:.1f} MB at {rate:.1f} MB/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/separation/export.py" line="150" />
      <source>writing {ink}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/separation/api.py" line="205" />
      <source>analysing colours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/separation/api.py" line="333" />
      <source>resampling to the output resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/separation/api.py" line="351" />
      <source>predicting the print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/separation/stock.py" line="117" />
      <source>choosing ink {k} of {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/separation/stock.py" line="141" />
      <source>trying ink swaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="100" />
      <source>planning the films</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/films.py" line="112" />
      <source>films planned (rendered when saved)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="112" />
      <source>laying out the negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="132" />
      <source>simulating the expected print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/negative.py" line="145" />
      <source>negative ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/upscale.py" line="63" />
      <source>loading the model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/steps/analog.py" line="141" />
      <source>grain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/executor.py" line="224" />
      <source>reused from the cache</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/executor.py" line="265" />
      <source>writing outputs</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScreeningAdvice</name>
    <message>
      <location filename="../../hybridstudio/film/cli.py" line="140" />
      <source>warning: {advice}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/film/cli.py" line="141" />
      <source>note: {advice}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/film/job.py" line="128" />
      <source>{dpi:g} dpi is not a whole multiple of the {sep_dpi:g} dpi index separations: their pixels are resampled to squares of {k} film pixels ({got:g} dpi); choose {keep:g} dpi to keep every pixel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/film/job.py" line="136" />
      <source>these are index separations (one ink per pixel, already dithered): halftoning them again ({method}) blurs their pixel edges into dots; use the index method to print each pixel as one square</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/film/job.py" line="154" />
      <source>{ink}: asked {lpi_asked:g} lpi at {angle_asked:g}°, the {dpi:g} dpi grid gives {lpi:.2f} lpi at {angle:.2f}°</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/film/job.py" line="165" />
      <source>the separations are {dpi:g} dpi for a {lpi:g} lpi screen: below 1.5 × the ruling the dots show the pixels; aim for ~2 × ({aim:.0f} dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="67" />
      <source>{a} ({a_angle:.2f}°, {a_lpi:.2f} lpi) and {b} ({b_angle:.2f}°, {b_lpi:.2f} lpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="72" />
      <source>{pair} share one screen: no moiré between them, but their dots print on top of each other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="83" />
      <source>{pair} are {alpha:.1f}° apart: moiré period {period:.2f} mm ({ratio:.1f} × the dot spacing) (tolerable because {light} is light); keep strong colours 30° apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="88" />
      <source>{pair} are {alpha:.1f}° apart: moiré period {period:.2f} mm ({ratio:.1f} × the dot spacing); keep strong colours 30° apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="101" />
      <source>{ink}: {lpi:.1f} lpi is too fine for a {mesh} mesh ({ratio:.2f} threads per screen line, needs 4–5): use at most {most} lpi ({safe} lpi is safe) or a mesh of {finer} or finer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="108" />
      <source>{ink}: {lpi:.1f} lpi on a {mesh} mesh ({ratio:.2f} threads per screen line) holds only with a dialled-in darkroom; {safe} lpi is safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="123" />
      <source>{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the mesh's {direction:g}° direction (no measurable period between dot harmonic {k} and the threads); turn the screen by 7.5° or angle the mesh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="128" />
      <source>{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the mesh's {direction:g}° direction (moiré period {period:.1f} mm between dot harmonic {k} and the threads); turn the screen by 7.5° or angle the mesh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="146" />
      <source>{ink}: the smallest dot ({dot:g} %, {diameter:.0f} µm) is smaller than one opening plus one thread of a {mesh} mesh ({pitch:.0f} µm): it will not hold; raise the minimum dot to {need:.0f} % or use a finer mesh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="153" />
      <source>{ink}: {size:.0f} µm dots are smaller than one opening plus one thread of a {mesh} mesh ({pitch:.0f} µm): they will not hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="172" />
      <source>{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey levels per halftone cell ({device} on the device grid), fewer than {minimum}: gradients will band; the supercell spreads {supercell} levels over several cells, which softens but does not remove the steps; raise the resolution to {raise_dpi:.0f} dpi or lower the ruling to {lower_lpi:.0f} lpi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/screening/advisor.py" line="180" />
      <source>{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey levels per halftone cell ({device} on the device grid), fewer than {minimum}: gradients will band; raise the resolution to {raise_dpi:.0f} dpi or lower the ruling to {lower_lpi:.0f} lpi</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Units</name>
    <message>
      <location filename="../../hybridstudio/core/i18n.py" line="146" />
      <source>threads/cm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../hybridstudio/core/i18n.py" line="147" />
      <source>threads/in</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>estimate</name>
    <message>
      <source>Estimate: about {time} on this computer ({steps} steps, {per_step} each); peak memory about {peak} GB of {avail} GB available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(First estimate from a quick speed test; it improves after each generation.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warning: this is more memory than is available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The low-memory mode (one part of the model loaded at a time) needs about {low} GB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a smaller size or fewer images at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Estimate: about {time} on this computer; peak memory about {peak} GB of {avail} GB available.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>precision</name>
    <message>
      <source>{name} is a half-precision (fp16) export: it needs a graphics card ({devices}), and this computer would run it on {device}, where it cannot run.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} runs only on {devices} (its graphs use fused GPU operators), and this computer would run it on {device}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Download {variant} instead: the full-precision (fp32) variant, which runs on any device.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The catalogue has no fp32 variant of it: make one with `{command}` and import the folder, or choose a model that runs on any device, such as {other}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To download it anyway (for another computer), use `hybridstudio models download {id} --anyway`.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ModelPrecision</name>
    <message>
      <source>Download the fp32 variant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Download anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press Download anyway to get it all the same (for another computer).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
