"""multipolar: load, clean and analyse a corpus of pages on China–Russia relations and Chinese diplomacy."""
from .build import build_corpus, cached_corpus, load_articles, load_removed

__all__ = ["build_corpus", "cached_corpus", "load_articles", "load_removed"]
__version__ = "0.1.0"
