"""Alembic environment: pyroad always hands over an open connection (see upgrade_database)."""

from alembic import context

from pyroad.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
