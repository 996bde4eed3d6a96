"""The command line's commands. Engine commands (`films`, …) are one-step recipes run through the
executor by :mod:`.step_command`; the others (`run`, `steps`, `info`, …) live in :mod:`.core`."""
