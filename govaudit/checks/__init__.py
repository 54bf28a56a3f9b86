"""Python rules: what declarative identities cannot say. Each module registers its rules with @rule."""
