<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="58"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="110"/>
        <source>Process card…</source>
        <translation>Fiche de processus…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="112"/>
        <source>Open an image or export a result to see its content credentials.</source>
        <translation>Ouvrez une image ou exportez un résultat pour voir ses Content Credentials.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="223"/>
        <source>Image info</source>
        <translation>Infos de l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="224"/>
        <source>Process &amp;card…</source>
        <translation>&amp;Fiche de processus…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="226"/>
        <source>A one-page PDF telling how an output was made: steps, AI and craft, models, energy, content credentials</source>
        <translation>Un PDF d’une page qui raconte comment un fichier a été fait : étapes, IA et artisanat, modèles, énergie, Content Credentials</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="258"/>
        <source>Process card of which output?</source>
        <translation>Fiche de processus de quel fichier ?</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="266"/>
        <source>Save the process card</source>
        <translation>Enregistrer la fiche de processus</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="276"/>
        <source>Could not make the process card</source>
        <translation>Impossible de faire la fiche de processus</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="278"/>
        <source>Process card written: %1</source>
        <translation>Fiche de processus écrite : %1</translation>
    </message>
</context>
<context>
    <name>DeviceProbe</name>
    <message>
        <location filename="../../hybridstudio/runtime/providers.py" line="134"/>
        <source>The NVIDIA GPU (CUDA) cannot be used, so AI steps run on the processor: install or update the NVIDIA driver and CUDA %1 with cuDNN %2 (needed by this onnxruntime-gpu %3), or install the plain onnxruntime package.</source>
        <extracomment>``translator(context, text)``: the app passes Qt&apos;s translator, the CLI none (it reads the .ts itself). The user-facing device names, in the order tried by &quot;auto&quot;.</extracomment>
        <translation>La carte graphique NVIDIA (CUDA) est inutilisable, les étapes d’IA tournent donc sur le processeur : installez ou mettez à jour le pilote NVIDIA et CUDA %1 avec cuDNN %2 (requis par cet onnxruntime-gpu %3), ou installez le paquet onnxruntime simple.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/runtime/providers.py" line="140"/>
        <source>The Windows GPU (DirectML) cannot be used, so AI steps run on the processor: update the graphics driver (DirectX 12 is needed) and Windows 10 1903 or newer.</source>
        <translation>La carte graphique Windows (DirectML) est inutilisable, les étapes d’IA tournent donc sur le processeur : mettez à jour le pilote graphique (DirectX 12 requis) et Windows 10 1903 ou plus récent.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/runtime/providers.py" line="145"/>
        <source>The Apple GPU (CoreML) cannot be used, so AI steps run on the processor: CoreML needs macOS 12 or newer; update macOS.</source>
        <translation>La puce graphique Apple (CoreML) est inutilisable, les étapes d’IA tournent donc sur le processeur : CoreML demande macOS 12 ou plus récent ; mettez macOS à jour.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/runtime/probe.py" line="87"/>
        <source>AI steps cannot run: %1</source>
        <extracomment>The shipped graph the probe runs (made by models/tiny/make_tiny_models.py).</extracomment>
        <translation>Les étapes d’IA ne peuvent pas tourner : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/runtime/probe.py" line="90"/>
        <source>AI steps run on %1 (%2), checked with a test model.</source>
        <translation>Les étapes d’IA tournent sur %1 (%2), vérifié avec un modèle d’essai.</translation>
    </message>
</context>
<context>
    <name>DeviceStatus</name>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="33"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="34"/>
        <source>HybridStudio is running a tiny test model to find out which device AI steps will use.</source>
        <translation>HybridStudio fait tourner un petit modèle d’essai pour savoir quel matériel les étapes d’IA utiliseront.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="41"/>
        <source>No AI runtime</source>
        <translation>Pas de moteur d’IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="42"/>
        <source>AI steps cannot run (%1). Craft steps still work.</source>
        <translation>Les étapes d’IA ne peuvent pas tourner (%1). Les étapes artisanales fonctionnent.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="50"/>
        <source>%1 (fallback)</source>
        <translation>%1 (repli)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="54"/>
        <source>AI steps run on the processor: everything works, only slower than on a graphics card (checked with a test model).</source>
        <translation>Les étapes d’IA tournent sur le processeur : tout fonctionne, seulement plus lentement que sur une carte graphique (vérifié avec un modèle d’essai).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="59"/>
        <source>AI steps run on %1 (checked with a test model).</source>
        <translation>Les étapes d’IA tournent sur %1 (vérifié avec un modèle d’essai).</translation>
    </message>
</context>
<context>
    <name>DownloadFailures</name>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="14"/>
        <source>This computer is not connected to the internet.</source>
        <translation>Cet ordinateur n’est pas connecté à Internet.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="15"/>
        <source>Connect to a network and press Download again, or import the model from a USB key with “Import ONNX file…”.</source>
        <translation>Connectez-vous à un réseau et appuyez de nouveau sur Télécharger, ou importez le modèle depuis une clé USB avec « Importer un fichier ONNX… ».</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="22"/>
        <source>The model server (Hugging Face) could not be reached.</source>
        <translation>Le serveur de modèles (Hugging Face) est injoignable.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="23"/>
        <source>Try again in a few minutes; at school, ask whether a proxy is needed. The part already downloaded is kept.</source>
        <translation>Réessayez dans quelques minutes ; à l’école, demandez si un proxy est nécessaire. La partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="30"/>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="31"/>
        <source>Free some space (or remove models you no longer use) and press Download again: it goes on where it stopped.</source>
        <translation>Libérez de la place (ou supprimez des modèles inutilisés) et appuyez de nouveau sur Télécharger : le téléchargement reprend où il s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="38"/>
        <source>This model&apos;s licence must be accepted on its Hugging Face page before it can be downloaded.</source>
        <translation>La licence de ce modèle doit être acceptée sur sa page Hugging Face avant de pouvoir le télécharger.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="42"/>
        <source>Open the model&apos;s page (link under Licence), accept the licence with your account, then press Download again.</source>
        <translation>Ouvrez la page du modèle (lien sous Licence), acceptez la licence avec votre compte, puis appuyez de nouveau sur Télécharger.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="49"/>
        <source>The model is no longer where the catalogue says.</source>
        <translation>Le modèle n’est plus là où le catalogue l’indique.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="50"/>
        <source>Update HybridStudio, or import the model from a file.</source>
        <translation>Mettez HybridStudio à jour, ou importez le modèle depuis un fichier.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="53"/>
        <source>The downloaded file was damaged and was deleted.</source>
        <translation>Le fichier téléchargé était abîmé : il a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="54"/>
        <source>Press Download again.</source>
        <translation>Appuyez de nouveau sur Télécharger.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="57"/>
        <source>The download failed.</source>
        <translation>Le téléchargement a échoué.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/failures.py" line="58"/>
        <source>Press Download again; if it keeps failing, show the details to whoever looks after the computers.</source>
        <translation>Appuyez de nouveau sur Télécharger ; si l’échec se répète, montrez les détails à la personne qui s’occupe des ordinateurs.</translation>
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
    <name>ExportCredentials</name>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="247"/>
        <source>Content credentials of %1: %2</source>
        <translation>Content Credentials de %1 : %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="54"/>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="217"/>
        <source>Export</source>
        <extracomment>Resolutions written by cameras, phones and screens when the picture has no real print size. The print resolution offered instead.</extracomment>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="77"/>
        <source>The image, at full resolution, in the format chosen in Settings.</source>
        <translation>L’image en pleine résolution, au format choisi dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="79"/>
        <source>Riso masters and screen separations: one greyscale TIFF per ink at its print resolution, in print order, with separations.json.</source>
        <translation>Masters riso et séparations pour la sérigraphie : un TIFF en niveaux de gris par encre, à sa résolution d’impression, dans l’ordre de passage, avec separations.json.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="83"/>
        <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs.</source>
        <translation>Typons prêts à insoler : un PDF avec un film par page, à la taille exacte, et des TIFF 1 bit.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="85"/>
        <source>The result of the recipe.</source>
        <translation>Le résultat de la recette.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="91"/>
        <source>Every file carries its process record (what was AI, what was craft, models, prompts, seeds, energy), embedded where the format allows and as a .hybridstudio.json file beside it.</source>
        <translation>Chaque fichier porte sa fiche de fabrication (ce qui vient de l’IA, ce qui vient de la main, modèles, prompts, germes aléatoires, énergie), intégrée quand le format le permet et dans un fichier .hybridstudio.json à côté.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="99"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="178"/>
        <source>Also make films: %1</source>
        <translation>Faire aussi les typons : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="208"/>
        <source>Show the folder when done</source>
        <translation>Ouvrir le dossier à la fin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="306"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="112"/>
        <source>PNG (lossless, 8 or 16 bit)</source>
        <translation>PNG (sans perte, 8 ou 16 bits)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="113"/>
        <source>TIFF (lossless, 8 or 16 bit, for print)</source>
        <translation>TIFF (sans perte, 8 ou 16 bits, pour l’impression)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="114"/>
        <source>JPEG (small, 8 bit, lossy)</source>
        <translation>JPEG (léger, 8 bits, avec perte)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="115"/>
        <source>WebP (small, 8 bit, lossy)</source>
        <translation>WebP (léger, 8 bits, avec perte)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="122"/>
        <source>Like the source</source>
        <translation>Comme la source</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="123"/>
        <source>8 bit per channel</source>
        <translation>8 bits par couche</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="124"/>
        <source>16 bit per channel (smooth gradients, larger)</source>
        <translation>16 bits par couche (dégradés sans paliers, plus lourd)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="130"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="131"/>
        <source>Bit depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="154"/>
        <source>This picture has no real print resolution (%1): cameras and screens write 72 or 96 dpi. Choose the size it should print at.</source>
        <translation>Cette image n’a pas de vraie résolution d’impression (%1) : appareils photo et écrans écrivent 72 ou 96 dpi. Choisissez la taille à laquelle l’imprimer.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="157"/>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="157"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="166"/>
        <source>%1 dpi: %2</source>
        <translation>%1 dpi : %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="169"/>
        <source>Print resolution</source>
        <translation>Résolution d’impression</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="271"/>
        <source>Films ready to expose: a PDF with one film per page at exact size, and 1-bit TIFFs. The greyscale separations are not written: untick the films to get them.</source>
        <translation>Typons prêts à insoler : un PDF avec un typon par page, à la taille exacte, et des TIFF 1 bit. Les séparations en niveaux de gris ne sont pas écrites : décochez les typons pour les obtenir.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="281"/>
        <source>It will write, in the folder above:</source>
        <translation>Fichiers écrits dans le dossier ci-dessus :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/export_dialog.py" line="283"/>
        <source>and a .hybridstudio.json process record beside each file.</source>
        <translation>et, à côté de chacun, sa fiche de fabrication .hybridstudio.json.</translation>
    </message>
</context>
<context>
    <name>GeneratePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="310"/>
        <source>No image generator is installed yet. Open an image instead, or add a diffusion model in Tools › Models.</source>
        <translation>Aucun générateur d’images n’est installé pour l’instant. Ouvrez plutôt une image, ou ajoutez un modèle de diffusion dans Outils › Modèles.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="317"/>
        <source>Describe the picture you want. It is made on this computer, and the process record will say it was generated.</source>
        <translation>Décrivez l’image que vous voulez. Elle est fabriquée sur cet ordinateur, et la fiche de fabrication dira qu’elle a été générée.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="321"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="324"/>
        <source>e.g. a linocut of a heron in the reeds, bold shapes</source>
        <translation>ex. : une linogravure de héron dans les roseaux, formes franches</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="325"/>
        <source>Negative prompt</source>
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="326"/>
        <source>what you do not want: blurry, text, watermark</source>
        <translation>ce que vous ne voulez pas : flou, texte, filigrane</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="327"/>
        <source>New seed</source>
        <translation>Nouveau germe</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="328"/>
        <source>A new random seed</source>
        <translation>Un nouveau germe aléatoire, tiré au hasard</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="329"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="330"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="331"/>
        <source>How it works, step by step</source>
        <translation>Comment ça marche, étape par étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="334"/>
        <source>Each frame is the picture after one denoising step. The model starts from pure noise; at every step it predicts the noise that hides the image, and the scheduler decides how much of it to remove. Early steps settle the composition, late steps the details.</source>
        <translation>Chaque vignette montre l’image après une étape de débruitage. Le modèle part d’un bruit pur ; à chaque étape il devine le bruit qui cache l’image, et le planificateur (scheduler) décide quelle part en retirer. Les premières étapes posent la composition, les dernières les détails.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="367"/>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="384"/>
        <source>Seed used: %1 (type it in Seed to make this picture again)</source>
        <translation>Germe aléatoire utilisé : %1 (tapez-le dans Germe aléatoire pour refaire exactement cette image)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="389"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="262"/>
        <source>“%1” is not on this computer yet (%2 to download).</source>
        <extracomment>the generation settings the estimate depends on</extracomment>
        <translation>« %1 » n’est pas encore sur cet ordinateur (%2 à télécharger).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="322"/>
        <source>Download it now</source>
        <translation>Le télécharger maintenant</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/generate_panel.py" line="323"/>
        <source>Import a model from a file…</source>
        <translation>Importer un modèle depuis un fichier…</translation>
    </message>
