"""The app's screens; each owns its key bindings."""
