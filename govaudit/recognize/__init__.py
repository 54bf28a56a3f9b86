"""Recognisers find tables and forms in sheets of cells and build the models."""
