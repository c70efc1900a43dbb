"""What people read: notebook helpers, figures, findings, the README's dataset section and the batch runs
that execute the notebooks into HTML."""
