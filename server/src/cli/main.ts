// PLACEHOLDER: the CLI is being written.
