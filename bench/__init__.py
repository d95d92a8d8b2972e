"""Speed, memory, corpus and mutation benchmarks: scripts run as `python bench/<name>.py` (they print JSON).
A package only so tests can import a script's functions (`from bench import mutation_report`)."""
