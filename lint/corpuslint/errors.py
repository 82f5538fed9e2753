"""Errors that end a run with exit code 2 and a one-line message."""


class UsageError(Exception):
    """Bad command line, configuration or rule pack: reported in one line, exit code 2."""


class ConfigError(UsageError):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
