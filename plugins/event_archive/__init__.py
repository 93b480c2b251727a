"""Event Archive: a Pelican plugin that turns raw news reports into a multilingual archive.

Only the glue modules (build, reader, generator, templating) import Pelican; the rest of
the package is plain Python, usable without it. Importing this package stays light: the
glue loads when Pelican calls `register`.
"""


def register() -> None:
    from pelican import signals

    from . import atomic
    from .build import on_article_generator_init, on_generator_init, on_pretaxonomy
    from .generator import get_generators

    signals.initialized.connect(atomic.begin)  # the new site is written aside...
    signals.finalized.connect(atomic.finish)  # ...and swapped in once complete
    signals.generator_init.connect(on_generator_init)
    signals.article_generator_init.connect(on_article_generator_init)
    signals.article_generator_pretaxonomy.connect(on_pretaxonomy)
    signals.get_generators.connect(get_generators)
