<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Device</name>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="21"/>
        <source>No AI runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="21"/>
        <source>onnxruntime could not be loaded (%1): AI steps cannot run, craft steps still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="29"/>
        <source>%1 (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="30"/>
        <source>You asked for %1, but AI steps will run on %2 because %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="38"/>
        <source>AI steps run on the processor (%1). Everything works, only slower. onnxruntime offers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="45"/>
        <source>AI steps run on %1 (onnxruntime offers %2).</source>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="43"/>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="119"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="63"/>
        <source>The image, at full resolution, in the format chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="65"/>
        <source>Riso masters and screen separations: one greyscale TIFF per ink at its print resolution, in print order, with separations.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="69"/>
        <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="71"/>
        <source>The result of the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="76"/>
        <source>Every file carries its process record (what was AI, what was craft, models, prompts, seeds, energy), embedded where the format allows and as a .hybridstudio.json file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="84"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="97"/>
        <source>Also make films: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="112"/>
        <source>Show the folder when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="137"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="193"/>
        <source>No image generator is installed yet. Open an image instead, or add a diffusion model in Tools › Models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="200"/>
        <source>Describe the picture you want. It is made on this computer, and the process record will say it was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="204"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="205"/>
        <source>e.g. a linocut of a heron in the reeds, bold shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="206"/>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="207"/>
        <source>what you do not want: blurry, text, watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="208"/>
        <source>A new random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="209"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="210"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="211"/>
        <source>How it works, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="214"/>
        <source>Each frame is the picture after one denoising step. The model starts from pure noise; at every step it predicts the noise that hides the image, and the scheduler decides how much of it to remove. Early steps settle the composition, late steps the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="238"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="248"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="40"/>
        <source>Not enough memory for this job. Try the low-memory mode in Settings, a smaller image, or closing other programs.</source>
        <extracomment>Progress and pictures reach the GUI at most this often (seconds), so a chatty step cannot flood the event loop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="46"/>
        <source>A file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="50"/>
        <source>HybridStudio may not write there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="54"/>
        <source>The system refused a file operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="58"/>
        <source>Something went wrong inside HybridStudio (%1: %2). The details below help us fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="144"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="149"/>
        <location filename="../../hybridstudio/ui/jobs.py" line="153"/>
        <location filename="../../hybridstudio/ui/jobs.py" line="255"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="218"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="265"/>
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
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="224"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="225"/>
        <source>Stop the selected job; nothing half-written is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="226"/>
        <source>Show files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="227"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="229"/>
        <source>Select a job to see what it made, its warnings and what it cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="256"/>
        <source>Files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="258"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="260"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="263"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="265"/>
        <source>(energy estimated from compute time: the hardware gave no meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="267"/>
        <source>Technical details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="331"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="332"/>
        <source>Shipped &amp;recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="333"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="334"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="335"/>
        <location filename="../../hybridstudio/ui/main_window.py" line="362"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="336"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="337"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="340"/>
        <source>&amp;Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="340"/>
        <source>Open a photo, a scan or a drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="341"/>
        <source>Open re&amp;cipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="341"/>
        <source>Open a recipe file (.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="342"/>
        <source>&amp;New recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="342"/>
        <source>Start an empty recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="343"/>
        <source>&amp;Save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="343"/>
        <source>Save the recipe as a plain file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="344"/>
        <source>Save recipe &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="346"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="348"/>
        <source>Write the result at full resolution: images, separations, films, with the process record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="351"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="352"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="353"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="354"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="355"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="355"/>
        <source>Fit the image in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="356"/>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="356"/>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="358"/>
        <source>Before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="359"/>
        <source>Compare the original and the result with a split you can drag (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="361"/>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="362"/>
        <source>Run the recipe at full resolution (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="363"/>
        <source>&amp;Cancel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="363"/>
        <source>Stop every running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="364"/>
        <source>&amp;Live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="365"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="365"/>
        <source>The AI models: download, import, check, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="366"/>
        <source>&amp;About HybridStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="367"/>
        <source>&amp;Explain this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="373"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="374"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="375"/>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="376"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="377"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="378"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="381"/>
        <source>Drop an image or a recipe here, or use File › Open image…

Or write a prompt in the Generate panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="385"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="385"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="411"/>
        <source>Untitled recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="415"/>
        <source>generated image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="426"/>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="455"/>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="457"/>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="470"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="483"/>
        <source>Could not open the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="486"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="507"/>
        <source>Open recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="507"/>
        <location filename="../../hybridstudio/ui/main_window.py" line="530"/>
        <source>Recipes (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="516"/>
        <source>Could not open the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="530"/>
        <source>Save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="538"/>
        <source>Could not save the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="540"/>
        <source>Recipe saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="570"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="653"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="656"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="657"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="667"/>
        <source>The recipe is empty: add a step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="674"/>
        <source>The recipe cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="677"/>
        <source>Open an image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="700"/>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="702"/>
        <source>Exported %1 files. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="707"/>
        <source>The job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="709"/>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="709"/>
        <source>Run “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="737"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="759"/>
        <source>Generation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="762"/>
        <source>Generate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="833"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="871"/>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="932"/>
        <source>About HybridStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="934"/>
        <source>&lt;h3&gt;HybridStudio %1&lt;/h3&gt;&lt;p&gt;Local AI and craft image making for art schools and print workshops. Everything runs on this computer; every output says what was AI and what was craft, and what it cost in energy.&lt;/p&gt;&lt;p&gt;Free software (GPL 3 or later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="968"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="973"/>
        <source>Restore your work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="975"/>
        <source>HybridStudio did not close normally last time. Restore the recipe and image you were working on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="1012"/>
        <source>Your last session was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="1028"/>
        <source>Save the recipe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="1029"/>
        <source>The recipe “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="307"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="103"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="104"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="105"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="111"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="106"/>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="107"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="108"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="113"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="114"/>
        <source>Re-compute every file&apos;s sha256 and compare with the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="115"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="116"/>
        <source>Import ONNX file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="117"/>
        <source>Import model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="119"/>
        <source>Device: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="144"/>
        <source>commercial use allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="145"/>
        <source>no commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="146"/>
        <source>commercial use unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="164"/>
        <source>Models take %1 on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="196"/>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="197"/>
        <source>Known biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="199"/>
        <source>Memory needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="200"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="201"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="202"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="204"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="248"/>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="250"/>
        <source>Downloaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="265"/>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="267"/>
        <source>Every file matches its sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="278"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="280"/>
        <source>Removed: %1 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="285"/>
        <source>Import a diffusion model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="288"/>
        <source>Import an ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="288"/>
        <source>ONNX models (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="297"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="299"/>
        <source>Imported as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="53"/>
        <source>Range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="59"/>
        <source>Choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="65"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="68"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="69"/>
        <source>Name in recipes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="104"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="144"/>
        <source>This step has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="168"/>
        <location filename="../../hybridstudio/ui/param_form.py" line="185"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="221"/>
        <location filename="../../hybridstudio/ui/param_form.py" line="228"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="239"/>
        <source>numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="241"/>
        <source>names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipeDocument</name>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="90"/>
        <source>Add step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="102"/>
        <source>Remove step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="109"/>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="124"/>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="132"/>
        <source>Turn on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="134"/>
        <source>Turn off “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="156"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="157"/>
        <source>Add a step at the end of the recipe (or after the selected one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="158"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="159"/>
        <source>Remove the selected step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="160"/>
        <source>Move the step earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="161"/>
        <source>Move the step later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="162"/>
        <source>Live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="165"/>
        <source>Re-run the changed steps on a reduced image after every change. Steps whose settings did not change come from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="169"/>
        <source>Run at full resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="170"/>
        <source>Run the whole recipe on the full-size image (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="194"/>
        <source>Untitled recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="267"/>
        <source>Add a step to start a recipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="39"/>
        <source>Automatic (best available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="43"/>
        <source>Processor only (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="49"/>
        <source>Where AI steps run. If the device cannot be used, HybridStudio says so in the status bar and runs on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="55"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="58"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="59"/>
        <source>Low (8 GB laptops: one model part in memory at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="64"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="73"/>
        <source>Memory kept for intermediate results, so that changing a late step never re-runs an early, expensive one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="78"/>
        <source>Hugging Face cache (HF_HOME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="85"/>
        <source>Autosaves, job history and imported models live here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="91"/>
        <source>Millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="92"/>
        <source>Inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="96"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="112"/>
        <source>Carbon intensity of your electricity (France: about 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="114"/>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="116"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="117"/>
        <source>Processor threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="118"/>
        <source>Memory mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="119"/>
        <source>GPU memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="120"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="122"/>
        <source>Cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="123"/>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="150"/>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="124"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="125"/>
        <source>Image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="126"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="128"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="129"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="130"/>
        <source>Energy estimates (when the hardware has no meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="132"/>
        <source>Power per processor core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="133"/>
        <source>Graphics card power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="134"/>
        <source>Grid carbon intensity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="12"/>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="13"/>
        <source>Colour and separations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="14"/>
        <source>Print and films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="15"/>
        <source>Analog looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="16"/>
        <source>Digital negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="17"/>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="24"/>
        <source>AI · generates the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="26"/>
        <source>AI · modifies the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="27"/>
        <source>Craft · no AI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="33"/>
        <source>Predicted print on the substrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="36"/>
        <source>Separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="39"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="43"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="44"/>
        <source>Red channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="45"/>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="46"/>
        <source>Blue channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="47"/>
        <source>Lightness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="35"/>
        <source>Print size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="36"/>
        <source>Set the printed width and the resolution; the image is resampled so that it prints at exactly that size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="39"/>
        <source>Printed width (0 keeps the current pixel width and only sets the resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="41"/>
        <source>Resolution of the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="44"/>
        <source>The number of pixels across is the printed width in inches times the resolution. Enlargements use Lanczos interpolation, reductions average the pixels (area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="47"/>
        <source>In the darkroom the enlarger&apos;s column height sets the print size; in a print shop the size is set on the camera or the photocopier in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="78"/>
        <source>Greyscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="79"/>
        <source>Convert to grey by the eye&apos;s luminance, or as black and white film sees through a coloured filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="82"/>
        <source>Lens filter, as on a camera loaded with black and white film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="86"/>
        <source>The channels are mixed in linear light with weights (Rec. 709 luminance, or a filter&apos;s transmission), then encoded back to sRGB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="89"/>
        <source>Photograph on panchromatic black and white film; a red filter darkens blue skies, a green one lightens foliage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="108"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="109"/>
        <source>Set the black point, the white point and the mid-tones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="111"/>
        <source>Input level that becomes black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="113"/>
        <source>Input level that becomes white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="115"/>
        <source>Mid-tones: above 1 lightens, below 1 darkens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="118"/>
        <source>Each value is stretched between the black and white points, then raised to the power 1/gamma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="120"/>
        <source>In the darkroom: exposure sets the highlights, paper grade (contrast) sets the distance between black and white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="12"/>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="13"/>
        <source>DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="14"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="15"/>
        <source>Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="16"/>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="17"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="18"/>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="19"/>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="20"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="21"/>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="22"/>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="23"/>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
