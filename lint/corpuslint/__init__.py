"""corpuslint: a data-consistency linter for corpora of Chinese-language articles.

Kept import-free so that ``corpuslint --help`` starts fast; heavy modules load lazily.
"""

__version__ = "0.1.0"
