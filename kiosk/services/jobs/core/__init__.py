"""The job search's Qt-free core: its model and the n-gram search over the terminal's store."""
