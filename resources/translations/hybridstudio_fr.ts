<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Device</name>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="21"/>
        <source>No AI runtime</source>
        <translation>Pas de moteur d’IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="21"/>
        <source>onnxruntime could not be loaded (%1): AI steps cannot run, craft steps still work.</source>
        <translation>onnxruntime n’a pas pu être chargé (%1) : les étapes d’IA ne peuvent pas tourner, les étapes artisanales fonctionnent toujours.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="29"/>
        <source>%1 (fallback)</source>
        <translation>%1 (solution de repli)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="30"/>
        <source>You asked for %1, but AI steps will run on %2 because %3.</source>
        <translation>Vous avez choisi %1, mais les étapes d’IA tourneront sur %2, car %3.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="38"/>
        <source>AI steps run on the processor (%1). Everything works, only slower. onnxruntime offers: %2.</source>
        <translation>Les étapes d’IA tournent sur le processeur (%1). Tout marche, juste plus lentement. onnxruntime propose : %2.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="45"/>
        <source>AI steps run on %1 (onnxruntime offers %2).</source>
        <translation>Les étapes d’IA tournent sur %1 (onnxruntime propose %2).</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../hybridstudio/ui/explain.py" line="16"/>
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/explain.py" line="17"/>
        <source>The craft way, without AI</source>
        <translation>À la main, sans IA</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="43"/>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="119"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="63"/>
        <source>The image, at full resolution, in the format chosen in Settings.</source>
        <translation>L’image en pleine résolution, au format choisi dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="65"/>
        <source>Riso masters and screen separations: one greyscale TIFF per ink at its print resolution, in print order, with separations.json.</source>
        <translation>Masters riso et séparations pour la sérigraphie : un TIFF en niveaux de gris par encre, à sa résolution d’impression, dans l’ordre de passage, avec separations.json.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="69"/>
        <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs.</source>
        <translation>Typons prêts à insoler : un PDF avec un film par page, à la taille exacte, et des TIFF 1 bit.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="71"/>
        <source>The result of the recipe.</source>
        <translation>Le résultat de la recette.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="76"/>
        <source>Every file carries its process record (what was AI, what was craft, models, prompts, seeds, energy), embedded where the format allows and as a .hybridstudio.json file beside it.</source>
        <translation>Chaque fichier porte sa fiche de fabrication (ce qui vient de l’IA, ce qui vient de la main, modèles, prompts, graines, énergie), intégrée quand le format le permet et dans un fichier .hybridstudio.json à côté.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="84"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="97"/>
        <source>Also make films: %1</source>
        <translation>Faire aussi les typons : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="112"/>
        <source>Show the folder when done</source>
        <translation>Ouvrir le dossier à la fin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="137"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="193"/>
        <source>No image generator is installed yet. Open an image instead, or add a diffusion model in Tools › Models.</source>
        <translation>Aucun générateur d’images n’est installé pour l’instant. Ouvrez plutôt une image, ou ajoutez un modèle de diffusion dans Outils › Modèles.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="200"/>
        <source>Describe the picture you want. It is made on this computer, and the process record will say it was generated.</source>
        <translation>Décrivez l’image que vous voulez. Elle est fabriquée sur cet ordinateur, et la fiche de fabrication dira qu’elle a été générée.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="204"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="205"/>
        <source>e.g. a linocut of a heron in the reeds, bold shapes</source>
        <translation>ex. : une linogravure de héron dans les roseaux, formes franches</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="206"/>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="207"/>
        <source>what you do not want: blurry, text, watermark</source>
        <translation>ce que vous ne voulez pas : flou, texte, filigrane</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="208"/>
        <source>A new random seed</source>
        <translation>Une nouvelle graine au hasard</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="209"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="210"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="211"/>
        <source>How it works, step by step</source>
        <translation>Comment ça marche, étape par étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="214"/>
        <source>Each frame is the picture after one denoising step. The model starts from pure noise; at every step it predicts the noise that hides the image, and the scheduler decides how much of it to remove. Early steps settle the composition, late steps the details.</source>
        <translation>Chaque vignette montre l’image après une étape de débruitage. Le modèle part d’un bruit pur ; à chaque étape il devine le bruit qui cache l’image, et le planificateur (scheduler) décide quelle part en retirer. Les premières étapes posent la composition, les dernières les détails.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="238"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="248"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="40"/>
        <source>Not enough memory for this job. Try the low-memory mode in Settings, a smaller image, or closing other programs.</source>
        <extracomment>Progress and pictures reach the GUI at most this often (seconds), so a chatty step cannot flood the event loop.</extracomment>
        <translation>Pas assez de mémoire pour ce travail. Essayez le mode mémoire réduite dans les Réglages, une image plus petite, ou fermez d’autres logiciels.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="46"/>
        <source>A file is missing: %1</source>
        <translation>Un fichier manque : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="50"/>
        <source>HybridStudio may not write there: %1</source>
        <translation>HybridStudio n’a pas le droit d’écrire ici : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="54"/>
        <source>The system refused a file operation: %1</source>
        <translation>Le système a refusé une opération sur un fichier : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="58"/>
        <source>Something went wrong inside HybridStudio (%1: %2). The details below help us fix it.</source>
        <translation>Quelque chose s’est mal passé dans HybridStudio (%1 : %2). Les détails ci-dessous nous aideront à corriger.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="144"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="149"/>
        <location filename="../../hybridstudio/ui/jobs.py" line="153"/>
        <location filename="../../hybridstudio/ui/jobs.py" line="255"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="218"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="265"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="120"/>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="121"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="122"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="123"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="124"/>
        <source>Energy and carbon</source>
        <translation>Énergie et carbone</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="152"/>
        <source>≈ estimated from compute time and the power figures in Settings</source>
        <translation>≈ estimé d’après le temps de calcul et les puissances indiquées dans les Réglages</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="32"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="33"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="34"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="35"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="36"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="224"/>
        <source>Cancel job</source>
        <translation>Annuler le travail</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="225"/>
        <source>Stop the selected job; nothing half-written is left behind</source>
        <translation>Arrête le travail choisi ; aucun fichier à moitié écrit ne reste</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="226"/>
        <source>Show files</source>
        <translation>Voir les fichiers</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="227"/>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="229"/>
        <source>Select a job to see what it made, its warnings and what it cost.</source>
        <translation>Choisissez un travail pour voir ce qu’il a produit, ses avertissements et ce qu’il a coûté.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="256"/>
        <source>Files written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="258"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="260"/>
        <source>Device:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="263"/>
        <source>Cost: %1</source>
        <translation>Coût : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="265"/>
        <source>(energy estimated from compute time: the hardware gave no meter)</source>
        <translation>(énergie estimée d’après le temps de calcul : le matériel ne fournit pas de mesure)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="267"/>
        <source>Technical details:</source>
        <translation>Détails techniques :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="331"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="332"/>
        <source>Shipped &amp;recipes</source>
        <translation>Recettes &amp;fournies</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="333"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="334"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="335"/>
        <location filename="../../hybridstudio/ui/main_window.py" line="362"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="336"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="337"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="340"/>
        <source>&amp;Open image…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="340"/>
        <source>Open a photo, a scan or a drawing</source>
        <translation>Ouvrir une photo, un scan ou un dessin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="341"/>
        <source>Open re&amp;cipe…</source>
        <translation>Ouvrir une re&amp;cette…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="341"/>
        <source>Open a recipe file (.toml)</source>
        <translation>Ouvrir un fichier de recette (.toml)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="342"/>
        <source>&amp;New recipe</source>
        <translation>&amp;Nouvelle recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="342"/>
        <source>Start an empty recipe</source>
        <translation>Commencer une recette vide</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="343"/>
        <source>&amp;Save recipe</source>
        <translation>&amp;Enregistrer la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="343"/>
        <source>Save the recipe as a plain file to share</source>
        <translation>Enregistrer la recette dans un simple fichier à partager</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="344"/>
        <source>Save recipe &amp;as…</source>
        <translation>Enregistrer la recette &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="346"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="348"/>
        <source>Write the result at full resolution: images, separations, films, with the process record</source>
        <translation>Écrire le résultat en pleine résolution : images, séparations, typons, avec la fiche de fabrication</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="351"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="352"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="353"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="354"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="355"/>
        <source>&amp;Fit</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="355"/>
        <source>Fit the image in the window (Ctrl+0)</source>
        <translation>Ajuster l’image à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="356"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="356"/>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation>Un pixel de l’image par pixel de l’écran (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="358"/>
        <source>Before / after</source>
        <translation>Avant / après</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="359"/>
        <source>Compare the original and the result with a split you can drag (Ctrl+B)</source>
        <translation>Comparer l’original et le résultat avec une séparation que l’on fait glisser (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="361"/>
        <source>F&amp;ull screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="362"/>
        <source>Run the recipe at full resolution (Ctrl+R)</source>
        <translation>Lancer la recette en pleine résolution (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="363"/>
        <source>&amp;Cancel jobs</source>
        <translation>&amp;Annuler les travaux</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="363"/>
        <source>Stop every running job</source>
        <translation>Arrêter tous les travaux en cours</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="364"/>
        <source>&amp;Live preview</source>
        <translation>Aperçu en &amp;direct</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="365"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="365"/>
        <source>The AI models: download, import, check, remove</source>
        <translation>Les modèles d’IA : télécharger, importer, vérifier, supprimer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="366"/>
        <source>&amp;About HybridStudio</source>
        <translation>À &amp;propos de HybridStudio</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="367"/>
        <source>&amp;Explain this step</source>
        <translation>&amp;Expliquer cette étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="373"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="374"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="375"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="376"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="377"/>
        <source>Jobs</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="378"/>
        <source>Show:</source>
        <translation>Voir :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="381"/>
        <source>Drop an image or a recipe here, or use File › Open image…

Or write a prompt in the Generate panel.</source>
        <translation>Glissez ici une image ou une recette, ou passez par Fichier › Ouvrir une image…

Ou écrivez un prompt dans le panneau Générer.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="385"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="385"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="411"/>
        <source>Untitled recipe</source>
        <translation>Recette sans titre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="415"/>
        <source>generated image</source>
        <translation>image générée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="426"/>
        <source>Device: %1</source>
        <translation>Matériel : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="455"/>
        <source>Open image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="457"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="470"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="483"/>
        <source>Could not open the image</source>
        <translation>Impossible d’ouvrir l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="486"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="507"/>
        <source>Open recipe</source>
        <translation>Ouvrir une recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="507"/>
        <location filename="../../hybridstudio/ui/main_window.py" line="530"/>
        <source>Recipes (*.toml)</source>
        <translation>Recettes (*.toml)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="516"/>
        <source>Could not open the recipe</source>
        <translation>Impossible d’ouvrir la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="530"/>
        <source>Save recipe</source>
        <translation>Enregistrer la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="538"/>
        <source>Could not save the recipe</source>
        <translation>Impossible d’enregistrer la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="540"/>
        <source>Recipe saved: %1</source>
        <translation>Recette enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="570"/>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="653"/>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="656"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="657"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="667"/>
        <source>The recipe is empty: add a step first.</source>
        <translation>La recette est vide : ajoutez d’abord une étape.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="674"/>
        <source>The recipe cannot run</source>
        <translation>La recette ne peut pas tourner</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="677"/>
        <source>Open an image first.</source>
        <translation>Ouvrez d’abord une image.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="700"/>
        <source>Finished: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="702"/>
        <source>Exported %1 files. %2</source>
        <translation>%1 fichiers exportés. %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="707"/>
        <source>The job failed</source>
        <translation>Le travail a échoué</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="709"/>
        <source>Export “%1”</source>
        <translation>Export « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="709"/>
        <source>Run “%1”</source>
        <translation>Recette « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="737"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="759"/>
        <source>Generation failed</source>
        <translation>La génération a échoué</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="762"/>
        <source>Generate “%1”</source>
        <translation>Génération « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="833"/>
        <source>Show %1</source>
        <translation>Voir %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="871"/>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="932"/>
        <source>About HybridStudio</source>
        <translation>À propos de HybridStudio</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="934"/>
        <source>&lt;h3&gt;HybridStudio %1&lt;/h3&gt;&lt;p&gt;Local AI and craft image making for art schools and print workshops. Everything runs on this computer; every output says what was AI and what was craft, and what it cost in energy.&lt;/p&gt;&lt;p&gt;Free software (GPL 3 or later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HybridStudio %1&lt;/h3&gt;&lt;p&gt;Fabriquer des images entre IA locale et savoir-faire d’atelier, pour les écoles d’art et les ateliers d’impression. Tout tourne sur cet ordinateur ; chaque fichier dit ce qui vient de l’IA, ce qui vient de la main, et ce que cela a coûté en énergie.&lt;/p&gt;&lt;p&gt;Logiciel libre (GPL 3 ou ultérieure).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="968"/>
        <source>Autosave failed: %1</source>
        <translation>L’enregistrement automatique a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="973"/>
        <source>Restore your work?</source>
        <translation>Récupérer votre travail ?</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="975"/>
        <source>HybridStudio did not close normally last time. Restore the recipe and image you were working on?</source>
        <translation>HybridStudio ne s’est pas fermé normalement la dernière fois. Récupérer la recette et l’image sur lesquelles vous travailliez ?</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="1012"/>
        <source>Your last session was restored.</source>
        <translation>Votre dernière session a été récupérée.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="1028"/>
        <source>Save the recipe?</source>
        <translation>Enregistrer la recette ?</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="1029"/>
        <source>The recipe “%1” has changes that are not saved.</source>
        <translation>La recette « %1 » a des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="307"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="103"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="104"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="105"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="111"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="106"/>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="107"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="108"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="112"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="113"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="114"/>
        <source>Re-compute every file&apos;s sha256 and compare with the catalogue</source>
        <translation>Recalculer le sha256 de chaque fichier et le comparer au catalogue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="115"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="116"/>
        <source>Import ONNX file…</source>
        <translation>Importer un fichier ONNX…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="117"/>
        <source>Import model folder…</source>
        <translation>Importer un dossier de modèle…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="119"/>
        <source>Device: %1. %2</source>
        <translation>Matériel : %1. %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="144"/>
        <source>commercial use allowed</source>
        <translation>usage commercial autorisé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="145"/>
        <source>no commercial use</source>
        <translation>pas d’usage commercial</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="146"/>
        <source>commercial use unclear</source>
        <translation>usage commercial incertain</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="164"/>
        <source>Models take %1 on disk.</source>
        <translation>Les modèles occupent %1 sur le disque.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="196"/>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="197"/>
        <source>Known biases</source>
        <translation>Biais connus</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="199"/>
        <source>Memory needs</source>
        <translation>Mémoire nécessaire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="200"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="201"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="202"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="204"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="248"/>
        <source>Download %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="250"/>
        <source>Downloaded and verified.</source>
        <translation>Téléchargé et vérifié.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="265"/>
        <source>Verify %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="267"/>
        <source>Every file matches its sha256.</source>
        <translation>Chaque fichier correspond à son sha256.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="278"/>
        <source>Remove %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="280"/>
        <source>Removed: %1 freed.</source>
        <translation>Supprimé : %1 libérés.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="285"/>
        <source>Import a diffusion model folder</source>
        <translation>Importer un dossier de modèle de diffusion</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="288"/>
        <source>Import an ONNX model</source>
        <translation>Importer un modèle ONNX</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="288"/>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="297"/>
        <source>Import %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="299"/>
        <source>Imported as “%1”.</source>
        <translation>Importé sous le nom « %1 ».</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="53"/>
        <source>Range: %1 to %2</source>
        <translation>Plage : de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="59"/>
        <source>Choices: %1</source>
        <translation>Choix : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="65"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="68"/>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="69"/>
        <source>Name in recipes: %1</source>
        <translation>Nom dans les recettes : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="104"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="144"/>
        <source>This step has no settings.</source>
        <translation>Cette étape n’a pas de réglages.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="168"/>
        <location filename="../../hybridstudio/ui/param_form.py" line="185"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="221"/>
        <location filename="../../hybridstudio/ui/param_form.py" line="228"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="239"/>
        <source>numbers separated by commas</source>
        <translation>nombres séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="241"/>
        <source>names separated by commas</source>
        <translation>noms séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>RecipeDocument</name>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="90"/>
        <source>Add step “%1”</source>
        <translation>Ajouter l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="102"/>
        <source>Remove step “%1”</source>
        <translation>Supprimer l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="109"/>
        <source>Move step</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="124"/>
        <source>Change “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="132"/>
        <source>Turn on “%1”</source>
        <translation>Activer « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="134"/>
        <source>Turn off “%1”</source>
        <translation>Désactiver « %1 »</translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="156"/>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="157"/>
        <source>Add a step at the end of the recipe (or after the selected one)</source>
        <translation>Ajouter une étape à la fin de la recette (ou après celle qui est choisie)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="158"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="159"/>
        <source>Remove the selected step (Delete)</source>
        <translation>Supprimer l’étape choisie (Suppr)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="160"/>
        <source>Move the step earlier (Alt+Up)</source>
        <translation>Avancer l’étape (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="161"/>
        <source>Move the step later (Alt+Down)</source>
        <translation>Reculer l’étape (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="162"/>
        <source>Live preview</source>
        <translation>Aperçu en direct</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="165"/>
        <source>Re-run the changed steps on a reduced image after every change. Steps whose settings did not change come from the cache.</source>
        <translation>Après chaque changement, refaire sur une image réduite les étapes modifiées. Les étapes dont les réglages n’ont pas bougé sortent du cache.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="169"/>
        <source>Run at full resolution</source>
        <translation>Lancer en pleine résolution</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="170"/>
        <source>Run the whole recipe on the full-size image (Ctrl+R)</source>
        <translation>Passer toute la recette sur l’image en taille réelle (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="194"/>
        <source>Untitled recipe</source>
        <translation>Recette sans titre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="267"/>
        <source>Add a step to start a recipe.</source>
        <translation>Ajoutez une étape pour commencer une recette.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="39"/>
        <source>Automatic (best available)</source>
        <translation>Automatique (le meilleur disponible)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="43"/>
        <source>Processor only (CPU)</source>
        <translation>Processeur seulement (CPU)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="49"/>
        <source>Where AI steps run. If the device cannot be used, HybridStudio says so in the status bar and runs on the processor.</source>
        <translation>Où tournent les étapes d’IA. Si ce matériel est inutilisable, HybridStudio le dit dans la barre d’état et passe sur le processeur.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="55"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="58"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="59"/>
        <source>Low (8 GB laptops: one model part in memory at a time)</source>
        <translation>Réduit (portables de 8 Go : une seule partie de modèle en mémoire à la fois)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="64"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="73"/>
        <source>Memory kept for intermediate results, so that changing a late step never re-runs an early, expensive one.</source>
        <translation>Mémoire gardée pour les résultats intermédiaires : changer une étape de la fin ne refait jamais une étape coûteuse du début.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="78"/>
        <source>Hugging Face cache (HF_HOME)</source>
        <translation>Cache Hugging Face (HF_HOME)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="85"/>
        <source>Autosaves, job history and imported models live here.</source>
        <translation>Les enregistrements automatiques, l’historique des travaux et les modèles importés sont ici.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="91"/>
        <source>Millimetres</source>
        <translation>Millimètres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="92"/>
        <source>Inches</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="96"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="112"/>
        <source>Carbon intensity of your electricity (France: about 60).</source>
        <translation>Intensité carbone de votre électricité (France : environ 60).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="114"/>
        <source>Computing</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="116"/>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="117"/>
        <source>Processor threads</source>
        <translation>Fils d’exécution du processeur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="118"/>
        <source>Memory mode</source>
        <translation>Mode mémoire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="119"/>
        <source>GPU memory limit</source>
        <translation>Limite de mémoire graphique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="120"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="122"/>
        <source>Cache size</source>
        <translation>Taille du cache</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="123"/>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="150"/>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="124"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="125"/>
        <source>Image format</source>
        <translation>Format d’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="126"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="128"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="129"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="130"/>
        <source>Energy estimates (when the hardware has no meter)</source>
        <translation>Estimation de l’énergie (quand le matériel ne mesure rien)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="132"/>
        <source>Power per processor core</source>
        <translation>Puissance par cœur de processeur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="133"/>
        <source>Graphics card power</source>
        <translation>Puissance de la carte graphique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="134"/>
        <source>Grid carbon intensity</source>
        <translation>Intensité carbone du réseau</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="12"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="13"/>
        <source>Colour and separations</source>
        <translation>Couleur et séparations</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="14"/>
        <source>Print and films</source>
        <translation>Impression et typons</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="15"/>
        <source>Analog looks</source>
        <translation>Rendus argentiques</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="16"/>
        <source>Digital negatives</source>
        <translation>Négatifs numériques</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="17"/>
        <source>Adjust</source>
        <translation>Réglages de base</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="24"/>
        <source>AI · generates the image</source>
        <translation>IA · génère l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="26"/>
        <source>AI · modifies the image</source>
        <translation>IA · modifie l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="27"/>
        <source>Craft · no AI</source>
        <translation>Artisanal · sans IA</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="33"/>
        <source>Predicted print on the substrate</source>
        <translation>Tirage prévu sur le support</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="36"/>
        <source>Separation</source>
        <translation>Séparation</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="39"/>
        <source>Film</source>
        <translation>Typon</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="43"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="44"/>
        <source>Red channel</source>
        <translation>Couche rouge</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="45"/>
        <source>Green channel</source>
        <translation>Couche verte</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="46"/>
        <source>Blue channel</source>
        <translation>Couche bleue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="47"/>
        <source>Lightness</source>
        <translation>Luminosité</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="35"/>
        <source>Print size</source>
        <translation>Taille d’impression</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="36"/>
        <source>Set the printed width and the resolution; the image is resampled so that it prints at exactly that size.</source>
        <translation>Fixe la largeur imprimée et la résolution ; l’image est rééchantillonnée pour sortir exactement à cette taille.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="39"/>
        <source>Printed width (0 keeps the current pixel width and only sets the resolution)</source>
        <translation>Largeur imprimée (0 garde la largeur en pixels et ne change que la résolution)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="41"/>
        <source>Resolution of the output</source>
        <translation>Résolution de sortie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="44"/>
        <source>The number of pixels across is the printed width in inches times the resolution. Enlargements use Lanczos interpolation, reductions average the pixels (area).</source>
        <translation>Le nombre de pixels en largeur vaut la largeur imprimée en pouces multipliée par la résolution. Les agrandissements passent par une interpolation de Lanczos, les réductions font la moyenne des pixels (surface).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="47"/>
        <source>In the darkroom the enlarger&apos;s column height sets the print size; in a print shop the size is set on the camera or the photocopier in percent.</source>
        <translation>Au labo, c’est la hauteur de la tête sur la colonne de l’agrandisseur qui fixe la taille du tirage ; en atelier, on règle la taille en pourcentage sur le banc de reproduction ou la photocopieuse.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="78"/>
        <source>Greyscale</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="79"/>
        <source>Convert to grey by the eye&apos;s luminance, or as black and white film sees through a coloured filter.</source>
        <translation>Passe en niveaux de gris selon la luminance perçue par l’œil, ou comme un film noir et blanc derrière un filtre coloré.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="82"/>
        <source>Lens filter, as on a camera loaded with black and white film</source>
        <translation>Filtre sur l’objectif, comme sur un appareil chargé en noir et blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="86"/>
        <source>The channels are mixed in linear light with weights (Rec. 709 luminance, or a filter&apos;s transmission), then encoded back to sRGB.</source>
        <translation>Les couches sont mélangées en lumière linéaire avec des poids (luminance Rec. 709, ou transmission du filtre), puis réencodées en sRGB.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="89"/>
        <source>Photograph on panchromatic black and white film; a red filter darkens blue skies, a green one lightens foliage.</source>
        <translation>Photographier sur film noir et blanc panchromatique : un filtre rouge assombrit le ciel bleu, un filtre vert éclaircit le feuillage.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="108"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="109"/>
        <source>Set the black point, the white point and the mid-tones.</source>
        <translation>Règle le point noir, le point blanc et les tons moyens.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="111"/>
        <source>Input level that becomes black</source>
        <translation>Niveau d’entrée qui devient noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="113"/>
        <source>Input level that becomes white</source>
        <translation>Niveau d’entrée qui devient blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="115"/>
        <source>Mid-tones: above 1 lightens, below 1 darkens</source>
        <translation>Tons moyens : au-dessus de 1 éclaircit, en dessous de 1 assombrit</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="118"/>
        <source>Each value is stretched between the black and white points, then raised to the power 1/gamma.</source>
        <translation>Chaque valeur est étirée entre le point noir et le point blanc, puis élevée à la puissance 1/gamma.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="120"/>
        <source>In the darkroom: exposure sets the highlights, paper grade (contrast) sets the distance between black and white.</source>
        <translation>Au labo : l’exposition règle les hautes lumières, le grade du papier (contraste) règle l’écart entre le noir et le blanc.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="12"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="13"/>
        <source>DPI</source>
        <translation>Résolution (dpi)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="14"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="15"/>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="16"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="17"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="18"/>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="19"/>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="20"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="21"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="22"/>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_labels.py" line="23"/>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
</context>
</TS>
