"""Datetimes and timedeltas that keep nanoseconds, for the betterproto2 models.

The models hold a google.protobuf.Timestamp as a datetime and a Duration as a timedelta,
which count microseconds. `flyteidl2.models_codec` gives a value with nanoseconds below
the microsecond as one of these subclasses, so that it converts back exactly.
"""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["NanosecondDatetime", "NanosecondTimedelta", "with_nanosecond", "with_nanoseconds"]


class NanosecondDatetime(datetime.datetime):
    """A datetime that also holds the nanoseconds below its microsecond.

    `nanosecond` is 0 to 999. Comparison and hashing count it; arithmetic, `replace`
    and time zone conversion work at datetime's microsecond precision, and what they
    return holds no nanoseconds.
    """

    # Instances that datetime's own methods make skip __new__ and hold none.
    nanosecond: int = 0

    def __new__(cls, *args: Any, nanosecond: int = 0, **kwargs: Any) -> NanosecondDatetime:
        if not 0 <= nanosecond <= 999:
            raise ValueError(f"nanosecond must be 0 to 999, not {nanosecond}")
        self = super().__new__(cls, *args, **kwargs)
        self.nanosecond = nanosecond
        return self

    def _key(self) -> tuple[datetime.datetime, int]:
        return _plain_datetime(self), self.nanosecond

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, datetime.datetime):
            return NotImplemented
        return self._key() == (_plain_datetime(other), getattr(other, "nanosecond", 0))

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __lt__(self, other: datetime.date) -> bool:
        if not isinstance(other, datetime.datetime):
            return NotImplemented
        return self._key() < (_plain_datetime(other), getattr(other, "nanosecond", 0))

    def __le__(self, other: datetime.date) -> bool:
        if not isinstance(other, datetime.datetime):
            return NotImplemented
        return self._key() <= (_plain_datetime(other), getattr(other, "nanosecond", 0))

    def __gt__(self, other: datetime.date) -> bool:
        if not isinstance(other, datetime.datetime):
            return NotImplemented
        return self._key() > (_plain_datetime(other), getattr(other, "nanosecond", 0))

    def __ge__(self, other: datetime.date) -> bool:
        if not isinstance(other, datetime.datetime):
            return NotImplemented
        return self._key() >= (_plain_datetime(other), getattr(other, "nanosecond", 0))

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_plain_datetime(self)!r}, nanosecond={self.nanosecond})"

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return with_nanosecond, (_plain_datetime(self), self.nanosecond)


class NanosecondTimedelta(datetime.timedelta):
    """A timedelta that also holds nanoseconds below its microseconds.

    `nanoseconds` is 0 to 999 and adds to the span, as `microseconds` adds to its
    seconds. Comparison and hashing count it; arithmetic works at timedelta's
    microsecond precision, and what it returns holds no nanoseconds.
    """

    # Instances that timedelta's own methods make skip __new__ and hold none.
    nanoseconds: int = 0

    def __new__(cls, *args: Any, nanoseconds: int = 0, **kwargs: Any) -> NanosecondTimedelta:
        if not 0 <= nanoseconds <= 999:
            raise ValueError(f"nanoseconds must be 0 to 999, not {nanoseconds}")
        self = super().__new__(cls, *args, **kwargs)
        self.nanoseconds = nanoseconds
        return self

    def _key(self) -> tuple[datetime.timedelta, int]:
        return _plain_timedelta(self), self.nanoseconds

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, datetime.timedelta):
            return NotImplemented
        return self._key() == (_plain_timedelta(other), getattr(other, "nanoseconds", 0))

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __lt__(self, other: datetime.timedelta) -> bool:
        return self._key() < (_plain_timedelta(other), getattr(other, "nanoseconds", 0))

    def __le__(self, other: datetime.timedelta) -> bool:
        return self._key() <= (_plain_timedelta(other), getattr(other, "nanoseconds", 0))

    def __gt__(self, other: datetime.timedelta) -> bool:
        return self._key() > (_plain_timedelta(other), getattr(other, "nanoseconds", 0))

    def __ge__(self, other: datetime.timedelta) -> bool:
        return self._key() >= (_plain_timedelta(other), getattr(other, "nanoseconds", 0))

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_plain_timedelta(self)!r}, nanoseconds={self.nanoseconds})"

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return with_nanoseconds, (_plain_timedelta(self), self.nanoseconds)


def _plain_datetime(value: datetime.datetime) -> datetime.datetime:
    return datetime.datetime.combine(value.date(), value.timetz())  # timetz keeps fold


def _plain_timedelta(value: datetime.timedelta) -> datetime.timedelta:
    return datetime.timedelta(value.days, value.seconds, value.microseconds)


def with_nanosecond(value: datetime.datetime, nanosecond: int) -> NanosecondDatetime:
    """Returns a datetime with nanoseconds below its microsecond."""
    return NanosecondDatetime(
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
        value.tzinfo,
        fold=value.fold,
        nanosecond=nanosecond,
    )


def with_nanoseconds(value: datetime.timedelta, nanoseconds: int) -> NanosecondTimedelta:
    """Returns a timedelta with nanoseconds below its microseconds."""
    return NanosecondTimedelta(
        value.days, value.seconds, value.microseconds, nanoseconds=nanoseconds
    )
