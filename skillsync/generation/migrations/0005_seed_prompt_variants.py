"""The prompt-variant registry's first rows: per style, the "base" variant with the style guide
the lesson prompt used until variants existed (prompt variant "v2-base", copied here word for
word: a migration never imports code that may change), and one alternative, a small change to
it, at a third of the base's weight."""

from __future__ import annotations

from typing import Any

from django.db import migrations

BASE = {
    "hands_on": (
        "Learning style: hands-on (about 70% practice, 30% theory). A short introduction with "
        "the key concepts, then 2 to 4 exercises that build on each other, then a practice "
        "project with requirements, a starter template and an estimated time. Each Python "
        "exercise has starter code that runs but does not yet solve it, a complete solution, and "
        "the exact text the solution prints as expected_output (it is run to check it), hints "
        "that guide without giving the answer, an objective and a difficulty."
    ),
    "video": (
        "Learning style: video. Pick the best of the videos among the sources (kind 'video', "
        "by their id in passage_id): why to watch each one, what to look for, and its chapters "
        "when the source lists them. Add a study guide (before, while and after watching) and "
        "the key concepts. If the sources hold no video, leave videos empty and give 2 to 5 "
        "search_terms a learner can use to find good ones."
    ),
    "reading": (
        "Learning style: reading (about 90% text). Long-form sections that explain the idea, "
        "why it works, and its pitfalls; code examples each with an explanation; one Mermaid "
        "diagram where a picture helps (flowchart syntax); key takeaways."
    ),
    "mixed": (
        "Learning style: mixed. A balanced blend: explanatory sections, 1 to 3 exercises "
        "(Python ones with starter code, solution and the exact expected output), and the best "
        "video among the sources if there is one."
    ),
}

ALTERNATIVES = {
    "hands_on": (
        "scenario",
        "Exercises framed as tasks from the learner's industry",
        "Open each exercise's instructions with one sentence that sets it as a realistic task "
        "from the learner's industry, and make the practice project a small tool someone in "
        "that industry would use.",
    ),
    "video": (
        "checkpoints",
        "Checkpoint questions while watching",
        "In the study guide's section for while watching, give 2 or 3 checkpoint questions "
        "tied to moments of the videos, so the learner pauses and checks what they understood.",
    ),
    "reading": (
        "worked-example",
        "One worked example grown section by section",
        "Build the sections around one worked example that grows from section to section, and "
        "end each section's body with a one-line summary of what it added.",
    ),
    "mixed": (
        "alternating",
        "Explanation and practice alternating",
        "Alternate explanation and practice: give the sections in the order of the exercises "
        "that use them, and make each exercise's instructions name the section it practises.",
    ),
}


def seed(apps: Any, schema_editor: Any) -> None:
    variant = apps.get_model("generation", "PromptVariant")
    for style, guide in BASE.items():
        variant.objects.get_or_create(
            name=f"{style}.base",
            defaults={
                "style": style,
                "style_guide": guide,
                "weight": 3,
                "description": "The lesson prompt's style guide as written for schema v2",
            },
        )
        suffix, description, instruction = ALTERNATIVES[style]
        variant.objects.get_or_create(
            name=f"{style}.{suffix}",
            defaults={
                "style": style,
                "style_guide": guide,
                "instruction": instruction,
                "weight": 1,
                "description": description,
            },
        )


def unseed(apps: Any, schema_editor: Any) -> None:
    names = [f"{style}.base" for style in BASE]
    names += [f"{style}.{alt[0]}" for style, alt in ALTERNATIVES.items()]
    apps.get_model("generation", "PromptVariant").objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [("generation", "0004_regeneration_and_prompt_variants")]

    operations = [migrations.RunPython(seed, unseed)]
