"""cardmaker: the osteonecrosis-of-the-jaw patient reminder card for denosumab medicines."""

__version__ = "0.1.0"
