"""Every step explains itself in French too: the engine's texts are all in the French catalogue."""

from __future__ import annotations

from hybridstudio.core.i18n import translate
from hybridstudio.core.step import all_steps


def test_every_step_text_has_a_french_translation():
    missing = []
    for sid, cls in all_steps().items():
        texts = [cls.title, cls.description, cls.how_it_works, cls.craft]
        texts += [p.help for p in cls.params if p.help]
        for text in texts:
            if text and translate("steps", text, "fr") == text:
                missing.append(f"{sid}: {text[:70]}")
    assert missing == [], (
        "untranslated step texts: run the translation workflow in docs/app.md\n" + "\n".join(missing)
    )


def test_french_is_really_french():
    assert translate("steps", "Levels", "fr") == "Niveaux"
    assert translate("steps", "Levels", "en") == "Levels"
