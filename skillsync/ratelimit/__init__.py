"""Global rate limits shared by every web and worker process, counted in PostgreSQL."""
