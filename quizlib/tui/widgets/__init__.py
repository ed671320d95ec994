"""Reusable widgets of the app; they post messages and never call the library."""
