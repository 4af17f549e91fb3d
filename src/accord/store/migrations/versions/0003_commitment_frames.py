"""Commitments as frames: the claims' act text and offsets, condition, deadline, publication date, cues and
amount; the commitments' act text, condition, deadline and the rule that decided the status; each evidence
item's matched words and whether it names the promise only in general.

Claims stored before this revision have empty frames (recode the documents to fill them: `accord recode`);
the ledger is marked stale so that the next ingest or `accord db upgrade` rebuilds it with the new columns.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _claims() -> list[sa.Column]:
    return [
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("text_start", sa.Integer(), nullable=True),
        sa.Column("text_end", sa.Integer(), nullable=True),
        sa.Column("condition", sa.Text(), nullable=False, server_default=""),
        sa.Column("deadline", sa.Text(), nullable=False, server_default=""),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("cues", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
        sa.Column("amount", sa.Float(), nullable=True),
    ]


def _commitments() -> list[sa.Column]:
    return [
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("text_start", sa.Integer(), nullable=True),
        sa.Column("text_end", sa.Integer(), nullable=True),
        sa.Column("condition", sa.Text(), nullable=False, server_default=""),
        sa.Column("deadline", sa.Text(), nullable=False, server_default=""),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("rule", sa.Text(), nullable=False, server_default=""),
    ]


def _evidence() -> list[sa.Column]:
    return [
        sa.Column("matched", sa.Text(), nullable=False, server_default=""),
        sa.Column("generic", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


_TABLES = (("claims", _claims), ("commitments", _commitments), ("evidence", _evidence))


def upgrade() -> None:
    for table, columns in _TABLES:
        with op.batch_alter_table(table) as batch:
            for column in columns():
                batch.add_column(column)
    op.execute("UPDATE state SET value = value + 1 WHERE key = 'claims'")


def downgrade() -> None:
    for table, columns in _TABLES:
        with op.batch_alter_table(table) as batch:
            for column in columns():
                batch.drop_column(column.name)
