"""The interface in the reader's language: gettext catalogs for the words, CLDR for the rest.

Pelican never installs translations, and one page may speak another language than the next,
so each page gets its own gettext callables in its render context (they take precedence
over the environment's globals); dates, country and language names come from Babel's CLDR
data, which covers far more languages than the catalogs do. Names and dates are memoized:
an archive repeats a few thousand of them across tens of thousands of pages.
"""

from __future__ import annotations

import datetime as dt
import gettext as stdlib_gettext
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from jinja2 import pass_context
from markupsafe import Markup

FALLBACK = "en"


@cache
def locale_for(lang: str) -> Locale:
    """The CLDR locale of a language code, English when CLDR does not know it."""
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(FALLBACK)


@cache
def language_name(code: str, in_lang: str | None = None) -> str:
    """A language's name, by default in that language itself ("Tiếng Việt", "français")."""
    locale = locale_for(in_lang or code)
    name = locale.languages.get(code) or locale_for(FALLBACK).languages.get(code) or code
    return name[:1].upper() + name[1:] if in_lang is None else name


@cache
def country_name(code: str, lang: str) -> str:
    return locale_for(lang).territories.get(code) or locale_for(FALLBACK).territories.get(
        code, code
    )


@cache
def long_date(day: dt.date | None, lang: str) -> str:
    return format_date(day, format="long", locale=locale_for(lang)) if day else ""


@cache
def month_name(year: int, month: int, lang: str) -> str:
    return format_date(dt.date(year, month, 1), format="LLLL y", locale=locale_for(lang))


@cache
def text_direction(lang: str) -> str:
    return "rtl" if locale_for(lang).character_order == "right-to-left" else "ltr"


def compile_catalogs(translations_dir: Path) -> None:
    """Compile every messages.po whose .mo is missing or older, so a fresh clone builds."""
    for po_path in sorted(translations_dir.glob("*/LC_MESSAGES/messages.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file)
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog)


@dataclass
class Catalogs:
    """The theme's compiled catalogs, loaded once per language on first use."""

    directory: Path
    _loaded: dict[str, stdlib_gettext.NullTranslations] = field(default_factory=dict)
    _callables: dict[str, dict[str, object]] = field(default_factory=dict)

    def translations(self, lang: str) -> stdlib_gettext.NullTranslations:
        if lang not in self._loaded:
            found = Translations.load(str(self.directory), [lang]) if lang != FALLBACK else None
            self._loaded[lang] = found if found is not None else NullTranslations()
        return self._loaded[lang]

    def has(self, lang: str) -> bool:
        """Whether the interface words exist in `lang` (else they are English)."""
        return lang == FALLBACK or isinstance(self.translations(lang), Translations)

    def callables(self, lang: str) -> dict[str, object]:
        """`gettext`, `ngettext` and `_` for pages in `lang`, new-style (`%(name)s`)."""
        if lang not in self._callables:
            self._callables[lang] = self._make_callables(self.translations(lang))
        return self._callables[lang]

    @staticmethod
    def _make_callables(found: stdlib_gettext.NullTranslations) -> dict[str, object]:

        @pass_context
        def gettext(context, message: str, **variables):
            text = found.gettext(message)
            if context.eval_ctx.autoescape:
                text = Markup(text)
            return text % variables if variables else text

        @pass_context
        def ngettext(context, singular: str, plural: str, num: int, **variables):
            variables.setdefault("num", num)
            text = found.ngettext(singular, plural, num)
            if context.eval_ctx.autoescape:
                text = Markup(text)
            return text % variables

        return {"gettext": gettext, "ngettext": ngettext, "_": gettext}
