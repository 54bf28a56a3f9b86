"""`python -m govaudit …`: the same command as the installed `govaudit` script."""

from govaudit.fastpath import main

if __name__ == "__main__":
    main()
