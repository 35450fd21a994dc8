"""A quiz without any UI: the session (order, options, score, retries) and answer checking."""
