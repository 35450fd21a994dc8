"""Workarounds for Textual 8 keeping removed widgets alive, so a long quiz stays as light as a short one.

Each answered question replaces a card (a dozen widgets) and rebuilds the footer's keys. Without
these, every one of them stayed reachable for the whole session and each full garbage collection
got slower as the learner went on (bench/README.md, `bench/quiz_app.py`). A workaround can go once
the Textual we depend on no longer needs it: tests/test_tui_memory.py fails if it is still needed.
"""

from __future__ import annotations

from textual.widgets import Footer, Input


class KeyFooter(Footer):
    """A Footer that forgets the keys it has replaced (Textual issue #6666).

    Footer rebuilds its keys whenever the screen's bindings change, and each key is bound to
    `Footer.compact`, which leaves a watcher on the footer pointing back at the key. Textual
    prunes those watchers only when `compact` changes, which it never does here."""

    async def recompose(self) -> None:
        """Rebuild the keys, then drop what still refers to the keys that are gone."""
        await super().recompose()
        watchers = getattr(self, "__watchers", None)  # where textual.reactive._watch keeps them
        for entries in (watchers or {}).values():
            entries[:] = [(node, callback) for node, callback in entries if not node._closing]
        forget_removed_styles()


class DetachingInput(Input):
    """An Input that leaves its screen's text-selection signal when removed.

    Input subscribes a callback that refers to itself on mount and never unsubscribes; the signal
    keeps it until a mouse selection happens, which in a keyboard quiz is never (no Textual issue
    filed yet)."""

    def on_unmount(self) -> None:
        self.screen.text_selection_started_signal.unsubscribe(self)


def forget_removed_styles() -> None:
    """Empty the render memo that keeps every widget's line cache (Textual issue #6665).

    `StylesCache.get_inner_outer` is memoized with `lru_cache` on the instance, so the last 1,024
    widgets' caches of rendered lines stay reachable after the widgets are gone. The memo only
    saves building two Styles; emptying it costs nothing noticeable."""
    from textual._styles_cache import StylesCache

    cache_clear = getattr(StylesCache.get_inner_outer, "cache_clear", None)
    if cache_clear is not None:
        cache_clear()
