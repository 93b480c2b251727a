"""Event Archive: a Pelican plugin that turns raw news reports into a multilingual archive.

Only the glue modules (build, generator, templating) import Pelican; the rest of
the package is plain Python, usable without it. Importing this package stays light: the
glue loads when Pelican calls `register`.
"""


def register() -> None:
    from pelican import signals

    from . import atomic
    from .build import let_go, on_content_written, on_generator_init
    from .generator import get_generators

    signals.initialized.connect(atomic.begin)  # the new site is written aside...
    signals.finalized.connect(atomic.finish)  # ...and swapped in once complete
    signals.finalized.connect(let_go)
    signals.generator_init.connect(on_generator_init)
    signals.content_written.connect(on_content_written)
    signals.get_generators.connect(get_generators)
