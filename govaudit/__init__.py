"""govaudit: checks 部门决算公开 disclosures cell by cell."""

__version__ = "0.1.0"
