"""multipolar: load, clean and analyse a corpus of pages on China–Russia relations and Chinese diplomacy."""
from .build import (EmptyCorpus, build_corpus, cached_corpus, load_articles, load_dates, load_events,
                    load_ledger, load_mentions, load_removed, load_theme_rates)

__all__ = ["EmptyCorpus", "build_corpus", "cached_corpus", "load_articles", "load_dates", "load_events",
           "load_ledger", "load_mentions", "load_removed", "load_theme_rates"]
__version__ = "0.1.0"
