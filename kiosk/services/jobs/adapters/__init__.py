"""The job search's adapters: the counter slip on the receipt printer."""
