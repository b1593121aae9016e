"""Qt-free technician diagnostics: the model, the ports it needs, the PIN policy, the audit."""
