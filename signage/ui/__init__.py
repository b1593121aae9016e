"""The signage player's Qt side: the view-model driving the sequencer, and its QML."""
