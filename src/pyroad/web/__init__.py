"""The web app: server-rendered pages and the REST API, on the same services as the CLI."""
