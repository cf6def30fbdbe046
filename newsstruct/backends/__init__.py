"""NLP backends: the Protocol, the registry and the built-in Stanza backend."""
