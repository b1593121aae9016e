"""Qt-free building blocks several services share: identity, checkout and slips."""
