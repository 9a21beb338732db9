"""Maps the core's plain classes onto the tables (imperative mapping: the core never imports SQLAlchemy)."""
from __future__ import annotations

from sqlalchemy import and_, false
from sqlalchemy.orm import registry, relationship

from bot.directory.model import Introducee, Introduction, JoinRequest, KeptSearch, Resource
from bot.domain.group import AgreementVersion, Group, Meeting, Member, Participation, Profile, SwapRequest
from storage import directory_facts, directory_tables, tables
from storage.metadata import metadata

mapper_registry = registry(metadata=metadata)
_mapped = False


def map_domain() -> None:
    """Idempotent: called by the composition root and by tests, never at import time."""
    global _mapped
    if _mapped:
        return
    _mapped = True
    r = mapper_registry
    r.map_imperatively(Member, tables.members)
    r.map_imperatively(AgreementVersion, tables.agreements)
    r.map_imperatively(Participation, tables.participations)
    r.map_imperatively(
        Meeting, tables.meetings,
        properties={
            "participants": relationship(Participation, lazy="joined", innerjoin=False,
                                         cascade="all, delete-orphan", order_by=tables.participations.c.id),
        },
    )
    r.map_imperatively(
        Group, tables.groups,
        properties={
            # Members and agreement versions are few: one joined query loads them with the group.
            "members": relationship(Member, lazy="joined", innerjoin=False, cascade="all, delete-orphan",
                                    order_by=tables.members.c.turn_mark),
            "agreements": relationship(AgreementVersion, lazy="joined", innerjoin=False,
                                       cascade="all, delete-orphan", order_by=tables.agreements.c.version),
            # Only meetings still to come (or not yet recorded as held) travel with the group.
            "meetings": relationship(
                Meeting, lazy="selectin", cascade="all, delete-orphan",
                primaryjoin=and_(tables.groups.c.id == tables.meetings.c.group_id,
                                 tables.meetings.c.settled == false()),
                order_by=tables.meetings.c.start,
            ),
        },
    )
    r.map_imperatively(Profile, tables.profiles)
    r.map_imperatively(SwapRequest, tables.swap_requests)
    r.map_imperatively(JoinRequest, directory_tables.join_requests)
    r.map_imperatively(Resource, directory_tables.resources)
    r.map_imperatively(KeptSearch, directory_tables.directory_searches)
    r.map_imperatively(Introduction, directory_tables.introductions)
    r.map_imperatively(Introducee, directory_tables.introducees)
    directory_facts.register()
