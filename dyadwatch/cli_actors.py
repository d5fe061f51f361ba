"""`dyadwatch actors ...`: look names up in the knowledge base, and import CAMEO/PETRARCH actor dictionaries."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import yaml

from .clitools import handle_errors
from .dictionaries import import_actor_dictionary
from .errors import InputError
from .ingest import parse_date_option
from .knowledge import COUNTRY_KINDS, KnowledgeBase, Phrase, load_knowledge_base

__all__ = ["actors"]


@click.group()
def actors() -> None:
    """The actor knowledge base: look names up, import dictionaries.

    \b
    Example:
      dyadwatch actors lookup "the Kremlin"
      dyadwatch actors lookup "South Korean President" --date 2019-05-01
    """


@actors.command()
@click.argument("name")
@click.option("--date", "day", metavar="DATE", help="Show the role held on this date (YYYY-MM-DD); default: today.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Your own actor YAML file, extending the shipped knowledge base (repeatable).")
@handle_errors
def lookup(name: str, day: str | None, actor_files: tuple[str, ...]) -> None:
    """Candidates for NAME: what it stands for, with codes and dated roles.

    \b
    Example:
      dyadwatch actors lookup Choe --date 2024-06-19
    """
    on = parse_date_option(day) if day else None
    kb = load_knowledge_base(actor_files)
    found = kb.lookup(name)
    if not found:
        click.echo(f"no actor named {name!r}; add one in your own YAML file and pass it with --actors", err=True)
        sys.exit(1)
    for phrase in found[:25]:
        click.echo(_describe(kb, phrase, on))
    if len(found) > 25:
        click.echo(f"... and {len(found) - 25} more; give a longer name")


def _describe(kb: KnowledgeBase, phrase: Phrase, day: str | None) -> str:
    kind, key = phrase.kind, phrase.key
    if kind == "person":
        person = kb.people[key]
        role = person.role_on(day)
        head = f"person        {person.name}: {role.country}{role.sector} {role.title}" if role else person.name
        roles = [f"    {r.country}{r.sector} {r.title or '-'} {r.start or '...'} to {r.end or 'now'}"
                 for r in person.roles]
        return "\n".join([f"{head} (on {day or 'today'})", *roles])
    if kind in COUNTRY_KINDS:
        sector = " GOV" if kind in ("capital", "seat") else ""
        return f"{kind:<13} {key}{sector.strip()} {kb.country_name(key)} (as {phrase.text!r})"
    if kind == "shared":
        return f"shared name   {key} {kb.country_name(key)} (as {phrase.text!r}, if the text names only this one)"
    if kind == "organisation":
        org = kb.organisations[key]
        return f"organisation  {org.code} ({org.sector}) {org.name}"
    if kind == "outlet":
        outlet = kb.outlets[key]
        flags = ", ".join(f for f, on in (("state media", outlet.state_media), ("wire", outlet.wire)) if on)
        return f"outlet        {outlet.name}: {outlet.country or '-'}JRN {flags}".rstrip()
    return f"title         {phrase.text!r}: sector {kb.titles.get(key)}"


@actors.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), required=True,
              help="The actor YAML file to write; use it with --actors.")
@handle_errors
def import_(file: str, out: str) -> None:
    """Convert a CAMEO/PETRARCH-style actor dictionary into an actor YAML file.

    Records that cannot be converted are listed with their line; the rest are written. Exit 1 if any was skipped.

    \b
    Example:
      dyadwatch actors import Phoenix.Countries.actors.txt --out my_actors.yaml
      dyadwatch ingest news.jsonl --actors my_actors.yaml
    """
    if Path(out).resolve() == Path(file).resolve():
        raise click.UsageError("--out must not be the dictionary itself")
    try:
        result = import_actor_dictionary(Path(file), load_knowledge_base())
    except UnicodeDecodeError as exc:
        raise InputError(f"{file}: not UTF-8 text ({exc.reason}); convert it with iconv first") from exc
    header = f"# Imported from {Path(file).name} by `dyadwatch actors import`.\n"
    Path(out).write_text(header + yaml.safe_dump(result.as_yaml_data(), allow_unicode=True, sort_keys=False),
                         encoding="utf-8")
    click.echo(f"{len(result.people)} people, {len(result.countries)} country synonym sets, "
               f"{len(result.organisations)} organisations -> {out}")
    for problem in result.problems:
        click.echo(f"skipped {problem}", err=True)
    if result.problems:
        sys.exit(1)
