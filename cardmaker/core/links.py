"""Public EMA links for the QR code, and the allow-list that keeps them public."""

from __future__ import annotations

from urllib.parse import urlsplit

from cardmaker.core.errors import UnsafeLinkError
from cardmaker.core.model import QrTarget

# Regulator domains whose public pages a card may link to.
ALLOWED_HOSTS: frozenset[str] = frozenset({"www.ema.europa.eu", "ema.europa.eu"})

_EPAR = "https://www.ema.europa.eu/en/medicines/human/EPAR/{slug}"
_PRODUCT_INFORMATION = (
    "https://www.ema.europa.eu/{lang}/documents/product-information/"
    "{slug}-epar-product-information_{lang}.pdf"
)


def medicine_link(slug: str, target: QrTarget, language: str) -> str:
    """The public address for a medicine: its EPAR page or its product information PDF."""
    if target is QrTarget.EPAR:
        url = _EPAR.format(slug=slug)
    else:
        url = _PRODUCT_INFORMATION.format(slug=slug, lang=language)
    check_link(url)
    return url


def check_link(url: str) -> None:
    """Refuse anything but a plain https address on an allowed regulator host."""
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise UnsafeLinkError(url, "only https addresses are allowed")
    if (parts.hostname or "") not in ALLOWED_HOSTS:
        raise UnsafeLinkError(url, f"host is not one of {', '.join(sorted(ALLOWED_HOSTS))}")
    if parts.query or parts.fragment or parts.username or parts.password or parts.port:
        raise UnsafeLinkError(url, "query, fragment, credentials and ports are not allowed")
    if any(ch.isspace() or ord(ch) > 126 for ch in url):
        raise UnsafeLinkError(url, "the address contains spaces or non-ASCII characters")
