"""Public EMA links for the QR code, and the allow-list that keeps every printed address public.

The QR code links only to the EMA. A web address printed in a card text must be https
(or written without a scheme, as leaflets do: 'www.basg.gv.at') and on the EMA's or a
national reporting authority's domain, the ones named in ``assets/reporting.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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


# Schemes that make a text a link whatever follows (a card may not print any but https).
_SCHEMES = r"https?|ftp|file|javascript|vbscript|data|mailto|tel|sms|intent|blob"
# Top-level domains generic enough that 'word.tld' is an address and not an abbreviation
# ('f.eks', 't.ex', 'm.sh' are abbreviations in Danish, Swedish and Irish card texts).
_GENERIC_TLDS = "com|org|net|info|eu|int|gov|edu|biz|io|app|dev|health|online|site|xyz"
_ADDRESS = re.compile(
    rf"(?i)(?:\b(?:{_SCHEMES})\s*:|\b[a-z][a-z0-9+.-]*://|//|\bwww\.)[^\s<>\"]*"
    rf"|\b(?:[a-z0-9-]+\.)+(?:{_GENERIC_TLDS})\b(?:/[^\s<>\"]*)?"
    r"|\b[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.[a-z]{2}\b/[^\s<>\"]*"
)
_TRAILING = ".,;:!?)]}»\u201d\u2019'"


def printed_addresses(text: str) -> list[str]:
    """The web addresses written in a text (trailing punctuation left out)."""
    return [m.group().rstrip(_TRAILING) for m in _ADDRESS.finditer(text)]


def registered_domains(addresses: Iterable[str]) -> frozenset[str]:
    """The domains of addresses ('www.basg.gv.at/x' -> 'basg.gv.at'), with the EMA's."""
    domains = {host.removeprefix("www.") for host in ALLOWED_HOSTS}
    for address in addresses:
        host = urlsplit(address if "//" in address else f"https://{address}").hostname or ""
        if host:
            domains.add(host.removeprefix("www."))
    return frozenset(domains)


def check_printed_link(address: str, domains: frozenset[str]) -> None:
    """Refuse a printed address that is not https on an allowed domain (or a subdomain)."""
    url = address if re.match(r"(?i)[a-z][a-z0-9+.-]*:", address) else f"https://{address}"
    url = url if not url.startswith("//") else f"https:{url}"
    parts = urlsplit(url)
    if parts.scheme.lower() != "https":
        raise UnsafeLinkError(address, "only https addresses may be printed")
    host = (parts.hostname or "").lower()
    if not any(host == d or host.endswith("." + d) for d in domains):
        raise UnsafeLinkError(
            address, "not the EMA's or a national reporting authority's web address"
        )
    if parts.query or parts.fragment or parts.username or parts.password or parts.port:
        raise UnsafeLinkError(address, "query, fragment, credentials and ports are not allowed")
    if any(ch.isspace() or ord(ch) > 126 for ch in address):
        raise UnsafeLinkError(address, "the address contains spaces or non-ASCII characters")
