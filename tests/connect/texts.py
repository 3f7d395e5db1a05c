"""Small invented news texts for the near-duplicate tests."""

from __future__ import annotations

STORY = (
    "The harbour authority of Port Velan closed the northern pier on Tuesday after a crane "
    "collapsed onto a cargo ship. Two dock workers were taken to hospital with minor injuries, "
    "a spokeswoman for the authority said.\n\n"
    "Inspectors from the transport ministry arrived in the afternoon and began questioning the "
    "crane operator. The pier will stay closed until the wreckage is cleared, which could take "
    "a week, according to the harbour master.\n\n"
    "Shipping companies said the closure would delay grain exports to the southern islands. "
    "The union representing dock workers has called for an independent inquiry into the "
    "maintenance of the cranes, which it says were last inspected four years ago."
)

OTHER = (
    "The city council of Aldmere voted on Thursday to expand the tram network to the eastern "
    "suburbs. The new line will run for eleven kilometres and serve twelve stations.\n\n"
    "Construction is expected to begin next spring and to cost about 300 million crowns, the "
    "council's finance committee said. Residents of the eastern districts have campaigned for "
    "a tram connection for more than a decade.\n\n"
    "Opposition members argued that the money would be better spent on repairing existing "
    "roads, and asked for a public consultation before any contracts are signed."
)


def with_clutter(text: str) -> str:
    """The same body under another headline, with page furniture around it."""
    return (
        "Skip to main content\nAdvertisement\nCrane accident shuts Port Velan pier\n\n"
        + text
        + "\n\nShare this article\nRelated: Tram network to grow in Aldmere\nAdvertisement"
    )


def lightly_edited(text: str) -> str:
    """A few words changed and the paragraphs reordered, as a rewriting desk might."""
    edited = (
        text.replace("closed", "shut", 1)
        .replace("minor injuries", "light injuries")
        .replace("a week", "several days")
        .replace("Shipping companies said", "Shipping firms warned")
    )
    first, second, third = edited.split("\n\n")
    return "\n\n".join([first, third, second])

THIRD = (
    "Heavy snow fell across the Brennic highlands overnight, cutting power to several villages "
    "and closing the mountain pass for the second time this month. Road crews worked through "
    "the night to clear drifts of up to two metres.\n\n"
    "The regional weather office warned of more snow on Sunday and advised drivers to carry "
    "chains. Schools in three valleys will remain shut on Monday, the education office said."
)
