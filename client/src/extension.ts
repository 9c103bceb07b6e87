// PLACEHOLDER: the VS Code extension is being written.
