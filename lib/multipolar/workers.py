"""Imported first by the server process that local workers fork from (see parallel.py): the page
rules and lexicons are compiled there once, and every worker starts with them compiled."""
from .pages import compile_patterns

compile_patterns()
