"""Coders and stores found by versioned name, open to plugins through entry points."""

from __future__ import annotations

import catalogue

coders = catalogue.create("accord", "coders", entry_points=True)
stores = catalogue.create("accord", "stores", entry_points=True)
