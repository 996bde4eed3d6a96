<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="43"/>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="106"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="63"/>
        <source>The image, at full resolution, in the format chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="64"/>
        <source>Riso masters and screen separations: one greyscale TIFF per ink at its print resolution, in print order, with separations.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="66"/>
        <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="68"/>
        <source>The result of the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="71"/>
        <source>Every file carries its process record (what was AI, what was craft, models, prompts, seeds, energy), embedded where the format allows and as a .hybridstudio.json file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="77"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="89"/>
        <source>Also make films: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="101"/>
        <source>Show the folder when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="126"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="191"/>
        <source>No image generator is installed yet. Open an image instead, or add a diffusion model in Tools › Models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="194"/>
        <source>Describe the picture you want. It is made on this computer, and the process record will say it was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="196"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="197"/>
        <source>e.g. a linocut of a heron in the reeds, bold shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="198"/>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="199"/>
        <source>what you do not want: blurry, text, watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="200"/>
        <source>A new random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="201"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="202"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="203"/>
        <source>How it works, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="205"/>
        <source>Each frame is the picture after one denoising step. The model starts from pure noise; at every step it predicts the noise that hides the image, and the scheduler decides how much of it to remove. Early steps settle the composition, late steps the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="226"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="235"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="98"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="98"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="98"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="99"/>
        <source>Energy and carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="126"/>
        <source>≈ estimated from compute time and the power figures in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="198"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="199"/>
        <source>Stop the selected job; nothing half-written is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="200"/>
        <source>Show files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="201"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="202"/>
        <source>Select a job to see what it made, its warnings and what it cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="229"/>
        <source>Files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="231"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="233"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="236"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="238"/>
        <source>(energy estimated from compute time: the hardware gave no meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="240"/>
        <source>Technical details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="313"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="314"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="315"/>
        <source>Shipped &amp;recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="316"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="317"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="318"/>
        <location filename="../../hybridstudio/ui/main_window.py" line="339"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="319"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="320"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="321"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="323"/>
        <source>&amp;Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="323"/>
        <source>Open a photo, a scan or a drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="324"/>
        <source>Open re&amp;cipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="324"/>
        <source>Open a recipe file (.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="325"/>
        <source>&amp;New recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="325"/>
        <source>Start an empty recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="326"/>
        <source>&amp;Save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="326"/>
        <source>Save the recipe as a plain file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="327"/>
        <source>Save recipe &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="328"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="328"/>
        <source>Write the result at full resolution: images, separations, films, with the process record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="330"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="331"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="332"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="333"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="334"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="334"/>
        <source>Fit the image in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="335"/>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="335"/>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="336"/>
        <source>Before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="336"/>
        <source>Compare the original and the result with a split you can drag (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="338"/>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="339"/>
        <source>Run the recipe at full resolution (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="340"/>
        <source>&amp;Cancel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="340"/>
        <source>Stop every running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="341"/>
        <source>&amp;Live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="342"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="342"/>
        <source>The AI models: download, import, check, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="343"/>
        <source>&amp;About HybridStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="344"/>
        <source>&amp;Explain this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="350"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="351"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="352"/>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="353"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="354"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="355"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="356"/>
        <source>Drop an image or a recipe here, or use File › Open image…

Or write a prompt in the Generate panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="358"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="358"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="384"/>
        <source>Untitled recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="385"/>
        <source>generated image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="396"/>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="426"/>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="427"/>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="439"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="452"/>
        <source>Could not open the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="454"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="473"/>
        <source>Open recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="474"/>
        <location filename="../../hybridstudio/ui/main_window.py" line="494"/>
        <source>Recipes (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="482"/>
        <source>Could not open the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="493"/>
        <source>Save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="501"/>
        <source>Could not save the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="503"/>
        <source>Recipe saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="532"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="607"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="610"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="611"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="617"/>
        <source>The recipe is empty: add a step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="624"/>
        <source>The recipe cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="627"/>
        <source>Open an image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="649"/>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="651"/>
        <source>Exported %1 files. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="656"/>
        <source>The job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="658"/>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="658"/>
        <source>Run “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="678"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="699"/>
        <source>Generation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="701"/>
        <source>Generate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="767"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="801"/>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="860"/>
        <source>About HybridStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="861"/>
        <source>&lt;h3&gt;HybridStudio %1&lt;/h3&gt;&lt;p&gt;Local AI and craft image making for art schools and print workshops. Everything runs on this computer; every output says what was AI and what was craft, and what it cost in energy.&lt;/p&gt;&lt;p&gt;Free software (GPL 3 or later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="888"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="891"/>
        <source>Restore your work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="892"/>
        <source>HybridStudio did not close normally last time. Restore the recipe and image you were working on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="926"/>
        <source>Your last session was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="941"/>
        <source>Save the recipe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="942"/>
        <source>The recipe “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="277"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="101"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="101"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="101"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="103"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="102"/>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="102"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="102"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="104"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="105"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="106"/>
        <source>Re-compute every file&apos;s sha256 and compare with the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="107"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="108"/>
        <source>Import ONNX file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="109"/>
        <source>Import model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="111"/>
        <source>Device: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="135"/>
        <source>commercial use allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="135"/>
        <source>no commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="136"/>
        <source>commercial use unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="147"/>
        <source>Models take %1 on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="176"/>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="177"/>
        <source>Known biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="179"/>
        <source>Memory needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="180"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="181"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="182"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="184"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="227"/>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="228"/>
        <source>Downloaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="241"/>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="243"/>
        <source>Every file matches its sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="252"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="254"/>
        <source>Removed: %1 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="258"/>
        <source>Import a diffusion model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="260"/>
        <source>Import an ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="261"/>
        <source>ONNX models (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="268"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="270"/>
        <source>Imported as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipeDocument</name>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="85"/>
        <source>Add step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="90"/>
        <source>Remove step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="95"/>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="104"/>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="109"/>
        <source>Turn on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="109"/>
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
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="163"/>
        <source>Re-run the changed steps on a reduced image after every change. Steps whose settings did not change come from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="165"/>
        <source>Run at full resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="166"/>
        <source>Run the whole recipe on the full-size image (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="190"/>
        <source>Untitled recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="262"/>
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
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="38"/>
        <source>Automatic (best available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="40"/>
        <source>Processor only (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="43"/>
        <source>Where AI steps run. If the device cannot be used, HybridStudio says so in the status bar and runs on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="47"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="50"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="51"/>
        <source>Low (8 GB laptops: one model part in memory at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="56"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="63"/>
        <source>Memory kept for intermediate results, so that changing a late step never re-runs an early, expensive one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="66"/>
        <source>Hugging Face cache (HF_HOME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="73"/>
        <source>Autosaves, job history and imported models live here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="79"/>
        <source>Millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="80"/>
        <source>Inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="84"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="100"/>
        <source>Carbon intensity of your electricity (France: about 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="102"/>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="104"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="105"/>
        <source>Processor threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="106"/>
        <source>Memory mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="107"/>
        <source>GPU memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="108"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="110"/>
        <source>Cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="111"/>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="135"/>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="112"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="113"/>
        <source>Image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="114"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="116"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="117"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="118"/>
        <source>Energy estimates (when the hardware has no meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="120"/>
        <source>Power per processor core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="121"/>
        <source>Graphics card power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="122"/>
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
        <location filename="../../hybridstudio/ui/views.py" line="35"/>
        <source>Separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="36"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="38"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="38"/>
        <source>Red channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="38"/>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="39"/>
        <source>Blue channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="39"/>
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
</context>
</TS>
