"""Knowledge files shipped with newsift (read with importlib.resources)."""
