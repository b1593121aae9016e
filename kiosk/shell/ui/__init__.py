"""The shell's Qt view-models: session, services, languages, speech, theme, connection."""
