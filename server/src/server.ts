// PLACEHOLDER: the language server is being written.
