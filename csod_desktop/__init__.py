"""csod-desktop: bulk loads into Cornerstone OnDemand's Edge Bulk API, with a built-in sandbox portal."""

__version__ = "0.1.0"
