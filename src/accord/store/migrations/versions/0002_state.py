"""The `state` table: counters that say what the commitments ledger was built from.

`claims` counts the writes that changed stored codings; `ledger` is the value of `claims` the ledger was last
built from. A database from before this revision may hold a ledger that a killed ingest left behind, so its
ledger starts out stale (claims 1, ledger 0): the next ingest, or `accord db upgrade`, rebuilds it.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    state = op.create_table(
        "state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.bulk_insert(state, [{"key": "claims", "value": 1}, {"key": "ledger", "value": 0}])


def downgrade() -> None:
    op.drop_table("state")
