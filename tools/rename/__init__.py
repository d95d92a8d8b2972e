"""`make rename`: the project name and its config-key prefix, everywhere at once (see ``project_name``)."""
