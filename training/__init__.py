"""Reproducible scripts that build newsstruct's bundled Dutch Stanza models from open data."""
