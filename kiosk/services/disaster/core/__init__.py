"""The disaster tile's decisions, without Qt: bulletins, levels, shelters, the flow."""
