"""The check-kind interface. A rule (YAML) instantiates a kind with parameters."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from pydantic import BaseModel, ConfigDict

from corpuslint.finding import Finding, Related

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.claim import Claim
    from corpuslint.rulespec import RuleSpec
    from corpuslint.span import Span

KINDS: dict[str, type[Check]] = {}


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid")


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: make a check kind available to rule packs under ``cls.kind``."""
    KINDS[cls.kind] = cls
    return cls


class Check:
    kind: ClassVar[str]
    Params: ClassVar[type[BaseModel]] = NoParams

    def __init__(self, rule: RuleSpec, lang: str = "en") -> None:
        self.rule = rule
        self.lang = lang
        self.params = self.Params.model_validate(rule.params)

    def run(self, corpus: Corpus) -> Iterable[Finding]:
        """Every finding in a corpus held in memory: each document, then all the claims."""
        for analysis in corpus.analyses:
            yield from self.check_document(analysis, corpus)
        yield from self.check_claims(corpus.claims, corpus)

    # A kind implements one or both hooks. Keeping them apart lets a run check each document as
    # soon as it is analysed and keep only its claims, so memory does not grow with the text.

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        """Findings within one document (``corpus`` carries the run's settings)."""
        return ()

    def check_claims(self, claims: Sequence[Claim], corpus: Corpus) -> Iterable[Finding]:
        """Findings across the claims of every document."""
        return ()

    def finding(
        self,
        path: str,
        span: Span,
        *,
        fingerprint: str,
        related: Sequence[Related] = (),
        **fields: object,
    ) -> Finding:
        """A finding of this rule, its message rendered in the run's language."""
        return Finding(
            rule=self.rule.code,
            name=self.rule.name,
            severity=self.rule.severity,
            message=self.rule.message.get(self.lang).format(**fields),
            path=path,
            **span.model_dump(),
            related=tuple(related),
            fingerprint=f"{self.rule.code}:{fingerprint}",
        )
