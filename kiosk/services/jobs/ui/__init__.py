"""The job search's screens' state: the Qt-free flow the view-model wraps."""
