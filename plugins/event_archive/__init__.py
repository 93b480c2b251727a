"""Event Archive: a Pelican plugin that turns raw news reports into a multilingual archive."""
