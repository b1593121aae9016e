"""The project's own tools: build helpers and the rigs tests and benchmarks share."""
