"""``stillontime dashboard``: a page that shows the pipeline where it runs (data, server)."""
