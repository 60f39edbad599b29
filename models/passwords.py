"""Password hashes (scrypt): made at the current cost, checked at any cost, upgraded on login.

``SCRYPT_N`` is the one knob of the hashing cost: production uses 2^17 (r=8, p=1,
128 MiB and about half a second on a desk), which the tests lower (tests/conftest.py).
A hash records its own parameters ('scrypt$n$r$p$salt$hash'), so hashes made at an
older, cheaper cost still verify; ``needs_upgrade`` says when to re-hash one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
PRODUCTION_N = 2**17
# A stored hash asking for more than this is not ours (a damaged or hostile file).
MAX_N, MAX_R, MAX_P = 2**20, 32, 4

MIN_LENGTH, MAX_LENGTH = 8, 128  # of a new password, in characters

_dummy: dict[tuple[int, int, int], str] = {}


def check_new_password(password: object) -> str:
    """A new password: 8 to 128 characters, none of them a control or broken one."""
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The password must have at least {n} characters."),
            field="password", n=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The password may have at most {n} characters."),
            field="password", n=MAX_LENGTH)
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in password):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError",
                              "The password contains a character that cannot be typed; "
                              "choose another."),
            field="password")
    return password


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    # "surrogatepass": a typed lone surrogate costs as long as any other wrong password.
    return hashlib.scrypt(password.encode("utf-8", "surrogatepass"), salt=salt, n=n, r=r, p=p,
                          dklen=dklen, maxmem=128 * r * (n + p + 2) + 2**20)


def hash_password(password: str) -> str:
    """A salted scrypt hash at the current cost: 'scrypt$n$r$p$salt$hash' (base64)."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, 32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        n, r, p = int(n), int(r), int(p)
        salt_bytes, digest_bytes = base64.b64decode(salt), base64.b64decode(digest)
    except (ValueError, AttributeError):
        return None
    if scheme != "scrypt" or not (1 < n <= MAX_N and n & (n - 1) == 0 and 0 < r <= MAX_R
                                  and 0 < p <= MAX_P and digest_bytes):
        return None
    return n, r, p, salt_bytes, digest_bytes


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored`` (False for anything that is not our hash)."""
    parsed = _parse(stored)
    if parsed is None or not isinstance(password, str):
        return False
    n, r, p, salt, expected = parsed
    return hmac.compare_digest(_scrypt(password, salt, n, r, p, len(expected)), expected)


def needs_upgrade(stored: str) -> bool:
    """A hash made at less than the current cost: re-hash it at the next good login."""
    parsed = _parse(stored)
    return parsed is None or parsed[0] < SCRYPT_N or parsed[1] < SCRYPT_R


def dummy_hash() -> str:
    """A hash at the current cost that no password matches: for logins nobody has.

    Checking a password against it costs what checking a real one costs.
    """
    key = (SCRYPT_N, SCRYPT_R, SCRYPT_P)
    if key not in _dummy:
        b64 = base64.b64encode
        salt, digest = b64(secrets.token_bytes(16)).decode(), b64(secrets.token_bytes(32)).decode()
        _dummy[key] = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt}${digest}"
    return _dummy[key]
