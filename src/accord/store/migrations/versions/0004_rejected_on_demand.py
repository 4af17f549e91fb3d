"""Evidence: the rejected candidates (kind "rejected") are no longer stored. `accord commitments show --why-not`,
the API and the commitment page work them out from the stored claims when asked, with the same result, so the
rows the ledger's build wrote for every promise are deleted; the evidence chains stay as they are.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM evidence WHERE kind = 'rejected'")


def downgrade() -> None:
    # the next rebuild of the ledger by the older code writes them again
    op.execute("UPDATE state SET value = value + 1 WHERE key = 'claims'")
