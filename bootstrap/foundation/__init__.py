"""The bootstrap stack's components: validated config, the state backend, GitHub OIDC access, their permissions,
and the summary that turns stack outputs into `gh variable set` commands (stdlib only)."""
