"""Job search: Hello Work listings searched offline, with a slip for the counter."""
