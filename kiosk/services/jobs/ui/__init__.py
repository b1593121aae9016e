"""The job search for its screens: the view-model over the core flow, and a listing worded."""
