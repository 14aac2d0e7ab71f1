"""The open plan's canvas editors, built when first shown.

Opening a plan builds only the first canvas's editor; the others are
created the first time something asks for them (the navigator, the Problems
panel, a test). Until then their page in the stack is an empty placeholder.
A change to the plan only reaches editors that exist: one built later reads
the plan as it is then."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget


class EditorSet:
    """Ordered mapping canvas key → editor, building editors on demand."""

    def __init__(self, entries, document, stack: QStackedWidget):
        self._entries = list(entries)
        self._document = document
        self._stack = stack
        self._built: dict[str, QWidget] = {}
        for _key, _label, _factory in self._entries:
            stack.addWidget(QWidget(stack))

    def labels(self) -> list[str]:
        """The canvases' navigator labels, in order."""
        return [label for _key, label, _factory in self._entries]

    def __iter__(self):
        return iter([key for key, _label, _factory in self._entries])

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key) -> bool:
        return any(key == k for k, _label, _factory in self._entries)

    def __getitem__(self, key: str) -> QWidget:
        """The editor of canvas *key*, built now if it does not exist yet."""
        if key not in self._built:
            index = list(self).index(key)  # KeyError-like ValueError for an unknown canvas
            factory = self._entries[index][2]
            placeholder = self._stack.widget(index)
            showing = self._stack.currentIndex() == index
            editor = factory(self._document, self._stack)
            self._stack.removeWidget(placeholder)
            self._stack.insertWidget(index, editor)
            placeholder.deleteLater()
            if showing:
                self._stack.setCurrentIndex(index)
            self._built[key] = editor
        return self._built[key]

    def get(self, key: str, default=None):
        """The editor of *key* if it has been built, else *default* (builds nothing)."""
        return self._built.get(key, default)

    def built_items(self) -> list[tuple[str, QWidget]]:
        """(key, editor) of the editors built so far, in canvas order."""
        return [(key, self._built[key]) for key in self if key in self._built]

    def items(self) -> list[tuple[str, QWidget]]:
        """(key, editor) of every canvas, building the missing editors."""
        return [(key, self[key]) for key in self]

    def key_at(self, index: int) -> str | None:
        """The canvas key at navigator row *index*."""
        keys = list(self)
        return keys[index] if 0 <= index < len(keys) else None
