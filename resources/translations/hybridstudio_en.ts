<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="58"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="110"/>
        <source>Process card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="112"/>
        <source>Open an image or export a result to see its content credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="223"/>
        <source>Image info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="224"/>
        <source>Process &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="226"/>
        <source>A one-page PDF telling how an output was made: steps, AI and craft, models, energy, content credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="258"/>
        <source>Process card of which output?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="266"/>
        <source>Save the process card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="276"/>
        <source>Could not make the process card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="278"/>
        <source>Process card written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceProbe</name>
    <message>
        <location filename="../../hybridstudio/runtime/providers.py" line="134"/>
        <source>The NVIDIA GPU (CUDA) cannot be used, so AI steps run on the processor: install or update the NVIDIA driver and CUDA %1 with cuDNN %2 (needed by this onnxruntime-gpu %3), or install the plain onnxruntime package.</source>
        <extracomment>``translator(context, text)``: the app passes Qt&apos;s translator, the CLI none (it reads the .ts itself). The user-facing device names, in the order tried by &quot;auto&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/runtime/providers.py" line="140"/>
        <source>The Windows GPU (DirectML) cannot be used, so AI steps run on the processor: update the graphics driver (DirectX 12 is needed) and Windows 10 1903 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/runtime/providers.py" line="145"/>
        <source>The Apple GPU (CoreML) cannot be used, so AI steps run on the processor: CoreML needs macOS 12 or newer; update macOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/runtime/probe.py" line="87"/>
        <source>AI steps cannot run: %1</source>
        <extracomment>The shipped graph the probe runs (made by models/tiny/make_tiny_models.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/runtime/probe.py" line="90"/>
        <source>AI steps run on %1 (%2), checked with a test model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceStatus</name>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="33"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="34"/>
        <source>HybridStudio is running a tiny test model to find out which device AI steps will use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="41"/>
        <source>No AI runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="42"/>
        <source>AI steps cannot run (%1). Craft steps still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="50"/>
        <source>%1 (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="54"/>
        <source>AI steps run on the processor: everything works, only slower than on a graphics card (checked with a test model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="59"/>
        <source>AI steps run on %1 (checked with a test model).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadFailures</name>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="14"/>
        <source>This computer is not connected to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="15"/>
        <source>Connect to a network and press Download again, or import the model from a USB key with “Import ONNX file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="22"/>
        <source>The model server (Hugging Face) could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="23"/>
        <source>Try again in a few minutes; at school, ask whether a proxy is needed. The part already downloaded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="30"/>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="31"/>
        <source>Free some space (or remove models you no longer use) and press Download again: it goes on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="38"/>
        <source>This model&apos;s licence must be accepted on its Hugging Face page before it can be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="42"/>
        <source>Open the model&apos;s page (link under Licence), accept the licence with your account, then press Download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="49"/>
        <source>The model is no longer where the catalogue says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="50"/>
        <source>Update HybridStudio, or import the model from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="53"/>
        <source>The downloaded file was damaged and was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="54"/>
        <source>Press Download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="57"/>
        <source>The download failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="58"/>
        <source>Press Download again; if it keeps failing, show the details to whoever looks after the computers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../hybridstudio/ui/explain.py" line="16"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/explain.py" line="17"/>
        <source>The craft way, without AI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCredentials</name>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="247"/>
        <source>Content credentials of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="54"/>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="217"/>
        <source>Export</source>
        <extracomment>Resolutions written by cameras, phones and screens when the picture has no real print size. The print resolution offered instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="77"/>
        <source>The image, at full resolution, in the format chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="79"/>
        <source>Riso masters and screen separations: one greyscale TIFF per ink at its print resolution, in print order, with separations.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="83"/>
        <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="85"/>
        <source>The result of the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="91"/>
        <source>Every file carries its process record (what was AI, what was craft, models, prompts, seeds, energy), embedded where the format allows and as a .hybridstudio.json file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="99"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="112"/>
        <source>PNG (lossless, 8 or 16 bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="113"/>
        <source>TIFF (lossless, 8 or 16 bit, for print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="114"/>
        <source>JPEG (small, 8 bit, lossy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="115"/>
        <source>WebP (small, 8 bit, lossy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="122"/>
        <source>Like the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="123"/>
        <source>8 bit per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="124"/>
        <source>16 bit per channel (smooth gradients, larger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="130"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="131"/>
        <source>Bit depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="154"/>
        <source>This picture has no real print resolution (%1): cameras and screens write 72 or 96 dpi. Choose the size it should print at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="157"/>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="157"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="166"/>
        <source>%1 dpi: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="169"/>
        <source>Print resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="178"/>
        <source>Also make films: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="208"/>
        <source>Show the folder when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="271"/>
        <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs. The greyscale separations are not written: untick the films to get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="281"/>
        <source>It will write, in the folder above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="283"/>
        <source>and a .hybridstudio.json process record beside each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="306"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="262"/>
        <source>“%1” is not on this computer yet (%2 to download).</source>
        <extracomment>the generation settings the estimate depends on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="310"/>
        <source>No image generator is installed yet. Open an image instead, or add a diffusion model in Tools › Models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="317"/>
        <source>Describe the picture you want. It is made on this computer, and the process record will say it was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="321"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="322"/>
        <source>Download it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="323"/>
        <source>Import a model from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="324"/>
        <source>e.g. a linocut of a heron in the reeds, bold shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="325"/>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="326"/>
        <source>what you do not want: blurry, text, watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="327"/>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="328"/>
        <source>A new random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="329"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="330"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="331"/>
        <source>How it works, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="334"/>
        <source>Each frame is the picture after one denoising step. The model starts from pure noise; at every step it predicts the noise that hides the image, and the scheduler decides how much of it to remove. Early steps settle the composition, late steps the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="367"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="384"/>
        <source>Seed used: %1 (type it in Seed to make this picture again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="389"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inks</name>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="24"/>
        <source>Apricot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="25"/>
        <source>Aqua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="26"/>
        <source>Atelier sérigraphie — encres mesurées (exemple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="27"/>
        <source>Bisque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="28"/>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="29"/>
        <source>Black paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="30"/>
        <source>Blanc couvrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="31"/>
        <source>Bleu outremer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="32"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="33"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="34"/>
        <source>Bright Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="35"/>
        <source>Bright Olive Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="36"/>
        <source>Bright Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="37"/>
        <source>Bright white coated paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="38"/>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="39"/>
        <source>Bubble Gum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="40"/>
        <source>Burgundy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="41"/>
        <source>Charcoal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="42"/>
        <source>Clear Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="43"/>
        <source>Copper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="44"/>
        <source>Coral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="45"/>
        <source>Cornflower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="46"/>
        <source>Cranberry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="47"/>
        <source>Cream / natural paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="48"/>
        <source>Crimson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="49"/>
        <source>Dark Mauve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="50"/>
        <source>Emerald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="51"/>
        <source>Federal Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="52"/>
        <source>Flat Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="53"/>
        <source>Flatallic Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="54"/>
        <source>Fluorescent Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="55"/>
        <source>Fluorescent Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="56"/>
        <source>Fluorescent Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="57"/>
        <source>Fluorescent Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="58"/>
        <source>Fluorescent Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="59"/>
        <source>Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="60"/>
        <source>Forest Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="61"/>
        <source>Garment: black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="62"/>
        <source>Garment: charcoal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="63"/>
        <source>Garment: forest green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="64"/>
        <source>Garment: heather grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="65"/>
        <source>Garment: natural (unbleached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="66"/>
        <source>Garment: navy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="67"/>
        <source>Garment: red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="68"/>
        <source>Garment: royal blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="69"/>
        <source>Garment: sand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="70"/>
        <source>Garment: white cotton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="71"/>
        <source>Generic screen-printing inks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="72"/>
        <source>Golden Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="73"/>
        <source>Granite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="74"/>
        <source>Grape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="75"/>
        <source>Grass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="76"/>
        <source>Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="77"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="78"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="79"/>
        <source>Grey board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="80"/>
        <source>Highlight White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="81"/>
        <source>Hot Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="82"/>
        <source>Hunter Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="83"/>
        <source>ISO 12647-2 PT1 solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="84"/>
        <source>Indigo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="85"/>
        <source>Ivy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="86"/>
        <source>Kelly Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="87"/>
        <source>Kraft (brown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="88"/>
        <source>Lagoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="89"/>
        <source>Lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="90"/>
        <source>Lemon Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="91"/>
        <source>Light Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="92"/>
        <source>Light Lime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="93"/>
        <source>Light Mauve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="94"/>
        <source>Light Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="95"/>
        <source>Light Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="96"/>
        <source>Lime Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="97"/>
        <source>Mahogany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="98"/>
        <source>Marine Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="99"/>
        <source>Maroon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="100"/>
        <source>Measured with an i1Pro 3, M1, D50/2°, solid patches on Munken Print White 150 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="102"/>
        <source>Medium Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="103"/>
        <source>Melon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="104"/>
        <source>Metallic Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="105"/>
        <source>Metallic Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="106"/>
        <source>Midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="107"/>
        <source>Mint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="108"/>
        <source>Mist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="109"/>
        <source>Moss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="110"/>
        <source>Navy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="111"/>
        <source>Newsprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="112"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="113"/>
        <source>Orchid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="114"/>
        <source>Paper white (uncoated office/offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="115"/>
        <source>Paprika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="116"/>
        <source>Pine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="117"/>
        <source>Plum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="118"/>
        <source>Process Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="119"/>
        <source>Process CMYK (transparent), white, black and common spot colours (opaque, estimates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="121"/>
        <source>Process Cyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="122"/>
        <source>Process Magenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="123"/>
        <source>Process Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="124"/>
        <source>Pumpkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="125"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="126"/>
        <source>RISO risograph inks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="127"/>
        <source>RISO&apos;s standard and custom drum colours, sRGB screen values (not measured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="129"/>
        <source>Raisin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="130"/>
        <source>Raspberry Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="131"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="132"/>
        <source>Rouge primaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="133"/>
        <source>Royal Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="134"/>
        <source>Scarlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="135"/>
        <source>Sea Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="136"/>
        <source>Sea Foam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="137"/>
        <source>Sky Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="138"/>
        <source>Slate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="139"/>
        <source>Smoky Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="140"/>
        <source>Spruce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="141"/>
        <source>Steel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="142"/>
        <source>Substrates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="143"/>
        <source>Sunflower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="144"/>
        <source>Tan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="145"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="146"/>
        <source>Tomato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="147"/>
        <source>Turquoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="148"/>
        <source>Violet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="149"/>
        <source>Warm Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="150"/>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="151"/>
        <source>Wine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="152"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="153"/>
        <source>brightest top white, printed last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="154"/>
        <source>clear varnish-like medium: no colour, never chosen by the stock search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="156"/>
        <source>fluorescent/metallic: brighter than any sRGB value; the preview underestimates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="158"/>
        <source>metallic: sheen not modelled; colour is an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="159"/>
        <source>opaque underbase / flash white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="160"/>
        <source>opaque white for underbase on dark paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="161"/>
        <source>same ink as Burgundy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="162"/>
        <source>same ink as Marine Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="163"/>
        <source>semi-opaque in practice; for dark or coloured paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="155"/>
        <source>no such file</source>
        <extracomment>The profile of the file&apos;s own samples (:func:`load_samples`); None: the sRGB working space. Sample types an image keeps as read (:func:`load_samples`). Formats every command reads (decided once, here, from the file&apos;s header, not its name). Peak bytes per pixel of decoding into the float32 working space: the decoded samples (up to 16-bit RGBA), the float32 RGB result, the alpha plane and one float32 temporary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="157"/>
        <source>is a folder, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="159"/>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="161"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="172"/>
        <source>not a readable image: open a PNG, JPEG, TIFF or WebP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="178"/>
        <source>not a readable image ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="186"/>
        <source>{format} images are not supported; use PNG, JPEG, TIFF or WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="196"/>
        <source>an animated image: export the frame you want as a PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="208"/>
        <source>the embedded ICC colour profile is corrupt; re-save the image with a valid profile (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="250"/>
        <source>the file is corrupt or truncated ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="317"/>
        <source>the TIFF is corrupt or unsupported ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="330"/>
        <source>the PNG is corrupt or truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="46"/>
        <source>Not enough memory for this job. Try the low-memory mode in Settings, a smaller image, or closing other programs.</source>
        <extracomment>Progress and pictures reach the GUI at most this often (seconds), so a chatty step cannot flood the event loop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="52"/>
        <source>A file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="56"/>
        <source>HybridStudio may not write there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="60"/>
        <source>The system refused a file operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="174"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="179"/>
        <location filename="../../hybridstudio/ui/jobs.py" line="184"/>
        <location filename="../../hybridstudio/ui/jobs.py" line="286"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="249"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="296"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="120"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="121"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="122"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="123"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="124"/>
        <source>Energy and carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="152"/>
        <source>≈ estimated from compute time and the power figures in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="32"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="33"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="34"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="35"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="36"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="230"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="231"/>
        <source>Stop the selected job; nothing half-written is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="232"/>
        <source>Show files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="233"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="234"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="235"/>
        <source>The technical details of a failure, for whoever fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="237"/>
        <source>Select a job to see what it made, its warnings and what it cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="274"/>
        <source>Files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="276"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="278"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="281"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="283"/>
        <source>(energy estimated from compute time: the hardware gave no meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="285"/>
        <source>Technical details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="296"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="297"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="298"/>
        <source>Shipped &amp;recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="299"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="300"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="117"/>
        <source>&amp;Open image…</source>
        <extracomment>name: (object name, shortcut, checkable, toolbar icon)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="118"/>
        <source>Open a photo, a scan or a drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="121"/>
        <source>Open se&amp;parations folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="122"/>
        <source>Open separations (one greyscale TIFF per ink) to make films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="125"/>
        <source>Open separations &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="126"/>
        <source>Open a multichannel TIFF or a Photoshop file with spot channels to make films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="132"/>
        <source>Open re&amp;cipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="133"/>
        <source>Open a recipe file (.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="136"/>
        <source>&amp;New recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="137"/>
        <source>Start an empty recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="140"/>
        <source>&amp;Save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="141"/>
        <source>Save the recipe as a plain file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="143"/>
        <source>Save recipe &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="145"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="146"/>
        <source>Write the result at full resolution: images, separations, films, with the process record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="152"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="153"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="154"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="155"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="157"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="158"/>
        <source>Fit the image in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="161"/>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="162"/>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="165"/>
        <source>Before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="166"/>
        <source>Compare the original and the result with a split you can drag (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="170"/>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="172"/>
        <location filename="../../hybridstudio/ui/main_window.py" line="301"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="173"/>
        <source>Run the recipe at full resolution (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="176"/>
        <source>&amp;Cancel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="177"/>
        <source>Stop every running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="179"/>
        <source>&amp;Live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="181"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="182"/>
        <source>The AI models: download, import, check, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="184"/>
        <source>&amp;About HybridStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="185"/>
        <source>&amp;Explain this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="191"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="192"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="194"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="195"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="302"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="304"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="305"/>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="306"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="307"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="309"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="312"/>
        <source>Drop an image or a recipe here, or use File › Open image…

Or write a prompt in the Generate panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="316"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="316"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="287"/>
        <source>generated image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="158"/>
        <source>%1 ran on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="169"/>
        <source>%1, in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="171"/>
        <source>“%1” runs its AI steps on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="188"/>
        <source>(fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/status_bar.py" line="68"/>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="230"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="82"/>
        <source>%1 × %2 %3 at %4 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="88"/>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="226"/>
        <source>Could not open the separations</source>
        <extracomment>The recipe a first launch opens on the sample, when shipped: colourful, craft only, offline. The window&apos;s words keep the translation context they had in the window (&quot;MainWindow&quot;). answers &quot;the school server cannot be reached: compute here?&quot; (the window asks) told the files an export wrote; returns a line about their credentials the window&apos;s own part of the session (panels, split) and how it comes back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="233"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="243"/>
        <source>Could not open the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="260"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="281"/>
        <source>Could not open the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="308"/>
        <source>Untitled recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="348"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="352"/>
        <source>AI preview on a small copy: AI steps take a few seconds on the processor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="356"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="360"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="385"/>
        <source>The recipe is empty: add a step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="394"/>
        <source>The recipe cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="398"/>
        <source>Open an image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="421"/>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="424"/>
        <source>Exported %1 files. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="432"/>
        <source>The job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="435"/>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="435"/>
        <source>Run “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="456"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="478"/>
        <source>Generation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="480"/>
        <source>Generate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="531"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="568"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="598"/>
        <source>Your last session was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="36"/>
        <source>Open image</source>
        <extracomment>The dialogs keep the translation context they had in the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="38"/>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="48"/>
        <source>Open a separations folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="58"/>
        <source>Open a separations file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="60"/>
        <source>Multichannel TIFF or Photoshop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="70"/>
        <source>Open recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="70"/>
        <location filename="../../hybridstudio/ui/dialogs.py" line="85"/>
        <source>Recipes (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="85"/>
        <source>Save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="93"/>
        <source>Could not save the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="95"/>
        <source>Recipe saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="132"/>
        <source>About HybridStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="133"/>
        <source>&lt;h3&gt;HybridStudio %1&lt;/h3&gt;&lt;p&gt;Local AI and craft image making for art schools and print workshops. Everything runs on this computer; every output says what was AI and what was craft, and what it cost in energy.&lt;/p&gt;&lt;p&gt;Free software (GPL 3 or later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="145"/>
        <source>Restore your work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="146"/>
        <source>HybridStudio did not close normally last time. Restore the recipe and image you were working on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="164"/>
        <source>Save the recipe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="165"/>
        <source>The recipe “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshUnitSetting</name>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="99"/>
        <source>As the language (French: threads/cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="100"/>
        <source>Threads per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="101"/>
        <source>Threads per centimetre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="106"/>
        <source>How screen mesh counts are shown and typed, in recipes and in the screening advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="148"/>
        <source>Mesh counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelNotes</name>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="164"/>
        <source>A human licence check is needed before any commercial use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="165"/>
        <source>File name and size from the repository listing; the hub&apos;s LFS sha256 is checked on download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="168"/>
        <source>File name follows the repository&apos;s ONNX/ folder naming (fp32/fp16, opset 14–17); check the listing if the download reports it missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="171"/>
        <source>Licence of the ONNX copy not checked against its source (madebyollin/taesd, MIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="173"/>
        <source>Licence tag on the ONNX repo is sai-nc-community; stabilityai/sd-turbo now points to the Stability AI Community License. A human licence check is needed before any commercial use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="176"/>
        <source>ONNX export merged into the main branch (repository PR #11); the folder also holds PyTorch weights, which HybridStudio does not download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="179"/>
        <source>ONNX files on the main branch (repository PR #15) beside the PyTorch weights, which HybridStudio does not download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="182"/>
        <source>Runs on the CUDA provider only (model card): not on CPU or DirectML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="184"/>
        <source>The export has a fixed 128×128 input: HybridStudio tiles at exactly that size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPrecision</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="397"/>
        <source>Download the fp32 variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="398"/>
        <source>Download anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="399"/>
        <source>Press Download anyway to get it all the same (for another computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="382"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="126"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="127"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="128"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="134"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="211"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="314"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="129"/>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="130"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="234"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="131"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="136"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="137"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="138"/>
        <source>Re-compute every file&apos;s sha256 and compare with the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="139"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="140"/>
        <source>Import ONNX file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="141"/>
        <source>Import model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="144"/>
        <source>Device: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="167"/>
        <source>commercial use allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="168"/>
        <source>no commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="169"/>
        <source>commercial use unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="187"/>
        <source>Models take %1 on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="192"/>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="192"/>
        <source>graphics memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="239"/>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="240"/>
        <source>Known biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="242"/>
        <source>Memory needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="243"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="244"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="245"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="247"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="327"/>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="329"/>
        <source>Downloaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="343"/>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="345"/>
        <source>Every file matches its sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="355"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="357"/>
        <source>Removed: %1 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="362"/>
        <source>Import a diffusion model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="365"/>
        <source>Import an ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="365"/>
        <source>ONNX models (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="372"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="374"/>
        <source>Imported as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamErrors</name>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="72"/>
        <source>a value is required</source>
        <extracomment>Parameter kinds a step may declare, and what a recipe may write for each. The field&apos;s title in forms and help (&quot;Ruling&quot;); empty: made from the name. What each choice is called in forms, in the order of ``choices`` (a :class:`Choice` enum&apos;s labels); empty: the ids, made readable.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="79"/>
        <source>expected true or false, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="92"/>
        <source>expected a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="106"/>
        <source>expected a number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="112"/>
        <source>expected a number, got NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="120"/>
        <source>expected text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="129"/>
        <source>{value} is not one of {choices}{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="141"/>
        <source>expected a colour like &apos;#1a2b3c&apos;, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="153"/>
        <source>expected a list of numbers, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="166"/>
        <source>expected a list of names, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="186"/>
        <source>{value}{unit} is below the minimum {limit}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="196"/>
        <source>{value}{unit} is above the maximum {limit}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="67"/>
        <source>Range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="73"/>
        <source>Choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="81"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="92"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="93"/>
        <source>Name in recipes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="140"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="183"/>
        <source>This step has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="207"/>
        <location filename="../../hybridstudio/ui/param_form.py" line="224"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="261"/>
        <location filename="../../hybridstudio/ui/param_form.py" line="268"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="290"/>
        <source>numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="292"/>
        <source>names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="64"/>
        <source>This file is not a picture HybridStudio can read. Open a PNG, JPEG, TIFF or WebP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="68"/>
        <source>Something went wrong inside HybridStudio. Try again; if it happens again, open Details and show them to whoever looks after the computers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <location filename="../../hybridstudio/ui/problem.py" line="48"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="415"/>
        <source>film {order}/{n}: {ink}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/writer.py" line="61"/>
        <source>writing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/writer.py" line="74"/>
        <source>films written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/server/client.py" line="274"/>
        <source>waiting on the school server ({position} before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/server/client.py" line="283"/>
        <source>running on {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/export.py" line="108"/>
        <source>writing the negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/export.py" line="144"/>
        <source>negative written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/job.py" line="164"/>
        <source>checking the model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/pipeline.py" line="613"/>
        <source>reading the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/pipeline.py" line="223"/>
        <source>step {k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/pipeline.py" line="802"/>
        <source>decoding the latents into pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/executor.py" line="194"/>
        <location filename="../../hybridstudio/diffusion/pipeline.py" line="482"/>
        <location filename="../../hybridstudio/separation/api.py" line="313"/>
        <location filename="../../hybridstudio/upscale/engine.py" line="187"/>
        <source>done</source>
        <extracomment>How an input file becomes a payload, per payload kind (&quot;module:function&quot;). ``ImagePayload.meta`` key: {&quot;sha256&quot;: the file&apos;s, &quot;pixels&quot;: the pixels&apos;} of the file an image was read from, taken when it was read (the app opens a file, then runs its in-memory copy).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/engine.py" line="162"/>
        <source>colour</source>
        <extracomment>Working memory per input pixel of a tile, for a ×4 model, measured on the shared ESRGAN models with onnxruntime on a CPU (thick: 2.9 KB at 256 px, 4.3 KB at 384 px; slim: 5.3–5.9 KB).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/engine.py" line="176"/>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/tiling.py" line="203"/>
        <source>{label}: tile {k}/{n}</source>
        <extracomment>Context per side. Measured on the four shared ESRGAN models (tiles of 64 px, a real photo): the largest difference from a single-window run is 0.30/255 at 10 px, 0.008/255 at 12 px, 0 at 16 px.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="61"/>
        <source>{file}: verifying sha256 {done:.1f} MB / {total:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="68"/>
        <source>{file}: verifying sha256 {done:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="76"/>
        <source>{file}: {done:.1f} MB / {total:.1f} MB at {rate:.1f} MB/s, {eta:.0f} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="84"/>
        <source>{file}: {done:.1f} MB / {total:.1f} MB at {rate:.1f} MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="88"/>
        <source>{file}: {done:.1f} MB at {rate:.1f} MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/export.py" line="163"/>
        <source>writing {ink}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="196"/>
        <source>analysing colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="223"/>
        <source>resampling to the output resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="242"/>
        <source>predicting the print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/stock.py" line="135"/>
        <source>choosing ink {k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/stock.py" line="159"/>
        <source>trying ink swaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="50"/>
        <source>planning the films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="63"/>
        <source>films planned (rendered when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="78"/>
        <source>laying out the negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="115"/>
        <source>simulating the expected print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="129"/>
        <source>negative ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="59"/>
        <source>loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="101"/>
        <source>grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/executor.py" line="267"/>
        <source>reused from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/executor.py" line="312"/>
        <source>writing outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/sign.py" line="32"/>
        <source>signing the content credentials</source>
        <extracomment>What a progress bar says while the library signs (seconds for a gigabyte file).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderErrors</name>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="54"/>
        <location filename="../../hybridstudio/analog/cube.py" line="194"/>
        <source>no such .cube file</source>
        <extracomment>A 256³ LUT with 12-digit values is about 700 MB; larger files are not LUTs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="59"/>
        <source>larger than {mb} MB: not a .cube LUT (a {n}³ LUT is smaller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="72"/>
        <source>not a text .cube file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="124"/>
        <source>no LUT_1D_SIZE or LUT_3D_SIZE line: not a .cube LUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="145"/>
        <source>{where}: expected {expected} data rows ({sizes}), found {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="168"/>
        <source>line {line}: text where numbers belong: {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="177"/>
        <source>line {line}: NaN or infinite value in {what}: {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="123"/>
        <source>no such recipe file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="128"/>
        <source>file is larger than {kb} kB: not a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="138"/>
        <source>not a UTF-8 text file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="150"/>
        <source>arrays or tables nested more than {depth} levels deep: not a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="161"/>
        <source>not valid TOML ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="165"/>
        <source>nested too deeply: not a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="175"/>
        <source>missing &apos;{key} = {version}&apos; (the format version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="206"/>
        <source>the recipe has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/calibration.py" line="205"/>
        <source>not a HybridStudio negative calibration (expected format {format!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/calibration.py" line="216"/>
        <source>&apos;version&apos; must be a whole number, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/calibration.py" line="224"/>
        <source>made by a newer HybridStudio (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/calibration.py" line="245"/>
        <source>damaged calibration file: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/inks.py" line="277"/>
        <source>cannot read the ink library ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipeDocument</name>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="104"/>
        <source>Add step “%1”</source>
        <extracomment>Edits of one field closer together than this become a single undo step. the shipped French name and description, shown while the English ones are unchanged</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="116"/>
        <source>Remove step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="123"/>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="139"/>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="147"/>
        <source>Turn on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="149"/>
        <source>Turn off “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="158"/>
        <source>Rename step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="165"/>
        <source>Change the recipe&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="172"/>
        <source>Untitled recipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipeFiles</name>
    <message>
        <location filename="../../hybridstudio/core/safepaths.py" line="60"/>
        <source>{name!r} is outside the recipe&apos;s folder and your HybridStudio folders: a shared recipe may only use files beside it (copy the file next to the recipe)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipeInputs</name>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="44"/>
        <source>an image</source>
        <extracomment>``name_fr``/``description_fr``: the recipe&apos;s name and description in French (shipped recipes) What each payload kind is called when telling a person what a recipe needs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="45"/>
        <source>a separations folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="46"/>
        <source>films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="47"/>
        <source>a digital negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="302"/>
        <source>This recipe makes films from separations: add a separation step, or open a separations folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="311"/>
        <source>This recipe works on separations: add a separation step, or open a separations folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="318"/>
        <source>This recipe works on %1: open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="324"/>
        <source>This recipe works on %1, but what is open is %2: open %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="203"/>
        <source>Open a separations folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="204"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="205"/>
        <source>Add a step at the end of the recipe (or after the selected one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="206"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="207"/>
        <source>Remove the selected step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="208"/>
        <source>Move the step earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="209"/>
        <source>Move the step later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="210"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="211"/>
        <source>Name and description of the recipe, as others will see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="213"/>
        <source>Double-click a step to give it your own name; drag to reorder; untick to skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="215"/>
        <source>Live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="218"/>
        <source>Re-run the changed steps on a reduced image after every change. Steps whose settings did not change come from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="222"/>
        <source>Run at full resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="223"/>
        <source>Run the whole recipe on the full-size image (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="278"/>
        <source>Rename step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="278"/>
        <source>Name of this step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="286"/>
        <source>Recipe details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="291"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="292"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="359"/>
        <source>Add “%1” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="375"/>
        <source>Add a step to start a recipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolServer</name>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="215"/>
        <source>School server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="219"/>
        <source>School server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="223"/>
        <source>Jobs compute on the school server at %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="228"/>
        <source>Its GPU is named after the first job, or with Settings → Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="234"/>
        <source>If it cannot be reached, jobs compute on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolServerFallback</name>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="185"/>
        <source>School server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="188"/>
        <source>Compute this job on this computer instead? It can be much slower than on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="196"/>
        <source>Compute on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="201"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningAdvice</name>
    <message>
        <location filename="../../hybridstudio/commands/step_command.py" line="103"/>
        <source>warning: {advice}</source>
        <extracomment>Exit status of a command the user stopped (the shell&apos;s for SIGINT).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/commands/films.py" line="124"/>
        <source>note: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="184"/>
        <source>{dpi:g} dpi is not a whole multiple of the {sep_dpi:g} dpi index separations: their pixels are resampled to squares of {k} film pixels ({got:g} dpi); choose {keep:g} dpi to keep every pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="205"/>
        <source>these are index separations (one ink per pixel, already dithered): halftoning them again ({method}) blurs their pixel edges into dots; use the index method to print each pixel as one square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="234"/>
        <source>{ink}: asked {lpi_asked:g} lpi at {angle_asked:g}°, the {dpi:g} dpi grid gives {lpi:.2f} lpi at {angle:.2f}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="266"/>
        <source>the separations are {dpi:g} dpi for a {lpi:g} lpi screen: below 1.5 × the ruling the dots show the pixels; aim for ~2 × ({aim:.0f} dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="68"/>
        <source>{a} ({a_angle:.2f}°, {a_lpi:.2f} lpi) and {b} ({b_angle:.2f}°, {b_lpi:.2f} lpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="85"/>
        <source>{pair} share one screen: no moiré between them, but their dots print on top of each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="102"/>
        <source>{pair} are {alpha:.1f}° apart: moiré period {period:.2f} mm ({ratio:.1f} × the dot spacing) (tolerable because {light} is light); keep strong colours 30° apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="113"/>
        <source>{pair} are {alpha:.1f}° apart: moiré period {period:.2f} mm ({ratio:.1f} × the dot spacing); keep strong colours 30° apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="135"/>
        <source>{ink}: {lpi:.1f} lpi is too fine for a {mesh} mesh ({ratio:.2f} threads per screen line, needs 4–5): use at most {most} lpi ({safe} lpi is safe) or a mesh of {finer} or finer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="157"/>
        <source>{ink}: {lpi:.1f} lpi on a {mesh} mesh ({ratio:.2f} threads per screen line) holds only with a dialled-in darkroom; {safe} lpi is safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="182"/>
        <source>{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the mesh&apos;s {direction:g}° direction (no measurable period between dot harmonic {k} and the threads); turn the screen by 7.5° or angle the mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="192"/>
        <source>{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the mesh&apos;s {direction:g}° direction (moiré period {period:.1f} mm between dot harmonic {k} and the threads); turn the screen by 7.5° or angle the mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="219"/>
        <source>{ink}: the smallest dot ({dot:g} %, {diameter:.0f} µm) is smaller than one opening plus one thread of a {mesh} mesh ({pitch:.0f} µm): it will not hold; raise the minimum dot to {need:.0f} % or use a finer mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="240"/>
        <source>{ink}: {size:.0f} µm dots are smaller than one opening plus one thread of a {mesh} mesh ({pitch:.0f} µm): they will not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="274"/>
        <source>{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey levels per halftone cell ({device} on the device grid), fewer than {minimum}: gradients will band; the supercell spreads {supercell} levels over several cells, which softens but does not remove the steps; raise the resolution to {raise_dpi:.0f} dpi or lower the ruling to {lower_lpi:.0f} lpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="287"/>
        <source>{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey levels per halftone cell ({device} on the device grid), fewer than {minimum}: gradients will band; raise the resolution to {raise_dpi:.0f} dpi or lower the ruling to {lower_lpi:.0f} lpi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="30"/>
        <location filename="../../hybridstudio/ui/server_settings.py" line="56"/>
        <source>Compute on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="33"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="34"/>
        <source>School server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="42"/>
        <source>The access token the school gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="43"/>
        <source>If the server cannot be reached, compute on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="45"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="47"/>
        <source>Ask the server who it is and which GPU it runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="57"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="58"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="90"/>
        <source>Connected to %1 as %2: %3, %4 models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="98"/>
        <source>Warning: this address is not encrypted (http); ask the school for an https address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="41"/>
        <source>Automatic (best available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="45"/>
        <source>Processor only (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="51"/>
        <source>Where AI steps run. If the device cannot be used, HybridStudio says so in the status bar and runs on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="57"/>
        <source>Automatic</source>
        <translation type="unfinished">Automatic</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="60"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="61"/>
        <source>Low (8 GB laptops: one model part in memory at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="66"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="75"/>
        <source>Memory kept for intermediate results, so that changing a late step never re-runs an early, expensive one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="80"/>
        <source>Hugging Face cache (HF_HOME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="87"/>
        <source>Autosaves, job history and imported models live here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="93"/>
        <source>Millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="94"/>
        <source>Inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="113"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="129"/>
        <source>Carbon intensity of your electricity (France: about 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="133"/>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="135"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="136"/>
        <source>Processor threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="137"/>
        <source>Memory mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="138"/>
        <source>GPU memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="139"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="141"/>
        <source>Cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="142"/>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="170"/>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="143"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="144"/>
        <source>Image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="145"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="147"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="149"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="150"/>
        <source>Energy estimates (when the hardware has no meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="152"/>
        <source>Power per processor core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="153"/>
        <source>Graphics card power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="154"/>
        <source>Grid carbon intensity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningBox</name>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="140"/>
        <source>Content credentials (C2PA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="146"/>
        <source>Put the prompt text inside the exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="150"/>
        <source>Off: the files say which model and seed made them but not your prompt; the .hybridstudio.json file beside them keeps it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="162"/>
        <source>Previous export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="174"/>
        <source>The files will be signed with this installation&apos;s own certificate (made on the first export); their credentials are shown in Image info once written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="181"/>
        <source>The files will be signed with the school&apos;s certificate: %1; their credentials are shown in Image info once written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="185"/>
        <source>The files will be signed with this installation&apos;s own certificate: %1; their credentials are shown in Image info once written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="23"/>
        <source>%1 MB</source>
        <extracomment>Check pictures a full run writes only when it finds something to show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="37"/>
        <source>16-bit TIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="39"/>
        <source>PDF at exact size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="51"/>
        <source>Negative %1 × %2 %3 at %4 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="58"/>
        <source>%1 ≈ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="120"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="123"/>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="135"/>
        <location filename="../../hybridstudio/ui/sizes.py" line="164"/>
        <source>every film, one page each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="139"/>
        <source>the films&apos; report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="153"/>
        <source>a check picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="155"/>
        <source>a check picture, only if some of the sheet is over the ink limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="160"/>
        <source>the separation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="161"/>
        <source>the list of inks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="14"/>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="15"/>
        <source>Colour and separations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="16"/>
        <source>Print and films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="17"/>
        <source>Analog looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="18"/>
        <source>Digital negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="19"/>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="26"/>
        <source>AI · generates the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="28"/>
        <source>AI · modifies the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="29"/>
        <source>Craft · no AI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../hybridstudio/core/i18n.py" line="184"/>
        <source>threads/cm</source>
        <extracomment>``tr(context, text)``: Qt&apos;s translator in the app, :func:`translate` in the CLI.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/i18n.py" line="184"/>
        <source>threads/in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="86"/>
        <source>Predicted print on the substrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="89"/>
        <source>Separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/payload.py" line="65"/>
        <location filename="../../hybridstudio/ui/views.py" line="90"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/payload.py" line="72"/>
        <source>Films overprinted in their inks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="112"/>
        <source>Predicted print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="113"/>
        <source>The negative (as printed on film)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="114"/>
        <source>Negative and predicted print side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="52"/>
        <location filename="../../hybridstudio/ui/views.py" line="68"/>
        <source>Result</source>
        <extracomment>Luma weights (Rec. 709) for the &quot;lightness&quot; channel view. payload kind → its views. A payload with its own ``views()`` and ``render_view(key)`` (films) needs no entry; a kind without either shows its ``preview_rgb()`` as the one &quot;result&quot; view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="69"/>
        <source>Red channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="70"/>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="71"/>
        <source>Blue channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="72"/>
        <source>Lightness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../hybridstudio/negative/resolve.py" line="50"/>
        <source>the calibration is for {calibrated}, not {process}: previewing as {process}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/resolve.py" line="65"/>
        <source>the calibration’s process “{process}” has no preset: the expected print is drawn in cyanotype colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/resolve.py" line="83"/>
        <source>no calibration: using the {process} starting curve — calibrate your own paper, chemistry and printer for accurate tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/resolve.py" line="97"/>
        <source>the calibration was made with a {calibrated} negative; printing {colour} changes the tones: recalibrate with this colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="154"/>
        <source>the image is fully transparent: nothing prints</source>
        <extracomment>Peak bytes per output pixel of a separation, measured by bench/bench_memory_budget.py: the resized RGB, its Lab, linear and float64 colour-science copies, the composite and its ΔE map, plus a coverage plane and a dithering temporary per ink.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="160"/>
        <source>the image has no resolution: it prints {width:.1f} mm wide (one image pixel per {dpi:g} dpi dot); give a printed width to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/stock.py" line="49"/>
        <source>colour of {inks} is an estimate (fluorescent/metallic): the print will differ from the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="278"/>
        <source>{share:g} % of the sheet carries more than {limit:.0f} % total ink (smudging, slow drying): the “coverage check” view shows where (coverage-check.png beside saved separations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/inks.py" line="152"/>
        <source>{ink}: Lab {lab} lies outside sRGB; the screen preview and the composite model use the nearest sRGB colour (ΔE2000 {de:.1f} away)</source>
        <extracomment>Out-of-gamut tolerance: a Lab ink whose sRGB clipping moves it further than this is reported.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="98"/>
        <source>{model} is licensed {licence}: not for commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="107"/>
        <source>{model}: licence unknown — check it before sharing or selling the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="117"/>
        <source>memory ran short: tiles were split {n} time(s), down to {tile} px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoomableView</name>
    <message>
        <location filename="../../hybridstudio/ui/zoom_view.py" line="84"/>
        <source>Screening the visible part of the film…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/zoom_view.py" line="86"/>
        <source>Screen the visible part of the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/zoom_view.py" line="100"/>
        <source>Too far out to show the dots: each screen pixel is the average of %1 × %1 film pixels. Zoom to %2 % or more to see single dots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="27"/>
        <source>Process card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="28"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="29"/>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="30"/>
        <source>Content credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="31"/>
        <source>AI disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="32"/>
        <source>Steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="33"/>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="34"/>
        <source>craft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="35"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="36"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="37"/>
        <source>File hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="38"/>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="39"/>
        <source>not documented in HybridStudio&apos;s model catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="40"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="41"/>
        <source>Without AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="42"/>
        <source>Cost of the whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="43"/>
        <source>%1 s of computing, %2, %3 (grid at %4 g CO2e/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="44"/>
        <source>estimated: the hardware gave no energy reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="45"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="46"/>
        <source>no preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../hybridstudio/cli.py" line="119"/>
        <source>cancelled — no partial output was left behind</source>
        <extracomment>Files the app opens when a user double-clicks them (the installers associate these suffixes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/cli.py" line="120"/>
        <source>not enough memory for this job: use a smaller image, size or resolution, or close other applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/cli.py" line="124"/>
        <source>an input file is nested too deeply to be read (a hostile or broken file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../hybridstudio/credentials/cli.py" line="12"/>
        <source>this installation&apos;s own certificate (made on first use; it proves that files come from this installation and were not changed, not who the author is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/cli.py" line="17"/>
        <source>the school&apos;s certificate chain, installed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="31"/>
        <source>valid: the file is exactly as it was signed</source>
        <extracomment>Failure codes meaning the asset&apos;s bytes no longer match what was signed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="32"/>
        <source>tampered: the image changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="33"/>
        <source>invalid: the content credentials are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="34"/>
        <source>no content credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="36"/>
        <source>signer trusted by this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="37"/>
        <source>signer not on any trust list known here (normal for another installation&apos;s key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>estimate</name>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="108"/>
        <source>Estimate: about {time} on this computer ({steps} steps, {per_step} each); peak memory about {peak} GB of {avail} GB available.</source>
        <extracomment>SD 1.x reference: parameters and multiply-accumulates per forward pass at 512 px share of a catalogue model&apos;s download taken by each part, when it is not on disk yet onnxruntime&apos;s CPU sessions hold the weights once, plus kernels&apos; packed copies (measured: SD 1.5&apos;s 3.20 GiB unet takes 3.25 GiB once loaded, its text encoder and VAE decoder a little more) activations of the unet per row, against the count below, as measured at 512 px on SD 1.5 and LCM (bench/bench_generate.py --real): in normal mode each session&apos;s memory arena keeps its largest blocks (2.07 GiB a row, the VAE decoder&apos;s kept beside them); without the arena (low-memory mode) 1.49 GiB the Python process, numpy, onnxruntime&apos;s libraries, the tokenizer bytes of UNet activations per latent pixel and row (convolutions at 320–1280 channels) bytes of VAE decoder activations per output pixel (128–512 channels at full size)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="113"/>
        <source>(First estimate from a quick speed test; it improves after each generation.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="116"/>
        <location filename="../../hybridstudio/upscale/estimate.py" line="33"/>
        <source>Warning: this is more memory than is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="117"/>
        <source>The low-memory mode (one part of the model loaded at a time) needs about {low} GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="120"/>
        <source>Choose a smaller size or fewer images at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/estimate.py" line="29"/>
        <source>Estimate: about {time} on this computer; peak memory about {peak} GB of {avail} GB available.</source>
        <extracomment>multiply-accumulates per parameter and input pixel, with the tiles&apos; context (about 1.2) onnxruntime&apos;s copy of the weights, its arena and the Python process</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="120"/>
        <source>Stable Diffusion 1.x</source>
        <extracomment>&quot;last&quot;: the output ``last_hidden_state``; &quot;penultimate&quot;: ``hidden_states.N``, the layer before last (SDXL) also gives the pooled, projected prompt embedding (output ``text_embeds``, SDXL&apos;s second) why a folder without it cannot run (the error names it) the base architecture a catalogue manifest names in ``[diffusion] family`` model_index.json ``_class_name`` values (diffusers, optimum, the diffusers ONNX converter) width of the text embeddings the unet reads (unet config ``cross_attention_dim``) VAE latent scale, when the VAE&apos;s config.json does not say (``scaling_factor``) image side it was trained at, when the unet&apos;s config.json does not say (``sample_size``) the unet takes SDXL&apos;s pooled prompt (``text_embeds``) and size conditioning (``time_ids``) &gt; 0: the unet takes the guidance scale as an embedding of this width (LCM&apos;s ``timestep_cond``, used when neither the graph nor the unet config gives the width) instead of running classifier-free guidance an empty negative prompt is fed as zeros, not encoded (SDXL&apos;s force_zeros_for_empty_prompt) adversarially distilled (SD-Turbo, SDXL-Turbo): &quot;turbo&quot; in the folder or hub name our scheduler when HybridStudio lacks the one in the model&apos;s scheduler_config.json img2img schedules steps / strength steps so that the usual number runs (not LCM: its schedule already spreads the few steps it runs over the strength) what the unet predicts, when scheduler_config.json does not say (``prediction_type``) Every family HybridStudio runs; where a folder fits several equally, the first wins.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="130"/>
        <source>Stable Diffusion 2.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="140"/>
        <source>SD-Turbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="153"/>
        <source>Latent Consistency Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="172"/>
        <source>Stable Diffusion XL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="184"/>
        <source>SDXL-Turbo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>memory</name>
    <message>
        <location filename="../../hybridstudio/commands/negative.py" line="145"/>
        <location filename="../../hybridstudio/steps/negative.py" line="84"/>
        <source>the negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="27"/>
        <source>{what}: {width}×{height} px ({mp} megapixels) needs about {need} GB of memory, but only {avail} GB is available. {hint}</source>
        <extracomment>Share of the available memory a job may take (the rest: the OS, the app, the page cache). The smallest image the pipeline takes (a 1×1 picture is a placeholder, not an image). Bytes per pixel of the float32 sRGB working space (one HxWx3 image).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="32"/>
        <source>{width}×{height} = {mp} megapixels is at or over the limit of {limit} megapixels (max_pixels in the settings): a decompression bomb or a mistake; raise max_pixels if it is a real image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="38"/>
        <source>Choose a smaller size or resolution (dpi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="39"/>
        <source>Use a smaller image, or a smaller tile (--tile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="40"/>
        <source>Use a smaller image or close other applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="104"/>
        <source>{what}: about {need} GB to write but only {free} GB free on {folder}. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/writer.py" line="46"/>
        <source>a film page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="172"/>
        <source>the separations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="155"/>
        <source>print size</source>
        <extracomment>The most pixels a print_size result may have (width and dpi are checked together).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="66"/>
        <source>the upscaled image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="139"/>
        <source>Upscale a smaller image, or crop it first.</source>
        <extracomment>Memory of the tiles in flight (inputs, model activations on the CPU), beyond the output.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>precision</name>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="25"/>
        <source>{name} is a half-precision (fp16) export: it needs a graphics card ({devices}), and this computer would run it on {device}, where it cannot run.</source>
        <extracomment>devices whose onnxruntime providers run fp16 graphs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="30"/>
        <source>{name} runs only on {devices} (its graphs use fused GPU operators), and this computer would run it on {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="35"/>
        <source>Download {variant} instead: the full-precision (fp32) variant, which runs on any device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="38"/>
        <source>The catalogue has no fp32 variant of it: make one with `{command}` and import the folder, or choose a model that runs on any device, such as {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="43"/>
        <source>To download it anyway (for another computer), use `hybridstudio models download {id} --anyway`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../hybridstudio/core/provenance.py" line="245"/>
        <source>craft</source>
        <extracomment>the device and onnxruntime provider of each model session the step ran (AI steps) how the step used AI: &quot;generates&quot; (an image from nothing) or &quot;modifies&quot;; None for craft Steps that make an image from nothing, for records whose steps do not carry their AI role (&quot;ai_role&quot;: records written before it, steps recorded outside the executor); any other AI step of such a record modified its input.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/provenance.py" line="248"/>
        <source>No AI used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/provenance.py" line="250"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/provenance.py" line="253"/>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safepaths</name>
    <message>
        <location filename="../../hybridstudio/core/safepaths.py" line="15"/>
        <source>{what} {name!r} points outside {root} (absolute paths and &apos;..&apos; are refused in files that travel between machines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="104"/>
        <source>Print size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="105"/>
        <source>Set the printed width and the resolution; the image is resampled so that it prints at exactly that size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="41"/>
        <source>Printed width (0 keeps the current pixel width and only sets the resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="51"/>
        <source>Resolution of the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="111"/>
        <source>The number of pixels across is the printed width in inches times the resolution. Enlargements use Lanczos interpolation, reductions average the pixels (area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="117"/>
        <source>In the darkroom the enlarger&apos;s column height sets the print size; in a print shop the size is set on the camera or the photocopier in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="177"/>
        <source>Greyscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="178"/>
        <source>Convert to grey by the eye&apos;s luminance, or as black and white film sees through a coloured filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="65"/>
        <source>Lens filter, as on a camera loaded with black and white film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="26"/>
        <source>No filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="27"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="28"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="29"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="30"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="31"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="183"/>
        <source>The channels are mixed in linear light with weights (Rec. 709 luminance, or a filter&apos;s transmission), then encoded back to sRGB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="189"/>
        <source>Photograph on panchromatic black and white film; a red filter darkens blue skies, a green one lightens foliage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="216"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="217"/>
        <source>Set the black point, the white point and the mid-tones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="76"/>
        <source>Input level that becomes black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="84"/>
        <source>Input level that becomes white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="92"/>
        <source>Mid-tones: above 1 lightens, below 1 darkens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="219"/>
        <source>Each value is stretched between the black and white points, then raised to the power 1/gamma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="223"/>
        <source>In the darkroom: exposure sets the highlights, paper grade (contrast) sets the distance between black and white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="51"/>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="148"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="170"/>
        <location filename="../../hybridstudio/analog/options.py" line="67"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="74"/>
        <source>Angles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="75"/>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="130"/>
        <source>Border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="75"/>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="254"/>
        <location filename="../../hybridstudio/analog/options.py" line="62"/>
        <location filename="../../hybridstudio/negative/options.py" line="82"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="40"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="113"/>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="96"/>
        <location filename="../../hybridstudio/steps/basic.py" line="50"/>
        <source>DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="205"/>
        <source>Dmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="107"/>
        <location filename="../../hybridstudio/separation/options.py" line="144"/>
        <source>Dot gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="267"/>
        <source>Dust per cm2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="64"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="86"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="340"/>
        <source>Exposure EV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="162"/>
        <source>Focal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="62"/>
        <location filename="../../hybridstudio/analog/options.py" line="56"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="184"/>
        <location filename="../../hybridstudio/steps/basic.py" line="91"/>
        <source>Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="84"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="274"/>
        <source>Hairs per cm2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="109"/>
        <location filename="../../hybridstudio/negative/options.py" line="113"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="20"/>
        <source>Automatic (opaque for screen spot colours and garments)</source>
        <extracomment>The separation methods as a choice: one member per registered method module, in list order (adding a method module adds its member).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="21"/>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="22"/>
        <source>Opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="26"/>
        <source>Smooth (halftone-ready tints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="27"/>
        <source>Hard (solid areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="32"/>
        <source>Blue noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="33"/>
        <source>No dither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="37"/>
        <source>No black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="38"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="39"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="40"/>
        <source>Heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="41"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="45"/>
        <source>From the ink library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="46"/>
        <source>Risograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="47"/>
        <source>Screen printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="48"/>
        <source>Digital print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="52"/>
        <source>Perceptual (CIEDE2000, within the ink limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="53"/>
        <source>Least squares (earlier solve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="65"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="66"/>
        <source>How the inks are found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="363"/>
        <location filename="../../hybridstudio/separation/options.py" line="71"/>
        <source>Inks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="72"/>
        <source>Number of inks (0 = automatic: spot finds it, stock takes 3, index 6, simulated 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="80"/>
        <source>Ink library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="81"/>
        <source>Ink library: riso, screenprint, a library of your own, or a .toml file (empty = riso for stock, screenprint otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="90"/>
        <source>Paper or garment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="91"/>
        <source>Paper or garment: paper-white, kraft, garment-black, … or a colour &apos;#rrggbb&apos; (empty = paper-white, garment-black for simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="100"/>
        <source>Your inks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="101"/>
        <source>Inks you choose yourself (names from the library or &apos;#rrggbb&apos;), instead of automatic ones; for stock, inks that must be among the chosen ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="110"/>
        <source>Ink opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="111"/>
        <source>Opacity of automatic spot inks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="115"/>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="116"/>
        <source>Spot colours: smooth (halftone-ready tints) or hard (solid areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="120"/>
        <source>Dither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="121"/>
        <source>Index: error diffusion or blue-noise dither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="125"/>
        <source>Black generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="126"/>
        <source>CMYK black generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="130"/>
        <source>CMYK profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="131"/>
        <source>CMYK: your own CMYK output ICC profile (empty = one generated for the process inks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="140"/>
        <source>Printing process (sets the dot gain and riso rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="145"/>
        <source>Tone value increase at 50 % (empty = the library&apos;s or the process&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="152"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="153"/>
        <source>Output resolution (0 = 600 for riso, 200 for index, else the image&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="160"/>
        <source>Printed width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="161"/>
        <source>Printed width (0 = from the image&apos;s resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="168"/>
        <source>Underbase choke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="176"/>
        <source>Trap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="177"/>
        <source>Trap: spread lighter inks under darker ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="185"/>
        <source>Highlight white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="186"/>
        <source>Simulated process: highlight white on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="190"/>
        <source>Misregistration preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="191"/>
        <source>Preview drums shifted by up to this much (0 = off; riso ±0.5 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="199"/>
        <source>Total ink limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="200"/>
        <source>Flag areas with more total ink than this (empty = 85 % for riso, off otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="209"/>
        <source>Solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="210"/>
        <source>Spot and stock coverages: perceptual (smallest CIEDE2000, total ink kept within the coverage limit, fewest ink within the tolerance) or least-squares (the earlier solve, the limit only flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="219"/>
        <source>Ink tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="220"/>
        <source>Perceptual solve: how much colour accuracy (ΔE2000) may be given up to lay less ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="390"/>
        <source>LPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="154"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="308"/>
        <source>Light angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="219"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="144"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="131"/>
        <source>Max dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="139"/>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="151"/>
        <source>Mesh angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="123"/>
        <source>Min dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="84"/>
        <location filename="../../hybridstudio/negative/options.py" line="137"/>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="369"/>
        <source>Misregistration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="55"/>
        <location filename="../../hybridstudio/upscale/options.py" line="26"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="60"/>
        <location filename="../../hybridstudio/film/job.py" line="89"/>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="79"/>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="74"/>
        <location filename="../../hybridstudio/negative/options.py" line="168"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="323"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="233"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="288"/>
        <source>Polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="74"/>
        <source>Print width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="49"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="93"/>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="281"/>
        <source>Scratches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="385"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="29"/>
        <location filename="../../hybridstudio/diffusion/options.py" line="66"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="198"/>
        <source>Shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="159"/>
        <source>Show label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="111"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="140"/>
        <location filename="../../hybridstudio/analog/options.py" line="74"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="77"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="149"/>
        <source>Strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="348"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="377"/>
        <source>Texture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="126"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="32"/>
        <source>Tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="191"/>
        <source>Toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="83"/>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="101"/>
        <location filename="../../hybridstudio/negative/options.py" line="104"/>
        <location filename="../../hybridstudio/steps/basic.py" line="40"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="63"/>
        <source>Film format the image stands for: its long side spans the frame&apos;s long side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="18"/>
        <source>Colour negative film</source>
        <extracomment>What the forms call the film looks and alternative processes (ids are written in recipes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="19"/>
        <source>Slide film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="24"/>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="26"/>
        <source>Lith print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="75"/>
        <source>Print size of the long side when the image has no dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="69"/>
        <source>Film grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="70"/>
        <source>Grain of a real film stock, sized on the film so it looks the same at any pixel count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="20"/>
        <source>The stock&apos;s own</source>
        <extracomment>Every film stock whose grain is measured (:data:`hybridstudio.analog.stocks.STOCKS`). The stock&apos;s own format, or a film frame (:data:`hybridstudio.analog.gate.FORMATS`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="39"/>
        <source>As the stock is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="40"/>
        <source>Mono (silver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="41"/>
        <source>Colour (one per dye layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="50"/>
        <location filename="../../hybridstudio/analog/options.py" line="51"/>
        <source>Film stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="57"/>
        <source>Film format (stock: the stock&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="63"/>
        <source>Mono grain, one grain per dye layer, or the stock&apos;s kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="68"/>
        <source>Strength (1 = the stock&apos;s RMS granularity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="75"/>
        <source>Grain size factor (physical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="30"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="74"/>
        <source>The Boolean model of Newson et al. (2017): silver grains or dye clouds are discs scattered at random on a virtual film frame measured in micrometres, denser where the image is brighter. From the model&apos;s exact variance and correlation at each grey level, noise with the same statistics is drawn for every pixel; the grain size is solved so that a 48 µm microdensitometer reads the stock&apos;s RMS granularity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="82"/>
        <source>Shoot and print real film: a fast film (Tri-X at 400–1600), push development, a grainy developer (Rodinal) and a large enlargement give coarse grain; print on a hard grade of paper to make it crisp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="119"/>
        <source>Halation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="120"/>
        <source>Red-orange glow around highlights, as on film without an anti-halation layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="112"/>
        <source>Spread of the glow on the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="120"/>
        <source>Share of highlight light scattered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="127"/>
        <source>Linear light level where highlights start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="124"/>
        <source>In linear light, the bright part of each channel is spread by a sum of Gaussians sized in micrometres on the film and added back around the highlight, mostly in red, less in green, none in blue; the same light is taken from the highlight, so the total is preserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="130"/>
        <source>Shoot CineStill 800T or motion-picture film with its rem-jet backing removed, with bright lights in the frame; light bounces off the back of the base and glows red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="146"/>
        <source>Bloom / diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="147"/>
        <source>Soft glow of a diffusion filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="141"/>
        <source>Spread on the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="149"/>
        <source>Share of the light diffused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="149"/>
        <source>A fraction of the image, in linear light, is replaced by a blurred copy: light spreads from bright areas into their surroundings, and nothing is added or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="154"/>
        <source>Put a diffusion filter (Pro-Mist, Softar), a stocking or a breath of vapour on the lens, or diffuse the enlarger&apos;s light during part of the print exposure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="168"/>
        <source>Vignetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="169"/>
        <source>Darker corners of a real lens (cos⁴ law).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="163"/>
        <source>Focal length of the lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="171"/>
        <source>Strength (1 = the physical falloff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="171"/>
        <source>Light reaching the film at an angle θ from the axis falls as cos⁴θ; θ comes from the focal length and the position on the frame. Applied in linear light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="176"/>
        <source>Use a wide-angle lens wide open, or a lens hood too long for it; in the darkroom, burn in the corners of the print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="191"/>
        <source>Characteristic curve (H&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="192"/>
        <source>Film tone curve with toe and shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="185"/>
        <source>Contrast: slope of density against log exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="192"/>
        <source>Width of the toe (shadow roll-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="199"/>
        <source>Width of the shoulder (highlight roll-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="206"/>
        <source>Maximum density (depth of the blacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="87"/>
        <source>Exposure change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="194"/>
        <source>Each linear value is an exposure; the curve gives a density with a straight part of slope gamma between a soft toe and shoulder; the picture is the light the positive reflects, 10 to the minus density, with 18 % grey kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="200"/>
        <source>Choose film, developer and paper grade: longer development raises gamma; a softer paper grade or a compensating developer stretches the toe and shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="214"/>
        <source>Colour negative / slide look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="215"/>
        <source>Tone and colour of a printed colour negative or of a slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="220"/>
        <source>Kind of film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="99"/>
        <source>Mix with the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="217"/>
        <source>One H&amp;D curve per colour layer, with slightly different contrasts and speeds (the cross-over that makes negative prints warm in the highlights and cool in the shadows), then a saturation change; slides have a steep curve and deep blacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="223"/>
        <source>Shoot colour negative film and print it on RA-4 paper, or shoot slide film (E-6) and project it; cross-processing slide film in C-41 exaggerates the look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="237"/>
        <source>Chromatic aberration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="238"/>
        <source>Colour fringes towards the corners, as with a simple lens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="234"/>
        <source>Red/blue magnification difference, in % of the radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="240"/>
        <source>Red is magnified and blue shrunk about the centre by a fraction of a percent, so edges near the corners get red and blue fringes. Put it before grain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="245"/>
        <source>Use an old or single-element lens (a Holga, a Lensbaby, a reversed magnifier) wide open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="257"/>
        <source>Light leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="258"/>
        <source>Warm fogging from one edge of the frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="98"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="119"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="247"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="248"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="301"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="302"/>
        <location filename="../../hybridstudio/diffusion/options.py" line="154"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="255"/>
        <source>Colour of the leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="260"/>
        <source>A few soft, seeded blobs of light enter from one edge and are added as exposure in linear light; the film&apos;s red-sensitive layer, nearest the back, catches most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="265"/>
        <source>Open the camera back for an instant, use a toy camera with a worn seal, or let light in while loading the film.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="284"/>
        <source>Dust and scratches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="285"/>
        <source>Dust specks, hairs and scratches of a handled film.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="268"/>
        <source>Dust specks per cm² of film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="275"/>
        <source>Hairs per cm² of film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="282"/>
        <source>Number of scratches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="289"/>
        <source>white: dirt on a scanned negative; dark: on a print or slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="46"/>
        <source>White specks (scanned negative)</source>
        <extracomment>A film frame (:data:`hybridstudio.analog.gate.FORMATS`): sizes on the film follow from it. The printed looks of :data:`hybridstudio.analog.curves.LOOKS`. The processes of :data:`hybridstudio.analog.processes.PROCESSES`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="47"/>
        <source>Dark specks (print or slide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="287"/>
        <source>Seeded specks, curved hairs and lengthwise scratches are drawn anti-aliased at their size on the film (micrometres), so a preview shows the same defects smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="292"/>
        <source>Skip the blower brush and the anti-static cloth; drag the film through a gritty cassette; print or scan without cleaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="314"/>
        <source>Paper texture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="315"/>
        <source>Tooth and fibres of a fine-art paper under raking light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="309"/>
        <source>Direction of the light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="317"/>
        <source>A seeded height map with a paper&apos;s tooth (0.3 mm), fibres (1–3 mm streaks) and cockle (1–2 cm), sized on the print, shades the image as light grazing the sheet would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="322"/>
        <source>Print on cold-pressed watercolour or hand-made paper and light it from the side; photograph or scan it at an angle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="338"/>
        <source>Colour LUT (.cube)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="339"/>
        <source>Apply a 1-D or 3-D .cube look-up table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="323"/>
        <source>The .cube file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="341"/>
        <source>The file is checked line by line and read by colour-science; a 3-D table is applied with tetrahedral interpolation inside its DOMAIN_MIN/MAX, a 1-D table per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="346"/>
        <source>A LUT stores a colour grade; in the darkroom the same role is played by the choice of film, paper, the colour filtration of the enlarger and toners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="373"/>
        <source>Alternative process look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="374"/>
        <source>Cyanotype, Van Dyke brown, platinum/palladium, salt or lith print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="334"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="335"/>
        <location filename="../../hybridstudio/negative/options.py" line="69"/>
        <location filename="../../hybridstudio/separation/options.py" line="139"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="341"/>
        <source>Printing exposure change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="349"/>
        <source>Paper texture in the density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="378"/>
        <source>The image&apos;s luminance drives the process&apos;s own tone curve in density (toe, gamma, shoulder, maximum density); the colour follows Beer–Lambert from the paper white to the process&apos;s deepest colour, and the paper&apos;s fibres modulate the density.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="384"/>
        <source>Make a digital negative, coat paper with the sensitiser (for cyanotype: ferric ammonium citrate and potassium ferricyanide), contact-print it in the sun or under UV, then wash (and for silver processes, fix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="408"/>
        <source>Risograph look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="409"/>
        <source>Spot inks with stencil texture and misregistration, multiplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="364"/>
        <source>Inks, in print order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="370"/>
        <source>Typical drum misregistration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="378"/>
        <source>Ink starvation and mottle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="386"/>
        <source>Halftone dots, stochastic grain (Grain Touch) or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="53"/>
        <source>Halftone dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="54"/>
        <source>Stochastic grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="55"/>
        <source>No screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="391"/>
        <source>Screen ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="413"/>
        <source>The image is split into the chosen inks by least squares in the multiply model; each layer gets stencil dot gain, ink mottle and speckle, a seeded offset and rotation, and the layers multiply on the paper like transparent inks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="419"/>
        <source>Separate the image by hand into one grey master per ink, print each master on a risograph with its drum, and feed the paper again for each colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="24"/>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="25"/>
        <source>Turn each separation into a 1-bit film positive at the output resolution: halftone dots (AM, with dot shape, ruling and angle), stochastic (FM), index or error diffusion; registration marks and a label on every film; one G4 TIFF per film and one PDF at exact physical size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="48"/>
        <source>Screening: am = halftone dots, fm = stochastic blue noise, index = square pixels, diffusion = error diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="57"/>
        <source>Film resolution (the printer&apos;s or imagesetter&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="65"/>
        <source>Halftone ruling (lines per inch); the mesh should count 4–5 threads per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="75"/>
        <source>Screen angle per film in print order (one value: the same for all; empty: chosen from the ink lightness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="86"/>
        <source>Dot shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="90"/>
        <location filename="../../hybridstudio/screening/spec.py" line="91"/>
        <source>FM dot size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="100"/>
        <source>Index screening: square pixels per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="108"/>
        <source>Dot-gain compensation preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="114"/>
        <source>Your own compensation curve, &apos;in:out&apos; percentages, e.g. &apos;0:0, 50:35, 100:100&apos; (replaces the preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="124"/>
        <source>Smallest dot the press holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="132"/>
        <source>Largest dot before it fills in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="140"/>
        <source>Screen mesh count: threads per inch, or per centimetre written as &quot;90/cm&quot; in recipes (0: not a screen print / unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="152"/>
        <source>Angle of the mesh weave on the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="75"/>
        <source>Film page: A4, A3, A3+, A2, letter, tabloid, or a custom WxH in mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="80"/>
        <source>Page orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="85"/>
        <source>Mirror the films (wrong-reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="90"/>
        <source>Negative films (clear ink, black background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="33"/>
        <source>Each separation goes through the dot-gain compensation curve and the printable-dot clamp, is resampled to the film resolution band by band, and compared with a threshold tile: for halftone dots, the pixels of each rotated cell ranked by the dot shape, on the device grid (the ruling and angle really achieved are reported); for FM, a blue-noise order. The 1-bit bands are packed and written as CCITT Group 4 TIFFs, then embedded unchanged in a PDF whose pages are the films&apos; physical size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="42"/>
        <source>A process camera shot the artwork through a contact halftone screen onto lith film, one exposure per colour, turning the screen for each; registration marks were taped on and the film was labelled by hand. Today a RIP does the same on inkjet film.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="22"/>
        <source>By hand, a digital negative is calibrated in three passes (Anderson &amp; Reeder, Ware, Easy Digital Negatives). First find the standard printing time: the shortest exposure that gives the process&apos;s deepest black through clear film. Then set the ink limit (or the negative colour&apos;s density) so that the densest patch just prints paper white. Last, print a step wedge — 21 steps (Stouffer-like, as in QuadToneRIP&apos;s LINEARIZE) or 101 patches of 1 % (ChartThrob) — through a linear negative, scan it, divide by the paper white, read each patch, and build a correction curve: ChartThrob solves 14 evenly spaced targets by inverse interpolation and writes a Photoshop Curves layer; EDN builds a lookup table from the scan and merges a second correction print with the first; QTR users type the L* readings into a LINEARIZE line. Mark Nelson&apos;s Precision Digital Negatives adds a colour-palette test to pick the negative colour that blocks UV best for the process. The negative is inverted, curved, coloured, flipped horizontally for emulsion-to-emulsion contact and printed with colour management off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="70"/>
        <source>The printing process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="76"/>
        <source>Calibration file (.negcal.json); empty: the process&apos;s starting curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="83"/>
        <source>Negative colour; empty: the calibration&apos;s or the process&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="44"/>
        <source>Digital negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="45"/>
        <source>A calibrated, coloured, mirrored inkjet negative for contact printing in cyanotype, Van Dyke, salt or platinum/palladium, at exact physical size (16-bit TIFF and PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="22"/>
        <location filename="../../hybridstudio/negative/options.py" line="22"/>
        <source>Cyanotype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="23"/>
        <location filename="../../hybridstudio/negative/options.py" line="23"/>
        <source>Van Dyke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="25"/>
        <location filename="../../hybridstudio/negative/options.py" line="24"/>
        <source>Salt print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="25"/>
        <source>Platinum/palladium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="35"/>
        <source>Clear film</source>
        <extracomment>The process presets (resources/negative), named for the forms.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="36"/>
        <source>Dense film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="42"/>
        <source>A5 (148 × 210 mm)</source>
        <extracomment>PDF page sizes: the negative&apos;s own size, or a paper size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="43"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="44"/>
        <source>A3 (297 × 420 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="45"/>
        <source>A3+ (329 × 483 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="46"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="47"/>
        <source>US Legal (8.5 × 14 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="48"/>
        <source>Tabloid (11 × 17 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="49"/>
        <source>5 × 7 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="50"/>
        <source>8 × 10 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="51"/>
        <source>11 × 14 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="56"/>
        <source>The negative&apos;s own size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="97"/>
        <source>Printer resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="105"/>
        <source>Printed image width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="114"/>
        <source>Printed image height (when no width is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="123"/>
        <source>Border around the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="122"/>
        <source>Border width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="131"/>
        <source>Border: clear film (prints black, shows the brush marks) or dense (prints white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="138"/>
        <source>Mirror for emulsion-to-emulsion contact (print side of the film on the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="145"/>
        <source>Crop marks at the image corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="150"/>
        <source>An 11-step control wedge under the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="155"/>
        <source>Label under the image; empty: process, curve, colour, size, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="159"/>
        <source>Print the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="163"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="164"/>
        <source>Also write a PDF at the exact size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="169"/>
        <source>PDF page size (fit: the negative&apos;s own size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="54"/>
        <source>Each pixel&apos;s lightness (CIE L*) is the print tone wanted. The calibration curve — fitted from a scanned step-wedge print by isotonic regression and a monotone spline — turns it into an ink amount through a 65536-entry table (16 bit in, 16 bit out, no banding in steep highlights). Light tones get dense ink, so the image is inverted. The ink is laid in the negative colour (a UV-blocking colour for the process), the sheet is mirrored, and the image is resampled strip by strip at the printer&apos;s resolution so even 2880 dpi negatives stream to disk. The TIFF carries its resolution, so the image prints at exactly the size asked; the PDF page has the exact size too. No AI is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="150"/>
        <source>Expected alternative-process print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="151"/>
        <source>Previews the tones and colour a calibrated negative should give in cyanotype, Van Dyke, salt or platinum/palladium: the calibration&apos;s simulation, not an artistic look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="160"/>
        <source>The image&apos;s L* goes through the calibration curve to an ink amount, as in the negative. With a calibration, the measured response of the process gives the print tone; without one, a characteristic (toe/shoulder) curve of the process does. The tone is then coloured between the paper white and the process&apos;s maximum black (Prussian blue, brown, neutral-warm black) by scaling the colourant&apos;s density.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="25"/>
        <source>AI upscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="26"/>
        <source>Enlarge the image 2 or 4 times with a super-resolution neural network that invents plausible fine detail. The printed size stays the same; the resolution (dpi) is multiplied by the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="16"/>
        <source>AI model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="17"/>
        <source>Lanczos (no AI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="27"/>
        <source>Model id from `hybridstudio models list`, or the path of an .onnx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="33"/>
        <source>Tile size in input pixels (0 = chosen from the free memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="41"/>
        <source>Pixels of surrounding image each tile sees and then drops, so that tiles join without seams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="52"/>
        <source>How transparency is enlarged: by the model (crisp edges) or by Lanczos interpolation (faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="34"/>
        <source>A convolutional network (ESRGAN family) trained on pairs of photos and their reduced copies predicts each new pixel from its neighbourhood. The picture is cut into tiles that overlap by a margin; only the centre of each result is kept, so the tiles join exactly as if the whole picture had been processed at once. The detail it adds is a statistical guess learnt from its training photos, not information recovered from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="43"/>
        <source>Enlarge optically: an enlarger or a process camera projects the original larger onto film or paper; for line art, redraw or trace at the larger size; in the print shop a coarser halftone screen or a deliberate grain hides the missing detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="26"/>
        <source>Euler</source>
        <extracomment>the fast model under a permissive licence (MIT), the default for recipes Names of the schedulers (proper names stay as they are in French too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="27"/>
        <source>Euler ancestral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="28"/>
        <source>DDIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="29"/>
        <source>LCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="30"/>
        <source>DPM++ 2M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="36"/>
        <source>The model&apos;s own</source>
        <extracomment>The model&apos;s own scheduler, or one of ours by name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="50"/>
        <source>What the picture shows, in words (English works best with these models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="56"/>
        <source>A catalogue model id (see `hybridstudio models list`) or a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="61"/>
        <source>What to steer away from (models that use guidance only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="67"/>
        <source>Starting noise: the same seed and settings give the same image (empty: a new seed, written in the process record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="78"/>
        <source>Denoising steps (empty: the model&apos;s own, e.g. 4 for LCM, 1 for Turbo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="85"/>
        <source>How strongly the prompt steers (empty: the model&apos;s own; 0–1 turns it off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="94"/>
        <source>How noise is removed step by step (&apos;model&apos;: the one the model came with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="102"/>
        <source>Width in pixels, a multiple of 8 (empty: the model&apos;s size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="110"/>
        <source>Height in pixels, a multiple of 8 (empty: same as the width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="137"/>
        <source>Latents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="138"/>
        <source>Explicit starting noise: a NumPy .npy file, float32 [1, 4, H/8, W/8] (empty: drawn from the seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="19"/>
        <source>A diffusion model learnt to remove noise from millions of captioned pictures. It starts from a small grid of pure noise (one cell per 8×8 pixels), and at each step a network (the unet) guesses which part of it is noise, given your words as numbers from a text encoder; the scheduler removes that part. After the last step a decoder turns the grid into pixels. The seed fixes the starting noise, so the same seed and settings give the same picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="62"/>
        <source>Generate from a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="63"/>
        <source>Make a picture from a text prompt with a diffusion model running on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="71"/>
        <source>Without AI the picture starts from a drawing: a thumbnail sketch, a collage of found images, or a photograph, worked up by hand on a light table before it is separated for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="110"/>
        <source>Rework an image from a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="111"/>
        <source>Start from your scan or drawing and let a diffusion model rework it towards a text prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="155"/>
        <source>How much of the start image is replaced: 0.2 keeps the drawing and changes the surface, 0.9 keeps little more than the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="118"/>
        <source>The start image is encoded into the model&apos;s grid of latents, noise is added according to the strength, and only the last part of the denoising is run, guided by the prompt: a low strength keeps your lines and composition, a high one keeps only the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="124"/>
        <source>Without AI: trace the drawing on a light table and rework it by hand, or transfer it to a lino block or a screen and let the print process change its surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/separate.py" line="25"/>
        <source>Colour separations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/separate.py" line="26"/>
        <source>Split the image into one greyscale plate per ink — for screens or riso drums — and predict the print: spot colours, the best inks from your stock, index, CMYK or simulated process on dark garments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/separate.py" line="33"/>
        <source>A print model predicts the result: transparent inks multiply over the paper (every overlap of dots weighted as in the Neugebauer–Demichel equations, with dot gain), opaque inks cover what is under them in print order. For each colour of the image the coverages of the inks that bring the predicted print closest to it (CIEDE2000 in CIELAB) are solved. &apos;Stock&apos; tries sets of inks from your library on a sample of the image and keeps the set with the smallest error. Index maps every pixel to one ink with dithering; CMYK goes through an ICC profile with LittleCMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/separate.py" line="43"/>
        <source>By hand, separations are drawn on film: one sheet of drafting film per colour, painted with opaque ink or cut in rubylith, registered with pins and crosses. Photographic separations were shot through red, green and blue filters onto lith film. Tints come from hand-applied screen tones (Letratone) or a halftone contact screen in the process camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="19"/>
        <source>Halftone dots (AM)</source>
        <translation>Halftone dots (AM)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="20"/>
        <source>Stochastic (FM, blue noise)</source>
        <translation>Stochastic (FM, blue noise)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="21"/>
        <source>Index (square pixels)</source>
        <translation>Index (square pixels)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="22"/>
        <location filename="../../hybridstudio/separation/options.py" line="31"/>
        <source>Error diffusion</source>
        <translation>Error diffusion</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="31"/>
        <source>No compensation</source>
        <extracomment>The dot-gain compensation presets (:data:`GAIN_PRESETS`), named with their gain at 50 %.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="32"/>
        <source>Risograph (25 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="33"/>
        <source>Automatic press, garments (30 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="34"/>
        <source>Manual press, garments (40 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="47"/>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="56"/>
        <source>Film resolution</source>
        <translation>Film resolution</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="64"/>
        <source>Ruling</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="99"/>
        <source>Index resolution</source>
        <translation>Index resolution</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="62"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="63"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="64"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="24"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="25"/>
        <source>Elliptical (chain)</source>
        <translation>Elliptical (chain)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="26"/>
        <source>Euclidean (square at 50 %)</source>
        <translation>Euclidean (square at 50 %)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="27"/>
        <source>Square</source>
        <translation>Square</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="28"/>
        <source>Diamond</source>
        <translation>Diamond</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="29"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="30"/>
        <source>35 mm still (24×36 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="31"/>
        <source>35 mm half frame (18×24 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="32"/>
        <source>Super 35 cine (24.89×18.66 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="33"/>
        <source>Super 16 cine (12.52×7.41 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="34"/>
        <source>120 roll film 6×4.5 (56×41.5 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="35"/>
        <source>120 roll film 6×6 (56×56 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="36"/>
        <source>120 roll film 6×7 (69.5×56 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="37"/>
        <source>4×5 inch sheet (120×95 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="38"/>
        <source>8×10 inch sheet (245×195 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/cmyk.py" line="50"/>
        <source>CMYK process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/index.py" line="61"/>
        <source>Index (one ink per pixel, dithered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/simulated.py" line="45"/>
        <source>Simulated process (dark garments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/spot.py" line="33"/>
        <source>Spot colours from the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/stock.py" line="63"/>
        <source>Best inks from your stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
