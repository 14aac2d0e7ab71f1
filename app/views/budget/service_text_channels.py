"""Channel messages (Budget › Summary › Channels) in the interface
language: refused edits of channel_service by their English shape. The
budget rules about channel target shares are in service_text_budget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def finding_templates() -> dict[str, str]:
    """Channels have no findings of their own (the budget rules cover target shares)."""
    return {}


def refusal_shapes() -> list[tuple[str, str]]:
    """(English regex, translated template) of refused channel edits."""
    return [
        (
            r"Channel name must be text\.",
            QCoreApplication.translate("ServiceTextChannels", "Channel name must be text."),
        ),
        (
            r"Channel name cannot be empty\.",
            QCoreApplication.translate("ServiceTextChannels", "Channel name cannot be empty."),
        ),
        (
            r"Channel name is too long \((?P<count>\d+) characters; at most (?P<limit>\d+)\)\.",
            QCoreApplication.translate(
                "ServiceTextChannels", "Channel name is too long ({count} characters; at most {limit})."
            ),
        ),
        (
            r"Channel name: the text holds (?P<char>.+), which is not a character\.",
            QCoreApplication.translate(
                "ServiceTextChannels", "Channel name: the text holds {char}, which is not a character."
            ),
        ),
        (
            r"There is already a channel named '(?P<name>.*)'\.",
            QCoreApplication.translate("ServiceTextChannels", "There is already a channel named '{name}'."),
        ),
        (
            r"Target share must be a number from 0 to 100 \(per cent\), or blank\.",
            QCoreApplication.translate(
                "ServiceTextChannels", "Target share must be a number from 0 to 100 (per cent), or blank."
            ),
        ),
        (
            r"Channel colour must be a colour like #2E86AB, or blank\.",
            QCoreApplication.translate(
                "ServiceTextChannels", "Channel colour must be a colour like #2E86AB, or blank."
            ),
        ),
        (
            r"The standard channels can only be added to a plan without channels\.",
            QCoreApplication.translate(
                "ServiceTextChannels", "The standard channels can only be added to a plan without channels."
            ),
        ),
    ]
