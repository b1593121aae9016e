"""Document printers (A4) through CUPS, and an emulated queue beside the real adapter."""
