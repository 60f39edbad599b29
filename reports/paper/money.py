"""Money in Chinese capitals (大写金额), as written under a total so that it cannot be altered."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("仟", "佰", "拾", "")
_GROUP_UNITS = ("", "万", "亿", "万亿")


def amount_in_words(amount: Decimal | int | str) -> str:
    """Chinese capital numerals for money (大写金额): 1005.07 -> 壹仟零伍元零柒分.

    Rounded half-up to the fen; up to 9999万亿. 元 part omitted when zero
    (0.05 -> 伍分); "整" when there are no fen.
    """
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if value < 0:
        return "负" + amount_in_words(-value)
    fen_total = int(value * 100)
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if yuan >= 10**16:
        raise ValueError(f"amount too large for 大写: {amount}")
    if fen_total == 0:
        return "零元整"
    out = ""
    if yuan:
        out = _integer_words(yuan) + "元"
    if jiao:
        out += _DIGITS[jiao] + "角"
    if fen:
        if yuan and not jiao:
            out += "零"
        out += _DIGITS[fen] + "分"
    else:
        out += "整"
    return out


def rmb_words(amount: Decimal | int | str) -> str:
    """人民币 + 大写, as it is written under a total: 人民币壹佰元整."""
    return f"人民币{amount_in_words(amount)}"


def _integer_words(n: int) -> str:
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, pending_zero = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or group < 1000):
            out += "零"
        unit = _GROUP_UNITS[index]
        if index == 3 and groups[2]:
            unit = "万"  # 12,3456亿 reads 壹拾贰万叁仟肆佰伍拾陆亿: the 亿 is shared
        out += _group_words(group) + unit
        pending_zero = False
    return out


def _group_words(group: int) -> str:
    """Four digits, inner zeros read once, trailing zeros silent: 1005 -> 壹仟零伍."""
    out, zero = "", False
    for digit, unit in zip(f"{group:04d}", _SMALL_UNITS, strict=True):
        if digit == "0":
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[int(digit)] + unit
    return out
