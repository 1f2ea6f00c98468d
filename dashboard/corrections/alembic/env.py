"""Alembic environment: always run programmatically by `db.upgrade`, with the connection
handed over in `config.attributes`."""

from alembic import context

from dashboard.corrections.db import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
