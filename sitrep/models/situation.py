"""A situation's metadata, as written in `inputs/<situation>/sitrep.toml`."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, ConfigDict, Field, field_validator

from sitrep.models.base import Model, new_list

_ISO3 = re.compile(r"^[A-Z]{3}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")

_PREFIX = re.compile(r"^[A-Z]{2,3}$")

LANGUAGES = ("en", "fr")
"""The languages a situation may be written in: those the extractor has the words of
(`sitrep.extract.languages`, which a test holds to this list), so a misspelt
`language` is a config error `sitrep validate` reports, not a failure mid-build."""


def _email(value: str) -> str:
    """An address as pydantic's `EmailStr` checks and normalises it, with the checker
    (email-validator) imported only when a situation has addresses to check: reading
    articles never does. Its patterns are compiled from the pattern cache."""
    from sitrep.patterns import kept_while_imported

    with kept_while_imported():
        from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"value is not a valid email address: {exc}") from None


Email = Annotated[str, AfterValidator(_email)]


class Contact(Model):
    model_config = ConfigDict(extra="forbid")

    name: str
    role: str | None = None
    email: Email | None = None
    phone: str | None = None


class EmailSettings(Model):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    sender: Email = Field(alias="from")
    to: list[Email] = Field(min_length=1)
    cc: list[Email] = Field(default_factory=new_list)
    reply_to: Email | None = None
    pdf_url: str | None = Field(
        default=None, description="Where the full PDF is published; the brief links to it."
    )
    max_mb: float = Field(
        default=10,
        gt=0,
        description="Largest brief.eml, in megabytes: a PDF that would make it larger is not "
        "attached, and the brief says where the full report is (mail servers refuse big mail).",
    )


class Numbering(Model):
    """Report numbers follow from dates, so re-building a day gives the same number."""

    model_config = ConfigDict(extra="forbid")

    first_number: int = Field(default=1, ge=1)
    first_date: dt.date
    every_days: int = Field(default=1, ge=1)

    def number_for(self, day: dt.date) -> int:
        return self.first_number + max(0, (day - self.first_date).days) // self.every_days


class MapSettings(Model):
    """`[map]` in sitrep.toml: the choropleth drawn when the folder has boundaries."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True


class Situation(Model):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    title: str = Field(min_length=1)
    country: str = Field(description="ISO 3166-1 alpha-3 code, e.g. SYR.")
    area: str
    organisation: str
    language: str = "en"
    date_format: Literal["iso", "dmy", "mdy"] = Field(
        default="iso",
        description="How dates written as text are read; dd/mm/yyyy only with 'dmy'.",
    )
    period_days: int = Field(default=7, ge=1, description="Period a report covers by default.")
    numbering: Numbering
    contacts: list[Contact] = Field(default_factory=new_list)
    email: EmailSettings
    disclaimer: str | None = None
    map: MapSettings = Field(default_factory=MapSettings, exclude=True)
    thousands: Literal[",", ".", " ", "\u00a0"] = Field(
        default=",",
        exclude=True,
        description="How the situation's counts separate thousands: ',' (1,234), '.' (1.234) "
        "or a space (1 234; a no-break space is read as a space).",
    )
    pcode_prefix: str | None = Field(
        default=None,
        exclude=True,
        description="The letters every P-code starts with, when the country's COD does not "
        "use the prefix sitrep knows for it (ISO2 for most countries, ISO3 for a few).",
    )

    @field_validator("title", "area", "organisation")
    @classmethod
    def _one_line(cls, value: str) -> str:
        """These name the report in mail headers and page titles: one line of text."""
        if _CONTROL.search(value):
            raise ValueError("must be one line of text, without line breaks or control characters")
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value.strip().lower().split("-")[0] not in LANGUAGES:
            raise ValueError(
                f"{value!r} is not a language sitrep reads: use one of {', '.join(LANGUAGES)}"
            )
        return value

    @field_validator("country")
    @classmethod
    def _iso3(cls, value: str) -> str:
        upper = value.strip().upper()
        if not _ISO3.match(upper):
            raise ValueError("must be an ISO 3166-1 alpha-3 code such as SYR")
        return upper

    @field_validator("pcode_prefix")
    @classmethod
    def _prefix(cls, value: str | None) -> str | None:
        if value is None:
            return None
        upper = value.strip().upper()
        if not _PREFIX.match(upper):
            raise ValueError("must be the two or three capital letters P-codes start with")
        return upper
