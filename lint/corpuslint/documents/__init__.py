"""Documents: files turned into normalised prose whose every character maps back to the file."""

from corpuslint.documents.document import Document
from corpuslint.documents.errors import DocumentError
from corpuslint.documents.files import iter_files
from corpuslint.documents.loading import document_from_bytes, document_from_string, load_document
from corpuslint.documents.sentences import Sentence

__all__ = [
    "Document",
    "DocumentError",
    "Sentence",
    "document_from_bytes",
    "document_from_string",
    "iter_files",
    "load_document",
]
