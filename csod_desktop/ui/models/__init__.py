"""Qt item models: thin adapters over DataFrames and core objects for the table views."""
