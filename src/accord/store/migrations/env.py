"""Alembic's environment for the store: migrations run on the connection `accord.store.schema` hands over,
inside its transaction and under its lock (see README.md beside this file)."""

from __future__ import annotations

from alembic import context

from accord.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