</context>
<context>
    <name>Inks</name>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="24"/>
        <source>Apricot</source>
        <translation>Abricot</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="25"/>
        <source>Aqua</source>
        <translation>Aqua</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="26"/>
        <source>Atelier sérigraphie — encres mesurées (exemple)</source>
        <translation>Atelier sérigraphie — encres mesurées (exemple)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="27"/>
        <source>Bisque</source>
        <translation>Bisque</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="28"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="29"/>
        <source>Black paper</source>
        <translation>Papier noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="30"/>
        <source>Blanc couvrant</source>
        <translation>Blanc couvrant</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="31"/>
        <source>Bleu outremer</source>
        <translation>Bleu outremer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="32"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="33"/>
        <source>Brick</source>
        <translation>Brique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="34"/>
        <source>Bright Gold</source>
        <translation>Or vif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="35"/>
        <source>Bright Olive Green</source>
        <translation>Vert olive vif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="36"/>
        <source>Bright Red</source>
        <translation>Rouge vif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="37"/>
        <source>Bright white coated paper</source>
        <translation>Papier couché blanc éclatant</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="38"/>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="39"/>
        <source>Bubble Gum</source>
        <translation>Rose bonbon</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="40"/>
        <source>Burgundy</source>
        <translation>Bordeaux</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="41"/>
        <source>Charcoal</source>
        <translation>Anthracite</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="42"/>
        <source>Clear Medium</source>
        <translation>Médium transparent</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="43"/>
        <source>Copper</source>
        <translation>Cuivre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="44"/>
        <source>Coral</source>
        <translation>Corail</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="45"/>
        <source>Cornflower</source>
        <translation>Bleuet</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="46"/>
        <source>Cranberry</source>
        <translation>Canneberge</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="47"/>
        <source>Cream / natural paper</source>
        <translation>Papier crème / naturel</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="48"/>
        <source>Crimson</source>
        <translation>Cramoisi</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="49"/>
        <source>Dark Mauve</source>
        <translation>Mauve foncé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="50"/>
        <source>Emerald</source>
        <translation>Émeraude</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="51"/>
        <source>Federal Blue</source>
        <translation>Bleu fédéral</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="52"/>
        <source>Flat Gold</source>
        <translation>Or mat</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="53"/>
        <source>Flatallic Gold</source>
        <translation>Or mat métallisé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="54"/>
        <source>Fluorescent Green</source>
        <translation>Vert fluo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="55"/>
        <source>Fluorescent Orange</source>
        <translation>Orange fluo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="56"/>
        <source>Fluorescent Pink</source>
        <translation>Rose fluo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="57"/>
        <source>Fluorescent Red</source>
        <translation>Rouge fluo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="58"/>
        <source>Fluorescent Yellow</source>
        <translation>Jaune fluo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="59"/>
        <source>Forest</source>
        <translation>Forêt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="60"/>
        <source>Forest Green</source>
        <translation>Vert forêt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="61"/>
        <source>Garment: black</source>
        <translation>Textile : noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="62"/>
        <source>Garment: charcoal</source>
        <translation>Textile : anthracite</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="63"/>
        <source>Garment: forest green</source>
        <translation>Textile : vert forêt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="64"/>
        <source>Garment: heather grey</source>
        <translation>Textile : gris chiné</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="65"/>
        <source>Garment: natural (unbleached)</source>
        <translation>Textile : naturel (écru)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="66"/>
        <source>Garment: navy</source>
        <translation>Textile : bleu marine</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="67"/>
        <source>Garment: red</source>
        <translation>Textile : rouge</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="68"/>
        <source>Garment: royal blue</source>
        <translation>Textile : bleu roi</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="69"/>
        <source>Garment: sand</source>
        <translation>Textile : sable</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="70"/>
        <source>Garment: white cotton</source>
        <translation>Textile : coton blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="71"/>
        <source>Generic screen-printing inks</source>
        <translation>Encres de sérigraphie génériques</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="72"/>
        <source>Golden Yellow</source>
        <translation>Jaune d’or</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="73"/>
        <source>Granite</source>
        <translation>Granit</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="74"/>
        <source>Grape</source>
        <translation>Raisin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="75"/>
        <source>Grass</source>
        <translation>Herbe</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="76"/>
        <source>Gray</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="77"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="78"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="79"/>
        <source>Grey board</source>
        <translation>Carton gris</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="80"/>
        <source>Highlight White</source>
        <translation>Blanc de rehaut</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="81"/>
        <source>Hot Pink</source>
        <translation>Rose vif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="82"/>
        <source>Hunter Green</source>
        <translation>Vert chasseur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="83"/>
        <source>ISO 12647-2 PT1 solid</source>
        <translation>aplat ISO 12647-2 PT1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="84"/>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="85"/>
        <source>Ivy</source>
        <translation>Lierre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="86"/>
        <source>Kelly Green</source>
        <translation>Vert prairie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="87"/>
        <source>Kraft (brown)</source>
        <translation>Kraft (brun)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="88"/>
        <source>Lagoon</source>
        <translation>Lagon</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="89"/>
        <source>Lake</source>
        <translation>Lac</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="90"/>
        <source>Lemon Yellow</source>
        <translation>Jaune citron</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="91"/>
        <source>Light Gray</source>
        <translation>Gris clair</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="92"/>
        <source>Light Lime</source>
        <translation>Citron vert clair</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="93"/>
        <source>Light Mauve</source>
        <translation>Mauve clair</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="94"/>
        <source>Light Pink</source>
        <translation>Rose clair</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="95"/>
        <source>Light Teal</source>
        <translation>Bleu canard clair</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="96"/>
        <source>Lime Green</source>
        <translation>Vert citron</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="97"/>
        <source>Mahogany</source>
        <translation>Acajou</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="98"/>
        <source>Marine Red</source>
        <translation>Rouge marine</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="99"/>
        <source>Maroon</source>
        <translation>Bordeaux foncé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="100"/>
        <source>Measured with an i1Pro 3, M1, D50/2°, solid patches on Munken Print White 150 g.</source>
        <translation>Mesuré avec un i1Pro 3, M1, D50/2°, aplats sur Munken Print White 150 g.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="102"/>
        <source>Medium Blue</source>
        <translation>Bleu moyen</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="103"/>
        <source>Melon</source>
        <translation>Melon</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="104"/>
        <source>Metallic Gold</source>
        <translation>Or métallisé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="105"/>
        <source>Metallic Silver</source>
        <translation>Argent métallisé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="106"/>
        <source>Midnight</source>
        <translation>Bleu nuit</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="107"/>
        <source>Mint</source>
        <translation>Menthe</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="108"/>
        <source>Mist</source>
        <translation>Brume</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="109"/>
        <source>Moss</source>
        <translation>Mousse</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="110"/>
        <source>Navy</source>
        <translation>Bleu marine</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="111"/>
        <source>Newsprint</source>
        <translation>Papier journal</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="112"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="113"/>
        <source>Orchid</source>
        <translation>Orchidée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="114"/>
        <source>Paper white (uncoated office/offset)</source>
        <translation>Papier blanc (non couché, bureau/offset)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="115"/>
        <source>Paprika</source>
        <translation>Paprika</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="116"/>
        <source>Pine</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="117"/>
        <source>Plum</source>
        <translation>Prune</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="118"/>
        <source>Process Black</source>
        <translation>Noir quadri</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="119"/>
        <source>Process CMYK (transparent), white, black and common spot colours (opaque, estimates).</source>
        <translation>Quadrichromie CMJN (transparente), blanc, noir et tons directs courants (couvrants, estimations).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="121"/>
        <source>Process Cyan</source>
        <translation>Cyan quadri</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="122"/>
        <source>Process Magenta</source>
        <translation>Magenta quadri</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="123"/>
        <source>Process Yellow</source>
        <translation>Jaune quadri</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="124"/>
        <source>Pumpkin</source>
        <translation>Citrouille</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="125"/>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="126"/>
        <source>RISO risograph inks</source>
        <translation>Encres risographie RISO</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="127"/>
        <source>RISO&apos;s standard and custom drum colours, sRGB screen values (not measured).</source>
        <translation>Couleurs de tambour RISO standard et sur mesure, valeurs sRGB d’écran (non mesurées).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="129"/>
        <source>Raisin</source>
        <translation>Raisin sec</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="130"/>
        <source>Raspberry Red</source>
        <translation>Rouge framboise</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="131"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="132"/>
        <source>Rouge primaire</source>
        <translation>Rouge primaire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="133"/>
        <source>Royal Blue</source>
        <translation>Bleu roi</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="134"/>
        <source>Scarlet</source>
        <translation>Écarlate</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="135"/>
        <source>Sea Blue</source>
        <translation>Bleu mer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="136"/>
        <source>Sea Foam</source>
        <translation>Écume</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="137"/>
        <source>Sky Blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="138"/>
        <source>Slate</source>
        <translation>Ardoise</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="139"/>
        <source>Smoky Teal</source>
        <translation>Bleu canard fumé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="140"/>
        <source>Spruce</source>
        <translation>Épicéa</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="141"/>
        <source>Steel</source>
        <translation>Acier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="142"/>
        <source>Substrates</source>
        <translation>Supports</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="143"/>
        <source>Sunflower</source>
        <translation>Tournesol</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="144"/>
        <source>Tan</source>
        <translation>Beige</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="145"/>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="146"/>
        <source>Tomato</source>
        <translation>Tomate</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="147"/>
        <source>Turquoise</source>
        <translation>Turquoise</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="148"/>
        <source>Violet</source>
        <translation>Violine</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="149"/>
        <source>Warm Red</source>
        <translation>Rouge chaud</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="150"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="151"/>
        <source>Wine</source>
        <translation>Lie-de-vin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="152"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="153"/>
        <source>brightest top white, printed last</source>
        <translation>blanc de dessus le plus lumineux, imprimé en dernier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="154"/>
        <source>clear varnish-like medium: no colour, never chosen by the stock search</source>
        <translation>médium transparent, comme un vernis : sans couleur, jamais choisi par la recherche dans le nuancier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="156"/>
        <source>fluorescent/metallic: brighter than any sRGB value; the preview underestimates it</source>
        <translation>fluo/métallisé : plus lumineux que toute valeur sRGB ; l’aperçu le sous-estime</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="158"/>
        <source>metallic: sheen not modelled; colour is an estimate</source>
        <translation>métallisé : le reflet n’est pas simulé ; la couleur est une estimation</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="159"/>
        <source>opaque underbase / flash white</source>
        <translation>sous-couche couvrante / blanc flashé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="160"/>
        <source>opaque white for underbase on dark paper</source>
        <translation>blanc couvrant pour sous-couche sur papier foncé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="161"/>
        <source>same ink as Burgundy</source>
        <translation>même encre que Bordeaux</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="162"/>
        <source>same ink as Marine Red</source>
        <translation>même encre que Rouge marine</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="163"/>
        <source>semi-opaque in practice; for dark or coloured paper</source>
        <translation>semi-couvrant en pratique ; pour papier foncé ou de couleur</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="155"/>
        <source>no such file</source>
        <extracomment>The profile of the file&apos;s own samples (:func:`load_samples`); None: the sRGB working space. Sample types an image keeps as read (:func:`load_samples`). Formats every command reads (decided once, here, from the file&apos;s header, not its name). Peak bytes per pixel of decoding into the float32 working space: the decoded samples (up to 16-bit RGBA), the float32 RGB result, the alpha plane and one float32 temporary.</extracomment>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="157"/>
        <source>is a folder, not an image</source>
        <translation>est un dossier, pas une image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="159"/>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="161"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="172"/>
        <source>not a readable image: open a PNG, JPEG, TIFF or WebP file</source>
        <translation>image illisible : ouvrez un fichier PNG, JPEG, TIFF ou WebP</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="178"/>
        <source>not a readable image ({detail})</source>
        <translation>image illisible ({detail})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="186"/>
        <source>{format} images are not supported; use PNG, JPEG, TIFF or WebP</source>
        <translation>les images {format} ne sont pas prises en charge ; utilisez PNG, JPEG, TIFF ou WebP</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="196"/>
        <source>an animated image: export the frame you want as a PNG</source>
        <translation>image animée : exportez l’image voulue en PNG</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="208"/>
        <source>the embedded ICC colour profile is corrupt; re-save the image with a valid profile (or none)</source>
        <translation>le profil colorimétrique ICC intégré est corrompu ; réenregistrez l’image avec un profil valide (ou sans profil)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="250"/>
        <source>the file is corrupt or truncated ({detail})</source>
        <translation>le fichier est corrompu ou tronqué ({detail})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="317"/>
        <source>the TIFF is corrupt or unsupported ({detail})</source>
        <translation>le TIFF est corrompu ou non pris en charge ({detail})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/io/images.py" line="330"/>
        <source>the PNG is corrupt or truncated</source>
        <translation>le PNG est corrompu ou tronqué</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="46"/>
        <source>Not enough memory for this job. Try the low-memory mode in Settings, a smaller image, or closing other programs.</source>
        <extracomment>Progress and pictures reach the GUI at most this often (seconds), so a chatty step cannot flood the event loop.</extracomment>
        <translation>Pas assez de mémoire pour ce travail. Essayez le mode mémoire réduite dans les Réglages, une image plus petite, ou fermez d’autres logiciels.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="52"/>
        <source>A file is missing: %1</source>
        <translation>Un fichier manque : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="56"/>
        <source>HybridStudio may not write there: %1</source>
        <translation>HybridStudio n’a pas le droit d’écrire ici : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="60"/>
        <source>The system refused a file operation: %1</source>
        <translation>Le système a refusé une opération sur un fichier : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="174"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="179"/>
        <location filename="../../hybridstudio/ui/jobs.py" line="184"/>
        <location filename="../../hybridstudio/ui/jobs.py" line="286"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="249"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="296"/>
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
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="230"/>
        <source>Cancel job</source>
        <translation>Annuler le travail</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="231"/>
        <source>Stop the selected job; nothing half-written is left behind</source>
        <translation>Arrête le travail choisi ; aucun fichier à moitié écrit ne reste</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="232"/>
        <source>Show files</source>
        <translation>Voir les fichiers</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="233"/>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="237"/>
        <source>Select a job to see what it made, its warnings and what it cost.</source>
        <translation>Choisissez un travail pour voir ce qu’il a produit, ses avertissements et ce qu’il a coûté.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="274"/>
        <source>Files written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="276"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="278"/>
        <source>Device:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="281"/>
        <source>Cost: %1</source>
        <translation>Coût : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="283"/>
        <source>(energy estimated from compute time: the hardware gave no meter)</source>
        <translation>(énergie estimée d’après le temps de calcul : le matériel ne fournit pas de mesure)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="285"/>
        <source>Technical details:</source>
        <translation>Détails techniques :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="234"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs_panel.py" line="235"/>
        <source>The technical details of a failure, for whoever fixes it</source>
        <translation>Les détails techniques d’un échec, pour qui le corrigera</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="296"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="297"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="298"/>
        <source>Shipped &amp;recipes</source>
        <translation>Recettes &amp;fournies</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="299"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="300"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="117"/>
        <source>&amp;Open image…</source>
        <extracomment>name: (object name, shortcut, checkable, toolbar icon)</extracomment>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="118"/>
        <source>Open a photo, a scan or a drawing</source>
        <translation>Ouvrir une photo, un scan ou un dessin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="121"/>
        <source>Open se&amp;parations folder…</source>
        <translation>Ouvrir un dossier de sé&amp;parations…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="122"/>
        <source>Open separations (one greyscale TIFF per ink) to make films</source>
        <translation>Ouvrir des séparations (un TIFF en niveaux de gris par encre) pour en faire des typons</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="125"/>
        <source>Open separations &amp;file…</source>
        <translation>Ouvrir un &amp;fichier de séparations…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="126"/>
        <source>Open a multichannel TIFF or a Photoshop file with spot channels to make films</source>
        <translation>Ouvrir un TIFF multicanal ou un fichier Photoshop à couches de tons directs pour faire des films</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="132"/>
        <source>Open re&amp;cipe…</source>
        <translation>Ouvrir une re&amp;cette…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="133"/>
        <source>Open a recipe file (.toml)</source>
        <translation>Ouvrir un fichier de recette (.toml)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="136"/>
        <source>&amp;New recipe</source>
        <translation>&amp;Nouvelle recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="137"/>
        <source>Start an empty recipe</source>
        <translation>Commencer une recette vide</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="140"/>
        <source>&amp;Save recipe</source>
        <translation>&amp;Enregistrer la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="141"/>
        <source>Save the recipe as a plain file to share</source>
        <translation>Enregistrer la recette dans un simple fichier à partager</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="143"/>
        <source>Save recipe &amp;as…</source>
        <translation>Enregistrer la recette &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="145"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="146"/>
        <source>Write the result at full resolution: images, separations, films, with the process record</source>
        <translation>Écrire le résultat en pleine résolution : images, séparations, typons, avec la fiche de fabrication</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="153"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="154"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="155"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="157"/>
        <source>&amp;Fit</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="158"/>
        <source>Fit the image in the window (Ctrl+0)</source>
        <translation>Ajuster l’image à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="161"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="162"/>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation>Un pixel de l’image par pixel de l’écran (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="165"/>
        <source>Before / after</source>
        <translation>Avant / après</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="166"/>
        <source>Compare the original and the result with a split you can drag (Ctrl+B)</source>
        <translation>Comparer l’original et le résultat avec une séparation que l’on fait glisser (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="170"/>
        <source>F&amp;ull screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="172"/>
        <location filename="../../hybridstudio/ui/main_window.py" line="301"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="173"/>
        <source>Run the recipe at full resolution (Ctrl+R)</source>
        <translation>Lancer la recette en pleine résolution (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="176"/>
        <source>&amp;Cancel jobs</source>
        <translation>&amp;Annuler les travaux</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="177"/>
        <source>Stop every running job</source>
        <translation>Arrêter tous les travaux en cours</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="179"/>
        <source>&amp;Live preview</source>
        <translation>Aperçu en &amp;direct</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="181"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="182"/>
        <source>The AI models: download, import, check, remove</source>
        <translation>Les modèles d’IA : télécharger, importer, vérifier, supprimer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="184"/>
        <source>&amp;About HybridStudio</source>
        <translation>À &amp;propos de HybridStudio</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="185"/>
        <source>&amp;Explain this step</source>
        <translation>&amp;Expliquer cette étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="192"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="194"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="195"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="302"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="304"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="305"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="306"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="307"/>
        <source>Jobs</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="309"/>
        <source>Show:</source>
        <translation>Voir :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="312"/>
        <source>Drop an image or a recipe here, or use File › Open image…

Or write a prompt in the Generate panel.</source>
        <translation>Glissez ici une image ou une recette, ou passez par Fichier › Ouvrir une image…

Ou écrivez un prompt dans le panneau Générer.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="316"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="316"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/main_window.py" line="287"/>
        <source>generated image</source>
        <translation>image générée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="158"/>
        <source>%1 ran on %2 (%3).</source>
        <translation>%1 a tourné sur %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="169"/>
        <source>%1, in use</source>
        <translation>%1, en service</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="171"/>
        <source>“%1” runs its AI steps on this device.</source>
        <translation>« %1 » fait tourner ses étapes d’IA sur ce matériel.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/device.py" line="188"/>
        <source>(fallback)</source>
        <translation>(repli)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/status_bar.py" line="68"/>
        <source>Device: %1</source>
        <translation>Matériel : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/actions.py" line="230"/>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="82"/>
        <source>%1 × %2 %3 at %4 dpi</source>
        <translation>%1 × %2 %3 à %4 dpi</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="88"/>
        <source>preview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="226"/>
        <source>Could not open the separations</source>
        <extracomment>The recipe a first launch opens on the sample, when shipped: colourful, craft only, offline. The window&apos;s words keep the translation context they had in the window (&quot;MainWindow&quot;). answers &quot;the school server cannot be reached: compute here?&quot; (the window asks) told the files an export wrote; returns a line about their credentials the window&apos;s own part of the session (panels, split) and how it comes back</extracomment>
        <translation>Impossible d’ouvrir les séparations</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="233"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="243"/>
        <source>Could not open the image</source>
        <translation>Impossible d’ouvrir l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="260"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="281"/>
        <source>Could not open the recipe</source>
        <translation>Impossible d’ouvrir la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="308"/>
        <source>Untitled recipe</source>
        <translation>Recette sans titre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="348"/>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="352"/>
        <source>AI preview on a small copy: AI steps take a few seconds on the processor…</source>
        <translation>Aperçu IA sur une copie réduite : les étapes d’IA prennent quelques secondes sur le processeur…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="356"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="360"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="385"/>
        <source>The recipe is empty: add a step first.</source>
        <translation>La recette est vide : ajoutez d’abord une étape.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="394"/>
        <source>The recipe cannot run</source>
        <translation>La recette ne peut pas tourner</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="398"/>
        <source>Open an image first.</source>
        <translation>Ouvrez d’abord une image.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="421"/>
        <source>Finished: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="424"/>
        <source>Exported %1 files. %2</source>
        <translation>%1 fichiers exportés. %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="432"/>
        <source>The job failed</source>
        <translation>Le travail a échoué</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="435"/>
        <source>Export “%1”</source>
        <translation>Export « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="435"/>
        <source>Run “%1”</source>
        <translation>Recette « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="456"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="478"/>
        <source>Generation failed</source>
        <translation>La génération a échoué</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="480"/>
        <source>Generate “%1”</source>
        <translation>Génération « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="531"/>
        <source>Show %1</source>
        <translation>Voir %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="568"/>
        <source>Autosave failed: %1</source>
        <translation>L’enregistrement automatique a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/studio.py" line="598"/>
        <source>Your last session was restored.</source>
        <translation>Votre dernière session a été récupérée.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="36"/>
        <source>Open image</source>
        <extracomment>The dialogs keep the translation context they had in the window.</extracomment>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="38"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="48"/>
        <source>Open a separations folder</source>
        <translation>Ouvrir un dossier de séparations</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="58"/>
        <source>Open a separations file</source>
        <translation>Ouvrir un fichier de séparations</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="60"/>
        <source>Multichannel TIFF or Photoshop (%1)</source>
        <translation>TIFF multicanal ou Photoshop (%1)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="70"/>
        <source>Open recipe</source>
        <translation>Ouvrir une recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="70"/>
        <location filename="../../hybridstudio/ui/dialogs.py" line="85"/>
        <source>Recipes (*.toml)</source>
        <translation>Recettes (*.toml)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="85"/>
        <source>Save recipe</source>
        <translation>Enregistrer la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="93"/>
        <source>Could not save the recipe</source>
        <translation>Impossible d’enregistrer la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="95"/>
        <source>Recipe saved: %1</source>
        <translation>Recette enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="132"/>
        <source>About HybridStudio</source>
        <translation>À propos de HybridStudio</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="133"/>
        <source>&lt;h3&gt;HybridStudio %1&lt;/h3&gt;&lt;p&gt;Local AI and craft image making for art schools and print workshops. Everything runs on this computer; every output says what was AI and what was craft, and what it cost in energy.&lt;/p&gt;&lt;p&gt;Free software (GPL 3 or later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HybridStudio %1&lt;/h3&gt;&lt;p&gt;Fabriquer des images entre IA locale et savoir-faire d’atelier, pour les écoles d’art et les ateliers d’impression. Tout tourne sur cet ordinateur ; chaque fichier dit ce qui vient de l’IA, ce qui vient de la main, et ce que cela a coûté en énergie.&lt;/p&gt;&lt;p&gt;Logiciel libre (GPL 3 ou ultérieure).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="145"/>
        <source>Restore your work?</source>
        <translation>Récupérer votre travail ?</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="146"/>
        <source>HybridStudio did not close normally last time. Restore the recipe and image you were working on?</source>
        <translation>HybridStudio ne s’est pas fermé normalement la dernière fois. Récupérer la recette et l’image sur lesquelles vous travailliez ?</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="164"/>
        <source>Save the recipe?</source>
        <translation>Enregistrer la recette ?</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/dialogs.py" line="165"/>
        <source>The recipe “%1” has changes that are not saved.</source>
        <translation>La recette « %1 » a des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>MeshUnitSetting</name>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="99"/>
        <source>As the language (French: threads/cm)</source>
        <translation>Selon la langue (français : fils/cm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="100"/>
        <source>Threads per inch</source>
        <translation>Fils par pouce</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="101"/>
        <source>Threads per centimetre</source>
        <translation>Fils par centimètre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="106"/>
        <source>How screen mesh counts are shown and typed, in recipes and in the screening advice</source>
        <translation>Comment les tamis sont affichés et saisis, dans les recettes et dans les conseils de tramage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="148"/>
        <source>Mesh counts</source>
        <translation>Tamis</translation>
    </message>
</context>
<context>
    <name>ModelNotes</name>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="164"/>
        <source>A human licence check is needed before any commercial use.</source>
        <translation>Une vérification humaine de la licence est nécessaire avant tout usage commercial.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="165"/>
        <source>File name and size from the repository listing; the hub&apos;s LFS sha256 is checked on download.</source>
        <translation>Nom et taille du fichier d’après la liste du dépôt ; le sha256 LFS du hub est vérifié au téléchargement.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="168"/>
        <source>File name follows the repository&apos;s ONNX/ folder naming (fp32/fp16, opset 14–17); check the listing if the download reports it missing.</source>
        <translation>Le nom du fichier suit le nommage du dossier ONNX/ du dépôt (fp32/fp16, opset 14–17) ; vérifiez la liste si le téléchargement le dit absent.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="171"/>
        <source>Licence of the ONNX copy not checked against its source (madebyollin/taesd, MIT).</source>
        <translation>Licence de la copie ONNX non vérifiée par rapport à sa source (madebyollin/taesd, MIT).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="173"/>
        <source>Licence tag on the ONNX repo is sai-nc-community; stabilityai/sd-turbo now points to the Stability AI Community License. A human licence check is needed before any commercial use.</source>
        <translation>L’étiquette de licence du dépôt ONNX est sai-nc-community ; stabilityai/sd-turbo renvoie désormais à la Stability AI Community License. Une vérification humaine de la licence est nécessaire avant tout usage commercial.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="176"/>
        <source>ONNX export merged into the main branch (repository PR #11); the folder also holds PyTorch weights, which HybridStudio does not download.</source>
        <translation>Export ONNX fusionné dans la branche principale (PR n° 11 du dépôt) ; le dossier contient aussi des poids PyTorch, que HybridStudio ne télécharge pas.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="179"/>
        <source>ONNX files on the main branch (repository PR #15) beside the PyTorch weights, which HybridStudio does not download.</source>
        <translation>Fichiers ONNX sur la branche principale (PR n° 15 du dépôt) à côté des poids PyTorch, que HybridStudio ne télécharge pas.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="182"/>
        <source>Runs on the CUDA provider only (model card): not on CPU or DirectML.</source>
        <translation>Tourne uniquement avec le fournisseur CUDA (fiche du modèle) : ni sur processeur ni avec DirectML.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/data_texts.py" line="184"/>
        <source>The export has a fixed 128×128 input: HybridStudio tiles at exactly that size.</source>
        <translation>L’export a une entrée fixe de 128×128 : HybridStudio découpe en tuiles de cette taille exacte.</translation>
    </message>
</context>
<context>
    <name>ModelPrecision</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="397"/>
        <source>Download the fp32 variant</source>
        <translation>Télécharger la variante fp32</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="398"/>
        <source>Download anyway</source>
        <translation>Télécharger malgré tout</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="399"/>
        <source>Press Download anyway to get it all the same (for another computer).</source>
        <translation>Appuyez sur « Télécharger malgré tout » pour l’obtenir quand même (pour un autre ordinateur).</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="382"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="126"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="127"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="128"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="134"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="211"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="314"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="129"/>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="130"/>
        <location filename="../../hybridstudio/ui/models_panel.py" line="234"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="131"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="136"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="137"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="138"/>
        <source>Re-compute every file&apos;s sha256 and compare with the catalogue</source>
        <translation>Recalculer le sha256 de chaque fichier et le comparer au catalogue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="139"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="140"/>
        <source>Import ONNX file…</source>
        <translation>Importer un fichier ONNX…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="141"/>
        <source>Import model folder…</source>
        <translation>Importer un dossier de modèle…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="144"/>
        <source>Device: %1. %2</source>
        <translation>Matériel : %1. %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="167"/>
        <source>commercial use allowed</source>
        <translation>usage commercial autorisé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="168"/>
        <source>no commercial use</source>
        <translation>pas d’usage commercial</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="169"/>
        <source>commercial use unclear</source>
        <translation>usage commercial incertain</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="187"/>
        <source>Models take %1 on disk.</source>
        <translation>Les modèles occupent %1 sur le disque.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="239"/>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="240"/>
        <source>Known biases</source>
        <translation>Biais connus</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="242"/>
        <source>Memory needs</source>
        <translation>Mémoire nécessaire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="243"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="244"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="245"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="247"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="327"/>
        <source>Download %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="329"/>
        <source>Downloaded and verified.</source>
        <translation>Téléchargé et vérifié.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="343"/>
        <source>Verify %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="345"/>
        <source>Every file matches its sha256.</source>
        <translation>Chaque fichier correspond à son sha256.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="355"/>
        <source>Remove %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="357"/>
        <source>Removed: %1 freed.</source>
        <translation>Supprimé : %1 libérés.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="362"/>
        <source>Import a diffusion model folder</source>
        <translation>Importer un dossier de modèle de diffusion</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="365"/>
        <source>Import an ONNX model</source>
        <translation>Importer un modèle ONNX</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="365"/>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="372"/>
        <source>Import %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="374"/>
        <source>Imported as “%1”.</source>
        <translation>Importé sous le nom « %1 ».</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="192"/>
        <source>RAM</source>
        <translation>Mémoire vive</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/models_panel.py" line="192"/>
        <source>graphics memory</source>
        <translation>mémoire graphique</translation>
    </message>
</context>
<context>
    <name>ParamErrors</name>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="72"/>
        <source>a value is required</source>
        <extracomment>Parameter kinds a step may declare, and what a recipe may write for each. The field&apos;s title in forms and help (&quot;Ruling&quot;); empty: made from the name. What each choice is called in forms, in the order of ``choices`` (a :class:`Choice` enum&apos;s labels); empty: the ids, made readable.</extracomment>
        <translation>une valeur est nécessaire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="79"/>
        <source>expected true or false, got {value}</source>
        <translation>vrai ou faux attendu, reçu {value}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="92"/>
        <source>expected a whole number, got {value}</source>
        <translation>nombre entier attendu, reçu {value}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="106"/>
        <source>expected a number, got {value}</source>
        <translation>nombre attendu, reçu {value}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="112"/>
        <source>expected a number, got NaN</source>
        <translation>nombre attendu, reçu NaN</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="120"/>
        <source>expected text, got {value}</source>
        <translation>texte attendu, reçu {value}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="129"/>
        <source>{value} is not one of {choices}{hint}</source>
        <translation>{value} n’est pas l’un des choix {choices}{hint}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="141"/>
        <source>expected a colour like &apos;#1a2b3c&apos;, got {value}</source>
        <translation>couleur attendue comme « #1a2b3c », reçu {value}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="153"/>
        <source>expected a list of numbers, got {value}</source>
        <translation>liste de nombres attendue, reçu {value}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="166"/>
        <source>expected a list of names, got {value}</source>
        <translation>liste de noms attendue, reçu {value}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="186"/>
        <source>{value}{unit} is below the minimum {limit}{unit}</source>
        <translation>{value}{unit} est sous le minimum de {limit}{unit}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/params.py" line="196"/>
        <source>{value}{unit} is above the maximum {limit}{unit}</source>
        <translation>{value}{unit} dépasse le maximum de {limit}{unit}</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="67"/>
        <source>Range: %1 to %2</source>
        <translation>Plage : de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="73"/>
        <source>Choices: %1</source>
        <translation>Choix : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="81"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="92"/>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="93"/>
        <source>Name in recipes: %1</source>
        <translation>Nom dans les recettes : %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="140"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="183"/>
        <source>This step has no settings.</source>
        <translation>Cette étape n’a pas de réglages.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="207"/>
        <location filename="../../hybridstudio/ui/param_form.py" line="224"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="261"/>
        <location filename="../../hybridstudio/ui/param_form.py" line="268"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="290"/>
        <source>numbers separated by commas</source>
        <translation>nombres séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/param_form.py" line="292"/>
        <source>names separated by commas</source>
        <translation>noms séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="64"/>
        <source>This file is not a picture HybridStudio can read. Open a PNG, JPEG, TIFF or WebP file.</source>
        <translation>Ce fichier n’est pas une image que HybridStudio sait lire. Ouvrez un fichier PNG, JPEG, TIFF ou WebP.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/jobs.py" line="68"/>
        <source>Something went wrong inside HybridStudio. Try again; if it happens again, open Details and show them to whoever looks after the computers.</source>
        <translation>Un problème est survenu dans HybridStudio. Réessayez ; si cela se reproduit, ouvrez Détails et montrez-les à la personne qui s’occupe des ordinateurs.</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <location filename="../../hybridstudio/ui/problem.py" line="48"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="415"/>
        <source>film {order}/{n}: {ink}</source>
        <translation>typon {order}/{n} : {ink}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/writer.py" line="61"/>
        <source>writing the PDF</source>
        <translation>écriture du PDF</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/writer.py" line="74"/>
        <source>films written</source>
        <translation>typons écrits</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/server/client.py" line="274"/>
        <source>waiting on the school server ({position} before)</source>
        <translation>en attente du serveur de l’école ({position} avant)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/server/client.py" line="283"/>
        <source>running on {device}</source>
        <translation>calcul sur {device}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/export.py" line="108"/>
        <source>writing the negative</source>
        <translation>écriture du négatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/export.py" line="144"/>
        <source>negative written</source>
        <translation>négatif écrit</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/job.py" line="164"/>
        <source>checking the model files</source>
        <translation>vérification des fichiers du modèle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/pipeline.py" line="613"/>
        <source>reading the prompt</source>
        <translation>lecture du prompt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/pipeline.py" line="223"/>
        <source>step {k} of {n}</source>
        <translation>étape {k} sur {n}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/pipeline.py" line="802"/>
        <source>decoding the latents into pixels</source>
        <translation>décodage des latents en pixels</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/executor.py" line="194"/>
        <location filename="../../hybridstudio/diffusion/pipeline.py" line="482"/>
        <location filename="../../hybridstudio/separation/api.py" line="313"/>
        <location filename="../../hybridstudio/upscale/engine.py" line="187"/>
        <source>done</source>
        <extracomment>How an input file becomes a payload, per payload kind (&quot;module:function&quot;). ``ImagePayload.meta`` key: {&quot;sha256&quot;: the file&apos;s, &quot;pixels&quot;: the pixels&apos;} of the file an image was read from, taken when it was read (the app opens a file, then runs its in-memory copy).</extracomment>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/engine.py" line="162"/>
        <source>colour</source>
        <extracomment>Working memory per input pixel of a tile, for a ×4 model, measured on the shared ESRGAN models with onnxruntime on a CPU (thick: 2.9 KB at 256 px, 4.3 KB at 384 px; slim: 5.3–5.9 KB).</extracomment>
        <translation>couleur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/engine.py" line="176"/>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/tiling.py" line="203"/>
        <source>{label}: tile {k}/{n}</source>
        <extracomment>Context per side. Measured on the four shared ESRGAN models (tiles of 64 px, a real photo): the largest difference from a single-window run is 0.30/255 at 10 px, 0.008/255 at 12 px, 0 at 16 px.</extracomment>
        <translation>{label} : tuile {k}/{n}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="61"/>
        <source>{file}: verifying sha256 {done:.1f} MB / {total:.1f} MB</source>
        <translation>{file} : vérification sha256 {done:.1f} Mo / {total:.1f} Mo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="68"/>
        <source>{file}: verifying sha256 {done:.1f} MB</source>
        <translation>{file} : vérification sha256 {done:.1f} Mo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="76"/>
        <source>{file}: {done:.1f} MB / {total:.1f} MB at {rate:.1f} MB/s, {eta:.0f} s left</source>
        <translation>{file} : {done:.1f} Mo / {total:.1f} Mo à {rate:.1f} Mo/s, encore {eta:.0f} s</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="84"/>
        <source>{file}: {done:.1f} MB / {total:.1f} MB at {rate:.1f} MB/s</source>
        <translation>{file} : {done:.1f} Mo / {total:.1f} Mo à {rate:.1f} Mo/s</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/hub.py" line="88"/>
        <source>{file}: {done:.1f} MB at {rate:.1f} MB/s</source>
        <translation>{file} : {done:.1f} Mo à {rate:.1f} Mo/s</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/export.py" line="163"/>
        <source>writing {ink}</source>
        <translation>écriture de {ink}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="196"/>
        <source>analysing colours</source>
        <translation>analyse des couleurs</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="223"/>
        <source>resampling to the output resolution</source>
        <translation>rééchantillonnage à la résolution de sortie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="242"/>
        <source>predicting the print</source>
        <translation>prédiction de l’impression</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/stock.py" line="135"/>
        <source>choosing ink {k} of {n}</source>
        <translation>choix de l’encre {k} sur {n}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/stock.py" line="159"/>
        <source>trying ink swaps</source>
        <translation>essai d’échanges d’encres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="50"/>
        <source>planning the films</source>
        <translation>préparation des typons</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="63"/>
        <source>films planned (rendered when saved)</source>
        <translation>typons préparés (calculés à l’enregistrement)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="78"/>
        <source>laying out the negative</source>
        <translation>mise en page du négatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="115"/>
        <source>simulating the expected print</source>
        <translation>simulation du tirage attendu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="129"/>
        <source>negative ready</source>
        <translation>négatif prêt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="59"/>
        <source>loading the model</source>
        <translation>chargement du modèle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="101"/>
        <source>grain</source>
        <translation>grain</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/executor.py" line="267"/>
        <source>reused from the cache</source>
        <translation>repris du cache</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/executor.py" line="312"/>
        <source>writing outputs</source>
        <translation>écriture des fichiers</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/sign.py" line="32"/>
        <source>signing the content credentials</source>
        <extracomment>What a progress bar says while the library signs (seconds for a gigabyte file).</extracomment>
        <translation>signature des Content Credentials</translation>
    </message>
</context>
<context>
    <name>ReaderErrors</name>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="123"/>
        <source>no such recipe file</source>
        <translation>fichier de recette introuvable</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="128"/>
        <source>file is larger than {kb} kB: not a recipe</source>
        <translation>fichier de plus de {kb} ko : ce n’est pas une recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="138"/>
        <source>not a UTF-8 text file ({detail})</source>
        <translation>ce n’est pas un fichier texte UTF-8 ({detail})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="150"/>
        <source>arrays or tables nested more than {depth} levels deep: not a recipe</source>
        <translation>tableaux ou tables imbriqués sur plus de {depth} niveaux : ce n’est pas une recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="161"/>
        <source>not valid TOML ({detail})</source>
        <translation>TOML invalide ({detail})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="165"/>
        <source>nested too deeply: not a recipe</source>
        <translation>imbriqué trop profondément : ce n’est pas une recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="175"/>
        <source>missing &apos;{key} = {version}&apos; (the format version)</source>
        <translation>« {key} = {version} » manque (la version du format)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="206"/>
        <source>the recipe has no steps</source>
        <translation>la recette n’a aucune étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="54"/>
        <location filename="../../hybridstudio/analog/cube.py" line="194"/>
        <source>no such .cube file</source>
        <extracomment>A 256³ LUT with 12-digit values is about 700 MB; larger files are not LUTs.</extracomment>
        <translation>fichier .cube introuvable</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="59"/>
        <source>larger than {mb} MB: not a .cube LUT (a {n}³ LUT is smaller)</source>
        <translation>plus de {mb} Mo : ce n’est pas une LUT .cube (une LUT {n}³ est plus petite)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="72"/>
        <source>not a text .cube file ({detail})</source>
        <translation>ce n’est pas un fichier .cube texte ({detail})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="124"/>
        <source>no LUT_1D_SIZE or LUT_3D_SIZE line: not a .cube LUT</source>
        <translation>aucune ligne LUT_1D_SIZE ni LUT_3D_SIZE : ce n’est pas une LUT .cube</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="168"/>
        <source>line {line}: text where numbers belong: {text!r}</source>
        <translation>ligne {line} : du texte là où des nombres sont attendus : {text!r}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="177"/>
        <source>line {line}: NaN or infinite value in {what}: {text!r}</source>
        <translation>ligne {line} : valeur NaN ou infinie dans {what} : {text!r}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/cube.py" line="145"/>
        <source>{where}: expected {expected} data rows ({sizes}), found {rows}</source>
        <translation>{where} : {expected} lignes de données attendues ({sizes}), {rows} trouvées</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/calibration.py" line="205"/>
        <source>not a HybridStudio negative calibration (expected format {format!r})</source>
        <translation>ce n’est pas un étalonnage de négatif HybridStudio (format attendu {format!r})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/calibration.py" line="216"/>
        <source>&apos;version&apos; must be a whole number, got {value!r}</source>
        <translation>« version » doit être un nombre entier, trouvé {value!r}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/calibration.py" line="224"/>
        <source>made by a newer HybridStudio (version {version})</source>
        <translation>créé par une version plus récente de HybridStudio (version {version})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/calibration.py" line="245"/>
        <source>damaged calibration file: {detail}</source>
        <translation>fichier d’étalonnage endommagé : {detail}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/inks.py" line="277"/>
        <source>cannot read the ink library ({detail})</source>
        <translation>impossible de lire la bibliothèque d’encres ({detail})</translation>
    </message>
</context>
<context>
    <name>RecipeDocument</name>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="104"/>
        <source>Add step “%1”</source>
        <extracomment>Edits of one field closer together than this become a single undo step. the shipped French name and description, shown while the English ones are unchanged</extracomment>
        <translation>Ajouter l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="116"/>
        <source>Remove step “%1”</source>
        <translation>Supprimer l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="123"/>
        <source>Move step</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="139"/>
        <source>Change “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="147"/>
        <source>Turn on “%1”</source>
        <translation>Activer « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="149"/>
        <source>Turn off “%1”</source>
        <translation>Désactiver « %1 »</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="158"/>
        <source>Rename step</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="165"/>
        <source>Change the recipe&apos;s details</source>
        <translation>Modifier les informations de la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/document.py" line="172"/>
        <source>Untitled recipe</source>
        <translation>Recette sans titre</translation>
    </message>
</context>
<context>
    <name>RecipeFiles</name>
    <message>
        <location filename="../../hybridstudio/core/safepaths.py" line="60"/>
        <source>{name!r} is outside the recipe&apos;s folder and your HybridStudio folders: a shared recipe may only use files beside it (copy the file next to the recipe)</source>
        <translation>{name!r} est hors du dossier de la recette et de vos dossiers HybridStudio : une recette partagée ne peut utiliser que des fichiers placés à côté d’elle (copiez le fichier à côté de la recette)</translation>
    </message>
</context>
<context>
    <name>RecipeInputs</name>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="44"/>
        <source>an image</source>
        <extracomment>``name_fr``/``description_fr``: the recipe&apos;s name and description in French (shipped recipes) What each payload kind is called when telling a person what a recipe needs.</extracomment>
        <translation>une image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="45"/>
        <source>a separations folder</source>
        <translation>un dossier de séparations</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="46"/>
        <source>films</source>
        <translation>des typons</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="47"/>
        <source>a digital negative</source>
        <translation>un négatif numérique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="302"/>
        <source>This recipe makes films from separations: add a separation step, or open a separations folder.</source>
        <translation>Cette recette fait des typons à partir de séparations : ajoutez une étape de séparation, ou ouvrez un dossier de séparations.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="311"/>
        <source>This recipe works on separations: add a separation step, or open a separations folder.</source>
        <translation>Cette recette travaille sur des séparations : ajoutez une étape de séparation, ou ouvrez un dossier de séparations.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="318"/>
        <source>This recipe works on %1: open one first.</source>
        <translation>Cette recette travaille sur %1 : ouvrez-en d’abord.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/recipe.py" line="324"/>
        <source>This recipe works on %1, but what is open is %2: open %1 instead.</source>
        <translation>Cette recette travaille sur %1, mais ce qui est ouvert est %2 : ouvrez plutôt %1.</translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="204"/>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="205"/>
        <source>Add a step at the end of the recipe (or after the selected one)</source>
        <translation>Ajouter une étape à la fin de la recette (ou après celle qui est choisie)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="206"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="207"/>
        <source>Remove the selected step (Delete)</source>
        <translation>Supprimer l’étape choisie (Suppr)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="208"/>
        <source>Move the step earlier (Alt+Up)</source>
        <translation>Avancer l’étape (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="209"/>
        <source>Move the step later (Alt+Down)</source>
        <translation>Reculer l’étape (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="210"/>
        <source>Details…</source>
        <translation>Informations…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="211"/>
        <source>Name and description of the recipe, as others will see them</source>
        <translation>Nom et description de la recette, tels que les autres les verront</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="213"/>
        <source>Double-click a step to give it your own name; drag to reorder; untick to skip it</source>
        <translation>Double-cliquez sur une étape pour lui donner votre propre nom ; glissez pour changer l’ordre ; décochez pour la sauter</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="215"/>
        <source>Live preview</source>
        <translation>Aperçu en direct</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="218"/>
        <source>Re-run the changed steps on a reduced image after every change. Steps whose settings did not change come from the cache.</source>
        <translation>Après chaque changement, refaire sur une image réduite les étapes modifiées. Les étapes dont les réglages n’ont pas bougé sortent du cache.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="222"/>
        <source>Run at full resolution</source>
        <translation>Lancer en pleine résolution</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="223"/>
        <source>Run the whole recipe on the full-size image (Ctrl+R)</source>
        <translation>Passer toute la recette sur l’image en taille réelle (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="278"/>
        <source>Rename step</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="278"/>
        <source>Name of this step:</source>
        <translation>Nom de cette étape :</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="286"/>
        <source>Recipe details</source>
        <translation>Informations sur la recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="291"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="292"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="375"/>
        <source>Add a step to start a recipe.</source>
        <translation>Ajoutez une étape pour commencer une recette.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="203"/>
        <source>Open a separations folder…</source>
        <translation>Ouvrir un dossier de séparations…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/recipe_panel.py" line="359"/>
        <source>Add “%1” first</source>
        <translation>Ajouter d’abord « %1 »</translation>
    </message>
</context>
<context>
    <name>SchoolServer</name>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="215"/>
        <source>School server %1</source>
        <translation>Serveur de l’école %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="219"/>
        <source>School server (%1)</source>
        <translation>Serveur de l’école (%1)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="223"/>
        <source>Jobs compute on the school server at %1. %2</source>
        <translation>Les travaux sont calculés sur le serveur de l’école (%1). %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="228"/>
        <source>Its GPU is named after the first job, or with Settings → Check.</source>
        <translation>Sa carte graphique est nommée après le premier travail, ou avec Réglages → Vérifier.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="234"/>
        <source>If it cannot be reached, jobs compute on this computer.</source>
        <translation>S’il est injoignable, les travaux sont calculés sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SchoolServerFallback</name>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="185"/>
        <source>School server unreachable</source>
        <translation>Serveur de l’école injoignable</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="188"/>
        <source>Compute this job on this computer instead? It can be much slower than on the server.</source>
        <translation>Calculer ce travail sur cet ordinateur à la place ? Ce peut être bien plus lent que sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="196"/>
        <source>Compute on this computer</source>
        <translation>Calculer sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/runner.py" line="201"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ScreeningAdvice</name>
    <message>
        <location filename="../../hybridstudio/commands/step_command.py" line="103"/>
        <source>warning: {advice}</source>
        <extracomment>Exit status of a command the user stopped (the shell&apos;s for SIGINT).</extracomment>
        <translation>attention : {advice}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/commands/films.py" line="124"/>
        <source>note: {advice}</source>
        <translation>remarque : {advice}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="184"/>
        <source>{dpi:g} dpi is not a whole multiple of the {sep_dpi:g} dpi index separations: their pixels are resampled to squares of {k} film pixels ({got:g} dpi); choose {keep:g} dpi to keep every pixel</source>
        <translation>{dpi:g} dpi n’est pas un multiple entier des {sep_dpi:g} dpi des séparations index : leurs pixels sont rééchantillonnés en carrés de {k} pixels de typon ({got:g} dpi) ; choisissez {keep:g} dpi pour garder chaque pixel</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="205"/>
        <source>these are index separations (one ink per pixel, already dithered): halftoning them again ({method}) blurs their pixel edges into dots; use the index method to print each pixel as one square</source>
        <translation>ce sont des séparations index (une encre par pixel, déjà tramées) : les tramer de nouveau ({method}) brouille les bords de leurs pixels en points ; utilisez la méthode index pour imprimer chaque pixel comme un carré</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="234"/>
        <source>{ink}: asked {lpi_asked:g} lpi at {angle_asked:g}°, the {dpi:g} dpi grid gives {lpi:.2f} lpi at {angle:.2f}°</source>
        <translation>{ink} : {lpi_asked:g} lpi à {angle_asked:g}° demandés, la grille à {dpi:g} dpi donne {lpi:.2f} lpi à {angle:.2f}°</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="266"/>
        <source>the separations are {dpi:g} dpi for a {lpi:g} lpi screen: below 1.5 × the ruling the dots show the pixels; aim for ~2 × ({aim:.0f} dpi)</source>
        <translation>les séparations sont à {dpi:g} dpi pour une trame de {lpi:g} lpi : sous 1,5 × la linéature, les points montrent les pixels ; visez environ 2 × ({aim:.0f} dpi)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="68"/>
        <source>{a} ({a_angle:.2f}°, {a_lpi:.2f} lpi) and {b} ({b_angle:.2f}°, {b_lpi:.2f} lpi)</source>
        <translation>{a} ({a_angle:.2f}°, {a_lpi:.2f} lpi) et {b} ({b_angle:.2f}°, {b_lpi:.2f} lpi)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="85"/>
        <source>{pair} share one screen: no moiré between them, but their dots print on top of each other</source>
        <translation>{pair} partagent la même trame : pas de moiré entre elles, mais leurs points s’impriment les uns sur les autres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="102"/>
        <source>{pair} are {alpha:.1f}° apart: moiré period {period:.2f} mm ({ratio:.1f} × the dot spacing) (tolerable because {light} is light); keep strong colours 30° apart</source>
        <translation>{pair} sont à {alpha:.1f}° l’une de l’autre : période de moiré {period:.2f} mm ({ratio:.1f} × l’écart des points) (tolérable car {light} est clair) ; gardez 30° entre les couleurs fortes</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="113"/>
        <source>{pair} are {alpha:.1f}° apart: moiré period {period:.2f} mm ({ratio:.1f} × the dot spacing); keep strong colours 30° apart</source>
        <translation>{pair} sont à {alpha:.1f}° l’une de l’autre : période de moiré {period:.2f} mm ({ratio:.1f} × l’écart des points) ; gardez 30° entre les couleurs fortes</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="135"/>
        <source>{ink}: {lpi:.1f} lpi is too fine for a {mesh} mesh ({ratio:.2f} threads per screen line, needs 4–5): use at most {most} lpi ({safe} lpi is safe) or a mesh of {finer} or finer</source>
        <translation>{ink} : {lpi:.1f} lpi est trop fin pour un tamis de {mesh} ({ratio:.2f} fils par ligne de trame, il en faut 4 à 5) : prenez au plus {most} lpi ({safe} lpi sans risque) ou un tamis de {finer} ou plus fin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="157"/>
        <source>{ink}: {lpi:.1f} lpi on a {mesh} mesh ({ratio:.2f} threads per screen line) holds only with a dialled-in darkroom; {safe} lpi is safe</source>
        <translation>{ink} : {lpi:.1f} lpi sur un tamis de {mesh} ({ratio:.2f} fils par ligne de trame) ne tient qu’avec une insolation parfaitement réglée ; {safe} lpi est sans risque</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="182"/>
        <source>{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the mesh&apos;s {direction:g}° direction (no measurable period between dot harmonic {k} and the threads); turn the screen by 7.5° or angle the mesh</source>
        <translation>{ink} : la trame à {angle:.2f}° est à {off:.1f}° de la direction {direction:g}° du tamis (pas de période mesurable entre l’harmonique {k} des points et les fils) ; tournez la trame de 7,5° ou inclinez le tamis</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="192"/>
        <source>{ink}: the screen at {angle:.2f}° runs {off:.1f}° from the mesh&apos;s {direction:g}° direction (moiré period {period:.1f} mm between dot harmonic {k} and the threads); turn the screen by 7.5° or angle the mesh</source>
        <translation>{ink} : la trame à {angle:.2f}° est à {off:.1f}° de la direction {direction:g}° du tamis (période de moiré {period:.1f} mm entre l’harmonique {k} des points et les fils) ; tournez la trame de 7,5° ou inclinez le tamis</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="219"/>
        <source>{ink}: the smallest dot ({dot:g} %, {diameter:.0f} µm) is smaller than one opening plus one thread of a {mesh} mesh ({pitch:.0f} µm): it will not hold; raise the minimum dot to {need:.0f} % or use a finer mesh</source>
        <translation>{ink} : le plus petit point ({dot:g} %, {diameter:.0f} µm) est plus petit qu’une maille plus un fil d’un tamis de {mesh} ({pitch:.0f} µm) : il ne tiendra pas ; montez le point minimal à {need:.0f} % ou prenez un tamis plus fin</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="240"/>
        <source>{ink}: {size:.0f} µm dots are smaller than one opening plus one thread of a {mesh} mesh ({pitch:.0f} µm): they will not hold</source>
        <translation>{ink} : des points de {size:.0f} µm sont plus petits qu’une maille plus un fil d’un tamis de {mesh} ({pitch:.0f} µm) : ils ne tiendront pas</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="274"/>
        <source>{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey levels per halftone cell ({device} on the device grid), fewer than {minimum}: gradients will band; the supercell spreads {supercell} levels over several cells, which softens but does not remove the steps; raise the resolution to {raise_dpi:.0f} dpi or lower the ruling to {lower_lpi:.0f} lpi</source>
        <translation>{dpi:g} dpi à {lpi:g} lpi donne (dpi/lpi)² + 1 = {levels} niveaux de gris par cellule de trame ({device} sur la grille du périphérique), moins de {minimum} : les dégradés feront des paliers ; la supercellule répartit {supercell} niveaux sur plusieurs cellules, ce qui adoucit les paliers sans les supprimer ; montez la résolution à {raise_dpi:.0f} dpi ou baissez la linéature à {lower_lpi:.0f} lpi</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/advisor.py" line="287"/>
        <source>{dpi:g} dpi at {lpi:g} lpi gives (dpi/lpi)² + 1 = {levels} grey levels per halftone cell ({device} on the device grid), fewer than {minimum}: gradients will band; raise the resolution to {raise_dpi:.0f} dpi or lower the ruling to {lower_lpi:.0f} lpi</source>
        <translation>{dpi:g} dpi à {lpi:g} lpi donne (dpi/lpi)² + 1 = {levels} niveaux de gris par cellule de trame ({device} sur la grille du périphérique), moins de {minimum} : les dégradés feront des paliers ; montez la résolution à {raise_dpi:.0f} dpi ou baissez la linéature à {lower_lpi:.0f} lpi</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="30"/>
        <location filename="../../hybridstudio/ui/server_settings.py" line="56"/>
        <source>Compute on</source>
        <translation>Calculer sur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="33"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="34"/>
        <source>School server</source>
        <translation>Serveur de l’école</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="42"/>
        <source>The access token the school gave you</source>
        <translation>Le jeton d’accès donné par l’école</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="43"/>
        <source>If the server cannot be reached, compute on this computer</source>
        <translation>Si le serveur est injoignable, calculer sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="45"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="47"/>
        <source>Ask the server who it is and which GPU it runs on</source>
        <translation>Demander au serveur son nom et la carte graphique qui calcule</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="57"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="58"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="90"/>
        <source>Connected to %1 as %2: %3, %4 models.</source>
        <translation>Connecté à %1 en tant que %2 : %3, %4 modèles.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/server_settings.py" line="98"/>
        <source>Warning: this address is not encrypted (http); ask the school for an https address.</source>
        <translation>Attention : cette adresse n’est pas chiffrée (http) ; demandez à l’école une adresse https.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="41"/>
        <source>Automatic (best available)</source>
        <translation>Automatique (le meilleur disponible)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="45"/>
        <source>Processor only (CPU)</source>
        <translation>Processeur seulement (CPU)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="51"/>
        <source>Where AI steps run. If the device cannot be used, HybridStudio says so in the status bar and runs on the processor.</source>
        <translation>Où tournent les étapes d’IA. Si ce matériel est inutilisable, HybridStudio le dit dans la barre d’état et passe sur le processeur.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="57"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="60"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="61"/>
        <source>Low (8 GB laptops: one model part in memory at a time)</source>
        <translation>Réduit (portables de 8 Go : une seule partie de modèle en mémoire à la fois)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="66"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="75"/>
        <source>Memory kept for intermediate results, so that changing a late step never re-runs an early, expensive one.</source>
        <translation>Mémoire gardée pour les résultats intermédiaires : changer une étape de la fin ne refait jamais une étape coûteuse du début.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="80"/>
        <source>Hugging Face cache (HF_HOME)</source>
        <translation>Cache Hugging Face (HF_HOME)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="87"/>
        <source>Autosaves, job history and imported models live here.</source>
        <translation>Les enregistrements automatiques, l’historique des travaux et les modèles importés sont ici.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="93"/>
        <source>Millimetres</source>
        <translation>Millimètres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="94"/>
        <source>Inches</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="113"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="129"/>
        <source>Carbon intensity of your electricity (France: about 60).</source>
        <translation>Intensité carbone de votre électricité (France : environ 60).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="133"/>
        <source>Computing</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="135"/>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="136"/>
        <source>Processor threads</source>
        <translation>Fils d’exécution du processeur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="137"/>
        <source>Memory mode</source>
        <translation>Mode mémoire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="138"/>
        <source>GPU memory limit</source>
        <translation>Limite de mémoire graphique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="139"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="141"/>
        <source>Cache size</source>
        <translation>Taille du cache</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="142"/>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="170"/>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="143"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="144"/>
        <source>Image format</source>
        <translation>Format d’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="145"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="147"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="149"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="150"/>
        <source>Energy estimates (when the hardware has no meter)</source>
        <translation>Estimation de l’énergie (quand le matériel ne mesure rien)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="152"/>
        <source>Power per processor core</source>
        <translation>Puissance par cœur de processeur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="153"/>
        <source>Graphics card power</source>
        <translation>Puissance de la carte graphique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/settings_dialog.py" line="154"/>
        <source>Grid carbon intensity</source>
        <translation>Intensité carbone du réseau</translation>
    </message>
</context>
<context>
    <name>SigningBox</name>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="140"/>
        <source>Content credentials (C2PA)</source>
        <translation>Content Credentials (C2PA)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="146"/>
        <source>Put the prompt text inside the exported files</source>
        <translation>Mettre le texte du prompt dans les fichiers exportés</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="150"/>
        <source>Off: the files say which model and seed made them but not your prompt; the .hybridstudio.json file beside them keeps it for you.</source>
        <translation>Décoché : les fichiers disent quel modèle et quelle graine les ont faits, mais pas votre prompt ; le fichier .hybridstudio.json posé à côté le garde pour vous.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="162"/>
        <source>Previous export</source>
        <translation>Export précédent</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="174"/>
        <source>The files will be signed with this installation&apos;s own certificate (made on the first export); their credentials are shown in Image info once written.</source>
        <translation>Les fichiers seront signés avec le certificat propre à cette installation (créé au premier export) ; leurs Content Credentials s’affichent dans Infos de l’image une fois écrits.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="181"/>
        <source>The files will be signed with the school&apos;s certificate: %1; their credentials are shown in Image info once written.</source>
        <translation>Les fichiers seront signés avec le certificat de l’école : %1 ; leurs Content Credentials s’affichent dans Infos de l’image une fois écrits.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/credentials_view.py" line="185"/>
        <source>The files will be signed with this installation&apos;s own certificate: %1; their credentials are shown in Image info once written.</source>
        <translation>Les fichiers seront signés avec le certificat propre à cette installation : %1 ; leurs Content Credentials s’affichent dans Infos de l’image une fois écrits.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="23"/>
        <source>%1 MB</source>
        <extracomment>Check pictures a full run writes only when it finds something to show.</extracomment>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="37"/>
        <source>16-bit TIFF</source>
        <translation>TIFF 16 bits</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="39"/>
        <source>PDF at exact size</source>
        <translation>PDF à la taille exacte</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="51"/>
        <source>Negative %1 × %2 %3 at %4 dpi</source>
        <translation>Négatif %1 × %2 %3 à %4 dpi</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="58"/>
        <source>%1 ≈ %2</source>
        <translation>%1 ≈ %2</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="120"/>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="123"/>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="135"/>
        <location filename="../../hybridstudio/ui/sizes.py" line="164"/>
        <source>every film, one page each</source>
        <translation>tous les typons, un par page</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="139"/>
        <source>the films&apos; report</source>
        <translation>le rapport des typons</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="153"/>
        <source>a check picture</source>
        <translation>une image de contrôle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="155"/>
        <source>a check picture, only if some of the sheet is over the ink limit</source>
        <translation>une image de contrôle, seulement si une partie de la feuille dépasse la limite d’encrage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="160"/>
        <source>the separation report</source>
        <translation>le rapport de séparation</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/sizes.py" line="161"/>
        <source>the list of inks</source>
        <translation>la liste des encres</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="14"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="15"/>
        <source>Colour and separations</source>
        <translation>Couleur et séparations</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="16"/>
        <source>Print and films</source>
        <translation>Impression et typons</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="17"/>
        <source>Analog looks</source>
        <translation>Rendus argentiques</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="18"/>
        <source>Digital negatives</source>
        <translation>Négatifs numériques</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="19"/>
        <source>Adjust</source>
        <translation>Réglages de base</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="26"/>
        <source>AI · generates the image</source>
        <translation>IA · génère l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="28"/>
        <source>AI · modifies the image</source>
        <translation>IA · modifie l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/texts.py" line="29"/>
        <source>Craft · no AI</source>
        <translation>Artisanal · sans IA</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../hybridstudio/core/i18n.py" line="184"/>
        <source>threads/cm</source>
        <extracomment>``tr(context, text)``: Qt&apos;s translator in the app, :func:`translate` in the CLI.</extracomment>
        <translation>fils/cm</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/i18n.py" line="184"/>
        <source>threads/in</source>
        <translation>fils/pouce</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="86"/>
        <source>Predicted print on the substrate</source>
        <translation>Tirage prévu sur le support</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="89"/>
        <source>Separation</source>
        <translation>Séparation</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/payload.py" line="65"/>
        <location filename="../../hybridstudio/ui/views.py" line="90"/>
        <source>Film</source>
        <translation>Typon</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="52"/>
        <location filename="../../hybridstudio/ui/views.py" line="68"/>
        <source>Result</source>
        <extracomment>Luma weights (Rec. 709) for the &quot;lightness&quot; channel view. payload kind → its views. A payload with its own ``views()`` and ``render_view(key)`` (films) needs no entry; a kind without either shows its ``preview_rgb()`` as the one &quot;result&quot; view.</extracomment>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="69"/>
        <source>Red channel</source>
        <translation>Couche rouge</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="70"/>
        <source>Green channel</source>
        <translation>Couche verte</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="71"/>
        <source>Blue channel</source>
        <translation>Couche bleue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="72"/>
        <source>Lightness</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/payload.py" line="72"/>
        <source>Films overprinted in their inks</source>
        <translation>Films superposés dans leurs encres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="112"/>
        <source>Predicted print</source>
        <translation>Tirage prévu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="113"/>
        <source>The negative (as printed on film)</source>
        <translation>Le négatif (tel qu’imprimé sur le film)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/views.py" line="114"/>
        <source>Negative and predicted print side by side</source>
        <translation>Négatif et tirage prévu côte à côte</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../hybridstudio/negative/resolve.py" line="50"/>
        <source>the calibration is for {calibrated}, not {process}: previewing as {process}</source>
        <translation>l’étalonnage est pour {calibrated}, pas pour {process} : aperçu en {process}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/resolve.py" line="65"/>
        <source>the calibration’s process “{process}” has no preset: the expected print is drawn in cyanotype colours</source>
        <translation>le procédé « {process} » de l’étalonnage n’a pas de préréglage : le tirage attendu est dessiné dans les couleurs du cyanotype</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/resolve.py" line="83"/>
        <source>no calibration: using the {process} starting curve — calibrate your own paper, chemistry and printer for accurate tones</source>
        <translation>pas d’étalonnage : courbe de départ {process} — étalonnez vos propres papier, chimie et imprimante pour des tons justes</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/resolve.py" line="97"/>
        <source>the calibration was made with a {calibrated} negative; printing {colour} changes the tones: recalibrate with this colour</source>
        <translation>l’étalonnage a été fait avec un négatif {calibrated} ; imprimer en {colour} change les tons : réétalonnez avec cette couleur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="154"/>
        <source>the image is fully transparent: nothing prints</source>
        <extracomment>Peak bytes per output pixel of a separation, measured by bench/bench_memory_budget.py: the resized RGB, its Lab, linear and float64 colour-science copies, the composite and its ΔE map, plus a coverage plane and a dithering temporary per ink.</extracomment>
        <translation>l’image est entièrement transparente : rien ne s’imprime</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="160"/>
        <source>the image has no resolution: it prints {width:.1f} mm wide (one image pixel per {dpi:g} dpi dot); give a printed width to choose</source>
        <translation>l’image n’a pas de résolution : elle s’imprime sur {width:.1f} mm de large (un pixel de l’image par point à {dpi:g} dpi) ; donnez une largeur d’impression pour choisir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/stock.py" line="49"/>
        <source>colour of {inks} is an estimate (fluorescent/metallic): the print will differ from the preview</source>
        <translation>la couleur de {inks} est une estimation (fluo/métallisé) : l’impression différera de l’aperçu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="278"/>
        <source>{share:g} % of the sheet carries more than {limit:.0f} % total ink (smudging, slow drying): the “coverage check” view shows where (coverage-check.png beside saved separations)</source>
        <translation>{share:g} % de la feuille porte plus de {limit:.0f} % d’encre au total (maculage, séchage lent) : la vue « contrôle de couverture » montre où (coverage-check.png à côté des séparations enregistrées)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/inks.py" line="152"/>
        <source>{ink}: Lab {lab} lies outside sRGB; the screen preview and the composite model use the nearest sRGB colour (ΔE2000 {de:.1f} away)</source>
        <extracomment>Out-of-gamut tolerance: a Lab ink whose sRGB clipping moves it further than this is reported.</extracomment>
        <translation>{ink} : Lab {lab} est hors de sRGB ; l’aperçu à l’écran et le modèle composite utilisent la couleur sRGB la plus proche (à ΔE2000 {de:.1f})</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="98"/>
        <source>{model} is licensed {licence}: not for commercial use</source>
        <translation>{model} est sous licence {licence} : pas d’usage commercial</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="107"/>
        <source>{model}: licence unknown — check it before sharing or selling the result</source>
        <translation>{model} : licence inconnue — vérifiez-la avant de partager ou de vendre le résultat</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="117"/>
        <source>memory ran short: tiles were split {n} time(s), down to {tile} px</source>
        <translation>la mémoire a manqué : les tuiles ont été divisées {n} fois, jusqu’à {tile} px</translation>
    </message>
</context>
<context>
    <name>ZoomableView</name>
    <message>
        <location filename="../../hybridstudio/ui/zoom_view.py" line="84"/>
        <source>Screening the visible part of the film…</source>
        <translation>Tramage de la partie visible du film…</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/zoom_view.py" line="86"/>
        <source>Screen the visible part of the film</source>
        <translation>Tramer la partie visible du film</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/ui/zoom_view.py" line="100"/>
        <source>Too far out to show the dots: each screen pixel is the average of %1 × %1 film pixels. Zoom to %2 % or more to see single dots.</source>
        <translation>Trop loin pour montrer les points : chaque pixel de l’écran est la moyenne de %1 × %1 pixels du film. Zoomez à %2 % ou plus pour voir les points un à un.</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="27"/>
        <source>Process card</source>
        <translation>Fiche de processus</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="28"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="29"/>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="30"/>
        <source>Content credentials</source>
        <translation>Content Credentials (C2PA)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="31"/>
        <source>AI disclosure</source>
        <translation>Mention d’usage de l’IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="32"/>
        <source>Steps, in order</source>
        <translation>Étapes, dans l’ordre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="33"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="34"/>
        <source>craft</source>
        <translation>artisanal</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="35"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="36"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="37"/>
        <source>File hash</source>
        <translation>Empreinte du fichier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="38"/>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="39"/>
        <source>not documented in HybridStudio&apos;s model catalogue</source>
        <translation>non documenté dans le catalogue de modèles de HybridStudio</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="40"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="41"/>
        <source>Without AI</source>
        <translation>Sans IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="42"/>
        <source>Cost of the whole chain</source>
        <translation>Coût de toute la chaîne</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="43"/>
        <source>%1 s of computing, %2, %3 (grid at %4 g CO2e/kWh)</source>
        <translation>%1 s de calcul, %2, %3 (réseau à %4 g CO2e/kWh)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="44"/>
        <source>estimated: the hardware gave no energy reading</source>
        <translation>estimé : le matériel ne donne pas de mesure d’énergie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="45"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/card/render.py" line="46"/>
        <source>no preview</source>
        <translation>pas d’aperçu</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../hybridstudio/cli.py" line="119"/>
        <source>cancelled — no partial output was left behind</source>
        <extracomment>Files the app opens when a user double-clicks them (the installers associate these suffixes).</extracomment>
        <translation>annulé — aucun fichier partiel n’a été laissé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/cli.py" line="120"/>
        <source>not enough memory for this job: use a smaller image, size or resolution, or close other applications</source>
        <translation>pas assez de mémoire pour ce travail : utilisez une image, une taille ou une résolution plus petite, ou fermez d’autres applications</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/cli.py" line="124"/>
        <source>an input file is nested too deeply to be read (a hostile or broken file)</source>
        <translation>un fichier d’entrée est imbriqué trop profondément pour être lu (fichier malveillant ou abîmé)</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="31"/>
        <source>valid: the file is exactly as it was signed</source>
        <extracomment>Failure codes meaning the asset&apos;s bytes no longer match what was signed.</extracomment>
        <translation>valide : le fichier est exactement tel qu’il a été signé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="32"/>
        <source>tampered: the image changed after it was signed</source>
        <translation>altéré : l’image a changé après sa signature</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="33"/>
        <source>invalid: the content credentials are damaged</source>
        <translation>non valide : les Content Credentials sont endommagés</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="34"/>
        <source>no content credentials</source>
        <translation>pas de Content Credentials</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="36"/>
        <source>signer trusted by this installation</source>
        <translation>signataire reconnu par cette installation</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/verify.py" line="37"/>
        <source>signer not on any trust list known here (normal for another installation&apos;s key)</source>
        <translation>signataire absent des listes de confiance connues ici (normal pour la clé d’une autre installation)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/cli.py" line="12"/>
        <source>this installation&apos;s own certificate (made on first use; it proves that files come from this installation and were not changed, not who the author is)</source>
        <translation>le certificat propre à cette installation (créé à la première utilisation ; il prouve que les fichiers viennent de cette installation et n’ont pas été modifiés, pas qui en est l’auteur)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/credentials/cli.py" line="17"/>
        <source>the school&apos;s certificate chain, installed by hand</source>
        <translation>la chaîne de certificats de l’école, installée à la main</translation>
    </message>
</context>
<context>
    <name>estimate</name>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="108"/>
        <source>Estimate: about {time} on this computer ({steps} steps, {per_step} each); peak memory about {peak} GB of {avail} GB available.</source>
        <extracomment>SD 1.x reference: parameters and multiply-accumulates per forward pass at 512 px share of a catalogue model&apos;s download taken by each part, when it is not on disk yet onnxruntime&apos;s CPU sessions hold the weights once, plus kernels&apos; packed copies (measured: SD 1.5&apos;s 3.20 GiB unet takes 3.25 GiB once loaded, its text encoder and VAE decoder a little more) activations of the unet per row, against the count below, as measured at 512 px on SD 1.5 and LCM (bench/bench_generate.py --real): in normal mode each session&apos;s memory arena keeps its largest blocks (2.07 GiB a row, the VAE decoder&apos;s kept beside them); without the arena (low-memory mode) 1.49 GiB the Python process, numpy, onnxruntime&apos;s libraries, the tokenizer bytes of UNet activations per latent pixel and row (convolutions at 320–1280 channels) bytes of VAE decoder activations per output pixel (128–512 channels at full size)</extracomment>
        <translation>Estimation : environ {time} sur cet ordinateur ({steps} étapes de {per_step}) ; mémoire au plus fort environ {peak} Go sur {avail} Go disponibles.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="113"/>
        <source>(First estimate from a quick speed test; it improves after each generation.)</source>
        <translation>(Première estimation, d’après un court test de vitesse ; elle s’affine après chaque génération.)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="116"/>
        <location filename="../../hybridstudio/upscale/estimate.py" line="33"/>
        <source>Warning: this is more memory than is available.</source>
        <translation>Attention : c’est plus de mémoire qu’il n’y en a de disponible.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="117"/>
        <source>The low-memory mode (one part of the model loaded at a time) needs about {low} GB.</source>
        <translation>Le mode mémoire réduite (une seule partie du modèle chargée à la fois) demande environ {low} Go.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/estimate.py" line="120"/>
        <source>Choose a smaller size or fewer images at once.</source>
        <translation>Choisissez une taille plus petite ou moins d’images à la fois.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/estimate.py" line="29"/>
        <source>Estimate: about {time} on this computer; peak memory about {peak} GB of {avail} GB available.</source>
        <extracomment>multiply-accumulates per parameter and input pixel, with the tiles&apos; context (about 1.2) onnxruntime&apos;s copy of the weights, its arena and the Python process</extracomment>
        <translation>Estimation : environ {time} sur cet ordinateur ; mémoire au plus fort environ {peak} Go sur {avail} Go disponibles.</translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="120"/>
        <source>Stable Diffusion 1.x</source>
        <extracomment>&quot;last&quot;: the output ``last_hidden_state``; &quot;penultimate&quot;: ``hidden_states.N``, the layer before last (SDXL) also gives the pooled, projected prompt embedding (output ``text_embeds``, SDXL&apos;s second) why a folder without it cannot run (the error names it) the base architecture a catalogue manifest names in ``[diffusion] family`` model_index.json ``_class_name`` values (diffusers, optimum, the diffusers ONNX converter) width of the text embeddings the unet reads (unet config ``cross_attention_dim``) VAE latent scale, when the VAE&apos;s config.json does not say (``scaling_factor``) image side it was trained at, when the unet&apos;s config.json does not say (``sample_size``) the unet takes SDXL&apos;s pooled prompt (``text_embeds``) and size conditioning (``time_ids``) &gt; 0: the unet takes the guidance scale as an embedding of this width (LCM&apos;s ``timestep_cond``, used when neither the graph nor the unet config gives the width) instead of running classifier-free guidance an empty negative prompt is fed as zeros, not encoded (SDXL&apos;s force_zeros_for_empty_prompt) adversarially distilled (SD-Turbo, SDXL-Turbo): &quot;turbo&quot; in the folder or hub name our scheduler when HybridStudio lacks the one in the model&apos;s scheduler_config.json img2img schedules steps / strength steps so that the usual number runs (not LCM: its schedule already spreads the few steps it runs over the strength) what the unet predicts, when scheduler_config.json does not say (``prediction_type``) Every family HybridStudio runs; where a folder fits several equally, the first wins.</extracomment>
        <translation>Stable Diffusion 1.x</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="130"/>
        <source>Stable Diffusion 2.x</source>
        <translation>Stable Diffusion 2.x</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="140"/>
        <source>SD-Turbo</source>
        <translation>SD-Turbo</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="153"/>
        <source>Latent Consistency Model</source>
        <translation>Modèle de cohérence latente (LCM)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="172"/>
        <source>Stable Diffusion XL</source>
        <translation>Stable Diffusion XL</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/family.py" line="184"/>
        <source>SDXL-Turbo</source>
        <translation>SDXL-Turbo</translation>
    </message>
</context>
<context>
    <name>memory</name>
    <message>
        <location filename="../../hybridstudio/film/writer.py" line="46"/>
        <source>a film page</source>
        <translation>une page de film</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="27"/>
        <source>{what}: {width}×{height} px ({mp} megapixels) needs about {need} GB of memory, but only {avail} GB is available. {hint}</source>
        <extracomment>Share of the available memory a job may take (the rest: the OS, the app, the page cache). The smallest image the pipeline takes (a 1×1 picture is a placeholder, not an image). Bytes per pixel of the float32 sRGB working space (one HxWx3 image).</extracomment>
        <translation>{what} : {width}×{height} px ({mp} mégapixels) demande environ {need} Go de mémoire, mais seuls {avail} Go sont disponibles. {hint}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="32"/>
        <source>{width}×{height} = {mp} megapixels is at or over the limit of {limit} megapixels (max_pixels in the settings): a decompression bomb or a mistake; raise max_pixels if it is a real image</source>
        <translation>{width}×{height} = {mp} mégapixels atteint ou dépasse la limite de {limit} mégapixels (max_pixels dans les réglages) : une bombe de décompression ou une erreur ; augmentez max_pixels s’il s’agit d’une vraie image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="38"/>
        <source>Choose a smaller size or resolution (dpi).</source>
        <translation>Choisissez une taille ou une résolution (dpi) plus petite.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="39"/>
        <source>Use a smaller image, or a smaller tile (--tile).</source>
        <translation>Utilisez une image plus petite, ou une tuile plus petite (--tile).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="40"/>
        <source>Use a smaller image or close other applications.</source>
        <translation>Utilisez une image plus petite ou fermez d’autres applications.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/memory.py" line="104"/>
        <source>{what}: about {need} GB to write but only {free} GB free on {folder}. {hint}</source>
        <translation>{what} : environ {need} Go à écrire, mais seulement {free} Go libres sur {folder}. {hint}</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/commands/negative.py" line="145"/>
        <location filename="../../hybridstudio/steps/negative.py" line="84"/>
        <source>the negative</source>
        <translation>le négatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/api.py" line="172"/>
        <source>the separations</source>
        <translation>les séparations</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="155"/>
        <source>print size</source>
        <extracomment>The most pixels a print_size result may have (width and dpi are checked together).</extracomment>
        <translation>taille d’impression</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="139"/>
        <source>Upscale a smaller image, or crop it first.</source>
        <extracomment>Memory of the tiles in flight (inputs, model activations on the CPU), beyond the output.</extracomment>
        <translation>Agrandissez une image plus petite, ou recadrez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="66"/>
        <source>the upscaled image</source>
        <translation>l’image agrandie</translation>
    </message>
</context>
<context>
    <name>precision</name>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="25"/>
        <source>{name} is a half-precision (fp16) export: it needs a graphics card ({devices}), and this computer would run it on {device}, where it cannot run.</source>
        <extracomment>devices whose onnxruntime providers run fp16 graphs</extracomment>
        <translation>{name} est un export en demi-précision (fp16) : il lui faut une carte graphique ({devices}), et cet ordinateur l’exécuterait sur {device}, où il ne peut pas tourner.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="30"/>
        <source>{name} runs only on {devices} (its graphs use fused GPU operators), and this computer would run it on {device}.</source>
        <translation>{name} ne tourne que sur {devices} (ses graphes utilisent des opérateurs GPU fusionnés), et cet ordinateur l’exécuterait sur {device}.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="35"/>
        <source>Download {variant} instead: the full-precision (fp32) variant, which runs on any device.</source>
        <translation>Téléchargez plutôt {variant} : la variante en pleine précision (fp32), qui tourne sur tout matériel.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="38"/>
        <source>The catalogue has no fp32 variant of it: make one with `{command}` and import the folder, or choose a model that runs on any device, such as {other}.</source>
        <translation>Le catalogue n’en a pas de variante fp32 : créez-en une avec `{command}` et importez le dossier, ou choisissez un modèle qui tourne sur tout matériel, comme {other}.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/models/precision.py" line="43"/>
        <source>To download it anyway (for another computer), use `hybridstudio models download {id} --anyway`.</source>
        <translation>Pour le télécharger malgré tout (pour un autre ordinateur) : `hybridstudio models download {id} --anyway`.</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../hybridstudio/core/provenance.py" line="253"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/provenance.py" line="245"/>
        <source>craft</source>
        <extracomment>the device and onnxruntime provider of each model session the step ran (AI steps) how the step used AI: &quot;generates&quot; (an image from nothing) or &quot;modifies&quot;; None for craft Steps that make an image from nothing, for records whose steps do not carry their AI role (&quot;ai_role&quot;: records written before it, steps recorded outside the executor); any other AI step of such a record modified its input.</extracomment>
        <translation>artisanal</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/provenance.py" line="248"/>
        <source>No AI used</source>
        <translation>Aucune IA utilisée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/core/provenance.py" line="250"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>safepaths</name>
    <message>
        <location filename="../../hybridstudio/core/safepaths.py" line="15"/>
        <source>{what} {name!r} points outside {root} (absolute paths and &apos;..&apos; are refused in files that travel between machines)</source>
        <translation>{what} {name!r} sort du dossier {root} (les chemins absolus et « .. » sont refusés dans les fichiers qui circulent entre machines)</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="104"/>
        <source>Print size</source>
        <translation>Taille d’impression</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="105"/>
        <source>Set the printed width and the resolution; the image is resampled so that it prints at exactly that size.</source>
        <translation>Fixe la largeur imprimée et la résolution ; l’image est rééchantillonnée pour sortir exactement à cette taille.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="41"/>
        <source>Printed width (0 keeps the current pixel width and only sets the resolution)</source>
        <translation>Largeur imprimée (0 garde la largeur en pixels et ne change que la résolution)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="51"/>
        <source>Resolution of the output</source>
        <translation>Résolution de sortie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="111"/>
        <source>The number of pixels across is the printed width in inches times the resolution. Enlargements use Lanczos interpolation, reductions average the pixels (area).</source>
        <translation>Le nombre de pixels en largeur vaut la largeur imprimée en pouces multipliée par la résolution. Les agrandissements passent par une interpolation de Lanczos, les réductions font la moyenne des pixels (surface).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="117"/>
        <source>In the darkroom the enlarger&apos;s column height sets the print size; in a print shop the size is set on the camera or the photocopier in percent.</source>
        <translation>Au labo, c’est la hauteur de la tête sur la colonne de l’agrandisseur qui fixe la taille du tirage ; en atelier, on règle la taille en pourcentage sur le banc de reproduction ou la photocopieuse.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="177"/>
        <source>Greyscale</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="178"/>
        <source>Convert to grey by the eye&apos;s luminance, or as black and white film sees through a coloured filter.</source>
        <translation>Passe en niveaux de gris selon la luminance perçue par l’œil, ou comme un film noir et blanc derrière un filtre coloré.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="65"/>
        <source>Lens filter, as on a camera loaded with black and white film</source>
        <translation>Filtre sur l’objectif, comme sur un appareil chargé en noir et blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="26"/>
        <source>No filter</source>
        <translation>Sans filtre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="27"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="28"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="29"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="30"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="31"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="183"/>
        <source>The channels are mixed in linear light with weights (Rec. 709 luminance, or a filter&apos;s transmission), then encoded back to sRGB.</source>
        <translation>Les couches sont mélangées en lumière linéaire avec des poids (luminance Rec. 709, ou transmission du filtre), puis réencodées en sRGB.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="189"/>
        <source>Photograph on panchromatic black and white film; a red filter darkens blue skies, a green one lightens foliage.</source>
        <translation>Photographier sur film noir et blanc panchromatique : un filtre rouge assombrit le ciel bleu, un filtre vert éclaircit le feuillage.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="216"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="217"/>
        <source>Set the black point, the white point and the mid-tones.</source>
        <translation>Règle le point noir, le point blanc et les tons moyens.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="76"/>
        <source>Input level that becomes black</source>
        <translation>Niveau d’entrée qui devient noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="84"/>
        <source>Input level that becomes white</source>
        <translation>Niveau d’entrée qui devient blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="92"/>
        <source>Mid-tones: above 1 lightens, below 1 darkens</source>
        <translation>Tons moyens : au-dessus de 1 éclaircit, en dessous de 1 assombrit</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="219"/>
        <source>Each value is stretched between the black and white points, then raised to the power 1/gamma.</source>
        <translation>Chaque valeur est étirée entre le point noir et le point blanc, puis élevée à la puissance 1/gamma.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="223"/>
        <source>In the darkroom: exposure sets the highlights, paper grade (contrast) sets the distance between black and white.</source>
        <translation>Au labo : l’exposition règle les hautes lumières, le grade du papier (contraste) règle l’écart entre le noir et le blanc.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="51"/>
        <source>Alpha</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="148"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="170"/>
        <location filename="../../hybridstudio/analog/options.py" line="67"/>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="74"/>
        <source>Angles</source>
        <translation>Angles</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="75"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="130"/>
        <source>Border</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="75"/>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="254"/>
        <location filename="../../hybridstudio/analog/options.py" line="62"/>
        <location filename="../../hybridstudio/negative/options.py" line="82"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="40"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="113"/>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="96"/>
        <location filename="../../hybridstudio/steps/basic.py" line="50"/>
        <source>DPI</source>
        <translation>Résolution (dpi)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="205"/>
        <source>Dmax</source>
        <translation>Dmax</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="107"/>
        <location filename="../../hybridstudio/separation/options.py" line="144"/>
        <source>Dot gain</source>
        <translation>Engraissement</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="267"/>
        <source>Dust per cm2</source>
        <translation>Poussières par cm²</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="64"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="162"/>
        <source>Focal</source>
        <translation>Focale</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="62"/>
        <location filename="../../hybridstudio/analog/options.py" line="56"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="184"/>
        <location filename="../../hybridstudio/steps/basic.py" line="91"/>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="84"/>
        <source>Guidance</source>
        <translation>Guidage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="274"/>
        <source>Hairs per cm2</source>
        <translation>Cheveux par cm²</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="109"/>
        <location filename="../../hybridstudio/negative/options.py" line="113"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="20"/>
        <source>Automatic (opaque for screen spot colours and garments)</source>
        <extracomment>The separation methods as a choice: one member per registered method module, in list order (adding a method module adds its member).</extracomment>
        <translation>Automatique (opaque pour les tons directs en sérigraphie et sur textile)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="21"/>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="22"/>
        <source>Opaque</source>
        <translation>Couvrante</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="26"/>
        <source>Smooth (halftone-ready tints)</source>
        <translation>Douces (teintes prêtes à tramer)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="27"/>
        <source>Hard (solid areas)</source>
        <translation>Nettes (aplats)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="32"/>
        <source>Blue noise</source>
        <translation>Bruit bleu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="33"/>
        <source>No dither</source>
        <translation>Sans tramage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="37"/>
        <source>No black</source>
        <translation>Sans noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="38"/>
        <source>Light</source>
        <translation>Légère</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="39"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="40"/>
        <source>Heavy</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="41"/>
        <source>Maximum</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="45"/>
        <source>From the ink library</source>
        <translation>Selon la bibliothèque d’encres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="46"/>
        <source>Risograph</source>
        <translation>Risographie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="47"/>
        <source>Screen printing</source>
        <translation>Sérigraphie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="48"/>
        <source>Digital print</source>
        <translation>Impression numérique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="52"/>
        <source>Perceptual (CIEDE2000, within the ink limit)</source>
        <translation>Perceptuel (CIEDE2000, dans la limite d’encrage)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="53"/>
        <source>Least squares (earlier solve)</source>
        <translation>Moindres carrés (ancien calcul)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="65"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="66"/>
        <source>How the inks are found</source>
        <translation>Comment les encres sont choisies</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="363"/>
        <location filename="../../hybridstudio/separation/options.py" line="71"/>
        <source>Inks</source>
        <translation>Encres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="72"/>
        <source>Number of inks (0 = automatic: spot finds it, stock takes 3, index 6, simulated 4)</source>
        <translation>Nombre d’encres (0 = automatique : trouvé pour les tons directs, 3 pour le stock, 6 pour l’index, 4 pour le process simulé)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="80"/>
        <source>Ink library</source>
        <translation>Bibliothèque d’encres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="81"/>
        <source>Ink library: riso, screenprint, a library of your own, or a .toml file (empty = riso for stock, screenprint otherwise)</source>
        <translation>Nuancier d’encres : riso, screenprint (sérigraphie), votre propre nuancier, ou un fichier .toml (vide = riso pour le stock, sérigraphie sinon)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="90"/>
        <source>Paper or garment</source>
        <translation>Papier ou textile</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="91"/>
        <source>Paper or garment: paper-white, kraft, garment-black, … or a colour &apos;#rrggbb&apos; (empty = paper-white, garment-black for simulated)</source>
        <translation>Papier ou textile : paper-white, kraft, garment-black… ou une couleur « #rrggbb » (vide = papier blanc, textile noir pour le process simulé)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="100"/>
        <source>Your inks</source>
        <translation>Vos encres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="101"/>
        <source>Inks you choose yourself (names from the library or &apos;#rrggbb&apos;), instead of automatic ones; for stock, inks that must be among the chosen ones</source>
        <translation>Les encres que vous choisissez vous-même (noms de la bibliothèque ou « #rrggbb ») au lieu d&apos;un choix automatique ; avec la méthode « stock », les encres qui doivent faire partie du choix</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="110"/>
        <source>Ink opacity</source>
        <translation>Opacité des encres</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="111"/>
        <source>Opacity of automatic spot inks</source>
        <translation>Opacité des encres en ton direct choisies automatiquement</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="115"/>
        <source>Edges</source>
        <translation>Bords</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="116"/>
        <source>Spot colours: smooth (halftone-ready tints) or hard (solid areas)</source>
        <translation>Tons directs : doux (dégradés prêts à tramer) ou nets (aplats)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="120"/>
        <source>Dither</source>
        <translation>Tramage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="121"/>
        <source>Index: error diffusion or blue-noise dither</source>
        <translation>Index : diffusion d’erreur ou tramage en bruit bleu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="125"/>
        <source>Black generation</source>
        <translation>Génération du noir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="126"/>
        <source>CMYK black generation</source>
        <translation>Génération du noir en CMJN</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="130"/>
        <source>CMYK profile</source>
        <translation>Profil CMJN</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="131"/>
        <source>CMYK: your own CMYK output ICC profile (empty = one generated for the process inks)</source>
        <translation>CMJN : votre propre profil ICC de sortie CMJN (vide = un profil calculé pour les encres de quadri)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="140"/>
        <source>Printing process (sets the dot gain and riso rules)</source>
        <translation>Procédé d’impression (fixe l’engraissement et les règles riso)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="145"/>
        <source>Tone value increase at 50 % (empty = the library&apos;s or the process&apos;s)</source>
        <translation>Engraissement à 50 % (vide = celui du nuancier ou du procédé)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="152"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="153"/>
        <source>Output resolution (0 = 600 for riso, 200 for index, else the image&apos;s)</source>
        <translation>Résolution de sortie (0 = 600 pour la riso, 200 pour l&apos;index, sinon celle de l&apos;image)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="160"/>
        <source>Printed width</source>
        <translation>Largeur imprimée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="161"/>
        <source>Printed width (0 = from the image&apos;s resolution)</source>
        <translation>Largeur imprimée (0 = d’après la résolution de l’image)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="168"/>
        <source>Underbase choke</source>
        <translation>Rétreint de la sous-couche</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="176"/>
        <source>Trap</source>
        <translation>Grossi-maigri</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="177"/>
        <source>Trap: spread lighter inks under darker ones</source>
        <translation>Grossi-maigri : étendre les encres claires sous les foncées</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="185"/>
        <source>Highlight white</source>
        <translation>Blanc de rehaut</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="186"/>
        <source>Simulated process: highlight white on top</source>
        <translation>Process simulé : blanc de rehaut par-dessus</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="190"/>
        <source>Misregistration preview</source>
        <translation>Aperçu du défaut de repérage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="191"/>
        <source>Preview drums shifted by up to this much (0 = off; riso ±0.5 mm)</source>
        <translation>Aperçu avec des tambours décalés jusqu’à cette valeur (0 = non ; riso ±0,5 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="199"/>
        <source>Total ink limit</source>
        <translation>Limite d’encrage total</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="200"/>
        <source>Flag areas with more total ink than this (empty = 85 % for riso, off otherwise)</source>
        <translation>Signaler les zones où le total d’encre dépasse cette valeur (vide = 85 % pour la riso, sinon désactivé)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="209"/>
        <source>Solver</source>
        <translation>Calcul des couvertures</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="210"/>
        <source>Spot and stock coverages: perceptual (smallest CIEDE2000, total ink kept within the coverage limit, fewest ink within the tolerance) or least-squares (the earlier solve, the limit only flagged)</source>
        <translation>Couvertures des tons directs et du stock : perceptuel (plus petit CIEDE2000, encre totale tenue sous la limite de couverture, le moins d’encre possible dans la tolérance) ou moindres carrés (l’ancien calcul, la limite seulement signalée)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="219"/>
        <source>Ink tolerance</source>
        <translation>Tolérance d’encre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/options.py" line="220"/>
        <source>Perceptual solve: how much colour accuracy (ΔE2000) may be given up to lay less ink</source>
        <translation>Calcul perceptuel : la précision de couleur (ΔE2000) que l’on accepte de perdre pour poser moins d’encre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="390"/>
        <source>LPI</source>
        <translation>Linéature</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="154"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="308"/>
        <source>Light angle</source>
        <translation>Angle de la lumière</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="219"/>
        <source>Look</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="144"/>
        <source>Marks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="131"/>
        <source>Max dot</source>
        <translation>Point maximal</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="139"/>
        <source>Mesh</source>
        <translation>Tamis</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="151"/>
        <source>Mesh angle</source>
        <translation>Angle du tamis</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="123"/>
        <source>Min dot</source>
        <translation>Point minimal</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="84"/>
        <location filename="../../hybridstudio/negative/options.py" line="137"/>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="369"/>
        <source>Misregistration</source>
        <translation>Défaut de repérage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="55"/>
        <location filename="../../hybridstudio/upscale/options.py" line="26"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="60"/>
        <location filename="../../hybridstudio/film/job.py" line="89"/>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="79"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="74"/>
        <location filename="../../hybridstudio/negative/options.py" line="168"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="323"/>
        <source>Path</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="233"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="288"/>
        <source>Polarity</source>
        <translation>Polarité</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="74"/>
        <source>Print width</source>
        <translation>Largeur imprimée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="49"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="93"/>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="281"/>
        <source>Scratches</source>
        <translation>Rayures</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="385"/>
        <source>Screen</source>
        <translation>Trame</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="29"/>
        <location filename="../../hybridstudio/diffusion/options.py" line="66"/>
        <source>Seed</source>
        <translation>Germe aléatoire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="198"/>
        <source>Shoulder</source>
        <translation>Épaule</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="159"/>
        <source>Show label</source>
        <translation>Afficher l’étiquette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="111"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="140"/>
        <location filename="../../hybridstudio/analog/options.py" line="74"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="77"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="149"/>
        <source>Strip</source>
        <translation>Gamme de contrôle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="348"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="377"/>
        <source>Texture</source>
        <translation>Texture</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="126"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="32"/>
        <source>Tile</source>
        <translation>Tuile</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="191"/>
        <source>Toe</source>
        <translation>Pied</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/basic.py" line="83"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="101"/>
        <location filename="../../hybridstudio/negative/options.py" line="104"/>
        <location filename="../../hybridstudio/steps/basic.py" line="40"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="63"/>
        <source>Film format the image stands for: its long side spans the frame&apos;s long side</source>
        <translation>Format de film que l’image représente : son grand côté couvre le grand côté de la vue</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="75"/>
        <source>Print size of the long side when the image has no dpi</source>
        <translation>Taille imprimée du grand côté quand l’image n’a pas de résolution</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="69"/>
        <source>Film grain</source>
        <translation>Grain argentique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="70"/>
        <source>Grain of a real film stock, sized on the film so it looks the same at any pixel count.</source>
        <translation>Le grain d’une vraie pellicule, dimensionné sur le film : il a le même aspect quel que soit le nombre de pixels.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="50"/>
        <location filename="../../hybridstudio/analog/options.py" line="51"/>
        <source>Film stock</source>
        <translation>Pellicule</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="57"/>
        <source>Film format (stock: the stock&apos;s own)</source>
        <translation>Format du film (selon la pellicule : celui de la pellicule)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="63"/>
        <source>Mono grain, one grain per dye layer, or the stock&apos;s kind</source>
        <translation>Grain monochrome, un grain par couche de colorant, ou selon la pellicule</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="68"/>
        <source>Strength (1 = the stock&apos;s RMS granularity)</source>
        <translation>Intensité (1 = la granularité RMS de la pellicule)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="75"/>
        <source>Grain size factor (physical)</source>
        <translation>Facteur de taille du grain (physique)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="30"/>
        <source>Random seed</source>
        <translation>Germe aléatoire</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="74"/>
        <source>The Boolean model of Newson et al. (2017): silver grains or dye clouds are discs scattered at random on a virtual film frame measured in micrometres, denser where the image is brighter. From the model&apos;s exact variance and correlation at each grey level, noise with the same statistics is drawn for every pixel; the grain size is solved so that a 48 µm microdensitometer reads the stock&apos;s RMS granularity.</source>
        <translation>Le modèle booléen de Newson et al. (2017) : les grains d’argent ou les nuages de colorant sont des disques semés au hasard sur une vue de film virtuelle mesurée en micromètres, plus serrés là où l’image est claire. À partir de la variance et de la corrélation exactes du modèle pour chaque niveau de gris, on tire pour chaque pixel un bruit aux mêmes statistiques ; la taille du grain est calculée pour qu’un microdensitomètre de 48 µm lise la granularité RMS de la pellicule.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="82"/>
        <source>Shoot and print real film: a fast film (Tri-X at 400–1600), push development, a grainy developer (Rodinal) and a large enlargement give coarse grain; print on a hard grade of paper to make it crisp.</source>
        <translation>Photographier et tirer sur vrai film : une pellicule rapide (Tri-X à 400–1600), un développement poussé, un révélateur qui marque le grain (Rodinal) et un fort agrandissement donnent un grain marqué ; tirer sur un papier dur le rend net.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="119"/>
        <source>Halation</source>
        <translation>Halo (halation)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="120"/>
        <source>Red-orange glow around highlights, as on film without an anti-halation layer.</source>
        <translation>Halo rouge orangé autour des hautes lumières, comme sur un film sans couche anti-halo.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="112"/>
        <source>Spread of the glow on the film</source>
        <translation>Étalement du halo sur le film</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="120"/>
        <source>Share of highlight light scattered</source>
        <translation>Part de la lumière des hautes lumières diffusée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="127"/>
        <source>Linear light level where highlights start</source>
        <translation>Niveau de lumière linéaire où commencent les hautes lumières</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="124"/>
        <source>In linear light, the bright part of each channel is spread by a sum of Gaussians sized in micrometres on the film and added back around the highlight, mostly in red, less in green, none in blue; the same light is taken from the highlight, so the total is preserved.</source>
        <translation>En lumière linéaire, la partie claire de chaque couche est étalée par une somme de gaussiennes dimensionnées en micromètres sur le film, puis rajoutée autour de la haute lumière : surtout dans le rouge, moins dans le vert, pas dans le bleu. Cette lumière est retirée de la haute lumière elle-même, donc le total est conservé.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="130"/>
        <source>Shoot CineStill 800T or motion-picture film with its rem-jet backing removed, with bright lights in the frame; light bounces off the back of the base and glows red.</source>
        <translation>Photographier sur CineStill 800T ou sur film cinéma débarrassé de sa couche rem-jet, avec des lumières vives dans le cadre : la lumière rebondit sur le dos du support et fait un halo rouge.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="146"/>
        <source>Bloom / diffusion</source>
        <translation>Diffusion (bloom)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="147"/>
        <source>Soft glow of a diffusion filter.</source>
        <translation>La douce lueur d’un filtre de diffusion.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="141"/>
        <source>Spread on the film</source>
        <translation>Étalement sur le film</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="149"/>
        <source>Share of the light diffused</source>
        <translation>Part de la lumière diffusée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="149"/>
        <source>A fraction of the image, in linear light, is replaced by a blurred copy: light spreads from bright areas into their surroundings, and nothing is added or lost.</source>
        <translation>Une fraction de l’image, en lumière linéaire, est remplacée par une copie floue : la lumière déborde des zones claires vers leurs alentours, sans rien ajouter ni perdre.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="154"/>
        <source>Put a diffusion filter (Pro-Mist, Softar), a stocking or a breath of vapour on the lens, or diffuse the enlarger&apos;s light during part of the print exposure.</source>
        <translation>Mettre un filtre de diffusion (Pro-Mist, Softar), un bas nylon ou un peu de buée sur l’objectif, ou diffuser la lumière de l’agrandisseur pendant une partie de l’exposition du tirage.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="168"/>
        <source>Vignetting</source>
        <translation>Vignettage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="169"/>
        <source>Darker corners of a real lens (cos⁴ law).</source>
        <translation>Les coins assombris d’un vrai objectif (loi en cos⁴).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="163"/>
        <source>Focal length of the lens</source>
        <translation>Focale de l’objectif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="171"/>
        <source>Strength (1 = the physical falloff)</source>
        <translation>Intensité (1 = la chute physique)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="171"/>
        <source>Light reaching the film at an angle θ from the axis falls as cos⁴θ; θ comes from the focal length and the position on the frame. Applied in linear light.</source>
        <translation>La lumière qui arrive sur le film avec un angle θ par rapport à l’axe diminue en cos⁴θ ; θ dépend de la focale et de la position dans la vue. Appliqué en lumière linéaire.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="176"/>
        <source>Use a wide-angle lens wide open, or a lens hood too long for it; in the darkroom, burn in the corners of the print.</source>
        <translation>Utiliser un grand-angle à pleine ouverture, ou un pare-soleil trop long ; au labo, surexposer les coins du tirage (« brûler » les bords).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="191"/>
        <source>Characteristic curve (H&amp;D)</source>
        <translation>Courbe caractéristique (H&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="192"/>
        <source>Film tone curve with toe and shoulder.</source>
        <translation>La courbe de tons d’un film, avec son pied et son épaule.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="185"/>
        <source>Contrast: slope of density against log exposure</source>
        <translation>Contraste : pente de la densité en fonction du log de l’exposition</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="192"/>
        <source>Width of the toe (shadow roll-off)</source>
        <translation>Largeur du pied (adoucissement des ombres)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="199"/>
        <source>Width of the shoulder (highlight roll-off)</source>
        <translation>Largeur de l’épaule (adoucissement des hautes lumières)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="206"/>
        <source>Maximum density (depth of the blacks)</source>
        <translation>Densité maximale (profondeur des noirs)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="87"/>
        <source>Exposure change</source>
        <translation>Correction d’exposition</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="194"/>
        <source>Each linear value is an exposure; the curve gives a density with a straight part of slope gamma between a soft toe and shoulder; the picture is the light the positive reflects, 10 to the minus density, with 18 % grey kept.</source>
        <translation>Chaque valeur linéaire est une exposition ; la courbe donne une densité, avec une partie droite de pente gamma entre un pied et une épaule adoucis ; l’image est la lumière que renvoie le positif, 10 puissance moins la densité, le gris à 18 % restant en place.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="200"/>
        <source>Choose film, developer and paper grade: longer development raises gamma; a softer paper grade or a compensating developer stretches the toe and shoulder.</source>
        <translation>Choisir le film, le révélateur et le grade du papier : un développement plus long augmente le gamma ; un papier plus doux ou un révélateur compensateur allonge le pied et l’épaule.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="214"/>
        <source>Colour negative / slide look</source>
        <translation>Rendu négatif couleur / diapositive</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="215"/>
        <source>Tone and colour of a printed colour negative or of a slide.</source>
        <translation>Les tons et les couleurs d’un négatif couleur tiré sur papier, ou d’une diapositive.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="220"/>
        <source>Kind of film</source>
        <translation>Type de film</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="99"/>
        <source>Mix with the original</source>
        <translation>Mélange avec l’original</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="217"/>
        <source>One H&amp;D curve per colour layer, with slightly different contrasts and speeds (the cross-over that makes negative prints warm in the highlights and cool in the shadows), then a saturation change; slides have a steep curve and deep blacks.</source>
        <translation>Une courbe H&amp;D par couche colorée, avec des contrastes et des sensibilités légèrement différents (le croisement qui rend les tirages de négatifs chauds dans les hautes lumières et froids dans les ombres), puis un changement de saturation ; la diapositive a une courbe raide et des noirs profonds.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="223"/>
        <source>Shoot colour negative film and print it on RA-4 paper, or shoot slide film (E-6) and project it; cross-processing slide film in C-41 exaggerates the look.</source>
        <translation>Photographier sur négatif couleur et tirer sur papier RA-4, ou sur diapositive (E-6) et la projeter ; développer une diapositive en C-41 (traitement croisé) exagère le rendu.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="237"/>
        <source>Chromatic aberration</source>
        <translation>Aberration chromatique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="238"/>
        <source>Colour fringes towards the corners, as with a simple lens.</source>
        <translation>Des franges colorées vers les coins, comme avec un objectif simple.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="234"/>
        <source>Red/blue magnification difference, in % of the radius</source>
        <translation>Écart de grandissement rouge/bleu, en % du rayon</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="240"/>
        <source>Red is magnified and blue shrunk about the centre by a fraction of a percent, so edges near the corners get red and blue fringes. Put it before grain.</source>
        <translation>Le rouge est agrandi et le bleu réduit autour du centre d’une fraction de pour cent : les contours près des coins prennent des franges rouges et bleues. À placer avant le grain.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="245"/>
        <source>Use an old or single-element lens (a Holga, a Lensbaby, a reversed magnifier) wide open.</source>
        <translation>Utiliser un vieil objectif ou une lentille simple (Holga, Lensbaby, loupe retournée) à pleine ouverture.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="257"/>
        <source>Light leak</source>
        <translation>Entrée de lumière</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="258"/>
        <source>Warm fogging from one edge of the frame.</source>
        <translation>Un voile chaud qui entre par un bord de la vue.</translation>
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
        <translation>Intensité</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="255"/>
        <source>Colour of the leak</source>
        <translation>Couleur de la fuite</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="260"/>
        <source>A few soft, seeded blobs of light enter from one edge and are added as exposure in linear light; the film&apos;s red-sensitive layer, nearest the back, catches most.</source>
        <translation>Quelques taches de lumière douces, tirées d’un germe aléatoire, entrent par un bord et s’ajoutent à l’exposition en lumière linéaire ; la couche sensible au rouge, la plus proche du dos du film, en reçoit le plus.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="265"/>
        <source>Open the camera back for an instant, use a toy camera with a worn seal, or let light in while loading the film.</source>
        <translation>Ouvrir le dos de l’appareil un instant, utiliser un appareil jouet aux joints usés, ou laisser entrer la lumière en chargeant le film.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="284"/>
        <source>Dust and scratches</source>
        <translation>Poussières et rayures</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="285"/>
        <source>Dust specks, hairs and scratches of a handled film.</source>
        <translation>Les poussières, cheveux et rayures d’un film manipulé.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="268"/>
        <source>Dust specks per cm² of film</source>
        <translation>Poussières par cm² de film</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="275"/>
        <source>Hairs per cm² of film</source>
        <translation>Cheveux par cm² de film</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="282"/>
        <source>Number of scratches</source>
        <translation>Nombre de rayures</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="289"/>
        <source>white: dirt on a scanned negative; dark: on a print or slide</source>
        <translation>blanc : saletés sur un négatif scanné ; sombre : sur un tirage ou une diapositive</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="46"/>
        <source>White specks (scanned negative)</source>
        <extracomment>A film frame (:data:`hybridstudio.analog.gate.FORMATS`): sizes on the film follow from it. The printed looks of :data:`hybridstudio.analog.curves.LOOKS`. The processes of :data:`hybridstudio.analog.processes.PROCESSES`.</extracomment>
        <translation>Points blancs (négatif scanné)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="47"/>
        <source>Dark specks (print or slide)</source>
        <translation>Points sombres (tirage ou diapositive)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="287"/>
        <source>Seeded specks, curved hairs and lengthwise scratches are drawn anti-aliased at their size on the film (micrometres), so a preview shows the same defects smaller.</source>
        <translation>Poussières, cheveux courbes et rayures dans la longueur, tirés d’un germe aléatoire, sont dessinés avec anticrénelage à leur taille sur le film (en micromètres) : un aperçu montre les mêmes défauts, en plus petit.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="292"/>
        <source>Skip the blower brush and the anti-static cloth; drag the film through a gritty cassette; print or scan without cleaning.</source>
        <translation>Oublier la poire soufflante et le chiffon antistatique ; faire passer le film dans une cartouche poussiéreuse ; tirer ou scanner sans nettoyer.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="314"/>
        <source>Paper texture</source>
        <translation>Texture du papier</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="315"/>
        <source>Tooth and fibres of a fine-art paper under raking light.</source>
        <translation>Le grain et les fibres d’un papier d’art en lumière rasante.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="309"/>
        <source>Direction of the light</source>
        <translation>Direction de la lumière</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="317"/>
        <source>A seeded height map with a paper&apos;s tooth (0.3 mm), fibres (1–3 mm streaks) and cockle (1–2 cm), sized on the print, shades the image as light grazing the sheet would.</source>
        <translation>Une carte de relief tirée d’un germe aléatoire, avec le grain du papier (0,3 mm), ses fibres (traînées de 1 à 3 mm) et ses ondulations (1 à 2 cm), dimensionnée sur le tirage, ombre l’image comme le ferait une lumière rasante sur la feuille.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="322"/>
        <source>Print on cold-pressed watercolour or hand-made paper and light it from the side; photograph or scan it at an angle.</source>
        <translation>Imprimer sur papier aquarelle grain à froid ou sur papier fait main, l’éclairer de côté ; le photographier ou le scanner en biais.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="338"/>
        <source>Colour LUT (.cube)</source>
        <translation>LUT couleur (.cube)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="339"/>
        <source>Apply a 1-D or 3-D .cube look-up table.</source>
        <translation>Applique une table de correspondance .cube 1D ou 3D.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="323"/>
        <source>The .cube file</source>
        <translation>Le fichier .cube</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="341"/>
        <source>The file is checked line by line and read by colour-science; a 3-D table is applied with tetrahedral interpolation inside its DOMAIN_MIN/MAX, a 1-D table per channel.</source>
        <translation>Le fichier est vérifié ligne par ligne et lu par colour-science ; une table 3D est appliquée par interpolation tétraédrique dans son DOMAIN_MIN/MAX, une table 1D couche par couche.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="346"/>
        <source>A LUT stores a colour grade; in the darkroom the same role is played by the choice of film, paper, the colour filtration of the enlarger and toners.</source>
        <translation>Une LUT mémorise un étalonnage couleur ; au labo, ce rôle revient au choix du film et du papier, à la filtration de la tête couleur de l’agrandisseur et aux virages.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="373"/>
        <source>Alternative process look</source>
        <translation>Rendu procédé alternatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="374"/>
        <source>Cyanotype, Van Dyke brown, platinum/palladium, salt or lith print.</source>
        <translation>Cyanotype, Van Dyke, platine-palladium, papier salé ou tirage lith.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="334"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="335"/>
        <location filename="../../hybridstudio/negative/options.py" line="69"/>
        <location filename="../../hybridstudio/separation/options.py" line="139"/>
        <source>Process</source>
        <translation>Procédé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="341"/>
        <source>Printing exposure change</source>
        <translation>Correction de l’exposition du tirage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="349"/>
        <source>Paper texture in the density</source>
        <translation>Texture du papier dans la densité</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="378"/>
        <source>The image&apos;s luminance drives the process&apos;s own tone curve in density (toe, gamma, shoulder, maximum density); the colour follows Beer–Lambert from the paper white to the process&apos;s deepest colour, and the paper&apos;s fibres modulate the density.</source>
        <translation>La luminance de l’image passe par la courbe de tons du procédé, en densité (pied, gamma, épaule, densité maximale) ; la couleur suit la loi de Beer-Lambert, du blanc du papier à la couleur la plus profonde du procédé, et les fibres du papier modulent la densité.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="384"/>
        <source>Make a digital negative, coat paper with the sensitiser (for cyanotype: ferric ammonium citrate and potassium ferricyanide), contact-print it in the sun or under UV, then wash (and for silver processes, fix).</source>
        <translation>Faire un négatif numérique, enduire le papier de sensibilisateur (pour le cyanotype : citrate d’ammonium ferrique et ferricyanure de potassium), tirer par contact au soleil ou aux UV, puis laver (et fixer pour les procédés à l’argent).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="408"/>
        <source>Risograph look</source>
        <translation>Rendu risographie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="409"/>
        <source>Spot inks with stencil texture and misregistration, multiplied.</source>
        <translation>Encres en ton direct avec la texture du master et les défauts de repérage, en surimpression.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="364"/>
        <source>Inks, in print order</source>
        <translation>Encres, dans l’ordre de passage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="370"/>
        <source>Typical drum misregistration</source>
        <translation>Décalage typique entre tambours</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="378"/>
        <source>Ink starvation and mottle</source>
        <translation>Manque d’encre et marbrures</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="386"/>
        <source>Halftone dots, stochastic grain (Grain Touch) or none</source>
        <translation>Points de trame, grain stochastique (Grain Touch) ou aucune</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="53"/>
        <source>Halftone dots</source>
        <translation>Points de trame</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="54"/>
        <source>Stochastic grain</source>
        <translation>Grain stochastique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="55"/>
        <source>No screen</source>
        <translation>Sans trame</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="391"/>
        <source>Screen ruling</source>
        <translation>Linéature de la trame</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="413"/>
        <source>The image is split into the chosen inks by least squares in the multiply model; each layer gets stencil dot gain, ink mottle and speckle, a seeded offset and rotation, and the layers multiply on the paper like transparent inks.</source>
        <translation>L’image est répartie entre les encres choisies par moindres carrés dans le modèle de surimpression ; chaque couche reçoit l’engraissement du master, des marbrures et des mouchetures d’encre, un décalage et une rotation tirés d’un germe aléatoire, et les couches se multiplient sur le papier comme des encres transparentes.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/analog.py" line="419"/>
        <source>Separate the image by hand into one grey master per ink, print each master on a risograph with its drum, and feed the paper again for each colour.</source>
        <translation>Séparer l’image à la main en un master gris par encre, imprimer chaque master au risographe avec son tambour, et repasser le papier pour chaque couleur.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="24"/>
        <source>Films</source>
        <translation>Typons</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="25"/>
        <source>Turn each separation into a 1-bit film positive at the output resolution: halftone dots (AM, with dot shape, ruling and angle), stochastic (FM), index or error diffusion; registration marks and a label on every film; one G4 TIFF per film and one PDF at exact physical size.</source>
        <translation>Transforme chaque séparation en typon positif 1 bit à la résolution de sortie : points de trame (AM, avec forme de point, linéature et angle), trame stochastique (FM), index ou diffusion d’erreur ; repères de calage et étiquette sur chaque typon ; un TIFF G4 par typon et un PDF à la taille physique exacte.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="48"/>
        <source>Screening: am = halftone dots, fm = stochastic blue noise, index = square pixels, diffusion = error diffusion</source>
        <translation>Tramage : AM = points de trame, FM = bruit bleu stochastique, index = pixels carrés, diffusion = diffusion d’erreur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="57"/>
        <source>Film resolution (the printer&apos;s or imagesetter&apos;s)</source>
        <translation>Résolution du film (celle de l’imprimante ou de la flasheuse)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="65"/>
        <source>Halftone ruling (lines per inch); the mesh should count 4–5 threads per line</source>
        <translation>Linéature de la trame (lignes par pouce) ; le tamis doit compter 4 à 5 fils par ligne</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="75"/>
        <source>Screen angle per film in print order (one value: the same for all; empty: chosen from the ink lightness)</source>
        <translation>Angle de trame de chaque typon, dans l’ordre de passage (une seule valeur : la même pour tous ; vide : choisi d’après la clarté de l’encre)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="86"/>
        <source>Dot shape</source>
        <translation>Forme du point</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="90"/>
        <location filename="../../hybridstudio/screening/spec.py" line="91"/>
        <source>FM dot size</source>
        <translation>Taille du point FM</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="100"/>
        <source>Index screening: square pixels per inch</source>
        <translation>Tramage index : pixels carrés par pouce</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="108"/>
        <source>Dot-gain compensation preset</source>
        <translation>Compensation d’engraissement prédéfinie</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="114"/>
        <source>Your own compensation curve, &apos;in:out&apos; percentages, e.g. &apos;0:0, 50:35, 100:100&apos; (replaces the preset)</source>
        <translation>Votre propre courbe de compensation, en pourcentages « entrée:sortie », ex. « 0:0, 50:35, 100:100 » (remplace le préréglage)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="124"/>
        <source>Smallest dot the press holds</source>
        <translation>Plus petit point que la presse tient</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="132"/>
        <source>Largest dot before it fills in</source>
        <translation>Plus gros point avant que la trame ne se bouche</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="152"/>
        <source>Angle of the mesh weave on the frame</source>
        <translation>Angle du tissage du tamis sur le cadre</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="75"/>
        <source>Film page: A4, A3, A3+, A2, letter, tabloid, or a custom WxH in mm</source>
        <translation>Format du typon : A4, A3, A3+, A2, letter, tabloid, ou un format libre LxH en mm</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="80"/>
        <source>Page orientation</source>
        <translation>Orientation de la page</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="85"/>
        <source>Mirror the films (wrong-reading)</source>
        <translation>Typons en miroir (lecture inversée)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="90"/>
        <source>Negative films (clear ink, black background)</source>
        <translation>Typons négatifs (encre transparente, fond noir)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="33"/>
        <source>Each separation goes through the dot-gain compensation curve and the printable-dot clamp, is resampled to the film resolution band by band, and compared with a threshold tile: for halftone dots, the pixels of each rotated cell ranked by the dot shape, on the device grid (the ruling and angle really achieved are reported); for FM, a blue-noise order. The 1-bit bands are packed and written as CCITT Group 4 TIFFs, then embedded unchanged in a PDF whose pages are the films&apos; physical size.</source>
        <translation>Chaque séparation passe par la courbe de compensation d’engraissement et la limite des points imprimables, est rééchantillonnée bande par bande à la résolution du film, puis comparée à une tuile de seuils : pour la trame AM, les pixels de chaque cellule tournée, classés selon la forme du point, sur la grille de l’appareil (la linéature et l’angle réellement obtenus sont indiqués) ; pour la trame FM, un ordre de bruit bleu. Les bandes 1 bit sont compactées et écrites en TIFF CCITT Groupe 4, puis intégrées telles quelles dans un PDF dont les pages ont la taille physique des typons.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/films.py" line="42"/>
        <source>A process camera shot the artwork through a contact halftone screen onto lith film, one exposure per colour, turning the screen for each; registration marks were taped on and the film was labelled by hand. Today a RIP does the same on inkjet film.</source>
        <translation>Autrefois, un banc de reproduction photographiait l’original à travers une trame de contact sur film lith, une exposition par couleur, en tournant la trame à chaque fois ; on collait les repères de calage au ruban adhésif et on annotait le film à la main. Aujourd’hui un RIP fait la même chose sur film jet d’encre.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="22"/>
        <source>By hand, a digital negative is calibrated in three passes (Anderson &amp; Reeder, Ware, Easy Digital Negatives). First find the standard printing time: the shortest exposure that gives the process&apos;s deepest black through clear film. Then set the ink limit (or the negative colour&apos;s density) so that the densest patch just prints paper white. Last, print a step wedge — 21 steps (Stouffer-like, as in QuadToneRIP&apos;s LINEARIZE) or 101 patches of 1 % (ChartThrob) — through a linear negative, scan it, divide by the paper white, read each patch, and build a correction curve: ChartThrob solves 14 evenly spaced targets by inverse interpolation and writes a Photoshop Curves layer; EDN builds a lookup table from the scan and merges a second correction print with the first; QTR users type the L* readings into a LINEARIZE line. Mark Nelson&apos;s Precision Digital Negatives adds a colour-palette test to pick the negative colour that blocks UV best for the process. The negative is inverted, curved, coloured, flipped horizontally for emulsion-to-emulsion contact and printed with colour management off.</source>
        <translation>À la main, un négatif numérique s’étalonne en trois passes (Anderson &amp; Reeder, Ware, Easy Digital Negatives). D’abord, trouver le temps d’exposition standard : la plus courte exposition qui donne le noir le plus profond du procédé à travers un film transparent. Ensuite, régler la limite d’encre (ou la densité de la couleur du négatif) pour que la plage la plus dense donne tout juste le blanc du papier. Enfin, tirer une gamme de gris — 21 plages (type Stouffer, comme le LINEARIZE de QuadToneRIP) ou 101 plages de 1 % (ChartThrob) — à travers un négatif linéaire, la scanner, la diviser par le blanc du papier, lire chaque plage et construire une courbe de correction : ChartThrob résout 14 cibles régulièrement espacées par interpolation inverse et écrit un calque Courbes pour Photoshop ; EDN construit une table de correspondance à partir du scan et fusionne un second tirage de correction avec le premier ; sous QTR, on tape les mesures L* dans une ligne LINEARIZE. Les Precision Digital Negatives de Mark Nelson ajoutent un test de palette pour choisir la couleur de négatif qui bloque le mieux les UV pour le procédé. Le négatif est inversé, corrigé par la courbe, coloré, retourné horizontalement pour un contact émulsion contre émulsion, et imprimé sans gestion des couleurs.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="70"/>
        <source>The printing process</source>
        <translation>Le procédé de tirage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="76"/>
        <source>Calibration file (.negcal.json); empty: the process&apos;s starting curve</source>
        <translation>Fichier d’étalonnage (.negcal.json) ; vide : la courbe de départ du procédé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="83"/>
        <source>Negative colour; empty: the calibration&apos;s or the process&apos;s</source>
        <translation>Couleur du négatif ; vide : celle de l’étalonnage ou du procédé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="44"/>
        <source>Digital negative</source>
        <translation>Négatif numérique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="45"/>
        <source>A calibrated, coloured, mirrored inkjet negative for contact printing in cyanotype, Van Dyke, salt or platinum/palladium, at exact physical size (16-bit TIFF and PDF).</source>
        <translation>Un négatif jet d’encre étalonné, coloré et en miroir, pour le tirage par contact en cyanotype, Van Dyke, papier salé ou platine-palladium, à la taille physique exacte (TIFF 16 bits et PDF).</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="97"/>
        <source>Printer resolution</source>
        <translation>Résolution de l’imprimante</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="105"/>
        <source>Printed image width</source>
        <translation>Largeur de l’image imprimée</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="114"/>
        <source>Printed image height (when no width is given)</source>
        <translation>Hauteur de l’image imprimée (si aucune largeur n’est donnée)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="123"/>
        <source>Border around the image</source>
        <translation>Bord autour de l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="131"/>
        <source>Border: clear film (prints black, shows the brush marks) or dense (prints white)</source>
        <translation>Bord : film transparent (sort noir, garde les traces de pinceau) ou dense (sort blanc)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="138"/>
        <source>Mirror for emulsion-to-emulsion contact (print side of the film on the paper)</source>
        <translation>Miroir pour un contact émulsion contre émulsion (face imprimée du film sur le papier)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="145"/>
        <source>Crop marks at the image corners</source>
        <translation>Traits de coupe aux coins de l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="150"/>
        <source>An 11-step control wedge under the image</source>
        <translation>Une gamme de contrôle de 11 plages sous l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="155"/>
        <source>Label under the image; empty: process, curve, colour, size, date</source>
        <translation>Étiquette sous l’image ; vide : procédé, courbe, couleur, taille, date</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="159"/>
        <source>Print the label</source>
        <translation>Imprimer l’étiquette</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="164"/>
        <source>Also write a PDF at the exact size</source>
        <translation>Écrire aussi un PDF à la taille exacte</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="169"/>
        <source>PDF page size (fit: the negative&apos;s own size)</source>
        <translation>Format de page du PDF (ajustée : la taille du négatif lui-même)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="54"/>
        <source>Each pixel&apos;s lightness (CIE L*) is the print tone wanted. The calibration curve — fitted from a scanned step-wedge print by isotonic regression and a monotone spline — turns it into an ink amount through a 65536-entry table (16 bit in, 16 bit out, no banding in steep highlights). Light tones get dense ink, so the image is inverted. The ink is laid in the negative colour (a UV-blocking colour for the process), the sheet is mirrored, and the image is resampled strip by strip at the printer&apos;s resolution so even 2880 dpi negatives stream to disk. The TIFF carries its resolution, so the image prints at exactly the size asked; the PDF page has the exact size too. No AI is involved.</source>
        <translation>La clarté de chaque pixel (L* CIE) est le ton voulu sur le tirage. La courbe d’étalonnage — ajustée sur le scan d’une gamme de gris tirée, par régression isotonique et spline monotone — la convertit en quantité d’encre par une table de 65 536 entrées (16 bits en entrée, 16 bits en sortie, pas de cassures dans les hautes lumières raides). Les tons clairs reçoivent une encre dense : l’image est donc inversée. L’encre est posée dans la couleur du négatif (une couleur qui bloque les UV pour le procédé), la feuille est mise en miroir, et l’image est rééchantillonnée bande par bande à la résolution de l’imprimante, si bien que même des négatifs à 2880 dpi s’écrivent sur le disque au fil de l’eau. Le TIFF porte sa résolution : l’image s’imprime exactement à la taille demandée ; la page PDF a elle aussi la taille exacte. Aucune IA n’intervient.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="150"/>
        <source>Expected alternative-process print</source>
        <translation>Tirage attendu en procédé alternatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="151"/>
        <source>Previews the tones and colour a calibrated negative should give in cyanotype, Van Dyke, salt or platinum/palladium: the calibration&apos;s simulation, not an artistic look.</source>
        <translation>Prévisualise les tons et la couleur qu’un négatif étalonné devrait donner en cyanotype, Van Dyke, papier salé ou platine-palladium : la simulation de l’étalonnage, pas un effet artistique.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/negative.py" line="160"/>
        <source>The image&apos;s L* goes through the calibration curve to an ink amount, as in the negative. With a calibration, the measured response of the process gives the print tone; without one, a characteristic (toe/shoulder) curve of the process does. The tone is then coloured between the paper white and the process&apos;s maximum black (Prussian blue, brown, neutral-warm black) by scaling the colourant&apos;s density.</source>
        <translation>Le L* de l’image passe par la courbe d’étalonnage pour donner une quantité d’encre, comme dans le négatif. Avec un étalonnage, c’est la réponse mesurée du procédé qui donne le ton du tirage ; sans étalonnage, c’est une courbe caractéristique (pied/épaule) du procédé. Le ton est ensuite coloré entre le blanc du papier et le noir maximal du procédé (bleu de Prusse, brun, noir neutre-chaud) en dosant la densité du colorant.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="25"/>
        <source>AI upscale</source>
        <translation>Agrandissement par IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="26"/>
        <source>Enlarge the image 2 or 4 times with a super-resolution neural network that invents plausible fine detail. The printed size stays the same; the resolution (dpi) is multiplied by the scale.</source>
        <translation>Agrandit l’image 2 ou 4 fois avec un réseau de neurones de super-résolution qui invente des détails fins plausibles. La taille imprimée reste la même ; la résolution (dpi) est multipliée par le facteur.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="27"/>
        <source>Model id from `hybridstudio models list`, or the path of an .onnx file</source>
        <translation>Identifiant de modèle donné par `hybridstudio models list`, ou chemin d’un fichier .onnx</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="33"/>
        <source>Tile size in input pixels (0 = chosen from the free memory)</source>
        <translation>Taille des tuiles en pixels d’entrée (0 = choisie selon la mémoire libre)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="41"/>
        <source>Pixels of surrounding image each tile sees and then drops, so that tiles join without seams</source>
        <translation>Marge d’image autour de chaque tuile, vue puis retirée, pour que les tuiles se raccordent sans couture</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="52"/>
        <source>How transparency is enlarged: by the model (crisp edges) or by Lanczos interpolation (faster)</source>
        <translation>Comment la transparence est agrandie : par le modèle (bords nets) ou par interpolation de Lanczos (plus rapide)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="34"/>
        <source>A convolutional network (ESRGAN family) trained on pairs of photos and their reduced copies predicts each new pixel from its neighbourhood. The picture is cut into tiles that overlap by a margin; only the centre of each result is kept, so the tiles join exactly as if the whole picture had been processed at once. The detail it adds is a statistical guess learnt from its training photos, not information recovered from the original.</source>
        <translation>Un réseau convolutif (famille ESRGAN), entraîné sur des paires de photos et leurs copies réduites, prédit chaque nouveau pixel à partir de son voisinage. L’image est découpée en tuiles qui se chevauchent d’une marge ; seul le centre de chaque résultat est gardé, si bien que les tuiles se raccordent exactement comme si toute l’image avait été traitée d’un coup. Le détail ajouté est une supposition statistique apprise sur les photos d’entraînement, pas une information retrouvée dans l’original.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/upscale.py" line="43"/>
        <source>Enlarge optically: an enlarger or a process camera projects the original larger onto film or paper; for line art, redraw or trace at the larger size; in the print shop a coarser halftone screen or a deliberate grain hides the missing detail.</source>
        <translation>Agrandir optiquement : un agrandisseur ou un banc de reproduction projette l’original en plus grand sur film ou sur papier ; pour un dessin au trait, le redessiner ou le décalquer au format voulu ; à l’atelier, une trame plus grosse ou un grain assumé cache le détail qui manque.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="26"/>
        <source>Euler</source>
        <extracomment>the fast model under a permissive licence (MIT), the default for recipes Names of the schedulers (proper names stay as they are in French too).</extracomment>
        <translation>Euler</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="27"/>
        <source>Euler ancestral</source>
        <translation>Euler ancestral</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="28"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="29"/>
        <source>LCM</source>
        <translation>LCM</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="30"/>
        <source>DPM++ 2M</source>
        <translation>DPM++ 2M</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="36"/>
        <source>The model&apos;s own</source>
        <extracomment>The model&apos;s own scheduler, or one of ours by name.</extracomment>
        <translation>Celui du modèle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="50"/>
        <source>What the picture shows, in words (English works best with these models)</source>
        <translation>Ce que montre l’image, en mots (ces modèles comprennent mieux l’anglais)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="56"/>
        <source>A catalogue model id (see `hybridstudio models list`) or a model folder</source>
        <translation>Un identifiant de modèle du catalogue (voir `hybridstudio models list`) ou un dossier de modèle</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="61"/>
        <source>What to steer away from (models that use guidance only)</source>
        <translation>Ce qu’il faut éviter (seulement pour les modèles qui utilisent le guidage)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="67"/>
        <source>Starting noise: the same seed and settings give the same image (empty: a new seed, written in the process record)</source>
        <translation>Bruit de départ : même germe et mêmes réglages donnent la même image (vide : un nouveau germe, noté dans la fiche de fabrication)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="78"/>
        <source>Denoising steps (empty: the model&apos;s own, e.g. 4 for LCM, 1 for Turbo)</source>
        <translation>Étapes de débruitage (vide : celles du modèle, par ex. 4 pour LCM, 1 pour Turbo)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="85"/>
        <source>How strongly the prompt steers (empty: the model&apos;s own; 0–1 turns it off)</source>
        <translation>Force avec laquelle le prompt oriente l’image (vide : celle du modèle ; de 0 à 1, le guidage est coupé)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="94"/>
        <source>How noise is removed step by step (&apos;model&apos;: the one the model came with)</source>
        <translation>Comment le bruit est retiré étape par étape (« model » : le planificateur fourni avec le modèle)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="102"/>
        <source>Width in pixels, a multiple of 8 (empty: the model&apos;s size)</source>
        <translation>Largeur en pixels, multiple de 8 (vide : la taille du modèle)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="110"/>
        <source>Height in pixels, a multiple of 8 (empty: same as the width)</source>
        <translation>Hauteur en pixels, multiple de 8 (vide : comme la largeur)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="19"/>
        <source>A diffusion model learnt to remove noise from millions of captioned pictures. It starts from a small grid of pure noise (one cell per 8×8 pixels), and at each step a network (the unet) guesses which part of it is noise, given your words as numbers from a text encoder; the scheduler removes that part. After the last step a decoder turns the grid into pixels. The seed fixes the starting noise, so the same seed and settings give the same picture.</source>
        <translation>Un modèle de diffusion a appris à retirer le bruit de millions d’images légendées. Il part d’une petite grille de bruit pur (une case pour 8×8 pixels) et, à chaque étape, un réseau (le « unet ») devine quelle part est du bruit, en s’aidant de vos mots traduits en nombres par un encodeur de texte ; le planificateur retire cette part. Après la dernière étape, un décodeur transforme la grille en pixels. Le germe aléatoire fixe le bruit de départ : même germe et mêmes réglages donnent la même image.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="62"/>
        <source>Generate from a prompt</source>
        <translation>Générer à partir d’un prompt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="63"/>
        <source>Make a picture from a text prompt with a diffusion model running on this computer.</source>
        <translation>Fabrique une image à partir d’un texte, avec un modèle de diffusion qui tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="71"/>
        <source>Without AI the picture starts from a drawing: a thumbnail sketch, a collage of found images, or a photograph, worked up by hand on a light table before it is separated for printing.</source>
        <translation>Sans IA, l’image part d’un dessin : un croquis, un collage d’images trouvées ou une photographie, retravaillés à la main sur une table lumineuse avant d’être séparés pour l’impression.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="110"/>
        <source>Rework an image from a prompt</source>
        <translation>Retravailler une image avec un prompt</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="111"/>
        <source>Start from your scan or drawing and let a diffusion model rework it towards a text prompt.</source>
        <translation>Partir de votre scan ou de votre dessin et laisser un modèle de diffusion le retravailler vers un texte.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="155"/>
        <source>How much of the start image is replaced: 0.2 keeps the drawing and changes the surface, 0.9 keeps little more than the layout</source>
        <translation>Quelle part de l’image de départ est remplacée : 0,2 garde le dessin et change la surface, 0,9 ne garde guère que la mise en page</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="118"/>
        <source>The start image is encoded into the model&apos;s grid of latents, noise is added according to the strength, and only the last part of the denoising is run, guided by the prompt: a low strength keeps your lines and composition, a high one keeps only the layout.</source>
        <translation>L’image de départ est encodée dans la grille latente du modèle, on y ajoute du bruit selon l’intensité, et seule la fin du débruitage est faite, guidée par le prompt : une faible intensité garde vos traits et votre composition, une forte ne garde que la mise en page.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/generate.py" line="124"/>
        <source>Without AI: trace the drawing on a light table and rework it by hand, or transfer it to a lino block or a screen and let the print process change its surface.</source>
        <translation>Sans IA : décalquer le dessin sur une table lumineuse et le retravailler à la main, ou le reporter sur une plaque de lino ou un écran et laisser l’impression transformer sa surface.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/separate.py" line="25"/>
        <source>Colour separations</source>
        <translation>Séparations couleur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/separate.py" line="26"/>
        <source>Split the image into one greyscale plate per ink — for screens or riso drums — and predict the print: spot colours, the best inks from your stock, index, CMYK or simulated process on dark garments.</source>
        <translation>Sépare l’image en une plaque en niveaux de gris par encre — pour les écrans ou les tambours riso — et prévoit le tirage : tons directs, meilleures encres de votre stock, index, CMJN ou process simulé sur textile foncé.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/separate.py" line="33"/>
        <source>A print model predicts the result: transparent inks multiply over the paper (every overlap of dots weighted as in the Neugebauer–Demichel equations, with dot gain), opaque inks cover what is under them in print order. For each colour of the image the coverages of the inks that bring the predicted print closest to it (CIEDE2000 in CIELAB) are solved. &apos;Stock&apos; tries sets of inks from your library on a sample of the image and keeps the set with the smallest error. Index maps every pixel to one ink with dithering; CMYK goes through an ICC profile with LittleCMS.</source>
        <translation>Un modèle d’impression prévoit le résultat : les encres transparentes se multiplient sur le papier (chaque superposition de points pondérée comme dans les équations de Neugebauer-Demichel, avec l’engraissement), les encres opaques couvrent ce qui est dessous, dans l’ordre de passage. Pour chaque couleur de l’image, on calcule les taux de couverture des encres qui rapprochent le plus le tirage prévu de cette couleur (CIEDE2000 dans CIELAB). « Stock » essaie des jeux d’encres de votre nuancier sur un échantillon de l’image et garde celui qui fait la plus petite erreur. L’index attribue à chaque pixel une seule encre, avec un tramage ; le CMJN passe par un profil ICC avec LittleCMS.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/steps/separate.py" line="43"/>
        <source>By hand, separations are drawn on film: one sheet of drafting film per colour, painted with opaque ink or cut in rubylith, registered with pins and crosses. Photographic separations were shot through red, green and blue filters onto lith film. Tints come from hand-applied screen tones (Letratone) or a halftone contact screen in the process camera.</source>
        <translation>À la main, les séparations se dessinent sur film : une feuille de film polyester par couleur, peinte à l’encre opaque ou découpée dans du rubylith, calée avec des taquets et des croix de repérage. Les séparations photographiques se faisaient à travers des filtres rouge, vert et bleu sur film lith. Les teintes viennent de trames adhésives posées à la main (Letratone) ou d’une trame de contact au banc de reproduction.</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="86"/>
        <location filename="../../hybridstudio/analog/look_options.py" line="340"/>
        <source>Exposure EV</source>
        <translation>Exposition (IL)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="140"/>
        <source>Screen mesh count: threads per inch, or per centimetre written as &quot;90/cm&quot; in recipes (0: not a screen print / unknown)</source>
        <translation>Maillage du tamis : fils par pouce, ou par centimètre écrit « 90/cm » dans les recettes (0 : pas de sérigraphie / inconnu)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="16"/>
        <source>AI model</source>
        <translation>Modèle d’IA</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/upscale/options.py" line="17"/>
        <source>Lanczos (no AI)</source>
        <translation>Lanczos (sans IA)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="22"/>
        <location filename="../../hybridstudio/negative/options.py" line="22"/>
        <source>Cyanotype</source>
        <translation>Cyanotype</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="23"/>
        <location filename="../../hybridstudio/negative/options.py" line="23"/>
        <source>Van Dyke</source>
        <translation>Van Dyke</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="24"/>
        <source>Platinum</source>
        <translation>Platine</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="25"/>
        <location filename="../../hybridstudio/negative/options.py" line="24"/>
        <source>Salt print</source>
        <translation>Papier salé</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="26"/>
        <source>Lith print</source>
        <translation>Tirage lith</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="30"/>
        <source>35 mm still (24×36 mm)</source>
        <translation>Petit format 135 (24×36 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="31"/>
        <source>35 mm half frame (18×24 mm)</source>
        <translation>Demi-format 35 mm (18×24 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="32"/>
        <source>Super 35 cine (24.89×18.66 mm)</source>
        <translation>Super 35 cinéma (24,89×18,66 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="33"/>
        <source>Super 16 cine (12.52×7.41 mm)</source>
        <translation>Super 16 cinéma (12,52×7,41 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="34"/>
        <source>120 roll film 6×4.5 (56×41.5 mm)</source>
        <translation>Film 120 6×4,5 (56×41,5 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="35"/>
        <source>120 roll film 6×6 (56×56 mm)</source>
        <translation>Film 120 6×6 (56×56 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="36"/>
        <source>120 roll film 6×7 (69.5×56 mm)</source>
        <translation>Film 120 6×7 (69,5×56 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="37"/>
        <source>4×5 inch sheet (120×95 mm)</source>
        <translation>Plan-film 4×5 pouces (120×95 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/gate.py" line="38"/>
        <source>8×10 inch sheet (245×195 mm)</source>
        <translation>Plan-film 8×10 pouces (245×195 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="18"/>
        <source>Colour negative film</source>
        <extracomment>What the forms call the film looks and alternative processes (ids are written in recipes).</extracomment>
        <translation>Film négatif couleur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/look_options.py" line="19"/>
        <source>Slide film</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="20"/>
        <source>The stock&apos;s own</source>
        <extracomment>Every film stock whose grain is measured (:data:`hybridstudio.analog.stocks.STOCKS`). The stock&apos;s own format, or a film frame (:data:`hybridstudio.analog.gate.FORMATS`).</extracomment>
        <translation>Celui de la pellicule</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="39"/>
        <source>As the stock is</source>
        <translation>Comme la pellicule</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="40"/>
        <source>Mono (silver)</source>
        <translation>Mono (argentique)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/analog/options.py" line="41"/>
        <source>Colour (one per dye layer)</source>
        <translation>Couleur (un par couche de colorant)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="25"/>
        <source>Platinum/palladium</source>
        <translation>Platine/palladium</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="122"/>
        <source>Border width</source>
        <translation>Largeur du bord</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="35"/>
        <source>Clear film</source>
        <extracomment>The process presets (resources/negative), named for the forms.</extracomment>
        <translation>Film transparent</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="36"/>
        <source>Dense film</source>
        <translation>Film dense</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="42"/>
        <source>A5 (148 × 210 mm)</source>
        <extracomment>PDF page sizes: the negative&apos;s own size, or a paper size.</extracomment>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="43"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="44"/>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="45"/>
        <source>A3+ (329 × 483 mm)</source>
        <translation>A3+ (329 × 483 mm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="46"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="47"/>
        <source>US Legal (8.5 × 14 in)</source>
        <translation>Légal US (8,5 × 14 po)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="48"/>
        <source>Tabloid (11 × 17 in)</source>
        <translation>Tabloïd (11 × 17 po)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="49"/>
        <source>5 × 7 in</source>
        <translation>5 × 7 po (12,7 × 17,8 cm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="50"/>
        <source>8 × 10 in</source>
        <translation>8 × 10 po (20,3 × 25,4 cm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="51"/>
        <source>11 × 14 in</source>
        <translation>11 × 14 po (27,9 × 35,6 cm)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="163"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/negative/options.py" line="56"/>
        <source>The negative&apos;s own size</source>
        <translation>La taille du négatif</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="47"/>
        <source>Screening</source>
        <translation>Tramage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="20"/>
        <source>Stochastic (FM, blue noise)</source>
        <translation>Stochastique (FM, bruit bleu)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="19"/>
        <source>Halftone dots (AM)</source>
        <translation>Trame à points (AM)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="21"/>
        <source>Index (square pixels)</source>
        <translation>Index (pixels carrés)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="22"/>
        <location filename="../../hybridstudio/separation/options.py" line="31"/>
        <source>Error diffusion</source>
        <translation>Diffusion d’erreur</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="31"/>
        <source>No compensation</source>
        <extracomment>The dot-gain compensation presets (:data:`GAIN_PRESETS`), named with their gain at 50 %.</extracomment>
        <translation>Sans compensation</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="32"/>
        <source>Risograph (25 %)</source>
        <translation>Risographie (25 %)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="33"/>
        <source>Automatic press, garments (30 %)</source>
        <translation>Carrousel automatique, textile (30 %)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="34"/>
        <source>Manual press, garments (40 %)</source>
        <translation>Carrousel manuel, textile (40 %)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="56"/>
        <source>Film resolution</source>
        <translation>Résolution du film</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="64"/>
        <source>Ruling</source>
        <translation>Linéature</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="24"/>
        <source>Round</source>
        <translation>Rond</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="25"/>
        <source>Elliptical (chain)</source>
        <translation>Elliptique (en chaîne)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="26"/>
        <source>Euclidean (square at 50 %)</source>
        <translation>Euclidien (carré à 50 %)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="27"/>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="28"/>
        <source>Diamond</source>
        <translation>Losange</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spots.py" line="29"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/screening/spec.py" line="99"/>
        <source>Index resolution</source>
        <translation>Résolution de l’index</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="62"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="63"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/film/job.py" line="64"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="137"/>
        <source>Latents</source>
        <translation>Bruit de départ</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/diffusion/options.py" line="138"/>
        <source>Explicit starting noise: a NumPy .npy file, float32 [1, 4, H/8, W/8] (empty: drawn from the seed)</source>
        <translation>Bruit de départ explicite : un fichier NumPy .npy, float32 [1, 4, H/8, L/8] (vide : tiré de la graine)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/spot.py" line="33"/>
        <source>Spot colours from the image</source>
        <translation>Tons directs tirés de l’image</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/stock.py" line="63"/>
        <source>Best inks from your stock</source>
        <translation>Meilleures encres de votre stock</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/index.py" line="61"/>
        <source>Index (one ink per pixel, dithered)</source>
        <translation>Index (une encre par pixel, tramé)</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/cmyk.py" line="50"/>
        <source>CMYK process</source>
        <translation>Quadrichromie CMJN</translation>
    </message>
    <message>
        <location filename="../../hybridstudio/separation/methods/simulated.py" line="45"/>
        <source>Simulated process (dark garments)</source>
        <translation>Quadri simulée (textiles foncés)</translation>
    </message>
</context>
</TS>
