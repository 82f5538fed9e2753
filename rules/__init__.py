"""Declarative rule packs, unit definitions and gazetteers shipped with corpuslint."""
