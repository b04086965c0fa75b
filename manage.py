#!/usr/bin/env python
"""Django's usual entry point; the same as the ``skillsync`` command."""

from skillsync.cli import main

if __name__ == "__main__":
    main()
