"""What a PDF carries beyond its text, read with pikepdf: every decoded stream,
embedded files, and the targets of its links. For tests that look for things
that must not be in a PDF (files of the server, script, hostile links)."""

import io

import pikepdf


def pdf_all_bytes(content: bytes) -> bytes:
    """The raw file plus every stream decoded, so compressed content is searchable."""
    chunks = [content]
    with pikepdf.open(io.BytesIO(content)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    chunks.append(obj.read_bytes())
                except pikepdf.PdfError:
                    chunks.append(obj.read_raw_bytes())
    return b"".join(chunks)


def pdf_embeds_files(content: bytes) -> bool:
    """Whether the PDF carries a file: in its name tree or as an attachment annotation."""
    with pikepdf.open(io.BytesIO(content)) as pdf:
        names = pdf.Root.get("/Names")
        in_names = names is not None and "/EmbeddedFiles" in names
        subtypes = [annotation.get("/Subtype") for page in pdf.pages for annotation in page.obj.get("/Annots", [])]
    return in_names or pikepdf.Name.FileAttachment in subtypes


def pdf_link_uris(content: bytes) -> list[str]:
    """The URI of every link annotation that opens one, in page order."""
    with pikepdf.open(io.BytesIO(content)) as pdf:
        return [
            str(annotation.A.URI)
            for page in pdf.pages
            for annotation in page.obj.get("/Annots", [])
            if annotation.get("/Subtype") == pikepdf.Name.Link and "/URI" in annotation.get("/A", {})
        ]
